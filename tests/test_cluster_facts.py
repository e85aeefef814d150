"""What keeps reports of different events apart besides their words: publication dates as pages
give them (a saved page's 'posted ... ago', day.month.year with dots), places of one kind, and
main names missing from the other report."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from newsdigest.clustering import linkage
from newsdigest.clustering.params import Params
from newsdigest.clustering.signature import parse_date
from newsdigest.extract.gazetteer import CITY, COUNTRY
from newsdigest.extract.gazetteer import load as gazetteer


@pytest.mark.parametrize(("text", "date"), [
    ("Posted 1 year, 160 days ago [downloaded on 2 October 2013]", (2012, 4, 25)),
    ("Posted 1 week and 2 days ago [downloaded on 1 March 2016]", (2016, 2, 21)),
    ("3 days ago [retrieved 5 March 2019]", (2019, 3, 2)),
    ("2 months ago [downloaded on 2 October 2013]", (0, 0, 0)),  # a month is too coarse
    ("[downloaded on 2 October 2013]", (0, 0, 0)),  # the day it was saved, not published
    ("May 2, 2013 [downloaded on 2 October 2013]", (2013, 5, 2)),
    ("Monday, 3 June 2019 (10 months ago)", (2019, 6, 3)),
    ("Posted 2 hours ago", (0, 0, 0)),
    ("03.06.2019", (2019, 6, 3)),  # dots: day.month.year
    ("12.25.2019", (2019, 12, 25)),
    ("05 / 03 / 2013", (2013, 5, 3)),  # slashes: month/day/year unless the day comes first
])
def test_publication_dates_of_saved_pages(text: str, date: tuple[int, int, int]) -> None:
    assert parse_date(text) == date


def _facts(places: list[int], kinds: list[int]) -> linkage.Facts:
    n = len(places)
    none = np.full(n, -1, np.int64)
    return linkage.Facts(none, np.zeros(n, np.int64), none, np.array(places, np.int64),
                         np.array(kinds, np.int64))


def test_only_places_of_one_kind_tell_events_apart() -> None:
    """Athens and Greece may be one riot; Washington and Sochi are two meetings; a name the
    gazetteer does not know tells nothing."""
    place_kind = gazetteer().place_kind
    assert (place_kind("Athens"), place_kind("Greece"), place_kind("Sochi")) == (
        CITY, COUNTRY, CITY)
    assert place_kind("Sky") == 0
    f = _facts([1, 2, 3, 4, 5], [CITY, COUNTRY, CITY, 0, 0])
    i, j = np.array([0, 0, 3, 0]), np.array([1, 2, 4, 3])
    got = f.factor(i, j, Params(place_penalty=0.1, actor_penalty=1.0))
    assert got.tolist() == pytest.approx([1.0, 0.1, 1.0, 1.0])


def test_main_names_missing_from_one_report_lower_the_pair() -> None:
    """Report 0's main names (terms 0, 1) are not in report 1, though report 1's (term 2) is in
    report 0: a report about someone else, penalised either way round. Report 2 has no names
    at all, so only the other report's names count (report 0's term 1 is in it, report 1's
    term 2 is not)."""
    v = 3
    rows = [0, 0, 0, 0, 0, 1, 1, 2]
    cols = [0, 1, 2, v + 0, v + 1, 2, v + 2, 1]
    vals = [0.5, 0.4, 0.1, 0.7, 0.6, 0.8, 0.9, 1.0]
    x = sparse.csr_matrix((np.array(vals, np.float32), (rows, cols)), shape=(3, 2 * v))
    x.sort_indices()
    p = Params(actor_penalty=0.5, place_penalty=1.0, date_penalty=1.0, event_penalty=1.0)
    f = _facts([0, 0, 0], [0, 0, 0])
    i, j = np.array([0, 0, 1]), np.array([1, 2, 2])
    pairwise = linkage.pair_factor(x, i, j, f, p)
    assert pairwise.tolist() == pytest.approx([0.5, 1.0, 0.5])
    dense = linkage._group_sims(x, np.arange(3), f, p, linkage.top_actors(x, p.n_actors))
    raw = (x @ x.T).toarray()[[0, 0, 1], [1, 2, 2]]
    assert dense.tolist() == pytest.approx((raw * pairwise).tolist())
