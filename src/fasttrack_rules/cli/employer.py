"""The employer's sub-commands: ``fasttrack employer`` (may I still ask for Fast track,
until when, and what happens if I do or do not) and ``fasttrack rollout`` (employers in
the order to approach them). Their parsers and what they run are here, beside each other;
the packages they use are imported only when one of them runs."""

from __future__ import annotations

import argparse
from typing import Any

from fasttrack_rules import _args, exits
from fasttrack_rules.exits import ExitError
from fasttrack_rules.vocab import LANGS

__all__ = ["add_employer_parser", "add_rollout_parser", "run_employer", "run_rollout"]

_FORMATTER = argparse.RawDescriptionHelpFormatter
_EMPLOYER_EXAMPLES = """examples:
  fasttrack employer --first-day 2025-03-03 --as-of 2025-03-20
  fasttrack employer --first-day 2025-03-03 --as-of 2025-03-20 --lang da
  fasttrack employer --first-day 2025-03-03 --as-of 2025-03-20 --expected-recovery 2025-06-01 --format json
"""
_ROLLOUT_EXAMPLES = """examples:
  fasttrack rollout employers.csv
  fasttrack rollout employers.csv history.jsonl --format json
"""


def add_employer_parser(commands: argparse._SubParsersAction[Any]) -> None:
    """``fasttrack employer``: its options."""
    from fasttrack_rules.cli.parser import LANG_HELP

    employer = commands.add_parser(
        "employer",
        help="for an employer: may I still ask for Fast track, until when, and what happens if I do or not",
        description="For an employee whose sickness absence began on --first-day: may the employer still "
        "ask for early follow-up (Fast track) on --as-of, until which day, how many of the municipality's "
        "working days are left; what happens if they ask that day (the consent form, the doctor, the first "
        "meeting, the three questions) and what happens if they do not. Every date is the rules' own.",
        epilog=_EMPLOYER_EXAMPLES,
        formatter_class=_FORMATTER,
    )
    employer.add_argument(
        "--first-day", type=_args.iso_date, required=True, metavar="DATE", help="first day of absence"
    )
    employer.add_argument(
        "--as-of", type=_args.iso_date, required=True, metavar="DATE", help="the day to ask about"
    )
    employer.add_argument(
        "--expected-recovery",
        type=_args.iso_date,
        metavar="DATE",
        help="the expected first day fit for work, if known",
    )
    employer.add_argument("--lang", choices=LANGS, default="en", help=LANG_HELP)
    employer.add_argument("--format", choices=("text", "json"), default="text", help="default text")


def run_employer(args: argparse.Namespace) -> int:
    """``fasttrack employer``: the aid as text or as one JSON line.

    Returns:
        0.

    Raises:
        ExitError: the days do not make a case (2), naming the option.
    """
    import sys

    from fasttrack_rules.cli.writing import write_json
    from fasttrack_rules.errors import FasttrackError
    from fasttrack_rules.explain import employer_aid, employer_json, employer_text

    options = {"first_day_of_absence": "--first-day", "expected_recovery": "--expected-recovery"}
    try:
        aid = employer_aid(args.first_day, args.as_of, expected_recovery=args.expected_recovery)
    except FasttrackError as e:
        raise ExitError(exits.USAGE, f"{options.get(e.field or '', '--as-of')}: {e.message}") from None
    if args.format == "json":
        write_json(employer_json(aid))
    else:
        sys.stdout.write(employer_text(aid, args.lang))
    return 0


def add_rollout_parser(commands: argparse._SubParsersAction[Any]) -> None:
    """``fasttrack rollout``: its options."""
    rollout = commands.add_parser(
        "rollout",
        help="employers in the order to approach them, with their uptake of Fast track",
        description="Rank the employers of EMPLOYERS (CSV: id, employees, employees_in_municipality, "
        "optionally name) by their employees living in the municipality, then by all their employees, then "
        "by id; with a case history, add each employer's cases, requests for early follow-up and the share "
        "made in time, a figure resting on fewer than --min-cell persons left empty. A bad CSV row stops "
        "the command (exit 1), naming its row, column and value; a bad history line is one line on stderr "
        "and is left out (exit 1).",
        epilog=_ROLLOUT_EXAMPLES,
        formatter_class=_FORMATTER,
    )
    rollout.add_argument("employers", metavar="EMPLOYERS.csv", help="the employers (CSV)")
    rollout.add_argument("history", nargs="?", metavar="HISTORY.jsonl", help="a case history (optional)")
    rollout.add_argument("--format", choices=("csv", "json"), default="csv", help="default csv")
    rollout.add_argument(
        "--min-cell", type=_args.min_cell, default=5, metavar="N", help="smallest cell shown (5 or more)"
    )
    _args.add_max_line_bytes(rollout, default=1 << 20, read="input", over="is an error of its line")


def run_rollout(args: argparse.Namespace) -> int:
    """``fasttrack rollout``: the employers in rollout order, as CSV or one JSON line.

    Returns:
        1 if some history line was an error, else 0.

    Raises:
        ExitError: a bad CSV row (1), a file that cannot be read (66, 74).
    """
    import io
    import sys

    from fasttrack_rules.cli.reading import _open, _reading
    from fasttrack_rules.cli.writing import say, write_json
    from fasttrack_rules.errors import FasttrackError
    from fasttrack_rules.evaluation import read_employers, read_histories, rollout, rollout_csv, rollout_json
    from fasttrack_rules.protocol import error_text

    failed = False

    def rejected(number: int, error: FasttrackError) -> None:
        nonlocal failed
        failed = True
        say(error_text(number, error, None))

    with _open(args.employers) as raw:
        try:
            employers = read_employers(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
        except FasttrackError as e:
            raise ExitError(exits.FAILED, f"{args.employers}: {e}") from None
        except UnicodeDecodeError as e:
            raise ExitError(exits.FAILED, f"{args.employers}: not UTF-8: {e}") from None
    if args.history is None:
        rows = rollout(employers, min_cell=args.min_cell)
    else:
        with _open(args.history) as stream:
            histories = _reading(read_histories(stream, args.max_line_bytes))
            rows = rollout(employers, histories, min_cell=args.min_cell, on_error=rejected)
    if args.format == "json":
        write_json(rollout_json(rows))
    else:
        sys.stdout.write(rollout_csv(rows))
    return 1 if failed else 0
