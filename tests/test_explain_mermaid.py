"""The timeline is a chart Mermaid reads as we mean it: a strict parser of the gantt
subset explain_mermaid writes, held to the result on generated cases, and, where Node and
npm are installed, Mermaid's own parser (the versions pinned in
``tests/mermaid/package-lock.json``, installed once by ``npm ci`` into a cache folder)
reading the same tasks, days and tags from sample charts and from the charts the docs
embed. A renderer needs a browser, too heavy for the suite: the parse is what is checked."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules import Assessment, Case, assess
from fasttrack_rules._safe import MERMAID_MAX_LENGTH, safe_mermaid
from fasttrack_rules.explain import explain_mermaid
from fasttrack_rules.testing import cases
from tests.escaping import PIECES
from tests.test_explain import SHAPES, explained

ROOT = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent / "mermaid"
D = dt.date

_HEADER = ["gantt", "    title ", "    dateFormat YYYY-MM-DD", "    axisFormat %d/%m", "    todayMarker off"]
_TASK = re.compile(
    r"    (?P<label>[^:\n]+) :(?P<tags>(?:(?:active|done|crit|milestone), )*)(?P<id>[a-z_0-9]+), "
    r"(?P<start>\d{4}-\d{2}-\d{2}), (?P<days>\d+)d"
)


@attrs.frozen
class Task:
    """A task as Mermaid reads it: end is exclusive (a milestone's end is its start)."""

    id: str
    label: str
    start: str
    end: str
    tags: tuple[str, ...]
    section: str


def parse_gantt(text: str) -> tuple[str, list[Task]]:
    """The title and tasks of a chart in the subset explain_mermaid writes, read strictly:
    the header in order, then sections and tasks; every date a real day, every duration
    whole days (0 only for a milestone), every id once.

    Raises:
        ValueError: anything else.
    """
    lines = text.split("\n")
    if lines[-1] != "" or len(lines) < len(_HEADER) + 1:
        raise ValueError("a chart ends with a newline after its header and tasks")
    for line, expected in zip(lines, _HEADER, strict=False):
        if not (line.startswith(expected) if expected.endswith(" ") else line == expected):
            raise ValueError(f"header line {line!r} is not {expected!r}")
    title, section, tasks = lines[1][len("    title ") :], "", []
    for line in lines[len(_HEADER) : -1]:
        if line.startswith("    section "):
            section = line[len("    section ") :]
            continue
        m = _TASK.fullmatch(line)
        if m is None or not section:
            raise ValueError(f"not a task of a section: {line!r}")
        tags = tuple(m["tags"].split(", ")[:-1])
        start, days = D.fromisoformat(m["start"]), int(m["days"])
        if (days == 0) != ("milestone" in tags):
            raise ValueError(f"a milestone lasts 0 days, a bar at least 1: {line!r}")
        end = start + dt.timedelta(days=days)
        tasks.append(Task(m["id"], m["label"], start.isoformat(), end.isoformat(), tags, section))
    if len({t.id for t in tasks}) != len(tasks):
        raise ValueError("a task id is repeated")
    return title, tasks


def test_the_parser_refuses_what_it_must() -> None:
    good = explain_mermaid(*explained(2, "K-1"), lang="en")
    assert parse_gantt(good)[0] == "Case K-1 - Fast track"
    bad = [
        good.replace("todayMarker off", "todayMarker on"),
        good.replace(", 0d", ", 1d", 1),
        good.replace("2025-03-03", "2025-02-30", 1),
        good + "    click m0 call alert()\n",
        good.replace("    section Absence\n", ""),
        good + good.split("\n")[6] + "\n",  # the first task again
        good.rstrip("\n"),
    ]
    for text in bad:
        with pytest.raises(ValueError, match=r"\w"):
            parse_gantt(text)


def _expected(result: Assessment, case: Case) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each deadline's bar as the result says it: (the day after its due day, its tags)."""
    tags = {"met": ("done",), "pending": ("active",), "missed": ("crit",)}
    return {
        name: ((d.due + dt.timedelta(days=1)).isoformat(), tags.get(d.status, ()))
        for name, d in result.deadlines.items()
        if d.due is not None
    }


@given(cases(), st.sampled_from(["da", "en"]))
def test_every_chart_parses_and_agrees_with_its_result(pair: tuple[Case, D], lang: Any) -> None:
    case, as_of = pair
    result = assess(case, as_of=as_of)
    _, tasks = parse_gantt(explain_mermaid(result, case, lang=lang))
    by_id = {t.id: t for t in tasks}
    assert tasks[-1] == Task(
        "asof", tasks[-1].label, as_of.isoformat(), as_of.isoformat(), ("milestone",), tasks[-1].section
    )
    assert by_id["m0"].start == case.first_day_of_absence.isoformat()
    expected = _expected(result, case)
    for task in tasks:
        if "milestone" not in task.tags:
            assert (task.end, task.tags) == expected[task.id], task


# -- Mermaid's own parser -------------------------------------------------------------------------
def _cache() -> Path:
    """The folder the pinned packages are installed in, one per lockfile."""
    lock = (KIT / "package-lock.json").read_bytes() + (KIT / "check.mjs").read_bytes()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "fasttrack_rules" / f"mermaid-{hashlib.sha256(lock).hexdigest()[:16]}"


@pytest.fixture(scope="module")
def mermaid_check() -> Path:
    """check.mjs beside Mermaid and jsdom as the lockfile pins them (skips, saying why,
    without Node or npm, or when npm cannot install)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Mermaid's own parser needs Node.js and npm; the strict parser above still ran")
    folder = _cache()
    if not (folder / "node_modules" / "mermaid").is_dir():
        folder.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=folder.parent))
        for name in ("package.json", "package-lock.json", "check.mjs"):
            shutil.copy(KIT / name, work / name)
        done = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            shutil.rmtree(work, ignore_errors=True)
            pytest.skip(f"npm ci could not install Mermaid: {done.stderr.strip()[-300:]}")
        try:
            work.rename(folder)
        except OSError:  # another worker installed it first
            shutil.rmtree(work, ignore_errors=True)
    return folder / "check.mjs"


def mermaid_reads(check: Path, charts: list[str]) -> list[dict[str, Any]]:
    """What Mermaid's parser reads from each chart."""
    done = subprocess.run(
        ["node", str(check)],
        input=json.dumps(charts),
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "UTC"},
        check=True,
    )
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def _docs_charts() -> list[str]:
    """Every mermaid block of the docs (the Danish guide's timeline among them)."""
    charts = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        charts += re.findall(r"```mermaid\n(.*?)```", page.read_text("utf-8"), re.S)
    return charts


def test_mermaid_reads_each_chart_as_we_wrote_it(mermaid_check: Path) -> None:
    charts = [
        explain_mermaid(*explained(s, f"K-{s}"), lang=lang)
        for s in range(len(SHAPES))
        for lang in ("da", "en")
    ]
    docs = _docs_charts()
    assert docs, "the Danish guide embeds a timeline"
    for chart, read in zip(charts + docs, mermaid_reads(mermaid_check, charts + docs), strict=True):
        title, tasks = parse_gantt(chart)
        assert read.get("error") is None, (read, chart)
        assert (read["type"], read["title"], read["todayMarker"]) == ("gantt", title, "off")
        assert [Task(**{**t, "tags": tuple(t["tags"])}) for t in read["tasks"]] == tasks


def test_mermaid_refuses_a_broken_chart(mermaid_check: Path) -> None:
    chart = explain_mermaid(*explained(2, "K-1"), lang="en")
    broken = [chart.replace("2025-03-03", "2025-13-45", 1), chart + "    a task without its data\n"]
    assert all("error" in read for read in mermaid_reads(mermaid_check, broken))


def _hostile_ids(every: int) -> list[str]:
    """The hostile pieces, alone and together, and the letters and digits of Unicode
    that safe_mermaid keeps, in ids of MERMAID_MAX_LENGTH characters: each ``every``-th
    such id."""
    kept = [ch for ch in map(chr, range(0x110000)) if ch.isalnum() and safe_mermaid(ch) == ch]
    width = MERMAID_MAX_LENGTH
    letters = ["".join(kept[k : k + width]) for k in range(0, len(kept), width)]
    return [*PIECES, "".join(PIECES), *letters[::every]]


@pytest.mark.parametrize("every", [pytest.param(1, marks=pytest.mark.slow), 25])
def test_mermaid_reads_hostile_titles_as_written(mermaid_check: Path, every: int) -> None:
    ids = _hostile_ids(every)
    charts = [
        explain_mermaid(*explained(k % len(SHAPES), case_id), lang="da") for k, case_id in enumerate(ids)
    ]
    for chart, read in zip(charts, mermaid_reads(mermaid_check, charts), strict=True):
        title, tasks = parse_gantt(chart)
        assert read.get("error") is None, (read, chart)
        assert read["title"] == title
        assert [Task(**{**t, "tags": tuple(t["tags"])}) for t in read["tasks"]] == tasks
