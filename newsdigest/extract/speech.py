"""The words of attribution, for the extractors: the lists themselves live in
``newsdigest.words`` so that ``segment`` (upstream of ``extract``) shares them."""

from __future__ import annotations

from ..words import BELIEF_VERBS, DENIALS, NEED_CLAUSE, SPEECH_VERBS, TITLES
from ..words import INVERTED as _INVERTED

# before the speaker ('," said Lavrov', '," declares Stephanie Acs'); never 'told'/'tells':
# the name after them is the one told ('…," an intelligence source told Fox News')
INVERTED = (_INVERTED | {"declares", "recalls", "jokes", "tweets", "counters", "responds",
                         "asks", "concludes", "continues"}) - {"told", "tells"}

__all__ = ["BELIEF_VERBS", "DENIALS", "INVERTED", "NEED_CLAUSE", "SPEECH_VERBS", "TITLES"]
