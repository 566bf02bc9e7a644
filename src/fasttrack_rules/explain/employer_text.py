"""The employer's decision aid (:mod:`fasttrack_rules.explain.employer`) in words, Danish
or English, with the explanations' dates written out and citations as a reader writes
them; and as a small JSON object (documented in docs/cli.md, ``fasttrack employer``).
"""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules._safe import safe_text
from fasttrack_rules.calendars import danish_bank_days
from fasttrack_rules.explain.citations import cite, sources
from fasttrack_rules.explain.employer import EmployerAid
from fasttrack_rules.explain.words import HEADINGS, QUESTIONS, long_date, quoted
from fasttrack_rules.law import FAST_TRACK_START
from fasttrack_rules.protocol.results import deadline_json
from fasttrack_rules.results import Deadline
from fasttrack_rules.vocab import Lang

__all__ = ["SENTENCES", "employer_json", "employer_text"]

#: The aid's sentences by key (Danish, English); the fields are dates written out,
#: numbers or the questions.
SENTENCES: dict[str, tuple[str, str]] = {
    "title": ("Fast track: Kan jeg stadig anmode?", "Fast track: may I still ask?"),
    "first_day": ("Første fraværsdag: {first_day}.", "First day of absence: {first_day}."),
    "open": (
        "Ja. Du kan anmode om tidlig opfølgning (Fast track) til og med {window}. Der er {days} af "
        "kommunens arbejdsdage tilbage, i dag medregnet. Du anmoder via NemRefusion, hvis du forventer, at "
        "sygefraværet varer mere end 8 uger regnet fra første fraværsdag.",
        "Yes. You can ask for early follow-up (Fast track) until {window} inclusive: {days} of the "
        "municipality's working days are left, today included. You ask through NemRefusion, if you expect "
        "the sickness absence to last more than 8 weeks from the first day of absence.",
    ),
    "closed": (
        "Nej. Fristen for at anmode om tidlig opfølgning udløb {window}.",
        "No. The time limit for asking for early follow-up ended on {window}.",
    ),
    "not_over_8_weeks": (
        "Nej. Din medarbejder forventes at være rask {recovery}, så sygefraværet varer ikke mere end 8 uger, "
        "og betingelsen for tidlig opfølgning er ikke opfyldt.",
        "No. Your employee is expected to be fit for work on {recovery}, so the sickness absence does not "
        "last more than 8 weeks, and the condition for early follow-up is not met.",
    ),
    "not_in_force": (
        "Nej. Reglerne om tidlig opfølgning (Fast track) gælder først fra {start}.",
        "No. The rules on early follow-up (Fast track) apply only from {start}.",
    ),
    "if_asked": ("Hvis du anmoder i dag", "If you ask today"),
    "consent": (
        "NemRefusion sender et brev til din medarbejder med en samtykkeerklæring, som skal være returneret "
        "senest {consent} ({bank_days} bankdage efter brevet).",
        "NemRefusion sends your employee a letter with a consent form, which must be returned by {consent} "
        "({bank_days} bank days after the letter).",
    ),
    "doctor": (
        "Hvis din medarbejder er indforstået, skal medarbejderen til konsultation hos egen læge {doctor} "
        "(tidligere, hvis skemaet kommer tidligere).",
        "If your employee agrees, they see their own doctor {doctor} (sooner if the form comes back sooner).",
    ),
    "meeting": (
        "Kommunen holder den første opfølgningssamtale senest {meeting}.",
        "The municipality holds the first follow-up meeting by {meeting}.",
    ),
    "questions": (
        "Når du anmelder fraværet, kan du besvare disse tre spørgsmål: {questions}",
        "When you report the absence, you can answer these three questions: {questions}",
    ),
    "if_not": ("Hvis du ikke anmoder", "If you do not ask"),
    "ordinary": (
        "Kommunen holder den første opfølgningssamtale efter de almindelige regler, senest ved udgangen af "
        "8. uge: {ordinary}.",
        "The municipality holds the first follow-up meeting under the ordinary rules, by the end of week 8: "
        "{ordinary}.",
    ),
}


def _say(key: str, lang: Lang, **fields: str) -> str:
    return SENTENCES[key][0 if lang == "da" else 1].format(**fields)


def _heading(key: str, lang: Lang) -> str:
    return HEADINGS[key][0 if lang == "da" else 1]


def _day(d: Deadline, lang: Lang) -> str:
    """A meeting's last day, with the municipality's last working day before it when that differs."""
    assert d.due is not None  # the rules date every deadline told
    text = long_date(d.due, lang)
    if d.latest_working_day is not None and d.latest_working_day != d.due:
        text += f" ({_heading('working_day', lang)} {long_date(d.latest_working_day, lang)})"
    return text


def _doctor(d: Deadline, lang: Lang) -> str:
    """ "at the latest <due>", or "at the earliest <earliest> and at the latest <due>"."""
    assert d.due is not None
    text = f"{_heading('at_latest', lang)} {long_date(d.due, lang)}"
    if d.earliest is not None:
        text = f"{_heading('earliest', lang)} {long_date(d.earliest, lang)} {_heading('and', lang)} {text}"
    return text


def _cited(sentence: str, d: Deadline, lang: Lang) -> str:
    assert d.citation is not None  # every deadline told has its source
    return f"{sentence} ({cite(d.citation, lang)})"


def _if_asked(aid: EmployerAid, lang: Lang) -> list[str]:
    """What happens if the employer asks today: the form, the doctor, the meeting, the questions."""
    form, doctor, meeting = aid.consent_form, aid.doctor, aid.first_meeting
    assert form is not None and doctor is not None and meeting is not None  # noqa: PT018
    assert form.due is not None  # the letter is sent today
    day = _dt.timedelta(days=1)
    bank_days = str(danish_bank_days().count(aid.as_of + day, form.due + day))
    lines = [
        _cited(_say("consent", lang, consent=long_date(form.due, lang), bank_days=bank_days), form, lang),
        _cited(_say("doctor", lang, doctor=_doctor(doctor, lang)), doctor, lang),
        _cited(_say("meeting", lang, meeting=_day(meeting, lang)), meeting, lang),
    ]
    questions = " ".join(quoted(QUESTIONS[q][0 if lang == "da" else 1], lang) for q in QUESTIONS)
    return [*lines, _say("questions", lang, questions=questions)]


def _answer(aid: EmployerAid, lang: Lang) -> str:
    """May I still ask? Yes until when, or no and why."""
    if aid.situation == "not_in_force":
        return _say("not_in_force", lang, start=long_date(FAST_TRACK_START, lang))
    if aid.situation == "not_over_8_weeks":
        assert aid.expected_recovery is not None  # the condition fails only on a forecast day
        return _say("not_over_8_weeks", lang, recovery=long_date(aid.expected_recovery, lang))
    assert aid.window.due is not None  # the rules in force date the time limit
    window = long_date(aid.window.due, lang)
    answer = _say(aid.situation, lang, window=window, days=str(aid.working_days_left))
    return _cited(answer, aid.window, lang)


def employer_text(aid: EmployerAid, lang: Lang = "en") -> str:
    """``aid`` as plain text in ``lang``: the answer, what happens if the employer asks
    today (when they still may), what happens if they do not, and the legal basis."""
    as_of = f"{_heading('as_of', lang).lower()} {long_date(aid.as_of, lang)}"
    lines = [_say("title", lang), f"{_heading('employer', lang)} – {as_of}", ""]
    lines += [_say("first_day", lang, first_day=long_date(aid.first_day, lang)), "", _answer(aid, lang)]
    if aid.may_ask:
        lines += ["", f"{_say('if_asked', lang)}:"] + [f"- {s}" for s in _if_asked(aid, lang)]
    ordinary = _say("ordinary", lang, ordinary=_day(aid.ordinary_meeting, lang))
    lines += ["", f"{_say('if_not', lang)}:", f"- {_cited(ordinary, aid.ordinary_meeting, lang)}"]
    lines += ["", f"{_heading('sources', lang)}:"] + [f"- {s}" for s in sources(aid.citations(), lang)]
    return "".join(safe_text(line) + "\n" for line in lines)


def _iso(day: _dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _deadline(d: Deadline | None) -> dict[str, object] | None:
    return deadline_json(d) if d is not None else None


def employer_json(aid: EmployerAid) -> dict[str, object]:
    """``aid`` as a JSON object: the days as ISO dates, each deadline as in an assessment
    (``due``, ``status``, ``citation``, ...), null where it is not told."""
    return {
        "first_day_of_absence": aid.first_day.isoformat(),
        "as_of": aid.as_of.isoformat(),
        "expected_recovery": _iso(aid.expected_recovery),
        "may_ask": aid.may_ask,
        "situation": aid.situation,
        "last_day_to_ask": _iso(aid.window.due),
        "working_days_left": aid.working_days_left,
        "if_asked": None
        if not aid.may_ask
        else {
            "consent_form": _deadline(aid.consent_form),
            "doctor_consultation": _deadline(aid.doctor),
            "first_meeting": _deadline(aid.first_meeting),
            "questions": list(QUESTIONS),
        },
        "if_not_asked": {"first_meeting": _deadline(aid.ordinary_meeting)},
    }
