"""Conformance vectors and JSON Schemas: the test oracle for other implementations.

The vectors ship inside the package (``fasttrack_rules/vectors/*.json``) with the
normative ``INTERPRETING.md``; the schemas in ``fasttrack_rules/schemas``. This package
loads them (:mod:`.vectors`), compares an implementation's output with a vector's
expectation (:mod:`.comparison`), runs another implementation over the vectors
(:mod:`.process`, the engine of ``fasttrack vectors run``, whose lines :mod:`.judge`
judges into a :mod:`.report`, rendered by :mod:`.render`), and exports everything to a
folder (:mod:`.kit`). What the vector set is lives in :mod:`.vector_set`, the packaged
files in :mod:`.packaged`.

The public names below are loaded on first use, so that the command line can read
:data:`SUBJECTS` without loading the rest.
"""

from __future__ import annotations

from fasttrack_rules._lazy import lazy_names

TYPE_CHECKING = False

# submodule -> the public names it defines
_MODULES: dict[str, tuple[str, ...]] = {
    "vector_set": ("FLAGS", "SUBJECTS", "VECTOR_SET_VERSION"),
    "vectors": ("MAX_VECTOR_FILE_BYTES", "line_of", "load_subjects", "load_vectors"),
    "packaged": ("schema",),
    "comparison": ("ABSENT", "Difference", "compare", "differences", "json_same", "printable", "show"),
    "process": ("MAX_OUTPUT_LINE_BYTES", "STDERR_TAIL_BYTES", "run_command"),
    "report": ("Report", "Row", "write_csv"),
    "render": ("render_junit", "render_tap", "render_text"),
    "kit": ("KIT_FILES", "calendar_table", "export", "reason_catalogue"),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "ABSENT",
    "FLAGS",
    "KIT_FILES",
    "MAX_OUTPUT_LINE_BYTES",
    "MAX_VECTOR_FILE_BYTES",
    "STDERR_TAIL_BYTES",
    "SUBJECTS",
    "VECTOR_SET_VERSION",
    "Difference",
    "Report",
    "Row",
    "calendar_table",
    "compare",
    "differences",
    "export",
    "json_same",
    "line_of",
    "load_subjects",
    "load_vectors",
    "printable",
    "reason_catalogue",
    "render_junit",
    "render_tap",
    "render_text",
    "run_command",
    "schema",
    "show",
    "write_csv",
]


__getattr__, __dir__ = lazy_names(__name__, _EXPORTS, globals())

if TYPE_CHECKING:
    from fasttrack_rules.conformance.comparison import (
        ABSENT,
        Difference,
        compare,
        differences,
        json_same,
        printable,
        show,
    )
    from fasttrack_rules.conformance.kit import KIT_FILES, calendar_table, export, reason_catalogue
    from fasttrack_rules.conformance.packaged import schema
    from fasttrack_rules.conformance.process import MAX_OUTPUT_LINE_BYTES, STDERR_TAIL_BYTES, run_command
    from fasttrack_rules.conformance.render import render_junit, render_tap, render_text
    from fasttrack_rules.conformance.report import Report, Row, write_csv
    from fasttrack_rules.conformance.vector_set import FLAGS, SUBJECTS, VECTOR_SET_VERSION
    from fasttrack_rules.conformance.vectors import (
        MAX_VECTOR_FILE_BYTES,
        line_of,
        load_subjects,
        load_vectors,
    )
