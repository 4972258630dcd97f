"""Switchable misbehaviour for the EGYM API paths: latency, error replies, drops, rate limits,
garbage and odd headers.

One-shot faults (``fail_next``, ``drop_next``, ``garbage_next``, ``headers_next``) queue up
in the order they were switched on; each request takes the first one whose path prefix
matches and uses up one of its count. ``/_sandbox`` paths are never affected.
"""
from __future__ import annotations

import json
import math
import re
import threading
import time
from dataclasses import asdict, dataclass, replace
from typing import Any, Callable, Literal

from kiosk.cloud.egym.sandbox.errors import ApiError, FieldProblem

GarbageKind = Literal["html", "json", "deep", "oversized"]
GARBAGE_KINDS = ("html", "json", "deep", "oversized")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_NESTING = 100_000  # "deep" garbage: far deeper than any JSON parser recurses
_OVERSIZED_BYTES = 2 << 20  # "oversized" garbage: a token reply padded to 2 MiB
RateScope = Literal["partner", "credential"]
RATE_SCOPES = ("partner", "credential")


@dataclass(frozen=True)
class OneShot:
    """A fault for the next ``remaining`` matching requests.

    ``action``: ``fail`` answers ``status`` with an ErrorDTO (plus ``Retry-After`` when
    ``retry_after`` is set); ``drop`` cuts the connection, after running the request
    when ``after_processing``; ``garbage`` answers without running the request (see
    :func:`garbage_reply`); ``headers`` runs the request normally. ``headers`` (any
    text, e.g. non-ASCII digits) are added to a ``fail`` or ``headers`` reply.
    """

    action: Literal["fail", "drop", "garbage", "headers"]
    remaining: int
    path_prefix: str | None = None
    status: int | None = None
    retry_after: float | None = None
    after_processing: bool = False
    garbage_kind: GarbageKind = "html"
    headers: tuple[tuple[str, str], ...] = ()

    def matches(self, path: str) -> bool:
        return _matches(self.path_prefix, path)


@dataclass(frozen=True)
class FaultPlan:
    """What to do to one request: delay, rate-limit verdict, and at most one one-shot fault."""

    latency_s: float = 0.0
    rate_limited: bool = False
    rate_remaining: int | None = None  # None: rate limiting is off
    one_shot: OneShot | None = None


@dataclass
class _Bucket:
    tokens: float
    updated: float


class Faults:
    """The fault switches; thread-safe, shared by the server thread and test code."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._latency_s = 0.0
        self._latency_prefix: str | None = None
        self._one_shots: list[OneShot] = []
        self._rate: tuple[float, int] | None = None
        self._rate_scope: RateScope = "partner"
        self._buckets: dict[str, _Bucket] = {}

    def latency(self, ms: float, path_prefix: str | None = None) -> None:
        """Delay every matching request by ``ms`` milliseconds (0 switches it off)."""
        ms = _number("ms", ms, minimum=0)
        with self._lock:
            self._latency_s, self._latency_prefix = ms / 1000, _prefix(path_prefix)

    def fail_next(
        self,
        status: int,
        count: int = 1,
        retry_after: float | None = None,
        path_prefix: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next ``count`` matching requests with ``status`` (e.g. 429, 500, 502, 503).

        ``headers`` go out as given, e.g. ``{"Retry-After": "\u00b2"}`` for a value no
        parser should trust.
        """
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        if retry_after is not None:
            retry_after = _number("retry_after", retry_after, minimum=0)
        shot = OneShot("fail", _count(count), _prefix(path_prefix), status=status, retry_after=retry_after,
                       headers=_headers(headers or {}))
        self._queue(shot)

    def drop_next(self, count: int = 1, after_processing: bool = False, path_prefix: str | None = None) -> None:
        """Cut the connection on the next ``count`` matching requests.

        With ``after_processing`` the request takes effect (a measurement IS stored)
        but the client never sees the reply.
        """
        if not isinstance(after_processing, bool):
            raise ValueError("after_processing must be true or false")
        self._queue(OneShot("drop", _count(count), _prefix(path_prefix), after_processing=after_processing))

    def garbage_next(self, count: int = 1, kind: GarbageKind = "html", path_prefix: str | None = None) -> None:
        """Answer the next ``count`` matching requests with garbage of ``kind`` (see :func:`garbage_reply`)."""
        if kind not in GARBAGE_KINDS:
            raise ValueError(f"kind must be one of {', '.join(GARBAGE_KINDS)}")
        self._queue(OneShot("garbage", _count(count), _prefix(path_prefix), garbage_kind=kind))

    def headers_next(self, headers: dict[str, str], count: int = 1, path_prefix: str | None = None) -> None:
        """Run the next ``count`` matching requests normally, adding ``headers`` to their replies.

        For header values a client must not trust, such as ``X-RateLimit-Remaining: \u0663``
        on a 204 that did store the measurement.
        """
        if not headers:
            raise ValueError("headers must name at least one header")
        self._queue(OneShot("headers", _count(count), _prefix(path_prefix), headers=_headers(headers)))

    def rate_limit(self, per_second: float | None, burst: int | None = None, scope: RateScope = "partner") -> None:
        """A token bucket of ``burst`` tokens refilling at ``per_second``; ``None`` switches it off.

        ``scope`` says whose requests share a bucket: ``partner`` (everything sent with
        one API key, or with tokens issued for it, as EGYM documents for its MMS API)
        or ``credential`` (each API key and each access token on its own). While on,
        every API reply carries ``X-RateLimit-Remaining``.
        """
        if scope not in RATE_SCOPES:
            raise ValueError(f"scope must be one of {', '.join(RATE_SCOPES)}")
        if per_second is not None:
            per_second = _number("per_second", per_second, minimum=0, exclusive=True)
            if burst is None:
                burst = max(1, math.ceil(per_second))
            elif isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
                raise ValueError("burst must be a whole number of at least 1")
        with self._lock:
            self._buckets.clear()
            self._rate = None if per_second is None else (per_second, burst)
            self._rate_scope = scope

    @property
    def rate_scope(self) -> RateScope:
        """Whose requests share a rate-limit bucket (see :meth:`rate_limit`)."""
        return self._rate_scope

    def clear(self) -> None:
        """Switch every fault off."""
        with self._lock:
            self._latency_s, self._latency_prefix = 0.0, None
            self._one_shots.clear()
            self._rate = None
            self._rate_scope = "partner"
            self._buckets.clear()

    def plan(self, path: str, client_key: str) -> FaultPlan:
        """Decide (and use up) the faults for one request to ``path``; ``client_key`` names its rate bucket."""
        with self._lock:
            latency = self._latency_s if _matches(self._latency_prefix, path) else 0.0
            remaining: int | None = None
            if self._rate is not None:
                allowed, remaining = self._take_token(client_key)
                if not allowed:
                    return FaultPlan(latency, rate_limited=True, rate_remaining=0)
            for index, shot in enumerate(self._one_shots):
                if shot.matches(path):
                    if shot.remaining > 1:
                        self._one_shots[index] = replace(shot, remaining=shot.remaining - 1)
                    else:
                        del self._one_shots[index]
                    return FaultPlan(latency, rate_remaining=remaining, one_shot=shot)
            return FaultPlan(latency, rate_remaining=remaining)

    def _take_token(self, client_key: str) -> tuple[bool, int]:
        per_second, burst = self._rate
        now = self._clock()
        bucket = self._buckets.setdefault(client_key, _Bucket(float(burst), now))
        bucket.tokens = min(float(burst), bucket.tokens + (now - bucket.updated) * per_second)
        bucket.updated = now
        if bucket.tokens < 1:
            return False, 0
        bucket.tokens -= 1
        return True, int(bucket.tokens)

    def snapshot(self) -> dict[str, Any]:
        """The current switches, in the shape ``configure`` accepts."""
        with self._lock:
            shots = [asdict(shot) for shot in self._one_shots]
            return {
                "latency": {"ms": self._latency_s * 1000, "pathPrefix": self._latency_prefix},
                "rateLimit": None if self._rate is None else {
                    "perSecond": self._rate[0], "burst": self._rate[1], "scope": self._rate_scope},
                "failNext": [_camel(s, "status", "retry_after", "headers") for s in shots if s["action"] == "fail"],
                "dropNext": [_camel(s, "after_processing") for s in shots if s["action"] == "drop"],
                "garbageNext": [_camel(s, "garbage_kind") for s in shots if s["action"] == "garbage"],
                "headersNext": [_camel(s, "headers") for s in shots if s["action"] == "headers"],
            }

    def configure(self, spec: Any) -> None:
        """Replace all switches from a JSON spec (``PUT /_sandbox/faults``); 400 ApiError if invalid.

        ``{"latency": {"ms", "pathPrefix"}, "rateLimit": {"perSecond", "burst", "scope"} | null,
        "failNext": {"status", "count", "retryAfter", "pathPrefix", "headers"} | [...],
        "dropNext": {"count", "afterProcessing", "pathPrefix"} | [...],
        "garbageNext": {"count", "kind", "pathPrefix"} | [...],
        "headersNext": {"headers", "count", "pathPrefix"} | [...]}``; omitted parts are off.
        """
        if not isinstance(spec, dict):
            raise ApiError(400, "The fault spec must be a JSON object")
        scratch = Faults(self._clock)
        setters: dict[str, tuple[Callable[..., None], dict[str, str]]] = {
            "latency": (scratch.latency, {"ms": "ms", "pathPrefix": "path_prefix"}),
            "rateLimit": (scratch.rate_limit, {"perSecond": "per_second", "burst": "burst", "scope": "scope"}),
            "failNext": (scratch.fail_next, {"status": "status", "count": "count", "retryAfter": "retry_after",
                                             "pathPrefix": "path_prefix", "headers": "headers"}),
            "dropNext": (scratch.drop_next, {"count": "count", "afterProcessing": "after_processing", "pathPrefix": "path_prefix"}),
            "garbageNext": (scratch.garbage_next, {"count": "count", "kind": "kind", "pathPrefix": "path_prefix"}),
            "headersNext": (scratch.headers_next, {"headers": "headers", "count": "count", "pathPrefix": "path_prefix"}),
        }
        problems = [FieldProblem(name, "is not a fault switch", None) for name in spec if name not in setters]
        for name, (setter, arguments) in setters.items():
            items = spec.get(name)
            if items is None:
                continue
            for index, item in enumerate(items if isinstance(items, list) else [items]):
                label = f"{name}[{index}]" if isinstance(items, list) else name
                problem = _apply(setter, arguments, item, label)
                if problem:
                    problems.append(problem)
        if problems:
            raise ApiError(400, f"Invalid fault spec: {len(problems)} problem(s)", tuple(problems))
        with self._lock, scratch._lock:
            self._latency_s, self._latency_prefix = scratch._latency_s, scratch._latency_prefix
            self._one_shots = list(scratch._one_shots)
            self._rate, self._rate_scope, self._buckets = scratch._rate, scratch._rate_scope, {}

    def _queue(self, shot: OneShot) -> None:
        with self._lock:
            self._one_shots.append(shot)


def _apply(setter: Callable[..., None], arguments: dict[str, str], item: Any, label: str) -> FieldProblem | None:
    if not isinstance(item, dict):
        return FieldProblem(label, "must be an object", item)
    unknown = [key for key in item if key not in arguments]
    if unknown:
        return FieldProblem(label, f"unknown setting(s): {', '.join(unknown)}", None)
    try:
        setter(**{arguments[key]: value for key, value in item.items()})
    except (TypeError, ValueError) as error:
        return FieldProblem(label, str(error), None)
    return None


def garbage_reply(kind: GarbageKind) -> tuple[int, bytes, bytes]:
    """Status, content type and body of a ``garbage`` reply.

    ``html``: a proxy's 502 page; ``json``: a 200 cut off mid-JSON; ``deep``: a 200 of
    JSON nested far deeper than a parser recurses; ``oversized``: a well-formed token
    reply padded to 2 MiB, more than any EGYM reply.
    """
    if kind == "html":
        return 502, b"text/html; charset=utf-8", b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
    if kind == "json":
        return 200, b"application/json", b'{"accessToken": "tr'
    if kind == "deep":
        return 200, b"application/json", b"[" * _NESTING + b"]" * _NESTING
    padded = {"accessToken": "sandbox-oversized-reply", "expirationTime": 4_102_444_800_000, "padding": "x" * _OVERSIZED_BYTES}
    return 200, b"application/json", json.dumps(padded).encode()


def _camel(shot: dict[str, Any], *extra: str) -> dict[str, Any]:
    names = {"status": "status", "retry_after": "retryAfter", "after_processing": "afterProcessing",
             "garbage_kind": "kind", "headers": "headers"}
    result = {"count": shot["remaining"], "pathPrefix": shot["path_prefix"]}
    result.update({names[key]: dict(shot[key]) if key == "headers" else shot[key] for key in extra})
    return result


def _headers(headers: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Header pairs that can go on the wire: token names, values without line breaks or NUL."""
    if not isinstance(headers, dict):
        raise ValueError("headers must map header names to text")
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise ValueError("header names must be HTTP tokens")
        if not isinstance(value, str) or any(c in value for c in "\r\n\0"):
            raise ValueError("header values must be text without line breaks or NUL")
    return tuple(headers.items())


def _matches(prefix: str | None, path: str) -> bool:
    return prefix is None or path.startswith(prefix)


def _prefix(path_prefix: str | None) -> str | None:
    if path_prefix is not None and (not isinstance(path_prefix, str) or not path_prefix.startswith("/")):
        raise ValueError("path_prefix must be a path starting with '/'")
    return path_prefix


def _count(count: int) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError("count must be a whole number of at least 1")
    return count


def _number(name: str, value: float, minimum: float, exclusive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{name} must be a number")
    if value < minimum or (exclusive and value == minimum):
        raise ValueError(f"{name} must be {'above' if exclusive else 'at least'} {minimum}")
    return float(value)
