"""The calendars a case is assessed with and the version stamp of its result, each built
once per definition and kept in caches bounded like the calendar tables.
"""

from __future__ import annotations

from functools import lru_cache

from fasttrack_rules._version import __version__
from fasttrack_rules.calendars import TABLE_CACHE_SIZE, Calendar, municipal_working_days
from fasttrack_rules.errors import CalendarRangeError, InvalidValueError
from fasttrack_rules.facts import CalendarSpec
from fasttrack_rules.law import RULESET_VERSION
from fasttrack_rules.results import Versions

__all__ = ["CACHED_ADJUSTMENTS", "municipal_calendar", "version_stamp"]

#: A municipal calendar with more adjusted days than this is built for its case and not
#: kept: the cache stays small whatever the input (a line may list thousands of days).
CACHED_ADJUSTMENTS = 64


def municipal_calendar(spec: CalendarSpec) -> Calendar:
    """The municipal working days of a case: the default calendar with its adjustments.

    Raises:
        CalendarRangeError: an adjusted day outside the coverage (field ``calendar.*``).
        InvalidValueError: an adjustment that changes nothing (field ``calendar.*``).
    """
    if len(spec.extra_closed) + len(spec.open_on) > CACHED_ADJUSTMENTS:
        return _build_municipal(spec)
    return _cached_municipal(spec)


def _build_municipal(spec: CalendarSpec) -> Calendar:
    try:
        return municipal_working_days(extra_closed=spec.extra_closed, open_on=spec.open_on)
    except CalendarRangeError as e:
        raise CalendarRangeError(f"calendar.{e.field}", e.value, e.message) from None
    except InvalidValueError as e:
        raise type(e)(f"calendar.{e.field}", e.value, e.message) from None


_cached_municipal = lru_cache(maxsize=TABLE_CACHE_SIZE)(_build_municipal)


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def version_stamp(bank: Calendar, municipal: Calendar) -> Versions:
    """What a result is computed with: this library, the rule set and both calendars."""
    return Versions(
        library=__version__,
        ruleset=RULESET_VERSION,
        bank_calendar=bank.id,
        bank_calendar_hash=bank.content_hash,
        municipal_calendar=municipal.id,
        municipal_calendar_hash=municipal.content_hash,
    )
