"""``fasttrack vectors run`` (:mod:`fasttrack_rules.runner`): its options, the vector files
it reads, and the reports it writes, against fake implementations and the real one."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fasttrack_rules import conformance
from fasttrack_rules.cli import main
from fasttrack_rules.conformance.render import SHOWN_OUT_OF_STEP
from tests.implementations import (
    ALL,
    BY_ID,
    ERROR_CASE,
    RAW,
    REAL,
    SMALL,
    WE,
    bend,
    replay,
    set_field,
    small_answers,
    we_answers,
)


def run_cli(capsys: Any, *argv: str) -> tuple[int, str, str]:
    status = main(["vectors", "run", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_the_real_implementation_passes_every_vector(capsys: Any) -> None:
    status, out, err = run_cli(capsys, "--quiet", "--command", REAL)
    assert out == f"{len(BY_ID)} passed, 0 failed\n"
    assert (status, err) == (0, "")


def test_a_banner_line_is_named_once_and_few_failures_are_detailed(tmp_path: Path, capsys: Any) -> None:
    command = replay(tmp_path, we_answers(), before="echo 'my-impl 1.0 starting'; ")
    status, out, _ = run_cli(capsys, "--subject", "worked_examples", "--quiet", "--command", command)
    assert status == 1
    assert "problem: the implementation wrote 17 lines for 16 vectors\n" in out
    assert out.count("\nFAIL ") + out.startswith("FAIL ") == SHOWN_OUT_OF_STEP
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


def test_a_command_that_is_not_found(capsys: Any) -> None:
    status, out, _ = run_cli(capsys, "--only", "WE-EMPLOYER-2025", "--command", "/no/such/implementation")
    assert status == 1
    assert "problem: the command could not be started: exit status 127 (command not found)\n" in out
    assert "problem: the implementation wrote 0 lines for 1 vector: 1 not answered" in out
    assert re.search(r"\n  \| .*/no/such/implementation: .*not found\n", out), out
    assert out.endswith("\n0 passed, 1 failed\n")


def test_vectors_answered_before_the_timeout_count(tmp_path: Path, capsys: Any) -> None:
    lines = we_answers()[:3]
    lines[1] = bend(lines[1], set_field("track", "bogus"))
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
    lines[2] = bend(lines[2], set_field("track", "bogus"))
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
    lines[0] = bend(lines[0], set_field("deadlines.request_window.is_law", 1))
    lines[5] = bend(lines[5], set_field("track", "bogus"))
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


def test_building_the_parser_loads_only_the_vector_set_of_the_conformance_package() -> None:
    code = (
        "import sys, argparse\n"
        "from fasttrack_rules import runner\n"
        "runner.add_run_arguments(argparse.ArgumentParser())\n"
        "print(sorted(m for m in sys.modules if m.startswith('fasttrack_rules.conformance')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "['fasttrack_rules.conformance', 'fasttrack_rules.conformance.vector_set']\n"
