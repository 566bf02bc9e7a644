"""Write docs/reasons.md from the reason catalogue (a test checks that it is current).

python scripts/make_reasons_doc.py
"""

from __future__ import annotations

import pathlib

from fasttrack_rules import CATALOGUE

DOC = pathlib.Path(__file__).resolve().parent.parent / "docs" / "reasons.md"


def render() -> str:
    """The text of docs/reasons.md: a table of every reason code."""
    lines = [
        "# Reason codes",
        "",
        "Every outcome of `assess` carries one or more of these stable codes. A code never",
        "changes meaning once released; a new meaning gets a new code. Generated from",
        "`fasttrack_rules.CATALOGUE` by `scripts/make_reasons_doc.py`.",
        "",
        "A reason names *provisions* (see the table of provisions in",
        "[the specification](specification.md#provisions)); each is cited in the version in",
        "force on the reason's *event*: the first day of absence, the request, the letter (or",
        "the request when the letter's date is unknown), or the return of the form (or the",
        "letter). A reason whose event is `deadline` judges a deadline and cites that",
        "deadline's own provision first.",
        "",
        "The texts are what `reasons[].text` holds. Explanations (`fasttrack explain`) show",
        "them without the codes, with citations as a reader writes them; every Danish text",
        "with the situation it is shown in is in the [Danish reader's check list](da/tjekliste.md).",
        "",
        "| code | event | provisions | English | Dansk |",
        "|---|---|---|---|---|",
    ]
    for code, r in CATALOGUE.items():
        provisions = ", ".join(f"`{p}`" for p in r.provisions) or "-"
        lines.append(f"| `{code}` | {r.event} | {provisions} | {r.en} | {r.da} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC.name}")
