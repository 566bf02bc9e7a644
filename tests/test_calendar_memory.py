"""Memory per calendar: distinct municipal calendars cost a few kilobytes each, a
batch of any number of them keeps the library's memory bounded, and no distinct
calendar rebuilds the default tables (docs/performance.md#memory-per-calendar)."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys
import tracemalloc

import pytest

from fasttrack_rules import calendars, danish_bank_days, municipal_working_days
from fasttrack_rules.calendars import adjusted, calendar, closing_days, defaults, factories, tables

ROOT = pathlib.Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def distinct_calendars(count: int, start: dt.date = dt.date(2030, 1, 1)) -> list[calendars.Calendar]:
    """``count`` distinct adjusted calendars, each closing one open day."""
    default = municipal_working_days()
    days: list[dt.date] = []
    day = start
    while len(days) < count:
        if default.is_open(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return [municipal_working_days(extra_closed=[d], open_on=[dt.date(2025, 12, 24)]) for d in days]


def test_500_distinct_calendars_in_a_fresh_interpreter_stay_small() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_calendar_memory", "--json", "500"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(result.stdout)
    assert figures["count"] == 500
    assert figures["default_table_bytes"] > MB  # the default calendar's full tables
    assert figures["traced_bytes"] < 20 * MB  # all 500, built, used and kept
    assert figures["per_calendar_ratio"] < 0.01  # each under 1% of the default tables


def test_distinct_calendars_never_rebuild_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    danish_bank_days()
    municipal_working_days()  # the two default tables exist
    builds: list[object] = []
    original = calendars._build

    def counted(closures: dict[dt.date, calendars.ClosedDay]) -> object:
        builds.append(closures)
        return original(closures)

    # Wherever it may be called:
    for module in (tables, defaults, closing_days, calendar, adjusted, factories):
        if hasattr(module, "_build"):
            monkeypatch.setattr(module, "_build", counted)
    for cal in distinct_calendars(calendars.TABLE_CACHE_SIZE * 3):
        cal.add(dt.date(2030, 1, 1), 300)
        assert len(cal.content_hash) == 16
    assert builds == []


def test_a_long_batch_of_distinct_calendars_keeps_memory_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # Calendars a caller has dropped leave nothing behind but their remembered content
    # hashes, of which there are at most HASH_CACHE_SIZE.
    monkeypatch.setattr(tables, "HASH_CACHE_SIZE", 500)
    monkeypatch.setattr(tables, "_HASHES", type(tables._HASHES)())
    municipal_working_days().is_open(dt.date(2030, 1, 1))
    tracemalloc.start()
    try:
        for start in (dt.date(2030, 1, 1), dt.date(2040, 1, 1), dt.date(2050, 1, 1)):
            before = tracemalloc.get_traced_memory()[0]
            for cal in distinct_calendars(1000, start):
                assert len(cal.content_hash) == 16
            grown = tracemalloc.get_traced_memory()[0] - before
            assert len(tables._HASHES) == 500
            assert grown < MB
    finally:
        tracemalloc.stop()
