"""``fasttrack vectors run``: run another implementation over the conformance vectors.

The command line builds its parser with :func:`add_run_arguments` and runs the command
with :func:`run_main`; the engine is :func:`fasttrack_rules.conformance.run_command`.
This module imports only ``argparse`` and the standard library at the top, so that
building the parser stays fast; the rest is imported when a run starts.

The reports: ``text`` (a block per failing vector, the problems of the run, tallies of
the failures per subject and per field, the implementation's stderr when the run
failed, and the last line ``N passed, M failed``), ``tap`` (TAP version 14) and
``junit`` (JUnit XML: a ``testsuite`` per subject, a ``testcase`` per vector); all
three add a last test, ``run``, that fails when the run as a whole failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from fasttrack_rules import _args

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - annotations only; imported when a run starts
    from fasttrack_rules.conformance import Report, Row

__all__ = ["FORMATS", "add_run_arguments", "render_junit", "render_tap", "render_text", "run_main"]

#: The report formats of ``--format``.
FORMATS = ("text", "tap", "junit")
#: The subjects ``--subject`` accepts (``conformance.SUBJECTS``, kept here so that the
#: help text needs no import; a test checks the two agree).
SUBJECT_NAMES = (
    "worked_examples",
    "request_window",
    "consent",
    "questions",
    "doctor",
    "meeting",
    "calendars",
    "errors",
)
#: How many failing vectors the text report details when the output is out of step
#: with the input (a missing or extra line shifts every answer after it).
SHOWN_OUT_OF_STEP = 10
_DEFAULT_TIMEOUT = 600.0
_DEFAULT_MAX_LINE_BYTES = 1 << 20


# -- the command line ------------------------------------------------------------------------------
def _subjects(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected subject names separated by commas")
    for name in names:
        if name not in SUBJECT_NAMES:
            raise argparse.ArgumentTypeError(
                f"unknown subject {name!r}; the subjects are {', '.join(SUBJECT_NAMES)}"
            )
    return names


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``vectors run`` to ``parser``."""
    parser.add_argument(
        "--command",
        dest="implementation",
        required=True,
        type=_args.text("the command"),
        metavar="CMD",
        help="the implementation under test (a shell command)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="ID_OR_GLOB",
        help="run only the vectors whose id matches (a glob such as 'RW-*'; repeatable); each must match",
    )
    parser.add_argument(
        "--subject",
        action="append",
        type=_subjects,
        default=[],
        metavar="S1,S2",
        help=f"run only these subjects, comma-separated: {', '.join(SUBJECT_NAMES)}",
    )
    parser.add_argument(
        "--vectors",
        metavar="DIR",
        help="run the vector files in DIR (an exported kit, perhaps edited) instead of the packaged ones",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="the report on stdout: text (default), tap or junit"
    )
    parser.add_argument("--csv", metavar="FILE", help="also write the report as CSV to FILE")
    parser.add_argument(
        "--quiet", action="store_true", help="text: print only the failures and the summary, no PASS lines"
    )
    parser.add_argument(
        "--timeout",
        type=_args.seconds,
        default=_DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"kill the implementation (and its process group) after SECONDS (default {_DEFAULT_TIMEOUT:g}); "
        "the vectors it answered until then count",
    )
    parser.add_argument(
        "--max-line-bytes",
        type=_args.byte_count,
        default=_DEFAULT_MAX_LINE_BYTES,
        metavar="N",
        help=f"longest output line read, in bytes (default {_DEFAULT_MAX_LINE_BYTES:,}); a longer line fails "
        "its vector",
    )


def run_main(args: argparse.Namespace) -> int:
    """Run ``vectors run`` with parsed ``args``; write the report to stdout and return
    the exit code: 0 when every vector passed and the run had no problem, else 1.

    Raises:
        ExitError: ``--vectors DIR`` cannot be read or holds an invalid vector file
            (``NOINPUT``); an ``--only`` pattern matches no vector (``USAGE``); the
            ``--csv`` file cannot be written (``CANTCREAT``).
        OSError: writing stdout failed (the command line reports it).
    """
    from fasttrack_rules import conformance, exits
    from fasttrack_rules.exits import ExitError

    by_subject = _load(args)
    chosen = _select(by_subject, args.only)
    csv_file = None
    if args.csv:
        try:
            csv_file = open(args.csv, "w", newline="", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as e:
            raise ExitError(exits.CANTCREAT, f"cannot write {args.csv}: {e.strerror or e}") from None
    try:
        report = conformance.run_command(
            args.implementation, vectors=chosen, timeout=args.timeout, max_line_bytes=args.max_line_bytes
        )
        vectors = {v["id"]: v for vs in chosen.values() for v in vs}
        if args.format == "tap":
            text = render_tap(report, vectors)
        elif args.format == "junit":
            text = render_junit(report, vectors)
        else:
            text = render_text(report, vectors, quiet=args.quiet)
        sys.stdout.write(text)
        sys.stdout.flush()
        if csv_file is not None:
            try:
                conformance.write_csv(report.rows, csv_file)
                csv_file.close()
            except OSError as e:
                raise ExitError(exits.CANTCREAT, f"cannot write {args.csv}: {e.strerror or e}") from None
    finally:
        if csv_file is not None:  # closed already, unless something failed on the way
            with contextlib.suppress(OSError):
                csv_file.close()
    return exits.OK if report.ok else exits.FAILED


def _load(args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    """The vectors of the chosen subjects, packaged or from ``--vectors DIR``."""
    import os

    from fasttrack_rules import conformance, exits
    from fasttrack_rules.errors import FasttrackError
    from fasttrack_rules.exits import ExitError

    subjects = [s for group in args.subject for s in group] or list(conformance.SUBJECTS)
    if args.vectors is None:
        return conformance.load_subjects(None, subjects)
    where = f"cannot read the vectors in {args.vectors}"
    if not os.path.isdir(args.vectors):
        raise ExitError(exits.NOINPUT, f"{where}: no such folder")
    try:
        return conformance.load_subjects(args.vectors, subjects)
    except FasttrackError as e:
        raise ExitError(exits.NOINPUT, f"{where}: {e.field}: {e.message}") from None
    except OSError as e:
        raise ExitError(exits.NOINPUT, f"{where}: {e.filename}: {e.strerror or e}") from None


def _select(
    by_subject: Mapping[str, list[dict[str, Any]]], patterns: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """The vectors whose id matches one of ``patterns`` (all when there is none)."""
    from fnmatch import fnmatchcase

    from fasttrack_rules import exits
    from fasttrack_rules.exits import ExitError

    if not patterns:
        return dict(by_subject)
    ids = [v["id"] for vs in by_subject.values() for v in vs]
    for pattern in patterns:
        if not any(fnmatchcase(i, pattern) for i in ids):
            raise ExitError(exits.USAGE, f"--only {pattern}: matches no vector of the chosen subjects")
    chosen = {
        s: [v for v in vs if any(fnmatchcase(v["id"], p) for p in patterns)] for s, vs in by_subject.items()
    }
    return {s: vs for s, vs in chosen.items() if vs}


# -- the reports -------------------------------------------------------------------------------------
def _sent(vector: Mapping[str, Any]) -> str:
    """The line a vector sends, shortened for a report."""
    from fasttrack_rules.conformance import show

    if "input" in vector:
        return show(vector["input"], 240)
    text = vector["line_hex"]
    text = f"line_hex {text if len(text) <= 120 else text[:119] + '…'}"
    if "line_padding" in vector:
        text += f" and {vector['line_padding']:,} spaces"
    return text


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
    from fasttrack_rules.conformance import printable

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
            out.append(f"  sent: {_sent(vectors[row.id])}")
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


def _tap_description(text: str) -> str:
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
        name = _tap_description(f"{row.id} ({row.subject})")
        if row.passed:
            out.append(f"ok {k} - {name}")
            continue
        out.append(f"not ok {k} - {name}")
        out += _yaml(
            {
                "message": row.differences[0].message,
                "severity": "fail",
                "subject": row.subject,
                "sent": _sent(vectors[row.id]),
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


# Compiled on first use (re caches it), not at import.
_XML_ILLEGAL = "[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


def _xml(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (controls, lone surrogates,
    U+FFFE/U+FFFF; a carriage return too, which XML would read as a newline), each
    written as a ``\\u`` escape."""
    return re.sub(_XML_ILLEGAL, lambda m: f"\\u{ord(m.group()):04x}", text)


def render_junit(report: Report, vectors: Mapping[str, Mapping[str, Any]]) -> str:
    """The report as JUnit XML: ``testsuites``, a ``testsuite`` per subject with a
    ``testcase`` per vector (``classname`` the subject, ``name`` the id, a ``failure``
    with the differences), and a last suite ``run`` whose one test fails when the run
    as a whole failed (with the implementation's stderr tail)."""
    import xml.etree.ElementTree as ET

    failures = report.failed + bool(report.problems)
    root = ET.Element(
        "testsuites",
        name="fasttrack vectors run",
        tests=str(len(report.rows) + 1),
        failures=str(failures),
        errors="0",
        time=f"{report.seconds:.3f}",
    )
    suites: dict[str, list[Row]] = {}
    for row in report.rows:
        suites.setdefault(row.subject, []).append(row)
    for subject, rows in suites.items():
        suite = ET.SubElement(
            root,
            "testsuite",
            name=subject,
            tests=str(len(rows)),
            failures=str(sum(not r.passed for r in rows)),
            errors="0",
            skipped="0",
        )
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
                    "\n".join([*(d.message for d in row.differences), f"sent: {_sent(vectors[row.id])}"])
                )
    suite = ET.SubElement(
        root,
        "testsuite",
        name="run",
        tests="1",
        failures=str(int(bool(report.problems))),
        errors="0",
        skipped="0",
    )
    case = ET.SubElement(suite, "testcase", classname="run", name="run")
    if report.problems:
        failure = ET.SubElement(case, "failure", message=_xml(report.problems[0]), type="run")
        failure.text = _xml("\n".join(report.problems))
    ET.SubElement(case, "system-out").text = f"{report.passed} passed, {report.failed} failed"
    if report.stderr_tail:
        ET.SubElement(case, "system-err").text = _xml(report.stderr_tail)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
