"""The vector files, composed from the builders in a fixed order: within a subject, vectors
keep the order in which the builders return them."""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable
from typing import Any

from fasttrack_rules.conformance import FLAGS, SUBJECTS, VECTOR_SET_VERSION
from scripts.make_vectors.combinations import combination_vectors
from scripts.make_vectors.coverage import coverage_vectors
from scripts.make_vectors.deadlines import deadline_pairs
from scripts.make_vectors.errors import error_vectors
from scripts.make_vectors.examples import example_and_calendar_vectors
from scripts.make_vectors.interpretations import interpretation_pairs
from scripts.make_vectors.lines import raw_line_vectors
from scripts.make_vectors.reason_codes import reason_code_vectors
from scripts.make_vectors.vector import Filed

OUT = pathlib.Path(__file__).resolve().parents[2] / "src" / "fasttrack_rules" / "vectors"
#: The subjects this tool writes; worked_examples.json is written by hand.
GENERATED = tuple(s for s in SUBJECTS if s != "worked_examples")
BUILDERS: tuple[Callable[[], list[Filed]], ...] = (
    deadline_pairs,
    interpretation_pairs,
    reason_code_vectors,
    example_and_calendar_vectors,
    coverage_vectors,
    combination_vectors,
    error_vectors,
    raw_line_vectors,
)


def by_subject(filed: list[Filed]) -> dict[str, list[dict[str, Any]]]:
    """The vectors grouped by subject (in the order of ``GENERATED``), each group in order.

    Raises:
        AssertionError: two vectors share an id.
    """
    grouped: dict[str, list[dict[str, Any]]] = {s: [] for s in GENERATED}
    seen: set[str] = set()
    for subject, vector in filed:
        assert vector["id"] not in seen, vector["id"]
        seen.add(vector["id"])
        grouped[subject].append(vector)
    return grouped


def build_vectors() -> dict[str, list[dict[str, Any]]]:
    """Every generated vector, by subject."""
    return by_subject([filed for builder in BUILDERS for filed in builder()])


def render(subject: str, vectors: list[dict[str, Any]]) -> str:
    """The text of one vector file."""
    data = {
        "vector_set": "fasttrack_rules",
        "version": VECTOR_SET_VERSION,
        "subject": subject,
        "flags_defined": list(FLAGS),
        "vectors": vectors,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def build() -> dict[str, str]:
    """Every vector file's text, by subject."""
    return {subject: render(subject, vectors) for subject, vectors in build_vectors().items()}
