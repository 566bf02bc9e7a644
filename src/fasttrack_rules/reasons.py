"""The reason catalogue: every stable reason code with its citations and one sentence
in Danish and in English. Codes never change meaning once released (they are part of
the oracle contract); a new meaning gets a new code.
"""

from __future__ import annotations

import attrs

from fasttrack_rules.law import Citation, cite

__all__ = ["CATALOGUE", "Reason"]


@attrs.frozen
class Reason:
    """One reason code: what it means, in Danish and English, and which sources decide it."""

    code: str
    citations: tuple[Citation, ...]
    da: str
    en: str

    def text(self, lang: str = "en") -> str:
        """The sentence in ``lang`` (``"da"`` or ``"en"``)."""
        return self.da if lang == "da" else self.en


SDL_7C_1 = cite("SDL", "7 c", 1)
SDL_7D_2 = cite("SDL", "7 d", 2)
SDL_7E = cite("SDL", "7 e")
SDL_8_1 = cite("SDL", "8", 1)
SDL_13B_1 = cite("SDL", "13 b", 1)
SDL_13B_2 = cite("SDL", "13 b", 2)
SDL_13B_3 = cite("SDL", "13 b", 3)
SDL_13B_5 = cite("SDL", "13 b", 5)
BEK24_3_1 = cite("BEK 2024", "3", 1)
BEK24_3_2 = cite("BEK 2024", "3", 2)
BEK24_4_1 = cite("BEK 2024", "4", 1)
BEK24_4_2 = cite("BEK 2024", "4", 2)
BEK24_5_2 = cite("BEK 2024", "5", 2)
BEK24_7 = cite("BEK 2024", "7")
BEK24_9 = cite("BEK 2024", "9")
BEK14_4_1_2 = cite("BEK 2014", "4", 1, 2)
BEK14_9 = cite("BEK 2014", "9")
BEK14_18 = cite("BEK 2014", "18")
L720 = cite("L 720/2014")
GUIDE_1 = cite("Process guide", "step 1")
GUIDE_3 = cite("Process guide", "step 3")
GUIDE_4 = cite("Process guide", "step 4")
GUIDE_Q = cite("Process guide", "the three questions")
GUIDE_JC = cite("Process guide", "jobcenter initiative")
I_ROLL = cite("Interpretation", "roll")
I_LATE = cite("Interpretation", "late_request")
I_SPW = cite("Interpretation", "sick_person_window")
I_TRANSITION = cite("Interpretation", "doctor_rule_transition")

_R = Reason
#: Every reason code, by code.
CATALOGUE: dict[str, Reason] = {
    r.code: r
    for r in (
        # -- request validity --------------------------------------------------------
        _R(
            "FT-NO-REQUEST",
            (SDL_13B_1,),
            "Der er ikke anmodet om tidlig opfølgning; den første opfølgningssamtale følger de almindelige regler.",
            "No early follow-up was requested; the first follow-up meeting follows the ordinary rule.",
        ),
        _R(
            "FT-NOT-IN-FORCE",
            (BEK14_18, L720),
            "Anmodningen er fremsat før 5. januar 2015, hvor Fast track ikke fandtes.",
            "The request was made before 5 January 2015, when Fast track did not exist.",
        ),
        _R(
            "FT-JOBCENTER-INITIATIVE",
            (GUIDE_JC, SDL_13B_1),
            "Jobcentrets eget initiativ er ikke Fast track; fristen efter de almindelige regler (udgangen af uge 8) "
            "er fortsat den lovbestemte pligt.",
            "A jobcenter's own initiative is not Fast track; the ordinary week-8 deadline stays the legal duty.",
        ),
        _R(
            "FT-POLICY-TARGET",
            (GUIDE_JC,),
            "Kommunens egen målsætning for jobcenterinitierede sager er en politik, ikke lov, og kan ikke brydes "
            "retligt.",
            "The municipality's own target for jobcenter-initiated cases is policy, not law, and is never a breach "
            "of law.",
        ),
        _R(
            "FT-REQUEST-BEFORE-ABSENCE",
            (SDL_7C_1, SDL_7E),
            "Anmodningen er dateret før første fraværsdag og er derfor ikke en gyldig anmodning.",
            "The request is dated before the first day of absence and is not a valid request.",
        ),
        _R(
            "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE",
            (SDL_7C_1,),
            "En arbejdsgiver kan kun anmode om tidlig opfølgning for en lønmodtager.",
            "An employer may ask for early follow-up only for an employee.",
        ),
        _R(
            "FT-SUBJECT-UNKNOWN",
            (SDL_7C_1,),
            "Det er ikke oplyst, om den sygemeldte er lønmodtager; arbejdsgiverens anmodning kan ikke vurderes.",
            "It is not known whether the sick person is an employee; the employer's request cannot be assessed.",
        ),
        _R(
            "FT-REQUEST-IN-TIME",
            (SDL_7C_1,),
            "Arbejdsgiverens anmodning er fremsat inden for de første 5 uger af fraværet.",
            "The employer's request was made within the first 5 weeks of the absence.",
        ),
        _R(
            "FT-REQUEST-LATE",
            (SDL_7C_1,),
            "Arbejdsgiverens anmodning er fremsat efter de første 5 uger af fraværet og er ikke gyldig.",
            "The employer's request was made after the first 5 weeks of the absence and is not valid.",
        ),
        _R(
            "FT-SICK-PERSON-REQUEST-IN-TIME",
            (GUIDE_1, SDL_7E, I_SPW),
            "Den sygemeldtes anmodning er fremsat inden for 5 uger efter første fraværsdag (procesbeskrivelsen; "
            "§ 7 e fastsætter ikke selv en frist).",
            "The sick person's request was made within 5 weeks of the first day of absence (process guide; § 7 e "
            "itself sets no time limit).",
        ),
        _R(
            "FT-SICK-PERSON-REQUEST-LATE",
            (GUIDE_1, SDL_7E, I_SPW),
            "Den sygemeldtes anmodning er fremsat senere end 5 uger efter første fraværsdag (procesbeskrivelsen; "
            "§ 7 e fastsætter ikke selv en frist).",
            "The sick person's request was made later than 5 weeks after the first day of absence (process guide; "
            "§ 7 e itself sets no time limit).",
        ),
        _R(
            "FT-SICK-PERSON-NO-TIME-LIMIT",
            (SDL_7E, I_SPW),
            '§ 7 e fastsætter ingen frist for den sygemeldtes anmodning (fortolkningen "none").',
            '§ 7 e sets no time limit for the sick person\'s request (interpretation "none").',
        ),
        _R(
            "FT-CONDITION-MET",
            (SDL_7C_1, SDL_7E),
            "Det forventes, at fraværet varer mere end 8 uger regnet fra første fraværsdag.",
            "The absence is expected to last more than 8 weeks counted from the first day of absence.",
        ),
        _R(
            "FT-CONDITION-NOT-MET",
            (SDL_7C_1, SDL_7E),
            "Det forventes ikke, at fraværet varer mere end 8 uger; betingelsen for tidlig opfølgning er ikke "
            "opfyldt.",
            "The absence is not expected to last more than 8 weeks; the condition for early follow-up is not met.",
        ),
        _R(
            "FT-CONDITION-UNKNOWN",
            (SDL_7C_1, SDL_7E),
            "Hverken en vurdering af 8-ugers-betingelsen eller en forventet raskmeldingsdato er oplyst.",
            "Neither an assessment of the 8-week condition nor an expected recovery date is given.",
        ),
        # -- consent (employer route) -------------------------------------------------
        _R(
            "FT-LETTER-UNKNOWN",
            (BEK24_4_1,),
            "Datoen for brevet fra NemRefusion er ikke oplyst; fristen for skemaet kan ikke beregnes.",
            "The date of the NemRefusion letter is not given; the consent form deadline cannot be computed.",
        ),
        _R(
            "FT-CONSENT-IN-TIME",
            (BEK24_4_1,),
            "Lønmodtageren har returneret skemaet og er indforstået, senest 2 bankdage efter brevet.",
            "The employee returned the form and agrees, at the latest 2 bank days after the letter.",
        ),
        _R(
            "FT-CONSENT-PENDING",
            (BEK24_4_1,),
            "Fristen for lønmodtagerens skema er endnu ikke udløbet, og der er ikke modtaget svar.",
            "The employee's form deadline has not yet passed and no answer has been received.",
        ),
        _R(
            "FT-CONSENT-LATE",
            (BEK24_4_2,),
            "Lønmodtageren har returneret skemaet efter fristen; kommunen kan vælge at fortsætte den tidlige "
            "opfølgning.",
            "The employee returned the form after the deadline; the municipality may choose to continue early "
            "follow-up.",
        ),
        _R(
            "FT-CONSENT-MISSING",
            (BEK24_4_1, BEK24_4_2),
            "Der er ikke modtaget noget skema inden fristen; det behandles som et skema modtaget for sent.",
            "No form was received by the deadline; this is treated like a late form.",
        ),
        _R(
            "FT-CONSENT-REFUSED",
            (SDL_7D_2, SDL_13B_3),
            "Lønmodtageren har modsat sig tidlig opfølgning; den første samtale holdes inden udgangen af uge 8.",
            "The employee refused early follow-up; the first meeting is due by the end of week 8.",
        ),
        _R(
            "FT-MUNICIPALITY-CONTINUES",
            (BEK24_4_2,),
            "Kommunen har valgt at fortsætte den tidlige opfølgning trods det sene skema.",
            "The municipality chose to continue early follow-up despite the late form.",
        ),
        _R(
            "FT-MUNICIPALITY-STOPS",
            (BEK24_4_2, SDL_13B_1),
            "Kommunen har valgt ikke at fortsætte den tidlige opfølgning; de almindelige regler gælder.",
            "The municipality chose not to continue early follow-up; the ordinary rule applies.",
        ),
        _R(
            "FT-MUNICIPALITY-DECISION-UNKNOWN",
            (BEK24_4_2,),
            "Skemaet kom for sent eller ikke, og kommunens beslutning om at fortsætte er ikke oplyst.",
            "The form was late or missing, and the municipality's decision whether to continue is not given.",
        ),
        # -- the three questions ------------------------------------------------------
        _R(
            "FT-QUESTIONS-COMPLETE",
            (BEK24_3_1, GUIDE_Q),
            "Der foreligger svar på alle tre spørgsmål fra den, der skal svare.",
            "All three questions have an answer from whoever must answer them.",
        ),
        _R(
            "FT-QUESTIONS-TO-OBTAIN",
            (BEK24_3_1, BEK24_3_2, GUIDE_Q),
            "Sagsbehandleren skal indhente de manglende svar fra den sygemeldte før den første samtale.",
            "The caseworker must obtain the missing answers from the sick person before the first meeting.",
        ),
        _R(
            "FT-QUESTIONS-REQUESTER-MUST-ANSWER",
            (BEK24_7,),
            "Den sygemeldte har selv anmodet og skal besvare de tre spørgsmål.",
            "The sick person asked and must answer the three questions.",
        ),
        # -- doctor -------------------------------------------------------------------
        _R(
            "FT-DOCTOR-RULE-2024",
            (BEK24_5_2,),
            "Konsultationen skal finde sted senest 8 dage efter, at skemaet er returneret (BEK 2024).",
            "The consultation takes place at the latest 8 days after the form was returned (BEK 2024).",
        ),
        _R(
            "FT-DOCTOR-RULE-2014",
            (BEK14_4_1_2, I_TRANSITION),
            "Konsultationen skal finde sted tidligst 6. og senest 8. bankdag efter brevet (BEK 2014).",
            "The consultation takes place at the earliest on the 6th and at the latest on the 8th bank day after "
            "the letter (BEK 2014).",
        ),
        _R(
            "FT-DOCTOR-RULE-SICK-PERSON",
            (BEK24_9, BEK14_9),
            "Konsultationen skal finde sted senest 8 dage efter den sygemeldtes anmodning.",
            "The consultation takes place at the latest 8 days after the sick person's request.",
        ),
        _R(
            "FT-DOCTOR-AWAITS-FORM",
            (BEK24_5_2,),
            "Lægefristen løber fra modtagelsen af skemaet, som endnu ikke er modtaget.",
            "The doctor deadline runs from receipt of the form, which has not been received.",
        ),
        _R(
            "FT-DOCTOR-MET",
            (GUIDE_3,),
            "Konsultationen hos den praktiserende læge er holdt inden for fristen.",
            "The consultation with the sick person's own doctor took place within the deadline.",
        ),
        _R(
            "FT-DOCTOR-TOO-EARLY",
            (BEK14_4_1_2,),
            "Konsultationen er holdt før 6. bankdag efter brevet.",
            "The consultation took place before the 6th bank day after the letter.",
        ),
        _R(
            "FT-DOCTOR-MISSED",
            (GUIDE_3,),
            "Konsultationen hos lægen er ikke holdt inden for fristen.",
            "The consultation with the doctor did not take place within the deadline.",
        ),
        _R(
            "FT-DOCTOR-LAPSED",
            (SDL_8_1,),
            "Den sygemeldte blev raskmeldt før lægefristen; konsultationen skal ikke holdes.",
            "The sick person recovered before the doctor deadline; no consultation is due.",
        ),
        _R(
            "FT-DOCTOR-NOT-REQUIRED",
            (SDL_13B_5,),
            "Sagen er omfattet af standby-ordningen; der skal ikke holdes konsultation til brug for samtalen.",
            "The case is in the standby arrangement; no consultation for the meeting is due.",
        ),
        _R(
            "FT-DOCTOR-PENDING",
            (GUIDE_3,),
            "Fristen for konsultationen hos lægen er endnu ikke udløbet.",
            "The deadline for the doctor's consultation has not yet passed.",
        ),
        # -- the first meeting --------------------------------------------------------
        _R(
            "FT-MEETING-DUE-FAST-TRACK",
            (SDL_13B_2,),
            "Den første opfølgningssamtale skal holdes senest 2 uger efter anmodningen.",
            "The first follow-up meeting is due at the latest 2 weeks after the request.",
        ),
        _R(
            "FT-MEETING-DUE-ORDINARY",
            (SDL_13B_1, SDL_13B_3),
            "Den første opfølgningssamtale skal holdes inden udgangen af 8. uge regnet fra første fraværsdag.",
            "The first follow-up meeting is due before the end of week 8 counted from the first day of absence.",
        ),
        _R(
            "FT-MEETING-CAPPED-AT-WEEK-8",
            (SDL_13B_1, I_LATE),
            "Anmodning + 2 uger ligger efter udgangen af uge 8; den tidligste frist gælder (fortolkningen "
            '"earliest").',
            "Request + 2 weeks lies after the end of week 8; the earlier deadline applies (interpretation "
            '"earliest").',
        ),
        _R(
            "FT-DEADLINE-ROLLED-FORWARD",
            (I_ROLL,),
            'Fristen faldt på en lukkedag og er flyttet til næste arbejdsdag (fortolkningen "forward").',
            "The deadline fell on a closed day and was moved to the next working day (interpretation "
            '"forward").',
        ),
        _R(
            "FT-MEETING-MET",
            (SDL_13B_2, SDL_13B_1),
            "Den første opfølgningssamtale er holdt inden for fristen.",
            "The first follow-up meeting was held within the deadline.",
        ),
        _R(
            "FT-MEETING-MISSED",
            (SDL_13B_2, SDL_13B_1),
            "Den første opfølgningssamtale er ikke holdt inden for fristen.",
            "The first follow-up meeting was not held within the deadline.",
        ),
        _R(
            "FT-MEETING-PENDING",
            (SDL_13B_2, SDL_13B_1),
            "Fristen for den første opfølgningssamtale er endnu ikke udløbet.",
            "The deadline for the first follow-up meeting has not yet passed.",
        ),
        _R(
            "FT-MEETING-LAPSED",
            (SDL_8_1,),
            "Den sygemeldte blev raskmeldt før fristen; samtalen skal ikke holdes.",
            "The sick person recovered before the deadline; no meeting is due.",
        ),
        _R(
            "FT-MEETING-NOT-REQUIRED",
            (SDL_13B_5,),
            "Sagen er omfattet af standby-ordningen; der skal ikke holdes opfølgningssamtale.",
            "The case is in the standby arrangement; no follow-up meeting is due.",
        ),
        _R(
            "FT-TRACK-UNDETERMINED",
            (SDL_13B_2, SDL_13B_1),
            "Sporet kan ikke afgøres, før de manglende oplysninger foreligger.",
            "The track cannot be decided until the missing facts are given.",
        ),
        # -- the plan -----------------------------------------------------------------
        _R(
            "FT-PLAN-AGREED",
            (GUIDE_4,),
            "Jobcenter, arbejdsgiver og lønmodtager har aftalt en plan for tilbagevenden.",
            "Jobcenter, employer and employee agreed a return-to-work plan.",
        ),
        _R(
            "FT-PLAN-NOT-AGREED",
            (GUIDE_4,),
            "Der blev ikke aftalt en plan for tilbagevenden på samtalen.",
            "No return-to-work plan was agreed at the meeting.",
        ),
        _R(
            "FT-PLAN-PENDING",
            (GUIDE_4,),
            "Samtalen er endnu ikke holdt; planen for tilbagevenden aftales på samtalen.",
            "The meeting has not yet been held; the return-to-work plan is agreed at the meeting.",
        ),
        _R(
            "FT-PLAN-UNKNOWN",
            (GUIDE_4,),
            "Samtalen er holdt, men det er ikke oplyst, om der blev aftalt en plan.",
            "The meeting was held, but whether a plan was agreed is not given.",
        ),
    )
}
