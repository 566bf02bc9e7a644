"""Citations resolved by date (``specification.md#citations``).

Clean-room: written from the oracle kit only. A provision is cited in the version whose period holds
the event's day, in the instrument of its family in force on that day, or in the fixed instrument named.
"""

from datetime import date

from tests.cleanroom.catalogue_data import INSTRUMENTS, PROVISIONS, REASONS
from tests.cleanroom.catalogue_types import Instrument, ProvisionVersion

Citation = dict[str, object]

_BY_KEY: dict[str, Instrument] = {i.key: i for i in INSTRUMENTS}


class CitationError(LookupError):
    """A provision has no version, or its family no instrument, for the event's day."""


def _within(day: date, start: str | None, end: str | None) -> bool:
    """Whether ``day`` lies in the inclusive period (``None`` = unbounded)."""
    iso = day.isoformat()
    return (start is None or start <= iso) and (end is None or iso <= end)


def instrument_in_force(family: str, day: date) -> Instrument:
    """The instrument of ``family`` (``SDL`` or ``BEK``) cited for events on ``day``."""
    for instrument in INSTRUMENTS:
        if instrument.family == family and _within(day, instrument.in_force_from, instrument.in_force_to):
            return instrument
    raise CitationError(f"no {family} instrument in force on {day}")


def _version(provision: str, day: date | None) -> ProvisionVersion:
    """The version of ``provision`` for an event on ``day`` (``None``: an undated, fixed provision)."""
    versions = PROVISIONS[provision]
    if day is None:
        return versions[0]
    for version in versions:
        if _within(day, version.valid_from, version.valid_to):
            return version
    raise CitationError(f"{provision} has no version on {day}")


def _pinpoint(version: ProvisionVersion) -> str:
    """``§ 4, stk. 1, nr. 1`` and the like; empty when the version has no section."""
    if version.section is None:
        return ""
    parts = [f"§ {version.section}"]
    if version.stk is not None:
        parts.append(f"stk. {version.stk}")
    if version.nr is not None:
        parts.append(f"nr. {version.nr}")
    if version.pkt is not None:
        parts.append(f"{version.pkt}. pkt.")
    return ", ".join(parts)


def _text(version: ProvisionVersion, instrument: Instrument) -> str:
    """The citation in Danish form (informative)."""
    if version.name is not None:
        return f"{instrument.short}: {version.name}"
    pinpoint = _pinpoint(version)
    if not pinpoint:
        return instrument.short
    separator = ", i " if version.stk is not None or version.nr is not None else " i "
    return f"{pinpoint}{separator}{instrument.short}"


def cite(provision: str, day: date | None) -> Citation:
    """The full citation object of ``provision`` for an event on ``day``."""
    version = _version(provision, day)
    if version.instrument is not None:
        instrument = _BY_KEY[version.instrument]
    else:
        if version.family is None or day is None:
            raise CitationError(f"{provision} needs an event day")
        instrument = instrument_in_force(version.family, day)
    return {
        "instrument": instrument.key,
        "kind": instrument.kind,
        "number": instrument.number,
        "date": instrument.date,
        "section": version.section,
        "stk": version.stk,
        "nr": version.nr,
        "pkt": version.pkt,
        "name": version.name,
        "url": instrument.url,
        "in_force_from": instrument.in_force_from,
        "in_force_to": instrument.in_force_to,
        "text": _text(version, instrument),
    }


def is_law(citation: Citation | None) -> bool:
    """Whether a citation rests on law (an act or an order), not on guidance or an interpretation."""
    return citation is not None and citation["kind"] in ("law", "order")


def reason_event(code: str) -> str:
    """The event that dates ``code``'s citations (``none``, ``deadline``, ``request``, ...)."""
    return REASONS[code].event


def reason_provisions(code: str) -> tuple[str, ...]:
    """The provisions ``code`` cites, in order."""
    return REASONS[code].provisions


def reason_text(code: str) -> str:
    """The English text of ``code``."""
    return REASONS[code].en
