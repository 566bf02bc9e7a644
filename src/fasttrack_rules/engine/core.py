"""The single pass: a case's facts as day numbers in, its outcome as day numbers, codes
and citation numbers out. It applies the decision procedure of the specification in
order (request, consent and track, doctor, meetings, questions, plan), each step once,
and records the reasons as it goes, exactly as the step-by-step rules of
:mod:`fasttrack_rules.rules` do; the test suite holds the two to the same results.

A case the pass does not take (it returns ``None``) is left to the step-by-step rules:
one that breaks a check across fields (they raise the error), one with municipal
calendar adjustments, one whose deadlines could reach the end of the calendars'
coverage, and one that would cite a provision not in force.

Longer than 300 lines: one step per function, in the order of the decision procedure,
kept together so that the pass reads as the procedure does.
"""

from __future__ import annotations

from typing import NamedTuple

from fasttrack_rules.engine.tables import (
    BANK,
    BEK_2024,
    CITATION_LAW,
    COVERAGE_END,
    COVERAGE_START,
    FAST_TRACK,
    MUNICIPAL,
    NOT_IN_FORCE,
    REASONS,
    cite,
    parameter,
    reason_segment,
)
from fasttrack_rules.vocab import DEADLINES, QUESTIONS

__all__ = ["DEADLINE_NAMES", "DeadlineRow", "Facts", "Outcome", "Unsupported", "run"]


class Facts(NamedTuple):
    """A case as the engine reads it: days as day numbers, ``None`` where unknown;
    ``answered`` holds, per question, whether the employer and the sick person answered
    it; ``adjusted``: the case has municipal calendar adjustments."""

    id: str | None
    as_of: int
    first: int
    sick_person: str | None
    over_8_weeks: bool | None
    expected_recovery: int | None
    request_by: str | None
    request_day: int | None
    letter_sent: int | None
    consent_answer: str | None
    consent_day: int | None
    municipality_continues: bool | None
    answered: tuple[tuple[bool, bool], tuple[bool, bool], tuple[bool, bool]]
    doctor_requested: int | None
    doctor_consultation: int | None
    first_meeting: int | None
    plan_agreed: bool | None
    recovered: int | None
    standby: bool
    target_weeks: int | None
    roll: str
    sick_person_window: str
    employer_window: str
    late_request: str
    adjusted: bool


#: One deadline: (name of a municipality's own deadline, else empty; due, status,
#: citation number or -1, duty of, earliest, latest working day); days as day numbers or
#: None.
DeadlineRow = tuple[str, int | None, str, int, str, int | None, int | None]


#: The names of the deadlines every result has, in order.
DEADLINE_NAMES = DEADLINES[:5]


class Unsupported(Exception):
    """The pass does not take this case; the step-by-step rules do."""


class Outcome:
    """What the pass found: the track, the deadlines in the order of the result, the
    questions, the plan, and the reasons as (code, first day of its citations' stretch,
    numbers of the deadline citations cited first), each code once."""

    __slots__ = (
        "deadlines",
        "facts",
        "missing",
        "plan",
        "questions",
        "reasons",
        "required_from",
        "to_obtain",
        "track",
    )

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.track = "undetermined"
        self.deadlines: list[DeadlineRow] = []
        self.questions: tuple[tuple[str, bool], ...] | None = None
        self.required_from: str | None = None
        self.to_obtain: tuple[str, ...] = ()
        self.plan = "undetermined"
        self.missing: list[str] = []
        self.reasons: list[tuple[str, tuple[int, ...]]] = []

    def named_deadlines(self) -> list[tuple[str, DeadlineRow]]:
        """Each deadline with its name, in the order of the result: the five of every
        result, then a municipality's own."""
        rows = self.deadlines
        return [*zip(DEADLINE_NAMES, rows, strict=False), *((row[0], row) for row in rows[5:])]

    def breaches(self) -> list[str]:
        """The municipality's deadlines in law that are missed. The ordinary deadline is
        there for comparison; ``first_meeting`` carries the duty on either track."""
        return [
            name
            for name, (_, _, status, number, duty, _, _) in self.named_deadlines()
            if status == "missed"
            and number >= 0
            and CITATION_LAW[number]
            and duty == "municipality"
            and name != "ordinary_first_meeting"
        ]

    @property
    def days_earlier(self) -> int | None:
        """Days by which the Fast track meeting comes before the ordinary one."""
        meeting, ordinary = self.deadlines[3][1], self.deadlines[4][1]
        if self.track == "fast_track" and meeting is not None and ordinary is not None:
            return ordinary - meeting
        return None


# The last day of evaluation the pass takes: every deadline counted from an event on or
# before it (at most 52 weeks plus a roll) stays inside the coverage.
_LAST_AS_OF = COVERAGE_END - 400


def run(f: Facts) -> Outcome | None:
    """The outcome of case ``f``, or ``None`` when the pass leaves it to the rules."""
    if f.adjusted or not _checks_pass(f):
        return None
    try:
        return _run(f)
    except Unsupported:
        return None


def _run(f: Facts) -> Outcome:
    out = Outcome(f)
    first = f.first
    request_day = first if f.request_day is None else f.request_day
    letter = request_day if f.letter_sent is None else f.letter_sent
    events = {
        "first_day_of_absence": first,
        "request": request_day,
        "letter": letter,
        "form": letter if f.consent_day is None else f.consent_day,
    }
    week_8 = first + 55  # the end of week 8 counted from day 1
    window, applies, deferred, policy = _request(f, out, events)
    track, consent_form = _track(f, out, events, applies, deferred)
    out.track = track
    doctor = _doctor(f, out, events, track)
    meeting, ordinary = _meetings(f, out, events, track, week_8)
    out.deadlines = [window, consent_form, doctor, meeting, ordinary, *policy]
    _questions(f, out, track)
    _plan(f, out, meeting[2])
    out.reasons = _cited(out.reasons, events, first)
    return out


def _checks_pass(f: Facts) -> bool:
    """The checks across fields (steps 8-12 of the errors of a case), and a day of
    evaluation whose deadlines all fall inside the coverage."""
    as_of, first = f.as_of, f.first
    if not COVERAGE_START <= first <= as_of <= _LAST_AS_OF:
        return False
    events = (
        f.request_day,
        f.letter_sent,
        f.consent_day,
        f.doctor_requested,
        f.doctor_consultation,
        f.first_meeting,
        f.recovered,
    )
    for day in events:
        if day is not None and not COVERAGE_START <= day <= as_of:
            return False
    for day in events[4:]:
        if day is not None and day < first:
            return False
    expected = f.expected_recovery
    if expected is not None and not first < expected <= COVERAGE_END:
        return False
    return _route_checks_pass(f) and _values_pass(f)


def _route_checks_pass(f: Facts) -> bool:
    by, request_day, letter = f.request_by, f.request_day, f.letter_sent
    if by != "employer" and (letter is not None or f.consent_answer is not None):
        return False
    asked = f.doctor_requested
    if asked is not None and (by is None or by == "jobcenter" or asked < request_day):  # type: ignore[operator]
        return False
    if letter is not None and letter < request_day:  # type: ignore[operator]
        return False
    return f.consent_day is None or f.consent_day >= (request_day if letter is None else letter)  # type: ignore[operator]


def _values_pass(f: Facts) -> bool:
    over, expected = f.over_8_weeks, f.expected_recovery
    if over is not None and expected is not None and (expected > f.first + 56) != over:
        return False
    return f.target_weeks is None or 1 <= f.target_weeks <= 52


def _cite(name: str, day: int) -> int:
    number = cite(name, day)
    if number == NOT_IN_FORCE:
        raise Unsupported(name)
    return number


def _param(name: str, day: int) -> tuple[int, str]:
    found = parameter(name, day)
    if found is None:
        raise Unsupported(name)
    return found


def _status(due: int, held: int | None, f: Facts, earliest: int | None = None) -> str:
    """The status of a duty due on ``due`` and done on ``held``."""
    recovered = f.recovered
    if recovered is not None and recovered <= due and (held is None or held >= recovered):
        return "lapsed"
    if held is not None:
        return "met" if held <= due and (earliest is None or held >= earliest) else "missed"
    return "missed" if f.as_of > due else "pending"


def _roll(unrolled: int, f: Facts) -> tuple[int, tuple[str, ...]]:
    if f.roll == "none":
        return unrolled, ()
    due = MUNICIPAL.open_days[MUNICIPAL.prefix[unrolled - MUNICIPAL.base]]
    return due, ("FT-DEADLINE-ROLLED-FORWARD",) if due != unrolled else ()


def _bank_add(day: int, n: int) -> int:
    """The n-th bank day strictly after ``day`` (n > 0)."""
    return BANK.open_days[BANK.prefix[day - BANK.base + 1] + n - 1]


def _not_applicable(duty: str) -> DeadlineRow:
    return ("", None, "not_applicable", -1, duty, None, None)


def _undetermined(duty: str) -> DeadlineRow:
    return ("", None, "undetermined", -1, duty, None, None)


_Verdict = tuple[bool | None, str, str]


def _request(
    f: Facts, out: Outcome, events: dict[str, int]
) -> tuple[DeadlineRow, bool | None, tuple[_Verdict, ...], list[DeadlineRow]]:
    """Steps 2.1-2.5: the window, whether Fast track applies so far, the verdicts not yet
    recorded, and a municipality's own deadline."""
    by, day, reasons = f.request_by, f.request_day, out.reasons
    duty = "employer" if by == "employer" else "sick_person"
    window = _not_applicable(duty)
    if by is None or day is None:
        reasons.append(("FT-NO-REQUEST", ()))
    elif day < FAST_TRACK:
        reasons.append(("FT-NOT-IN-FORCE", ()))
    elif by == "jobcenter":
        return window, False, (), _jobcenter(f, out, day)
    elif day < f.first:
        reasons.append(("FT-REQUEST-BEFORE-ABSENCE", ()))
        name = "employer_request" if by == "employer" else "sick_person_request"
        window = ("", None, "missed", _cite(name, day), duty, None, None)
    else:
        return _valid_request(f, out, by, day, duty)
    return window, False, (), []


def _jobcenter(f: Facts, out: Outcome, day: int) -> list[DeadlineRow]:
    out.reasons.append(("FT-JOBCENTER-INITIATIVE", ()))
    weeks = f.target_weeks
    if weeks is None:
        return []
    out.reasons.append(("FT-POLICY-TARGET", ()))
    due = day + 7 * weeks
    citation = _cite("interpretation:policy_target_weeks", day)
    status = "not_required" if f.standby else _status(due, f.first_meeting, f)
    return [("policy_first_meeting", due, status, citation, "municipality", None, None)]


def _valid_request(
    f: Facts, out: Outcome, by: str, day: int, duty: str
) -> tuple[DeadlineRow, bool | None, tuple[_Verdict, ...], list[DeadlineRow]]:
    reasons = out.reasons
    weeks = _param("request_window_weeks", day)[0]
    if by == "sick_person" and f.sick_person_window == "none":
        reasons.append(("FT-SICK-PERSON-NO-TIME-LIMIT", ()))
        window: DeadlineRow = (
            "",
            None,
            "not_applicable",
            _cite("sick_person_request", day),
            duty,
            None,
            None,
        )
        in_time = True
    else:
        after = by == "employer" and f.employer_window == "five_weeks_after"
        due, rolled = _roll(f.first + 7 * weeks - (0 if after else 1), f)
        in_time = day <= due
        if by == "employer":
            reasons.append(("FT-REQUEST-IN-TIME" if in_time else "FT-REQUEST-LATE", ()))
        else:
            reasons.append(
                ("FT-SICK-PERSON-REQUEST-IN-TIME" if in_time else "FT-SICK-PERSON-REQUEST-LATE", ())
            )
        reasons.extend((code, ()) for code in rolled)
        source = "employer_request" if by == "employer" else "interpretation:sick_person_window"
        window = ("", due, "met" if in_time else "missed", _cite(source, day), duty, None, None)
    verdicts: list[_Verdict] = []
    if by == "employer":
        subject = f.sick_person
        if subject is None:
            verdicts.append((None, "FT-SUBJECT-UNKNOWN", "sick_person"))
        elif subject == "employee":
            verdicts.append((True, "", "sick_person"))
        else:
            verdicts.append((False, "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE", "sick_person"))
    verdicts.append((*_condition(f), "over_8_weeks"))
    if not in_time or any(v[0] is False for v in verdicts):
        reasons.extend((v[1], ()) for v in verdicts if v[0] is False)
        return window, False, (), []
    applies = None if any(v[0] is None for v in verdicts) else True
    return window, applies, tuple(v for v in verdicts if v[1]), []


def _condition(f: Facts) -> tuple[bool | None, str]:
    """The 8-week condition: the forecast, or the expected recovery after day 1 + 56."""
    over = f.over_8_weeks
    if over is None and f.expected_recovery is not None:
        weeks = _param("recovery_condition_weeks", FAST_TRACK)[0]
        over = f.expected_recovery > f.first + 7 * weeks
    if over is None:
        return None, "FT-CONDITION-UNKNOWN"
    return over, "FT-CONDITION-MET" if over else "FT-CONDITION-NOT-MET"


def _track(
    f: Facts, out: Outcome, events: dict[str, int], applies: bool | None, deferred: tuple[_Verdict, ...]
) -> tuple[str, DeadlineRow]:
    """Steps 2.6-2.7: consent on the employer's route, then the track."""
    consent = None
    if f.request_by == "employer" and applies is not False:
        consent = _consent(f, events["request"])
    decided = consent is not None and consent[2] is False
    for holds, code, fact in deferred:
        if holds is not None:
            out.reasons.append((code, ()))
        elif not decided:
            out.reasons.append((code, ()))
            out.missing.append(fact)
    form: DeadlineRow = _not_applicable("sick_person")
    if consent is not None:
        due, status, fast_track, codes, missing = consent
        out.reasons.extend((code, ()) for code in codes)
        out.missing.extend(missing)
        form = ("", due, status, _cite("consent_form_deadline", events["letter"]), "sick_person", None, None)
        applies = False if fast_track is False else None if fast_track is None or applies is None else True
    if applies is None:
        out.reasons.append(("FT-TRACK-UNDETERMINED", ()))
        return "undetermined", form
    return ("fast_track" if applies else "ordinary"), form


_Consent = tuple[int | None, str, bool | None, tuple[str, ...], tuple[str, ...]]


def _form_due(letter: int) -> int:
    return _bank_add(letter, _param("consent_form_bank_days", letter)[0])


def _consent(f: Facts, request_day: int) -> _Consent:
    """SDL § 7 d; BEK § 4, stk. 1 and 2: the form's deadline, status and consequence."""
    answer, returned, letter = f.consent_answer, f.consent_day, f.letter_sent
    if answer == "refuses":
        return (
            None if letter is None else _form_due(letter),
            "not_applicable",
            False,
            ("FT-CONSENT-REFUSED",),
            (),
        )
    if letter is None:
        return _letter_unknown(f, request_day)
    due = _form_due(letter)
    if returned is not None and returned <= due:
        return due, "met", True, ("FT-CONSENT-IN-TIME",), ()
    if returned is None and f.as_of <= due:
        return due, "pending", None, ("FT-CONSENT-PENDING",), ("consent",)
    late = "FT-CONSENT-LATE" if returned is not None else "FT-CONSENT-MISSING"
    continues = f.municipality_continues
    if continues is None:
        return due, "missed", None, (late, "FT-MUNICIPALITY-DECISION-UNKNOWN"), ("municipality_continues",)
    if continues:
        return due, "missed", True, (late, "FT-MUNICIPALITY-CONTINUES"), ()
    return due, "missed", False, (late, "FT-MUNICIPALITY-STOPS"), ()


def _letter_unknown(f: Facts, request_day: int) -> _Consent:
    earliest_due = _form_due(request_day)
    returned = f.consent_day
    if returned is not None and returned <= earliest_due:
        return None, "met", True, ("FT-CONSENT-IN-TIME-ANY-LETTER",), ()
    if returned is None and f.as_of <= earliest_due:
        return None, "pending", None, ("FT-CONSENT-PENDING",), ("consent",)
    continues = f.municipality_continues
    if returned is not None and continues:
        return None, "undetermined", True, ("FT-LETTER-UNKNOWN", "FT-MUNICIPALITY-CONTINUES"), ()
    missing: tuple[str, ...] = ("letter_sent",) if returned is not None else ("letter_sent", "consent")
    if continues is None:
        missing += ("municipality_continues",)
    return None, "undetermined", None, ("FT-LETTER-UNKNOWN",), missing


_DOCTOR_CODES = {
    "met": "FT-DOCTOR-MET",
    "missed": "FT-DOCTOR-MISSED",
    "pending": "FT-DOCTOR-PENDING",
    "lapsed": "FT-DOCTOR-LAPSED",
}


def _doctor(f: Facts, out: Outcome, events: dict[str, int], track: str) -> DeadlineRow:
    """Step 3: the consultation with the sick person's own doctor."""
    by, day = f.request_by, f.request_day
    if track not in ("fast_track", "undetermined") or by is None or day is None or by == "jobcenter":
        return _not_applicable("sick_person")
    if f.standby:
        out.reasons.append(("FT-DOCTOR-NOT-REQUIRED", ()))
        return ("", None, "not_required", _cite("standby", day), "sick_person", None, None)
    form = f.consent_day
    if by == "employer" and f.letter_sent is None and day < BEK_2024 and (form is None or form < BEK_2024):
        out.missing.append("letter_sent")  # the 2015-2024 window counts from the letter
        return _undetermined("sick_person")
    earliest, due, source, start, codes, transition, conditional = _doctor_rule(f, by, day, form)
    status = None if due is None else _status(due, f.doctor_consultation, f, earliest)
    unasked = status == "missed" and conditional and f.doctor_requested is None
    if unasked:
        out.missing.append("doctor_requested")
    if track == "undetermined":
        return _undetermined("sick_person")
    citation = _cite(source, start)
    first = (_cite("interpretation:doctor_rule_transition", events["form"]),) if transition else ()
    out.reasons.append((codes[0], first))
    out.reasons.extend((code, ()) for code in codes[1:])
    if due is None or status is None:
        return ("", None, "pending", citation, "sick_person", None, None)
    if unasked:
        status = "undetermined"
        out.reasons.append(("FT-DOCTOR-REQUEST-UNKNOWN", (citation,)))
    else:
        held = f.doctor_consultation
        too_early = status == "missed" and earliest is not None and held is not None and held < earliest
        out.reasons.append(("FT-DOCTOR-TOO-EARLY" if too_early else _DOCTOR_CODES[status], (citation,)))
    return ("", due, status, citation, "sick_person", earliest, None)


_Rule = tuple[int | None, int | None, str, int, tuple[str, ...], bool, bool]


def _doctor_rule(f: Facts, by: str, day: int, form: int | None) -> _Rule:
    """The consultation's window in the rule in force on its start event: (earliest,
    due, provision, start, codes, transition decided by interpretation, conditional)."""
    if by == "sick_person":
        days, source = _param("doctor_days_after_request", day)
        due, rolled = _roll(day + days, f)
        return None, due, source, day, ("FT-DOCTOR-RULE-SICK-PERSON", *rolled), False, True
    letter = f.letter_sent
    if form is not None and form >= BEK_2024:
        days, source = _param("doctor_days_after_form", form)
        due, rolled = _roll(form + days, f)
        transition = (day if letter is None else letter) < BEK_2024
        return None, due, source, form, ("FT-DOCTOR-RULE-2024", *rolled), transition, True
    if letter is not None and letter < BEK_2024:
        first = _param("doctor_earliest_bank_day_after_letter", letter)[0]
        last, source = _param("doctor_latest_bank_day_after_letter", letter)
        return (
            _bank_add(letter, first),
            _bank_add(letter, last),
            source,
            letter,
            ("FT-DOCTOR-RULE-2014",),
            False,
            False,
        )
    start = max(day if letter is None else letter, BEK_2024)
    return None, None, "doctor_employer_route", start, ("FT-DOCTOR-AWAITS-FORM",), False, True


_MEETING_CODES = {
    "met": "FT-MEETING-MET",
    "missed": "FT-MEETING-MISSED",
    "pending": "FT-MEETING-PENDING",
    "lapsed": "FT-MEETING-LAPSED",
    "not_required": "FT-MEETING-NOT-REQUIRED",
}


def _meetings(
    f: Facts, out: Outcome, events: dict[str, int], track: str, week_8: int
) -> tuple[DeadlineRow, DeadlineRow]:
    """Step 4: the first meeting on the track, and the ordinary one beside it."""
    if ("FT-CONSENT-REFUSED", ()) in out.reasons:
        week_8_citation = _cite("refusal_meeting", events["request"])
    else:
        week_8_citation = _cite("ordinary_first_meeting", events["first_day_of_absence"])
    ordinary, _ = _meeting(f, week_8, week_8_citation)
    if track == "fast_track":
        day = f.request_day
        assert day is not None  # Fast track needs a request
        weeks = _param("fast_track_meeting_weeks", day)[0]
        unrolled = day + 7 * weeks
        out.reasons.append(("FT-MEETING-DUE-FAST-TRACK", ()))
        if f.late_request == "earliest" and week_8 < unrolled:  # capped: the week-8 rule decides
            out.reasons.append(("FT-MEETING-CAPPED-AT-WEEK-8", ()))
            return _first_meeting(f, out, week_8, week_8_citation), ordinary
        return _first_meeting(f, out, unrolled, _cite("fast_track_meeting", day)), ordinary
    if track == "ordinary":
        out.reasons.append(("FT-MEETING-DUE-ORDINARY", (week_8_citation,)))
        return _first_meeting(f, out, week_8, week_8_citation), ordinary
    return _undetermined("municipality"), ordinary


def _first_meeting(f: Facts, out: Outcome, unrolled: int, citation: int) -> DeadlineRow:
    deadline, rolled = _meeting(f, unrolled, citation)
    out.reasons.extend((code, ()) for code in rolled)
    out.reasons.append((_MEETING_CODES[deadline[2]], (citation,)))
    return deadline


def _meeting(f: Facts, unrolled: int, citation: int) -> tuple[DeadlineRow, tuple[str, ...]]:
    due, rolled = _roll(unrolled, f)
    status = "not_required" if f.standby else _status(due, f.first_meeting, f)
    latest = MUNICIPAL.open_days[MUNICIPAL.prefix[due - MUNICIPAL.base + 1] - 1]
    return ("", due, status, citation, "municipality", None, latest), rolled


def _questions(f: Facts, out: Outcome, track: str) -> None:
    """Step 5: who answered each of the three questions, and what is still to obtain."""
    route = f.request_by
    if track not in ("fast_track", "undetermined") or route not in ("employer", "sick_person"):
        return
    states = []
    to_obtain = []
    for question, (by_employer, by_sick) in zip(QUESTIONS, f.answered, strict=True):
        who = ("both" if by_sick else "employer") if by_employer else ("sick_person" if by_sick else "nobody")
        missing = not by_sick if route == "sick_person" else who == "nobody"
        states.append((who, missing and not f.standby))
        if missing:
            to_obtain.append(question)
    if f.standby:
        out.reasons.append(("FT-QUESTIONS-NOT-REQUIRED", ()))
        to_obtain = []
    elif not to_obtain:
        out.reasons.append(("FT-QUESTIONS-COMPLETE", ()))
    else:
        out.reasons.append(("FT-QUESTIONS-TO-OBTAIN", ()))
        if route == "sick_person":
            out.reasons.append(("FT-QUESTIONS-REQUESTER-MUST-ANSWER", ()))
    out.questions = tuple(states)
    out.required_from = "sick_person" if route == "sick_person" else "employer_or_sick_person"
    out.to_obtain = tuple(to_obtain)


def _plan(f: Facts, out: Outcome, meeting_status: str) -> None:
    """Step 6: the plan for the return to work."""
    if f.first_meeting is None:
        if meeting_status == "undetermined":
            out.plan = "undetermined"
        elif meeting_status in ("not_applicable", "not_required", "lapsed"):
            out.plan = "not_applicable"
        else:
            out.reasons.append(("FT-PLAN-PENDING", ()))
            out.plan = "pending"
    elif f.plan_agreed is None:
        out.reasons.append(("FT-PLAN-UNKNOWN", ()))
        out.missing.append("plan_agreed")
        out.plan = "undetermined"
    else:
        out.reasons.append(("FT-PLAN-AGREED" if f.plan_agreed else "FT-PLAN-NOT-AGREED", ()))
        out.plan = "agreed" if f.plan_agreed else "not_agreed"


def _cited(
    reasons: list[tuple[str, tuple[int, ...]]], events: dict[str, int], first: int
) -> list[tuple[str, tuple[int, ...]]]:
    """Each code once, in the order first given, with the day that dates its citations
    (the first day of its stretch) in front of the citations cited first. A reason
    whose own provisions are not all in force is left to the rules (they say which)."""
    seen: dict[str, tuple[int, ...]] = {}
    for code, cited_first in reasons:
        if code not in seen:
            segment, own = reason_segment(code, events.get(REASONS[code][0], first))
            if own is None:
                raise Unsupported(code)
            seen[code] = (segment, *cited_first)
    return list(seen.items())
