"""Regressions of hostile reviews of the command line, the line reader, the vectors
runner and the explanations: each test reproduces one finding (docs/robustness.md)."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from fasttrack_rules import exits
from fasttrack_rules.cli import main
from fasttrack_rules.conformance import load_vectors, run_command
from tests.cases import case

CLI = [sys.executable, "-m", "fasttrack_rules"]
HEAD = b'"as_of": "2025-03-20", "first_day_of_absence": "2025-03-03"'


def nested(inner: bytes, depth: int) -> bytes:
    return b"[" * depth + inner + b"]" * depth


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (b"{" + HEAD + b', "id": ' + nested(b'"\\ud83d\\ude00"', 500) + b"}", "INVALID_TYPE"),
        (b"{" + HEAD + b', "id": ' + nested(b"1", 500) + b', "id": 1}', "DUPLICATE_KEY"),
        (b"{" + HEAD + b', "id": ' + nested(b'"\\ud800"', 500) + b"}", "INVALID_ENCODING"),
        (nested(b'"\\ud83d\\ude00"', 600), "INVALID_TYPE"),
        (nested(b'{"a": 1, "a": 2}', 600), "DUPLICATE_KEY"),
    ],
)
def test_deep_lines_with_escapes_or_repeats_are_answered_and_the_run_goes_on(line: bytes, code: str) -> None:
    good = json.dumps(case(id="after")).encode()
    done = subprocess.run(
        [*CLI, "assess"], input=line + b"\n" + good + b"\n", capture_output=True, check=False
    )
    assert done.stderr == b""
    first, second = (json.loads(x) for x in done.stdout.splitlines())
    assert first["error"]["code"] == code
    assert second["id"] == "after"
    assert done.returncode == exits.FAILED


def script(tmp_path: Path, name: str, body: str) -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return f"{sys.executable} {path}"


SOME = [v for v in load_vectors() if v["id"].startswith("WE-")][:3]


def test_a_deep_answer_fails_its_vector_without_stopping_the_runner(tmp_path: Path) -> None:
    deep = "[" * 990 + "]" * 990
    shallow = '{"a": ' + "[" * 600 + '"\\u00e9"' + "]" * 600 + "}"
    command = script(
        tmp_path,
        "deep.py",
        f"import sys\nsys.stdin.read()\nprint({deep!r})\nprint({shallow!r})\nprint({deep!r})\n",
    )
    report = run_command(command, vectors={"worked_examples": SOME}, timeout=30)
    assert [r.passed for r in report.rows] == [False] * 3
    assert all(r.detail for r in report.rows)


def test_answers_without_reading_the_input_fail_the_run(tmp_path: Path) -> None:
    vectors = load_vectors()
    real = subprocess.run(
        [*CLI, "assess"],
        input=b"".join(
            json.dumps(v["input"]).encode() + b"\n" if "input" in v else b"\n" for v in vectors[:1]
        ),
        capture_output=True,
        check=False,
    )
    recorded = tmp_path / "recorded.jsonl"
    recorded.write_bytes(real.stdout)
    padded = [v for v in vectors if v.get("line_padding")]  # over a pipe's buffer: the feeder notices
    report = run_command(
        f"exec 0<&-; cat {recorded}", vectors={"worked_examples": vectors[:1], "errors": padded}, timeout=30
    )
    assert any("stopped reading its input" in p for p in report.problems), report.problems
    assert not report.ok


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_the_runner_and_kill_the_implementation(tmp_path: Path, signum: int) -> None:
    marker = tmp_path / "pid"
    command = f"echo $$ > {marker}; exec sleep 321"
    proc = subprocess.Popen(
        [*CLI, "vectors", "run", "--only", "WE-*", "--command", command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    for _ in range(600):
        if marker.exists() and marker.read_text().strip():
            break
        time.sleep(0.05)
    child = int(marker.read_text())
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum
    assert err.decode().count("\n") == 1
    assert signal.Signals(signum).name in err.decode()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the implementation outlived the runner")


@pytest.mark.parametrize(
    "argv",
    [
        ["vectors", "run", "--timeout", "3000000", "--command", "true"],
        ["vectors", "run", "--timeout", "inf", "--command", "true"],
        ["vectors", "run", "--command", "   "],
        ["vectors", "run", "--max-line-bytes", str(2**63), "--command", "true"],
        ["assess", "--max-line-bytes", str(2**63)],
        ["assess", "--max-line-bytes", " 5_0"],
        ["calendar", "add", "2025-01-01", "\u0661"],
        ["calendar", "closed", "2_025"],
        ["vectors", "export", ""],
    ],
)
def test_values_that_int_or_float_would_take_are_usage_errors(argv: list[str], capsys: Any) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == exits.USAGE
    assert "Traceback" not in capsys.readouterr().err


def test_a_vector_file_that_is_a_fifo_is_refused_not_waited_on(tmp_path: Path, capsys: Any) -> None:
    from fasttrack_rules.conformance import export

    kit = tmp_path / "kit"
    export(str(kit))
    (kit / "errors.json").unlink()
    os.mkfifo(kit / "errors.json")
    status = main(["vectors", "run", "--vectors", str(kit), "--command", "true"])
    assert status == exits.NOINPUT
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_into_a_full_disk_is_74(flag: str) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([*CLI, flag], stdout=full, stderr=subprocess.PIPE, check=False, timeout=60)
    assert done.returncode == exits.IOERR
    assert done.stderr.decode().count("\n") == 1


def test_a_bank_calendar_with_open_on_names_that_option(capsys: Any) -> None:
    assert main(["calendar", "add", "--calendar", "bank", "--open-on", "2025-12-24", "2025-12-22", "1"]) == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert (error["code"], error["field"]) == ("INVALID_VALUE", "--open-on")


# -- the same faults in process, where a subprocess cannot reach ------------------------------------
def test_no_stdout_is_74_and_no_stderr_is_silence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["schema", "input"]) == exits.IOERR
    with pytest.raises(SystemExit) as info:
        main(["--no-such-option"])
    assert info.value.code == exits.USAGE


def test_a_read_error_is_74(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    class Failing:
        def readline(self, size: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

        def fileno(self) -> int:
            raise OSError("no file")

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *_: object) -> None:
            return None

    class Stdin:
        buffer = Failing()

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert main(["assess"]) == exits.IOERR
    assert capsys.readouterr().err == "fasttrack: cannot read the input: Input/output error\n"


def test_main_from_another_thread_and_a_plain_text_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import threading

    out = io.StringIO()  # not a TextIOWrapper: written as it is
    monkeypatch.setattr(sys, "stdout", out)
    status: list[int] = []
    thread = threading.Thread(target=lambda: status.append(main(["calendar", "add", "2025-04-16", "2"])))
    thread.start()
    thread.join()
    assert status == [0]
    assert out.getvalue() == "2025-04-23\n"


def test_show_survives_a_value_too_deep_to_write() -> None:
    from fasttrack_rules.conformance import show

    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    assert show(deep) == "(nested too deeply to show)"


def test_a_vector_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from fasttrack_rules.conformance import export, vectors

    kit = tmp_path / "kit"
    export(str(kit))
    monkeypatch.setattr(vectors, "MAX_VECTOR_FILE_BYTES", 1000)
    assert main(["vectors", "run", "--vectors", str(kit), "--command", "true"]) == exits.NOINPUT
    assert "is larger than 1,000 bytes" in capsys.readouterr().err


# -- the explanations ----------------------------------------------------------------------------------
class _SaysYes(str):
    """A string whose ``==`` says yes to anything."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = str.__hash__


def _explainers() -> list[Any]:
    from fasttrack_rules.explain import explain_markdown, explain_mermaid, explain_text

    return [explain_text, explain_markdown, explain_mermaid]


@pytest.mark.parametrize("lang", [_SaysYes("xx"), _SaysYes("da")])
@pytest.mark.parametrize("explainer", range(3))
def test_a_lang_that_equals_anything_is_refused_by_its_characters(lang: str, explainer: int) -> None:
    """It passed the check (``lang == "da"``) and then failed as a bare KeyError."""
    from fasttrack_rules.errors import InvalidValueError
    from fasttrack_rules.vocab import check_lang
    from tests.test_explain import explained

    result, facts = explained(2, "K-1")
    if str.__eq__(lang, "da"):  # its characters name a language: that language, as a plain str
        assert type(check_lang(lang)) is str
        assert _explainers()[explainer](result, facts, lang=lang) == _explainers()[explainer](
            result, facts, lang="da"
        )
        return
    with pytest.raises(InvalidValueError) as e:
        _explainers()[explainer](result, facts, lang=lang)
    assert (e.value.field, e.value.value) == ("lang", lang)


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"id": 7}, "result.id", "INVALID_TYPE"),
        ({"id": b"K-1"}, "result.id", "INVALID_TYPE"),
        ({"as_of": "2025-03-28"}, "result.as_of", "INVALID_TYPE"),
        ({"as_of": dt.datetime(2025, 3, 28, 9)}, "result.as_of", "INVALID_TYPE"),
        ({"track": "fast"}, "result.track", "INVALID_VALUE"),
        ({"deadlines": None}, "result.deadlines", "INVALID_VALUE"),
        ({"deadlines": {}}, "result.deadlines", "INVALID_VALUE"),
        ({"missing_facts": ("shoe_size",)}, "result.missing_facts", "INVALID_VALUE"),
        ({"missing_facts": "request"}, "result.missing_facts", "INVALID_TYPE"),
        ({"to_obtain": ("why",)}, "result.to_obtain", "INVALID_VALUE"),
        ({"reasons": None}, "result.reasons", "INVALID_TYPE"),
        ({"reasons": ("FT-NO-REQUEST",)}, "result.reasons", "INVALID_TYPE"),
    ],
)
@pytest.mark.parametrize("explainer", range(3))
def test_a_result_changed_by_hand_is_refused_naming_the_part(
    change: dict[str, Any], field: str, code: str, explainer: int
) -> None:
    """Before, an AttributeError or KeyError, an InvalidTypeError naming ``s``, or (a
    datetime as_of) a chart with ``2025-03-28T09:00:00`` that Mermaid cannot read."""
    import attrs

    from fasttrack_rules.errors import FasttrackError
    from tests.test_explain import explained

    result, facts = explained(3, "K-1")
    with pytest.raises(FasttrackError) as e:
        _explainers()[explainer](attrs.evolve(result, **change), facts)
    value = change[field.split(".")[1]]
    if field in ("result.missing_facts", "result.to_obtain") or value == ("FT-NO-REQUEST",):
        value = value[0] if type(value) is tuple else value  # the item at fault
    assert (e.value.field, e.value.value, e.value.code) == (field, value, code)


@pytest.mark.parametrize(
    ("deadline", "change", "field"),
    [
        ("first_meeting", {"due": "2025-04-01"}, "result.deadlines.first_meeting.due"),
        ("consent_form", {"earliest": dt.datetime(2025, 3, 1)}, "result.deadlines.consent_form.earliest"),
        ("first_meeting", {"latest_working_day": 5}, "result.deadlines.first_meeting.latest_working_day"),
        ("request_window", {"status": "late"}, "result.deadlines.request_window.status"),
        ("request_window", {"citation": "SDL 7 c"}, "result.deadlines.request_window.citation"),
    ],
)
def test_a_deadline_changed_by_hand_is_refused_naming_it(
    deadline: str, change: dict[str, Any], field: str
) -> None:
    import attrs

    from fasttrack_rules.errors import FasttrackError
    from fasttrack_rules.explain import explain_text
    from tests.test_explain import explained

    result, facts = explained(3, "K-1")
    deadlines = {**result.deadlines, deadline: attrs.evolve(result.deadlines[deadline], **change)}
    with pytest.raises(FasttrackError) as e:
        explain_text(attrs.evolve(result, deadlines=deadlines), facts)
    assert (e.value.field, e.value.value) == (field, next(iter(change.values())))
    other = {**result.deadlines, "shoe_size": result.deadlines[deadline]}
    with pytest.raises(FasttrackError) as e:
        explain_text(attrs.evolve(result, deadlines=other), facts)
    assert (e.value.field, e.value.value) == ("result.deadlines", "shoe_size")
    without: dict[str, Any] = {**result.deadlines, deadline: None}
    with pytest.raises(FasttrackError) as e:
        explain_text(attrs.evolve(result, deadlines=without), facts)
    assert e.value.field == f"result.deadlines.{deadline}"


E_MAILS = [
    "a@example.invalid",
    "mailto:a@example.invalid",
    "xmpp:a@example.invalid",
    "_x@y.z",
    "K-1 (a@b.dk)",
]


@pytest.mark.parametrize("case_id", E_MAILS)
def test_an_e_mail_address_in_an_id_is_written_as_code(case_id: str) -> None:
    """GitHub linked it (``<a href="mailto:...">``) however its ``@`` and ``.`` were
    escaped; in a code span nothing is linked."""
    from fasttrack_rules.explain import explain_markdown
    from tests.test_explain import explained

    for audience in ("caseworker", "employer", "sick_person"):
        out = explain_markdown(*explained(3, case_id), lang="en", audience=audience)
        assert out.startswith(f"## Case `{case_id}`\n")
        assert out.count("@") == case_id.count("@")  # in the heading only: the chart's title has "_"


def test_github_renders_the_id_as_exactly_its_text() -> None:
    """cmark-gfm (GitHub's own Markdown, with its autolink, table, strikethrough and tag
    filter extensions) renders each explanation of a hostile id as the same HTML as the
    explanation of a plain id, with the id's text in its place: no link, no tag, no
    other structure. Runs where the cmarkgfm package is installed."""
    import html

    cmarkgfm = pytest.importorskip("cmarkgfm", reason="GitHub's Markdown needs the cmarkgfm package")
    from fasttrack_rules._safe import safe_mermaid, safe_text
    from fasttrack_rules.explain import explain_markdown
    from tests.escaping import PIECES
    from tests.test_explain import PLACEHOLDER, explained

    def rendered(case_id: str, audience: Any, lang: Any) -> str:
        out = explain_markdown(*explained(3, case_id), lang=lang, audience=audience)
        return str(
            cmarkgfm.github_flavored_markdown_to_html(out, options=cmarkgfm.cmark.Options.CMARK_OPT_UNSAFE)
        )

    def text(s: str) -> str:
        return html.escape(s, quote=False).replace('"', "&quot;")

    for case_id in [*PIECES, "".join(PIECES), *E_MAILS]:
        for audience in ("caseworker", "employer", "sick_person"):
            for lang in ("da", "en"):
                template = rendered(PLACEHOLDER, audience, lang)
                expected = template.replace(PLACEHOLDER, text(safe_text(case_id)), 1)
                expected = expected.replace(PLACEHOLDER, text(safe_mermaid(case_id)), 1)
                assert rendered(case_id, audience, lang) == expected, case_id


@pytest.mark.parametrize("fmt", ["text", "markdown", "mermaid"])
def test_several_cases_are_explained_apart(fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    """Two charts were written as one, which Mermaid refuses (``Expecting 'EOF' ...,
    got 'gantt'``), and two texts ran into each other."""
    import io

    from tests.test_explain_mermaid import parse_gantt

    lines = b"".join(json.dumps(case(id=f"K-{k}")).encode() + b"\n" for k in (1, 2, 3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    assert main(["explain", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "mermaid":
        charts = out.split("\n\n")
        assert [parse_gantt(chart + "\n" * (k < 2))[0].split(" - ")[0] for k, chart in enumerate(charts)] == [
            "Case K-1",
            "Case K-2",
            "Case K-3",
        ]
    else:
        title = "## Case `K-{}`" if fmt == "markdown" else "Case K-{}"
        assert out.startswith(title.format(1) + "\n")
        assert f"\n\n{title.format(2)}\n" in out
        assert f"\n\n{title.format(3)}\n" in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "mermaid"])
def test_explain_to_a_reader_that_goes_away_is_141(fmt: str) -> None:
    done = subprocess.run(
        f"set -o pipefail; {sys.executable} -m fasttrack_rules explain --format {fmt} | head -1 >/dev/null",
        shell=True,
        input=(json.dumps(case()).encode() + b"\n") * 2000,
        capture_output=True,
        check=False,
        timeout=120,
        executable="/bin/bash",
    )
    assert done.returncode == exits.CLOSED_OUTPUT
    assert done.stderr == b"fasttrack: stdout was closed by its reader; stopped\n"


_EDGE_DAYS = [
    dt.date(2000, 1, 1),
    dt.date(2000, 2, 29),
    dt.date(2024, 2, 29),
    dt.date(2024, 12, 31),
    dt.date(2100, 11, 1),
]


@pytest.mark.parametrize("first", _EDGE_DAYS)
def test_cases_at_the_edges_of_the_calendar_are_explained(first: dt.date) -> None:
    """The coverage's first and last days, leap days and a year's end, each route and
    the standby arrangement: every reader, language and format is written, reads as its
    language and draws a chart that parses."""
    from fasttrack_rules import Case, assess
    from fasttrack_rules.explain import explain_markdown, explain_mermaid, explain_text
    from fasttrack_rules.facts import Request
    from fasttrack_rules.vocab import REQUESTERS
    from tests.test_explain_mermaid import parse_gantt
    from tests.texts import problems

    last = dt.date(2100, 12, 31)
    for delta in (0, 10, 60):
        as_of = min(first + dt.timedelta(days=delta), last)
        for by in (None, *REQUESTERS):
            request = Request(by=by, date=min(first + dt.timedelta(days=5), as_of)) if by else None
            facts = Case(
                id="K-1",
                first_day_of_absence=first,
                sick_person="employee",
                over_8_weeks=True,
                request=request,
                standby=by == "sick_person",
                municipal_target_weeks=3 if by == "jobcenter" else None,
            )
            result = assess(facts, as_of=as_of)
            for lang in ("da", "en"):
                parse_gantt(explain_mermaid(result, facts, lang=lang))
                for audience in ("caseworker", "employer", "sick_person"):
                    out = explain_text(result, facts, lang=lang, audience=audience)
                    assert problems(out, lang) == [], out
                    assert explain_markdown(result, facts, lang=lang, audience=audience).startswith("## ")
