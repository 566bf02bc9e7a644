"""What a valid case is, written once: every field of the input with its JSON path, its
type, its allowed values or range and whether it is required, and the rules between
fields (specification: errors, cases).

Everything else is derived from this description: the attrs validators of the typed
input (:mod:`fasttrack_rules.facts`), the reading of a JSON case
(:mod:`fasttrack_rules.protocol.cases`), the list of protocol fields and the shipped
JSON Schema of a case (:func:`input_schema`; a test fails if the file drifts from it).
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from fasttrack_rules.vocab import (
    CONSENT_ANSWERS,
    INTERPRETATIONS,
    QUESTIONS,
    REQUESTERS,
    SICK_PERSONS,
)

__all__ = [
    "CASE",
    "CROSS_FIELD_RULES",
    "Field",
    "Kind",
    "Rule",
    "field",
    "input_schema",
]

#: The kinds of value a field holds: a date (ISO ``YYYY-MM-DD`` in JSON), true or false,
#: an integer, a string, one of named strings, an object of further fields, or a list of
#: dates.
Kind = Literal["date", "boolean", "integer", "string", "choice", "object", "dates"]


@attrs.frozen
class Field:
    """One field of the input.

    Attributes:
        name: the JSON key (``"by"``); its path is the keys from the case down, joined by dots.
        kind: the kind of value (:data:`Kind`).
        required: whether it must be present and not null.
        values: the allowed strings of a ``choice``, in their documented order.
        minimum, maximum: the range of an ``integer`` (checked with the rules between
            fields: specification, errors, cases, step 10).
        fields: the members of an ``object``.
        attribute: the name of the attribute of the typed input that holds it, where it
            differs from ``name`` (``answers.employer`` is ``Case.answers_employer``).
        description: a sentence for the JSON Schema, where the name alone says too little.
    """

    name: str
    kind: Kind
    required: bool = False
    values: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    fields: tuple[Field, ...] = attrs.field(default=(), validator=lambda _, __, v: _check_members(v))
    attribute: str | None = None
    description: str | None = None
    #: The names of an object field's members, in order (derived from ``fields``).
    names: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    #: The names of its required members, in order (derived from ``fields``).
    required_names: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _members: dict[str, Field] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Derived once: a JSON reader asks for members on every case.
        object.__setattr__(self, "names", tuple(member.name for member in self.fields))
        object.__setattr__(self, "required_names", tuple(m.name for m in self.fields if m.required))
        object.__setattr__(self, "_members", {member.name: member for member in self.fields})

    def member(self, name: str) -> Field:
        """The member ``name`` of an object field.

        Raises:
            InvalidValueError: no such member.
        """
        try:
            return self._members[name]
        except (KeyError, TypeError):
            raise InvalidValueError("name", name, f"expected one of {', '.join(self.names)}") from None

    @property
    def bounds(self) -> tuple[int, int]:
        """The range of an integer field, both ends included.

        Raises:
            InvalidValueError: the field has no range.
        """
        if self.minimum is None or self.maximum is None:
            raise InvalidValueError("field", self.name, "has no range: it is not an integer field")
        return self.minimum, self.maximum


def _check_members(members: object) -> None:
    if not isinstance(members, tuple) or not all(isinstance(m, Field) for m in members):
        raise InvalidTypeError("fields", members, "expected a tuple of Field")


def _date(name: str, *, required: bool = False, description: str | None = None) -> Field:
    return Field(name, "date", required=required, description=description)


def _answers(name: str) -> Field:
    return Field(
        name,
        "object",
        fields=tuple(Field(q, "string") for q in QUESTIONS),
        attribute=f"answers_{name}",
    )


#: The case: the top-level fields in their protocol order. ``as_of`` is the day of
#: evaluation (an argument of ``assess`` in Python, not a fact of the case).
CASE = Field(
    "(case)",
    "object",
    fields=(
        Field("id", "string"),
        _date("as_of", required=True),
        _date("first_day_of_absence", required=True),
        Field("sick_person", "choice", values=SICK_PERSONS),
        Field("over_8_weeks", "boolean"),
        _date("expected_recovery"),
        Field(
            "request",
            "object",
            fields=(Field("by", "choice", required=True, values=REQUESTERS), _date("date", required=True)),
        ),
        _date("letter_sent"),
        Field(
            "consent",
            "object",
            fields=(
                Field("answer", "choice", required=True, values=CONSENT_ANSWERS),
                _date("date", required=True),
            ),
        ),
        Field("municipality_continues", "boolean"),
        Field("answers", "object", fields=(_answers("employer"), _answers("sick_person"))),
        _date(
            "doctor_requested",
            description="day the municipality asked the sick person to book a consultation with their "
            "own doctor; absent or null: not known to have asked (the consultation deadline then "
            "never shows a breach)",
        ),
        _date("doctor_consultation"),
        _date("first_meeting"),
        Field("plan_agreed", "boolean"),
        _date("recovered"),
        Field("standby", "boolean"),
        Field("municipal_target_weeks", "integer", minimum=1, maximum=52),
        Field(
            "interpretation",
            "object",
            fields=tuple(Field(name, "choice", values=values) for name, values in INTERPRETATIONS.items()),
        ),
        Field("calendar", "object", fields=(Field("extra_closed", "dates"), Field("open_on", "dates"))),
    ),
)


def field(path: str) -> Field:
    """The field at a dotted ``path`` (``"request.by"``, ``"municipal_target_weeks"``).

    Raises:
        InvalidTypeError: ``path`` is not a string.
        InvalidValueError: no field has that path.
    """
    if type(path) is not str:
        raise InvalidTypeError("path", path, f"expected a string, got {type(path).__name__}")
    found = CASE
    for name in path.split("."):
        if name not in found.names:
            raise InvalidValueError("path", path, "no field of the input has this path")
        found = found.member(name)
    return found


@attrs.frozen
class Rule:
    """A rule between fields, checked when the case is assessed (it needs ``as_of`` or
    more than one field): its ``name``, its ``step`` in the specification's order of
    checks (errors, cases) and the rule in a sentence (``text``)."""

    name: str
    step: int
    text: str


#: The rules between fields, in the order they are checked. Steps 8-10 are checked
#: together before anything is computed (:func:`fasttrack_rules.rules.checks.check_case`
#: runs one check per rule, by name, in this order); step 11 when the municipal calendar
#: is built; step 12 as each deadline is computed.
CROSS_FIELD_RULES: tuple[Rule, ...] = (
    Rule("covered", 8, "as_of and every date of the case lie inside the calendars' coverage, 2000-2100"),
    Rule("not_after_as_of", 9, "no event is dated after as_of"),
    Rule(
        "after_first_day",
        10,
        "doctor_consultation, first_meeting and recovered are not before first_day_of_absence; "
        "expected_recovery is after it",
    ),
    Rule("employer_facts", 10, "letter_sent and consent apply only to an employer's request"),
    Rule(
        "doctor_requested",
        10,
        "doctor_requested applies only to an employer's or a sick person's request, and not before it",
    ),
    Rule(
        "after_request",
        10,
        "letter_sent is not before the request; consent.date not before the letter (or the request)",
    ),
    Rule("forecasts_agree", 10, "over_8_weeks and expected_recovery agree"),
    Rule("in_range", 10, "every integer lies in its range (municipal_target_weeks: 1-52)"),
    Rule(
        "calendar_adjustments",
        11,
        "the municipal calendar's adjustments lie inside the coverage and change the default",
    ),
    Rule("deadlines_covered", 12, "every deadline counted from an event falls inside the coverage"),
)


# -- the JSON Schema -------------------------------------------------------------------------
_SCHEMA_HEAD: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://fasttrack-rules.invalid/schemas/input.schema.json",
    "title": "fasttrack_rules case (input)",
    "description": "One sickness-absence case and the date of evaluation. See specification.md (the "
    "rules) and INTERPRETING.md (the vectors) in the oracle kit.",
}
_DATE = {"$ref": "#/$defs/date"}
_JSON_TYPE = {"boolean": "boolean", "string": "string"}


def input_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a JSON case, derived from :data:`CASE`; the
    package ships it as ``schemas/input.schema.json``."""
    return {
        **_SCHEMA_HEAD,
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in CASE.fields if f.required],
        "$defs": {
            "date": {
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "description": "ISO date YYYY-MM-DD",
            }
        },
        "properties": {f.name: _schema(f) for f in CASE.fields},
    }


def _schema(f: Field) -> dict[str, Any]:
    """The schema of one field: required fields as they are, optional ones also null."""
    out: dict[str, Any]
    if f.kind == "choice":
        out = {"enum": [*f.values] if f.required else [*f.values, None]}
    elif f.kind in _JSON_TYPE:
        out = {"type": _JSON_TYPE[f.kind] if f.required else [_JSON_TYPE[f.kind], "null"]}
    else:
        out = _DATE if f.kind == "date" else _structured(f)
        if not f.required:
            out = {"anyOf": [out, {"type": "null"}] if f.kind == "date" else [{"type": "null"}, out]}
    if f.description is not None:
        out = {**out, "description": f.description}
    return out


def _structured(f: Field) -> dict[str, Any]:
    if f.kind == "integer":
        return {"type": "integer", "minimum": f.minimum, "maximum": f.maximum}
    if f.kind == "dates":
        return {"type": "array", "items": _DATE}
    out: dict[str, Any] = {"type": "object", "additionalProperties": False}
    if any(member.required for member in f.fields):
        out["required"] = [member.name for member in f.fields if member.required]
    out["properties"] = {member.name: _schema(member) for member in f.fields}
    return out
