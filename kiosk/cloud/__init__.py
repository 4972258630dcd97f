"""Cloud platforms: each one a package of its own behind the interfaces in :mod:`kiosk.cloud.base`."""
