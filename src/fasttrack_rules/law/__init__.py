"""The law as data: instruments, provisions by date, citations and rule parameters.

A citation is chosen by the date of the event that starts the period it governs (the
request, the letter, the return of the form, the first day of absence): the provision
is looked up in :data:`PROVISIONS`, which holds every version of it with the days it was
in force, and the instrument is the one in force on that day (see the specification,
``docs/specification.md#citations``). Every number the rules use (5 weeks, 8 weeks,
2 weeks, 2 bank days, 8 days, the 6th-8th bank day) lives in :data:`PARAMETERS` once,
with the provision that sets it.

- :mod:`~fasttrack_rules.law.instruments`: the instruments and the days that divide the law's history.
- :mod:`~fasttrack_rules.law.provisions`: every provision with its versions by date.
- :mod:`~fasttrack_rules.law.citation`: citations, and citing a provision by date.
- :mod:`~fasttrack_rules.law.parameters`: the rules' numbers by date.
- :mod:`~fasttrack_rules.law.validity`: what the dated tables share.
"""

from __future__ import annotations

from fasttrack_rules.law.citation import Citation, instrument_on, provision, provision_changes
from fasttrack_rules.law.instruments import (
    BEK_2024_START,
    FAST_TRACK_START,
    INSTRUMENTS,
    Instrument,
)
from fasttrack_rules.law.instruments import VERIFIED_ACT_START as VERIFIED_ACT_START
from fasttrack_rules.law.instruments import InstrumentKind as InstrumentKind
from fasttrack_rules.law.parameters import PARAMETERS, Parameter, parameter
from fasttrack_rules.law.parameters import Unit as Unit
from fasttrack_rules.law.provisions import PROVISIONS, ProvisionVersion

__all__ = [
    "BEK_2024_START",
    "FAST_TRACK_START",
    "INSTRUMENTS",
    "PARAMETERS",
    "PROVISIONS",
    "RULESET_VERSION",
    "Citation",
    "Instrument",
    "Parameter",
    "ProvisionVersion",
    "instrument_on",
    "parameter",
    "provision",
    "provision_changes",
]

#: Version of the rule set (the legal content), independent of the package version.
#: It changes whenever a rule, parameter, citation, reason code or interpretation changes.
RULESET_VERSION = "2026.1"
