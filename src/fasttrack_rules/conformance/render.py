"""The reports of a run: ``text`` (a block per failing vector, the problems of the run,
tallies of the failures per subject and per field, the implementation's stderr when
the run failed, and the last line ``N passed, M failed``), ``tap`` (TAP version 14) and
``junit`` (JUnit XML: a ``testsuite`` per subject, a ``testcase`` per vector); all
three add a last test, ``run``, that fails when the run as a whole failed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from fasttrack_rules.conformance.comparison import printable, show
from fasttrack_rules.conformance.report import Report, Row

__all__ = ["SHOWN_OUT_OF_STEP", "render_junit", "render_tap", "render_text", "sent_text", "tap_description"]

#: How many failing vectors the text report details when the output is out of step
#: with the input (a missing or extra line shifts every answer after it).
SHOWN_OUT_OF_STEP = 10


def sent_text(vector: Mapping[str, Any]) -> str:
    """The line a vector sends, shortened and safe for a report."""
    if "input" in vector:
        return show(vector["input"], 240)
    text = vector["line_hex"]
    text = f"line_hex {text if len(text) <= 120 else text[:119] + '…'}"
    if "line_padding" in vector:
        text += f" and {vector['line_padding']:,} spaces"
    return text


# -- text ----------------------------------------------------------------------------------------
def _tallies(report: Report) -> tuple[list[str], list[str]]:
    """The failures per subject (``consent: 3 of 40``) and per field
    (``deadlines.first_meeting.due: 3``), most first."""
    runs: Counter[str] = Counter(r.subject for r in report.rows)
    failed: Counter[str] = Counter(r.subject for r in report.rows if not r.passed)
    fields: Counter[str] = Counter(
        f for r in report.rows for f in dict.fromkeys(d.field for d in r.differences)
    )
    by_subject = [f"{s}: {n} of {runs[s]}" for s, n in sorted(failed.items(), key=lambda x: (-x[1], x[0]))]
    by_field = [f"{f}: {n}" for f, n in sorted(fields.items(), key=lambda x: (-x[1], x[0]))]
    return by_subject, by_field


def render_text(report: Report, vectors: Mapping[str, Mapping[str, Any]], *, quiet: bool = False) -> str:
    """The text report: ``PASS ID`` per passing vector (unless ``quiet``); per failing
    vector its id and subject, the line sent and each difference (values as JSON); the
    problems of the run; the tallies; the stderr tail when the run failed; and last the
    line ``N passed, M failed``. Vectors left unanswered are named once, in the line
    count, and when the output is out of step with the input only the first
    :data:`SHOWN_OUT_OF_STEP` failures are detailed."""
    out: list[str] = []
    out_of_step = report.lines_written != len(report.rows)
    shown = hidden = 0
    for row in report.rows:
        if row.passed:
            if not quiet:
                out.append(f"PASS {row.id}")
        elif not row.answered:
            continue
        elif out_of_step and shown >= SHOWN_OUT_OF_STEP:
            hidden += 1
        else:
            shown += 1
            out.append(f"FAIL {row.id} ({row.subject})")
            out.append(f"  sent: {sent_text(vectors[row.id])}")
            out += [f"  {d.message}" for d in row.differences]
    if hidden:
        out.append(
            f"... and {hidden} more failing vector{'s' * (hidden != 1)}, not shown: the output is out of "
            "step with the input (see the line count below); --csv FILE lists every vector"
        )
    out += [f"problem: {p}" for p in report.problems]
    if report.failed:
        by_subject, by_field = _tallies(report)
        out += ["failures by subject:", *(f"  {t}" for t in by_subject)]
        out += ["failures by field:", *(f"  {t}" for t in by_field)]
    if report.problems and report.stderr_tail.strip():
        out.append(f"stderr of the implementation (its last {len(report.stderr_tail.encode()):,} bytes):")
        out += [f"  | {printable(line)}" for line in report.stderr_tail.splitlines()]
    out.append(f"{report.passed} passed, {report.failed} failed")
    return "\n".join(out) + "\n"


# -- TAP -----------------------------------------------------------------------------------------
def tap_description(text: str) -> str:
    """``text`` as the description of a TAP test point: ``#`` and ``\\`` escaped."""
    return text.replace("\\", "\\\\").replace("#", "\\#")


def _yaml(fields: Mapping[str, object]) -> list[str]:
    """A TAP YAML diagnostic block; every value is JSON, which YAML reads as it is."""
    return ["  ---", *(f"  {k}: {json.dumps(v)}" for k, v in fields.items()), "  ..."]


def render_tap(report: Report, vectors: Mapping[str, Mapping[str, Any]]) -> str:
    """The report as TAP version 14: a test point per vector, and a last one, ``run``,
    for the run as a whole (the line count, the exit, the timeout); a failing point
    carries a YAML block with the differences."""
    out = ["TAP version 14", f"1..{len(report.rows) + 1}"]
    for k, row in enumerate(report.rows, 1):
        name = tap_description(f"{row.id} ({row.subject})")
        if row.passed:
            out.append(f"ok {k} - {name}")
            continue
        out.append(f"not ok {k} - {name}")
        out += _yaml(
            {
                "message": row.differences[0].message,
                "severity": "fail",
                "subject": row.subject,
                "sent": sent_text(vectors[row.id]),
                "differences": [d.message for d in row.differences],
            }
        )
    last = len(report.rows) + 1
    if report.problems:
        out.append(f"not ok {last} - run")
        fields: dict[str, object] = {
            "message": report.problems[0],
            "severity": "fail",
            "problems": list(report.problems),
            "exit_status": report.exit_status,
            "lines_written": report.lines_written,
        }
        if report.stderr_tail:
            fields["stderr_tail"] = report.stderr_tail
        out += _yaml(fields)
    else:
        out.append(f"ok {last} - run")
    out.append(f"# {report.passed} passed, {report.failed} failed")
    return "\n".join(out) + "\n"


# -- JUnit XML -----------------------------------------------------------------------------------
_XML_ILLEGAL = re.compile("[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (controls, lone surrogates,
    U+FFFE/U+FFFF; a carriage return too, which XML would read as a newline), each
    written as a ``\\u`` escape."""
    return _XML_ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _suite(root: ET.Element, name: str, tests: int, failures: int) -> ET.Element:
    return ET.SubElement(
        root, "testsuite", name=name, tests=str(tests), failures=str(failures), errors="0", skipped="0"
    )


def _vector_suite(
    root: ET.Element, subject: str, rows: Sequence[Row], vectors: Mapping[str, Mapping[str, Any]]
) -> None:
    """A subject's ``testsuite``: a ``testcase`` per vector, a ``failure`` per failing one."""
    suite = _suite(root, subject, len(rows), sum(not r.passed for r in rows))
    for row in rows:
        case = ET.SubElement(suite, "testcase", classname=subject, name=_xml(row.id))
        if not row.passed:
            failure = ET.SubElement(
                case,
                "failure",
                message=_xml(row.differences[0].message),
                type="not answered" if not row.answered else "mismatch",
            )
            failure.text = _xml(
                "\n".join([*(d.message for d in row.differences), f"sent: {sent_text(vectors[row.id])}"])
            )


def _run_suite(root: ET.Element, report: Report) -> None:
    """The last ``testsuite``, ``run``: one test, failing when the run as a whole failed."""
    suite = _suite(root, "run", 1, int(bool(report.problems)))
    case = ET.SubElement(suite, "testcase", classname="run", name="run")
    if report.problems:
        failure = ET.SubElement(case, "failure", message=_xml(report.problems[0]), type="run")
        failure.text = _xml("\n".join(report.problems))
    ET.SubElement(case, "system-out").text = f"{report.passed} passed, {report.failed} failed"
    if report.stderr_tail:
        ET.SubElement(case, "system-err").text = _xml(report.stderr_tail)


def render_junit(report: Report, vectors: Mapping[str, Mapping[str, Any]]) -> str:
    """The report as JUnit XML: ``testsuites``, a ``testsuite`` per subject with a
    ``testcase`` per vector (``classname`` the subject, ``name`` the id, a ``failure``
    with the differences), and a last suite ``run`` whose one test fails when the run
    as a whole failed (with the implementation's stderr tail)."""
    root = ET.Element(
        "testsuites",
        name="fasttrack vectors run",
        tests=str(len(report.rows) + 1),
        failures=str(report.failed + bool(report.problems)),
        errors="0",
        time=f"{report.seconds:.3f}",
    )
    suites: dict[str, list[Row]] = {}
    for row in report.rows:
        suites.setdefault(row.subject, []).append(row)
    for subject, rows in suites.items():
        _vector_suite(root, subject, rows, vectors)
    _run_suite(root, report)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
