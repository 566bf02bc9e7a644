"""Citations, chosen by date: the version of a provision in force for an event on a day
(:data:`PROVISIONS`), in the instrument of its family then in force (specification,
``docs/specification.md#citations``).
"""

# Annotations are evaluated when the class is made: see the note in ``instruments``.
import datetime as _dt
from bisect import bisect_right
from functools import cache

import attrs

from fasttrack_rules._validate import check_date
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError, RuleNotInForceError
from fasttrack_rules.law.instruments import INSTRUMENTS, Instrument
from fasttrack_rules.law.provisions import PROVISIONS
from fasttrack_rules.law.validity import check_name, index_in_force

__all__ = ["Citation", "instrument_on", "provision", "provision_changes"]


def _is_instrument(_: object, attribute: "attrs.Attribute[Instrument]", value: object) -> None:
    if not isinstance(value, Instrument):
        raise InvalidTypeError(attribute.name, value, f"expected an Instrument, got {type(value).__name__}")


@attrs.frozen
class Citation:
    """A pinpoint reference into one instrument: §, stk., nr., pkt.

    For guidance and interpretations ``name`` names the step or the interpretation
    instead. ``str(citation)`` gives the Danish form, e.g.
    ``§ 4, stk. 1, nr. 1, i bekendtgørelse nr. 1421 af 16. december 2014``.
    """

    instrument: Instrument = attrs.field(validator=_is_instrument)
    section: str | None = None
    stk: int | None = None
    nr: int | None = None
    pkt: int | None = None
    name: str | None = None
    _text: str = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Formatted once: citations are immutable and their text is asked for often.
        object.__setattr__(self, "_text", self._format())

    def _parts(self) -> list[str]:
        parts = [f"§ {self.section}"] if self.section is not None else []
        parts += [f"stk. {self.stk}"] if self.stk is not None else []
        parts += [f"nr. {self.nr}"] if self.nr is not None else []
        parts += [f"{self.pkt}. pkt."] if self.pkt is not None else []
        return parts

    @property
    def pinpoint(self) -> str:
        """Where in the instrument, in the Danish form and without the instrument:
        ``§ 4, stk. 1, nr. 1`` (empty for a citation of a whole instrument)."""
        return ", ".join(self._parts())

    def _format(self) -> str:
        parts = self._parts()
        if self.name is not None:
            return f"{self.instrument.short}: {self.name}"
        if not parts:
            return self.instrument.short
        glue = ", i" if len(parts) > 1 else " i"  # "§ 7 e i ...", "§ 7 c, stk. 1, i ..."
        return f"{', '.join(parts)}{glue} {self.instrument.short}"

    @property
    def url(self) -> str:
        """The instrument's address (retsinformation.dk ELI where there is one)."""
        return self.instrument.url

    @property
    def is_law(self) -> bool:
        """True for acts and executive orders; False for guidance and interpretations."""
        return self.instrument.is_law

    def __str__(self) -> str:
        return self._text


def _families(
    instruments: dict[str, Instrument],
) -> dict[str, tuple[tuple[_dt.date, ...], tuple[Instrument, ...]]]:
    """The instruments of each family in order of their first day in force, with those days."""
    members: dict[str, list[Instrument]] = {}
    for i in sorted(instruments.values(), key=lambda i: i.in_force_from or _dt.date.min):
        if i.family is not None:
            members.setdefault(i.family, []).append(i)
    return {
        family: (tuple(i.in_force_from or _dt.date.min for i in items), tuple(items))
        for family, items in members.items()
    }


# Built whole at import (as every table of the law) and never changed.
_FAMILIES = _families(INSTRUMENTS)


def instrument_on(family: str, day: _dt.date) -> Instrument:
    """The instrument of ``family`` (``"SDL"`` or ``"BEK"``) in force on ``day``.

    Raises:
        InvalidTypeError: ``family`` is not a string, or ``day`` not a ``date``.
        RuleNotInForceError: no instrument of that family is in force on ``day``.
    """
    check_name("family", family)
    check_date("day", day)
    return _instrument_on(family, day)


def _instrument_on(family: str, day: _dt.date) -> Instrument:
    starts, members = _FAMILIES.get(family, ((), ()))
    k = bisect_right(starts, day) - 1
    if k < 0:
        raise RuleNotInForceError(family, day, f"no {family} instrument is in force on {day.isoformat()}")
    return members[k]


def provision(name: str, on: _dt.date) -> Citation:
    """The citation of provision ``name`` for an event on ``on``: the version of the
    provision then in force, in the instrument then in force.

    Raises:
        InvalidTypeError: ``name`` is not a string, or ``on`` not a ``date``.
        RuleNotInForceError: the provision is unknown or not in force on ``on``.
    """
    k = index_in_force(PROVISIONS, name, on)
    version = PROVISIONS[name][k]
    key = _instrument_on(version.family, on).key if version.family is not None else version.instrument
    return _citation(name, k, key or "")


def provision_changes(name: str) -> set[_dt.date]:
    """The days on which the citation of provision ``name`` can change: the first day of
    each of its versions, of the day after each version ends, and of each instrument of
    the families it is cited in.

    Raises:
        InvalidTypeError: ``name`` is not a string.
        InvalidValueError: ``name`` is not a provision of :data:`PROVISIONS`.
    """
    versions = PROVISIONS.get(check_name("name", name))
    if versions is None:
        raise InvalidValueError("name", name, "is not a provision of PROVISIONS")
    days: set[_dt.date] = set()
    for v in versions:
        days.add(v.valid_from)
        if v.valid_to is not None:
            days.add(v.valid_to + _dt.timedelta(days=1))
        if v.family is not None:
            days.update(_FAMILIES[v.family][0])
    return days


@cache  # bounded: provisions x versions x instruments, a few hundred
def _citation(name: str, version: int, instrument: str) -> Citation:
    v = PROVISIONS[name][version]
    return Citation(INSTRUMENTS[instrument], v.section, v.stk, v.nr, v.pkt, v.name)
