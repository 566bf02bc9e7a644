"""The case-history format: its reader, its typed errors (named by their dotted path),
and its shipped JSON Schema, held to the function that derives it and to the reader."""

from __future__ import annotations

import datetime as dt
import io
import json
import pathlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from fasttrack_rules.conformance import schema
from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.evaluation import Employer, History, history_from_json, history_schema, read_histories
from fasttrack_rules.evaluation.history import HISTORY_FIELDS

LINE: dict[str, Any] = {
    "key": "K-1",
    "employer": {"id": "E-1", "employees": 12, "employees_in_municipality": 7},
    "municipality": "751",
    "case": {
        "first_day_of_absence": "2025-03-03",
        "sick_person": "employee",
        "over_8_weeks": True,
        "request": {"by": "employer", "date": "2025-03-18"},
        "first_meeting": "2025-03-27",
        "recovered": "2025-07-14",
    },
}
VALIDATOR = Draft202012Validator(history_schema(), format_checker=FormatChecker(formats=["date"]))


def with_(**changes: Any) -> dict[str, Any]:
    return {**LINE, **changes}


def in_case(**changes: Any) -> dict[str, Any]:
    return {**LINE, "case": {**LINE["case"], **changes}}


def test_a_history_is_read_with_its_case_whose_id_is_the_key() -> None:
    history = history_from_json(LINE)
    assert isinstance(history, History)
    assert history.key == history.case.id == "K-1"
    assert history.employer is not None
    assert (history.employer.employees, history.employer.employees_in_municipality) == (12, 7)
    assert history.municipality == "751"
    assert history.end == dt.date(2025, 7, 14)
    assert history.synthetic is False
    assert history.case.first_meeting == dt.date(2025, 3, 27)


def test_the_end_is_the_recovery_or_the_end_of_benefit_or_none() -> None:
    case = {k: v for k, v in LINE["case"].items() if k != "recovered"}
    assert history_from_json({**LINE, "case": case}).end is None
    ended = history_from_json({**LINE, "case": case, "benefit_end": "2025-06-30"})
    assert ended.end == ended.benefit_end == dt.date(2025, 6, 30)


def test_only_key_and_case_are_required() -> None:
    history = history_from_json({"key": "K", "case": {"first_day_of_absence": "2025-03-03"}})
    assert (history.employer, history.municipality, history.benefit_end) == (None, None, None)
    assert history_from_json(with_(employer={"id": "E", "employees": 2.0, "employees_in_municipality": 0}))


@pytest.mark.parametrize(
    ("line", "code", "field"),
    [
        ([], "INVALID_TYPE", "(history)"),
        ({"case": LINE["case"]}, "MISSING_FIELD", "key"),
        (with_(name="Jens"), "UNKNOWN_FIELD", "name"),
        (with_(key=7), "INVALID_TYPE", "key"),
        (with_(key="  "), "INVALID_VALUE", "key"),
        (with_(key="x" * 65), "INVALID_VALUE", "key"),
        (with_(key="010190-1234"), "INVALID_VALUE", "key"),
        (with_(key="0101901234"), "INVALID_VALUE", "key"),
        (with_(synthetic="yes"), "INVALID_TYPE", "synthetic"),
        (with_(employer=[]), "INVALID_TYPE", "employer"),
        (with_(employer={"id": "E", "employees": 3}), "MISSING_FIELD", "employer.employees_in_municipality"),
        (
            with_(employer={"id": "E", "employees": 0, "employees_in_municipality": 0}),
            "INVALID_VALUE",
            "employer.employees",
        ),
        (
            with_(employer={"id": "E", "employees": 2, "employees_in_municipality": 3}),
            "INVALID_VALUE",
            "employer.employees_in_municipality",
        ),
        (
            with_(employer={"id": "E", "employees": "2", "employees_in_municipality": 1}),
            "INVALID_TYPE",
            "employer.employees",
        ),
        (
            with_(employer={"id": "E", "employees": True, "employees_in_municipality": 1}),
            "INVALID_TYPE",
            "employer.employees",
        ),
        (
            with_(employer={"id": "E", "size": 2, "employees": 2, "employees_in_municipality": 1}),
            "UNKNOWN_FIELD",
            "employer.size",
        ),
        (with_(municipality=751), "INVALID_TYPE", "municipality"),
        (with_(municipality="Aarhus"), "INVALID_VALUE", "municipality"),
        (with_(benefit_end="2025-07-01"), "INVALID_VALUE", "benefit_end"),
        (with_(benefit_end="30-06-2025"), "INVALID_DATE", "benefit_end"),
        ({**in_case(recovered=None), "benefit_end": "2025-03-01"}, "INVALID_VALUE", "benefit_end"),
        (with_(case="2025-03-03"), "INVALID_TYPE", "case"),
        (with_(case={}), "MISSING_FIELD", "case.first_day_of_absence"),
        (in_case(as_of="2025-08-01"), "UNKNOWN_FIELD", "case.as_of"),
        (in_case(id="A-7"), "UNKNOWN_FIELD", "case.id"),
        (in_case(first_meeting="2025-02-30"), "INVALID_DATE", "case.first_meeting"),
        (in_case(request={"by": "boss", "date": "2025-03-18"}), "INVALID_VALUE", "case.request.by"),
        (in_case(cpr="0101901234"), "UNKNOWN_FIELD", "case.cpr"),
    ],
)
def test_every_error_is_typed_and_names_its_field(line: object, code: str, field: str) -> None:
    with pytest.raises(FasttrackError) as caught:
        history_from_json(line)
    assert (caught.value.code, caught.value.field) == (code, field)


def test_a_cpr_number_is_never_echoed_in_the_error() -> None:
    with pytest.raises(FasttrackError) as caught:
        history_from_json(with_(key="010190-1234"))
    assert "010190" not in str(caught.value)


def test_the_reader_gives_each_line_its_history_or_its_error() -> None:
    good = json.dumps(LINE).encode()
    stream = io.BytesIO(b"\n".join([good, b"", b"{", b'{"key": "K"}', b"x" * (len(good) + 1), good]))
    read = list(read_histories(stream, max_bytes=len(good)))
    assert [n for n, _ in read] == [1, 2, 3, 4, 5, 6]
    kinds = [h.code if isinstance(h, FasttrackError) else "ok" for _, h in read]
    assert kinds == ["ok", "EMPTY_LINE", "INVALID_JSON", "MISSING_FIELD", "LINE_TOO_LONG", "ok"]


def test_the_shipped_schema_is_the_derived_one_and_the_command_prints_it() -> None:
    path = (
        pathlib.Path(__file__).parent.parent / "src" / "fasttrack_rules" / "schemas" / "history.schema.json"
    )
    assert json.loads(path.read_text(encoding="utf-8")) == history_schema() == schema("history")
    assert list(history_schema()["properties"]) == list(HISTORY_FIELDS)


def test_the_schema_and_the_reader_agree_on_the_examples_and_the_errors() -> None:
    example = history_schema()["examples"][0]
    assert VALIDATOR.is_valid(example)
    assert history_from_json(example).key == "K-000123"
    assert VALIDATOR.is_valid(LINE)
    for bad in (with_(name="x"), in_case(as_of="2025-08-01"), with_(municipality="Aarhus"), with_(case={})):
        assert not VALIDATOR.is_valid(bad)
        with pytest.raises(FasttrackError):
            history_from_json(bad)


def test_the_case_part_of_the_schema_is_the_input_schema_less_as_of_and_id() -> None:
    case = history_schema()["properties"]["case"]["properties"]
    assert set(case) == set(schema("input")["properties"]) - {"as_of", "id"}


@pytest.mark.parametrize(
    "key",
    [
        "0101901234",
        "010190 1234",
        "K-010190-1234",
        "cpr:0101901234 ",
        "\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664",  # Arabic-Indic digits
        "\uff10\uff11\uff10\uff11\uff19\uff10-\uff11\uff12\uff13\uff14",  # full-width digits
    ],
)
def test_a_cpr_number_anywhere_in_a_key_in_any_digits_is_refused_and_withheld(key: str) -> None:
    """Regression: only a key that was a CPR number in ASCII digits, alone, was refused."""
    for line in (with_(key=key), with_(employer={**LINE["employer"], "id": key})):
        with pytest.raises(FasttrackError) as caught:
            history_from_json(line)
        assert caught.value.value == "(withheld)"
        assert key.strip() not in str(caught.value)


@pytest.mark.parametrize("key", ["K-0000123456", "E-12345678", "synthetic-0000001", "K-9901901234"])
def test_a_key_with_digits_that_are_no_cpr_number_is_read(key: str) -> None:
    assert history_from_json(with_(key=key)).key == key


@pytest.mark.parametrize("key", ["K\x00", "K\n1", "K\x1b[31m", "K\x85", "K\x7f"])
def test_a_key_or_id_with_a_control_character_is_refused(key: str) -> None:
    """Regression: a NUL or an escape sequence was read into a key, and an employer's id
    into the report's rows."""
    for line, field in (
        (with_(key=key), "key"),
        (with_(employer={**LINE["employer"], "id": key}), "employer.id"),
    ):
        with pytest.raises(FasttrackError) as caught:
            history_from_json(line)
        assert (caught.value.code, caught.value.field) == ("INVALID_VALUE", field)
        assert not VALIDATOR.is_valid(line)


@pytest.mark.parametrize("employer_id", ["(no employer)", "(other employers)"])
def test_an_employer_id_may_not_be_a_label_of_the_report(employer_id: str) -> None:
    """Regression: an employer with the id "(no employer)" was counted with the cases without one."""
    with pytest.raises(FasttrackError) as caught:
        history_from_json(with_(employer={**LINE["employer"], "id": employer_id}))
    assert caught.value.field == "employer.id"


@pytest.mark.parametrize("size", [10**400, 1e300, 10_000_001])
def test_an_enormous_employer_is_refused_by_the_reader_and_the_schema(size: float) -> None:
    """Regression: an employer of 10**400 employees was read."""
    line = with_(employer={"id": "E", "employees": size, "employees_in_municipality": 1})
    with pytest.raises(FasttrackError) as caught:
        history_from_json(line)
    assert (caught.value.code, caught.value.field) == ("INVALID_VALUE", "employer.employees")
    assert not VALIDATOR.is_valid(line)
    biggest = with_(employer={"id": "E", "employees": 10_000_000, "employees_in_municipality": 10_000_000})
    assert history_from_json(biggest).employer == Employer(
        id="E", employees=10_000_000, employees_in_municipality=10_000_000
    )


def test_a_byte_order_mark_is_an_encoding_error_that_says_so() -> None:
    """Regression: a spreadsheet's BOM was an INVALID_JSON 'Expecting value' at column 1."""
    stream = io.BytesIO(b"\xef\xbb\xbf" + json.dumps(LINE).encode() + b"\n" + json.dumps(LINE).encode())
    (_, first), (_, second) = read_histories(stream)
    assert isinstance(first, FasttrackError)
    assert first.code == "INVALID_ENCODING"
    assert "byte order mark" in first.message
    assert isinstance(second, History)


@given(st.binary(max_size=200))
def test_any_bytes_are_a_history_or_a_typed_error(data: bytes) -> None:
    for _, read in read_histories(io.BytesIO(data)):
        assert isinstance(read, History | FasttrackError)
