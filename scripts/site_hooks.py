"""MkDocs hooks of the documentation site (``mkdocs.yml`` names this file under ``hooks``).

Some pages of the site show a file that lives outside ``docs/`` and is read there too:
the changelog at the repository's root, the normative guide to the conformance vectors
inside the package (it ships in the oracle kit), and the examples that the tests run.
Such a page holds a line ``--8<-- "PATH"`` (PATH from the repository's root, the
snippet syntax of pymdownx), alone or inside a code block, and the hook puts the file in
its place before the page is rendered. The file's links are written from the
repository's root (``docs/cli.md``); the hook makes them relative to ``docs/``
(``cli.md``), so that the strict build checks them as links of the site. A copy would
drift; an include cannot.

The docstrings of the package are written for Sphinx-style readers too: a
cross-reference is a role (``:func:`~fasttrack_rules.periods.roll` ``). The API
reference is made from them by mkdocstrings, which reads Markdown; the griffe extension
:class:`Roles` (``mkdocs.yml`` names this file under the handler's ``extensions``) writes
each role as the code it names (``roll``), so that no raw role shows on the site.
"""

from __future__ import annotations

import pathlib
import re
from typing import Any

import griffe

__all__ = ["INCLUDE", "ROLE", "Roles", "include", "on_page_markdown", "without_roles"]

ROOT = pathlib.Path(__file__).resolve().parent.parent
#: An include line: ``--8<-- "CHANGELOG.md"``, alone on its line.
INCLUDE = re.compile(r'^--8<-- "([^"]+)"$', re.MULTILINE)
_DOCS_LINK = re.compile(r"\]\(docs/")


def include(markdown: str, root: pathlib.Path = ROOT) -> str:
    """``markdown`` with each include line replaced by the file it names, without its
    final newline and with its links to ``docs/`` made relative to ``docs/``.

    Raises:
        FileNotFoundError: an included file does not exist (the build fails).
    """

    def text(match: re.Match[str]) -> str:
        return _DOCS_LINK.sub("](", (root / match.group(1)).read_text(encoding="utf-8")).rstrip("\n")

    return INCLUDE.sub(text, markdown)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """The MkDocs event: runs for every page before its Markdown is rendered."""
    return include(markdown)


#: A Sphinx cross-reference role: ``:func:`name` `` or ``:class:`~package.Name` ``.
ROLE = re.compile(r":(?:py:)?(?:func|class|data|mod|meth|attr|exc|obj):`(~?)\.?([^`]+)`")


def without_roles(text: str) -> str:
    """``text`` with each role written as inline code: the name as written, or only its
    last part after ``~`` (as Sphinx shows it)."""
    return ROLE.sub(lambda m: f"`{m.group(2).rsplit('.', 1)[-1] if m.group(1) else m.group(2)}`", text)


class Roles(griffe.Extension):
    """A griffe extension: every docstring without its roles (:func:`without_roles`)."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Called for every object once the package is loaded."""
        if obj.docstring is not None:
            obj.docstring.value = without_roles(obj.docstring.value)
