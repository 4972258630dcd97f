"""Every standalone request checked against EGYM's standalone OpenAPI document itself.

The document ships in this package (``standalone-openapi.json``, a copy of EGYM's 1.1.x
contract) so the product never reads the shared reference folder at run time. Request
bodies and query parameters are validated with ``jsonschema`` (Draft 2020-12, the dialect
of OpenAPI 3.1 schemas) against the operation's own schema, component ``$ref``s resolved
inside the document. jsonschema was chosen over openapi-core because the sandbox already
routes requests itself and only needs schema checks; it is the reference implementation,
widely used and maintained, and gives a path for every violation, which becomes a
``fieldErrors`` entry of the spec's ``ApiErrorResponseDTO``.

Form bodies (the token request) arrive as strings: the token schema is picked by its
``grant_type`` discriminator (either spelling, as EGYM's examples send lowercase), and the
flattened ``issuer_id`` / ``configuration_index`` of EGYM's examples are read into the
objects the schema declares before validation. ``issuer_id`` is a ``oneOf`` of Apple's and
Google's issuer objects, neither of which requires anything, so every object matches both
and the ``oneOf`` can never pass (a spec bug): it is checked against the branch its
``transponder_type`` names instead.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, Mapping

from jsonschema import Draft202012Validator

SPEC: dict[str, Any] = json.loads(
    resources.files("kiosk.cloud.egym.sandbox").joinpath("standalone-openapi.json").read_text(encoding="utf-8")
)
_COMPONENTS = SPEC["components"]


@dataclass(frozen=True)
class Violation:
    """One place where a request breaks the document: ``name`` as a dotted path."""

    name: str
    message: str
    rejected: Any = None


def _validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    return Draft202012Validator({**schema, "components": _COMPONENTS})


def _operation(method: str, path_template: str) -> dict[str, Any]:
    return SPEC["paths"][path_template][method.lower()]


def json_body_violations(method: str, path_template: str, body: Any) -> list[Violation]:
    """What is wrong with a JSON body for this operation (empty when it conforms)."""
    schema = _operation(method, path_template)["requestBody"]["content"]["application/json"]["schema"]
    return _violations(_validator(schema), body)


def token_form(form: Mapping[str, str]) -> dict[str, Any]:
    """A token form as the object the schema describes: grant type upper-cased, flattened objects rebuilt."""
    body: dict[str, Any] = dict(form)
    if isinstance(body.get("grant_type"), str):
        body["grant_type"] = body["grant_type"].upper()
    if "configuration_index" in body:
        body["configuration_index"] = {"configurationIndex": _maybe_int(body["configuration_index"])}
    if "issuer_id" in body:
        key = "collectorId" if body.get("transponder_type") == "GOOGLE" else "passTypeId"
        value = body["issuer_id"]
        body["issuer_id"] = {key: _maybe_int(value) if key == "collectorId" else value}
    return body


def token_violations(body: Mapping[str, Any]) -> list[Violation]:
    """What is wrong with a token request (as :func:`token_form` gives it)."""
    mapping = _COMPONENTS["schemas"]["TokenRequestDTO"]["discriminator"]["mapping"]
    grant = body.get("grant_type")
    if grant not in mapping:
        return [Violation("grant_type", f"must be one of {sorted(mapping)}", grant)]
    rest = {key: value for key, value in body.items() if key != "issuer_id"}
    problems = _violations(_validator({"$ref": mapping[grant]}), rest)
    if "issuer_id" in body:
        branch = "GoogleSmartTapCollector" if body.get("transponder_type") == "GOOGLE" else "AppleVasPassType"
        issuer = _violations(_validator({"$ref": f"#/components/schemas/{branch}"}), body["issuer_id"])
        problems += [Violation(f"issuer_id.{v.name}", v.message, v.rejected) for v in issuer]
    return problems


def query_violations(method: str, path_template: str, query: Mapping[str, str]) -> list[Violation]:
    """Missing required query parameters and values that break their schema."""
    problems = []
    for parameter in _operation(method, path_template).get("parameters", []):
        if parameter.get("in") != "query":
            continue
        name = parameter["name"]
        if name not in query:
            if parameter.get("required"):
                problems.append(Violation(name, "is required"))
            continue
        schema = parameter.get("schema", {})
        value: Any = query[name]
        if schema.get("type") == "integer":
            value = _maybe_int(value)
        problems += [Violation(name, v.message, value) for v in _violations(_validator(schema), value)]
    return problems


def _violations(validator: Draft202012Validator, instance: Any) -> list[Violation]:
    found: list[Violation] = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path]):
        name = ".".join(str(part) for part in error.absolute_path) or _required_name(error) or "body"
        violation = Violation(name, error.message if error.validator != "required" else "is required",
                              error.instance if error.absolute_path else None)
        if violation not in found:  # allOf repeats the base schema's "required"
            found.append(violation)
    return found


def _required_name(error: Any) -> str | None:
    if error.validator == "required" and isinstance(error.message, str):
        return error.message.split("'")[1] if "'" in error.message else None
    return None


def _maybe_int(value: Any) -> Any:
    try:
        return int(value)
    except (TypeError, ValueError):
        return value
