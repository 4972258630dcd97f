"""The small interfaces every cloud platform implements.

An *identity provider* turns a tapped credential into a logged-in member with a
profile. A *destination* accepts captured measurements and says, in its
:class:`DeliveryPolicy`, how old a measurement it takes and what its failures mean.
EGYM is both; PerfectGym, enduco, LFopen and Boditrax plug in as further providers
or destinations by implementing these, without touching any other platform's package.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Protocol, runtime_checkable

from hardware.events import Credential
from kiosk.cloud.errors import (
    AuthExpired,
    BadReply,
    CloudError,
    KioskNotAccepted,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from kiosk.cloud.member_services import TrainingToday
from kiosk.models import Measurement, MemberProfile, MemberSession


class ErrorMeaning(str, Enum):
    """What a failed delivery means for the measurement, whatever the platform's words for it."""

    REFUSED = "refused"  # the platform refused this measurement as invalid: never sent again
    NOT_PERMITTED = "not-permitted"  # the API key or member lacks a permission: never sent again
    SLOW_DOWN = "slow-down"  # rate-limited: the destination's whole queue waits
    LOG_IN_AGAIN = "log-in-again"  # the member could not be logged in again for now
    BAD_REPLY = "bad-reply"  # an answer the kiosk could not read: sent again later
    UNREACHABLE = "unreachable"  # no answer, or the server failed: sent again later


@dataclass(frozen=True)
class DeliveryPolicy:
    """A destination's own rules for queued measurements, read by the outbox.

    ``max_age_s`` is the oldest measurement (seconds since it was taken) the platform
    still accepts; None means no limit. The outbox stops sending a measurement past
    it and gives it a last try just before. :meth:`meaning` classifies a failure; the
    default reads the shared types of :mod:`kiosk.cloud.errors`, and a platform whose
    errors mean something else overrides it.
    """

    max_age_s: float | None = None
    kinds: frozenset[str] | None = None  # the measurement kinds it takes ("cardio"); None: every kind

    def takes(self, kind: str) -> bool:
        """Whether a measurement of ``kind`` is for this destination at all (others are never queued for it)."""
        return self.kinds is None or kind in self.kinds

    def __post_init__(self) -> None:
        age = self.max_age_s
        if age is not None and (isinstance(age, bool) or not isinstance(age, (int, float))
                                or not math.isfinite(age) or age <= 0):
            raise ValueError(f"DeliveryPolicy.max_age_s must be a positive number of seconds or None, got {age!r}")

    def meaning(self, error: CloudError) -> ErrorMeaning:
        """What ``error``, raised by the destination's ``submit``, means for the measurement."""
        if isinstance(error, Rejected):
            return ErrorMeaning.REFUSED
        if isinstance(error, PermissionDenied):
            return ErrorMeaning.NOT_PERMITTED
        if isinstance(error, RateLimited):
            return ErrorMeaning.SLOW_DOWN
        if isinstance(error, KioskNotAccepted):  # kept and tried again until the kiosk is enrolled again
            return ErrorMeaning.UNREACHABLE
        if isinstance(error, AuthExpired):
            return ErrorMeaning.LOG_IN_AGAIN
        if isinstance(error, Transient) and not isinstance(error, BadReply):
            return ErrorMeaning.UNREACHABLE
        return ErrorMeaning.BAD_REPLY  # an unreadable reply, or an answer no rule covers: try again later


class DownstreamState(str, Enum):
    """Where a measurement stands at a platform *behind* a destination (the hub's EGYM), as the destination says."""

    PENDING = "pending"  # not tried yet, or being tried
    RETRYING = "retrying"  # failed for now; will be tried again
    CHECKING = "checking"  # the reply was lost: asking the platform whether it arrived before sending again
    DELIVERED = "delivered"
    FAILED = "failed"  # refused, not permitted or too old: never tried again
    UNCERTAIN = "uncertain"  # the reply was lost and the platform cannot be asked: a trainer decides
    UNLINKED = "unlinked"  # the member has not connected their account there (or it needs reconnecting)
    DISCARDED = "discarded"  # by a trainer

    @property
    def final(self) -> bool:
        return self in (DownstreamState.DELIVERED, DownstreamState.FAILED, DownstreamState.UNCERTAIN,
                        DownstreamState.UNLINKED, DownstreamState.DISCARDED)


@dataclass(frozen=True)
class DownstreamStatus:
    """One platform's state for a measurement a destination accepted and passes on (``detail``: its reason)."""

    platform: str
    state: DownstreamState
    detail: str = ""


@runtime_checkable
class ReportsDownstream(Protocol):
    """A destination that passes measurements on to other platforms, reports their states and takes a
    trainer's resend and discard for them (the hub)."""

    name: str

    async def follow(self, unique_id: str, on_change: Callable[[tuple[DownstreamStatus, ...]], None]) -> None:
        """Call ``on_change`` with every platform's state of an accepted ``unique_id`` as it changes.

        Returns once every state is final; the caller cancels it when nobody looks any more.
        Failures to ask are logged and retried, never raised.
        """
        ...

    async def states(self, unique_id: str) -> tuple[DownstreamStatus, ...]:
        """Where ``unique_id`` stands behind this destination now. Raises :mod:`kiosk.cloud.errors` types."""
        ...

    async def recent(self, limit: int) -> dict[str, tuple[DownstreamStatus, ...]]:
        """The states of this kiosk's ``limit`` most recent results there, by measurement id."""
        ...

    async def resend(self, unique_id: str, platform: str) -> tuple[DownstreamStatus, ...]:
        """A trainer's resend to ``platform`` of a result it refused; returns the new states."""
        ...

    async def discard(self, unique_id: str, platform: str, reason: str) -> tuple[DownstreamStatus, ...]:
        """A trainer's discard: never sent to ``platform``; returns the new states."""
        ...


class AfterAmbiguousFailure(str, Enum):
    """What a destination found out after a request that may have been processed (the reply was lost)."""

    DELIVERED = "delivered"  # a read-back found the result there: never send it again
    NOT_DELIVERED = "not-delivered"  # a read-back shows it is not there (or the platform de-duplicates): send again
    UNCERTAIN = "uncertain"  # no read-back exists: a trainer resolves it; it is never sent twice blindly


@runtime_checkable
class ChecksAmbiguousDelivery(Protocol):
    """A destination's own rule for the ambiguous failure, written in its folder.

    Called after ``submit`` raised a :class:`~kiosk.cloud.errors.Transient` that may have come
    after the platform processed the request (the connection dropped after sending, a timeout
    waiting for the reply). Platforms without an idempotency key read back where they can.
    """

    name: str

    async def after_ambiguous_failure(self, measurement: Measurement, session: MemberSession) -> AfterAmbiguousFailure:
        """Whether ``measurement`` reached the platform; raises :mod:`kiosk.cloud.errors` types when it cannot ask."""
        ...


@dataclass(frozen=True)
class LinkTokens:
    """What a platform gives for a member's linked account: its tokens and when the access token lapses."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at_ms: int | None = None


@runtime_checkable
class LinksAccounts(Protocol):
    """A platform a member links their account with (OAuth authorization code with PKCE, through the hub).

    The hub runs the flow: it makes the ``state`` and the PKCE verifier, sends the member's phone to
    :meth:`authorize_url`, and exchanges the code it gets back server-side. Raises
    :mod:`kiosk.cloud.errors` types.
    """

    name: str

    def authorize_url(self, *, state: str, code_challenge: str, redirect_uri: str) -> str:
        """Where the member's phone signs in to the platform and approves the link."""
        ...

    async def exchange_code(self, *, code: str, code_verifier: str, redirect_uri: str) -> LinkTokens:
        """The tokens for the code the platform sent back."""
        ...

    async def revoke(self, tokens: LinkTokens) -> None:
        """Withdraw the link at the platform, where it has a way to (else nothing happens there)."""
        ...


@runtime_checkable
class OffersTrainingToday(Protocol):
    """A destination members link whose own training data the kiosk shows: today's plan, their heart-rate zones
    (enduco's ``plans_read`` and ``user_read``). ``session`` holds the member's linked tokens and is refreshed in
    place. Raises :mod:`kiosk.cloud.errors` types."""

    name: str

    async def training_today(self, session: MemberSession) -> TrainingToday:
        ...


@runtime_checkable
class HostsLoginHandler(Protocol):
    """A linkable platform that brings the code back to the hub server-side, as a login handler's caller.

    Boditrax's login handlers (B3): the hub's auth-code endpoint sends the browser to
    :meth:`code_redirect` with a code; the platform posts the code to the hub's member-info endpoint,
    the hub exchanges it (:meth:`LinksAccounts.exchange_code`) and answers :meth:`member_info`, or
    :meth:`refusal` with a sentence the platform shows.
    """

    name: str
    handler_actions: tuple[str, ...]  # the auth-code endpoint's ``action`` values it takes

    def code_redirect(self, action: str, code: str) -> str:
        ...

    def member_info(self, tokens: LinkTokens) -> dict[str, Any]:
        ...

    def refusal(self, text: str) -> dict[str, Any]:
        ...


@runtime_checkable
class IdentityProvider(Protocol):
    """Logs a member in from a credential and fetches their profile."""

    name: str

    async def login(self, credential: Credential) -> MemberSession:
        """Exchange the credential for a session. Raises :mod:`kiosk.cloud.errors` types."""
        ...

    async def fetch_profile(self, session: MemberSession) -> MemberProfile:
        """The member's profile for greeting and units; records the platform's user id in ``session``."""
        ...


@runtime_checkable
class MeasurementDestination(Protocol):
    """Accepts a captured measurement for a member."""

    name: str
    delivery_policy: DeliveryPolicy

    async def submit(self, measurement: Measurement, session: MemberSession) -> None:
        """Deliver it. Returns once stored; raises :mod:`kiosk.cloud.errors` types.

        ``session`` is this destination's own: ``session.platform`` is ``name``. It may
        hold no token yet (:meth:`MemberSession.credential_only`): the destination then
        logs the member in from ``session.credential``. Implementations refresh or re-login
        through ``session`` on an expired token and update it in place, so the caller's
        next attempt uses the new one. Sending the same ``measurement.unique_id`` twice
        must be harmless.
        """
        ...
