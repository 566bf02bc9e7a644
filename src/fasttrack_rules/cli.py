"""The ``fasttrack`` command line (also ``python -m fasttrack_rules``).

Every subcommand speaks JSON on stdout and never shows a traceback: a bad input line
gives a JSON error object on its own output line, and the exit code says whether any
line failed (0: all good, 1: some input failed, 2: usage error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO

from fasttrack_rules import __version__
from fasttrack_rules.errors import FasttrackError

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - annotations only; the CLI imports lazily to start fast
    from fasttrack_rules.assessment import Assessment
    from fasttrack_rules.facts import Case

__all__ = ["main"]

EPILOG_ASSESS = """examples:
  fasttrack assess case.json --pretty
  fasttrack assess cases.jsonl > results.jsonl
  echo '{"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20"}' | fasttrack assess
"""
EPILOG_EXPLAIN = """examples:
  fasttrack explain case.json
  fasttrack explain case.json --lang en
  fasttrack explain case.json --format mermaid > timeline.mmd
"""
EPILOG_CALENDAR = """examples:
  fasttrack calendar closed --calendar bank 2026
  fasttrack calendar add --calendar bank 2025-04-16 2
  fasttrack calendar count --calendar municipal 2025-01-01 2026-01-01
  fasttrack calendar add --calendar municipal --extra-closed 2025-05-30 2025-05-28 1
"""
EPILOG_VECTORS = """examples:
  fasttrack vectors run --command 'java -jar my-fasttrack.jar'
  fasttrack vectors run --command 'node fasttrack.js' --csv report.csv
  fasttrack vectors export ./fasttrack-vectors
"""
EPILOG_SCHEMA = """examples:
  fasttrack schema input > case.schema.json
  fasttrack schema output
"""


def _version_text() -> str:
    from importlib.metadata import version

    from fasttrack_rules.calendars import danish_bank_days, municipal_working_days
    from fasttrack_rules.conformance import VECTOR_SET_VERSION
    from fasttrack_rules.law import RULESET_VERSION

    bank, muni = danish_bank_days(), municipal_working_days()
    return (
        f"fasttrack_rules {__version__}; rule set {RULESET_VERSION}; vectors {VECTOR_SET_VERSION}; "
        f"calendars {bank.id} {bank.content_hash}, {muni.id} {muni.content_hash}; "
        f"holidays {version('holidays')}"
    )


class _Version(argparse.Action):
    """--version, computed only when asked (it builds the calendar tables)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        print(_version_text())
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="fasttrack",
        description="The Danish Fast track rules for sickness-benefit cases: deadlines, tracks and breaches, "
        "as JSON.",
        epilog="examples:\n  fasttrack assess case.json --pretty\n  fasttrack explain case.json --lang en\n"
        "  fasttrack calendar closed --calendar bank 2026\n  fasttrack vectors run --command './my-impl'\n"
        "\nrun 'fasttrack COMMAND --help' for each command's options.",
        formatter_class=fmt,
    )
    p.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        help="print the library, rule-set, vector-set and calendar versions and exit",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser(
        "assess",
        help="assess cases (JSON object or JSON Lines) and print one JSON result per case",
        description="Read one case (a JSON object) or many (JSON Lines, one case per line) and "
        "write one JSON result per case, in input order, flushed line by line. A bad line gives a "
        'JSON error object {"line", "error": {"code", "field", "message"}} and the run goes on; '
        "the exit code is 1 if any line failed.",
        epilog=EPILOG_ASSESS,
        formatter_class=fmt,
    )
    a.add_argument(
        "file", nargs="?", default="-", metavar="FILE|-", help="input file, or - for stdin (default)"
    )
    a.add_argument("--pretty", action="store_true", help="indent the JSON output (one object per case)")
    a.add_argument(
        "--lang", choices=("da", "en"), default="en", help="language of the reason texts (default en)"
    )

    e = sub.add_parser(
        "explain",
        help="explain a case for a person: deadlines, sources, next steps",
        description="Explain each case in words (Danish by default) or as a Mermaid gantt "
        "timeline that renders as a picture in GitHub and most docs tools.",
        epilog=EPILOG_EXPLAIN,
        formatter_class=fmt,
    )
    e.add_argument(
        "file", nargs="?", default="-", metavar="FILE|-", help="input file, or - for stdin (default)"
    )
    e.add_argument("--lang", choices=("da", "en"), default="da", help="language (default da)")
    e.add_argument("--format", choices=("text", "mermaid"), default="text", help="text (default) or mermaid")

    c = sub.add_parser(
        "calendar",
        help="bank-day and municipal calendars: closed days, add, count",
        description="Query the calendars. Dates are ISO (YYYY-MM-DD); coverage 2000-2100.",
        epilog=EPILOG_CALENDAR,
        formatter_class=fmt,
    )
    csub = c.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    for name, helptext in (
        ("closed", "the weekday closing days of YEAR, one JSON object per line"),
        ("add", "the N-th open day after DATE (before it for negative N)"),
        ("count", "the number of open days in [START, END)"),
    ):
        cp = csub.add_parser(
            name, help=helptext, description=helptext, epilog=EPILOG_CALENDAR, formatter_class=fmt
        )
        cp.add_argument("--calendar", choices=("bank", "municipal"), default="bank", help="default bank")
        cp.add_argument(
            "--extra-closed",
            action="append",
            default=[],
            metavar="DATE",
            help="municipal only: an extra closing day (repeatable)",
        )
        cp.add_argument(
            "--open-on",
            action="append",
            default=[],
            metavar="DATE",
            help="municipal only: a default closing day that is open (repeatable)",
        )
        if name == "closed":
            cp.add_argument("year", type=int, help="a year 2000-2100")
        elif name == "add":
            cp.add_argument("date", help="start date (not counted)")
            cp.add_argument("n", type=int, help="number of open days, may be negative")
        else:
            cp.add_argument("start", help="first day of the range (counted)")
            cp.add_argument("end", help="day after the range (not counted)")

    v = sub.add_parser(
        "vectors",
        help="run or export the conformance vectors",
        description="Conformance vectors: the test oracle for other implementations.",
        epilog=EPILOG_VECTORS,
        formatter_class=fmt,
    )
    vsub = v.add_subparsers(dest="vectors_command", required=True, metavar="ACTION")
    vr = vsub.add_parser(
        "run",
        help="feed every vector to another implementation and report pass/fail",
        description="Run CMD once, feed every vector's input to its stdin as JSON Lines (the "
        "protocol of 'fasttrack assess'), read one JSON line back per vector and compare it with "
        "the expectation (see INTERPRETING.md). Exit code 1 if any vector fails.",
        epilog=EPILOG_VECTORS,
        formatter_class=fmt,
    )
    from fasttrack_rules import runner

    runner.add_run_arguments(vr)
    ve = vsub.add_parser(
        "export",
        help="write the vectors, schemas and INTERPRETING.md to DIR",
        description="Write the vector files, the JSON Schemas and INTERPRETING.md to DIR.",
        epilog=EPILOG_VECTORS,
        formatter_class=fmt,
    )
    ve.add_argument("dir", metavar="DIR")

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the case input or the result output",
        description="Print a JSON Schema (draft 2020-12).",
        epilog=EPILOG_SCHEMA,
        formatter_class=fmt,
    )
    s.add_argument("which", choices=("input", "output", "error", "vectors"), help="which schema")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "assess":
            return _assess(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "calendar":
            return _calendar(args)
        if args.command == "vectors":
            return _vectors(args)
        return _schema(args)
    except BrokenPipeError:  # pragma: no cover - a reader that went away (e.g. | head)
        return 1


# -- reading cases ------------------------------------------------------------------------
class _BadLine(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code, self.message = code, message


def _open(path: str) -> IO[bytes]:
    return sys.stdin.buffer if path == "-" else open(path, "rb")


def _cases(stream: IO[bytes]) -> Iterator[tuple[int, object]]:
    """Yield (line number, parsed JSON or _BadLine) for each case.

    JSON Lines are streamed one line at a time (only \\n ends a line). If the first
    non-blank line is not a complete JSON value but opens an object or array, the whole
    input is read as one (pretty-printed) JSON document; if that fails too, each line
    is reported on its own.
    """
    number = 1
    first = stream.readline()
    while first and not first.strip():
        yield number, _BadLine("EMPTY_LINE", "an empty line is not a case")
        number += 1
        first = stream.readline()
    if not first:
        return
    parsed = _parse(first)
    if isinstance(parsed, _BadLine) and first.lstrip()[:1] in (b"{", b"["):
        rest = stream.read()
        whole = _parse(first + rest)
        if not isinstance(whole, _BadLine):
            yield number, whole
            return
        from fasttrack_rules.protocol import json_lines

        yield from ((k, _parse(line)) for k, line in enumerate(json_lines(first + rest), number))
        return
    yield number, parsed
    yield from ((k, _parse(line)) for k, line in enumerate(stream, number + 1))


def _no_constant(name: str) -> object:
    """NaN, Infinity and -Infinity are not JSON (RFC 8259), whatever Python accepts."""
    raise ValueError(f"{name} is not JSON")


def _parse(raw: bytes) -> object:
    if not raw.strip():
        return _BadLine("EMPTY_LINE", "an empty line is not a case")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return _BadLine("INVALID_ENCODING", f"not UTF-8 (byte {e.start})")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as e:  # JSONDecodeError, huge numbers, deep nesting
        return _BadLine(
            "INVALID_JSON", str(e)[:200] if not isinstance(e, RecursionError) else "nested too deeply"
        )


def _error_line(number: int, code: str, field: str | None, message: str) -> dict[str, object]:
    return {"line": number, "error": {"code": code, "field": field, "message": message}}


def _results(
    args: argparse.Namespace,
) -> Iterator[tuple[int, dict[str, object], tuple[Assessment, Case] | None]]:
    """(line, JSON output, (assessment, case) or None on error) for every input case."""
    from fasttrack_rules.assessment import assess
    from fasttrack_rules.protocol import case_from_json

    with _open(args.file) as stream:
        for number, obj in _cases(stream):
            if isinstance(obj, _BadLine):
                yield number, _error_line(number, obj.code, None, obj.message), None
                continue
            try:
                case, as_of = case_from_json(obj)
                result = assess(case, as_of=as_of)
                yield number, result.to_json(lang=args.lang), (result, case)
            except FasttrackError as e:
                yield number, _error_line(number, e.code, e.field, e.message), None
            except Exception as e:  # pragma: no cover - a bug; the run must go on
                yield number, _error_line(number, "INTERNAL_ERROR", None, f"{type(e).__name__}: {e}"), None


def _write(out: IO[str], obj: object, pretty: bool) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None) + "\n")
    out.flush()


def _assess(args: argparse.Namespace) -> int:
    failed = False
    for _, output, ok in _results(args):
        failed |= ok is None
        _write(sys.stdout, output, args.pretty)
    return 1 if failed else 0


def _explain(args: argparse.Namespace) -> int:
    from fasttrack_rules.explain import explain_mermaid, explain_text

    failed = False
    for _, output, ok in _results(args):
        if ok is None:
            failed = True
            _write(sys.stdout, output, False)
            continue
        result, case = ok
        text = (
            explain_mermaid(result, case, lang=args.lang)
            if args.format == "mermaid"
            else explain_text(result, lang=args.lang)
        )
        sys.stdout.write(text)
        sys.stdout.flush()
    return 1 if failed else 0


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# -- calendar ---------------------------------------------------------------------------------
def _calendar(args: argparse.Namespace) -> int:
    from fasttrack_rules.calendars import danish_bank_days, municipal_working_days
    from fasttrack_rules.protocol import parse_date

    try:
        if args.calendar == "bank":
            if args.extra_closed or args.open_on:
                raise FasttrackError(
                    "--extra-closed",
                    args.extra_closed or args.open_on,
                    "adjustments apply to the municipal calendar only",
                )
            cal = danish_bank_days()
        else:
            cal = municipal_working_days(
                extra_closed=[parse_date(d, "--extra-closed") for d in args.extra_closed],
                open_on=[parse_date(d, "--open-on") for d in args.open_on],
            )
        if args.calendar_command == "closed":
            for day in cal.closed_days(args.year):
                _write(
                    sys.stdout,
                    {
                        "date": day.date.isoformat(),
                        "weekday": _WEEKDAYS[day.date.weekday()],
                        "name": day.name,
                        "citations": [str(c) for c in day.citations],
                    },
                    False,
                )
        elif args.calendar_command == "add":
            print(cal.add(parse_date(args.date, "date"), args.n).isoformat())
        else:
            print(cal.count(parse_date(args.start, "start"), parse_date(args.end, "end")))
    except FasttrackError as e:
        _write(sys.stdout, {"error": {"code": e.code, "field": e.field, "message": e.message}}, False)
        return 1
    return 0


# -- vectors and schemas ---------------------------------------------------------------------
def _vectors(args: argparse.Namespace) -> int:
    from fasttrack_rules import conformance

    if args.vectors_command == "export":
        for path in conformance.export(args.dir):
            print(path)
        return 0
    from fasttrack_rules import runner

    return runner.run_main(args)


def _schema(args: argparse.Namespace) -> int:
    from fasttrack_rules import conformance

    _write(sys.stdout, conformance.schema(args.which), True)
    return 0
