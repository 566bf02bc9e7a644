"""The files that ship inside the package: the JSON Schemas (``schemas/``), the vector
files with INTERPRETING.md (``vectors/``) and the specification, and the validators
built from the schemas."""

from __future__ import annotations

import functools
import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from fasttrack_rules._jsonschema import Validator

__all__ = ["package_file", "schema", "validator", "vector_validator"]


def package_file(*parts: str) -> Traversable:
    """The packaged file at ``parts`` below ``fasttrack_rules`` (read it with
    ``read_text`` or ``read_bytes``)."""
    return resources.files("fasttrack_rules").joinpath(*parts)


def schema(which: str) -> dict[str, Any]:
    """The JSON Schema ``input``, ``output``, ``output-compact``, ``error`` or ``vectors``."""
    text = package_file("schemas", f"{which}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@functools.cache
def validator(which: str) -> Validator:
    """The validator of the schema ``which`` (see :func:`schema`), built once."""
    return Validator(schema(which))


@functools.cache
def vector_validator() -> Validator:
    """One vector of ``vectors.schema.json``, as a schema of its own."""
    whole = schema("vectors")
    return Validator({"$defs": whole["$defs"], **whole["properties"]["vectors"]["items"]})
