"""The first follow-up meeting (specification: meeting, before 2015; decision procedure,
step 4): on Fast track 2 weeks after the request, capped at the end of week 8 by the
``late_request`` interpretation; on the ordinary track by the end of week 8; both under
the ``roll`` interpretation, each with its latest working day.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from fasttrack_rules.errors import CalendarRangeError
from fasttrack_rules.law import Citation, parameter
from fasttrack_rules.periods import at_latest_weeks_after, before_end_of_week, latest_working_day_on_or_before
from fasttrack_rules.results import UNDETERMINED, Deadline
from fasttrack_rules.rules.checks import past_coverage
from fasttrack_rules.rules.deadlines import apply_roll, cited_deadline, meeting_status
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.vocab import Status, Track

__all__ = ["meeting_due", "meeting_step", "ordinary_due"]

_ORDINARY_WEEK = 8  # the same 8th week in every version (specification: meeting)


def ordinary_due(first_day: _dt.date) -> _dt.date:
    """End of week 8 counted from the first day of absence, before any roll: the first
    follow-up of SDL § 13 b, stk. 1 and 3, and of § 13 of the Act before 2015."""
    return before_end_of_week(first_day, _ORDINARY_WEEK)


def meeting_due(
    request_day: _dt.date, ordinary: _dt.date, late_request: Literal["earliest", "request"]
) -> tuple[_dt.date, tuple[str, ...]]:
    """SDL § 13 b, stk. 2: request + 2 weeks; under ``late_request = "earliest"`` never
    later than the end of week 8. Returns the unrolled date and the reason codes."""
    due = at_latest_weeks_after(request_day, parameter("fast_track_meeting_weeks", request_day).value)
    if late_request == "earliest" and ordinary < due:
        return ordinary, ("FT-MEETING-DUE-FAST-TRACK", "FT-MEETING-CAPPED-AT-WEEK-8")
    return due, ("FT-MEETING-DUE-FAST-TRACK",)


_STATUS_CODES: dict[Status, str] = {
    "met": "FT-MEETING-MET",
    "missed": "FT-MEETING-MISSED",
    "pending": "FT-MEETING-PENDING",
    "lapsed": "FT-MEETING-LAPSED",
    "not_required": "FT-MEETING-NOT-REQUIRED",
}


def meeting_step(record: AssessmentRecord, track: Track, week_8: _dt.date) -> tuple[Deadline, Deadline]:
    """Step 4: the first meeting on the case's track, and the ordinary deadline beside it
    for comparison (``week_8`` before any roll; the comparison records no reasons).

    Raises:
        CalendarRangeError: the Fast track meeting falls after the coverage.
    """
    # After a refusal the week-8 duty follows from § 13 b, stk. 3, as in force on the
    # request; otherwise from the first follow-up rule in force on the first day.
    if record.has_reason("FT-CONSENT-REFUSED"):  # a § 7 c request refused
        week_8_citation = record.cite("refusal_meeting", "request")
    else:
        week_8_citation = record.cite("ordinary_first_meeting", "first_day_of_absence")
    ordinary, _ = _meeting_deadline(record, week_8, week_8_citation)
    if track == "fast_track":
        return _fast_track_meeting(record, week_8, week_8_citation), ordinary
    if track == "ordinary":
        record.add_reason("FT-MEETING-DUE-ORDINARY", week_8_citation)
        return _first_meeting(record, week_8, week_8_citation), ordinary
    return UNDETERMINED["municipality"], ordinary


def _fast_track_meeting(record: AssessmentRecord, week_8: _dt.date, week_8_citation: Citation) -> Deadline:
    """2 weeks after the request; a meeting capped at week 8 cites the week-8 rule."""
    request = record.case.request
    assert request is not None  # Fast track needs a request
    unrolled, codes = meeting_due(request.date, week_8, record.interpretation.late_request)
    for code in codes:
        record.add_reason(code)
    capped = "FT-MEETING-CAPPED-AT-WEEK-8" in codes
    citation = week_8_citation if capped else record.cite("fast_track_meeting", "request")
    try:
        return _first_meeting(record, unrolled, citation)
    except CalendarRangeError:
        raise past_coverage("request.date", request.date) from None


def _first_meeting(record: AssessmentRecord, unrolled: _dt.date, citation: Citation) -> Deadline:
    """The first meeting's deadline; records its roll and its status."""
    deadline, rolled_codes = _meeting_deadline(record, unrolled, citation)
    for code in rolled_codes:
        record.add_reason(code)
    record.add_reason(_STATUS_CODES[deadline.status], citation)
    return deadline


def _meeting_deadline(
    record: AssessmentRecord, unrolled: _dt.date, citation: Citation
) -> tuple[Deadline, tuple[str, ...]]:
    """A meeting deadline due on ``unrolled`` before the roll, and the reasons of its roll."""
    due, rolled_codes = apply_roll(unrolled, record.interpretation.roll, record.municipal)
    status = meeting_status(due, record.case, record.as_of)
    latest = latest_working_day_on_or_before(due, record.municipal)
    return cited_deadline(due, status, citation, "municipality", latest_working_day=latest), rolled_codes
