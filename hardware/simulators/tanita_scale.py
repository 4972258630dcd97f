"""A Tanita body-composition analyser on a pty: live weight, then one key/value record.

``TanitaScaleSimulator(port, model="MC-780").step_on(profile)`` plays what a
member stepping on produces:

1. BC-418MA style weight-stream lines (``KD`` unstable readings converging on
   the weight, then one ``KS`` stable reading), for the live display;
2. after the impedance analysis, ONE key/value record (``{0,16,…,CS,XX`` CR LF)
   with a correct checksum. MC-780/MC-980 records carry segmental and
   multi-frequency impedance keys (about 1.2 KB, like a real MC-780A); other
   models send the single-frequency core set. The date key follows the model
   (``DT`` for MC-780, ``DA`` for DC-3xx/4xx, ``Da`` otherwise).

Body composition comes from textbook estimates (Deurenberg body fat,
Katch-McArdle BMR, TBW ≈ 73 % of fat-free mass …), so values are plausible,
never clinical. The returned :class:`ScaleVisit` says what was sent
(``weights``, ``record``, ``values`` by canonical field) and has a ``done``
event. :data:`FAST_TIMING` removes all pauses for tests.

Normal mode (as after power-on): the profile passed to :meth:`step_on` is what an
operator keyed in on the analyser, and the values vary a little from visit to visit.

PC mode (once the host sent ``M1``; see :mod:`hardware.simulators.tanita_pc_mode`):
the analyser answers the host's commands and measures only with the personal data
the host sent. A member standing on it (:meth:`stand_on`, or :meth:`step_on`, whose
profile then only gives the weight) sees their weight; the record follows only if
the host's ``G1`` was accepted, and it is computed from the data received: the
gender, age, height and body type sent, and the weight minus the tare sent. Those
values are a deterministic function of that data (no random variation), so a test
can recompute them with :func:`body_composition`.
"""
from __future__ import annotations

import math
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from hardware import fields
from hardware.protocols.framing import LineFramer, Overlong
from hardware.protocols.tanita import encode_record
from hardware.protocols.tanita_pc_mode import MAX_REPLY_BYTES, BodyType, Gender, PersonalData
from hardware.pty_port import PtyPort
from hardware.simulators.base import Script, ScriptedDevice, Step
from hardware.simulators.tanita_pc_mode import AnalyserPcMode


@dataclass(frozen=True)
class BodyProfile:
    """The person on the scale and what the operator entered for them."""

    height_cm: float
    age: int
    gender: Gender
    weight_kg: float
    body_type: BodyType = "standard"
    clothes_kg: float = 0.0


@dataclass(frozen=True)
class TanitaTiming:
    """Pauses between weight readings and before the record, and how many unstable readings."""

    weight_interval_s: float = 0.25
    unstable_readings: int = 8
    analysis_s: float = 3.0


FAST_TIMING = TanitaTiming(weight_interval_s=0.0, unstable_readings=4, analysis_s=0.0)


@dataclass
class ScaleVisit(Script):
    """One member's visit: the live readings, the record line (b"" if none) and its canonical values."""

    weights: list[float] = field(default_factory=list)
    record: bytes = b""
    values: dict[str, float] = field(default_factory=dict)
    personal_data: PersonalData | None = None  # PC mode: what the analyser measured with


# Canonical field → key the record uses for it (numbers with one decimal unless listed in _WHOLE).
_CORE_KEYS: tuple[tuple[str, str], ...] = (
    (fields.HEIGHT_CM, "Hm"), (fields.WEIGHT_KG, "Wk"), (fields.BODY_FAT_PERCENT, "FW"),
    (fields.FAT_MASS_KG, "fW"), (fields.FAT_FREE_MASS_KG, "MW"), (fields.MUSCLE_MASS_KG, "mW"),
    (fields.MUSCLE_SCORE, "sW"), (fields.BONE_MASS_KG, "bW"), (fields.BODY_WATER_KG, "wW"),
    (fields.BODY_WATER_PERCENT, "ww"), (fields.BMI, "MI"), (fields.VISCERAL_FAT_RATING, "IF"),
    (fields.BMR_KJ, "rb"), (fields.BMR_KCAL, "rB"), (fields.METABOLIC_AGE, "rA"),
)
_WHOLE = frozenset({fields.MUSCLE_SCORE, fields.VISCERAL_FAT_RATING, fields.BMR_KJ, fields.BMR_KCAL, fields.METABOLIC_AGE})
_SEGMENT_SHARE_OF_FFM = {"R": 0.18, "L": 0.18, "r": 0.055, "l": 0.055, "T": 0.53}
_SEGMENT_FAT_FACTOR = {"R": 0.92, "L": 0.93, "r": 1.05, "l": 1.06, "T": 1.08}
# Resistance at 50 kHz of each measured path, relative to the whole-body value.
_PATH_RESISTANCE = {"H": 1.08, "R": 0.46, "L": 0.47, "r": 0.6, "l": 0.61, "F": 0.93, "M": 1.0}
# (resistance letter, reactance letter, R factor vs 50 kHz, X as a share of R at 50 kHz)
_FREQUENCIES = (
    ("a", "c", 1.12, -0.02), ("G", "H", 1.08, -0.05), ("R", "X", 1.0, -0.11),
    ("J", "K", 0.92, -0.08), ("L", "Q", 0.9, -0.06), ("i", "j", 0.88, -0.05),
)


class TanitaScaleSimulator(ScriptedDevice):
    """Plays Tanita analyser output for :meth:`step_on` visits on a background thread."""

    def __init__(
        self,
        port: PtyPort,
        model: str = "MC-780",
        *,
        timing: TanitaTiming = TanitaTiming(),
        seed: int | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(port, name=f"Tanita {model} simulator")
        self.model = model
        self.timing = timing
        self.pc_mode = AnalyserPcMode()
        self._random = random.Random(seed)
        self._clock = clock
        self._framer = LineFramer(MAX_REPLY_BYTES)
        self._received = bytearray()
        self._received_lock = threading.Lock()
        self.start()

    @property
    def received(self) -> bytes:
        """Every byte the host has sent so far, exactly as it arrived."""
        with self._received_lock:
            return bytes(self._received)

    def step_on(self, profile: BodyProfile) -> ScaleVisit:
        """Queue a visit for ``profile``; wait on the returned visit's ``done`` event.

        In PC mode only ``profile.weight_kg`` counts (see :meth:`stand_on`).
        """
        if self.pc_mode.active:
            return self.stand_on(profile.weight_kg)
        weight = round(max(profile.weight_kg + self._random.gauss(0, 0.15), 1.0), 1)
        return self._play_visit(profile, weight, self._random)

    def stand_on(self, weight_kg: float) -> ScaleVisit:
        """PC mode: a member of ``weight_kg`` (clothes included) stands on the analyser.

        With the data of an accepted ``G1`` the visit ends in a record computed from it;
        without, the analyser shows the weight and measures nothing (``record`` is b"").
        """
        data = self.pc_mode.take_started()
        if data is None:
            visit = ScaleVisit(steps=[], weights=self._live_readings(round(weight_kg, 1)))
            return self._play(visit)
        net = round(max(weight_kg - data.tare_kg, 1.0), 1)
        profile = BodyProfile(data.height_cm, data.age, data.gender, net, data.body_type, data.tare_kg)
        visit = self._play_visit(profile, net, None)
        visit.personal_data = data
        return visit

    def close(self) -> None:
        """Stop the simulator thread (the port belongs to the caller)."""
        self.stop()

    def _serve(self) -> None:
        self._answer_commands()
        super()._serve()

    def _answer_commands(self) -> None:
        """Answer whatever commands the host sent since the last round."""
        try:
            data = self.port.read(timeout=0)
        except OSError:  # unplugged: nobody can send commands
            return
        if not data:
            return
        with self._received_lock:
            self._received += data
        for line in self._framer.feed(data):
            reply = "!" if isinstance(line, Overlong) else self.pc_mode.answer(line.decode("latin-1").strip())
            self._write(reply.encode("ascii") + b"\r\n")

    def _play_visit(self, profile: BodyProfile, weight: float, rng: random.Random | None) -> ScaleVisit:
        """Live readings settling on ``weight``, then the record for ``profile`` at that weight."""
        pairs, sent_values = self._record_pairs(profile, body_composition(profile, weight, rng), rng)
        visit = ScaleVisit(steps=[], weights=self._live_readings(weight), record=encode_record(pairs), values=sent_values)
        return self._play(visit)

    def _play(self, visit: ScaleVisit) -> ScaleVisit:
        pause = self.timing.weight_interval_s
        visit.steps = [Step(pause, _weight_line(kg, stable=False)) for kg in visit.weights[:-1]]
        visit.steps.append(Step(pause, _weight_line(visit.weights[-1], stable=True)))
        if visit.record:
            visit.steps.append(Step(self.timing.analysis_s, visit.record))
        self.play(visit)
        return visit

    def _live_readings(self, weight: float) -> list[float]:
        start = weight * 0.55
        readings = []
        for step in range(1, self.timing.unstable_readings + 1):
            approach = weight - (weight - start) * 0.5**step
            readings.append(round(max(approach + self._random.gauss(0, 0.3), 0.0), 1))
        readings.append(weight)
        return readings

    def _record_pairs(
        self, profile: BodyProfile, values: dict[str, float], rng: random.Random | None
    ) -> tuple[list[tuple[str, str | int | float]], dict[str, float]]:
        """The record's key/value pairs and the canonical values among them."""
        now = self._clock()
        segmental = self.model.upper().startswith(("MC-780", "MC-980"))
        date_key, date_format = _date_key_for(self.model)
        pairs: list[tuple[str, str | int | float]] = [
            ("MO", self.model), ("ID", "0" * 16), ("St", 0), (date_key, now.strftime(date_format)),
            ("TI", now.strftime("%H:%M")), ("Bt", 2 if profile.body_type == "athletic" else 0),
            ("GE", 1 if profile.gender == "male" else 2), ("AG", profile.age), ("Pt", float(profile.clothes_kg)),
        ]
        canonical_keys = [*_CORE_KEYS, (fields.SKELETAL_MUSCLE_INDEX, "ah") if segmental else (fields.IMPEDANCE_OHM, "ZF")]
        for name, key in canonical_keys:
            pairs.append((key, int(values[name]) if name in _WHOLE else values[name]))
        if segmental:
            pairs.extend(_segment_pairs(values, rng))
            pairs.extend(_impedance_pairs(values[fields.IMPEDANCE_OHM]))
        return pairs, {name: values[name] for name, _ in canonical_keys}


def body_composition(profile: BodyProfile, weight: float, rng: random.Random | None = None) -> dict[str, float]:
    """Plausible canonical body-composition values, rounded as the record sends them.

    Simulation, not Tanita's equations: fat % grows with BMI and age and is lower for men
    and athletic bodies; the rest follows from fat %, weight and height. With ``rng`` the
    fat % and impedance vary a little, as between two real visits; without, the values
    are a deterministic function of gender, age, height, body type and weight.
    """
    male = profile.gender == "male"
    height_m = profile.height_cm / 100
    bmi = weight / height_m**2
    fat_percent = 1.2 * bmi + 0.23 * profile.age - (10.8 if male else 0.0) - 5.4
    if profile.body_type == "athletic":
        fat_percent -= 3.0
    fat_percent = min(max(fat_percent * _jitter(rng, 0.02), 4.0), 55.0)
    fat_mass = weight * fat_percent / 100
    fat_free = weight - fat_mass
    bone = fat_free * 0.049
    muscle = fat_free - bone
    water = fat_free * (0.74 if profile.body_type == "athletic" else 0.732)
    bmr_kcal = 370 + 21.6 * fat_free
    ideal_fat = 15.0 if male else 25.0
    values = {
        fields.HEIGHT_CM: profile.height_cm,
        fields.WEIGHT_KG: weight,
        fields.BODY_FAT_PERCENT: fat_percent,
        fields.FAT_MASS_KG: fat_mass,
        fields.FAT_FREE_MASS_KG: fat_free,
        fields.MUSCLE_MASS_KG: muscle,
        fields.MUSCLE_SCORE: _clamp(round((muscle / height_m**2 - (19.0 if male else 15.0)) / 1.5), -4, 4),
        fields.BONE_MASS_KG: bone,
        fields.BODY_WATER_KG: water,
        fields.BODY_WATER_PERCENT: water / weight * 100,
        fields.BMI: bmi,
        fields.VISCERAL_FAT_RATING: _clamp(round(1 + (bmi - 18) * 0.45 + max(profile.age - 25, 0) * 0.12 + male * 1.5), 1, 59),
        fields.BMR_KJ: round(bmr_kcal * 4.184),
        fields.BMR_KCAL: round(bmr_kcal),
        fields.METABOLIC_AGE: _clamp(round(profile.age + (fat_percent - ideal_fat) * 0.6), 12, 90),
        fields.IMPEDANCE_OHM: 0.6 * profile.height_cm**2 / water * _jitter(rng, 0.01),
        fields.SKELETAL_MUSCLE_INDEX: muscle * 0.44 / height_m**2,
    }
    return {name: float(value) if name in _WHOLE else float(round(value, 1)) for name, value in values.items()}


def _segment_pairs(values: dict[str, float], rng: random.Random | None) -> list[tuple[str, str | int | float]]:
    pairs: list[tuple[str, str | int | float]] = []
    for segment, share in _SEGMENT_SHARE_OF_FFM.items():
        fat_percent = values[fields.BODY_FAT_PERCENT] * _SEGMENT_FAT_FACTOR[segment] * _jitter(rng, 0.02)
        fat_free = values[fields.FAT_FREE_MASS_KG] * share
        fat_mass = fat_free * fat_percent / (100 - fat_percent)
        pairs += [
            (f"F{segment}", round(fat_percent, 1)), (f"f{segment}", round(fat_mass, 1)),
            (f"M{segment}", round(fat_free, 1)), (f"m{segment}", round(fat_free * 0.95, 1)),
            (f"S{segment}", _score(rng)), (f"s{segment}", _score(rng)),
        ]
    return pairs


def _impedance_pairs(whole_body_ohm: float) -> list[tuple[str, str | int | float]]:
    pairs: list[tuple[str, str | int | float]] = []
    for resistance_letter, reactance_letter, r_factor, x_share in _FREQUENCIES:
        for path, path_factor in _PATH_RESISTANCE.items():
            r50 = whole_body_ohm * path_factor
            pairs.append((f"{resistance_letter}{path}", round(r50 * r_factor, 1)))
            pairs.append((f"{reactance_letter}{path}", round(r50 * x_share, 1)))
    for path in _PATH_RESISTANCE:
        pairs.append((f"p{path}", round(math.degrees(math.atan(-0.11)), 1)))
    return pairs


def _date_key_for(model: str) -> tuple[str, str]:
    upper = model.upper()
    if upper.startswith("MC-780"):
        return "DT", "%Y/%m/%d"
    if upper.startswith("DC-"):
        return "DA", "%y/%m/%d"
    return "Da", "%d/%m/%Y"


def _weight_line(kg: float, *, stable: bool) -> bytes:
    return f"K{'S' if stable else 'D'}{kg:05.1f}\r\n".encode("ascii")


def _clamp(value: int, low: int, high: int) -> int:
    return min(max(value, low), high)


def _jitter(rng: random.Random | None, sigma: float) -> float:
    """A factor near 1 (visit-to-visit variation), or exactly 1 without ``rng``."""
    return rng.gauss(1.0, sigma) if rng is not None else 1.0


def _score(rng: random.Random | None) -> int:
    """A segment score from -2 to 2; 0 without ``rng``."""
    return rng.randint(-2, 2) if rng is not None else 0
