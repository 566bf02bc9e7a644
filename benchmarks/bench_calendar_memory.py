"""Memory and speed per calendar: many distinct municipal calendars beside the default.

    python -m benchmarks.bench_calendar_memory [COUNT]     # a Markdown report
    python -m benchmarks.bench_calendar_memory --json 500  # the figures as JSON

Run it in a fresh interpreter (as above): it measures what the first default calendar
and then COUNT (default 500) distinct adjusted municipal calendars, each built and used
(every lookup, ``closed_days`` and ``content_hash``) and all kept alive, add to the
memory traced by ``tracemalloc`` and to the resident set size. Each adjusted calendar
closes 10 days and opens 2, like a municipality's own closing days over a decade. The
figures in docs/performance.md come from this script; tests/test_calendar_memory.py
runs it and bounds the growth.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
import timeit
import tracemalloc
from typing import Any

from fasttrack_rules import Calendar, danish_bank_days, municipal_working_days

DAY = dt.date(2025, 4, 16)
YEAR_START, YEAR_END = dt.date(2025, 1, 1), dt.date(2026, 1, 1)


def rss_bytes() -> int:
    """Resident set size of this process (Linux ``/proc``; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # pragma: no cover - not Linux
        return 0


def exercise(cal: Calendar) -> None:
    """Every lookup once, so that anything built lazily is built."""
    cal.is_open(DAY)
    cal.add(DAY, 10)
    cal.add(DAY, -250)
    cal.count(YEAR_START, YEAR_END)
    cal.next_open(dt.date(2025, 12, 24))
    cal.previous_open(dt.date(2025, 12, 28))
    cal.closed_days(2025)
    assert len(cal.content_hash) == 16


def definitions(count: int) -> list[tuple[list[dt.date], list[dt.date]]]:
    """``count`` distinct adjustments: 10 open days closed and 2 closed weekdays opened."""
    default = municipal_working_days()
    day = dt.date(2025, 1, 1)
    open_days: list[dt.date] = []
    closed: list[dt.date] = []
    while day.year < 2100:
        (open_days if default.is_open(day) else closed).append(day)
        day += dt.timedelta(days=1)
    closed = [d for d in closed if d.weekday() < 5]
    step = len(open_days) // 10
    return [
        (
            [open_days[(i + k * step) % len(open_days)] for k in range(10)],
            [closed[i % len(closed)], closed[-1]],
        )
        for i in range(count)
    ]


def measure(count: int) -> dict[str, Any]:
    """The figures, for ``count`` distinct calendars."""
    danish_bank_days().is_open(DAY)  # imports holidays and builds the helligdage: shared by all
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    default = municipal_working_days()  # its tables, built now
    exercise(default)
    default_bytes = tracemalloc.get_traced_memory()[0] - before
    adjustments = definitions(count)
    before, rss_before = tracemalloc.get_traced_memory()[0], rss_bytes()
    kept = []
    for extra_closed, open_on in adjustments:
        cal = municipal_working_days(extra_closed=extra_closed, open_on=open_on)
        exercise(cal)
        kept.append(cal)
    traced = tracemalloc.get_traced_memory()[0] - before
    rss = rss_bytes() - rss_before
    tracemalloc.stop()
    assert len(set(kept)) == count
    # Time to build and use one more distinct calendar, after COUNT of them.
    fresh = definitions(count + 50)[count:]
    start = time.perf_counter()
    for extra_closed, open_on in fresh:
        exercise(municipal_working_days(extra_closed=extra_closed, open_on=open_on))
    new_calendar_us = (time.perf_counter() - start) / len(fresh) * 1e6
    adjusted = kept[0]
    bank = danish_bank_days()

    def ns(fn: Any) -> float:
        return min(timeit.repeat(fn, number=20_000, repeat=5)) / 20_000 * 1e9

    return {
        "python": sys.version.split()[0],
        "count": count,
        "default_table_bytes": default_bytes,
        "traced_bytes": traced,
        "rss_bytes": rss,
        "per_calendar_bytes": traced / count,
        "per_calendar_ratio": traced / count / default_bytes,
        "new_calendar_us": new_calendar_us,
        "ns": {
            "bank add(d, 10)": ns(lambda: bank.add(DAY, 10)),
            "bank is_open(d)": ns(lambda: bank.is_open(DAY)),
            "bank count(one year)": ns(lambda: bank.count(YEAR_START, YEAR_END)),
            "adjusted add(d, 10)": ns(lambda: adjusted.add(DAY, 10)),
            "adjusted is_open(d)": ns(lambda: adjusted.is_open(DAY)),
            "adjusted count(one year)": ns(lambda: adjusted.count(YEAR_START, YEAR_END)),
        },
    }


def main(argv: list[str]) -> None:
    as_json = "--json" in argv
    args = [a for a in argv if a != "--json"]
    figures = measure(int(args[0]) if args else 500)
    if as_json:
        print(json.dumps(figures))
        return
    count, mb = figures["count"], 1024 * 1024
    print(f"Python {figures['python']}; {count} distinct adjusted municipal calendars, each used and kept\n")
    print("| memory | bytes | MB |")
    print("|---|---:|---:|")
    for name, key in (
        ("default municipal calendar (tables)", "default_table_bytes"),
        (f"{count} adjusted calendars, traced", "traced_bytes"),
        (f"{count} adjusted calendars, resident set", "rss_bytes"),
    ):
        print(f"| {name} | {figures[key]:,} | {figures[key] / mb:.2f} |")
    print(
        f"\nper adjusted calendar: {figures['per_calendar_bytes']:,.0f} bytes, "
        f"{figures['per_calendar_ratio']:.4f} of the default calendar's tables"
    )
    print(f"a new distinct calendar after {count}, built and used: {figures['new_calendar_us']:,.0f} µs\n")
    print("| operation | ns |")
    print("|---|---:|")
    for name, value in figures["ns"].items():
        print(f"| {name} | {value:,.0f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
