"""The tables a calendar answers from, and the content hashes of calendars.

A table holds a flag per covered day (1 for an open day), the prefix counts of open
days and the list of open days, so that every lookup of a default calendar is O(1); it
is built only for the two default calendars (:mod:`.closing_days`). An adjusted
calendar's content hash is the hash its own table would have, computed from the default
flags and the days it flips, and remembered by a digest of the adjustments.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import threading
from collections import OrderedDict
from itertools import accumulate, compress
from typing import TYPE_CHECKING

import attrs

from fasttrack_rules.calendars.coverage import _BASE, _END, _N, FIRST_YEAR, LAST_YEAR

if TYPE_CHECKING:
    from fasttrack_rules.calendars.closing_days import ClosedDay

#: The size of the caches that callers keep per calendar definition (``assess`` keeps
#: this many municipal calendars and version stamps). Calendars keep no tables per
#: definition any more: an adjusted calendar is a few hundred bytes, built in
#: microseconds, so this bounds the callers' memory, not the speed of a new calendar.
TABLE_CACHE_SIZE = 128
#: How many content hashes of adjusted calendars are remembered, each under a 16-byte
#: digest of its adjustments (about 200 bytes an entry, whatever the adjustments' size):
#: a batch that cycles through more distinct calendars hashes each again (about 25 µs).
HASH_CACHE_SIZE = 4096
_HASHES: OrderedDict[bytes, str] = OrderedDict()
_HASHES_LOCK = threading.Lock()


@attrs.frozen(slots=True)
class _Tables:
    open: bytes  # 1 per open day, indexed by ordinal - _BASE
    prefix: list[int]  # prefix[i] = open days in [_BASE, _BASE + i)
    dates: list[_dt.date]  # the open days, in order
    closed: dict[int, tuple[ClosedDay, ...]]  # weekday closing days by year
    content_hash: str


_HASH_HEADER = b"fasttrack-calendar-v1|%d|%d|" % (FIRST_YEAR, LAST_YEAR)


def _flags_hash(flags: bytes | bytearray) -> str:
    """First 16 hex digits of the SHA-256 of the header and a flag per covered day."""
    digest = hashlib.sha256(_HASH_HEADER)
    digest.update(flags)
    return digest.hexdigest()[:16]


def _build(closures: dict[_dt.date, ClosedDay]) -> _Tables:
    """The tables of the calendar closed on weekends and on the days of ``closures``."""
    # Weekdays open, weekends closed: the week's pattern from the first day's weekday on
    # (date.fromordinal(1) is a Monday, so (ordinal - 1) % 7 is date.weekday()).
    week = bytes((_BASE - 1 + i) % 7 < 5 for i in range(7))
    flags = bytearray((week * (_N // 7 + 1))[:_N])
    for day in closures:
        flags[day.toordinal() - _BASE] = 0
    prefix = [0, *accumulate(flags)]
    dates = list(map(_dt.date.fromordinal, compress(range(_BASE, _END), flags)))
    by_year: dict[int, list[ClosedDay]] = {}
    for day in sorted(closures):
        by_year.setdefault(day.year, []).append(closures[day])
    return _Tables(
        bytes(flags),
        prefix,
        dates,
        {year: tuple(days) for year, days in by_year.items()},
        _flags_hash(flags),
    )


def _adjusted_hash(kind: str, flags: bytes, changed: tuple[int, ...]) -> str:
    """The content hash of the flags ``flags`` of default calendar ``kind`` with the days
    ``changed`` (indexes) flipped; the same value as a hash of a full table of them."""
    key = hashlib.blake2b(f"{kind}|{changed}".encode(), digest_size=16).digest()
    with _HASHES_LOCK:
        digest = _HASHES.get(key)
        if digest is not None:
            _HASHES.move_to_end(key)
            return digest
    adjusted = bytearray(flags)
    for i in changed:
        adjusted[i] ^= 1
    digest = _flags_hash(adjusted)
    with _HASHES_LOCK:
        _HASHES[key] = digest
        if len(_HASHES) > HASH_CACHE_SIZE:
            _HASHES.popitem(last=False)
    return digest
