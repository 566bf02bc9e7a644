"""Build the conformance vectors (src/fasttrack_rules/vectors/*.json) from this library.

    python -m scripts.make_vectors

Boundary pairs are found by exhaustive search: for each deadline and anchor date, the
decisive event date is moved one day at a time until the status flips, and the last
compliant day and the first non-compliant day are frozen as a pair. Reason-code cases
come from ``data/cases.py``, each with a partner found the same way (one date moved until
the code disappears) or, for codes that no date decides, by flipping the deciding fact
(``data/partners.py``). The inputs are data in ``data/``; each builder module returns its
vectors and ``compose`` files them by subject. Review the diff of the JSON files before
committing a rebuilt set; ids are derived from content, so an id never changes meaning.
"""

from __future__ import annotations

from scripts.make_vectors.compose import build
from scripts.make_vectors.vector import expected_from

__all__ = ["build", "expected_from"]
