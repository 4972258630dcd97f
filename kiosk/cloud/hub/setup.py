"""The hub's part of the installer's setup screen: the hub's address and a one-time enrolment code.

It takes the place of EGYM's fields (and its API key): a hub kiosk holds no EGYM secret. When
setup finishes, the code is exchanged at the hub for this kiosk's device credential
(:func:`prepare`), which is written owner-only beside the config, never into the TOML.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from kiosk.cloud.errors import CloudError
from kiosk.cloud.hub.enrolment import code_problem, exchange_code, write_credential
from kiosk.cloud.hub.errors import EnrolmentRefused
from kiosk.cloud.platform import QT_TRANSLATE_NOOP, PlatformSetup, SetupField
from kiosk.config_section import ConfigError

CREDENTIAL = "device_credential"  # the answer enrolment adds (hidden: nobody types it)
CODE = "enrolment_code"

FIELDS = (
    SetupField(
        "url", QT_TRANSLATE_NOOP("platform", "Hub address"), kind="url",
        hint=QT_TRANSLATE_NOOP("platform", "The gym's hub, e.g. https://hub.example.com; on this machine: http://127.0.0.1:8400"),
        stand_in="https://setup.invalid",
    ),
    SetupField(
        CODE, QT_TRANSLATE_NOOP("platform", "Enrolment code"), kind="digits",
        hint=QT_TRANSLATE_NOOP("platform", "8 digits from the hub's fleet page, valid for 15 minutes. "
                                           "This kiosk stores only its own credential, never the EGYM key."),
    ),
    SetupField(CREDENTIAL, "", kind="secret", hidden=True),
)

_REFUSALS = {
    "enrolment_code_unknown": "the hub does not know this enrolment code: check the digits, or create a new code",
    "enrolment_code_used": "this enrolment code was already used: create a new one on the hub's fleet page",
    "enrolment_code_expired": "this enrolment code has expired (codes last 15 minutes): create a new one",
}


def check_answers(answers: Mapping[str, str]) -> dict[str, str]:
    """The hub's address, and an enrolment code unless this kiosk was just enrolled."""
    problems: dict[str, str] = {}
    if not answers.get("url", "").strip():
        problems["url"] = QT_TRANSLATE_NOOP("platform", "enter the hub's address, such as https://hub.example.com")
    if not answers.get(CREDENTIAL, "").strip() and (problem := code_problem(answers.get(CODE, "").strip())):
        problems[CODE] = problem
    return problems


def table(answers: Mapping[str, str]) -> dict[str, Any]:
    """The ``[hub]`` table (neither the code nor the credential is in it)."""
    return {"url": answers.get("url", "").strip()}


def answers_from_table(existing: Mapping[str, Any]) -> dict[str, str]:
    url = existing.get("url")
    return {"url": url} if isinstance(url, str) else {}


async def prepare(answers: Mapping[str, str]) -> dict[str, str]:
    """Exchange the enrolment code for the device credential (once: a code is single use).

    Raises ConfigError at ``hub.enrolment_code`` (or ``hub.url``) with what to do.
    """
    if answers.get(CREDENTIAL, "").strip():
        return dict(answers)
    url = answers.get("url", "").strip()
    try:
        credential, _ = await exchange_code(url, answers.get(CODE, "").strip())
    except EnrolmentRefused as refused:
        raise ConfigError("hub.enrolment_code", _REFUSALS.get(refused.code, refused.message)) from None
    except CloudError as error:
        raise ConfigError("hub.url", f"the hub at {url} did not enrol this kiosk ({error.message}); "
                                     "check the hub address and that the hub is running") from None
    return {**answers, CODE: "", CREDENTIAL: credential}


def write_credential_file(config_dir: Path, answers: Mapping[str, str]) -> None:
    """The device credential into ``hub-device-credential`` beside the config, owner-only."""
    credential = answers.get(CREDENTIAL, "").strip()
    if not credential:
        raise ValueError("the kiosk is not enrolled yet: setup exchanges the enrolment code first")
    write_credential(config_dir, credential)


SETUP = PlatformSetup(
    fields=FIELDS,
    check_answers=check_answers,
    table=table,
    answers_from_table=answers_from_table,
    secret=lambda answers: answers.get(CREDENTIAL, "").strip(),
    write_secrets=write_credential_file,
    prepare=prepare,
    replaces=("egym",),
    installer_words=(("hub.url", "the hub address"), ("hub.base_url", "the hub address"),
                     ("hub.ca_bundle", "the kiosk's CA bundle (hub.ca_bundle in the config file)")),
)
