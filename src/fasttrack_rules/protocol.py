"""The JSON form of a case and of its result: the contract other implementations use.

``case_from_json`` reads a plain JSON-compatible dict into a typed :class:`Case` and
``as_of``; ``case_to_json`` writes one back; ``assess_json`` does read, assess and write
in one call. Every error names the offending field by its dotted JSON path
(``request.date``, ``calendar.extra_closed[0]``) and carries a language-neutral
``code`` (``UNKNOWN_FIELD``, ``INVALID_DATE`` ...).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Any, TypeVar

from fasttrack_rules.assessment import assess
from fasttrack_rules.errors import (
    DuplicateKeyError,
    EmptyLineError,
    FasttrackError,
    InvalidDateError,
    InvalidEncodingError,
    InvalidJsonError,
    InvalidTypeError,
    InvalidValueError,
    LineTooLongError,
    MissingFieldError,
    UnknownFieldError,
)
from fasttrack_rules.facts import Answers, CalendarSpec, Case, Consent, Interpretation, Request
from fasttrack_rules.vocab import CONSENT_ANSWERS, INTERPRETATIONS, QUESTIONS, REQUESTERS, SICK_PERSONS, Lang

__all__ = [
    "CASE_FIELDS",
    "MAX_LINE_BYTES",
    "assess_json",
    "case_from_json",
    "case_to_json",
    "error_json",
    "json_lines",
    "parse_date",
    "parse_line",
    "read_lines",
]

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


def assess_json(obj: Mapping[str, object] | object, *, lang: Lang = "en") -> dict[str, object]:
    """Assess a JSON case and return the JSON result (see docs/protocol.md).

    Raises:
        FasttrackError: a typed error naming the field at fault (its ``code`` is the
            protocol's error code).
    """
    case, as_of = case_from_json(obj)
    return assess(case, as_of=as_of).to_json(lang=lang)


def error_json(error: FasttrackError) -> dict[str, object]:
    """The JSON error object for a typed error (used by the command line)."""
    return {"error": {"code": error.code, "field": error.field, "message": error.message}}


#: The longest input line the protocol reads, in bytes before its ``\n`` (1 MiB). A
#: case is a few hundred bytes; a longer line is ``LINE_TOO_LONG`` (specification: errors).
MAX_LINE_BYTES = 1 << 20


def read_lines(stream: IO[bytes], max_bytes: int = MAX_LINE_BYTES) -> Iterator[bytes | LineTooLongError]:
    """The lines of a JSON Lines stream, each without its ``\n``, as soon as each is read.

    A line longer than ``max_bytes`` is read past in small pieces, never held whole,
    and comes out as a :class:`LineTooLongError` in its place: memory stays about
    ``max_bytes`` whatever the input.
    """
    while True:
        line = stream.readline(max_bytes + 1)
        if line.endswith(b"\n"):
            yield line[:-1]
        elif len(line) <= max_bytes:  # the end of the input, after a last line without \n
            if line:
                yield line
            return
        else:
            size = len(line)
            while chunk := stream.readline(1 << 16):
                if chunk.endswith(b"\n"):
                    size += len(chunk) - 1
                    break
                size += len(chunk)
            yield LineTooLongError(f"the line has {size:,} bytes; the limit is {max_bytes:,}")


def _no_constant(name: str) -> object:
    """NaN, Infinity and -Infinity are not JSON (RFC 8259), whatever Python accepts."""
    raise ValueError(f"{name} is not JSON")


class _RepeatedKey(Exception):
    """An object repeats a key (raised from inside the JSON scanner)."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _RepeatedKey
    return obj


_DECODER = json.JSONDecoder(parse_constant=_no_constant, object_pairs_hook=_unique_keys)
# A \u escape of a surrogate (U+D800-U+DFFF) in the raw line: only then can a lone one hide.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_SURROGATE = "a \\u escape gives a lone surrogate, which is not Unicode text (I-JSON, RFC 7493)"


def parse_line(line: bytes) -> object:
    """Read one line of JSON Lines (without its ``\\n``) strictly, as I-JSON (RFC 7493):
    UTF-8, one JSON value, no ``NaN``/``Infinity``, no lone surrogate, no repeated key
    (specification: errors, lines).

    Raises:
        EmptyLineError, InvalidEncodingError, InvalidJsonError: the line is no JSON
            value (``field`` is ``None``).
        DuplicateKeyError: an object repeats a key; ``field`` is its path.
    """
    if not line.strip():
        raise EmptyLineError("an empty line is not a case")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidEncodingError(f"not UTF-8 (byte {e.start})") from None
    try:
        value = _DECODER.decode(text)
    except _RepeatedKey:
        raise _repeated_key(line, text) from None
    except RecursionError:
        raise InvalidJsonError("nested too deeply") from None
    except ValueError as e:  # JSONDecodeError, NaN/Infinity, a number of too many digits
        raise InvalidJsonError(_json_message(e)) from None
    if _SURROGATE_ESCAPE.search(line) and has_surrogate(value):
        raise InvalidEncodingError(_LONE_SURROGATE)
    return value


def _json_message(error: ValueError) -> str:
    if "integer string conversion" in str(error):  # Python's own words for 4,301 digits
        return "an integer of more than 4,300 digits"
    return str(error)[:200]


def has_surrogate(value: object) -> bool:
    """Whether a decoded JSON value holds a lone surrogate in any string or key (walked
    without recursion, so any depth is safe)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item) is not None:
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _repeated_key(line: bytes, text: str) -> FasttrackError:
    """The error for a line with a repeated key, read again keeping every value: a lone
    surrogate anywhere comes first (in a value a repeat overwrote, too); else the first
    object to close (an inner object closes before the object around it) and its first
    repeated key."""
    marked: list[tuple[dict[str, Any], str]] = []
    lost: list[object] = []  # the values a repeated key overwrote

    def mark(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            repeated: list[str] = []
            for key, _ in pairs:
                if key in seen:
                    repeated.append(key)
                seen.add(key)
            twice = set(repeated)
            lost.extend(value for key, value in pairs if key in twice)
            marked.append((obj, repeated[0]))
        return obj

    # The same scanner at the same depth as the first reading, which succeeded but for
    # the repeated key: no RecursionError here.
    value = json.loads(text, parse_constant=_no_constant, object_pairs_hook=mark)
    if _SURROGATE_ESCAPE.search(line) and (has_surrogate(lost) or has_surrogate(value)):
        return InvalidEncodingError(_LONE_SURROGATE)
    target, key = marked[0]
    path = _path_to(value, target)
    field = f"{path}.{key}" if path else key
    return DuplicateKeyError(field, key, "the key appears twice in its object (I-JSON, RFC 7493)")


def _path_to(value: object, target: object) -> str:
    """The path of ``target`` inside ``value``, found without recursion; each node keeps
    only its parent and its step, and the path is built for the object found alone."""
    steps: list[tuple[int, str | int]] = [(-1, "")]  # (parent node, key or index)
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, node = stack.pop()
        if item is target:
            path: list[str | int] = []
            while node > 0:
                node, step = steps[node]
                path.append(step)
            text = ""
            for step in reversed(path):
                text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
            return text
        children = (
            item.items() if isinstance(item, dict) else enumerate(item) if isinstance(item, list) else ()
        )
        for key, child in children:
            if isinstance(child, (dict, list)):
                steps.append((node, key))
                stack.append((child, len(steps) - 1))
    raise AssertionError("the marked object is inside the value")  # pragma: no cover


def json_lines(data: bytes) -> list[bytes]:
    """Split JSON Lines: only ``\\n`` ends a line (JSON text may hold U+2028, U+0085 or
    ``\\r`` raw, which ``splitlines`` would wrongly split on); a final newline is optional."""
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    return lines
