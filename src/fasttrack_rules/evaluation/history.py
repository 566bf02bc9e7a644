"""Case histories: one line of JSON Lines per case, the facts an evaluation needs.

A history is the JSON case of the protocol (without ``as_of``, which the report sets,
and without ``id``, which is the history's ``key``) inside a line that adds what an
evaluation needs: a pseudonymous key, the employer and its size, the municipality of
residence and the end of the benefit (``case.recovered``, or ``benefit_end``). Each
line is read strictly (:func:`fasttrack_rules.protocol.parse_line`), and the case by the
protocol's own reader, so every error is a typed :class:`FasttrackError` naming the
field by its dotted path (``case.request.date``, ``employer.employees``).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterator
from typing import IO, Any

import attrs

from fasttrack_rules.errors import (
    FasttrackError,
    InvalidEncodingError,
    InvalidTypeError,
    InvalidValueError,
    MissingFieldError,
    UnknownFieldError,
)
from fasttrack_rules.facts import Case
from fasttrack_rules.protocol.cases import case_from_json, parse_date
from fasttrack_rules.protocol.lines import MAX_LINE_BYTES, parse_line, read_lines

__all__ = [
    "HISTORY_FIELDS",
    "MAX_EMPLOYEES",
    "NO_EMPLOYER",
    "OTHER_EMPLOYERS",
    "Employer",
    "History",
    "history_from_json",
    "read_histories",
]

#: The fields of a history line, in their documented order (``key`` and ``case`` are required).
HISTORY_FIELDS: tuple[str, ...] = ("key", "synthetic", "employer", "municipality", "benefit_end", "case")
_EMPLOYER_FIELDS = ("id", "employees", "employees_in_municipality")
#: Fields of the protocol's case that a history's case may not hold: the report sets both.
_NOT_IN_CASE = ("as_of", "id")
#: A Danish personal identification number (CPR), with or without its hyphen (or a space),
#: alone or inside a key: never a key. Digits of any script are read as 0-9 first.
_CPR = re.compile(r"(?<![0-9])(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}[- ]?[0-9]{4}(?![0-9])")
#: Control characters (C0, DEL, C1): no key or id holds one.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
#: The group labels of a report by employer that are no employer's id.
NO_EMPLOYER, OTHER_EMPLOYERS = "(no employer)", "(other employers)"
#: The most employees an employer is read with (the largest employers have some hundred thousand).
MAX_EMPLOYEES = 10_000_000
_MUNICIPALITY = re.compile(r"[0-9]{3}")
#: The longest key or employer id read (a pseudonym, not a document).
MAX_KEY_LENGTH = 64
#: The ``as_of`` handed to the protocol's case reader, which only parses it: the
#: report assesses each case as of its own days (:mod:`fasttrack_rules.evaluation.tally`).
_READ_AS_OF = "2100-12-31"
#: The UTF-8 byte order mark a spreadsheet may write first: JSON Lines has none (RFC 8259, § 8.1).
_BOM = b"\xef\xbb\xbf"
_BOM_MESSAGE = "starts with a byte order mark (BOM); save the export as UTF-8 without BOM"


@attrs.frozen(kw_only=True)
class Employer:
    """The employer of an employee: a pseudonymous id and its size.

    Attributes:
        id: the employer's key (pseudonymous or a public company number, never a person's).
        employees: how many it employs (at least 1).
        employees_in_municipality: how many of them live in the municipality (0 to ``employees``).
    """

    id: str
    employees: int
    employees_in_municipality: int


@attrs.frozen(kw_only=True)
class History:
    """One case's history, read from one line.

    Attributes:
        key: the pseudonymous case key (never a CPR number); the assessed case's ``id``.
        synthetic: whether the line was made up (``fasttrack synth``), never a person's.
        employer: the employer, for an employee; ``None`` when not given.
        municipality: the municipality of residence, a three-digit code; ``None`` when not given.
        benefit_end: the last day of benefit when it ended other than by recovery.
        case: the facts of the case, as the rules take them (``id`` is ``key``).
    """

    key: str
    synthetic: bool
    employer: Employer | None
    municipality: str | None
    benefit_end: _dt.date | None
    case: Case

    @property
    def end(self) -> _dt.date | None:
        """The day the benefit period ended: the recovery, else ``benefit_end`` (None: still open)."""
        return self.case.recovered or self.benefit_end


def _kind(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", int: "integer", float: "number", bool: "boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _object(value: object, path: str, allowed: tuple[str, ...], required: tuple[str, ...]) -> dict[str, Any]:
    """``value`` as an object with only the ``allowed`` keys and every ``required`` one."""
    if type(value) is not dict:
        raise InvalidTypeError(path or "(history)", value, f"expected an object, got {_kind(value)}")
    for key in value:
        if key not in allowed:
            field = f"{path}.{key}" if path else str(key)
            raise UnknownFieldError(field, key, f"unknown field; expected one of {', '.join(allowed)}")
    for name in required:
        if value.get(name) is None:
            raise MissingFieldError(f"{path}.{name}" if path else name, None, "is required")
    return value


def _key(value: object, path: str) -> str:
    """A pseudonymous key: a non-blank string of at most 64 characters that is no CPR number."""
    if type(value) is not str:
        raise InvalidTypeError(path, value, f"expected a string, got {_kind(value)}")
    if not value.strip() or len(value) > MAX_KEY_LENGTH:
        raise InvalidValueError(path, value, f"expected 1 to {MAX_KEY_LENGTH} characters, not blank")
    if _CPR.search(_ascii_digits(value)):
        raise InvalidValueError(path, "(withheld)", "looks like a CPR number; use a pseudonymous key")
    if _CONTROL.search(value):
        raise InvalidValueError(path, value, "holds a control character")
    if value in (NO_EMPLOYER, OTHER_EMPLOYERS):
        raise InvalidValueError(path, value, "is a label of the report, not a key")
    return value


def _ascii_digits(text: str) -> str:
    """``text`` with each decimal digit of any script as its ASCII digit ("٣" is "3")."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def _count(value: object, path: str, minimum: int) -> int:
    """A whole number from ``minimum`` to :data:`MAX_EMPLOYEES` (``2.0`` is 2, as JSON Schema counts)."""
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int:
        raise InvalidTypeError(path, value, f"expected an integer, got {_kind(value)}")
    if not minimum <= value <= MAX_EMPLOYEES:
        raise InvalidValueError(path, value, f"expected {minimum} to {MAX_EMPLOYEES:,}")
    return value


def _employer(value: object) -> Employer | None:
    if value is None:
        return None
    obj = _object(value, "employer", _EMPLOYER_FIELDS, _EMPLOYER_FIELDS)
    employees = _count(obj["employees"], "employer.employees", 1)
    local = _count(obj["employees_in_municipality"], "employer.employees_in_municipality", 0)
    if local > employees:
        raise InvalidValueError(
            "employer.employees_in_municipality", local, f"is more than employees ({employees})"
        )
    return Employer(id=_key(obj["id"], "employer.id"), employees=employees, employees_in_municipality=local)


def _municipality(value: object) -> str | None:
    if value is None:
        return None
    if type(value) is not str:
        raise InvalidTypeError("municipality", value, f"expected a string, got {_kind(value)}")
    if not _MUNICIPALITY.fullmatch(value):
        raise InvalidValueError("municipality", value, "expected a three-digit municipality code (101, 751)")
    return value


def _case(value: object) -> Case:
    """The protocol's case, read by its own reader; errors name ``case.FIELD``."""
    if type(value) is not dict:
        raise InvalidTypeError("case", value, f"expected an object, got {_kind(value)}")
    obj: dict[str, Any] = value
    for name in _NOT_IN_CASE:
        if name in obj:
            raise UnknownFieldError(
                f"case.{name}", name, f"a history's case has no {name}: the report sets it"
            )
    try:
        case, _ = case_from_json({**obj, "as_of": _READ_AS_OF})
    except FasttrackError as e:
        raise type(e)(f"case.{e.field}" if e.field else "case", e.value, e.message) from None
    return case


def history_from_json(obj: object) -> History:
    """Read one history (a dict as ``json.loads`` gives it).

    Raises:
        FasttrackError: an UnknownFieldError, MissingFieldError, InvalidTypeError,
            InvalidDateError or InvalidValueError naming the field by its dotted path.
    """
    line = _object(obj, "", HISTORY_FIELDS, ("key", "case"))
    key = _key(line["key"], "key")
    synthetic = line.get("synthetic")
    if synthetic is not None and type(synthetic) is not bool:
        raise InvalidTypeError("synthetic", synthetic, f"expected true or false, got {_kind(synthetic)}")
    employer = _employer(line.get("employer"))
    municipality = _municipality(line.get("municipality"))
    end = line.get("benefit_end")
    benefit_end = None if end is None else parse_date(end, "benefit_end")
    case = attrs.evolve(_case(line["case"]), id=key)
    _check_days(case, benefit_end)
    return History(
        key=key,
        synthetic=bool(synthetic),
        employer=employer,
        municipality=municipality,
        benefit_end=benefit_end,
        case=case,
    )


def _check_days(case: Case, benefit_end: _dt.date | None) -> None:
    """The benefit ends once, and not before it began."""
    if benefit_end is None:
        return
    if case.recovered is not None:
        raise InvalidValueError(
            "benefit_end", benefit_end.isoformat(), "give case.recovered or benefit_end, not both"
        )
    if benefit_end < case.first_day_of_absence:
        raise InvalidValueError("benefit_end", benefit_end.isoformat(), "is before case.first_day_of_absence")


def read_histories(
    stream: IO[bytes], max_bytes: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, History | FasttrackError]]:
    """(line number, the history or the typed error of the line) for every line of a
    JSON Lines stream, read lazily: one line in memory at a time."""
    for number, line in enumerate(read_lines(stream, max_bytes), 1):
        if isinstance(line, FasttrackError):
            yield number, line
            continue
        if line.startswith(_BOM):
            yield number, InvalidEncodingError(_BOM_MESSAGE)
            continue
        try:
            yield number, history_from_json(parse_line(line))
        except FasttrackError as e:
            yield number, e
