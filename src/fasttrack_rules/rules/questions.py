"""The three questions (specification: questions; decision procedure, step 5): who
answered each, and what the caseworker must obtain before the meeting.
"""

from __future__ import annotations

from typing import Literal

from fasttrack_rules.facts import Answers
from fasttrack_rules.results import QUESTION_STATES, QuestionState
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.vocab import QUESTIONS, Answerer, QuestionsRequiredFrom, Track

__all__ = ["QuestionsStep", "question_states", "questions_step"]

#: The questions' states, whom they are required from, and the questions to obtain.
QuestionsStep = tuple[dict[str, QuestionState] | None, QuestionsRequiredFrom | None, tuple[str, ...]]


def question_states(
    employer: Answers, sick_person: Answers, route: Literal["employer", "sick_person"]
) -> tuple[dict[str, tuple[Answerer, bool]], tuple[str, ...]]:
    """The three questions (BEK 2024 § 3, stk. 1, nr. 1-3): per question who answered
    and whether an answer is still outstanding, plus the questions the caseworker must
    obtain before the meeting. On the employer route an answer from either party
    counts (§ 3, stk. 2); on the § 7 e route the sick person must answer (§ 7)."""
    states: dict[str, tuple[Answerer, bool]] = {}
    outstanding: list[str] = []
    for question in QUESTIONS:
        by_employer, by_sick = employer.answered(question), sick_person.answered(question)
        who: Answerer = (
            ("both" if by_sick else "employer") if by_employer else ("sick_person" if by_sick else "nobody")
        )
        missing = not by_sick if route == "sick_person" else who == "nobody"
        states[question] = (who, missing)
        if missing:
            outstanding.append(question)
    return states, tuple(outstanding)


def questions_step(record: AssessmentRecord, track: Track) -> QuestionsStep:
    """Step 5: who answered each of the three questions and what the caseworker must
    obtain before the meeting (nothing in a standby case, followed without contact)."""
    route = record.route
    if track not in ("fast_track", "undetermined") or route not in ("employer", "sick_person"):
        return None, None, ()
    case = record.case
    states, to_obtain = question_states(case.answers_employer, case.answers_sick_person, route)
    if case.standby:
        record.add_reason("FT-QUESTIONS-NOT-REQUIRED")
        states = {question: (who, False) for question, (who, _) in states.items()}
        to_obtain = ()
    elif not to_obtain:
        record.add_reason("FT-QUESTIONS-COMPLETE")
    else:
        record.add_reason("FT-QUESTIONS-TO-OBTAIN")
        if route == "sick_person":
            record.add_reason("FT-QUESTIONS-REQUESTER-MUST-ANSWER")
    questions = {question: QUESTION_STATES[state] for question, state in states.items()}
    return questions, ("sick_person" if route == "sick_person" else "employer_or_sick_person"), to_obtain
