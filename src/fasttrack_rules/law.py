"""The law as data: acts and orders, citations, and dated rule parameters.

Every number the rules use (5 weeks, 8 weeks, 2 weeks, 2 bank days, 8 days, the 6th-8th
bank day) lives here once, with the provision that sets it and the days it is valid
for. A parameter is looked up by the date of the event that starts its period
(RULES.md §6: "each deadline uses the rule version in force on the day of its start
event").
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from fasttrack_rules.errors import RuleNotInForceError

__all__ = [
    "ACTS",
    "BEK_2024_START",
    "FAST_TRACK_START",
    "PARAMETERS",
    "RULESET_VERSION",
    "Act",
    "Citation",
    "Parameter",
    "cite",
    "parameter",
]

#: Version of the rule set (the legal content), independent of the package version.
#: It changes whenever a rule, parameter, reason code or interpretation changes meaning.
RULESET_VERSION = "2025.1"

ActKind = Literal["law", "order", "guidance", "interpretation"]


@attrs.frozen
class Act:
    """A legal source: an act, an executive order, guidance, or this library's own
    documented interpretation (never to be confused with law: see ``kind``)."""

    key: str
    title: str
    kind: ActKind
    url: str


#: The sources, cited exactly as ../RULES.md names them.
ACTS: dict[str, Act] = {
    a.key: a
    for a in (
        Act(
            "SDL",
            "Lov om sygedagpenge, LBK nr. 1221 af 9. oktober 2025",
            "law",
            "https://www.retsinformation.dk/eli/lta/2025/1221",
        ),
        Act(
            "BEK 2024",
            "Bekendtgørelse nr. 1710 af 30. december 2024 om opfølgning i sygedagpengesager",
            "order",
            "https://www.retsinformation.dk/eli/lta/2024/1710",
        ),
        Act(
            "BEK 2014",
            "Bekendtgørelse nr. 1421 af 16. december 2014 om opfølgning i sygedagpengesager",
            "order",
            "https://www.retsinformation.dk/eli/lta/2014/1421",
        ),
        Act(
            "L 720/2014",
            "Lov nr. 720 af 25. juni 2014 (sygedagpengereformen)",
            "law",
            "https://www.retsinformation.dk/eli/lta/2014/720",
        ),
        Act(
            "Lov 214/2023",
            "Lov nr. 214 af 6. marts 2023 om afskaffelse af store bededag som helligdag",
            "law",
            "https://www.retsinformation.dk/eli/lta/2023/214",
        ),
        Act(
            "JM vejl. 9533/2018",
            "Justitsministeriets vejledning nr. 9533 af 26. juni 2018",
            "guidance",
            "https://www.retsinformation.dk/eli/retsinfo/2018/9533",
        ),
        Act(
            "Process guide",
            "Cabi: Fast track - anmodning om tidlig opfølgning i sygedagpengesager",
            "guidance",
            "https://www.cabiweb.dk/lovstof/fast-track-anmodning-om-tidlig-opfoelgning-i-sygedagpengesager/",
        ),
        Act(
            "Interpretation",
            "fasttrack_rules: documented interpretations (docs/interpretations.md)",
            "interpretation",
            "docs/interpretations.md",
        ),
    )
}


@attrs.frozen
class Citation:
    """A pinpoint reference: act or order, §, stk., nr., pkt.

    ``str(citation)`` gives the Danish short form, e.g. ``SDL § 13 b, stk. 2``.
    For guidance and interpretations ``section`` may name a step or an interpretation.
    """

    act: str = attrs.field(validator=attrs.validators.in_(ACTS))
    section: str | None = None
    stk: int | None = None
    nr: int | None = None
    pkt: int | None = None
    _text: str = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Formatted once: citations are immutable and their text is asked for often.
        parts = [self.act]
        if self.section is not None:
            parts.append(f" § {self.section}" if self.is_law else f", {self.section}")
        for label, value in (("stk.", self.stk), ("nr.", self.nr), ("pkt.", self.pkt)):
            if value is not None:
                parts.append(f", {label} {value}" if label != "pkt." else f", {value}. pkt.")
        object.__setattr__(self, "_text", "".join(parts))

    @property
    def source(self) -> Act:
        """The act or order this citation points into."""
        return ACTS[self.act]

    @property
    def url(self) -> str:
        """Address of the act or order (retsinformation.dk ELI where there is one)."""
        return ACTS[self.act].url

    @property
    def is_law(self) -> bool:
        """True for acts and executive orders; False for guidance and interpretations."""
        return ACTS[self.act].kind in ("law", "order")

    def __str__(self) -> str:
        return self._text

    def to_json(self) -> dict[str, object]:
        """The citation as a JSON-compatible dict (part of the output protocol)."""
        return {
            "act": self.act,
            "section": self.section,
            "stk": self.stk,
            "nr": self.nr,
            "pkt": self.pkt,
            "text": str(self),
            "kind": ACTS[self.act].kind,
            "url": self.url,
        }


def cite(
    act: str,
    section: str | None = None,
    stk: int | None = None,
    nr: int | None = None,
    pkt: int | None = None,
) -> Citation:
    """Shorthand for :class:`Citation` with positional arguments."""
    return Citation(act, section, stk, nr, pkt)


#: Fast track exists for requests made on or after this day (BEK 2014 § 18, L 720/2014).
FAST_TRACK_START = _dt.date(2015, 1, 5)
#: BEK 2024 (and its doctor and consent-form rules) is in force from this day.
BEK_2024_START = _dt.date(2025, 1, 1)
_BEK_2014_END = _dt.date(2024, 12, 31)

Unit = Literal["days", "weeks", "bank_days", "date"]


@attrs.frozen
class Parameter:
    """One dated value of a rule: its name, value, unit, validity window (both ends
    inclusive, ``valid_to=None`` meaning open-ended) and the provision that sets it."""

    name: str
    value: int
    unit: Unit
    valid_from: _dt.date
    valid_to: _dt.date | None
    citation: Citation

    def in_force_on(self, day: _dt.date) -> bool:
        """Whether this value applies to a period whose start event falls on ``day``."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


_P = Parameter
#: Every rule parameter, with its validity window and citation.
PARAMETERS: tuple[Parameter, ...] = (
    _P("request_window_weeks", 5, "weeks", FAST_TRACK_START, None, cite("SDL", "7 c", 1)),
    _P("recovery_condition_weeks", 8, "weeks", FAST_TRACK_START, None, cite("SDL", "7 c", 1)),
    _P("fast_track_meeting_weeks", 2, "weeks", FAST_TRACK_START, None, cite("SDL", "13 b", 2)),
    _P("ordinary_meeting_week", 8, "weeks", FAST_TRACK_START, None, cite("SDL", "13 b", 1)),
    _P("consent_form_bank_days", 2, "bank_days", BEK_2024_START, None, cite("BEK 2024", "4", 1)),
    # Before 2025: RULES.md gives no provision of BEK 2014 for the form deadline; the
    # library keeps the same 2 bank days (interpretation "consent_form_before_2025").
    _P(
        "consent_form_bank_days",
        2,
        "bank_days",
        FAST_TRACK_START,
        _BEK_2014_END,
        cite("Interpretation", "consent_form_before_2025"),
    ),
    _P("doctor_days_after_form", 8, "days", BEK_2024_START, None, cite("BEK 2024", "5", 2)),
    _P(
        "doctor_earliest_bank_day_after_letter",
        6,
        "bank_days",
        FAST_TRACK_START,
        _BEK_2014_END,
        cite("BEK 2014", "4", 1, 2),
    ),
    _P(
        "doctor_latest_bank_day_after_letter",
        8,
        "bank_days",
        FAST_TRACK_START,
        _BEK_2014_END,
        cite("BEK 2014", "4", 1, 2),
    ),
    _P("doctor_days_after_request", 8, "days", BEK_2024_START, None, cite("BEK 2024", "9")),
    _P("doctor_days_after_request", 8, "days", FAST_TRACK_START, _BEK_2014_END, cite("BEK 2014", "9")),
)

_BY_NAME: dict[str, tuple[Parameter, ...]] = {}
for _p in PARAMETERS:
    _BY_NAME[_p.name] = (*_BY_NAME.get(_p.name, ()), _p)


def parameter(name: str, on: _dt.date) -> Parameter:
    """The version of parameter ``name`` in force for a period starting on ``on``.

    Raises:
        RuleNotInForceError: no version of the rule applies on that day (or no such rule).
    """
    for p in _BY_NAME.get(name, ()):
        if p.in_force_on(on):
            return p
    raise RuleNotInForceError(name, on, f"no version of {name!r} is in force on {on.isoformat()}")
