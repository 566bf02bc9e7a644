"""Judging an implementation's output: its stdout cut into lines (:class:`Lines`, which
never holds more than the line limit), each line judged against its vector as it comes
(:class:`Judge`), and at the end the run as a whole, from how its process ended
(:meth:`Judge.verdict`)."""

from __future__ import annotations

import signal
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from fasttrack_rules.conformance.comparison import Difference, differences, printable, show, strict_json
from fasttrack_rules.conformance.packaged import validator
from fasttrack_rules.conformance.report import Report, Row

__all__ = ["Ending", "Judge", "Lines", "TooLong", "signal_name"]


@attrs.frozen
class TooLong:
    """A line longer than the limit, of which only the size was kept."""

    size: int


class Lines:
    """Cuts a byte stream into lines (only ``\\n`` ends one; a last line may lack it),
    holding at most ``limit`` bytes of a line: a longer line comes out as its size."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._line = bytearray()
        self._over: int | None = None

    @property
    def held(self) -> int:
        """How many bytes of the current line are held."""
        return len(self._line)

    def feed(self, chunk: bytes) -> list[bytes | TooLong]:
        """The lines that ``chunk`` completes."""
        done: list[bytes | TooLong] = []
        view, start = memoryview(chunk), 0
        while True:
            end = chunk.find(b"\n", start)
            piece = view[start : len(chunk) if end < 0 else end]
            if self._over is not None:
                self._over += len(piece)
            elif len(self._line) + len(piece) > self.limit:
                self._over = len(self._line) + len(piece)
                self._line = bytearray()
            else:
                self._line += piece
            if end < 0:
                return done
            done.append(self._end())
            start = end + 1

    def close(self) -> list[bytes | TooLong]:
        """The last line, if the stream did not end with ``\\n``."""
        return [self._end()] if self._line or self._over is not None else []

    def _end(self) -> bytes | TooLong:
        line: bytes | TooLong = bytes(self._line) if self._over is None else TooLong(self._over)
        self._line, self._over = bytearray(), None
        return line


def signal_name(number: int) -> str | None:
    """The name of signal ``number`` (``SIGSEGV``), or ``None`` if there is no such signal."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return None


@attrs.frozen
class Ending:
    """How the implementation's process ended.

    Attributes:
        status: its exit status as :mod:`subprocess` gives it; ``None``: it never ran.
        timed_out: the runner killed it at the timeout.
        timeout: the timeout, in seconds.
        input_closed_early: it stopped reading before the last vector was sent.
        stderr_tail: the end of its stderr.
        seconds: how long the run took.
        problems: what went wrong before it ran (it could not be started).
    """

    status: int | None
    timed_out: bool
    timeout: float
    input_closed_early: bool
    stderr_tail: str
    seconds: float
    problems: tuple[str, ...] = ()

    @property
    def killed_by(self) -> int | None:
        """The signal that killed it, from a negative status or a shell's ``128 + N``."""
        if self.status is None:
            return None
        if self.status < 0:
            return -self.status
        if self.status > 128 and signal_name(self.status - 128) is not None:
            return self.status - 128
        return None


class Judge:
    """Turns the implementation's output lines, one at a time, into rows, and the run
    into a :class:`Report` once its process has ended."""

    def __init__(self, vectors: Sequence[tuple[str, Mapping[str, Any]]], limit: int) -> None:
        self.vectors = vectors
        self.limit = limit
        self.rows: list[Row] = []
        self.lines = 0
        self.wrote_error = False

    def line(self, line: bytes | TooLong) -> None:
        """Judge the next output line (lines beyond the last vector are only counted)."""
        self.lines += 1
        if self.lines > len(self.vectors):
            return
        subject, vector = self.vectors[self.lines - 1]
        found = self._differences(vector, line)
        self.rows.append(
            Row(vector["id"], not found, "; ".join(d.message for d in found), subject, tuple(found))
        )

    def _differences(self, vector: Mapping[str, Any], line: bytes | TooLong) -> list[Difference]:
        where = f"output line {self.lines}"
        if isinstance(line, TooLong):
            return [
                Difference(
                    "output",
                    f"{where} has {line.size:,} bytes, more than the limit of {self.limit:,} "
                    "(--max-line-bytes)",
                )
            ]
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            return [Difference("output", f"{where} is not UTF-8 (byte {e.start})")]
        try:
            output = strict_json(line)
        except ValueError as e:
            shown = show(line.decode("utf-8"), 80)
            return [Difference("output", f"{where} is not JSON ({printable(str(e))}): {shown}")]
        found = []
        if isinstance(output, dict):
            is_error = "error" in output
            self.wrote_error |= is_error
            which = "error" if is_error else "output"
            violations = validator(which).violations(output)
            found += [
                Difference("schema", f"{which}.schema.json: {printable(str(v))}") for v in violations[:3]
            ]
            if len(violations) > 3:
                found.append(Difference("schema", f"{which}.schema.json: and {len(violations) - 3} more"))
        return differences(vector["expected"], output) + found

    def verdict(self, ending: Ending) -> Report:
        """The report of the run: the rows judged, a row for each vector left unanswered,
        and the problems of the run as a whole."""
        unanswered = "not answered"
        if ending.timed_out:
            unanswered += f" (timed out after {ending.timeout:g} s)"
        elif ending.killed_by is not None:
            unanswered += f" (the implementation crashed: {signal_name(ending.killed_by)})"
        elif ending.status is None:
            unanswered += " (the command could not be started)"
        rows = self.rows + [
            Row(
                v["id"], False, unanswered, subject, (Difference("not answered", unanswered),), answered=False
            )
            for subject, v in self.vectors[len(self.rows) :]
        ]
        return Report(
            rows=tuple(rows),
            lines_written=self.lines,
            exit_status=ending.status,
            signal=None if ending.timed_out else ending.killed_by,
            timed_out=ending.timed_out,
            timeout=ending.timeout,
            stderr_tail=ending.stderr_tail,
            problems=(*ending.problems, *self._problems(ending)),
            seconds=ending.seconds,
        )

    def _problems(self, ending: Ending) -> list[str]:
        """What went wrong with the run as a whole, once it ran."""
        problems = []
        status, n, written = ending.status, len(self.vectors), self.lines
        if ending.timed_out:
            problems.append(
                f"timed out after {ending.timeout:g} s: the implementation and its process group were killed"
            )
        if status is not None and not ending.timed_out:
            problems += self._exit_problems(status, ending.killed_by)
        if written != n and status is not None:
            text = f"the implementation wrote {written} line{'s' * (written != 1)} for {n} "
            text += f"vector{'s' * (n != 1)}"
            if written < n:
                text += f": {n - written} not answered"
            problems.append(text)
        if ending.input_closed_early and status is not None and not ending.timed_out:
            # Answers without reading every question: a recording, or a crash mid-way.
            problems.append("the implementation stopped reading its input before the last vector was sent")
        return problems

    def _exit_problems(self, status: int, killed_by: int | None) -> list[str]:
        if killed_by is not None:
            how = (
                f"killed by {signal_name(killed_by)}"
                if status < 0
                else f"exit status {status}, which a shell reports for a process killed by "
                f"{signal_name(killed_by)}"
            )
            return [f"the implementation crashed: {how}"]
        if status == 0 or (status == 1 and self.wrote_error):
            return []
        if status == 1:
            return [
                "the implementation exited with status 1, but wrote no error object (1 means a line failed)"
            ]
        if status in (126, 127):
            why = "command not found" if status == 127 else "the command cannot be executed"
            return [f"the command could not be started: exit status {status} ({why})"]
        return [f"the implementation exited with status {status}"]
