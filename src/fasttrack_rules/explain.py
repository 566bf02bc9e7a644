"""Human explanations of an assessment: text or Markdown in Danish or English, and a
Mermaid gantt timeline (``fasttrack explain``). Text that comes from the case (its id)
is made safe for each format by ``fasttrack_rules._safe``."""

from __future__ import annotations

import datetime as _dt

import attrs

from fasttrack_rules._safe import safe_markdown, safe_mermaid, safe_text
from fasttrack_rules._validate import check_instance
from fasttrack_rules.facts import Case
from fasttrack_rules.reasons import check_lang
from fasttrack_rules.results import Assessment
from fasttrack_rules.vocab import STATUSES, Lang

__all__ = ["explain_markdown", "explain_mermaid", "explain_text"]

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
        "deadline": "Frist",
        "date": "Dato",
        "status": "Status",
        "source": "Kilde",
        "timeline": "Tidslinje",
        "absence": "Fravær",
        "deadlines": "Frister",
        "first_day": "Første fraværsdag",
        "request": "Anmodning",
        "held": "Samtale holdt",
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
        "deadline": "Deadline",
        "date": "Date",
        "status": "Status",
        "source": "Source",
        "timeline": "Timeline",
        "absence": "Absence",
        "deadlines": "Deadlines",
        "first_day": "First day of absence",
        "request": "Request",
        "held": "Meeting held",
    },
}
_STATUS: dict[str, dict[str, str]] = {
    "da": {
        "met": "overholdt",
        "missed": "overskredet",
        "pending": "afventer",
        "lapsed": "bortfaldet",
        "not_required": "ikke påkrævet",
        "undetermined": "uafklaret",
        "not_applicable": "gælder ikke",
    },
    "en": {s: s.replace("_", " ") for s in STATUSES},
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


def _check(result: object, case: object, *, case_required: bool) -> None:
    check_instance("result", result, Assessment)
    if case_required or case is not None:
        check_instance("case", case, Case)


def _day(day: _dt.date, lang: Lang) -> str:
    return f"{day.isoformat()} ({_WEEKDAYS[lang][day.weekday()]})"


@attrs.frozen
class _Content:
    """What an explanation says, as raw strings; each renderer makes them safe for its
    format (the case id comes from the input; the rest from the library's own tables)."""

    title: str
    track: str
    rows: list[tuple[str, str, str, str]]  # deadline, date [+ earliest/latest], status, source
    missing: list[str]
    steps: list[str]
    reasons: list[tuple[str, str, str]]  # code, text, citations


def _content(result: Assessment, lang: Lang) -> _Content:
    t = _LABELS[lang]
    rows = []
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
        rows.append((t[name], when + more, _STATUS[lang][d.status], str(d.citation or "")))
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
    return _Content(
        title=f"{t['case']} {result.id or '-'} ({t['as_of']} {_day(result.as_of, lang)})",
        track=_TRACK[lang][result.track],
        rows=rows,
        missing=list(result.missing_facts),
        steps=steps or [t["none"]],
        reasons=[(r.code, r.text(lang), "; ".join(str(c) for c in r.citations)) for r in result.reasons],
    )


def explain_text(result: Assessment, *, lang: Lang = "da") -> str:
    """A plain-text account of ``result`` for a caseworker: track, every deadline with
    its date, weekday, status and legal source, what is missing and what to do next.

    Every line passes through :func:`~fasttrack_rules._safe.safe_text`, so a case id
    with control characters, escape sequences or line breaks is shown escaped
    (``\\u001b``) and cannot change the terminal or add a line.

    Args:
        result: the assessment to explain.
        lang: ``"da"`` (default) or ``"en"``.

    Raises:
        InvalidValueError: ``lang`` is not ``"da"`` or ``"en"``.
        InvalidTypeError: ``result`` is not an :class:`Assessment`.
    """
    lang = check_lang(lang)
    _check(result, None, case_required=False)
    t, c = _LABELS[lang], _content(result, lang)
    lines = [c.title, f"{t['track']}: {c.track}", ""]
    for label, when, status, source in c.rows:
        lines.append(f"- {label}: {when}: {status}" + (f" - {source}" if source else ""))
    if c.missing:
        lines += ["", f"{t['missing']}: {', '.join(c.missing)}"]
    lines += ["", f"{t['next']}:"] + [f"- {s}" for s in c.steps]
    lines += ["", f"{t['reasons']}:"] + [f"- {code}: {text} ({cites})" for code, text, cites in c.reasons]
    return "".join(safe_text(line) + "\n" for line in lines)


def explain_markdown(result: Assessment, case: Case | None = None, *, lang: Lang = "da") -> str:
    """The account of :func:`explain_text` as Markdown (CommonMark and GitHub): a
    heading, the track, a table of the deadlines, the missing facts, the next steps and
    the reasons with their citations; with ``case``, also the Mermaid timeline of
    :func:`explain_mermaid` in a ``mermaid`` code block, which GitHub draws.

    Every text in it passes through :func:`~fasttrack_rules._safe.safe_markdown`, so a
    case id renders literally: it cannot become a link, an image, HTML, a heading, a
    list or a table cell.

    Args:
        result: the assessment to explain.
        case: the case it was computed from, for the timeline (optional).
        lang: ``"da"`` (default) or ``"en"``.

    Raises:
        InvalidValueError: ``lang`` is not ``"da"`` or ``"en"``.
        InvalidTypeError: ``result`` is not an :class:`Assessment`, or ``case`` is
            neither ``None`` nor a :class:`Case`.
    """
    lang = check_lang(lang)
    _check(result, case, case_required=False)
    t, c, md = _LABELS[lang], _content(result, lang), safe_markdown
    lines = [f"## {md(c.title)}", "", f"**{md(t['track'])}:** {md(c.track)}", ""]
    lines.append(f"| {md(t['deadline'])} | {md(t['date'])} | {md(t['status'])} | {md(t['source'])} |")
    lines.append("| --- | --- | --- | --- |")
    lines += [f"| {' | '.join(md(cell) for cell in row)} |" for row in c.rows]
    if c.missing:
        lines += ["", f"### {md(t['missing'])}", ""] + [f"- {md(m)}" for m in c.missing]
    lines += ["", f"### {md(t['next'])}", ""] + [f"- {md(s)}" for s in c.steps]
    lines += ["", f"### {md(t['reasons'])}", ""]
    lines += [f"- **{md(code)}**: {md(text)} \\({md(cites)}\\)" for code, text, cites in c.reasons]
    if case is not None:
        chart = explain_mermaid(result, case, lang=lang)
        lines += ["", f"### {md(t['timeline'])}", "", "```mermaid", *chart.splitlines(), "```"]
    return "\n".join(lines) + "\n"


def explain_mermaid(result: Assessment, case: Case, *, lang: Lang = "da") -> str:
    """A Mermaid gantt chart of the case: first day, request window, request, consent
    form, doctor, meeting deadline, ordinary deadline and the meeting held.

    Every label passes through :func:`~fasttrack_rules._safe.safe_mermaid` (a whitelist
    of letters, digits, space and ``- _ . , / ( ) '``), so a case id cannot add a line,
    a ``click`` action, a directive or a comment to the chart; dates and task ids are
    the library's own.

    Args:
        result: the assessment to draw.
        case: the case it was computed from (its event dates place the bars).
        lang: ``"da"`` (default) or ``"en"``.

    Raises:
        InvalidValueError: ``lang`` is not ``"da"`` or ``"en"``.
        InvalidTypeError: ``result`` is not an :class:`Assessment` or ``case`` not a :class:`Case`.
    """
    lang = check_lang(lang)
    _check(result, case, case_required=True)
    t, label = _LABELS[lang], safe_mermaid
    title = f"{t['case']} {label(result.id or '')} - {label(_TRACK[lang][result.track])}"
    lines = ["gantt", f"    title {title}".rstrip(), "    dateFormat YYYY-MM-DD", "    axisFormat %d/%m"]
    first = case.first_day_of_absence
    lines += [
        f"    section {label(t['absence'])}",
        f"    {label(t['first_day'])} :milestone, m0, {first.isoformat()}, 0d",
        f"    section {label(t['deadlines'])}",
        *_mermaid_deadlines(result, case, t),
    ]
    if case.first_meeting is not None:
        lines.append(f"    {label(t['held'])} :milestone, m2, {case.first_meeting.isoformat()}, 0d")
    return "\n".join(lines) + "\n"


def _mermaid_deadlines(result: Assessment, case: Case, t: dict[str, str]) -> list[str]:
    """The chart's deadline bars, each from the event that starts it to its due day
    (marked missed or met), and the request as a milestone."""
    lines: list[str] = []

    def bar(start: _dt.date, key: str) -> None:
        d = result.deadlines.get(key)
        if d is not None and d.due is not None and d.due >= start:
            tag = "crit, " if d.status == "missed" else ("done, " if d.status == "met" else "")
            lines.append(
                f"    {safe_mermaid(t[key])} :{tag}{key}, {start.isoformat()}, {(d.due - start).days + 1}d"
            )

    first, request = case.first_day_of_absence, case.request
    bar(first, "request_window")
    if request is not None:
        lines.append(f"    {safe_mermaid(t['request'])} :milestone, m1, {request.date.isoformat()}, 0d")
        bar(case.letter_sent or request.date, "consent_form")
        bar(request.date, "doctor_consultation")
        bar(request.date, "first_meeting")
    bar(first, "ordinary_first_meeting")
    return lines
