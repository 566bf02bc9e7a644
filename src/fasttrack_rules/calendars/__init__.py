"""Danish bank-day and municipal working-day calendars (specification: calendars).

The two default calendars (:func:`danish_bank_days`, and :func:`municipal_working_days`
without adjustments) answer from tables built once per process: a flag per day, a
prefix count of open days and the list of open days, so that ``is_open``, ``add``,
``count``, ``next_open`` and ``previous_open`` are each O(1). A municipality's adjusted
calendar keeps only its differences from the default calendar (the sorted days it
closes or opens, with running corrections) and answers from the shared tables and those
differences by binary search: O(log m) for m adjusted days, and a few hundred bytes per
calendar instead of a megabyte.

The tables are built under a lock and published only when complete, so calendars can be
shared between threads from their first use.

- :mod:`.coverage`: the covered days and the checks of the arguments that name them;
- :mod:`.tables`: the per-day tables and the content hashes;
- :mod:`.helligdage`: the helligdage 2000-2100, generated from the ``holidays`` package;
- :mod:`.defaults`: the closing days and the tables of the default calendars, as plain
  data (no attrs);
- :mod:`.closing_days`: the default calendars' weekday closing days with their sources;
- :mod:`.calendar`: the :class:`Calendar` type and the default calendars' lookups;
- :mod:`.adjusted`: a calendar with adjustments, kept as its differences;
- :mod:`.factories`: :func:`danish_bank_days` and :func:`municipal_working_days`.

The names below are loaded on first use, so that reading the default tables
(:func:`.defaults.default_tables`) imports neither attrs nor the law.
"""

from __future__ import annotations

from fasttrack_rules._lazy import lazy_names

TYPE_CHECKING = False

# submodule -> the names it defines. The underscored names are kept for the scripts,
# benchmarks and tests that read them; patching one here changes nothing (patch it where
# it is looked up).
_MODULES: dict[str, tuple[str, ...]] = {
    "adjusted": ("_Adjusted",),
    "calendar": ("Calendar",),
    "closing_days": ("ClosedDay", "_default_closures"),
    "coverage": ("FIRST_YEAR", "LAST_YEAR", "CalendarKind"),
    "defaults": ("ASCENSION_FRIDAY_FROM", "_helligdage", "_helligdage_cache"),
    "factories": ("danish_bank_days", "municipal_working_days"),
    "tables": ("HASH_CACHE_SIZE", "TABLE_CACHE_SIZE", "_HASHES", "_build", "_flags_hash"),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "FIRST_YEAR",
    "HASH_CACHE_SIZE",
    "LAST_YEAR",
    "TABLE_CACHE_SIZE",
    "Calendar",
    "ClosedDay",
    "danish_bank_days",
    "municipal_working_days",
]

__getattr__, __dir__ = lazy_names(__name__, _EXPORTS, globals())

if TYPE_CHECKING:
    from fasttrack_rules.calendars.adjusted import _Adjusted as _Adjusted
    from fasttrack_rules.calendars.calendar import Calendar
    from fasttrack_rules.calendars.closing_days import ClosedDay
    from fasttrack_rules.calendars.closing_days import _default_closures as _default_closures
    from fasttrack_rules.calendars.coverage import FIRST_YEAR, LAST_YEAR
    from fasttrack_rules.calendars.coverage import CalendarKind as CalendarKind
    from fasttrack_rules.calendars.defaults import ASCENSION_FRIDAY_FROM as ASCENSION_FRIDAY_FROM
    from fasttrack_rules.calendars.defaults import _helligdage as _helligdage
    from fasttrack_rules.calendars.defaults import _helligdage_cache as _helligdage_cache
    from fasttrack_rules.calendars.factories import danish_bank_days, municipal_working_days
    from fasttrack_rules.calendars.tables import _HASHES as _HASHES
    from fasttrack_rules.calendars.tables import HASH_CACHE_SIZE, TABLE_CACHE_SIZE
    from fasttrack_rules.calendars.tables import _build as _build
    from fasttrack_rules.calendars.tables import _flags_hash as _flags_hash
