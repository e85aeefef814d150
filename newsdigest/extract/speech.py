"""The words of attribution, for the extractors: the lists themselves live in
``newsdigest.words`` so that ``segment`` (upstream of ``extract``) shares them."""

from __future__ import annotations

from ..words import (
    AFTER_QUOTE,
    BELIEF_VERBS,
    DENIALS,
    INVERTED,
    NEED_CLAUSE,
    SPEECH_VERBS,
    TITLES,
)

__all__ = ["AFTER_QUOTE", "BELIEF_VERBS", "DENIALS", "INVERTED", "NEED_CLAUSE", "SPEECH_VERBS",
           "TITLES"]
