"""The escaping rules of ``_safe``, exactly as its docstrings state them: ``safe_text``
(reversible escapes of everything not printable), ``safe_markdown`` (``safe_text``, then a
backslash before the Markdown and HTML punctuation, a space at an edge as ``&#32;``),
``safe_markdown_code`` (``safe_text`` in a code span) and ``safe_mermaid`` (an NFC
whitelist capped at 80 characters)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fasttrack_rules import InvalidTypeError
from fasttrack_rules._safe import (
    MARKDOWN_ESCAPED,
    MERMAID_MAX_LENGTH,
    safe_markdown,
    safe_markdown_code,
    safe_mermaid,
    safe_text,
)
from tests.escaping import hostile, mermaid_label, unescape_code, unescape_markdown, unescape_text

#: Text that safe_text leaves alone: printable characters (space included), no backslash.
printable = st.text(
    st.characters(
        exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"), exclude_characters="\\"
    )
    | st.just(" ")
)


# -- safe_text ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("", ""),
        ("K-1", "K-1"),
        ("æøå ÆØÅ", "æøå ÆØÅ"),
        ("Sag 2025/7 (Århus) – €, ½, 東京, 🙂", "Sag 2025/7 (Århus) – €, ½, 東京, 🙂"),
        ("\x1b[2J", "\\u001b[2J"),
        ("a\r\nb\tc", "a\\u000d\\u000ab\\u0009c"),
        ("\x00\x7f\x80\x85\x9f", "\\u0000\\u007f\\u0080\\u0085\\u009f"),
        ("\u2028\u2029", "\\u2028\\u2029"),
        ("abc\u202edef", "abc\\u202edef"),
        ("\u2066x\u2069", "\\u2066x\\u2069"),
        ("a\u200db", "a\\u200db"),
        ("\u00a0", "\\u00a0"),
        ("\ud800", "\\ud800"),
        ("\U000e0041", "\\U000e0041"),
        ("\\", "\\\\"),
        ("\\u001b", "\\\\u001b"),
        # the categories of the docstring not shown above: Zs other than the ASCII space,
        # Cf (soft hyphen, zero-width space, U+FEFF), Co, Cn
        ("a\u2003b\u3000", "a\\u2003b\\u3000"),
        ("\u00ad\u200b\ufeff", "\\u00ad\\u200b\\ufeff"),
        ("\ue000\U000f0000", "\\ue000\\U000f0000"),
        ("\u0378", "\\u0378"),
    ],
)
def test_safe_text_examples(raw: str, safe: str) -> None:
    assert safe_text(raw) == safe
    assert unescape_text(safe) == raw


@given(hostile)
@example("\x1b[2J\r\n\u2028\u2029\x85\u202e\ud800")
def test_safe_text_is_printable_and_reversible(s: str) -> None:
    out = safe_text(s)
    assert out.isprintable()
    assert len(out.splitlines()) <= 1
    out.encode("utf-8")  # no lone surrogate is left
    assert unescape_text(out) == s


@given(hostile, hostile)
@example("\\u000a", "\n")
@example("\\", "\\\\")
def test_safe_text_is_injective(a: str, b: str) -> None:
    assert (safe_text(a) == safe_text(b)) == (a == b)


@given(printable)
@example("Søren Kierkegård, Æbeløgade 12, 8000 Aarhus C")
def test_safe_text_is_identity_on_printable_text(s: str) -> None:
    assert safe_text(s) == s


# -- safe_markdown ---------------------------------------------------------------------------
def test_the_markdown_punctuation_escaped_is_the_documented_list() -> None:
    # safe_markdown's docstring: \ ` * _ { } [ ] < > ( ) # + - . ! | ~ & : @ $ = ^
    documented = frozenset("\\`*_{}[]<>()#+-.!|~&:@$=^")
    assert len(documented) == 25
    assert documented == MARKDOWN_ESCAPED
    kept = "\" ' , / ; ? %"  # the other ASCII punctuation, which starts no construct
    assert safe_markdown(kept) == kept


@pytest.mark.parametrize(
    ("raw", "md"),
    [
        ("", ""),
        ("K 1", "K 1"),
        ("æøå ÆØÅ, 'a' \"b\" c/d; e? 5%", "æøå ÆØÅ, 'a' \"b\" c/d; e? 5%"),
        ("[x](javascript:alert(1))", "\\[x\\]\\(javascript\\:alert\\(1\\)\\)"),
        ("![i](u)", "\\!\\[i\\]\\(u\\)"),
        ("</script>", "\\</script\\>"),
        ("```", "\\`\\`\\`"),
        ("| a |", "\\| a \\|"),
        ("# h", "\\# h"),
        ("1. x", "1\\. x"),
        ("&amp;", "\\&amp;"),
        ("a@b.dk", "a\\@b\\.dk"),
        ("$x$ ~y~ =z ^w", "\\$x\\$ \\~y\\~ \\=z \\^w"),
        ("\\", "\\\\\\\\"),
        ("a\nb", "a\\\\u000ab"),
        (" ", "&#32;"),
        ("  ", "&#32;&#32;"),
        ("    code", "&#32;   code"),
        (" x ", "&#32;x&#32;"),
        ("&#32;", "\\&\\#32;"),
        (" &#32; ", "&#32;\\&\\#32;&#32;"),
    ],
)
def test_safe_markdown_examples(raw: str, md: str) -> None:
    assert safe_markdown(raw) == md
    assert unescape_markdown(md) == safe_text(raw)


@given(hostile)
def test_safe_markdown_renders_as_safe_text(s: str) -> None:
    out = safe_markdown(s)
    assert out.isprintable()
    assert unescape_markdown(out) == safe_text(s)


@given(printable.filter(lambda s: not set(s) & MARKDOWN_ESCAPED and s.strip() == s))
def test_safe_markdown_leaves_plain_words(s: str) -> None:
    assert safe_markdown(s) == s


# -- safe_markdown_code ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", ""),
        ("K-1", "`K-1`"),
        ("a@example.invalid", "`a@example.invalid`"),
        ("[x](y) <b> &amp; \\", "`[x](y) <b> &amp; \\\\`"),
        ("a`b", "``a`b``"),
        ("a``b`c", "```a``b`c```"),
        ("`", "`` ` ``"),
        ("x`", "`` x` ``"),
        (" ", "` `"),
        ("  ", "`  `"),
        (" a", "` a`"),
        (" a ", "`  a  `"),
        ("\\n\x1b\n", "`\\\\n\\u001b\\u000a`"),
    ],
)
def test_safe_markdown_code_examples(raw: str, code: str) -> None:
    assert safe_markdown_code(raw) == code
    if raw:
        assert unescape_code(code) == safe_text(raw)


@given(hostile.filter(bool))
@example("`` ` ``")
@example(" ` ")
def test_safe_markdown_code_renders_as_safe_text(s: str) -> None:
    out = safe_markdown_code(s)
    assert out.isprintable()
    assert unescape_code(out) == safe_text(s)


# -- safe_mermaid ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("", ""),
        ("Sag K-1 (2025), a/b_c.d 'x'", "Sag K-1 (2025), a/b_c.d 'x'"),
        ("æøå ÆØÅ", "æøå ÆØÅ"),
        ("a\u030a", "å"),  # decomposed å, composed by NFC
        ("%%{init: {'theme':'dark'}}%%", "___init_ _'theme'_'dark'____"),
        ("\nclick a call alert()", "_click a call alert()"),
        ('click x href "javascript:alert(1)"', "click x href _javascript_alert(1)_"),
        ('a:b;c#d<e>f&g`h"i\tj\u2028k', "a_b_c_d_e_f_g_h_i_j_k"),
        ("\ud800\x1b", "__"),
        ("x" * MERMAID_MAX_LENGTH, "x" * MERMAID_MAX_LENGTH),
        ("x" * (MERMAID_MAX_LENGTH + 1), "x" * (MERMAID_MAX_LENGTH - 1) + "…"),
        ("a\u030a" * 80, "å" * 80),  # normalised first: 80 letters, not 160 characters
        ("%" * 81, "_" * 79 + "…"),  # replaced, then cut
    ],
)
def test_safe_mermaid_examples(raw: str, label: str) -> None:
    assert safe_mermaid(raw) == label


@given(hostile)
def test_safe_mermaid_is_a_short_whitelisted_label(s: str) -> None:
    out = safe_mermaid(s)
    assert len(out) <= MERMAID_MAX_LENGTH
    assert mermaid_label(out)
    assert "…" not in out[:-1]


@pytest.mark.parametrize("fn", [safe_text, safe_markdown, safe_markdown_code, safe_mermaid])
@pytest.mark.parametrize("bad", [None, 1, b"K-1", ["K-1"]])
def test_safe_functions_take_only_strings(fn: Callable[[str], str], bad: Any) -> None:
    with pytest.raises(InvalidTypeError) as e:
        fn(bad)
    assert (e.value.field, e.value.value) == ("s", bad)
