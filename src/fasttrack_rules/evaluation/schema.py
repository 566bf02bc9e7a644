"""The JSON Schema of a case-history line, derived from the schema of a case
(:func:`fasttrack_rules.inputs.input_schema`) so that the two cannot drift: the case's
fields less ``as_of`` and ``id``, inside the fields an evaluation adds. The package
ships it as ``schemas/history.schema.json`` (``fasttrack schema history``); a test
holds the file to this function.
"""

from __future__ import annotations

from typing import Any

from fasttrack_rules.evaluation.history import MAX_EMPLOYEES, MAX_KEY_LENGTH
from fasttrack_rules.inputs import input_schema

__all__ = ["history_schema"]

_DATE = {"$ref": "#/$defs/date"}
_KEY = {"type": "string", "pattern": f"^[^\\u0000-\\u001f\\u007f-\\u009f]{{1,{MAX_KEY_LENGTH}}}$"}

_EXAMPLE: dict[str, Any] = {
    "key": "K-000123",
    "employer": {"id": "E-0042", "employees": 35, "employees_in_municipality": 20},
    "municipality": "751",
    "case": {
        "first_day_of_absence": "2025-03-03",
        "sick_person": "employee",
        "over_8_weeks": True,
        "request": {"by": "employer", "date": "2025-03-18"},
        "letter_sent": "2025-03-18",
        "consent": {"answer": "agrees", "date": "2025-03-19"},
        "first_meeting": "2025-03-27",
        "recovered": "2025-07-14",
    },
}


def _employer() -> dict[str, Any]:
    count = {"type": "integer"}
    return {
        "title": "Employer",
        "description": "the employer of an employee, by a pseudonymous id or a company number, and its size",
        "anyOf": [
            {"type": "null"},
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "employees", "employees_in_municipality"],
                "properties": {
                    "id": {
                        **_KEY,
                        "title": "Employer id",
                        "description": "the employer's key, never a person's",
                        "examples": ["E-0042"],
                    },
                    "employees": {
                        **count,
                        "minimum": 1,
                        "maximum": MAX_EMPLOYEES,
                        "title": "Employees",
                        "description": "how many the employer employs",
                        "examples": [35],
                    },
                    "employees_in_municipality": {
                        **count,
                        "minimum": 0,
                        "maximum": MAX_EMPLOYEES,
                        "title": "Employees living in the municipality",
                        "description": "how many of the employees live in the municipality "
                        "(at most employees)",
                        "examples": [20],
                    },
                },
            },
        ],
    }


def _case(case_schema: dict[str, Any]) -> dict[str, Any]:
    properties = {k: v for k, v in case_schema["properties"].items() if k not in ("as_of", "id")}
    return {
        "title": "Case",
        "description": "the case's facts as the JSON protocol gives them, without as_of (the report sets it) "
        "and id (the key is the id); the first meeting, the municipality's decision after a late form "
        "and the recovery (raskmelding) are its fields first_meeting, municipality_continues and recovered",
        "type": "object",
        "additionalProperties": False,
        "required": [name for name in case_schema["required"] if name in properties],
        "properties": properties,
    }


def history_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one line of a case history."""
    case_schema = input_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://fasttrack-rules.invalid/schemas/history.schema.json",
        "title": "fasttrack_rules case history (one line)",
        "description": "One case's history for an evaluation: the case's facts and what the report "
        "adds to them. A history holds no personal data: its keys are pseudonyms.",
        "examples": [_EXAMPLE],
        "type": "object",
        "additionalProperties": False,
        "required": ["key", "case"],
        "$defs": case_schema["$defs"],
        "properties": {
            "key": {
                **_KEY,
                "title": "Case key",
                "description": "a pseudonymous key of the case, never a CPR number",
                "examples": ["K-000123"],
            },
            "synthetic": {
                "title": "Synthetic",
                "description": "true for a made-up case (fasttrack synth); the report says so",
                "type": ["boolean", "null"],
                "examples": [True],
            },
            "employer": _employer(),
            "municipality": {
                "title": "Municipality of residence",
                "description": "the three-digit code of the municipality the sick person lives in",
                "anyOf": [{"type": "string", "pattern": "^[0-9]{3}$"}, {"type": "null"}],
                "examples": ["751"],
            },
            "benefit_end": {
                "title": "End of benefit",
                "description": "the last day of benefit when it ended other than by recovery "
                "(give case.recovered or this, not both)",
                "anyOf": [_DATE, {"type": "null"}],
                "examples": ["2025-09-30"],
            },
            "case": _case(case_schema),
        },
    }
