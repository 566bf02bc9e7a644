"""The specification's worked examples, and the calendars: every kind of bank closing day
after a letter, and municipal calendar adjustments."""

from __future__ import annotations

import datetime as dt

from fasttrack_rules.calendars import LAST_YEAR
from scripts.make_vectors.common import BANK, ONE, D, employer_case, iso, sick_case
from scripts.make_vectors.data.days import BANK_CLOSINGS, FORM_LETTERS, MUNICIPAL_ADJUSTMENTS
from scripts.make_vectors.data.hand_written import WORKED_EXAMPLES
from scripts.make_vectors.vector import Filed, hand_written, vector

ROLLS = ("none", "forward")


def _worked_examples() -> list[Filed]:
    filed = hand_written(WORKED_EXAMPLES)
    for letter_iso, why in FORM_LETTERS.items():
        letter = D.fromisoformat(letter_iso)
        filed.append(
            vector(
                "calendars",
                f"WE-FORM-{letter_iso}",
                f"Worked example: letter {letter_iso}, consent form due 2 bank days later ({why}).",
                employer_case(letter, letter, as_of=letter_iso),
                "WORKED_EXAMPLE",
                "HOLIDAY",
            )
        )
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
        filed.append(
            vector(
                "calendars",
                f"BC-{iso(closed)}",
                f"Letter {iso(letter)}, the day before {iso(closed)} "
                f"({'open' if BANK.is_open(closed) else 'a bank closing day'}): {outcome}.",
                employer_case(letter, letter, as_of=iso(letter)),
                "HOLIDAY",
            )
        )
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


def example_and_calendar_vectors() -> list[Filed]:
    """The worked examples, the bank closing days and the municipal adjustments."""
    return _worked_examples() + _bank_closings() + _municipal_adjustments()
