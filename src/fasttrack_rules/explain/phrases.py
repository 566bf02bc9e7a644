"""What the employer and the sick person are told, sentence by sentence, in Danish and
English: one sentence for each reason code that concerns them, and for the time limit
to ask when nobody has asked yet. The caseworker reads the reasons themselves
(:mod:`fasttrack_rules.reason_catalogue`) beside the deadlines.

The caseworker's next steps are here too, by deadline and status.

A sentence may hold these fields, each filled with a date written out: ``{window}`` (the
last day to ask), ``{consent}`` (the form), ``{doctor}`` (the consultation, with "at the
latest" or with its earliest and latest days), ``{meeting}`` (the first follow-up meeting
on the case's track), ``{workday}`` (the same meeting's last working day, with its
last day when that is no working day), ``{policy}`` (the municipality's own target); or
with words:
``{questions}`` (the questions still to be answered) and ``{missing}`` (a missing fact,
with its leading space or comma).

Longer than 300 lines: a data table, two audiences by every reason code.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["AUDIENCES", "FIELDS", "SENTENCES", "STEP_SITUATIONS", "UNDATED", "WINDOW_SITUATIONS", "Audience"]

#: Who an explanation is written for.
Audience = Literal["caseworker", "employer", "sick_person"]
AUDIENCES: tuple[Audience, ...] = get_args(Audience)

#: The fields a sentence may hold.
FIELDS = ("window", "consent", "doctor", "meeting", "workday", "policy", "questions", "missing")

#: When nobody has asked for early follow-up: may the reader still ask, and until when.
#: (Situation in Danish, for the check list; the key names it.)
WINDOW_SITUATIONS: dict[str, str] = {
    "window-open": "Der er ikke anmodet, og fristen for at anmode er ikke udløbet.",
    "window-closed": "Der er ikke anmodet, og fristen for at anmode er udløbet.",
    "window-none": "Der er ikke anmodet, og der regnes ikke med nogen frist for den sygemeldtes anmodning.",
    "window-not-employee": "Der er ikke anmodet, og den sygemeldte er ikke lønmodtager.",
    "window-unknown": "Der er ikke anmodet, og sagens oplysninger giver ikke en dato for fristen.",
}

_CASEWORKER: dict[str, tuple[str, str]] = {
    "obtain": (
        "Indhent den sygemeldtes svar på disse spørgsmål: {questions}",
        "Obtain the sick person's answers to these questions: {questions}",
    ),
    "missing": ("Få oplyst{missing}.", "Find out{missing}."),
    "consent_form:pending": (
        "Afvent lønmodtagerens svar på samtykkeerklæringen, som skal være returneret senest {consent}.",
        "Await the employee's reply on the consent form, which must be returned by {consent}.",
    ),
    "doctor_consultation:pending": (
        "Følg op på, at konsultationen hos egen læge finder sted {doctor}.",
        "Check that the consultation with the sick person's own doctor takes place {doctor}.",
    ),
    "doctor_consultation:missed": (
        "Konsultationen hos egen læge skulle have fundet sted {doctor}. Følg op hos den sygemeldte.",
        "The consultation with the sick person's own doctor should have taken place {doctor}. Follow up with "
        "the sick person.",
    ),
    "first_meeting:pending": (
        "Afhold den første opfølgningssamtale senest {workday}.",
        "Hold the first follow-up meeting by {workday}.",
    ),
    "first_meeting:missed": (
        "Fristen for den første opfølgningssamtale udløb {meeting}. Afhold samtalen hurtigst muligt.",
        "The deadline for the first follow-up meeting ended on {meeting}. Hold the meeting as soon as "
        "possible.",
    ),
    "policy_first_meeting:pending": (
        "Kommunens egen målsætning er at afholde samtalen senest {policy}. Det er ikke et krav i loven.",
        "The municipality's own target is to hold the meeting by {policy}. This is not a legal requirement.",
    ),
}

#: When each of the caseworker's next steps is shown (Danish, for the check list).
STEP_SITUATIONS: dict[str, str] = {
    "obtain": "Der mangler svar på et eller flere af de tre spørgsmål fra den sygemeldte.",
    "missing": "En oplysning, som sagen afhænger af, mangler (én linje for hver oplysning).",
    "consent_form:pending": "Lønmodtageren har endnu ikke svaret, og fristen er ikke udløbet.",
    "doctor_consultation:pending": "Fristen for konsultationen hos egen læge er ikke udløbet.",
    "doctor_consultation:missed": ("Konsultationen hos egen læge har ikke fundet sted inden fristen."),
    "first_meeting:pending": "Fristen for den første opfølgningssamtale er ikke udløbet.",
    "first_meeting:missed": "Den første opfølgningssamtale er ikke afholdt inden fristen.",
    "policy_first_meeting:pending": (
        "Jobcentret har selv taget initiativ, og kommunen har sin egen målsætning."
    ),
}

_EMPLOYER: dict[str, tuple[str, str]] = {
    "window-open": (
        "Du kan anmode om tidlig opfølgning (Fast track) til og med {window}, hvis du forventer, at "
        "sygefraværet varer mere end 8 uger regnet fra første fraværsdag. Du anmoder via NemRefusion.",
        "You can ask for early follow-up (Fast track) until {window} inclusive, if you expect the sickness "
        "absence to last more than 8 weeks from the first day of absence. You ask through NemRefusion.",
    ),
    "window-closed": (
        "Fristen for at anmode om tidlig opfølgning udløb {window}, så du kan ikke længere anmode om Fast "
        "track i dette sygeforløb.",
        "The time limit for asking for early follow-up ended on {window}, so you can no longer ask for Fast "
        "track for this absence.",
    ),
    "window-not-employee": (
        "Du kan kun anmode om tidlig opfølgning, når den sygemeldte er lønmodtager.",
        "You can ask for early follow-up only when the sick person is an employee.",
    ),
    "window-unknown": (
        "Du kan anmode om tidlig opfølgning inden for de første 5 uger af sygefraværet, hvis du forventer, "
        "at det varer mere end 8 uger.",
        "You can ask for early follow-up within the first 5 weeks of the sickness absence, if you expect it "
        "to last more than 8 weeks.",
    ),
    "FT-NOT-IN-FORCE": (
        "Anmodningen er fremsat før den 5. januar 2015, da reglerne om Fast track endnu ikke gjaldt.",
        "The request was made before 5 January 2015, before the Fast track rules applied.",
    ),
    "FT-JOBCENTER-INITIATIVE": (
        "Jobcentret har selv taget initiativ til opfølgningen. Det er ikke Fast track.",
        "The jobcenter started the follow-up on its own initiative. This is not Fast track.",
    ),
    "FT-REQUEST-BEFORE-ABSENCE": (
        "Anmodningen er dateret før første fraværsdag og er derfor ikke gyldig.",
        "The request is dated before the first day of absence, so it is not valid.",
    ),
    "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE": (
        "Du kan kun anmode om tidlig opfølgning for en lønmodtager, og den sygemeldte er ikke lønmodtager.",
        "You can ask for early follow-up only for an employee, and the sick person is not an employee.",
    ),
    "FT-SUBJECT-UNKNOWN": (
        "Kommunen skal vide, om den sygemeldte er lønmodtager, før din anmodning kan behandles.",
        "The municipality needs to know whether the sick person is an employee before your request can be "
        "handled.",
    ),
    "FT-REQUEST-IN-TIME": (
        "Du har anmodet om tidlig opfølgning inden for fristen.",
        "You asked for early follow-up within the time limit.",
    ),
    "FT-REQUEST-LATE": (
        "Din anmodning kom efter fristen, som udløb {window}, og kan ikke behandles som en anmodning om "
        "tidlig opfølgning.",
        "Your request came after the time limit, which ended on {window}, and cannot be handled as a request "
        "for early follow-up.",
    ),
    "FT-SICK-PERSON-REQUEST-IN-TIME": (
        "Den sygemeldte har selv anmodet om tidlig opfølgning.",
        "The sick person has asked for early follow-up.",
    ),
    "FT-SICK-PERSON-REQUEST-LATE": (
        "Den sygemeldte har anmodet om tidlig opfølgning efter de første 5 uger af sygefraværet, og "
        "anmodningen behandles derfor ikke som Fast track.",
        "The sick person asked for early follow-up after the first 5 weeks of the sickness absence, so the "
        "request is not handled as Fast track.",
    ),
    "FT-SICK-PERSON-NO-TIME-LIMIT": (
        "Den sygemeldte har selv anmodet om tidlig opfølgning.",
        "The sick person has asked for early follow-up.",
    ),
    "FT-CONDITION-NOT-MET": (
        "Sygefraværet forventes ikke at vare mere end 8 uger, så betingelsen for tidlig opfølgning er ikke "
        "opfyldt.",
        "The sickness absence is not expected to last more than 8 weeks, so the condition for early "
        "follow-up "
        "is not met.",
    ),
    "FT-CONDITION-UNKNOWN": (
        "Kommunen skal vide, om sygefraværet forventes at vare mere end 8 uger.",
        "The municipality needs to know whether the sickness absence is expected to last more than 8 weeks.",
    ),
    "FT-CONSENT-PENDING": (
        "Din medarbejder har fået et brev fra NemRefusion og skal returnere skemaet senest {consent}, hvis "
        "medarbejderen er indforstået med tidlig opfølgning.",
        "Your employee has received a letter from NemRefusion and must return the form by {consent} if they "
        "agree to early follow-up.",
    ),
    "FT-CONSENT-IN-TIME": (
        "Din medarbejder er indforstået med tidlig opfølgning.",
        "Your employee agrees to early follow-up.",
    ),
    "FT-CONSENT-IN-TIME-ANY-LETTER": (
        "Din medarbejder er indforstået med tidlig opfølgning.",
        "Your employee agrees to early follow-up.",
    ),
    "FT-CONSENT-LATE": (
        "Din medarbejders svar kom efter fristen. Kommunen beslutter, om den tidlige opfølgning fortsætter.",
        "Your employee's reply came after the deadline. The municipality decides whether the early follow-up "
        "continues.",
    ),
    "FT-CONSENT-MISSING": (
        "Din medarbejder har ikke svaret inden fristen. Kommunen beslutter, om den tidlige opfølgning "
        "fortsætter.",
        "Your employee did not reply by the deadline. The municipality decides whether the early follow-up "
        "continues.",
    ),
    "FT-CONSENT-REFUSED": (
        "Din medarbejder ønsker ikke tidlig opfølgning, så opfølgningen følger de almindelige regler.",
        "Your employee does not want early follow-up, so the follow-up follows the ordinary rules.",
    ),
    "FT-MUNICIPALITY-CONTINUES": (
        "Kommunen fortsætter den tidlige opfølgning.",
        "The municipality continues the early follow-up.",
    ),
    "FT-MUNICIPALITY-STOPS": (
        "Kommunen fortsætter ikke den tidlige opfølgning, så opfølgningen følger de almindelige regler.",
        "The municipality does not continue the early follow-up, so the follow-up follows the ordinary "
        "rules.",
    ),
    "FT-MUNICIPALITY-DECISION-UNKNOWN": (
        "Kommunen har endnu ikke besluttet, om den tidlige opfølgning fortsætter.",
        "The municipality has not yet decided whether the early follow-up continues.",
    ),
    "FT-QUESTIONS-TO-OBTAIN": (
        "Du kan vælge at svare på de tre spørgsmål om sygdommens betydning for arbejdet. Ellers indhenter "
        "kommunen svarene hos den sygemeldte.",
        "You may choose to answer the three questions about how the illness affects the work. Otherwise the "
        "municipality obtains the answers from the sick person.",
    ),
    "FT-MEETING-PENDING": (
        "Jobcentret afholder den første opfølgningssamtale med den sygemeldte senest {meeting}.",
        "The jobcenter holds the first follow-up meeting with the sick person by {meeting}.",
    ),
    "FT-MEETING-MET": (
        "Den første opfølgningssamtale er afholdt.",
        "The first follow-up meeting has been held.",
    ),
    "FT-MEETING-MISSED": (
        "Jobcentret har ikke afholdt den første opfølgningssamtale inden fristen, som udløb {meeting}.",
        "The jobcenter did not hold the first follow-up meeting by the deadline, which ended on {meeting}.",
    ),
    "FT-MEETING-LAPSED": (
        "Den sygemeldte er blevet rask, og der afholdes ingen opfølgningssamtale.",
        "The sick person has recovered, and no follow-up meeting is held.",
    ),
    "FT-MEETING-NOT-REQUIRED": (
        "Den sygemeldte er omfattet af standby-ordningen, og der afholdes ingen opfølgningssamtale.",
        "The sick person is in the standby arrangement, and no follow-up meeting is held.",
    ),
    "FT-TRACK-UNDETERMINED": (
        "Det kan endnu ikke afgøres, om sagen følger Fast track.",
        "It cannot yet be decided whether the case follows Fast track.",
    ),
    "FT-PLAN-PENDING": (
        "Ved den første opfølgningssamtale aftales en plan for tilbagevenden til arbejdet, og du kan blive "
        "inddraget.",
        "At the first follow-up meeting a return-to-work plan is agreed, and you may be involved.",
    ),
    "FT-PLAN-AGREED": (
        "Der er aftalt en plan for tilbagevenden til arbejdet.",
        "A return-to-work plan has been agreed.",
    ),
}

_SICK_PERSON: dict[str, tuple[str, str]] = {
    "window-open": (
        "Du kan selv anmode jobcentret om tidlig opfølgning til og med {window}, hvis du forventer at være "
        "syg i mere end 8 uger regnet fra første fraværsdag.",
        "You can ask the jobcenter for early follow-up yourself until {window} inclusive, if you expect to "
        "be "
        "ill for more than 8 weeks from the first day of absence.",
    ),
    "window-closed": (
        "Fristen for selv at anmode om tidlig opfølgning udløb {window}.",
        "The time limit for asking for early follow-up yourself ended on {window}.",
    ),
    "window-none": (
        "Du kan selv anmode jobcentret om tidlig opfølgning, hvis du forventer at være syg i mere end 8 uger "
        "regnet fra første fraværsdag.",
        "You can ask the jobcenter for early follow-up yourself, if you expect to be ill for more than "
        "8 weeks from the first day of absence.",
    ),
    "window-unknown": (
        "Du kan selv anmode jobcentret om tidlig opfølgning inden for de første 5 uger af sygefraværet, "
        "hvis du forventer at være syg i mere end 8 uger.",
        "You can ask the jobcenter for early follow-up yourself within the first 5 weeks of the sickness "
        "absence, if you expect to be ill for more than 8 weeks.",
    ),
    "FT-NOT-IN-FORCE": (
        "Anmodningen er fremsat før den 5. januar 2015, da reglerne om Fast track endnu ikke gjaldt.",
        "The request was made before 5 January 2015, before the Fast track rules applied.",
    ),
    "FT-JOBCENTER-INITIATIVE": (
        "Jobcentret har selv taget initiativ til at følge op på din sag.",
        "The jobcenter has decided on its own to follow up on your case.",
    ),
    "FT-REQUEST-BEFORE-ABSENCE": (
        "Anmodningen er dateret før din første fraværsdag og er derfor ikke gyldig.",
        "The request is dated before your first day of absence, so it is not valid.",
    ),
    "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE": (
        "Anmodningen fra arbejdsgiveren er ikke gyldig, fordi du ikke er lønmodtager.",
        "The employer's request is not valid, because you are not an employee.",
    ),
    "FT-SUBJECT-UNKNOWN": (
        "Kommunen skal vide, om du er lønmodtager, ledig eller selvstændig.",
        "The municipality needs to know whether you are an employee, unemployed or self-employed.",
    ),
    "FT-REQUEST-IN-TIME": (
        "Din arbejdsgiver har anmodet om tidlig opfølgning.",
        "Your employer has asked for early follow-up.",
    ),
    "FT-REQUEST-LATE": (
        "Din arbejdsgiver har anmodet om tidlig opfølgning for sent, så opfølgningen følger de almindelige "
        "regler.",
        "Your employer asked for early follow-up too late, so the follow-up follows the ordinary rules.",
    ),
    "FT-SICK-PERSON-REQUEST-IN-TIME": (
        "Du har selv anmodet om tidlig opfølgning.",
        "You have asked for early follow-up.",
    ),
    "FT-SICK-PERSON-REQUEST-LATE": (
        "Du har anmodet om tidlig opfølgning efter de første 5 uger af sygefraværet, og anmodningen "
        "behandles derfor ikke som Fast track.",
        "You asked for early follow-up after the first 5 weeks of the sickness absence, so the request is "
        "not "
        "handled as Fast track.",
    ),
    "FT-SICK-PERSON-NO-TIME-LIMIT": (
        "Du har selv anmodet om tidlig opfølgning.",
        "You have asked for early follow-up.",
    ),
    "FT-CONDITION-NOT-MET": (
        "Tidlig opfølgning forudsætter, at sygefraværet forventes at vare mere end 8 uger, og det gør det "
        "ikke her.",
        "Early follow-up requires the sickness absence to be expected to last more than 8 weeks, and that is "
        "not the case here.",
    ),
    "FT-CONDITION-UNKNOWN": (
        "Kommunen skal vide, om dit sygefravær forventes at vare mere end 8 uger.",
        "The municipality needs to know whether your sickness absence is expected to last more than 8 weeks.",
    ),
    "FT-CONSENT-PENDING": (
        "Du har fået et brev fra NemRefusion. Hvis du er indforstået med tidlig opfølgning, skal du udfylde "
        "og returnere skemaet senest {consent}.",
        "You have received a letter from NemRefusion. If you agree to early follow-up, fill in the form and "
        "return it by {consent}.",
    ),
    "FT-CONSENT-IN-TIME": (
        "Du har sagt ja til tidlig opfølgning, og dit svar kom til tiden.",
        "You agreed to early follow-up, and your reply came in time.",
    ),
    "FT-CONSENT-IN-TIME-ANY-LETTER": (
        "Du har sagt ja til tidlig opfølgning, og dit svar kom til tiden.",
        "You agreed to early follow-up, and your reply came in time.",
    ),
    "FT-CONSENT-LATE": (
        "Dit svar på skemaet kom efter fristen. Kommunen beslutter, om den tidlige opfølgning fortsætter.",
        "Your reply on the form came after the deadline. The municipality decides whether the early "
        "follow-up "
        "continues.",
    ),
    "FT-CONSENT-MISSING": (
        "Kommunen har ikke fået dit svar på skemaet inden fristen. Kommunen beslutter, om den tidlige "
        "opfølgning fortsætter.",
        "The municipality did not receive your reply on the form by the deadline. The municipality decides "
        "whether the early follow-up continues.",
    ),
    "FT-CONSENT-REFUSED": (
        "Du har sagt nej til tidlig opfølgning, så opfølgningen følger de almindelige regler.",
        "You said no to early follow-up, so the follow-up follows the ordinary rules.",
    ),
    "FT-MUNICIPALITY-CONTINUES": (
        "Kommunen fortsætter den tidlige opfølgning.",
        "The municipality continues the early follow-up.",
    ),
    "FT-MUNICIPALITY-STOPS": (
        "Kommunen fortsætter ikke den tidlige opfølgning, så opfølgningen følger de almindelige regler.",
        "The municipality does not continue the early follow-up, so the follow-up follows the ordinary "
        "rules.",
    ),
    "FT-QUESTIONS-TO-OBTAIN": (
        "Du skal svare på disse spørgsmål før den første opfølgningssamtale: {questions}",
        "You must answer these questions before the first follow-up meeting: {questions}",
    ),
    "FT-QUESTIONS-REQUESTER-MUST-ANSWER": (
        "Da du selv har anmodet om tidlig opfølgning, skal du svare på de tre spørgsmål om sygdommens "
        "betydning for dit arbejde.",
        "As you asked for early follow-up yourself, you must answer the three questions about how the "
        "illness "
        "affects your work.",
    ),
    "FT-DOCTOR-PENDING": (
        "Bestil tid hos din egen læge, når kommunen beder dig om det. Konsultationen skal finde sted "
        "{doctor}.",
        "Book an appointment with your own doctor when the municipality asks you to. The consultation must "
        "take place {doctor}.",
    ),
    "FT-DOCTOR-MET": (
        "Konsultationen hos din læge har fundet sted.",
        "The consultation with your doctor has taken place.",
    ),
    "FT-DOCTOR-MISSED": (
        "Konsultationen hos din læge har ikke fundet sted inden fristen. Kontakt jobcentret.",
        "The consultation with your doctor did not take place by the deadline. Contact the jobcenter.",
    ),
    "FT-MEETING-PENDING": (
        "Jobcentret indkalder dig til den første opfølgningssamtale, som skal afholdes senest {meeting}.",
        "The jobcenter will call you to the first follow-up meeting, which must be held by {meeting}.",
    ),
    "FT-MEETING-MET": (
        "Din første opfølgningssamtale er afholdt.",
        "Your first follow-up meeting has been held.",
    ),
    "FT-MEETING-MISSED": (
        "Den første opfølgningssamtale skulle have været afholdt senest {meeting}. Kontakt jobcentret, hvis "
        "du ikke er blevet indkaldt.",
        "The first follow-up meeting should have been held by {meeting}. Contact the jobcenter if you have "
        "not been called to it.",
    ),
    "FT-MEETING-LAPSED": (
        "Du er blevet rask, og der afholdes ingen opfølgningssamtale.",
        "You have recovered, and no follow-up meeting is held.",
    ),
    "FT-MEETING-NOT-REQUIRED": (
        "Du er omfattet af standby-ordningen, så jobcentret kontakter dig ikke, og du skal ikke til "
        "opfølgningssamtale.",
        "You are in the standby arrangement, so the jobcenter does not contact you, and you have no "
        "follow-up "
        "meeting.",
    ),
    "FT-TRACK-UNDETERMINED": (
        "Kommunen mangler oplysninger, før det kan afgøres, om din sag følger Fast track.",
        "The municipality needs more information before it can decide whether your case follows Fast track.",
    ),
    "FT-PLAN-PENDING": (
        "Ved samtalen aftaler I en plan for, hvordan du vender tilbage til arbejdet.",
        "At the meeting you agree a plan for how you return to work.",
    ),
    "FT-PLAN-AGREED": (
        "Der er aftalt en plan for, hvordan du vender tilbage til arbejdet.",
        "A plan for how you return to work has been agreed.",
    ),
}

#: Every sentence by audience: the caseworker's next steps by deadline and status; the
#: employer's and the sick person's by reason code or window situation. (Danish, English.)
SENTENCES: dict[Audience, dict[str, tuple[str, str]]] = {
    "caseworker": _CASEWORKER,
    "employer": _EMPLOYER,
    "sick_person": _SICK_PERSON,
}

#: A sentence's form without its date, where the result may not give the date (a form
#: awaited while the letter's date is unknown). A sentence whose date is not given and
#: that has no undated form is left out.
UNDATED: dict[Audience, dict[str, tuple[str, str]]] = {
    "caseworker": {
        "consent_form:pending": (
            "Afvent lønmodtagerens svar på samtykkeerklæringen.",
            "Await the employee's reply on the consent form.",
        ),
    },
    "employer": {
        "FT-CONSENT-PENDING": (
            "Din medarbejder skal returnere skemaet fra NemRefusion, hvis medarbejderen er indforstået med "
            "tidlig opfølgning.",
            "Your employee must return the form from NemRefusion if they agree to early follow-up.",
        ),
    },
    "sick_person": {
        "FT-CONSENT-PENDING": (
            "Hvis du er indforstået med tidlig opfølgning, skal du udfylde og returnere skemaet fra "
            "NemRefusion hurtigst muligt.",
            "If you agree to early follow-up, fill in the form from NemRefusion and return it as soon as "
            "possible.",
        ),
    },
}
