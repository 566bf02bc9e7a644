"""One input line in, one output line out: what ``fasttrack assess`` writes for each line,
and what the batch machinery runs in every worker. Each answer is the text of one JSON
value (without its newline) and whether it is an error line.
"""

from __future__ import annotations

from typing import NamedTuple

from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.protocol.fast import outcome_of_json, result_text
from fasttrack_rules.protocol.lines import json_text, parse_line
from fasttrack_rules.vocab import Lang, check_lang

__all__ = ["Answer", "InternalError", "Options", "answer", "answer_line"]


class InternalError(FasttrackError):
    """A bug met while assessing one line: reported on that line, and the run goes on."""

    code = "INTERNAL_ERROR"


class Options(NamedTuple):
    """How results are written: the language of the reason texts, indented or not, and
    compact (reason codes without their texts)."""

    lang: Lang = "en"
    pretty: bool = False
    compact: bool = False


class Answer(NamedTuple):
    """The output of one input line: its JSON text (no newline) and whether it is an error."""

    text: str
    failed: bool


def answer(number: int, source: object, options: Options) -> Answer:
    """The answer to input line ``number`` whose JSON value is ``source`` (or the typed
    error that reading it gave): the result, or the error line."""
    if isinstance(source, FasttrackError):
        return _error(number, source, None, options)
    try:
        return Answer(_result(source, options), False)
    except FasttrackError as e:
        return _error(number, e, source, options)
    except Exception as e:  # pragma: no cover - a bug; the run must go on
        return _error(number, InternalError(None, None, f"{type(e).__name__}: {e}"), source, options)


def _error(number: int, error: FasttrackError, source: object, options: Options) -> Answer:
    from fasttrack_rules.protocol.output import error_line  # the error line's way only

    return Answer(json_text(error_line(number, error, source), pretty=options.pretty), True)


def _result(source: object, options: Options) -> str:
    """The result text of a case: through the engine's fast path when it takes the case
    in its plain form, else read, assessed and written the general way (whose modules
    are imported on first use: a run of plain cases needs neither attrs nor the law)."""
    lang = check_lang(options.lang)
    outcome = None if options.pretty else outcome_of_json(source)
    if outcome is not None:
        return result_text(outcome, lang, compact=options.compact)
    from fasttrack_rules.engine.edge import assess
    from fasttrack_rules.protocol.cases import case_from_json
    from fasttrack_rules.protocol.results import assessment_json, compact_json

    case, as_of = case_from_json(source)
    result = assess(case, as_of=as_of)
    written = compact_json(result) if options.compact else assessment_json(result, lang=lang)
    return json_text(written, pretty=options.pretty)


def answer_line(number: int, line: bytes | FasttrackError, options: Options) -> Answer:
    """The answer to input line ``number`` given as its bytes (without the newline), or
    the typed error that reading it gave (a line over the length limit)."""
    if isinstance(line, FasttrackError):
        return answer(number, line, options)
    try:
        source: object = parse_line(line)
    except FasttrackError as e:
        source = e
    return answer(number, source, options)
