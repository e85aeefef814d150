"""Properties over arbitrary Unicode, end to end: whatever text or JSON arrives (combining
marks, right-to-left text, emoji, escaped surrogates, control characters), no exception
escapes the loaders, the cleaner, the segmenter, the extractor or the matcher; every statement
is found at its offsets; cleaning keeps every digit; every extracted item points at a real
statement. ``pytest -m slow`` runs the same properties with many more examples."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdigest import config
from newsdigest.errors import InputError
from newsdigest.load.inputs import iter_inputs
from newsdigest.match import Matcher
from newsdigest.pipeline import analyse

CFG = config.defaults()
PIECES = st.sampled_from([
    "The", "minister", "said", "U.S.", "Mr.", "May 14.", "$27 billion", "30%", "120,000", "…",
    "“", "”", '"', "'", "«", "»", ".", "!", "?", "\n", "\n\n", " ", "\u00a0", "\u200b", "e\u0301",
    "قال", "שלום", "😀", "👍🏽", "\u202e", "\x00", "\x1b[31m", "[bold]", "Ѕochi", "раrticular",
    "SOCHI, May 14. /TASS/.", "WASHINGTON (Reuters) -", "\ud800".encode("utf-8", "surrogatepass")
    .decode("utf-8", "replace"),
])
TEXT = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map(" ".join))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))


def check_text(text: str) -> None:
    items = list(iter_inputs(["-"], CFG, io.BytesIO(("Headline\n\n" + text).encode("utf-8",
                                                                                 "replace"))))
    for item in items:
        if isinstance(item, InputError):
            assert str(item).startswith("stdin")
            continue
        a = analyse(item, CFG)
        body = a.article.text
        raw = item.text
        for r in a.article.repairs:  # a dropped timestamp line is listed with its digits
            if r.kind == "timestamp":
                raw = raw.replace(r.detail.partition("'")[2].rpartition("'")[0], "", 1)
        raw_digits = [c for c in raw if c.isdecimal()]
        assert [c for c in body if c.isdecimal()] == raw_digits
        n = len(a.statements)
        for s in a.statements:
            assert 0 <= s.start <= s.end <= len(body)
            assert body[s.start:s.end] == s.text
        for f in a.figures:
            assert 0 <= f.statement < n and f.text in a.statements[f.statement].text
        for q in a.quotes:
            assert 0 <= q.statement < n


def check_json(obj: object) -> None:
    data = json.dumps(obj).encode()
    for item in iter_inputs(["-"], CFG, io.BytesIO(data)):
        if not isinstance(item, InputError):
            analyse(item, CFG)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "title", "text", "source", "date", "url", "body", "x"]), kids,
        max_size=5),
    max_leaves=20)


@FAST
@given(TEXT)
def test_text_pipeline_properties(text: str) -> None:
    check_text(text)


@FAST
@given(JSONISH)
def test_json_inputs_never_crash(obj: object) -> None:
    check_json(obj)


@FAST
@given(TEXT, TEXT)
def test_matcher_is_bounded_symmetric_and_self_match_is_100(a: str, b: str) -> None:
    m = Matcher(CFG)
    ab, ba = m.score(a, b), m.score(b, a)
    assert 0 <= ab <= 100 and abs(ab - ba) < 1e-6
    if a.strip():
        assert m.score(a, a) == pytest.approx(100, abs=1e-6)


@pytest.mark.slow
@SLOW
@given(TEXT)
def test_text_pipeline_properties_long_run(text: str) -> None:
    check_text(text)


@pytest.mark.slow
@SLOW
@given(JSONISH)
def test_json_inputs_long_run(obj: object) -> None:
    check_json(obj)
