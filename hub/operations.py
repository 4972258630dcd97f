"""The hub's operations side, mounted beside the kiosk-facing API: the fleet page (/admin) and /metrics.

:func:`hub.composition.build_hub` makes one :class:`Operations` from the config and the store,
hands :meth:`HubMetrics.delivered` to the delivery worker, and mounts it on the API's app. The
admin password file sits beside the config (``admin-password``); without it the hub still serves
kiosks, and the admin page says how to set one.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hub.admin.credentials import FILE_NAME, AdminCredentials, AdminCredentialsError, read_credentials
from hub.admin.pages import AdminSettings, build_admin_app
from hub.admin.queries import StoreFleet
from hub.config import HubConfig
from hub.metrics import HubMetrics
from kiosk.cloud.hub.wire import API_PREFIX
from kiosk.config_section import ConfigError

INTAKE_PATH = f"{API_PREFIX}/measurements"


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
        """Add /admin and /metrics to the hub's app, and count intake requests as they are answered."""
        app.router.routes.extend([Mount("/admin", app=self._admin), Route("/metrics", self.metrics.endpoint)])
        app.add_middleware(_CountIntake, metrics=self.metrics)


def _credentials(path: Path | None) -> AdminCredentials | None:
    """The admin login's credentials; None when none are set yet; a config problem when the file is unsafe."""
    if path is None or not path.exists():
        return None
    try:
        return read_credentials(path)
    except AdminCredentialsError as error:
        raise ConfigError(FILE_NAME, str(error)) from None


class _CountIntake:
    """Counts answers to ``POST /api/v1/measurements``: 202 accepted, 4xx refused (the API's own code is untouched)."""

    def __init__(self, app: ASGIApp, metrics: HubMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != INTAKE_PATH:
            await self.app(scope, receive, send)
            return

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status = message["status"]
                if status == 202:
                    self.metrics.measurement_accepted()
                elif 400 <= status < 500:
                    self.metrics.measurement_refused()
            await send(message)

        await self.app(scope, receive, counting_send)
