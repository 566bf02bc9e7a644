"""The specification's worked examples, and the calendars: every kind of bank closing day
after a letter, municipal calendar adjustments, and the closing days around Ascension and
Grundlovsdag in every year."""

from __future__ import annotations

import datetime as dt

from fasttrack_rules.calendars import LAST_YEAR
from scripts.make_vectors.common import BANK, ONE, D, employer_case, iso, sick_case
from scripts.make_vectors.data.days import BANK_CLOSINGS, FORM_LETTERS, MUNICIPAL_ADJUSTMENTS
from scripts.make_vectors.data.hand_written import WORKED_EXAMPLES
from scripts.make_vectors.vector import Filed, hand_written, vector

ROLLS = ("none", "forward")


def _letter_on(letter: D, vid: str, description: str, *extra: str) -> Filed:
    """A calendars vector: an employer's request and letter on ``letter``, as of that day."""
    return vector("calendars", vid, description, employer_case(letter, letter, as_of=iso(letter)), *extra)


def _worked_examples() -> list[Filed]:
    filed = hand_written(WORKED_EXAMPLES)
    for letter_iso, why in FORM_LETTERS.items():
        letter = D.fromisoformat(letter_iso)
        description = f"Worked example: letter {letter_iso}, consent form due 2 bank days later ({why})."
        filed.append(_letter_on(letter, f"WE-FORM-{letter_iso}", description, "WORKED_EXAMPLE", "HOLIDAY"))
    for roll in ROLLS:
        filed.append(
            vector(
                "meeting",
                f"WE-XMAS-{roll.upper()}",
                f"Worked example: request 2025-12-11, meeting due 2025-12-25, latest "
                f"working day 2025-12-23 (roll = {roll!r}).",
                sick_case(
                    D(2025, 11, 28), D(2025, 12, 11), as_of="2025-12-11", interpretation={"roll": roll}
                ),
                "WORKED_EXAMPLE",
            )
        )
    return filed


def _bank_closings() -> list[Filed]:
    """Every kind of bank closing day, as the day after a letter."""
    filed = []
    for closed in BANK_CLOSINGS:
        letter = closed - ONE
        outcome = (
            f"form due {iso(BANK.add(letter, 2))}"
            if letter.year < LAST_YEAR
            # The first day is the letter's day: its week-8 deadline falls after the coverage.
            else "the week-8 deadline counted from the first day of absence falls after 2100-12-31, so "
            "OUT_OF_RANGE names first_day_of_absence"
        )
        description = (
            f"Letter {iso(letter)}, the day before {iso(closed)} "
            f"({'open' if BANK.is_open(closed) else 'a bank closing day'}): {outcome}."
        )
        filed.append(_letter_on(letter, f"BC-{iso(closed)}", description, "HOLIDAY"))
    return filed


def _municipal_adjustments() -> list[Filed]:
    """Municipal calendar adjustments move the latest working day and a rolled deadline."""
    return [
        vector(
            "calendars",
            f"MC-{tag}-{roll.upper()}",
            f"Municipal calendar {calendar}, request {iso(req)}, "
            f"roll = {roll!r}: the meeting deadline and its latest working day follow the "
            "adjusted calendar.",
            sick_case(
                req - dt.timedelta(7), req, as_of=iso(req), calendar=calendar, interpretation={"roll": roll}
            ),
            "CALENDAR",
        )
        for tag, calendar, req in MUNICIPAL_ADJUSTMENTS
        for roll in ROLLS
    ]


def _ascension(year: int) -> D:
    return next(c.date for c in BANK.closed_days(year) if c.name == "Kristi himmelfartsdag")


def _closing_days_by_year() -> list[Filed]:
    """Grundlovsdag and the Friday after Ascension in every year, two days after a letter."""
    filed = []
    for year in range(2016, 2031):
        for closed, name in (
            (D(year, 6, 5), "Grundlovsdag"),
            (_ascension(year) + ONE, "Friday after Ascension"),
        ):
            letter = closed - 2 * ONE
            due = iso(BANK.add(letter, 2))
            description = f"Letter {iso(letter)}, two days before {name} {iso(closed)}: form due {due}."
            filed.append(_letter_on(letter, f"BY-{iso(closed)}", description, "HOLIDAY"))
    return filed


def example_and_calendar_vectors() -> list[Filed]:
    """The worked examples, the bank closing days, the municipal adjustments, the closing days by year."""
    return _worked_examples() + _bank_closings() + _municipal_adjustments() + _closing_days_by_year()
