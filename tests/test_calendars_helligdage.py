"""The shipped helligdage (generated from ``holidays``) and the default tables read from
them as plain data, without attrs, the law or ``holidays``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable

import pytest
from scripts.make_helligdage import MODULE, from_holidays, render

from fasttrack_rules.calendars import Calendar, danish_bank_days, municipal_working_days
from fasttrack_rules.calendars.coverage import _BASE, _N, CalendarKind
from fasttrack_rules.calendars.defaults import _helligdage, default_tables
from fasttrack_rules.calendars.helligdage import HELLIGDAGE, HOLIDAYS_VERSION
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError


def test_the_shipped_helligdage_are_those_of_holidays_byte_for_byte() -> None:
    # After upgrading holidays: python -m scripts.make_helligdage, review, commit.
    shipped = MODULE.read_text(encoding="utf-8")
    assert render(from_holidays(), HOLIDAYS_VERSION) == shipped, "run python -m scripts.make_helligdage"


def test_the_generated_module_does_not_depend_on_the_order_it_is_given() -> None:
    table = from_holidays()
    backwards = dict(reversed(table.items()))
    assert render(backwards, "9.9") == render(table, "9.9")
    assert 'HOLIDAYS_VERSION = "9.9"' in render(table, "9.9")


def test_the_library_reads_the_shipped_table() -> None:
    table = _helligdage()
    assert table == {dt.date.fromisoformat(day): name for day, name in HELLIGDAGE}
    assert list(table) == sorted(table)
    assert {day.year for day in table} == set(range(2000, 2101))
    assert table[dt.date(2023, 5, 5)] == "Store bededag"
    assert dt.date(2024, 4, 26) not in table  # abolished from 2024


@pytest.mark.parametrize(
    ("kind", "calendar"), [("bank", danish_bank_days), ("municipal", municipal_working_days)]
)
def test_default_tables_are_the_calendars_own(kind: CalendarKind, calendar: Callable[[], Calendar]) -> None:
    cal = calendar()
    tables = default_tables(kind)
    assert tables is cal._tables
    assert type(tables.open) is bytes
    assert len(tables.open) == _N
    assert type(tables.prefix) is list
    assert len(tables.prefix) == _N + 1
    assert tables.content_hash == cal.content_hash
    day = dt.date(2026, 1, 1)
    for i in range(day.toordinal() - _BASE, day.toordinal() - _BASE + 400):
        assert tables.open[i] == cal.is_open(dt.date.fromordinal(_BASE + i))
        assert tables.prefix[i] == cal.count(dt.date(2000, 1, 1), dt.date.fromordinal(_BASE + i))


def test_the_released_content_hashes_are_kept() -> None:
    assert default_tables("bank").content_hash == "a989ccaa8128adf3"
    assert default_tables("municipal").content_hash == "b6070bcd564c0330"


def test_default_tables_check_the_kind() -> None:
    with pytest.raises(InvalidValueError) as bad:
        default_tables("weekdays")  # type: ignore[arg-type]
    assert bad.value.field == "kind"
    with pytest.raises(InvalidTypeError):
        default_tables(["bank"])  # type: ignore[arg-type]


def test_the_default_tables_are_read_without_attrs_law_or_holidays() -> None:
    # A fresh interpreter: what reading the tables imports, beside what it had loaded.
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "from fasttrack_rules.calendars.defaults import default_tables\n"
        "tables = default_tables('bank'), default_tables('municipal')\n"
        "added = set(sys.modules) - before\n"
        "heavy = sorted(name for name in added if name.split('.')[0] in {'attr', 'attrs', 'holidays'}\n"
        "               or name in {'fasttrack_rules.law', 'importlib.metadata'})\n"
        "assert not heavy, heavy\n"
        "assert 'hashlib' not in added  # the hash and the list of open days are built on first use\n"
        "assert all(t._dates is None and t._hash is None for t in tables)\n"
        "assert tables[0].dates[0].isoformat() == '2000-01-03'\n"
        "assert tables[0].content_hash == 'a989ccaa8128adf3'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
