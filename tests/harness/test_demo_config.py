"""The demo shows everything an installer gets, trainer mode included: its Trainer button opens with PIN 2468."""
from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher

from harness.demo import DEMO_TRAINER_PIN, demo_config
from kiosk.trainer.pin import read_pin_file


def test_the_demo_configures_a_trainer_pin(tmp_path: Path) -> None:
    config = demo_config("https://sandbox.test", database=tmp_path / "kiosk.sqlite3")

    assert config.trainer.pin_file is not None
    assert PasswordHasher().verify(read_pin_file(config.trainer.pin_file), DEMO_TRAINER_PIN)
