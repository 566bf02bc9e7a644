"""Peak memory: row 7, a large batch through ``fasttrack assess`` against a small one
(with ``--jobs 2`` too when the command has it), and row 8, the memory of an adjusted
municipal calendar against the default calendar's tables.

Each run starts from a fresh, small interpreter (``python -m benchmarks.memory``). Its
one thread writes the batch into the command's stdin while the other reads, every
0.1 s, the peak resident set (``VmHWM`` in ``/proc``) of each process of the command's
tree: the parent and any workers. After the command ends, ``wait4`` gives the peak of
the whole tree (the largest of the command and every process it waited for; it also
counts the starting interpreter's copy of itself, which is why that one is small).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO

from benchmarks.cases import batch_lines
from benchmarks.processes import cli, cli_options
from benchmarks.report import MIB, Row, mib, per_second
from benchmarks.timing import CHILD_ENV

__all__ = ["Peak", "calendar_memory_row", "children", "fresh_peak", "memory_rows", "peak", "peak_of_module"]

LIMIT = 80 * MIB
#: How much more a large batch may use than a small one and still count as flat.
FLAT = 2 * MIB


@dataclass(frozen=True)
class Peak:
    """The peaks of one run: the whole tree's (exact), and each process's (sampled)."""

    tree: int
    parent: int
    workers: tuple[int, ...]
    seconds: float


def _status_bytes(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):  # the process ended meanwhile
        pass
    return 0


def children(pid: int) -> list[int]:
    """Every descendant of ``pid`` alive now (from each process's parent in ``/proc``)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _feed(stdin: IO[bytes], lines: Iterator[bytes]) -> None:
    """Write ``lines`` into ``stdin`` in chunks, then close it."""
    with contextlib.suppress(BrokenPipeError):  # the command ended early: it says why itself
        while chunk := b"".join(islice(lines, 1000)):
            stdin.write(chunk)
    with contextlib.suppress(BrokenPipeError):
        stdin.close()


def peak(argv: list[str], lines: Iterator[bytes]) -> Peak:
    """The peak memory of ``argv`` fed ``lines`` on stdin (its output thrown away)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, env=CHILD_ENV)
    assert child.stdin is not None
    feeder = threading.Thread(target=_feed, args=(child.stdin, lines))
    feeder.start()
    peaks: dict[int, int] = {}
    while True:
        done, status, usage = os.wait4(child.pid, os.WNOHANG)
        if done:
            break
        for pid in (child.pid, *children(child.pid)):
            peaks[pid] = max(peaks.get(pid, 0), _status_bytes(pid, "VmHWM"))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    feeder.join()
    if child.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} exited with {child.returncode}")
    tree = max(usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024), *peaks.values())
    workers = tuple(size for pid, size in peaks.items() if pid != child.pid)
    return Peak(tree, peaks.get(child.pid, 0), workers, seconds)


def fresh_peak(count: int, options: list[str]) -> Peak:
    """:func:`peak` of ``fasttrack assess OPTIONS`` fed ``count`` lines, measured from a
    fresh, small interpreter: a new process starts as a copy of the one that starts it,
    and ``wait4`` counts that copy's memory too (this process holds numpy and more)."""
    return peak_of_module("benchmarks.memory", str(count), *cli(), "assess", *options)


def peak_of_module(module: str, *args: str) -> Peak:
    """The :class:`Peak` that ``python -m MODULE ARGS`` (a measuring module of this
    package) writes as JSON on its standard output."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
        env=CHILD_ENV,
    )
    figures = json.loads(done.stdout)
    return Peak(figures["tree"], figures["parent"], tuple(figures["workers"]), figures["seconds"])


def _describe(peak_: Peak) -> str:
    if not peak_.workers:
        return f"one process, {mib(peak_.tree)}"
    workers = ", ".join(mib(size) for size in peak_.workers)
    return f"whole tree {mib(peak_.tree)}; parent {mib(peak_.parent)}; the other processes {workers}"


def memory_rows(small: int, large: int) -> list[Row]:
    """Row 7 (and 7b with ``--jobs 2``): the peak of ``large`` lines against ``small``."""
    runs: list[tuple[str, list[str], str]] = [("7", [], "")]
    if "--jobs" in cli_options():
        runs.append(("7b", ["--jobs", "2"], " --jobs 2"))
    rows = []
    for key, extra, shown in runs:
        print(f"  peak memory{shown}: {small:,} and {large:,} lines", file=sys.stderr, flush=True)
        low, high = fresh_peak(small, extra), fresh_peak(large, extra)
        met = max(low.tree, high.tree) <= LIMIT and high.tree - low.tree <= FLAT
        rows.append(
            Row(
                key,
                f"peak RSS, `fasttrack assess{shown}`, {large:,} lines",
                f"{small:,} lines",
                mib(high.tree),
                mib(low.tree),
                f"{high.tree / low.tree:.2f}x",
                f"≤ {mib(LIMIT)}, flat (≤ +{mib(FLAT)})",
                met,
                (
                    f"- {large:,} lines: {_describe(high)}; {per_second(large, high.seconds)}",
                    f"- {small:,} lines: {_describe(low)}; {per_second(small, low.seconds)}",
                ),
            )
        )
    return rows


def calendar_memory_row(count: int) -> Row:
    """Row 8: what one adjusted municipal calendar adds to memory, against the default
    calendar's tables (benchmarks/bench_calendar_memory.py, in a fresh interpreter)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_calendar_memory", "--json", str(count)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
        env=CHILD_ENV,
    )
    figures = json.loads(done.stdout)
    x = figures["per_calendar_ratio"]
    return Row(
        "8",
        f"one of {count} distinct adjusted municipal calendars, built, used and kept (traced)",
        "the default municipal calendar's tables",
        f"{figures['per_calendar_bytes']:,.0f} B",
        f"{figures['default_table_bytes']:,} B",
        f"{x:.4f}",
        "< 0.01",
        x < 0.01,
        (
            f"- {count} calendars: {mib(figures['traced_bytes'])} traced, "
            f"{mib(figures['rss_bytes'])} more resident set",
            f"- a new distinct calendar after {count}, built and used: {figures['new_calendar_us']:,.0f} µs",
        ),
    )


def main(argv: list[str]) -> None:
    """``python -m benchmarks.memory COUNT COMMAND ...``: the peak of COMMAND fed COUNT
    lines, as JSON."""
    found = peak(argv[1:], batch_lines(int(argv[0])))
    print(json.dumps(dataclasses.asdict(found)))


if __name__ == "__main__":
    main(sys.argv[1:])
