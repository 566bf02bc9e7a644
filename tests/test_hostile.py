"""Regressions of a hostile review of the command line, the line reader and the
vectors runner: each test reproduces one finding (docs/robustness.md)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from fasttrack_rules import exits
from fasttrack_rules.cli import main
from fasttrack_rules.conformance import load_vectors, run_command
from tests.cases import case

CLI = [sys.executable, "-m", "fasttrack_rules"]
HEAD = b'"as_of": "2025-03-20", "first_day_of_absence": "2025-03-03"'


def nested(inner: bytes, depth: int) -> bytes:
    return b"[" * depth + inner + b"]" * depth


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (b"{" + HEAD + b', "id": ' + nested(b'"\\ud83d\\ude00"', 500) + b"}", "INVALID_TYPE"),
        (b"{" + HEAD + b', "id": ' + nested(b"1", 500) + b', "id": 1}', "DUPLICATE_KEY"),
        (b"{" + HEAD + b', "id": ' + nested(b'"\\ud800"', 500) + b"}", "INVALID_ENCODING"),
        (nested(b'"\\ud83d\\ude00"', 600), "INVALID_TYPE"),
        (nested(b'{"a": 1, "a": 2}', 600), "DUPLICATE_KEY"),
    ],
)
def test_deep_lines_with_escapes_or_repeats_are_answered_and_the_run_goes_on(line: bytes, code: str) -> None:
    good = json.dumps(case(id="after")).encode()
    done = subprocess.run(
        [*CLI, "assess"], input=line + b"\n" + good + b"\n", capture_output=True, check=False
    )
    assert done.stderr == b""
    first, second = (json.loads(x) for x in done.stdout.splitlines())
    assert first["error"]["code"] == code
    assert second["id"] == "after"
    assert done.returncode == exits.FAILED


def script(tmp_path: Path, name: str, body: str) -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return f"{sys.executable} {path}"


SOME = [v for v in load_vectors() if v["id"].startswith("WE-")][:3]


def test_a_deep_answer_fails_its_vector_without_stopping_the_runner(tmp_path: Path) -> None:
    deep = "[" * 990 + "]" * 990
    shallow = '{"a": ' + "[" * 600 + '"\\u00e9"' + "]" * 600 + "}"
    command = script(
        tmp_path,
        "deep.py",
        f"import sys\nsys.stdin.read()\nprint({deep!r})\nprint({shallow!r})\nprint({deep!r})\n",
    )
    report = run_command(command, vectors={"worked_examples": SOME}, timeout=30)
    assert [r.passed for r in report.rows] == [False] * 3
    assert all(r.detail for r in report.rows)


def test_answers_without_reading_the_input_fail_the_run(tmp_path: Path) -> None:
    vectors = load_vectors()
    real = subprocess.run(
        [*CLI, "assess"],
        input=b"".join(
            json.dumps(v["input"]).encode() + b"\n" if "input" in v else b"\n" for v in vectors[:1]
        ),
        capture_output=True,
        check=False,
    )
    recorded = tmp_path / "recorded.jsonl"
    recorded.write_bytes(real.stdout)
    padded = [v for v in vectors if v.get("line_padding")]  # over a pipe's buffer: the feeder notices
    report = run_command(
        f"exec 0<&-; cat {recorded}", vectors={"worked_examples": vectors[:1], "errors": padded}, timeout=30
    )
    assert any("stopped reading its input" in p for p in report.problems), report.problems
    assert not report.ok


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_the_runner_and_kill_the_implementation(tmp_path: Path, signum: int) -> None:
    marker = tmp_path / "pid"
    command = f"echo $$ > {marker}; exec sleep 321"
    proc = subprocess.Popen(
        [*CLI, "vectors", "run", "--only", "WE-*", "--command", command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    for _ in range(600):
        if marker.exists() and marker.read_text().strip():
            break
        time.sleep(0.05)
    child = int(marker.read_text())
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum
    assert err.decode().count("\n") == 1
    assert signal.Signals(signum).name in err.decode()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the implementation outlived the runner")


@pytest.mark.parametrize(
    "argv",
    [
        ["vectors", "run", "--timeout", "3000000", "--command", "true"],
        ["vectors", "run", "--timeout", "inf", "--command", "true"],
        ["vectors", "run", "--command", "   "],
        ["vectors", "run", "--max-line-bytes", str(2**63), "--command", "true"],
        ["assess", "--max-line-bytes", str(2**63)],
        ["assess", "--max-line-bytes", " 5_0"],
        ["calendar", "add", "2025-01-01", "\u0661"],
        ["calendar", "closed", "2_025"],
        ["vectors", "export", ""],
    ],
)
def test_values_that_int_or_float_would_take_are_usage_errors(argv: list[str], capsys: Any) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == exits.USAGE
    assert "Traceback" not in capsys.readouterr().err


def test_a_vector_file_that_is_a_fifo_is_refused_not_waited_on(tmp_path: Path, capsys: Any) -> None:
    from fasttrack_rules.conformance import export

    kit = tmp_path / "kit"
    export(str(kit))
    (kit / "errors.json").unlink()
    os.mkfifo(kit / "errors.json")
    status = main(["vectors", "run", "--vectors", str(kit), "--command", "true"])
    assert status == exits.NOINPUT
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_into_a_full_disk_is_74(flag: str) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([*CLI, flag], stdout=full, stderr=subprocess.PIPE, check=False, timeout=60)
    assert done.returncode == exits.IOERR
    assert done.stderr.decode().count("\n") == 1


def test_a_bank_calendar_with_open_on_names_that_option(capsys: Any) -> None:
    assert main(["calendar", "add", "--calendar", "bank", "--open-on", "2025-12-24", "2025-12-22", "1"]) == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert (error["code"], error["field"]) == ("INVALID_VALUE", "--open-on")


# -- the same faults in process, where a subprocess cannot reach ------------------------------------
def test_no_stdout_is_74_and_no_stderr_is_silence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["schema", "input"]) == exits.IOERR
    with pytest.raises(SystemExit) as info:
        main(["--no-such-option"])
    assert info.value.code == exits.USAGE


def test_a_read_error_is_74(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    class Failing:
        def readline(self, size: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

        def fileno(self) -> int:
            raise OSError("no file")

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *_: object) -> None:
            return None

    class Stdin:
        buffer = Failing()

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert main(["assess"]) == exits.IOERR
    assert capsys.readouterr().err == "fasttrack: cannot read the input: Input/output error\n"


def test_main_from_another_thread_and_a_plain_text_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import threading

    out = io.StringIO()  # not a TextIOWrapper: written as it is
    monkeypatch.setattr(sys, "stdout", out)
    status: list[int] = []
    thread = threading.Thread(target=lambda: status.append(main(["calendar", "add", "2025-04-16", "2"])))
    thread.start()
    thread.join()
    assert status == [0]
    assert out.getvalue() == "2025-04-23\n"


def test_show_survives_a_value_too_deep_to_write() -> None:
    from fasttrack_rules.conformance import show

    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    assert show(deep) == "(nested too deeply to show)"


def test_a_vector_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from fasttrack_rules.conformance import export, vectors

    kit = tmp_path / "kit"
    export(str(kit))
    monkeypatch.setattr(vectors, "MAX_VECTOR_FILE_BYTES", 1000)
    assert main(["vectors", "run", "--vectors", str(kit), "--command", "true"]) == exits.NOINPUT
    assert "is larger than 1,000 bytes" in capsys.readouterr().err
