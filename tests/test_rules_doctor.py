"""The doctor step at its boundaries: which rule applies, its window, its status code,
and when the duty depends on the municipality's request. Every expected value is worked
by hand from the specification (section named in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import (
    CalendarRangeError,
    Case,
    Consent,
    Request,
    danish_bank_days,
    municipal_working_days,
    provision,
)
from fasttrack_rules.rules.doctor import (
    DoctorRule,
    doctor_deadline,
    doctor_needs_letter,
    doctor_status_code,
    doctor_step,
)
from fasttrack_rules.rules.record import AssessmentRecord

D = dt.date
BANK, MUNICIPAL = danish_bank_days(), municipal_working_days()


def rule(
    route: str, request: D, letter: D | None = None, form: D | None = None, roll: str = "none"
) -> DoctorRule:
    return doctor_deadline(
        route=route,  # type: ignore[arg-type]
        request_day=request,
        letter_sent=letter,
        form_returned=form,
        policy=roll,  # type: ignore[arg-type]
        bank=BANK,
        municipal=MUNICIPAL,
    )


def test_the_letters_date_is_needed_only_for_the_2015_2024_window() -> None:
    # Doctor; decision procedure 3: request before 2025, no form from 2025, letter unknown.
    assert doctor_needs_letter(D(2024, 12, 30), None, None)
    assert doctor_needs_letter(D(2024, 12, 30), None, D(2024, 12, 31))
    assert not doctor_needs_letter(D(2024, 12, 30), None, D(2025, 1, 1))
    assert not doctor_needs_letter(D(2024, 12, 30), D(2024, 12, 30), None)
    assert not doctor_needs_letter(D(2025, 1, 1), None, None)


def test_the_sick_persons_consultation_is_due_8_days_after_the_request() -> None:
    # Doctor, § 7 e route: request Tue 2025-03-18 + 8 = Wed 2025-03-26 (§ 9).
    expected = DoctorRule(
        None, D(2025, 3, 26), "doctor_sick_person_route", D(2025, 3, 18), ("FT-DOCTOR-RULE-SICK-PERSON",)
    )
    assert rule("sick_person", D(2025, 3, 18)) == expected
    # Request Wed 2025-12-17 + 8 = Thu 25 December; roll = forward: 25, 26 December and
    # the weekend are closed, Mon 2025-12-29 is the next working day.
    rolled = rule("sick_person", D(2025, 12, 17), roll="forward")
    assert (rolled.due, rolled.codes) == (
        D(2025, 12, 29),
        ("FT-DOCTOR-RULE-SICK-PERSON", "FT-DEADLINE-ROLLED-FORWARD"),
    )


def test_from_2025_the_employees_consultation_counts_from_the_form() -> None:
    # WE-EMPLOYER-2025: form Wed 2025-03-19 + 8 = Thu 2025-03-27 (§ 5, stk. 2).
    expected = DoctorRule(
        None, D(2025, 3, 27), "doctor_employer_route", D(2025, 3, 19), ("FT-DOCTOR-RULE-2024",)
    )
    assert rule("employer", D(2025, 3, 18), D(2025, 3, 18), D(2025, 3, 19)) == expected
    # doctor_rule_transition: a form of Thu 2025-01-02 after a letter of Mon 2024-12-30
    # (or an unknown letter after a request of 2024) follows the 2025 rule: 2025-01-10.
    for letter in (D(2024, 12, 30), None):
        after_2024 = rule("employer", D(2024, 12, 30), letter, D(2025, 1, 2))
        assert (after_2024.due, after_2024.start, after_2024.transition) == (
            D(2025, 1, 10),
            D(2025, 1, 2),
            True,
        )


def test_the_2015_2024_window_is_the_6th_to_8th_bank_day_after_the_letter() -> None:
    # WE-DOCTOR-2024: letter Mon 2024-03-04: earliest Tue 2024-03-12, due Thu 2024-03-14;
    # the duty follows from the consent, not from the municipality's request.
    expected = DoctorRule(
        D(2024, 3, 12),
        D(2024, 3, 14),
        "doctor_employer_route",
        D(2024, 3, 4),
        ("FT-DOCTOR-RULE-2014",),
        conditional=False,
    )
    assert rule("employer", D(2024, 3, 4), D(2024, 3, 4), D(2024, 3, 5)) == expected


def test_without_a_form_the_2025_rule_awaits_it() -> None:
    # Doctor: the municipality continues without any form after a letter of 2025.
    expected = DoctorRule(None, None, "doctor_employer_route", D(2025, 1, 6), ("FT-DOCTOR-AWAITS-FORM",))
    assert rule("employer", D(2025, 1, 6), D(2025, 1, 6)) == expected
    # A letter of Tue 2024-12-31 with no form runs the 2015-2024 window from the letter.
    assert rule("employer", D(2024, 12, 31), D(2024, 12, 31)).codes == ("FT-DOCTOR-RULE-2014",)


@pytest.mark.parametrize(
    ("status", "held", "code"),
    [
        ("met", D(2024, 3, 12), "FT-DOCTOR-MET"),
        ("missed", D(2024, 3, 11), "FT-DOCTOR-TOO-EARLY"),  # interpretation doctor_too_early
        ("missed", D(2024, 3, 15), "FT-DOCTOR-MISSED"),
        ("missed", None, "FT-DOCTOR-MISSED"),
        ("pending", None, "FT-DOCTOR-PENDING"),
        ("lapsed", None, "FT-DOCTOR-LAPSED"),
    ],
)
def test_the_status_code_of_a_consultation(status: str, held: D | None, code: str) -> None:
    # Decision procedure 3; the 2015-2024 window of WE-DOCTOR-2024 begins Tue 2024-03-12.
    assert doctor_status_code(status, D(2024, 3, 12), held) == code  # type: ignore[arg-type]


def record(as_of: D, **facts: object) -> AssessmentRecord:
    """A sick person's (unemployed) request of Tue 2025-03-18 after a first day Mon 2025-03-03,
    with ``facts`` changed."""
    given: dict[str, object] = {
        "first_day_of_absence": D(2025, 3, 3),
        "sick_person": "unemployed",
        "request": Request(by="sick_person", date=D(2025, 3, 18)),
        **facts,
    }
    return AssessmentRecord(Case(**given), as_of)  # type: ignore[arg-type]


def test_a_passed_deadline_without_the_municipalitys_request_is_undetermined() -> None:
    # Doctor, "When the duty depends on the municipality's request": due Wed 2025-03-26.
    unasked = record(D(2025, 3, 27))
    deadline = doctor_step(unasked, "fast_track")
    assert (deadline.due, deadline.status, unasked.missing) == (
        D(2025, 3, 26),
        "undetermined",
        ["doctor_requested"],
    )
    assert [code for code, _ in unasked.reasons] == [
        "FT-DOCTOR-RULE-SICK-PERSON",
        "FT-DOCTOR-REQUEST-UNKNOWN",
    ]
    asked = record(D(2025, 3, 27), doctor_requested=D(2025, 3, 19))
    assert doctor_step(asked, "fast_track").status == "missed"
    # On the day itself nothing has passed: pending, whatever the request to book.
    assert doctor_step(record(D(2025, 3, 26)), "fast_track").status == "pending"


def test_on_an_undetermined_track_the_request_to_book_may_still_be_missing() -> None:
    # Decision procedure 3: undetermined, no reason code, doctor_requested missing.
    unasked = record(D(2025, 3, 27))
    assert doctor_step(unasked, "undetermined").status == "undetermined"
    assert (unasked.reasons, unasked.missing) == ([], ["doctor_requested"])


def test_standby_jobcenter_ordinary_and_an_unknown_letter() -> None:
    # Decision procedure 3: standby not_required (§ 13 b, stk. 5); no consultation on a
    # jobcenter's initiative or on the ordinary track; a letter of unknown date before 2025.
    assert doctor_step(record(D(2025, 3, 20), standby=True), "fast_track").status == "not_required"
    assert doctor_step(record(D(2025, 3, 20)), "ordinary").status == "not_applicable"
    jobcenter = record(D(2025, 3, 20), request=Request(by="jobcenter", date=D(2025, 3, 18)))
    assert doctor_step(jobcenter, "undetermined").status == "not_applicable"
    employer = record(
        D(2024, 12, 31),
        first_day_of_absence=D(2024, 12, 2),
        request=Request(by="employer", date=D(2024, 12, 30)),
        consent=Consent(answer="agrees", date=D(2024, 12, 31)),
    )
    assert (doctor_step(employer, "fast_track").status, employer.missing) == ("undetermined", ["letter_sent"])


def test_a_consultation_due_after_the_coverage_names_its_start() -> None:
    # Errors, cases, step 12.4: the form when returned (Tue 2100-12-28 + 8 is in 2101),
    # else the request (Fri 2100-12-24 + 8 is in 2101).
    form = record(
        D(2100, 12, 31),
        first_day_of_absence=D(2100, 12, 1),
        request=Request(by="employer", date=D(2100, 12, 20)),
        letter_sent=D(2100, 12, 20),
        consent=Consent(answer="agrees", date=D(2100, 12, 28)),
    )
    request = record(
        D(2100, 12, 31),
        first_day_of_absence=D(2100, 12, 1),
        request=Request(by="sick_person", date=D(2100, 12, 24)),
    )
    for assessed, field in ((form, "consent.date"), (request, "request.date")):
        with pytest.raises(CalendarRangeError) as raised:
            doctor_step(assessed, "fast_track")
        assert raised.value.field == field


def test_without_a_form_the_deadline_is_pending_with_no_due_day() -> None:
    # Doctor: the municipality continues without any form after a letter of 2025: pending,
    # no due date, FT-DOCTOR-AWAITS-FORM, citing § 5, stk. 2, of the 2025 order.
    employer = record(
        D(2025, 3, 24),
        request=Request(by="employer", date=D(2025, 3, 18)),
        letter_sent=D(2025, 3, 18),
        municipality_continues=True,
    )
    deadline = doctor_step(employer, "fast_track")
    assert (deadline.due, deadline.status) == (None, "pending")
    assert deadline.citation == provision("doctor_employer_route", D(2025, 3, 18))
    assert [code for code, _ in employer.reasons] == ["FT-DOCTOR-AWAITS-FORM"]
