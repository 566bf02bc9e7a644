"""Record types for the reason catalogue (clean-room: written from the oracle kit only)."""

from typing import NamedTuple


class Instrument(NamedTuple):
    """One cited instrument: an act, an order, guidance or the library's interpretations."""

    key: str
    kind: str
    family: str | None
    number: int | None
    date: str | None
    in_force_from: str | None
    in_force_to: str | None
    url: str
    short: str


class ProvisionVersion(NamedTuple):
    """A provision's pinpoint for events from ``valid_from`` to ``valid_to`` (inclusive, ``None`` = open)."""

    valid_from: str | None
    valid_to: str | None
    family: str | None
    instrument: str | None
    section: str | None
    stk: int | None
    nr: int | None
    pkt: int | None
    name: str | None


class ReasonEntry(NamedTuple):
    """A reason code's dating event, cited provisions and English text."""

    event: str
    provisions: tuple[str, ...]
    en: str
