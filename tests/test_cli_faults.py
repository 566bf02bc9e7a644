"""The command line under hostile input and a hostile environment: every fault ends in one
error line for that input line, or in one line on stderr and a documented exit code;
never a traceback (docs/robustness.md)."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from fasttrack_rules import exits
from fasttrack_rules.protocol import MAX_LINE_BYTES
from tests.cases import BASE, case

GOOD = json.dumps(case(id="Søren")).encode()
NO_ID = json.dumps({k: v for k, v in case().items() if k != "id"}).encode()[:-1]  # open for one more key
CLI = [sys.executable, "-m", "fasttrack_rules"]


def run(
    args: Sequence[str],
    data: bytes = b"",
    *,
    env: dict[str, str] | None = None,
    **kw: Any,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLI, *args],
        input=data,
        capture_output=True,
        check=False,
        timeout=120,
        env={**os.environ, **(env or {})},
        **kw,
    )


def outputs(done: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    text = done.stdout.decode("utf-8")  # strict: the output is always UTF-8
    assert text.endswith("\n") or text == ""
    return [json.loads(line) for line in text.split("\n")[:-1]]


def one_stderr_line(done: subprocess.CompletedProcess[bytes]) -> str:
    err = done.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert err.startswith("fasttrack: "), err
    return err


# -- bytes and strings ------------------------------------------------------------------------
@pytest.mark.parametrize("escape", [b"\\ud800", b"\\udc80", b"a\\udbff", b"\\udfff\\ud800"])
def test_a_lone_surrogate_is_an_error_for_its_line_only(escape: bytes) -> None:
    line = NO_ID + b', "id": "' + escape + b'"}'
    done = run(["assess"], line + b"\n" + GOOD + b"\n")
    out = outputs(done)
    assert [o.get("error", {}).get("code") for o in out] == ["INVALID_ENCODING", None]
    assert out[1]["id"] == "Søren"
    assert done.returncode == exits.FAILED
    assert done.stderr == b""


def test_a_surrogate_pair_is_text() -> None:
    line = NO_ID + b', "id": "\\ud83d\\ude00"}'
    (out,) = outputs(run(["assess"], line + b"\n"))
    assert out["id"] == "\U0001f600"


@pytest.mark.parametrize(
    "env",
    [
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
        {"LC_ALL": "C", "PYTHONIOENCODING": "latin-1"},
        {"PYTHONIOENCODING": "ascii"},
    ],
)
def test_output_is_utf8_whatever_the_locale(env: dict[str, str]) -> None:
    done = run(["assess", "--lang", "da"], GOOD + b"\n", env=env)
    (out,) = outputs(done)
    assert out["id"] == "Søren"
    assert done.returncode == 0
    assert "ø".encode() in done.stdout
    explained = run(["explain"], GOOD + b"\n", env=env)
    assert explained.returncode == 0
    assert "Søren" in explained.stdout.decode("utf-8")
    closed = run(["calendar", "closed", "2025"], env=env)
    assert "Kristi himmelfartsdag" in closed.stdout.decode("utf-8")


# -- files and streams ------------------------------------------------------------------------
def test_input_file_faults_are_one_line_and_66(tmp_path: Path) -> None:
    regular = tmp_path / "cases.jsonl"
    regular.write_bytes(GOOD + b"\n")
    unreadable = tmp_path / "secret.jsonl"
    unreadable.write_bytes(GOOD)
    unreadable.chmod(0)
    paths = [tmp_path / "missing.jsonl", tmp_path, regular / "through-a-file"]
    if os.geteuid() != 0:  # root reads anything
        paths.append(unreadable)
    for path in paths:
        for command in ("assess", "explain"):
            done = run([command, str(path)])
            assert done.returncode == exits.NOINPUT, (path, done)
            assert str(path) in one_stderr_line(done)
            assert done.stdout == b""


def test_closed_stdin_is_66() -> None:
    shell = subprocess.run(
        f"{sys.executable} -m fasttrack_rules assess <&-", shell=True, capture_output=True, check=False
    )
    assert shell.returncode == exits.NOINPUT
    one_stderr_line(shell)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["assess"],
        ["explain"],
        ["explain", "--format", "mermaid"],
        ["calendar", "closed", "2025"],
        ["calendar", "add", "2025-04-16", "2"],
        ["calendar", "count", "2025-01-01", "2026-01-01"],
        ["schema", "input"],
        ["vectors", "run", "--only", "WE-*", "--command", f"{sys.executable} -m fasttrack_rules assess"],
        ["--version"],
    ],
)
def test_a_full_disk_is_74(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*CLI, *args], input=GOOD + b"\n", stdout=full, stderr=subprocess.PIPE, check=False, timeout=120
        )
    assert done.returncode == exits.IOERR, done.stderr
    assert "cannot write" in one_stderr_line(done)


def test_a_reader_that_goes_away_is_141() -> None:
    def through_bash(pipeline: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            pipeline,
            shell=True,
            input=(GOOD + b"\n") * 5000,
            capture_output=True,
            check=False,
            timeout=120,
            executable="/bin/bash",
        )

    assess = f"{sys.executable} -m fasttrack_rules assess"
    assert len(through_bash(f"{assess} | head -1").stdout.splitlines()) == 1
    status = through_bash(f"set -o pipefail; {assess} | head -1 >/dev/null")
    assert status.returncode == exits.CLOSED_OUTPUT
    assert "closed" in one_stderr_line(status)


def test_export_and_csv_that_cannot_be_written_are_73(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = run(["vectors", "export", str(blocker / "kit")])
    assert done.returncode == exits.CANTCREAT
    assert str(blocker) in one_stderr_line(done)
    fresh = run(["vectors", "export", str(tmp_path / "new" / "deeper" / "kit")])
    assert fresh.returncode == 0  # a missing folder is made


@pytest.mark.parametrize(
    ("signum", "status", "said"),
    [
        (signal.SIGINT, exits.INTERRUPTED, "interrupted"),
        (signal.SIGTERM, 128 + signal.SIGTERM, "stopped by SIGTERM"),
        (signal.SIGHUP, 128 + signal.SIGHUP, "stopped by SIGHUP"),
    ],
)
def test_ctrl_c_is_130_and_sigterm_or_sighup_128_plus_the_signal(signum: int, status: int, said: str) -> None:
    proc = subprocess.Popen(
        [*CLI, "assess"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write(GOOD + b"\n")
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["id"] == "Søren"  # it is running, waiting for input
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status
    assert err.decode() == f"fasttrack: {said}\n"


# -- line by line, bounded ------------------------------------------------------------------------
def test_every_line_is_answered_as_it_is_read_even_after_a_broken_first_line() -> None:
    proc = subprocess.Popen(
        [*CLI, "assess"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    for line, code in ((b"{", "INVALID_JSON"), (GOOD, None), (b"[", "INVALID_JSON")):
        proc.stdin.write(line + b"\n")
        proc.stdin.flush()
        answer = json.loads(proc.stdout.readline())  # before stdin is closed
        assert answer.get("error", {}).get("code") == code
    proc.stdin.close()
    proc.wait(timeout=60)
    assert proc.returncode == exits.FAILED


def test_a_pretty_printed_case_in_a_small_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case(id="pretty"), indent=2), encoding="utf-8")
    (out,) = outputs(run(["assess", str(path)]))
    assert out["id"] == "pretty"
    redirected = subprocess.run(
        [*CLI, "assess"], stdin=path.open("rb"), capture_output=True, check=False, timeout=60
    )
    assert outputs(redirected)[0]["id"] == "pretty"
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{\n  "as_of": \n}\n')
    assert [o["line"] for o in outputs(run(["assess", str(broken)]))] == [1, 2, 3]
    # over the limit, a file is JSON Lines too
    assert len(outputs(run(["assess", "--max-line-bytes", "50", str(path)]))) > 1


def rss_after(args: list[str], feed: Any) -> tuple[int, list[dict[str, Any]]]:
    """Peak RSS (KiB) of one CLI run whose stdin is written by ``feed(stdin)``."""
    script = (
        "import resource, subprocess, sys\n"
        f"p = subprocess.Popen({[*CLI, *args]!r}, stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n"
        "import threading\n"
        "out = []\n"
        "t = threading.Thread(target=lambda: out.append(p.stdout.read()))\n"
        "t.start()\n"
        "exec(sys.stdin.read())\n"
        "p.stdin.close(); t.join(); p.wait()\n"
        "sys.stdout.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) + '\\n')\n"
        "sys.stdout.buffer.write(out[0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=feed.encode(), capture_output=True, check=True, timeout=300
    )
    first, _, rest = done.stdout.partition(b"\n")
    return int(first), [json.loads(line) for line in rest.splitlines()]


def test_a_200_mb_line_is_an_error_in_bounded_memory() -> None:
    good = GOOD.decode()
    feed = (
        "chunk = b'x' * (1 << 20)\n"
        "for _ in range(200): p.stdin.write(chunk)\n"
        f"p.stdin.write(b'\\n' + {good!r}.encode() + b'\\n')\n"
    )
    peak, out = rss_after(["assess"], feed)
    assert [o.get("error", {}).get("code") for o in out] == ["LINE_TOO_LONG", None]
    assert out[0]["line"] == 1
    assert out[1]["id"] == "Søren"
    assert peak < 120 * 1024, f"peak RSS {peak} KiB"  # the interpreter and its tables: ~40 MiB
    small, _ = rss_after(["assess"], f"p.stdin.write({good!r}.encode() + b'\\n')\n")
    assert peak < small + 2 * MAX_LINE_BYTES // 1024 + 8 * 1024


def test_the_line_limit_is_exact_and_configurable() -> None:
    line = b'{"as_of": "2025-03-20", "first_day_of_absence": "2025-03-03"}'
    at = line + b" " * (MAX_LINE_BYTES - len(line))
    over = at + b" "
    out = outputs(run(["assess"], at + b"\n" + over + b"\n" + over))
    assert [o.get("error", {}).get("code") for o in out] == [None, "LINE_TOO_LONG", "LINE_TOO_LONG"]
    small = outputs(run(["assess", "--max-line-bytes", str(len(line))], line + b"\n" + line + b" \n"))
    assert [o.get("error", {}).get("code") for o in small] == [None, "LINE_TOO_LONG"]
    for bad in ("0", "-1", "x", "1.5"):
        usage = run(["assess", "--max-line-bytes", bad])
        assert usage.returncode == exits.USAGE
        assert b"Traceback" not in usage.stderr


# -- strict JSON and error lines --------------------------------------------------------------------
def test_strict_json_lines() -> None:
    base = json.dumps(case(id="k")).encode()[:-1]
    lines = [
        base + b', "as_of": "2025-03-21"}',
        base + b', "request": {"by": "employer", "by": "employer", "date": "2025-03-18"}}',
        base + b', "answers": false}',
        base + b', "municipal_target_weeks": NaN}',
        json.dumps(
            {
                **case(id="k"),
                "request": {"by": "jobcenter", "date": "2025-03-18"},
                "letter_sent": None,
                "consent": None,
                "municipal_target_weeks": 2.0,
            }
        ).encode(),
    ]
    out = outputs(run(["assess"], b"\n".join(lines)))
    assert [(o.get("error", {}).get("code"), o.get("error", {}).get("field")) for o in out] == [
        ("DUPLICATE_KEY", "as_of"),
        ("DUPLICATE_KEY", "request.by"),
        ("INVALID_TYPE", "answers"),
        ("INVALID_JSON", None),
        (None, None),
    ]
    assert out[4]["deadlines"]["policy_first_meeting"]["due"] == "2025-04-01"


def test_error_lines_carry_the_line_number_and_the_id_when_known() -> None:
    data = b"\n".join(
        [
            json.dumps({**BASE, "id": "first", "as_of": "2025-02-30"}).encode(),
            b"",
            json.dumps({**BASE, "id": 7}).encode(),
            json.dumps({**BASE, "id": "third", "colour": 1}).encode(),
            b"{",
        ]
    )
    out = outputs(run(["assess"], data))
    assert [(o["line"], o.get("id")) for o in out] == [
        (1, "first"),
        (2, None),
        (3, None),
        (4, "third"),
        (5, None),
    ]
    assert all(set(o) <= {"line", "id", "error"} for o in out)


def test_explain_writes_errors_to_stderr_as_text() -> None:
    data = GOOD + b"\n" + json.dumps({**BASE, "id": "bad\x1b[2J", "as_of": "x"}).encode() + b"\n{\n"
    done = run(["explain", "--lang", "en"], data)
    text = done.stdout.decode("utf-8")
    assert "Søren" in text
    assert '"error"' not in text
    err = done.stderr.decode("utf-8").splitlines()
    assert len(err) == 2
    assert err[0].startswith("fasttrack: line 2")
    assert "\x1b" not in done.stderr.decode()
    assert "INVALID_DATE as_of" in err[0]
    assert err[1].startswith("fasttrack: line 3: INVALID_JSON")
    assert done.returncode == exits.FAILED


def test_unsupported_lang_is_a_usage_error() -> None:
    for command in ("assess", "explain"):
        done = run([command, "--lang", "fr"], GOOD)
        assert done.returncode == exits.USAGE
        assert b"Traceback" not in done.stderr


def test_json_output_escapes_what_a_terminal_would_act_on() -> None:
    hostile = "a\x7f\u009b[2J\u2028\u2029\u202eb\u2066 ø"
    (out,) = outputs(run(["assess"], json.dumps({**case(), "id": hostile}, ensure_ascii=False).encode()))
    assert out["id"] == hostile  # the same JSON value
    done = run(["assess"], json.dumps({**case(), "id": hostile}, ensure_ascii=False).encode())
    raw = done.stdout.decode("utf-8")
    assert not any(ch in raw for ch in "\x7f\u009b\u2028\u2029\u202e\u2066")
    assert "ø" in raw


def test_explain_markdown_from_the_command_line() -> None:
    done = run(["explain", "--format", "markdown", "--lang", "en"], GOOD + b"\n")
    assert done.returncode == 0
    text = done.stdout.decode("utf-8")
    assert text.startswith("#")
    assert "```mermaid" in text


# -- in process, where a subprocess cannot reach ----------------------------------------------------
def test_without_stdout_a_command_is_74_and_help_or_a_usage_error_say_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fasttrack_rules.cli import main

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["calendar", "add", "2025-04-16", "2"]) == exits.IOERR
    for argv, status in ((["--help"], 0), (["assess", "--lang", "xx"], exits.USAGE)):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == status


def test_a_failed_read_of_the_input_is_74(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    from fasttrack_rules.cli import main

    class Unreadable(io.BytesIO):
        def readline(self, size: int | None = -1) -> bytes:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(Unreadable()))
    assert main(["explain"]) == exits.IOERR
    assert capsys.readouterr().err == "fasttrack: cannot read the input: Input/output error\n"


def test_main_in_another_thread_keeps_the_signals_and_writes_a_plain_stdout_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from fasttrack_rules.cli import main

    out = io.StringIO()  # not a TextIOWrapper: not reconfigured
    monkeypatch.setattr(sys, "stdout", out)
    handler = signal.getsignal(signal.SIGTERM)
    status: list[int] = []
    thread = threading.Thread(
        target=lambda: status.append(main(["calendar", "count", "2025-12-22", "2026-01-05"]))
    )
    thread.start()
    thread.join()
    assert status == [0]
    assert out.getvalue() == "5\n"
    assert signal.getsignal(signal.SIGTERM) is handler
