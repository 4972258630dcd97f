"""The hub's operations side, mounted beside the kiosk-facing API: the fleet page (/admin) and /metrics.

:func:`hub.composition.build_hub` makes one :class:`Operations` from the config and the store,
hands the metrics' hooks to the API (``on_accepted``) and the delivery worker (``on_outcome``),
and mounts it on the API's app. The
admin password file sits beside the config (``admin-password``); without it the hub still serves
kiosks, and the admin page says how to set one.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from hub.admin.credentials import FILE_NAME, AdminCredentials, AdminCredentialsError, read_credentials
from hub.admin.pages import AdminSettings, build_admin_app
from hub.admin.queries import StoreFleet
from hub.config import HubConfig
from hub.metrics import HubMetrics
from kiosk.config_section import ConfigError


class Operations:
    """The fleet page and the metrics of one hub process."""

    def __init__(self, config: HubConfig, engine: Engine) -> None:
        self.fleet = StoreFleet(engine)
        self.metrics = HubMetrics(self.fleet)
        config_path = config.source or Path("hub.toml")
        self._admin = build_admin_app(self.fleet, AdminSettings(
            credentials=_credentials(config.source.parent / FILE_NAME if config.source else None),
            secure_cookies=urlparse(config.public_url).scheme == "https",
            gyms=tuple((name, gym.display_name) for name, gym in config.gyms.items()),
            set_password_command=f"gym-kiosk hub admin-password --config {config_path}",
        ))

    def mount(self, app: Starlette) -> None:
        """Add /admin and /metrics to the hub's app."""
        app.router.routes.extend([Mount("/admin", app=self._admin), Route("/metrics", self.metrics.endpoint)])


def _credentials(path: Path | None) -> AdminCredentials | None:
    """The admin login's credentials; None when none are set yet; a config problem when the file is unsafe."""
    if path is None or not path.exists():
        return None
    try:
        return read_credentials(path)
    except AdminCredentialsError as error:
        raise ConfigError(FILE_NAME, str(error)) from None
