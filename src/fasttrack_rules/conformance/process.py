"""Running an implementation over the vectors (:func:`run_command`, the engine of
``fasttrack vectors run``): its process, fed and read at once, killed with its process
group at the timeout or when the run is stopped."""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from typing import IO, Any

from fasttrack_rules.conformance.comparison import printable
from fasttrack_rules.conformance.judge import Ending, Judge, Lines, TooLong
from fasttrack_rules.conformance.report import Report
from fasttrack_rules.conformance.vectors import check_vectors, line_pieces, load_subjects
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError

__all__ = ["MAX_OUTPUT_LINE_BYTES", "STDERR_TAIL_BYTES", "run_command"]

#: The longest output line :func:`run_command` reads by default, in bytes before its
#: ``\n`` (1 MiB); a longer line fails its vector and is read past, never held.
MAX_OUTPUT_LINE_BYTES = 1 << 20
#: How much of the implementation's stderr a :class:`Report` keeps: the last 64 KiB.
STDERR_TAIL_BYTES = 1 << 16
_CHUNK = 1 << 16


def run_command(
    command: str,
    *,
    vectors: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    timeout: float = 600,
    max_line_bytes: int = MAX_OUTPUT_LINE_BYTES,
) -> Report:
    """Run ``command`` (a shell command line) once, feed it the vectors' lines on stdin
    and compare its output lines with the expectations, as INTERPRETING.md says.

    The implementation runs in a session of its own. Its stdin is fed from a thread
    and its stderr read in another (keeping the last 64 KiB), while its stdout is read
    line by line as it comes, each line checked at once: strict JSON (UTF-8, no
    ``NaN``, no key twice), valid against ``output.schema.json`` (a result) or
    ``error.schema.json`` (an object with an ``error`` key), and equal to the
    expectation with JSON types compared exactly. A line longer than
    ``max_line_bytes`` fails its vector and is read past without being held. At the
    timeout the whole process group is killed; the lines written until then count.
    When the run is stopped (Ctrl-C, or a signal whose handler raises), the process
    group is killed too, even if the stop comes while the implementation starts.

    Args:
        command: the implementation, run with ``/bin/sh -c``.
        vectors: the vectors to send, by subject (as
            :func:`~fasttrack_rules.conformance.load_subjects` returns them); default
            every packaged vector.
        timeout: seconds the whole run may take.
        max_line_bytes: the longest output line read, in bytes without the ``\\n``.

    Returns:
        The :class:`Report`: a row per vector, and the problems of the run as a whole.

    Raises:
        InvalidTypeError: an argument of the wrong type.
        InvalidValueError: an empty command, a timeout that is not positive, a line
            limit below 1, an unknown subject, or a vector that is not one of
            ``vectors.schema.json``.
    """
    _check_arguments(command, timeout, max_line_bytes)
    chosen = load_subjects() if vectors is None else check_vectors(vectors)
    sequence = [(subject, v) for subject, vs in chosen.items() for v in vs]
    return _Run(command, sequence, float(timeout), max_line_bytes).report()


def _check_arguments(command: str, timeout: float, max_line_bytes: int) -> None:
    """The arguments of :func:`run_command`, checked (the ``Raises`` are its own)."""
    if type(command) is not str:
        raise InvalidTypeError("command", command, "expected a shell command line (a string)")
    if not command.strip():
        raise InvalidValueError("command", command, "the command is empty")
    if type(timeout) not in (int, float):
        raise InvalidTypeError("timeout", timeout, "expected a number of seconds")
    if not 0 < timeout < float("inf"):
        raise InvalidValueError("timeout", timeout, "expected a positive number of seconds")
    if type(max_line_bytes) is not int:
        raise InvalidTypeError("max_line_bytes", max_line_bytes, "expected a whole number of bytes")
    if max_line_bytes < 1:
        raise InvalidValueError("max_line_bytes", max_line_bytes, "expected at least 1 byte")


class _HeldSignals:
    """Holds SIGINT, SIGTERM and SIGHUP while the implementation starts, and delivers
    them on :meth:`release`, once the runner knows the process it must kill.

    A handler that raises (Ctrl-C's ``KeyboardInterrupt``, or the command line's stop
    on SIGTERM and SIGHUP) would otherwise raise inside :class:`subprocess.Popen`, or
    just after it, and leave the implementation running in its own session. Only
    signals with a Python handler are held, and only in the main thread: Python runs
    handlers there alone, so nothing is raised in another thread.
    """

    def __init__(self) -> None:
        self._previous: dict[int, Any] = {}
        self._held: list[int] = []

    def __enter__(self) -> _HeldSignals:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                handler = signal.getsignal(signum)
                if callable(handler):
                    self._previous[signum] = signal.signal(signum, self._hold)
        return self

    def __exit__(self, *_: object) -> None:
        self.release()

    def _hold(self, signum: int, _: object) -> None:
        self._held.append(signum)

    def release(self) -> None:
        """Put the handlers back, then deliver each signal held (its handler may raise)."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()
        held, self._held = self._held, []
        for signum in dict.fromkeys(held):
            signal.raise_signal(signum)


class _Run:
    """One run of an implementation (see :func:`run_command`)."""

    def __init__(
        self, command: str, vectors: Sequence[tuple[str, Mapping[str, Any]]], timeout: float, limit: int
    ) -> None:
        self.command = command
        self.vectors = vectors
        self.timeout = timeout
        self.judge = Judge(vectors, limit)
        self.limit = limit
        self.stderr = bytearray()
        self.input_closed_early = False
        self.timed_out = False

    def report(self) -> Report:
        """Run the implementation to its end, or to the timeout, and judge it."""
        start = time.monotonic()
        deadline = start + self.timeout
        with _HeldSignals() as held:
            try:
                proc = subprocess.Popen(
                    self.command,
                    shell=True,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    start_new_session=True,
                )
            except OSError as e:
                return self._verdict(start, None, f"the command could not be started: {printable(str(e))}")
            assert proc.stdout is not None
            try:
                held.release()  # a stop asked for while it started comes now, and kills it
                threads = self._start_threads(proc)
                self._read(proc, deadline)
                self._wait(proc, deadline)
            except BaseException:  # a stop, or a bug: the implementation must not outlive the run
                _kill(proc)
                _reap(proc)
                proc.stdout.close()
                raise
        if self.timed_out:
            _reap(proc)
        for thread in threads:
            thread.join(timeout=2)
        proc.stdout.close()
        return self._verdict(start, proc.returncode)

    def _start_threads(self, proc: subprocess.Popen[bytes]) -> list[threading.Thread]:
        assert proc.stdin is not None
        assert proc.stderr is not None
        threads = [
            threading.Thread(target=self._feed, args=(proc.stdin,), daemon=True),
            threading.Thread(target=self._drain, args=(proc.stderr,), daemon=True),
        ]
        for thread in threads:
            thread.start()
        return threads

    def _wait(self, proc: subprocess.Popen[bytes], deadline: float) -> None:
        """Wait for its exit once its stdout is closed; kill its group at the deadline."""
        if not self.timed_out:
            try:
                proc.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.timed_out = True
                _kill(proc)

    def _feed(self, stdin: IO[bytes]) -> None:
        try:
            for _, vector in self.vectors:
                for piece in line_pieces(vector):
                    stdin.write(piece)
            stdin.flush()
        except OSError:  # it stopped reading (a broken pipe): its missing lines will tell
            self.input_closed_early = True
        finally:
            try:
                stdin.close()
            except OSError:
                self.input_closed_early = True

    def _drain(self, stderr: IO[bytes]) -> None:
        with stderr:
            while chunk := os.read(stderr.fileno(), _CHUNK):
                self.stderr += chunk
                del self.stderr[:-STDERR_TAIL_BYTES]

    def _read(self, proc: subprocess.Popen[bytes], deadline: float) -> None:
        assert proc.stdout is not None
        lines = Lines(self.limit)
        fd = proc.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self.timed_out = True
                    _kill(proc)
                    # What it wrote before it was killed is still in the pipe: read it, briefly.
                    deadline = time.monotonic() + 1
                    while selector.select(max(0.0, deadline - time.monotonic())):
                        chunk = os.read(fd, _CHUNK)
                        if not chunk:
                            break
                        self._judge(lines.feed(chunk))
                    break
                if not selector.select(remaining):
                    continue
                chunk = os.read(fd, _CHUNK)
                if not chunk:
                    break
                self._judge(lines.feed(chunk))
        self._judge(lines.close())

    def _judge(self, lines: list[bytes | TooLong]) -> None:
        for line in lines:
            self.judge.line(line)

    def _verdict(self, start: float, status: int | None, *problems: str) -> Report:
        ending = Ending(
            status=status,
            timed_out=self.timed_out,
            timeout=self.timeout,
            input_closed_early=self.input_closed_early,
            stderr_tail=bytes(self.stderr).decode("utf-8", errors="replace"),
            seconds=time.monotonic() - start,
            problems=problems,
        )
        return self.judge.verdict(ending)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """Kill the implementation's process group (its children too)."""
    # The leader is not reaped yet (a zombie at worst), so its group id is still its own.
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGKILL)


def _reap(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(subprocess.TimeoutExpired):  # a process that SIGKILL does not end
        proc.wait(timeout=10)
