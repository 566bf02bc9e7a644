"""The tables a calendar answers from, and the content hashes of calendars.

A table holds a flag per covered day (1 for an open day), the prefix counts of open
days and the list of open days, so that every lookup of a default calendar is O(1); it
is built only for the two default calendars (:mod:`.defaults`). An adjusted calendar's
content hash is the hash its own table would have, computed from the default flags and
the days it flips, and remembered by a digest of the adjustments.

Plain Python (no attrs), so that the default tables can be read on a fast path.
"""

from __future__ import annotations

import datetime as _dt
import threading
from collections import OrderedDict
from collections.abc import Iterable
from itertools import accumulate, compress

from fasttrack_rules.calendars.coverage import _BASE, _END, _N, FIRST_YEAR, LAST_YEAR

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


_HASH_HEADER = b"fasttrack-calendar-v1|%d|%d|" % (FIRST_YEAR, LAST_YEAR)
# Guards the one-time build of a table's list of open days.
_DATES_LOCK = threading.Lock()


class _Tables:
    """The tables of a calendar, built from its flags; never changed once built.

    ``open``: 1 per open day, 0 per closed day, indexed by ordinal - first covered
    ordinal; ``prefix[i]``: the open days before index i. Computed on first use, so that
    a fast path that reads only the flags and the counts pays for neither: ``dates``, the
    open days in order (25,000 dates), and ``content_hash``, the hash of the flags
    (``hashlib`` takes milliseconds to import).
    """

    __slots__ = ("_dates", "_hash", "open", "prefix")

    def __init__(self, flags: bytes) -> None:
        self.open = flags
        self.prefix = [0, *accumulate(flags)]
        self._dates: list[_dt.date] | None = None
        self._hash: str | None = None

    @property
    def content_hash(self) -> str:
        """First 16 hex digits of the SHA-256 of the header and the flags."""
        digest = self._hash
        if digest is None:
            digest = self._hash = _flags_hash(self.open)  # the same value whichever thread sets it
        return digest

    @property
    def dates(self) -> list[_dt.date]:
        """The open days, in order: the k-th open day is ``dates[k]``."""
        dates = self._dates
        if dates is None:
            with _DATES_LOCK:  # double-checked: a thread that waited here finds them built
                dates = self._dates or self._publish_dates()
        return dates

    def _publish_dates(self) -> list[_dt.date]:
        dates = list(map(_dt.date.fromordinal, compress(range(_BASE, _END), self.open)))
        self._dates = dates  # complete before it is shared
        return dates


def _flags_hash(flags: bytes | bytearray) -> str:
    """First 16 hex digits of the SHA-256 of the header and a flag per covered day."""
    import hashlib  # here, not on import: a run that needs no hash does not load it

    digest = hashlib.sha256(_HASH_HEADER)
    digest.update(flags)
    return digest.hexdigest()[:16]


def _build(closed: Iterable[_dt.date]) -> _Tables:
    """The tables of the calendar closed on weekends and on the days ``closed``."""
    # Weekdays open, weekends closed: the week's pattern from the first day's weekday on
    # (date.fromordinal(1) is a Monday, so (ordinal - 1) % 7 is date.weekday()).
    week = bytes((_BASE - 1 + i) % 7 < 5 for i in range(7))
    flags = bytearray((week * (_N // 7 + 1))[:_N])
    for day in closed:
        flags[day.toordinal() - _BASE] = 0
    return _Tables(bytes(flags))


def _adjusted_hash(kind: str, flags: bytes, changed: tuple[int, ...]) -> str:
    """The content hash of the flags ``flags`` of default calendar ``kind`` with the days
    ``changed`` (indexes) flipped; the same value as a hash of a full table of them."""
    import hashlib

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
