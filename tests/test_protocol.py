"""The protocol package's face: it re-exports exactly its ``__all__``, each name the object
its own module defines, and nothing else public."""

from __future__ import annotations

import inspect
import types

import pytest

from fasttrack_rules import protocol
from fasttrack_rules.protocol import answers, cases, fast, lines, output, results

MODULES = (answers, cases, fast, lines, output, results)


def test_all_is_sorted_and_unique() -> None:
    assert protocol.__all__ == sorted(set(protocol.__all__))


def test_each_name_is_the_one_its_module_defines_and_exports() -> None:
    homes = {name: module for module in MODULES for name in module.__all__}
    assert set(protocol.__all__) == set(homes)  # every module's every name, once
    assert sum(len(module.__all__) for module in MODULES) == len(homes)
    for name in protocol.__all__:
        assert getattr(protocol, name) is getattr(homes[name], name), name


def test_nothing_else_is_public() -> None:
    # The package's names load on first use: dir() lists them, and each resolves.
    assert dir(protocol) == protocol.__all__
    for name in protocol.__all__:
        assert getattr(protocol, name) is not None
    public = {
        name
        for name, value in vars(protocol).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name not in ("annotations", "TYPE_CHECKING", "lazy_names")
    }
    assert public == set(protocol.__all__)
    with pytest.raises(AttributeError):
        _ = protocol.nope
    assert {name for name, value in vars(protocol).items() if inspect.ismodule(value)} == {
        "answers",
        "cases",
        "fast",
        "lines",
        "output",
        "results",
    }
