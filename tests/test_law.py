"""Citations and dated rule parameters."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from fasttrack_rules import ACTS, FAST_TRACK_START, PARAMETERS, Citation, RuleNotInForceError, parameter
from fasttrack_rules.law import cite

D = dt.date


def test_citation_text_and_json() -> None:
    assert str(cite("SDL", "13 b", 2)) == "SDL § 13 b, stk. 2"
    assert str(cite("BEK 2014", "4", 1, 2)) == "BEK 2014 § 4, stk. 1, nr. 2"
    assert str(cite("SDL", "13 b", 2, None, 2)) == "SDL § 13 b, stk. 2, 2. pkt."
    assert str(cite("Process guide", "step 3")) == "Process guide, step 3"
    assert str(cite("Process guide")) == "Process guide"
    assert cite("SDL", "7 c", 1).url == "https://www.retsinformation.dk/eli/lta/2025/1221"
    assert cite("SDL").source.kind == "law"
    assert not cite("Interpretation", "roll").is_law
    as_json = cite("BEK 2024", "4", 1).to_json()
    assert as_json["text"] == "BEK 2024 § 4, stk. 1"
    assert as_json["kind"] == "order"
    with pytest.raises(ValueError, match="act"):
        Citation("Unknown act")


def test_every_act_has_title_and_url() -> None:
    for act in ACTS.values():
        assert act.title
        assert act.url


@pytest.mark.parametrize(
    ("name", "on", "value", "citation"),
    [
        ("request_window_weeks", FAST_TRACK_START, 5, "SDL § 7 c, stk. 1"),
        ("fast_track_meeting_weeks", D(2030, 1, 1), 2, "SDL § 13 b, stk. 2"),
        ("consent_form_bank_days", D(2025, 1, 1), 2, "BEK 2024 § 4, stk. 1"),
        ("consent_form_bank_days", D(2024, 12, 31), 2, "Interpretation, consent_form_before_2025"),
        ("doctor_days_after_form", D(2025, 1, 1), 8, "BEK 2024 § 5, stk. 2"),
        ("doctor_latest_bank_day_after_letter", D(2024, 12, 31), 8, "BEK 2014 § 4, stk. 1, nr. 2"),
        ("doctor_earliest_bank_day_after_letter", D(2015, 1, 5), 6, "BEK 2014 § 4, stk. 1, nr. 2"),
        ("doctor_days_after_request", D(2024, 12, 31), 8, "BEK 2014 § 9"),
        ("doctor_days_after_request", D(2025, 1, 1), 8, "BEK 2024 § 9"),
    ],
)
def test_parameter_versions(name: str, on: D, value: int, citation: str) -> None:
    p = parameter(name, on)
    assert (p.value, str(p.citation)) == (value, citation)


@pytest.mark.parametrize(
    ("name", "on"),
    [
        ("request_window_weeks", D(2015, 1, 4)),  # the day before Fast track
        ("doctor_days_after_form", D(2024, 12, 31)),  # BEK 2024 not yet in force
        ("doctor_latest_bank_day_after_letter", D(2025, 1, 1)),  # BEK 2014 repealed
        ("no_such_rule", D(2025, 1, 1)),
    ],
)
def test_parameter_not_in_force(name: str, on: D) -> None:
    with pytest.raises(RuleNotInForceError) as info:
        parameter(name, on)
    assert info.value.field == name


def test_parameter_windows_do_not_overlap() -> None:
    by_name: dict[str, list[tuple[D, D]]] = {}
    for p in PARAMETERS:
        by_name.setdefault(p.name, []).append((p.valid_from, p.valid_to or D.max))
    for windows in by_name.values():
        windows.sort()
        for (_, end), (start, _) in itertools.pairwise(windows):
            assert end < start
