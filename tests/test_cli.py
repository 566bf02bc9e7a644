"""The fasttrack command line, in process (and once as a real subprocess)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fasttrack_rules.cli import main
from fasttrack_rules.conformance import load_vectors
from tests.cases import BASE, SICK, case


def feed(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def lines(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines()]


def test_assess_json_lines_streams_every_line(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    good = json.dumps(case(id="a")).encode()
    data = (
        b"\n".join(
            [
                good,
                b"",
                b"{not json",
                b"\xff\xfe",
                b"[[[[",
                b'{"as_of": 1, "first_day_of_absence": "2025-01-01"}',
                good,
                b"1e999999",
            ]
        )
        + b"\n"
    )
    feed(monkeypatch, data)
    assert main(["assess"]) == 1
    out = lines(capsys.readouterr().out)
    assert len(out) == 8
    assert out[0]["id"] == "a"
    assert out[0]["track"] == "fast_track"
    assert [o.get("error", {}).get("code") for o in out[1:6]] == [
        "EMPTY_LINE",
        "INVALID_JSON",
        "INVALID_ENCODING",
        "INVALID_JSON",
        "INVALID_TYPE",
    ]
    assert [o.get("line") for o in out[1:6]] == [2, 3, 4, 5, 6]
    assert out[5]["error"]["field"] == "as_of"
    assert out[6]["id"] == "a"
    assert out[7]["error"]["code"] in ("INVALID_JSON", "INVALID_TYPE")


def test_assess_single_pretty_object_from_a_file_and_danish(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(BASE, indent=2), encoding="utf-8")
    assert main(["assess", str(path), "--lang", "da"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["reasons"][0]["text"].startswith("Arbejdsgiveren har anmodet")


def test_a_pretty_object_on_a_pipe_is_json_lines(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    # A pipe is never buffered whole: each line is answered as it comes.
    feed(monkeypatch, json.dumps(BASE, indent=2).encode())
    assert main(["assess"]) == 1
    assert len(lines(capsys.readouterr().out)) == len(json.dumps(BASE, indent=2).splitlines())


def test_assess_broken_pretty_object_reports_each_line(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    feed(monkeypatch, b'{\n  "as_of": \n}\n')
    assert main(["assess"]) == 1
    assert [o["line"] for o in lines(capsys.readouterr().out)] == [1, 2, 3]


def test_assess_file_pretty_and_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(BASE) + "\n" + json.dumps(SICK) + "\n", encoding="utf-8")
    assert main(["assess", str(path), "--pretty"]) == 0
    assert capsys.readouterr().out.count('\n  "track"') == 2
    feed(monkeypatch, b"")
    assert main(["assess"]) == 0
    assert capsys.readouterr().out == ""
    feed(monkeypatch, b"\n\n")
    assert main(["assess"]) == 1
    assert [o["error"]["code"] for o in lines(capsys.readouterr().out)] == ["EMPTY_LINE", "EMPTY_LINE"]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_explain_text(monkeypatch: pytest.MonkeyPatch, capsys: Any, lang: str) -> None:
    feed(monkeypatch, json.dumps(case(id="K-1", answers={"employer": {"affected_functions": "x"}})).encode())
    assert main(["explain", "--lang", lang]) == 0
    text = capsys.readouterr().out
    assert "K-1" in text
    if lang == "da":
        assert "(sygedagpengelovens § 13 b, stk. 2)" in text
        assert "tirsdag den 1. april 2025" in text
        assert "Næste skridt" in text
        assert "»Hvor længe har sygdommen påvirket arbejdet?«" in text  # still to obtain
    else:
        assert "(section 13 b(2) of the Sickness Benefit Act)" in text
        assert "Tuesday 1 April 2025" in text
        assert "Next steps" in text
        assert "“How long has the illness affected the work?”" in text
    assert "affected_duration" not in text


def test_explain_missing_facts_and_nothing_to_do(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    feed(monkeypatch, json.dumps(case(sick_person=None)).encode())
    assert main(["explain", "--lang", "en"]) == 0
    assert "Missing information:\n- whether the sick person is an employee, " in capsys.readouterr().out
    done = case(
        SICK,
        first_meeting="2025-03-20",
        plan_agreed=True,
        doctor_consultation="2025-03-19",
        answers={
            "sick_person": {"affected_functions": "a", "affected_duration": "b", "adaptation_tried": "c"}
        },
    )
    feed(monkeypatch, json.dumps(done).encode())
    assert main(["explain", "--lang", "en"]) == 0
    assert "Nothing needs to be done now." in capsys.readouterr().out


def test_explain_shows_bek_2014_window_and_latest_working_day(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from tests.cases import OLD

    data = (
        json.dumps(OLD)
        + "\n"
        + json.dumps(
            case(
                SICK,
                first_day_of_absence="2025-11-28",
                request={"by": "sick_person", "date": "2025-12-11"},
                as_of="2025-12-11",
            )
        )
    )
    feed(monkeypatch, data.encode())
    assert main(["explain", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "at the earliest Tuesday 12 March 2024 and at the latest " in text
    assert "(the municipality's last working day before it is Tuesday 23 December 2025)" in text


@pytest.mark.parametrize("lang", ["da", "en"])
def test_explain_mermaid(monkeypatch: pytest.MonkeyPatch, capsys: Any, lang: str) -> None:
    feed(
        monkeypatch,
        json.dumps(
            case(
                first_meeting="2025-03-20",
                plan_agreed=True,
                doctor_requested="2025-03-19",
                as_of="2025-04-28",
            )
        ).encode(),
    )
    assert main(["explain", "--format", "mermaid", "--lang", lang]) == 0
    chart = capsys.readouterr().out
    assert chart.startswith("gantt\n")
    assert "dateFormat YYYY-MM-DD" in chart
    assert ":milestone, m0, 2025-03-03, 0d" in chart
    assert ":milestone, m2, 2025-03-20, 0d" in chart
    assert ":done, first_meeting, 2025-03-18, 15d" in chart  # met
    assert ":done, doctor_consultation" not in chart  # missed: crit
    assert ":crit, doctor_consultation, 2025-03-18, 10d" in chart
    assert ":milestone, asof, 2025-04-28, 0d" in chart
    assert "todayMarker off" in chart


def test_explain_bad_line_is_a_line_on_stderr(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    feed(monkeypatch, b'{"as_of": "2025-01-01"}\n')
    assert main(["explain"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "fasttrack: line 1: MISSING_FIELD first_day_of_absence: is required\n"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["calendar", "add", "--calendar", "bank", "2025-04-16", "2"], "2025-04-23\n"),
        (["calendar", "add", "2025-04-23", "-2"], "2025-04-16\n"),
        (
            ["calendar", "count", "--calendar", "municipal", "2025-12-22", "2026-01-05"],
            "5\n",
        ),  # 22, 23, 29, 30 Dec, 2 Jan
        (
            ["calendar", "add", "--calendar", "municipal", "--extra-closed", "2025-05-30", "2025-05-28", "1"],
            "2025-06-02\n",
        ),
        (
            ["calendar", "add", "--calendar", "municipal", "--open-on", "2025-12-24", "2025-12-23", "1"],
            "2025-12-24\n",
        ),
    ],
)
def test_calendar_commands(capsys: Any, argv: list[str], expected: str) -> None:
    assert main(argv) == 0
    assert capsys.readouterr().out == expected


def test_calendar_closed(capsys: Any) -> None:
    assert main(["calendar", "closed", "--calendar", "bank", "2026"]) == 0
    days = lines(capsys.readouterr().out)
    assert [d["date"] for d in days][-2:] == ["2026-12-25", "2026-12-31"]
    assert days[0] == {
        "date": "2026-01-01",
        "weekday": "Thursday",
        "name": "Nytårsdag",
        "citations": ["§ 2, nr. 1, i bekendtgørelse nr. 1710 af 30. december 2024"],
    }


@pytest.mark.parametrize(
    ("argv", "code", "field"),
    [
        (["calendar", "add", "2025-13-01", "1"], "INVALID_DATE", "date"),
        (["calendar", "count", "2025-01-02", "2025-01-01"], "INVALID_VALUE", "end"),
        (["calendar", "closed", "2101"], "OUT_OF_RANGE", "year"),
        (
            ["calendar", "add", "--extra-closed", "2025-05-30", "2025-05-28", "1"],
            "INVALID_VALUE",
            "--extra-closed",
        ),
        (
            ["calendar", "add", "--calendar", "municipal", "--extra-closed", "2025-12-24", "2025-05-28", "1"],
            "INVALID_VALUE",
            "extra_closed[0]",
        ),
    ],
)
def test_calendar_errors(capsys: Any, argv: list[str], code: str, field: str) -> None:
    assert main(argv) == 1
    assert lines(capsys.readouterr().out)[0]["error"]["code"] == code
    assert capsys.readouterr().out == ""


def test_calendar_error_field(capsys: Any) -> None:
    main(["calendar", "count", "2025-01-02", "2025-01-01"])
    assert lines(capsys.readouterr().out)[0]["error"]["field"] == "end"


@pytest.mark.parametrize("which", ["input", "output", "error", "vectors"])
def test_schema(capsys: Any, which: str) -> None:
    assert main(["schema", which]) == 0
    assert json.loads(capsys.readouterr().out)["$schema"].endswith("2020-12/schema")


def test_vectors_export(tmp_path: Path, capsys: Any) -> None:
    assert main(["vectors", "export", str(tmp_path / "out")]) == 0
    written = capsys.readouterr().out.split()
    assert len(written) == 18  # 8 vector files, INTERPRETING.md, the specification, README,
    # the reason catalogue, 2 calendar tables and 4 schemas
    assert (tmp_path / "out" / "INTERPRETING.md").read_text(encoding="utf-8").startswith("# Interpreting")
    assert json.loads((tmp_path / "out" / "schemas" / "input.schema.json").read_text(encoding="utf-8"))


def test_vectors_run_reports_failures(capsys: Any, tmp_path: Path) -> None:
    report = tmp_path / "r.csv"
    assert main(["vectors", "run", "--command", "true", "--csv", str(report)]) == 1
    out = capsys.readouterr().out
    total = len(load_vectors())
    # Nothing answered: named once, not as a failure per vector.
    assert out.startswith(
        f"problem: the implementation wrote 0 lines for {total} vectors: {total} not answered"
    )
    assert "FAIL" not in out
    assert out.splitlines()[-1] == f"0 passed, {total} failed"
    assert report.read_text(encoding="utf-8").count(",FAIL,not answered") == total


def test_version_and_help(capsys: Any) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("fasttrack_rules 0.1.0; rule set ")
    assert "dk-bank" in text
    assert "vectors 3.1.0" in text


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["assess"],
        ["explain"],
        ["calendar"],
        ["calendar", "closed"],
        ["calendar", "add"],
        ["calendar", "count"],
        ["vectors"],
        ["vectors", "run"],
        ["vectors", "export"],
        ["schema"],
    ],
)
def test_every_help_is_complete_with_an_example(capsys: Any, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert "usage: fasttrack" in text
    assert "examples:" in text
    assert "  fasttrack " in text.split("examples:")[1]


def test_usage_error_exit_code(capsys: Any) -> None:
    with pytest.raises(SystemExit) as done:
        main(["assess", "--lang", "fr"])
    assert done.value.code == 2


def test_python_dash_m_and_flush_per_line() -> None:
    # A real process: results must arrive line by line while stdin stays open.
    proc = subprocess.Popen(
        [sys.executable, "-m", "fasttrack_rules", "assess"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    for k in range(3):
        proc.stdin.write(json.dumps(case(id=f"c{k}")) + "\n")
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["id"] == f"c{k}"
    proc.stdin.close()
    assert proc.wait(timeout=30) == 0


def test_vectors_run_quiet_against_self(capsys: Any) -> None:
    assert (
        main(["vectors", "run", "--quiet", "--command", f"{sys.executable} -m fasttrack_rules assess"]) == 0
    )
    assert capsys.readouterr().out == f"{len(load_vectors())} passed, 0 failed\n"


def test_mermaid_without_request_or_meeting(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    feed(monkeypatch, json.dumps({"first_day_of_absence": "2025-03-03", "as_of": "2025-03-04"}).encode())
    assert main(["explain", "--format", "mermaid", "--lang", "en"]) == 0
    chart = capsys.readouterr().out
    assert "Request" not in chart
    assert "Meeting held" not in chart
    assert "ordinary_first_meeting, 2025-03-03, 56d" in chart
    assert "request_window" not in chart  # no request: no window bar


def test_module_entry_point(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    import runpy

    monkeypatch.setattr(sys, "argv", ["fasttrack", "calendar", "add", "2025-04-16", "2"])
    with pytest.raises(SystemExit) as done:
        runpy.run_module("fasttrack_rules", run_name="__main__")
    assert done.value.code == 0
    assert capsys.readouterr().out == "2025-04-23\n"


def test_line_numbers_after_leading_blank_lines(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    feed(monkeypatch, b"\n\r\n{broken\n{}\n")
    assert main(["assess"]) == 1
    out = lines(capsys.readouterr().out)
    assert [o["line"] for o in out] == [1, 2, 3, 4]
    assert [o["error"]["code"] for o in out] == ["EMPTY_LINE", "EMPTY_LINE", "INVALID_JSON", "MISSING_FIELD"]


def test_unicode_line_separators_stay_inside_their_line(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    feed(monkeypatch, (json.dumps(case(id="a\u2028b\x85c\rd"), ensure_ascii=False) + "\n").encode())
    assert main(["assess"]) == 0
    raw = capsys.readouterr().out
    assert raw.count("\n") == 1
    assert json.loads(raw)["id"] == "a\u2028b\x85c\rd"


def test_pretty_object_broken_without_final_newline(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    feed(monkeypatch, b'{\n  "as_of": ')
    assert main(["assess"]) == 1
    assert [o["line"] for o in lines(capsys.readouterr().out)] == [1, 2]


def test_json_lines_splits_on_newline_only() -> None:
    from fasttrack_rules.protocol import json_lines

    assert json_lines(b'{"a": "x\xe2\x80\xa8y\rz"}\n{}') == [b'{"a": "x\xe2\x80\xa8y\rz"}', b"{}"]
    assert json_lines(b"{}\n") == [b"{}"]
    assert json_lines(b"") == []


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_not_json(monkeypatch: pytest.MonkeyPatch, capsys: Any, constant: bytes) -> None:
    ok = json.dumps(BASE).encode()
    feed(monkeypatch, ok + b'\n{"as_of": ' + constant + b"}\n" + ok + b"\n")
    assert main(["assess"]) == 1
    out = lines(capsys.readouterr().out)
    assert [o.get("error", {}).get("code") for o in out] == [None, "INVALID_JSON", None]
    assert out[1]["line"] == 2


def test_only_a_regular_file_is_a_file_answers_may_be_written_in_blocks(tmp_path: Path) -> None:
    from fasttrack_rules.cli.reading import is_a_file

    case_file = tmp_path / "cases.jsonl"
    case_file.write_text('{"first_day_of_absence": "2025-03-03", "as_of": "2025-05-02"}\n')
    assert is_a_file(str(case_file))
    assert not is_a_file(str(case_file), limit=10)
    assert not is_a_file(str(tmp_path))  # a folder
    assert not is_a_file(str(tmp_path / "missing"))
    assert not is_a_file("/dev/null")  # a character device, as a terminal is
