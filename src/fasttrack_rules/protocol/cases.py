"""JSON in: a case as a plain JSON value read into a typed :class:`Case` and its
``as_of`` (``case_from_json``), and written back (``case_to_json``). Every error names
the offending field by its dotted JSON path (``request.date``,
``calendar.extra_closed[0]``) and carries a language-neutral ``code``
(``UNKNOWN_FIELD``, ``INVALID_DATE`` ...).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

from fasttrack_rules.errors import (
    InvalidDateError,
    InvalidTypeError,
    InvalidValueError,
    MissingFieldError,
    UnknownFieldError,
)
from fasttrack_rules.facts import Answers, CalendarSpec, Case, Consent, Interpretation, Request
from fasttrack_rules.vocab import CONSENT_ANSWERS, INTERPRETATIONS, QUESTIONS, REQUESTERS, SICK_PERSONS

__all__ = ["CASE_FIELDS", "case_from_json", "case_to_json", "parse_date"]

#: The top-level fields of a JSON case, exactly. ``as_of`` and
#: ``first_day_of_absence`` are required; every other field may be absent or null.
CASE_FIELDS: tuple[str, ...] = (
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
_REQUIRED = ("as_of", "first_day_of_absence")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "integer", float: "number", bool: "boolean"}

T = TypeVar("T")


def _kind(value: object) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


def _object(
    value: object, path: str, allowed: tuple[str, ...], required: tuple[str, ...] = ()
) -> dict[str, Any]:
    if value is None and path:  # an optional object: absent or null
        return {}
    if type(value) is not dict:
        raise InvalidTypeError(path or "(case)", value, f"expected an object, got {_kind(value)}")
    for key in value:
        if key not in allowed:
            field = f"{path}.{key}" if path else str(key)
            raise UnknownFieldError(field, key, f"unknown field; expected one of {', '.join(allowed)}")
    for key in required:
        if value.get(key) is None:
            raise MissingFieldError(f"{path}.{key}" if path else key, None, "is required")
    return value


def parse_date(value: object, path: str) -> _dt.date:
    """Read a strict ISO date ``YYYY-MM-DD``; errors name ``path``."""
    if type(value) is not str:
        raise InvalidTypeError(path, value, f"expected an ISO date string YYYY-MM-DD, got {_kind(value)}")
    if not _ISO.fullmatch(value):
        raise InvalidDateError(path, value, "expected an ISO date YYYY-MM-DD")
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidDateError(path, value, "is not a real calendar date") from None


def _opt(value: object, path: str, read: Callable[[object, str], T]) -> T | None:
    return None if value is None else read(value, path)


def _bool(value: object, path: str) -> bool:
    if type(value) is not bool:
        raise InvalidTypeError(path, value, f"expected true or false, got {_kind(value)}")
    return value


def _choice(value: object, path: str, allowed: tuple[str, ...]) -> Any:
    if type(value) is not str:
        raise InvalidTypeError(path, value, f"expected a string, got {_kind(value)}")
    if value not in allowed:
        raise InvalidValueError(path, value, f"expected one of {', '.join(allowed)}")
    return value


def _answers(value: object, path: str) -> Answers:
    obj = _object(value, path, QUESTIONS)
    texts: dict[str, str | None] = {}
    for q in QUESTIONS:
        text = obj.get(q)
        if text is not None and type(text) is not str:
            raise InvalidTypeError(f"{path}.{q}", text, f"expected a string or null, got {_kind(text)}")
        texts[q] = text
    return Answers(**texts)


def _integer(value: object, path: str) -> int:
    """A JSON integer: a number with no fractional part, as JSON Schema counts it, so
    ``2``, ``2.0`` and ``2e0`` are all 2 (JSON does not tell them apart)."""
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise InvalidTypeError(path, value, f"expected an integer, got {_kind(value)}")


def _dates(value: object, path: str) -> tuple[_dt.date, ...]:
    if type(value) is not list:
        raise InvalidTypeError(path, value, f"expected an array of dates, got {_kind(value)}")
    return tuple(parse_date(v, f"{path}[{k}]") for k, v in enumerate(value))


def case_from_json(obj: object) -> tuple[Case, _dt.date]:
    """Read a JSON case (a dict as ``json.loads`` gives it) into a typed case and its
    ``as_of``.

    Raises:
        UnknownFieldError, MissingFieldError, InvalidTypeError, InvalidDateError,
        InvalidValueError: naming the field by its dotted path.
    """
    o = _object(obj, "", CASE_FIELDS, _REQUIRED)
    as_of = parse_date(o["as_of"], "as_of")
    case_id = o.get("id")
    if case_id is not None and type(case_id) is not str:
        raise InvalidTypeError("id", case_id, f"expected a string or null, got {_kind(case_id)}")
    request = consent = None
    if (r := o.get("request")) is not None:
        r = _object(r, "request", ("by", "date"), ("by", "date"))
        request = Request(
            by=_choice(r["by"], "request.by", REQUESTERS),
            date=parse_date(r["date"], "request.date"),
        )
    if (c := o.get("consent")) is not None:
        c = _object(c, "consent", ("answer", "date"), ("answer", "date"))
        consent = Consent(
            answer=_choice(c["answer"], "consent.answer", CONSENT_ANSWERS),
            date=parse_date(c["date"], "consent.date"),
        )
    answers = _object(o.get("answers"), "answers", ("employer", "sick_person"))
    interp = _object(o.get("interpretation"), "interpretation", _INTERPRETATION_FIELDS)
    cal = _object(o.get("calendar"), "calendar", ("extra_closed", "open_on"))
    target = _opt(o.get("municipal_target_weeks"), "municipal_target_weeks", _integer)
    case = Case(
        id=case_id,
        first_day_of_absence=parse_date(o["first_day_of_absence"], "first_day_of_absence"),
        sick_person=_opt(
            o.get("sick_person"),
            "sick_person",
            lambda v, p: _choice(v, p, SICK_PERSONS),
        ),
        over_8_weeks=_opt(o.get("over_8_weeks"), "over_8_weeks", _bool),
        expected_recovery=_opt(o.get("expected_recovery"), "expected_recovery", parse_date),
        request=request,
        letter_sent=_opt(o.get("letter_sent"), "letter_sent", parse_date),
        consent=consent,
        municipality_continues=_opt(o.get("municipality_continues"), "municipality_continues", _bool),
        answers_employer=_opt(answers.get("employer"), "answers.employer", _answers) or Answers(),
        answers_sick_person=_opt(answers.get("sick_person"), "answers.sick_person", _answers) or Answers(),
        doctor_requested=_opt(o.get("doctor_requested"), "doctor_requested", parse_date),
        doctor_consultation=_opt(o.get("doctor_consultation"), "doctor_consultation", parse_date),
        first_meeting=_opt(o.get("first_meeting"), "first_meeting", parse_date),
        plan_agreed=_opt(o.get("plan_agreed"), "plan_agreed", _bool),
        recovered=_opt(o.get("recovered"), "recovered", parse_date),
        standby=_opt(o.get("standby"), "standby", _bool) or False,
        municipal_target_weeks=target,
        interpretation=Interpretation(
            **{
                k: _choice(v, f"interpretation.{k}", INTERPRETATIONS[k])
                for k, v in interp.items()
                if v is not None
            }
        ),
        calendar=CalendarSpec(
            extra_closed=_opt(cal.get("extra_closed"), "calendar.extra_closed", _dates) or (),
            open_on=_opt(cal.get("open_on"), "calendar.open_on", _dates) or (),
        ),
    )
    return case, as_of


_INTERPRETATION_FIELDS = tuple(INTERPRETATIONS)


def _iso(day: _dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _answers_json(answers: Answers) -> dict[str, str | None] | None:
    out = {q: getattr(answers, q) for q in QUESTIONS}
    return out if any(v is not None for v in out.values()) else None


def case_to_json(case: Case, *, as_of: _dt.date) -> dict[str, object]:
    """Write a typed case and its ``as_of`` as a JSON case (the inverse of
    :func:`case_from_json`)."""
    return {
        "id": case.id,
        "as_of": as_of.isoformat(),
        "first_day_of_absence": case.first_day_of_absence.isoformat(),
        "sick_person": case.sick_person,
        "over_8_weeks": case.over_8_weeks,
        "expected_recovery": _iso(case.expected_recovery),
        "request": None
        if case.request is None
        else {"by": case.request.by, "date": case.request.date.isoformat()},
        "letter_sent": _iso(case.letter_sent),
        "consent": None
        if case.consent is None
        else {"answer": case.consent.answer, "date": case.consent.date.isoformat()},
        "municipality_continues": case.municipality_continues,
        "answers": {
            "employer": _answers_json(case.answers_employer),
            "sick_person": _answers_json(case.answers_sick_person),
        },
        "doctor_requested": _iso(case.doctor_requested),
        "doctor_consultation": _iso(case.doctor_consultation),
        "first_meeting": _iso(case.first_meeting),
        "plan_agreed": case.plan_agreed,
        "recovered": _iso(case.recovered),
        "standby": case.standby,
        "municipal_target_weeks": case.municipal_target_weeks,
        "interpretation": case.interpretation.to_json(),
        "calendar": {
            "extra_closed": [d.isoformat() for d in case.calendar.extra_closed],
            "open_on": [d.isoformat() for d in case.calendar.open_on],
        },
    }
