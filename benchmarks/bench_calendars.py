"""Calendar benchmark: fasttrack_rules beside numpy and a day-by-day loop over holidays.

    python -m pip install -e ".[bench]" && python benchmarks/bench_calendars.py

Prints Markdown tables of nanoseconds per operation (median of several repeats, each
the mean of many calls) for the same operations, measured in the same run: the bank-day
calendar (full tables), then an adjusted municipal calendar (the default tables and its
own differences). The figures in docs/performance.md come from this script. numpy is a
benchmark-only dependency.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import timeit
from collections.abc import Callable
from importlib.metadata import version

import holidays
import numpy as np

from fasttrack_rules import Calendar, danish_bank_days, municipal_working_days

REPEATS = 7
DAY = dt.date(2025, 4, 16)
YEAR_START, YEAR_END = dt.date(2025, 1, 1), dt.date(2026, 1, 1)


def ns_per_call(fn: Callable[[], object], number: int) -> float:
    times = timeit.repeat(fn, number=number, repeat=REPEATS)
    return statistics.median(times) / number * 1e9


def import_ms(module: str = "fasttrack_rules") -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(REPEATS)]
    return statistics.median(runs) * 1e3


def first_use_ms() -> float:
    code = (
        "import time; t = time.perf_counter(); import fasttrack_rules; "
        "fasttrack_rules.danish_bank_days(); print(time.perf_counter() - t)"
    )
    runs = [float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(REPEATS)]
    return statistics.median(runs) * 1e3


def table_build_ms() -> float:
    from fasttrack_rules import calendars

    closures = calendars._default_closures("bank")
    return ns_per_call(lambda: calendars._build(closures).dates, 3) / 1e6  # the list of open days too


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


def adjusted_rows() -> list[tuple[str, float, float]]:
    """(operation, fasttrack_rules ns, numpy ns) on an adjusted municipal calendar."""
    cal = adjusted_calendar()
    closed = [c.date for y in range(2000, 2101) for c in cal.closed_days(y)]
    npcal = np.busdaycalendar(weekmask="1111100", holidays=np.array(closed, dtype="datetime64[D]"))
    npday = np.datetime64(DAY, "D")
    np_start, np_end = np.datetime64(YEAR_START, "D"), np.datetime64(YEAR_END, "D")
    assert cal.add(DAY, 250) == np.busday_offset(npday, 250, roll="backward", busdaycal=npcal)
    assert cal.count(YEAR_START, YEAR_END) == np.busday_count(np_start, np_end, busdaycal=npcal)
    return [
        (
            "is_open(d)",
            ns_per_call(lambda: cal.is_open(DAY), 200_000),
            ns_per_call(lambda: np.is_busday(npday, busdaycal=npcal), 50_000),
        ),
        (
            "add(d, 10)",
            ns_per_call(lambda: cal.add(DAY, 10), 200_000),
            ns_per_call(lambda: np.busday_offset(npday, 10, roll="backward", busdaycal=npcal), 50_000),
        ),
        (
            "add(d, 250)",
            ns_per_call(lambda: cal.add(DAY, 250), 200_000),
            ns_per_call(lambda: np.busday_offset(npday, 250, roll="backward", busdaycal=npcal), 50_000),
        ),
        (
            "count(one year)",
            ns_per_call(lambda: cal.count(YEAR_START, YEAR_END), 200_000),
            ns_per_call(lambda: np.busday_count(np_start, np_end, busdaycal=npcal), 50_000),
        ),
        (
            "next_open(d)",
            ns_per_call(lambda: cal.next_open(DAY), 200_000),
            ns_per_call(lambda: np.busday_offset(npday, 0, roll="forward", busdaycal=npcal), 50_000),
        ),
    ]


def adjusted_build_us() -> float:
    """Microseconds to build a new adjusted calendar from its definition (checks included)."""
    cal = adjusted_calendar()
    closed, opened = list(cal.extra_closed), list(cal.open_on)
    return ns_per_call(lambda: municipal_working_days(extra_closed=closed, open_on=opened), 2_000) / 1e3


def main() -> None:
    bank = danish_bank_days()
    closed = [c.date for y in range(2000, 2101) for c in bank.closed_days(y)]
    npcal = np.busdaycalendar(weekmask="1111100", holidays=np.array(closed, dtype="datetime64[D]"))
    npday = np.datetime64(DAY, "D")
    np_start, np_end = np.datetime64(YEAR_START, "D"), np.datetime64(YEAR_END, "D")
    dk = holidays.country_holidays("DK", years=range(2000, 2101), language="da")
    extra = set(closed)

    def loop_open(day: dt.date) -> bool:
        return day.weekday() < 5 and day not in dk and day not in extra

    def loop_add(day: dt.date, n: int) -> dt.date:
        one = dt.timedelta(1)
        while n:
            day += one
            if loop_open(day):
                n -= 1
        return day

    def loop_count(start: dt.date, end: dt.date) -> int:
        one, n = dt.timedelta(1), 0
        while start < end:
            n += loop_open(start)
            start += one
        return n

    # Same answers before timing anything.
    assert (
        bank.add(DAY, 250)
        == loop_add(DAY, 250)
        == np.busday_offset(npday, 250, roll="backward", busdaycal=npcal)
    )
    assert bank.count(YEAR_START, YEAR_END) == loop_count(YEAR_START, YEAR_END)
    assert bank.count(YEAR_START, YEAR_END) == np.busday_count(np_start, np_end, busdaycal=npcal)

    rows: list[tuple[str, float, float, float]] = [
        (
            "is_open(d)",
            ns_per_call(lambda: bank.is_open(DAY), 200_000),
            ns_per_call(lambda: np.is_busday(npday, busdaycal=npcal), 50_000),
            ns_per_call(lambda: loop_open(DAY), 200_000),
        ),
        (
            "add(d, 10)",
            ns_per_call(lambda: bank.add(DAY, 10), 200_000),
            ns_per_call(lambda: np.busday_offset(npday, 10, roll="backward", busdaycal=npcal), 50_000),
            ns_per_call(lambda: loop_add(DAY, 10), 20_000),
        ),
        (
            "add(d, 250)",
            ns_per_call(lambda: bank.add(DAY, 250), 200_000),
            ns_per_call(lambda: np.busday_offset(npday, 250, roll="backward", busdaycal=npcal), 50_000),
            ns_per_call(lambda: loop_add(DAY, 250), 500),
        ),
        (
            "count(one year)",
            ns_per_call(lambda: bank.count(YEAR_START, YEAR_END), 200_000),
            ns_per_call(lambda: np.busday_count(np_start, np_end, busdaycal=npcal), 50_000),
            ns_per_call(lambda: loop_count(YEAR_START, YEAR_END), 500),
        ),
    ]
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}, holidays {version('holidays')}")
    print(f"median of {REPEATS} repeats\n")
    print("| operation | fasttrack_rules (ns) | numpy scalar (ns) | holidays loop (ns) | vs numpy |")
    print("|---|---:|---:|---:|---:|")
    for name, ours, numpy_ns, loop_ns in rows:
        print(f"| {name} | {ours:,.0f} | {numpy_ns:,.0f} | {loop_ns:,.0f} | {numpy_ns / ours:.1f}x |")
    print()
    build_np = ns_per_call(
        lambda: np.busdaycalendar(weekmask="1111100", holidays=np.array(closed, dtype="datetime64[D]")), 3
    )
    build_hol = ns_per_call(lambda: holidays.country_holidays("DK", years=range(2000, 2101)), 3)
    print("| one-time cost | fasttrack_rules | numpy | holidays |")
    print("|---|---:|---:|---:|")
    print(f"| import (ms) | {import_ms():.1f} | {import_ms('numpy'):.1f} | {import_ms('holidays'):.1f} |")
    print(
        f"| table for 2000-2100 (ms) | {table_build_ms():.1f} | {build_np / 1e6:.1f} (busdaycalendar) "
        f"| {build_hol / 1e6:.1f} (country_holidays) |"
    )
    print(f"\n- import + first `danish_bank_days()` (imports attrs, builds tables): {first_use_ms():.0f} ms")
    print(f"- a new adjusted municipal calendar (12 adjusted days), built: {adjusted_build_us():.1f} µs\n")
    print("An adjusted municipal calendar (10 own closing days, 2 days opened):\n")
    print("| operation | fasttrack_rules (ns) | numpy scalar (ns) | vs numpy |")
    print("|---|---:|---:|---:|")
    for name, ours, numpy_ns in adjusted_rows():
        print(f"| {name} | {ours:,.0f} | {numpy_ns:,.0f} | {numpy_ns / ours:.1f}x |")


if __name__ == "__main__":
    main()
