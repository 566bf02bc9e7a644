"""The typed input: its defaults ("not known", the documented interpretations, no
calendar adjustments), ``Answers.answered`` with blank answers as the specification
defines them, and the typed errors' fields and messages where the input description
(tested in test_inputs.py) does not decide them."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from fasttrack_rules.facts import Answers, CalendarSpec, Case, Consent, Interpretation, Request
from fasttrack_rules.vocab import INTERPRETATIONS, QUESTIONS

D = dt.date
FIRST = D(2025, 3, 3)


def test_a_case_needs_only_its_first_day_and_knows_nothing_else() -> None:
    case = Case(first_day_of_absence=FIRST)
    unknown = (
        "id",
        "sick_person",
        "over_8_weeks",
        "expected_recovery",
        "request",
        "letter_sent",
        "consent",
        "municipality_continues",
        "doctor_requested",
        "doctor_consultation",
        "first_meeting",
        "plan_agreed",
        "recovered",
        "municipal_target_weeks",
    )
    assert all(getattr(case, name) is None for name in unknown)
    assert case.standby is False
    assert case.answers_employer == case.answers_sick_person == Answers()
    assert (case.interpretation, case.calendar) == (Interpretation(), CalendarSpec())
    assert {a.name for a in attrs.fields(Case)} == {
        *unknown,
        "first_day_of_absence",
        "standby",
        "answers_employer",
        "answers_sick_person",
        "interpretation",
        "calendar",
    }


def test_the_first_day_is_required_and_every_field_is_named() -> None:
    with pytest.raises(TypeError):
        Case()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Case(FIRST)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Request("employer", FIRST)  # type: ignore[call-arg]


def test_the_default_interpretation_is_the_documented_default() -> None:
    # Specification, interpretations; vocab: the first value of each is its default.
    assert attrs.asdict(Interpretation()) == {
        "roll": "none",
        "sick_person_window": "five_weeks",
        "employer_window": "first_five_weeks",
        "late_request": "earliest",
    }
    assert attrs.asdict(Interpretation()) == {name: values[0] for name, values in INTERPRETATIONS.items()}


def test_no_answer_and_no_adjustment_by_default() -> None:
    assert attrs.asdict(Answers()) == dict.fromkeys(QUESTIONS)
    assert (CalendarSpec().extra_closed, CalendarSpec().open_on) == ((), ())


def test_the_facts_are_frozen_values() -> None:
    case = Case(first_day_of_absence=FIRST, request=Request(by="employer", date=FIRST))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        case.standby = True  # type: ignore[misc]
    assert case == Case(first_day_of_absence=FIRST, request=Request(by="employer", date=FIRST))
    assert hash(case) == hash(Case(first_day_of_absence=FIRST, request=Request(by="employer", date=FIRST)))


# Questions: "A blank text is no answer: empty, or only white space (the Unicode
# White_Space characters and U+001C-U+001F, the characters Python's str.isspace accepts)."
WHITE_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)
BLANK = ["", " ", "\t \r\n", WHITE_SPACE, "\x1c\x1d\x1e\x1f", "\u3000\u00a0"]
#: Not blank: text, text with blanks around it, and invisible characters that are no
#: White_Space (zero-width space, word joiner, byte-order mark, Mongolian vowel separator).
NOT_BLANK = ["x", " x ", "nej", "0", "\u200b", "\u2060", "\ufeff", "\u180e", "\x00", "-"]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("text", BLANK)
def test_a_blank_text_is_no_answer(question: str, text: str) -> None:
    assert not Answers(**{question: text}).answered(question)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("text", NOT_BLANK)
def test_any_other_text_is_an_answer(question: str, text: str) -> None:
    answers = Answers(**{question: text})
    assert answers.answered(question)
    assert [answers.answered(q) for q in QUESTIONS] == [q == question for q in QUESTIONS]


def test_no_text_is_no_answer() -> None:
    assert not any(Answers().answered(q) for q in QUESTIONS)


@pytest.mark.parametrize("question", ["Affected_functions", "affected_functions ", "", "answered"])
def test_only_the_three_questions_can_be_asked(question: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        Answers().answered(question)
    assert (raised.value.field, raised.value.value) == ("question", question)
    assert raised.value.message == "expected one of affected_functions, affected_duration, adaptation_tried"


def test_a_question_is_a_string() -> None:
    with pytest.raises(InvalidTypeError) as raised:
        Answers().answered(1)  # type: ignore[arg-type]
    assert raised.value.message == "expected a string, got int"


def test_a_datetime_is_no_date() -> None:
    moment = dt.datetime(2025, 3, 3, 9, 0)
    with pytest.raises(InvalidTypeError) as raised:
        Case(first_day_of_absence=FIRST, recovered=moment)
    assert (raised.value.field, raised.value.value) == ("recovered", moment)
    assert raised.value.message == "expected a date, got a datetime"
    with pytest.raises(InvalidTypeError) as required:
        Consent(answer="agrees", date=moment)
    assert (required.value.field, required.value.message) == ("date", "expected a date, got a datetime")


def test_a_named_value_lists_the_values() -> None:
    with pytest.raises(InvalidValueError) as raised:
        Request(by="Employer", date=FIRST)  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.value) == ("by", "Employer")
    assert raised.value.message == "expected one of employer, sick_person, jobcenter"


@pytest.mark.parametrize("name", list(INTERPRETATIONS))
def test_an_interpretation_is_never_unknown(name: str) -> None:
    # Unlike the optional facts, an interpretation always has a value: None is refused.
    with pytest.raises(InvalidValueError) as raised:
        Interpretation(**{name: None})  # type: ignore[arg-type]
    assert raised.value.field == name


def test_a_calendar_adjustment_is_named_by_its_place() -> None:
    with pytest.raises(InvalidTypeError) as raised:
        CalendarSpec(open_on=(D(2025, 12, 24), "2025-12-31"))  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.value) == ("open_on[1]", "2025-12-31")
    with pytest.raises(InvalidTypeError) as not_a_tuple:
        CalendarSpec(extra_closed=[D(2025, 5, 30)])  # type: ignore[arg-type]
    assert (not_a_tuple.value.field, not_a_tuple.value.message) == (
        "extra_closed",
        "expected a tuple of dates",
    )


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("request", {"by": "employer", "date": FIRST}, "expected Request, got dict"),
        ("consent", Request(by="employer", date=FIRST), "expected Consent, got Request"),
        ("answers_employer", None, "expected Answers, got NoneType"),
        ("interpretation", None, "expected Interpretation, got NoneType"),
        ("calendar", (), "expected CalendarSpec, got tuple"),
        ("standby", None, "expected true or false, got NoneType"),
        ("over_8_weeks", 1, "expected true or false, got int"),
        ("municipal_target_weeks", 4.0, "expected an int, got float"),
        ("id", 7, "expected a string, got int"),
    ],
)
def test_a_wrong_type_names_the_field_and_the_type_expected(name: str, value: object, message: str) -> None:
    with pytest.raises(InvalidTypeError) as raised:
        Case(first_day_of_absence=FIRST, **{name: value})  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.value, raised.value.message) == (name, value, message)
