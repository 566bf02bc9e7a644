"""The benchmark, in one command: every figure as a ratio to its baseline measured in the
same run, and the absolute numbers of this machine, as a Markdown table.

    python -m pip install -e ".[bench]" && python -m benchmarks           # about 5-10 minutes
    python -m benchmarks --quick                                        # smaller, for a try-out
    python -m benchmarks --write      # also replace the table in docs/performance.md
    python -m benchmarks --rows 1,2   # only some rows (not with --write)

The rows and how each is measured: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.busdays import calendar_rows
from benchmarks.evaluation import report_rows
from benchmarks.inprocess import floor_row, json_rows
from benchmarks.memory import calendar_memory_row, memory_rows
from benchmarks.processes import batch_rows, bytecode, cli_options, cold_rows
from benchmarks.report import PAGE, Row, machine, markdown, replace_generated


@dataclass(frozen=True)
class Sizes:
    """How much each row measures."""

    rounds: int = 9  # in-process rows: interleaved rounds
    process_rounds: int = 3  # batches through the command line
    cold_rounds: int = 15  # fresh processes
    batch: int = 100_000  # lines of the batch of rows 3 and 4
    check: int = 10_000  # lines whose output --jobs 1 and --jobs 2 must write alike
    small: int = 10_000  # row 7's small batch
    large: int = 1_000_000  # row 7's large batch
    calendars: int = 500  # row 8's distinct calendars
    report_small: int = 10_000  # row 9's small history
    report_large: int = 1_000_000  # row 9's large history


#: The rows that only a command with the option has.
OPTIONAL_ROWS = {"--compact": "row 3b", "--jobs": "rows 4 and 7b"}
QUICK = Sizes(
    rounds=3,
    process_rounds=1,
    cold_rounds=5,
    batch=5_000,
    check=1_000,
    small=1_000,
    large=20_000,
    report_small=1_000,
    report_large=20_000,
)


def groups(sizes: Sizes, folder: Path) -> dict[str, Callable[[], list[Row]]]:
    """Each group of rows by the numbers of the rows it gives."""
    return {
        "1": lambda: [floor_row(sizes.rounds)],
        "2": lambda: json_rows(sizes.rounds),
        "3,4": lambda: batch_rows(folder, sizes.batch, sizes.check, sizes.process_rounds),
        "5": lambda: cold_rows(folder, sizes.cold_rounds),
        "6": lambda: calendar_rows(sizes.rounds),
        "7": lambda: memory_rows(sizes.small, sizes.large),
        "8": lambda: [calendar_memory_row(sizes.calendars)],
        "9": lambda: report_rows(folder, sizes.report_small, sizes.report_large),
    }


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and few rounds, for a try-out")
    parser.add_argument("--write", action="store_true", help="replace the table in docs/performance.md")
    parser.add_argument("--rows", default="", help="only these rows, e.g. 1,2,6 (not with --write)")
    args = parser.parse_args(argv)
    if args.write and args.rows:
        parser.error("--write writes the whole table: leave out --rows")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    sizes = QUICK if args.quick else Sizes()
    wanted = {row for row in args.rows.split(",") if row}
    notes = [bytecode()]
    options = cli_options()
    absent = [f"`{option}` ({rows})" for option, rows in OPTIONAL_ROWS.items() if option not in options]
    if absent:
        notes.append("`fasttrack assess` has no " + " and no ".join(absent))
    if "PYTHONUNBUFFERED" in os.environ:
        notes.append("PYTHONUNBUFFERED left out of the measured processes' environment")
    start, rows = time.perf_counter(), []
    with tempfile.TemporaryDirectory(prefix="fasttrack-bench-") as folder:
        for keys, run in groups(sizes, Path(folder)).items():
            if not wanted or wanted & set(keys.split(",")):
                print(f"rows {keys} ...", file=sys.stderr, flush=True)
                rows.extend(run())
    minutes = (time.perf_counter() - start) / 60
    notes.append(f"the run took {minutes:.1f} minutes")
    command = "python -m benchmarks" + (" --quick" if args.quick else "")
    report = markdown(machine(tuple(notes)), rows, command)
    print(report)
    if args.write:
        PAGE.write_text(replace_generated(PAGE.read_text(encoding="utf-8"), report), encoding="utf-8")
        print(f"\nwritten into {PAGE.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
