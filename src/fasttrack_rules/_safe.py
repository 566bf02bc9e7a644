"""Text from a case (its ``id``, for one) made safe for the place it is written to.

Pure functions, one per output format of ``explain``:

* :func:`safe_text` for plain text (terminals, logs, stderr): reversible escaping of
  every character that can move the cursor, start an escape sequence, break a line,
  reorder or hide text.
* :func:`safe_markdown` for CommonMark and GitHub Markdown: :func:`safe_text`, then every
  character that can start Markdown or HTML syntax is escaped, so the text renders
  literally, as exactly what :func:`safe_text` returns; and :func:`safe_markdown_code`,
  the same as a code span, for a text GitHub must not link whatever it holds.
* :func:`safe_mermaid` for Mermaid labels and titles: a whitelist, lossy and capped.
"""

from __future__ import annotations

import re
import unicodedata

from fasttrack_rules.errors import InvalidTypeError

__all__ = [
    "MARKDOWN_ESCAPED",
    "MERMAID_MAX_LENGTH",
    "safe_markdown",
    "safe_markdown_code",
    "safe_mermaid",
    "safe_text",
]


def _check(value: object) -> str:
    if type(value) is not str:
        raise InvalidTypeError("s", value, f"expected a string, got {type(value).__name__}")
    return value


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def safe_text(s: str) -> str:
    r"""``s`` with every character that is not plain printable text written as an escape.

    The rules, exactly:

    * A character is kept as it is when ``str.isprintable`` holds for it (Unicode
      letters, marks, numbers, punctuation, symbols and the ASCII space) and it is not a
      backslash. Danish letters (æ ø å Æ Ø Å) and other printable Unicode stay.
    * A backslash becomes two backslashes (``\\``).
    * Every other character becomes ``\uXXXX`` (code point up to U+FFFF) or
      ``\UXXXXXXXX`` (above), in lowercase hexadecimal. These are the characters of the
      Unicode general categories Cc (C0 controls incl. newline, carriage return, tab and
      ESC; DEL; C1 controls U+0080-U+009F incl. U+0085), Zl and Zp (U+2028, U+2029),
      Zs other than the ASCII space (U+00A0 and the other spaces that look like one),
      Cf (format characters: the bidirectional marks, embeddings, overrides and
      isolates U+200E, U+200F, U+202A-U+202E, U+2066-U+2069; the zero-width space,
      joiners and U+FEFF; the soft hyphen; the tag characters U+E0000-U+E007F), Cs
      (lone surrogates), Co (private use) and Cn (unassigned in the Unicode version of
      the running Python).

    Zero-width joiners are escaped, not kept: they can hide text inside an id, at the
    cost of showing an emoji sequence joined by U+200D as its parts and escapes.

    The result holds only printable characters, so it cannot move a terminal's cursor,
    start an escape sequence, break a line or reorder the text around it, and it
    encodes to UTF-8. The escaping is reversible (every backslash in the result starts
    an escape), so distinct inputs give distinct outputs.

    >>> safe_text("Sag 12 æøå ÆØÅ")
    'Sag 12 æøå ÆØÅ'
    >>> print(safe_text("\x1b[2J\r\nid\\n\u202e"))
    \u001b[2J\u000d\u000aid\\n\u202e

    Raises:
        InvalidTypeError: ``s`` is not a ``str``.
    """
    s = _check(s)
    if s.isprintable() and "\\" not in s:
        return s
    return "".join("\\\\" if ch == "\\" else ch if ch.isprintable() else _escape(ch) for ch in s)


#: The ASCII punctuation :func:`safe_markdown` escapes with a backslash.
MARKDOWN_ESCAPED = frozenset("\\`*_{}[]<>()#+-.!|~&:@$=^")


def safe_markdown(s: str) -> str:
    r"""``s`` as Markdown text that renders literally as ``safe_text(s)``.

    The rules, exactly, applied to ``safe_text(s)``:

    * Each of these ASCII characters gets a backslash before it (a CommonMark backslash
      escape, which GitHub honours too): ``\ ` * _ { } [ ] < > ( ) # + - . ! | ~ & : @ $ = ^``.
      This stops links and images (``[``, ``]``, ``(``, ``)``, ``!``), HTML tags and
      autolinks (``<``, ``>``), entity and character references (``&``), headings
      (``#``), lists (``-``, ``+``, ``*``, ``1.``), emphasis, code and strikethrough
      (``*``, ``_``, `````, ``~``), table cells (``|``), setext underlines (``=``),
      footnotes (``^``), GitHub math (``$``) and GitHub's bare URL autolinks
      (``www.``, ``https:``: ``:``, ``.``). GitHub still links a bare e-mail address
      (``a@example.invalid``, also after ``mailto:`` or ``xmpp:``) however its ``@``
      and ``.`` are escaped: write a text that may hold one with
      :func:`safe_markdown_code`.
    * A space at the very start or end becomes ``&#32;``, so a heading or table cell
      does not trim it and a run of spaces cannot indent a line into a code block.
    * Everything else is left as it is: letters, digits, inner spaces, the other ASCII
      punctuation (``" ' , / ; ? %``, which start no Markdown construct once the
      characters above are escaped) and printable non-ASCII characters.

    No newline or control character can reach the output (``safe_text`` escaped them).
    GitHub's own after-rendering of comments (``@user`` mentions, ``#123`` references,
    ``:emoji:`` names) works on the rendered words, not on Markdown, and is not affected
    by escaping.

    >>> print(safe_markdown("[x](javascript:alert(1)) <b>K-1</b>"))
    \[x\]\(javascript\:alert\(1\)\) \<b\>K\-1\</b\>

    Raises:
        InvalidTypeError: ``s`` is not a ``str``.
    """
    text = "".join("\\" + ch if ch in MARKDOWN_ESCAPED else ch for ch in safe_text(s))
    if text.startswith(" "):
        text = "&#32;" + text[1:]
    if text.endswith(" "):
        text = text[:-1] + "&#32;"
    return text


_BACKTICKS = re.compile("`+")


def safe_markdown_code(s: str) -> str:
    r"""``s`` as a Markdown code span that renders literally as ``safe_text(s)``, for a
    text from the input in running text or a heading (not a GitHub table cell, where
    ``|`` still ends the cell).

    In a code span nothing is a link, an e-mail address included (GitHub links
    ``a@example.invalid`` in text even when escaped, see :func:`safe_markdown`), nor
    markup, a character reference, an ``@`` mention or a ``#`` reference; and a
    backslash is a backslash.

    The rules, exactly, applied to ``t = safe_text(s)``:

    * ``""`` stays ``""``.
    * The fence is one backtick more than the longest run of backticks in ``t``.
    * A space goes inside each fence when ``t`` starts or ends with a backtick (which
      would join the fence), or starts and ends with a space without being all spaces
      (CommonMark takes one space off each end of such a span).

    >>> print(safe_markdown_code("a@example.invalid"), safe_markdown_code("``x` "))
    `a@example.invalid` ``` ``x`  ```

    Raises:
        InvalidTypeError: ``s`` is not a ``str``.
    """
    text = safe_text(s)
    if not text:
        return ""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    pad = text[0] == "`" or text[-1] == "`" or (text[0] == text[-1] == " " and text.strip(" ") != "")
    fence = "`" * (longest + 1)
    space = " " if pad else ""
    return f"{fence}{space}{text}{space}{fence}"


#: The longest label :func:`safe_mermaid` returns (the last character is then "…").
MERMAID_MAX_LENGTH = 80
_MERMAID_KEPT = frozenset(" -_.,/()'")


def safe_mermaid(s: str) -> str:
    r"""``s`` as a Mermaid gantt label or title: a lossy whitelist, capped in length.

    The rules, exactly:

    * ``s`` is first normalised to NFC (so a letter typed as base letter plus combining
      mark, such as a decomposed "å", stays one letter).
    * A character is kept when ``str.isalnum`` holds for it (Unicode letters and
      digits) or it is one of: space ``-`` ``_`` ``.`` ``,`` ``/`` ``(`` ``)`` ``'``.
    * Every other character becomes ``_``. So no label can hold ``:`` (gantt task
      syntax), ``;`` or ``#`` (entity codes), ``%`` or braces (comments and
      ``%%{init}%%`` directives), a newline or other control (a new ``click`` line),
      ``<`` or ``>`` (HTML), quotes or backticks.
    * A result longer than ``MERMAID_MAX_LENGTH`` (80) characters is cut to 79 and ends
      with "…".

    >>> safe_mermaid("Sag 7: %%{init}%%\nclick a call alert()")
    'Sag 7_ ___init____click a call alert()'

    Raises:
        InvalidTypeError: ``s`` is not a ``str``.
    """
    text = unicodedata.normalize("NFC", _check(s))
    text = "".join(ch if ch.isalnum() or ch in _MERMAID_KEPT else "_" for ch in text)
    if len(text) > MERMAID_MAX_LENGTH:
        text = text[: MERMAID_MAX_LENGTH - 1] + "…"
    return text
