"""The exported oracle kit is complete, points nowhere outside itself, and its
calendar tables are enough to recompute each calendar's content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import pathlib
import re

import pytest

from fasttrack_rules.conformance import KIT_FILES, SUBJECTS, export

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("kit")
    export(str(out))
    return out


def test_kit_is_complete(kit: pathlib.Path) -> None:
    expected = {*(f"{s}.json" for s in SUBJECTS), *KIT_FILES}
    found = {str(p.relative_to(kit)) for p in kit.rglob("*") if p.is_file()}
    assert found == expected


def test_kit_points_nowhere_outside_itself(kit: pathlib.Path) -> None:
    for page in kit.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            assert (page.parent / target.partition("#")[0]).exists(), (page.name, target)
    for path in kit.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert "docs/" not in text, path.name  # the project's folders are not in the kit
            assert "NoneType" not in text, path.name  # no Python repr


def recompute_hash(table: dict[str, object]) -> str:
    """The definition of specification.md#content-hash, written without the library."""
    first = dt.date.fromisoformat(str(table["first_day"]))
    last = dt.date.fromisoformat(str(table["last_day"]))
    closed = {row["date"] for row in table["closed_weekdays"]}  # type: ignore[attr-defined]
    flags = bytearray()
    day = first
    while day <= last:
        flags.append(0 if day.weekday() >= 5 or day.isoformat() in closed else 1)
        day += dt.timedelta(days=1)
    prefix = f"fasttrack-calendar-v1|{first.year}|{last.year}|".encode("ascii")
    return hashlib.sha256(prefix + bytes(flags)).hexdigest()[:16]


@pytest.mark.parametrize("kind", ["bank", "municipal"])
def test_content_hash_is_recomputable_from_the_kit(kit: pathlib.Path, kind: str) -> None:
    table = json.loads((kit / "calendars" / f"dk-{kind}.json").read_text(encoding="utf-8"))
    assert recompute_hash(table) == table["content_hash"]
    assert len(table["closed_weekdays"]) > 900  # about 9-10 weekday closing days a year
    vectors = json.loads((kit / "meeting.json").read_text(encoding="utf-8"))["vectors"]
    assert vectors[0]["calendar"][kind] == table["content_hash"]


def test_reason_catalogue_as_data(kit: pathlib.Path) -> None:
    data = json.loads((kit / "reasons.json").read_text(encoding="utf-8"))
    codes = {r["code"] for r in data["reasons"]}
    assert "FT-CONSENT-IN-TIME" in codes
    for reason in data["reasons"]:
        assert reason["da"]
        assert reason["en"]
        assert all(p in data["provisions"] for p in reason["provisions"])
    keys = {i["key"] for i in data["instruments"]}
    for versions in data["provisions"].values():
        for v in versions:
            assert v["family"] in ("SDL", "BEK") or v["instrument"] in keys


def test_worked_examples_are_the_specifications() -> None:
    spec = (ROOT / "src" / "fasttrack_rules" / "specification.md").read_text(encoding="utf-8")
    examples = json.loads(
        (ROOT / "src" / "fasttrack_rules" / "vectors" / "worked_examples.json").read_text("utf-8")
    )
    assert len(examples["vectors"]) >= 10
    for vector in examples["vectors"]:
        assert f"| `{vector['id']}` | {vector['description']} |" in spec
        assert "WORKED_EXAMPLE" in vector["flags"]
