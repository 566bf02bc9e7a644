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
    "DuplicateKeyError",
    "FasttrackError",
    "FutureEventError",
    "InvalidDateError",
    "InvalidTypeError",
    "InvalidValueError",
    "EmptyLineError",
    "InvalidEncodingError",
    "InvalidJsonError",
    "LineError",
    "LineTooLongError",
    "MissingFieldError",
    "RuleNotInForceError",
    "UnknownFieldError",
]


class FasttrackError(Exception):
    """Root of every error raised on purpose by ``fasttrack_rules``.

    Attributes:
        field: the argument or input field at fault (a dotted path for nested JSON);
            ``None`` for a fault of a whole input line (:class:`LineError`).
        value: the offending value, as given.
        message: a sentence that names the field and says what was expected.
        code: a stable, language-neutral error code (part of the JSON protocol).
    """

    code: ClassVar[str] = "INVALID_INPUT"

    def __init__(self, field: str | None, value: object, message: str) -> None:
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


class DuplicateKeyError(InvalidValueError):
    """Raised when an object of a JSON case holds the same key twice (the protocol
    reads I-JSON, RFC 7493, § 2.3: no last-one-wins)."""

    code = "DUPLICATE_KEY"


class LineError(FasttrackError, ValueError):
    """Raised when an input line is not a JSON value the protocol reads; ``field`` is
    ``None`` (the fault is the line's, not a field's)."""

    def __init__(self, message: str) -> None:
        super().__init__(None, None, message)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class EmptyLineError(LineError):
    """An empty or blank line (JSON Lines has no empty records)."""

    code = "EMPTY_LINE"


class LineTooLongError(LineError):
    """A line longer than the reader's limit (1 MiB by default)."""

    code = "LINE_TOO_LONG"


class InvalidEncodingError(LineError):
    """A line that is not UTF-8, or whose JSON strings hold a lone surrogate escape
    (``"\\ud800"``), which is no Unicode text (I-JSON, RFC 7493, § 2.1)."""

    code = "INVALID_ENCODING"


class InvalidJsonError(LineError):
    """A line that is not one JSON value (RFC 8259): a syntax error, ``NaN`` or
    ``Infinity``, a number too long to read, or nesting too deep."""

    code = "INVALID_JSON"
