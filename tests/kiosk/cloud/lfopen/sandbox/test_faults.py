"""The emulation's one-shot faults over real HTTP: fail the next N with a status, and drop the connection
before or after the request took effect."""
from __future__ import annotations

import httpx
import pytest

from tests.kiosk.cloud.lfopen.conftest import link
from tests.kiosk.cloud.lfopen.sandbox.test_emulation import GOOD, post


async def test_fail_next_n_fails_exactly_n_requests_on_its_path(client, sandbox) -> None:
    session = await link(client)
    sandbox.state.faults.fail_next(2, 503, "/web/api2/workoutresults/postcardio")
    assert [(await post(sandbox, session.access_token, GOOD)).status_code for _ in range(3)] == [503, 503, 200]
    assert len(sandbox.state.workouts) == 1


@pytest.mark.parametrize(("after_processing", "stored"), [(True, 1), (False, 0)])
async def test_drop_cuts_the_connection_before_any_reply(client, sandbox, after_processing: bool, stored: int) -> None:
    session = await link(client)
    sandbox.state.faults.drop_next(1, after_processing=after_processing, path_prefix="/web/api2/")
    with pytest.raises(httpx.TransportError):  # the reply's head came, its body never did
        await post(sandbox, session.access_token, GOOD)
    assert len(sandbox.state.workouts) == stored
    assert (await post(sandbox, session.access_token, GOOD)).status_code == 200  # one-shot


def test_a_fault_status_must_be_an_error_status(sandbox) -> None:
    with pytest.raises(ValueError):
        sandbox.state.faults.fail_next(1, 302)
