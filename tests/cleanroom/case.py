"""The input case: its parsed form and its validation (``specification.md#errors``).

Clean-room: written from the oracle kit only. ``parse_case`` runs the checks in the specification's
order and raises ``CaseError`` with the first failure.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tests.cleanroom.calendars import in_range, is_default_municipal_open, is_weekend

TOP_LEVEL_FIELDS = (
    "id",
    "as_of",
    "first_day_of_absence",
    "sick_person",
    "over_8_weeks",
    "expected_recovery",
    "request",
    "letter_sent",
    "consent",
    "municipality_continues",
    "answers",
    "doctor_requested",
    "doctor_consultation",
    "first_meeting",
    "plan_agreed",
    "recovered",
    "standby",
    "municipal_target_weeks",
    "interpretation",
    "calendar",
)
QUESTIONS = ("affected_functions", "affected_duration", "adaptation_tried")
ANSWERERS = ("employer", "sick_person")
SICK_PERSON_VALUES = ("employee", "unemployed", "self_employed")
REQUESTERS = ("employer", "sick_person", "jobcenter")
CONSENT_ANSWERS = ("agrees", "refuses")
INTERPRETATIONS: dict[str, tuple[str, ...]] = {
    "roll": ("none", "forward"),
    "sick_person_window": ("five_weeks", "none"),
    "employer_window": ("first_five_weeks", "five_weeks_after"),
    "late_request": ("earliest", "request"),
}
CALENDAR_LISTS = ("extra_closed", "open_on")
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TARGET_WEEKS = range(1, 53)
EIGHT_WEEKS_DAYS = 56


class CaseError(ValueError):
    """A case that cannot be assessed: one error code and the path of the field."""

    def __init__(self, code: str, field_path: str | None, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.field_path = field_path
        self.message = message


@dataclass(frozen=True)
class Request:
    """A request for early follow-up."""

    by: str
    date: date


@dataclass(frozen=True)
class Consent:
    """The employee's consent form."""

    answer: str
    date: date


@dataclass(frozen=True)
class Case:
    """A validated case."""

    case_id: str | None
    as_of: date
    first: date
    sick_person: str | None
    over_8_weeks: bool | None
    expected_recovery: date | None
    request: Request | None
    letter_sent: date | None
    consent: Consent | None
    municipality_continues: bool | None
    answers: dict[str, dict[str, str | None]]
    doctor_requested: date | None
    doctor_consultation: date | None
    first_meeting: date | None
    plan_agreed: bool | None
    recovered: date | None
    standby: bool
    municipal_target_weeks: int | None
    interpretation: dict[str, str]
    extra_closed: tuple[date, ...] = field(default=())
    open_on: tuple[date, ...] = field(default=())

    @property
    def condition(self) -> bool | None:
        """The 8-week forecast: the flag, else the expected recovery after first day + 56."""
        if self.over_8_weeks is not None:
            return self.over_8_weeks
        if self.expected_recovery is not None:
            return self.expected_recovery > self.first + timedelta(days=EIGHT_WEEKS_DAYS)
        return None


# --- primitive checks -------------------------------------------------------------------------


def _fail(code: str, path: str | None, message: str) -> CaseError:
    return CaseError(code, path, message)


def _parse_date(value: object, path: str) -> date:
    """A ``YYYY-MM-DD`` string that is a real date."""
    if not isinstance(value, str):
        raise _fail("INVALID_TYPE", path, f"{path} must be a date string YYYY-MM-DD")
    if DATE_PATTERN.fullmatch(value) is None:
        raise _fail("INVALID_DATE", path, f"{path} is not of the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail("INVALID_DATE", path, f"{path} is not a real date") from None


def _optional_date(value: object, path: str) -> date | None:
    return None if value is None else _parse_date(value, path)


def _optional_bool(value: object, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _fail("INVALID_TYPE", path, f"{path} must be true, false or null")


def _optional_text(value: object, path: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _fail("INVALID_TYPE", path, f"{path} must be a string or null")


def _choice(value: object, path: str, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str):
        raise _fail("INVALID_TYPE", path, f"{path} must be one of {', '.join(allowed)}")
    if value not in allowed:
        raise _fail("INVALID_VALUE", path, f"{path} must be one of {', '.join(allowed)}")
    return value


def _optional_choice(value: object, path: str, allowed: tuple[str, ...]) -> str | None:
    return None if value is None else _choice(value, path, allowed)


def _object(value: object, path: str, allowed: tuple[str, ...]) -> dict[str, Any] | None:
    """``None``, or an object whose keys are all in ``allowed``."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _fail("INVALID_TYPE", path, f"{path} must be an object or null")
    for key in value:
        if key not in allowed:
            raise _fail("UNKNOWN_FIELD", f"{path}.{key}", f"{path}.{key} is not a field of the protocol")
    return value


# --- the checks in order ----------------------------------------------------------------------


def _check_object_and_keys(raw: object) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _fail("INVALID_TYPE", "(case)", "a case must be a JSON object")
    for key in raw:
        if key not in TOP_LEVEL_FIELDS:
            raise _fail("UNKNOWN_FIELD", str(key), f"{key} is not a field of the protocol")
    for name in ("as_of", "first_day_of_absence"):
        if raw.get(name) is None:
            raise _fail("MISSING_FIELD", name, f"{name} is required")
    return raw


def _check_pair(
    raw: dict[str, Any], name: str, key: str, allowed: tuple[str, ...]
) -> tuple[str, date] | None:
    """``request`` and ``consent``: an object of one choice field and ``date``."""
    value = _object(raw.get(name), name, (key, "date"))
    if value is None:
        return None
    for member in (key, "date"):
        if value.get(member) is None:
            raise _fail("MISSING_FIELD", f"{name}.{member}", f"{name}.{member} is required (not null)")
    choice = _choice(value[key], f"{name}.{key}", allowed)
    return choice, _parse_date(value["date"], f"{name}.date")


def _integer(value: object) -> int | None:
    """A JSON number whose value is a whole number, as JSON Schema counts integers, else ``None``.

    Booleans are not numbers. A number with a fraction or an exponent has been read as an IEEE 754 double
    (``float``): ``2.0`` is 2, ``1e-400`` (0.0) is 0, ``1e400`` (infinite) and ``2.5`` are not integers.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _check_containers(raw: dict[str, Any]) -> int | None:
    """Step 6: the containers' types and keys, then ``municipal_target_weeks`` an integer (returned).

    The keys of ``answers`` are ``employer`` and ``sick_person``; the type and the keys of each of these
    are checked in step 7 (``_answers``).
    """
    _object(raw.get("answers"), "answers", ANSWERERS)
    _object(raw.get("interpretation"), "interpretation", tuple(INTERPRETATIONS))
    _object(raw.get("calendar"), "calendar", CALENDAR_LISTS)
    weeks = raw.get("municipal_target_weeks")
    if weeks is None:
        return None
    number = _integer(weeks)
    if number is None:
        raise _fail("INVALID_TYPE", "municipal_target_weeks", "municipal_target_weeks must be an integer")
    return number


def _answers(raw: dict[str, Any], who: str) -> dict[str, str | None]:
    """Step 7: ``answers.<who>`` (absent, null or an object), its keys (the questions), then its answers."""
    answers = raw.get("answers") or {}
    given = _object(answers.get(who), f"answers.{who}", QUESTIONS) or {}
    return {q: _optional_text(given.get(q), f"answers.{who}.{q}") for q in QUESTIONS}


def _interpretation(raw: dict[str, Any]) -> dict[str, str]:
    """The interpretations, checked in the input's key order (step 6 allowed only known keys)."""
    given: dict[str, Any] = raw.get("interpretation") or {}
    chosen = {name: allowed[0] for name, allowed in INTERPRETATIONS.items()}
    for name, raw_value in given.items():
        value = _optional_choice(raw_value, f"interpretation.{name}", INTERPRETATIONS[name])
        if value is not None:
            chosen[name] = value
    return chosen


def _calendar_dates(raw: dict[str, Any], name: str) -> tuple[date, ...]:
    calendar = raw.get("calendar") or {}
    items = calendar.get(name)
    if items is None:
        return ()
    if not isinstance(items, list):
        raise _fail("INVALID_TYPE", f"calendar.{name}", f"calendar.{name} must be an array or null")
    return tuple(_parse_date(item, f"calendar.{name}[{k}]") for k, item in enumerate(items))


def _build(raw: dict[str, Any]) -> Case:
    """Steps 4-7: every field by its type, in the specification's order."""
    as_of = _parse_date(raw["as_of"], "as_of")
    case_id = _optional_text(raw.get("id"), "id")
    request = _check_pair(raw, "request", "by", REQUESTERS)
    consent = _check_pair(raw, "consent", "answer", CONSENT_ANSWERS)
    weeks = _check_containers(raw)
    first = _parse_date(raw["first_day_of_absence"], "first_day_of_absence")
    sick_person = _optional_choice(raw.get("sick_person"), "sick_person", SICK_PERSON_VALUES)
    over = _optional_bool(raw.get("over_8_weeks"), "over_8_weeks")
    expected = _optional_date(raw.get("expected_recovery"), "expected_recovery")
    letter = _optional_date(raw.get("letter_sent"), "letter_sent")
    continues = _optional_bool(raw.get("municipality_continues"), "municipality_continues")
    answers = {who: _answers(raw, who) for who in ANSWERERS}
    doctor_requested = _optional_date(raw.get("doctor_requested"), "doctor_requested")
    consultation = _optional_date(raw.get("doctor_consultation"), "doctor_consultation")
    meeting = _optional_date(raw.get("first_meeting"), "first_meeting")
    plan = _optional_bool(raw.get("plan_agreed"), "plan_agreed")
    recovered = _optional_date(raw.get("recovered"), "recovered")
    standby = _optional_bool(raw.get("standby"), "standby")
    interpretation = _interpretation(raw)
    extra_closed = _calendar_dates(raw, "extra_closed")
    open_on = _calendar_dates(raw, "open_on")
    return Case(
        case_id=case_id,
        as_of=as_of,
        first=first,
        sick_person=sick_person,
        over_8_weeks=over,
        expected_recovery=expected,
        request=None if request is None else Request(*request),
        letter_sent=letter,
        consent=None if consent is None else Consent(*consent),
        municipality_continues=continues,
        answers=answers,
        doctor_requested=doctor_requested,
        doctor_consultation=consultation,
        first_meeting=meeting,
        plan_agreed=plan,
        recovered=recovered,
        standby=bool(standby),
        municipal_target_weeks=weeks,
        interpretation=interpretation,
        extra_closed=extra_closed,
        open_on=open_on,
    )


def _events(case: Case) -> list[tuple[str, date | None]]:
    """The dated events in the order of checks 8 and 9."""
    return [
        ("first_day_of_absence", case.first),
        ("request.date", None if case.request is None else case.request.date),
        ("letter_sent", case.letter_sent),
        ("consent.date", None if case.consent is None else case.consent.date),
        ("doctor_requested", case.doctor_requested),
        ("doctor_consultation", case.doctor_consultation),
        ("first_meeting", case.first_meeting),
        ("recovered", case.recovered),
    ]


def _check_ranges(case: Case) -> None:
    """Steps 8 and 9: dates inside 2000-2100, then no event after ``as_of``."""
    dated = [("as_of", case.as_of), *_events(case), ("expected_recovery", case.expected_recovery)]
    for path, day in dated:
        if day is not None and not in_range(day):
            raise _fail("OUT_OF_RANGE", path, f"{path} lies outside 2000-01-01 to 2100-12-31")
    for path, day in _events(case):
        if day is not None and day > case.as_of:
            raise _fail("EVENT_AFTER_AS_OF", path, f"{path} lies after as_of")


def _invalid(path: str, message: str) -> CaseError:
    return _fail("INVALID_VALUE", path, message)


def _check_after_first(case: Case) -> None:
    for path, day in (
        ("doctor_consultation", case.doctor_consultation),
        ("first_meeting", case.first_meeting),
        ("recovered", case.recovered),
    ):
        if day is not None and day < case.first:
            raise _invalid(path, f"{path} lies before the first day of absence")
    if case.expected_recovery is not None and case.expected_recovery <= case.first:
        raise _invalid("expected_recovery", "expected_recovery must lie after the first day of absence")


def _check_request_links(case: Case) -> None:
    by = None if case.request is None else case.request.by
    if case.letter_sent is not None and by != "employer":
        raise _invalid("letter_sent", "letter_sent belongs only to an employer's request")
    if case.consent is not None and by != "employer":
        raise _invalid("consent", "consent belongs only to an employer's request")
    if case.doctor_requested is not None and (
        case.request is None
        or by not in ("employer", "sick_person")
        or case.doctor_requested < case.request.date
    ):
        raise _invalid(
            "doctor_requested", "doctor_requested needs an earlier employer's or sick person's request"
        )
    if case.request is not None and case.letter_sent is not None and case.letter_sent < case.request.date:
        raise _invalid("letter_sent", "letter_sent lies before the request")
    if case.consent is not None and case.request is not None:
        floor = case.request.date if case.letter_sent is None else case.letter_sent
        if case.consent.date < floor:
            raise _invalid("consent.date", "consent.date lies before the letter (or the request)")


def _check_values(case: Case) -> None:
    """Step 10: relations between the facts."""
    _check_after_first(case)
    _check_request_links(case)
    if (
        case.over_8_weeks is not None
        and case.expected_recovery is not None
        and case.over_8_weeks != (case.expected_recovery > case.first + timedelta(days=EIGHT_WEEKS_DAYS))
    ):
        raise _invalid("expected_recovery", "over_8_weeks and expected_recovery disagree")
    if case.municipal_target_weeks is not None and case.municipal_target_weeks not in TARGET_WEEKS:
        raise _invalid("municipal_target_weeks", "municipal_target_weeks must be from 1 to 52")


def _check_calendar(case: Case) -> None:
    """Step 11: every adjustment in range (``extra_closed`` first), then each one changes the default.

    ``extra_closed`` must name a day the default municipal calendar has open (a weekday that is not a
    closing day), ``open_on`` a weekday closing day of the default calendar.
    """
    named = [(f"calendar.extra_closed[{k}]", day) for k, day in enumerate(case.extra_closed)]
    named_open = [(f"calendar.open_on[{k}]", day) for k, day in enumerate(case.open_on)]
    for path, day in named + named_open:
        if not in_range(day):
            raise _fail("OUT_OF_RANGE", path, f"{path} lies outside 2000-01-01 to 2100-12-31")
    for path, day in named:
        if not is_default_municipal_open(day):
            raise _invalid(path, f"{path} must be a day the default municipal calendar has open")
    for path, day in named_open:
        if is_weekend(day) or is_default_municipal_open(day):
            raise _invalid(path, f"{path} must be a weekday closing day of the default municipal calendar")


STEPS: tuple[Callable[[Case], None], ...] = (_check_ranges, _check_values, _check_calendar)


def parse_case(raw: object) -> Case:
    """Validate ``raw`` and return the case, or raise ``CaseError`` with the first failure."""
    checked = _check_object_and_keys(raw)
    case = _build(checked)
    for step in STEPS:
        step(case)
    return case
