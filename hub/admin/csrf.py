"""CSRF protection for the admin forms: a random token kept in the signed session, sent back with every POST.

The session cookie is SameSite=Strict already; the token is the second lock, for browsers or
proxies that do not honour SameSite. A form carries the token in a hidden ``csrf_token``
field; a POST whose field does not match the session's token is refused with 403.
"""
from __future__ import annotations

import hmac
import secrets
from typing import MutableMapping

SESSION_KEY = "csrf_token"
FIELD = "csrf_token"


def session_token(session: MutableMapping[str, object]) -> str:
    """This session's token, made on first use."""
    token = session.get(SESSION_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[SESSION_KEY] = token
    return token


def token_matches(session: MutableMapping[str, object], submitted: object) -> bool:
    """True when ``submitted`` is this session's token (compared in constant time)."""
    expected = session.get(SESSION_KEY)
    return isinstance(expected, str) and isinstance(submitted, str) and hmac.compare_digest(expected, submitted)
