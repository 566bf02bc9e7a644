"""The employer's sub-commands: ``fasttrack employer`` (may I still ask for Fast track,
until when, and what happens if I do or do not) and ``fasttrack rollout`` (employers in
the order to approach them). Their parsers and what they run are here, beside each other;
the packages they use are imported only when one of them runs."""

from __future__ import annotations

import argparse
from typing import Any

from fasttrack_rules import exits
from fasttrack_rules.cli.evaluation import _date
from fasttrack_rules.exits import ExitError
from fasttrack_rules.vocab import LANGS

__all__ = ["add_employer_parser", "run_employer"]

_FORMATTER = argparse.RawDescriptionHelpFormatter
_EMPLOYER_EXAMPLES = """examples:
  fasttrack employer --first-day 2025-03-03 --as-of 2025-03-20
  fasttrack employer --first-day 2025-03-03 --as-of 2025-03-20 --lang da
  fasttrack employer --first-day 2025-03-03 --as-of 2025-03-20 --expected-recovery 2025-06-01 --format json
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
        "--first-day", type=_date, required=True, metavar="DATE", help="first day of absence"
    )
    employer.add_argument("--as-of", type=_date, required=True, metavar="DATE", help="the day to ask about")
    employer.add_argument(
        "--expected-recovery",
        type=_date,
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
