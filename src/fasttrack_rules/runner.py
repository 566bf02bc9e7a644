"""``fasttrack vectors run``: run another implementation over the conformance vectors."""

from __future__ import annotations

import argparse

__all__ = ["add_run_arguments", "run_main"]


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``vectors run`` to ``parser``."""
    parser.add_argument(
        "--command",
        dest="implementation",
        required=True,
        metavar="CMD",
        help="the implementation under test (a shell command)",
    )
    parser.add_argument("--csv", metavar="FILE", help="also write the report as CSV to FILE")
    parser.add_argument("--quiet", action="store_true", help="print only failures and the summary")


def run_main(args: argparse.Namespace) -> int:
    """Run ``vectors run`` with parsed ``args``; return the exit code."""
    from fasttrack_rules import conformance

    report = conformance.run_command(args.implementation)
    for row in report:
        if not (args.quiet and row.passed):
            print(f"{'PASS' if row.passed else 'FAIL'} {row.id}" + ("" if row.passed else f": {row.detail}"))
    failures = sum(not r.passed for r in report)
    print(f"{len(report) - failures} passed, {failures} failed")
    if args.csv:
        conformance.write_csv(report, args.csv)
    return 1 if failures else 0
