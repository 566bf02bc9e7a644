"""What a valid case is, written once: every field of the input with its JSON path, its
type, its allowed values or range and whether it is required, and the rules between
fields (specification: errors, cases).

Everything else is derived from this description: the attrs validators of the typed
input (:mod:`fasttrack_rules.facts`), the reading of a JSON case
(:mod:`fasttrack_rules.protocol.cases`), the list of protocol fields and the shipped
JSON Schema of a case (:func:`input_schema`; a test fails if the file drifts from it).

Longer than 300 lines: the one description of the input, each field with its kind,
range, title, description and an example; split, a field would be described twice.
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
        title: a few words for the JSON Schema's ``title``.
        description: what the field means, for the JSON Schema's ``description``.
        examples: valid values, for the JSON Schema's ``examples`` (a test validates them).
    """

    name: str
    kind: Kind
    required: bool = False
    values: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    fields: tuple[Field, ...] = attrs.field(default=(), validator=lambda _, __, v: _check_members(v))
    attribute: str | None = None
    title: str | None = None
    description: str | None = None
    examples: tuple[object, ...] = ()
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


def _date(name: str, title: str, description: str, example: str, *, required: bool = False) -> Field:
    return Field(name, "date", required=required, title=title, description=description, examples=(example,))


#: The three questions (BEK 2024 § 3, stk. 1): a title and an example answer of each.
_QUESTION_NOTES = {
    "affected_functions": ("Functions affected", "Lifting and long shifts"),
    "affected_duration": ("Duration of the effect", "Three weeks"),
    "adaptation_tried": ("Adaptation tried", "Lighter tasks were tried in March"),
}


def _answers(name: str, whose: str) -> Field:
    return Field(
        name,
        "object",
        fields=tuple(
            Field(
                q,
                "string",
                title=_QUESTION_NOTES[q][0],
                description=f"{whose} answer to the question {q} (BEK 2024 § 3, stk. 1), in their own words; "
                "absent, null or blank: not answered",
                examples=(_QUESTION_NOTES[q][1],),
            )
            for q in QUESTIONS
        ),
        attribute=f"answers_{name}",
        title=f"Answers of the {whose.lower().removeprefix('the ')}",
        description=f"{whose} answers to the three questions",
    )


#: The named interpretations a case may choose: a title and a description of each.
_INTERPRETATION_NOTES = {
    "roll": (
        "Roll a deadline forward",
        "whether a day or week deadline on a closed municipal day moves to the next working day "
        "(specification: interpretation roll); default none",
    ),
    "sick_person_window": (
        "Window of a sick person's request",
        "whether a sick person's request must fall in the first 5 weeks, as the guidance says "
        "(specification: interpretation sick_person_window); default five_weeks",
    ),
    "employer_window": (
        "Window of an employer's request",
        "where the employer's 5 weeks end (specification: interpretation employer_window); "
        "default first_five_weeks",
    ),
    "late_request": (
        "Meeting after a late request",
        "when the first meeting is due after a request near week 8 (specification: interpretation "
        "late_request); default earliest",
    ),
}


#: The case: the top-level fields in their protocol order. ``as_of`` is the day of
#: evaluation (an argument of ``assess`` in Python, not a fact of the case).
CASE = Field(
    "(case)",
    "object",
    fields=(
        Field(
            "id",
            "string",
            title="Case id",
            description="the caller's id of the case, copied to its result or error line; never interpreted",
            examples=("A-7",),
        ),
        _date(
            "as_of",
            "Day of evaluation",
            "the day the case is assessed on: statuses are judged on it, and no event may be after it",
            "2025-03-20",
            required=True,
        ),
        _date(
            "first_day_of_absence",
            "First day of absence",
            "the first day of the sickness absence (første fraværsdag); every period counts from it",
            "2025-03-03",
            required=True,
        ),
        Field(
            "sick_person",
            "choice",
            values=SICK_PERSONS,
            title="Sick person",
            description="who the sick person is: an employer asks only for an employee (SDL § 7 c)",
            examples=("employee",),
        ),
        Field(
            "over_8_weeks",
            "boolean",
            title="Expected to last over 8 weeks",
            description="whether the absence is expected to last more than 8 weeks from the first day "
            "(the condition of SDL §§ 7 c and 7 e)",
            examples=(True,),
        ),
        _date(
            "expected_recovery",
            "Expected recovery",
            "the forecast day of recovery, if one is given; it must agree with over_8_weeks and may lie "
            "after as_of",
            "2025-06-30",
        ),
        Field(
            "request",
            "object",
            fields=(
                Field(
                    "by",
                    "choice",
                    required=True,
                    values=REQUESTERS,
                    title="Requested by",
                    description="who asked for early follow-up: the employer (SDL § 7 c), the sick person "
                    "(§ 7 e) or the jobcenter on its own initiative",
                    examples=("employer",),
                ),
                _date(
                    "date",
                    "Day of the request",
                    "the day the request reached the jobcenter",
                    "2025-03-18",
                    required=True,
                ),
            ),
            title="Request for early follow-up",
            description="the request for Fast track (anmodning om tidlig opfølgning); absent: none was made",
        ),
        _date(
            "letter_sent",
            "Letter sent",
            "the day the employee was sent the letter with the consent form (employer's request only)",
            "2025-03-18",
        ),
        Field(
            "consent",
            "object",
            fields=(
                Field(
                    "answer",
                    "choice",
                    required=True,
                    values=CONSENT_ANSWERS,
                    title="Answer",
                    description="whether the employee agrees to Fast track (SDL § 7 d)",
                    examples=("agrees",),
                ),
                _date(
                    "date", "Day of the answer", "the day the form was returned", "2025-03-19", required=True
                ),
            ),
            title="Consent form",
            description="the employee's returned consent form (employer's request only); "
            "absent: not returned",
        ),
        Field(
            "municipality_continues",
            "boolean",
            title="Municipality continues",
            description="after a late consent form: whether the municipality goes on with Fast track",
            examples=(True,),
        ),
        Field(
            "answers",
            "object",
            fields=(_answers("employer", "The employer's"), _answers("sick_person", "The sick person's")),
            title="Answers to the three questions",
            description="the answers given so far to the three questions of BEK 2024 § 3, stk. 1",
        ),
        _date(
            "doctor_requested",
            "Doctor's consultation requested",
            "day the municipality asked the sick person to book a consultation with their "
            "own doctor; absent or null: not known to have asked (the consultation deadline then "
            "never shows a breach)",
            "2025-03-20",
        ),
        _date(
            "doctor_consultation",
            "Doctor's consultation held",
            "the day of the consultation with the sick person's own doctor",
            "2025-03-26",
        ),
        _date(
            "first_meeting",
            "First follow-up meeting held",
            "the day the first follow-up meeting was held",
            "2025-03-31",
        ),
        Field(
            "plan_agreed",
            "boolean",
            title="Plan agreed",
            description="whether a plan for the return to work was agreed at the first meeting",
            examples=(True,),
        ),
        _date(
            "recovered",
            "Recovered",
            "the day the sick person was fully recovered (fuldt raskmeldt)",
            "2025-04-14",
        ),
        Field(
            "standby",
            "boolean",
            title="Standby case",
            description="whether the case is on standby, so that no follow-up meeting is required "
            "(SDL § 13 b, stk. 5)",
            examples=(False,),
        ),
        Field(
            "municipal_target_weeks",
            "integer",
            minimum=1,
            maximum=52,
            title="Municipal target (weeks)",
            description="a jobcenter-initiated case: the municipality's own target for the first meeting, "
            "in weeks from the request; policy, never law",
            examples=(4,),
        ),
        Field(
            "interpretation",
            "object",
            fields=tuple(
                Field(
                    name,
                    "choice",
                    values=values,
                    title=_INTERPRETATION_NOTES[name][0],
                    description=_INTERPRETATION_NOTES[name][1],
                    examples=(values[0],),
                )
                for name, values in INTERPRETATIONS.items()
            ),
            title="Interpretations",
            description="the named choices where the law is open; a choice left out takes its default",
        ),
        Field(
            "calendar",
            "object",
            fields=(
                Field(
                    "extra_closed",
                    "dates",
                    title="Extra closing days",
                    description="days the municipality is closed besides the default closing days",
                    examples=(["2025-05-30"],),
                ),
                Field(
                    "open_on",
                    "dates",
                    title="Extra working days",
                    description="default closing days on which the municipality works",
                    examples=(["2025-12-24"],),
                ),
            ),
            title="Municipal calendar",
            description="the municipality's own changes to the default municipal working days",
        ),
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
#: A whole case, the schema's example (the first worked example of the specification).
_EXAMPLE_CASE: dict[str, Any] = {
    "id": "example-employer",
    "as_of": "2025-03-20",
    "first_day_of_absence": "2025-03-03",
    "sick_person": "employee",
    "over_8_weeks": True,
    "request": {"by": "employer", "date": "2025-03-18"},
    "letter_sent": "2025-03-18",
    "consent": {"answer": "agrees", "date": "2025-03-19"},
}
_JSON_TYPE = {"boolean": "boolean", "string": "string"}


def input_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a JSON case, derived from :data:`CASE`; the
    package ships it as ``schemas/input.schema.json``."""
    return {
        **_SCHEMA_HEAD,
        "examples": [_EXAMPLE_CASE],
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in CASE.fields if f.required],
        "$defs": {
            "date": {
                "type": "string",
                "format": "date",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "description": "ISO date YYYY-MM-DD",
                "examples": ["2025-03-20"],
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
    notes = {"title": f.title, "description": f.description}
    out = {**{k: v for k, v in notes.items() if v is not None}, **out}
    if f.examples:
        out["examples"] = [*f.examples]
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
