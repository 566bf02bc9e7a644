"""The record of one assessment: the case as every step reads it (its route, its
calendars, the day that dates each kind of reason, falling back on an earlier event when
a later one is unknown) and what the steps record (each reason once, in order, with the
citations of the deadline it judges first; each missing fact once). Specification:
decision procedure, "Citations of reasons"; citations."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import CalendarSpec, Case, Consent, InvalidValueError, Request, provision
from fasttrack_rules.calendars import danish_bank_days, municipal_working_days
from fasttrack_rules.law import INSTRUMENTS, Citation
from fasttrack_rules.rules.record import AssessmentRecord

D = dt.date
FIRST = D(2025, 3, 3)
#: Every event known: a letter of 2024 and a form returned in 2025, under two orders.
ACROSS_THE_NEW_YEAR = Case(
    first_day_of_absence=D(2024, 12, 2),
    request=Request(by="employer", date=D(2024, 12, 20)),
    letter_sent=D(2024, 12, 30),
    consent=Consent(answer="agrees", date=D(2025, 1, 2)),
)


def test_reasons_are_dated_by_their_event_falling_back_on_earlier_ones() -> None:
    # Citations: an unknown letter falls back on the request, an unknown form on the letter.
    request = Request(by="employer", date=D(2025, 3, 18))
    record = AssessmentRecord(Case(first_day_of_absence=FIRST, request=request), D(2025, 3, 20))
    assert record.event_days == {
        "first_day_of_absence": FIRST,
        "request": D(2025, 3, 18),
        "letter": D(2025, 3, 18),
        "form": D(2025, 3, 18),
    }
    assert record.cite("consent_form_deadline", "form") == provision("consent_form_deadline", D(2025, 3, 18))


def test_each_reason_once_and_each_missing_fact_once() -> None:
    # Decision procedure: each code once, its first occurrence counts.
    record = AssessmentRecord(Case(first_day_of_absence=FIRST), FIRST)
    citation = provision("standby", FIRST)
    record.add_reason("FT-NO-REQUEST")
    record.add_reason("FT-MEETING-PENDING", citation)
    record.add_reason("FT-NO-REQUEST")
    record.missing += ["plan_agreed", "consent", "plan_agreed"]
    assert [r.code for r in record.cited_reasons()] == ["FT-NO-REQUEST", "FT-MEETING-PENDING"]
    assert record.cited_reasons()[1].citations[0] == citation
    assert (record.has_reason("FT-MEETING-PENDING"), record.has_reason("FT-PLAN-PENDING")) == (True, False)
    assert record.missing_facts() == ("consent", "plan_agreed")


def test_each_event_day_when_every_event_is_known() -> None:
    record = AssessmentRecord(ACROSS_THE_NEW_YEAR, D(2025, 1, 3))
    assert record.event_days == {
        "first_day_of_absence": D(2024, 12, 2),
        "request": D(2024, 12, 20),
        "letter": D(2024, 12, 30),
        "form": D(2025, 1, 2),
    }
    assert record.route == "employer"
    # Consent: § 4, stk. 1, nr. 1, of the order in force on a letter of 2024; § 4, stk. 1,
    # of bekendtgørelse nr. 1710/2024 for an event from 1 January 2025.
    assert record.cite("consent_form_deadline", "letter") == Citation(INSTRUMENTS["BEK-473-2021"], "4", 1, 1)
    assert record.cite("consent_form_deadline", "form") == Citation(INSTRUMENTS["BEK-1710-2024"], "4", 1)


def test_a_reason_cites_its_provisions_on_its_own_events_day() -> None:
    # FT-CONSENT-IN-TIME is dated by the letter (reasons.json): a letter of 30 December
    # 2024 cites the order of 2021 although the form came back in 2025.
    record = AssessmentRecord(ACROSS_THE_NEW_YEAR, D(2025, 1, 3))
    record.add_reason("FT-CONSENT-IN-TIME")
    (reason,) = record.cited_reasons()
    assert reason.citations == (Citation(INSTRUMENTS["BEK-473-2021"], "4", 1, 1),)


def test_the_form_falls_back_on_the_letter_and_every_event_on_the_first_day() -> None:
    letter_only = Case(
        first_day_of_absence=FIRST,
        request=Request(by="employer", date=D(2025, 3, 18)),
        letter_sent=D(2025, 3, 19),
    )
    assert AssessmentRecord(letter_only, D(2025, 3, 20)).event_days["form"] == D(2025, 3, 19)
    nothing = AssessmentRecord(Case(first_day_of_absence=FIRST), D(2025, 3, 20))
    assert set(nothing.event_days.values()) == {FIRST}
    assert nothing.route is None


def test_the_record_reads_the_cases_calendars() -> None:
    plain = AssessmentRecord(Case(first_day_of_absence=FIRST), FIRST)
    assert (plain.bank, plain.municipal) == (danish_bank_days(), municipal_working_days())
    spec = CalendarSpec(extra_closed=(D(2025, 5, 30),))
    adjusted = AssessmentRecord(Case(first_day_of_absence=FIRST, calendar=spec), FIRST)
    assert adjusted.municipal.id == "dk-municipal+closed:2025-05-30"
    assert adjusted.interpretation is adjusted.case.interpretation


def test_a_calendar_adjustment_that_changes_nothing_is_refused() -> None:
    spec = CalendarSpec(extra_closed=(D(2025, 12, 25),))  # Juledag is closed already
    with pytest.raises(InvalidValueError) as raised:
        AssessmentRecord(Case(first_day_of_absence=FIRST, calendar=spec), FIRST)
    assert raised.value.field == "calendar.extra_closed[0]"


def test_nothing_is_recorded_at_first() -> None:
    record = AssessmentRecord(Case(first_day_of_absence=FIRST), FIRST)
    assert (record.reasons, record.missing, record.policy_deadlines) == ([], [], {})
    assert (record.cited_reasons(), record.missing_facts()) == ((), ())
