"""The engine's law, numbered: every citation the engine can give gets a number, in the
order this module meets it, and each provision and each reason is a table of numbers by
the days on which its citation can change.

This is the one statement of the numbering. The tables the engine runs on are
generated from it (:mod:`.compiled`, written by ``python -m scripts.make_engine_tables``
and compared with it by the tests), so that a run reads plain numbers and imports
neither attrs nor the law; :mod:`.edge` builds it once to turn numbers back into the
law's :class:`~fasttrack_rules.law.Citation` values.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from fasttrack_rules.errors import RuleNotInForceError
from fasttrack_rules.law import PROVISIONS, Citation, provision, provision_changes
from fasttrack_rules.reasons import CATALOGUE

__all__ = ["Numbering", "numbering"]

_DAY_ONE = _dt.date(1, 1, 2)


class Numbering(NamedTuple):
    """``citations[n]`` is citation number ``n``. ``provisions[name]``: the days on which
    provision ``name`` can change, and its citation's number from each (the first:
    before the first change; -1: not in force). ``reasons[code]``: the days on which
    the reason's own citations can change, and the numbers of its own citations from
    each (the first: before the first change; ``None``: one is not in force)."""

    citations: list[Citation]
    provisions: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]
    reasons: dict[str, tuple[tuple[int, ...], tuple[tuple[int, ...] | None, ...]]]


def numbering() -> Numbering:
    """The numbering of the law as it stands in this release."""
    citations: list[Citation] = []
    numbers: dict[Citation, int] = {}

    def number(citation: Citation) -> int:
        found = numbers.get(citation)
        if found is None:
            found = numbers[citation] = len(citations)
            citations.append(citation)
        return found

    provisions = {}
    for name in PROVISIONS:
        days = sorted(provision_changes(name))
        cited = []
        for day in _before(days):
            try:
                cited.append(number(provision(name, day)))
            except RuleNotInForceError:
                cited.append(-1)
        provisions[name] = (tuple(d.toordinal() for d in days), tuple(cited))
    reasons = {}
    for code, reason in CATALOGUE.items():
        days = sorted(set().union(*(provision_changes(name) for name in reason.provisions)))
        own: list[tuple[int, ...] | None] = []
        for day in _before(days):
            try:
                own.append(tuple(number(c) for c in reason.citations_on(day)))
            except RuleNotInForceError:
                own.append(None)
        reasons[code] = (tuple(d.toordinal() for d in days), tuple(own))
    return Numbering(citations, provisions, reasons)


def _before(days: list[_dt.date]) -> list[_dt.date]:
    """A day standing for each stretch: the day before the first change, then each change."""
    if not days:
        return [_DAY_ONE]
    return [max(days[0], _DAY_ONE) - _dt.timedelta(days=1), *days]
