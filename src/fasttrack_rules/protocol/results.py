"""JSON out, part one: an assessment and the values it holds (deadlines, citations,
instruments, interpretations, the version stamp) as the output protocol writes them
(``schemas/output.schema.json``). Dates are ISO strings; every call returns fresh
dicts and lists, which a caller may change.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

from fasttrack_rules._validate import check_instance
from fasttrack_rules.facts import Interpretation
from fasttrack_rules.law import Citation, Instrument
from fasttrack_rules.reasons import CitedReason, check_lang
from fasttrack_rules.results import Assessment, Deadline, Versions
from fasttrack_rules.vocab import Lang

__all__ = [
    "assessment_json",
    "compact_json",
    "citation_json",
    "deadline_json",
    "instrument_json",
    "interpretation_json",
    "short_reference",
    "versions_json",
]


def assessment_json(result: Assessment, *, lang: Lang = "en") -> dict[str, object]:
    """The result as the output protocol writes it; reason texts in ``lang``.

    Raises:
        InvalidTypeError: ``result`` is not an :class:`Assessment`.
        InvalidValueError: ``lang`` is not ``"da"`` or ``"en"``.
    """
    check_instance("result", result, Assessment)
    check_lang(lang)
    return {
        "id": result.id,
        "as_of": result.as_of.isoformat(),
        "track": result.track,
        "route": result.route,
        "deadlines": {name: _deadline_json(d) for name, d in result.deadlines.items()},
        "days_earlier": result.days_earlier,
        "questions": _questions_json(result),
        "to_obtain": list(result.to_obtain),
        "plan": result.plan,
        "missing_facts": list(result.missing_facts),
        "breaches": list(result.breaches),
        "reasons": [_reason_json(r, lang) for r in result.reasons],
        "interpretation": _interpretation_json(result.interpretation),
        "versions": _versions_json(result.versions),
    }


def compact_json(result: Assessment) -> dict[str, object]:
    """The result as ``--compact`` writes it (``output-compact.schema.json``): every
    citation as its :func:`short_reference`, and the reasons without their sentences.

    Raises:
        InvalidTypeError: ``result`` is not an :class:`Assessment`.
    """
    out = assessment_json(result)
    for name, deadline in result.deadlines.items():
        citation = deadline.citation
        out["deadlines"][name]["citation"] = None if citation is None else short_reference(citation)  # type: ignore[index]
    out["reasons"] = [
        {"code": r.code, "citations": [short_reference(c) for c in r.citations]} for r in result.reasons
    ]
    return out


def short_reference(citation: Citation) -> str:
    """A citation as the compact output writes it: the instrument's key, then where in it
    (``LBK-97-2025 § 13 b, stk. 1``; ``BEK-880-2017 § 4, stk. 1, nr. 2``), then its name
    in brackets where it has one.

    Raises:
        InvalidTypeError: ``citation`` is not a :class:`Citation`.
    """
    check_instance("citation", citation, Citation)
    text = citation.instrument.key
    if citation.section is not None:
        text += f" § {citation.section}"
    for label, value in (("stk.", citation.stk), ("nr.", citation.nr), ("pkt.", citation.pkt)):
        if value is not None:
            text += f", {label} {value}"
    if citation.name is not None:
        text += f" ({citation.name})"
    return text


def _questions_json(result: Assessment) -> dict[str, object] | None:
    if result.questions is None:
        return None
    return {
        "required_from": result.questions_required_from,
        **{
            q: {"answered_by": s.answered_by, "outstanding": s.outstanding}
            for q, s in result.questions.items()
        },
    }


def _reason_json(reason: CitedReason, lang: Lang) -> dict[str, object]:
    return {
        "code": reason.code,
        "citations": [dict(_citation_json(c)) for c in reason.citations],
        "text": reason.text(lang),
    }


def deadline_json(deadline: Deadline) -> dict[str, object]:
    """One deadline; ``earliest`` and ``latest_working_day`` only where they are set.

    Raises:
        InvalidTypeError: ``deadline`` is not a :class:`Deadline`.
    """
    return _deadline_json(check_instance("deadline", deadline, Deadline))


def _deadline_json(deadline: Deadline) -> dict[str, object]:
    out: dict[str, object] = {
        "due": _iso(deadline.due),
        "status": deadline.status,
        "citation": None if deadline.citation is None else dict(_citation_json(deadline.citation)),
        "duty_of": deadline.duty_of,
        "is_law": deadline.is_law,
    }
    if deadline.earliest is not None:
        out["earliest"] = deadline.earliest.isoformat()
    if deadline.latest_working_day is not None:
        out["latest_working_day"] = deadline.latest_working_day.isoformat()
    return out


def citation_json(citation: Citation) -> dict[str, object]:
    """A citation: its instrument, where in it, the instrument's address and days in
    force, and the citation as text.

    Raises:
        InvalidTypeError: ``citation`` is not a :class:`Citation`.
    """
    return dict(_citation_json(check_instance("citation", citation, Citation)))


@lru_cache(maxsize=1024)  # citations are few (provisions x versions x instruments)
def _citation_json(citation: Citation) -> dict[str, object]:
    i = citation.instrument
    return {
        "instrument": i.key,
        "kind": i.kind,
        "number": i.number,
        "date": _iso(i.date),
        "section": citation.section,
        "stk": citation.stk,
        "nr": citation.nr,
        "pkt": citation.pkt,
        "name": citation.name,
        "url": i.url,
        "in_force_from": _iso(i.in_force_from),
        "in_force_to": _iso(i.in_force_to),
        "text": str(citation),
    }


def instrument_json(instrument: Instrument) -> dict[str, object]:
    """An instrument: its key, kind, title, number and date, address and days in force.

    Raises:
        InvalidTypeError: ``instrument`` is not a :class:`Instrument`.
    """
    check_instance("instrument", instrument, Instrument)
    i = instrument
    return {
        "key": i.key,
        "kind": i.kind,
        "title": i.title,
        "number": i.number,
        "date": _iso(i.date),
        "url": i.url,
        "in_force_from": _iso(i.in_force_from),
        "in_force_to": _iso(i.in_force_to),
    }


def interpretation_json(interpretation: Interpretation) -> dict[str, str]:
    """The named interpretations applied, each by its name.

    Raises:
        InvalidTypeError: ``interpretation`` is not a :class:`Interpretation`.
    """
    return _interpretation_json(check_instance("interpretation", interpretation, Interpretation))


def _interpretation_json(interpretation: Interpretation) -> dict[str, str]:
    return {
        "roll": interpretation.roll,
        "sick_person_window": interpretation.sick_person_window,
        "employer_window": interpretation.employer_window,
        "late_request": interpretation.late_request,
    }


def versions_json(versions: Versions) -> dict[str, object]:
    """The version stamp: library, rule set and both calendars by id and content hash.

    Raises:
        InvalidTypeError: ``versions`` is not a :class:`Versions`.
    """
    return _versions_json(check_instance("versions", versions, Versions))


def _versions_json(versions: Versions) -> dict[str, object]:
    return {
        "library": versions.library,
        "ruleset": versions.ruleset,
        "calendars": {
            "bank": {"id": versions.bank_calendar, "content_hash": versions.bank_calendar_hash},
            "municipal": {
                "id": versions.municipal_calendar,
                "content_hash": versions.municipal_calendar_hash,
            },
        },
    }


def _iso(day: _dt.date | None) -> str | None:
    """A day as ISO ``YYYY-MM-DD``, or ``None``."""
    return None if day is None else day.isoformat()
