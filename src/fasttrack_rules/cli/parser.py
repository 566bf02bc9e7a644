"""The options of every sub-command: one function builds each sub-command's parser, and
:func:`build_parser` composes them. ``--version`` is computed only when asked."""

from __future__ import annotations

import argparse
import sys

from fasttrack_rules import _args
from fasttrack_rules._version import __version__
from fasttrack_rules.cli.employer import add_employer_parser, add_rollout_parser
from fasttrack_rules.cli.evaluation import add_report_parser, add_synth_parser
from fasttrack_rules.vocab import LANGS

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - annotations only
    from _typeshed import SupportsWrite

__all__ = ["LANG_HELP", "build_parser"]

_FORMATTER = argparse.RawDescriptionHelpFormatter
#: The default of ``--max-line-bytes``: :data:`fasttrack_rules.protocol.MAX_LINE_BYTES`, written
#: here so that building the parser does not import the protocol and the rules with it (a test
#: checks that the two agree).
_MAX_LINE_BYTES = 1 << 20
_DESCRIPTION = (
    "The Danish Fast track rules for sickness-benefit cases: deadlines, tracks and breaches, as JSON."
)
_EXAMPLES = """examples:
  fasttrack assess case.json --pretty
  fasttrack explain case.json --lang en
  fasttrack calendar closed --calendar bank 2026
  fasttrack vectors run --command './my-impl'
  fasttrack report history.jsonl --from 2023-01-01 --to 2024-12-31
  fasttrack employer --first-day 2025-03-03 --as-of 2025-03-20 --lang da

run 'fasttrack COMMAND --help' for each command's options."""
_ASSESS_EXAMPLES = """examples:
  fasttrack assess case.json --pretty
  fasttrack assess cases.jsonl > results.jsonl
  fasttrack assess --jobs 0 many.jsonl > results.jsonl
  echo '{"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20"}' | fasttrack assess
"""
_EXPLAIN_EXAMPLES = """examples:
  fasttrack explain case.json
  fasttrack explain case.json --lang da --audience employer
  fasttrack explain case.json --format markdown > case.md
  fasttrack explain case.json --format mermaid > timeline.mmd
"""
_CALENDAR_EXAMPLES = """examples:
  fasttrack calendar closed --calendar bank 2026
  fasttrack calendar add --calendar bank 2025-04-16 2
  fasttrack calendar count --calendar municipal 2025-01-01 2026-01-01
  fasttrack calendar add --calendar municipal --extra-closed 2025-05-30 2025-05-28 1
"""
_VECTORS_EXAMPLES = """examples:
  fasttrack vectors run --command 'java -jar my-fasttrack.jar'
  fasttrack vectors run --command 'node fasttrack.js' --csv report.csv
  fasttrack vectors export ./fasttrack-vectors
"""
_SCHEMA_EXAMPLES = """examples:
  fasttrack schema input > case.schema.json
  fasttrack schema output
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but a failed write of help or usage is not swallowed: it ends as any
    failed write does (a full disk: exit 74)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        target = file or sys.stderr
        if message and target is not None:  # no stderr at all (2>&-): nothing to tell
            target.write(message)


if TYPE_CHECKING:  # pragma: no cover - annotations only
    _Commands = argparse._SubParsersAction[_Parser]  # where sub-commands (or actions) are added


def _version_text() -> str:
    from fasttrack_rules.calendars import danish_bank_days, municipal_working_days
    from fasttrack_rules.calendars.helligdage import HOLIDAYS_VERSION
    from fasttrack_rules.conformance import VECTOR_SET_VERSION
    from fasttrack_rules.law import RULESET_VERSION

    bank, muni = danish_bank_days(), municipal_working_days()
    return (
        f"fasttrack_rules {__version__}; rule set {RULESET_VERSION}; vectors {VECTOR_SET_VERSION}; "
        f"calendars {bank.id} {bank.content_hash}, {muni.id} {muni.content_hash}; "
        f"holidays {HOLIDAYS_VERSION}"  # the release the shipped helligdage were generated from
    )


class _Version(argparse.Action):
    """--version, computed only when asked (it builds the calendar tables)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        print(_version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``fasttrack`` and of each of its sub-commands."""
    parser = _Parser(prog="fasttrack", description=_DESCRIPTION, epilog=_EXAMPLES, formatter_class=_FORMATTER)
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        help="print the library, rule-set, vector-set and calendar versions and exit",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add_parser in (
        _assess_parser,
        _explain_parser,
        _calendar_parser,
        _vectors_parser,
        _schema_parser,
        add_synth_parser,
        add_report_parser,
        add_employer_parser,
        add_rollout_parser,
    ):
        add_parser(commands)
    return parser


def _command(commands: _Commands, name: str, summary: str, description: str, epilog: str) -> _Parser:
    """A sub-command (or a calendar or vectors action) with its help line, description and examples."""
    return commands.add_parser(
        name, help=summary, description=description, epilog=epilog, formatter_class=_FORMATTER
    )


# -- options shared by several sub-commands ---------------------------------------------------
def _input_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE|-", help="input file, or - for stdin (default)"
    )


#: What ``--lang`` means, the same on every command that writes text for people.
LANG_HELP = "language of the texts for people (reason texts, explanations): da or en (default en)"


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGS, default="en", help=LANG_HELP)


def _max_line_option(parser: argparse.ArgumentParser) -> None:
    _args.add_max_line_bytes(
        parser,
        default=_MAX_LINE_BYTES,
        read="input",
        over="is an error line LINE_TOO_LONG and the run goes on",
    )


def _day_list_option(parser: argparse.ArgumentParser, flag: str, about: str) -> None:
    parser.add_argument(flag, action="append", default=[], metavar="DATE", help=about)


# -- one function per sub-command ---------------------------------------------------------------
def _assess_parser(commands: _Commands) -> None:
    assess = _command(
        commands,
        "assess",
        "assess cases (JSON object or JSON Lines) and print one JSON result per case",
        "Read one case (a JSON object) or many (JSON Lines, one case per line) and write one JSON "
        "result per case, in input order (reading a pipe or a terminal, each flushed as its line is read). "
        "A bad line gives a JSON error object "
        '{"line", "error": {"code", "field", "message"}} and the run goes on; the exit code is 1 if '
        "any line failed.",
        _ASSESS_EXAMPLES,
    )
    _input_argument(assess)
    assess.add_argument("--pretty", action="store_true", help="indent the JSON output (one object per case)")
    assess.add_argument(
        "--compact",
        action="store_true",
        help="citations as short references, reasons without their texts (output-compact.schema.json)",
    )
    _max_line_option(assess)
    _lang_option(assess)
    assess.add_argument(
        "--jobs",
        type=_args.job_count,
        default=1,
        metavar="N",
        help="worker processes (default 1: none; 0: one per CPU); the same output, written a chunk at a time",
    )


def _explain_parser(commands: _Commands) -> None:
    explain = _command(
        commands,
        "explain",
        "explain a case for a person: deadlines, sources, next steps",
        "Explain each case in words, in Danish or English, for the caseworker, the employer or the sick "
        "person, or as a Mermaid gantt timeline that renders as a picture in GitHub and most docs tools.",
        _EXPLAIN_EXAMPLES,
    )
    _input_argument(explain)
    _lang_option(explain)
    explain.add_argument(
        "--audience",
        choices=("caseworker", "employer", "sick_person"),
        default="caseworker",
        help="who reads it: caseworker (default: what is due, missing and next), employer or sick_person",
    )
    explain.add_argument(
        "--format",
        choices=("text", "markdown", "mermaid"),
        default="text",
        help="text (default), markdown (CommonMark/GitHub, with the Mermaid timeline) or mermaid",
    )
    _max_line_option(explain)


def _calendar_parser(commands: _Commands) -> None:
    calendar = _command(
        commands,
        "calendar",
        "bank-day and municipal calendars: closed days, add, count",
        "Query the calendars. Dates are ISO (YYYY-MM-DD); coverage 2000-2100.",
        _CALENDAR_EXAMPLES,
    )
    actions = calendar.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    closed = _calendar_action(actions, "closed", "the weekday closing days of YEAR, one JSON object per line")
    closed.add_argument("year", type=_args.integer, help="a year 2000-2100")
    add = _calendar_action(actions, "add", "the N-th open day after DATE (before it for negative N)")
    add.add_argument("date", help="start date (not counted)")
    add.add_argument("n", type=_args.integer, help="number of open days, may be negative")
    count = _calendar_action(actions, "count", "the number of open days in [START, END)")
    count.add_argument("start", help="first day of the range (counted)")
    count.add_argument("end", help="day after the range (not counted)")


def _calendar_action(actions: _Commands, name: str, summary: str) -> argparse.ArgumentParser:
    """A calendar action with the options every action has: the calendar and its adjustments."""
    action = _command(actions, name, summary, summary, _CALENDAR_EXAMPLES)
    action.add_argument("--calendar", choices=("bank", "municipal"), default="bank", help="default bank")
    _day_list_option(action, "--extra-closed", "municipal only: an extra closing day (repeatable)")
    _day_list_option(action, "--open-on", "municipal only: a default closing day that is open (repeatable)")
    return action


def _vectors_parser(commands: _Commands) -> None:
    from fasttrack_rules import runner

    vectors = _command(
        commands,
        "vectors",
        "run or export the conformance vectors",
        "Conformance vectors: the test oracle for other implementations.",
        _VECTORS_EXAMPLES,
    )
    actions = vectors.add_subparsers(dest="vectors_command", required=True, metavar="ACTION")
    run = _command(
        actions,
        "run",
        "feed every vector to another implementation and report pass/fail",
        "Run CMD once, feed every vector's input to its stdin as JSON Lines (the protocol of "
        "'fasttrack assess'), read one JSON line back per vector and compare it with the expectation "
        "(see INTERPRETING.md). Exit code 1 if any vector fails.",
        _VECTORS_EXAMPLES,
    )
    runner.add_run_arguments(run)
    export = _command(
        actions,
        "export",
        "write the vectors, schemas and INTERPRETING.md to DIR",
        "Write the vector files, the JSON Schemas and INTERPRETING.md to DIR.",
        _VECTORS_EXAMPLES,
    )
    export.add_argument("dir", metavar="DIR", type=_args.text("the folder"))


def _schema_parser(commands: _Commands) -> None:
    schema = _command(
        commands,
        "schema",
        "print the JSON Schema of the case input or the result output",
        "Print a JSON Schema (draft 2020-12).",
        _SCHEMA_EXAMPLES,
    )
    schema.add_argument(
        "which",
        choices=("input", "output", "output-compact", "error", "vectors", "history"),
        help="which schema",
    )
