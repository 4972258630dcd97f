"""Kiosk configuration: the TOML file and its loader; each platform reads its own table (see kiosk.cloud.registry)."""
