"""The reason catalogue (:data:`CATALOGUE`): every stable reason code with the provisions
it rests on and one sentence in Danish and in English, made from the rows of
:mod:`~fasttrack_rules.reason_catalogue`. Codes never change meaning once released (they
are part of the oracle contract); a new meaning gets a new code.

A reason names provisions, not instruments: its citations are resolved by the date of
the event the reason is about (``event``), so that a reason about a letter sent in 2018
cites the order in force in 2018 (specification, ``docs/specification.md#citations``).
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from functools import lru_cache
from typing import NoReturn

import attrs

from fasttrack_rules._validate import bad_date
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from fasttrack_rules.law import Citation, provision, provision_changes
from fasttrack_rules.law.validity import check_name
from fasttrack_rules.reason_catalogue import EVENTS, REASON_ROWS, Event
from fasttrack_rules.vocab import LANGS, Lang, check_lang

__all__ = [
    "CATALOGUE",
    "EVENTS",
    "LANGS",
    "CitedReason",
    "Event",
    "Lang",
    "Reason",
    "check_lang",
    "cite_reason",
]


@attrs.frozen
class Reason:
    """One reason code: its provisions, the event that dates them, and its text in
    Danish and English."""

    code: str
    provisions: tuple[str, ...]
    event: Event
    da: str
    en: str

    def text(self, lang: Lang = "en") -> str:
        """The sentence in ``lang`` (``"da"`` or ``"en"``).

        Raises:
            InvalidValueError: another ``lang``.
        """
        return self.en if lang == "en" else self.da if check_lang(lang) == "da" else self.en

    def citations_on(self, day: _dt.date) -> tuple[Citation, ...]:
        """The reason's own provisions as in force for an event on ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            RuleNotInForceError: a provision is not in force on ``day``.
        """
        if type(day) is not _dt.date:
            bad_date("day", day)
        return tuple(provision(name, day) for name in self.provisions)


@attrs.frozen
class CitedReason:
    """A reason as it decided one result: the catalogue entry and its citations, in the
    versions in force on the reason's event."""

    reason: Reason
    citations: tuple[Citation, ...]

    @property
    def code(self) -> str:
        """The reason code."""
        return self.reason.code

    def text(self, lang: Lang = "en") -> str:
        """The sentence in ``lang`` (``"da"`` or ``"en"``).

        Raises:
            InvalidValueError: another ``lang``.
        """
        return self.reason.text(lang)


#: Every reason code, by code, in the order of :data:`~fasttrack_rules.reason_catalogue.REASON_ROWS`.
CATALOGUE: dict[str, Reason] = {
    code: Reason(code, provisions, event, da, en) for code, provisions, event, da, en in REASON_ROWS
}


def _breakpoints(reason: Reason) -> tuple[_dt.date, ...]:
    """The days on which any citation of ``reason`` can change."""
    return tuple(sorted(set().union(*(provision_changes(name) for name in reason.provisions))))


# Every reason's breakpoints, built whole at import (a fraction of a millisecond) and
# never changed: threads share it without a lock.
_BREAKPOINTS: dict[str, tuple[_dt.date, ...]] = {code: _breakpoints(r) for code, r in CATALOGUE.items()}


def cite_reason(code: str, day: _dt.date, first: tuple[Citation, ...] = ()) -> CitedReason:
    """Reason ``code`` with its citations as in force on ``day``, after ``first`` (the
    citations of the deadline it judges). Equal inputs give one shared, frozen value.

    Raises:
        InvalidTypeError: ``code`` is not a string, ``day`` not a ``date`` or ``first``
            not a tuple of citations.
        InvalidValueError: ``code`` is not in :data:`CATALOGUE`.
    """
    breakpoints = _BREAKPOINTS.get(code) if type(code) is str else None
    if breakpoints is None:
        _bad_code(code)
    if type(day) is not _dt.date:
        bad_date("day", day)
    if type(first) is not tuple:
        raise InvalidTypeError("first", first, f"expected a tuple of citations, got {type(first).__name__}")
    for k, citation in enumerate(first):
        if type(citation) is not Citation:
            raise InvalidTypeError(
                f"first[{k}]", citation, f"expected a Citation, got {type(citation).__name__}"
            )
    segment = bisect_right(breakpoints, day)
    # Every day of one segment cites the same versions: the segment's first day stands for it.
    return _cite_reason(code, breakpoints[segment - 1] if segment else day, first)


def _bad_code(code: object) -> NoReturn:
    check_name("code", code)
    raise InvalidValueError("code", code, "is not a reason code of CATALOGUE")


@lru_cache(maxsize=4096)  # reasons x citation segments x deadline citations: a few hundred
def _cite_reason(code: str, day: _dt.date, first: tuple[Citation, ...]) -> CitedReason:
    reason = CATALOGUE[code]
    return CitedReason(reason, tuple(dict.fromkeys(first + reason.citations_on(day))))
