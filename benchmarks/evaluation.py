"""Row 9: ``fasttrack report`` over a large synthetic history against a small one, the
time and the peak resident set of each, measured in the same run.

Each history is written first by ``fasttrack synth`` (seed 1, 24 months from
2023-01-01) into the run's folder, and is not measured. Each report (``--format json``,
the whole period, every table and the bootstrap) then runs from a fresh, small
interpreter (``python -m benchmarks.evaluation PATH``), as row 7's batches do, with the
peaks read as row 7 reads them (:func:`benchmarks.memory.peak`).
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from benchmarks.memory import Peak, peak, peak_of_module
from benchmarks.processes import cli
from benchmarks.report import MIB, Row, mib

__all__ = ["REPORT_FLAT", "REPORT_LIMIT", "report_peak", "report_row", "report_rows", "write_history"]

#: The period every report covers: the synthetic cohort's 24 months.
PERIOD = ["--from", "2023-01-01", "--to", "2024-12-31"]
#: How much more the large history's report may use than the small one's and still
#: count as flat: the report keeps counts, and two bytes for each compared case's
#: benefit period (the bootstrap draws from them): 2 MB for a million cases, and the
#: employers' counts, which grow with the employers, not with the cases.
REPORT_FLAT = 8 * MIB
#: The most a report may use.
REPORT_LIMIT = 120 * MIB


def write_history(folder: Path, count: int) -> Path:
    """A synthetic history of ``count`` cases, written by ``fasttrack synth`` (not timed)."""
    path = folder / f"history-{count}.jsonl"
    with open(path, "wb") as out:
        subprocess.run([*cli(), "synth", "--cases", str(count), "--seed", "1"], stdout=out, check=True)
    return path


def report_peak(path: Path) -> Peak:
    """The time and peaks of ``fasttrack report PATH``, from a fresh, small interpreter."""
    return peak_of_module("benchmarks.evaluation", str(path))


def _detail(count: int, run: Peak) -> str:
    return f"- {count:,} cases: {run.seconds:,.1f} s, {count / run.seconds:,.0f} cases/s, {mib(run.tree)}"


def report_row(small: int, large: int, low: Peak, high: Peak) -> Row:
    """Row 9 from the two runs: the peak of the large history's report against the
    small one's, flat within :data:`REPORT_FLAT`; the time and cases per second of each
    in the details."""
    met = max(low.tree, high.tree) <= REPORT_LIMIT and high.tree - low.tree <= REPORT_FLAT
    time_ratio = high.seconds / low.seconds
    return Row(
        "9",
        f"peak RSS, `fasttrack report`, {large:,} synthetic cases",
        f"{small:,} cases",
        mib(high.tree),
        mib(low.tree),
        f"{high.tree / low.tree:.2f}x",
        f"≤ {mib(REPORT_LIMIT)}, flat (≤ +{mib(REPORT_FLAT)})",
        met,
        (
            _detail(large, high),
            _detail(small, low),
            f"- time: {time_ratio:.1f}x for {large / small:,.0f}x the cases "
            f"({time_ratio / (large / small):.2f} of linear)",
        ),
    )


def report_rows(folder: Path, small: int, large: int) -> list[Row]:
    """Row 9: ``fasttrack report`` over ``large`` cases against ``small``."""
    peaks = []
    for count in (small, large):
        print(f"  fasttrack report: {count:,} cases (writing the history)", file=sys.stderr, flush=True)
        path = write_history(folder, count)
        peaks.append(report_peak(path))
        path.unlink()
    return [report_row(small, large, *peaks)]


def main(argv: list[str]) -> None:
    """``python -m benchmarks.evaluation PATH``: the peak of ``fasttrack report PATH``, as JSON."""
    found = peak([*cli(), "report", argv[0], *PERIOD, "--format", "json"], iter(()))
    print(json.dumps(dataclasses.asdict(found)))


if __name__ == "__main__":
    main(sys.argv[1:])
