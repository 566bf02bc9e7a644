"""The exceptions of ``fasttrack_rules``.

Every error the library raises on purpose is a :class:`FasttrackError`. Each subclass
also subclasses the matching builtin, so ``except ValueError`` keeps working, and each
carries the offending ``field`` and ``value`` plus a language-neutral ``code`` that the
JSON protocol reports (other implementations compare the code and the field, never a
Python class name).
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "CalendarRangeError",
    "FasttrackError",
    "FutureEventError",
    "InvalidDateError",
    "InvalidTypeError",
    "InvalidValueError",
    "MissingFieldError",
    "RuleNotInForceError",
    "UnknownFieldError",
]


class FasttrackError(Exception):
    """Root of every error raised on purpose by ``fasttrack_rules``.

    Attributes:
        field: the argument or input field at fault (a dotted path for nested JSON).
        value: the offending value, as given.
        message: a sentence that names the field and says what was expected.
        code: a stable, language-neutral error code (part of the JSON protocol).
    """

    code: ClassVar[str] = "INVALID_INPUT"

    def __init__(self, field: str, value: object, message: str) -> None:
        super().__init__(field, value, message)
        self.field = field
        self.value = value
        self.message = message

    def __str__(self) -> str:
        return f"{self.field}: {self.message} (got {self.value!r})"


class InvalidTypeError(FasttrackError, TypeError):
    """Raised when an argument or field has the wrong type (a ``datetime`` where a
    ``date`` is expected, a ``float`` or ``bool`` where an ``int`` is expected, ...)."""

    code = "INVALID_TYPE"


class InvalidValueError(FasttrackError, ValueError):
    """Raised when an argument or field has the right type but an impossible value
    (``start > end``, an unknown interpretation name, a negative number of weeks, ...)."""

    code = "INVALID_VALUE"


class InvalidDateError(InvalidValueError):
    """Raised when a JSON field that must hold an ISO date (``YYYY-MM-DD``) does not."""

    code = "INVALID_DATE"


class UnknownFieldError(InvalidValueError):
    """Raised when a JSON case has a field the protocol does not define."""

    code = "UNKNOWN_FIELD"


class MissingFieldError(InvalidValueError):
    """Raised when a JSON case lacks a field the protocol requires."""

    code = "MISSING_FIELD"


class FutureEventError(InvalidValueError):
    """Raised when an event of a case is dated after ``as_of``: a case cannot know its
    future. Only the forecast ``expected_recovery`` may lie after ``as_of``."""

    code = "EVENT_AFTER_AS_OF"


class CalendarRangeError(FasttrackError, LookupError):
    """Raised when a date, or the result of a calculation, lies outside the years a
    calendar covers (2000-2100). The library never guesses outside its tables."""

    code = "OUT_OF_RANGE"


class RuleNotInForceError(FasttrackError, LookupError):
    """Raised when a dated rule parameter is asked for on a day outside its validity
    window (for instance a Fast track deadline for a request made before 5 January 2015)."""

    code = "RULE_NOT_IN_FORCE"
