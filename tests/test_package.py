"""The package as a whole: public namespace and laziness (the version: test__version.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import fasttrack_rules


def test_all_is_sorted_and_resolves() -> None:
    assert fasttrack_rules.__all__ == sorted(fasttrack_rules.__all__)
    assert set(fasttrack_rules.__all__) == {*fasttrack_rules._EXPORTS, "__version__"}
    for name in fasttrack_rules.__all__:
        assert getattr(fasttrack_rules, name) is not None
    assert dir(fasttrack_rules) == fasttrack_rules.__all__


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = fasttrack_rules.no_such_name


def test_import_is_lazy() -> None:
    # Compare with what the interpreter had already loaded: site hooks (a
    # coverage .pth file in CI, for one) may import typing or json first.
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import fasttrack_rules\n"
        "added = set(sys.modules) - before\n"
        "heavy = sorted(added & {'holidays', 'attr', 'typing', 'json'})\n"
        "assert not heavy, heavy\n"
        "fasttrack_rules.danish_bank_days()\n"
        "assert 'attr' in sys.modules\n"
        "assert 'holidays' not in sys.modules  # the helligdage ship as data\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
