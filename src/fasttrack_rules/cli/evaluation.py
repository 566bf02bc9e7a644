"""The evaluation's sub-commands: ``fasttrack synth`` (a synthetic cohort of case
histories, as JSON Lines) and ``fasttrack report`` (the evaluation report of a history).
Their parsers and what they run are here, beside each other; the package
:mod:`fasttrack_rules.evaluation` is imported only when one of them runs."""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import re
from collections.abc import Callable
from typing import Any

from fasttrack_rules import _args, exits
from fasttrack_rules.exits import ExitError

__all__ = ["add_report_parser", "add_synth_parser", "run_report", "run_synth"]

_FORMATTER = argparse.RawDescriptionHelpFormatter
_SYNTH_EXAMPLES = """examples:
  fasttrack synth --cases 2000 --seed 1 > cohort.jsonl
  fasttrack synth --cases 500 --seed 7 --start 2024-01-01 --months 12 --effect-weeks 4
"""
_REPORT_EXAMPLES = """examples:
  fasttrack report history.jsonl --from 2023-01-01 --to 2024-12-31
  fasttrack report history.jsonl --from 2023-01-01 --to 2024-12-31 --by quarter --format csv
  fasttrack report history.jsonl --from 2023-01-01 --to 2024-12-31 --format json --out report/
  fasttrack report history.jsonl --from 2023-01-01 --to 2024-12-31 --format html --out report/
"""
_WEEKS = re.compile(r"([0-9]{1,2})-([0-9]{1,2})", re.ASCII)


def _target(text: str) -> tuple[int, int]:
    """LOW-HIGH weeks, 0 <= LOW <= HIGH <= 52."""
    match = _WEEKS.fullmatch(text)
    if match is None or not 0 <= int(match[1]) <= int(match[2]) <= 52:
        raise argparse.ArgumentTypeError(f"not LOW-HIGH weeks with 0 <= LOW <= HIGH <= 52: {text!r}")
    return int(match[1]), int(match[2])


def _bounded(low: int, high: int) -> Callable[[str], int]:
    def read(text: str) -> int:
        value = _args.integer(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high:,}: {text}")
        return value

    return read


def add_synth_parser(commands: argparse._SubParsersAction[Any]) -> None:
    """``fasttrack synth``: its options."""
    synth = commands.add_parser(
        "synth",
        help="write a synthetic cohort of case histories (JSON Lines), seeded and reproducible",
        description="Write N made-up case histories (JSON Lines, the format of 'fasttrack schema history'), "
        "each marked synthetic: no line describes a real person. The same options give the same lines. "
        "Fast track cases are made shorter by --effect-weeks weeks, a known effect for 'fasttrack report'.",
        epilog=_SYNTH_EXAMPLES,
        formatter_class=_FORMATTER,
    )
    synth.add_argument("--cases", type=_bounded(0, 10_000_000), required=True, metavar="N", help="how many")
    synth.add_argument("--seed", type=_args.integer, default=0, metavar="S", help="the seed (default 0)")
    synth.add_argument(
        "--start",
        type=_args.iso_date,
        default=_dt.date(2023, 1, 1),
        metavar="DATE",
        help="default 2023-01-01",
    )
    synth.add_argument(
        "--months",
        type=_bounded(1, 120),
        default=24,
        metavar="M",
        help="first days over M months (default 24)",
    )
    synth.add_argument(
        "--effect-weeks",
        type=_bounded(0, 12),
        default=7,
        metavar="W",
        help="Fast track cases end W weeks sooner (default 7)",
    )


def add_report_parser(commands: argparse._SubParsersAction[Any]) -> None:
    """``fasttrack report``: its options."""
    report = commands.add_parser(
        "report",
        help="the evaluation report of a case history: uptake, compliance, effect, employers",
        description="Read a case history (JSON Lines, 'fasttrack schema history'), assess every case whose "
        "first day of absence falls in the period as of its own last day, and write the report. A figure "
        "resting on fewer than --min-cell persons is suppressed in every format. A bad line is one line "
        "on stderr and is left out; the exit code is then 1.",
        epilog=_REPORT_EXAMPLES,
        formatter_class=_FORMATTER,
    )
    report.add_argument(
        "file", nargs="?", default="-", metavar="HISTORY|-", help="the history, or - for stdin"
    )
    report.add_argument(
        "--from",
        dest="start",
        type=_args.iso_date,
        required=True,
        metavar="DATE",
        help="first day of the period",
    )
    report.add_argument(
        "--to", dest="end", type=_args.iso_date, required=True, metavar="DATE", help="last day of the period"
    )
    report.add_argument(
        "--by", choices=("month", "quarter", "employer"), help="rows by group (default: the period only)"
    )
    report.add_argument("--format", choices=("md", "html", "csv", "json"), default="md", help="default md")
    report.add_argument(
        "--out",
        metavar="DIR",
        type=_args.text("the folder"),
        help="write DIR/report.FORMAT (and, for md and html, the plots as DIR/NAME.svg)",
    )
    report.add_argument(
        "--target-weeks", type=_target, default=(6, 8), metavar="LOW-HIGH", help="default 6-8"
    )
    report.add_argument(
        "--min-cell", type=_args.min_cell, default=5, metavar="N", help="smallest cell shown (5 or more)"
    )
    report.add_argument(
        "--seed", type=_args.integer, default=0, metavar="S", help="the bootstrap's seed (default 0)"
    )
    _args.add_max_line_bytes(report, default=1 << 20, read="input", over="is an error of its line")


def run_synth(args: argparse.Namespace) -> int:
    """``fasttrack synth``: the histories, one JSON line each, written as they are drawn.

    Returns:
        0.

    Raises:
        ExitError: the cohort would reach past the calendars (2).
    """
    import sys

    from fasttrack_rules.errors import FasttrackError
    from fasttrack_rules.evaluation import synthetic_histories
    from fasttrack_rules.protocol.lines import json_text

    try:
        drawn = synthetic_histories(
            args.cases, seed=args.seed, start=args.start, months=args.months, effect_weeks=args.effect_weeks
        )
    except FasttrackError as e:
        raise ExitError(exits.USAGE, f"--{e.field}: {e.message}") from None
    for history in drawn:
        sys.stdout.write(json_text(history) + "\n")
    return 0


def run_report(args: argparse.Namespace) -> int:
    """``fasttrack report``: the report to stdout, or to ``DIR/report.FORMAT`` (then its path).

    Returns:
        1 if some line was an error, else 0.

    Raises:
        ExitError: ``--to`` before ``--from`` (2), the history cannot be read (66, 74) or
            the report not written (73).
    """
    from fasttrack_rules.cli.reading import _open, _reading
    from fasttrack_rules.cli.writing import say
    from fasttrack_rules.errors import FasttrackError
    from fasttrack_rules.evaluation import ReportOptions, build_report, read_histories, render
    from fasttrack_rules.evaluation.plots import draw
    from fasttrack_rules.protocol import error_text

    failed = False

    def rejected(number: int, error: FasttrackError) -> None:
        nonlocal failed
        failed = True
        say(error_text(number, error, None))

    try:
        options = ReportOptions(
            start=args.start,
            end=args.end,
            by=args.by,
            target_weeks=args.target_weeks,
            min_cell=args.min_cell,
            seed=args.seed,
            plots=args.format in ("md", "html"),
        )
    except FasttrackError as e:
        raise ExitError(exits.USAGE, f"--{e.field}: {e.message}") from None
    with _open(args.file) as stream:
        report = build_report(_reading(read_histories(stream, args.max_line_bytes)), options, rejected)
    drawn = draw(report.plots) if report.plots else None
    text = render(report, args.format, drawn, linked=args.out is not None)
    _write(
        {f"{name}.svg": svg for name, svg in (drawn or {}).items()} | {f"report.{args.format}": text}, args
    )
    return 1 if failed else 0


def _write(files: dict[str, str], args: argparse.Namespace) -> None:
    """The report (the last of ``files``) to stdout, or every file into ``--out`` (then
    the report's path)."""
    import sys

    if args.out is None:
        sys.stdout.write(list(files.values())[-1])
        return
    for name, text in files.items():
        path = os.path.join(args.out, name)
        try:
            os.makedirs(args.out, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise ExitError(exits.CANTCREAT, f"cannot write {path}: {e.strerror or e}") from None
    print(path)
