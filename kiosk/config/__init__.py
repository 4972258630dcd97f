"""Kiosk configuration: the TOML file (loader), typed tables (section) and secrets."""
