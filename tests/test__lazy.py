"""Public names loaded on first use: from the defining module, once, and nothing else."""

from __future__ import annotations

from typing import Any

import pytest

from fasttrack_rules._lazy import lazy_names


def test_a_name_is_loaded_from_its_module_and_then_kept() -> None:
    namespace: dict[str, Any] = {"__all__": ["QUESTIONS"]}
    getattr_, dir_ = lazy_names("fasttrack_rules", {"QUESTIONS": "vocab"}, namespace)
    assert getattr_("QUESTIONS") == ("affected_functions", "affected_duration", "adaptation_tried")
    assert "QUESTIONS" in namespace  # later lookups find it without __getattr__
    assert dir_() == ["QUESTIONS"]


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    getattr_, _ = lazy_names("fasttrack_rules", {}, {"__all__": []})
    with pytest.raises(AttributeError, match="module 'fasttrack_rules' has no attribute 'nope'"):
        getattr_("nope")


def test_the_package_and_conformance_load_lazily() -> None:
    import fasttrack_rules
    from fasttrack_rules import conformance

    assert fasttrack_rules.assess.__module__ == "fasttrack_rules.engine.edge"
    assert conformance.SUBJECTS[0] == "worked_examples"
    with pytest.raises(AttributeError):
        _ = conformance.nope
