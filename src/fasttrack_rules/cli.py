"""The ``fasttrack`` command line (also ``python -m fasttrack_rules``).

Every subcommand writes UTF-8 and never shows a traceback: a bad input line gives a
JSON error object on its own output line (``explain``: a line on stderr), and the exit
code says what happened (:mod:`fasttrack_rules.exits`: 0 all good, 1 some input failed,
2 usage error, 66 no input, 73 cannot create a file, 74 I/O error, 130 Ctrl-C, 141 the
reader of stdout went away).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import signal
import stat
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import IO

from fasttrack_rules import _args, exits
from fasttrack_rules._version import __version__
from fasttrack_rules.errors import FasttrackError, InvalidValueError
from fasttrack_rules.exits import ExitError

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - annotations only; the CLI imports lazily to start fast
    from _typeshed import SupportsWrite

    from fasttrack_rules.facts import Case
    from fasttrack_rules.results import Assessment

__all__ = ["main"]

EPILOG_ASSESS = """examples:
  fasttrack assess case.json --pretty
  fasttrack assess cases.jsonl > results.jsonl
  echo '{"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20"}' | fasttrack assess
"""
EPILOG_EXPLAIN = """examples:
  fasttrack explain case.json
  fasttrack explain case.json --lang en
  fasttrack explain case.json --format markdown > case.md
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


def _max_line_option(parser: argparse.ArgumentParser) -> None:
    from fasttrack_rules.protocol import MAX_LINE_BYTES

    parser.add_argument(
        "--max-line-bytes",
        type=_args.byte_count,
        default=MAX_LINE_BYTES,
        metavar="N",
        help=f"longest input line read, in bytes (default {MAX_LINE_BYTES:,}); a longer line is an "
        "error line LINE_TOO_LONG and the run goes on",
    )


class _Parser(argparse.ArgumentParser):
    """argparse, but a failed write of help or usage is not swallowed: it ends as any
    failed write does (a full disk: exit 74)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        target = file or sys.stderr
        if message and target is not None:  # no stderr at all (2>&-): nothing to tell
            target.write(message)


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    p = _Parser(
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
    _max_line_option(a)
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
    e.add_argument(
        "--format",
        choices=("text", "markdown", "mermaid"),
        default="text",
        help="text (default), markdown (CommonMark/GitHub, with the Mermaid timeline) or mermaid",
    )
    _max_line_option(e)

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
            cp.add_argument("year", type=_args.integer, help="a year 2000-2100")
        elif name == "add":
            cp.add_argument("date", help="start date (not counted)")
            cp.add_argument("n", type=_args.integer, help="number of open days, may be negative")
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
    ve.add_argument("dir", metavar="DIR", type=_args.text("the folder"))

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the case input or the result output",
        description="Print a JSON Schema (draft 2020-12).",
        epilog=EPILOG_SCHEMA,
        formatter_class=fmt,
    )
    s.add_argument("which", choices=("input", "output", "error", "vectors"), help="which schema")
    return p


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: stop as Ctrl-C does (the vectors runner kills the
    implementation it started)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _: object) -> None:
    raise _Stopped(signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (see :mod:`fasttrack_rules.exits`)."""
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    previous = {}
    if threading.current_thread() is threading.main_thread():
        previous = {signum: signal.signal(signum, _stop) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        return _main(argv)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _main(argv: Sequence[str] | None) -> int:
    try:
        try:
            args = _parser().parse_args(argv)
        except SystemExit:  # --help, --version or a usage error: argparse has written
            if sys.stdout is not None:
                sys.stdout.flush()
            raise
        if sys.stdout is None:
            raise ExitError(exits.IOERR, "stdout is closed")
        status = _COMMANDS[args.command](args)
        sys.stdout.flush()
        return status
    except ExitError as e:
        _say(e.message)
        return e.status
    except KeyboardInterrupt:
        _say("interrupted")
        return exits.INTERRUPTED
    except _Stopped as e:
        _say(f"stopped by {signal.Signals(e.signum).name}")
        return 128 + e.signum
    except BrokenPipeError:
        _silence_stdout()
        _say("stdout was closed by its reader; stopped")
        return exits.CLOSED_OUTPUT
    except OSError as e:  # writing stdout: a full disk, an I/O error
        _silence_stdout()
        _say(f"cannot write the output: {e.strerror or e}")
        return exits.IOERR
    except Exception as e:  # pragma: no cover - a bug; one line, never a traceback
        _say(f"internal error, please report it: {type(e).__name__}: {e}")
        return exits.SOFTWARE


def _utf8(stream: IO[str] | None) -> None:
    """Write UTF-8 whatever the locale; escape what cannot be encoded (a lone surrogate
    becomes ``\\udXXX``, which is also its JSON escape) instead of failing."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, OSError):  # a stream that cannot change stays as it is
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def _say(message: str) -> None:
    """One line on stderr, if there is a stderr."""
    from fasttrack_rules._safe import safe_text

    if sys.stderr is not None:
        try:
            sys.stderr.write(f"fasttrack: {safe_text(message)}\n")
            sys.stderr.flush()
        except OSError:  # pragma: no cover - stderr gone too: nothing left to tell
            pass


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's own flush at exit cannot
    fail a second time and print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # pragma: no cover - not a real file (tests)
        pass


# -- reading cases ------------------------------------------------------------------------
def _open(path: str) -> IO[bytes]:
    if path == "-":
        if sys.stdin is None:
            raise ExitError(exits.NOINPUT, "stdin is closed")
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as e:
        raise ExitError(exits.NOINPUT, f"cannot read {path}: {e.strerror or e}") from None


def _small_file(stream: IO[bytes], limit: int) -> bool:
    """Whether ``stream`` is a regular file no larger than ``limit`` (then a single
    pretty-printed case may be read whole)."""
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size <= limit


def _cases(stream: IO[bytes], limit: int) -> Iterator[tuple[int, object]]:
    """Yield (line number, parsed JSON or the FasttrackError of the line) per case.

    JSON Lines, answered line by line as they are read (only ``\\n`` ends a line;
    a line over ``limit`` bytes is an error, read past without holding it). One
    exception: a regular file of at most ``limit`` bytes whose first non-blank line
    opens an object or array but does not close it is read whole, as one
    pretty-printed case, if it is one.
    """
    from fasttrack_rules.protocol import read_lines

    whole = _small_file(stream, limit)
    lines = read_lines(stream, limit)
    for number, line in enumerate(lines, 1):
        if isinstance(line, FasttrackError):
            yield number, line
            continue
        parsed = _parse(line)
        if whole and line.strip():
            whole = False  # only the first non-blank line may open a pretty-printed case
            if (
                isinstance(parsed, FasttrackError)
                and parsed.code == "INVALID_JSON"
                and line.lstrip()[:1] in b"{["
            ):
                rest = [r for r in lines if not isinstance(r, FasttrackError)]
                document = _parse(b"\n".join([line, *rest]))
                if not (isinstance(document, FasttrackError) and document.code == "INVALID_JSON"):
                    yield number, document
                    return
                for k, again in enumerate([line, *rest], number):
                    yield k, _parse(again)
                return
        yield number, parsed


def _parse(line: bytes) -> object:
    from fasttrack_rules.protocol import parse_line

    try:
        return parse_line(line)
    except FasttrackError as e:
        return e


def _error_line(number: int, error: FasttrackError, case: object = None) -> dict[str, object]:
    """The error object of input line ``number``, with the case's ``id`` when it has one."""
    line: dict[str, object] = {"line": number}
    case_id = case.get("id") if type(case) is dict else None
    if type(case_id) is str:
        line["id"] = case_id
    line["error"] = {"code": error.code, "field": error.field, "message": error.message}
    return line


def _results(
    args: argparse.Namespace,
) -> Iterator[tuple[int, dict[str, object], tuple[Assessment, Case] | None]]:
    """(line, JSON output, (assessment, case) or None on error) for every input case."""
    from fasttrack_rules.protocol import case_from_json
    from fasttrack_rules.rules import assess

    with _open(args.file) as stream:
        for number, obj in _reading(_cases(stream, args.max_line_bytes)):
            if isinstance(obj, FasttrackError):
                yield number, _error_line(number, obj), None
                continue
            try:
                case, as_of = case_from_json(obj)
                result = assess(case, as_of=as_of)
                yield number, result.to_json(lang=args.lang), (result, case)
            except FasttrackError as e:
                yield number, _error_line(number, e, obj), None
            except Exception as e:  # pragma: no cover - a bug; the run must go on
                yield (
                    number,
                    _error_line(number, _InternalError(None, None, f"{type(e).__name__}: {e}"), obj),
                    None,
                )


class _InternalError(FasttrackError):
    """A bug met while assessing one line: reported on that line, and the run goes on."""

    code = "INTERNAL_ERROR"


def _reading(cases: Iterator[tuple[int, object]]) -> Iterator[tuple[int, object]]:
    """``cases``, with a failed read (an I/O error, a folder given as the input) made
    an exit with a one-line message."""
    while True:
        try:
            item = next(cases)
        except StopIteration:
            return
        except OSError as e:
            raise ExitError(exits.IOERR, f"cannot read the input: {e.strerror or e}") from None
        yield item


# Characters JSON may hold raw but a terminal or an editor would act on: DEL and the C1
# controls (U+009B starts a terminal control sequence), the line and paragraph separators
# and the bidirectional overrides and isolates. They are written as \\u escapes: the
# same JSON value, safe to print.
_ACTIVE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _write(out: IO[str], obj: object, pretty: bool) -> None:
    text = json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)
    if not text.isascii() and _ACTIVE.search(text):
        text = _ACTIVE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    out.write(text + "\n")
    out.flush()


def _assess(args: argparse.Namespace) -> int:
    failed = False
    for _, output, ok in _results(args):
        failed |= ok is None
        _write(sys.stdout, output, args.pretty)
    return 1 if failed else 0


def _explain(args: argparse.Namespace) -> int:
    from fasttrack_rules.explain import explain_markdown, explain_mermaid, explain_text

    failed = False
    for number, output, ok in _results(args):
        if ok is None:  # the reader of a text gets the error as text, on stderr
            failed = True
            error: dict[str, object] = output["error"]  # type: ignore[assignment]
            named = f" (id {json.dumps(output['id'], ensure_ascii=False)})" if "id" in output else ""
            field = f" {error['field']}" if error["field"] is not None else ""
            _say(f"line {number}{named}: {error['code']}{field}: {error['message']}")
            continue
        result, case = ok
        if args.format == "mermaid":
            text = explain_mermaid(result, case, lang=args.lang)
        elif args.format == "markdown":
            text = explain_markdown(result, case, lang=args.lang)
        else:
            text = explain_text(result, lang=args.lang)
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
                option = "--extra-closed" if args.extra_closed else "--open-on"
                raise InvalidValueError(
                    option,
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
        try:
            written = conformance.export(args.dir)
        except OSError as e:
            raise ExitError(
                exits.CANTCREAT, f"cannot write the kit to {args.dir}: {e.strerror or e}"
            ) from None
        for path in written:
            print(path)
        return 0
    from fasttrack_rules import runner

    return runner.run_main(args)


def _schema(args: argparse.Namespace) -> int:
    from fasttrack_rules import conformance

    _write(sys.stdout, conformance.schema(args.which), True)
    return 0


_COMMANDS = {
    "assess": _assess,
    "explain": _explain,
    "calendar": _calendar,
    "vectors": _vectors,
    "schema": _schema,
}
