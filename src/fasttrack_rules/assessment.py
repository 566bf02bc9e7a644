"""``assess``: the facts of one case and the date of evaluation in, the track, every
deadline, what is missing and why out. Composes the rules of ``rules``; cites the law
through the reason catalogue; never reads the clock.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Literal

import attrs

from fasttrack_rules import __version__, rules
from fasttrack_rules._validate import check_date
from fasttrack_rules.calendars import (
    FIRST_YEAR,
    LAST_YEAR,
    TABLE_CACHE_SIZE,
    Calendar,
    danish_bank_days,
    municipal_working_days,
)
from fasttrack_rules.errors import CalendarRangeError, FutureEventError, InvalidValueError
from fasttrack_rules.facts import CalendarSpec, Case, Interpretation
from fasttrack_rules.law import FAST_TRACK_START, RULESET_VERSION, parameter
from fasttrack_rules.periods import at_latest_weeks_after, latest_working_day_on_or_before
from fasttrack_rules.reasons import CATALOGUE, Reason
from fasttrack_rules.rules import Answerer, Status

__all__ = [
    "DEADLINES",
    "STATUSES",
    "TRACKS",
    "Assessment",
    "Deadline",
    "PlanStatus",
    "QuestionState",
    "Track",
    "Versions",
    "assess",
]

Track = Literal["fast_track", "ordinary", "undetermined", "not_applicable"]
PlanStatus = Literal["agreed", "not_agreed", "pending", "undetermined", "not_applicable"]
Duty = Literal["municipality", "employer", "sick_person"]

#: The values of ``Assessment.track`` and of a deadline's ``status``.
TRACKS: tuple[Track, ...] = ("fast_track", "ordinary", "undetermined", "not_applicable")
STATUSES: tuple[Status, ...] = (
    "met",
    "missed",
    "pending",
    "lapsed",
    "not_required",
    "undetermined",
    "not_applicable",
)
#: The deadlines every assessment reports, in order (plus ``policy_first_meeting`` when
#: a jobcenter-initiated case gives a municipal target).
DEADLINES = (
    "request_window",
    "consent_form",
    "doctor_consultation",
    "first_meeting",
    "ordinary_first_meeting",
)


@attrs.frozen(kw_only=True)
class Deadline:
    """One deadline of a case.

    Attributes:
        due: the last compliant day (None when it does not apply or is undetermined).
        status: met, missed, pending, lapsed, not_required, undetermined, not_applicable.
        citation: the provision that sets it (``str`` of a :class:`~fasttrack_rules.Citation`).
        duty_of: who must act by the due day.
        is_law: False for a municipality's own policy target (never a breach of law).
        earliest: the first compliant day, where the rule sets one (BEK 2014 doctor rule).
        latest_working_day: for meetings, the last municipal working day on or before ``due``.
    """

    due: _dt.date | None
    status: Status
    citation: str | None
    duty_of: Duty
    is_law: bool = True
    earliest: _dt.date | None = None
    latest_working_day: _dt.date | None = None

    def to_json(self) -> dict[str, object]:
        """The deadline as a JSON-compatible dict (dates as ISO strings)."""
        out: dict[str, object] = {
            "due": None if self.due is None else self.due.isoformat(),
            "status": self.status,
            "citation": self.citation,
            "duty_of": self.duty_of,
            "is_law": self.is_law,
        }
        if self.earliest is not None:
            out["earliest"] = self.earliest.isoformat()
        if self.latest_working_day is not None:
            out["latest_working_day"] = self.latest_working_day.isoformat()
        return out


@attrs.frozen(kw_only=True)
class QuestionState:
    """One of the three questions: who answered it, and whether an answer is still
    outstanding from whoever must give it."""

    answered_by: Answerer
    outstanding: bool


@attrs.frozen(kw_only=True)
class Versions:
    """What a result was computed with: library, rule set, ``holidays`` and calendars."""

    library: str
    ruleset: str
    holidays: str
    bank_calendar: str
    bank_calendar_hash: str
    municipal_calendar: str
    municipal_calendar_hash: str

    def to_json(self) -> dict[str, object]:
        """The version stamp as a JSON-compatible dict."""
        return {
            "library": self.library,
            "ruleset": self.ruleset,
            "holidays": self.holidays,
            "calendars": {
                "bank": {"id": self.bank_calendar, "content_hash": self.bank_calendar_hash},
                "municipal": {"id": self.municipal_calendar, "content_hash": self.municipal_calendar_hash},
            },
        }


@attrs.frozen(kw_only=True)
class Assessment:
    """The result of :func:`assess`. ``reasons`` lists the catalogue entries that decided
    it, in the order the rules were applied; ``missing_facts`` names the input fields
    whose absence leaves some part ``undetermined``."""

    id: str | None
    as_of: _dt.date
    track: Track
    route: Literal["employer", "sick_person", "jobcenter"] | None
    deadlines: dict[str, Deadline]
    days_earlier: int | None
    questions: dict[str, QuestionState] | None
    questions_required_from: Literal["employer_or_sick_person", "sick_person"] | None
    to_obtain: tuple[str, ...]
    plan: PlanStatus
    missing_facts: tuple[str, ...]
    breaches: tuple[str, ...]
    reasons: tuple[Reason, ...]
    interpretation: Interpretation
    versions: Versions

    @property
    def reason_codes(self) -> tuple[str, ...]:
        """The reason codes, in order."""
        return tuple(r.code for r in self.reasons)

    def to_json(self, *, lang: Literal["da", "en"] = "en") -> dict[str, object]:
        """The result as a JSON-compatible dict (the output protocol); reason texts in
        ``lang``."""
        return {
            "id": self.id,
            "as_of": self.as_of.isoformat(),
            "track": self.track,
            "route": self.route,
            "deadlines": {name: d.to_json() for name, d in self.deadlines.items()},
            "days_earlier": self.days_earlier,
            "questions": None
            if self.questions is None
            else {
                "required_from": self.questions_required_from,
                **{
                    q: {"answered_by": s.answered_by, "outstanding": s.outstanding}
                    for q, s in self.questions.items()
                },
            },
            "to_obtain": list(self.to_obtain),
            "plan": self.plan,
            "missing_facts": list(self.missing_facts),
            "breaches": list(self.breaches),
            "reasons": [_reason_json(r.code, lang) for r in self.reasons],
            "interpretation": self.interpretation.to_json(),
            "versions": self.versions.to_json(),
        }


_REASON_JSON: dict[tuple[str, str], tuple[str, tuple[str, ...], str]] = {}


def _reason_json(code: str, lang: str) -> dict[str, object]:
    # The texts are formatted once per code and language; each result gets fresh
    # containers, so a caller that edits one result cannot change another.
    cached = _REASON_JSON.get((code, lang))
    if cached is None:
        r = CATALOGUE[code]
        cached = _REASON_JSON[code, lang] = (code, tuple(str(c) for c in r.citations), r.text(lang))
    return {"code": cached[0], "citations": list(cached[1]), "text": cached[2]}


# -- calendars and versions, built once per definition (bounded like the tables) ---------
@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _municipal(spec: CalendarSpec) -> Calendar:
    try:
        return municipal_working_days(extra_closed=spec.extra_closed, open_on=spec.open_on)
    except CalendarRangeError as e:
        raise CalendarRangeError(f"calendar.{e.field}", e.value, e.message) from None
    except InvalidValueError as e:
        raise type(e)(f"calendar.{e.field}", e.value, e.message) from None


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _versions(bank: Calendar, municipal: Calendar) -> Versions:
    from importlib.metadata import version

    return Versions(
        library=__version__,
        ruleset=RULESET_VERSION,
        holidays=version("holidays"),
        bank_calendar=bank.id,
        bank_calendar_hash=bank.content_hash,
        municipal_calendar=municipal.id,
        municipal_calendar_hash=municipal.content_hash,
    )


_LOW, _HIGH = _dt.date(FIRST_YEAR, 1, 1), _dt.date(LAST_YEAR, 12, 31)


def _check_events(case: Case, as_of: _dt.date) -> None:
    """No event after ``as_of``; events in a possible order; dates inside the coverage."""
    first = case.first_day_of_absence
    request = case.request
    events: list[tuple[str, _dt.date | None]] = [
        ("first_day_of_absence", first),
        ("request.date", None if request is None else request.date),
        ("letter_sent", case.letter_sent),
        ("consent.date", None if case.consent is None else case.consent.date),
        ("doctor_consultation", case.doctor_consultation),
        ("first_meeting", case.first_meeting),
        ("recovered", case.recovered),
    ]
    if not _LOW <= as_of <= _HIGH:
        raise CalendarRangeError("as_of", as_of, f"outside the covered years {FIRST_YEAR}-{LAST_YEAR}")
    for field, day in [*events, ("expected_recovery", case.expected_recovery)]:
        if day is not None and not _LOW <= day <= _HIGH:
            raise CalendarRangeError(field, day, f"outside the covered years {FIRST_YEAR}-{LAST_YEAR}")
    for field, day in events:
        if day is not None and day > as_of:
            raise FutureEventError(
                field, day, f"is after as_of ({as_of.isoformat()}): a case cannot know its future"
            )
    # The letter and the form follow the request, which may itself (invalidly) precede
    # the absence; the consultation, the meeting and the recovery cannot.
    for field, day in events[4:]:
        if day is not None and day < first:
            raise InvalidValueError(field, day, f"is before the first day of absence ({first.isoformat()})")
    if case.expected_recovery is not None and case.expected_recovery <= first:
        raise InvalidValueError(
            "expected_recovery", case.expected_recovery, "must be after the first day of absence"
        )
    employer = request is not None and request.by == "employer"
    for field, value in (("letter_sent", case.letter_sent), ("consent", case.consent)):
        if value is not None and not employer:
            raise InvalidValueError(field, value, "applies only to an employer's request (SDL § 7 d)")
    if request is not None and case.letter_sent is not None and case.letter_sent < request.date:
        raise InvalidValueError("letter_sent", case.letter_sent, "is before the request")
    if case.consent is not None:
        start = case.letter_sent or request.date  # type: ignore[union-attr]  # employer checked above
        if case.consent.date < start:
            raise InvalidValueError("consent.date", case.consent.date, "is before the letter (or request)")
    if case.over_8_weeks is not None and case.expected_recovery is not None:
        by_date, _ = rules.condition(first, None, case.expected_recovery)
        if by_date != case.over_8_weeks:
            raise InvalidValueError(
                "expected_recovery", case.expected_recovery, "contradicts over_8_weeks; give one forecast"
            )
    if case.municipal_target_weeks is not None and case.municipal_target_weeks < 1:
        raise InvalidValueError("municipal_target_weeks", case.municipal_target_weeks, "must be at least 1")


# Deadlines without a date and question states have few possible values; being frozen,
# one shared instance of each serves every result.
_NOT_APPLICABLE: dict[Duty, Deadline] = {
    duty: Deadline(due=None, status="not_applicable", citation=None, duty_of=duty)
    for duty in ("municipality", "employer", "sick_person")
}
_UNDETERMINED: dict[Duty, Deadline] = {
    duty: Deadline(due=None, status="undetermined", citation=None, duty_of=duty)
    for duty in ("municipality", "employer", "sick_person")
}
_QUESTION_STATES: dict[tuple[Answerer, bool], QuestionState] = {
    (who, out): QuestionState(answered_by=who, outstanding=out)
    for who in ("employer", "sick_person", "both", "nobody")
    for out in (False, True)
}


def _not_applicable(duty: Duty) -> Deadline:
    return _NOT_APPLICABLE[duty]


def assess(case: Case, *, as_of: _dt.date) -> Assessment:
    """Assess one Fast track case on the day ``as_of``.

    Args:
        case: the facts (see :class:`~fasttrack_rules.Case`).
        as_of: the date of evaluation. Deadlines after it that are not yet met are
            ``pending``; events after it are an error.

    Returns:
        An :class:`Assessment`: track, every deadline with its status and citation,
        what is missing, and the reasons.

    Raises:
        InvalidTypeError: ``as_of`` is not a ``date``.
        FutureEventError: an event is dated after ``as_of``.
        InvalidValueError: events in an impossible order or contradicting forecasts.
        CalendarRangeError: a date outside 2000-2100.

    >>> from datetime import date
    >>> from fasttrack_rules import Case, Request
    >>> case = Case(first_day_of_absence=date(2025, 3, 3), sick_person="unemployed", over_8_weeks=True,
    ...             request=Request(by="sick_person", date=date(2025, 3, 18)))
    >>> result = assess(case, as_of=date(2025, 3, 20))
    >>> result.track, result.deadlines["first_meeting"].due, result.deadlines["first_meeting"].status
    ('fast_track', datetime.date(2025, 4, 1), 'pending')
    """
    check_date("as_of", as_of)
    _check_events(case, as_of)
    ctx = _Context(case, as_of)
    track, window, consent_deadline = _request_and_consent(ctx)
    doctor = _doctor(ctx, track)
    meeting, ordinary = _meetings(ctx, track)
    deadlines = {
        "request_window": window,
        "consent_form": consent_deadline,
        "doctor_consultation": doctor,
        "first_meeting": meeting,
        "ordinary_first_meeting": ordinary,
        **ctx.policy,  # a municipality's own target, last: policy, not law
    }
    questions, required, to_obtain = _questions(ctx, track)
    plan = _plan(ctx, meeting)
    return Assessment(
        id=case.id,
        as_of=as_of,
        track=track,
        route=ctx.route,
        deadlines=deadlines,
        days_earlier=(ordinary.due - meeting.due).days
        if track == "fast_track" and ordinary.due is not None and meeting.due is not None
        else None,
        questions=questions,
        questions_required_from=required,
        to_obtain=to_obtain,
        plan=plan,
        missing_facts=tuple(sorted(set(ctx.missing))),
        # The ordinary deadline is reported for comparison; first_meeting carries the
        # municipality's duty on whichever track applies.
        breaches=tuple(
            name
            for name, d in deadlines.items()
            if d.status == "missed"
            and d.is_law
            and d.duty_of == "municipality"
            and name != "ordinary_first_meeting"
        ),
        reasons=tuple(CATALOGUE[c] for c in dict.fromkeys(ctx.codes)),
        interpretation=ctx.interp,
        versions=_versions(ctx.bank, ctx.municipal),
    )


class _Context:
    """The inputs every part of an assessment reads, and what the parts report:
    reason codes in order, and the names of missing facts."""

    __slots__ = (
        "as_of",
        "bank",
        "case",
        "codes",
        "interp",
        "missing",
        "municipal",
        "ordinary_raw",
        "policy",
        "route",
    )

    def __init__(self, case: Case, as_of: _dt.date) -> None:
        self.case = case
        self.as_of = as_of
        self.interp = case.interpretation
        self.bank = danish_bank_days()
        self.municipal = _municipal(case.calendar)
        self.route = None if case.request is None else case.request.by
        self.ordinary_raw = rules.ordinary_due(case.first_day_of_absence)
        self.codes: list[str] = []
        self.missing: list[str] = []
        self.policy: dict[str, Deadline] = {}


def _request_and_consent(ctx: _Context) -> tuple[Track, Deadline, Deadline]:
    """RULES.md §3-4: request validity and consent decide the track."""
    case, request = ctx.case, ctx.case.request
    window = _not_applicable("employer" if ctx.route == "employer" else "sick_person")
    consent_deadline = _not_applicable("sick_person")
    go_on: bool | None = False  # will Fast track go on? None: undetermined
    if request is None:
        ctx.codes.append("FT-NO-REQUEST")
    elif request.date < FAST_TRACK_START:
        ctx.codes.append("FT-NOT-IN-FORCE")
        return "not_applicable", window, consent_deadline
    elif request.by == "jobcenter":
        ctx.codes.append("FT-JOBCENTER-INITIATIVE")
        if case.municipal_target_weeks is not None:
            ctx.codes.append("FT-POLICY-TARGET")
            due = at_latest_weeks_after(request.date, case.municipal_target_weeks)
            status = rules.deadline_status(
                due, case.first_meeting, ctx.as_of, recovered=case.recovered, standby=case.standby
            )
            ctx.policy["policy_first_meeting"] = Deadline(
                due=due,
                status=status,
                citation=_cited("FT-POLICY-TARGET"),
                duty_of="municipality",
                is_law=False,
            )
    elif request.date < case.first_day_of_absence:
        ctx.codes.append("FT-REQUEST-BEFORE-ABSENCE")
        window = attrs.evolve(window, status="missed", citation=_cited("FT-REQUEST-BEFORE-ABSENCE"))
    else:
        window, go_on = _valid_request(ctx, request.by, request.date, window.duty_of)
        if request.by == "employer":
            consent_deadline, go_on = _consent(ctx, go_on)
    if go_on is None:
        ctx.codes.append("FT-TRACK-UNDETERMINED")
        return "undetermined", window, consent_deadline
    if go_on:
        return "fast_track", window, consent_deadline
    return ("ordinary" if ctx.ordinary_raw is not None else "not_applicable"), window, consent_deadline


def _valid_request(
    ctx: _Context, by: Literal["employer", "sick_person"], day: _dt.date, duty: Duty
) -> tuple[Deadline, bool | None]:
    """Window, subject and 8-week condition; a fact is reported missing only when no
    other rule has already made the request invalid."""
    case, interp = ctx.case, ctx.interp
    window_due, in_time, window_codes = rules.request_window(
        case.first_day_of_absence,
        day,
        by,
        employer_window=interp.employer_window,
        sick_person_window=interp.sick_person_window,
        policy=interp.roll,
        municipal=ctx.municipal,
    )
    status: Status = ("met" if in_time else "missed") if window_due is not None else "not_applicable"
    window = Deadline(due=window_due, status=status, citation=_cited(window_codes[0]), duty_of=duty)
    verdicts: list[tuple[bool | None, str, str]] = []
    if by == "employer":
        ok, code = rules.employer_subject(case.sick_person)
        verdicts.append((ok, code, "sick_person"))
    ok, code = rules.condition(case.first_day_of_absence, case.over_8_weeks, case.expected_recovery)
    verdicts.append((ok, code, "over_8_weeks"))
    invalid = not in_time or any(ok is False for ok, _, _ in verdicts)
    ctx.codes.extend(window_codes)
    for ok, code, fact in verdicts:
        if code and (ok is False or not invalid):
            ctx.codes.append(code)
        if ok is None and not invalid:
            ctx.missing.append(fact)
    if invalid:
        return window, False
    return window, None if any(ok is None for ok, _, _ in verdicts) else True


def _consent(ctx: _Context, go_on: bool | None) -> tuple[Deadline, bool | None]:
    """RULES.md §4 on the employer route; only decides when the request is not invalid."""
    case = ctx.case
    due, status, consent_ok, codes, missing = rules.consent(
        case.letter_sent, case.consent, case.municipality_continues, ctx.as_of, ctx.bank
    )
    deadline = Deadline(due=due, status=status, citation=_cited(codes[0]), duty_of="sick_person")
    if go_on is False:
        return deadline, False
    ctx.codes.extend(codes)
    ctx.missing.extend(missing)
    if consent_ok is False:
        return deadline, False
    return deadline, None if consent_ok is None or go_on is None else True


def _doctor(ctx: _Context, track: Track) -> Deadline:
    """RULES.md §6: the consultation deadline of the route, in the version in force."""
    request, case = ctx.case.request, ctx.case
    if track not in ("fast_track", "undetermined") or request is None or request.by == "jobcenter":
        return _not_applicable("sick_person")
    form = case.consent.date if case.consent is not None else None
    needs_letter = request.by == "employer" and rules.doctor_needs_letter(case.letter_sent, form)
    if needs_letter:  # the BEK 2014 window counts from the letter
        ctx.missing.append("letter_sent")
    if track == "undetermined" or needs_letter:
        return _UNDETERMINED["sick_person"]
    earliest, due, citation, codes = rules.doctor_deadline(
        route=request.by,
        request_day=request.date,
        letter_sent=case.letter_sent,
        form_returned=form,
        policy=ctx.interp.roll,
        bank=ctx.bank,
        municipal=ctx.municipal,
    )
    ctx.codes.extend(codes)
    if due is None:
        return Deadline(due=None, status="pending", citation=citation, duty_of="sick_person")
    held = case.doctor_consultation
    status = rules.deadline_status(
        due, held, ctx.as_of, recovered=case.recovered, standby=case.standby, earliest=earliest
    )
    too_early = status == "missed" and earliest is not None and held is not None and held < earliest
    ctx.codes.append("FT-DOCTOR-TOO-EARLY" if too_early else _DOCTOR_CODES[status])
    return Deadline(due=due, status=status, citation=citation, duty_of="sick_person", earliest=earliest)


def _meetings(ctx: _Context, track: Track) -> tuple[Deadline, Deadline]:
    """RULES.md §5: the first meeting on the case's track, and the ordinary week-8
    deadline beside it for comparison."""
    case = ctx.case
    if ctx.ordinary_raw is None:
        ordinary = _not_applicable("municipality")
    else:
        ordinary_citation = str(parameter("ordinary_meeting_week", case.first_day_of_absence).citation)
        ordinary = _meeting_deadline(ctx, ctx.ordinary_raw, ordinary_citation, [])
    if track == "fast_track":
        assert case.request is not None
        raw, codes = rules.meeting_due(case.request.date, ctx.ordinary_raw, ctx.interp.late_request)
        capped = "FT-MEETING-CAPPED-AT-WEEK-8" in codes
        citation = (
            ordinary.citation
            if capped
            else str(parameter("fast_track_meeting_weeks", case.request.date).citation)
        )
        meeting = _meeting_deadline(ctx, raw, citation, codes)
    elif track == "ordinary":
        assert ctx.ordinary_raw is not None
        codes = ["FT-MEETING-DUE-ORDINARY"]
        meeting = _meeting_deadline(ctx, ctx.ordinary_raw, ordinary.citation, codes)
    elif track == "undetermined":
        return _UNDETERMINED["municipality"], ordinary
    else:
        return _not_applicable("municipality"), ordinary
    ctx.codes.extend(codes)
    return meeting, ordinary


def _meeting_deadline(ctx: _Context, raw: _dt.date, citation: str | None, codes: list[str]) -> Deadline:
    """A meeting deadline due on ``raw`` before rolling; appends its codes to ``codes``
    (a throwaway list for the comparison deadline)."""
    case = ctx.case
    due = rules.rolled(raw, ctx.interp.roll, ctx.municipal, codes)
    status = rules.deadline_status(
        due, case.first_meeting, ctx.as_of, recovered=case.recovered, standby=case.standby
    )
    codes.append(_MEETING_CODES[status])
    return Deadline(
        due=due,
        status=status,
        citation=citation,
        duty_of="municipality",
        latest_working_day=latest_working_day_on_or_before(due, ctx.municipal),
    )


def _questions(
    ctx: _Context, track: Track
) -> tuple[
    dict[str, QuestionState] | None, Literal["employer_or_sick_person", "sick_person"] | None, tuple[str, ...]
]:
    """RULES.md §4: who answered each question and what the caseworker must obtain."""
    route = ctx.route
    if track not in ("fast_track", "undetermined") or route not in ("employer", "sick_person"):
        return None, None, ()
    case = ctx.case
    states, to_obtain = rules.question_states(case.answers_employer, case.answers_sick_person, route)
    questions = {q: _QUESTION_STATES[state] for q, state in states.items()}
    if not to_obtain:
        ctx.codes.append("FT-QUESTIONS-COMPLETE")
    else:
        ctx.codes.append("FT-QUESTIONS-TO-OBTAIN")
        if route == "sick_person":
            ctx.codes.append("FT-QUESTIONS-REQUESTER-MUST-ANSWER")
    return questions, ("sick_person" if route == "sick_person" else "employer_or_sick_person"), to_obtain


def _plan(ctx: _Context, meeting: Deadline) -> PlanStatus:
    """Process guide step 4: after a held meeting, was a return-to-work plan agreed?"""
    case = ctx.case
    if case.first_meeting is None:
        if meeting.status == "undetermined":
            return "undetermined"
        if meeting.status in ("not_applicable", "not_required", "lapsed"):
            return "not_applicable"
        ctx.codes.append("FT-PLAN-PENDING")
        return "pending"
    if case.plan_agreed is None:
        ctx.codes.append("FT-PLAN-UNKNOWN")
        ctx.missing.append("plan_agreed")
        return "undetermined"
    ctx.codes.append("FT-PLAN-AGREED" if case.plan_agreed else "FT-PLAN-NOT-AGREED")
    return "agreed" if case.plan_agreed else "not_agreed"


def _cited(code: str) -> str:
    """The first citation of a reason code, as text: the provision a deadline rests on."""
    return str(CATALOGUE[code].citations[0])


_DOCTOR_CODES: dict[Status, str] = {
    "met": "FT-DOCTOR-MET",
    "missed": "FT-DOCTOR-MISSED",
    "pending": "FT-DOCTOR-PENDING",
    "lapsed": "FT-DOCTOR-LAPSED",
    "not_required": "FT-DOCTOR-NOT-REQUIRED",
}

_MEETING_CODES: dict[Status, str] = {
    "met": "FT-MEETING-MET",
    "missed": "FT-MEETING-MISSED",
    "pending": "FT-MEETING-PENDING",
    "lapsed": "FT-MEETING-LAPSED",
    "not_required": "FT-MEETING-NOT-REQUIRED",
}
