"""What the dated tables of the law share: a version holds for events from its
``valid_from`` to its ``valid_to`` (both inclusive; ``None``: open-ended), and a lookup by
name and day checks its arguments and finds the one version in force on that day.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Protocol

from fasttrack_rules._validate import check_date
from fasttrack_rules.errors import InvalidTypeError, RuleNotInForceError

__all__ = ["Dated", "check_name", "day_before", "holds_on", "index_in_force"]


class Dated(Protocol):
    """A version valid for events from ``valid_from`` to ``valid_to`` (inclusive)."""

    @property
    def valid_from(self) -> _dt.date:
        """The first day of events the version governs."""

    @property
    def valid_to(self) -> _dt.date | None:
        """The last day of events the version governs (``None``: open-ended)."""


def day_before(day: _dt.date) -> _dt.date:
    """The last day of a window that ends where another begins on ``day``."""
    return day - _dt.timedelta(days=1)


def holds_on(version: Dated, day: _dt.date) -> bool:
    """Whether ``version`` governs an event on ``day`` (``day`` already checked)."""
    return version.valid_from <= day and (version.valid_to is None or day <= version.valid_to)


def check_name(field: str, value: object) -> str:
    """Return ``value`` if it is a string, else raise.

    Raises:
        InvalidTypeError: ``value`` is not a ``str`` (field ``field``).
    """
    if type(value) is not str:
        raise InvalidTypeError(field, value, f"expected a string, got {type(value).__name__}")
    return value


def index_in_force(versions: Mapping[str, Sequence[Dated]], name: str, on: _dt.date) -> int:
    """The position, among the versions of ``name`` in ``versions``, of the one in force
    for an event on ``on``.

    Raises:
        InvalidTypeError: ``name`` is not a string, or ``on`` not a ``date``.
        RuleNotInForceError: no version of ``name`` is in force on ``on`` (or no such name).
    """
    if type(name) is not str:
        check_name("name", name)
    if type(on) is not _dt.date:
        check_date("on", on)
    # holds_on, written out: this loop runs for every citation and parameter a rule asks for.
    for k, version in enumerate(versions.get(name, ())):
        if version.valid_from <= on and (version.valid_to is None or on <= version.valid_to):
            return k
    raise RuleNotInForceError(name, on, f"no version of {name!r} is in force on {on.isoformat()}")
