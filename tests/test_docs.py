"""The README documents every command and every option a user can pass, and its quick start
is the two lines CI runs."""

from __future__ import annotations

import re
from typing import Any

import typer.main

from newsdigest.cli.app import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, Any]:
    group: Any = typer.main.get_command(app)
    return dict(group.commands)


def test_every_command_has_a_readme_section() -> None:
    headings = set(re.findall(r"^###\s+`?(\w+)`?", README, re.M))
    missing = sorted(set(_commands()) - headings)
    assert not missing, f"commands without a '### name' section in README.md: {missing}"


def test_every_option_is_mentioned_in_the_readme() -> None:
    missing = []
    for name, cmd in _commands().items():
        for param in cmd.params:
            if getattr(param, "param_type_name", "") == "option":
                longs = [o for o in param.opts if o.startswith("--")]
                if longs and not any(o in README for o in longs):
                    missing.append(f"{name} {longs[0]}")
    assert not missing, f"options not mentioned in README.md: {missing}"


def test_every_command_has_help_text() -> None:
    for name, cmd in _commands().items():
        assert cmd.help and len(cmd.help) > 20, name


def test_quick_start_is_two_lines_install_and_run_then_test() -> None:
    m = re.search(r"^#+\s*quick\s*start.*?$\n.*?^```[a-z]*\n(.*?)^```", README, re.I | re.M | re.S)
    assert m, "README.md needs a 'Quick start' section with a fenced block"
    lines = [ln for ln in m.group(1).splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(lines) == 2
    assert "pip install" in lines[0] and "newsdigest compare" in lines[0]
    assert "[test]" in lines[1] and "pytest" in lines[1]
