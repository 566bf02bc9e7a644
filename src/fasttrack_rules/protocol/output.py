"""JSON out: a case's result and a typed error as the protocol writes them."""

from __future__ import annotations

from collections.abc import Mapping

from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.protocol.cases import case_from_json
from fasttrack_rules.rules import assess
from fasttrack_rules.vocab import Lang

__all__ = ["assess_json", "error_json"]


def assess_json(obj: Mapping[str, object] | object, *, lang: Lang = "en") -> dict[str, object]:
    """Assess a JSON case and return the JSON result (see docs/protocol.md).

    Raises:
        FasttrackError: a typed error naming the field at fault (its ``code`` is the
            protocol's error code).
    """
    case, as_of = case_from_json(obj)
    return assess(case, as_of=as_of).to_json(lang=lang)


def error_json(error: FasttrackError) -> dict[str, object]:
    """The JSON error object for a typed error (used by the command line)."""
    return {"error": {"code": error.code, "field": error.field, "message": error.message}}
