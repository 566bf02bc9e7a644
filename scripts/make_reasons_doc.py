"""Write docs/reasons.md from the reason catalogue (a test checks that it is current).

python scripts/make_reasons_doc.py
"""

from __future__ import annotations

import pathlib

from fasttrack_rules import CATALOGUE

DOC = pathlib.Path(__file__).resolve().parent.parent / "docs" / "reasons.md"


def render() -> str:
    lines = [
        "# Reason codes",
        "",
        "Every outcome of `assess` carries one or more of these stable codes. A code never",
        "changes meaning once released; a new meaning gets a new code. Generated from",
        "`fasttrack_rules.CATALOGUE` by `scripts/make_reasons_doc.py`.",
        "",
        "| code | citations | English | Dansk |",
        "|---|---|---|---|",
    ]
    for code, r in CATALOGUE.items():
        cites = "; ".join(str(c) for c in r.citations)
        lines.append(f"| `{code}` | {cites} | {r.en} | {r.da} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC.name}")
