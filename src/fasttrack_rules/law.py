"""The law as data: instruments, provisions by date, citations and rule parameters.

A citation is chosen by the date of the event that starts the period it governs (the
request, the letter, the return of the form, the first day of absence): the provision
is looked up in :data:`PROVISIONS`, which holds every version of it with the days it was
in force, and the instrument is the one in force on that day (see the specification,
``docs/specification.md#citations``). Every number the rules use (5 weeks, 8 weeks,
2 weeks, 2 bank days, 8 days, the 6th-8th bank day) lives in :data:`PARAMETERS` once,
with the provision that sets it.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from functools import cache, lru_cache
from typing import Literal

import attrs

from fasttrack_rules._validate import check_date
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError, RuleNotInForceError

__all__ = [
    "BEK_2024_START",
    "FAST_TRACK_START",
    "INSTRUMENTS",
    "PARAMETERS",
    "PROVISIONS",
    "RULESET_VERSION",
    "Citation",
    "Instrument",
    "Parameter",
    "ProvisionVersion",
    "instrument_on",
    "parameter",
    "provision",
    "provision_changes",
]

#: Version of the rule set (the legal content), independent of the package version.
#: It changes whenever a rule, parameter, citation, reason code or interpretation changes.
RULESET_VERSION = "2026.1"

InstrumentKind = Literal["law", "order", "guidance", "interpretation"]
_D = _dt.date

#: Fast track exists for requests made on or after this day (BEK nr. 1421/2014 § 18).
FAST_TRACK_START = _D(2015, 1, 5)
#: BEK nr. 1710/2024 (and its doctor and consent-form rules) is in force from this day.
BEK_2024_START = _D(2025, 1, 1)

_MONTHS = (
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
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


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

    def to_json(self) -> dict[str, object]:
        """The instrument as a JSON-compatible dict."""
        return {
            "key": self.key,
            "kind": self.kind,
            "title": self.title,
            "number": self.number,
            "date": None if self.date is None else self.date.isoformat(),
            "url": self.url,
            "in_force_from": None if self.in_force_from is None else self.in_force_from.isoformat(),
            "in_force_to": None if self.in_force_to is None else self.in_force_to.isoformat(),
        }


def _eli(year: int, number: int) -> str:
    return f"https://www.retsinformation.dk/eli/lta/{year}/{number}"


def _in_series(
    family: Literal["BEK", "SDL"], number: int, signed: _dt.date, start: _dt.date, end: _dt.date | None
) -> Instrument:
    """One instrument of a series that succeed one another: the orders on follow-up
    (``BEK``) or the consolidated texts of the Act (``SDL``)."""
    when = f"nr. {number} af {_danish_date(signed)}"
    kind: InstrumentKind
    if family == "BEK":
        key, kind = f"BEK-{number}-{signed.year}", "order"
        title, short = f"Bekendtgørelse {when} om opfølgning i sygedagpengesager", f"bekendtgørelse {when}"
    else:
        key, kind = f"LBK-{number}-{signed.year}", "law"
        title = f"Lov om sygedagpenge, jf. lovbekendtgørelse {when}"
        short = f"lov om sygedagpenge (lovbekendtgørelse {when})"
    return Instrument(
        key=key,
        kind=kind,
        title=title,
        short=short,
        number=number,
        date=signed,
        url=_eli(signed.year, number),
        in_force_from=start,
        in_force_to=end,
        family=family,
    )


def _day_before(day: _dt.date) -> _dt.date:
    return day - _dt.timedelta(days=1)


# The orders on follow-up in sickness-benefit cases, each in force until the next one
# (each repealed its predecessor on its own first day).
_ORDERS = (
    (1421, _D(2014, 12, 16), FAST_TRACK_START),
    (880, _D(2017, 6, 28), _D(2017, 7, 1)),
    (790, _D(2018, 6, 14), _D(2018, 7, 1)),
    (1175, _D(2019, 11, 25), _D(2020, 1, 1)),
    (473, _D(2021, 3, 20), _D(2021, 3, 23)),
    (1710, _D(2024, 12, 30), BEK_2024_START),
)
#: The first day of absence from which the first follow-up of the Act could be read and
#: verified (lovbekendtgørelse nr. 85 af 7. februar 2011); before it the week-8 rule is
#: applied as the interpretation ``ordinary_rule_before_2011``.
VERIFIED_ACT_START = _D(2011, 2, 7)
# The consolidated texts of the Sickness Benefit Act, each cited from its own date until
# the next consolidation (interpretation ``consolidation_by_date``). From 5 January 2015
# until the first consolidation after it, the Act is cited as amended by lov nr. 720/2014.
_CONSOLIDATIONS_BEFORE_2015 = (
    (85, _D(2011, 2, 7)),
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
    family: Literal["BEK", "SDL"], rows: tuple[tuple[int, _dt.date, _dt.date], ...], last: _dt.date | None
) -> list[Instrument]:
    """Instruments (number, date, first day in force) that each stay in force until the
    day before the next one's first day; the last until ``last`` (None: open-ended)."""
    ends = [_day_before(start) for _, _, start in rows[1:]] + [last]
    return [
        _in_series(family, n, signed, start, end) for (n, signed, start), end in zip(rows, ends, strict=True)
    ]


def _build_instruments() -> dict[str, Instrument]:
    items = _succession("BEK", _ORDERS, None)
    # A consolidation is the current text from its own date.
    items += _succession(
        "SDL", tuple((n, d, d) for n, d in _CONSOLIDATIONS_BEFORE_2015), _day_before(FAST_TRACK_START)
    )
    items.append(
        Instrument(
            key="LOV-720-2014",
            kind="law",
            title="Lov nr. 720 af 25. juni 2014 om ændring af lov om sygedagpenge m.fl.",
            short="lov om sygedagpenge som ændret ved lov nr. 720 af 25. juni 2014",
            number=720,
            date=_D(2014, 6, 25),
            url=_eli(2014, 720),
            in_force_from=FAST_TRACK_START,
            in_force_to=_day_before(_CONSOLIDATIONS[0][1]),
            family="SDL",
        )
    )
    items += _succession("SDL", tuple((n, d, d) for n, d in _CONSOLIDATIONS), None)
    items += [
        Instrument(
            key="BEK-270-2023",
            kind="order",
            title="Bekendtgørelse nr. 270 af 7. marts 2023 om afskaffelse af store bededag som helligdag",
            short="bekendtgørelse nr. 270 af 7. marts 2023",
            number=270,
            date=_D(2023, 3, 7),
            url=_eli(2023, 270),
        ),
        Instrument(
            key="LOV-214-2023",
            kind="law",
            title=(
                "Lov nr. 214 af 6. marts 2023 om konsekvenser ved afskaffelse af store bededag som helligdag"
            ),
            short="lov nr. 214 af 6. marts 2023",
            number=214,
            date=_D(2023, 3, 6),
            url=_eli(2023, 214),
        ),
        Instrument(
            key="GUIDE-CABI",
            kind="guidance",
            title="Cabi: Fast track - anmodning om tidlig opfølgning i sygedagpengesager",
            short="Cabi, Fast track (vejledning)",
            number=None,
            date=None,
            url="https://www.cabiweb.dk/lovstof/fast-track-anmodning-om-tidlig-opfoelgning-i-sygedagpengesager/",
        ),
        Instrument(
            key="JM-VEJL-9533-2018",
            kind="guidance",
            title="Justitsministeriets vejledning nr. 9533 af 26. juni 2018 om beregning af klagefrister",
            short="Justitsministeriets vejledning nr. 9533 af 26. juni 2018",
            number=9533,
            date=_D(2018, 6, 26),
            url="https://www.retsinformation.dk/eli/retsinfo/2018/9533",
        ),
        Instrument(
            key="INTERPRETATION",
            kind="interpretation",
            title="fasttrack_rules: navngivne fortolkninger",
            short="fasttrack_rules-fortolkning",
            number=None,
            date=None,
            url="specification.md#interpretations",
        ),
    ]
    return {i.key: i for i in items}


#: Every instrument the library cites, by key.
INSTRUMENTS: dict[str, Instrument] = _build_instruments()


def _check_name(field: str, value: object) -> str:
    if type(value) is not str:
        raise InvalidTypeError(field, value, f"expected a string, got {type(value).__name__}")
    return value


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


# Built whole at import (as every table of this module) and never changed.
_FAMILIES = _families(INSTRUMENTS)


def instrument_on(family: str, day: _dt.date) -> Instrument:
    """The instrument of ``family`` (``"SDL"`` or ``"BEK"``) in force on ``day``.

    Raises:
        InvalidTypeError: ``family`` is not a string, or ``day`` not a ``date``.
        RuleNotInForceError: no instrument of that family is in force on ``day``.
    """
    _check_name("family", family)
    check_date("day", day)
    return _instrument_on(family, day)


def _instrument_on(family: str, day: _dt.date) -> Instrument:
    starts, members = _FAMILIES.get(family, ((), ()))
    k = bisect_right(starts, day) - 1
    if k < 0:
        raise RuleNotInForceError(family, day, f"no {family} instrument is in force on {day.isoformat()}")
    return members[k]


def _is_instrument(_: object, attribute: attrs.Attribute[Instrument], value: object) -> None:
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

    def _format(self) -> str:
        parts = []
        if self.section is not None:
            parts.append(f"§ {self.section}")
        if self.stk is not None:
            parts.append(f"stk. {self.stk}")
        if self.nr is not None:
            parts.append(f"nr. {self.nr}")
        if self.pkt is not None:
            parts.append(f"{self.pkt}. pkt.")
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

    def to_json(self) -> dict[str, object]:
        """The citation as a JSON-compatible dict (part of the output protocol); a fresh
        dict each time, so that a caller may change it."""
        return dict(_citation_json(self))

    def _json(self) -> dict[str, object]:
        i = self.instrument
        return {
            "instrument": i.key,
            "kind": i.kind,
            "number": i.number,
            "date": None if i.date is None else i.date.isoformat(),
            "section": self.section,
            "stk": self.stk,
            "nr": self.nr,
            "pkt": self.pkt,
            "name": self.name,
            "url": i.url,
            "in_force_from": None if i.in_force_from is None else i.in_force_from.isoformat(),
            "in_force_to": None if i.in_force_to is None else i.in_force_to.isoformat(),
            "text": self._text,
        }


@attrs.frozen
class ProvisionVersion:
    """One version of a provision: where it sits in the instruments of ``family`` (or in
    the fixed instrument ``instrument``) for events from ``valid_from`` to ``valid_to``
    (inclusive; None: open-ended)."""

    valid_from: _dt.date
    valid_to: _dt.date | None
    section: str | None = None
    stk: int | None = None
    nr: int | None = None
    pkt: int | None = None
    family: str | None = None
    instrument: str | None = None
    name: str | None = None

    def in_force_on(self, day: _dt.date) -> bool:
        """Whether this version governs an event on ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
        """
        check_date("day", day)
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


_MIN = _dt.date.min
_V = ProvisionVersion
_BEK_2014_END = _day_before(BEK_2024_START)


def _sdl(section: str, stk: int | None = None, nr: int | None = None) -> tuple[ProvisionVersion, ...]:
    return (_V(FAST_TRACK_START, None, section, stk, nr, family="SDL"),)


def _bek(section: str, stk: int | None = None, nr: int | None = None) -> tuple[ProvisionVersion, ...]:
    return (_V(FAST_TRACK_START, None, section, stk, nr, family="BEK"),)


def _guide(step: str) -> tuple[ProvisionVersion, ...]:
    return (_V(_MIN, None, instrument="GUIDE-CABI", name=step),)


def _interp(name: str) -> tuple[ProvisionVersion, ...]:
    return (_V(_MIN, None, instrument="INTERPRETATION", name=name),)


# Before the first verified text of the Act, the follow-up rules are cited as the
# interpretation that applies them (specification: before 2015).
_UNVERIFIED_BEFORE_2011 = _V(
    _MIN, _day_before(VERIFIED_ACT_START), instrument="INTERPRETATION", name="ordinary_rule_before_2011"
)


#: Every provision the rules cite, by name, with its versions by date. A provision
#: whose number changed between instruments has one version per numbering.
PROVISIONS: dict[str, tuple[ProvisionVersion, ...]] = {
    # Lov om sygedagpenge (Fast track: lov nr. 720/2014, in force 5 January 2015).
    "employer_request": _sdl("7 c", 1),
    "employee_refusal": _sdl("7 d", 2),
    "sick_person_request": _sdl("7 e"),
    "follow_up_ends_on_recovery": (
        _UNVERIFIED_BEFORE_2011,
        _V(VERIFIED_ACT_START, None, "8", 1, family="SDL"),
    ),
    # Before 2015: § 13, stk. 2 (visitation categories 1 and 3) and stk. 3 (category 2),
    # the same deadline; cited as § 13 since the category is not an input.
    "ordinary_first_meeting": (
        _UNVERIFIED_BEFORE_2011,
        _V(VERIFIED_ACT_START, _day_before(FAST_TRACK_START), "13", family="SDL"),
        _V(FAST_TRACK_START, None, "13 b", 1, family="SDL"),
    ),
    "fast_track_meeting": _sdl("13 b", 2),
    "refusal_meeting": _sdl("13 b", 3),
    "standby": (
        _UNVERIFIED_BEFORE_2011,
        _V(VERIFIED_ACT_START, _day_before(FAST_TRACK_START), "13", 6, family="SDL"),
        _V(FAST_TRACK_START, None, "13 b", 5, family="SDL"),
    ),
    # The orders on follow-up (BEK nr. 1421/2014 to nr. 1710/2024).
    "bank_day_definition": _bek("2", None, 1),
    "three_questions": _bek("3", 1),
    "employee_form": _bek("3", 2),
    "consent_form_deadline": (
        _V(FAST_TRACK_START, _BEK_2014_END, "4", 1, 1, family="BEK"),
        _V(BEK_2024_START, None, "4", 1, family="BEK"),
    ),
    "late_form_discretion": _bek("4", 2),
    "doctor_employer_route": (
        _V(FAST_TRACK_START, _BEK_2014_END, "4", 1, 2, family="BEK"),
        _V(BEK_2024_START, None, "5", 2, family="BEK"),
    ),
    "requester_answers": _bek("7"),
    "doctor_sick_person_route": _bek("9"),
    "fast_track_start": (_V(_MIN, None, "18", instrument="BEK-1421-2014"),),
    "fast_track_reform": (_V(_MIN, None, instrument="LOV-720-2014"),),
    "store_bededag_abolished": (_V(_MIN, None, "1", instrument="BEK-270-2023"),),
    # Guidance: the process description of Fast track.
    "guide_request_window": _guide("trin 1, anmodning inden for 5 uger"),
    "guide_doctor": _guide("trin 3, konsultation hos egen læge"),
    "guide_plan": _guide("trin 4, plan for tilbagevenden til arbejdet"),
    "guide_questions": _guide("de tre spørgsmål"),
    "guide_jobcenter_initiative": _guide("jobcentrets eget initiativ"),
    # The library's named interpretations.
    **{
        f"interpretation:{name}": _interp(name)
        for name in (
            "roll",
            "late_request",
            "sick_person_window",
            "employer_window",
            "doctor_rule_transition",
            "municipal_calendar",
            "bank_days_before_2015",
            "consolidation_by_date",
            "policy_target_weeks",
            "ordinary_rule_before_2011",
        )
    },
}


def provision(name: str, on: _dt.date) -> Citation:
    """The citation of provision ``name`` for an event on ``on``: the version of the
    provision then in force, in the instrument then in force.

    Raises:
        InvalidTypeError: ``name`` is not a string, or ``on`` not a ``date``.
        RuleNotInForceError: the provision is unknown or not in force on ``on``.
    """
    if type(name) is not str:
        _check_name("name", name)
    if type(on) is not _D:
        check_date("on", on)
    for k, v in enumerate(PROVISIONS.get(name, ())):
        if v.valid_from <= on and (v.valid_to is None or on <= v.valid_to):
            key = _instrument_on(v.family, on).key if v.family is not None else v.instrument
            return _citation(name, k, key or "")
    raise RuleNotInForceError(name, on, f"no version of {name!r} is in force on {on.isoformat()}")


def provision_changes(name: str) -> set[_dt.date]:
    """The days on which the citation of provision ``name`` can change: the first day of
    each of its versions, of the day after each version ends, and of each instrument of
    the families it is cited in.

    Raises:
        InvalidTypeError: ``name`` is not a string.
        InvalidValueError: ``name`` is not a provision of :data:`PROVISIONS`.
    """
    versions = PROVISIONS.get(_check_name("name", name))
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


@lru_cache(maxsize=1024)  # citations are few (provisions x versions x instruments)
def _citation_json(citation: Citation) -> dict[str, object]:
    return citation._json()


Unit = Literal["days", "weeks", "bank_days"]


@attrs.frozen
class Parameter:
    """One dated value of a rule: its name, value, unit, validity window (both ends
    inclusive, ``valid_to=None`` meaning open-ended) and the provision that sets it."""

    name: str
    value: int
    unit: Unit
    valid_from: _dt.date
    valid_to: _dt.date | None
    provision: str

    def in_force_on(self, day: _dt.date) -> bool:
        """Whether this value applies to a period whose start event falls on ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
        """
        check_date("day", day)
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def citation(self, on: _dt.date) -> Citation:
        """The provision that sets this value, as in force on ``on``.

        Raises:
            InvalidTypeError: ``on`` is not a ``date``.
            RuleNotInForceError: the provision is not in force on ``on``.
        """
        return provision(self.provision, on)


_P = Parameter
#: Every rule parameter, with its validity window and the provision that sets it.
PARAMETERS: tuple[Parameter, ...] = (
    _P("request_window_weeks", 5, "weeks", FAST_TRACK_START, None, "employer_request"),
    _P("recovery_condition_weeks", 8, "weeks", FAST_TRACK_START, None, "employer_request"),
    _P("fast_track_meeting_weeks", 2, "weeks", FAST_TRACK_START, None, "fast_track_meeting"),
    _P("ordinary_meeting_week", 8, "weeks", FAST_TRACK_START, None, "ordinary_first_meeting"),
    _P("consent_form_bank_days", 2, "bank_days", FAST_TRACK_START, None, "consent_form_deadline"),
    _P("doctor_days_after_form", 8, "days", BEK_2024_START, None, "doctor_employer_route"),
    _P(
        "doctor_earliest_bank_day_after_letter",
        6,
        "bank_days",
        FAST_TRACK_START,
        _BEK_2014_END,
        "doctor_employer_route",
    ),
    _P(
        "doctor_latest_bank_day_after_letter",
        8,
        "bank_days",
        FAST_TRACK_START,
        _BEK_2014_END,
        "doctor_employer_route",
    ),
    _P("doctor_days_after_request", 8, "days", FAST_TRACK_START, None, "doctor_sick_person_route"),
)


def _by_name(parameters: tuple[Parameter, ...]) -> dict[str, tuple[Parameter, ...]]:
    """The versions of each parameter, in the order of :data:`PARAMETERS`."""
    versions: dict[str, list[Parameter]] = {}
    for p in parameters:
        versions.setdefault(p.name, []).append(p)
    return {name: tuple(items) for name, items in versions.items()}


_BY_NAME = _by_name(PARAMETERS)


def parameter(name: str, on: _dt.date) -> Parameter:
    """The version of parameter ``name`` in force for a period starting on ``on``.

    Raises:
        InvalidTypeError: ``name`` is not a string, or ``on`` not a ``date``.
        RuleNotInForceError: no version of the rule applies on that day (or no such rule).
    """
    if type(name) is not str:
        _check_name("name", name)
    if type(on) is not _D:
        check_date("on", on)
    for p in _BY_NAME.get(name, ()):
        if p.valid_from <= on and (p.valid_to is None or on <= p.valid_to):
            return p
    raise RuleNotInForceError(name, on, f"no version of {name!r} is in force on {on.isoformat()}")
