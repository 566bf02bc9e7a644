"""Named example cases in their JSON form, shared by the tests.

The cases are the vector builder's data (``scripts/make_vectors/data/cases.py``), read
here so that the tests and the vectors start from the same values. ``BASE`` is the
specification's first worked example: an employer's request on an employee's 16th day of
absence, consent in time, evaluated two days after the request.
"""

from __future__ import annotations

from typing import Any

from scripts.make_vectors.common import case
from scripts.make_vectors.data.cases import ALL_ANSWERS, BASE, BY_REASON, OLD, SICK

__all__ = ["ALL_ANSWERS", "BASE", "BY_REASON", "OLD", "SICK", "case", "run"]

_VALIDATOR: Any = None


def run(obj: object, **kwargs: Any) -> Any:
    """``assess_json`` typed loosely, so that tests can index into the JSON result; every
    result is also validated against the shipped output schema."""
    global _VALIDATOR
    from fasttrack_rules import assess_json

    if _VALIDATOR is None:
        from jsonschema import Draft202012Validator

        from fasttrack_rules.conformance import schema

        _VALIDATOR = Draft202012Validator(schema("output"))
    result = assess_json(obj, **kwargs)
    _VALIDATOR.validate(result)
    return result
