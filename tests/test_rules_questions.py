"""The three questions at their boundaries (the plan: test_rules_plan.py). Every expected
value is worked by hand from the specification (section named in the comment)."""

from __future__ import annotations

import datetime as dt

from fasttrack_rules import Answers, Case, Request
from fasttrack_rules.results import QuestionState
from fasttrack_rules.rules.questions import question_states, questions_step
from fasttrack_rules.rules.record import AssessmentRecord

D = dt.date
EMPLOYER = Answers(affected_functions="lifting", affected_duration=" \t")  # a blank text is no answer
SICK = Answers(affected_functions="lifting", adaptation_tried="no")


def test_on_the_employers_route_an_answer_from_either_counts() -> None:
    # Questions: § 3, stk. 2; to_obtain in the order of the questions.
    states, to_obtain = question_states(EMPLOYER, SICK, "employer")
    assert states == {
        "affected_functions": ("both", False),
        "affected_duration": ("nobody", True),
        "adaptation_tried": ("sick_person", False),
    }
    assert to_obtain == ("affected_duration",)


def test_on_the_sick_persons_route_the_sick_person_must_answer() -> None:
    # Questions: § 7 of the order; the employer's answers do not suffice.
    states, to_obtain = question_states(Answers(affected_duration="weeks"), SICK, "sick_person")
    assert states == {
        "affected_functions": ("sick_person", False),
        "affected_duration": ("employer", True),
        "adaptation_tried": ("sick_person", False),
    }
    assert to_obtain == ("affected_duration",)


def record(**facts: object) -> AssessmentRecord:
    given: dict[str, object] = {
        "first_day_of_absence": D(2025, 3, 3),
        "request": Request(by="sick_person", date=D(2025, 3, 18)),
        **facts,
    }
    return AssessmentRecord(Case(**given), D(2025, 3, 20))  # type: ignore[arg-type]


def codes(assessed: AssessmentRecord) -> list[str]:
    return [code for code, _ in assessed.reasons]


def test_the_requester_must_answer_what_is_outstanding() -> None:
    # Decision procedure 5: to obtain, and on the sick person's route the requester answers.
    assessed = record(answers_sick_person=SICK)
    states, required_from, to_obtain = questions_step(assessed, "fast_track")
    assert states is not None
    assert states["affected_duration"] == QuestionState(answered_by="nobody", outstanding=True)
    assert (required_from, to_obtain) == ("sick_person", ("affected_duration",))
    assert codes(assessed) == ["FT-QUESTIONS-TO-OBTAIN", "FT-QUESTIONS-REQUESTER-MUST-ANSWER"]


def test_complete_answers_and_standby() -> None:
    # Decision procedure 5: nothing outstanding; standby: nothing to obtain (§ 13 b, stk. 5).
    employer = Request(by="employer", date=D(2025, 3, 18))
    complete = record(
        request=employer, answers_employer=Answers(affected_duration="weeks"), answers_sick_person=SICK
    )
    assert questions_step(complete, "undetermined")[1:] == ("employer_or_sick_person", ())
    standby = record(standby=True)
    states, _, to_obtain = questions_step(standby, "fast_track")
    assert states is not None
    assert (to_obtain, {s.outstanding for s in states.values()}) == ((), {False})
    assert codes(complete) + codes(standby) == ["FT-QUESTIONS-COMPLETE", "FT-QUESTIONS-NOT-REQUIRED"]


def test_no_questions_off_fast_track_or_on_a_jobcenters_initiative() -> None:
    assert questions_step(record(), "ordinary") == (None, None, ())
    jobcenter = record(request=Request(by="jobcenter", date=D(2025, 3, 18)))
    assert questions_step(jobcenter, "undetermined") == (None, None, ())
