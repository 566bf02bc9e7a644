"""The documentation site (mkdocs.yml, docs/, docs/site.md): it builds strictly, its API
reference documents every public name, every code block of it runs or says why not, and
the README and CI agree on the command that runs the suite."""

from __future__ import annotations

import json
import pathlib
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator

import attrs
import griffe
import pytest
from scripts.site_hooks import INCLUDE, Roles, include, without_roles

from fasttrack_rules import __all__ as public_names
from tests.conftest import UNTRACED

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FENCE = re.compile(r"^```(.*)$")
#: The line before a block that the tests do not run (docs/site.md).
NOT_RUN = re.compile(r"^<!-- not run( as a command)?: \S.* -->$")
LANGUAGES = ("python", "console", "js", "json", "text", "sh", "mermaid")
FASTTRACK = f"{sys.executable} -m fasttrack_rules"


@attrs.frozen
class Block:
    """One fenced code block of a page: its language, its lines, the line before it."""

    page: str
    line: int
    language: str
    body: str
    before: str


def blocks(page: str, text: str) -> Iterator[Block]:
    """The fenced blocks of ``text``, and those of the files it includes outside a block."""
    lines = text.splitlines()
    k = 0
    while k < len(lines):
        match = INCLUDE.fullmatch(lines[k])
        if match is not None:
            yield from blocks(match.group(1), (ROOT / match.group(1)).read_text(encoding="utf-8"))
        opening = FENCE.fullmatch(lines[k])
        if opening is None:
            k += 1
            continue
        end = lines.index("```", k + 1)
        yield Block(page, k + 1, opening.group(1), "\n".join(lines[k + 1 : end]), lines[k - 1] if k else "")
        k = end + 1


def pages() -> list[pathlib.Path]:
    return sorted(DOCS.rglob("*.md"))


def site_blocks() -> list[Block]:
    return [b for p in pages() for b in blocks(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))]


# -- the build -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """The site, built once with --strict into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**UNTRACED, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr
    return out


def test_the_site_builds_strictly_and_shows_the_included_files(built: pathlib.Path) -> None:
    changelog = (built / "changelog" / "index.html").read_text(encoding="utf-8")
    assert "Unreleased" in changelog
    assert 'href="../architecture/' in changelog  # a link to docs/ made a link of the site
    assert "Interpreting the fasttrack_rules conformance vectors" in (
        built / "interpreting" / "index.html"
    ).read_text(encoding="utf-8")
    oracle = (built / "oracle" / "index.html").read_text(encoding="utf-8")
    assert "firstMeetingDue" in oracle
    assert "--8&lt;--" not in oracle


def test_the_api_reference_documents_every_public_name(built: pathlib.Path) -> None:
    from fasttrack_rules import _EXPORTS

    ids: set[str] = set()
    for page in (built / "reference").rglob("*.html"):
        ids |= set(re.findall(r'id="(fasttrack_rules\.[\w.]+)"', page.read_text(encoding="utf-8")))
    missing = [
        f"{module}.{name}"
        for name, module in _EXPORTS.items()
        if f"fasttrack_rules.{module}.{name}" not in ids
    ]
    assert not missing, missing
    assert set(_EXPORTS) == set(public_names) - {"__version__"}
    roles = re.compile(r":(func|class|data|mod|meth):")
    shown = [
        p.name for p in (built / "reference").rglob("*.html") if roles.search(p.read_text(encoding="utf-8"))
    ]
    assert not shown, f"raw Sphinx roles on {shown}"


def test_a_broken_link_fails_the_strict_build(tmp_path: pathlib.Path) -> None:
    """The strictness the site relies on: a missing anchor is an error, not a note."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# A\n\n[b](other.md#nowhere)\n", encoding="utf-8")
    (docs / "other.md").write_text("# B\n", encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    settings = config[: config.index("\nhooks:")]
    (tmp_path / "mkdocs.yml").write_text(settings + "\nnav: [index.md, other.md]\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "out")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**UNTRACED, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 1
    assert "does not contain an anchor '#nowhere'" in done.stderr


# -- every code block runs, or says why not ------------------------------------------------------
def test_every_code_block_has_a_known_language() -> None:
    wrong = [f"{b.page}:{b.line} ```{b.language}" for b in site_blocks() if b.language not in LANGUAGES]
    assert not wrong, f"blocks without a language of docs/site.md: {wrong}"


def test_every_python_block_is_a_doctest() -> None:
    wrong = [
        f"{b.page}:{b.line}"
        for b in site_blocks()
        if b.language == "python" and not b.body.startswith(">>> ")
    ]
    assert not wrong, wrong


def test_a_block_not_run_says_why_and_only_such_a_block_does() -> None:
    for block in site_blocks():
        assert (block.language == "sh") == bool(NOT_RUN.fullmatch(block.before)), f"{block.page}:{block.line}"


def test_every_json_block_is_json() -> None:
    for block in site_blocks():
        if block.language == "json":
            json.loads(block.body)


def test_every_js_block_is_an_example_that_a_console_block_runs() -> None:
    commands = {line for b in site_blocks() if b.language == "console" for line in b.body.splitlines()}
    found = [b for b in site_blocks() if b.language == "js"]
    assert found
    for block in found:
        match = INCLUDE.fullmatch(block.body)
        assert match is not None, f"{block.page}:{block.line}"
        assert match.group(1).startswith("examples/"), f"{block.page}:{block.line}"
        assert f"$ node {match.group(1)}" in commands


def console_examples() -> list[tuple[str, str, str]]:
    """(page, command, expected output) of every console block outside the command-line
    page (tests/test_docs_cli.py runs those)."""
    found = []
    for block in site_blocks():
        if block.language != "console" or block.page == "docs/cli.md":
            continue
        command: str | None = None
        output: list[str] = []
        for line in block.body.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((block.page, command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        assert command is not None, f"{block.page}:{block.line}"
        found.append((block.page, command, "\n".join(output)))
    return found


@pytest.mark.parametrize(("page", "command", "expected"), console_examples())
def test_console_example(page: str, command: str, expected: str) -> None:
    if command.startswith("node ") and shutil.which("node") is None:
        pytest.skip("node is not installed: the JavaScript example of the oracle guide was not run")
    shell = re.sub(r"(^|\| )fasttrack ", lambda m: f"{m.group(1)}{FASTTRACK} ", command)
    done = subprocess.run(
        shell, shell=True, cwd=ROOT, capture_output=True, text=True, env={**UNTRACED, "FASTTRACK": FASTTRACK}
    )
    assert done.stderr == "", page
    assert done.stdout.rstrip("\n") == expected, page


def test_the_console_examples_are_found() -> None:
    pages_with_examples = {page for page, _, _ in console_examples()}
    assert {"docs/getting-started.md", "docs/oracle.md"} <= pages_with_examples


def test_the_oracle_example_reports_a_disagreement(tmp_path: pathlib.Path) -> None:
    """The JavaScript example fails, and says where, when the oracle answers otherwise."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the JavaScript example of the oracle guide was not run")
    liar = tmp_path / "liar.py"
    liar.write_text(
        "import json, sys\n"
        "for line in sys.stdin:\n"
        "    case = json.loads(line)\n"
        "    print(json.dumps({'deadlines': {'first_meeting': {'due': case['as_of']}}}))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        ["node", "examples/oracle_check.mjs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**UNTRACED, "FASTTRACK": f"{sys.executable} {liar}"},
    )
    assert done.returncode == 1
    assert "case-1: request 2025-03-03, oracle 2025-03-03, mine 2025-03-17: DIFFER" in done.stdout
    assert done.stdout.endswith("0 of 5 agree\n")


# -- the README, CI and the home page --------------------------------------------------------------
def test_the_readme_the_home_page_and_ci_run_the_same_suite() -> None:
    ci = [
        line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if "pytest" in line
    ]
    assert len(ci) == 1
    assert ci[0].startswith('python -m pip install -e ".[test,docs]"')
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    assert f"```sh\n{ci[0]}\n```" in readme
    assert f"```sh\n{ci[0]}\n```" in home


def test_the_readme_links_to_the_site_and_says_how_to_build_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "mkdocs build --strict" in readme
    assert "mkdocs serve" in readme
    assert "(docs/index.md)" in readme


# -- the hooks -------------------------------------------------------------------------------------
def test_include_puts_the_file_in_place_with_links_of_the_site(tmp_path: pathlib.Path) -> None:
    (tmp_path / "NOTES.md").write_text(
        "# Notes\n\nSee [the CLI](docs/cli.md#exit-codes).\n", encoding="utf-8"
    )
    assert include('--8<-- "NOTES.md"\n', tmp_path) == "# Notes\n\nSee [the CLI](cli.md#exit-codes).\n"
    assert include('```js\n--8<-- "NOTES.md"\n```\n', tmp_path).startswith("```js\n# Notes\n")
    assert include('see --8<-- "NOTES.md" inline\n', tmp_path) == 'see --8<-- "NOTES.md" inline\n'
    with pytest.raises(FileNotFoundError):
        include('--8<-- "MISSING.md"', tmp_path)


def test_roles_are_written_as_the_code_they_name() -> None:
    text = "See :func:`~fasttrack_rules.periods.roll`, :class:`Case`, :mod:`.subset` and :py:data:`X.Y`."
    assert without_roles(text) == "See `roll`, `Case`, `subset` and `X.Y`."
    with griffe.temporary_visited_module('"""Uses :func:`~a.b.c`."""\n') as module:
        Roles().on_object(obj=module)
        assert module.docstring is not None
        assert module.docstring.value == "Uses `c`."
