"""The kiosk domain: session flow, cloud clients, outbox, storage, config, sandbox. No Qt."""
