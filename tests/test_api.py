"""The public API: what the README's Library section promises, importable from the package."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newsdigest
from newsdigest import Config, analyse, cluster, compare, load_config, summarize
from newsdigest.errors import InputError
from newsdigest.model import HEADLINE

from .conftest import ROOT, SEEDS


def test_the_commands_are_functions_of_the_package() -> None:
    digests = summarize(SEEDS, top=2)
    assert [d.analysis.article.title for d in digests] == [
        "Lavrov holds meeting with Pompeo in Washington",
        "Lavrov says he and Pompeo agreed steps to normalize Russia-US relations"]
    assert all(len(d.key_statements) <= 2 for d in digests)
    result = compare(SEEDS)
    assert result.event_check.same_event == "no"  # Washington vs Sochi
    stories = cluster(SEEDS)
    assert sum(len(s.articles) for s in stories.stories) == 2


def test_settings_are_one_typed_object() -> None:
    cfg = Config().replace({"digest.top": 1})
    assert cfg.digest.top == 1 and load_config().match.same == Config().match.same
    assert [len(d.key_statements) for d in summarize(SEEDS, cfg)] == [1, 1]


def test_loaded_articles_and_analyses_mix_with_paths() -> None:
    [first] = list(analyse([SEEDS[0]]))
    result = compare([first, first.article, SEEDS[1]])
    assert [a.article.id for a in result.articles] == [first.article.id] * 2 + [
        "002_f1a6fc7e708a183e"]
    # the analysis and its own article, analysed again, say the same thing statement by
    # statement: every statement of report 0, and its headline, is in a group with its copy
    # in report 1
    copies = {m.statement for g in result.groups for m in g.members
              if m.article == first.article.id
              and sum(n.statement == m.statement and n.article == m.article
                      for n in g.members) == 2}
    assert copies == set(range(len(first.statements))) | {HEADLINE}


def test_an_unreadable_input_raises_naming_it() -> None:
    with pytest.raises(InputError, match=r"missing\.txt"):
        summarize([str(ROOT / "missing.txt")])
    with pytest.raises(ValueError, match="at least two"):
        compare(SEEDS[:1])


def test_importing_the_package_loads_nothing_heavy() -> None:
    code = ("import sys, newsdigest; heavy = [m for m in ('numpy', 'newsdigest.config', "
            "'newsdigest.comparison', 'rich') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.strip()
    assert out == "[]"
    assert newsdigest.__all__ == sorted(newsdigest.__all__)
