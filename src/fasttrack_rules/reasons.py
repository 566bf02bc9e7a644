"""The reason catalogue: every stable reason code with the provisions it rests on and
one sentence in Danish and in English. Codes never change meaning once released (they
are part of the oracle contract); a new meaning gets a new code.

A reason names provisions, not instruments: its citations are resolved by the date of
the event the reason is about (``event``), so that a reason about a letter sent in 2018
cites the order in force in 2018 (specification, ``docs/specification.md#citations``).
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from functools import lru_cache
from typing import Literal, NoReturn

import attrs

from fasttrack_rules._validate import bad_date
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from fasttrack_rules.law import Citation, provision, provision_changes
from fasttrack_rules.vocab import LANGS, Lang

__all__ = [
    "CATALOGUE",
    "EVENTS",
    "LANGS",
    "CitedReason",
    "Event",
    "Lang",
    "Reason",
    "check_lang",
    "cite_reason",
]


def check_lang(lang: object) -> Lang:
    """Return ``lang`` if it is a language of the texts, else raise.

    Raises:
        InvalidValueError: ``lang`` is not ``"da"`` or ``"en"`` (field ``lang``).
    """
    if lang == "da" or lang == "en":
        return lang
    raise InvalidValueError("lang", lang, f"expected one of {', '.join(LANGS)}")


#: The event whose date selects the version of a reason's provisions. ``deadline``:
#: the reason judges a deadline and cites that deadline's own provision first;
#: ``none``: the reason cites only undated sources.
Event = Literal["first_day_of_absence", "request", "letter", "form", "deadline", "none"]
EVENTS: tuple[Event, ...] = ("first_day_of_absence", "request", "letter", "form", "deadline", "none")


@attrs.frozen
class Reason:
    """One reason code: its provisions, the event that dates them, and its text in
    Danish and English."""

    code: str
    provisions: tuple[str, ...]
    event: Event
    da: str
    en: str

    def text(self, lang: Lang = "en") -> str:
        """The sentence in ``lang`` (``"da"`` or ``"en"``).

        Raises:
            InvalidValueError: another ``lang``.
        """
        return self.en if lang == "en" else self.da if check_lang(lang) == "da" else self.en

    def citations_on(self, day: _dt.date) -> tuple[Citation, ...]:
        """The reason's own provisions as in force for an event on ``day``.

        Raises:
            InvalidTypeError: ``day`` is not a ``date``.
            RuleNotInForceError: a provision is not in force on ``day``.
        """
        if type(day) is not _dt.date:
            bad_date("day", day)
        return tuple(provision(name, day) for name in self.provisions)


@attrs.frozen
class CitedReason:
    """A reason as it decided one result: the catalogue entry and its citations, in the
    versions in force on the reason's event."""

    reason: Reason
    citations: tuple[Citation, ...]

    @property
    def code(self) -> str:
        """The reason code."""
        return self.reason.code

    def text(self, lang: Lang = "en") -> str:
        """The sentence in ``lang`` (``"da"`` or ``"en"``).

        Raises:
            InvalidValueError: another ``lang``.
        """
        return self.reason.text(lang)


_R = Reason
#: Every reason code, by code.
CATALOGUE: dict[str, Reason] = {
    r.code: r
    for r in (
        # -- request validity --------------------------------------------------------
        _R(
            "FT-NO-REQUEST",
            ("ordinary_first_meeting",),
            "first_day_of_absence",
            "Der er ikke anmodet om tidlig opfølgning; den første opfølgningssamtale følger de almindelige regler.",
            "No early follow-up was requested; the first follow-up meeting follows the ordinary rule.",
        ),
        _R(
            "FT-NOT-IN-FORCE",
            ("fast_track_start", "fast_track_reform"),
            "none",
            "Anmodningen er fremsat før 5. januar 2015, hvor Fast track ikke fandtes.",
            "The request was made before 5 January 2015, when Fast track did not exist.",
        ),
        _R(
            "FT-JOBCENTER-INITIATIVE",
            ("guide_jobcenter_initiative", "ordinary_first_meeting"),
            "first_day_of_absence",
            "Jobcentrets eget initiativ er ikke Fast track; fristen efter de almindelige regler (udgangen af uge 8) "
            "er fortsat den lovbestemte pligt.",
            "A jobcenter's own initiative is not Fast track; the ordinary week-8 deadline stays the legal duty.",
        ),
        _R(
            "FT-POLICY-TARGET",
            ("guide_jobcenter_initiative", "interpretation:policy_target_weeks"),
            "none",
            "Kommunens egen målsætning for jobcenterinitierede sager er en politik, ikke lov, og kan ikke brydes "
            "retligt.",
            "The municipality's own target for jobcenter-initiated cases is policy, not law, and is never a breach "
            "of law.",
        ),
        _R(
            "FT-REQUEST-BEFORE-ABSENCE",
            ("employer_request", "sick_person_request"),
            "request",
            "Anmodningen er dateret før første fraværsdag og er derfor ikke en gyldig anmodning.",
            "The request is dated before the first day of absence and is not a valid request.",
        ),
        _R(
            "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE",
            ("employer_request",),
            "request",
            "En arbejdsgiver kan kun anmode om tidlig opfølgning for en lønmodtager.",
            "An employer may ask for early follow-up only for an employee.",
        ),
        _R(
            "FT-SUBJECT-UNKNOWN",
            ("employer_request",),
            "request",
            "Det er ikke oplyst, om den sygemeldte er lønmodtager; arbejdsgiverens anmodning kan ikke vurderes.",
            "It is not known whether the sick person is an employee; the employer's request cannot be assessed.",
        ),
        _R(
            "FT-REQUEST-IN-TIME",
            ("employer_request",),
            "request",
            "Arbejdsgiverens anmodning er fremsat senest på sidste dag af fristen for at anmode (de første 5 uger af "
            "fraværet).",
            "The employer's request was made on or before the last day of the request window (the first 5 weeks of "
            "the absence).",
        ),
        _R(
            "FT-REQUEST-LATE",
            ("employer_request",),
            "request",
            "Arbejdsgiverens anmodning er fremsat efter sidste dag af fristen for at anmode (de første 5 uger af "
            "fraværet) og er ikke en anmodning efter § 7 c.",
            "The employer's request was made after the last day of the request window (the first 5 weeks of the "
            "absence) and is not a request under § 7 c.",
        ),
        _R(
            "FT-SICK-PERSON-REQUEST-IN-TIME",
            ("interpretation:sick_person_window", "guide_request_window", "sick_person_request"),
            "request",
            "Den sygemeldtes anmodning er fremsat inden for de første 5 uger af fraværet (fortolkning efter "
            "procesbeskrivelsen; § 7 e fastsætter ikke selv en frist).",
            "The sick person's request was made within the first 5 weeks of the absence (an interpretation after "
            "the process guide; § 7 e itself sets no time limit).",
        ),
        _R(
            "FT-SICK-PERSON-REQUEST-LATE",
            ("interpretation:sick_person_window", "guide_request_window", "sick_person_request"),
            "request",
            "Den sygemeldtes anmodning er fremsat efter de første 5 uger af fraværet (fortolkning efter "
            "procesbeskrivelsen; § 7 e fastsætter ikke selv en frist).",
            "The sick person's request was made after the first 5 weeks of the absence (an interpretation after the "
            "process guide; § 7 e itself sets no time limit).",
        ),
        _R(
            "FT-SICK-PERSON-NO-TIME-LIMIT",
            ("sick_person_request", "interpretation:sick_person_window"),
            "request",
            '§ 7 e fastsætter ingen frist for den sygemeldtes anmodning (fortolkningen "none").',
            '§ 7 e sets no time limit for the sick person\'s request (interpretation "none").',
        ),
        _R(
            "FT-CONDITION-MET",
            ("employer_request", "sick_person_request"),
            "request",
            "Det forventes, at fraværet varer mere end 8 uger regnet fra første fraværsdag.",
            "The absence is expected to last more than 8 weeks counted from the first day of absence.",
        ),
        _R(
            "FT-CONDITION-NOT-MET",
            ("employer_request", "sick_person_request"),
            "request",
            "Det forventes ikke, at fraværet varer mere end 8 uger; betingelsen for tidlig opfølgning er ikke "
            "opfyldt.",
            "The absence is not expected to last more than 8 weeks; the condition for early follow-up is not met.",
        ),
        _R(
            "FT-CONDITION-UNKNOWN",
            ("employer_request", "sick_person_request"),
            "request",
            "Hverken en vurdering af 8-ugers-betingelsen eller en forventet raskmeldingsdato er oplyst.",
            "Neither an assessment of the 8-week condition nor an expected recovery date is given.",
        ),
        # -- consent (employer route) -------------------------------------------------
        _R(
            "FT-LETTER-UNKNOWN",
            ("consent_form_deadline",),
            "letter",
            "Datoen for brevet fra NemRefusion er ikke oplyst; fristen for skemaet kan ikke beregnes.",
            "The date of the NemRefusion letter is not given; the consent form deadline cannot be computed.",
        ),
        _R(
            "FT-CONSENT-IN-TIME",
            ("consent_form_deadline",),
            "letter",
            "Lønmodtageren har returneret skemaet og er indforstået, senest 2 bankdage efter brevet.",
            "The employee returned the form and agrees, at the latest 2 bank days after the letter.",
        ),
        _R(
            "FT-CONSENT-IN-TIME-ANY-LETTER",
            ("consent_form_deadline",),
            "request",
            "Lønmodtageren har returneret skemaet og er indforstået senest 2 bankdage efter anmodningen; da brevet "
            "ikke kan være sendt før anmodningen, er skemaet rettidigt, uanset brevets dato.",
            "The employee returned the form and agrees at the latest 2 bank days after the request; as the letter "
            "cannot precede the request, the form is in time whatever the letter's date.",
        ),
        _R(
            "FT-CONSENT-PENDING",
            ("consent_form_deadline",),
            "letter",
            "Fristen for lønmodtagerens skema er endnu ikke udløbet, og der er ikke modtaget svar.",
            "The employee's form deadline has not yet passed and no answer has been received.",
        ),
        _R(
            "FT-CONSENT-LATE",
            ("consent_form_deadline", "late_form_discretion"),
            "letter",
            "Lønmodtageren har returneret skemaet efter fristen; kommunen kan vælge at fortsætte den tidlige "
            "opfølgning.",
            "The employee returned the form after the deadline; the municipality may choose to continue early "
            "follow-up.",
        ),
        _R(
            "FT-CONSENT-MISSING",
            ("consent_form_deadline", "late_form_discretion"),
            "letter",
            "Der er ikke modtaget noget skema inden fristen; det behandles som et skema modtaget for sent.",
            "No form was received by the deadline; this is treated like a late form.",
        ),
        _R(
            "FT-CONSENT-REFUSED",
            ("employee_refusal", "refusal_meeting"),
            "request",
            "Lønmodtageren har modsat sig tidlig opfølgning; den første samtale holdes inden udgangen af uge 8.",
            "The employee refused early follow-up; the first meeting is due by the end of week 8.",
        ),
        _R(
            "FT-MUNICIPALITY-CONTINUES",
            ("late_form_discretion",),
            "letter",
            "Kommunen har valgt at fortsætte den tidlige opfølgning trods det sene skema.",
            "The municipality chose to continue early follow-up despite the late form.",
        ),
        _R(
            "FT-MUNICIPALITY-STOPS",
            ("late_form_discretion", "ordinary_first_meeting"),
            "letter",
            "Kommunen har valgt ikke at fortsætte den tidlige opfølgning; de almindelige regler gælder.",
            "The municipality chose not to continue early follow-up; the ordinary rule applies.",
        ),
        _R(
            "FT-MUNICIPALITY-DECISION-UNKNOWN",
            ("late_form_discretion",),
            "letter",
            "Skemaet kom for sent eller ikke, og kommunens beslutning om at fortsætte er ikke oplyst.",
            "The form was late or missing, and the municipality's decision whether to continue is not given.",
        ),
        # -- the three questions ------------------------------------------------------
        _R(
            "FT-QUESTIONS-COMPLETE",
            ("three_questions", "guide_questions"),
            "request",
            "Der foreligger svar på alle tre spørgsmål fra den, der skal svare.",
            "All three questions have an answer from whoever must answer them.",
        ),
        _R(
            "FT-QUESTIONS-TO-OBTAIN",
            ("three_questions", "employee_form", "guide_questions"),
            "request",
            "Sagsbehandleren skal indhente de manglende svar fra den sygemeldte før den første samtale.",
            "The caseworker must obtain the missing answers from the sick person before the first meeting.",
        ),
        _R(
            "FT-QUESTIONS-REQUESTER-MUST-ANSWER",
            ("requester_answers",),
            "request",
            "Den sygemeldte har selv anmodet og skal besvare de tre spørgsmål.",
            "The sick person asked and must answer the three questions.",
        ),
        _R(
            "FT-QUESTIONS-NOT-REQUIRED",
            ("standby",),
            "request",
            "Sagen følges uden kontakt med den sygemeldte (standby-ordningen); der skal ikke indhentes svar på de "
            "tre spørgsmål.",
            "The case is followed without contact with the sick person (standby); no answers to the three "
            "questions are to be obtained.",
        ),
        # -- doctor -------------------------------------------------------------------
        _R(
            "FT-DOCTOR-RULE-2024",
            ("doctor_employer_route",),
            "form",
            "Konsultationen skal finde sted senest 8 dage efter, at skemaet er returneret (reglen fra 1. januar "
            "2025).",
            "The consultation takes place at the latest 8 days after the form was returned (the rule from "
            "1 January 2025).",
        ),
        _R(
            "FT-DOCTOR-RULE-2014",
            ("doctor_employer_route",),
            "letter",
            "Konsultationen skal finde sted tidligst 6. og senest 8. bankdag efter brevet (reglen fra 5. januar "
            "2015 til 31. december 2024).",
            "The consultation takes place at the earliest on the 6th and at the latest on the 8th bank day after "
            "the letter (the rule from 5 January 2015 to 31 December 2024).",
        ),
        _R(
            "FT-DOCTOR-RULE-SICK-PERSON",
            ("doctor_sick_person_route",),
            "request",
            "Konsultationen skal finde sted senest 8 dage efter den sygemeldtes anmodning.",
            "The consultation takes place at the latest 8 days after the sick person's request.",
        ),
        _R(
            "FT-DOCTOR-AWAITS-FORM",
            ("doctor_employer_route",),
            "letter",
            "Lægefristen løber fra modtagelsen af skemaet, som endnu ikke er modtaget.",
            "The doctor deadline runs from receipt of the form, which has not been received.",
        ),
        _R(
            "FT-DOCTOR-MET",
            ("guide_doctor",),
            "deadline",
            "Konsultationen hos den praktiserende læge er holdt inden for fristen.",
            "The consultation with the sick person's own doctor took place within the deadline.",
        ),
        _R(
            "FT-DOCTOR-TOO-EARLY",
            ("doctor_employer_route",),
            "letter",
            "Konsultationen er holdt før 6. bankdag efter brevet.",
            "The consultation took place before the 6th bank day after the letter.",
        ),
        _R(
            "FT-DOCTOR-MISSED",
            ("guide_doctor",),
            "deadline",
            "Konsultationen hos lægen er ikke holdt inden for fristen.",
            "The consultation with the doctor did not take place within the deadline.",
        ),
        _R(
            "FT-DOCTOR-LAPSED",
            ("follow_up_ends_on_recovery",),
            "request",
            "Den sygemeldte blev raskmeldt før lægefristen; konsultationen skal ikke holdes.",
            "The sick person recovered before the doctor deadline; no consultation is due.",
        ),
        _R(
            "FT-DOCTOR-NOT-REQUIRED",
            ("standby",),
            "request",
            "Sagen er omfattet af standby-ordningen; der skal ikke holdes konsultation til brug for samtalen.",
            "The case is in the standby arrangement; no consultation for the meeting is due.",
        ),
        _R(
            "FT-DOCTOR-REQUEST-UNKNOWN",
            ("guide_doctor",),
            "deadline",
            "Fristen for konsultationen er overskredet, men pligten gælder først, når den sygemeldte har modtaget "
            "kommunens anmodning om at bestille tid, og det er ikke oplyst, om og hvornår det skete.",
            "The consultation deadline has passed, but the duty applies only once the sick person has received the "
            "municipality's request to book it, and whether and when that happened is not given.",
        ),
        _R(
            "FT-DOCTOR-PENDING",
            ("guide_doctor",),
            "deadline",
            "Fristen for konsultationen hos lægen er endnu ikke udløbet.",
            "The deadline for the doctor's consultation has not yet passed.",
        ),
        # -- the first meeting --------------------------------------------------------
        _R(
            "FT-MEETING-DUE-FAST-TRACK",
            ("fast_track_meeting",),
            "request",
            "Den første opfølgningssamtale skal holdes senest 2 uger efter anmodningen.",
            "The first follow-up meeting is due at the latest 2 weeks after the request.",
        ),
        _R(
            "FT-MEETING-DUE-ORDINARY",
            (),
            "deadline",
            "Den første opfølgningssamtale skal holdes inden udgangen af 8. uge regnet fra første fraværsdag.",
            "The first follow-up meeting is due before the end of week 8 counted from the first day of absence.",
        ),
        _R(
            "FT-MEETING-CAPPED-AT-WEEK-8",
            ("ordinary_first_meeting", "interpretation:late_request"),
            "first_day_of_absence",
            "Anmodning + 2 uger ligger efter udgangen af uge 8; den tidligste frist gælder (fortolkningen "
            '"earliest").',
            "Request + 2 weeks lies after the end of week 8; the earlier deadline applies (interpretation "
            '"earliest").',
        ),
        _R(
            "FT-DEADLINE-ROLLED-FORWARD",
            ("interpretation:roll",),
            "none",
            'Fristen faldt på en lukkedag og er flyttet til næste arbejdsdag (fortolkningen "forward").',
            "The deadline fell on a closed day and was moved to the next working day (interpretation "
            '"forward").',
        ),
        _R(
            "FT-MEETING-MET",
            (),
            "deadline",
            "Den første opfølgningssamtale er holdt inden for fristen.",
            "The first follow-up meeting was held within the deadline.",
        ),
        _R(
            "FT-MEETING-MISSED",
            (),
            "deadline",
            "Den første opfølgningssamtale er ikke holdt inden for fristen.",
            "The first follow-up meeting was not held within the deadline.",
        ),
        _R(
            "FT-MEETING-PENDING",
            (),
            "deadline",
            "Fristen for den første opfølgningssamtale er endnu ikke udløbet.",
            "The deadline for the first follow-up meeting has not yet passed.",
        ),
        _R(
            "FT-MEETING-LAPSED",
            ("follow_up_ends_on_recovery",),
            "first_day_of_absence",
            "Den sygemeldte blev raskmeldt før fristen; samtalen skal ikke holdes.",
            "The sick person recovered before the deadline; no meeting is due.",
        ),
        _R(
            "FT-MEETING-NOT-REQUIRED",
            ("standby",),
            "first_day_of_absence",
            "Sagen er omfattet af standby-ordningen; der skal ikke holdes opfølgningssamtale.",
            "The case is in the standby arrangement; no follow-up meeting is due.",
        ),
        _R(
            "FT-TRACK-UNDETERMINED",
            ("fast_track_meeting", "ordinary_first_meeting"),
            "request",
            "Sporet kan ikke afgøres, før de manglende oplysninger foreligger.",
            "The track cannot be decided until the missing facts are given.",
        ),
        # -- the plan -----------------------------------------------------------------
        _R(
            "FT-PLAN-AGREED",
            ("guide_plan",),
            "none",
            "Jobcenter, arbejdsgiver og lønmodtager har aftalt en plan for tilbagevenden.",
            "Jobcenter, employer and employee agreed a return-to-work plan.",
        ),
        _R(
            "FT-PLAN-NOT-AGREED",
            ("guide_plan",),
            "none",
            "Der blev ikke aftalt en plan for tilbagevenden på samtalen.",
            "No return-to-work plan was agreed at the meeting.",
        ),
        _R(
            "FT-PLAN-PENDING",
            ("guide_plan",),
            "none",
            "Samtalen er endnu ikke holdt; planen for tilbagevenden aftales på samtalen.",
            "The meeting has not yet been held; the return-to-work plan is agreed at the meeting.",
        ),
        _R(
            "FT-PLAN-UNKNOWN",
            ("guide_plan",),
            "none",
            "Samtalen er holdt, men det er ikke oplyst, om der blev aftalt en plan.",
            "The meeting was held, but whether a plan was agreed is not given.",
        ),
    )
}


def _breakpoints(reason: Reason) -> tuple[_dt.date, ...]:
    """The days on which any citation of ``reason`` can change."""
    return tuple(sorted(set().union(*(provision_changes(name) for name in reason.provisions))))


# Every reason's breakpoints, built whole at import (a fraction of a millisecond) and
# never changed: threads share it without a lock.
_BREAKPOINTS: dict[str, tuple[_dt.date, ...]] = {code: _breakpoints(r) for code, r in CATALOGUE.items()}


def cite_reason(code: str, day: _dt.date, first: tuple[Citation, ...] = ()) -> CitedReason:
    """Reason ``code`` with its citations as in force on ``day``, after ``first`` (the
    citations of the deadline it judges). Equal inputs give one shared, frozen value.

    Raises:
        InvalidTypeError: ``code`` is not a string, ``day`` not a ``date`` or ``first``
            not a tuple of citations.
        InvalidValueError: ``code`` is not in :data:`CATALOGUE`.
    """
    points = _BREAKPOINTS.get(code) if type(code) is str else None
    if points is None:
        _bad_code(code)
    if type(day) is not _dt.date:
        bad_date("day", day)
    if type(first) is not tuple:
        raise InvalidTypeError("first", first, f"expected a tuple of citations, got {type(first).__name__}")
    for k, citation in enumerate(first):
        if type(citation) is not Citation:
            raise InvalidTypeError(
                f"first[{k}]", citation, f"expected a Citation, got {type(citation).__name__}"
            )
    k = bisect_right(points, day)
    # Every day of one segment cites the same versions: the segment's first day stands for it.
    return _cite_reason(code, points[k - 1] if k else day, first)


def _bad_code(code: object) -> NoReturn:
    if type(code) is not str:
        raise InvalidTypeError("code", code, f"expected a string, got {type(code).__name__}")
    raise InvalidValueError("code", code, "is not a reason code of CATALOGUE")


@lru_cache(maxsize=4096)  # reasons x citation segments x deadline citations: a few hundred
def _cite_reason(code: str, day: _dt.date, first: tuple[Citation, ...]) -> CitedReason:
    reason = CATALOGUE[code]
    return CitedReason(reason, tuple(dict.fromkeys(first + reason.citations_on(day))))
