"""Human explanations of an assessment: text in Danish or English, and a Mermaid gantt
timeline (``fasttrack explain``)."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from fasttrack_rules.assessment import Assessment
from fasttrack_rules.facts import Case

__all__ = ["explain_mermaid", "explain_text"]

Lang = Literal["da", "en"]

_WEEKDAYS = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_LABELS: dict[str, dict[str, str]] = {
    "da": {
        "request_window": "Frist for anmodning",
        "consent_form": "Lønmodtagerens skema",
        "doctor_consultation": "Konsultation hos egen læge",
        "first_meeting": "Første opfølgningssamtale",
        "ordinary_first_meeting": "Samtale efter de almindelige regler (uge 8)",
        "policy_first_meeting": "Kommunens egen målsætning",
        "track": "Spor",
        "missing": "Manglende oplysninger",
        "next": "Næste skridt",
        "reasons": "Begrundelser",
        "obtain": "Indhent svar fra den sygemeldte på",
        "await": "Afvent eller følg op på",
        "supply": "Oplys",
        "none": "Intet at gøre nu.",
        "latest": "seneste arbejdsdag",
        "earliest": "tidligst",
        "case": "Sag",
        "as_of": "opgjort pr.",
    },
    "en": {
        "request_window": "Request window",
        "consent_form": "Employee's consent form",
        "doctor_consultation": "Consultation with own doctor",
        "first_meeting": "First follow-up meeting",
        "ordinary_first_meeting": "Ordinary-rule meeting (week 8)",
        "policy_first_meeting": "Municipal policy target",
        "track": "Track",
        "missing": "Missing facts",
        "next": "Next steps",
        "reasons": "Reasons",
        "obtain": "Obtain the sick person's answer to",
        "await": "Await or follow up",
        "supply": "Supply",
        "none": "Nothing to do now.",
        "latest": "latest working day",
        "earliest": "earliest",
        "case": "Case",
        "as_of": "as of",
    },
}
_STATUS = {
    "da": {
        "met": "overholdt",
        "missed": "overskredet",
        "pending": "afventer",
        "lapsed": "bortfaldet",
        "not_required": "ikke påkrævet",
        "undetermined": "uafklaret",
        "not_applicable": "gælder ikke",
    },
    "en": {
        s: s.replace("_", " ")
        for s in ("met", "missed", "pending", "lapsed", "not_required", "undetermined", "not_applicable")
    },
}
_TRACK = {
    "da": {
        "fast_track": "Fast track",
        "ordinary": "almindelig opfølgning",
        "undetermined": "uafklaret",
        "not_applicable": "ikke omfattet",
    },
    "en": {
        "fast_track": "Fast track",
        "ordinary": "ordinary follow-up",
        "undetermined": "undetermined",
        "not_applicable": "not applicable",
    },
}


def _day(day: _dt.date, lang: Lang) -> str:
    return f"{day.isoformat()} ({_WEEKDAYS[lang][day.weekday()]})"


def explain_text(result: Assessment, *, lang: Lang = "da") -> str:
    """A plain-text account of ``result`` for a caseworker: track, every deadline with
    its date, weekday, status and legal source, what is missing and what to do next."""
    t = _LABELS[lang]
    lines = [
        f"{t['case']} {result.id or '-'} ({t['as_of']} {_day(result.as_of, lang)})",
        f"{t['track']}: {_TRACK[lang][result.track]}",
        "",
    ]
    for name, d in result.deadlines.items():
        if d.status == "not_applicable" and d.due is None:
            continue
        when = _day(d.due, lang) if d.due is not None else "-"
        extra = []
        if d.earliest is not None:
            extra.append(f"{t['earliest']} {_day(d.earliest, lang)}")
        if d.latest_working_day is not None and d.latest_working_day != d.due:
            extra.append(f"{t['latest']} {_day(d.latest_working_day, lang)}")
        more = f" [{'; '.join(extra)}]" if extra else ""
        source = f" - {d.citation}" if d.citation else ""
        lines.append(f"- {t[name]}: {when}{more}: {_STATUS[lang][d.status]}{source}")
    if result.missing_facts:
        lines += ["", f"{t['missing']}: {', '.join(result.missing_facts)}"]
    steps = []
    if result.to_obtain:
        steps.append(f"{t['obtain']}: {', '.join(result.to_obtain)}")
    # The week-8 deadline is only a comparison unless it is the track's own (first_meeting).
    pending = [
        t[n] for n, d in result.deadlines.items() if d.status == "pending" and n != "ordinary_first_meeting"
    ]
    if pending:
        steps.append(f"{t['await']}: {', '.join(pending)}")
    if result.missing_facts:
        steps.append(f"{t['supply']}: {', '.join(result.missing_facts)}")
    lines += ["", f"{t['next']}:"] + [f"- {s}" for s in steps or [t["none"]]]
    lines += ["", f"{t['reasons']}:"]
    lines += [
        f"- {r.code}: {r.text(lang)} ({'; '.join(str(c) for c in r.citations)})" for r in result.reasons
    ]
    return "\n".join(lines) + "\n"


def explain_mermaid(result: Assessment, case: Case, *, lang: Lang = "da") -> str:
    """A Mermaid gantt chart of the case: first day, request window, request, consent
    form, doctor, meeting deadline, ordinary deadline and the meeting held."""
    t = _LABELS[lang]
    lines = [
        "gantt",
        f"    title {t['case']} {result.id or ''} - {_TRACK[lang][result.track]}".rstrip(),
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %d/%m",
    ]
    first = case.first_day_of_absence
    lines += [
        "    section " + ("Fravær" if lang == "da" else "Absence"),
        f"    {'Første fraværsdag' if lang == 'da' else 'First day of absence'} :milestone, m0, {first}, 0d",
    ]

    def bar(name: str, start: _dt.date, key: str) -> None:
        d = result.deadlines.get(key)
        if d is not None and d.due is not None and d.due >= start:
            tag = "crit, " if d.status == "missed" else ("done, " if d.status == "met" else "")
            lines.append(f"    {name} :{tag}{key}, {start}, {(d.due - start).days + 1}d")

    lines.append("    section " + ("Frister" if lang == "da" else "Deadlines"))
    bar(t["request_window"], first, "request_window")
    request = case.request
    if request is not None:
        lines.append(f"    {'Anmodning' if lang == 'da' else 'Request'} :milestone, m1, {request.date}, 0d")
        bar(t["consent_form"], case.letter_sent or request.date, "consent_form")
        bar(t["doctor_consultation"], request.date, "doctor_consultation")
        bar(t["first_meeting"], request.date, "first_meeting")
    bar(t["ordinary_first_meeting"], first, "ordinary_first_meeting")
    if case.first_meeting is not None:
        held = "Samtale holdt" if lang == "da" else "Meeting held"
        lines.append(f"    {held} :milestone, m2, {case.first_meeting}, 0d")
    return "\n".join(lines) + "\n"
