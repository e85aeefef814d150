"""Two statements that give one happening different days: 'Felt died Thursday at the age of
95' against 'Felt … died on Friday'. The weekday must follow the same past-tense verb in both
('died Thursday', 'died on Friday', 'was signed late Monday'; not a verb of saying: one may
say a thing on two days), and neither statement may name the other's day: 'arrested on Monday
and charged on Tuesday' against 'charged Tuesday' is no disagreement. A weekday elsewhere in
the sentence is left alone (its verb is not known)."""

from __future__ import annotations

import re

from ..extract.dates import WEEKDAYS

_DAYS = "|".join(WEEKDAYS)
# a verb in the past, then the day it happened ('died on Friday', 'signed late Monday')
_VERB_DAY = re.compile(rf"\b([a-z]{{3,}}(?:ed|ied)|died|won|lost|left|fell|hit|struck|shot|"
                       rf"began|met|made|gave|took|came|went|held|broke|ran|rose|sent|set|put|"
                       rf"quit|sold|bought|found|caught|beat|kept)"
                       rf"[ ](?:on[ ]|late[ ]|early[ ]|last[ ])?({_DAYS})\b")
_ANY_DAY = re.compile(rf"\b({_DAYS})\b")
# verbs of saying: one may say a thing on two days ('said Monday', 'said Tuesday' is no
# disagreement on when something happened)
SAYING = frozenset(("added", "noted", "reported", "stated", "explained", "claimed",
                    "confirmed", "insisted", "argued", "warned", "tweeted", "posted"))


def _verb_days(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in _VERB_DAY.finditer(text):
        if m.group(1) not in SAYING:
            out.setdefault(m.group(1), set()).add(m.group(2))
    return out


def day_conflict(a: str, b: str) -> tuple[str, str] | None:
    """('died Thursday', 'died Friday') when ``a`` and ``b`` give the same verb different
    weekdays and neither names the other's; else None."""
    if "day" not in a or "day" not in b:
        return None
    va, vb = _verb_days(a), _verb_days(b)
    days_a, days_b = set(_ANY_DAY.findall(a)), set(_ANY_DAY.findall(b))
    for verb in sorted(va.keys() & vb.keys()):
        if len(va[verb]) == 1 and len(vb[verb]) == 1 and not days_a & days_b:
            return f"{verb} {min(va[verb])}", f"{verb} {min(vb[verb])}"
    return None


__all__ = ["day_conflict"]
