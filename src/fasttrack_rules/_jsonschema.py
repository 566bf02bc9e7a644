"""A small JSON Schema (draft 2020-12) validator for exactly the keywords our schemas use.

The runtime dependencies of ``fasttrack_rules`` are attrs and holidays only, so the
conformance runner validates an implementation's output lines with this module instead
of the ``jsonschema`` package (the test suite checks that the two agree). A schema that
uses any keyword this module does not implement is refused when the validator is built,
so a later edit of a schema cannot be silently ignored.

Implemented: ``type`` (a name or a list of names), ``properties``, ``required``,
``additionalProperties`` (a schema, ``false`` included), ``propertyNames``,
``dependentRequired``, ``enum``, ``const``, ``$ref`` (local, ``#/$defs/NAME`` only),
``anyOf``, ``oneOf``, ``items``, ``minItems``, ``uniqueItems``, ``minLength``,
``pattern``, ``minimum``, ``maximum`` and ``format: "date"``; the annotations
``$schema``, ``$id``, ``$comment``, ``title``, ``description`` and ``$defs`` (the home of
``$ref`` targets). Boolean schemas (``true``, ``false``) are understood everywhere.

Two readings are stricter than the ``jsonschema`` package, on purpose:

* ``"integer"`` is a JSON number written without a fraction or exponent (a Python
  ``int`` that is not a ``bool``): ``1.0`` is not an integer here.
* ``pattern`` is an ECMA-262 regular expression, so ``$`` matches only at the end of
  the string (Python's ``$`` also matches before a final newline). A pattern that uses
  a class escape whose meaning differs between ECMA-262 and Python (``\\d``, ``\\w``,
  ``\\s``, ``\\b`` and their negations) is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from fasttrack_rules.errors import InvalidValueError

__all__ = ["IMPLEMENTED", "Validator", "Violation", "json_equal"]

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
#: The keywords that are read and never checked.
ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "$defs"})
#: Every keyword a schema may use.
IMPLEMENTED = ASSERTIONS | ANNOTATIONS

# The Python types of each JSON type, as json.loads returns them ("integer": an int that
# is not a bool, so 1.0 is no integer; "number": int or float, never bool).
_TYPES: dict[str, tuple[type, ...]] = {
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
}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_REF = re.compile(r"#/\$defs/([^/~]+)")
# Class escapes whose ECMA-262 meaning differs from Python's (Unicode or not).
_UNPORTABLE_ESCAPE = re.compile(r"\\[dDwWsSbB]")


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


def json_equal(a: object, b: object) -> bool:
    """Equality of JSON values as JSON Schema defines it for ``enum``, ``const`` and
    ``uniqueItems``: numbers by value (``1`` equals ``1.0``), but a boolean is never a
    number; arrays item by item, objects key by key."""
    if type(a) is bool or type(b) is bool:
        return type(a) is type(b) and a == b
    if type(a) in (int, float) and type(b) in (int, float):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(json_equal(v, b[k]) for k, v in a.items())
    return a == b


def _show(value: object, limit: int = 80) -> str:
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


class Validator:
    """Validates JSON values (as ``json.loads`` returns them) against one schema.

    Args:
        schema: a JSON Schema, as parsed JSON; only the keywords of :data:`IMPLEMENTED`.

    Raises:
        InvalidValueError: the schema uses a keyword (or a ``$ref``, ``format`` or
            ``pattern``) this validator does not implement, or a keyword's value has
            the wrong form; ``field`` is the place in the schema, as a JSON Pointer.
    """

    def __init__(self, schema: Mapping[str, Any] | bool) -> None:
        self._root = schema
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._check(schema, "#")

    # -- the schema itself ----------------------------------------------------------------
    def _check(self, schema: object, where: str) -> None:
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
                self._check(sub, _schema_pointer(f"{where}/{key}", name))
        for key in ("anyOf", "oneOf"):
            for k, sub in enumerate(schema.get(key, [])):
                self._check(sub, f"{where}/{key}/{k}")
        for key in ("additionalProperties", "propertyNames", "items"):
            if key in schema:
                self._check(schema[key], f"{where}/{key}")
        if "$ref" in schema:
            self._resolve(schema["$ref"], f"{where}/$ref")
        if "format" in schema and schema["format"] not in _FORMATS:
            raise InvalidValueError(
                f"{where}/format", schema["format"], "only the format date is implemented"
            )
        if "pattern" in schema:
            self._pattern(schema["pattern"], f"{where}/pattern")
        types = schema.get("type", [])
        for name in [types] if isinstance(types, str) else types:
            if name not in _TYPES:
                raise InvalidValueError(f"{where}/type", name, f"not a JSON Schema type: {_show(name)}")

    def _resolve(self, ref: object, where: str) -> Mapping[str, Any] | bool:
        match = _REF.fullmatch(ref) if isinstance(ref, str) else None
        defs = self._root.get("$defs", {}) if isinstance(self._root, dict) else {}
        if match is None or match.group(1) not in defs:
            raise InvalidValueError(
                where, ref, "only a $ref to #/$defs/NAME of the same schema is implemented"
            )
        return defs[match.group(1)]  # type: ignore[no-any-return]

    def _pattern(self, pattern: str, where: str = "pattern") -> re.Pattern[str]:
        compiled = self._patterns.get(pattern)
        if compiled is None:
            compiled = self._patterns[pattern] = _ecma_pattern(pattern, where)
        return compiled

    # -- instances ------------------------------------------------------------------------
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
            out.append(_violation(path, f"no value is allowed here, got {_show(value)}"))
            return
        if schema is True or not schema:  # true, or {}: anything
            return
        assert isinstance(schema, dict)
        if "$ref" in schema:
            self._walk(self._resolve(schema["$ref"], "$ref"), value, path, out)
        if "type" in schema:
            types = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
            if not any(type(value) in _TYPES[t] for t in types):
                out.append(_violation(path, f"expected {' or '.join(types)}, got {_show(value)}"))
                return
        if "enum" in schema and not any(json_equal(value, e) for e in schema["enum"]):
            out.append(_violation(path, f"expected one of {_show(schema['enum'], 200)}, got {_show(value)}"))
        if "const" in schema and not json_equal(value, schema["const"]):
            out.append(_violation(path, f"expected {_show(schema['const'])}, got {_show(value)}"))
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
                out.append(_violation(path, f"expected a number >= {schema['minimum']}, got {_show(value)}"))
            if "maximum" in schema and value > schema["maximum"]:
                out.append(_violation(path, f"expected a number <= {schema['maximum']}, got {_show(value)}"))
        if "anyOf" in schema:
            self._alternatives("anyOf", schema["anyOf"], value, path, out)
        if "oneOf" in schema:
            self._alternatives("oneOf", schema["oneOf"], value, path, out)

    def _object(
        self, schema: Mapping[str, Any], value: dict[str, Any], path: _Path, out: list[Violation]
    ) -> None:
        for key in schema.get("required", ()):
            if key not in value:
                out.append(_violation(path, f"missing required key {_show(key)}"))
        for key, needs in schema.get("dependentRequired", {}).items():
            if key in value:
                out.extend(
                    _violation(path, f"key {_show(key)} requires key {_show(k)}, which is missing")
                    for k in needs
                    if k not in value
                )
        properties = schema.get("properties", {})
        names = schema.get("propertyNames")
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if names is not None:
                for v in self._sub(names, key, (*path, key)):
                    out.append(Violation(v.path, f"key {_show(key)}: {v.message}"))
            if key in properties:
                self._walk(properties[key], item, (*path, key), out)
            elif extra is False:
                out.append(_violation(path, f"unexpected key {_show(key)}"))
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
                _violation(path, f"expected at least {schema['minLength']} character(s), got {_show(value)}")
            )
        if "pattern" in schema and not self._pattern(schema["pattern"]).search(value):
            out.append(
                _violation(path, f"expected a string matching {schema['pattern']}, got {_show(value)}")
            )
        if schema.get("format") == "date" and not _is_date(value):
            out.append(_violation(path, f"expected a date YYYY-MM-DD, got {_show(value)}"))

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


_Path = tuple[str | int, ...]


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
