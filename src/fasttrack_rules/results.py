"""The frozen result types of an assessment: each deadline, each question, the version
stamp, and the whole result, with the shared instances of the values that carry no date.
Built by :func:`fasttrack_rules.rules.assess`; never changed after.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from fasttrack_rules.facts import Interpretation
from fasttrack_rules.law import Citation
from fasttrack_rules.reasons import CitedReason
from fasttrack_rules.vocab import (
    ANSWERERS,
    DUTIES,
    Answerer,
    Duty,
    PlanStatus,
    QuestionsRequiredFrom,
    Requester,
    Status,
    Track,
)

__all__ = [
    "NOT_APPLICABLE",
    "QUESTION_STATES",
    "UNDETERMINED",
    "Assessment",
    "Deadline",
    "QuestionState",
    "Versions",
]


@attrs.frozen(kw_only=True)
class Deadline:
    """One deadline of a case.

    Attributes:
        due: the last compliant day (None when it does not apply or is undetermined).
        status: met, missed, pending, lapsed, not_required, undetermined, not_applicable.
        citation: the provision that sets it, in the version in force on the event
            that starts it (None when no deadline applies).
        duty_of: who must act by the due day.
        is_law: whether the deadline rests on an act or order; False when it comes
            from guidance, a named interpretation or a municipality's own policy (then
            it is never a breach of law).
        earliest: the first compliant day, where the rule sets one (the 2015-2024
            doctor rule).
        latest_working_day: for meetings, the last municipal working day on or before ``due``.
    """

    due: _dt.date | None
    status: Status
    citation: Citation | None
    duty_of: Duty
    is_law: bool = True
    earliest: _dt.date | None = None
    latest_working_day: _dt.date | None = None


@attrs.frozen(kw_only=True)
class QuestionState:
    """One of the three questions: who answered it, and whether an answer is still
    outstanding from whoever must give it."""

    answered_by: Answerer
    outstanding: bool


@attrs.frozen(kw_only=True)
class Versions:
    """What a result was computed with: library, rule set and calendars (each by its
    identifier and content hash, which identify the calendar data in any language)."""

    library: str
    ruleset: str
    bank_calendar: str
    bank_calendar_hash: str
    municipal_calendar: str
    municipal_calendar_hash: str


@attrs.frozen(kw_only=True)
class Assessment:
    """The result of :func:`~fasttrack_rules.rules.assess`. ``reasons`` lists the
    catalogue entries that decided it, in the order the rules were applied;
    ``missing_facts`` names the input fields whose absence leaves some part
    ``undetermined``."""

    id: str | None
    as_of: _dt.date
    track: Track
    route: Requester | None
    deadlines: dict[str, Deadline]
    days_earlier: int | None
    questions: dict[str, QuestionState] | None
    questions_required_from: QuestionsRequiredFrom | None
    to_obtain: tuple[str, ...]
    plan: PlanStatus
    missing_facts: tuple[str, ...]
    breaches: tuple[str, ...]
    reasons: tuple[CitedReason, ...]
    interpretation: Interpretation
    versions: Versions

    @property
    def reason_codes(self) -> tuple[str, ...]:
        """The reason codes, in order."""
        return tuple(r.code for r in self.reasons)


# Deadlines without a date and question states have few possible values; being frozen,
# one shared instance of each serves every result.

#: The deadline that does not apply, by whose duty it would be (no due day, no citation).
NOT_APPLICABLE: dict[Duty, Deadline] = {
    duty: Deadline(due=None, status="not_applicable", citation=None, duty_of=duty) for duty in DUTIES
}
#: The deadline left undetermined by an undetermined track, by whose duty it would be.
UNDETERMINED: dict[Duty, Deadline] = {
    duty: Deadline(due=None, status="undetermined", citation=None, duty_of=duty) for duty in DUTIES
}
#: Every question state, by (who answered, whether an answer is outstanding).
QUESTION_STATES: dict[tuple[Answerer, bool], QuestionState] = {
    (who, out): QuestionState(answered_by=who, outstanding=out) for who in ANSWERERS for out in (False, True)
}
