"""The explanation as plain text and as Markdown. Every line of text passes through
:func:`~fasttrack_rules._safe.safe_text`; every Markdown text through
:func:`~fasttrack_rules._safe.safe_markdown`, and the case id, in the heading, through
:func:`~fasttrack_rules._safe.safe_markdown_code` (a code span, which GitHub never
links, as it would an e-mail address in an id however escaped), so a case id renders
literally whatever it holds."""

from __future__ import annotations

from collections.abc import Callable

from fasttrack_rules._safe import safe_markdown, safe_markdown_code, safe_text
from fasttrack_rules.explain.content import Content
from fasttrack_rules.explain.words import HEADINGS
from fasttrack_rules.vocab import Lang

__all__ = ["markdown", "text"]


def _word(key: str, lang: Lang) -> str:
    return HEADINGS[key][0 if lang == "da" else 1]


def _title(c: Content, lang: Lang, escape: Callable[[str], str], escape_id: Callable[[str], str]) -> str:
    """The title, "Sag K-1" (or "Sag uden nummer"): the words made safe by ``escape``,
    the case id by ``escape_id``."""
    if c.case_id is None:
        return f"{escape(c.heading)} {escape(_word('no_id', lang))}"
    return f"{escape(c.heading)} {escape_id(c.case_id)}"


def text(c: Content, lang: Lang) -> str:
    """``c`` as plain text: the title, the subtitle, then each part under its heading."""
    lines = [_title(c, lang, str, str), c.subtitle]
    if c.lead:
        lines += ["", *c.lead]
    if c.rows:
        lines += ["", f"{_word('deadlines', lang)}:"]
        for row in c.rows:
            when = f"{row.when} – {row.status}" if row.when else row.status
            lines.append(f"- {row.name}: {when}")
            lines += [f"  ({row.source})"] if row.source else []
    if c.missing:
        lines += ["", f"{_word('missing', lang)}:"] + [f"- {m}" for m in c.missing]
    lines += ["", f"{c.steps_heading}:"] + [f"- {s}" for s in c.steps]
    if c.reasons:
        lines += ["", f"{_word('reasons', lang)}:"] + [f"- {s} ({cites})" for s, cites in c.reasons]
    lines += ["", f"{_word('sources', lang)}:"] + [f"- {s}" for s in c.sources]
    return "".join(safe_text(line) + "\n" for line in lines)


def markdown(c: Content, lang: Lang, chart: str | None) -> str:
    """``c`` as Markdown (CommonMark and GitHub): a heading, the subtitle in italics, a
    table of the deadlines, a list for each other part, and ``chart`` (Mermaid) in a
    ``mermaid`` code block."""
    md = safe_markdown
    lines = [f"## {_title(c, lang, md, safe_markdown_code)}", "", f"*{md(c.subtitle)}*", ""]
    lines += [*(md(s) for s in c.lead), ""] if c.lead else []
    if c.rows:
        heads = ("deadline", "date", "status", "source")
        lines.append("| " + " | ".join(md(_word(h, lang)) for h in heads) + " |")
        lines.append("| --- | --- | --- | --- |")
        lines += [f"| {md(r.name)} | {md(r.when)} | {md(r.status)} | {md(r.source)} |" for r in c.rows]
        lines.append("")
    if c.missing:
        lines += [f"### {md(_word('missing', lang))}", ""] + [f"- {md(m)}" for m in c.missing] + [""]
    lines += [f"### {md(c.steps_heading)}", ""] + [f"- {md(s)}" for s in c.steps] + [""]
    if c.reasons:
        lines += [f"### {md(_word('reasons', lang))}", ""]
        lines += [f"- {md(s)} \\({md(cites)}\\)" for s, cites in c.reasons] + [""]
    lines += [f"### {md(_word('sources', lang))}", ""] + [f"- {md(s)}" for s in c.sources]
    if chart is not None:
        lines += ["", f"### {md(_word('timeline', lang))}", "", "```mermaid", *chart.splitlines(), "```"]
    return "\n".join(lines) + "\n"
