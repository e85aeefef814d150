"""Quality gate for the key statements (``make_digest``) on held-out BBC articles with
reference summaries (``../shared/data/bbc``; skipped with a reason when absent): ROUGE-1 of
the lead and key statements beats Lead-k clearly and stays near a TF-IDF TextRank computed in
the same test, and the headline's statement is among the first three more often than Lead-k
puts it there. The first 150 held-out articles (index % 5 == 0), as
``python -m newsdigest.eval keys --limit 150`` prints."""

from __future__ import annotations

from typing import Any

import pytest

from newsdigest.eval import keys

SUBSET = 150


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    if not keys.DATA.exists():
        pytest.skip(f"BBC articles not found at {keys.DATA} (shared data is not checked out)")
    docs: list[dict[str, Any]] = keys.read_articles(keys.DATA, "held-out")[:SUBSET]
    return keys.evaluate(docs, keys.analyse_articles(docs))


def test_key_statements_beat_lead_k_and_stay_near_textrank(
        scores: dict[str, dict[str, float]]) -> None:
    ours, lead, textrank = scores["ours"], scores["lead-k"], scores["textrank"]
    assert ours["rouge1"] >= 80.0, scores
    assert ours["rouge1"] >= lead["rouge1"] + 10, scores
    assert ours["rouge1"] >= textrank["rouge1"] - 1.5, scores


def test_the_headline_fact_comes_early(scores: dict[str, dict[str, float]]) -> None:
    assert scores["ours"]["headline"] >= 88.0, scores
    assert scores["ours"]["headline"] >= scores["lead-k"]["headline"] + 4, scores


def test_rouge1_on_small_cases() -> None:
    assert keys.rouge1("the cat sat", "the cat sat") == pytest.approx(1.0)
    assert keys.rouge1("a b", "c d") == 0.0
    assert keys.rouge1("a b c d", "a b") == pytest.approx(2 * 0.5 * 1.0 / 1.5)
