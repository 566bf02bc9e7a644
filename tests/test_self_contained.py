"""The project carries its own rules: nothing in it points to a document outside the
repository, and every link between its Markdown pages lands on a page and a heading
that exist."""

from __future__ import annotations

import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
TREES = ("src", "docs", "tests", "examples", "scripts", "benchmarks")
# Built from parts so that this file does not match itself.
OUTSIDE = re.compile(
    "|".join([r"RULES" + r"\.md", r"DESIGN" + r"\.md", r"\.\./" + "shared", r"/work" + "/", r"/tmp" + "/"])
)


def project_files() -> list[pathlib.Path]:
    files = [ROOT / "README.md", ROOT / "CHANGELOG.md"]
    for tree in TREES:
        files += [
            p for p in (ROOT / tree).rglob("*") if p.is_file() and p.suffix in {".py", ".md", ".json", ".tsv"}
        ]
    return sorted(files)


def test_nothing_refers_outside_the_project() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in project_files()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert offenders == []


def test_the_pattern_catches_a_reference() -> None:
    assert OUTSIDE.search("see " + "RULES" + ".md §2")
    assert OUTSIDE.search("../" + "shared/notes")
    assert not OUTSIDE.search("docs/specification.md#calendars")


def _anchors(path: pathlib.Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', text))
    for heading in re.findall(r"^#+ (.+)$", text, flags=re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchors.add(slug)
    return anchors


MARKDOWN = sorted([*(ROOT / "docs").glob("*.md"), ROOT / "README.md", *(ROOT / "src").rglob("*.md")])


@pytest.mark.parametrize("page", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_markdown_links_resolve(page: pathlib.Path) -> None:
    text = page.read_text(encoding="utf-8")
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue  # an address outside the project, e.g. https:
        file, _, anchor = target.partition("#")
        linked = page if not file else (page.parent / file)
        missing_anchor = bool(anchor) and linked.suffix == ".md" and anchor not in _anchors(linked)
        if not linked.exists() or missing_anchor:
            broken.append(target)
    assert broken == []


def test_every_interpretation_is_in_both_lists() -> None:
    spec = (ROOT / "src" / "fasttrack_rules" / "specification.md").read_text(encoding="utf-8")
    page = (ROOT / "docs" / "interpretations.md").read_text(encoding="utf-8")
    in_spec = set(re.findall(r'<a id="interpretation-([a-z_0-9]+)"></a>', spec))
    in_page = set(re.findall(r"\(specification\.md#interpretation-([a-z_0-9]+)\)", page))
    assert in_spec == in_page
    assert len(in_spec) >= 14
    # Every interpretation a citation can name is written up.
    from fasttrack_rules import PROVISIONS

    cited = {name.split(":", 1)[1] for name in PROVISIONS if name.startswith("interpretation:")}
    assert cited <= in_spec
