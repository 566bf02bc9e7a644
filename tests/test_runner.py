"""``fasttrack vectors run`` and its engine ``conformance.run_command``, against tiny fake
implementations (shell and Python one-liners that replay, bend or break the answers of
the real one) and the real one."""

from __future__ import annotations

import functools
import itertools
import json
import os
import re
import shlex
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules import conformance, runner
from fasttrack_rules.cli import main
from fasttrack_rules.conformance import (
    Difference,
    Report,
    Row,
    json_same,
    line_of,
    load_subjects,
    printable,
    run_command,
    show,
)
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError

PY = shlex.quote(sys.executable)
REAL = f"{PY} -m fasttrack_rules assess"
ALL = load_subjects()
BY_ID = {v["id"]: v for vs in ALL.values() for v in vs}
WE = ALL["worked_examples"]
ERROR_CASE = next(v for v in ALL["errors"] if "input" in v)
RAW = next(v for v in ALL["errors"] if "line_hex" in v and "line_padding" not in v)
#: Three results and two errors (one a raw line): small, and every kind of answer.
SMALL = {"worked_examples": WE[:3], "errors": [ERROR_CASE, RAW]}


@functools.cache
def answers(ids: tuple[str, ...]) -> tuple[bytes, ...]:
    """The real implementation's output lines for these vectors."""
    vectors = [BY_ID[i] for i in ids]
    done = subprocess.run(
        [sys.executable, "-m", "fasttrack_rules", "assess"],
        input=b"".join(line_of(v) + b"\n" for v in vectors),
        capture_output=True,
        check=False,
    )
    lines = tuple(done.stdout.split(b"\n")[:-1])
    assert len(lines) == len(vectors)
    return lines


def small_answers() -> list[bytes]:
    return list(answers(tuple(v["id"] for vs in SMALL.values() for v in vs)))


def we_answers() -> list[bytes]:
    return list(answers(tuple(v["id"] for v in WE)))


def replay(tmp_path: Path, lines: list[bytes], *, before: str = "", after: str = "") -> str:
    """A fake implementation: it reads all it is sent, then writes ``lines``."""
    path = tmp_path / "answers.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return f"{before}cat >/dev/null; cat {shlex.quote(str(path))}{after}"


def bend(line: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    obj = json.loads(line)
    change(obj)
    return json.dumps(obj, ensure_ascii=False).encode()


def run_cli(capsys: Any, *argv: str) -> tuple[int, str, str]:
    status = main(["vectors", "run", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# -- the real implementation -----------------------------------------------------------------------
def test_the_real_implementation_passes_and_may_exit_1_after_error_lines() -> None:
    report = run_command(REAL, vectors=SMALL, timeout=60)
    assert [r.passed for r in report.rows] == [True] * 5
    assert report.exit_status == 1  # it wrote error lines, which is what status 1 says
    assert report.problems == ()
    assert report.ok
    assert report.lines_written == 5
    assert [r.subject for r in report.rows] == ["worked_examples"] * 3 + ["errors"] * 2


def test_the_real_implementation_passes_every_vector(capsys: Any) -> None:
    status, out, err = run_cli(capsys, "--quiet", "--command", REAL)
    assert out == f"{len(BY_ID)} passed, 0 failed\n"
    assert (status, err) == (0, "")


# -- exact JSON ------------------------------------------------------------------------------------
def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(obj: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        for key in parents:
            obj = obj[key]
        obj[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(obj: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        for key in parents:
            obj = obj[key]
        del obj[last]

    return change


@pytest.mark.parametrize(
    ("row", "change", "messages"),
    [
        pytest.param(
            0,
            _set("deadlines.request_window.is_law", 1),
            [
                "deadlines.request_window.is_law: expected true, got 1",
                "output.schema.json: /deadlines/request_window/is_law: expected boolean, got 1",
            ],
            id="1 for true",
        ),
        pytest.param(
            0,
            _set("days_earlier", 26.0),
            [
                "days_earlier: expected 26, got 26.0",
                "output.schema.json: /days_earlier: expected integer or null, got 26.0",
            ],
            id="26.0 for 26",
        ),
        pytest.param(
            0,
            _set("deadlines.request_window.citation.stk", True),
            ["deadlines.request_window.citation: expected", "output.schema.json: /deadlines/request_window/"],
            id="true for 1",
        ),
        pytest.param(
            0,
            _set("missing_facts", ""),
            [
                'missing_facts: expected [] (as a set), got ""',
                'output.schema.json: /missing_facts: expected array, got ""',
            ],
            id="a string for a list",
        ),
        pytest.param(
            0,
            _delete("versions"),
            ['output.schema.json: (root): missing required key "versions"'],
            id="a missing key",
        ),
        pytest.param(
            0,
            _set("surprise", 1),
            ['output.schema.json: (root): unexpected key "surprise"'],
            id="an extra key",
        ),
        pytest.param(
            4,
            _delete("error.field"),
            [
                "error.field: expected null, got (absent)",
                'error.schema.json: /error: missing required key "field"',
            ],
            id="error field absent, not null",
        ),
        pytest.param(
            3,
            _set("line", 0),
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


# -- line discipline -------------------------------------------------------------------------------
def test_a_banner_line_is_named_once_and_few_failures_are_detailed(tmp_path: Path, capsys: Any) -> None:
    command = replay(tmp_path, we_answers(), before="echo 'my-impl 1.0 starting'; ")
    status, out, _ = run_cli(capsys, "--subject", "worked_examples", "--quiet", "--command", command)
    assert status == 1
    assert "problem: the implementation wrote 17 lines for 16 vectors\n" in out
    assert out.count("\nFAIL ") + out.startswith("FAIL ") == runner.SHOWN_OUT_OF_STEP
    assert out.startswith('FAIL WE-EMPLOYER-2025 (worked_examples)\n  sent: {"as_of": ')
    assert (
        '  output line 1 is not JSON (Expecting value: line 1 column 1 (char 0)): "my-impl 1.0 starting"\n'
        in out
    )
    assert "... and 6 more failing vectors, not shown: the output is out of step with the input" in out
    assert out.endswith("\n0 passed, 16 failed\n")


def test_an_extra_line_at_the_end_fails_the_run(tmp_path: Path, capsys: Any) -> None:
    command = replay(tmp_path, we_answers(), after="; echo '{}'")
    status, out, _ = run_cli(capsys, "--subject", "worked_examples", "--quiet", "--command", command)
    assert out == "problem: the implementation wrote 17 lines for 16 vectors\n16 passed, 0 failed\n"
    assert status == 1


def test_missing_lines_are_named_once(tmp_path: Path, capsys: Any) -> None:
    command = replay(tmp_path, we_answers()[:3])
    report_csv = tmp_path / "r.csv"
    status, out, _ = run_cli(
        capsys, "--subject", "worked_examples", "--csv", str(report_csv), "--command", command
    )
    assert status == 1
    assert "FAIL" not in out
    assert out.splitlines()[:3] == [f"PASS {v['id']}" for v in WE[:3]]
    assert "problem: the implementation wrote 3 lines for 16 vectors: 13 not answered\n" in out
    assert (
        "failures by subject:\n  worked_examples: 13 of 16\nfailures by field:\n  not answered: 13\n" in out
    )
    assert out.endswith("\n3 passed, 13 failed\n")
    rows = report_csv.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id,subject,result,detail"
    assert rows[4] == f"{WE[3]['id']},worked_examples,FAIL,not answered"
    assert len(rows) == 17


def test_an_implementation_that_stops_reading_its_input() -> None:
    report = run_command("head -c 1 >/dev/null", vectors=ALL, timeout=30)
    assert report.lines_written == 0
    assert report.problems == (
        f"the implementation wrote 0 lines for {len(BY_ID)} vectors: {len(BY_ID)} not answered",
        "the implementation stopped reading its input before the last vector was sent",
    )


# -- exits and crashes ---------------------------------------------------------------------------------
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


def test_a_crash_before_the_end_is_named_in_the_unanswered_rows(tmp_path: Path, capsys: Any) -> None:
    command = replay(tmp_path, we_answers()[:2], after="; echo 'Segmentation fault' >&2; kill -SEGV $$")
    table = tmp_path / "r.csv"
    status, out, _ = run_cli(
        capsys, "--subject", "worked_examples", "--quiet", "--csv", str(table), "--command", command
    )
    assert status == 1
    assert "problem: the implementation crashed: killed by SIGSEGV\n" in out
    assert "failures by field:\n  not answered: 14\n" in out
    rows = table.read_text(encoding="utf-8").splitlines()
    assert rows[3] == f"{WE[2]['id']},worked_examples,FAIL,not answered (the implementation crashed: SIGSEGV)"
    assert "stderr of the implementation (its last 19 bytes):\n  | Segmentation fault\n" in out


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


def test_a_command_that_is_not_found(capsys: Any) -> None:
    status, out, _ = run_cli(capsys, "--only", "WE-EMPLOYER-2025", "--command", "/no/such/implementation")
    assert status == 1
    assert "problem: the command could not be started: exit status 127 (command not found)\n" in out
    assert "problem: the implementation wrote 0 lines for 1 vector: 1 not answered" in out
    assert re.search(r"\n  \| .*/no/such/implementation: .*not found\n", out), out
    assert out.endswith("\n0 passed, 1 failed\n")


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


# -- bounded memory ------------------------------------------------------------------------------------
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


@given(
    data=st.binary(max_size=300).map(lambda b: b.replace(b"\x00", b"\n")),
    cuts=st.lists(st.integers(0, 300), max_size=8),
    limit=st.integers(1, 40),
)
def test_lines_are_cut_the_same_whatever_the_chunks(data: bytes, cuts: list[int], limit: int) -> None:
    lines = conformance._Lines(limit)
    got: list[object] = []
    edges = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    for start, end in itertools.pairwise(edges):
        got += lines.feed(data[start:end])
        assert lines.held <= limit
    got += lines.close()
    pieces = data.split(b"\n")
    if pieces[-1] == b"":
        pieces.pop()
    want = [p if len(p) <= limit else conformance._TooLong(len(p)) for p in pieces]
    assert got == want


def test_a_long_line_is_read_in_pieces_and_never_held() -> None:
    lines = conformance._Lines(1 << 20)
    chunk = b"x" * (1 << 16)
    for _ in range(800):  # 50 MiB
        assert lines.feed(chunk) == []
        assert lines.held <= 1 << 20
    assert lines.feed(b"\n{}\n") == [conformance._TooLong(800 << 16), b"{}"]
    assert lines.close() == []


# -- timeouts ------------------------------------------------------------------------------------------
def _gone(pid: int) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:
            return True
        if stat.rsplit(")", 1)[1].split()[0] == "Z":  # dead, not yet reaped by its new parent
            return True
        time.sleep(0.05)
    return False


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
    assert _gone(int(pid_file.read_text()))


def test_vectors_answered_before_the_timeout_count(tmp_path: Path, capsys: Any) -> None:
    lines = we_answers()[:3]
    lines[1] = bend(lines[1], _set("track", "bogus"))
    command = replay(tmp_path, lines, after="; sleep 100")
    status, out, _ = run_cli(
        capsys, "--subject", "worked_examples", "--timeout", "1.5", "--quiet", "--command", command
    )
    assert status == 1
    assert f"FAIL {WE[1]['id']} (worked_examples)\n" in out
    assert f'  track: expected "{WE[1]["expected"]["track"]}", got "bogus"\n' in out
    assert "problem: timed out after 1.5 s: the implementation and its process group were killed\n" in out
    assert "failures by field:\n  not answered: 13\n" in out
    assert out.endswith("\n2 passed, 14 failed\n")


def test_an_implementation_that_closes_its_output_but_never_exits(tmp_path: Path) -> None:
    report = run_command(
        replay(tmp_path, small_answers(), after="; exec >&-; sleep 100"), vectors=SMALL, timeout=1
    )
    assert all(r.passed for r in report.rows)
    assert report.timed_out
    assert report.problems == ("timed out after 1 s: the implementation and its process group were killed",)


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


# -- the options ---------------------------------------------------------------------------------------
def test_only_runs_the_vectors_whose_id_matches(capsys: Any) -> None:
    status, out, _ = run_cli(capsys, "--only", "WE-EMPLOYER-2025", "--command", REAL)
    assert (status, out) == (0, "PASS WE-EMPLOYER-2025\n1 passed, 0 failed\n")
    status, out, _ = run_cli(
        capsys, "--only", "WE-FORM-*", "--only", "WE-STANDBY", "--quiet", "--command", REAL
    )
    chosen = [i for i in BY_ID if i.startswith("WE-FORM-") or i == "WE-STANDBY"]
    assert len(chosen) > 6
    assert (status, out) == (0, f"{len(chosen)} passed, 0 failed\n")


def test_max_line_bytes(capsys: Any) -> None:
    status, out, _ = run_cli(
        capsys, "--only", "WE-STANDBY", "--max-line-bytes", "10", "--quiet", "--command", REAL
    )
    assert status == 1
    assert "  output line 1 has " in out
    assert " bytes, more than the limit of 10 (--max-line-bytes)\n" in out


def test_only_must_match_something(capsys: Any) -> None:
    status, out, err = run_cli(capsys, "--only", "WE-*", "--only", "XX-*", "--command", "true")
    assert (status, out) == (2, "")
    assert err == "fasttrack: --only XX-*: matches no vector of the chosen subjects\n"
    status, _, err = run_cli(capsys, "--subject", "errors", "--only", "WE-*", "--command", "true")
    assert status == 2


def test_subject_chooses_files(capsys: Any) -> None:
    status, out, _ = run_cli(
        capsys, "--subject", "worked_examples,errors", "--subject", "questions", "--quiet", "--command", REAL
    )
    total = sum(len(ALL[s]) for s in ("worked_examples", "errors", "questions"))
    assert (status, out) == (0, f"{total} passed, 0 failed\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--subject", "worked_examples,bogus"], "unknown subject 'bogus'"),
        (["--subject", " , "], "expected subject names separated by commas"),
        (["--timeout", "0"], "must be more than 0 and at most 604800 seconds"),
        (["--timeout", "604801"], "must be more than 0 and at most 604800 seconds"),
        (["--timeout", "nan"], "not a number of seconds"),
        (["--timeout", "inf"], "not a number of seconds"),
        (["--timeout", "soon"], "not a number of seconds"),
        (["--max-line-bytes", "0"], "must be from 1 to 1,073,741,824"),
        (["--max-line-bytes", "1e6"], "not a whole number of bytes"),
        (["--format", "xml"], "invalid choice"),
    ],
)
def test_bad_options_are_usage_errors(capsys: Any, argv: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as done:
        main(["vectors", "run", "--command", "true", *argv])
    assert done.value.code == 2
    assert message in capsys.readouterr().err


def test_the_subjects_of_the_help_are_the_subjects() -> None:
    assert runner.SUBJECT_NAMES == conformance.SUBJECTS


def _kit(tmp_path: Path) -> Path:
    kit = tmp_path / "kit"
    conformance.export(str(kit))
    return kit


def test_vectors_runs_an_edited_kit(tmp_path: Path, capsys: Any) -> None:
    kit = _kit(tmp_path)
    path = kit / "worked_examples.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["vectors"][0]["expected"]["track"] = "ordinary"
    data["vectors"] = data["vectors"][:2]
    path.write_text(json.dumps(data), encoding="utf-8")
    status, out, _ = run_cli(
        capsys, "--vectors", str(kit), "--subject", "worked_examples", "--quiet", "--command", REAL
    )
    assert status == 1
    assert '  track: expected "ordinary", got "fast_track"\n' in out
    assert "failures by field:\n  track: 1\n" in out
    assert out.endswith("\n1 passed, 1 failed\n")


def _edit(kit: Path, subject: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = kit / f"{subject}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda kit: None, None),
        (
            lambda kit: (kit / "errors.json").unlink(),
            ": {kit}/errors.json: No such file or directory",
        ),
        (
            lambda kit: (kit / "consent.json").write_text("{", encoding="utf-8"),
            ": {kit}/consent.json: not JSON: Expecting property name enclosed in double quotes",
        ),
        (
            lambda kit: (kit / "consent.json").write_bytes(b'{"a": "\xff"}'),
            ": {kit}/consent.json: not JSON: not UTF-8 (byte 7)",
        ),
        (
            lambda kit: _edit(kit, "consent", lambda d: d["vectors"][0].update(id="cf-lower")),
            ": {kit}/consent.json: does not match vectors.schema.json: /vectors/0/id: expected a string "
            "matching",
        ),
        (
            lambda kit: _edit(kit, "consent", lambda d: d["vectors"][0].update(line_padding=3)),
            ': {kit}/consent.json: does not match vectors.schema.json: /vectors/0: key "line_padding" '
            'requires key "line_hex", which is missing',
        ),
        (
            lambda kit: _edit(kit, "consent", lambda d: d.update(subject="doctor")),
            ": {kit}/consent.json: the file's subject is doctor, not consent",
        ),
        (
            lambda kit: _edit(kit, "consent", lambda d: d["vectors"].append(d["vectors"][0])),
            ": {kit}/consent.json: the id CF-2025-03-03-LAST is also in {kit}/consent.json",
        ),
    ],
    ids=["fine", "missing file", "not JSON", "not UTF-8", "schema", "padding alone", "subject", "id twice"],
)
def test_an_unreadable_or_invalid_kit_is_noinput(
    tmp_path: Path, capsys: Any, spoil: Callable[[Path], None], message: str | None
) -> None:
    kit = _kit(tmp_path)
    spoil(kit)
    status, out, err = run_cli(capsys, "--vectors", str(kit), "--only", "NO-SUCH-ID", "--command", "true")
    if message is None:  # the kit is read, then --only fails: the kit was fine
        assert status == 2
        return
    assert (status, out) == (66, "")
    assert err.startswith(f"fasttrack: cannot read the vectors in {kit}" + message.format(kit=kit)), err
    assert err.count("\n") == 1


def test_a_missing_vectors_folder_is_noinput(tmp_path: Path, capsys: Any) -> None:
    status, out, err = run_cli(capsys, "--vectors", str(tmp_path / "nope"), "--command", "true")
    assert (status, out) == (66, "")
    assert err == f"fasttrack: cannot read the vectors in {tmp_path / 'nope'}: no such folder\n"


def test_csv_that_cannot_be_created_is_cantcreat_and_nothing_runs(tmp_path: Path, capsys: Any) -> None:
    marker = tmp_path / "ran"
    target = tmp_path / "missing" / "r.csv"
    status, out, err = run_cli(capsys, "--csv", str(target), "--command", f"touch {marker}")
    assert (status, out) == (73, "")
    assert err == f"fasttrack: cannot write {target}: No such file or directory\n"
    assert not marker.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_csv_that_cannot_be_written_is_cantcreat(tmp_path: Path, capsys: Any) -> None:
    status, _, err = run_cli(capsys, "--csv", "/dev/full", "--only", "WE-EMPLOYER-2025", "--command", REAL)
    assert status == 73
    assert err == "fasttrack: cannot write /dev/full: No space left on device\n"


def test_tap(tmp_path: Path, capsys: Any) -> None:
    lines = we_answers()
    lines[2] = bend(lines[2], _set("track", "bogus"))
    command = replay(tmp_path, lines, after="; echo 'warning: #1' >&2; exit 4")
    status, out, _ = run_cli(capsys, "--subject", "worked_examples", "--format", "tap", "--command", command)
    assert status == 1
    text = out.splitlines()
    assert text[:2] == ["TAP version 14", "1..17"]
    points = [line for line in text if re.match(r"(not )?ok \d+ - ", line)]
    assert len(points) == 17
    assert points[2] == f"not ok 3 - {WE[2]['id']} (worked_examples)"
    assert points[16] == "not ok 17 - run"
    assert sum(p.startswith("ok ") for p in points) == 15
    block = text[text.index(points[2]) + 1 : text.index(points[3])]
    assert block[0] == "  ---"
    assert block[-1] == "  ..."
    fields = {k.strip(): json.loads(v) for k, v in (line.split(": ", 1) for line in block[1:-1])}
    assert fields["message"] == f'track: expected "{WE[2]["expected"]["track"]}", got "bogus"'
    assert len(fields["differences"]) == 2  # and the schema's enum
    assert fields["subject"] == "worked_examples"
    assert fields["sent"].startswith('{"as_of": ')
    run_block = text[text.index(points[16]) + 1 : -1]
    run_fields = {k.strip(): json.loads(v) for k, v in (line.split(": ", 1) for line in run_block[1:-1])}
    assert run_fields["problems"] == ["the implementation exited with status 4"]
    assert run_fields["stderr_tail"] == "warning: #1\n"
    assert text[-1] == "# 15 passed, 1 failed"


def test_tap_of_a_good_run(capsys: Any) -> None:
    status, out, _ = run_cli(capsys, "--only", "WE-STANDBY", "--format", "tap", "--command", REAL)
    assert (status, out) == (
        0,
        "TAP version 14\n1..2\nok 1 - WE-STANDBY (worked_examples)\nok 2 - run\n# 1 passed, 0 failed\n",
    )


def test_junit(tmp_path: Path, capsys: Any) -> None:
    lines = small_answers()
    lines[0] = b'{"track": "\\u001b[31m<&>\\u0000"}'
    lines = lines[:4]
    command = replay(tmp_path, lines, after="; printf 'bad\\001\\033[0m <x> &\\n' >&2; exit 5")
    only = ["--only", SMALL["worked_examples"][0]["id"], "--only", SMALL["worked_examples"][1]["id"]]
    only += ["--only", SMALL["worked_examples"][2]["id"], "--only", ERROR_CASE["id"], "--only", RAW["id"]]
    status, out, _ = run_cli(
        capsys, *only, "--subject", "worked_examples,errors", "--format", "junit", "--command", command
    )
    assert status == 1
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(out.split("\n", 1)[1])
    assert root.tag == "testsuites"
    assert root.get("tests") == "6"
    assert root.get("failures") == "3"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["worked_examples", "errors", "run"]
    cases = suites["worked_examples"].findall("testcase")
    assert [c.get("classname") for c in cases] == ["worked_examples"] * 3
    assert [c.get("name") for c in cases] == [v["id"] for v in SMALL["worked_examples"]]
    failure = cases[0].find("failure")
    assert failure is not None
    assert failure.get("type") == "mismatch"
    assert "\x1b" not in (failure.get("message") or "")
    assert 'track: expected "fast_track", got "\\u001b[31m<&>\\u0000"' in (failure.text or "")
    assert cases[1].find("failure") is None
    unanswered = suites["errors"].findall("testcase")[1].find("failure")
    assert unanswered is not None
    assert unanswered.get("type") == "not answered"
    assert unanswered.get("message") == "not answered"
    run_case = suites["run"].find("testcase")
    assert run_case is not None
    assert run_case.get("classname") == "run"
    run_failure = run_case.find("failure")
    assert run_failure is not None
    assert run_failure.get("message") == "the implementation exited with status 5"
    assert run_case.findtext("system-err") == "bad\\u0001\\u001b[0m <x> &\n"
    assert run_case.findtext("system-out") == "3 passed, 2 failed"


def test_junit_of_a_good_run(capsys: Any) -> None:
    status, out, _ = run_cli(capsys, "--only", "WE-STANDBY", "--format", "junit", "--command", REAL)
    assert status == 0
    root = ET.fromstring(out.split("\n", 1)[1])
    assert root.get("failures") == "0"
    run_case = root.find("testsuite[@name='run']/testcase")
    assert run_case is not None
    assert run_case.find("failure") is None
    assert run_case.find("system-err") is None


def test_text_report_of_a_failing_vector(tmp_path: Path, capsys: Any) -> None:
    lines = we_answers()
    lines[0] = bend(lines[0], _set("deadlines.request_window.is_law", 1))
    lines[5] = bend(lines[5], _set("track", "bogus"))
    command = replay(tmp_path, lines, after="; echo 'a note on stderr' >&2")
    status, out, _ = run_cli(capsys, "--subject", "worked_examples", "--command", command)
    assert status == 1
    blocks = out.split("FAIL ")
    assert blocks[1].startswith("WE-EMPLOYER-2025 (worked_examples)\n  sent: {")
    sent = blocks[1].splitlines()[1]
    assert len(sent) < 260
    assert sent.endswith("…")
    assert "  deadlines.request_window.is_law: expected true, got 1\n" in blocks[1]
    assert "PASS WE-FORM-ASCENSION-2025\n" in out
    assert "failures by subject:\n  worked_examples: 2 of 16\n" in out
    assert "failures by field:\n  schema: 2\n  deadlines.request_window.is_law: 1\n  track: 1\n" in out
    assert "stderr" not in out  # the run itself went well
    assert out.endswith("\n14 passed, 2 failed\n")


# -- the raw-line vectors, padded -----------------------------------------------------------------------
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


def test_the_vector_schema_knows_line_padding() -> None:
    from fasttrack_rules._jsonschema import Validator

    items = conformance.schema("vectors")
    check = Validator(items)
    base = {
        "vector_set": "fasttrack_rules",
        "version": "2.0.0",
        "subject": "errors",
        "flags_defined": [],
    }
    vector = dict(BY_ID[RAW["id"]])
    assert check.is_valid({**base, "vectors": [{**vector, "line_padding": 1}]})
    assert not check.is_valid({**base, "vectors": [{**vector, "line_padding": 0}]})
    assert not check.is_valid({**base, "vectors": [{**vector, "line_padding": 1.0}]})
    case = dict(ERROR_CASE)
    assert not check.is_valid({**base, "vectors": [{**case, "line_padding": 1}]})


def test_the_error_codes_of_the_vectors_are_those_of_the_error_schema() -> None:
    codes = conformance.schema("error")["properties"]["error"]["properties"]["code"]["enum"]
    expected = conformance.schema("vectors")["properties"]["vectors"]["items"]["properties"]["expected"]
    assert expected["oneOf"][0]["properties"]["error"]["properties"]["code"]["enum"] == codes


# -- the Python API --------------------------------------------------------------------------------------
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

    monkeypatch.setattr(conformance._Judge, "line", interrupt)
    pid_file = tmp_path / "pid"
    command = replay(
        tmp_path, small_answers(), before=f"sleep 100 & echo $! > {pid_file}; ", after="; sleep 100"
    )
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        run_command(command, vectors=SMALL, timeout=30)
    assert time.monotonic() - start < 5
    assert _gone(int(pid_file.read_text()))


def test_load_subjects_checks_its_arguments() -> None:
    with pytest.raises(InvalidTypeError):
        load_subjects(subjects="errors")
    with pytest.raises(InvalidValueError) as raised:
        load_subjects(subjects=["errors", "nope"])
    assert raised.value.value == "nope"
    assert list(load_subjects(subjects=["errors", "consent"])) == ["consent", "errors"]
    assert conformance.load_vectors(subjects=["questions"]) == ALL["questions"]


def test_write_csv_to_a_file_name(tmp_path: Path) -> None:
    rows = [Row("A-1", True, "", "errors"), Row("B-2", False, 'x, "y"', "consent")]
    conformance.write_csv(rows, tmp_path / "r.csv")
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines() == [
        "id,subject,result,detail",
        "A-1,errors,PASS,",
        'B-2,consent,FAIL,"x, ""y"""',
    ]


def test_a_report_counts() -> None:
    rows = (Row("A", True, ""), Row("B", False, "x", "s", (Difference("f", "x"),)))
    report = Report(rows, 2, 0, None, False, 1.0, "", (), 0.1)
    assert (report.passed, report.failed, report.ok) == (1, 1, False)
    assert str(rows[1].differences[0]) == "x"
    assert Report(rows[:1], 1, 0, None, False, 1.0, "", (), 0.1).ok
    assert not Report(rows[:1], 1, 0, None, False, 1.0, "", ("p",), 0.1).ok


def test_the_text_report_when_the_run_failed_without_stderr() -> None:
    rows = (Row("A", True, ""),)
    report = Report(rows, 1, 2, None, False, 1.0, " \n", ("the implementation exited with status 2",), 0.1)
    assert runner.render_text(report, {}, quiet=True) == (
        "problem: the implementation exited with status 2\n1 passed, 0 failed\n"
    )
    tap = runner.render_tap(report, {})
    assert '  problems: ["the implementation exited with status 2"]\n' in tap
    assert "stderr_tail" not in runner.render_tap(Report(rows, 1, 2, None, False, 1.0, "", ("p",), 0.1), {})


@pytest.mark.parametrize(
    ("vector", "shown"),
    [
        ({"line_hex": "7b7d"}, "line_hex 7b7d"),
        ({"line_hex": "7b", "line_padding": 1048576}, "line_hex 7b and 1,048,576 spaces"),
        ({"line_hex": "ab" * 100}, "line_hex " + "ab" * 59 + "a…"),
        ({"input": {"id": "\u202e\x1b"}}, '{"id": "\\u202e\\u001b"}'),
    ],
)
def test_the_line_sent_is_shown_short_and_safe(vector: dict[str, Any], shown: str) -> None:
    assert runner._sent(vector) == shown


def test_a_tap_description_escapes_its_hash() -> None:
    assert runner._tap_description("A#1 \\ x") == "A\\#1 \\\\ x"


# -- exact JSON, as properties ----------------------------------------------------------------------------
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-2, 2)
    | st.sampled_from([0.0, 1.0, 2.5])
    | st.sampled_from(["", "a"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("ab"), inner, max_size=2),
    max_leaves=6,
)


@given(JSON_VALUES, JSON_VALUES)
def test_json_same_is_equality_of_the_json_text(a: Any, b: Any) -> None:
    def text(v: Any) -> str:
        return json.dumps(v, sort_keys=True)

    assert json_same(a, b) == (text(a) == text(b))
    assert json_same(a, a)


def test_json_same_tells_the_types_apart() -> None:
    assert not json_same(True, 1)
    assert not json_same(1, 1.0)
    assert not json_same(0, False)
    assert not json_same(None, False)
    assert not json_same([1], [True])
    assert not json_same({"a": 1}, {"a": 1, "b": 1})
    assert json_same({"a": [1, {"b": None}]}, {"a": [1, {"b": None}]})


@given(st.text())
def test_show_is_printable_and_still_the_same_json(text: str) -> None:
    shown = show(text, limit=10**6)
    assert shown.isprintable()
    if not any("\ud800" <= c <= "\udfff" for c in text):
        assert json.loads(shown) == text


def test_printable_escapes_controls_and_keeps_letters() -> None:
    assert printable("æø\tx\x1b\u202e\U000e0041") == "æø\\u0009x\\u001b\\u202e\\udb40\\udc41"
