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
        "Der er ikke anmodet om tidlig opfølgning. Den første opfølgningssamtale følger de almindelige regler.",
        "No one has asked for early follow-up. The first follow-up meeting follows the ordinary rules.",
    ),
    (
        "FT-NOT-IN-FORCE",
        ("fast_track_start", "fast_track_reform"),
        "none",
        "Anmodningen er fremsat før den 5. januar 2015, da reglerne om Fast track endnu ikke var trådt i kraft.",
        "The request was made before 5 January 2015, when the Fast track rules were not yet in force.",
    ),
    (
        "FT-JOBCENTER-INITIATIVE",
        ("guide_jobcenter_initiative", "ordinary_first_meeting"),
        "first_day_of_absence",
        "Når jobcentret selv tager initiativ til en tidlig opfølgning, er det ikke Fast track. Kommunen skal fortsat afholde den første opfølgningssamtale inden udgangen af 8. uge efter de almindelige regler.",
        "Early follow-up that the jobcenter starts on its own initiative is not Fast track. The municipality must still hold the first follow-up meeting before the end of week 8 under the ordinary rules.",
    ),
    (
        "FT-POLICY-TARGET",
        ("guide_jobcenter_initiative", "interpretation:policy_target_weeks"),
        "none",
        "Kommunens egen målsætning for sager, hvor jobcentret selv har taget initiativ, er ikke et krav i loven. Overskrides målsætningen, er det ikke et brud på reglerne.",
        "The municipality's own target for cases that the jobcenter started itself is not a legal requirement. Missing the target is not a breach of the rules.",
    ),
    (
        "FT-REQUEST-BEFORE-ABSENCE",
        ("employer_request", "sick_person_request"),
        "request",
        "Anmodningen er dateret før første fraværsdag og er derfor ikke en gyldig anmodning om tidlig opfølgning.",
        "The request is dated before the first day of absence, so it is not a valid request for early follow-up.",
    ),
    (
        "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE",
        ("employer_request",),
        "request",
        "En arbejdsgiver kan kun anmode om tidlig opfølgning for en lønmodtager, og den sygemeldte er ikke lønmodtager.",
        "An employer can ask for early follow-up only for an employee, and the sick person is not an employee.",
    ),
    (
        "FT-SUBJECT-UNKNOWN",
        ("employer_request",),
        "request",
        "Det er ikke oplyst, om den sygemeldte er lønmodtager. Derfor kan arbejdsgiverens anmodning ikke vurderes.",
        "It is not stated whether the sick person is an employee, so the employer's request cannot be assessed.",
    ),
    (
        "FT-REQUEST-IN-TIME",
        ("employer_request",),
        "request",
        "Arbejdsgiveren har anmodet om tidlig opfølgning inden for fristen, som er de første 5 uger af sygefraværet.",
        "The employer asked for early follow-up within the time limit, which is the first 5 weeks of the sickness absence.",
    ),
    (
        "FT-REQUEST-LATE",
        ("employer_request",),
        "request",
        "Arbejdsgiveren har anmodet om tidlig opfølgning efter fristen, som er de første 5 uger af sygefraværet. Det er derfor ikke en anmodning efter sygedagpengelovens § 7 c.",
        "The employer asked for early follow-up after the time limit, which is the first 5 weeks of the sickness absence. It is therefore not a request under section 7 c of the Sickness Benefit Act.",
    ),
    (
        "FT-SICK-PERSON-REQUEST-IN-TIME",
        ("interpretation:sick_person_window", "guide_request_window", "sick_person_request"),
        "request",
        "Den sygemeldte har anmodet om tidlig opfølgning inden for de første 5 uger af sygefraværet. Sygedagpengelovens § 7 e sætter ingen frist; de 5 uger er en fortolkning efter vejledningen.",
        "The sick person asked for early follow-up within the first 5 weeks of the sickness absence. Section 7 e of the Sickness Benefit Act sets no time limit; the 5 weeks are an interpretation based on the guidance.",
    ),
    (
        "FT-SICK-PERSON-REQUEST-LATE",
        ("interpretation:sick_person_window", "guide_request_window", "sick_person_request"),
        "request",
        "Den sygemeldte har anmodet om tidlig opfølgning efter de første 5 uger af sygefraværet. Sygedagpengelovens § 7 e sætter ingen frist; de 5 uger er en fortolkning efter vejledningen.",
        "The sick person asked for early follow-up after the first 5 weeks of the sickness absence. Section 7 e of the Sickness Benefit Act sets no time limit; the 5 weeks are an interpretation based on the guidance.",
    ),
    (
        "FT-SICK-PERSON-NO-TIME-LIMIT",
        ("sick_person_request", "interpretation:sick_person_window"),
        "request",
        "Sygedagpengelovens § 7 e sætter ingen frist for den sygemeldtes anmodning, og der regnes her ikke med nogen frist.",
        "Section 7 e of the Sickness Benefit Act sets no time limit for the sick person's request, and none is applied here.",
    ),
    (
        "FT-CONDITION-MET",
        ("employer_request", "sick_person_request"),
        "request",
        "Sygefraværet forventes at vare mere end 8 uger regnet fra første fraværsdag.",
        "The sickness absence is expected to last more than 8 weeks from the first day of absence.",
    ),
    (
        "FT-CONDITION-NOT-MET",
        ("employer_request", "sick_person_request"),
        "request",
        "Sygefraværet forventes ikke at vare mere end 8 uger. Betingelsen for tidlig opfølgning er derfor ikke opfyldt.",
        "The sickness absence is not expected to last more than 8 weeks, so the condition for early follow-up is not met.",
    ),
    (
        "FT-CONDITION-UNKNOWN",
        ("employer_request", "sick_person_request"),
        "request",
        "Det er ikke oplyst, om sygefraværet forventes at vare mere end 8 uger, og heller ikke, hvornår den sygemeldte forventes at blive rask.",
        "It is not stated whether the sickness absence is expected to last more than 8 weeks, nor when the sick person is expected to recover.",
    ),
    # -- consent (employer route) -------------------------------------------------
    (
        "FT-LETTER-UNKNOWN",
        ("consent_form_deadline",),
        "letter",
        "Det er ikke oplyst, hvornår brevet fra NemRefusion blev sendt til lønmodtageren. Fristen for at returnere skemaet kan derfor ikke beregnes.",
        "It is not stated when NemRefusion sent the letter to the employee, so the deadline for returning the form cannot be calculated.",
    ),
    (
        "FT-CONSENT-IN-TIME",
        ("consent_form_deadline",),
        "letter",
        "Lønmodtageren er indforstået med tidlig opfølgning og har returneret skemaet senest 2 bankdage efter, at brevet blev sendt.",
        "The employee agrees to early follow-up and returned the form no later than 2 bank days after the letter was sent.",
    ),
    (
        "FT-CONSENT-IN-TIME-ANY-LETTER",
        ("consent_form_deadline",),
        "request",
        "Lønmodtageren er indforstået med tidlig opfølgning og har returneret skemaet senest 2 bankdage efter anmodningen. Brevet kan ikke være sendt før anmodningen, så skemaet er kommet rettidigt, uanset hvornår brevet blev sendt.",
        "The employee agrees to early follow-up and returned the form no later than 2 bank days after the request. The letter cannot have been sent before the request, so the form was in time whenever the letter was sent.",
    ),
    (
        "FT-CONSENT-PENDING",
        ("consent_form_deadline",),
        "letter",
        "Lønmodtageren har endnu ikke returneret skemaet, og fristen er ikke udløbet.",
        "The employee has not yet returned the form, and the deadline has not passed.",
    ),
    (
        "FT-CONSENT-LATE",
        ("consent_form_deadline", "late_form_discretion"),
        "letter",
        "Lønmodtageren har returneret skemaet efter fristen. Kommunen kan vælge at fortsætte den tidlige opfølgning.",
        "The employee returned the form after the deadline. The municipality may choose to continue the early follow-up.",
    ),
    (
        "FT-CONSENT-MISSING",
        ("consent_form_deadline", "late_form_discretion"),
        "letter",
        "Lønmodtageren har ikke returneret skemaet inden fristen. Det behandles som et skema, der er returneret for sent.",
        "The employee did not return the form by the deadline. This is treated as a form returned late.",
    ),
    (
        "FT-CONSENT-REFUSED",
        ("employee_refusal", "refusal_meeting"),
        "request",
        "Lønmodtageren ønsker ikke tidlig opfølgning. Den første opfølgningssamtale afholdes derfor inden udgangen af 8. uge regnet fra første fraværsdag.",
        "The employee does not want early follow-up, so the first follow-up meeting is held before the end of week 8 from the first day of absence.",
    ),
    (
        "FT-MUNICIPALITY-CONTINUES",
        ("late_form_discretion",),
        "letter",
        "Kommunen har valgt at fortsætte den tidlige opfølgning, selv om skemaet kom for sent.",
        "The municipality chose to continue the early follow-up although the form came late.",
    ),
    (
        "FT-MUNICIPALITY-STOPS",
        ("late_form_discretion", "ordinary_first_meeting"),
        "letter",
        "Kommunen har valgt ikke at fortsætte den tidlige opfølgning. De almindelige regler gælder.",
        "The municipality chose not to continue the early follow-up. The ordinary rules apply.",
    ),
    (
        "FT-MUNICIPALITY-DECISION-UNKNOWN",
        ("late_form_discretion",),
        "letter",
        "Skemaet kom for sent eller slet ikke, og det er ikke oplyst, om kommunen vil fortsætte den tidlige opfølgning.",
        "The form came late or not at all, and it is not stated whether the municipality will continue the early follow-up.",
    ),
    # -- the three questions ------------------------------------------------------
    (
        "FT-QUESTIONS-COMPLETE",
        ("three_questions", "guide_questions"),
        "request",
        "Der er svar på alle de tre spørgsmål fra den, der skal svare.",
        "All three questions have been answered by whoever must answer them.",
    ),
    (
        "FT-QUESTIONS-TO-OBTAIN",
        ("three_questions", "employee_form", "guide_questions"),
        "request",
        "Sagsbehandleren skal indhente de manglende svar på de tre spørgsmål fra den sygemeldte før den første opfølgningssamtale.",
        "The caseworker must obtain the missing answers to the three questions from the sick person before the first follow-up meeting.",
    ),
    (
        "FT-QUESTIONS-REQUESTER-MUST-ANSWER",
        ("requester_answers",),
        "request",
        "Den sygemeldte har selv anmodet om tidlig opfølgning og skal derfor selv svare på de tre spørgsmål.",
        "The sick person asked for early follow-up and must therefore answer the three questions.",
    ),
    (
        "FT-QUESTIONS-NOT-REQUIRED",
        ("standby",),
        "request",
        "Den sygemeldte er omfattet af standby-ordningen, hvor kommunen ikke kontakter den sygemeldte. Der skal derfor ikke indhentes svar på de tre spørgsmål.",
        "The sick person is in the standby arrangement, in which the municipality does not contact the sick person. No answers to the three questions are to be obtained.",
    ),
    # -- doctor -------------------------------------------------------------------
    (
        "FT-DOCTOR-RULE-2024",
        ("doctor_employer_route",),
        "form",
        "Konsultationen hos egen læge skal finde sted senest 8 dage efter, at skemaet er returneret (reglen fra den 1. januar 2025).",
        "The consultation with the sick person's own doctor must take place no later than 8 days after the form was returned (the rule from 1 January 2025).",
    ),
    (
        "FT-DOCTOR-RULE-2014",
        ("doctor_employer_route",),
        "letter",
        "Konsultationen hos egen læge skal finde sted tidligst 6. og senest 8. bankdag efter, at brevet blev sendt (reglen fra den 5. januar 2015 til den 31. december 2024).",
        "The consultation with the sick person's own doctor must take place at the earliest on the 6th and at the latest on the 8th bank day after the letter was sent (the rule from 5 January 2015 to 31 December 2024).",
    ),
    (
        "FT-DOCTOR-RULE-SICK-PERSON",
        ("doctor_sick_person_route",),
        "request",
        "Konsultationen hos egen læge skal finde sted senest 8 dage efter den sygemeldtes anmodning om tidlig opfølgning.",
        "The consultation with the sick person's own doctor must take place no later than 8 days after the sick person's request for early follow-up.",
    ),
    (
        "FT-DOCTOR-AWAITS-FORM",
        ("doctor_employer_route",),
        "letter",
        "Fristen for konsultationen hos egen læge regnes fra modtagelsen af skemaet, som endnu ikke er modtaget.",
        "The deadline for the consultation with the doctor runs from receipt of the form, which has not yet been received.",
    ),
    (
        "FT-DOCTOR-MET",
        ("guide_doctor",),
        "deadline",
        "Konsultationen hos egen læge har fundet sted inden for fristen.",
        "The consultation with the sick person's own doctor took place within the deadline.",
    ),
    (
        "FT-DOCTOR-TOO-EARLY",
        ("doctor_employer_route",),
        "letter",
        "Konsultationen hos egen læge har fundet sted før 6. bankdag efter, at brevet blev sendt.",
        "The consultation with the doctor took place before the 6th bank day after the letter was sent.",
    ),
    (
        "FT-DOCTOR-MISSED",
        ("guide_doctor",),
        "deadline",
        "Konsultationen hos egen læge har ikke fundet sted inden for fristen.",
        "The consultation with the doctor did not take place within the deadline.",
    ),
    (
        "FT-DOCTOR-LAPSED",
        ("follow_up_ends_on_recovery",),
        "request",
        "Den sygemeldte er blevet rask før fristen for konsultationen, og konsultationen skal derfor ikke finde sted.",
        "The sick person recovered before the consultation deadline, so no consultation is due.",
    ),
    (
        "FT-DOCTOR-NOT-REQUIRED",
        ("standby",),
        "request",
        "Den sygemeldte er omfattet af standby-ordningen. Der skal ikke være en konsultation hos egen læge til brug for samtalen.",
        "The sick person is in the standby arrangement. No consultation with the doctor is due for the meeting.",
    ),
    (
        "FT-DOCTOR-REQUEST-UNKNOWN",
        ("guide_doctor",),
        "deadline",
        "Fristen for konsultationen er overskredet, men den sygemeldte skal først bestille tid, når kommunens anmodning om det er modtaget, og det er ikke oplyst, om og hvornår det skete.",
        "The consultation deadline has passed, but the sick person need only book an appointment once the municipality's request to do so has been received, and whether and when that happened is not stated.",
    ),
    (
        "FT-DOCTOR-PENDING",
        ("guide_doctor",),
        "deadline",
        "Fristen for konsultationen hos egen læge er endnu ikke udløbet.",
        "The deadline for the consultation with the doctor has not yet passed.",
    ),
    # -- the first meeting --------------------------------------------------------
    (
        "FT-MEETING-DUE-FAST-TRACK",
        ("fast_track_meeting",),
        "request",
        "Kommunen skal afholde den første opfølgningssamtale senest 2 uger efter anmodningen om tidlig opfølgning.",
        "The municipality must hold the first follow-up meeting no later than 2 weeks after the request for early follow-up.",
    ),
    (
        "FT-MEETING-DUE-ORDINARY",
        (),
        "deadline",
        "Kommunen skal afholde den første opfølgningssamtale inden udgangen af 8. uge regnet fra første fraværsdag.",
        "The municipality must hold the first follow-up meeting before the end of week 8 from the first day of absence.",
    ),
    (
        "FT-MEETING-CAPPED-AT-WEEK-8",
        ("ordinary_first_meeting", "interpretation:late_request"),
        "first_day_of_absence",
        "Fristen på 2 uger efter anmodningen ville først udløbe efter udgangen af 8. uge. Den tidligste af de to frister gælder (en fortolkning).",
        "The deadline of 2 weeks after the request would end only after the end of week 8. The earlier of the two deadlines applies (an interpretation).",
    ),
    (
        "FT-DEADLINE-ROLLED-FORWARD",
        ("interpretation:roll",),
        "none",
        "Fristen faldt på en dag, hvor kommunen holder lukket, og er flyttet til næste arbejdsdag (en fortolkning).",
        "The deadline fell on a day the municipality is closed and was moved to the next working day (an interpretation).",
    ),
    (
        "FT-MEETING-MET",
        (),
        "deadline",
        "Den første opfølgningssamtale er afholdt inden for fristen.",
        "The first follow-up meeting was held within the deadline.",
    ),
    (
        "FT-MEETING-MISSED",
        (),
        "deadline",
        "Den første opfølgningssamtale er ikke afholdt inden for fristen.",
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
        "Den sygemeldte er blevet rask før fristen, og der skal derfor ikke afholdes en opfølgningssamtale.",
        "The sick person recovered before the deadline, so no follow-up meeting is due.",
    ),
    (
        "FT-MEETING-NOT-REQUIRED",
        ("standby",),
        "first_day_of_absence",
        "Den sygemeldte er omfattet af standby-ordningen. Der skal ikke afholdes en opfølgningssamtale.",
        "The sick person is in the standby arrangement. No follow-up meeting is due.",
    ),
    (
        "FT-TRACK-UNDETERMINED",
        ("fast_track_meeting", "ordinary_first_meeting"),
        "request",
        "Det kan ikke afgøres, om sagen følger Fast track, før de manglende oplysninger foreligger.",
        "Whether the case follows Fast track cannot be decided until the missing information is available.",
    ),
    # -- the plan -----------------------------------------------------------------
    (
        "FT-PLAN-AGREED",
        ("guide_plan",),
        "none",
        "Der blev aftalt en plan for tilbagevenden til arbejdet ved den første opfølgningssamtale.",
        "A return-to-work plan was agreed at the first follow-up meeting.",
    ),
    (
        "FT-PLAN-NOT-AGREED",
        ("guide_plan",),
        "none",
        "Der blev ikke aftalt en plan for tilbagevenden til arbejdet ved den første opfølgningssamtale.",
        "No return-to-work plan was agreed at the first follow-up meeting.",
    ),
    (
        "FT-PLAN-PENDING",
        ("guide_plan",),
        "none",
        "Den første opfølgningssamtale er endnu ikke afholdt. Planen for tilbagevenden til arbejdet aftales ved samtalen.",
        "The first follow-up meeting has not yet been held. The return-to-work plan is agreed at the meeting.",
    ),
    (
        "FT-PLAN-UNKNOWN",
        ("guide_plan",),
        "none",
        "Den første opfølgningssamtale er afholdt, men det er ikke oplyst, om der blev aftalt en plan for tilbagevenden til arbejdet.",
        "The first follow-up meeting was held, but it is not stated whether a return-to-work plan was agreed.",
    ),
)
