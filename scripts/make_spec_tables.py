"""Fill the generated tables of the specification (instruments, provisions) from
``fasttrack_rules.law``; a test checks that they are current.

    python scripts/make_spec_tables.py
"""

from __future__ import annotations

import pathlib

from fasttrack_rules import INSTRUMENTS, PROVISIONS

SPEC = pathlib.Path(__file__).resolve().parent.parent / "src" / "fasttrack_rules" / "specification.md"


def _day(day: object) -> str:
    return "-" if day is None else str(day)


def instruments_table() -> str:
    """The table of instruments, with its introduction."""
    lines = [
        "Every instrument the library cites. `in force` gives the days on which the instrument",
        "is the one cited for its family (`SDL`: the Act; `BEK`: the orders on follow-up).",
        "",
        "| key | kind | family | title | in force | address |",
        "|---|---|---|---|---|---|",
    ]
    for i in sorted(INSTRUMENTS.values(), key=lambda i: (i.family or "~", str(i.in_force_from), i.key)):
        span = "-" if i.in_force_from is None else f"{_day(i.in_force_from)} – {_day(i.in_force_to)}"
        lines.append(f"| `{i.key}` | {i.kind} | {i.family or '-'} | {i.title} | {span} | <{i.url}> |")
    return "\n".join(lines)


def provisions_table() -> str:
    """The table of provisions and their versions, with its introduction."""
    lines = [
        "Every provision a rule or reason cites, by name, with its versions: for events from",
        "`from` to `to` (inclusive) it is the pinpoint shown, in the instrument of the family",
        "in force on the event's day, or in the fixed instrument named.",
        "",
        "| provision | from | to | where |",
        "|---|---|---|---|",
    ]
    for name, versions in PROVISIONS.items():
        for v in versions:
            pin = [
                f"§ {v.section}" if v.section else "",
                f"stk. {v.stk}" if v.stk else "",
                f"nr. {v.nr}" if v.nr else "",
            ]
            where = ", ".join(p for p in pin if p)
            source = f"family {v.family}" if v.family else f"`{v.instrument}`"
            if v.name:
                where = f"“{v.name}”"
            start = "-" if v.valid_from.year == 1 else str(v.valid_from)
            lines.append(f"| `{name}` | {start} | {_day(v.valid_to)} | {where} ({source}) |")
    return "\n".join(lines)


def render(text: str) -> str:
    """``text`` (the specification) with each generated table replaced between its markers."""
    for marker, table in (("instruments", instruments_table()), ("provisions", provisions_table())):
        start, end = f"<!-- generated:{marker} -->\n", f"<!-- end:{marker} -->"
        head, _, rest = text.partition(start)
        _, _, tail = rest.partition(end)
        text = f"{head}{start}{table}\n{end}{tail}"
    return text


if __name__ == "__main__":
    SPEC.write_text(render(SPEC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the tables of {SPEC.name}")
