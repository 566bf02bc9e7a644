"""The decision procedure (``specification.md#decision-procedure``).

Clean-room: written from the oracle kit only. ``Assessment`` runs steps 2-6 on a validated case and
collects the deadlines, reasons, missing facts and the other parts of the result.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from tests.cleanroom.calendars import LAST_DAY, CalendarRangeError, MunicipalCalendar, nth_bank_day_after
from tests.cleanroom.case import QUESTIONS, Case
from tests.cleanroom.citations import Citation, cite
from tests.cleanroom.deadline import Deadline, duty_status, not_applicable
from tests.cleanroom.reasons import ReasonLog

FAST_TRACK_START = date(2015, 1, 5)
RULE_2025_START = date(2025, 1, 1)
WEEK_8_LAST_DAY = 55
EMPLOYER_WINDOW_DAYS = {"first_five_weeks": 34, "five_weeks_after": 35}
SICK_PERSON_WINDOW_DAYS = 34
FAST_TRACK_MEETING_DAYS = 14
DOCTOR_DAYS = 8
FORM_BANK_DAYS = 2
DOCTOR_EARLIEST_BANK_DAY = 6
DOCTOR_LATEST_BANK_DAY = 8

FAST = "fast_track"
ORDINARY = "ordinary"
UNDETERMINED = "undetermined"


class CoverageError(ValueError):
    """Errors, step 12: a deadline falls after 2100, or needs a day after 2100 to be computed.

    ``field_path`` names the event the deadline counts from, as the specification lists them.
    """

    def __init__(self, field_path: str, message: str) -> None:
        super().__init__(message)
        self.field_path = field_path
        self.message = message


@contextmanager
def coverage(field_path: str) -> Iterator[None]:
    """Turn a calendar lookup after 2100 into the step-12 error naming ``field_path``."""
    try:
        yield
    except CalendarRangeError as failure:
        raise CoverageError(
            field_path,
            f"a deadline counted from {field_path} needs {failure.day.isoformat()}, after 31 December 2100",
        ) from None


def inside(day: date) -> date:
    """``day``, or ``CalendarRangeError`` when it falls after 31 December 2100."""
    if day > LAST_DAY:
        raise CalendarRangeError(day)
    return day


class Assessment:
    """The state of one assessment while the decision procedure runs."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.calendar = MunicipalCalendar(case.extra_closed, case.open_on)
        self.log = ReasonLog(case)
        self.route = None if case.request is None else case.request.by
        self.track = ORDINARY
        self.valid_request = False
        self.refused = False
        self.undetermined = False
        self.deadlines: dict[str, Deadline] = {
            "request_window": not_applicable("employer" if self.route == "employer" else "sick_person"),
            "consent_form": not_applicable("sick_person"),
            "doctor_consultation": not_applicable("sick_person"),
        }
        self.ord_due = case.first + timedelta(days=WEEK_8_LAST_DAY)
        self.check_week_8()

    # --- helpers ------------------------------------------------------------------------------

    @property
    def forward(self) -> bool:
        """Whether ``roll = "forward"`` applies."""
        return self.case.interpretation["roll"] == "forward"

    def rolled(self, due: date) -> tuple[date, bool]:
        """``due`` moved to the next municipal working day under ``roll = "forward"``."""
        if not self.forward:
            return due, False
        moved = self.calendar.next_open_on_or_after(due)
        return moved, moved != due

    def roll_and_record(self, due: date) -> date:
        """Roll ``due`` and record ``FT-DEADLINE-ROLLED-FORWARD`` when it moved."""
        moved, changed = self.rolled(due)
        if changed:
            self.log.add("FT-DEADLINE-ROLLED-FORWARD")
        return moved

    def check_week_8(self) -> None:
        """Step 12.1, before the rest: the week-8 deadline (rolled, its latest working day) is covered.

        The request window ends before it (rolling never passes a later day's roll), and the deadlines of
        items 2-5 are computed by the decision procedure in the order of the specification's list.
        """
        with coverage("first_day_of_absence"):
            due, _ = self.rolled(inside(self.ord_due))
            self.calendar.last_open_on_or_before(inside(due))

    @property
    def doctor_event(self) -> str:
        """Step 12.4: ``consent.date`` when the form has been returned, else ``request.date``."""
        return "request.date" if self.case.consent is None else "consent.date"

    @property
    def request_date(self) -> date:
        """The request's day (only called when there is a request)."""
        assert self.case.request is not None
        return self.case.request.date

    # --- step 2: request and consent ---------------------------------------------------------

    def decide_request(self) -> None:
        """Step 2.1-2.5: no request, before 2015, jobcenter, before absence, window and verdicts."""
        case = self.case
        if case.request is None:
            self.log.add("FT-NO-REQUEST")
            return
        if case.request.date < FAST_TRACK_START:
            self.log.add("FT-NOT-IN-FORCE")
            return
        if case.request.by == "jobcenter":
            self.jobcenter()
            return
        if case.request.date < case.first:
            self.log.add("FT-REQUEST-BEFORE-ABSENCE")
            self.deadlines["request_window"] = Deadline(
                due=None,
                status="missed",
                citation=self.request_provision(),
                duty_of=self.deadlines["request_window"].duty_of,
            )
            return
        in_time = self.window()
        self.verdicts(in_time)

    def request_provision(self) -> Citation:
        """§ 7 c, stk. 1 (employer) or § 7 e (sick person) in force on the request."""
        name = "employer_request" if self.route == "employer" else "sick_person_request"
        return cite(name, self.request_date)

    def jobcenter(self) -> None:
        """Step 2.3: a jobcenter's own initiative, with an optional policy target."""
        self.log.add("FT-JOBCENTER-INITIATIVE")
        weeks = self.case.municipal_target_weeks
        if weeks is None:
            return
        self.log.add("FT-POLICY-TARGET")
        with coverage("request.date"):
            due = inside(self.request_date + timedelta(days=7 * weeks))
        self.deadlines["policy_first_meeting"] = Deadline(
            due=due,
            status=self.meeting_status(due),
            citation=cite("interpretation:policy_target_weeks", None),
            duty_of="municipality",
        )

    def window(self) -> bool:
        """Step 2.5: the request window; returns whether the request is in time."""
        if self.route == "employer":
            days = EMPLOYER_WINDOW_DAYS[self.case.interpretation["employer_window"]]
            return self.dated_window(days, "FT-REQUEST", "employer_request", "employer")
        if self.case.interpretation["sick_person_window"] == "none":
            self.log.add("FT-SICK-PERSON-NO-TIME-LIMIT")
            self.deadlines["request_window"] = Deadline(
                due=None,
                status="not_applicable",
                citation=cite("sick_person_request", self.request_date),
                duty_of="sick_person",
            )
            return True
        return self.dated_window(
            SICK_PERSON_WINDOW_DAYS,
            "FT-SICK-PERSON-REQUEST",
            "interpretation:sick_person_window",
            "sick_person",
        )

    def dated_window(self, days: int, code_stem: str, provision: str, duty_of: str) -> bool:
        """A window ending on first day + ``days``, possibly rolled forward."""
        with coverage("first_day_of_absence"):  # never fails: the week-8 deadline was checked
            last, changed = self.rolled(self.case.first + timedelta(days=days))
        in_time = self.request_date <= last
        self.log.add(f"{code_stem}-IN-TIME" if in_time else f"{code_stem}-LATE")
        if changed:
            self.log.add("FT-DEADLINE-ROLLED-FORWARD")
        citation = cite(provision, self.request_date)
        self.deadlines["request_window"] = Deadline(
            due=last,
            status="met" if in_time else "missed",
            citation=citation,
            duty_of=duty_of,
        )
        return in_time

    def verdicts(self, in_time: bool) -> None:
        """Step 2.5: the subject (employer only) and the 8-week condition."""
        verdicts: list[tuple[bool | None, str, str, str, str]] = []
        if self.route == "employer":
            subject = None if self.case.sick_person is None else self.case.sick_person == "employee"
            verdicts.append(
                (subject, "", "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE", "FT-SUBJECT-UNKNOWN", "sick_person")
            )
        verdicts.append(
            (
                self.case.condition,
                "FT-CONDITION-MET",
                "FT-CONDITION-NOT-MET",
                "FT-CONDITION-UNKNOWN",
                "over_8_weeks",
            )
        )
        invalid = not in_time or any(v is False for v, *_ in verdicts)
        for value, met, not_met, unknown, fact in verdicts:
            if invalid:
                if value is False:
                    self.log.add(not_met)
            elif value is None:
                self.log.add(unknown)
                self.log.missing(fact)
                self.undetermined = True
            elif value and met:
                self.log.add(met)
        self.valid_request = not invalid

    def decide_consent(self) -> None:
        """Step 2.6: the employer route's consent form."""
        if not self.valid_request or self.route != "employer":
            return
        consent = self.case.consent
        letter = self.case.letter_sent
        citation = cite("consent_form_deadline", letter or self.request_date)
        with coverage("letter_sent"):
            due = None if letter is None else nth_bank_day_after(letter, FORM_BANK_DAYS)
        if consent is not None and consent.answer == "refuses":
            self.refusal(due, citation)
        elif letter is None:
            self.consent_letter_unknown(citation)
        else:
            assert due is not None
            self.consent_letter_known(due, citation)

    def set_form(self, due: date | None, status: str, citation: Citation) -> None:
        """Record the ``consent_form`` deadline."""
        self.deadlines["consent_form"] = Deadline(
            due=due, status=status, citation=citation, duty_of="sick_person"
        )

    def refusal(self, due: date | None, citation: Citation) -> None:
        """The employee refuses: the ordinary rule, the form not applicable."""
        self.log.add("FT-CONSENT-REFUSED")
        self.set_form(due, "not_applicable", citation)
        self.refused = True
        self.drop_unknown_verdicts()

    def drop_unknown_verdicts(self) -> None:
        """The track is ordinary whatever the unknown verdicts: they no longer matter."""
        self.log.drop("FT-SUBJECT-UNKNOWN", "sick_person")
        self.log.drop("FT-CONDITION-UNKNOWN", "over_8_weeks")
        self.undetermined = False
        self.valid_request = False

    def consent_letter_known(self, due: date, citation: Citation) -> None:
        """The consent table with a known letter."""
        consent = self.case.consent
        if consent is not None and consent.date <= due:
            self.log.add("FT-CONSENT-IN-TIME")
            self.set_form(due, "met", citation)
        elif consent is None and self.case.as_of <= due:
            self.log.add("FT-CONSENT-PENDING")
            self.log.missing("consent")
            self.set_form(due, "pending", citation)
            self.undetermined = True
        else:
            self.log.add("FT-CONSENT-LATE" if consent is not None else "FT-CONSENT-MISSING")
            self.set_form(due, "missed", citation)
            self.municipality_decision()

    def municipality_decision(self) -> None:
        """After a late or missing form: the municipality continues, stops, or is not known."""
        continues = self.case.municipality_continues
        if continues is None:
            self.log.add("FT-MUNICIPALITY-DECISION-UNKNOWN")
            self.log.missing("municipality_continues")
            self.undetermined = True
        elif continues:
            self.log.add("FT-MUNICIPALITY-CONTINUES")
        else:
            self.log.add("FT-MUNICIPALITY-STOPS")
            self.drop_unknown_verdicts()

    def consent_letter_unknown(self, citation: Citation) -> None:
        """The letter's day is not known: the 2nd bank day after the request bounds the due day."""
        consent = self.case.consent
        with coverage("request.date"):
            floor = nth_bank_day_after(self.request_date, FORM_BANK_DAYS)
        if consent is not None and consent.date <= floor:
            self.log.add("FT-CONSENT-IN-TIME-ANY-LETTER")
            self.set_form(None, "met", citation)
            return
        if consent is None and self.case.as_of <= floor:
            self.log.add("FT-CONSENT-PENDING")
            self.log.missing("consent")
            self.set_form(None, "pending", citation)
            self.undetermined = True
            return
        self.log.add("FT-LETTER-UNKNOWN")
        self.set_form(None, "undetermined", citation)
        # Refusals are handled before, so a form here agrees. With no form the deadline may not
        # have passed and a refusal may still come: undetermined whatever the municipality said.
        if consent is not None and self.case.municipality_continues:
            self.log.add("FT-MUNICIPALITY-CONTINUES")
            return
        self.log.missing("letter_sent")
        if consent is None:
            self.log.missing("consent")
        if self.case.municipality_continues is None:
            self.log.missing("municipality_continues")
        self.undetermined = True

    def decide_track(self) -> None:
        """Step 2.7."""
        if self.undetermined:
            self.track = UNDETERMINED
            self.log.add("FT-TRACK-UNDETERMINED")
        elif self.valid_request:
            self.track = FAST
        else:
            self.track = ORDINARY

    # --- step 3: doctor -----------------------------------------------------------------------

    def decide_doctor(self) -> None:
        """Step 3: the consultation with the sick person's own doctor."""
        if self.track == ORDINARY or self.route not in ("employer", "sick_person"):
            return
        if self.case.standby:
            deadline = Deadline(
                due=None,
                status="not_required",
                citation=cite("standby", self.request_date),
                duty_of="sick_person",
            )
            self.deadlines["doctor_consultation"] = deadline
            # Not one of the status codes that cite their deadline first (``Citations of reasons``).
            self.log.add("FT-DOCTOR-NOT-REQUIRED")
            return
        if self.route == "employer" and self.letter_needed():
            self.deadlines["doctor_consultation"] = Deadline(None, "undetermined", None, "sick_person")
            self.log.missing("letter_sent")
            return
        if self.track == UNDETERMINED:
            self.deadlines["doctor_consultation"] = Deadline(None, "undetermined", None, "sick_person")
            if self.doctor_request_would_decide():
                self.log.missing("doctor_requested")
            return
        if self.route == "sick_person":
            self.doctor_by_days("FT-DOCTOR-RULE-SICK-PERSON", self.request_date, "doctor_sick_person_route")
        else:
            self.doctor_employer_route()

    def doctor_request_would_decide(self) -> bool:
        """Undetermined track: is ``doctor_requested`` a missing fact?

        Step 3: the route's rule gives a due day (after any roll) that ``as_of`` has passed with no
        consultation in time, and the duty depends on the municipality's request (the day-counted rules:
        the sick person's route and the employer route's 2025 rule), while ``doctor_requested`` is absent.
        Step 12: the deadline is computed to tell, so it must fall inside the coverage; it is computed
        whenever the route's rule counts days from an event, ``doctor_requested`` given or not (the 2015-2024
        bank-day window never depends on the request, and without a form there is no due day).
        """
        if self.route == "sick_person":
            start: date | None = self.request_date
        else:
            form = self.form_date()
            start = form if form is not None and form >= RULE_2025_START else None
        if start is None:
            return False
        due, _ = self.doctor_due(start)
        if self.case.doctor_requested is not None:
            return False
        status = duty_status(due, self.case.doctor_consultation, self.case.as_of, self.case.recovered)
        return status == "missed"

    def doctor_due(self, start: date) -> tuple[date, bool]:
        """``start`` + 8 days, rolled under ``roll = "forward"``, inside the coverage (step 12.4)."""
        with coverage(self.doctor_event):
            due, changed = self.rolled(inside(start + timedelta(days=DOCTOR_DAYS)))
            return inside(due), changed

    def form_date(self) -> date | None:
        """The day the agreeing form was returned, if it was."""
        consent = self.case.consent
        return None if consent is None or consent.answer != "agrees" else consent.date

    def letter_needed(self) -> bool:
        """Request before 2025, no form returned from 2025 and the letter unknown."""
        form = self.form_date()
        return (
            self.request_date < RULE_2025_START
            and (form is None or form < RULE_2025_START)
            and self.case.letter_sent is None
        )

    def doctor_employer_route(self) -> None:
        """The employer route: the 2025 rule from the form, or the 2015-2024 window from the letter."""
        form = self.form_date()
        letter = self.case.letter_sent
        if form is not None and form >= RULE_2025_START:
            # The interpretation is cited only when the letter is of 2024, or unknown with a request of
            # 2024 (the letter may then be of 2024); "of 2024" read as "before 2025" (see NOTES.md).
            letter_day = letter or self.request_date
            if letter_day < RULE_2025_START:
                self.log.extra_citation(
                    "FT-DOCTOR-RULE-2024", cite("interpretation:doctor_rule_transition", None)
                )
            self.doctor_by_days("FT-DOCTOR-RULE-2024", form, "doctor_employer_route")
            return
        if form is None and (letter is None or letter >= RULE_2025_START):
            self.log.add("FT-DOCTOR-AWAITS-FORM")
            self.deadlines["doctor_consultation"] = Deadline(
                due=None,
                status="pending",
                citation=cite("doctor_employer_route", letter or self.request_date),
                duty_of="sick_person",
            )
            return
        assert letter is not None
        self.doctor_bank_day_window(letter)

    def doctor_by_days(self, rule_code: str, start: date, provision: str) -> None:
        """A consultation due ``start`` + 8 days, which depends on the municipality's request."""
        self.log.add(rule_code)
        due, changed = self.doctor_due(start)
        if changed:
            self.log.add("FT-DEADLINE-ROLLED-FORWARD")
        deadline = Deadline(due=due, status="", citation=cite(provision, start), duty_of="sick_person")
        self.deadlines["doctor_consultation"] = deadline
        status = duty_status(due, self.case.doctor_consultation, self.case.as_of, self.case.recovered)
        if status == "missed" and self.case.doctor_requested is None:
            deadline.status = "undetermined"
            self.log.missing("doctor_requested")
            self.log.add_status("FT-DOCTOR-REQUEST-UNKNOWN", deadline)
            return
        deadline.status = status
        self.log.add_status(DOCTOR_STATUS_CODES[status], deadline)

    def doctor_bank_day_window(self, letter: date) -> None:
        """The 2015-2024 rule: from the 6th to the 8th bank day after the letter."""
        self.log.add("FT-DOCTOR-RULE-2014")
        with coverage(self.doctor_event):  # a letter of 2015-2024: never fails
            earliest = nth_bank_day_after(letter, DOCTOR_EARLIEST_BANK_DAY)
            due = nth_bank_day_after(letter, DOCTOR_LATEST_BANK_DAY)
        held = self.case.doctor_consultation
        status = duty_status(due, held, self.case.as_of, self.case.recovered, earliest)
        deadline = Deadline(
            due=due,
            status=status,
            citation=cite("doctor_employer_route", letter),
            duty_of="sick_person",
            earliest=earliest,
        )
        self.deadlines["doctor_consultation"] = deadline
        too_early = status == "missed" and held is not None and held < earliest
        self.log.add_status("FT-DOCTOR-TOO-EARLY" if too_early else DOCTOR_STATUS_CODES[status], deadline)

    # --- step 4: meetings ---------------------------------------------------------------------

    def meeting_status(self, due: date) -> str:
        """The status of a meeting due on ``due``."""
        if self.case.standby:
            return "not_required"
        return duty_status(due, self.case.first_meeting, self.case.as_of, self.case.recovered)

    def ordinary_citation(self) -> Citation:
        """§ 13 b, stk. 1 (or stk. 3 after a refusal), in the version of the first day of absence."""
        if self.refused:
            # After a refusal § 13 b, stk. 3, is cited in the version in force on the request, also for an
            # absence that began before 2015 (``Details of the deadlines``).
            return cite("refusal_meeting", self.request_date)
        return cite("ordinary_first_meeting", self.case.first)

    def meeting_deadline(self, due: date, citation: Citation) -> Deadline:
        """A meeting deadline with its status and last working day."""
        return Deadline(
            due=due,
            status=self.meeting_status(due),
            citation=citation,
            duty_of="municipality",
            latest_working_day=self.calendar.last_open_on_or_before(due),
        )

    def decide_meetings(self) -> None:
        """Step 4: ``ordinary_first_meeting`` and ``first_meeting``."""
        ordinary_due, _ = self.rolled(self.ord_due)
        self.deadlines["ordinary_first_meeting"] = self.meeting_deadline(
            ordinary_due, self.ordinary_citation()
        )
        if self.track == UNDETERMINED:
            self.deadlines["first_meeting"] = Deadline(None, "undetermined", None, "municipality")
            return
        if self.track == FAST:
            deadline = self.fast_track_meeting()
        else:
            self.log.add("FT-MEETING-DUE-ORDINARY", self.ordinary_citation())
            deadline = self.meeting_deadline(self.roll_and_record(self.ord_due), self.ordinary_citation())
        self.deadlines["first_meeting"] = deadline
        self.log.add_status(MEETING_STATUS_CODES[deadline.status], deadline)

    def fast_track_meeting(self) -> Deadline:
        """Request + 14, capped at the end of week 8 under ``late_request = "earliest"``."""
        self.log.add("FT-MEETING-DUE-FAST-TRACK")
        due = self.request_date + timedelta(days=FAST_TRACK_MEETING_DAYS)
        citation = cite("fast_track_meeting", self.request_date)
        if self.case.interpretation["late_request"] == "earliest" and due > self.ord_due:
            self.log.add("FT-MEETING-CAPPED-AT-WEEK-8")
            due = self.ord_due
            citation = self.ordinary_citation()
        with coverage("request.date"):  # a capped meeting is the week-8 deadline, already checked
            return self.meeting_deadline(inside(self.roll_and_record(inside(due))), citation)

    # --- steps 5 and 6 ------------------------------------------------------------------------

    def questions(self) -> tuple[dict[str, object] | None, list[str]]:
        """Step 5: who answered the three questions and what is still to be obtained."""
        if self.track == ORDINARY or self.route not in ("employer", "sick_person"):
            return None, []
        result: dict[str, object] = {
            "required_from": "employer_or_sick_person" if self.route == "employer" else "sick_person"
        }
        to_obtain: list[str] = []
        for question in QUESTIONS:
            by_employer = _answered(self.case.answers["employer"][question])
            by_sick_person = _answered(self.case.answers["sick_person"][question])
            answered = by_sick_person or (by_employer and self.route == "employer")
            outstanding = not answered and not self.case.standby
            result[question] = {
                "answered_by": _answered_by(by_employer, by_sick_person),
                "outstanding": outstanding,
            }
            if outstanding:
                to_obtain.append(question)
        if self.case.standby:
            self.log.add("FT-QUESTIONS-NOT-REQUIRED")
        elif not to_obtain:
            self.log.add("FT-QUESTIONS-COMPLETE")
        else:
            self.log.add("FT-QUESTIONS-TO-OBTAIN")
            if self.route == "sick_person":
                self.log.add("FT-QUESTIONS-REQUESTER-MUST-ANSWER")
        return result, to_obtain

    def plan(self) -> str:
        """Step 6: the return-to-work plan."""
        meeting = self.deadlines["first_meeting"]
        if self.case.first_meeting is not None:
            if self.case.plan_agreed is None:
                self.log.add("FT-PLAN-UNKNOWN")
                self.log.missing("plan_agreed")
                return "undetermined"
            self.log.add("FT-PLAN-AGREED" if self.case.plan_agreed else "FT-PLAN-NOT-AGREED")
            return "agreed" if self.case.plan_agreed else "not_agreed"
        if meeting.status == "undetermined":
            return "undetermined"
        if meeting.status in ("not_applicable", "not_required", "lapsed"):
            return "not_applicable"
        self.log.add("FT-PLAN-PENDING")
        return "pending"

    def days_earlier(self) -> int | None:
        """Ordinary minus Fast track due day, on the Fast track only."""
        meeting = self.deadlines["first_meeting"].due
        ordinary = self.deadlines["ordinary_first_meeting"].due
        if self.track != FAST or meeting is None or ordinary is None:
            return None
        return (ordinary - meeting).days

    def breaches(self) -> list[str]:
        """The municipality's deadlines in law that were missed: only ``first_meeting``."""
        meeting = self.deadlines["first_meeting"]
        return ["first_meeting"] if meeting.is_law and meeting.status == "missed" else []


DOCTOR_STATUS_CODES = {
    "met": "FT-DOCTOR-MET",
    "missed": "FT-DOCTOR-MISSED",
    "pending": "FT-DOCTOR-PENDING",
    "lapsed": "FT-DOCTOR-LAPSED",
}
MEETING_STATUS_CODES = {
    "met": "FT-MEETING-MET",
    "missed": "FT-MEETING-MISSED",
    "pending": "FT-MEETING-PENDING",
    "lapsed": "FT-MEETING-LAPSED",
    "not_required": "FT-MEETING-NOT-REQUIRED",
}


def _answered(text: str | None) -> bool:
    """A text is an answer unless blank: empty, or only white space as ``str.isspace`` counts it."""
    return text is not None and text != "" and not text.isspace()


def _answered_by(by_employer: bool, by_sick_person: bool) -> str:
    if by_employer and by_sick_person:
        return "both"
    if by_employer:
        return "employer"
    return "sick_person" if by_sick_person else "nobody"
