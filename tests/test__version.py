"""The version is written once, in ``_version``: the installed distribution's metadata
carries the same one (the build reads it from there, docs/architecture.md), and the
package exports it."""

from __future__ import annotations

import pathlib
import tomllib
from importlib.metadata import version

import fasttrack_rules
from fasttrack_rules._version import __version__

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_version() -> None:
    assert fasttrack_rules.__version__ == version("fasttrack_rules")


def test_the_package_exports_the_one_version() -> None:
    assert fasttrack_rules.__version__ is __version__


def test_the_build_reads_the_version_from_its_module() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert "version" not in project["project"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/fasttrack_rules/_version.py"
