"""Row 6: the calendars against numpy's scalar business-day functions, for the bank-day
calendar (full tables) and an adjusted municipal calendar (the default tables and its
own differences).

numpy is given its fairest form: a prebuilt ``busdaycalendar`` holding every closing
day 2000-2100, ``datetime64`` scalars made before timing, and ``roll="backward"`` for
"the n-th open day strictly after" (with ``roll="forward"`` numpy counts from the next
open day when the start is closed). Both sides give the same answers before anything
is timed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np

from benchmarks.report import Row, ns
from benchmarks.timing import in_process, interleave, median, ratio
from fasttrack_rules import Calendar, danish_bank_days, municipal_working_days

__all__ = ["adjusted_calendar", "calendar_rows"]

DAY = dt.date(2025, 4, 16)
YEAR_START, YEAR_END = dt.date(2025, 1, 1), dt.date(2026, 1, 1)
#: An operation's two sides: this library's call, numpy's call.
Pair = tuple[Callable[[], object], Callable[[], object]]


def adjusted_calendar() -> Calendar:
    """A municipality's calendar: its own closing day (the Friday after Kristi
    himmelfartsdag) in ten years, and open on 24 December in two."""
    bank, municipal = danish_bank_days(), municipal_working_days()
    fridays = [
        c.date
        for y in range(2020, 2030)
        for c in bank.closed_days(y)
        if c.name == "Fredag efter Kristi himmelfartsdag"
    ]
    assert all(municipal.is_open(day) for day in fridays)
    return municipal_working_days(
        extra_closed=fridays, open_on=[dt.date(2025, 12, 24), dt.date(2026, 12, 24)]
    )


def operations(cal: Calendar) -> dict[str, Pair]:
    """The operations compared, on ``cal`` and on numpy's form of it, after checking
    that both answer alike."""
    closed = [c.date for y in range(2000, 2101) for c in cal.closed_days(y)]
    npcal = np.busdaycalendar(weekmask="1111100", holidays=np.array(closed, dtype="datetime64[D]"))
    day = np.datetime64(DAY, "D")
    start, end = np.datetime64(YEAR_START, "D"), np.datetime64(YEAR_END, "D")
    pairs: dict[str, Pair] = {
        "is_open(d)": (lambda: cal.is_open(DAY), lambda: np.is_busday(day, busdaycal=npcal)),
        "add(d, 10)": (
            lambda: cal.add(DAY, 10),
            lambda: np.busday_offset(day, 10, roll="backward", busdaycal=npcal),
        ),
        "add(d, 250)": (
            lambda: cal.add(DAY, 250),
            lambda: np.busday_offset(day, 250, roll="backward", busdaycal=npcal),
        ),
        "count(one year)": (
            lambda: cal.count(YEAR_START, YEAR_END),
            lambda: np.busday_count(start, end, busdaycal=npcal),
        ),
        "next_open(d)": (
            lambda: cal.next_open(DAY),
            lambda: np.busday_offset(day, 0, roll="forward", busdaycal=npcal),
        ),
    }
    for name, (ours, theirs) in pairs.items():
        mine, numpy_answer = ours(), theirs()
        if isinstance(mine, dt.date):
            mine = np.datetime64(mine, "D")
        if not bool(mine == numpy_answer):
            raise AssertionError(f"{name}: {mine} != numpy's {numpy_answer}")
    return pairs


def calendar_rows(rounds: int) -> list[Row]:
    """Rows 6 and 6b: the slowest operation's ratio to numpy, for each calendar; the
    details give every operation."""
    rows = []
    for key, title, cal in (
        ("6", "bank-day calendar", danish_bank_days()),
        ("6b", "adjusted municipal calendar", adjusted_calendar()),
    ):
        pairs = operations(cal)
        measures = {}
        for name, (ours, theirs) in pairs.items():
            measures[f"ours {name}"] = in_process(ours, seconds=0.02)
            measures[f"numpy {name}"] = in_process(theirs, seconds=0.02)
        times = interleave(measures, rounds, label=title)
        speedups = {name: ratio(times[f"numpy {name}"], times[f"ours {name}"]) for name in pairs}
        slowest = min(speedups, key=speedups.__getitem__)
        details = [
            "| operation | fasttrack_rules | numpy scalar | numpy / fasttrack_rules |",
            "|---|---:|---:|---:|",
            *(
                f"| {name} | {ns(median(times[f'ours {name}']))} | {ns(median(times[f'numpy {name}']))} "
                f"| {speedups[name]:.1f}x |"
                for name in pairs
            ),
        ]
        rows.append(
            Row(
                key,
                f"{title}, slowest of {len(pairs)} operations: `{slowest}`",
                "numpy's scalar call",
                ns(median(times[f"ours {slowest}"])),
                ns(median(times[f"numpy {slowest}"])),
                f"{speedups[slowest]:.1f}x",
                "≥ 7x (baseline / figure)",
                speedups[slowest] >= 7,
                tuple(details),
            )
        )
    return rows
