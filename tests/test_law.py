"""Instruments, provisions by date, citations and dated rule parameters.

The expected instruments and provision numbers are typed from the orders themselves
(BEK nr. 1421/2014, 880/2017, 790/2018, 1175/2019, 473/2021 and 1710/2024, each in
force until the next one's first day), not read back from the library.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from fasttrack_rules import (
    FAST_TRACK_START,
    INSTRUMENTS,
    PARAMETERS,
    PROVISIONS,
    Citation,
    RuleNotInForceError,
    instrument_on,
    parameter,
    provision,
)
from fasttrack_rules.protocol import citation_json, instrument_json

D = dt.date

# (first day in force, order number, its date): the orders on follow-up.
ORDERS = [
    (D(2015, 1, 5), 1421, "16. december 2014"),
    (D(2017, 7, 1), 880, "28. juni 2017"),
    (D(2018, 7, 1), 790, "14. juni 2018"),
    (D(2020, 1, 1), 1175, "25. november 2019"),
    (D(2021, 3, 23), 473, "20. marts 2021"),
    (D(2025, 1, 1), 1710, "30. december 2024"),
]


@pytest.mark.parametrize(("start", "number", "signed"), ORDERS)
def test_the_order_in_force_changes_on_its_first_day(start: D, number: int, signed: str) -> None:
    assert instrument_on("BEK", start).number == number
    before = instrument_on("BEK", start - dt.timedelta(1)) if start > FAST_TRACK_START else None
    if before is not None:
        assert before.number != number
    assert (
        str(provision("three_questions", start)) == f"§ 3, stk. 1, i bekendtgørelse nr. {number} af {signed}"
    )


@pytest.mark.parametrize(
    ("name", "on", "text"),
    [
        # The consent form: § 4, stk. 1, nr. 1 until 2024; § 4, stk. 1 from 2025.
        (
            "consent_form_deadline",
            D(2016, 3, 1),
            "§ 4, stk. 1, nr. 1, i bekendtgørelse nr. 1421 af 16. december 2014",
        ),
        (
            "consent_form_deadline",
            D(2017, 6, 30),
            "§ 4, stk. 1, nr. 1, i bekendtgørelse nr. 1421 af 16. december 2014",
        ),
        (
            "consent_form_deadline",
            D(2017, 7, 1),
            "§ 4, stk. 1, nr. 1, i bekendtgørelse nr. 880 af 28. juni 2017",
        ),
        (
            "consent_form_deadline",
            D(2021, 3, 22),
            "§ 4, stk. 1, nr. 1, i bekendtgørelse nr. 1175 af 25. november 2019",
        ),
        (
            "consent_form_deadline",
            D(2024, 12, 31),
            "§ 4, stk. 1, nr. 1, i bekendtgørelse nr. 473 af 20. marts 2021",
        ),
        (
            "consent_form_deadline",
            D(2025, 1, 1),
            "§ 4, stk. 1, i bekendtgørelse nr. 1710 af 30. december 2024",
        ),
        ("late_form_discretion", D(2019, 5, 1), "§ 4, stk. 2, i bekendtgørelse nr. 790 af 14. juni 2018"),
        (
            "doctor_employer_route",
            D(2024, 12, 31),
            "§ 4, stk. 1, nr. 2, i bekendtgørelse nr. 473 af 20. marts 2021",
        ),
        (
            "doctor_employer_route",
            D(2025, 1, 1),
            "§ 5, stk. 2, i bekendtgørelse nr. 1710 af 30. december 2024",
        ),
        ("doctor_sick_person_route", D(2015, 1, 5), "§ 9 i bekendtgørelse nr. 1421 af 16. december 2014"),
        ("bank_day_definition", D(2018, 7, 1), "§ 2, nr. 1, i bekendtgørelse nr. 790 af 14. juni 2018"),
        ("fast_track_start", D(2030, 1, 1), "§ 18 i bekendtgørelse nr. 1421 af 16. december 2014"),
        ("store_bededag_abolished", D(2024, 1, 1), "§ 1 i bekendtgørelse nr. 270 af 7. marts 2023"),
    ],
)
def test_provision_by_date(name: str, on: D, text: str) -> None:
    assert str(provision(name, on)) == text


def test_citation_text_with_every_part() -> None:
    order = INSTRUMENTS["BEK-1710-2024"]
    assert (
        str(Citation(order, "4", 1, 2, 3))
        == "§ 4, stk. 1, nr. 2, 3. pkt., i bekendtgørelse nr. 1710 af 30. december 2024"
    )
    assert str(Citation(order)) == "bekendtgørelse nr. 1710 af 30. december 2024"
    assert Citation(order, "4").url == "https://www.retsinformation.dk/eli/lta/2024/1710"


def test_guidance_and_interpretations_are_not_law() -> None:
    guide = provision("guide_plan", D(2025, 1, 1))
    assert not guide.is_law
    assert str(guide).startswith("Cabi")
    interp = provision("interpretation:sick_person_window", D(2025, 1, 1))
    assert not interp.is_law
    assert citation_json(interp)["name"] == "sick_person_window"


def test_sdl_is_cited_in_the_consolidation_current_on_the_day() -> None:
    assert instrument_on("SDL", D(2015, 1, 5)).key == "LOV-720-2014"
    assert instrument_on("SDL", D(2025, 10, 9)).number == 1221
    assert instrument_on("SDL", D(2025, 10, 8)).number == 97


def test_every_instrument_has_title_and_url() -> None:
    for instrument in INSTRUMENTS.values():
        assert instrument.title
        assert instrument.url
        assert instrument_json(instrument)["key"] == instrument.key


def test_families_have_no_gaps_or_overlaps() -> None:
    for family in ("SDL", "BEK"):
        members = sorted(
            (i for i in INSTRUMENTS.values() if i.family == family), key=lambda i: i.in_force_from or D.min
        )
        for a, b in itertools.pairwise(members):
            assert a.in_force_to is not None
            assert b.in_force_from == a.in_force_to + dt.timedelta(1)
        assert members[-1].in_force_to is None


@pytest.mark.parametrize(
    ("name", "on", "value", "citation"),
    [
        ("request_window_weeks", FAST_TRACK_START, 5, "§ 7 c, stk. 1, i lov om sygedagpenge"),
        ("fast_track_meeting_weeks", D(2030, 1, 1), 2, "§ 13 b, stk. 2, i lov om sygedagpenge"),
        ("consent_form_bank_days", D(2025, 1, 1), 2, "§ 4, stk. 1, i bekendtgørelse nr. 1710"),
        ("consent_form_bank_days", D(2024, 12, 31), 2, "§ 4, stk. 1, nr. 1, i bekendtgørelse nr. 473"),
        ("doctor_days_after_form", D(2025, 1, 1), 8, "§ 5, stk. 2, i bekendtgørelse nr. 1710"),
        (
            "doctor_latest_bank_day_after_letter",
            D(2024, 12, 31),
            8,
            "§ 4, stk. 1, nr. 2, i bekendtgørelse nr. 473",
        ),
        (
            "doctor_earliest_bank_day_after_letter",
            D(2015, 1, 5),
            6,
            "§ 4, stk. 1, nr. 2, i bekendtgørelse nr. 1421",
        ),
        ("doctor_days_after_request", D(2024, 12, 31), 8, "§ 9 i bekendtgørelse nr. 473"),
        ("doctor_days_after_request", D(2025, 1, 1), 8, "§ 9 i bekendtgørelse nr. 1710"),
    ],
)
def test_parameter_versions(name: str, on: D, value: int, citation: str) -> None:
    p = parameter(name, on)
    assert p.value == value
    assert str(p.citation(on)).startswith(citation)


@pytest.mark.parametrize(
    ("name", "on"),
    [
        ("request_window_weeks", D(2015, 1, 4)),  # the day before Fast track
        ("doctor_days_after_form", D(2024, 12, 31)),  # the 2025 order not yet in force
        ("doctor_latest_bank_day_after_letter", D(2025, 1, 1)),  # the 2015-2024 rule repealed
        ("no_such_rule", D(2025, 1, 1)),
    ],
)
def test_parameter_not_in_force(name: str, on: D) -> None:
    with pytest.raises(RuleNotInForceError) as info:
        parameter(name, on)
    assert info.value.field == name


def test_provision_and_instrument_not_in_force() -> None:
    with pytest.raises(RuleNotInForceError):
        provision("consent_form_deadline", D(2015, 1, 4))
    with pytest.raises(RuleNotInForceError):
        provision("no_such_provision", D(2025, 1, 1))
    with pytest.raises(RuleNotInForceError):
        instrument_on("BEK", D(2014, 12, 31))


def test_parameter_windows_do_not_overlap() -> None:
    by_name: dict[str, list[tuple[D, D]]] = {}
    for p in PARAMETERS:
        by_name.setdefault(p.name, []).append((p.valid_from, p.valid_to or D.max))
    for windows in by_name.values():
        windows.sort()
        for (_, end), (start, _) in itertools.pairwise(windows):
            assert end < start


def test_provision_versions_do_not_overlap() -> None:
    for versions in PROVISIONS.values():
        spans = sorted((v.valid_from, v.valid_to or D.max) for v in versions)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end < start


@pytest.mark.parametrize(
    ("key", "kind", "short", "url"),
    [
        (
            "LOV-720-2014",
            "law",
            "lov om sygedagpenge som ændret ved lov nr. 720 af 25. juni 2014",
            "https://www.retsinformation.dk/eli/lta/2014/720",
        ),
        (
            "LOV-214-2023",
            "law",
            "lov nr. 214 af 6. marts 2023",
            "https://www.retsinformation.dk/eli/lta/2023/214",
        ),
        (
            "JM-VEJL-9533-2018",
            "guidance",
            "Justitsministeriets vejledning nr. 9533 af 26. juni 2018",
            "https://www.retsinformation.dk/eli/retsinfo/2018/9533",
        ),
        (
            "INTERPRETATION",
            "interpretation",
            "fasttrack_rules-fortolkning",
            "specification.md#interpretations",
        ),
        (
            "LBK-85-2011",
            "law",
            "lov om sygedagpenge (lovbekendtgørelse nr. 85 af 7. februar 2011)",
            "https://www.retsinformation.dk/eli/lta/2011/85",
        ),
    ],
)
def test_instrument_names_and_addresses(key: str, kind: str, short: str, url: str) -> None:
    instrument = INSTRUMENTS[key]
    assert (instrument.kind, instrument.short, instrument.url) == (kind, short, url)
    assert instrument.is_law is (kind == "law")


def test_the_amending_act_is_cited_until_the_first_consolidation_after_it() -> None:
    act = INSTRUMENTS["LOV-720-2014"]
    assert (act.in_force_from, act.in_force_to, act.family) == (FAST_TRACK_START, D(2015, 1, 22), "SDL")
    assert act.title == "Lov nr. 720 af 25. juni 2014 om ændring af lov om sygedagpenge m.fl."
    assert instrument_on("SDL", D(2015, 1, 4)).key == "LBK-833-2014"
    assert instrument_on("SDL", D(2015, 1, 23)).key == "LBK-43-2015"


def test_a_citation_survives_pickling() -> None:
    import pickle

    citation = provision("three_questions", D(2025, 1, 1))
    assert pickle.loads(pickle.dumps(citation)) == citation
