"""A small JSON Schema (draft 2020-12) validator for exactly the keywords our schemas use.

The only runtime dependency of ``fasttrack_rules`` is attrs, so the
conformance runner validates an implementation's output lines with this package instead
of the ``jsonschema`` package (the test suite checks that the two agree). A schema that
uses any keyword this package does not implement is refused when the validator is built
(:mod:`.subset`), so a later edit of a schema cannot be silently ignored; instances are
validated by :mod:`.validate`.

Implemented: ``type`` (a name or a list of names), ``properties``, ``required``,
``additionalProperties`` (a schema, ``false`` included), ``propertyNames``,
``dependentRequired``, ``enum``, ``const``, ``$ref`` (local, ``#/$defs/NAME`` only),
``anyOf``, ``oneOf``, ``items``, ``minItems``, ``uniqueItems``, ``minLength``,
``pattern``, ``minimum``, ``maximum`` and ``format: "date"`` (asserted: a real
calendar day ``YYYY-MM-DD``); the annotations ``$schema``, ``$id``, ``$comment``,
``title``, ``description``, ``examples`` and ``$defs`` (the home of ``$ref`` targets),
whose form is checked and which never change whether an instance is valid. Boolean
schemas (``true``, ``false``) are understood everywhere.

Two readings are stricter than the ``jsonschema`` package, on purpose:

* ``"integer"`` is a JSON number written without a fraction or exponent (a Python
  ``int`` that is not a ``bool``): ``1.0`` is not an integer here.
* ``pattern`` is an ECMA-262 regular expression, so ``$`` matches only at the end of
  the string (Python's ``$`` also matches before a final newline). A pattern that uses
  a class escape whose meaning differs between ECMA-262 and Python (``\\d``, ``\\w``,
  ``\\s``, ``\\b`` and their negations) is refused.
"""

from __future__ import annotations

from fasttrack_rules._jsonschema.subset import ANNOTATIONS, ASSERTIONS, IMPLEMENTED
from fasttrack_rules._jsonschema.validate import Validator, Violation, json_equal

__all__ = ["ANNOTATIONS", "ASSERTIONS", "IMPLEMENTED", "Validator", "Violation", "json_equal"]
