"""``[outbox]``: how long a platform's Retry-After may pause a delivery queue at most."""
from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config.loader import ConfigError, load_config
from tests.kiosk.config.test_config_loader import VALID, key_file, write  # noqa: F401 (key_file is a fixture)


def test_retry_after_is_capped_at_fifteen_minutes_unless_configured(tmp_path: Path, key_file: Path) -> None:
    assert load_config(write(tmp_path, VALID)).outbox.max_retry_after_seconds == 900
    configured = load_config(write(tmp_path, VALID + "\n[outbox]\nmax_retry_after_seconds = 120\n"))
    assert configured.outbox.max_retry_after_seconds == 120


@pytest.mark.parametrize("value", ["0", "90000", '"15m"'])
def test_a_ceiling_out_of_range_names_the_key(tmp_path: Path, key_file: Path, value: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, VALID + f"\n[outbox]\nmax_retry_after_seconds = {value}\n"))
    assert error.value.key == "outbox.max_retry_after_seconds"
