"""The sandbox's in-memory world: API keys, members, tokens, stored measurements, counters.

Each public method takes the lock, so the loopback server thread and test code
can use one state object at the same time.
"""
from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from kiosk.cloud.egym.sandbox.errors import ApiError, FieldProblem
from kiosk.cloud.egym.sandbox.faults import Faults
from kiosk.cloud.egym.sandbox.members import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MEMBERS, DEMO_WALLET_ISSUER, DemoMember, WalletIssuer
from kiosk.cloud.egym.sandbox.validation import (
    EncryptedUserIdLogin,
    LoginRequest,
    NfcLogin,
    ObfuscatedUserIdLogin,
    RefreshTokenLogin,
    RfidLogin,
    parse_login,
    parse_measurement,
)

MEASUREMENT_KINDS = ("body", "cardio", "flexibility")
_NOT_REGISTERED = "No member is registered for this credential"


@dataclass
class _Grant:
    """Who a token belongs to and where it is valid. ``expires_at`` is epoch seconds."""

    user_id: str
    gym_id: int
    expires_at: float = float("inf")


class SandboxState:
    """Everything the sandbox server knows; seeded with :data:`DEMO_MEMBERS` by default.

    ``api_keys`` maps each API key to its gym id (EGYM issues keys per gym location);
    ``wallet_issuers`` says which wallet passes each gym accepts (default: the demo
    issuer for every gym). ``clock`` returns epoch seconds and can be replaced in tests.
    """

    def __init__(
        self,
        api_keys: Mapping[str, int] | None = None,
        token_ttl_s: float = 900.0,
        issue_refresh_tokens: bool = True,
        members: Iterable[DemoMember] = DEMO_MEMBERS,
        wallet_issuers: Mapping[int, WalletIssuer] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if token_ttl_s <= 0:
            raise ValueError("token_ttl_s must be positive")
        self.api_keys = dict(api_keys if api_keys is not None else {DEMO_API_KEY: DEMO_GYM_ID})
        self.token_ttl_s = float(token_ttl_s)
        self.issue_refresh_tokens = issue_refresh_tokens
        self.wallet_issuers = dict(wallet_issuers or {gym: DEMO_WALLET_ISSUER for gym in self.api_keys.values()})
        self.clock = clock
        self.faults = Faults(clock)
        self._lock = threading.RLock()
        self._members = tuple(members)
        self._by_user_id = {m.user_id: m for m in self._members}
        self._by_encrypted_id = {m.encrypted_user_id: m for m in self._members}
        self._by_rfid = {(m.rfid.upper(), m.rfid_format): m for m in self._members}
        self._by_wallet = {(m.wallet_platform, m.wallet_payload): m for m in self._members if m.wallet_payload}
        if len(self._by_user_id) != len(self._members):
            raise ValueError("member user ids must be unique")
        self._clear_records()

    def __repr__(self) -> str:
        return f"SandboxState({len(self.api_keys)} API key(s), {len(self._members)} member(s))"

    @property
    def members(self) -> tuple[DemoMember, ...]:
        return self._members

    # --- EGYM API -----------------------------------------------------------------

    def login(self, api_key: str | None, body: Any) -> dict[str, Any]:
        """``POST /api/v1/oauth/token``: a TokenResponseDTO, or ApiError 400/401/404."""
        gym_id = self.api_keys.get(api_key or "")
        if gym_id is None:
            raise ApiError(401, "Missing or unknown API key")
        request = parse_login(body, gym_id)
        with self._lock:
            member = self._find_member(request, gym_id)
            self._logins[request.grant_type] += 1
            return self._issue_tokens(member.user_id, gym_id)

    def user_details(self, authorization: str | None, gym_id_text: str) -> dict[str, Any]:
        """``GET /api/v1/gyms/{gymId}/users``: the token's member as a UserDetailsDTO."""
        with self._lock:
            grant = self._authorize(authorization)
            member = self._by_user_id[grant.user_id]
        try:
            gym_id = int(gym_id_text)
        except ValueError:
            raise ApiError(400, "gymId must be an integer", (FieldProblem("gymId", "must be an integer", gym_id_text),))
        if gym_id != grant.gym_id:
            raise ApiError(404, "The member is not known at this gym")
        return {"equipmentUser": member.equipment_user()}

    def submit_measurement(self, authorization: str | None, kind: str, body: Any) -> None:
        """``POST /api/v1/measurements/{kind}``: store once per ``uniqueMeasurementId``."""
        if kind not in MEASUREMENT_KINDS:
            raise ApiError(404, f"No measurement endpoint for {kind!r}")
        with self._lock:
            grant = self._authorize(authorization)
            now_ms = self._now_ms()
            measurement = parse_measurement(body, kind, grant.gym_id, now_ms)
            owner = self._measurement_owner.get(measurement.unique_id)
            if owner is not None and owner != grant.user_id:
                raise ApiError(
                    400,
                    "uniqueMeasurementId was already used for another member",
                    (FieldProblem("uniqueMeasurementId", "already used for another member", measurement.unique_id),),
                )
            if owner is not None:
                self._duplicates += 1
                return
            self._measurement_owner[measurement.unique_id] = grant.user_id
            self._measurements.append(
                {
                    "kind": kind,
                    "userId": grant.user_id,
                    "uniqueMeasurementId": measurement.unique_id,
                    "timestamp": measurement.timestamp_ms,
                    "machineName": measurement.machine_name,
                    "gymId": measurement.gym_id,
                    "data": dict(measurement.data),
                    "receivedAt": now_ms,
                }
            )

    # --- read-back and switches (not part of EGYM) --------------------------------

    def measurements(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Stored measurements in arrival order, optionally of one kind."""
        if kind is not None and kind not in MEASUREMENT_KINDS:
            raise ValueError(f"kind must be one of {', '.join(MEASUREMENT_KINDS)}")
        with self._lock:
            return [
                {**record, "data": dict(record["data"])}
                for record in self._measurements
                if kind is None or record["kind"] == kind
            ]

    def stats(self) -> dict[str, Any]:
        """Counters: logins, stored measurements per kind, duplicates, API replies by status."""
        with self._lock:
            stored = Counter(record["kind"] for record in self._measurements)
            return {
                "logins": sum(self._logins.values()),
                "loginsByGrantType": dict(sorted(self._logins.items())),
                "measurements": {kind: stored.get(kind, 0) for kind in MEASUREMENT_KINDS},
                "duplicates": self._duplicates,
                "requestsByStatus": {str(status): n for status, n in sorted(self._statuses.items())},
                "droppedConnections": self._dropped,
            }

    def members_tap_data(self) -> list[dict[str, Any]]:
        """The members' public tap data (card UID, RFID string, wallet pass); no tokens."""
        return [member.tap_data() for member in self._members]

    def rate_bucket(self, api_key: str | None, authorization: str | None, scope: str) -> str | None:
        """Which rate-limit bucket a request draws from (see ``Faults.rate_limit``); None without a credential.

        Under ``partner`` scope an API key and every token issued for it share the
        partner's bucket; an unknown credential gets a bucket of its own.
        """
        credential = api_key or authorization
        if not credential:
            return None
        if scope == "partner":
            gym_id = self.api_keys.get(api_key) if api_key else None
            if gym_id is None and authorization:
                with self._lock:
                    grant = self._access.get(authorization.partition(" ")[2].strip())
                gym_id = None if grant is None else grant.gym_id
            if gym_id is not None:
                return f"partner:{gym_id}"
        return f"credential:{credential}"

    def expire_tokens(self) -> None:
        """Make every access token issued so far expired; refresh tokens stay usable."""
        with self._lock:
            now = self.clock()
            for grant in self._access.values():
                grant.expires_at = min(grant.expires_at, now)

    def reset(self) -> None:
        """Forget tokens, measurements and counters, and switch all faults off."""
        with self._lock:
            self._clear_records()
        self.faults.clear()

    def record_response(self, status: int) -> None:
        """Count one EGYM API reply (called by the app for every request)."""
        with self._lock:
            self._statuses[status] += 1

    def record_drop(self) -> None:
        """Count one connection cut by a ``drop_next`` fault."""
        with self._lock:
            self._dropped += 1

    # --- internals ----------------------------------------------------------------

    def _clear_records(self) -> None:
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._measurements: list[dict[str, Any]] = []
        self._measurement_owner: dict[str, str] = {}
        self._logins: Counter[str] = Counter()
        self._statuses: Counter[int] = Counter()
        self._duplicates = 0
        self._dropped = 0

    def _now_ms(self) -> int:
        return int(self.clock() * 1000)

    def _find_member(self, request: LoginRequest, gym_id: int) -> DemoMember:
        if isinstance(request, RefreshTokenLogin):
            grant = self._refresh.get(request.refresh_token)
            if grant is None or grant.gym_id != gym_id:
                raise ApiError(401, "The refresh token is unknown or was already used")
            del self._refresh[request.refresh_token]  # single use
            return self._by_user_id[grant.user_id]
        if isinstance(request, RfidLogin):
            member = self._by_rfid.get((request.rfid.upper(), request.rfid_format))
        elif isinstance(request, NfcLogin):
            member = self._wallet_member(request, gym_id)
        elif isinstance(request, EncryptedUserIdLogin):
            member = self._by_encrypted_id.get(request.user_id)
        else:
            assert isinstance(request, ObfuscatedUserIdLogin)
            member = self._by_user_id.get(request.obfuscated_user_id)
        if member is None:
            raise ApiError(404, _NOT_REGISTERED)
        return member

    def _wallet_member(self, request: NfcLogin, gym_id: int) -> DemoMember | None:
        issuer = self.wallet_issuers.get(gym_id)
        if issuer is None:
            return None
        if request.configuration_index is not None:
            accepted = request.configuration_index == issuer.configuration_index
        elif request.platform == "APPLE":
            accepted = request.issuer == issuer.apple_pass_type_id
        else:
            accepted = request.issuer == issuer.google_collector_id
        return self._by_wallet.get((request.platform, request.payload)) if accepted else None

    def _issue_tokens(self, user_id: str, gym_id: int) -> dict[str, Any]:
        now = self.clock()
        self._access = {token: grant for token, grant in self._access.items() if grant.expires_at > now}
        access_token = secrets.token_urlsafe(32)
        grant = _Grant(user_id, gym_id, now + self.token_ttl_s)
        self._access[access_token] = grant
        reply: dict[str, Any] = {"accessToken": access_token, "expirationTime": int(grant.expires_at * 1000)}
        if self.issue_refresh_tokens:
            refresh_token = secrets.token_urlsafe(32)
            self._refresh[refresh_token] = _Grant(user_id, gym_id)
            reply["refreshToken"] = refresh_token
        return reply

    def _authorize(self, authorization: str | None) -> _Grant:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "A bearer access token is required")
        grant = self._access.get(token.strip())
        if grant is None:
            raise ApiError(401, "The access token is not valid")
        if grant.expires_at <= self.clock():
            raise ApiError(401, "The access token has expired")
        return grant

