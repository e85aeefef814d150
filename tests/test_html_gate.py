"""Quality gate for reading web pages: main-text F1 on the 88 real news pages of
``../shared/data/html`` (article-extraction benchmark scoring, ``python -m newsdigest.eval
html``), against the plain ``get_text`` baseline measured in the same test; skipped with a
reason when the data is absent."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from newsdigest.eval import html as ev

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "html"

# measured 0.971 (trafilatura with favor_precision, tables kept); trafilatura's own defaults
# score 0.961, the built-in extractor 0.851, get_text 0.684. The target is 0.95.
F1_FLOOR = 0.95
PLAIN_F1_FLOOR = 0.84  # the built-in extractor, still the fallback: measured 0.851


@pytest.fixture(scope="module")
def pages() -> list[ev.Page]:
    if not (DATA / "ground-truth.json").is_file():
        pytest.skip(f"HTML pages not found at {DATA} (shared data is not checked out)")
    return ev.read_pages(DATA)


def test_scoring_counts_shared_shingles_as_multisets() -> None:
    assert ev.page_scores("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = ev.page_scores("One two three four five", "one two three four")
    assert (tp, fp, fn) == (0.5, 0.0, 0.5)  # 'one two three four' shared, one missed
    assert ev.summary([(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)]) == {
        "precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3)}  # empty output: no P


def test_default_install_reads_main_text_above_target_and_baseline(
        pages: list[ev.Page]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no page fell back to the built-in extractor
        ours, _ = ev.evaluate(pages, ev.ours())
    baseline, _ = ev.evaluate(pages, ev.get_text)
    assert ours["f1"] >= F1_FLOOR, ours
    assert ours["f1"] > baseline["f1"] + 0.2, (ours, baseline)
    assert ours["precision"] > baseline["precision"] and ours["recall"] > 0.95, ours


def test_builtin_fallback_extractor_still_beats_the_baseline(pages: list[ev.Page]) -> None:
    plain, _ = ev.evaluate(pages, ev.ours("plain"))
    baseline, _ = ev.evaluate(pages, ev.get_text)
    assert plain["f1"] >= PLAIN_F1_FLOOR and plain["f1"] > baseline["f1"] + 0.1, plain


def test_eval_command_prints_ours_trafilatura_and_baseline(
        pages: list[ev.Page], capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main([str(DATA), "--limit", "5"]) == 0
    out = capsys.readouterr().out
    for label in ("newsdigest", "plain extractor", "trafilatura alone", "get_text"):
        assert label in out, out
