"""Print the bank days and Fast track deadlines of a sample month.

python examples/sample_month.py            # May 2025
python examples/sample_month.py 2024 12    # any month 2000-2100
"""

from __future__ import annotations

import datetime as dt
import sys

from fasttrack_rules import (
    at_latest_bank_days_after,
    at_latest_weeks_after,
    danish_bank_days,
    latest_working_day_on_or_before,
    municipal_working_days,
)

WEEKDAYS = ("man", "tir", "ons", "tor", "fre", "lør", "søn")


def month_table(year: int, month: int) -> list[str]:
    """One line per day: bank day?, municipal working day?, consent form due for a
    letter sent that day (2 bank days), meeting due for a request made that day
    (2 weeks) and the last working day on or before it."""
    bank, municipal = danish_bank_days(), municipal_working_days()
    names = {c.date: c.name for c in bank.closed_days(year)}
    lines = [
        f"{'day':<15}{'bank':<6}{'muni':<6}{'form due':<16}{'meeting due':<16}"
        f"{'last working day':<17}closed because"
    ]
    day = dt.date(year, month, 1)
    while day.month == month:
        meeting = at_latest_weeks_after(day, 2)
        lines.append(
            f"{WEEKDAYS[day.weekday()]} {day.isoformat():<11}"
            f"{'yes' if bank.is_open(day) else '-':<6}"
            f"{'yes' if municipal.is_open(day) else '-':<6}"
            f"{at_latest_bank_days_after(day, 2, bank).isoformat():<16}"
            f"{meeting.isoformat():<16}"
            f"{latest_working_day_on_or_before(meeting, municipal).isoformat():<17}"
            f"{names.get(day, '')}"
        )
        day += dt.timedelta(1)
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1)
    lines.append(
        f"bank days: {bank.count(start, end)}, municipal working days: {municipal.count(start, end)}"
    )
    return lines


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]] or [2025, 5]
    print("\n".join(month_table(*args)))
