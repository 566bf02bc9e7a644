"""The reason catalogue as data: every reason code with the provisions it rests on, the
event that dates them, and its sentence in Danish and in English.
:mod:`fasttrack_rules.reasons` makes the catalogue of these rows.

Longer than 300 lines: a data table, as long as the catalogue.
"""

# The sentences are long: a line may pass the length limit rather than break a word.

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["EVENTS", "REASON_ROWS", "Event"]

#: The event whose date selects the version of a reason's provisions. ``deadline``:
#: the reason judges a deadline and cites that deadline's own provision first;
#: ``none``: the reason cites only undated sources.
Event = Literal["first_day_of_absence", "request", "letter", "form", "deadline", "none"]
EVENTS: tuple[Event, ...] = get_args(Event)

#: Every reason: (code, provisions, event, Danish sentence, English sentence). Codes
#: never change meaning once released (they are part of the oracle contract); a new
#: meaning gets a new code.
REASON_ROWS: tuple[tuple[str, tuple[str, ...], Event, str, str], ...] = (
    # -- request validity --------------------------------------------------------
    (
        "FT-NO-REQUEST",
        ("ordinary_first_meeting",),
        "first_day_of_absence",
        "Der er ikke anmodet om tidlig opfølgning; den første opfølgningssamtale følger de almindelige regler.",
        "No early follow-up was requested; the first follow-up meeting follows the ordinary rule.",
    ),
    (
        "FT-NOT-IN-FORCE",
        ("fast_track_start", "fast_track_reform"),
        "none",
        "Anmodningen er fremsat før 5. januar 2015, hvor Fast track ikke fandtes.",
        "The request was made before 5 January 2015, when Fast track did not exist.",
    ),
    (
        "FT-JOBCENTER-INITIATIVE",
        ("guide_jobcenter_initiative", "ordinary_first_meeting"),
        "first_day_of_absence",
        "Jobcentrets eget initiativ er ikke Fast track; fristen efter de almindelige regler (udgangen af uge 8) "
        "er fortsat den lovbestemte pligt.",
        "A jobcenter's own initiative is not Fast track; the ordinary week-8 deadline stays the legal duty.",
    ),
    (
        "FT-POLICY-TARGET",
        ("guide_jobcenter_initiative", "interpretation:policy_target_weeks"),
        "none",
        "Kommunens egen målsætning for jobcenterinitierede sager er en politik, ikke lov, og kan ikke brydes "
        "retligt.",
        "The municipality's own target for jobcenter-initiated cases is policy, not law, and is never a breach "
        "of law.",
    ),
    (
        "FT-REQUEST-BEFORE-ABSENCE",
        ("employer_request", "sick_person_request"),
        "request",
        "Anmodningen er dateret før første fraværsdag og er derfor ikke en gyldig anmodning.",
        "The request is dated before the first day of absence and is not a valid request.",
    ),
    (
        "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE",
        ("employer_request",),
        "request",
        "En arbejdsgiver kan kun anmode om tidlig opfølgning for en lønmodtager.",
        "An employer may ask for early follow-up only for an employee.",
    ),
    (
        "FT-SUBJECT-UNKNOWN",
        ("employer_request",),
        "request",
        "Det er ikke oplyst, om den sygemeldte er lønmodtager; arbejdsgiverens anmodning kan ikke vurderes.",
        "It is not known whether the sick person is an employee; the employer's request cannot be assessed.",
    ),
    (
        "FT-REQUEST-IN-TIME",
        ("employer_request",),
        "request",
        "Arbejdsgiverens anmodning er fremsat senest på sidste dag af fristen for at anmode (de første 5 uger af "
        "fraværet).",
        "The employer's request was made on or before the last day of the request window (the first 5 weeks of "
        "the absence).",
    ),
    (
        "FT-REQUEST-LATE",
        ("employer_request",),
        "request",
        "Arbejdsgiverens anmodning er fremsat efter sidste dag af fristen for at anmode (de første 5 uger af "
        "fraværet) og er ikke en anmodning efter § 7 c.",
        "The employer's request was made after the last day of the request window (the first 5 weeks of the "
        "absence) and is not a request under § 7 c.",
    ),
    (
        "FT-SICK-PERSON-REQUEST-IN-TIME",
        ("interpretation:sick_person_window", "guide_request_window", "sick_person_request"),
        "request",
        "Den sygemeldtes anmodning er fremsat inden for de første 5 uger af fraværet (fortolkning efter "
        "procesbeskrivelsen; § 7 e fastsætter ikke selv en frist).",
        "The sick person's request was made within the first 5 weeks of the absence (an interpretation after "
        "the process guide; § 7 e itself sets no time limit).",
    ),
    (
        "FT-SICK-PERSON-REQUEST-LATE",
        ("interpretation:sick_person_window", "guide_request_window", "sick_person_request"),
        "request",
        "Den sygemeldtes anmodning er fremsat efter de første 5 uger af fraværet (fortolkning efter "
        "procesbeskrivelsen; § 7 e fastsætter ikke selv en frist).",
        "The sick person's request was made after the first 5 weeks of the absence (an interpretation after the "
        "process guide; § 7 e itself sets no time limit).",
    ),
    (
        "FT-SICK-PERSON-NO-TIME-LIMIT",
        ("sick_person_request", "interpretation:sick_person_window"),
        "request",
        '§ 7 e fastsætter ingen frist for den sygemeldtes anmodning (fortolkningen "none").',
        '§ 7 e sets no time limit for the sick person\'s request (interpretation "none").',
    ),
    (
        "FT-CONDITION-MET",
        ("employer_request", "sick_person_request"),
        "request",
        "Det forventes, at fraværet varer mere end 8 uger regnet fra første fraværsdag.",
        "The absence is expected to last more than 8 weeks counted from the first day of absence.",
    ),
    (
        "FT-CONDITION-NOT-MET",
        ("employer_request", "sick_person_request"),
        "request",
        "Det forventes ikke, at fraværet varer mere end 8 uger; betingelsen for tidlig opfølgning er ikke "
        "opfyldt.",
        "The absence is not expected to last more than 8 weeks; the condition for early follow-up is not met.",
    ),
    (
        "FT-CONDITION-UNKNOWN",
        ("employer_request", "sick_person_request"),
        "request",
        "Hverken en vurdering af 8-ugers-betingelsen eller en forventet raskmeldingsdato er oplyst.",
        "Neither an assessment of the 8-week condition nor an expected recovery date is given.",
    ),
    # -- consent (employer route) -------------------------------------------------
    (
        "FT-LETTER-UNKNOWN",
        ("consent_form_deadline",),
        "letter",
        "Datoen for brevet fra NemRefusion er ikke oplyst; fristen for skemaet kan ikke beregnes.",
        "The date of the NemRefusion letter is not given; the consent form deadline cannot be computed.",
    ),
    (
        "FT-CONSENT-IN-TIME",
        ("consent_form_deadline",),
        "letter",
        "Lønmodtageren har returneret skemaet og er indforstået, senest 2 bankdage efter brevet.",
        "The employee returned the form and agrees, at the latest 2 bank days after the letter.",
    ),
    (
        "FT-CONSENT-IN-TIME-ANY-LETTER",
        ("consent_form_deadline",),
        "request",
        "Lønmodtageren har returneret skemaet og er indforstået senest 2 bankdage efter anmodningen; da brevet "
        "ikke kan være sendt før anmodningen, er skemaet rettidigt, uanset brevets dato.",
        "The employee returned the form and agrees at the latest 2 bank days after the request; as the letter "
        "cannot precede the request, the form is in time whatever the letter's date.",
    ),
    (
        "FT-CONSENT-PENDING",
        ("consent_form_deadline",),
        "letter",
        "Fristen for lønmodtagerens skema er endnu ikke udløbet, og der er ikke modtaget svar.",
        "The employee's form deadline has not yet passed and no answer has been received.",
    ),
    (
        "FT-CONSENT-LATE",
        ("consent_form_deadline", "late_form_discretion"),
        "letter",
        "Lønmodtageren har returneret skemaet efter fristen; kommunen kan vælge at fortsætte den tidlige "
        "opfølgning.",
        "The employee returned the form after the deadline; the municipality may choose to continue early "
        "follow-up.",
    ),
    (
        "FT-CONSENT-MISSING",
        ("consent_form_deadline", "late_form_discretion"),
        "letter",
        "Der er ikke modtaget noget skema inden fristen; det behandles som et skema modtaget for sent.",
        "No form was received by the deadline; this is treated like a late form.",
    ),
    (
        "FT-CONSENT-REFUSED",
        ("employee_refusal", "refusal_meeting"),
        "request",
        "Lønmodtageren har modsat sig tidlig opfølgning; den første samtale holdes inden udgangen af uge 8.",
        "The employee refused early follow-up; the first meeting is due by the end of week 8.",
    ),
    (
        "FT-MUNICIPALITY-CONTINUES",
        ("late_form_discretion",),
        "letter",
        "Kommunen har valgt at fortsætte den tidlige opfølgning trods det sene skema.",
        "The municipality chose to continue early follow-up despite the late form.",
    ),
    (
        "FT-MUNICIPALITY-STOPS",
        ("late_form_discretion", "ordinary_first_meeting"),
        "letter",
        "Kommunen har valgt ikke at fortsætte den tidlige opfølgning; de almindelige regler gælder.",
        "The municipality chose not to continue early follow-up; the ordinary rule applies.",
    ),
    (
        "FT-MUNICIPALITY-DECISION-UNKNOWN",
        ("late_form_discretion",),
        "letter",
        "Skemaet kom for sent eller ikke, og kommunens beslutning om at fortsætte er ikke oplyst.",
        "The form was late or missing, and the municipality's decision whether to continue is not given.",
    ),
    # -- the three questions ------------------------------------------------------
    (
        "FT-QUESTIONS-COMPLETE",
        ("three_questions", "guide_questions"),
        "request",
        "Der foreligger svar på alle tre spørgsmål fra den, der skal svare.",
        "All three questions have an answer from whoever must answer them.",
    ),
    (
        "FT-QUESTIONS-TO-OBTAIN",
        ("three_questions", "employee_form", "guide_questions"),
        "request",
        "Sagsbehandleren skal indhente de manglende svar fra den sygemeldte før den første samtale.",
        "The caseworker must obtain the missing answers from the sick person before the first meeting.",
    ),
    (
        "FT-QUESTIONS-REQUESTER-MUST-ANSWER",
        ("requester_answers",),
        "request",
        "Den sygemeldte har selv anmodet og skal besvare de tre spørgsmål.",
        "The sick person asked and must answer the three questions.",
    ),
    (
        "FT-QUESTIONS-NOT-REQUIRED",
        ("standby",),
        "request",
        "Sagen følges uden kontakt med den sygemeldte (standby-ordningen); der skal ikke indhentes svar på de "
        "tre spørgsmål.",
        "The case is followed without contact with the sick person (standby); no answers to the three "
        "questions are to be obtained.",
    ),
    # -- doctor -------------------------------------------------------------------
    (
        "FT-DOCTOR-RULE-2024",
        ("doctor_employer_route",),
        "form",
        "Konsultationen skal finde sted senest 8 dage efter, at skemaet er returneret (reglen fra 1. januar "
        "2025).",
        "The consultation takes place at the latest 8 days after the form was returned (the rule from "
        "1 January 2025).",
    ),
    (
        "FT-DOCTOR-RULE-2014",
        ("doctor_employer_route",),
        "letter",
        "Konsultationen skal finde sted tidligst 6. og senest 8. bankdag efter brevet (reglen fra 5. januar "
        "2015 til 31. december 2024).",
        "The consultation takes place at the earliest on the 6th and at the latest on the 8th bank day after "
        "the letter (the rule from 5 January 2015 to 31 December 2024).",
    ),
    (
        "FT-DOCTOR-RULE-SICK-PERSON",
        ("doctor_sick_person_route",),
        "request",
        "Konsultationen skal finde sted senest 8 dage efter den sygemeldtes anmodning.",
        "The consultation takes place at the latest 8 days after the sick person's request.",
    ),
    (
        "FT-DOCTOR-AWAITS-FORM",
        ("doctor_employer_route",),
        "letter",
        "Lægefristen løber fra modtagelsen af skemaet, som endnu ikke er modtaget.",
        "The doctor deadline runs from receipt of the form, which has not been received.",
    ),
    (
        "FT-DOCTOR-MET",
        ("guide_doctor",),
        "deadline",
        "Konsultationen hos den praktiserende læge er holdt inden for fristen.",
        "The consultation with the sick person's own doctor took place within the deadline.",
    ),
    (
        "FT-DOCTOR-TOO-EARLY",
        ("doctor_employer_route",),
        "letter",
        "Konsultationen er holdt før 6. bankdag efter brevet.",
        "The consultation took place before the 6th bank day after the letter.",
    ),
    (
        "FT-DOCTOR-MISSED",
        ("guide_doctor",),
        "deadline",
        "Konsultationen hos lægen er ikke holdt inden for fristen.",
        "The consultation with the doctor did not take place within the deadline.",
    ),
    (
        "FT-DOCTOR-LAPSED",
        ("follow_up_ends_on_recovery",),
        "request",
        "Den sygemeldte blev raskmeldt før lægefristen; konsultationen skal ikke holdes.",
        "The sick person recovered before the doctor deadline; no consultation is due.",
    ),
    (
        "FT-DOCTOR-NOT-REQUIRED",
        ("standby",),
        "request",
        "Sagen er omfattet af standby-ordningen; der skal ikke holdes konsultation til brug for samtalen.",
        "The case is in the standby arrangement; no consultation for the meeting is due.",
    ),
    (
        "FT-DOCTOR-REQUEST-UNKNOWN",
        ("guide_doctor",),
        "deadline",
        "Fristen for konsultationen er overskredet, men pligten gælder først, når den sygemeldte har modtaget "
        "kommunens anmodning om at bestille tid, og det er ikke oplyst, om og hvornår det skete.",
        "The consultation deadline has passed, but the duty applies only once the sick person has received the "
        "municipality's request to book it, and whether and when that happened is not given.",
    ),
    (
        "FT-DOCTOR-PENDING",
        ("guide_doctor",),
        "deadline",
        "Fristen for konsultationen hos lægen er endnu ikke udløbet.",
        "The deadline for the doctor's consultation has not yet passed.",
    ),
    # -- the first meeting --------------------------------------------------------
    (
        "FT-MEETING-DUE-FAST-TRACK",
        ("fast_track_meeting",),
        "request",
        "Den første opfølgningssamtale skal holdes senest 2 uger efter anmodningen.",
        "The first follow-up meeting is due at the latest 2 weeks after the request.",
    ),
    (
        "FT-MEETING-DUE-ORDINARY",
        (),
        "deadline",
        "Den første opfølgningssamtale skal holdes inden udgangen af 8. uge regnet fra første fraværsdag.",
        "The first follow-up meeting is due before the end of week 8 counted from the first day of absence.",
    ),
    (
        "FT-MEETING-CAPPED-AT-WEEK-8",
        ("ordinary_first_meeting", "interpretation:late_request"),
        "first_day_of_absence",
        "Anmodning + 2 uger ligger efter udgangen af uge 8; den tidligste frist gælder (fortolkningen "
        '"earliest").',
        "Request + 2 weeks lies after the end of week 8; the earlier deadline applies (interpretation "
        '"earliest").',
    ),
    (
        "FT-DEADLINE-ROLLED-FORWARD",
        ("interpretation:roll",),
        "none",
        'Fristen faldt på en lukkedag og er flyttet til næste arbejdsdag (fortolkningen "forward").',
        'The deadline fell on a closed day and was moved to the next working day (interpretation "forward").',
    ),
    (
        "FT-MEETING-MET",
        (),
        "deadline",
        "Den første opfølgningssamtale er holdt inden for fristen.",
        "The first follow-up meeting was held within the deadline.",
    ),
    (
        "FT-MEETING-MISSED",
        (),
        "deadline",
        "Den første opfølgningssamtale er ikke holdt inden for fristen.",
        "The first follow-up meeting was not held within the deadline.",
    ),
    (
        "FT-MEETING-PENDING",
        (),
        "deadline",
        "Fristen for den første opfølgningssamtale er endnu ikke udløbet.",
        "The deadline for the first follow-up meeting has not yet passed.",
    ),
    (
        "FT-MEETING-LAPSED",
        ("follow_up_ends_on_recovery",),
        "first_day_of_absence",
        "Den sygemeldte blev raskmeldt før fristen; samtalen skal ikke holdes.",
        "The sick person recovered before the deadline; no meeting is due.",
    ),
    (
        "FT-MEETING-NOT-REQUIRED",
        ("standby",),
        "first_day_of_absence",
        "Sagen er omfattet af standby-ordningen; der skal ikke holdes opfølgningssamtale.",
        "The case is in the standby arrangement; no follow-up meeting is due.",
    ),
    (
        "FT-TRACK-UNDETERMINED",
        ("fast_track_meeting", "ordinary_first_meeting"),
        "request",
        "Sporet kan ikke afgøres, før de manglende oplysninger foreligger.",
        "The track cannot be decided until the missing facts are given.",
    ),
    # -- the plan -----------------------------------------------------------------
    (
        "FT-PLAN-AGREED",
        ("guide_plan",),
        "none",
        "Jobcenter, arbejdsgiver og lønmodtager har aftalt en plan for tilbagevenden.",
        "Jobcenter, employer and employee agreed a return-to-work plan.",
    ),
    (
        "FT-PLAN-NOT-AGREED",
        ("guide_plan",),
        "none",
        "Der blev ikke aftalt en plan for tilbagevenden på samtalen.",
        "No return-to-work plan was agreed at the meeting.",
    ),
    (
        "FT-PLAN-PENDING",
        ("guide_plan",),
        "none",
        "Samtalen er endnu ikke holdt; planen for tilbagevenden aftales på samtalen.",
        "The meeting has not yet been held; the return-to-work plan is agreed at the meeting.",
    ),
    (
        "FT-PLAN-UNKNOWN",
        ("guide_plan",),
        "none",
        "Samtalen er holdt, men det er ikke oplyst, om der blev aftalt en plan.",
        "The meeting was held, but whether a plan was agreed is not given.",
    ),
)
