"""What a run of an implementation found: a :class:`Row` per vector and the
:class:`Report` of the run as a whole, and the rows as CSV (:func:`write_csv`)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from typing import IO

import attrs

from fasttrack_rules.conformance.comparison import Difference

__all__ = ["Report", "Row", "write_csv"]


@attrs.frozen
class Row:
    """One vector's line of a report.

    Attributes:
        id: the vector's id.
        passed: whether the vector passed.
        detail: why it failed (the differences joined by ``; ``), or ``""``.
        subject: the vector's subject (its file).
        differences: the differences, one by one.
        answered: ``False`` when the implementation wrote no line for the vector.
    """

    id: str
    passed: bool
    detail: str
    subject: str = ""
    differences: tuple[Difference, ...] = ()
    answered: bool = True


@attrs.frozen
class Report:
    """What :func:`~fasttrack_rules.conformance.run_command` found.

    Attributes:
        rows: one row per vector sent, in the order sent.
        lines_written: how many lines the implementation wrote (a last line without
            ``\\n`` counts).
        exit_status: the implementation's exit status as :mod:`subprocess` gives it (a
            negative number ``-N``: killed by signal ``N``); ``None`` if it never ran.
        signal: the signal that killed it, from either a negative ``exit_status`` or a
            shell's ``128 + N``; ``None`` if none did, or if the runner killed it at
            the timeout.
        timed_out: the runner killed it (and its process group) at the timeout.
        timeout: the timeout, in seconds.
        stderr_tail: the last 64 KiB of its stderr, decoded as UTF-8 (bad bytes
            replaced).
        problems: what went wrong with the run as a whole (the line count, the exit,
            a crash, the timeout), one sentence each; each one fails the run.
        seconds: how long the run took.
    """

    rows: tuple[Row, ...]
    lines_written: int
    exit_status: int | None
    signal: int | None
    timed_out: bool
    timeout: float
    stderr_tail: str
    problems: tuple[str, ...]
    seconds: float

    @property
    def passed(self) -> int:
        """How many vectors passed."""
        return sum(r.passed for r in self.rows)

    @property
    def failed(self) -> int:
        """How many vectors failed."""
        return len(self.rows) - self.passed

    @property
    def ok(self) -> bool:
        """Whether the run passes: every vector passed and the run had no problem."""
        return not self.problems and self.failed == 0


def write_csv(rows: Iterable[Row], target: str | os.PathLike[str] | IO[str]) -> None:
    """Write a report's rows as CSV to a file name or an open text file: a header, then
    one line per vector with its id, subject, result (``PASS``/``FAIL``) and detail.

    Raises:
        OSError: the file cannot be written.
    """
    if isinstance(target, str | os.PathLike):
        with open(target, "w", newline="", encoding="utf-8") as f:
            write_csv(rows, f)
        return
    writer = csv.writer(target)
    writer.writerow(["id", "subject", "result", "detail"])
    for row in rows:
        writer.writerow([row.id, row.subject, "PASS" if row.passed else "FAIL", row.detail])
