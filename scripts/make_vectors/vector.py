"""One vector: a case, the library's answer to it, and the flags that say what it tests."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any, NamedTuple

from scripts.make_vectors.common import BANK, MUNI, D, run
from scripts.make_vectors.data.hand_written import HandWritten

CITATION_KEYS = ("instrument", "section", "stk", "nr", "pkt", "name")
DEADLINE_KEYS = ("due", "status", "earliest", "latest_working_day", "duty_of", "is_law")
#: What an error vector cites, and the calendars it was built with.
ERROR_CITATIONS = ("fasttrack_rules JSON protocol (specification.md#errors)",)
DEFAULT_CALENDARS = {"bank": BANK.content_hash, "municipal": MUNI.content_hash}
#: Days around which the law changed: Fast track from 2015-01-05, BEK 2024 from 2025-01-01.
LAW_CHANGES = (D(2015, 1, 5), D(2025, 1, 1))


class Filed(NamedTuple):
    """A vector and the subject (the vector file) it belongs to."""

    subject: str
    vector: dict[str, Any]


def _citation(c: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if c is None else {k: c[k] for k in CITATION_KEYS}


def expected_from(output: dict[str, Any]) -> dict[str, Any]:
    """The part of a JSON answer (result or error object) that a vector holds as expected."""
    if "error" in output:
        return {"error": {"code": output["error"]["code"], "field": output["error"]["field"]}}
    deadlines = {}
    for name, d in output["deadlines"].items():
        fields = {k: d[k] for k in DEADLINE_KEYS if k in d}
        deadlines[name] = {**fields, "citation": _citation(d["citation"])}
    return {
        "track": output["track"],
        "route": output["route"],
        "plan": output["plan"],
        "days_earlier": output["days_earlier"],
        "missing_facts": sorted(output["missing_facts"]),
        "breaches": sorted(output["breaches"]),
        "to_obtain": output["to_obtain"],
        "questions": output["questions"],
        "reasons": sorted(r["code"] for r in output["reasons"]),
        "reason_citations": {r["code"]: [_citation(c) for c in r["citations"]] for r in output["reasons"]},
        "deadlines": deadlines,
    }


def _dates_in(obj: Any) -> list[D]:
    found: list[D] = []
    if isinstance(obj, dict):
        for v in obj.values():
            found += _dates_in(v)
    elif isinstance(obj, list):
        for v in obj:
            found += _dates_in(v)
    elif isinstance(obj, str) and len(obj) == 10 and obj[4] == "-":
        with contextlib.suppress(ValueError):
            found.append(D.fromisoformat(obj))
    return found


def _date_flags(days: list[D]) -> set[str]:
    """The flags that the days of a case and its deadlines earn."""
    flags = set()
    if any(d.weekday() >= 5 for d in days):
        flags.add("WEEKEND")
    if not days:
        return flags
    lo, hi = min(days), max(days)
    span = [lo + dt.timedelta(i) for i in range((hi - lo).days + 1)]
    if any(d.weekday() < 5 and not (BANK.is_open(d) and MUNI.is_open(d)) for d in span[:120]):
        flags.add("HOLIDAY")
    if any((d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 5) for d in days):
        flags.add("YEAR_END")
    if any(d.month == 2 and d.day == 29 for d in span):
        flags.add("LEAP_YEAR")
    if any(abs((d - c).days) <= 21 for d in days for c in LAW_CHANGES) or any(
        d.year in (2023, 2024) and d.month in (4, 5) for d in days
    ):
        flags.add("LAW_CHANGE")
    return flags


def flags_for(inp: Any, output: dict[str, Any], extra: tuple[str, ...]) -> list[str]:
    """The vector's flags: ``extra``, and those its input and answer earn."""
    if "error" in output:
        return sorted({*extra, "ERROR"})
    flags = set(extra) | _date_flags(_dates_in(inp) + _dates_in(output["deadlines"]))
    if output["missing_facts"]:
        flags.add("MISSING_FACT")
    if isinstance(inp, dict):
        if any(v is not None for v in (inp.get("interpretation") or {}).values()):
            flags.add("INTERPRETATION")
        if any((inp.get("calendar") or {}).values()):
            flags.add("CALENDAR")
    return sorted(flags)


def vector(subject: str, vid: str, description: str, inp: Any, *extra: str) -> Filed:
    """The vector for input ``inp``, its expected values taken from this library."""
    output = run(inp)
    if "error" in output:
        citations = list(ERROR_CITATIONS)
        calendar = dict(DEFAULT_CALENDARS)
    else:
        citations = sorted({c["text"] for r in output["reasons"] for c in r["citations"]})
        cals = output["versions"]["calendars"]
        calendar = {"bank": cals["bank"]["content_hash"], "municipal": cals["municipal"]["content_hash"]}
    body = {
        "id": vid,
        "description": description,
        "citations": citations,
        "flags": flags_for(inp, output, extra),
        "calendar": calendar,
        "input": inp,
        "expected": expected_from(output),
    }
    return Filed(subject, body)


def hand_written(entries: tuple[HandWritten, ...]) -> list[Filed]:
    """The vectors for entries written by hand, (subject, id, description, input, extra flags)."""
    return [
        vector(subject, vid, description, inp, *extra) for subject, vid, description, inp, extra in entries
    ]
