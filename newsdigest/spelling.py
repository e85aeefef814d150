"""British and American spellings of one word ('realised' / 'realized', 'colour' / 'color',
'centre' / 'center', 'travelled' / 'traveled', 'defence' / 'defense') read as one, so that
two outlets printing the same quotation in their own house spelling are not "worded
differently".

:func:`american` rewrites a lower-case British form by its ending (-ise/-isation → -ize,
-yse → -yze, -our → -or, -tre → -ter, -elled/-elling → -eled/-eling, -ence → -ense, -ogue →
-og, -mme → -m, -re → -er) and keeps the rewrite only when the shipped news lexicon knows the
American word, so a word that merely ends alike is left alone ('rise', 'four', 'fence',
'genre', 'figure', 'compelled': 'rize', 'for' (too short a stem), 'fense', 'genr', 'figuer',
'compeled')."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import vocabulary

# (British ending, American ending), the ending after a stem of at least three letters a-z
_ENDINGS = (
    ("isation", "ization"), ("isations", "izations"),
    ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
    ("iser", "izer"), ("isers", "izers"),
    ("yse", "yze"), ("ysed", "yzed"), ("yses", "yzes"), ("ysing", "yzing"),
    ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"),
    ("ourite", "orite"), ("ourites", "orites"), ("ourable", "orable"),
    ("ourhood", "orhood"), ("ourful", "orful"), ("ourless", "orless"),
    ("tre", "ter"), ("tres", "ters"),
    ("elled", "eled"), ("elling", "eling"), ("eller", "eler"), ("ellers", "elers"),
    ("ence", "ense"), ("ences", "enses"),
    ("ogue", "og"), ("ogues", "ogs"),
    ("mme", "m"), ("mmes", "ms"),
    ("re", "er"), ("res", "ers"),  # 'fibre', 'calibre', 'sombre' ('centre': -tre above)
)
_STEM_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# words whose 'American' form is another word ('timbre' is no 'timber')
_OTHER_WORDS = frozenset(("timbre",))


@lru_cache(maxsize=8192)
def american(word: str) -> str:
    """The American spelling of the lower-case ``word`` when it is a British form the lexicon
    knows the American of, else ``word``."""
    if len(word) < 5 or not word.isalpha() or word in _OTHER_WORDS:
        return word
    for british, ending in _ENDINGS:
        if word.endswith(british):
            stem = word[:-len(british)]
            if len(stem) >= 3 and _STEM_LETTERS.issuperset(stem[-3:]):
                us = stem + ending
                return us if us in vocabulary() else word
    return word
