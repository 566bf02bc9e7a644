"""The calendars a case is assessed with and the version stamp of its result: the default
calendar shared, adjustments kept in a cache only up to ``CACHED_ADJUSTMENTS`` days, and
an adjustment's error renamed ``calendar.<field>`` (specification: errors, cases, step 11;
calendars, content hash)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from fasttrack_rules import (
    RULESET_VERSION,
    CalendarRangeError,
    CalendarSpec,
    InvalidValueError,
    __version__,
    danish_bank_days,
    municipal_working_days,
)
from fasttrack_rules.rules.calendar_setup import CACHED_ADJUSTMENTS, municipal_calendar, version_stamp

D = dt.date
#: Weekdays of 2026 on which the default municipal calendar is open: 5 January to 9 April,
#: without Skærtorsdag, Langfredag and 2. påskedag (2, 3 and 6 April; Easter is 5 April).
OPEN_2026 = tuple(
    day
    for day in (D(2026, 1, 5) + dt.timedelta(k) for k in range(95))
    if day.weekday() < 5 and day not in (D(2026, 4, 2), D(2026, 4, 3), D(2026, 4, 6))
)


def test_the_open_days_are_enough_for_the_tests() -> None:
    # 62 weekdays from 5 January to 31 March, then 1, 7, 8 and 9 April.
    assert len(OPEN_2026) == 66
    assert CACHED_ADJUSTMENTS == 64


def test_no_adjustment_is_the_shared_default_calendar() -> None:
    assert municipal_calendar(CalendarSpec()) is municipal_working_days()


@pytest.mark.parametrize(
    "spec",
    [
        CalendarSpec(extra_closed=OPEN_2026[:CACHED_ADJUSTMENTS]),
        CalendarSpec(extra_closed=OPEN_2026[:63], open_on=(D(2026, 12, 24),)),
        CalendarSpec(extra_closed=(D(2025, 5, 30),)),
    ],
    ids=["64-closed", "63-closed-1-open", "1-closed"],
)
def test_up_to_the_limit_a_calendar_is_built_once(spec: CalendarSpec) -> None:
    assert municipal_calendar(spec) is municipal_calendar(spec)


@pytest.mark.parametrize(
    "spec",
    [
        CalendarSpec(extra_closed=OPEN_2026[: CACHED_ADJUSTMENTS + 1]),
        CalendarSpec(extra_closed=OPEN_2026[:64], open_on=(D(2026, 12, 24),)),
    ],
    ids=["65-closed", "64-closed-1-open"],
)
def test_above_the_limit_a_calendar_is_built_for_its_case(spec: CalendarSpec) -> None:
    first, second = municipal_calendar(spec), municipal_calendar(spec)
    assert first is not second
    assert first == second
    assert not first.is_open(OPEN_2026[0])
    assert first.is_open(D(2026, 12, 24)) is bool(spec.open_on)


@pytest.mark.parametrize("many", [False, True], ids=["cached", "uncached"])
def test_an_adjustment_outside_the_coverage_is_named_in_the_calendar(many: bool) -> None:
    closed = OPEN_2026[: CACHED_ADJUSTMENTS if many else 1]
    with pytest.raises(CalendarRangeError) as raised:
        municipal_calendar(CalendarSpec(extra_closed=(*closed, D(2101, 1, 3))))
    assert raised.value.field == f"calendar.extra_closed[{len(closed)}]"
    assert raised.value.value == D(2101, 1, 3)


@pytest.mark.parametrize("many", [False, True], ids=["cached", "uncached"])
def test_an_adjustment_that_changes_nothing_is_named_in_the_calendar(many: bool) -> None:
    # Errors, cases, step 11: an open_on day must be a weekday closing day of the default
    # calendar; Mon 2026-01-05 is open.
    closed = OPEN_2026[1 : CACHED_ADJUSTMENTS + 1] if many else ()
    with pytest.raises(InvalidValueError) as raised:
        municipal_calendar(CalendarSpec(extra_closed=closed, open_on=(D(2026, 12, 24), OPEN_2026[0])))
    assert (raised.value.code, raised.value.field, raised.value.value) == (
        "INVALID_VALUE",
        "calendar.open_on[1]",
        OPEN_2026[0],
    )


def test_calendar_adjustments_are_named_by_their_place() -> None:
    # Errors, cases, step 11: calendar.extra_closed[k], calendar.open_on[k].
    with pytest.raises(InvalidValueError) as raised:
        municipal_calendar(CalendarSpec(extra_closed=(D(2025, 5, 30), D(2025, 12, 25))))  # Juledag is closed
    assert raised.value.field == "calendar.extra_closed[1]"
    with pytest.raises(CalendarRangeError) as out_of_range:
        municipal_calendar(CalendarSpec(open_on=(D(2101, 1, 3),)))
    assert out_of_range.value.field == "calendar.open_on[0]"


def test_the_version_stamp_names_library_rules_and_calendars() -> None:
    # Content hash: every result names its calendars by id and content hash.
    municipal = municipal_calendar(CalendarSpec())
    stamp = version_stamp(danish_bank_days(), municipal)
    assert (stamp.library, stamp.ruleset, stamp.bank_calendar, stamp.municipal_calendar) == (
        __version__,
        RULESET_VERSION,
        "dk-bank",
        "dk-municipal",
    )
    assert stamp.municipal_calendar_hash == municipal.content_hash


def test_an_adjusted_calendar_is_named_by_its_adjustments() -> None:
    # Content hash: dk-municipal+ followed by the adjustments; a changed day changes the hash.
    adjusted = municipal_calendar(CalendarSpec(extra_closed=(D(2025, 5, 30),)))
    stamp = version_stamp(danish_bank_days(), adjusted)
    assert stamp.municipal_calendar == "dk-municipal+closed:2025-05-30"
    assert re.fullmatch("[0-9a-f]{16}", stamp.municipal_calendar_hash)
    assert stamp.municipal_calendar_hash != municipal_working_days().content_hash
    assert stamp.bank_calendar_hash == danish_bank_days().content_hash


def test_a_version_stamp_is_made_once_per_pair_of_calendars() -> None:
    bank, municipal = danish_bank_days(), municipal_working_days()
    assert version_stamp(bank, municipal) is version_stamp(bank, municipal)
