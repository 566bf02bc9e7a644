"""``assess``: the facts of one case and the date of evaluation in, the track, every
deadline, what is missing and why out. Composes the rules of ``rules``; cites the law
through the reason catalogue; never reads the clock.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Literal

import attrs

from fasttrack_rules import rules
from fasttrack_rules._validate import check_date
from fasttrack_rules._version import __version__
from fasttrack_rules.calendars import (
    FIRST_YEAR,
    LAST_YEAR,
    TABLE_CACHE_SIZE,
    Calendar,
    danish_bank_days,
    municipal_working_days,
)
from fasttrack_rules.errors import CalendarRangeError, FutureEventError, InvalidTypeError, InvalidValueError
from fasttrack_rules.facts import CalendarSpec, Case, Interpretation
from fasttrack_rules.law import FAST_TRACK_START, RULESET_VERSION, Citation, provision
from fasttrack_rules.periods import at_latest_weeks_after, latest_working_day_on_or_before
from fasttrack_rules.reasons import CATALOGUE, CitedReason, check_lang, cite_reason
from fasttrack_rules.vocab import (
    ANSWERERS,
    DEADLINES,
    DUTIES,
    STATUSES,
    TRACKS,
    Answerer,
    Duty,
    Lang,
    PlanStatus,
    QuestionsRequiredFrom,
    Requester,
    Status,
    Track,
)

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


@attrs.frozen(kw_only=True)
class Deadline:
    """One deadline of a case.

    Attributes:
        due: the last compliant day (None when it does not apply or is undetermined).
        status: met, missed, pending, lapsed, not_required, undetermined, not_applicable.
        citation: the provision that sets it, in the version in force on the event
            that starts it (None when no deadline applies).
        duty_of: who must act by the due day.
        is_law: whether the deadline rests on an act or order; False when it comes
            from guidance, a named interpretation or a municipality's own policy (then
            it is never a breach of law).
        earliest: the first compliant day, where the rule sets one (the 2015-2024
            doctor rule).
        latest_working_day: for meetings, the last municipal working day on or before ``due``.
    """

    due: _dt.date | None
    status: Status
    citation: Citation | None
    duty_of: Duty
    is_law: bool = True
    earliest: _dt.date | None = None
    latest_working_day: _dt.date | None = None

    def to_json(self) -> dict[str, object]:
        """The deadline as a JSON-compatible dict (dates as ISO strings)."""
        out: dict[str, object] = {
            "due": None if self.due is None else self.due.isoformat(),
            "status": self.status,
            "citation": None if self.citation is None else self.citation.to_json(),
            "duty_of": self.duty_of,
            "is_law": self.is_law,
        }
        if self.earliest is not None:
            out["earliest"] = self.earliest.isoformat()
        if self.latest_working_day is not None:
            out["latest_working_day"] = self.latest_working_day.isoformat()
        return out


def _deadline(
    due: _dt.date | None,
    status: Status,
    citation: Citation,
    duty_of: Duty,
    *,
    earliest: _dt.date | None = None,
    latest_working_day: _dt.date | None = None,
) -> Deadline:
    """A deadline whose ``is_law`` follows from the kind of its citation."""
    return Deadline(
        due=due,
        status=status,
        citation=citation,
        duty_of=duty_of,
        is_law=citation.is_law,
        earliest=earliest,
        latest_working_day=latest_working_day,
    )


@attrs.frozen(kw_only=True)
class QuestionState:
    """One of the three questions: who answered it, and whether an answer is still
    outstanding from whoever must give it."""

    answered_by: Answerer
    outstanding: bool


@attrs.frozen(kw_only=True)
class Versions:
    """What a result was computed with: library, rule set and calendars (each by its
    identifier and content hash, which identify the calendar data in any language)."""

    library: str
    ruleset: str
    bank_calendar: str
    bank_calendar_hash: str
    municipal_calendar: str
    municipal_calendar_hash: str

    def to_json(self) -> dict[str, object]:
        """The version stamp as a JSON-compatible dict."""
        return {
            "library": self.library,
            "ruleset": self.ruleset,
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
    route: Requester | None
    deadlines: dict[str, Deadline]
    days_earlier: int | None
    questions: dict[str, QuestionState] | None
    questions_required_from: QuestionsRequiredFrom | None
    to_obtain: tuple[str, ...]
    plan: PlanStatus
    missing_facts: tuple[str, ...]
    breaches: tuple[str, ...]
    reasons: tuple[CitedReason, ...]
    interpretation: Interpretation
    versions: Versions

    @property
    def reason_codes(self) -> tuple[str, ...]:
        """The reason codes, in order."""
        return tuple(r.code for r in self.reasons)

    def to_json(self, *, lang: Lang = "en") -> dict[str, object]:
        """The result as a JSON-compatible dict (the output protocol); reason texts in
        ``lang``.

        Raises:
            InvalidValueError: ``lang`` is not ``"da"`` or ``"en"``.
        """
        check_lang(lang)
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
            "reasons": [
                {"code": r.code, "citations": [c.to_json() for c in r.citations], "text": r.text(lang)}
                for r in self.reasons
            ],
            "interpretation": self.interpretation.to_json(),
            "versions": self.versions.to_json(),
        }


# -- calendars and versions, built once per definition (bounded like the tables) ---------
#: A municipal calendar with more adjusted days than this is built for its case and not
#: kept: the cache stays small whatever the input (a line may list thousands of days).
CACHED_ADJUSTMENTS = 64


def _municipal(spec: CalendarSpec) -> Calendar:
    if len(spec.extra_closed) + len(spec.open_on) > CACHED_ADJUSTMENTS:
        return _build_municipal(spec)
    return _cached_municipal(spec)


def _build_municipal(spec: CalendarSpec) -> Calendar:
    try:
        return municipal_working_days(extra_closed=spec.extra_closed, open_on=spec.open_on)
    except CalendarRangeError as e:
        raise CalendarRangeError(f"calendar.{e.field}", e.value, e.message) from None
    except InvalidValueError as e:
        raise type(e)(f"calendar.{e.field}", e.value, e.message) from None


_cached_municipal = lru_cache(maxsize=TABLE_CACHE_SIZE)(_build_municipal)


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _versions(bank: Calendar, municipal: Calendar) -> Versions:
    return Versions(
        library=__version__,
        ruleset=RULESET_VERSION,
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
        ("doctor_requested", case.doctor_requested),
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
    for field, day in events[5:]:
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
    if case.doctor_requested is not None:
        if request is None or request.by == "jobcenter":
            raise InvalidValueError(
                "doctor_requested",
                case.doctor_requested,
                "applies only to an employer's or a sick person's request",
            )
        if case.doctor_requested < request.date:
            raise InvalidValueError("doctor_requested", case.doctor_requested, "is before the request")
    if request is not None and case.letter_sent is not None and case.letter_sent < request.date:
        raise InvalidValueError("letter_sent", case.letter_sent, "is before the request")
    if case.consent is not None:
        start = case.letter_sent or request.date  # type: ignore[union-attr]  # employer checked above
        if case.consent.date < start:
            raise InvalidValueError("consent.date", case.consent.date, "is before the letter (or request)")
    if case.over_8_weeks is not None and case.expected_recovery is not None:
        by_date, _ = rules.eight_week_condition(first, None, case.expected_recovery)
        if by_date != case.over_8_weeks:
            raise InvalidValueError(
                "expected_recovery", case.expected_recovery, "contradicts over_8_weeks; give one forecast"
            )
    weeks = case.municipal_target_weeks
    if weeks is not None and not MIN_TARGET_WEEKS <= weeks <= MAX_TARGET_WEEKS:
        raise InvalidValueError(
            "municipal_target_weeks", weeks, f"must be from {MIN_TARGET_WEEKS} to {MAX_TARGET_WEEKS} weeks"
        )


#: The range of ``municipal_target_weeks`` (specification: jobcenter initiative): a
#: municipality's own target for the first meeting, at most a year after the request.
MIN_TARGET_WEEKS, MAX_TARGET_WEEKS = 1, 52

# A first day of absence after this has its week-8 deadline near the end of the coverage:
# only then is it worth checking that every deadline counted from it can be computed.
_LATE_ORDINARY = _dt.date(LAST_YEAR, 12, 1)


def _past_coverage(field: str, day: _dt.date) -> CalendarRangeError:
    """The error for a deadline counted from ``field`` that falls after the coverage."""
    return CalendarRangeError(
        field,
        day,
        f"a deadline counted from it falls after {LAST_YEAR}-12-31, the end of the calendars' coverage "
        f"{FIRST_YEAR}-01-01..{LAST_YEAR}-12-31",
    )


def _check_first_day_deadlines(ctx: _Context) -> None:
    """The week-8 deadline (the latest counted from the first day) inside the coverage,
    rolled and with its latest working day; the request window ends before it."""
    raw = ctx.ordinary_raw
    try:
        due = rules.rolled(raw, ctx.interp.roll, ctx.municipal, [])
        latest_working_day_on_or_before(min(due, _HIGH), ctx.municipal)
    except CalendarRangeError:
        due = _HIGH + _dt.timedelta(days=1)
    if due > _HIGH:
        raise _past_coverage("first_day_of_absence", ctx.case.first_day_of_absence)


# Deadlines without a date and question states have few possible values; being frozen,
# one shared instance of each serves every result.
_NOT_APPLICABLE: dict[Duty, Deadline] = {
    duty: Deadline(due=None, status="not_applicable", citation=None, duty_of=duty) for duty in DUTIES
}
_UNDETERMINED: dict[Duty, Deadline] = {
    duty: Deadline(due=None, status="undetermined", citation=None, duty_of=duty) for duty in DUTIES
}
_QUESTION_STATES: dict[tuple[Answerer, bool], QuestionState] = {
    (who, out): QuestionState(answered_by=who, outstanding=out) for who in ANSWERERS for out in (False, True)
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
    if not isinstance(case, Case):
        raise InvalidTypeError("case", case, f"expected a Case, got {type(case).__name__}")
    check_date("as_of", as_of)
    _check_events(case, as_of)
    ctx = _Context(case, as_of)
    if ctx.ordinary_raw > _LATE_ORDINARY:
        _check_first_day_deadlines(ctx)
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
        reasons=ctx.cited_reasons(),
        interpretation=ctx.interp,
        versions=_versions(ctx.bank, ctx.municipal),
    )


class _Context:
    """The inputs every part of an assessment reads, and what the parts report:
    reason codes in order (with the citations of the deadline they judge, where they
    judge one), and the names of missing facts."""

    __slots__ = (
        "as_of",
        "bank",
        "case",
        "codes",
        "events",
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
        request = case.request
        self.route = None if request is None else request.by
        self.ordinary_raw = rules.ordinary_due(case.first_day_of_absence)
        self.codes: list[tuple[str, tuple[Citation, ...]]] = []
        self.missing: list[str] = []
        self.policy: dict[str, Deadline] = {}
        # The day that dates each kind of reason: a later event falls back on an
        # earlier one when it is unknown (the letter cannot precede the request).
        first = case.first_day_of_absence
        request_day = first if request is None else request.date
        letter = case.letter_sent or request_day
        self.events: dict[str, _dt.date] = {
            "first_day_of_absence": first,
            "request": request_day,
            "letter": letter,
            "form": letter if case.consent is None else case.consent.date,
        }

    def add(self, code: str, *first: Citation) -> None:
        """Record reason ``code``; ``first`` are the citations of the deadline it judges,
        cited before the reason's own provisions."""
        self.codes.append((code, first))

    def cited_reasons(self) -> tuple[CitedReason, ...]:
        """The reasons in the order first given, each code once, with its citations."""
        out: dict[str, CitedReason] = {}
        events, first_day = self.events, self.case.first_day_of_absence
        for code, first in self.codes:
            if code not in out:
                # "deadline" and "none" reasons cite undated sources of their own.
                out[code] = cite_reason(code, events.get(CATALOGUE[code].event, first_day), first)
        return tuple(out.values())

    def cite(self, name: str, event: str) -> Citation:
        """Provision ``name`` as in force on the day of ``event``."""
        return provision(name, self.events[event])


def _request_and_consent(ctx: _Context) -> tuple[Track, Deadline, Deadline]:
    """Request validity and consent decide the track (specification: request, consent)."""
    case, request = ctx.case, ctx.case.request
    window = _not_applicable("employer" if ctx.route == "employer" else "sick_person")
    consent_deadline = _not_applicable("sick_person")
    fast_track: bool | None = False  # does Fast track apply? None: undetermined
    if request is None:
        ctx.add("FT-NO-REQUEST")
    elif request.date < FAST_TRACK_START:
        ctx.add("FT-NOT-IN-FORCE")
        return "ordinary", window, consent_deadline
    elif request.by == "jobcenter":
        ctx.add("FT-JOBCENTER-INITIATIVE")
        if case.municipal_target_weeks is not None:
            ctx.add("FT-POLICY-TARGET")
            due = at_latest_weeks_after(request.date, case.municipal_target_weeks)
            if due > _HIGH:
                raise _past_coverage("request.date", request.date)
            status = rules.deadline_status(
                due, case.first_meeting, ctx.as_of, recovered=case.recovered, standby=case.standby
            )
            ctx.policy["policy_first_meeting"] = _deadline(
                due, status, ctx.cite("interpretation:policy_target_weeks", "request"), "municipality"
            )
    elif request.date < case.first_day_of_absence:
        ctx.add("FT-REQUEST-BEFORE-ABSENCE")
        name = "employer_request" if request.by == "employer" else "sick_person_request"
        window = _deadline(None, "missed", ctx.cite(name, "request"), window.duty_of)
    else:
        window, fast_track, findings = _valid_request(ctx, request.by, request.date, window.duty_of)
        outcome = None
        if request.by == "employer" and fast_track is not False:
            try:
                outcome = rules.consent(
                    request.date,
                    case.letter_sent,
                    case.consent,
                    case.municipality_continues,
                    ctx.as_of,
                    ctx.bank,
                )
            except CalendarRangeError:
                start = (
                    ("letter_sent", case.letter_sent) if case.letter_sent else ("request.date", request.date)
                )
                raise _past_coverage(*start) from None
        # A refusal, or a municipality that stops, decides the track whatever an unknown
        # subject or forecast: those are then neither reasons nor missing facts.
        decided = outcome is not None and outcome.fast_track is False
        for code, fact in findings:
            if fact is None:
                ctx.add(code)
            elif not decided:
                ctx.add(code)
                ctx.missing.append(fact)
        if outcome is not None:
            consent_deadline, fast_track = _consent(ctx, outcome, fast_track)
    if fast_track is None:
        ctx.add("FT-TRACK-UNDETERMINED")
        return "undetermined", window, consent_deadline
    if fast_track:
        return "fast_track", window, consent_deadline
    return "ordinary", window, consent_deadline


def _valid_request(
    ctx: _Context, by: Literal["employer", "sick_person"], day: _dt.date, duty: Duty
) -> tuple[Deadline, bool | None, list[tuple[str, str | None]]]:
    """Window, subject and 8-week condition. An invalid request records why; a request
    that is not invalid returns its verdicts' codes, each with the fact it misses (if
    unknown), for the caller to record once consent has had its say."""
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
    if window_due is None:
        window = _deadline(None, "not_applicable", ctx.cite("sick_person_request", "request"), duty)
    else:
        # The sick person's window is the interpretation's, not the statute's (§ 7 e sets none).
        source = "employer_request" if by == "employer" else "interpretation:sick_person_window"
        window = _deadline(window_due, "met" if in_time else "missed", ctx.cite(source, "request"), duty)
    verdicts: list[tuple[bool | None, str, str]] = []
    if by == "employer":
        ok, code = rules.employer_subject(case.sick_person)
        verdicts.append((ok, code, "sick_person"))
    first = case.first_day_of_absence
    ok, code = rules.eight_week_condition(first, case.over_8_weeks, case.expected_recovery)
    verdicts.append((ok, code, "over_8_weeks"))
    invalid = not in_time or any(ok is False for ok, _, _ in verdicts)
    for window_code in window_codes:
        ctx.add(window_code)
    if invalid:
        for ok, code, _ in verdicts:
            if ok is False:
                ctx.add(code)
        return window, False, []
    # Not recorded yet: the consent step may still decide the track without them.
    findings = [(code, fact if ok is None else None) for ok, code, fact in verdicts if code]
    return window, None if any(ok is None for ok, _, _ in verdicts) else True, findings


def _consent(
    ctx: _Context, outcome: rules.ConsentOutcome, fast_track: bool | None
) -> tuple[Deadline, bool | None]:
    """Record the consent step of an employer's request that is not invalid (an invalid
    request is no § 7 c request and has no consent step)."""
    for code in outcome.codes:
        ctx.add(code)
    ctx.missing.extend(outcome.missing)
    deadline = _deadline(
        outcome.due, outcome.status, ctx.cite("consent_form_deadline", "letter"), "sick_person"
    )
    if outcome.fast_track is False:
        return deadline, False
    return deadline, None if outcome.fast_track is None or fast_track is None else True


def _doctor(ctx: _Context, track: Track) -> Deadline:
    """The consultation deadline of the route, in the version in force on its start
    event; conditional on the municipality's request to book it."""
    request, case = ctx.case.request, ctx.case
    if track not in ("fast_track", "undetermined") or request is None or request.by == "jobcenter":
        return _not_applicable("sick_person")
    if case.standby:
        ctx.add("FT-DOCTOR-NOT-REQUIRED")
        return _deadline(None, "not_required", ctx.cite("standby", "request"), "sick_person")
    form = case.consent.date if case.consent is not None else None
    if request.by == "employer" and rules.doctor_needs_letter(request.date, case.letter_sent, form):
        ctx.missing.append("letter_sent")  # the 2015-2024 window counts from the letter
        return _UNDETERMINED["sick_person"]
    try:
        rule = rules.doctor_deadline(
            route=request.by,
            request_day=request.date,
            letter_sent=case.letter_sent,
            form_returned=form,
            policy=ctx.interp.roll,
            bank=ctx.bank,
            municipal=ctx.municipal,
        )
        past = rule.due is not None and rule.due > _HIGH
    except CalendarRangeError:
        past = True
    if past:  # the sick person's consultation counts from the request, the employee's from the form
        raise _past_coverage(
            *(("consent.date", form) if form is not None else ("request.date", request.date))
        )
    held = case.doctor_consultation
    status = (
        None
        if rule.due is None
        else rules.deadline_status(
            rule.due, held, ctx.as_of, recovered=case.recovered, standby=False, earliest=rule.earliest
        )
    )
    # The duty arises only on the municipality's request to book the consultation (§ 9;
    # § 5, stk. 2, from 2025): without that fact a passed deadline shows no breach.
    unasked = status == "missed" and rule.conditional and case.doctor_requested is None
    if unasked:
        ctx.missing.append("doctor_requested")
    if track == "undetermined":
        return _UNDETERMINED["sick_person"]
    citation = provision(rule.provision, rule.start)
    extra = (ctx.cite("interpretation:doctor_rule_transition", "form"),) if rule.transition else ()
    for code in rule.codes:
        ctx.add(code, *(extra if code == rule.codes[0] else ()))
    if rule.due is None or status is None:
        return _deadline(None, "pending", citation, "sick_person")
    if unasked:
        status = "undetermined"
        ctx.add("FT-DOCTOR-REQUEST-UNKNOWN", citation)
    else:
        too_early = (
            status == "missed" and rule.earliest is not None and held is not None and held < rule.earliest
        )
        ctx.add("FT-DOCTOR-TOO-EARLY" if too_early else _DOCTOR_CODES[status], citation)
    return _deadline(rule.due, status, citation, "sick_person", earliest=rule.earliest)


def _meetings(ctx: _Context, track: Track) -> tuple[Deadline, Deadline]:
    """The first meeting on the case's track, and the ordinary week-8 deadline beside
    it for comparison."""
    case = ctx.case
    # After a refusal the week-8 duty follows from § 13 b, stk. 3, as in force on the
    # request; otherwise from the first follow-up rule in force on the first day.
    refused = any(code == "FT-CONSENT-REFUSED" for code, _ in ctx.codes)  # a § 7 c request refused
    source = (
        ctx.cite("refusal_meeting", "request")
        if refused
        else ctx.cite("ordinary_first_meeting", "first_day_of_absence")
    )
    ordinary = _meeting_deadline(ctx, ctx.ordinary_raw, source, None)
    if track == "fast_track":
        assert case.request is not None
        raw, codes = rules.meeting_due(case.request.date, ctx.ordinary_raw, ctx.interp.late_request)
        for code in codes:
            ctx.add(code)
        capped = "FT-MEETING-CAPPED-AT-WEEK-8" in codes
        citation = source if capped else ctx.cite("fast_track_meeting", "request")
        try:
            meeting = _meeting_deadline(ctx, raw, citation, ctx)
        except CalendarRangeError:
            raise _past_coverage("request.date", case.request.date) from None
    elif track == "ordinary":
        ctx.add("FT-MEETING-DUE-ORDINARY", source)
        meeting = _meeting_deadline(ctx, ctx.ordinary_raw, source, ctx)
    else:
        return _UNDETERMINED["municipality"], ordinary
    return meeting, ordinary


def _meeting_deadline(ctx: _Context, raw: _dt.date, citation: Citation, report: _Context | None) -> Deadline:
    """A meeting deadline due on ``raw`` before rolling; its reasons go to ``report``
    (None for the comparison deadline, which decides nothing)."""
    case = ctx.case
    codes: list[str] = []
    due = rules.rolled(raw, ctx.interp.roll, ctx.municipal, codes)
    status = rules.deadline_status(
        due, case.first_meeting, ctx.as_of, recovered=case.recovered, standby=case.standby
    )
    if report is not None:
        for code in codes:
            report.add(code)
        report.add(_MEETING_CODES[status], citation)
    return _deadline(
        due,
        status,
        citation,
        "municipality",
        latest_working_day=latest_working_day_on_or_before(due, ctx.municipal),
    )


def _questions(
    ctx: _Context, track: Track
) -> tuple[dict[str, QuestionState] | None, QuestionsRequiredFrom | None, tuple[str, ...]]:
    """Who answered each of the three questions and what the caseworker must obtain
    before the meeting (nothing in a standby case, followed without contact)."""
    route = ctx.route
    if track not in ("fast_track", "undetermined") or route not in ("employer", "sick_person"):
        return None, None, ()
    case = ctx.case
    states, to_obtain = rules.question_states(case.answers_employer, case.answers_sick_person, route)
    if case.standby:
        ctx.add("FT-QUESTIONS-NOT-REQUIRED")
        states = {q: (who, False) for q, (who, _) in states.items()}
        to_obtain = ()
    elif not to_obtain:
        ctx.add("FT-QUESTIONS-COMPLETE")
    else:
        ctx.add("FT-QUESTIONS-TO-OBTAIN")
        if route == "sick_person":
            ctx.add("FT-QUESTIONS-REQUESTER-MUST-ANSWER")
    questions = {q: _QUESTION_STATES[state] for q, state in states.items()}
    return questions, ("sick_person" if route == "sick_person" else "employer_or_sick_person"), to_obtain


def _plan(ctx: _Context, meeting: Deadline) -> PlanStatus:
    """Process guide step 4: after a held meeting, was a return-to-work plan agreed?"""
    case = ctx.case
    if case.first_meeting is None:
        if meeting.status == "undetermined":
            return "undetermined"
        if meeting.status in ("not_applicable", "not_required", "lapsed"):
            return "not_applicable"
        ctx.add("FT-PLAN-PENDING")
        return "pending"
    if case.plan_agreed is None:
        ctx.add("FT-PLAN-UNKNOWN")
        ctx.missing.append("plan_agreed")
        return "undetermined"
    ctx.add("FT-PLAN-AGREED" if case.plan_agreed else "FT-PLAN-NOT-AGREED")
    return "agreed" if case.plan_agreed else "not_agreed"


_DOCTOR_CODES: dict[Status, str] = {
    "met": "FT-DOCTOR-MET",
    "missed": "FT-DOCTOR-MISSED",
    "pending": "FT-DOCTOR-PENDING",
    "lapsed": "FT-DOCTOR-LAPSED",
}

_MEETING_CODES: dict[Status, str] = {
    "met": "FT-MEETING-MET",
    "missed": "FT-MEETING-MISSED",
    "pending": "FT-MEETING-PENDING",
    "lapsed": "FT-MEETING-LAPSED",
    "not_required": "FT-MEETING-NOT-REQUIRED",
}
