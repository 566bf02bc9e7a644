"""The oracle kit (:func:`export`): everything an implementation in another language
needs to be checked against this one, written to a folder, with the reason catalogue
(:func:`reason_catalogue`) and both default calendars (:func:`calendar_table`) as data."""

from __future__ import annotations

import json
import pathlib
from typing import Any

from fasttrack_rules.conformance.packaged import package_file
from fasttrack_rules.conformance.vector_set import SUBJECTS
from fasttrack_rules.protocol.results import instrument_json

__all__ = ["KIT_FILES", "calendar_table", "export", "reason_catalogue"]

#: What ``export`` writes, besides the vector files (for the kit's own index).
KIT_FILES = (
    "README.md",
    "INTERPRETING.md",
    "specification.md",
    "reasons.json",
    "calendars/dk-bank.json",
    "calendars/dk-municipal.json",
    "schemas/input.schema.json",
    "schemas/output.schema.json",
    "schemas/error.schema.json",
    "schemas/vectors.schema.json",
)

_KIT_README = """# fasttrack_rules oracle kit

Everything an implementation in another language needs to be checked against the
reference: the rules (`specification.md`), how to run and compare the vectors
(`INTERPRETING.md`), the JSON Schemas, the reason catalogue as data, and both default
calendars as data with the definition of their content hash.

{files}
"""


def reason_catalogue() -> dict[str, Any]:
    """The reason catalogue as data: every code with its event, provisions and texts,
    every provision with its versions, and every instrument (``reasons.json`` of the
    kit)."""
    from fasttrack_rules.law import INSTRUMENTS, PROVISIONS
    from fasttrack_rules.reasons import CATALOGUE

    def version(v: Any) -> dict[str, object]:
        return {
            "from": None if v.valid_from.year == 1 else v.valid_from.isoformat(),
            "to": None if v.valid_to is None else v.valid_to.isoformat(),
            "family": v.family,
            "instrument": v.instrument,
            "section": v.section,
            "stk": v.stk,
            "nr": v.nr,
            "pkt": v.pkt,
            "name": v.name,
        }

    return {
        "reasons": [
            {"code": r.code, "event": r.event, "provisions": list(r.provisions), "da": r.da, "en": r.en}
            for r in CATALOGUE.values()
        ],
        "provisions": {name: [version(v) for v in versions] for name, versions in PROVISIONS.items()},
        "instruments": [
            {**instrument_json(i), "family": i.family, "title": i.title, "short": i.short}
            for i in INSTRUMENTS.values()
        ],
    }


def calendar_table(kind: str) -> dict[str, Any]:
    """A default calendar's closing weekdays over its whole range, as data
    (``calendars/dk-<kind>.json`` of the kit): weekdays not listed are open."""
    from fasttrack_rules.calendars import FIRST_YEAR, LAST_YEAR, danish_bank_days, municipal_working_days

    cal = danish_bank_days() if kind == "bank" else municipal_working_days()
    return {
        "id": cal.id,
        "first_day": f"{FIRST_YEAR}-01-01",
        "last_day": f"{LAST_YEAR}-12-31",
        "content_hash": cal.content_hash,
        "content_hash_definition": "specification.md#content-hash",
        "closed_weekdays": [
            {"date": c.date.isoformat(), "names": list(c.names), "citations": [str(x) for x in c.citations]}
            for year in range(FIRST_YEAR, LAST_YEAR + 1)
            for c in cal.closed_days(year)
        ],
    }


def export(directory: str) -> list[str]:
    """Write the oracle kit to ``directory``: the vector files, INTERPRETING.md, the
    specification, the reason catalogue and both calendars as data, and the schemas;
    return the paths written. Nothing in the kit points outside it.

    Raises:
        OSError: the folder or a file in it cannot be written.
    """
    out = pathlib.Path(directory)
    (out / "schemas").mkdir(parents=True, exist_ok=True)
    (out / "calendars").mkdir(exist_ok=True)
    written = []

    def write(name: str, text: str) -> None:
        target = out / name
        target.write_text(text, encoding="utf-8")
        written.append(str(target))

    for name in [f"{s}.json" for s in SUBJECTS] + ["INTERPRETING.md"]:
        write(name, package_file("vectors", name).read_text(encoding="utf-8"))
    write("specification.md", package_file("specification.md").read_text(encoding="utf-8"))
    write("reasons.json", json.dumps(reason_catalogue(), ensure_ascii=False, indent=1) + "\n")
    for kind in ("bank", "municipal"):
        write(
            f"calendars/dk-{kind}.json", json.dumps(calendar_table(kind), ensure_ascii=False, indent=1) + "\n"
        )
    for which in ("input", "output", "error", "vectors"):
        write(
            f"schemas/{which}.schema.json",
            package_file("schemas", f"{which}.schema.json").read_text(encoding="utf-8"),
        )
    write(
        "README.md",
        _KIT_README.format(
            files="\n".join(f"- `{f}`" for f in [*(f"{s}.json" for s in SUBJECTS), *KIT_FILES])
        ),
    )
    return written
