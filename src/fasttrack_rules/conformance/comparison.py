"""JSON values as the oracle sees them: read strictly (:func:`strict_json`), compared
with their JSON types exactly (:func:`json_same`, :func:`differences`) and written
safely on one line of a report (:func:`show`, :func:`printable`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from fasttrack_rules._jsonschema import json_equal

__all__ = [
    "ABSENT",
    "Difference",
    "compare",
    "differences",
    "json_same",
    "printable",
    "show",
    "strict_json",
]


# -- reading -----------------------------------------------------------------------------------
def strict_json(raw: bytes) -> object:
    """One JSON value, read as the protocol reads a line (I-JSON, RFC 7493): UTF-8, no
    ``NaN``/``Infinity``, no key twice in an object, no lone surrogate, any depth safe.

    Raises:
        ValueError: the bytes are not such a value; the message says why.
    """
    from fasttrack_rules.errors import DuplicateKeyError, EmptyLineError, LineError
    from fasttrack_rules.protocol import parse_line

    try:
        return parse_line(raw)
    except DuplicateKeyError as e:
        raise ValueError(f"the key {show(e.value)} appears twice in one object") from None
    except EmptyLineError:
        raise ValueError("an empty line") from None
    except LineError as e:
        raise ValueError(e.message) from None


# -- showing -----------------------------------------------------------------------------------
class _Absent:
    """A key that the output does not have (:func:`show` writes ``(absent)``; equal to
    nothing)."""


#: The value of a key the output does not have.
ABSENT: Any = _Absent()
_UNPRINTABLE = re.compile(r"[^\t\n -~]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch.isprintable():
        return ch
    code = ord(ch)
    if code > 0xFFFF:  # a JSON escape is a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def show(value: object, limit: int = 200) -> str:
    """``value`` as JSON on one line, safe to print: every character that is not
    printable (controls, bidirectional overrides, line separators) is written as its JSON
    ``\\u`` escape, so the text is still the same JSON value; cut to about ``limit``
    characters with ``…``. An absent key shows as ``(absent)``."""
    if value is ABSENT:
        return "(absent)"
    try:
        text = _UNPRINTABLE.sub(_escape, json.dumps(value, ensure_ascii=False, sort_keys=True))
    except RecursionError:
        return "(nested too deeply to show)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def printable(text: str) -> str:
    """``text`` with every character that is not printable written as a ``\\u`` escape
    (tabs and newlines included), for one line of a report."""
    return re.sub(r"[^ -~]", _escape, text)


# -- comparing ---------------------------------------------------------------------------------
def json_same(a: object, b: object) -> bool:
    """Equality of JSON values with their JSON types exactly: ``true`` is not ``1``, ``1``
    is not ``1.0``, ``0`` is not ``false``, ``null`` only ``null``; arrays item by item
    in order, objects key by key in any order. (Python's ``==`` conflates the first
    three.)"""
    return json_equal(a, b, exact_types=True)


@attrs.frozen
class Difference:
    """One way an output line fails its vector.

    Attributes:
        field: what differs, for the tally of a report: an output field as a dotted
            path (``deadlines.first_meeting.due``, ``reasons``, ``error.code``), or
            ``schema``, ``output`` (the line is no JSON object, no JSON, no UTF-8 or too
            long) or ``not answered``.
        message: the difference in words, every value written as JSON.
    """

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


def _differ(field: str, want: object, got: object) -> Difference:
    return Difference(field, f"{field}: expected {show(want)}, got {show(got)}")


def _json_set(values: object) -> set[str] | None:
    """A JSON array as a set of its items' canonical JSON, or ``None`` if not an array."""
    if not isinstance(values, list):
        return None
    return {json.dumps(v, sort_keys=True, ensure_ascii=False) for v in values}


def _set_text(items: Iterable[str]) -> str:
    return show([json.loads(i) for i in sorted(items)])


def differences(expected: Mapping[str, Any], output: object) -> list[Difference]:
    """The differences between a vector's ``expected`` and an implementation's output
    (parsed JSON), by the rules of INTERPRETING.md, with JSON types compared exactly
    (:func:`json_same`). Empty: the vector passes. The output's schema is not checked
    here (see :func:`~fasttrack_rules.conformance.run_command`)."""
    if not isinstance(output, dict):
        return [Difference("output", f"output is not a JSON object: {show(output, 80)}")]
    if "error" in expected:
        return _error_differences(expected["error"], output.get("error", ABSENT))
    if "error" in output:
        return [Difference("error", f"expected a result, got error {show(output['error'], 120)}")]
    found: list[Difference] = []
    for key, want in expected.items():
        if key == "deadlines":
            found += _deadline_differences(want, output.get("deadlines", ABSENT))
        elif key == "reasons":
            found += _reason_differences(want, output.get("reasons"))
        elif key == "reason_citations":
            found += _reason_citation_differences(want, output.get("reasons"))
        elif key in ("missing_facts", "breaches"):
            found += _set_differences(key, want, output.get(key, ABSENT))
        elif not json_same(output.get(key, ABSENT), want):
            found.append(_differ(key, want, output.get(key, ABSENT)))
    return found


def compare(expected: Mapping[str, Any], output: object) -> list[str]:
    """The differences between a vector's ``expected`` and an implementation's output
    line, as readable strings (empty: the vector passes). The rules are those of
    INTERPRETING.md; see :func:`differences`."""
    return [d.message for d in differences(expected, output)]


def _error_differences(want: Mapping[str, Any], got: object) -> list[Difference]:
    """An expected error: the output's ``error`` must have its ``code`` and ``field``."""
    if not isinstance(got, dict):
        return [Difference("error", f"expected error {show(want['code'])}, got a result")]
    return [
        _differ(f"error.{key}", want[key], got.get(key, ABSENT))
        for key in ("code", "field")
        if not json_same(got.get(key, ABSENT), want[key])
    ]


def _reason_differences(want: list[str], reasons: object) -> list[Difference]:
    """The reason codes, as a set."""
    codes = _json_set(
        [r["code"] for r in reasons if isinstance(r, dict) and "code" in r]
        if isinstance(reasons, list)
        else []
    )
    wanted = _json_set(want)
    assert codes is not None
    assert wanted is not None
    if codes == wanted:
        return []
    text = f"reasons: missing {_set_text(wanted - codes)}, extra {_set_text(codes - wanted)}"
    return [Difference("reasons", text)]


def _set_differences(key: str, want: list[Any], got: object) -> list[Difference]:
    """An array compared as a set."""
    if _json_set(got) == _json_set(want):
        return []
    return [Difference(key, f"{key}: expected {show(sorted(want))} (as a set), got {show(got)}")]


def _deadline_differences(want: Mapping[str, Mapping[str, Any]], deadlines: object) -> list[Difference]:
    found = []
    for name, fields in want.items():
        got = deadlines.get(name, ABSENT) if isinstance(deadlines, dict) else ABSENT
        for field, value in fields.items():
            have = got.get(field, ABSENT) if isinstance(got, dict) else ABSENT
            if not _matches(value, have):
                found.append(_differ(f"deadlines.{name}.{field}", value, have))
    return found


def _matches(want: object, got: object) -> bool:
    """A citation is compared on the keys the vector lists; anything else exactly."""
    if isinstance(want, dict):
        return isinstance(got, dict) and all(json_same(got.get(k, ABSENT), v) for k, v in want.items())
    return json_same(want, got)


def _reason_citation_differences(
    want: Mapping[str, list[dict[str, object]]], reasons: object
) -> list[Difference]:
    by_code: dict[str, object] = {}
    if isinstance(reasons, list):
        by_code = {
            r["code"]: r.get("citations", ABSENT)
            for r in reasons
            if isinstance(r, dict) and type(r.get("code")) is str
        }
    found = []
    for code, citations in want.items():
        got = by_code.get(code, ABSENT)
        if (
            not isinstance(got, list)
            or len(got) != len(citations)
            or not all(_matches(w, g) for w, g in zip(citations, got, strict=True))
        ):
            found.append(_differ(f"reasons[{code}].citations", citations, got))
    return found
