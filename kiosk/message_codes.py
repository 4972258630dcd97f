"""The codes the screen shows when something did not work, below both the session flow and the outbox.

The domain speaks in codes; the UI turns every code into a translated sentence. The outbox
stores a code as a delivery's reason, and the session flow shows it to the member.
"""
from __future__ import annotations

from enum import Enum


class MessageCode(str, Enum):
    """Why something did not work, in terms a member (or trainer) can act on."""

    CARD_NOT_REGISTERED = "card-not-registered"
    PERMISSION = "permission"
    RATE_LIMITED = "rate-limited"
    OFFLINE = "offline"  # transport failure / 5xx: queued, will retry
    SERVER_REPLY = "server-reply"  # unreadable reply from the platform
    REJECTED = "rejected"  # the platform refused the data
    AUTH = "auth"  # the platform refused our credentials (API key / token)
    KIOSK_NOT_ENROLLED = "kiosk-not-enrolled"  # the hub revoked this kiosk or never enrolled it: an installer's job
    UNSUPPORTED_CARD = "unsupported-card"  # the reader produced something we cannot use
    DEVICE_DISCONNECTED = "device-disconnected"
    STORAGE = "storage"  # this kiosk could not save the result; nothing was sent
    NOT_SAVED_YET = "not-saved-yet"  # the disk refused the result for now: kept in memory, written again
    # A body-composition analyser in PC mode did not take the member's details (kiosk.session.analyser_details).
    ANALYSER_NO_DETAILS = "analyser-no-details"  # E4 / E6: it has no (complete) personal data; send them again
    ANALYSER_DETAILS_REFUSED = "analyser-details-refused"  # "!" / "D3!": it did not accept a value or a command
    ANALYSER_NOT_ANSWERING = "analyser-not-answering"  # no reply in time, or the port is gone
    ANALYSER_ERROR = "analyser-error"  # any other E code (overload, zero point, impedance …): step off, try again
    # The club's membership check refused the visit (kiosk.cloud.errors.MembershipRefused), by reason.
    MEMBERSHIP_FROZEN = "membership-frozen"
    MEMBERSHIP_NO_ACTIVE_CONTRACT = "membership-no-active-contract"
    MEMBERSHIP_BLOCKED = "membership-blocked"
    MEMBERSHIP_OUT_OF_HOURS = "membership-out-of-hours"
    MEMBERSHIP_REFUSED = "membership-refused"  # any other reason
    # The platform's terms and conditions (EGYM's standalone flavour), before anything is measured.
    TERMS_DECLINED = "terms-declined"  # the member declined: the session ends, nothing is sent
    TERMS_UNAVAILABLE = "terms-unavailable"  # the terms could not be fetched: the member cannot accept them now
    TERMS_NOT_SAVED = "terms-not-saved"  # the acceptance did not reach the platform: the member may try again
