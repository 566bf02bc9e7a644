"""The subset of JSON Schema that is implemented, and the check that a schema keeps to
it: every keyword known, every value of the right form, every ``$ref`` local, every
``pattern`` portable to ECMA-262."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from fasttrack_rules.errors import InvalidValueError

__all__ = ["ANNOTATIONS", "ASSERTIONS", "IMPLEMENTED", "TYPES", "check_schema", "resolve", "show"]

#: The keywords that are checked.
ASSERTIONS = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "propertyNames",
        "dependentRequired",
        "enum",
        "const",
        "$ref",
        "anyOf",
        "oneOf",
        "items",
        "minItems",
        "uniqueItems",
        "minLength",
        "pattern",
        "minimum",
        "maximum",
        "format",
    }
)
#: The keywords that are read and never checked against an instance (their form is
#: checked: ``title``, ``description`` and ``$comment`` are strings, ``examples`` an
#: array; whether the examples are valid is the schema's own business, and the tests'.)
ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "examples", "$defs"})
#: Every keyword a schema may use.
IMPLEMENTED = ASSERTIONS | ANNOTATIONS

#: The Python types of each JSON type, as json.loads returns them ("integer": an int that
#: is not a bool, so 1.0 is no integer; "number": int or float, never bool).
TYPES: dict[str, tuple[type, ...]] = {
    "null": (type(None),),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "array": (list,),
    "object": (dict,),
}
_FORMATS = frozenset({"date"})


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(type(v) is str for v in value)


def _count(value: object) -> bool:
    return type(value) is int and value >= 0


def _objects(value: object) -> bool:
    return isinstance(value, dict)


# The form each keyword's value must have (the subschemas are checked one by one).
_FORMS: dict[str, Callable[[object], bool]] = {
    "type": lambda v: type(v) is str or (isinstance(v, list) and len(v) > 0 and _strings(v)),
    "properties": _objects,
    "$defs": _objects,
    "required": _strings,
    "dependentRequired": lambda v: isinstance(v, dict) and all(_strings(x) for x in v.values()),
    "enum": lambda v: isinstance(v, list),
    "anyOf": lambda v: isinstance(v, list) and len(v) > 0,
    "oneOf": lambda v: isinstance(v, list) and len(v) > 0,
    "minItems": _count,
    "minLength": _count,
    "uniqueItems": lambda v: type(v) is bool,
    "minimum": lambda v: type(v) in (int, float),
    "maximum": lambda v: type(v) in (int, float),
    "pattern": lambda v: type(v) is str,
    "format": lambda v: type(v) is str,
    "$ref": lambda v: type(v) is str,
    "title": lambda v: type(v) is str,
    "description": lambda v: type(v) is str,
    "$comment": lambda v: type(v) is str,
    "examples": lambda v: isinstance(v, list),
}
_REF = re.compile(r"#/\$defs/([^/~]+)")
# Class escapes whose ECMA-262 meaning differs from Python's (Unicode or not).
_UNPORTABLE_ESCAPE = re.compile(r"\\[dDwWsSbB]")


def show(value: object, limit: int = 80) -> str:
    """``value`` as JSON for a message, cut to ``limit`` characters with ``…``."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _schema_pointer(where: str, key: str) -> str:
    return f"{where}/{key.replace('~', '~0').replace('/', '~1')}"


def _ecma_pattern(pattern: str, where: str) -> re.Pattern[str]:
    """``pattern`` as a Python regular expression with ECMA-262's ``$`` (end of string)."""
    if _UNPORTABLE_ESCAPE.search(pattern.replace("\\\\", "")):
        raise InvalidValueError(
            where, pattern, "the pattern uses \\d, \\w, \\s or \\b, which this validator refuses"
        )
    out, k, in_class = [], 0, False
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            out.append(pattern[k : k + 2])
            k += 2
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append(r"\Z" if ch == "$" and not in_class else ch)
        k += 1
    try:
        return re.compile("".join(out))
    except re.error as e:
        raise InvalidValueError(where, pattern, f"not a regular expression: {e}") from None


def check_schema(root: Mapping[str, Any] | bool) -> dict[str, re.Pattern[str]]:
    """Check that ``root`` keeps to the subset; return its patterns, compiled.

    Raises:
        InvalidValueError: the schema uses a keyword (or a ``$ref``, ``format`` or
            ``pattern``) this package does not implement, or a keyword's value has the
            wrong form; ``field`` is the place in the schema, as a JSON Pointer.
    """
    patterns: dict[str, re.Pattern[str]] = {}
    _check(root, root, "#", patterns)
    return patterns


def _check(root: Mapping[str, Any] | bool, schema: object, where: str, patterns: dict[str, Any]) -> None:
    if type(schema) is bool:
        return
    if not isinstance(schema, dict):
        raise InvalidValueError(where, schema, "a schema must be an object or a boolean")
    unknown = sorted(set(schema) - IMPLEMENTED)
    if unknown:
        raise InvalidValueError(
            f"{where}/{unknown[0]}", unknown[0], "this keyword is not implemented by the validator"
        )
    for key, value in schema.items():
        if key in _FORMS and not _FORMS[key](value):
            raise InvalidValueError(f"{where}/{key}", value, f"the value of {key} has the wrong form")
    for key in ("properties", "$defs"):
        for name, sub in schema.get(key, {}).items():
            _check(root, sub, _schema_pointer(f"{where}/{key}", name), patterns)
    for key in ("anyOf", "oneOf"):
        for k, sub in enumerate(schema.get(key, [])):
            _check(root, sub, f"{where}/{key}/{k}", patterns)
    for key in ("additionalProperties", "propertyNames", "items"):
        if key in schema:
            _check(root, schema[key], f"{where}/{key}", patterns)
    if "$ref" in schema:
        resolve(root, schema["$ref"], f"{where}/$ref")
    if "format" in schema and schema["format"] not in _FORMATS:
        raise InvalidValueError(f"{where}/format", schema["format"], "only the format date is implemented")
    if "pattern" in schema and schema["pattern"] not in patterns:
        patterns[schema["pattern"]] = _ecma_pattern(schema["pattern"], f"{where}/pattern")
    types = schema.get("type", [])
    for name in [types] if isinstance(types, str) else types:
        if name not in TYPES:
            raise InvalidValueError(f"{where}/type", name, f"not a JSON Schema type: {show(name)}")


def resolve(root: Mapping[str, Any] | bool, ref: object, where: str) -> Mapping[str, Any] | bool:
    """The schema that ``ref`` (``#/$defs/NAME``) names in ``root``.

    Raises:
        InvalidValueError: ``ref`` is not a ``$ref`` to a ``$defs`` entry of ``root``.
    """
    match = _REF.fullmatch(ref) if isinstance(ref, str) else None
    defs = root.get("$defs", {}) if isinstance(root, dict) else {}
    if match is None or match.group(1) not in defs:
        raise InvalidValueError(where, ref, "only a $ref to #/$defs/NAME of the same schema is implemented")
    return defs[match.group(1)]  # type: ignore[no-any-return]
