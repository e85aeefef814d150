"""The extractors' fast paths give what the plain code they stand for gives: the candidate scan
for figures, the cheap number and cue tests, the patterns whose look-behind moved after their
first character, and the clause cuts found on demand. Checked on the figure fixture's real
sentences, on hand-made edge cases and on seeded random strings."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from newsdigest.extract import clauses, figures
from newsdigest.extract import quote_words as quotes
from newsdigest.extract.mentions import _UP, NAME_RE, words_in

FIXTURE = Path(__file__).parent / "fixtures" / "figures.jsonl"
EDGES = [
    "USD 5", "usd 5", "Rs. 40", "rs 40", "US$40", "HK$ 3", "NZ$3", "A$5", "c$5", "€5m", "£1.5bn",
    "five million", "Five Million people", "half a billion", "30 per cent", "30 Per Cent",
    "two percent", "İ5", "ſ5", "5 K", "5K", "3 thouſand", "1,234,56", "12345.6.7", "0.5",
    "$ 5", "5 p", "5p", "10 secs", "9.58s", "1:02.3", "Mr. A. Smith said.", "J.R. Ewing said",
    "O'Brien-Smith", "x.Jones", "’Jones", "-Jones Smith of the Bank", "a b―c", "٣ people",
    "", "5", "$", "said", "According to him,", "he was saying,",
]
_ALPHABET = list("0123456789 $£€USDusdRrsHKNZACEGBPJYkmb.,-%/:'’―İſperctFIVEfivemillion")


def _texts() -> list[str]:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(5)
    noise = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 24)))
             for _ in range(3000)]
    return [str(r["text"]) for r in rows] + EDGES + noise


TEXTS = _texts()


def _found(matches: Iterable[re.Match[str]]
           ) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_figure_candidates_find_what_the_pattern_finds() -> None:
    for text in TEXTS:
        assert _found(figures._figure_matches(text)) == _found(
            figures.FIGURE_RE.finditer(text)), text


def test_words_are_runs_of_word_characters() -> None:
    # what the cue tests and the set look-ups rely on: apostrophes split, digits are words
    assert words_in("O’Brien, 59, said it’s done") == (
        "O", "Brien", "59", "said", "it", "s", "done")


def test_number_and_cue_tests_agree_with_their_patterns() -> None:
    cue = re.compile(r"\b(?:" + "|".join(sorted(quotes.CANDIDATES)) + r")\b")
    for text in TEXTS:
        assert figures._has_number(text) == bool(figures.HAS_NUMBER.search(text)), text
        assert quotes._has_cue(text) == bool(cue.search(text)), text
        assert words_in(text) == tuple(re.findall(r"\w+", text))
        toks = quotes._words(text, 3)
        stop = next((n for n, t in enumerate(toks) if t[0] in ",;:"), len(toks))
        assert quotes._words_to_comma(text, 3) == toks[:stop]


@pytest.mark.parametrize("moved, plain", [
    (NAME_RE, re.compile(rf"(?<![\w’'.\-])[{_UP}][\w’'.\-]*"
                         rf"(?:(?:[ ]|[ ]of[ ](?:the[ ])?|[ ](?:de|da|del|van|von|bin|al|der|la"
                         rf"|le|du)[ ])[{_UP}][\w’'.\-]*)*")),
    (quotes.TOKEN_RE, re.compile(quotes.TOKEN_RE.pattern.replace(
        r"[A-Z](?<![\w.].)\.", r"(?<![\w.])[A-Z]\."))),
])
def test_a_look_behind_after_the_first_character_changes_nothing(
        moved: re.Pattern[str], plain: re.Pattern[str]) -> None:
    assert moved.pattern != plain.pattern
    for text in TEXTS:
        assert [m.span() for m in moved.finditer(text)] == [
            m.span() for m in plain.finditer(text)], text


def test_clause_cuts_on_demand_are_the_cuts() -> None:
    for text in TEXTS:
        toks = quotes._words(text, 0)
        eager = [len(toks)] * (len(toks) + 1)
        for n in range(len(toks) - 2, -1, -1):
            eager[n] = n if clauses._ends_clause(toks, n) else eager[n + 1]
        cuts = clauses._Cuts(toks)
        asked = list(range(len(toks) + 1))
        random.Random(len(toks)).shuffle(asked)  # in any order: each answer is kept
        for n in asked + asked:
            assert cuts.at(n) == eager[n], (text, n)
