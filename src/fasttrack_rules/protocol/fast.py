"""The fast JSON path: a decoded JSON case read straight into the engine's facts, and the
engine's outcome written straight to JSON, as a dict or as text.

The reader takes a case in its plain form (known keys, the expected types, strict ISO
dates, no calendar adjustments) and gives ``None`` for anything else, which then goes
the general way (:func:`~fasttrack_rules.protocol.cases.case_from_json`, which names
the error). The text writer joins pre-serialised fragments: a citation's JSON is made
once, a reason's once per language and citations. Both writers give exactly what the
general path gives (:func:`~fasttrack_rules.protocol.results.assessment_json`, and
:func:`~fasttrack_rules.protocol.answers.json_text` of it); the test suite holds them to
it. ``compact`` text writes each citation as its short reference and reasons without
their sentences (``output-compact.schema.json``).

Longer than 300 lines: the reader and the two writers of one fast path, which must
change together.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from fasttrack_rules._version import __version__
from fasttrack_rules.engine.compiled import (
    CALENDARS,
    CASE_FIELDS,
    CITATION_JSON,
    CITATION_LAW,
    CITATION_SHORT,
    INTERPRETATION_DEFAULTS,
    RULESET,
)
from fasttrack_rules.engine.core import DeadlineRow, Facts, Outcome, run
from fasttrack_rules.engine.tables import reason_segment
from fasttrack_rules.protocol.lines import printable
from fasttrack_rules.reason_catalogue import REASON_ROWS
from fasttrack_rules.vocab import (
    CONSENT_ANSWERS,
    INTERPRETATIONS,
    QUESTIONS,
    REQUESTERS,
    SICK_PERSONS,
    Lang,
    _is_answer,
)

__all__ = ["facts_from_json", "outcome_of_json", "result_dict", "result_text"]

_KNOWN = frozenset(CASE_FIELDS)
_CHOICES = {"sick_person": SICK_PERSONS, "by": REQUESTERS, "answer": CONSENT_ANSWERS}
# Each interpretation's default, as the typed input has it.
_DEFAULTS = INTERPRETATION_DEFAULTS
_DIGITS = frozenset("0123456789")


class _Other(Exception):
    """Not the plain form: the general reader takes the case."""


#: How many day numbers of ISO dates and ISO dates of day numbers are kept, and how many
#: written reasons (a few hundred in practice); each cache is emptied when full.
CACHE_SIZE = 1 << 16
FRAGMENT_CACHE_SIZE = 1 << 12
_DAYS: dict[str, int] = {}


def _day(value: object) -> int:
    day = _DAYS.get(value) if type(value) is str else None
    if day is None:
        if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise _Other
        if not _DIGITS.issuperset(value[:4] + value[5:7] + value[8:]):
            raise _Other
        try:
            day = _dt.date.fromisoformat(value).toordinal()
        except ValueError:
            raise _Other from None
        if len(_DAYS) >= CACHE_SIZE:
            _DAYS.clear()
        _DAYS[value] = day
    return day


def _maybe_day(value: object) -> int | None:
    return None if value is None else _day(value)


def _maybe_bool(value: object) -> bool | None:
    if value is None or type(value) is bool:
        return value
    raise _Other


def _choice(value: object, name: str) -> str:
    if type(value) is not str or value not in _CHOICES[name]:
        raise _Other
    return value


def _pair(value: object, first: str, second: str) -> tuple[object, object] | None:
    if value is None:
        return None
    if type(value) is not dict or value.keys() - {first, second} or value.get(first) is None:
        raise _Other
    if value.get(second) is None:
        raise _Other
    return value[first], value[second]


def _answered(answers: object) -> tuple[bool, bool, bool]:
    if answers is None:
        return False, False, False
    if type(answers) is not dict or answers.keys() - set(QUESTIONS):
        raise _Other
    out = []
    for question in QUESTIONS:
        text = answers.get(question)
        if text is not None and type(text) is not str:
            raise _Other
        out.append(_is_answer(text))
    return out[0], out[1], out[2]


def _answers(value: object) -> tuple[tuple[bool, bool], tuple[bool, bool], tuple[bool, bool]]:
    if value is None:
        employer = sick = (False, False, False)
    elif type(value) is not dict or value.keys() - {"employer", "sick_person"}:
        raise _Other
    else:
        employer, sick = _answered(value.get("employer")), _answered(value.get("sick_person"))
    return (employer[0], sick[0]), (employer[1], sick[1]), (employer[2], sick[2])


def _interpretation(value: object) -> tuple[str, str, str, str]:
    if value is None:
        return _NO_INTERPRETATION
    if type(value) is not dict or value.keys() - INTERPRETATIONS.keys():
        raise _Other
    chosen = []
    for name, values in INTERPRETATIONS.items():
        v = value.get(name)
        if v is None:
            v = _DEFAULTS[name]
        elif type(v) is not str or v not in values:
            raise _Other
        chosen.append(v)
    return chosen[0], chosen[1], chosen[2], chosen[3]


# The interpretations of a case that names none: every default.
_NO_INTERPRETATION = _interpretation({})


def _no_adjustments(value: object) -> None:
    if value is None:
        return
    if type(value) is not dict or value.keys() - {"extra_closed", "open_on"}:
        raise _Other
    if value.get("extra_closed") or value.get("open_on"):
        raise _Other  # adjusted calendars go the general way
    for v in value.values():
        if v is not None and type(v) is not list:
            raise _Other


def outcome_of_json(obj: object) -> Outcome | None:
    """The engine's outcome of a JSON case in its plain form, else ``None`` (then the
    general path reads and assesses it, and names any error)."""
    facts = facts_from_json(obj)
    return None if facts is None else run(facts)


def facts_from_json(obj: object) -> Facts | None:
    """The engine's facts of a JSON case in its plain form, else ``None``."""
    if type(obj) is not dict or obj.keys() - _KNOWN:
        return None
    try:
        return _facts(obj)
    except _Other:
        return None


def _facts(obj: dict[str, Any]) -> Facts:
    get = obj.get
    case_id = get("id")
    if case_id is not None and type(case_id) is not str:
        raise _Other
    request = _pair(get("request"), "by", "date")
    consent = _pair(get("consent"), "answer", "date")
    sick_person = get("sick_person")
    target = get("municipal_target_weeks")
    if target is not None and type(target) is not int:
        raise _Other
    standby = get("standby")
    _no_adjustments(get("calendar"))
    return Facts(
        case_id,
        _day(get("as_of")),
        _day(get("first_day_of_absence")),
        None if sick_person is None else _choice(sick_person, "sick_person"),
        _maybe_bool(get("over_8_weeks")),
        _maybe_day(get("expected_recovery")),
        None if request is None else _choice(request[0], "by"),
        None if request is None else _day(request[1]),
        _maybe_day(get("letter_sent")),
        None if consent is None else _choice(consent[0], "answer"),
        None if consent is None else _day(consent[1]),
        _maybe_bool(get("municipality_continues")),
        _answers(get("answers")),
        _maybe_day(get("doctor_requested")),
        _maybe_day(get("doctor_consultation")),
        _maybe_day(get("first_meeting")),
        _maybe_bool(get("plan_agreed")),
        _maybe_day(get("recovered")),
        _maybe_bool(standby) or False,
        target,
        *_interpretation(get("interpretation")),
        False,
    )


def _dumps(value: object) -> str:
    return printable(json.dumps(value, ensure_ascii=False))


_BANK, _MUNICIPAL = CALENDARS["bank"], CALENDARS["municipal"]


def _versions() -> dict[str, object]:
    """The version stamp of a result on the default calendars, as a fresh dict."""
    calendars = {"bank": dict(_BANK), "municipal": dict(_MUNICIPAL)}
    return {"library": __version__, "ruleset": RULESET, "calendars": calendars}


_VERSIONS_TEXT = _dumps(_versions())
# Each reason's sentence by language: (Danish, English).
_SENTENCES = {code: {"da": da, "en": en} for code, _, _, da, en in REASON_ROWS}
_ISO: dict[int, str] = {}


def _iso(day: int) -> str:
    text = _ISO.get(day)
    if text is None:
        if len(_ISO) >= CACHE_SIZE:
            _ISO.clear()
        text = _ISO[day] = _dt.date.fromordinal(day).isoformat()
    return text


def _deadline_text(row: DeadlineRow, citations: tuple[str, ...]) -> str:
    """A deadline's JSON, its citation from ``citations`` (full or short)."""
    _, due, status, number, duty, earliest, latest = row
    if number < 0:
        return f'{{"due": null, "status": "{status}", "citation": null, "duty_of": "{duty}", "is_law": true}}'
    law = "true" if CITATION_LAW[number] else "false"
    due_text = "null" if due is None else f'"{_iso(due)}"'
    text = (
        f'{{"due": {due_text}, "status": "{status}", '
        f'"citation": {citations[number]}, "duty_of": "{duty}", "is_law": {law}'
    )
    if earliest is not None:
        text += f', "earliest": "{_iso(earliest)}"'
    if latest is not None:
        text += f', "latest_working_day": "{_iso(latest)}"'
    return text + "}"


_REASONS: dict[tuple[str, tuple[int, ...], str], str] = {}


def _cited(code: str, key: tuple[int, ...]) -> list[int]:
    """The numbers of reason ``code``'s citations for the key the engine gives (the first
    day of its stretch, then the citations cited first): those first, then its own, each
    once."""
    own = reason_segment(code, key[0])[1]
    assert own is not None  # the pass leaves a reason not in force to the rules
    return list(dict.fromkeys(key[1:] + own))


def _reason_text(code: str, key: tuple[int, ...], lang: str) -> str:
    """A reason's JSON (``lang`` ``"compact"``: without its sentence, short citations)."""
    found = _REASONS.get((code, key, lang))
    if found is None:
        if lang == "compact":
            shorts = ", ".join(CITATION_SHORT[n] for n in _cited(code, key))
            found = f'{{"code": "{code}", "citations": [{shorts}]}}'
        else:
            cited = ", ".join(CITATION_JSON[n] for n in _cited(code, key))
            found = f'{{"code": "{code}", "citations": [{cited}], "text": {_dumps(_SENTENCES[code][lang])}}}'
        if len(_REASONS) >= FRAGMENT_CACHE_SIZE:
            _REASONS.clear()
        _REASONS[(code, key, lang)] = found
    return found


def _strings(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


def _questions_text(out: Outcome) -> str:
    if out.questions is None:
        return "null"
    states = ", ".join(
        f'"{q}": {{"answered_by": "{who}", "outstanding": {"true" if pending else "false"}}}'
        for q, (who, pending) in zip(QUESTIONS, out.questions, strict=True)
    )
    return f'{{"required_from": "{out.required_from}", {states}}}'


def result_text(out: Outcome, lang: Lang = "en", *, compact: bool = False) -> str:
    """The outcome as one line of JSON text: the result of the general path, byte for
    byte (``compact``: short citations, reasons without their sentences)."""
    f = out.facts
    citations = CITATION_SHORT if compact else CITATION_JSON
    named = out.named_deadlines()
    deadlines = ", ".join(f'"{name}": {_deadline_text(row, citations)}' for name, row in named)
    breaches = out.breaches()
    days_earlier = out.days_earlier
    flavour = "compact" if compact else lang
    reasons = ", ".join(_reason_text(code, key, flavour) for code, key in out.reasons)
    route = "null" if f.request_by is None else f'"{f.request_by}"'
    return (
        f'{{"id": {"null" if f.id is None else _dumps(f.id)}, "as_of": "{_iso(f.as_of)}", '
        f'"track": "{out.track}", "route": {route}, "deadlines": {{{deadlines}}}, '
        f'"days_earlier": {"null" if days_earlier is None else days_earlier}, '
        f'"questions": {_questions_text(out)}, "to_obtain": {_strings(out.to_obtain)}, "plan": "{out.plan}", '
        f'"missing_facts": {_strings(sorted(set(out.missing)))}, "breaches": {_strings(breaches)}, '
        f'"reasons": [{reasons}], "interpretation": {{"roll": "{f.roll}", '
        f'"sick_person_window": "{f.sick_person_window}", "employer_window": "{f.employer_window}", '
        f'"late_request": "{f.late_request}"}}, "versions": {_VERSIONS_TEXT}}}'
    )


def result_dict(out: Outcome, lang: Lang = "en") -> dict[str, object]:
    """The outcome as the dict :func:`~fasttrack_rules.protocol.results.assessment_json`
    gives (fresh dicts and lists, which a caller may change)."""
    f = out.facts
    cited = _CITATION_DICTS or _read_citation_dicts()
    deadlines = {name: _deadline_dict(row, cited) for name, row in out.named_deadlines()}
    return {
        "id": f.id,
        "as_of": _iso(f.as_of),
        "track": out.track,
        "route": f.request_by,
        "deadlines": deadlines,
        "days_earlier": out.days_earlier,
        "questions": _questions_dict(out),
        "to_obtain": list(out.to_obtain),
        "plan": out.plan,
        "missing_facts": sorted(set(out.missing)),
        "breaches": out.breaches(),
        "reasons": [_reason_dict(code, key, lang, cited) for code, key in out.reasons],
        "interpretation": {
            "roll": f.roll,
            "sick_person_window": f.sick_person_window,
            "employer_window": f.employer_window,
            "late_request": f.late_request,
        },
        "versions": _versions(),
    }


# Each citation's JSON object, read back from its text on first use (and copied into
# each result, which its caller may change).
_CITATION_DICTS: list[dict[str, object]] = []


def _read_citation_dicts() -> list[dict[str, object]]:
    dicts = [json.loads(text) for text in CITATION_JSON]
    _CITATION_DICTS[:] = dicts  # complete before it is shared
    return dicts


def _deadline_dict(row: DeadlineRow, cited: list[dict[str, object]]) -> dict[str, object]:
    _, due, status, number, duty, earliest, latest = row
    if number < 0:
        return {"due": None, "status": status, "citation": None, "duty_of": duty, "is_law": True}
    out: dict[str, object] = {
        "due": None if due is None else _iso(due),
        "status": status,
        "citation": cited[number].copy(),
        "duty_of": duty,
        "is_law": CITATION_LAW[number],
    }
    if earliest is not None:
        out["earliest"] = _iso(earliest)
    if latest is not None:
        out["latest_working_day"] = _iso(latest)
    return out


_REASON_PARTS: dict[tuple[str, tuple[int, ...]], list[dict[str, object]]] = {}


def _reason_dict(
    code: str, key: tuple[int, ...], lang: Lang, cited: list[dict[str, object]]
) -> dict[str, object]:
    parts = _REASON_PARTS.get((code, key))
    if parts is None:
        parts = [cited[n] for n in _cited(code, key)]
        if len(_REASON_PARTS) >= FRAGMENT_CACHE_SIZE:
            _REASON_PARTS.clear()
        _REASON_PARTS[(code, key)] = parts
    return {"code": code, "citations": [c.copy() for c in parts], "text": _SENTENCES[code][lang]}


def _questions_dict(out: Outcome) -> dict[str, object] | None:
    if out.questions is None:
        return None
    questions: dict[str, object] = {"required_from": out.required_from}
    for question, (who, pending) in zip(QUESTIONS, out.questions, strict=True):
        questions[question] = {"answered_by": who, "outstanding": pending}
    return questions
