"""Timing on a noisy machine: every figure and its baseline measured interleaved.

The machine's speed drifts (up to 1.6x over minutes), so a figure and its baseline are
never measured in separate phases. :func:`interleave` runs one measurement of each in
turn, round after round, rotating which goes first; a ratio is the median of the
rounds' ratios (each from measurements seconds apart), an absolute figure the median of
its rounds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

__all__ = [
    "CHILD_ENV",
    "Timed",
    "calibrated",
    "command",
    "in_process",
    "interleave",
    "median",
    "ratio",
]

#: Takes one measurement and returns it, in seconds (per call for in-process figures).
Timed = Callable[[], float]
#: The environment of the measured processes: this one without PYTHONUNBUFFERED, which
#: would make every write of a child a system call (users do not set it).
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}


def calibrated(fn: Callable[[], object], seconds: float) -> int:
    """How many calls of ``fn`` take about ``seconds`` (at least 1); calls it a few
    times on the way, which also warms any cache."""
    number = 1
    while True:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        elapsed = time.perf_counter() - start
        if elapsed >= seconds / 4 or number >= 1 << 24:
            return max(1, round(number * seconds / max(elapsed, 1e-9)))
        number *= 4


def in_process(fn: Callable[[], object], *, calls: int = 1, seconds: float = 0.05) -> Timed:
    """A measurement of ``fn`` in this process: seconds per call, when each call of
    ``fn`` makes ``calls`` calls of what is measured (a loop over cases); each
    measurement runs ``fn`` for about ``seconds``."""
    number = calibrated(fn, seconds)

    def measure() -> float:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        return (time.perf_counter() - start) / (number * calls)

    return measure


def command(argv: Sequence[str], stdin: Path | None = None) -> Timed:
    """A measurement of a process: the wall seconds of running ``argv`` (its input
    ``stdin`` or none, its output thrown away); a failure other than exit 1 (some line
    was an error) stops the benchmark."""

    def measure() -> float:
        with open(stdin or os.devnull, "rb") as source:
            start = time.perf_counter()
            done = subprocess.run(argv, stdin=source, stdout=subprocess.DEVNULL, env=CHILD_ENV, check=False)
            elapsed = time.perf_counter() - start
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(argv)} exited with {done.returncode}")
        return elapsed

    return measure


def interleave(measures: Mapping[str, Timed], rounds: int, *, label: str = "") -> dict[str, list[float]]:
    """``rounds`` measurements of each, interleaved: every round measures each once,
    starting one further along the list than the round before."""
    names = list(measures)
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        if label:
            print(f"  {label}: round {r + 1} of {rounds}", file=sys.stderr, flush=True)
        for k in range(len(names)):
            name = names[(r + k) % len(names)]
            times[name].append(measures[name]())
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ratio(numerator: Sequence[float], denominator: Sequence[float]) -> float:
    """The median over the rounds of numerator / denominator."""
    return statistics.median(a / b for a, b in zip(numerator, denominator, strict=True))
