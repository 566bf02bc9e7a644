"""The instruments the library cites, by key (:data:`INSTRUMENTS`), and the days that
divide the law's history.

The orders on follow-up (family ``BEK``) and the texts of the Sickness Benefit Act
(family ``SDL``: its consolidations, and lov nr. 720/2014 between them) succeed one
another: each is the one cited from its first day until the day before the next one's.
The other instruments are cited whole or for one fixed section, on any day.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from fasttrack_rules.law.validity import day_before

__all__ = [
    "BEK_2014_END",
    "BEK_2024_START",
    "DANISH_MONTHS",
    "FAST_TRACK_START",
    "INSTRUMENTS",
    "VERIFIED_ACT_START",
    "Instrument",
    "InstrumentKind",
]

InstrumentKind = Literal["law", "order", "guidance", "interpretation"]
#: The instruments that succeed one another: the orders on follow-up, the Act's texts.
Series = Literal["BEK", "SDL"]
_D = _dt.date  # the tables read better with a short name

#: Fast track exists for requests made on or after this day (BEK nr. 1421/2014 § 18).
FAST_TRACK_START = _D(2015, 1, 5)
#: BEK nr. 1710/2024 (and its doctor and consent-form rules) is in force from this day.
BEK_2024_START = _D(2025, 1, 1)
#: The last day of the doctor and consent-form rules of BEK nr. 1421/2014 and its
#: successors (§ 4, stk. 1, nr. 1 and 2) before BEK nr. 1710/2024.
BEK_2014_END = day_before(BEK_2024_START)
#: The first day of absence from which the first follow-up of the Act could be read and
#: verified (lovbekendtgørelse nr. 85 af 7. februar 2011); before it the week-8 rule is
#: applied as the interpretation ``ordinary_rule_before_2011``.
VERIFIED_ACT_START = _D(2011, 2, 7)

#: The Danish months, as an instrument's date is written ("29. januar 2025").
DANISH_MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def _danish_date(day: _dt.date) -> str:
    return f"{day.day}. {DANISH_MONTHS[day.month - 1]} {day.year}"


@attrs.frozen
class Instrument:
    """A legal source: an act or its consolidation, an executive order, guidance, or
    this library's own named interpretation (never law: see ``kind``).

    Attributes:
        key: stable identifier (``"BEK-1710-2024"``, ``"LBK-1221-2025"``,
            ``"GUIDE-CABI"``, ``"INTERPRETATION"``).
        kind: ``law`` (acts and consolidated acts), ``order`` (bekendtgørelser),
            ``guidance`` or ``interpretation``.
        title: the Danish title.
        short: the Danish short form used in citation texts.
        number, date: the instrument's number and date (None for guidance without one).
        url: the retsinformation ELI address (or the guidance's address).
        in_force_from, in_force_to: the days on which this instrument is the one cited
            (both inclusive; ``None``: open-ended).
        family: instruments that succeed one another (``"SDL"``, ``"BEK"``) share one.
    """

    key: str
    kind: InstrumentKind
    title: str
    short: str
    number: int | None
    date: _dt.date | None
    url: str
    in_force_from: _dt.date | None = None
    in_force_to: _dt.date | None = None
    family: str | None = None

    @property
    def is_law(self) -> bool:
        """True for acts and executive orders; False for guidance and interpretations."""
        return self.kind in ("law", "order")


def _numbered(
    kind: InstrumentKind,
    prefix: str,
    number: int,
    signed: _dt.date,
    title: str,
    short: str,
    *,
    in_force: tuple[_dt.date | None, _dt.date | None] = (None, None),
    family: Series | None = None,
    url: str | None = None,
) -> Instrument:
    """An instrument with a number and a date: key ``<prefix>-<number>-<year>``, its
    retsinformation ELI address unless ``url`` is given; ``{when}`` in ``title`` and
    ``short`` stands for ``nr. <number> af <the date in Danish>``."""
    when = f"nr. {number} af {_danish_date(signed)}"
    return Instrument(
        key=f"{prefix}-{number}-{signed.year}",
        kind=kind,
        title=title.format(when=when),
        short=short.format(when=when),
        number=number,
        date=signed,
        url=url or f"https://www.retsinformation.dk/eli/lta/{signed.year}/{number}",
        in_force_from=in_force[0],
        in_force_to=in_force[1],
        family=family,
    )


# How the members of each series are named: kind, key prefix, title, short form.
_SERIES_NAMES: dict[Series, tuple[InstrumentKind, str, str, str]] = {
    "BEK": (
        "order",
        "BEK",
        "Bekendtgørelse {when} om opfølgning i sygedagpengesager",
        "bekendtgørelse {when}",
    ),
    "SDL": (
        "law",
        "LBK",
        "Lov om sygedagpenge, jf. lovbekendtgørelse {when}",
        "lov om sygedagpenge (lovbekendtgørelse {when})",
    ),
}

# The orders on follow-up (number, date, first day in force), each in force until the
# next (each repealed its predecessor on its own first day).
_ORDERS = (
    (1421, _D(2014, 12, 16), FAST_TRACK_START),
    (880, _D(2017, 6, 28), _D(2017, 7, 1)),
    (790, _D(2018, 6, 14), _D(2018, 7, 1)),
    (1175, _D(2019, 11, 25), _D(2020, 1, 1)),
    (473, _D(2021, 3, 20), _D(2021, 3, 23)),
    (1710, _D(2024, 12, 30), BEK_2024_START),
)
# The consolidated texts of the Sickness Benefit Act (number, date), each cited from its
# own date until the next consolidation (interpretation ``consolidation_by_date``). From
# 5 January 2015 until the first consolidation after it, the Act is cited as amended by
# lov nr. 720/2014.
_CONSOLIDATIONS_BEFORE_2015 = (
    (85, VERIFIED_ACT_START),
    (920, _D(2011, 8, 22)),
    (1152, _D(2011, 12, 12)),
    (653, _D(2012, 6, 26)),
    (871, _D(2013, 6, 28)),
    (487, _D(2014, 5, 6)),
    (833, _D(2014, 6, 27)),
)
_CONSOLIDATIONS = (
    (43, _D(2015, 1, 23)),
    (938, _D(2015, 8, 12)),
    (48, _D(2016, 1, 13)),
    (1032, _D(2016, 6, 23)),
    (826, _D(2017, 6, 23)),
    (38, _D(2018, 1, 19)),
    (809, _D(2018, 6, 20)),
    (68, _D(2019, 1, 25)),
    (107, _D(2020, 2, 2)),
    (223, _D(2021, 2, 12)),
    (1712, _D(2021, 8, 20)),
    (1263, _D(2022, 9, 2)),
    (1179, _D(2023, 9, 21)),
    (994, _D(2024, 8, 22)),
    (97, _D(2025, 1, 29)),
    (1221, _D(2025, 10, 9)),
)


def _succession(
    family: Series, rows: tuple[tuple[int, _dt.date, _dt.date], ...], last: _dt.date | None
) -> list[Instrument]:
    """Instruments (number, date, first day in force) that each stay in force until the
    day before the next one's first day; the last until ``last`` (None: open-ended)."""
    kind, prefix, title, short = _SERIES_NAMES[family]
    ends = [day_before(start) for _, _, start in rows[1:]] + [last]
    return [
        _numbered(kind, prefix, number, signed, title, short, in_force=(start, end), family=family)
        for (number, signed, start), end in zip(rows, ends, strict=True)
    ]


def _from_own_date(rows: tuple[tuple[int, _dt.date], ...]) -> tuple[tuple[int, _dt.date, _dt.date], ...]:
    """Consolidations (number, date): each is the current text from its own date."""
    return tuple((number, signed, signed) for number, signed in rows)


def _orders() -> list[Instrument]:
    """The orders on follow-up, in force from Fast track's first day."""
    return _succession("BEK", _ORDERS, None)


def _texts_of_the_act() -> list[Instrument]:
    """The texts of the Act in order: the consolidations before Fast track, the act that
    made Fast track (until the first consolidation after it), the consolidations since."""
    amending_act = _numbered(
        "law",
        "LOV",
        720,
        _D(2014, 6, 25),
        "Lov {when} om ændring af lov om sygedagpenge m.fl.",
        "lov om sygedagpenge som ændret ved lov {when}",
        in_force=(FAST_TRACK_START, day_before(_CONSOLIDATIONS[0][1])),
        family="SDL",
    )
    before = _succession("SDL", _from_own_date(_CONSOLIDATIONS_BEFORE_2015), day_before(FAST_TRACK_START))
    return [*before, amending_act, *_succession("SDL", _from_own_date(_CONSOLIDATIONS), None)]


def _standalone() -> list[Instrument]:
    """The instruments cited whole or for one fixed section, on any day."""
    return [
        _numbered(
            "order",
            "BEK",
            270,
            _D(2023, 3, 7),
            "Bekendtgørelse {when} om afskaffelse af store bededag som helligdag",
            "bekendtgørelse {when}",
        ),
        _numbered(
            "law",
            "LOV",
            214,
            _D(2023, 3, 6),
            "Lov {when} om konsekvenser ved afskaffelse af store bededag som helligdag",
            "lov {when}",
        ),
        Instrument(
            "GUIDE-CABI",
            "guidance",
            "Cabi: Fast track - anmodning om tidlig opfølgning i sygedagpengesager",
            "Cabi, Fast track (vejledning)",
            None,
            None,
            "https://www.cabiweb.dk/lovstof/fast-track-anmodning-om-tidlig-opfoelgning-i-sygedagpengesager/",
        ),
        _numbered(
            "guidance",
            "JM-VEJL",
            9533,
            _D(2018, 6, 26),
            "Justitsministeriets vejledning {when} om beregning af klagefrister",
            "Justitsministeriets vejledning {when}",
            url="https://www.retsinformation.dk/eli/retsinfo/2018/9533",
        ),
        Instrument(
            "INTERPRETATION",
            "interpretation",
            "fasttrack_rules: navngivne fortolkninger",
            "fasttrack_rules-fortolkning",
            None,
            None,
            "specification.md#interpretations",
        ),
    ]


#: Every instrument the library cites, by key (built whole at import, never changed).
INSTRUMENTS: dict[str, Instrument] = {i.key: i for i in (*_orders(), *_texts_of_the_act(), *_standalone())}
