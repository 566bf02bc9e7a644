"""Write tests/golden/danish_closing_days.tsv from the library itself.

Run once after a deliberate change (helligdage regenerated from a new ``holidays`` release
by scripts/make_helligdage.py, a new closing day), then review the diff line by line
against docs/specification.md#calendars before committing it:

    python scripts/make_golden.py
"""

from __future__ import annotations

import datetime as dt
import pathlib

from fasttrack_rules.calendars import FIRST_YEAR, LAST_YEAR, _helligdage, danish_bank_days

GOLDEN = pathlib.Path(__file__).resolve().parent.parent / "tests" / "golden" / "danish_closing_days.tsv"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def render() -> str:
    """Every helligdag (weekends too) and every extra bank closing day, 2000-2100."""
    lines = ["# date\tweekday\tkind\tname(s)"]
    bank = danish_bank_days()
    rows: dict[str, tuple[str, str]] = {}
    for day, name in _helligdage().items():
        rows[day.isoformat()] = ("helligdag", name)
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for closed in bank.closed_days(year):
            key = closed.date.isoformat()
            if key not in rows:
                rows[key] = ("bank_closing_day", closed.name)
            elif closed.name != rows[key][1]:
                rows[key] = ("helligdag+bank_closing_day", closed.name)
    for key in sorted(rows):
        kind, name = rows[key]
        weekday = WEEKDAYS[dt.date.fromisoformat(key).weekday()]
        lines.append(f"{key}\t{weekday}\t{kind}\t{name}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    GOLDEN.write_text(render(), encoding="utf-8")
    print(f"wrote {GOLDEN.name}")
