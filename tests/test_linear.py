"""No hang: every regular expression in the package stays linear on adversarial input. Each
compiled pattern found in any newsdigest module is run over 60 KB of each worst case (long
runs of dots, quotes, digits, spaces, capitalised words, ...) and over an eighth of it; a
catastrophic backtracker grows far faster than its input. No fixed time limit: the growth
is compared within the run (tests/growth.py), so a loaded machine does not fail it. This
catches hangs, it does not measure speed (bench/ does)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import newsdigest
from newsdigest.lazyre import LazyPattern

from .growth import superlinear

SIZE = 60_000  # a quadratic pattern takes seconds here; 100 KB doubled the suite's slowest file
WORST = {
    "dots": ".", "ellipsis": "…", "dot-space": ". ", "quotes": '"', "curly": "“", "single": "'",
    "digits": "1", "digit-comma": "1,", "digit-dot": "1.", "spaces": " ", "nbsp": "\u00a0 ",
    "newlines": "\n", "capitalised": "Aaa ", "initials": "A. ", "us": "U.S. ", "money": "$1 ",
    "dashes": "-", "words": "word ", "comma-words": "word, ", "slash": "/", "paren": "(",
    "caps": "A", "mixed": "Mr. Smith said “Yes.” ", "apostrophes": "’s ", "percent": "1% ",
}


def _modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(newsdigest.__path__, "newsdigest."):
        if ".cli" in info.name or "dask" in info.name or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return sorted(names)


MATCH_ONLY: set[int] = set()  # ids of patterns a module declares in MATCH_ONLY


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for name in _modules():
        try:
            module = importlib.import_module(name)
        except ImportError:  # an optional extra that is not installed
            continue
        MATCH_ONLY.update(id(p.compiled if isinstance(p, LazyPattern) else p)
                          for p in getattr(module, "MATCH_ONLY", ()))
        for attr, value in vars(module).items():
            if isinstance(value, LazyPattern):  # compiled on first use
                value = value.compiled
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(id(value), (f"{name}.{attr}", value))
    return sorted(found.values(), key=lambda t: t[0])


PATTERNS = _patterns()


def test_the_package_has_patterns_to_check() -> None:
    assert len(PATTERNS) >= 10


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_worst_cases(name: str, pattern: re.Pattern[str]) -> None:
    slow = []
    for case, unit in WORST.items():
        def run(size: int, unit: str = unit) -> None:
            text = (unit * (size // len(unit) + 1))[:size]
            if id(pattern) in MATCH_ONLY:  # one attempt at one position, as the module uses it
                pattern.match(text)
            else:
                for _ in pattern.finditer(text):
                    pass
                pattern.search(text + "\x00")

        why = superlinear(run, SIZE)
        if why is not None:
            slow.append(f"{case}: {why}")
    assert not slow, f"{name} is not linear: {slow}"
