"""Union-find over the integers ``0 .. n-1``: the one small connected-components helper of the
package (the quote ledger joins quotations with it, the event check splits reports into
events). Clustering's large graphs use scipy's sparse components instead."""

from __future__ import annotations

from collections.abc import Iterable


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        """The root of ``x``'s set (paths halved on the way)."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        """Join the sets of ``a`` and ``b``; the smaller root stays the root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def components(self) -> list[list[int]]:
        """Every set, each sorted, in order of its first member."""
        parts: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            parts.setdefault(self.find(i), []).append(i)
        return sorted(parts.values())


def components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected components of ``n`` nodes joined by ``edges``."""
    sets = UnionFind(n)
    for i, j in edges:
        sets.union(i, j)
    return sets.components()
