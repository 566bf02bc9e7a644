"""Write src/fasttrack_rules/engine/compiled.py, the tables the engine and its JSON path
run on, from their sources: the law's numbering (:mod:`fasttrack_rules.engine.numbering`),
the rule parameters, the reason catalogue's provisions, the default calendars' content
hashes, the input description and the protocol's citation objects.

A run reads those tables as plain numbers and strings, so that ``fasttrack assess``
imports neither attrs nor the law for a case in its plain form (the cold start). Run
this after changing the law, a parameter, a reason's provisions, a calendar, an
interpretation's default or a case field, and commit the result:

    python -m scripts.make_engine_tables

tests/test_engine_compiled.py regenerates the text and compares it with the shipped file.
"""

from __future__ import annotations

import pathlib

import attrs

from fasttrack_rules.calendars import danish_bank_days, municipal_working_days
from fasttrack_rules.engine.numbering import numbering
from fasttrack_rules.facts import Interpretation
from fasttrack_rules.law import BEK_2024_START, FAST_TRACK_START, PARAMETERS, RULESET_VERSION
from fasttrack_rules.protocol.cases import CASE_FIELDS
from fasttrack_rules.protocol.lines import json_text
from fasttrack_rules.protocol.results import _citation_json, short_reference

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODULE = ROOT / "src" / "fasttrack_rules" / "engine" / "compiled.py"

_HEADER = '''"""The tables the engine and its JSON path run on, as plain numbers and strings.

Longer than 300 lines: generated data. Do not edit: regenerate it with
``python -m scripts.make_engine_tables`` after changing the law, a parameter, a reason's
provisions, a calendar, an interpretation's default or a case field; the tests compare
it with its sources. A day is its proleptic Gregorian ordinal, a citation its number
(:mod:`fasttrack_rules.engine.numbering`).
"""

'''

#: (name, type, what it is), in the order of the module.
_NAMES = (
    ("FAST_TRACK", "int", "The day Fast track began."),
    ("BEK_2024", "int", "The day the order of 2024 took effect (the doctor's new window)."),
    ("CITATION_JSON", "tuple[str, ...]", "Each citation as the result's JSON writes it."),
    ("CITATION_SHORT", "tuple[str, ...]", "Each citation as the compact result's JSON writes it."),
    ("CITATION_LAW", "tuple[bool, ...]", "Whether each citation is law (not guidance or policy)."),
    (
        "PROVISIONS",
        "dict[str, tuple[tuple[int, ...], tuple[int, ...]]]",
        "Each provision: the days it can change, and its citation from each (the first: before"
        " the first change; -1: not in force).",
    ),
    (
        "PARAMETERS",
        "dict[str, tuple[tuple[int, int, int, str], ...]]",
        "Each rule parameter's versions: (first day, last day, value, provision that sets it).",
    ),
    (
        "REASONS",
        "dict[str, tuple[tuple[int, ...], tuple[tuple[int, ...] | None, ...]]]",
        "Each reason: the days its own citations can change, and those citations from each"
        " (None: one is not in force).",
    ),
    ("RULESET", "str", "The rule set's version."),
    (
        "CALENDARS",
        "dict[str, dict[str, str]]",
        "The default calendars' ids and content hashes, as the version stamp writes them.",
    ),
    ("INTERPRETATION_DEFAULTS", "dict[str, str]", "Each interpretation's default."),
    ("CASE_FIELDS", "tuple[str, ...]", "The top-level fields of a JSON case, in the protocol's order."),
)


def data() -> dict[str, object]:
    """The value of every name of the generated module, from the sources."""
    law = numbering()
    parameters: dict[str, list[tuple[int, int, int, str]]] = {}
    for p in PARAMETERS:
        end = p.valid_to.toordinal() if p.valid_to else -1
        parameters.setdefault(p.name, []).append((p.valid_from.toordinal(), end, p.value, p.provision))
    bank, municipal = danish_bank_days(), municipal_working_days()
    return {
        "FAST_TRACK": FAST_TRACK_START.toordinal(),
        "BEK_2024": BEK_2024_START.toordinal(),
        "CITATION_JSON": tuple(json_text(_citation_json(c)) for c in law.citations),
        "CITATION_SHORT": tuple(json_text(short_reference(c)) for c in law.citations),
        "CITATION_LAW": tuple(c.is_law for c in law.citations),
        "PROVISIONS": law.provisions,
        "PARAMETERS": {name: tuple(rows) for name, rows in parameters.items()},
        "REASONS": law.reasons,
        "RULESET": RULESET_VERSION,
        "CALENDARS": {
            "bank": {"id": bank.id, "content_hash": bank.content_hash},
            "municipal": {"id": municipal.id, "content_hash": municipal.content_hash},
        },
        "INTERPRETATION_DEFAULTS": attrs.asdict(Interpretation()),
        "CASE_FIELDS": CASE_FIELDS,
    }


def render(values: dict[str, object]) -> str:
    """The text of the generated module: each name with its type and what it is."""
    parts = [_HEADER]
    for name, annotation, doc in _NAMES:
        parts.append(f"#: {doc}\n{name}: {annotation} = {_literal(values[name])}\n\n")
    return "".join(parts).rstrip("\n") + "\n"


def _literal(value: object, indent: str = "") -> str:
    """``value`` as Python source, a container's items one a line."""
    inner = indent + "    "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = "".join(f"{inner}{k!r}: {_literal(v, inner)},\n" for k, v in value.items())
        return "{\n" + items + indent + "}"
    if isinstance(value, tuple) and value and isinstance(value[0], str | tuple | dict):
        items = "".join(f"{inner}{_literal(v, inner)},\n" for v in value)
        return "(\n" + items + indent + ")"
    return repr(value)


if __name__ == "__main__":
    MODULE.write_text(render(data()), encoding="utf-8")
    print(f"wrote {MODULE.relative_to(ROOT)}")
