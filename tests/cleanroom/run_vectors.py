"""Run every conformance vector of the oracle kit through the clean-room implementation.

Clean-room: written from the oracle kit only (``INTERPRETING.md#comparing``). Usage::

    python -m tests.cleanroom.run_vectors [KIT_DIR] [-v]

``KIT_DIR`` (any exported kit) defaults to ``$FASTTRACK_KIT``. Exit status 0 when
every vector passes.
"""

import io
import json
import os
import sys
from pathlib import Path
from typing import Any

from tests.cleanroom.impl import assess_json, assess_line
from tests.cleanroom.lines import read_lines

FILES = (
    "worked_examples",
    "request_window",
    "consent",
    "questions",
    "doctor",
    "meeting",
    "calendars",
    "errors",
)
SET_KEYS = ("missing_facts", "breaches")
EQUAL_KEYS = ("track", "route", "plan", "days_earlier", "questions", "to_obtain")


def _citation_mismatch(expected: Any, actual: Any) -> str | None:
    if expected is None or actual is None:
        return None if expected is None and actual is None else f"citation {actual!r} != {expected!r}"
    for name, value in expected.items():
        if actual.get(name) != value:
            return f"citation.{name}: {actual.get(name)!r} != {value!r}"
    return None


def _deadline_mismatches(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for name, fields in expected.items():
        got = actual.get(name)
        if got is None:
            problems.append(f"deadlines.{name} absent")
            continue
        for key, value in fields.items():
            if key == "citation":
                mismatch = _citation_mismatch(value, got.get("citation"))
                if mismatch:
                    problems.append(f"deadlines.{name}.{mismatch}")
            elif got.get(key) != value:
                problems.append(f"deadlines.{name}.{key}: {got.get(key)!r} != {value!r}")
    return problems


def _reason_citation_mismatches(expected: dict[str, Any], reasons: list[Any]) -> list[str]:
    problems: list[str] = []
    by_code = {reason["code"]: reason for reason in reasons}
    for code, citations in expected.items():
        got = by_code.get(code)
        if got is None:
            problems.append(f"reason_citations.{code} absent")
            continue
        if len(got["citations"]) != len(citations):
            short = [(c["instrument"], c["section"], c["stk"], c["nr"], c["name"]) for c in got["citations"]]
            problems.append(f"reason_citations.{code}: {len(got['citations'])} != {len(citations)} {short}")
            continue
        for index, (want, have) in enumerate(zip(citations, got["citations"], strict=True)):
            mismatch = _citation_mismatch(want, have)
            if mismatch:
                problems.append(f"reason_citations.{code}[{index}].{mismatch}")
    return problems


def _result_mismatches(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for key in EQUAL_KEYS:
        if key in expected and actual.get(key) != expected[key]:
            problems.append(f"{key}: {actual.get(key)!r} != {expected[key]!r}")
    for key in SET_KEYS:
        if key in expected and set(actual.get(key, [])) != set(expected[key]):
            problems.append(f"{key}: {actual.get(key)!r} != {expected[key]!r}")
    if "reasons" in expected:
        codes = sorted({reason["code"] for reason in actual.get("reasons", [])})
        if codes != sorted(expected["reasons"]):
            extra = sorted(set(codes) - set(expected["reasons"]))
            lacking = sorted(set(expected["reasons"]) - set(codes))
            problems.append(f"reasons: extra {extra} lacking {lacking}")
    if "reason_citations" in expected:
        problems += _reason_citation_mismatches(expected["reason_citations"], actual.get("reasons", []))
    if "deadlines" in expected:
        problems += _deadline_mismatches(expected["deadlines"], actual.get("deadlines", {}))
    return problems


def mismatches(expected: dict[str, Any], actual: dict[str, object]) -> list[str]:
    """Every way ``actual`` fails ``expected`` (empty when it passes)."""
    if "error" in expected:
        got = actual.get("error")
        if not isinstance(got, dict):
            return [f"expected error {expected['error']}, got a result"]
        want = expected["error"]
        if got.get("code") != want["code"] or got.get("field") != want["field"]:
            return [f"error {got.get('code')}/{got.get('field')} != {want['code']}/{want['field']}"]
        return []
    if "error" in actual:
        return [f"unexpected error {actual['error']}"]
    return _result_mismatches(expected, dict(actual))


def run_vector(vector: dict[str, Any]) -> dict[str, object]:
    """The implementation's output for one vector."""
    if "line_hex" in vector:
        # The line's bytes, its padding of spaces, and "\n", framed as the command line frames them.
        sent = bytes.fromhex(vector["line_hex"]) + b" " * vector.get("line_padding", 0) + b"\n"
        (line,) = read_lines(io.BytesIO(sent))
        return assess_line(line)
    # The input travels as one line of JSON: serialise and parse it as the CLI would.
    return assess_json(json.loads(json.dumps(vector["input"])))


def main(argv: list[str]) -> int:
    """Run every vector file; print failures and the totals."""
    verbose = "-v" in argv
    paths = [arg for arg in argv if arg != "-v"]
    where = paths[0] if paths else os.environ.get("FASTTRACK_KIT")
    if where is None:
        print("usage: python -m tests.cleanroom.run_vectors KIT_DIR [-v]  (or set FASTTRACK_KIT)")
        return 2
    kit = Path(where)
    passed = total = 0
    for name in FILES:
        vectors = json.loads((kit / f"{name}.json").read_text(encoding="utf-8"))["vectors"]
        for vector in vectors:
            total += 1
            problems = mismatches(vector["expected"], run_vector(vector))
            if problems:
                print(f"FAIL {name} {vector['id']}")
                for problem in problems if verbose else problems[:3]:
                    print(f"    {problem}")
            else:
                passed += 1
    print(f"{passed}/{total} vectors pass")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
