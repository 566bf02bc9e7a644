"""The structure the project promises in docs/architecture.md: layered imports (read from
the document's table), no import of the package root or of tests/ from the code, and
the size rules for modules and functions."""

from __future__ import annotations

import ast
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "fasttrack_rules"
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50
#: A module longer than the limit says why in its docstring, in a line starting so.
LONG_MODULE_REASON = "Longer than 300 lines:"


def layers() -> dict[str, int]:
    """Top-level module or package name -> its layer, from docs/architecture.md."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text[text.index("| layer | modules |") :].split("\n\n")[0].splitlines()[2:]
    found: dict[str, int] = {}
    for number, row in enumerate(table):
        for name in re.findall(r"`([\w]+)`", row.split("|")[2]):
            found[name] = number
    return found


def modules() -> list[pathlib.Path]:
    return sorted(PACKAGE.rglob("*.py"))


def top(path: pathlib.Path) -> str:
    """The top-level module or package a file belongs to."""
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imported(path: pathlib.Path) -> list[tuple[int, str]]:
    """(line, top-level name) of every import of the package inside a file, at any depth."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] == "fasttrack_rules":
                names = [parts[1]] if len(parts) > 1 else [a.name for a in node.names]
                out.extend((node.lineno, name) for name in names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "fasttrack_rules":
                    out.append((node.lineno, parts[1] if len(parts) > 1 else "(root)"))
    return out


def test_every_module_has_a_layer() -> None:
    known = layers()
    missing = {top(p) for p in modules() if top(p) != "__init__"} - set(known)
    assert not missing, f"modules without a layer in docs/architecture.md: {sorted(missing)}"


def test_a_module_imports_only_its_own_layer_and_those_below() -> None:
    known = layers()
    wrong = []
    for path in modules():
        if path == PACKAGE / "__init__.py":
            continue  # the public face: lazy re-exports of every layer
        here = known[top(path)]
        for line, name in imported(path):
            if name == "(root)" or name not in known:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports the package root ({name})")
            elif known.get(name, -1) > here:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {name}, a higher layer")
    assert not wrong, "\n".join(wrong)


def test_the_rules_import_neither_the_protocol_nor_the_command_line() -> None:
    rules = [p for p in modules() if top(p) in ("rules", "results", "facts", "inputs")]
    assert rules
    for path in rules:
        names = {name for _, name in imported(path)}
        assert not names & {"protocol", "cli", "explain", "conformance", "runner"}, path


@pytest.mark.parametrize("folder", ["src", "scripts"])
def test_no_code_imports_the_tests(folder: str) -> None:
    for path in (ROOT / folder).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            assert not any(n == "tests" or n.startswith("tests.") for n in names), path


def code_files() -> list[pathlib.Path]:
    return [*modules(), *sorted((ROOT / "scripts").rglob("*.py"))]


def test_modules_are_short_or_say_why() -> None:
    long = []
    for path in code_files():
        lines = path.read_text(encoding="utf-8").count("\n")
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        if lines > MAX_MODULE_LINES and LONG_MODULE_REASON not in docstring:
            long.append(f"{path.relative_to(ROOT)}: {lines} lines")
    assert not long, "\n".join(long)


def test_functions_are_short() -> None:
    long = []
    for path in code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {size} lines")
    assert not long, "\n".join(long)


# -- the tests mirror the package --------------------------------------------------------------
TESTS = ROOT / "tests"
#: The packages whose every module has a test module of its own.
MIRRORED_PACKAGES = ("rules", "protocol")


def top_level_names() -> set[str]:
    """Every top-level module and package of the package (not its root or ``__main__``)."""
    modules = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    packages = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    return modules | packages


def test_the_top_level_names_are_found() -> None:
    names = top_level_names()
    assert {"_args", "errors", "vocab", "rules", "protocol", "calendars", "cli"} <= names
    assert not {"__init__", "__main__", "schemas", "vectors"} & names


def test_every_top_level_module_has_its_tests() -> None:
    untested = sorted(
        name
        for name in top_level_names()
        if not (TESTS / f"test_{name}.py").exists() and not list(TESTS.glob(f"test_{name}_*.py"))
    )
    assert not untested, f"no tests/test_<name>.py or tests/test_<name>_*.py for: {untested}"


@pytest.mark.parametrize("package", MIRRORED_PACKAGES)
def test_every_module_of_the_mirrored_packages_has_its_own_tests(package: str) -> None:
    expected = {
        f"test_{package}.py" if path.stem == "__init__" else f"test_{package}_{path.stem}.py"
        for path in (PACKAGE / package).glob("*.py")
    }
    assert len(expected) > 1
    missing = sorted(name for name in expected if not (TESTS / name).exists())
    assert not missing, f"modules of {package} without their test module: {missing}"
