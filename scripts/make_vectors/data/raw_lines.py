"""Raw lines for errors.json: lines that are not JSON cases at all, so the line itself is
the input (frozen as hex). Each is (id, line, expected code, expected field, what it is)."""

from __future__ import annotations

#: The start of a valid case, left open so that a line can add fields to it.
CASE_LINE = b'{"as_of": "2025-03-20", "first_day_of_absence": "2025-03-03"'
RAW_LINES: tuple[tuple[str, bytes, str, str | None, str], ...] = (
    (
        "RAW-INVALIDJSON-OPEN",
        b'{"as_of": "2025-03-20"',
        "INVALID_JSON",
        None,
        "an object that is never closed",
    ),
    ("RAW-INVALIDJSON-TEXT", b"not a case", "INVALID_JSON", None, "text that is not JSON"),
    ("RAW-INVALIDJSON-NAN", b'{"as_of": NaN}', "INVALID_JSON", None, "NaN, which JSON does not have"),
    ("RAW-INVALIDENCODING", b'{"id": "\xff"}', "INVALID_ENCODING", None, "a byte that is not UTF-8"),
    ("RAW-EMPTYLINE", b"", "EMPTY_LINE", None, "an empty line"),
    ("RAW-BLANKLINE", b"   \t", "EMPTY_LINE", None, "a line of blanks"),
    (
        "RAW-INVALIDJSON-INFINITY",
        CASE_LINE + b', "municipal_target_weeks": -Infinity}',
        "INVALID_JSON",
        None,
        "-Infinity, which JSON does not have",
    ),
    (
        "RAW-SURROGATE-HIGH",
        CASE_LINE + b', "id": "\\ud800"}',
        "INVALID_ENCODING",
        None,
        "a \\u escape of a lone high surrogate, which is no Unicode text",
    ),
    (
        "RAW-SURROGATE-LOW",
        CASE_LINE + b', "id": "a\\udc80"}',
        "INVALID_ENCODING",
        None,
        "a \\u escape of a lone low surrogate, which is no Unicode text",
    ),
    (
        "RAW-SURROGATE-BEFORE-DUPLICATE",
        CASE_LINE + b', "id": "\\udc80", "id": "x"}',
        "INVALID_ENCODING",
        None,
        "a lone surrogate and a repeated key: the surrogate is named first",
    ),
    (
        "RAW-NUMBER-4301-DIGITS",
        CASE_LINE + b', "municipal_target_weeks": 1' + b"0" * 4300 + b"}",
        "INVALID_JSON",
        None,
        "an integer of 4,301 digits, more than a reader must take",
    ),
    (
        "RAW-BYTE-ORDER-MARK",
        b"\xef\xbb\xbf" + CASE_LINE + b"}",
        "INVALID_JSON",
        None,
        "a case after a byte-order mark, which is no JSON whitespace",
    ),
    (
        "RAW-VERTICAL-TAB-AFTER",
        CASE_LINE + b"}\x0b",
        "INVALID_JSON",
        None,
        "a case followed by a vertical tab, which is no JSON whitespace",
    ),
    (
        "RAW-INTEGER-1E400",
        CASE_LINE + b', "municipal_target_weeks": 1e400}',
        "INVALID_TYPE",
        "municipal_target_weeks",
        "1e400, which as a double is infinite, not an integer",
    ),
    (
        "RAW-DUPLICATEKEY-TOP",
        CASE_LINE + b', "as_of": "2025-03-21"}',
        "DUPLICATE_KEY",
        "as_of",
        "a key given twice at the top",
    ),
    (
        "RAW-DUPLICATEKEY-NESTED",
        CASE_LINE + b', "request": {"by": "employer", "date": "2025-03-18", "by": "sick_person"}}',
        "DUPLICATE_KEY",
        "request.by",
        "a key given twice inside request",
    ),
    (
        "RAW-DUPLICATEKEY-INNER-FIRST",
        b'{"id": "a", "id": "b", "as_of": "2025-03-20", "first_day_of_absence": "2025-03-03", '
        b'"answers": {"employer": {"affected_functions": "x", "affected_functions": "y"}}}',
        "DUPLICATE_KEY",
        "answers.employer.affected_functions",
        "keys repeated at the top and inside answers: the object that closes first is named",
    ),
    (
        "RAW-DUPLICATEKEY-INSIDE-OVERWRITTEN",
        b'{"as_of": "2025-03-20", "first_day_of_absence": "2025-03-03", '
        b'"request": {"by": "employer", "by": "sick_person", "date": "2025-03-18"}, "request": null}',
        "DUPLICATE_KEY",
        "request.by",
        "a repeated key inside the value of a key that is itself repeated: the inner object closes "
        "first and is named by the path of the first request",
    ),
)
#: A jobcenter's case up to its municipal_target_weeks, whose number follows.
TARGET_WEEKS_LINE = (
    CASE_LINE + b', "request": {"by": "jobcenter", "date": "2025-03-18"}, "municipal_target_weeks": '
)
