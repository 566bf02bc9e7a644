"""The words of the explanations, in Danish and English: dates written out, the names of
the deadlines and their statuses, the three questions in the order's own wording, the
missing facts in plain words and the headings. Nothing here is a field name: a reader
sees only these words (a test checks every one for leaked identifiers and mixed
languages)."""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules.law.instruments import DANISH_MONTHS
from fasttrack_rules.vocab import Lang

__all__ = [
    "DEADLINE_NAMES",
    "HEADINGS",
    "MISSING",
    "QUESTIONS",
    "STATUS_WORDS",
    "TRACK_SENTENCES",
    "long_date",
    "quoted",
]

_WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS: dict[Lang, tuple[str, ...]] = {
    "da": DANISH_MONTHS,
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def long_date(day: _dt.date, lang: Lang) -> str:
    """``day`` written out as a letter to a citizen writes it: "fredag den 14. marts 2025"
    in Danish, "Friday 14 March 2025" in English (never the ISO form)."""
    weekday, month = _WEEKDAYS[lang][day.weekday()], _MONTHS[lang][day.month - 1]
    if lang == "da":
        return f"{weekday} den {day.day}. {month} {day.year}"
    return f"{weekday} {day.day} {month} {day.year}"


def quoted(text: str, lang: Lang) -> str:
    """``text`` in the quotation marks of ``lang``: »...« in Danish, “...” in English."""
    return f"»{text}«" if lang == "da" else f"“{text}”"


#: Each deadline by its name, as a caseworker calls it.
DEADLINE_NAMES: dict[str, tuple[str, str]] = {
    "request_window": (
        "Frist for anmodning om tidlig opfølgning",
        "Time limit for asking for early follow-up",
    ),
    "consent_form": (
        "Lønmodtagerens svar på samtykkeerklæringen",
        "The employee's reply on the consent form",
    ),
    "doctor_consultation": ("Konsultation hos egen læge", "Consultation with the sick person's own doctor"),
    "first_meeting": ("Første opfølgningssamtale", "First follow-up meeting"),
    "ordinary_first_meeting": (
        "Første opfølgningssamtale efter de almindelige regler (8. uge)",
        "First follow-up meeting under the ordinary rules (week 8)",
    ),
    "policy_first_meeting": (
        "Kommunens egen målsætning for første opfølgningssamtale",
        "The municipality's own target for the first follow-up meeting",
    ),
}

#: Each status of a deadline, as a word beside its date.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "met": ("overholdt", "met"),
    "missed": ("overskredet", "missed"),
    "pending": ("fristen er ikke udløbet", "not yet passed"),
    "lapsed": ("bortfaldet, fordi den sygemeldte er blevet rask", "lapsed, as the sick person recovered"),
    "not_required": ("skal ikke overholdes (standby-ordningen)", "not required (standby arrangement)"),
    "undetermined": ("kan ikke afgøres endnu", "cannot be decided yet"),
    "not_applicable": ("gælder ikke i denne sag", "does not apply to this case"),
}

#: The first sentence of a caseworker's explanation: the case's track.
TRACK_SENTENCES: dict[str, tuple[str, str]] = {
    "fast_track": (
        "Sagen følger Fast track: kommunen skal følge tidligt op efter anmodning.",
        "The case follows Fast track: the municipality must follow up early, on request.",
    ),
    "ordinary": (
        "Sagen følger de almindelige regler for opfølgning.",
        "The case follows the ordinary follow-up rules.",
    ),
    "undetermined": (
        "Det kan endnu ikke afgøres, om sagen følger Fast track.",
        "It cannot yet be decided whether the case follows Fast track.",
    ),
}

#: The three questions (§ 3, stk. 1, of the order on follow-up), in its own wording.
QUESTIONS: dict[str, tuple[str, str]] = {
    "affected_functions": (
        "Hvilke arbejdsfunktioner er påvirket af sygdommen?",
        "Which work functions are affected by the illness?",
    ),
    "affected_duration": (
        "Hvor længe har sygdommen påvirket arbejdet?",
        "How long has the illness affected the work?",
    ),
    "adaptation_tried": (
        "Er arbejdet forsøgt tilpasset den sygemeldtes tilstand?",
        "Has the work been adapted to the sick person's condition?",
    ),
}

#: What a missing fact is, in words, by the input field that would give it (every field
#: of a case has its words, so that a fact the rules come to miss is never shown by name).
MISSING: dict[str, tuple[str, str]] = {
    "id": ("sagens nummer", "the case number"),
    "as_of": ("den dag, sagen er opgjort", "the day the case is assessed"),
    "first_day_of_absence": ("første fraværsdag", "the first day of absence"),
    "sick_person": (
        "om den sygemeldte er lønmodtager, ledig eller selvstændig",
        "whether the sick person is an employee, unemployed or self-employed",
    ),
    "over_8_weeks": (
        "om sygefraværet forventes at vare mere end 8 uger",
        "whether the sickness absence is expected to last more than 8 weeks",
    ),
    "expected_recovery": (
        "hvornår den sygemeldte forventes at blive rask",
        "when the sick person is expected to recover",
    ),
    "request": (
        "hvem der har anmodet om tidlig opfølgning, og hvornår",
        "who asked for early follow-up, and when",
    ),
    "letter_sent": (
        "hvornår brevet fra NemRefusion blev sendt til lønmodtageren",
        "when NemRefusion sent the letter to the employee",
    ),
    "consent": (
        "lønmodtagerens svar på samtykkeerklæringen, og hvornår det kom",
        "the employee's reply on the consent form, and when it came",
    ),
    "municipality_continues": (
        "om kommunen fortsætter den tidlige opfølgning efter et for sent svar",
        "whether the municipality continues the early follow-up after a late reply",
    ),
    "answers": ("svarene på de tre spørgsmål", "the answers to the three questions"),
    "doctor_requested": (
        "hvornår kommunen bad den sygemeldte om at bestille tid hos egen læge",
        "when the municipality asked the sick person to book an appointment with their own doctor",
    ),
    "doctor_consultation": (
        "hvornår konsultationen hos egen læge fandt sted",
        "when the consultation with the doctor took place",
    ),
    "first_meeting": (
        "hvornår den første opfølgningssamtale blev afholdt",
        "when the first follow-up meeting was held",
    ),
    "plan_agreed": (
        "om der blev aftalt en plan for tilbagevenden til arbejdet",
        "whether a return-to-work plan was agreed",
    ),
    "recovered": ("hvornår den sygemeldte blev rask", "when the sick person recovered"),
    "standby": (
        "om den sygemeldte er omfattet af standby-ordningen",
        "whether the sick person is in the standby arrangement",
    ),
    "municipal_target_weeks": ("kommunens egen målsætning i uger", "the municipality's own target in weeks"),
    "interpretation": ("de valgte fortolkninger", "the interpretations chosen"),
    "calendar": ("kommunens lukkedage", "the municipality's closing days"),
}

#: The headings and fixed phrases of an explanation.
HEADINGS: dict[str, tuple[str, str]] = {
    "case": ("Sag", "Case"),
    "no_id": ("uden nummer", "without a number"),
    "as_of": ("Opgjort", "As of"),
    "caseworker": ("Til sagsbehandleren", "For the caseworker"),
    "employer": ("Til arbejdsgiveren", "For the employer"),
    "sick_person": ("Til dig, der er sygemeldt", "For you, the person on sick leave"),
    "deadlines": ("Frister", "Deadlines"),
    "missing": ("Manglende oplysninger", "Missing information"),
    "next": ("Næste skridt", "Next steps"),
    "now": ("Hvad sker der nu", "What happens now"),
    "reasons": ("Begrundelser", "Reasons"),
    "sources": ("Retsgrundlag", "Legal basis"),
    "timeline": ("Tidslinje", "Timeline"),
    "deadline": ("Frist", "Deadline"),
    "date": ("Dato", "Date"),
    "status": ("Status", "Status"),
    "source": ("Hjemmel", "Source"),
    "nothing": ("Der er ikke noget, der skal gøres nu.", "Nothing needs to be done now."),
    "at_latest": ("senest", "at the latest"),
    "earliest": ("tidligst", "at the earliest"),
    "and": ("og", "and"),
    "working_day": (
        "kommunens sidste arbejdsdag inden da er",
        "the municipality's last working day before it is",
    ),
    "last_day": ("fristens sidste dag er", "the deadline's last day is"),
    "absence": ("Fravær", "Absence"),
    "first_day": ("Første fraværsdag", "First day of absence"),
    "request": ("Anmodning", "Request"),
    "held": ("Samtalen afholdt", "Meeting held"),
    "today": ("Opgjort pr.", "As of"),
    "breach": ("overskredet", "missed"),
}
