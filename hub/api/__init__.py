"""The hub's kiosk-facing API, version 1 (docs/hub-api.md), as Starlette routes."""
