"""Trainer cards are recognised by their UID bytes, and the audit log names trainers without
ever holding a card UID or a member's name."""
from __future__ import annotations

import pytest

from hardware.events import CardCredential, CardTechnology, WalletCredential, WalletPlatform
from harness.demo import demo_config
from kiosk.cloud.egym.sandbox import DEMO_MEMBERS
from kiosk.config.loader import ConfigError, parse_card_uid
from kiosk.trainer import AuditAction, AuditLog, TrainerCards, card_actor
from tests.kiosk.trainer.support import SITE_SECRET, TRAINER_CARD


def test_a_card_on_the_allow_list_is_a_trainer_card_by_its_bytes() -> None:
    cards = TrainerCards([TRAINER_CARD], SITE_SECRET)
    assert cards.matches(CardCredential(TRAINER_CARD, CardTechnology.LEGIC, reader_id="front"))
    assert not cards.matches(CardCredential(TRAINER_CARD[:-1]))
    assert not cards.matches(CardCredential(DEMO_MEMBERS[0].uid))
    assert not cards.matches(WalletCredential(TRAINER_CARD.hex(), WalletPlatform.APPLE))
    assert TRAINER_CARD.hex() not in repr(cards).lower()


@pytest.mark.parametrize("written", ["04A1B2C3D4E580", "04a1b2c3d4e580", "04:A1:B2:C3:D4:E5:80", "04 a1 b2 c3 d4 e5 80"])
def test_trainer_cards_are_registered_as_hex(written: str) -> None:
    assert parse_card_uid(written) == TRAINER_CARD


def test_the_trainer_table_in_the_config(tmp_path) -> None:
    config = demo_config("https://sandbox.test", database=tmp_path / "k.sqlite3")
    assert config.trainer.cards == () and config.trainer.idle_seconds == 120


def _config_with(trainer: dict, tmp_path):
    from kiosk.config.loader import parse_config
    from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME

    source = tmp_path / "config.toml"
    return parse_config(
        {
            "egym": {"base_url": "https://sandbox.test", "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME},
            "readers": [{"protocol": "uid-lines", "port": "simulated"}],
            "storage": {"database": str(tmp_path / "k.sqlite3")},
            "trainer": trainer,
        },
        source=source,
        secrets={"egym": DEMO_API_KEY},
    )


def test_trainer_settings_are_read_and_checked(tmp_path) -> None:
    config = _config_with({"cards": ["04A1B2C3D4E580", "04:6E:3A:12:5B:80:90"], "idle_seconds": 90}, tmp_path)
    assert config.trainer.cards == (TRAINER_CARD, bytes.fromhex("046E3A125B8090"))
    assert config.trainer.pin_file == tmp_path / "trainer-pin"
    assert config.trainer.idle_seconds == 90
    assert TRAINER_CARD.hex() not in repr(config.trainer).lower()

    with pytest.raises(ConfigError, match=r"trainer\.cards: .*hex"):
        _config_with({"cards": ["not-a-uid"]}, tmp_path)
    with pytest.raises(ConfigError, match=r"trainer\.pin: is not a known setting"):
        _config_with({"pin": "1234"}, tmp_path)
    with pytest.raises(ConfigError, match=r"trainer\.idle_seconds: must be at least 30"):
        _config_with({"idle_seconds": 5}, tmp_path)


def test_the_audit_name_of_a_card_is_a_short_hash_not_the_uid() -> None:
    actor = card_actor(TRAINER_CARD, SITE_SECRET)
    assert actor.startswith("card ") and len(actor) == len("card ") + 8
    assert TRAINER_CARD.hex() not in actor.lower()
    assert card_actor(TRAINER_CARD, SITE_SECRET) == actor != card_actor(DEMO_MEMBERS[0].uid, SITE_SECRET)


async def test_the_audit_log_keeps_every_entry_newest_first(db, clock) -> None:
    audit = AuditLog(db, clock=clock)
    await audit.record("pin", AuditAction.ENTER, reason="pin")
    clock.advance(5)
    await audit.record(card_actor(TRAINER_CARD, SITE_SECRET), AuditAction.DISCARD, item_id="m-1", reason="test\nweighing\x00 ")

    newest, oldest = await audit.entries()
    assert (newest.actor, newest.action, newest.item_id, newest.reason) == (
        card_actor(TRAINER_CARD, SITE_SECRET), "discard", "m-1", "test weighing")
    assert newest.at - oldest.at == 5
    assert [e.action for e in await audit.entries(action=AuditAction.ENTER)] == ["enter"]


@pytest.mark.parametrize("actor", [TRAINER_CARD.hex(), "card 04A1B2C3D4E580", "Dana W.", "", "card 1234"])
async def test_the_audit_log_refuses_anything_but_a_pin_or_a_card_hash_as_actor(db, actor: str) -> None:
    with pytest.raises(ValueError, match="audit actor"):
        await AuditLog(db).record(actor, AuditAction.ENTER)
    assert await AuditLog(db).entries() == []
