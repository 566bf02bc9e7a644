"""Write src/fasttrack_rules/calendars/helligdage.py, the Danish helligdage 2000-2100, from
the ``holidays`` package.

The library reads the helligdage from that generated module, so that no run imports
``holidays`` (importing it and building its Danish table took most of a cold start). Run
this after upgrading ``holidays`` (it is in the ``test`` extra), review the diff line by
line against docs/specification.md#calendars, then regenerate the golden file
(scripts/make_golden.py) and commit both:

    python -m scripts.make_helligdage

The output depends only on the table and the version given, so the same ``holidays``
release always writes the same bytes; tests/test_calendars_helligdage.py regenerates the
table and compares.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from importlib.metadata import version

from fasttrack_rules.calendars.coverage import FIRST_YEAR, LAST_YEAR

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODULE = ROOT / "src" / "fasttrack_rules" / "calendars" / "helligdage.py"

_HEADER = '''"""Every Danish helligdag from 1 January {first} to 31 December {last}, weekends included,
by its Danish name, as the ``holidays`` package gives them (Denmark, public category).

Longer than 300 lines: generated data, one helligdag a line. Do not edit: regenerate it
with ``python -m scripts.make_helligdage`` after upgrading ``holidays``. The library reads
the helligdage from here, so that no run imports ``holidays``; the other closing days of
the default calendars are the library's own rules (:mod:`.defaults`).
"""

from __future__ import annotations

#: The release of ``holidays`` the table was generated from.
HOLIDAYS_VERSION = "{version}"

#: (ISO date, Danish name) of every helligdag, in date order.
HELLIGDAGE: tuple[tuple[str, str], ...] = (
'''


def from_holidays() -> dict[dt.date, str]:
    """Every Danish helligdag of the coverage (weekends included), by its Danish name, as
    the installed ``holidays`` gives them. Store bededag ends after 2023 there (abolished
    as a helligdag by bekendtgørelse nr. 270 af 7. marts 2023, § 1)."""
    import holidays

    table = holidays.country_holidays(
        "DK", years=range(FIRST_YEAR, LAST_YEAR + 1), language="da", categories=("public",)
    )
    return {day: str(name) for day, name in table.items()}


def render(helligdage: dict[dt.date, str], holidays_version: str) -> str:
    """The text of the generated module: ``helligdage`` in date order, one a line."""
    lines = [_HEADER.format(first=FIRST_YEAR, last=LAST_YEAR, version=holidays_version)]
    for day in sorted(helligdage):
        # A JSON string is a Python string literal with the same value, in double quotes.
        lines.append(f'    ("{day.isoformat()}", {json.dumps(helligdage[day], ensure_ascii=False)}),\n')
    lines.append(")\n")
    return "".join(lines)


if __name__ == "__main__":
    MODULE.write_text(render(from_holidays(), version("holidays")), encoding="utf-8")
    print(f"wrote {MODULE.name}")
