"""Validating JSON values against a schema of the subset (:class:`Validator`), and the
equality of JSON values (:func:`json_equal`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

from fasttrack_rules._jsonschema.subset import TYPES, check_schema, resolve, show

__all__ = ["Validator", "Violation", "json_equal"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@attrs.frozen
class Violation:
    """One way an instance breaks its schema.

    Attributes:
        path: where, as a JSON Pointer into the instance (``""`` is the whole instance).
        message: what was expected, and what was found (values written as JSON).
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(root)'}: {self.message}"


def json_equal(a: object, b: object, *, exact_types: bool = False) -> bool:
    """Equality of JSON values as JSON Schema defines it for ``enum``, ``const`` and
    ``uniqueItems``: numbers by value (``1`` equals ``1.0``), but a boolean is never a
    number; arrays item by item, objects key by key in any order.

    With ``exact_types`` a number's JSON type counts too (``1`` is not ``1.0``): every
    value equals only a value of its own type."""
    if not exact_types and type(a) in (int, float) and type(b) in (int, float):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(
            json_equal(x, y, exact_types=exact_types) for x, y in zip(a, b, strict=True)
        )
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(
            json_equal(v, b[k], exact_types=exact_types) for k, v in a.items()
        )
    return a == b


_Path = tuple[str | int, ...]


class Validator:
    """Validates JSON values (as ``json.loads`` returns them) against one schema.

    Args:
        schema: a JSON Schema, as parsed JSON; only the keywords of
            :data:`~fasttrack_rules._jsonschema.IMPLEMENTED`.

    Raises:
        InvalidValueError: the schema uses a keyword (or a ``$ref``, ``format`` or
            ``pattern``) this validator does not implement, or a keyword's value has
            the wrong form; ``field`` is the place in the schema, as a JSON Pointer.
    """

    def __init__(self, schema: Mapping[str, Any] | bool) -> None:
        self._root = schema
        self._patterns = check_schema(schema)

    def violations(self, instance: object) -> list[Violation]:
        """Every violation of the schema by ``instance`` (empty: it is valid), in the
        order the instance is walked."""
        found: list[Violation] = []
        self._walk(self._root, instance, (), found)
        return found

    def is_valid(self, instance: object) -> bool:
        """Whether ``instance`` is valid."""
        return not self.violations(instance)

    # A path is kept as a tuple of keys, and written as a JSON Pointer only for a violation.
    def _walk(
        self, schema: Mapping[str, Any] | bool, value: object, path: _Path, out: list[Violation]
    ) -> None:
        if schema is False:
            out.append(_violation(path, f"no value is allowed here, got {show(value)}"))
            return
        if schema is True or not schema:  # true, or {}: anything
            return
        assert isinstance(schema, dict)
        if "$ref" in schema:
            self._walk(resolve(self._root, schema["$ref"], "$ref"), value, path, out)
        if "type" in schema:
            types = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
            if not any(type(value) in TYPES[t] for t in types):
                out.append(_violation(path, f"expected {' or '.join(types)}, got {show(value)}"))
                return
        if "enum" in schema and not any(json_equal(value, e) for e in schema["enum"]):
            out.append(_violation(path, f"expected one of {show(schema['enum'], 200)}, got {show(value)}"))
        if "const" in schema and not json_equal(value, schema["const"]):
            out.append(_violation(path, f"expected {show(schema['const'])}, got {show(value)}"))
        kind = type(value)
        if kind is dict:
            self._object(schema, value, path, out)  # type: ignore[arg-type]
        elif kind is list:
            self._array(schema, value, path, out)  # type: ignore[arg-type]
        elif kind is str:
            self._string(schema, value, path, out)  # type: ignore[arg-type]
        elif kind is int or kind is float:
            assert isinstance(value, int | float)
            if "minimum" in schema and value < schema["minimum"]:
                out.append(_violation(path, f"expected a number >= {schema['minimum']}, got {show(value)}"))
            if "maximum" in schema and value > schema["maximum"]:
                out.append(_violation(path, f"expected a number <= {schema['maximum']}, got {show(value)}"))
        if "anyOf" in schema:
            self._alternatives("anyOf", schema["anyOf"], value, path, out)
        if "oneOf" in schema:
            self._alternatives("oneOf", schema["oneOf"], value, path, out)

    def _object(
        self, schema: Mapping[str, Any], value: dict[str, Any], path: _Path, out: list[Violation]
    ) -> None:
        for key in schema.get("required", ()):
            if key not in value:
                out.append(_violation(path, f"missing required key {show(key)}"))
        for key, needs in schema.get("dependentRequired", {}).items():
            if key in value:
                out.extend(
                    _violation(path, f"key {show(key)} requires key {show(k)}, which is missing")
                    for k in needs
                    if k not in value
                )
        properties = schema.get("properties", {})
        names = schema.get("propertyNames")
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if names is not None:
                for v in self._sub(names, key, (*path, key)):
                    out.append(Violation(v.path, f"key {show(key)}: {v.message}"))
            if key in properties:
                self._walk(properties[key], item, (*path, key), out)
            elif extra is False:
                out.append(_violation(path, f"unexpected key {show(key)}"))
            elif extra is not True:
                self._walk(extra, item, (*path, key), out)

    def _array(self, schema: Mapping[str, Any], value: list[Any], path: _Path, out: list[Violation]) -> None:
        if len(value) < schema.get("minItems", 0):
            out.append(_violation(path, f"expected at least {schema['minItems']} item(s), got {len(value)}"))
        if schema.get("uniqueItems") is True:
            for j, later in enumerate(value):
                first = next((i for i in range(j) if json_equal(value[i], later)), None)
                if first is not None:
                    out.append(_violation(path, f"expected unique items; items {first} and {j} are equal"))
                    break
        if "items" in schema:
            items = schema["items"]
            for k, item in enumerate(value):
                self._walk(items, item, (*path, k), out)

    def _string(self, schema: Mapping[str, Any], value: str, path: _Path, out: list[Violation]) -> None:
        if len(value) < schema.get("minLength", 0):
            out.append(
                _violation(path, f"expected at least {schema['minLength']} character(s), got {show(value)}")
            )
        if "pattern" in schema and not self._patterns[schema["pattern"]].search(value):
            out.append(_violation(path, f"expected a string matching {schema['pattern']}, got {show(value)}"))
        if schema.get("format") == "date" and not _is_date(value):
            out.append(_violation(path, f"expected a date YYYY-MM-DD, got {show(value)}"))

    def _alternatives(
        self, key: str, options: list[Any], value: object, path: _Path, out: list[Violation]
    ) -> None:
        results = [self._sub(option, value, path) for option in options]
        valid = sum(not r for r in results)
        if valid == 0:
            here = _pointer(path)
            why = " | ".join(str(r[0]) if r[0].path != here else r[0].message for r in results)
            out.append(Violation(here, f"matches none of the {len(options)} alternatives: {why}"))
        elif key == "oneOf" and valid > 1:
            out.append(
                _violation(path, f"expected exactly one alternative to match, {valid} of {len(options)} do")
            )

    def _sub(self, schema: Mapping[str, Any] | bool, value: object, path: _Path) -> list[Violation]:
        found: list[Violation] = []
        self._walk(schema, value, path, found)
        return found


def _pointer(path: _Path) -> str:
    """``path`` as a JSON Pointer (``""`` for the whole instance)."""
    return "".join("/" + str(key).replace("~", "~0").replace("/", "~1") for key in path)


def _violation(path: _Path, message: str) -> Violation:
    return Violation(_pointer(path), message)


def _is_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
