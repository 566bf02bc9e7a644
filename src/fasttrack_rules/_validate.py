"""Argument checks shared by the public functions: fail early, name the argument."""

from __future__ import annotations

import datetime as _dt
from typing import NoReturn, TypeVar

from fasttrack_rules.errors import InvalidTypeError, InvalidValueError

T = TypeVar("T")


def bad_date(name: str, value: object) -> NoReturn:
    """Raise the error for a non-``date`` argument (a ``datetime`` included)."""
    if isinstance(value, _dt.datetime):
        msg = "expected a datetime.date, got a datetime (pass .date() explicitly)"
    else:
        msg = f"expected a datetime.date, got {type(value).__name__}"
    raise InvalidTypeError(name, value, msg)


def check_date(name: str, value: object) -> _dt.date:
    """Return ``value`` if it is a plain ``date`` (not a ``datetime``), else raise."""
    if type(value) is not _dt.date:
        bad_date(name, value)
    return value


def check_int(name: str, value: object, *, minimum: int | None = None) -> int:
    """Return ``value`` if it is an ``int`` (not a ``bool``) and at least ``minimum``."""
    if type(value) is not int:
        raise InvalidTypeError(name, value, f"expected an int, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise InvalidValueError(name, value, f"must be at least {minimum}")
    return value


def check_instance(name: str, value: object, cls: type[T]) -> T:
    """Return ``value`` if it is a ``cls``, else raise ``InvalidTypeError`` naming ``name``."""
    if not isinstance(value, cls):
        raise InvalidTypeError(name, value, f"expected {cls.__name__}, got {type(value).__name__}")
    return value
