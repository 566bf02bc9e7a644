"""Every provision the rules cite, by name, with its versions by date
(:data:`PROVISIONS`): where the provision sits, in the instruments of a family or in one
fixed instrument, for events in each window of days.
"""

# Annotations are evaluated when the class is made: see the note in ``instruments``.
import datetime as _dt

import attrs

from fasttrack_rules._validate import check_date
from fasttrack_rules.law.instruments import BEK_2014_END, BEK_2024_START, FAST_TRACK_START, VERIFIED_ACT_START
from fasttrack_rules.law.validity import day_before, holds_on

__all__ = ["PROVISIONS", "ProvisionVersion"]


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
        return holds_on(self, check_date("day", day))


_V = ProvisionVersion  # the table reads better with a short name
_ALWAYS = _dt.date.min  # the first day of a version that holds on every day


def _sdl(section: str, stk: int | None = None, nr: int | None = None) -> tuple[ProvisionVersion, ...]:
    """A provision of the Act, unchanged since Fast track's first day."""
    return (_V(FAST_TRACK_START, None, section, stk, nr, family="SDL"),)


def _bek(section: str, stk: int | None = None, nr: int | None = None) -> tuple[ProvisionVersion, ...]:
    """A provision of the orders on follow-up, unchanged since Fast track's first day."""
    return (_V(FAST_TRACK_START, None, section, stk, nr, family="BEK"),)


def _guide(step: str) -> tuple[ProvisionVersion, ...]:
    """A step of the guidance on Fast track."""
    return (_V(_ALWAYS, None, instrument="GUIDE-CABI", name=step),)


def _interpretation(name: str) -> tuple[ProvisionVersion, ...]:
    """One of the library's named interpretations."""
    return (_V(_ALWAYS, None, instrument="INTERPRETATION", name=name),)


# Before the first verified text of the Act, the follow-up rules are cited as the
# interpretation that applies them (specification: before 2015).
_UNVERIFIED_BEFORE_2011 = _V(
    _ALWAYS, day_before(VERIFIED_ACT_START), instrument="INTERPRETATION", name="ordinary_rule_before_2011"
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
        _V(VERIFIED_ACT_START, day_before(FAST_TRACK_START), "13", family="SDL"),
        _V(FAST_TRACK_START, None, "13 b", 1, family="SDL"),
    ),
    "fast_track_meeting": _sdl("13 b", 2),
    "refusal_meeting": _sdl("13 b", 3),
    "standby": (
        _UNVERIFIED_BEFORE_2011,
        _V(VERIFIED_ACT_START, day_before(FAST_TRACK_START), "13", 6, family="SDL"),
        _V(FAST_TRACK_START, None, "13 b", 5, family="SDL"),
    ),
    # The orders on follow-up (BEK nr. 1421/2014 to nr. 1710/2024).
    "bank_day_definition": _bek("2", None, 1),
    "three_questions": _bek("3", 1),
    "employee_form": _bek("3", 2),
    "consent_form_deadline": (
        _V(FAST_TRACK_START, BEK_2014_END, "4", 1, 1, family="BEK"),
        _V(BEK_2024_START, None, "4", 1, family="BEK"),
    ),
    "late_form_discretion": _bek("4", 2),
    "doctor_employer_route": (
        _V(FAST_TRACK_START, BEK_2014_END, "4", 1, 2, family="BEK"),
        _V(BEK_2024_START, None, "5", 2, family="BEK"),
    ),
    "requester_answers": _bek("7"),
    "doctor_sick_person_route": _bek("9"),
    "fast_track_start": (_V(_ALWAYS, None, "18", instrument="BEK-1421-2014"),),
    "fast_track_reform": (_V(_ALWAYS, None, instrument="LOV-720-2014"),),
    "store_bededag_abolished": (_V(_ALWAYS, None, "1", instrument="BEK-270-2023"),),
    # Guidance: the process description of Fast track.
    "guide_request_window": _guide("trin 1, anmodning inden for 5 uger"),
    "guide_doctor": _guide("trin 3, konsultation hos egen læge"),
    "guide_plan": _guide("trin 4, plan for tilbagevenden til arbejdet"),
    "guide_questions": _guide("de tre spørgsmål"),
    "guide_jobcenter_initiative": _guide("jobcentrets eget initiativ"),
    # The library's named interpretations.
    **{
        f"interpretation:{name}": _interpretation(name)
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
