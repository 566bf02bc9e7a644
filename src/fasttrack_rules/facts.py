"""The facts of one sickness-absence case, as frozen attrs classes (the typed input).

Every optional fact defaults to ``None``, meaning "not known" (for an event: "has not
happened by ``as_of``"). Constructors check types and name the field at fault;
cross-field checks that need ``as_of`` (no event after it) are made by ``assess``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

import attrs

from fasttrack_rules import inputs
from fasttrack_rules._validate import check_instance, check_int
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from fasttrack_rules.vocab import (
    QUESTIONS,
    ConsentAnswer,
    EmployerWindow,
    LateRequest,
    Requester,
    RollPolicy,
    SickPerson,
    SickPersonWindow,
    _is_answer,
)

__all__ = [
    "QUESTIONS",
    "Answers",
    "CalendarSpec",
    "Case",
    "Consent",
    "ConsentAnswer",
    "Interpretation",
    "Request",
    "Requester",
    "SickPerson",
]


def _is_date(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not _dt.date:
        what = "a datetime" if isinstance(value, _dt.datetime) else type(value).__name__
        raise InvalidTypeError(attribute.name, value, f"expected a date, got {what}")


def _optional(check: Callable[[Any, attrs.Attribute[Any], object], None]) -> Any:
    def validate(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(inst, attribute, value)

    return validate


def _one_of(allowed: tuple[str, ...]) -> Any:
    def validate(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not str or value not in allowed:
            raise InvalidValueError(attribute.name, value, f"expected one of {', '.join(allowed)}")

    return validate


def _is_bool(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool:
        raise InvalidTypeError(attribute.name, value, f"expected true or false, got {type(value).__name__}")


def _is_int(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    check_int(attribute.name, value)  # a bool is no number of weeks


def _is_text(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str:
        raise InvalidTypeError(attribute.name, value, f"expected a string, got {type(value).__name__}")


def _instance_of(cls: type) -> Any:
    def validate(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        check_instance(attribute.name, value, cls)

    return validate


def _dates(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise InvalidTypeError(attribute.name, value, "expected a tuple of dates")
    for k, day in enumerate(value):
        if type(day) is not _dt.date:
            raise InvalidTypeError(f"{attribute.name}[{k}]", day, "expected a date")


def _unknown_unless_given(path: str, cls: type | None = None) -> Any:
    """An optional fact: ``None`` (not known) unless given, then checked as described."""
    return attrs.field(default=None, validator=_described(path, cls))


_BY_KIND = {"date": _is_date, "boolean": _is_bool, "integer": _is_int, "string": _is_text, "dates": _dates}


def _described(path: str, cls: type | None = None, *, optional: bool = True) -> Any:
    """The validator of the field at ``path`` of the input description
    (:data:`fasttrack_rules.inputs.CASE`): its kind and allowed values; ``cls`` is the
    class of an object field; ``optional``: ``None`` (unknown) is allowed."""
    described = inputs.field(path)
    if described.kind == "choice":
        check = _one_of(described.values)
    elif described.kind == "object":
        assert cls is not None, path
        check = _instance_of(cls)
    else:
        check = _BY_KIND[described.kind]
    return _optional(check) if optional else check


@attrs.frozen(kw_only=True)
class Request:
    """A request for early follow-up: who asked and on which day.

    Raises:
        InvalidValueError: ``by`` is not employer, sick_person or jobcenter.
        InvalidTypeError: ``date`` is not a ``date``.
    """

    by: Requester = attrs.field(validator=_described("request.by", optional=False))
    date: _dt.date = attrs.field(validator=_described("request.date", optional=False))


@attrs.frozen(kw_only=True)
class Consent:
    """The employee's answer on the consent form (employer route) and the day the
    municipality received it.

    Raises:
        InvalidValueError: ``answer`` is not agrees or refuses.
        InvalidTypeError: ``date`` is not a ``date``.
    """

    answer: ConsentAnswer = attrs.field(validator=_described("consent.answer", optional=False))
    date: _dt.date = attrs.field(validator=_described("consent.date", optional=False))


@attrs.frozen(kw_only=True)
class Answers:
    """One party's answers to the three questions (BEK 2024 § 3, stk. 1, nr. 1-3).
    ``None`` or an empty/blank text means "not answered".

    Raises:
        InvalidTypeError: an answer is neither a string nor ``None``.
    """

    affected_functions: str | None = _unknown_unless_given("answers.employer.affected_functions")
    affected_duration: str | None = _unknown_unless_given("answers.employer.affected_duration")
    adaptation_tried: str | None = _unknown_unless_given("answers.employer.adaptation_tried")

    def answered(self, question: str) -> bool:
        """Whether ``question`` (one of :data:`QUESTIONS`) has a non-blank answer.

        Raises:
            InvalidTypeError: ``question`` is not a string.
            InvalidValueError: ``question`` is not one of :data:`QUESTIONS`.
        """
        if type(question) is not str:
            raise InvalidTypeError("question", question, f"expected a string, got {type(question).__name__}")
        if question not in QUESTIONS:
            raise InvalidValueError("question", question, f"expected one of {', '.join(QUESTIONS)}")
        return _is_answer(getattr(self, question))


@attrs.frozen(kw_only=True)
class Interpretation:
    """The named interpretations a caller may choose; every field defaults to the
    library's documented default (specification, ``docs/specification.md#interpretations``).

    Raises:
        InvalidValueError: a field is not one of its named values.
    """

    roll: RollPolicy = attrs.field(
        default="none", validator=_described("interpretation.roll", optional=False)
    )
    sick_person_window: SickPersonWindow = attrs.field(
        default="five_weeks", validator=_described("interpretation.sick_person_window", optional=False)
    )
    employer_window: EmployerWindow = attrs.field(
        default="first_five_weeks", validator=_described("interpretation.employer_window", optional=False)
    )
    late_request: LateRequest = attrs.field(
        default="earliest", validator=_described("interpretation.late_request", optional=False)
    )


@attrs.frozen(kw_only=True)
class CalendarSpec:
    """A municipality's adjustments to the default municipal calendar.

    Raises:
        InvalidTypeError: a field is not a tuple, or an entry not a ``date``.
    """

    extra_closed: tuple[_dt.date, ...] = attrs.field(
        default=(), validator=_described("calendar.extra_closed", optional=False)
    )
    open_on: tuple[_dt.date, ...] = attrs.field(
        default=(), validator=_described("calendar.open_on", optional=False)
    )


@attrs.frozen(kw_only=True)
class Case:
    """The facts of one case. Only ``first_day_of_absence`` is required.

    Attributes:
        first_day_of_absence: day 1 of the absence (an input fact, never derived).
        sick_person: employee, unemployed or self_employed.
        over_8_weeks: the requester's forecast that the absence will exceed 8 weeks.
        expected_recovery: forecast first day fit for work (may lie after ``as_of``).
        request: who asked for early follow-up, and when.
        letter_sent: day NemRefusion sent the employee the letter (employer route).
        consent: the employee's answer on the form, and the day it was returned.
        municipality_continues: the municipality's decision after a late or missing
            form (BEK 2024 § 4, stk. 2).
        answers_employer, answers_sick_person: answers to the three questions.
        doctor_requested: day the municipality asked the sick person to book a
            consultation with their own doctor (None: not known to have asked); the
            consultation deadline binds only once such a request is received.
        doctor_consultation: day of the consultation with the sick person's own doctor.
        first_meeting: day the first follow-up meeting was held.
        plan_agreed: whether a return-to-work plan was agreed at the meeting.
        recovered: day of full recovery (raskmelding).
        standby: whether the case is in the standby arrangement (SDL § 13 b, stk. 5).
        municipal_target_weeks: a municipality's own target, in weeks after a
            jobcenter-initiated request (policy, never law).
        interpretation: the named interpretations to apply.
        calendar: the municipality's calendar adjustments.

    Raises:
        InvalidTypeError: a field has another type than the one above (a ``datetime``
            for a date, a ``bool`` for ``municipal_target_weeks``, ...).
        InvalidValueError: ``sick_person`` is not one of its named values.
    """

    first_day_of_absence: _dt.date = attrs.field(validator=_described("first_day_of_absence", optional=False))
    id: str | None = _unknown_unless_given("id")
    sick_person: SickPerson | None = _unknown_unless_given("sick_person")
    over_8_weeks: bool | None = _unknown_unless_given("over_8_weeks")
    expected_recovery: _dt.date | None = _unknown_unless_given("expected_recovery")
    request: Request | None = _unknown_unless_given("request", Request)
    letter_sent: _dt.date | None = _unknown_unless_given("letter_sent")
    consent: Consent | None = _unknown_unless_given("consent", Consent)
    municipality_continues: bool | None = _unknown_unless_given("municipality_continues")
    answers_employer: Answers = attrs.field(
        factory=Answers, validator=_described("answers.employer", Answers, optional=False)
    )
    answers_sick_person: Answers = attrs.field(
        factory=Answers, validator=_described("answers.sick_person", Answers, optional=False)
    )
    doctor_requested: _dt.date | None = _unknown_unless_given("doctor_requested")
    doctor_consultation: _dt.date | None = _unknown_unless_given("doctor_consultation")
    first_meeting: _dt.date | None = _unknown_unless_given("first_meeting")
    plan_agreed: bool | None = _unknown_unless_given("plan_agreed")
    recovered: _dt.date | None = _unknown_unless_given("recovered")
    standby: bool = attrs.field(default=False, validator=_described("standby", optional=False))
    municipal_target_weeks: int | None = _unknown_unless_given("municipal_target_weeks")
    interpretation: Interpretation = attrs.field(
        factory=Interpretation, validator=_described("interpretation", Interpretation, optional=False)
    )
    calendar: CalendarSpec = attrs.field(
        factory=CalendarSpec, validator=_described("calendar", CalendarSpec, optional=False)
    )
