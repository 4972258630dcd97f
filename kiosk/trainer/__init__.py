"""Trainer mode, without Qt: entry by card or PIN, the audit log, results, trends, CSV export.

Setting it up (see :class:`kiosk.config.loader.TrainerConfig`)::

    [trainer]
    cards = ["046E3A125B8090"]   # trainers' card UIDs as hex; nothing secret here
    # pin_file = "trainer-pin"   # default: beside the config file
    # idle_seconds = 120

The PIN is set with ``python -m kiosk.trainer set-pin [--file PATH]``, which
stores only its salted argon2id hash in an owner-only file. A trainer card is
never treated as a member card. The audit log and the PIN lockout are tables in
the kiosk database. Audit entries, like CSV exports kept in the kiosk's own
folder, are deleted after ``[storage] history_days``.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Mapping

from kiosk.cloud.base import ReportsDownstream
from kiosk.config.loader import TrainerConfig
from kiosk.outbox.outbox import Outbox
from kiosk.session.timers import Scheduler
from kiosk.storage import Database
from kiosk.trainer.audit import AuditAction, AuditEntry, AuditLog
from kiosk.trainer.cards import TrainerCards, card_actor
from kiosk.trainer.export import ExportError, ExportFolder
from kiosk.trainer.mode import TrainerModeClosed, TrainerMode, TrainerModePhase, TrainerModeSnapshot
from kiosk.trainer.pin import PinCheck, PinLock, PinOutcome, PinSetupError, read_pin_file
from kiosk.trainer.results import MemberChoice, StateFilter, TrendPoint

__all__ = [
    "AuditAction", "AuditEntry", "AuditLog", "ExportError", "ExportFolder", "MemberChoice",
    "PinCheck", "PinLock", "PinOutcome", "TrainerModeClosed", "TrainerMode", "TrainerModePhase", "TrainerModeSnapshot",
    "StateFilter", "TrainerCards", "TrendPoint", "card_actor", "open_trainer_mode",
]

log = logging.getLogger(__name__)


async def open_trainer_mode(
    db: Database,
    outbox: Outbox,
    settings: TrainerConfig,
    *,
    data_dir: Path,
    site_secret: bytes,
    can_enter: Callable[[], bool],
    scheduler: Scheduler | None = None,
    downstream: Mapping[str, ReportsDownstream] | None = None,
) -> TrainerMode:
    """Trainer mode as configured. Without a usable PIN file, PIN entry is off (cards still work).

    ``site_secret`` keys the audit log's names for trainer cards (see :func:`card_actor`);
    ``downstream`` are the destinations whose states behind them trainers see (the hub).
    """
    pin_hash = None
    if settings.pin_file is not None:
        try:
            pin_hash = read_pin_file(settings.pin_file)
        except PinSetupError as problem:
            level = logging.WARNING if settings.pin_file.exists() else logging.INFO
            log.log(level, "trainer PIN entry is off: %s", problem)
    pin = PinLock(db, pin_hash)
    await pin.load()
    return TrainerMode(
        db=db, outbox=outbox, cards=TrainerCards(settings.cards, site_secret), pin=pin, audit=AuditLog(db),
        data_dir=data_dir, can_enter=can_enter, idle_s=settings.idle_seconds, scheduler=scheduler, downstream=downstream,
    )
