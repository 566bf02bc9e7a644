"""Every reason's text agrees with the result it explains: a code that says a deadline
was met, missed, pending ... appears only beside that status, a code about the track
only beside that track, and so on (for instance, never an "in time" text on a late
request)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules import CATALOGUE, Case, Interpretation, assess
from fasttrack_rules.testing import cases

# code -> (what it speaks of, the values it may stand beside)
DEADLINE_STATUS: dict[str, tuple[str, set[str]]] = {
    "FT-REQUEST-IN-TIME": ("request_window", {"met"}),
    "FT-REQUEST-LATE": ("request_window", {"missed"}),
    "FT-SICK-PERSON-REQUEST-IN-TIME": ("request_window", {"met"}),
    "FT-SICK-PERSON-REQUEST-LATE": ("request_window", {"missed"}),
    "FT-SICK-PERSON-NO-TIME-LIMIT": ("request_window", {"not_applicable"}),
    "FT-REQUEST-BEFORE-ABSENCE": ("request_window", {"missed"}),
    "FT-CONSENT-IN-TIME": ("consent_form", {"met"}),
    "FT-CONSENT-IN-TIME-ANY-LETTER": ("consent_form", {"met"}),
    "FT-CONSENT-PENDING": ("consent_form", {"pending"}),
    "FT-CONSENT-LATE": ("consent_form", {"missed"}),
    "FT-CONSENT-MISSING": ("consent_form", {"missed"}),
    "FT-CONSENT-REFUSED": ("consent_form", {"not_applicable"}),
    "FT-LETTER-UNKNOWN": ("consent_form", {"undetermined"}),
    "FT-DOCTOR-MET": ("doctor_consultation", {"met"}),
    "FT-DOCTOR-MISSED": ("doctor_consultation", {"missed"}),
    "FT-DOCTOR-TOO-EARLY": ("doctor_consultation", {"missed"}),
    "FT-DOCTOR-PENDING": ("doctor_consultation", {"pending"}),
    "FT-DOCTOR-AWAITS-FORM": ("doctor_consultation", {"pending"}),
    "FT-DOCTOR-LAPSED": ("doctor_consultation", {"lapsed"}),
    "FT-DOCTOR-NOT-REQUIRED": ("doctor_consultation", {"not_required"}),
    "FT-DOCTOR-REQUEST-UNKNOWN": ("doctor_consultation", {"undetermined"}),
    "FT-MEETING-MET": ("first_meeting", {"met"}),
    "FT-MEETING-MISSED": ("first_meeting", {"missed"}),
    "FT-MEETING-PENDING": ("first_meeting", {"pending"}),
    "FT-MEETING-LAPSED": ("first_meeting", {"lapsed"}),
    "FT-MEETING-NOT-REQUIRED": ("first_meeting", {"not_required"}),
}
TRACK: dict[str, set[str]] = {
    "FT-MEETING-DUE-FAST-TRACK": {"fast_track"},
    "FT-MEETING-CAPPED-AT-WEEK-8": {"fast_track"},
    "FT-MUNICIPALITY-CONTINUES": {"fast_track", "undetermined"},
    "FT-MEETING-DUE-ORDINARY": {"ordinary"},
    "FT-MUNICIPALITY-STOPS": {"ordinary"},
    "FT-NO-REQUEST": {"ordinary"},
    "FT-NOT-IN-FORCE": {"ordinary"},
    "FT-JOBCENTER-INITIATIVE": {"ordinary"},
    "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE": {"ordinary"},
    "FT-CONDITION-NOT-MET": {"ordinary"},
    "FT-TRACK-UNDETERMINED": {"undetermined"},
}
PLAN: dict[str, set[str]] = {
    "FT-PLAN-AGREED": {"agreed"},
    "FT-PLAN-NOT-AGREED": {"not_agreed"},
    "FT-PLAN-PENDING": {"pending"},
    "FT-PLAN-UNKNOWN": {"undetermined"},
}


def check(case: Case, as_of: dt.date) -> None:
    result = assess(case, as_of=as_of)
    codes = set(result.reason_codes)
    for code in codes:
        if code in DEADLINE_STATUS:
            name, allowed = DEADLINE_STATUS[code]
            assert result.deadlines[name].status in allowed, (code, result.deadlines[name])
        if code in TRACK:
            assert result.track in TRACK[code], (code, result.track)
        if code in PLAN:
            assert result.plan in PLAN[code], (code, result.plan)
    if "FT-QUESTIONS-COMPLETE" in codes or "FT-QUESTIONS-NOT-REQUIRED" in codes:
        assert result.to_obtain == ()
    if "FT-QUESTIONS-TO-OBTAIN" in codes:
        assert result.to_obtain != ()
    if "FT-CONSENT-IN-TIME-ANY-LETTER" in codes:
        assert case.letter_sent is None
    if result.missing_facts:
        assert (
            result.track == "undetermined"
            or any(d.status == "undetermined" for d in result.deadlines.values())
            or result.plan == "undetermined"
        )
    # The other way round: a status stands beside a code that explains it.
    for name in ("first_meeting", "doctor_consultation"):
        status = result.deadlines[name].status
        if status not in ("not_applicable", "undetermined"):
            assert any(DEADLINE_STATUS.get(c, ("", set()))[0] == name for c in codes), (name, status)


def test_every_code_with_a_status_claim_is_in_the_table() -> None:
    claims = ("IN-TIME", "LATE", "MET", "MISSED", "PENDING", "LAPSED", "REFUSED", "NOT-REQUIRED")
    for code in CATALOGUE:
        if code.startswith(("FT-DOCTOR", "FT-MEETING", "FT-CONSENT")) and code.endswith(claims):
            assert code in DEADLINE_STATUS, code


@given(cases())
def test_reason_texts_agree_with_results(pair: tuple[Case, dt.date]) -> None:
    check(*pair)


@given(
    cases(
        interpretation=st.builds(
            Interpretation,
            roll=st.sampled_from(("none", "forward")),
            sick_person_window=st.sampled_from(("five_weeks", "none")),
            employer_window=st.sampled_from(("first_five_weeks", "five_weeks_after")),
            late_request=st.sampled_from(("earliest", "request")),
        ),
        first_days=st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 31)),
    )
)
def test_reason_texts_agree_under_every_interpretation(pair: tuple[Case, dt.date]) -> None:
    check(*pair)


def test_late_request_on_day_36_has_no_in_time_text() -> None:
    from tests.cases import BY_REASON, run

    result: dict[str, Any] = run(BY_REASON["FT-REQUEST-LATE"])
    texts = " ".join(r["text"] for r in result["reasons"])
    assert "in time" not in texts
    assert result["deadlines"]["request_window"]["status"] == "missed"
