"""``--lang`` means the same, with the same default, on every command: the language of
the texts for people (the reason texts of ``assess``, the explanations of ``explain``),
``en`` unless given; and ``explain --audience`` chooses the reader."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pytest

from fasttrack_rules.cli import main
from fasttrack_rules.cli.parser import LANG_HELP, build_parser
from tests.cases import BASE
from tests.test_cli import feed


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    """Every command and action by its name ("assess", "calendar add", ...)."""
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[f"{prefix}{name}"] = sub
                found.update(_commands(sub, f"{prefix}{name} "))
    return found


def test_every_lang_option_has_one_meaning_and_one_default() -> None:
    langs = {}
    for name, parser in _commands(build_parser()).items():
        for action in parser._actions:
            if "--lang" in action.option_strings:
                langs[name] = (action.default, action.choices, action.help)
    assert set(langs) == {"assess", "explain", "employer"}  # the commands that write text for people
    assert set(langs.values()) == {("en", ("da", "en"), LANG_HELP)}


@pytest.mark.parametrize("command", ["assess", "explain"])
def test_the_help_of_each_command_says_the_same(command: str, capsys: Any) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"--lang {{da,en}} {LANG_HELP}" in help_text


@pytest.mark.parametrize("command", [["assess"], ["explain"], ["explain", "--format", "markdown"]])
def test_no_lang_is_english(command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    outputs = []
    for lang in ([], ["--lang", "en"], ["--lang", "da"]):
        feed(monkeypatch, json.dumps(BASE).encode())
        assert main([*command, *lang]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] != outputs[2]


@pytest.mark.parametrize(
    ("audience", "expected"),
    [
        ("caseworker", "\nNext steps:\n"),
        ("employer", "\n- Your employee agrees to early follow-up.\n"),
        ("sick_person", "\n- You agreed to early follow-up, and your reply came in time.\n"),
    ],
)
def test_explain_writes_for_the_reader_asked(
    audience: str, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    feed(monkeypatch, json.dumps(BASE).encode())
    assert main(["explain", "--audience", audience]) == 0
    assert expected in capsys.readouterr().out


def test_an_unknown_reader_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    feed(monkeypatch, json.dumps(BASE).encode())
    with pytest.raises(SystemExit) as done:
        main(["explain", "--audience", "citizen"])
    assert done.value.code == 2
    assert "invalid choice: 'citizen'" in capsys.readouterr().err
