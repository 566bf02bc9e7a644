"""The evaluation report of a case history: uptake, compliance, effect and employers,
as tables of figures, with every figure resting on too few persons suppressed once,
here, before any format is written.

:func:`build_report` reads the histories once, as they come (each case is assessed and
counted, then dropped: :mod:`fasttrack_rules.evaluation.tally`), and returns a
:class:`Report` whose values are final: a number, a text, or ``None`` where suppressed.

**Small cells.** A figure is shown only when every part it rests on counts at least
``min_cell`` persons (5 by default; never fewer): a count, itself; a share, the persons
it is a share of, and, unless none, those it counts and those it does not; a median,
quartile, percentile or interval, the persons it is computed from (each group, for a
difference).
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable, Iterable

import attrs

from fasttrack_rules.errors import FasttrackError, InvalidValueError
from fasttrack_rules.evaluation import tables
from fasttrack_rules.evaluation.figures import Figure, count
from fasttrack_rules.evaluation.history import OTHER_EMPLOYERS, History
from fasttrack_rules.evaluation.plots import Plot, plots
from fasttrack_rules.evaluation.tally import EffectTally, EmployerTally, GroupTally, assessed, group_of

__all__ = ["BY", "MIN_CELL", "Report", "ReportOptions", "Table", "build_report"]

#: The smallest cell a report may show: ``min_cell`` may be raised, never lowered.
MIN_CELL = 5
#: The most groups a report keeps rows for (months and quarters stay far below; employers
#: beyond it are counted together as ``(other employers)``).
MAX_GROUPS = 10_000
#: The groupings of ``--by``.
BY = ("month", "quarter", "employer")

Value = int | float | str | None


@attrs.frozen(kw_only=True)
class ReportOptions:
    """What a report covers and how: the period (first days of absence from ``start`` to
    ``end``, both included), the grouping, the target difference in weeks, the smallest
    cell shown, the bootstrap's seed and rounds, and whether to count what the plots
    need (each month's counts; :mod:`fasttrack_rules.evaluation.plots`).

    Raises:
        InvalidValueError: ``end`` before ``start``, an unknown ``by``, a target whose
            bounds are not 0 <= low <= high <= 52, ``min_cell`` below 5, or ``reps`` below 1.
    """

    start: _dt.date
    end: _dt.date
    by: str | None = None
    target_weeks: tuple[int, int] = (6, 8)
    min_cell: int = MIN_CELL
    seed: int = 0
    reps: int = 1000
    plots: bool = False

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError("to", self.end.isoformat(), f"is before from ({self.start.isoformat()})")
        if self.by is not None and self.by not in BY:
            raise InvalidValueError("by", self.by, f"expected one of {', '.join(BY)}")
        low, high = self.target_weeks
        if not 0 <= low <= high <= 52:
            raise InvalidValueError(
                "target_weeks", f"{low}-{high}", "expected LOW-HIGH weeks, 0 <= LOW <= HIGH <= 52"
            )
        if self.min_cell < MIN_CELL:
            raise InvalidValueError(
                "min_cell", self.min_cell, f"may be raised from {MIN_CELL}, never lowered"
            )
        if self.reps < 1:
            raise InvalidValueError("reps", self.reps, "expected at least 1")


@attrs.frozen(kw_only=True)
class Table:
    """One table of a report: its name (a stable key), title, columns and rows, each row
    a label and one value per column (``None``: suppressed)."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[Value, ...]], ...]


@attrs.frozen(kw_only=True)
class Report:
    """A report, suppression applied. ``lines`` counts the lines ``read``, ``rejected``
    (an error), ``outside`` the period and ``assessed`` (``None``: suppressed too).
    ``plots`` holds the plots' points, suppressed too, when the options ask for them."""

    options: ReportOptions
    lines: dict[str, Value]
    notes: tuple[str, ...]
    tables: tuple[Table, ...]
    plots: tuple[Plot, ...] = ()


@attrs.define
class _Counts:
    """Everything counted while reading."""

    lines: Counter[str] = attrs.field(factory=Counter)
    total: GroupTally = attrs.field(factory=GroupTally)
    groups: dict[str, GroupTally] = attrs.field(factory=dict)
    employers: dict[str, EmployerTally] = attrs.field(factory=dict)
    months: dict[str, GroupTally] = attrs.field(factory=dict)
    effect: EffectTally = attrs.field(factory=EffectTally)


def build_report(
    histories: Iterable[tuple[int, History | FasttrackError]],
    options: ReportOptions,
    on_error: Callable[[int, FasttrackError], None] | None = None,
) -> Report:
    """The report of the ``histories`` (line number, history or the line's error), read
    once; each error is counted and passed to ``on_error``. A case the rules refuse (an
    event out of order, say) is an error of its line too.
    """
    counts = _Counts()
    for number, history in histories:
        try:
            _count(counts, history, options)
        except FasttrackError as e:
            counts.lines["rejected"] += 1
            if on_error is not None:
                on_error(number, e)
    return Report(
        options=options,
        lines=_lines(counts.lines, tuple(t.cases for t in counts.groups.values()), options.min_cell),
        notes=tables.notes(counts.lines, counts.effect.open_cases, options),
        tables=_tables(counts, options),
        plots=plots(sorted(counts.months.items()), counts.effect, options.min_cell) if options.plots else (),
    )


def _lines(lines: Counter[str], groups: tuple[int, ...], min_cell: int) -> dict[str, Value]:
    """The lines read, rejected, outside the period and assessed. Those assessed are the
    cases of the whole period, the sum of its ``groups`` (their cases), and those read
    the sum of the other three: each is suppressed too where it would give a suppressed
    one away."""
    assessed = Figure(lines["assessed"], (lines["assessed"],), sums=(groups,) if groups else ())
    shown = {k: count(lines[k]).shown(min_cell) for k in ("rejected", "outside")}
    shown["assessed"] = assessed.shown(min_cell)
    read = Figure(lines["read"], (lines["read"],), sums=(tuple(lines[k] for k in shown),))
    secondary = shown["assessed"] is None and lines["assessed"] >= min_cell
    return {"read": None if secondary else read.shown(min_cell), **shown}


def _count(counts: _Counts, history: History | FasttrackError, options: ReportOptions) -> None:
    counts.lines["read"] += 1
    if isinstance(history, FasttrackError):
        raise history
    if not options.start <= history.case.first_day_of_absence <= options.end:
        counts.lines["outside"] += 1
        return
    result = assessed(history, options.end)
    counts.lines["assessed"] += 1
    counts.lines["synthetic"] += history.synthetic
    counts.total.add(history, result)
    if options.by is not None:
        _group(counts.groups, group_of(history, options.by)).add(history, result)
    if options.plots:
        counts.months.setdefault(group_of(history, "month"), GroupTally()).add(history, result)
    if history.employer is not None:
        counts.employers.setdefault(history.employer.id, EmployerTally()).add(history, result)
    counts.effect.add(history, result)


def _group(groups: dict[str, GroupTally], name: str) -> GroupTally:
    """The tally of group ``name``; past :data:`MAX_GROUPS` groups (employers, by the
    order first met), the tally of the other employers, so that memory stays bounded."""
    if name not in groups and len(groups) >= MAX_GROUPS:
        name = OTHER_EMPLOYERS
    return groups.setdefault(name, GroupTally())


def _tables(counts: _Counts, options: ReportOptions) -> tuple[Table, ...]:
    """Every table of the report, suppressed."""
    groups = [*sorted(counts.groups.items()), ("all", counts.total)]
    made = (
        tables.uptake(groups),
        tables.compliance(groups),
        tables.breaches(counts.total, list(counts.groups.values())),
        tables.periods(counts.effect),
        tables.difference(counts.effect, options.target_weeks, options.seed, options.reps),
        tables.strata(counts.effect),
        tables.employers(
            counts.employers,
            by_employer=options.by == "employer",
            group_requests=tuple(t.requests["employer"] for t in counts.groups.values()),
        ),
    )
    return tuple(
        Table(
            name=name,
            title=title,
            columns=columns,
            rows=tuple((label, _shown(name, row, options.min_cell)) for label, row in rows),
        )
        for name, title, columns, rows in made
    )


#: The uptake's share of cases with a request sums the shares by who asked (its columns).
_ANY_REQUEST, _BY_WHO = 5, (6, 7, 8)


def _shown(table: str, row: tuple[tables.Figure, ...], min_cell: int) -> tuple[Value, ...]:
    """The values of a row, suppressed; in the uptake, the share with any request is
    suppressed too when a share by who asked is suppressed only as a total of groups
    (it would give that one away)."""
    values = [f.shown(min_cell) for f in row]
    if table == "uptake" and any(
        values[k] is None and all(p >= min_cell for p in row[k].parts) for k in _BY_WHO
    ):
        values[_ANY_REQUEST] = None
    return tuple(values)
