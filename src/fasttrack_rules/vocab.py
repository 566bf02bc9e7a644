"""The named value sets of the rules, each defined once: a ``Literal`` type for the type
checker and, beside it, the tuple of its values (in their documented order) for code,
schemas and documents. Everything else imports them from here; a test checks that the
shipped JSON Schemas list exactly these values. Two checks on them live here too, so
that every reader shares them without importing more: :func:`check_lang` and the rule
for a given answer.
"""

from __future__ import annotations

from typing import Literal, get_args

from fasttrack_rules.errors import InvalidValueError

__all__ = [
    "ANSWERERS",
    "CONSENT_ANSWERS",
    "DEADLINES",
    "DUTIES",
    "EMPLOYER_WINDOWS",
    "INTERPRETATIONS",
    "LANGS",
    "LATE_REQUESTS",
    "PLAN_STATUSES",
    "QUESTIONS",
    "QUESTIONS_REQUIRED_FROM",
    "REQUESTERS",
    "ROLL_POLICIES",
    "SICK_PERSONS",
    "SICK_PERSON_WINDOWS",
    "STATUSES",
    "TRACKS",
    "Answerer",
    "ConsentAnswer",
    "Duty",
    "EmployerWindow",
    "Lang",
    "LateRequest",
    "PlanStatus",
    "QuestionsRequiredFrom",
    "Requester",
    "RollPolicy",
    "SickPerson",
    "SickPersonWindow",
    "Status",
    "Track",
    "check_lang",
]

# -- the facts of a case -----------------------------------------------------------------
#: Who the sick person is (SDL § 7 c: an employer asks only for an employee).
SickPerson = Literal["employee", "unemployed", "self_employed"]
SICK_PERSONS: tuple[SickPerson, ...] = get_args(SickPerson)

#: Who asked for early follow-up: the employer (§ 7 c), the sick person (§ 7 e) or the
#: jobcenter on its own initiative. The requester is also the case's route.
Requester = Literal["employer", "sick_person", "jobcenter"]
REQUESTERS: tuple[Requester, ...] = get_args(Requester)

#: The employee's answer on the consent form (employer route, SDL § 7 d).
ConsentAnswer = Literal["agrees", "refuses"]
CONSENT_ANSWERS: tuple[ConsentAnswer, ...] = get_args(ConsentAnswer)

#: The three questions (BEK 2024 § 3, stk. 1, nr. 1-3), in order.
QUESTIONS: tuple[str, str, str] = ("affected_functions", "affected_duration", "adaptation_tried")

# -- the named interpretations (the first value of each is its default) ------------------
#: ``roll``: whether a deadline on a closed day moves to the next working day.
RollPolicy = Literal["none", "forward"]
#: The values of ``roll``, the default first.
ROLL_POLICIES: tuple[RollPolicy, ...] = get_args(RollPolicy)

#: ``sick_person_window``: the time limit read into § 7 e for the sick person's request.
SickPersonWindow = Literal["five_weeks", "none"]
SICK_PERSON_WINDOWS: tuple[SickPersonWindow, ...] = get_args(SickPersonWindow)

#: ``employer_window``: how "within the first 5 weeks" of § 7 c, stk. 1, is counted.
EmployerWindow = Literal["first_five_weeks", "five_weeks_after"]
EMPLOYER_WINDOWS: tuple[EmployerWindow, ...] = get_args(EmployerWindow)

#: ``late_request``: whether a late request's meeting may fall after the end of week 8.
LateRequest = Literal["earliest", "request"]
LATE_REQUESTS: tuple[LateRequest, ...] = get_args(LateRequest)

#: Every interpretation by name, with its values; the first value is the default.
INTERPRETATIONS: dict[str, tuple[str, ...]] = {
    "roll": ROLL_POLICIES,
    "sick_person_window": SICK_PERSON_WINDOWS,
    "employer_window": EMPLOYER_WINDOWS,
    "late_request": LATE_REQUESTS,
}

# -- the result of an assessment ---------------------------------------------------------
#: Which follow-up applies: Fast track, the ordinary rule, or not yet decidable.
Track = Literal["fast_track", "ordinary", "undetermined"]
#: The tracks, in their documented order.
TRACKS: tuple[Track, ...] = get_args(Track)

#: The status of a deadline.
Status = Literal["met", "missed", "pending", "lapsed", "not_required", "undetermined", "not_applicable"]
#: The statuses of a deadline, in their documented order.
STATUSES: tuple[Status, ...] = get_args(Status)

#: Whether a return-to-work plan was agreed at the first meeting.
PlanStatus = Literal["agreed", "not_agreed", "pending", "undetermined", "not_applicable"]
PLAN_STATUSES: tuple[PlanStatus, ...] = get_args(PlanStatus)

#: Who must act by a deadline.
Duty = Literal["municipality", "employer", "sick_person"]
DUTIES: tuple[Duty, ...] = get_args(Duty)

#: Who answered one of the three questions.
Answerer = Literal["employer", "sick_person", "both", "nobody"]
ANSWERERS: tuple[Answerer, ...] = get_args(Answerer)

#: Whose answers to the three questions count (§ 3, stk. 2, of the order; § 7 e route).
QuestionsRequiredFrom = Literal["employer_or_sick_person", "sick_person"]
QUESTIONS_REQUIRED_FROM: tuple[QuestionsRequiredFrom, ...] = get_args(QuestionsRequiredFrom)

#: The deadlines every assessment reports, in order (``policy_first_meeting`` follows
#: them when a jobcenter-initiated case gives a municipal target).
DEADLINES: tuple[str, ...] = (
    "request_window",
    "consent_form",
    "doctor_consultation",
    "first_meeting",
    "ordinary_first_meeting",
)

# -- texts ---------------------------------------------------------------------------------
#: The languages of every text: Danish and English.
Lang = Literal["da", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)


def _is_answer(text: str | None) -> bool:
    """Whether ``text`` answers a question: given and not blank. The one statement of
    the rule, for :meth:`~fasttrack_rules.facts.Answers.answered` and the engine's
    readers (which have checked the type)."""
    return text is not None and text.strip() != ""


def check_lang(lang: object) -> Lang:
    """Return the language ``lang`` names (``"da"`` or ``"en"``, the plain string), else raise.

    A string is compared by its characters (``str``'s own equality), so that a value
    whose ``==`` says yes to anything is refused here rather than failing later.

    Raises:
        InvalidValueError: ``lang`` is not ``"da"`` or ``"en"`` (field ``lang``).
    """
    if isinstance(lang, str):
        for known in LANGS:
            if str.__eq__(lang, known):
                return known
    raise InvalidValueError("lang", lang, f"expected one of {', '.join(LANGS)}")
