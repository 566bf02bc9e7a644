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

from fasttrack_rules._validate import check_instance
from fasttrack_rules.errors import InvalidValueError
from fasttrack_rules.explain import mermaid, render
from fasttrack_rules.explain.content import content
from fasttrack_rules.explain.employer import EmployerAid, employer_aid
from fasttrack_rules.explain.employer_text import employer_json, employer_text
from fasttrack_rules.explain.phrases import AUDIENCES, Audience
from fasttrack_rules.facts import Case
from fasttrack_rules.reasons import check_lang
from fasttrack_rules.results import Assessment
from fasttrack_rules.vocab import Lang

__all__ = [
    "AUDIENCES",
    "Audience",
    "EmployerAid",
    "check_audience",
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


def _checked(result: object, case: object, lang: object, audience: object) -> tuple[Lang, Audience]:
    """The checked language and audience, after checking ``result`` and ``case``."""
    checked_lang = check_lang(lang)
    checked_audience = check_audience(audience)
    check_instance("result", result, Assessment)
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
        InvalidValueError: ``lang`` or ``audience`` is not one of its values.
        InvalidTypeError: ``result`` is not an :class:`Assessment`, or ``case`` is
            neither ``None`` nor a :class:`Case`.
    """
    checked_lang, checked_audience = _checked(result, case, lang, audience)
    return render.text(content(result, case, checked_audience, checked_lang), checked_lang)


def explain_markdown(
    result: Assessment, case: Case | None = None, *, lang: Lang = "en", audience: Audience = "caseworker"
) -> str:
    """The explanation of :func:`explain_text` as Markdown (CommonMark and GitHub); with
    ``case``, also the timeline of :func:`explain_mermaid` in a ``mermaid`` code block,
    which GitHub draws.

    Every text in it passes through :func:`~fasttrack_rules._safe.safe_markdown`, so a
    case id renders literally: it cannot become a link, an image, HTML, a heading, a
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
        InvalidValueError: ``lang`` is not ``"da"`` or ``"en"``.
        InvalidTypeError: ``result`` is not an :class:`Assessment` or ``case`` not a :class:`Case`.
    """
    checked_lang = check_lang(lang)
    check_instance("result", result, Assessment)
    check_instance("case", case, Case)
    return mermaid.chart(result, case, checked_lang)
