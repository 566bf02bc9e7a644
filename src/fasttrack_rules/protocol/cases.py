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
from typing import Any

from fasttrack_rules.errors import (
    InvalidDateError,
    InvalidTypeError,
    InvalidValueError,
    MissingFieldError,
    UnknownFieldError,
)
from fasttrack_rules.facts import Answers, CalendarSpec, Case, Consent, Interpretation, Request
from fasttrack_rules.inputs import CASE, Field
from fasttrack_rules.protocol.results import _iso, interpretation_json
from fasttrack_rules.vocab import QUESTIONS

__all__ = ["CASE_FIELDS", "case_from_json", "case_to_json", "parse_date"]

#: The top-level fields of a JSON case, exactly, in the protocol's order (from the input
#: description). ``as_of`` and ``first_day_of_absence`` are required; every other field
#: may be absent or null.
CASE_FIELDS: tuple[str, ...] = CASE.names
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "integer", float: "number", bool: "boolean"}

# The order of the checks (specification: errors, cases): after the object and its
# keys, ``as_of`` and ``id`` (step 4), ``request`` and ``consent`` whole (step 5), the
# shape of the other objects and ``municipal_target_weeks`` (step 6), then every other
# field in the description's order (step 7; ``interpretation`` in the input's key order).
_WHOLE_FIRST = ("as_of", "id", "request", "consent")
_SHAPE_FIRST = ("answers", "interpretation", "calendar")
_THEN = ("municipal_target_weeks",)
_IN_INPUT_ORDER = ("interpretation",)


def _kind(value: object) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


def _object(value: object, path: str, described: Field) -> dict[str, Any]:
    """An object with only the described keys (an optional member object may be absent
    or null: then ``{}``)."""
    if value is None and path:
        return {}
    if type(value) is not dict:
        raise InvalidTypeError(path or "(case)", value, f"expected an object, got {_kind(value)}")
    allowed = described.names
    for key in value:
        if key not in allowed:
            field = f"{path}.{key}" if path else str(key)
            raise UnknownFieldError(field, key, f"unknown field; expected one of {', '.join(allowed)}")
    for name in described.required_names:
        if value.get(name) is None:
            raise MissingFieldError(f"{path}.{name}" if path else name, None, "is required")
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


def _bool(value: object, path: str, _: Field) -> bool:
    if type(value) is not bool:
        raise InvalidTypeError(path, value, f"expected true or false, got {_kind(value)}")
    return value


def _string(value: object, path: str, _: Field) -> str:
    if type(value) is not str:
        raise InvalidTypeError(path, value, f"expected a string or null, got {_kind(value)}")
    return value


def _choice(value: object, path: str, described: Field) -> str:
    if type(value) is not str:
        raise InvalidTypeError(path, value, f"expected a string, got {_kind(value)}")
    if value not in described.values:
        raise InvalidValueError(path, value, f"expected one of {', '.join(described.values)}")
    return value


def _integer(value: object, path: str, _: Field) -> int:
    """A JSON integer: a number with no fractional part, as JSON Schema counts it, so
    ``2``, ``2.0`` and ``2e0`` are all 2 (JSON does not tell them apart)."""
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise InvalidTypeError(path, value, f"expected an integer, got {_kind(value)}")


def _dates(value: object, path: str, _: Field) -> tuple[_dt.date, ...]:
    if type(value) is not list:
        raise InvalidTypeError(path, value, f"expected an array of dates, got {_kind(value)}")
    return tuple(parse_date(v, f"{path}[{k}]") for k, v in enumerate(value))


def _members(value: object, path: str, described: Field) -> dict[str, Any]:
    """An object's members read by their description (absent or null: ``None``), in
    the description's order or, for some objects, the input's key order."""
    obj = _object(value, path, described)
    members = map(described.member, obj) if described.name in _IN_INPUT_ORDER else described.fields
    out: dict[str, Any] = {}
    for member in members:
        item = obj.get(member.name)
        out[member.name] = (
            None if item is None else _READERS[member.kind](item, f"{path}.{member.name}", member)
        )
    return out


_READERS: dict[str, Callable[[object, str, Field], Any]] = {
    "date": lambda value, path, _: parse_date(value, path),
    "boolean": _bool,
    "integer": _integer,
    "string": _string,
    "choice": _choice,
    "dates": _dates,
    "object": _members,
}


def case_from_json(obj: object) -> tuple[Case, _dt.date]:
    """Read a JSON case (a dict as ``json.loads`` gives it) into a typed case and its
    ``as_of``, checking it in the specification's order (errors, cases, steps 1-7).

    Raises:
        FasttrackError: an UnknownFieldError, MissingFieldError, InvalidTypeError,
            InvalidDateError or InvalidValueError, naming the field by its dotted path.
    """
    case = _object(obj, "", CASE)
    values: dict[str, Any] = {}
    _read_all(case, _WHOLE_FIRST_PLAN, values)
    for name, described in _SHAPE_FIRST_PLAN:
        _object(case.get(name), name, described)
    _read_all(case, _LATER_PLAN, values)
    return _typed(values), values["as_of"]


_Plan = tuple[tuple[str, Callable[[object, str, Field], Any], Field], ...]


def _plan(names: tuple[str, ...]) -> _Plan:
    """The top-level fields ``names`` with their readers, looked up once."""
    return tuple((name, _READERS[CASE.member(name).kind], CASE.member(name)) for name in names)


def _read_all(case: dict[str, Any], plan: _Plan, values: dict[str, Any]) -> None:
    for name, read, described in plan:
        value = case.get(name)
        values[name] = None if value is None else read(value, name, described)


_WHOLE_FIRST_PLAN = _plan(_WHOLE_FIRST)
_SHAPE_FIRST_PLAN = tuple((name, CASE.member(name)) for name in _SHAPE_FIRST)
_LATER_PLAN = _plan(_THEN + tuple(name for name in CASE.names if name not in _WHOLE_FIRST + _THEN))


def _typed(values: dict[str, Any]) -> Case:
    """The typed case of the values read (the constructors check nothing more)."""
    request, consent, answers = values["request"], values["consent"], values["answers"] or {}
    interpretation, calendar = values["interpretation"] or {}, values["calendar"] or {}
    given = {k: v for k, v in values.items() if k not in _TYPED_APART}
    return Case(
        **given,
        request=None if request is None else Request(**request),
        consent=None if consent is None else Consent(**consent),
        answers_employer=Answers(**(answers.get("employer") or {})),
        answers_sick_person=Answers(**(answers.get("sick_person") or {})),
        standby=values["standby"] or False,
        interpretation=Interpretation(**{k: v for k, v in interpretation.items() if v is not None}),
        calendar=CalendarSpec(
            extra_closed=calendar.get("extra_closed") or (), open_on=calendar.get("open_on") or ()
        ),
    )


_TYPED_APART = ("as_of", "request", "consent", "answers", "standby", "interpretation", "calendar")


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
        "interpretation": interpretation_json(case.interpretation),
        "calendar": {
            "extra_closed": [d.isoformat() for d in case.calendar.extra_closed],
            "open_on": [d.isoformat() for d in case.calendar.open_on],
        },
    }
