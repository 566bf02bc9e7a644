"""What an explanation says, for each audience, as plain strings: the renderers
(:mod:`fasttrack_rules.explain.render`) make them safe for their format. The case id is
the only text from the input; every other word comes from the library's own tables.

The caseworker is told what is due (every deadline with its date, status and source),
what is missing and what to do next, and why (the reasons with their citations). The
employer and the sick person are told, in the second person, what happens now and what
they must do; when nobody has asked for early follow-up yet, whether they still may and
until when (found by assessing the same case with a request made on the day of the
assessment).
"""

from __future__ import annotations

import datetime as _dt
import string

import attrs

from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.explain.citations import cite, cite_all, sources
from fasttrack_rules.explain.phrases import SENTENCES, UNDATED, Audience
from fasttrack_rules.explain.words import (
    DEADLINE_NAMES,
    HEADINGS,
    MISSING,
    QUESTIONS,
    STATUS_WORDS,
    TRACK_SENTENCES,
    long_date,
    quoted,
)
from fasttrack_rules.facts import Case, Request
from fasttrack_rules.law import Citation
from fasttrack_rules.results import Assessment, Deadline
from fasttrack_rules.vocab import Lang, Requester

__all__ = ["Content", "Row", "content", "fill", "window"]

_LANG_INDEX = {"da": 0, "en": 1}


def _say(table: dict[str, tuple[str, str]], key: str, lang: Lang) -> str:
    return table[key][_LANG_INDEX[lang]]


@attrs.frozen
class Row:
    """One deadline as the caseworker reads it: its name, when it falls, its status
    and its source."""

    name: str
    when: str
    status: str
    source: str


@attrs.frozen
class Content:
    """What an explanation says. ``case_id`` is the raw id from the input (or None)."""

    case_id: str | None
    heading: str  # "Sag" / "Case"
    subtitle: str  # the audience and the day of the assessment
    lead: list[str]
    rows: list[Row]
    missing: list[str]
    steps_heading: str
    steps: list[str]
    reasons: list[tuple[str, str]]  # sentence, citations
    sources: list[str]


def _when(d: Deadline, lang: Lang) -> str:
    """A deadline's days: "senest <due>", "tidligst <earliest> og senest <due>", and the
    municipality's last working day before a due day that is none."""
    if d.due is None:
        return ""
    text = f"{_say(HEADINGS, 'at_latest', lang)} {long_date(d.due, lang)}"
    if d.earliest is not None:
        earliest = f"{_say(HEADINGS, 'earliest', lang)} {long_date(d.earliest, lang)}"
        text = f"{earliest} {_say(HEADINGS, 'and', lang)} {text}"
    if d.latest_working_day is not None and d.latest_working_day != d.due:
        text += f" ({_say(HEADINGS, 'working_day', lang)} {long_date(d.latest_working_day, lang)})"
    return text


def _rows(result: Assessment, lang: Lang) -> list[Row]:
    rows = []
    for name, d in result.deadlines.items():
        if d.status == "not_applicable" and d.due is None:
            continue
        source = cite(d.citation, lang) if d.citation is not None else ""
        rows.append(
            Row(_say(DEADLINE_NAMES, name, lang), _when(d, lang), _say(STATUS_WORDS, d.status, lang), source)
        )
    return rows


def _date(day: _dt.date | None, lang: Lang) -> str | None:
    return long_date(day, lang) if day is not None else None


def _workday(d: Deadline, lang: Lang) -> str | None:
    """A meeting's last working day, and its last day when that is no working day."""
    if d.due is None or d.latest_working_day is None or d.latest_working_day == d.due:
        return _date(d.due, lang)
    last_day = f"{_say(HEADINGS, 'last_day', lang)} {long_date(d.due, lang)}"
    return f"{long_date(d.latest_working_day, lang)} ({last_day})"


def _fields(result: Assessment, lang: Lang, window_day: _dt.date | None) -> dict[str, str | None]:
    """The values of the fields a sentence may hold (see :mod:`~fasttrack_rules.explain.phrases`);
    None for a date the result does not give."""
    deadlines = result.deadlines
    policy = deadlines.get("policy_first_meeting")
    return {
        "window": _date(window_day or deadlines["request_window"].due, lang),
        "consent": _date(deadlines["consent_form"].due, lang),
        "doctor": _when(deadlines["doctor_consultation"], lang) or None,
        "meeting": _date(deadlines["first_meeting"].due, lang),
        "workday": _workday(deadlines["first_meeting"], lang),
        "policy": _date(policy.due if policy is not None else None, lang),
        "questions": " ".join(quoted(_say(QUESTIONS, q, lang), lang) for q in result.to_obtain),
    }


def fill(audience: Audience, key: str, lang: Lang, fields: dict[str, str | None]) -> str | None:
    """The sentence ``key`` for ``audience`` with its fields filled; when a date it needs
    is not given, its undated form (:data:`~fasttrack_rules.explain.phrases.UNDATED`), or
    None when it has none (the sentence is then left out)."""
    template = _say(SENTENCES[audience], key, lang)
    needed = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if all(fields.get(name) is not None for name in needed):
        return template.format(**fields)
    undated = UNDATED[audience].get(key)
    return _say(UNDATED[audience], key, lang) if undated is not None else None


def _fact(name: str, lang: Lang) -> str:
    """A missing fact after "Få oplyst" / "Find out": a Danish question clause after a
    comma ("Få oplyst, om ..."), a noun without ("Få oplyst første fraværsdag")."""
    words = _say(MISSING, name, lang)
    return (
        f", {words}" if lang == "da" and words.split(" ", 1)[0] in ("om", "hvornår", "hvem") else f" {words}"
    )


def _caseworker_steps(result: Assessment, lang: Lang) -> list[str]:
    """What to do next: obtain the answers, find out what is missing, act by each open
    or missed deadline."""
    fields = _fields(result, lang, None)
    steps = [fill("caseworker", "obtain", lang, fields)] if result.to_obtain else []
    steps += [fill("caseworker", "missing", lang, {"missing": _fact(m, lang)}) for m in result.missing_facts]
    for name, d in result.deadlines.items():
        key = f"{name}:{d.status}"  # an open or a missed deadline
        if key in SENTENCES["caseworker"]:
            steps.append(fill("caseworker", key, lang, fields))
    said = [step for step in steps if step is not None]
    return said or [_say(HEADINGS, "nothing", lang)]


def window(result: Assessment, case: Case | None, audience: Audience) -> tuple[str, _dt.date | None]:
    """When nobody has asked yet: may the employer (or the sick person) still ask, and
    until when? The situation's key (``window-open``, ...) and the last day to ask,
    found by assessing ``case`` with a request by the reader on ``result.as_of``."""
    if case is None:
        return "window-unknown", None
    if audience == "employer" and case.sick_person not in (None, "employee"):
        return "window-not-employee", None
    from fasttrack_rules.engine import assess

    by: Requester = "employer" if audience == "employer" else "sick_person"
    try:
        asked = assess(attrs.evolve(case, request=Request(by=by, date=result.as_of)), as_of=result.as_of)
    except FasttrackError:  # the request would break a check (the end of the coverage)
        return "window-unknown", None
    d = asked.deadlines["request_window"]
    if d.due is None:
        return (
            "window-none" if "FT-SICK-PERSON-NO-TIME-LIMIT" in asked.reason_codes else "window-unknown"
        ), None
    return ("window-open" if d.status == "met" else "window-closed"), d.due


def _sentences(result: Assessment, case: Case | None, audience: Audience, lang: Lang) -> list[str]:
    """The employer's or the sick person's sentences, in the order of the reasons."""
    table = SENTENCES[audience]
    keys = list(result.reason_codes)
    window_day = None
    if "FT-NO-REQUEST" in keys:
        situation, window_day = window(result, case, audience)
        keys.insert(0, situation)
    fields = _fields(result, lang, window_day)
    said = [fill(audience, key, lang, fields) for key in keys if key in table]
    # Two codes may say the same (in time, any letter).
    return list(dict.fromkeys(sentence for sentence in said if sentence is not None))


def _citations(result: Assessment) -> list[Citation]:
    cited = [d.citation for d in result.deadlines.values() if d.citation is not None]
    return cited + [c for r in result.reasons for c in r.citations]


def content(result: Assessment, case: Case | None, audience: Audience, lang: Lang) -> Content:
    """What the explanation of ``result`` for ``audience`` says in ``lang``."""
    as_of = f"{_say(HEADINGS, 'as_of', lang).lower()} {long_date(result.as_of, lang)}"
    subtitle = f"{_say(HEADINGS, audience, lang)} – {as_of}"
    caseworker = audience == "caseworker"
    return Content(
        case_id=result.id or None,
        heading=_say(HEADINGS, "case", lang),
        subtitle=subtitle,
        lead=[_say(TRACK_SENTENCES, result.track, lang)] if caseworker else [],
        rows=_rows(result, lang) if caseworker else [],
        missing=[_say(MISSING, m, lang) for m in result.missing_facts] if caseworker else [],
        steps_heading=_say(HEADINGS, "next" if caseworker else "now", lang),
        steps=_caseworker_steps(result, lang) if caseworker else _sentences(result, case, audience, lang),
        reasons=[(r.text(lang), cite_all(r.citations, lang)) for r in result.reasons] if caseworker else [],
        sources=sources(_citations(result), lang),
    )
