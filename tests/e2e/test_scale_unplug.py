"""The scale's cable is pulled mid-session and plugged back: the member's session survives,
the screen says the scale is disconnected meanwhile, and the measurement arrives exactly once."""
from __future__ import annotations

from hardware.simulators.tanita_scale import BodyProfile, TanitaTiming
from harness.autoplay import in_state
from harness.demo import demo_cards
from kiosk.runtime.devices import DeviceHub
from kiosk.session.state import SessionState

PERSON = BodyProfile(height_cm=178, age=41, gender="male", weight_kg=82.4)
# Long enough for the cable to be pulled and put back while the member is still standing on it.
STANDING = TanitaTiming(weight_interval_s=0.02, unstable_readings=300, analysis_s=0.0)


async def test_unplugging_and_replugging_the_scale_mid_session(kiosk) -> None:
    config, flow, waiter = kiosk.config, kiosk.flow, kiosk.waiter
    hub = DeviceHub([*config.readers, config.device], flow.handle, simulator_options={"tanita": {"timing": STANDING}})
    await hub.start()
    reader, scale = hub.simulator("reader"), hub.simulator("measuring")
    scale_port = next(d.pty for d in hub.devices if d.config.role == "measuring")
    try:
        reader.tap(demo_cards()[0])
        await waiter.until(in_state(SessionState.PROFILE), 10, "the greeting")
        scale.step_on(PERSON)
        await waiter.until(in_state(SessionState.MEASURING), 10, "the live weight")

        scale_port.unplug()
        lost = await waiter.until(lambda s: not s.device_connected, 5, "the scale reported as disconnected")
        assert lost.state is SessionState.MEASURING and lost.profile is not None

        scale_port.replug()
        back = await waiter.until(lambda s: s.device_connected, 5, "the scale reported as back")
        assert back.profile is not None, "the member's session survived the unplug"

        # The analyser finishes the measurement it was making and sends its record.
        await waiter.until(in_state(SessionState.REVIEW), 20, "the result")
        flow.confirm()
        done = await waiter.until(in_state(SessionState.DONE, SessionState.FAILED), 20, "the outcome")
        assert done.state is SessionState.DONE
        assert len(kiosk.sandbox.measurements(kind="body")) == 1
        assert kiosk.sandbox.stats()["duplicates"] == 0
    finally:
        await hub.stop()
