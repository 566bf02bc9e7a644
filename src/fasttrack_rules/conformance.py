"""Conformance vectors and JSON Schemas: the test oracle for other implementations.

The vectors ship inside the package (``fasttrack_rules/vectors/*.json``) with the
normative ``INTERPRETING.md``; the schemas in ``fasttrack_rules/schemas``. This module
loads them, compares an implementation's output with a vector's expectation, runs
another implementation over all vectors, and exports everything to a folder.
"""

from __future__ import annotations

import csv
import json
import pathlib
import subprocess
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs

from fasttrack_rules.protocol import json_lines

__all__ = [
    "FLAGS",
    "KIT_FILES",
    "VECTOR_SET_VERSION",
    "Row",
    "calendar_table",
    "compare",
    "export",
    "line_of",
    "load_vectors",
    "reason_catalogue",
    "run_command",
    "schema",
    "write_csv",
]

#: Version of the vector set (SemVer: a removed or changed vector is a major change).
VECTOR_SET_VERSION = "2.0.0"

#: The flags a vector may carry, and what each means.
FLAGS: dict[str, str] = {
    "BOUNDARY": "one of a pair: the last compliant day or the first non-compliant day",
    "HOLIDAY": "a helligdag or closing day lies between the start event and the due day, or on it",
    "WEEKEND": "a deadline or event falls on a Saturday or Sunday",
    "YEAR_END": "dates around 24 December - 5 January",
    "LAW_CHANGE": "dates around a change of rule: 5 January 2015, Store bededag 2023/2024, 1 January 2025",
    "LEAP_YEAR": "29 February lies in the period",
    "MISSING_FACT": "the result is undetermined in part and lists missing facts",
    "INTERPRETATION": "the input chooses a non-default interpretation",
    "CALENDAR": "the input adjusts the municipal calendar",
    "REASON_CODE": "the vector exists to produce a given reason code",
    "WORKED_EXAMPLE": "a worked example of the specification (specification.md#worked-examples)",
    "ERROR": "the input is invalid; the expected output is an error",
}
SUBJECTS = (
    "worked_examples",
    "request_window",
    "consent",
    "questions",
    "doctor",
    "meeting",
    "calendars",
    "errors",
)


def _package_file(*parts: str) -> Any:
    return resources.files("fasttrack_rules").joinpath(*parts)


def schema(which: str) -> dict[str, Any]:
    """The JSON Schema ``input``, ``output``, ``error`` or ``vectors``."""
    text = _package_file("schemas", f"{which}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def load_vectors() -> list[dict[str, Any]]:
    """Every vector, in subject order and file order."""
    vectors: list[dict[str, Any]] = []
    for subject in SUBJECTS:
        data = json.loads(_package_file("vectors", f"{subject}.json").read_text(encoding="utf-8"))
        vectors.extend(data["vectors"])
    return vectors


def _as_set(value: object) -> set[object]:
    return set(value) if isinstance(value, list) else {value}


def compare(expected: dict[str, Any], output: object) -> list[str]:
    """The differences between a vector's ``expected`` and an implementation's output
    line, as readable strings (empty: the vector passes). The rules are those of
    INTERPRETING.md."""
    if not isinstance(output, dict):
        return [f"output is not a JSON object: {_show(output)[:80]}"]
    if "error" in expected:
        got = output.get("error")
        if not isinstance(got, dict):
            return [f"expected error {expected['error']['code']}, got a result"]
        return [
            f"error.{key}: expected {_show(expected['error'][key])}, got {_show(got.get(key))}"
            for key in ("code", "field")
            if got.get(key) != expected["error"][key]
        ]
    if "error" in output:
        return [f"expected a result, got error {_show(output['error'])[:120]}"]
    problems = []
    for key, want in expected.items():
        if key == "deadlines":
            deadlines = output.get("deadlines")
            deadlines = deadlines if isinstance(deadlines, dict) else {}
            for name, fields in want.items():
                got = deadlines.get(name)
                got = got if isinstance(got, dict) else {}
                problems += [
                    f"deadlines.{name}.{f}: expected {_show(v)}, got {_show(got.get(f))}"
                    for f, v in fields.items()
                    if not _matches(v, got.get(f))
                ]
        elif key == "reasons":
            reasons = output.get("reasons")
            codes = (
                {str(r.get("code")) for r in reasons if isinstance(r, dict)}
                if isinstance(reasons, list)
                else set()
            )
            want = {str(code) for code in want}
            if codes != want:
                missing, extra = _show(sorted(want - codes)), _show(sorted(codes - want))
                problems.append(f"reasons: missing {missing}, extra {extra}")
        elif key == "reason_citations":
            problems += _compare_reason_citations(want, output.get("reasons"))
        elif key in ("missing_facts", "breaches"):
            if _as_set(output.get(key)) != set(want):
                problems.append(f"{key}: expected {_show(sorted(want))}, got {_show(output.get(key))}")
        elif output.get(key) != want:
            problems.append(f"{key}: expected {_show(want)}, got {_show(output.get(key))}")
    return problems


def _matches(want: object, got: object) -> bool:
    """A citation is compared on the keys the vector lists; anything else by equality."""
    if isinstance(want, dict) and isinstance(got, dict):
        return all(got.get(k) == v for k, v in want.items())
    return want == got


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _compare_reason_citations(want: dict[str, list[dict[str, object]]], reasons: object) -> list[str]:
    by_code = {}
    if isinstance(reasons, list):
        by_code = {r.get("code"): r.get("citations") for r in reasons if isinstance(r, dict)}
    problems = []
    for code, citations in want.items():
        got = by_code.get(code)
        if (
            not isinstance(got, list)
            or len(got) != len(citations)
            or not all(_matches(w, g) for w, g in zip(citations, got, strict=True))
        ):
            problems.append(f"reasons[{code}].citations: expected {_show(citations)}, got {_show(got)}")
    return problems


@attrs.frozen
class Row:
    """One line of a vectors report."""

    id: str
    passed: bool
    detail: str


def line_of(vector: dict[str, Any]) -> bytes:
    """The line a vector sends: its ``input`` as one line of JSON, or, for a vector of a
    raw line, the bytes of ``line_hex``."""
    if "line_hex" in vector:
        return bytes.fromhex(vector["line_hex"])
    return json.dumps(vector["input"], ensure_ascii=False).encode("utf-8")


def run_command(command: str, *, timeout: float = 600) -> list[Row]:
    """Run ``command`` (a shell command line) once, feed it every vector's input as JSON
    Lines on stdin, and compare its output lines with the expectations."""
    vectors = load_vectors()
    payload = b"".join(line_of(v) + b"\n" for v in vectors)
    try:
        proc = subprocess.run(command, shell=True, input=payload, capture_output=True, timeout=timeout)
        lines = [line.decode("utf-8", errors="replace") for line in json_lines(proc.stdout)]
    except (OSError, subprocess.TimeoutExpired) as e:
        lines = []
        reason = f"command failed: {e}"
    else:
        reason = f"no output line (the command wrote {len(lines)} lines, exit {proc.returncode})"
    rows = []
    for k, vector in enumerate(vectors):
        if k >= len(lines):
            rows.append(Row(vector["id"], False, reason))
            continue
        try:
            output = json.loads(lines[k])
        except ValueError:
            rows.append(Row(vector["id"], False, f"output line {k + 1} is not JSON: {_show(lines[k][:80])}"))
            continue
        problems = compare(vector["expected"], output)
        rows.append(Row(vector["id"], not problems, "; ".join(problems)))
    return rows


def write_csv(rows: Iterable[Row], path: str) -> None:
    """Write a report as CSV: id, result (PASS/FAIL), detail."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "result", "detail"])
        for row in rows:
            writer.writerow([row.id, "PASS" if row.passed else "FAIL", row.detail])


def reason_catalogue() -> dict[str, Any]:
    """The reason catalogue as data: every code with its event, provisions and texts,
    every provision with its versions, and every instrument (``reasons.json`` of the
    kit)."""
    from fasttrack_rules.law import INSTRUMENTS, PROVISIONS
    from fasttrack_rules.reasons import CATALOGUE

    def version(v: Any) -> dict[str, object]:
        return {
            "from": None if v.valid_from.year == 1 else v.valid_from.isoformat(),
            "to": None if v.valid_to is None else v.valid_to.isoformat(),
            "family": v.family,
            "instrument": v.instrument,
            "section": v.section,
            "stk": v.stk,
            "nr": v.nr,
            "pkt": v.pkt,
            "name": v.name,
        }

    return {
        "reasons": [
            {"code": r.code, "event": r.event, "provisions": list(r.provisions), "da": r.da, "en": r.en}
            for r in CATALOGUE.values()
        ],
        "provisions": {name: [version(v) for v in versions] for name, versions in PROVISIONS.items()},
        "instruments": [
            {**i.to_json(), "family": i.family, "title": i.title, "short": i.short}
            for i in INSTRUMENTS.values()
        ],
    }


def calendar_table(kind: str) -> dict[str, Any]:
    """A default calendar's closing weekdays over its whole range, as data
    (``calendars/dk-<kind>.json`` of the kit): weekdays not listed are open."""
    from fasttrack_rules.calendars import FIRST_YEAR, LAST_YEAR, danish_bank_days, municipal_working_days

    cal = danish_bank_days() if kind == "bank" else municipal_working_days()
    return {
        "id": cal.id,
        "first_day": f"{FIRST_YEAR}-01-01",
        "last_day": f"{LAST_YEAR}-12-31",
        "content_hash": cal.content_hash,
        "content_hash_definition": "specification.md#content-hash",
        "closed_weekdays": [
            {"date": c.date.isoformat(), "names": list(c.names), "citations": [str(x) for x in c.citations]}
            for year in range(FIRST_YEAR, LAST_YEAR + 1)
            for c in cal.closed_days(year)
        ],
    }


#: What ``export`` writes, besides the vector files (for the kit's own index).
KIT_FILES = (
    "README.md",
    "INTERPRETING.md",
    "specification.md",
    "reasons.json",
    "calendars/dk-bank.json",
    "calendars/dk-municipal.json",
    "schemas/input.schema.json",
    "schemas/output.schema.json",
    "schemas/error.schema.json",
    "schemas/vectors.schema.json",
)


def export(directory: str) -> list[str]:
    """Write the oracle kit to ``directory``: the vector files, INTERPRETING.md, the
    specification, the reason catalogue and both calendars as data, and the schemas;
    return the paths written. Nothing in the kit points outside it."""
    out = pathlib.Path(directory)
    (out / "schemas").mkdir(parents=True, exist_ok=True)
    (out / "calendars").mkdir(exist_ok=True)
    written = []

    def write(name: str, text: str) -> None:
        target = out / name
        target.write_text(text, encoding="utf-8")
        written.append(str(target))

    for name in [f"{s}.json" for s in SUBJECTS] + ["INTERPRETING.md"]:
        write(name, _package_file("vectors", name).read_text(encoding="utf-8"))
    write("specification.md", _package_file("specification.md").read_text(encoding="utf-8"))
    write("reasons.json", json.dumps(reason_catalogue(), ensure_ascii=False, indent=1) + "\n")
    for kind in ("bank", "municipal"):
        write(
            f"calendars/dk-{kind}.json", json.dumps(calendar_table(kind), ensure_ascii=False, indent=1) + "\n"
        )
    for which in ("input", "output", "error", "vectors"):
        write(
            f"schemas/{which}.schema.json",
            _package_file("schemas", f"{which}.schema.json").read_text(encoding="utf-8"),
        )
    write(
        "README.md",
        _KIT_README.format(
            files="\n".join(f"- `{f}`" for f in [*(f"{s}.json" for s in SUBJECTS), *KIT_FILES])
        ),
    )
    return written


_KIT_README = """# fasttrack_rules oracle kit

Everything an implementation in another language needs to be checked against the
reference: the rules (`specification.md`), how to run and compare the vectors
(`INTERPRETING.md`), the JSON Schemas, the reason catalogue as data, and both default
calendars as data with the definition of their content hash.

{files}
"""
