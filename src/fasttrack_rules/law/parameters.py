"""Every number the rules use (5 weeks, 8 weeks, 2 weeks, 2 bank days, 8 days, the
6th-8th bank day), once, with its validity window and the provision that sets it
(:data:`PARAMETERS`), and the version of each in force on a day.
"""

# Annotations are evaluated when the class is made: see the note in ``instruments``.
import datetime as _dt
from typing import Literal

import attrs

from fasttrack_rules._validate import check_date
from fasttrack_rules.law.citation import Citation, provision
from fasttrack_rules.law.instruments import BEK_2014_END, BEK_2024_START, FAST_TRACK_START
from fasttrack_rules.law.validity import holds_on, index_in_force

__all__ = ["PARAMETERS", "Parameter", "Unit", "parameter"]

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
        return holds_on(self, check_date("day", day))

    def citation(self, on: _dt.date) -> Citation:
        """The provision that sets this value, as in force on ``on``.

        Raises:
            InvalidTypeError: ``on`` is not a ``date``.
            RuleNotInForceError: the provision is not in force on ``on``.
        """
        return provision(self.provision, on)


_P = Parameter  # the table reads better with a short name
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
        BEK_2014_END,
        "doctor_employer_route",
    ),
    _P(
        "doctor_latest_bank_day_after_letter",
        8,
        "bank_days",
        FAST_TRACK_START,
        BEK_2014_END,
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
    k = index_in_force(_BY_NAME, name, on)
    return _BY_NAME[name][k]
