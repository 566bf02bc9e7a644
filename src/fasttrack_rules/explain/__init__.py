"""Human explanations of an assessment (``fasttrack explain``): plain text or Markdown,
in Danish or English, for one of three readers, and a Mermaid gantt timeline.

* The **caseworker** (``audience="caseworker"``, the default) reads what is due (every
  deadline with its date, status and legal source), what is missing, what to do next
  and why.
* The **employer** reads whether they may still ask for Fast track and until when, and
  what happens next.
* The **sick person** reads what will happen and what they must do.

Before any case exists, :func:`employer_aid` tells an employer whether they may still ask
for Fast track, until when, and what happens if they ask today or do not
(``fasttrack employer``); :func:`employer_text` and :func:`employer_json` write it.

Dates are written out ("fredag den 14. marts 2025", "Friday 14 March 2025"), citations
as a reader writes them ("sygedagpengelovens § 13 b, stk. 2"), the three questions in
the order's own wording; no field name or code is shown. Text from the case (its id)
is made safe for each format by :mod:`fasttrack_rules._safe`.
"""

from __future__ import annotations

from collections.abc import Collection

from fasttrack_rules._validate import check_date, check_instance
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from fasttrack_rules.explain import mermaid, render
from fasttrack_rules.explain.content import content
from fasttrack_rules.explain.employer import EmployerAid, employer_aid
from fasttrack_rules.explain.employer_text import employer_json, employer_text
from fasttrack_rules.explain.phrases import AUDIENCES, Audience
from fasttrack_rules.explain.words import MISSING
from fasttrack_rules.facts import Case
from fasttrack_rules.law import Citation
from fasttrack_rules.reasons import CitedReason, check_lang
from fasttrack_rules.results import Assessment, Deadline
from fasttrack_rules.vocab import DEADLINES, QUESTIONS, STATUSES, TRACKS, Lang

__all__ = [
    "AUDIENCES",
    "Audience",
    "EmployerAid",
    "check_audience",
    "check_result",
    "employer_aid",
    "employer_json",
    "employer_text",
    "explain_markdown",
    "explain_mermaid",
    "explain_text",
]


def check_audience(audience: object) -> Audience:
    """Return ``audience`` if it is one of :data:`AUDIENCES`, else raise.

    Raises:
        InvalidValueError: another value (field ``audience``).
    """
    for known in AUDIENCES:
        if audience == known and type(audience) is str:
            return known
    raise InvalidValueError("audience", audience, f"expected one of {', '.join(AUDIENCES)}")


def _one_of(name: str, value: object, known: Collection[str]) -> None:
    if type(value) is not str or value not in known:
        raise InvalidValueError(name, value, f"expected one of {', '.join(known)}")


def _tuple_of(name: str, value: object, known: Collection[str]) -> None:
    if type(value) is not tuple:
        raise InvalidTypeError(name, value, f"expected a tuple, got {type(value).__name__}")
    for item in value:
        _one_of(name, item, known)


def _check_deadline(name: str, d: object) -> None:
    """One deadline of a result: a :class:`Deadline` with a known status, plain dates
    (or None) and a :class:`Citation` (or None)."""
    field = f"result.deadlines.{name}"
    checked = check_instance(field, d, Deadline)
    _one_of(f"{field}.status", checked.status, STATUSES)
    for part in ("due", "earliest", "latest_working_day"):
        day = getattr(checked, part)
        if day is not None:
            check_date(f"{field}.{part}", day)
    if checked.citation is not None:
        check_instance(f"{field}.citation", checked.citation, Citation)


def check_result(result: object) -> Assessment:
    """Return ``result`` if it is an :class:`Assessment` whose parts an explanation
    reads hold what :func:`~fasttrack_rules.assess` puts there, else raise naming the
    part (``result.as_of``, ``result.deadlines.first_meeting.due``, ...): an assessment
    built or changed by hand (``attrs.evolve``) is checked, never written half.

    Raises:
        InvalidTypeError: ``result`` is no :class:`Assessment`, or a part has the wrong
            type (a ``datetime`` for a date, a number for the id, ...).
        InvalidValueError: a track, status, deadline name, missing fact or question
            that no assessment has, or a deadline missing.
    """
    checked = check_instance("result", result, Assessment)
    if checked.id is not None and type(checked.id) is not str:
        raise InvalidTypeError("result.id", checked.id, f"expected a string, got {type(checked.id).__name__}")
    check_date("result.as_of", checked.as_of)
    _one_of("result.track", checked.track, TRACKS)
    deadlines = checked.deadlines
    if type(deadlines) is not dict or not set(DEADLINES) <= deadlines.keys():
        raise InvalidValueError("result.deadlines", deadlines, f"expected a dict of {', '.join(DEADLINES)}")
    for name, d in deadlines.items():
        _one_of("result.deadlines", name, (*DEADLINES, "policy_first_meeting"))
        _check_deadline(name, d)
    _tuple_of("result.missing_facts", checked.missing_facts, MISSING)
    _tuple_of("result.to_obtain", checked.to_obtain, QUESTIONS)
    if type(checked.reasons) is not tuple:
        raise InvalidTypeError("result.reasons", checked.reasons, "expected a tuple of reasons")
    for reason in checked.reasons:
        check_instance("result.reasons", reason, CitedReason)
    return checked


def _checked(result: object, case: object, lang: object, audience: object) -> tuple[Lang, Audience]:
    """The checked language and audience, after checking ``result`` and ``case``."""
    checked_lang = check_lang(lang)
    checked_audience = check_audience(audience)
    check_result(result)
    if case is not None:
        check_instance("case", case, Case)
    return checked_lang, checked_audience


def explain_text(
    result: Assessment, case: Case | None = None, *, lang: Lang = "en", audience: Audience = "caseworker"
) -> str:
    """A plain-text explanation of ``result`` for ``audience`` in ``lang``.

    Every line passes through :func:`~fasttrack_rules._safe.safe_text`, so a case id
    with control characters, escape sequences or line breaks is shown escaped
    (``\\u001b``) and cannot change the terminal or add a line.

    Args:
        result: the assessment to explain.
        case: the case it was computed from (optional): with it, the employer and the
            sick person are told until when they may still ask, when nobody has.
        lang: ``"en"`` (default) or ``"da"``.
        audience: ``"caseworker"`` (default), ``"employer"`` or ``"sick_person"``.

    Raises:
        InvalidValueError: ``lang`` or ``audience`` is not one of its values, or a part
            of ``result`` holds a value no assessment has (see :func:`check_result`).
        InvalidTypeError: ``result`` is not an :class:`Assessment` (or a part of it has
            the wrong type), or ``case`` is neither ``None`` nor a :class:`Case`.
    """
    checked_lang, checked_audience = _checked(result, case, lang, audience)
    return render.text(content(result, case, checked_audience, checked_lang), checked_lang)


def explain_markdown(
    result: Assessment, case: Case | None = None, *, lang: Lang = "en", audience: Audience = "caseworker"
) -> str:
    """The explanation of :func:`explain_text` as Markdown (CommonMark and GitHub); with
    ``case``, also the timeline of :func:`explain_mermaid` in a ``mermaid`` code block,
    which GitHub draws.

    Every text in it passes through :func:`~fasttrack_rules._safe.safe_markdown`, and
    the case id is written in the heading as a code span
    (:func:`~fasttrack_rules._safe.safe_markdown_code`), so it renders literally: it
    cannot become a link (an e-mail address included), an image, HTML, a heading, a
    list or a table cell.

    Args and Raises: as :func:`explain_text`.
    """
    checked_lang, checked_audience = _checked(result, case, lang, audience)
    chart = mermaid.chart(result, case, checked_lang) if case is not None else None
    return render.markdown(content(result, case, checked_audience, checked_lang), checked_lang, chart)


def explain_mermaid(result: Assessment, case: Case, *, lang: Lang = "en") -> str:
    """A Mermaid gantt chart of the case: the first day, each deadline as a bar (done
    when met, critical and marked when breached), the request, the meeting held and the
    day of the assessment; the viewer's own today marker is off.

    Every label passes through :func:`~fasttrack_rules._safe.safe_mermaid` (a whitelist
    of letters, digits, space and ``- _ . , / ( ) '``), so a case id cannot add a line,
    a ``click`` action, a directive or a comment to the chart; dates and task ids are
    the library's own.

    Args:
        result: the assessment to draw.
        case: the case it was computed from (its event dates place the bars).
        lang: ``"en"`` (default) or ``"da"``.

    Raises:
        InvalidValueError: ``lang`` is not ``"da"`` or ``"en"``, or a part of ``result``
            holds a value no assessment has.
        InvalidTypeError: ``result`` is not an :class:`Assessment` (or a part of it has
            the wrong type) or ``case`` not a :class:`Case`.
    """
    checked_lang = check_lang(lang)
    check_result(result)
    check_instance("case", case, Case)
    return mermaid.chart(result, case, checked_lang)
