"""``assess`` composes the steps of the decision procedure: the specification's first
worked example end to end (every value worked by hand), the breaches and the days gained
drawn from the deadlines, and the arguments it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules._version import __version__
from fasttrack_rules.errors import InvalidTypeError
from fasttrack_rules.facts import Case, Consent, Request
from fasttrack_rules.law import INSTRUMENTS, RULESET_VERSION, Citation
from fasttrack_rules.results import Deadline, QuestionState
from fasttrack_rules.rules import assess
from fasttrack_rules.vocab import QUESTIONS

D = dt.date
FIRST = D(2025, 3, 3)
#: WE-EMPLOYER-2025: first day Mon 2025-03-03; the employer asks Tue 2025-03-18, the
#: letter the same day; the employee agrees Wed 2025-03-19; evaluated Thu 2025-03-20.
EMPLOYER_2025 = Case(
    first_day_of_absence=FIRST,
    sick_person="employee",
    over_8_weeks=True,
    request=Request(by="employer", date=D(2025, 3, 18)),
    letter_sent=D(2025, 3, 18),
    consent=Consent(answer="agrees", date=D(2025, 3, 19)),
)
#: The Act in force on 3 and 18 March 2025 (2025-01-29 - 2025-10-08), and the order of 2025.
ACT = INSTRUMENTS["LBK-97-2025"]
ORDER = INSTRUMENTS["BEK-1710-2024"]


def test_the_first_worked_example_end_to_end() -> None:
    result = assess(EMPLOYER_2025, as_of=D(2025, 3, 20))
    assert (result.id, result.as_of, result.track, result.route) == (
        None,
        D(2025, 3, 20),
        "fast_track",
        "employer",
    )
    assert result.deadlines == {
        # day 35 = 2025-03-03 + 34 = Sun 2025-04-06; the request of 18 March is in time
        "request_window": Deadline(
            due=D(2025, 4, 6), status="met", citation=Citation(ACT, "7 c", 1), duty_of="employer"
        ),
        # the 2nd bank day after Tue 18 March = Thu 2025-03-20; returned on the 19th
        "consent_form": Deadline(
            due=D(2025, 3, 20), status="met", citation=Citation(ORDER, "4", 1), duty_of="sick_person"
        ),
        # form + 8 = Thu 2025-03-27, not yet due
        "doctor_consultation": Deadline(
            due=D(2025, 3, 27), status="pending", citation=Citation(ORDER, "5", 2), duty_of="sick_person"
        ),
        # request + 14 = Tue 2025-04-01, a working day
        "first_meeting": Deadline(
            due=D(2025, 4, 1),
            status="pending",
            citation=Citation(ACT, "13 b", 2),
            duty_of="municipality",
            latest_working_day=D(2025, 4, 1),
        ),
        # 2025-03-03 + 55 = Sun 2025-04-27, last working day Fri 2025-04-25
        "ordinary_first_meeting": Deadline(
            due=D(2025, 4, 27),
            status="pending",
            citation=Citation(ACT, "13 b", 1),
            duty_of="municipality",
            latest_working_day=D(2025, 4, 25),
        ),
    }
    assert result.days_earlier == 26
    assert result.questions == {q: QuestionState(answered_by="nobody", outstanding=True) for q in QUESTIONS}
    assert (result.questions_required_from, result.to_obtain) == ("employer_or_sick_person", QUESTIONS)
    assert (result.plan, result.missing_facts, result.breaches) == ("pending", (), ())
    # Decision procedure: 2.5 (the window; the subject employee records nothing; the
    # condition), 2.6 (consent), 3 (the 2025 rule, then its status), 4, 5, 6.
    assert result.reason_codes == (
        "FT-REQUEST-IN-TIME",
        "FT-CONDITION-MET",
        "FT-CONSENT-IN-TIME",
        "FT-DOCTOR-RULE-2024",
        "FT-DOCTOR-PENDING",
        "FT-MEETING-DUE-FAST-TRACK",
        "FT-MEETING-PENDING",
        "FT-QUESTIONS-TO-OBTAIN",
        "FT-PLAN-PENDING",
    )
    assert (result.versions.library, result.versions.ruleset) == (__version__, RULESET_VERSION)
    assert (result.versions.bank_calendar, result.versions.municipal_calendar) == ("dk-bank", "dk-municipal")


def sick_person_case(**facts: object) -> Case:
    """An unemployed person's request of Tue 2025-03-18: the meeting is due Tue 2025-04-01,
    the consultation request + 8 = Wed 2025-03-26."""
    given: dict[str, object] = {
        "first_day_of_absence": FIRST,
        "sick_person": "unemployed",
        "over_8_weeks": True,
        "request": Request(by="sick_person", date=D(2025, 3, 18)),
        **facts,
    }
    return Case(**given)  # type: ignore[arg-type]


def test_a_breach_is_a_missed_deadline_of_the_municipality_in_law() -> None:
    # The meeting of 1 April is missed on 2 April; the consultation of 26 March is missed
    # too (the request to book came on 19 March), but it is the sick person's duty.
    result = assess(sick_person_case(doctor_requested=D(2025, 3, 19)), as_of=D(2025, 4, 2))
    assert result.deadlines["first_meeting"].status == "missed"
    assert result.deadlines["doctor_consultation"].status == "missed"
    assert result.breaches == ("first_meeting",)


def test_the_week_8_comparison_is_never_a_breach() -> None:
    # No request: the ordinary rule; week 8 ends Sun 2025-04-27, missed on 28 April twice.
    result = assess(Case(first_day_of_absence=FIRST), as_of=D(2025, 4, 28))
    assert result.deadlines["first_meeting"].status == "missed"
    assert result.deadlines["ordinary_first_meeting"].status == "missed"
    assert (result.track, result.breaches, result.days_earlier) == ("ordinary", ("first_meeting",), None)


def test_a_municipal_target_comes_last_and_is_never_a_breach() -> None:
    # Jobcenter initiative: request Tue 2025-03-18 + 2 weeks = Tue 2025-04-01, policy, not law.
    case = Case(
        first_day_of_absence=FIRST,
        request=Request(by="jobcenter", date=D(2025, 3, 18)),
        municipal_target_weeks=2,
    )
    result = assess(case, as_of=D(2025, 4, 2))
    target = result.deadlines["policy_first_meeting"]
    assert (target.due, target.status, target.is_law) == (D(2025, 4, 1), "missed", False)
    assert list(result.deadlines)[-1] == "policy_first_meeting"
    assert len(result.deadlines) == 6
    assert (result.track, result.breaches) == ("ordinary", ())


def test_nothing_is_gained_on_an_undetermined_track() -> None:
    # The condition unknown: the track is undetermined, and no meeting date is compared.
    result = assess(sick_person_case(over_8_weeks=None), as_of=D(2025, 3, 20))
    assert (result.track, result.days_earlier, result.missing_facts) == (
        "undetermined",
        None,
        ("over_8_weeks",),
    )


@pytest.mark.parametrize(
    "case", [None, {"first_day_of_absence": "2025-03-03"}, Request(by="employer", date=FIRST)]
)
def test_assess_needs_a_case(case: object) -> None:
    with pytest.raises(InvalidTypeError) as raised:
        assess(case, as_of=D(2025, 3, 20))  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.value) == ("case", case)


@pytest.mark.parametrize("as_of", [dt.datetime(2025, 3, 20, 12, 0), "2025-03-20", None])
def test_assess_needs_a_plain_date(as_of: object) -> None:
    with pytest.raises(InvalidTypeError) as raised:
        assess(EMPLOYER_2025, as_of=as_of)  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.value) == ("as_of", as_of)
