"""The admin login over plain HTTP: lockout, CSRF on the login itself, headers, cookie flags, missing or unsafe password file."""
from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from hub.admin.credentials import write_credentials
from hub.composition import build_hub
from hub.config import parse_hub_config
from kiosk.config_section import ConfigError
from tests.hub.admin.conftest import ADMIN_PASSWORD, FAST_HASHER, AdminSite

EGYM = {"base_url": "http://127.0.0.1:9", "gym_id": 7, "machine_name": "hub"}


def csrf_token(page: httpx.Response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def post_password(http: httpx.Client, password: str) -> httpx.Response:
    token = csrf_token(http.get("/admin/login"))
    return http.post("/admin/login", data={"csrf_token": token, "password": password}, follow_redirects=False)


@contextlib.contextmanager
def hub_client(tmp_path: Path, public_url: str = "http://127.0.0.1:8400") -> Iterator[httpx.Client]:
    """A hub served on loopback (sync: the browser tests' Playwright owns this thread's event loop)."""
    config = parse_hub_config({"hub": {"public_url": public_url}, "gyms": {"berlin-mitte": {"egym": EGYM}}},
                              source=tmp_path / "hub.toml", secrets={"egym": "key"})
    hub = build_hub(config)
    running = hub.start("127.0.0.1", 0)
    try:
        with httpx.Client(base_url=running.base_url) as client:
            yield client
    finally:
        running.stop()
        hub.close()


def test_five_wrong_passwords_lock_the_login_even_for_the_right_one(admin_site: AdminSite) -> None:
    http = httpx.Client(base_url=admin_site.url)
    for _ in range(5):
        assert post_password(http, "a wrong guess").status_code == 401
    locked = post_password(http, ADMIN_PASSWORD)
    assert locked.status_code == 429
    assert re.search(r"Too many wrong passwords\. Try again in (30|29) seconds\.", locked.text)
    assert http.get("/admin/", follow_redirects=False).headers["location"] == "/admin/login", "not signed in"


def test_the_right_password_signs_in_and_the_login_form_needs_its_csrf_token(admin_site: AdminSite) -> None:
    http = httpx.Client(base_url=admin_site.url)
    refused = http.post("/admin/login", data={"password": ADMIN_PASSWORD}, follow_redirects=False)
    assert refused.status_code == 403 and "This form has expired" in refused.text
    signed_in = post_password(http, ADMIN_PASSWORD)
    assert (signed_in.status_code, signed_in.headers["location"]) == (303, "/admin/")
    assert http.get("/admin/").status_code == 200


def test_admin_answers_forbid_framing_caching_and_foreign_sources(admin_site: AdminSite) -> None:
    page = httpx.get(f"{admin_site.url}/admin/login")
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    stylesheet = httpx.get(f"{admin_site.url}/admin/static/admin.css")
    assert stylesheet.status_code == 200 and stylesheet.headers["content-type"].startswith("text/css")
    assert "http" not in re.sub(r"/\*.*?\*/", "", stylesheet.text, flags=re.S), "no asset from elsewhere"


def test_an_oversized_form_is_refused_with_a_reason(admin_site: AdminSite) -> None:
    http = httpx.Client(base_url=admin_site.url)
    answer = http.post("/admin/login", data={"csrf_token": csrf_token(http.get("/admin/login")), "password": "x" * 20_000})
    assert answer.status_code == 413 and "larger than 16 KiB" in answer.text


def test_without_an_admin_password_the_page_names_the_command_that_sets_one(tmp_path: Path) -> None:
    with hub_client(tmp_path) as client:
        page = client.get("/admin/", follow_redirects=True)
    assert page.status_code == 503
    assert f"gym-kiosk hub admin-password --config {tmp_path / 'hub.toml'}" in page.text


def test_a_password_file_others_can_read_stops_the_hub_with_the_fix(tmp_path: Path) -> None:
    write_credentials(tmp_path / "admin-password", ADMIN_PASSWORD, FAST_HASHER)
    os.chmod(tmp_path / "admin-password", 0o640)
    config = parse_hub_config({"gyms": {"berlin-mitte": {"egym": EGYM}}}, source=tmp_path / "hub.toml",
                              secrets={"egym": "key"})
    with pytest.raises(ConfigError, match=f"chmod 600 {tmp_path / 'admin-password'}"):
        build_hub(config)


@pytest.mark.parametrize(("public_url", "secure"), [("https://hub.example.com", True), ("http://127.0.0.1:8400", False)])
def test_the_session_cookie_is_secure_when_the_hub_is_public_over_https(tmp_path: Path, public_url: str,
                                                                         secure: bool) -> None:
    write_credentials(tmp_path / "admin-password", ADMIN_PASSWORD, FAST_HASHER)
    with hub_client(tmp_path, public_url) as client:
        cookie = client.get("/admin/login").headers["set-cookie"]  # the session holding the login form's CSRF token
    assert cookie.startswith("gym_hub_admin=")
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower() and "path=/admin" in cookie.lower()
    assert ("secure" in cookie.lower().split("; ")) is secure
