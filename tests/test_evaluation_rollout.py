"""The rollout order (``fasttrack rollout`` and :func:`rollout`): the ranking and its
ties, each employer's uptake from a history with small cells suppressed, every kind of
bad CSV row as a typed error naming its row, column and value, and the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules import exits
from fasttrack_rules.cli import main
from fasttrack_rules.errors import FasttrackError, InvalidValueError
from fasttrack_rules.evaluation import (
    EmployerRow,
    EmployerRowError,
    History,
    history_from_json,
    read_employers,
    rollout,
    rollout_csv,
    rollout_json,
)

CSV = (
    "id,name,employees,employees_in_municipality\nA,Alfa,100,40\nB,,300,40\nC,Cirkel,300,40\nD,Delta,200,90\n"
)


def employers(text: str = CSV) -> list[EmployerRow]:
    return read_employers(io.StringIO(text))


def history(key: str, employer: str, request: str | None, first: str = "2025-03-03") -> History:
    case: dict[str, Any] = {"first_day_of_absence": first, "sick_person": "employee", "over_8_weeks": True}
    if request is not None:
        case["request"] = {"by": "employer", "date": request}
    return history_from_json(
        {
            "key": key,
            "employer": {"id": employer, "employees": 50, "employees_in_municipality": 10},
            "case": case,
        }
    )


def test_employers_are_ranked_by_residents_then_by_employees_then_by_id() -> None:
    rows = rollout(employers())
    assert [(r.rank, r.employer.id) for r in rows] == [(1, "D"), (2, "B"), (3, "C"), (4, "A")]
    assert rows[1].employer.name is None
    assert rows[0].employer.name == "Delta"
    assert (rows[0].cases, rows[0].requests, rows[0].share_in_time) == (None, None, None)


@given(st.lists(st.tuples(st.integers(1, 50), st.integers(0, 50)), max_size=12))
def test_the_ranking_is_a_sorted_permutation(sizes: list[tuple[int, int]]) -> None:
    given_rows = [
        EmployerRow(id=f"E{k:02d}", employees=max(a, b), employees_in_municipality=min(a, b))
        for k, (a, b) in enumerate(sizes)
    ]
    ranked = [r.employer for r in rollout(given_rows)]
    assert sorted(ranked, key=lambda e: e.id) == sorted(given_rows, key=lambda e: e.id)
    keys = [(-e.employees_in_municipality, -e.employees, e.id) for e in ranked]
    assert keys == sorted(keys)


def test_uptake_from_a_history_with_small_cells_suppressed() -> None:
    # D: 6 requests, 5 in time (by 6 April) and 1 late; B: 6 requests all in time; A: 3 cases.
    lines: list[History | FasttrackError] = [history(f"d{k}", "D", "2025-03-20") for k in range(5)]
    lines += [history("d-late", "D", "2025-04-10")]
    lines += [history(f"b{k}", "B", "2025-03-10") for k in range(6)]
    lines += [history(f"a{k}", "A", None) for k in range(3)]
    rows = {r.employer.id: r for r in rollout(employers(), enumerate(lines, 1))}
    assert (rows["D"].cases, rows["D"].requests, rows["D"].share_in_time) == (6, 6, None)  # 1 late: small
    assert (rows["B"].cases, rows["B"].requests, rows["B"].share_in_time) == (6, 6, 1.0)
    assert (rows["A"].cases, rows["A"].requests, rows["A"].share_in_time) == (None, None, None)
    assert (rows["C"].cases, rows["C"].requests) == (None, None)  # no case at all
    raised = {r.employer.id: r for r in rollout(employers(), enumerate(lines, 1), min_cell=7)}
    assert raised["B"].requests is None


def test_bad_history_lines_go_to_on_error_or_are_raised() -> None:
    bad = InvalidValueError("case", None, "broken")
    lines: list[tuple[int, History | FasttrackError]] = [
        (1, bad),
        (2, history("x", "A", "2025-03-01", "2025-03-03")),
    ]
    refused = {
        "key": "r",
        "employer": {"id": "A", "employees": 3, "employees_in_municipality": 1},
        "case": {"first_day_of_absence": "2025-03-05", "first_meeting": "2025-03-01"},
    }
    lines.append((3, history_from_json(refused)))  # a meeting before the first day: the rules refuse it
    lines.append((4, history_from_json({"key": "n", "case": {"first_day_of_absence": "2025-03-05"}})))
    told: list[int] = []
    rollout(employers(), lines, on_error=lambda number, error: told.append(number))
    assert told == [1, 3]
    with pytest.raises(InvalidValueError):
        rollout(employers(), lines)
    with pytest.raises(InvalidValueError) as small:
        rollout(employers(), min_cell=4)
    assert small.value.field == "min_cell"


def test_rows_as_csv_and_json() -> None:
    rows = rollout(employers())
    assert rollout_csv(rows).splitlines()[:2] == [
        "rank,id,name,employees,employees_in_municipality,cases,requests,share_in_time",
        "1,D,Delta,200,90,,,",
    ]
    assert rollout_json(rows)[1] == {
        "rank": 2,
        "id": "B",
        "name": None,
        "employees": 300,
        "employees_in_municipality": 40,
        "cases": None,
        "requests": None,
        "share_in_time": None,
    }


def test_text_a_spreadsheet_would_run_as_a_formula_is_written_inert() -> None:
    rows = rollout(employers("id,name,employees,employees_in_municipality\n=1+1,@SUM(A1),5,5\n"))
    assert rollout_csv(rows).splitlines()[1] == "1,'=1+1,'@SUM(A1),5,5,,,"
    assert rollout_json(rows)[0]["id"] == "=1+1"  # JSON is no spreadsheet: the id as given


@pytest.mark.parametrize(
    ("text", "row", "column", "value"),
    [
        ("", 1, "header", ""),
        ("id,employees\n", 1, "employees_in_municipality", None),
        ("id,employees,employees_in_municipality,size\n", 1, "header", "size"),
        ("id,id,employees,employees_in_municipality\n", 1, "header", "id"),
        ("id,employees,employees_in_municipality\nA,10,5\nB,ten,5\n", 3, "employees", "ten"),
        ("id,employees,employees_in_municipality\nA,0,0\n", 2, "employees", "0"),
        ("id,employees,employees_in_municipality\nA,10,11\n", 2, "employees_in_municipality", "11"),
        ("id,employees,employees_in_municipality\nA,10,-1\n", 2, "employees_in_municipality", "-1"),
        ("id,employees,employees_in_municipality\n,10,1\n", 2, "id", ""),
        ("id,employees,employees_in_municipality\nA,10,1\nA,3,1\n", 3, "id", "A"),
        ("id,employees,employees_in_municipality\nA,10\n", 2, "row", "A,10"),
    ],
)
def test_a_bad_csv_row_names_its_row_column_and_value(
    text: str, row: int, column: str, value: object
) -> None:
    with pytest.raises(EmployerRowError) as bad:
        read_employers(io.StringIO(text))
    assert (bad.value.row, bad.value.column, bad.value.value) == (row, column, value)
    assert bad.value.field == f"row {row}, {column}"
    assert bad.value.code == "INVALID_EMPLOYER_ROW"


def test_the_command_with_and_without_a_history(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "employers.csv"
    path.write_text(CSV, encoding="utf-8")
    assert main(["rollout", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "1,D,Delta,200,90,,,"
    lines = [
        json.dumps(
            {
                "key": f"b{k}",
                "employer": {"id": "B", "employees": 3, "employees_in_municipality": 1},
                "case": {
                    "first_day_of_absence": "2025-03-03",
                    "request": {"by": "employer", "date": "2025-03-10"},
                },
            }
        )
        for k in range(5)
    ]
    history_path = tmp_path / "history.jsonl"
    history_path.write_text("\n".join([*lines, "{"]) + "\n", encoding="utf-8")
    assert main(["rollout", str(path), str(history_path), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    made = json.loads(out)
    assert made[1]["id"] == "B"
    assert (made[1]["cases"], made[1]["requests"], made[1]["share_in_time"]) == (5, 5, 1.0)
    assert "line 6" in err


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"id,employees,employees_in_municipality\nA,x,1\n", "row 2, employees: expected a whole number"),
        (b"id,employees\xff\n", "not UTF-8"),
        (b'id,employees,employees_in_municipality\n"A,1,1\n', "row 2, row: is not CSV"),
    ],
)
def test_a_bad_csv_file_stops_the_command(tmp_path: Path, capsys: Any, content: bytes, said: str) -> None:
    path = tmp_path / "employers.csv"
    path.write_bytes(content)
    assert main(["rollout", str(path)]) == exits.FAILED
    assert said in capsys.readouterr().err


def test_a_missing_csv_file_is_no_input(tmp_path: Path, capsys: Any) -> None:
    assert main(["rollout", str(tmp_path / "none.csv")]) == exits.NOINPUT
    assert "cannot read" in capsys.readouterr().err
