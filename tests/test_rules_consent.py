"""The consent step at its boundaries: the form's deadline, the consent table with a
known and an unknown letter, and the track it decides. Every expected value is worked
by hand from the specification (section named in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import CalendarRangeError, Case, Consent, Request, danish_bank_days, provision
from fasttrack_rules.rules.consent import ConsentOutcome, consent_outcome, decide_track, form_due
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.rules.request import request_step

D = dt.date
BANK = danish_bank_days()
REQUEST = D(2025, 3, 18)  # Tue; the 2nd bank day after it is Thu 2025-03-20 (WE-EMPLOYER-2025)


@pytest.mark.parametrize(
    ("letter", "due"),
    [
        (D(2025, 3, 18), D(2025, 3, 20)),  # WE-EMPLOYER-2025
        (D(2025, 5, 28), D(2025, 6, 3)),  # WE-FORM-ASCENSION-2025
        (D(2025, 6, 4), D(2025, 6, 10)),  # WE-FORM-GRUNDLOVSDAG-2025
        (D(2023, 5, 3), D(2023, 5, 8)),  # WE-FORM-STORE-BEDEDAG-2023
        (D(2024, 4, 24), D(2024, 4, 26)),  # WE-FORM-NO-STORE-BEDEDAG-2024
    ],
)
def test_the_form_is_due_on_the_second_bank_day_after_the_letter(letter: D, due: D) -> None:
    assert form_due(letter, BANK) == due


def answer(day: D, what: str = "agrees") -> Consent:
    return Consent(answer=what, date=day)  # type: ignore[arg-type]


def outcome(letter: D | None, given: Consent | None, continues: bool | None, as_of: D) -> ConsentOutcome:
    return consent_outcome(REQUEST, letter, given, continues, as_of, BANK)


def test_the_consent_table_with_the_letters_date() -> None:
    # Consent, the table; letter Tue 2025-03-18, form due Thu 2025-03-20.
    due = D(2025, 3, 20)
    refused = ConsentOutcome(due, "not_applicable", False, ("FT-CONSENT-REFUSED",))
    assert outcome(REQUEST, answer(due, "refuses"), None, due) == refused
    assert outcome(REQUEST, answer(due), None, due) == ConsentOutcome(
        due, "met", True, ("FT-CONSENT-IN-TIME",)
    )
    pending = ConsentOutcome(due, "pending", None, ("FT-CONSENT-PENDING",), ("consent",))
    assert outcome(REQUEST, None, None, due) == pending
    late, after = answer(D(2025, 3, 21)), D(2025, 3, 21)
    assert outcome(REQUEST, late, None, after) == ConsentOutcome(
        due,
        "missed",
        None,
        ("FT-CONSENT-LATE", "FT-MUNICIPALITY-DECISION-UNKNOWN"),
        ("municipality_continues",),
    )
    assert outcome(REQUEST, late, True, after) == ConsentOutcome(
        due, "missed", True, ("FT-CONSENT-LATE", "FT-MUNICIPALITY-CONTINUES")
    )
    assert outcome(REQUEST, None, False, after) == ConsentOutcome(
        due, "missed", False, ("FT-CONSENT-MISSING", "FT-MUNICIPALITY-STOPS")
    )


def test_the_consent_table_without_the_letters_date() -> None:
    # Consent, "Letter date unknown": the form is due no earlier than Thu 2025-03-20.
    earliest = D(2025, 3, 20)
    refused = ConsentOutcome(None, "not_applicable", False, ("FT-CONSENT-REFUSED",))
    assert outcome(None, answer(earliest, "refuses"), None, earliest) == refused
    in_time = ConsentOutcome(None, "met", True, ("FT-CONSENT-IN-TIME-ANY-LETTER",))
    assert outcome(None, answer(earliest), None, earliest) == in_time  # WE-LETTER-UNKNOWN-IN-TIME
    pending = ConsentOutcome(None, "pending", None, ("FT-CONSENT-PENDING",), ("consent",))
    assert outcome(None, None, True, earliest) == pending
    after = D(2025, 3, 21)
    assert outcome(None, answer(after), True, after) == ConsentOutcome(
        None, "undetermined", True, ("FT-LETTER-UNKNOWN", "FT-MUNICIPALITY-CONTINUES")
    )
    assert outcome(None, answer(after), None, after) == ConsentOutcome(
        None, "undetermined", None, ("FT-LETTER-UNKNOWN",), ("letter_sent", "municipality_continues")
    )
    # No form at all: a refusal may still come, whatever the municipality said.
    assert outcome(None, None, True, after) == ConsentOutcome(
        None, "undetermined", None, ("FT-LETTER-UNKNOWN",), ("letter_sent", "consent")
    )


def track(**facts: object) -> tuple[AssessmentRecord, str, str]:
    """Decide the track of an employer's request of Tue 2025-03-18 on Thu 2025-03-20."""
    facts = {"over_8_weeks": True, "request": Request(by="employer", date=REQUEST), **facts}
    assessed = AssessmentRecord(Case(first_day_of_absence=D(2025, 3, 3), **facts), D(2025, 3, 20))  # type: ignore[arg-type]
    decided, consent_form = decide_track(assessed, request_step(assessed))
    return assessed, decided, consent_form.status


def test_a_refusal_drops_an_unknown_subject() -> None:
    # Decision procedure 2.6: the refusal makes the track ordinary; FT-SUBJECT-UNKNOWN and
    # its missing fact are dropped. The form cites § 4 as in force on the letter.
    assessed, decided, status = track(letter_sent=REQUEST, consent=answer(D(2025, 3, 19), "refuses"))
    assert (decided, status, assessed.missing) == ("ordinary", "not_applicable", [])
    assert [code for code, _ in assessed.reasons] == [
        "FT-REQUEST-IN-TIME",
        "FT-CONDITION-MET",
        "FT-CONSENT-REFUSED",
    ]
    assert assessed.cite("consent_form_deadline", "letter") == provision("consent_form_deadline", REQUEST)


def test_consent_in_time_keeps_an_unknown_subject_undetermined() -> None:
    # Decision procedure 2.5-2.7: consent in time, the subject unknown: undetermined.
    assessed, decided, status = track(letter_sent=REQUEST, consent=answer(D(2025, 3, 19)))
    assert (decided, status, assessed.missing) == ("undetermined", "met", ["sick_person"])
    assert [code for code, _ in assessed.reasons] == [
        "FT-REQUEST-IN-TIME",
        "FT-SUBJECT-UNKNOWN",
        "FT-CONDITION-MET",
        "FT-CONSENT-IN-TIME",
        "FT-TRACK-UNDETERMINED",
    ]


def test_consent_in_time_puts_an_employee_on_fast_track() -> None:
    # WE-EMPLOYER-2025.
    _, decided, status = track(sick_person="employee", letter_sent=REQUEST, consent=answer(D(2025, 3, 19)))
    assert (decided, status) == ("fast_track", "met")


def test_a_sick_persons_request_has_no_consent_step() -> None:
    # Consent: only after an employer's valid request.
    _, decided, status = track(sick_person="unemployed", request=Request(by="sick_person", date=REQUEST))
    assert (decided, status) == ("fast_track", "not_applicable")


def test_a_form_due_after_the_coverage_names_its_start() -> None:
    # Errors, cases, step 12.3: the letter, or the request when the letter is unknown.
    for letter, field in ((D(2100, 12, 30), "letter_sent"), (None, "request.date")):
        assessed = AssessmentRecord(
            Case(
                first_day_of_absence=D(2100, 12, 1),
                sick_person="employee",
                over_8_weeks=True,
                request=Request(by="employer", date=D(2100, 12, 30)),
                letter_sent=letter,
            ),
            D(2100, 12, 31),
        )
        with pytest.raises(CalendarRangeError) as raised:
            decide_track(assessed, request_step(assessed))
        assert raised.value.field == field
