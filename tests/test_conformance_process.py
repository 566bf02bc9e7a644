"""The engine of the vectors runner, :func:`fasttrack_rules.conformance.run_command`: the
process it starts, feeds, reads, times out and kills, against fake implementations and
the real one."""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fasttrack_rules.conformance import Report, line_of, run_command
from fasttrack_rules.conformance.judge import Judge
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from tests.implementations import (
    ALL,
    BY_ID,
    ERROR_CASE,
    PY,
    RAW,
    REAL,
    SMALL,
    WE,
    bend,
    delete_field,
    gone,
    replay,
    set_field,
    small_answers,
    we_answers,
)


def test_the_real_implementation_passes_and_may_exit_1_after_error_lines() -> None:
    report = run_command(REAL, vectors=SMALL, timeout=60)
    assert [r.passed for r in report.rows] == [True] * 5
    assert report.exit_status == 1  # it wrote error lines, which is what status 1 says
    assert report.problems == ()
    assert report.ok
    assert report.lines_written == 5
    assert [r.subject for r in report.rows] == ["worked_examples"] * 3 + ["errors"] * 2


@pytest.mark.parametrize(
    ("row", "change", "messages"),
    [
        pytest.param(
            0,
            set_field("deadlines.request_window.is_law", 1),
            [
                "deadlines.request_window.is_law: expected true, got 1",
                "output.schema.json: /deadlines/request_window/is_law: expected boolean, got 1",
            ],
            id="1 for true",
        ),
        pytest.param(
            0,
            set_field("days_earlier", 26.0),
            [
                "days_earlier: expected 26, got 26.0",
                "output.schema.json: /days_earlier: expected integer or null, got 26.0",
            ],
            id="26.0 for 26",
        ),
        pytest.param(
            0,
            set_field("deadlines.request_window.citation.stk", True),
            ["deadlines.request_window.citation: expected", "output.schema.json: /deadlines/request_window/"],
            id="true for 1",
        ),
        pytest.param(
            0,
            set_field("missing_facts", ""),
            [
                'missing_facts: expected [] (as a set), got ""',
                'output.schema.json: /missing_facts: expected array, got ""',
            ],
            id="a string for a list",
        ),
        pytest.param(
            0,
            delete_field("versions"),
            ['output.schema.json: (root): missing required key "versions"'],
            id="a missing key",
        ),
        pytest.param(
            0,
            set_field("surprise", 1),
            ['output.schema.json: (root): unexpected key "surprise"'],
            id="an extra key",
        ),
        pytest.param(
            4,
            delete_field("error.field"),
            [
                "error.field: expected null, got (absent)",
                'error.schema.json: /error: missing required key "field"',
            ],
            id="error field absent, not null",
        ),
        pytest.param(
            3,
            set_field("line", 0),
            ["error.schema.json: /line: expected a number >= 1, got 0"],
            id="error line 0",
        ),
    ],
)
def test_json_types_and_the_schemas_are_checked_exactly(
    tmp_path: Path, row: int, change: Callable[[dict[str, Any]], None], messages: list[str]
) -> None:
    lines = small_answers()
    lines[row] = bend(lines[row], change)
    report = run_command(replay(tmp_path, lines), vectors=SMALL, timeout=30)
    assert [r.passed for r in report.rows] == [k != row for k in range(5)]
    details = [d.message for d in report.rows[row].differences]
    for message in messages:
        assert any(d.startswith(message) for d in details), details
    assert report.problems == ()
    assert not report.ok


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"a": NaN}', "output line 1 is not JSON (NaN is not JSON)"),
        (b'{"a": -Infinity}', "output line 1 is not JSON (-Infinity is not JSON)"),
        (b'{"a": 1, "a": 1}', 'output line 1 is not JSON (the key "a" appears twice in one object)'),
        (b'{"x": {"b": 1, "b": 2}}', 'output line 1 is not JSON (the key "b" appears twice in one object)'),
        (b'{"a": "\xff"}', "output line 1 is not UTF-8 (byte 7)"),
        (b'{"a": "\\ud800"}', "output line 1 is not JSON (a \\u escape gives a lone surrogate"),
        (b"[" * 100_000, "output line 1 is not JSON (nested too deeply)"),
        (b"", "output line 1 is not JSON (an empty line)"),
        (b"{} {}", "output line 1 is not JSON (Extra data"),
        (b"[1]", "output is not a JSON object: [1]"),
    ],
)
def test_an_output_line_must_be_utf8_and_strict_json(tmp_path: Path, line: bytes, message: str) -> None:
    lines = small_answers()
    lines[0] = line
    report = run_command(replay(tmp_path, lines), vectors=SMALL, timeout=30)
    assert report.rows[0].detail.startswith(message), report.rows[0].detail
    assert report.rows[0].differences[0].field == "output"
    assert [r.passed for r in report.rows[1:]] == [True] * 4


def test_a_last_line_without_newline_counts(tmp_path: Path) -> None:
    lines = small_answers()
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\n".join(lines))
    report = run_command(f"cat >/dev/null; cat {shlex.quote(str(path))}", vectors=SMALL, timeout=30)
    assert report.ok
    assert report.lines_written == 5


def test_an_implementation_that_stops_reading_its_input() -> None:
    report = run_command("head -c 1 >/dev/null", vectors=ALL, timeout=30)
    assert report.lines_written == 0
    assert report.problems == (
        f"the implementation wrote 0 lines for {len(BY_ID)} vectors: {len(BY_ID)} not answered",
        "the implementation stopped reading its input before the last vector was sent",
    )


def _python_crash(tmp_path: Path) -> str:
    script = tmp_path / "crash.py"
    script.write_text(
        "import os, signal, sys\n"
        "sys.stdin.buffer.read()\n"
        f"sys.stdout.buffer.write(open({str(tmp_path / 'answers.jsonl')!r}, 'rb').read())\n"
        "sys.stdout.flush()\n"
        "os.kill(os.getpid(), signal.SIGSEGV)\n",
        encoding="utf-8",
    )
    return f"{PY} {shlex.quote(str(script))}"


@pytest.mark.parametrize(
    ("make", "how"),
    [
        (lambda p: replay(p, small_answers(), after="; kill -SEGV $$"), "killed by SIGSEGV"),
        (
            lambda p: (
                "sh -c " + shlex.quote(replay(p, small_answers(), after="; kill -SEGV $$")) + "; exit $?"
            ),
            "exit status 139, which a shell reports for a process killed by SIGSEGV",
        ),
        (lambda p: (replay(p, small_answers()), _python_crash(p))[1], "SIGSEGV"),
    ],
    ids=["sh kills itself", "through a shell", "python os.kill"],
)
def test_a_crash_after_every_line_was_answered_fails_the_run(
    tmp_path: Path, make: Callable[[Path], str], how: str
) -> None:
    report = run_command(make(tmp_path), vectors=SMALL, timeout=30)
    assert all(r.passed for r in report.rows)
    assert report.signal == 11
    assert len(report.problems) == 1
    assert report.problems[0].startswith("the implementation crashed: ")
    assert how in report.problems[0]
    assert not report.ok


@pytest.mark.parametrize(
    ("after", "problem"),
    [
        ("; exit 3", "the implementation exited with status 3"),
        ("; exit 200", "the implementation exited with status 200"),
        (
            "; exit 1",
            "the implementation exited with status 1, but wrote no error object (1 means a line failed)",
        ),
    ],
)
def test_an_exit_status_other_than_0_fails_the_run(tmp_path: Path, after: str, problem: str) -> None:
    one = {"worked_examples": WE[:1]}
    report = run_command(replay(tmp_path, we_answers()[:1], after=after), vectors=one, timeout=30)
    assert report.rows[0].passed
    assert report.problems == (problem,)
    assert report.signal is None
    assert not report.ok


def test_a_command_that_cannot_be_executed(tmp_path: Path) -> None:
    script = tmp_path / "impl"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    report = run_command(str(script), vectors={"worked_examples": WE[:1]}, timeout=30)
    assert report.exit_status == 126
    assert (
        report.problems[0]
        == "the command could not be started: exit status 126 (the command cannot be executed)"
    )


def test_a_command_the_system_cannot_start() -> None:
    report = run_command("true " + "x" * 300_000, vectors={"worked_examples": WE[:2]}, timeout=30)
    assert report.exit_status is None
    assert report.problems[0].startswith("the command could not be started: ")
    assert len(report.problems) == 1
    assert report.rows[0].detail == "not answered (the command could not be started)"
    assert not report.rows[1].answered


def test_a_line_over_the_limit_fails_its_vector_and_the_run_goes_on(tmp_path: Path) -> None:
    lines = small_answers()
    limit = max(map(len, lines))
    lines[1] = b" " * limit + lines[1]  # still valid JSON, but over the limit
    report = run_command(replay(tmp_path, lines), vectors=SMALL, timeout=30, max_line_bytes=limit)
    assert report.rows[1].detail == (
        f"output line 2 has {len(lines[1]):,} bytes, more than the limit of {limit:,} (--max-line-bytes)"
    )
    assert [r.passed for r in report.rows] == [True, False, True, True, True]
    assert report.lines_written == 5


RSS_SCRIPT = """
import resource, sys
from fasttrack_rules.conformance import load_subjects, run_command
one = {"worked_examples": load_subjects(subjects=["worked_examples"])["worked_examples"][:1]}
report = run_command(sys.argv[1], vectors=one, timeout=60)
print(report.rows[0].detail)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _runner_rss(command: str) -> tuple[str, int]:
    done = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, command], capture_output=True, text=True, check=True, timeout=120
    )
    detail, rss = done.stdout.splitlines()
    return detail, int(rss)


def test_a_50_mb_line_is_never_held() -> None:
    huge_detail, huge = _runner_rss("head -c 50000000 /dev/zero | tr '\\0' x; echo")
    small_detail, small = _runner_rss("echo x")
    assert (
        huge_detail
        == "output line 1 has 50,000,000 bytes, more than the limit of 1,048,576 (--max-line-bytes)"
    )
    assert small_detail.startswith("output line 1 is not JSON")
    # ru_maxrss is in KiB on Linux (bytes on macOS, where the bound only gets looser).
    assert huge - small < 20_000, (huge, small)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_timeout_kills_the_process_group_grandchildren_too(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    start = time.monotonic()
    report = run_command(f"sleep 100 & echo $! > {pid_file}; sleep 100", vectors=SMALL, timeout=1)
    assert time.monotonic() - start < 5
    assert report.timed_out
    assert report.signal is None
    assert report.problems[0] == "timed out after 1 s: the implementation and its process group were killed"
    assert {r.detail for r in report.rows} == {"not answered (timed out after 1 s)"}
    assert gone(int(pid_file.read_text()))


def test_an_implementation_that_closes_its_output_but_never_exits(tmp_path: Path) -> None:
    report = run_command(
        replay(tmp_path, small_answers(), after="; exec >&-; sleep 100"), vectors=SMALL, timeout=1
    )
    assert all(r.passed for r in report.rows)
    assert report.timed_out
    assert report.problems == ("timed out after 1 s: the implementation and its process group were killed",)


@pytest.mark.slow
def test_a_process_that_left_the_group_cannot_hold_the_run(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    escape = f"{PY} -c 'import os, time; os.setsid(); time.sleep(60)' & echo $! > {pid_file}; "
    start = time.monotonic()
    try:
        report = run_command(
            replay(tmp_path, small_answers()[:2], before=escape, after="; sleep 100"),
            vectors=SMALL,
            timeout=1,
        )
        assert time.monotonic() - start < 8
        assert report.timed_out
        assert [r.passed for r in report.rows] == [True, True, False, False, False]
    finally:
        os.kill(int(pid_file.read_text()), 9)


def test_an_endless_stream_of_lines_is_cut_at_the_timeout() -> None:
    # The pipe is full when the implementation is killed: what is in it is still read.
    report = run_command("yes '{}'", vectors=SMALL, timeout=1)
    assert report.timed_out
    assert report.lines_written > 1000
    assert report.problems[1] == f"the implementation wrote {report.lines_written} lines for 5 vectors"
    assert report.rows[0].detail.startswith('track: expected "fast_track", got (absent); ')


LENGTHS = """
import json, sys
with open(sys.argv[1], "w") as log:
    for k, line in enumerate(sys.stdin.buffer, 1):
        log.write(f"{len(line)}\\n")
        error = {"code": "INVALID_JSON", "field": None, "message": "x"}
        print(json.dumps({"line": k, "error": error}), flush=True)
"""


def test_a_padded_raw_line_is_sent_whole(tmp_path: Path) -> None:
    def vector(vid: str, **fields: object) -> dict[str, Any]:
        expected = {"error": {"code": "INVALID_JSON", "field": None}}
        return {**RAW, "id": vid, "expected": expected, **fields}

    padded = vector("RAW-PADDED", line_hex="7b", line_padding=200_000)
    plain = vector("RAW-PLAIN", line_hex="7b")
    assert line_of(padded) == b"{" + b" " * 200_000
    assert line_of(plain) == b"{"
    script = tmp_path / "lengths.py"
    script.write_text(LENGTHS, encoding="utf-8")
    log = tmp_path / "log"
    report = run_command(f"{PY} {script} {log}", vectors={"errors": [padded, plain]}, timeout=30)
    assert report.ok, report
    assert log.read_text().split() == ["200002", "2"]


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"command": 1}, InvalidTypeError, "command"),
        ({"command": "  "}, InvalidValueError, "command"),
        ({"timeout": "1"}, InvalidTypeError, "timeout"),
        ({"timeout": True}, InvalidTypeError, "timeout"),
        ({"timeout": 0}, InvalidValueError, "timeout"),
        ({"timeout": float("nan")}, InvalidValueError, "timeout"),
        ({"timeout": float("inf")}, InvalidValueError, "timeout"),
        ({"max_line_bytes": 1.0}, InvalidTypeError, "max_line_bytes"),
        ({"max_line_bytes": 0}, InvalidValueError, "max_line_bytes"),
    ],
)
def test_run_command_checks_its_arguments(kwargs: dict[str, Any], error: type[Exception], field: str) -> None:
    arguments: dict[str, Any] = {"command": "true", **kwargs}
    with pytest.raises(error) as raised:
        run_command(**arguments)
    assert getattr(raised.value, "field", None) == field


@pytest.mark.parametrize(
    ("vectors", "error", "field"),
    [
        ([RAW], InvalidTypeError, "vectors"),
        ({"nope": [RAW]}, InvalidValueError, "vectors"),
        ({"errors": RAW["id"]}, InvalidTypeError, "vectors.errors"),
        ({"errors": [RAW, {"id": "RAW-X"}]}, InvalidValueError, "vectors.errors[1]"),
        ({"errors": [{**RAW, "expected": {"error": {}}}]}, InvalidValueError, "vectors.errors[0]"),
        ({"errors": [{**ERROR_CASE, "input": {"id": "\ud800"}}]}, InvalidValueError, "vectors.errors[0]"),
    ],
)
def test_run_command_checks_the_vectors_it_is_given(vectors: Any, error: type[Exception], field: str) -> None:
    with pytest.raises(error) as raised:
        run_command("true", vectors=vectors)
    assert getattr(raised.value, "field", None) == field


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_an_interrupted_run_kills_the_implementation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(self: object, line: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Judge, "line", interrupt)
    pid_file = tmp_path / "pid"
    command = replay(
        tmp_path, small_answers(), before=f"sleep 100 & echo $! > {pid_file}; ", after="; sleep 100"
    )
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        run_command(command, vectors=SMALL, timeout=30)
    assert time.monotonic() - start < 5
    assert gone(int(pid_file.read_text()))


def test_run_command_reports_silent_and_broken_implementations() -> None:
    silent = run_command("true")
    assert not any(r.passed for r in silent.rows)
    assert silent.rows[0].detail == "not answered"
    assert silent.problems[0].startswith(f"the implementation wrote 0 lines for {len(BY_ID)} vectors")
    garbage = run_command("yes not-json | head -n 3")
    assert "not JSON" in garbage.rows[0].detail
    assert garbage.rows[-1].detail == "not answered"
    missing = run_command("/no/such/implementation")
    assert not any(r.passed for r in missing.rows)
    assert "exit status 127" in missing.problems[0]


def test_run_command_timeout() -> None:
    report = run_command("sleep 5", timeout=0.2)
    assert not any(r.passed for r in report.rows)
    assert report.rows[0].detail == "not answered (timed out after 0.2 s)"
    assert report.timed_out


def test_run_command_reads_a_last_line_without_newline() -> None:
    report = run_command("printf '{}'")
    assert "expected a result" not in report.rows[0].detail
    assert report.rows[0].detail.startswith("track: expected ")
    assert report.rows[1].detail == "not answered"
    assert report.lines_written == 1


# -- a stop while the implementation starts ------------------------------------------------------------
class Stopped(Exception):
    """What the handler of the tests below raises, as the command line's handler does."""


def _stop(signum: int, _: object) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def _handler(signum: int, handler: Callable[[int, Any], None]) -> Iterator[None]:
    previous = signal.signal(signum, handler)
    try:
        yield
    finally:
        signal.signal(signum, previous)


def _popen_then(monkeypatch: pytest.MonkeyPatch, *signums: int) -> list[subprocess.Popen[bytes]]:
    """Make the runner's process start, then the signals come before it has the process
    in hand (the window a loaded machine widens); return the processes started."""
    started: list[subprocess.Popen[bytes]] = []
    real = subprocess.Popen

    def popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        proc = real(*args, **kwargs)
        started.append(proc)
        for signum in signums:
            signal.raise_signal(signum)
        return proc

    monkeypatch.setattr(subprocess, "Popen", popen)
    return started


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_stop_while_the_implementation_starts_still_kills_it(
    monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    started = _popen_then(monkeypatch, signum)
    try:
        with _handler(signum, _stop), pytest.raises(Stopped):
            run_command("exec sleep 321", vectors=SMALL, timeout=30)
        assert len(started) == 1
        assert started[0].returncode == -signal.SIGKILL  # killed, and reaped: no zombie left
    finally:
        for proc in started:
            if proc.returncode is None:  # not reaped, so its pid is still its own
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def test_a_signal_whose_handler_returns_is_delivered_once_and_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    _popen_then(monkeypatch, signal.SIGHUP, signal.SIGHUP)
    with _handler(signal.SIGHUP, lambda signum, _: calls.append(signum)):
        report = run_command(REAL, vectors=SMALL, timeout=60)
    assert report.ok
    assert calls == [signal.SIGHUP]  # after the start, and once, as a pending signal is


def test_a_run_outside_the_main_thread_leaves_the_handlers_alone() -> None:
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    reports: list[Report] = []
    thread = threading.Thread(target=lambda: reports.append(run_command(REAL, vectors=SMALL, timeout=60)))
    thread.start()
    thread.join()
    assert reports[0].ok
    assert {s: signal.getsignal(s) for s in before} == before
