"""Hostile strings, and the inverses of the escaping functions of ``_safe``: what each
output must decode to, checked token by token. Shared by the tests of ``_safe`` and of
``explain``."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from fasttrack_rules._safe import MARKDOWN_ESCAPED

# -- hostile strings -----------------------------------------------------------------------
PIECES = [
    "\x1b[2J",
    "\x1b]8;;https://example.invalid\x07link\x1b]8;;\x07",
    "\x9b31m",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x08",
    "\x0b\x0c",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066\u2069",
    "\u200b\u200d\ufeff",
    "\u00a0",
    "\U000e0041",
    "%%{init: {'theme':'dark'}}%%",
    "\nclick a call alert()",
    'click x href "javascript:alert(1)"',
    "```",
    "`",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![i](https://example.invalid/i.png)",
    "| a |",
    "# heading",
    "- item",
    "1. item",
    "> [!NOTE]",
    "www.example.invalid",
    "https://example.invalid",
    "a@example.invalid",
    "$x^2$",
    "&amp;",
    "&#58;",
    "~~x~~",
    "**b**",
    "_i_",
    "\\",
    "\\n",
    "\\u001b",
    "\ud800",
    "\udfff",
    "æøå ÆØÅ",
    "Søren Kierkegård",
    " ",
    "    ",
    ":",
    ";",
    "#",
    "%%",
    "{",
    "}",
    "a\u030a",
]
any_chars = st.characters(exclude_categories=())
hostile = st.one_of(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(any_chars, max_size=5)), max_size=8).map("".join),
    st.text(any_chars),
    st.builds(lambda piece, n: piece * n, st.sampled_from(PIECES), st.integers(20, 400)),
)


# -- the inverses ------------------------------------------------------------------------------
_TEXT_TOKEN = re.compile(r"\\\\|\\u[0-9a-f]{4}|\\U[0-9a-f]{8}|[^\\]", re.DOTALL)


def unescape_text(out: str) -> str:
    """The inverse of safe_text; fails on anything safe_text cannot have written."""
    tokens = _TEXT_TOKEN.findall(out)
    assert "".join(tokens) == out, "a backslash that starts no escape"
    chars = []
    for token in tokens:
        if token == "\\\\":
            chars.append("\\")
        elif len(token) > 1:
            ch = chr(int(token[2:], 16))
            assert not ch.isprintable(), f"{token} escapes a printable character"
            assert (token[1] == "u") == (ord(ch) <= 0xFFFF), f"{token} is not the short form"
            chars.append(ch)
        else:
            assert token.isprintable()
            chars.append(token)
    return "".join(chars)


_MD_TOKEN = re.compile(r"\\.|&#32;|[^\\]", re.DOTALL)


def unescape_markdown(out: str) -> str:
    """What ``out`` renders as in CommonMark, checking it is only backslash escapes of
    MARKDOWN_ESCAPED, characters that start no construct, and a space at either edge
    written as ``&#32;``."""
    tokens = _MD_TOKEN.findall(out)
    assert "".join(tokens) == out, "a backslash that escapes nothing"
    assert not out.startswith(" ")
    assert not out.endswith(" ")
    chars = []
    for k, token in enumerate(tokens):
        if token == "&#32;":
            assert k in (0, len(tokens) - 1), "an inner &#32;"
            chars.append(" ")
        elif len(token) == 2:
            assert token[1] in MARKDOWN_ESCAPED, f"needless escape {token!r}"
            chars.append(token[1])
        else:
            assert token not in MARKDOWN_ESCAPED, f"raw {token!r}"
            assert token.isprintable()
            chars.append(token)
    return "".join(chars)


_CODE_SPAN = re.compile(r"(?P<fence>`+)(?P<body>.+?)(?P=fence)", re.DOTALL)


def unescape_code(out: str) -> str:
    """What the code span ``out`` renders as in CommonMark, checking that it is one code
    span (no run of backticks inside as long as its fence) of printable characters."""
    m = _CODE_SPAN.fullmatch(out)
    assert m is not None, f"not one code span: {out!r}"
    fence, body = m["fence"], m["body"]
    assert all(len(run) < len(fence) for run in re.findall("`+", body)), "a run as long as the fence"
    if body[0] == body[-1] == " " and body.strip(" "):
        body = body[1:-1]  # CommonMark takes one space off each end
    assert body.isprintable()
    return body


def mermaid_label(s: str) -> bool:
    return all(ch.isalnum() or ch in " -_.,/()'…" for ch in s)
