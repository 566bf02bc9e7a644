"""The sweep: every first day of absence 2005-2030, crossed with request days 0-40 and
both routes, compared with the independent reference: zero differences allowed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import UNTRACED
from tests.sweep import sweep


@pytest.mark.slow
def test_sweep_matches_reference_on_both_routes() -> None:
    procs = {
        route: subprocess.Popen(
            # an agreement check, not a coverage one: not traced
            [sys.executable, "-m", "tests.sweep", route],
            stdout=subprocess.PIPE,
            text=True,
            env=UNTRACED,
        )
        for route in ("employer", "sick_person")
    }
    for route, proc in procs.items():
        out, _ = proc.communicate(timeout=900)
        assert proc.returncode == 0, route
        report = json.loads(out)
        assert report["checked"] == 9496 * 41, route  # 9,496 days in 2005-2030
        assert report["count"] == 0, report["differences"]


@pytest.mark.slow
def test_sweep_can_fail() -> None:
    # The comparison itself, in process: one year, and a reference that disagrees.
    from tests import reference_rules as ref

    checked, differences = sweep("sick_person", range(2025, 2026))
    assert (checked, differences) == (365 * 41, [])
    original = ref.ordinary_due
    try:
        ref.ordinary_due = lambda first: original(first) + ref.ONE
        _, differences = sweep("employer", range(2025, 2026))
        assert len(differences) > 1000
    finally:
        ref.ordinary_due = original
