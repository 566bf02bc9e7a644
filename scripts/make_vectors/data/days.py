"""The days the vector builder is run from: the anchors of the boundary searches and the
letters, closing days and calendar adjustments chosen to hit the calendars' edges."""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date

#: The anchor dates of the boundary searches (a first day of absence or a request).
ANCHORS: tuple[D, ...] = (
    D(2025, 3, 3),  # every weekday, Monday to Sunday
    D(2025, 3, 4),
    D(2025, 3, 5),
    D(2025, 3, 6),
    D(2025, 3, 7),
    D(2025, 3, 8),
    D(2025, 3, 9),
    D(2025, 4, 17),  # Skærtorsdag: Easter
    D(2025, 12, 24),  # Christmas
    D(2023, 12, 31),  # 2023 -> 2024
    D(2024, 12, 31),  # 2024 -> 2025: BEK 2014 -> BEK 2024
    D(2024, 2, 29),  # leap day
    D(2023, 5, 5),  # Store bededag, its last year
    D(2015, 1, 5),  # the first day of Fast track
)
#: The anchors that fall on each weekday, Monday to Sunday.
WEEKDAY_ANCHORS = ANCHORS[:7]

#: Requests whose day + 14 is a closed day: a rolled meeting deadline.
ROLL_REQUESTS: tuple[D, ...] = (D(2025, 12, 11), D(2025, 4, 4), D(2026, 4, 30))

#: Letters whose consent form is due 2 bank days later, with the closing days in between.
FORM_LETTERS: dict[str, str] = {
    "2025-05-28": "29 May Ascension, 30 May bank closing day",
    "2025-06-04": "5 June, 9 June 2. pinsedag",
    "2025-12-22": "24-26 December",
    "2023-05-03": "Store bededag 5 May 2023",
    "2024-04-24": "no Store bededag from 2024",
}

#: Every kind of bank closing day (and two days that no longer close), each met as the day
#: after a letter.
BANK_CLOSINGS: tuple[D, ...] = (
    D(2028, 6, 5),
    D(2022, 6, 6),
    D(2026, 5, 15),
    D(2026, 12, 24),
    D(2026, 12, 31),
    D(2027, 1, 1),
    D(2023, 5, 5),
    D(2024, 4, 26),
    D(2025, 3, 28),
    D(2026, 4, 3),
    D(2100, 12, 24),
)

#: Municipal calendar adjustments (tag, calendar, request): they move the latest working day
#: and a rolled deadline.
MUNICIPAL_ADJUSTMENTS: tuple[tuple[str, dict[str, Any], D], ...] = (
    ("CLOSED-FRI-ASCENSION", {"extra_closed": ["2026-05-15"]}, D(2026, 5, 1)),
    ("OPEN-XMAS-EVE", {"open_on": ["2025-12-24"]}, D(2025, 12, 10)),
    ("CLOSED-TWO", {"extra_closed": ["2025-10-16", "2025-10-17"]}, D(2025, 10, 3)),
)

#: The doctor rule's change at the new year 2025 (letter, form or None, tag, what decides).
DOCTOR_RULE_TRANSITIONS: tuple[tuple[str, str | None, str, str], ...] = (
    ("2024-12-30", "2025-01-02", "LETTER2024-FORM2025", "the form's day decides: the 2025 rule"),
    ("2024-12-27", "2024-12-30", "LETTER2024-FORM2024", "both in 2024: the 2015-2024 rule from the letter"),
    ("2025-01-02", "2025-01-03", "LETTER2025-FORM2025", "both in 2025: the 2025 rule"),
    ("2024-12-31", None, "LETTER2024-NOFORM", "letter in 2024, no form: the 2015-2024 rule from the letter"),
)
