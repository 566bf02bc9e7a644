"""A JSON case in, a typed case out, and back (specification: errors, cases, steps 1-7).

Hand-written JSON cases read into the typed cases written here by hand; the order of the
checks shown by cases with two faults, where the fault of the earlier step is the answer;
``case_to_json`` writing every field, and reading back what it wrote."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import pathlib
from typing import Any

import pytest

from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.facts import Answers, CalendarSpec, Case, Consent, Interpretation, Request
from fasttrack_rules.protocol import cases
from fasttrack_rules.protocol.cases import CASE_FIELDS, case_from_json, case_to_json, parse_date

D = dt.date
MINIMAL: dict[str, Any] = {"as_of": "2025-03-20", "first_day_of_absence": "2025-03-03"}

#: Every field given, in JSON and as the typed case (the values are those of the
#: specification's first worked example where it has them).
FULL_JSON: dict[str, Any] = {
    "id": "K-1",
    "as_of": "2025-04-02",
    "first_day_of_absence": "2025-03-03",
    "sick_person": "employee",
    "over_8_weeks": True,
    "expected_recovery": "2025-06-02",
    "request": {"by": "employer", "date": "2025-03-18"},
    "letter_sent": "2025-03-18",
    "consent": {"answer": "agrees", "date": "2025-03-19"},
    "municipality_continues": False,
    "answers": {
        "employer": {"affected_functions": "lifting", "affected_duration": None, "adaptation_tried": " "},
        "sick_person": {"affected_functions": None, "affected_duration": "3 weeks", "adaptation_tried": None},
    },
    "doctor_requested": "2025-03-20",
    "doctor_consultation": "2025-03-25",
    "first_meeting": "2025-04-01",
    "plan_agreed": True,
    "recovered": "2025-04-02",
    "standby": False,
    "municipal_target_weeks": 4,
    "interpretation": {
        "roll": "forward",
        "sick_person_window": "none",
        "employer_window": "five_weeks_after",
        "late_request": "request",
    },
    "calendar": {"extra_closed": ["2025-05-30"], "open_on": ["2025-12-24", "2025-12-31"]},
}
FULL = Case(
    id="K-1",
    first_day_of_absence=D(2025, 3, 3),
    sick_person="employee",
    over_8_weeks=True,
    expected_recovery=D(2025, 6, 2),
    request=Request(by="employer", date=D(2025, 3, 18)),
    letter_sent=D(2025, 3, 18),
    consent=Consent(answer="agrees", date=D(2025, 3, 19)),
    municipality_continues=False,
    answers_employer=Answers(affected_functions="lifting", adaptation_tried=" "),
    answers_sick_person=Answers(affected_duration="3 weeks"),
    doctor_requested=D(2025, 3, 20),
    doctor_consultation=D(2025, 3, 25),
    first_meeting=D(2025, 4, 1),
    plan_agreed=True,
    recovered=D(2025, 4, 2),
    standby=False,
    municipal_target_weeks=4,
    interpretation=Interpretation(
        roll="forward", sick_person_window="none", employer_window="five_weeks_after", late_request="request"
    ),
    calendar=CalendarSpec(extra_closed=(D(2025, 5, 30),), open_on=(D(2025, 12, 24), D(2025, 12, 31))),
)


def test_a_full_case_is_read_into_its_typed_case() -> None:
    assert case_from_json(FULL_JSON) == (FULL, D(2025, 4, 2))


def test_a_minimal_case_knows_nothing_else() -> None:
    assert case_from_json(MINIMAL) == (Case(first_day_of_absence=D(2025, 3, 3)), D(2025, 3, 20))


def test_null_is_absent() -> None:
    nulls = {name: None for name in CASE_FIELDS if name not in MINIMAL}
    assert case_from_json({**MINIMAL, **nulls}) == case_from_json(MINIMAL)
    members = {
        "answers": {"employer": None, "sick_person": {"affected_functions": None}},
        "interpretation": {"roll": None},
        "calendar": {"extra_closed": None, "open_on": None},
    }
    assert case_from_json({**MINIMAL, **members}) == case_from_json(MINIMAL)


def test_the_fields_of_a_case_are_those_of_the_input_schema() -> None:
    schema = json.loads(
        (pathlib.Path(cases.__file__).parent.parent / "schemas" / "input.schema.json").read_text(
            encoding="utf-8"
        )
    )
    assert list(CASE_FIELDS) == list(schema["properties"])
    assert CASE_FIELDS[:3] == ("id", "as_of", "first_day_of_absence")


@pytest.mark.parametrize(
    ("value", "read"),
    [
        (2, 2),
        (2.0, 2),
        (json.loads("2e0"), 2),
        (json.loads("2.0000000000000001"), 2),
        (json.loads("1e-400"), 0),
    ],
)
def test_an_integer_is_a_number_with_no_fraction(value: object, read: int) -> None:
    # Step 6: 2, 2.0 and 2e0 are the integer 2; a double's value counts; 1e-400 is 0.
    case, _ = case_from_json({**MINIMAL, "municipal_target_weeks": value})
    assert case.municipal_target_weeks == read
    assert type(case.municipal_target_weeks) is int


@pytest.mark.parametrize("value", [2.5, True, "2", json.loads("1e400"), [2]])
def test_anything_else_is_no_integer(value: object) -> None:
    assert error_of({**MINIMAL, "municipal_target_weeks": value}) == (
        "INVALID_TYPE",
        "municipal_target_weeks",
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [("2025-03-03", D(2025, 3, 3)), ("2024-02-29", D(2024, 2, 29)), ("0001-01-01", D(1, 1, 1))],
)
def test_parse_date_reads_an_iso_date(text: str, day: dt.date) -> None:
    assert parse_date(text, "as_of") == day


@pytest.mark.parametrize(
    "text",
    ["2025-02-29", "2025-13-01", "2025-3-3", "20250303", "2025-03-03T00:00", " 2025-03-03", "٢٠٢٥-٠٣-٠٣", ""],
)
def test_parse_date_refuses_anything_else_naming_the_path(text: str) -> None:
    with pytest.raises(FasttrackError) as raised:
        parse_date(text, "calendar.open_on[2]")
    assert (raised.value.code, raised.value.field, raised.value.value) == (
        "INVALID_DATE",
        "calendar.open_on[2]",
        text,
    )


@pytest.mark.parametrize("value", [20250303, None, ["2025-03-03"], True])
def test_parse_date_needs_a_string(value: object) -> None:
    with pytest.raises(FasttrackError) as raised:
        parse_date(value, "recovered")
    assert (raised.value.code, raised.value.field) == ("INVALID_TYPE", "recovered")


# -- the order of the checks -------------------------------------------------------------------------
def error_of(obj: object) -> tuple[str, str | None]:
    with pytest.raises(FasttrackError) as raised:
        case_from_json(obj)
    return raised.value.code, raised.value.field


@pytest.mark.parametrize(
    ("obj", "code", "field"),
    [
        # 1. an object
        (["as_of", "2025-03-20"], "INVALID_TYPE", "(case)"),
        (None, "INVALID_TYPE", "(case)"),
        # 2 before 3: an unknown key and no as_of; unknown keys in the input's order
        ({"first_day_of_absence": "2025-03-03", "x": 1}, "UNKNOWN_FIELD", "x"),
        ({"zz": 1, **MINIMAL, "aa": 1}, "UNKNOWN_FIELD", "zz"),
        ({"As_of": "2025-03-20", "first_day_of_absence": "2025-03-03"}, "UNKNOWN_FIELD", "As_of"),
        # 3: as_of, then first_day_of_absence, present and not null, before their types (4)
        ({}, "MISSING_FIELD", "as_of"),
        ({"as_of": None, "first_day_of_absence": 5}, "MISSING_FIELD", "as_of"),
        ({"as_of": 5}, "MISSING_FIELD", "first_day_of_absence"),
        # 4: as_of a string, then a real date, then id, before request (5)
        ({**MINIMAL, "as_of": 20250320, "id": 5}, "INVALID_TYPE", "as_of"),
        ({**MINIMAL, "as_of": "2025-02-30", "id": 5}, "INVALID_DATE", "as_of"),
        ({**MINIMAL, "id": 5, "request": False}, "INVALID_TYPE", "id"),
        # 4 before 7: as_of is read before first_day_of_absence
        ({"as_of": "20250320", "first_day_of_absence": "x"}, "INVALID_DATE", "as_of"),
        # 5: request whole, before consent, before answers (6)
        ({**MINIMAL, "request": 0, "consent": 0}, "INVALID_TYPE", "request"),
        ({**MINIMAL, "request": "", "answers": 0}, "INVALID_TYPE", "request"),
        ({**MINIMAL, "request": [], "answers": 0}, "INVALID_TYPE", "request"),
        ({**MINIMAL, "request": {"date": "2025-03-18", "x": 1}}, "UNKNOWN_FIELD", "request.x"),
        ({**MINIMAL, "request": {"by": "employer"}}, "MISSING_FIELD", "request.date"),
        ({**MINIMAL, "request": {"by": None, "date": None}}, "MISSING_FIELD", "request.by"),
        ({**MINIMAL, "request": {"by": 5, "date": "x"}}, "INVALID_TYPE", "request.by"),
        ({**MINIMAL, "request": {"by": "boss", "date": "x"}}, "INVALID_VALUE", "request.by"),
        (
            {**MINIMAL, "request": {"by": "employer", "date": "x"}, "consent": 0},
            "INVALID_DATE",
            "request.date",
        ),
        (
            {**MINIMAL, "consent": {"answer": "maybe", "date": "2025-03-19"}, "answers": 0},
            "INVALID_VALUE",
            "consent.answer",
        ),
        # 5 before 6 and 7, though consent comes after first_day_of_absence in a case
        (
            {**MINIMAL, "first_day_of_absence": "x", "consent": {"answer": "agrees"}},
            "MISSING_FIELD",
            "consent.date",
        ),
        # 6: the shapes of answers, interpretation, calendar, then municipal_target_weeks
        ({**MINIMAL, "answers": [], "interpretation": 0}, "INVALID_TYPE", "answers"),
        ({**MINIMAL, "answers": {"x": 1}, "interpretation": 0}, "UNKNOWN_FIELD", "answers.x"),
        ({**MINIMAL, "interpretation": {"x": 1}, "calendar": 0}, "UNKNOWN_FIELD", "interpretation.x"),
        ({**MINIMAL, "calendar": "2025-05-30", "municipal_target_weeks": "2"}, "INVALID_TYPE", "calendar"),
        # 6 before 7: municipal_target_weeks before first_day_of_absence and the rest
        (
            {**MINIMAL, "first_day_of_absence": "x", "municipal_target_weeks": "2"},
            "INVALID_TYPE",
            "municipal_target_weeks",
        ),
        # 7 reads answers.employer's own shape, after first_day_of_absence
        (
            {**MINIMAL, "first_day_of_absence": "x", "answers": {"employer": 5}},
            "INVALID_DATE",
            "first_day_of_absence",
        ),
        ({**MINIMAL, "answers": {"employer": 5}}, "INVALID_TYPE", "answers.employer"),
        ({**MINIMAL, "answers": {"sick_person": {"x": 1}}}, "UNKNOWN_FIELD", "answers.sick_person.x"),
    ],
)
def test_the_first_failing_step_is_the_answer(obj: object, code: str, field: str) -> None:
    assert error_of(obj) == (code, field)


#: Step 7, in order, each field with a value of the wrong kind.
STEP_7: list[tuple[str, Any]] = [
    ("first_day_of_absence", 5),
    ("sick_person", "nobody"),
    ("over_8_weeks", "yes"),
    ("expected_recovery", 5),
    ("letter_sent", 5),
    ("municipality_continues", 0),
    ("answers.employer.affected_functions", 5),
    ("answers.employer.affected_duration", 5),
    ("answers.employer.adaptation_tried", 5),
    ("answers.sick_person", 5),
    ("doctor_requested", 5),
    ("doctor_consultation", 5),
    ("first_meeting", 5),
    ("plan_agreed", "yes"),
    ("recovered", 5),
    ("standby", "no"),
    ("interpretation.roll", "back"),
    ("calendar.extra_closed", 5),
    ("calendar.open_on", 5),
]


def with_values(*changes: tuple[str, Any]) -> dict[str, Any]:
    """The minimal case with each dotted path set to its value."""
    obj: dict[str, Any] = json.loads(json.dumps(MINIMAL))
    for path, value in changes:
        *parents, name = path.split(".")
        holder = obj
        for parent in parents:
            holder = holder.setdefault(parent, {})
        holder[name] = value
    return obj


@pytest.mark.parametrize(("earlier", "later"), list(itertools.pairwise(STEP_7)), ids=lambda v: v[0])
def test_step_7_reads_the_fields_in_their_order(earlier: tuple[str, Any], later: tuple[str, Any]) -> None:
    assert error_of(with_values(later, earlier))[1] == earlier[0]
    assert error_of(with_values(earlier, later))[1] == earlier[0]


def test_interpretation_is_read_in_the_inputs_key_order() -> None:
    backwards = {"late_request": "x", "employer_window": "y", "sick_person_window": "z", "roll": "w"}
    assert error_of({**MINIMAL, "interpretation": backwards}) == (
        "INVALID_VALUE",
        "interpretation.late_request",
    )


def test_calendar_days_are_named_by_their_place() -> None:
    days = {"extra_closed": ["2025-05-30", "2025-5-30"], "open_on": ["x"]}
    assert error_of({**MINIMAL, "calendar": days}) == ("INVALID_DATE", "calendar.extra_closed[1]")
    assert error_of({**MINIMAL, "calendar": {"open_on": ["2025-12-24", 20251231]}}) == (
        "INVALID_TYPE",
        "calendar.open_on[1]",
    )


# -- and back ----------------------------------------------------------------------------------------
def test_case_to_json_writes_every_field() -> None:
    assert case_to_json(FULL, as_of=D(2025, 4, 2)) == FULL_JSON
    assert list(case_to_json(FULL, as_of=D(2025, 4, 2))) == list(CASE_FIELDS)


def test_case_to_json_writes_unknown_facts_as_null() -> None:
    assert case_to_json(Case(first_day_of_absence=D(2025, 3, 3)), as_of=D(2025, 3, 20)) == {
        "id": None,
        "as_of": "2025-03-20",
        "first_day_of_absence": "2025-03-03",
        "sick_person": None,
        "over_8_weeks": None,
        "expected_recovery": None,
        "request": None,
        "letter_sent": None,
        "consent": None,
        "municipality_continues": None,
        "answers": {"employer": None, "sick_person": None},
        "doctor_requested": None,
        "doctor_consultation": None,
        "first_meeting": None,
        "plan_agreed": None,
        "recovered": None,
        "standby": False,
        "municipal_target_weeks": None,
        "interpretation": {
            "roll": "none",
            "sick_person_window": "five_weeks",
            "employer_window": "first_five_weeks",
            "late_request": "earliest",
        },
        "calendar": {"extra_closed": [], "open_on": []},
    }


@pytest.mark.parametrize(
    "case",
    [
        FULL,
        Case(first_day_of_absence=D(2025, 3, 3)),
        Case(first_day_of_absence=D(2025, 3, 3), answers_sick_person=Answers(adaptation_tried="")),
        Case(first_day_of_absence=D(2000, 1, 1), id="", standby=True, over_8_weeks=False),
    ],
    ids=["full", "minimal", "an-empty-answer", "edges"],
)
def test_what_case_to_json_writes_reads_back(case: Case) -> None:
    as_of = D(2100, 12, 31)
    written = json.loads(json.dumps(case_to_json(case, as_of=as_of)))
    assert case_from_json(written) == (case, as_of)


def test_case_to_json_gives_fresh_values() -> None:
    first = case_to_json(FULL, as_of=D(2025, 4, 2))
    first["calendar"]["open_on"].append("2026-12-24")  # type: ignore[index]
    first["interpretation"]["roll"] = "none"  # type: ignore[index]
    assert case_to_json(FULL, as_of=D(2025, 4, 2)) == FULL_JSON
