"""Reading the vectors and checking those given (:mod:`fasttrack_rules.conformance.vectors`),
and the vector schema they are read with."""

from __future__ import annotations

import pytest

from fasttrack_rules import conformance
from fasttrack_rules._jsonschema import Validator
from fasttrack_rules.conformance import load_subjects
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from tests.implementations import ALL, BY_ID, ERROR_CASE, RAW


def test_the_vector_schema_knows_line_padding() -> None:
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


def test_load_subjects_checks_its_arguments() -> None:
    with pytest.raises(InvalidTypeError):
        load_subjects(subjects="errors")
    with pytest.raises(InvalidValueError) as raised:
        load_subjects(subjects=["errors", "nope"])
    assert raised.value.value == "nope"
    assert list(load_subjects(subjects=["errors", "consent"])) == ["consent", "errors"]
    assert conformance.load_vectors(subjects=["questions"]) == ALL["questions"]
