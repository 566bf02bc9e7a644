"""``fasttrack assess --jobs N``: the bytes of ``--jobs 1``, in input order, with the
same exit codes; and however the run ends (Ctrl-C, SIGTERM, SIGHUP, a closed stdout, a
worker killed), the documented exit code, one stderr line and no process left behind."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from scripts.fuzz_lines import line as fuzz_line

from fasttrack_rules import exits
from fasttrack_rules.batch import CHUNK_LINES
from fasttrack_rules.conformance import load_vectors
from fasttrack_rules.conformance.vectors import line_of
from fasttrack_rules.protocol import MAX_LINE_BYTES
from tests.cases import case

CLI = [sys.executable, "-m", "fasttrack_rules"]
GOOD = json.dumps(case(id="Søren"), ensure_ascii=False).encode()
#: Enough lines that the workers start (more than one chunk).
SOME = b"".join(json.dumps(case(id=f"c{k}")).encode() + b"\n" for k in range(2 * CHUNK_LINES + 1))
#: Enough lines that the workers run for a while (and more than the line limit).
MANY = SOME * 20
#: Marks the processes of one test run in their environment, to find any left behind.
MARK = f"FASTTRACK_TEST_RUN_{os.getpid()}"


def run(args: Sequence[str], data: bytes = b"", **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], input=data, capture_output=True, check=False, timeout=300, **kw)


def one_stderr_line(err: bytes) -> str:
    text = err.decode("utf-8")
    assert "Traceback" not in text
    assert text.count("\n") == 1, text
    assert text.startswith("fasttrack: "), text
    return text


def left_behind(mark: str) -> list[int]:
    """The processes whose environment holds ``mark``, once they have had a few seconds
    to end (a stopped run's workers end as soon as their pipe ends)."""
    for _ in range(200):
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    environ = Path(f"/proc/{entry}/environ").read_bytes()
                except OSError:  # gone meanwhile, or not ours
                    continue
                if f"{mark}=1".encode() in environ.split(b"\0"):
                    found.append(int(entry))
        if not found:
            return []
        time.sleep(0.05)
    return found


@pytest.fixture
def many(tmp_path: Path) -> str:
    """A file of :data:`MANY` lines (a file: no test waits to write a pipe while the
    command waits to write its answers)."""
    path = tmp_path / "many.jsonl"
    path.write_bytes(MANY)
    assert len(MANY) > MAX_LINE_BYTES  # not a small file, which is answered without workers
    return str(path)


def started(args: Sequence[str], mark: str) -> subprocess.Popen[bytes]:
    """A run in a process group of its own (as a shell runs a command line), marked."""
    return subprocess.Popen(
        [*CLI, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, mark: "1"},
        start_new_session=True,
    )


# -- the same bytes ---------------------------------------------------------------------------------
def all_vector_lines() -> bytes:
    return b"".join(line_of(vector) + b"\n" for vector in load_vectors())


@pytest.mark.parametrize("options", [[], pytest.param(["--pretty", "--lang", "da"], marks=pytest.mark.slow)])
def test_every_vector_line_gives_the_bytes_of_one_job(options: list[str]) -> None:
    data = all_vector_lines()
    assert data.count(b"\n") > 2 * CHUNK_LINES  # the workers answer
    one = run(["assess", *options], data)
    two = run(["assess", "--jobs", "2", *options], data)
    assert two.stdout == one.stdout
    assert two.returncode == one.returncode == exits.FAILED  # the error vectors
    assert two.stderr == one.stderr == b""


def generated_lines(count: int, seed: int) -> bytes:
    """Fuzz lines (random JSON, cases valid and not, bytes that are not UTF-8, blank and
    deep lines) with a line over the limit every 50 lines."""
    rng = random.Random(seed)
    lines = [b'{"id": "' + b"x" * 5000 + b'"}' if k % 50 == 7 else fuzz_line(rng) for k in range(count)]
    return b"\n".join(line for line in lines if len(line) < 100_000) + b"\n"


@pytest.mark.parametrize(
    "jobs", ["2", pytest.param("0", marks=pytest.mark.slow), pytest.param("3", marks=pytest.mark.slow)]
)
def test_thousands_of_generated_lines_give_the_bytes_of_one_job(jobs: str) -> None:
    data = generated_lines(4000, seed=int(jobs))
    one = run(["assess", "--max-line-bytes", "4096"], data)
    many = run(["assess", "--max-line-bytes", "4096", "--jobs", jobs], data)
    assert many.stdout == one.stdout
    assert (many.returncode, many.stderr) == (one.returncode, one.stderr) == (exits.FAILED, b"")
    out = [json.loads(line) for line in many.stdout.splitlines()]
    assert len(out) == data.count(b"\n")
    assert {o["error"]["code"] for o in out if "error" in o} >= {
        "LINE_TOO_LONG",
        "EMPTY_LINE",
        "INVALID_ENCODING",
    }
    assert [o["line"] for o in out if "line" in o] == sorted(o["line"] for o in out if "line" in o)


def test_order_and_exit_codes_with_workers() -> None:
    good = run(["assess", "--jobs", "2"], SOME)
    assert good.returncode == exits.OK
    assert [json.loads(line)["id"] for line in good.stdout.splitlines()] == [
        f"c{k}" for k in range(2 * CHUNK_LINES + 1)
    ]
    last_bad = run(["assess", "--jobs", "2"], SOME + b"{\n")
    assert last_bad.returncode == exits.FAILED
    assert json.loads(last_bad.stdout.splitlines()[-1])["line"] == 2 * CHUNK_LINES + 2


def test_a_small_file_with_a_pretty_printed_case_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case(id="pretty"), indent=2), encoding="utf-8")
    for args in (["assess", "--jobs", "2", str(path)], ["assess", "--jobs", "0"]):
        done = subprocess.run(
            [*CLI, *args], stdin=path.open("rb"), capture_output=True, check=False, timeout=60
        )
        (out,) = [json.loads(line) for line in done.stdout.splitlines()]
        assert out["id"] == "pretty"


@pytest.mark.parametrize("value", ["-1", "x", "1.5", "", "+2", "1_0", "\u0662", "1025"])
def test_jobs_must_be_a_whole_number_from_0_to_1024(value: str) -> None:
    done = run(["assess", "--jobs", value], GOOD)
    assert done.returncode == exits.USAGE
    assert b"--jobs" in done.stderr
    assert b"Traceback" not in done.stderr


def test_input_faults_with_workers_are_66(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.jsonl", tmp_path):
        done = run(["assess", "--jobs", "2", str(path)])
        assert done.returncode == exits.NOINPUT
        assert str(path) in one_stderr_line(done.stderr)


# -- however it ends ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("stop", "status", "said"),
    [
        (lambda p: os.killpg(p.pid, signal.SIGINT), exits.INTERRUPTED, "interrupted"),  # Ctrl-C
        (lambda p: p.send_signal(signal.SIGTERM), 128 + signal.SIGTERM, "stopped by SIGTERM"),
        (lambda p: os.killpg(p.pid, signal.SIGTERM), 128 + signal.SIGTERM, "stopped by SIGTERM"),
        (lambda p: os.killpg(p.pid, signal.SIGHUP), 128 + signal.SIGHUP, "stopped by SIGHUP"),
    ],
)
def test_a_stopped_run_ends_its_workers(stop: Any, status: int, said: str, many: str) -> None:
    mark = f"{MARK}_{status}_{said.replace(' ', '_')}"
    proc = started(["assess", "--jobs", "2", many], mark)
    assert proc.stdout is not None
    assert json.loads(proc.stdout.readline())["id"] == "c0"  # the workers answer
    stop(proc)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status
    assert err.decode() == f"fasttrack: {said}\n"
    assert left_behind(mark) == []


def children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.1, 0.2])
def test_ctrl_c_while_the_workers_start_is_one_line_too(delay: float, many: str) -> None:
    mark = f"{MARK}_start_{delay}"
    proc = started(["assess", "--jobs", "2", many], mark)
    while not children(proc.pid):  # the first process is started: the workers follow
        time.sleep(0.001)
    time.sleep(delay)  # not a measurement: any moment must do
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == exits.INTERRUPTED
    assert err.decode() == "fasttrack: interrupted\n"
    assert left_behind(mark) == []


def test_a_reader_that_goes_away_is_141_and_ends_the_workers() -> None:
    mark = f"{MARK}_head"
    done = subprocess.run(
        f"set -o pipefail; {sys.executable} -m fasttrack_rules assess --jobs 2 | head -1 >/dev/null",
        shell=True,
        input=MANY,
        capture_output=True,
        check=False,
        timeout=120,
        executable="/bin/bash",
        env={**os.environ, mark: "1"},
    )
    assert done.returncode == exits.CLOSED_OUTPUT
    assert "closed" in one_stderr_line(done.stderr)
    assert left_behind(mark) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_with_workers_is_74() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*CLI, "assess", "--jobs", "2"],
            input=MANY,
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
            timeout=120,
        )
    assert done.returncode == exits.IOERR
    assert "cannot write" in one_stderr_line(done.stderr)


def test_a_worker_killed_is_70_with_one_line(many: str) -> None:
    mark = f"{MARK}_worker"
    proc = started(["assess", "--jobs", "2", many], mark)
    assert proc.stdout is not None
    proc.stdout.readline()
    workers = [c for c in children(proc.pid) if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == exits.SOFTWARE
    assert "a worker process ended before it answered its lines (killed by SIGKILL)" in one_stderr_line(err)
    assert left_behind(mark) == []


def test_a_killed_parent_leaves_no_worker_behind(many: str) -> None:
    mark = f"{MARK}_sigkill"
    proc = started(["assess", "--jobs", "2", many], mark)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.kill()  # no handler runs: the workers see their pipes end
    proc.communicate(timeout=60)
    assert left_behind(mark) == []


# -- in process ------------------------------------------------------------------------------------
def test_in_process_with_a_text_only_stdout_and_a_failing_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from fasttrack_rules.cli import main

    out = io.StringIO()  # no .buffer: the bytes are written as text
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD + b"\n{\n")))
    assert main(["assess", "--jobs", "2"]) == exits.FAILED
    assert [json.loads(line).get("id") for line in out.getvalue().splitlines()] == ["Søren", None]

    class Unreadable(io.BytesIO):
        def readline(self, size: int | None = -1) -> bytes:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(Unreadable()))
    assert main(["assess", "--jobs", "2"]) == exits.IOERR


def test_in_process_with_a_stdout_that_has_no_file_descriptor(monkeypatch: pytest.MonkeyPatch) -> None:
    from fasttrack_rules.cli import main

    out = io.BytesIO()  # bytes, but no file descriptor the workers could write to
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="utf-8"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SOME)))
    assert main(["assess", "--jobs", "2"]) == exits.OK
    assert out.getvalue() == run(["assess"], SOME).stdout
