"""British and American spellings of one word are one word; other words that end alike are
left alone."""

from __future__ import annotations

import pytest

from newsdigest.spelling import american


@pytest.mark.parametrize(("british", "us"), [
    ("realised", "realized"), ("colour", "color"), ("centre", "center"),
    ("travelled", "traveled"), ("defence", "defense"), ("programme", "program"),
    ("organisation", "organization"), ("favourite", "favorite"), ("licence", "license"),
    ("fibre", "fiber"), ("calibre", "caliber"), ("litre", "liter"),
])
def test_british_forms_read_as_american(british: str, us: str) -> None:
    assert american(british) == us
    assert american(us) == us


@pytest.mark.parametrize("word", ["rise", "four", "hours", "fence", "sentence", "genre",
                                  "compelled", "exercise", "promise", "Colour", "figure",
                                  "before", "entire", "square", "timbre"])
def test_words_that_only_end_alike_stay(word: str) -> None:
    assert american(word) == word
