"""The rollout order (``fasttrack rollout``): the employers to approach first are those
with the most employees living in the municipality (ties: the most employees in all,
then the id), each with its current uptake of Fast track from a case history when one is
given: its requests for early follow-up and the share made in time, with small cells
suppressed by the report's rule (:mod:`fasttrack_rules.evaluation.report`).

**The employers' CSV.** UTF-8, comma-separated, a header row naming the columns, in any
order: ``id`` (the employer's key, as in the case histories), ``employees`` (a whole
number, at least 1), ``employees_in_municipality`` (0 to ``employees``), and optionally
``name``. Other columns are refused, so that a misspelt column is not read as missing. A
bad row is a :class:`EmployerRowError` naming its row (the header is row 1), its column
and its value.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from typing import IO

import attrs

from fasttrack_rules.errors import FasttrackError, InvalidValueError
from fasttrack_rules.evaluation import figures
from fasttrack_rules.evaluation.history import MAX_KEY_LENGTH, History
from fasttrack_rules.evaluation.render import inert
from fasttrack_rules.evaluation.report import MIN_CELL
from fasttrack_rules.evaluation.tally import EmployerTally, assessed

__all__ = [
    "EMPLOYER_COLUMNS",
    "ROLLOUT_COLUMNS",
    "EmployerRow",
    "EmployerRowError",
    "RolloutRow",
    "read_employers",
    "rollout",
    "rollout_csv",
    "rollout_json",
]

#: The columns of the employers' CSV: the required ones, then the optional ``name``.
EMPLOYER_COLUMNS: tuple[str, ...] = ("id", "employees", "employees_in_municipality", "name")
_REQUIRED = EMPLOYER_COLUMNS[:3]
#: What is told of each bad line of a history: its number and its error.
OnError = Callable[[int, FasttrackError], None] | None
_DIGITS = re.compile(r"[0-9]{1,9}", re.ASCII)


class EmployerRowError(InvalidValueError):
    """A bad row of the employers' CSV: ``row`` (the header is row 1), ``column`` and the
    value as given; ``field`` is ``row N, column``."""

    code = "INVALID_EMPLOYER_ROW"

    def __init__(self, row: int, column: str, value: object, message: str) -> None:
        super().__init__(f"row {row}, {column}", value, message)
        self.row = row
        self.column = column


@attrs.frozen(kw_only=True)
class EmployerRow:
    """One employer of the CSV."""

    id: str
    employees: int
    employees_in_municipality: int
    name: str | None = None


@attrs.frozen(kw_only=True)
class RolloutRow:
    """One employer in the rollout order, with its uptake (``None``: no history given,
    or suppressed as a small cell).

    Attributes:
        rank: 1 for the employer to approach first.
        employer: the employer's row.
        cases: its cases in the history.
        requests: its requests for early follow-up.
        share_in_time: the share of its requests made within the time limit.
    """

    rank: int
    employer: EmployerRow
    cases: int | None
    requests: int | None
    share_in_time: float | None


def _count(row: int, column: str, text: str, low: int, high: int) -> int:
    if not _DIGITS.fullmatch(text) or not low <= int(text) <= high:
        raise EmployerRowError(row, column, text, f"expected a whole number from {low} to {high:,}")
    return int(text)


def _employer(row: int, values: dict[str, str]) -> EmployerRow:
    """One data row, checked column by column."""
    key = values["id"]
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise EmployerRowError(row, "id", key, f"expected 1 to {MAX_KEY_LENGTH} printable characters")
    employees = _count(row, "employees", values["employees"], 1, 10**9 - 1)
    living = _count(row, "employees_in_municipality", values["employees_in_municipality"], 0, employees)
    return EmployerRow(
        id=key, employees=employees, employees_in_municipality=living, name=values.get("name") or None
    )


def _header(columns: list[str] | None) -> list[str]:
    if columns is None:
        raise EmployerRowError(1, "header", "", f"expected the columns {', '.join(_REQUIRED)}")
    for column in columns:
        if column not in EMPLOYER_COLUMNS or columns.count(column) > 1:
            raise EmployerRowError(
                1, "header", column, f"expected each of {', '.join(EMPLOYER_COLUMNS)} once"
            )
    for column in _REQUIRED:
        if column not in columns:
            raise EmployerRowError(1, column, None, "is a required column")
    return columns


def read_employers(stream: IO[str]) -> list[EmployerRow]:
    """The employers of a CSV (see the module's description), every row checked.

    Raises:
        EmployerRowError: a bad header or row, naming the row, the column and the value,
            or an employer id given twice.
    """
    reader = csv.reader(stream, strict=True)
    try:
        return _rows(reader, _header(next(reader, None)))
    except csv.Error as e:  # a quote left open, say
        raise EmployerRowError(reader.line_num, "row", None, f"is not CSV: {e}") from None


def _rows(reader: Iterator[list[str]], columns: list[str]) -> list[EmployerRow]:
    seen: set[str] = set()
    employers = []
    for number, cells in enumerate(reader, start=2):
        if len(cells) != len(columns):
            raise EmployerRowError(number, "row", ",".join(cells), f"expected {len(columns)} columns")
        employer = _employer(number, dict(zip(columns, cells, strict=True)))
        if employer.id in seen:
            raise EmployerRowError(number, "id", employer.id, "is given twice")
        seen.add(employer.id)
        employers.append(employer)
    return employers


def _tallies(
    histories: Iterable[tuple[int, History | FasttrackError]], on_error: OnError
) -> dict[str, EmployerTally]:
    """Each employer's counts: every case assessed as of its own last day."""
    tallies: dict[str, EmployerTally] = {}
    for number, history in histories:
        try:
            if isinstance(history, FasttrackError):
                raise history
            if history.employer is not None:
                result = assessed(history, history.case.first_day_of_absence)
                tallies.setdefault(history.employer.id, EmployerTally()).add(history, result)
        except FasttrackError as e:
            if on_error is None:
                raise
            on_error(number, e)
    return tallies


def rollout(
    employers: Iterable[EmployerRow],
    histories: Iterable[tuple[int, History | FasttrackError]] | None = None,
    *,
    min_cell: int = MIN_CELL,
    on_error: OnError = None,
) -> list[RolloutRow]:
    """The employers in rollout order (see the module's description), each with its
    uptake from ``histories`` (line number, history or its error) when given. A bad line
    of ``histories`` (or a case the rules refuse) is passed to ``on_error`` and left out.

    Raises:
        InvalidValueError: ``min_cell`` below 5 (field ``min_cell``).
        FasttrackError: without ``on_error``, the first bad line of ``histories``.
    """
    if min_cell < MIN_CELL:
        raise InvalidValueError("min_cell", min_cell, f"may be raised from {MIN_CELL}, never lowered")
    tallies = _tallies(histories, on_error) if histories is not None else None
    ranked = sorted(employers, key=lambda e: (-e.employees_in_municipality, -e.employees, e.id))
    rows = []
    for rank, employer in enumerate(ranked, start=1):
        if tallies is None:
            rows.append(
                RolloutRow(rank=rank, employer=employer, cases=None, requests=None, share_in_time=None)
            )
            continue
        t = tallies.get(employer.id, EmployerTally())
        share = figures.share(t.in_time, t.requests).shown(min_cell)
        rows.append(
            RolloutRow(
                rank=rank,
                employer=employer,
                cases=_int(figures.count(t.cases).shown(min_cell)),
                requests=_int(figures.count(t.requests).shown(min_cell)),
                share_in_time=share if isinstance(share, float) else None,
            )
        )
    return rows


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


#: The columns of ``fasttrack rollout``'s CSV.
ROLLOUT_COLUMNS: tuple[str, ...] = (
    "rank",
    "id",
    "name",
    "employees",
    "employees_in_municipality",
    "cases",
    "requests",
    "share_in_time",
)


def _values(row: RolloutRow) -> tuple[object, ...]:
    e = row.employer
    return (
        row.rank,
        e.id,
        e.name,
        e.employees,
        e.employees_in_municipality,
        row.cases,
        row.requests,
        row.share_in_time,
    )


def rollout_csv(rows: Iterable[RolloutRow]) -> str:
    """The rows as CSV with the header :data:`ROLLOUT_COLUMNS`; a value not given or
    suppressed is an empty cell, and text that a spreadsheet would run as a formula is
    written inert (:func:`~fasttrack_rules.evaluation.render.inert`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ROLLOUT_COLUMNS)
    for row in rows:
        writer.writerow(["" if v is None else inert(v) if isinstance(v, str) else v for v in _values(row)])
    return out.getvalue()


def rollout_json(rows: Iterable[RolloutRow]) -> list[dict[str, object]]:
    """The rows as JSON objects with the keys :data:`ROLLOUT_COLUMNS` (null: not given or suppressed)."""
    return [dict(zip(ROLLOUT_COLUMNS, _values(row), strict=True)) for row in rows]
