"""Strict reading of one JSON text (``specification.md#lines``, checks 4-6).

Clean-room: written from the oracle kit only. ``read_json`` applies, in order: exactly one JSON value
(RFC 8259; JSON whitespace is space, tab, ``\\r`` and ``\\n`` only, so a byte-order mark or a trailing
vertical tab is no JSON; no ``NaN``/``Infinity``; no integer of more than 4,300 digits; no nesting deeper
than ``MAX_DEPTH``) → ``INVALID_JSON``; no string or key with a lone surrogate → ``INVALID_ENCODING``; no
object with a key twice → ``DUPLICATE_KEY`` naming the first object to close and, within it, the first
key that repeats an earlier one. Every member of every object is kept until these checks are done, so
that a value that a repeated key would hide is still checked.

Integers (no fraction, no exponent) are read exactly as ``int``; a number with a fraction or an exponent
is read as an IEEE 754 double (``float``): ``2.0000000000000001`` is 2.0, ``1e400`` is infinite and
``1e-400`` is 0.0.
"""

import json
from collections.abc import Callable, Iterator
from functools import partial
from itertools import count

MAX_INTEGER_DIGITS = 4300
# "A reader MAY refuse nesting deeper than 500 levels": arrays and objects nested more than this are
# refused, whatever the reader's stack would allow, so the answer never depends on the call's depth.
MAX_DEPTH = 500
DIGITS = frozenset("0123456789")
SURROGATES = range(0xD800, 0xE000)


class JsonError(ValueError):
    """The line fails one of the line checks 1-6: the code, and the path of the repeated key (check 6).

    An error of the line checks never carries the case's ``id`` (``specification.md#errors``).
    """

    def __init__(self, code: str, field_path: str | None, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.field_path = field_path
        self.message = message


class _Members:
    """A JSON object as written: every member in order, and when it closed (inner objects first)."""

    __slots__ = ("closed", "pairs")

    def __init__(self, pairs: list[tuple[str, object]], closed: int) -> None:
        self.pairs = pairs
        self.closed = closed


def _parse_int(text: str) -> int:
    """An integer literal, read exactly; more than 4,300 digits is no number a reader must take."""
    if sum(1 for char in text if char in DIGITS) > MAX_INTEGER_DIGITS:
        raise ValueError("an integer of more than 4,300 digits")
    return int(text)


def _reject_constant(name: str) -> object:
    """``NaN``, ``Infinity`` and ``-Infinity`` are not JSON."""
    raise ValueError(f"{name} is not JSON")


def _child_path(parent: str, key: str) -> str:
    return key if parent == "" else f"{parent}.{key}"


def _walk(root: object) -> Iterator[tuple[str, object]]:
    """Every value of the tree with its path, in the order written (iteratively)."""
    stack: list[tuple[str, object]] = [("", root)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if isinstance(node, _Members):
            stack.extend((_child_path(path, key), value) for key, value in reversed(node.pairs))
        elif isinstance(node, list):
            stack.extend((f"{path}[{k}]", value) for k, value in reversed(list(enumerate(node))))


def _has_lone_surrogate(text: str) -> bool:
    """The reader joins a valid ``\\u`` pair into one character, so any surrogate left is lone."""
    return any(ord(char) in SURROGATES for char in text)


def _first_repeat(members: _Members) -> str | None:
    seen: set[str] = set()
    for key, _ in members.pairs:
        if key in seen:
            return key
        seen.add(key)
    return None


def _too_deep(root: object) -> bool:
    """Whether arrays and objects nest more than ``MAX_DEPTH`` deep (the top-level value is depth 1)."""
    stack: list[tuple[int, object]] = [(1, root)]
    while stack:
        depth, node = stack.pop()
        if isinstance(node, _Members):
            children: list[object] = [value for _, value in node.pairs]
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > MAX_DEPTH:
            return True
        stack.extend((depth + 1, child) for child in children)
    return False


def _check(root: object) -> None:
    """Checks 5 and 6 over the whole tree: every lone surrogate first, then the repeated keys."""
    repeated: tuple[int, str] | None = None
    for path, node in _walk(root):
        if isinstance(node, str) and _has_lone_surrogate(node):
            raise JsonError("INVALID_ENCODING", None, "a \\u escape leaves a lone surrogate")
        if isinstance(node, _Members):
            if any(_has_lone_surrogate(key) for key, _ in node.pairs):
                raise JsonError("INVALID_ENCODING", None, "a \\u escape leaves a lone surrogate")
            key = _first_repeat(node)
            if key is not None and (repeated is None or node.closed < repeated[0]):
                repeated = (node.closed, _child_path(path, key))
    if repeated is not None:
        raise JsonError("DUPLICATE_KEY", repeated[1], f"{repeated[1]} is given twice")


def _plain(root: object) -> object:
    """The tree with every object as a ``dict`` (keys now unique), built iteratively."""
    holder: dict[str, object] = {}
    stack: list[tuple[object, Callable[[object], None]]] = [(root, partial(holder.__setitem__, "root"))]
    while stack:
        node, store = stack.pop()
        if isinstance(node, _Members):
            obj: dict[str, object] = dict.fromkeys(key for key, _ in node.pairs)
            stack.extend((value, partial(obj.__setitem__, key)) for key, value in node.pairs)
            store(obj)
        elif isinstance(node, list):
            items: list[object] = [None] * len(node)
            stack.extend((value, partial(items.__setitem__, k)) for k, value in enumerate(node))
            store(items)
        else:
            store(node)
    return holder["root"]


def read_json(text: str) -> object:
    """The one JSON value of ``text`` (objects as ``dict``), or ``JsonError`` with the first failure."""
    closed = count()
    try:
        value = json.loads(
            text,
            object_pairs_hook=lambda pairs: _Members(pairs, next(closed)),
            parse_constant=_reject_constant,
            parse_int=_parse_int,
        )
    except (ValueError, RecursionError):
        raise JsonError("INVALID_JSON", None, "the line is not one JSON value") from None
    if _too_deep(value):
        raise JsonError("INVALID_JSON", None, f"the line nests deeper than {MAX_DEPTH} levels")
    _check(value)
    return _plain(value)
