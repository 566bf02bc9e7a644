"""What the vector set is: its version, its subjects (one file each) and its flags.

Plain data with no imports, so that the command line can name the subjects in its help
text without loading the rest of the package.
"""

from __future__ import annotations

__all__ = ["FLAGS", "SUBJECTS", "VECTOR_SET_VERSION"]

#: Version of the vector set (SemVer: a removed or changed vector is a major change).
VECTOR_SET_VERSION = "3.1.0"

#: The flags a vector may carry, and what each means.
FLAGS: dict[str, str] = {
    "BOUNDARY": "one of a pair: the last compliant day or the first non-compliant day",
    "HOLIDAY": "a helligdag or closing day lies between the start event and the due day, or on it",
    "WEEKEND": "a deadline or event falls on a Saturday or Sunday",
    "YEAR_END": "dates around 24 December - 5 January",
    "LAW_CHANGE": "dates around a change of rule: 5 January 2015, Store bededag 2023/2024, 1 January 2025",
    "LEAP_YEAR": "29 February lies in the period",
    "MISSING_FACT": "the result is undetermined in part and lists missing facts",
    "INTERPRETATION": "the input chooses a non-default interpretation",
    "CALENDAR": "the input adjusts the municipal calendar",
    "REASON_CODE": "the vector exists to produce a given reason code",
    "WORKED_EXAMPLE": "a worked example of the specification (specification.md#worked-examples)",
    "ERROR": "the input is invalid; the expected output is an error",
}
#: The subjects, in the order they are read and run; each is the file ``SUBJECT.json``.
SUBJECTS = (
    "worked_examples",
    "request_window",
    "consent",
    "questions",
    "doctor",
    "meeting",
    "calendars",
    "errors",
)
