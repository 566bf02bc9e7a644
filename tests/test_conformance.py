"""Self-checks of the conformance vectors and the schemas (the oracle's own tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from fasttrack_rules import CATALOGUE, FasttrackError, assess_json, error_json
from fasttrack_rules.conformance import FLAGS, SUBJECTS, VECTOR_SET_VERSION, compare, load_vectors, schema

VECTORS = load_vectors()
VALIDATORS = {name: Draft202012Validator(schema(name)) for name in ("input", "output", "error", "vectors")}


def output_of(obj: object) -> dict[str, Any]:
    try:
        return assess_json(obj)
    except FasttrackError as e:
        return error_json(e)


def test_schemas_are_valid_draft_2020_12() -> None:
    for name in ("input", "output", "error", "vectors"):
        Draft202012Validator.check_schema(schema(name))
        assert schema(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("subject", SUBJECTS)
def test_vector_file_is_schema_valid(subject: str) -> None:
    from fasttrack_rules.conformance.packaged import package_file

    data = json.loads(package_file("vectors", f"{subject}.json").read_text(encoding="utf-8"))
    VALIDATORS["vectors"].validate(data)
    assert data["subject"] == subject
    assert data["version"] == VECTOR_SET_VERSION
    assert data["flags_defined"] == list(FLAGS)


def test_at_least_300_vectors_with_unique_ids_and_descriptions() -> None:
    assert len(VECTORS) >= 300
    ids = Counter(v["id"] for v in VECTORS)
    assert [i for i, n in ids.items() if n > 1] == []
    descriptions = Counter(v["description"] for v in VECTORS)
    assert [d for d, n in descriptions.items() if n > 1] == []


def test_every_vector_is_cited_and_flagged_from_the_list() -> None:
    for v in VECTORS:
        assert v["citations"], v["id"]
        assert set(v["flags"]) <= set(FLAGS), v["id"]
        assert ("ERROR" in v["flags"]) == ("error" in v["expected"]), v["id"]


RAW = [v for v in VECTORS if "line_hex" in v]
CASES = [v for v in VECTORS if "input" in v]


@pytest.mark.parametrize("vector", RAW, ids=[v["id"] for v in RAW])
def test_raw_line_vector_passes_through_the_command_line(vector: dict[str, Any]) -> None:
    import subprocess
    import sys

    from fasttrack_rules.conformance import line_of

    done = subprocess.run(
        [sys.executable, "-m", "fasttrack_rules", "assess"],
        input=line_of(vector) + b"\n",
        capture_output=True,
        check=False,
    )
    outputs = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(outputs) == 1
    assert compare(vector["expected"], outputs[0]) == []


def test_there_are_raw_line_vectors_for_each_line_error() -> None:
    codes = {v["expected"]["error"]["code"] for v in RAW if "error" in v["expected"]}
    assert codes >= {"INVALID_JSON", "INVALID_ENCODING", "EMPTY_LINE", "DUPLICATE_KEY", "LINE_TOO_LONG"}


@pytest.mark.parametrize("vector", CASES, ids=[v["id"] for v in CASES])
def test_vector_passes_against_this_library(vector: dict[str, Any]) -> None:
    output = output_of(vector["input"])
    assert compare(vector["expected"], output) == []
    if "error" in vector["expected"]:
        VALIDATORS["error"].validate({"line": 1, **output})
    else:
        VALIDATORS["input"].validate(vector["input"])
        VALIDATORS["output"].validate(output)


def test_vectors_are_current() -> None:
    from scripts.make_vectors import build

    from fasttrack_rules.conformance.packaged import package_file

    for subject, text in build().items():
        assert package_file("vectors", f"{subject}.json").read_text(encoding="utf-8") == text, (
            f"{subject}.json is stale: run python -m scripts.make_vectors and review the diff"
        )


def _boundary_pairs() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    by_id = {v["id"]: v for v in VECTORS}
    return [
        (v, by_id[v["id"][: -len("-LAST")] + "-FIRST"])
        for v in VECTORS
        if v["id"].endswith("-LAST") and v["id"][: -len("-LAST")] + "-FIRST" in by_id
    ]


def test_every_deadline_has_a_boundary_pair() -> None:
    covered = set()
    for last, first in _boundary_pairs():
        for name, d in last["expected"].get("deadlines", {}).items():
            after = first["expected"].get("deadlines", {}).get(name, {})
            if d["status"] == "met" and after.get("status") == "missed":
                covered.add(name)
    assert covered >= {"request_window", "consent_form", "doctor_consultation", "first_meeting"}
    # The ordinary deadline is the first meeting of the ordinary track (OM- pairs).
    assert any(last["id"].startswith("OM-") for last, _ in _boundary_pairs())


def test_every_reason_code_has_a_vector_and_a_partner() -> None:
    ids = {v["id"] for v in VECTORS}
    produced = {code for v in VECTORS for code in v["expected"].get("reasons", [])}
    assert produced == set(CATALOGUE)
    for code in CATALOGUE:
        slug = code[3:]
        assert f"RC-{slug}" in ids
        assert f"RC-{slug}-WITHOUT" in ids or f"RC-{slug}-FIRST" in ids, code


def test_every_interpretation_value_is_exercised_in_a_boundary_vector() -> None:
    used: set[tuple[str, str]] = set()
    for v in VECTORS:
        if "BOUNDARY" in v["flags"] and isinstance(v.get("input"), dict):
            for key, value in (v["input"].get("interpretation") or {}).items():
                used.add((key, value))
    assert used >= {
        ("roll", "none"),
        ("roll", "forward"),
        ("sick_person_window", "five_weeks"),
        ("sick_person_window", "none"),
        ("employer_window", "first_five_weeks"),
        ("employer_window", "five_weeks_after"),
        ("late_request", "earliest"),
        ("late_request", "request"),
    }


def test_every_flag_is_used() -> None:
    used = {flag for v in VECTORS for flag in v["flags"]}
    assert used == set(FLAGS)


def test_cli_vectors_run_against_this_library(tmp_path: Any) -> None:
    report = tmp_path / "report.csv"
    command = f"{sys.executable} -m fasttrack_rules assess"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fasttrack_rules",
            "vectors",
            "run",
            "--command",
            command,
            "--csv",
            str(report),
            "--quiet",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.strip().endswith(f"{len(VECTORS)} passed, 0 failed")
    rows = report.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id,subject,result,detail"
    assert len(rows) == len(VECTORS) + 1
    assert all(",PASS," in row for row in rows[1:])


def test_the_public_names_load_on_first_use() -> None:
    from fasttrack_rules import conformance

    assert dir(conformance) == sorted(conformance.__all__)
    for name in conformance.__all__:
        assert getattr(conformance, name) is not None
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = conformance.no_such_name
