"""``fasttrack synth`` and ``fasttrack report`` as a user runs them: the pipeline from a
synthetic cohort to a report, the report written to a folder, the usage errors and the
exit codes, and ``fasttrack schema history``."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from fasttrack_rules.cli import main

PERIOD = ["--from", "2023-01-01", "--to", "2024-12-31"]


def synth(tmp_path: Path, capsys: Any, *options: str) -> Path:
    assert main(["synth", "--cases", "400", "--seed", "3", *options]) == 0
    path = tmp_path / "cohort.jsonl"
    path.write_text(capsys.readouterr().out, encoding="utf-8")
    return path


def test_synth_writes_the_same_lines_for_the_same_seed(tmp_path: Path, capsys: Any) -> None:
    first = synth(tmp_path, capsys).read_text(encoding="utf-8")
    assert first == synth(tmp_path, capsys).read_text(encoding="utf-8")
    lines = first.splitlines()
    assert len(lines) == 400
    assert all(json.loads(line)["synthetic"] is True for line in lines)


def test_report_of_a_synthetic_cohort_in_each_format(tmp_path: Path, capsys: Any) -> None:
    path = synth(tmp_path, capsys, "--months", "24")
    assert main(["report", str(path), *PERIOD, "--by", "quarter"]) == 0
    text = capsys.readouterr().out
    assert "| 2024-Q4 |" in text
    assert "Every case of this history is synthetic" in text
    assert (
        main(["report", str(path), *PERIOD, "--format", "json", "--target-weeks", "4-9", "--min-cell", "10"])
        == 0
    )
    made = json.loads(capsys.readouterr().out)
    assert (made["target_weeks"], made["min_cell"]) == ([4, 9], 10)
    assert main(["report", str(path), *PERIOD, "--format", "csv", "--out", str(tmp_path / "out")]) == 0
    written = tmp_path / "out" / "report.csv"
    assert capsys.readouterr().out == f"{written}\n"
    assert written.read_text(encoding="utf-8").startswith("table,row,column,value\n")


def test_report_reads_stdin_says_each_bad_line_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    good = {"key": "K", "case": {"first_day_of_absence": "2023-03-01"}}
    data = "\n".join([json.dumps(good), '{"key": "010190-1234", "case": {}}', "{"]) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert main(["report", *PERIOD]) == 1
    out, err = capsys.readouterr()
    assert "Fewer than 5 cases in the period" in out
    assert err.splitlines() == [
        "fasttrack: line 2: INVALID_VALUE key: looks like a CPR number; use a pseudonymous key",
        "fasttrack: line 3: INVALID_JSON: Expecting property name enclosed in double quotes: "
        "line 1 column 2 (char 1)",
    ]


def test_an_empty_history_is_a_report(tmp_path: Path, capsys: Any) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert main(["report", str(empty), *PERIOD]) == 0
    assert "No case in the period: there is nothing to report." in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "x.jsonl", *PERIOD, "--min-cell", "4"],
        ["report", "x.jsonl", *PERIOD, "--min-cell", "five"],
        ["report", "x.jsonl", *PERIOD, "--target-weeks", "8-6"],
        ["report", "x.jsonl", *PERIOD, "--target-weeks", "6"],
        ["report", "x.jsonl", "--from", "2023-02-30", "--to", "2024-12-31"],
        ["report", "x.jsonl", "--from", "1999-01-01", "--to", "2024-12-31"],
        ["report", "x.jsonl", "--to", "2024-12-31"],
        ["synth", "--cases", "-1"],
        ["synth", "--cases", "10", "--effect-weeks", "13"],
        ["synth", "--cases", "10", "--months", "0"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: Any) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_a_period_that_ends_before_it_starts_is_a_usage_error(capsys: Any) -> None:
    assert main(["report", "x.jsonl", "--from", "2024-01-01", "--to", "2023-12-31"]) == 2
    assert capsys.readouterr().err == "fasttrack: --to: is before from (2024-01-01)\n"


def test_a_missing_history_and_an_unwritable_folder(tmp_path: Path, capsys: Any) -> None:
    assert main(["report", str(tmp_path / "none.jsonl"), *PERIOD]) == 66
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["report", str(empty), *PERIOD, "--out", str(blocker / "sub")]) == 73
    assert "cannot write" in capsys.readouterr().err


def test_a_synthetic_start_too_late_for_the_calendars_is_a_usage_error(capsys: Any) -> None:
    assert main(["synth", "--cases", "1", "--start", "2098-06-01"]) == 2
    assert "start" in capsys.readouterr().err


def test_schema_history(capsys: Any) -> None:
    assert main(["schema", "history"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "fasttrack_rules case history (one line)"


@pytest.mark.parametrize("seed", [str(-(2**63)), str(2**63 - 1), str(2**64), "-1", "0"])
def test_synth_at_the_limits_of_a_seed_is_the_same_bytes_twice_and_differs_from_its_neighbour(
    seed: str, capsys: Any
) -> None:
    def drawn(s: str) -> str:
        assert main(["synth", "--cases", "20", "--seed", s]) == 0
        return str(capsys.readouterr().out)

    first = drawn(seed)
    assert first == drawn(seed)
    assert first != drawn(str(int(seed) + 1))
    assert len(first.splitlines()) == 20


@pytest.mark.parametrize("months", ["0", "121", "-1", "1e3"])
def test_synth_months_out_of_range_is_a_usage_error(months: str, capsys: Any) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["synth", "--cases", "1", "--months", months])
    assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_report_of_a_history_with_a_bom_exits_1_and_says_why(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"key": "K-1", "case": {"first_day_of_absence": "2024-01-01"}}\n')
    assert main(["report", str(path), "--from", "2023-01-01", "--to", "2024-12-31"]) == 1
    assert "line 1: INVALID_ENCODING: starts with a byte order mark" in capsys.readouterr().err
