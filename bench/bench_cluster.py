"""Benchmark `newsdigest cluster` on synthetic corpora built from the BBC articles (see
bench/make_corpus.py): time and peak memory of the whole command (read, cluster, write JSON
Lines) at each size, accuracy against the known stories, candidate recall against brute force
at 10k, the plain scikit-learn baseline (TF-IDF + cosine + average-linkage agglomerative
clustering) where it fits in memory, the Dask engine, and the key statements (top 5 groups
``compare`` makes of each story's first reports) of the stories of 1M statements.

    python bench/bench_cluster.py                      # 1k, 10k, 100k
    python bench/bench_cluster.py --sizes 1000 10000 --skip statements

Each measured run is a separate process; peak memory is the largest summed RSS of that
process and its children, sampled every 50 ms (an over-count: forked workers share most of
their pages with the parent), and the largest summed PSS (shared pages split between the
processes that share them). Corpora are cached in --dir.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
ECB = ROOT.parent / "shared" / "data" / "events" / "ecbplus_tune.jsonl"
GiB = 1024 ** 3


# -- measuring a child process ----------------------------------------------------------------
def _tree_rss(pid: int) -> tuple[int, int]:
    """Summed resident memory (bytes) of ``pid`` and its descendants: RSS (pages a forked
    worker shares with its parent count once per process) and PSS (shared pages split
    between the processes sharing them: what the tree really holds)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        p = int(d)
        children.setdefault(int(fields[1]), []).append(p)
        rss[p] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, pss, todo = 0, 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        pss += _pss(p)
        todo.extend(children.get(p, []))
    return total, pss


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


CPU = [0.0]  # CPU seconds (user + system) of the last measured command and its children
PSS = [0]  # peak summed PSS (bytes) of the last measured command and its children


def measure(cmd: list[str], timeout: float, stdout: int | None = subprocess.DEVNULL,
            ) -> tuple[float, int, int, bytes]:
    """(seconds, peak bytes, exit code, stdout) of ``cmd``; exit code -9 after a timeout.
    Its CPU time is left in ``CPU[0]`` (the machine may be shared: CPU time does not depend
    on other load)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE if stdout is None else stdout,
                            stderr=subprocess.PIPE, cwd=ROOT)
    peak, peak_pss = [0], [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss, pss = _tree_rss(proc.pid)
            peak[0] = max(peak[0], rss)
            peak_pss[0] = max(peak_pss[0], pss)
            done.wait(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        out, err = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        code = -9
    done.set()
    t.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    PSS[0] = peak_pss[0]
    CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if code not in (0, -9):
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return time.perf_counter() - start, peak[0], code, out or b""


# -- corpora and gold ---------------------------------------------------------------------------
def corpus(size: int, folder: Path) -> Path:
    from make_corpus import build

    path = folder / f"corpus-{size}.jsonl"
    if not path.exists():
        n, events = build(size, 1, path)
        print(f"built {path}: {n} articles, {events} events", flush=True)
    return path


def gold_of(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as fh:
        return {r["id"]: r["story"] for r in map(json.loads, fh)}


def scores(pred: dict[str, object], gold: dict[str, str]) -> str:
    from newsdigest.eval.stories import bcubed, pairwise

    b, p = bcubed(pred, gold), pairwise(pred, gold)
    return f"B3 F1 {100 * b.f1:.1f} (P {100 * b.precision:.1f} R {100 * b.recall:.1f}), " \
           f"pairwise F1 {100 * p.f1:.1f}"


# -- the runs -----------------------------------------------------------------------------------
def run_cli(path: Path, engine: str, timeout: float) -> tuple[float, int, dict[str, object]]:
    cmd = [sys.executable, "-m", "newsdigest", "cluster", str(path), "--format", "jsonl",
           "--engine", engine]
    secs, peak, code, out = measure(cmd, timeout, stdout=None)
    if code != 0:
        return secs, peak, {}
    pred = {r["article"]: r["story"] for r in map(json.loads, out.decode().splitlines())}
    return secs, peak, pred


def child_baseline(path: str, threshold: float) -> None:
    """The plain scikit-learn clustering a user would write; prints its labels."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    docs = [(r.get("title") or "") + "\n" + r["text"] for r in rows]
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs)
    dist = 1.0 - (x @ x.T).toarray()
    np.clip(dist, 0.0, None, out=dist)
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=threshold).fit_predict(dist)
    json.dump({r["id"]: int(v) for r, v in zip(rows, labels, strict=True)}, sys.stdout)


def baseline_threshold() -> float:
    """The baseline's distance threshold with the best B-cubed F1 on the ECB+ tuning data."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsdigest.eval.stories import bcubed

    with ECB.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    docs = [(r.get("title") or "") + "\n" + r["text"] for r in rows]
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs)
    dist = np.clip(1.0 - (x @ x.T).toarray(), 0.0, None)
    np.fill_diagonal(dist, 0.0)
    z = linkage(squareform(dist, checks=False), method="average")
    gold = {r["id"]: r["event_id"] for r in rows}
    best = max((bcubed({r["id"]: int(v) for r, v in zip(rows, fcluster(z, t, "distance"),
                                                         strict=True)}, gold).f1, t)
               for t in np.arange(0.5, 0.99, 0.02))
    return float(best[1])


def candidate_recall(path: Path) -> str:
    """Share of the article pairs at or above the threshold (before penalties) that brute
    force finds and blocking also finds; and whether the stories change."""
    import numpy as np

    from newsdigest import config
    from newsdigest.clustering import linkage, vectors
    from newsdigest.clustering.local import Params, label_signatures, sign_all
    from newsdigest.load.inputs import iter_inputs
    from newsdigest.model import Article

    cfg = config.defaults()
    p = Params.from_config(cfg)
    sigs = sign_all((a for a in iter_inputs([str(path)], cfg) if isinstance(a, Article)), cfg)
    n = len(sigs)
    vocab = vectors.vocabulary(sigs)
    x = vectors.matrix(sigs, vocab, p.max_terms, p.name_weight, p.lexicon_weight)
    rows, keys, worth = vectors.block_keys(x, vocab, p.n_keys, p.max_df, p.max_posting,
                                           p.n_name_keys)
    ci, cj = vectors.candidate_pairs(rows, keys, worth, n)
    cs = vectors.pair_sims(x, ci, cj)
    found = set(zip(ci[cs >= p.threshold].tolist(), cj[cs >= p.threshold].tolist(),
                    strict=True))
    bi_all, bj_all, bs_all = [], [], []
    xt = x.T.tocsr()
    for s in range(0, n, 1000):
        block = (x[s:s + 1000] @ xt).toarray()
        r, c = np.nonzero(block >= p.threshold)
        keep = c > r + s
        bi_all.append(r[keep] + s)
        bj_all.append(c[keep])
        bs_all.append(block[r[keep], c[keep]])
    bi, bj = np.concatenate(bi_all), np.concatenate(bj_all)
    bs = np.concatenate(bs_all).astype(np.float32)
    brute = set(zip(bi.tolist(), bj.tolist(), strict=True))
    recall = len(brute & found) / max(1, len(brute))
    # stories from every pair brute force finds vs from the candidates
    labels_blocked, _ = label_signatures(sigs, p)
    f = linkage.facts(sigs)
    ei, ej, es = linkage.strong_edges(x, bi, bj, bs, f, p)
    groups = linkage.component_groups(n, ei, ej, es, p)
    labels_brute = linkage.label_groups(x, n, groups, f, p)
    same = float(np.mean(labels_blocked == labels_brute))
    return (f"{len(ci) / n:.1f} candidates per article ({len(ci):,} pairs of "
            f"{n * (n - 1) // 2:,}); pairs >= threshold: brute force {len(brute):,}, found "
            f"{len(brute & found):,} = recall {100 * recall:.2f} %; articles whose story label "
            f"is the same as with all brute-force pairs: {100 * same:.2f} %")


def child_statements(path: str, count: int) -> None:
    """The key statements (``top`` 5 of the groups ``compare`` makes of each story's first
    ``cluster.COMPARED`` reports) of every story of the articles holding the first ``count``
    statements (sentences, by their known story), in bulk passes of ``STORY_BATCH`` stories as
    ``newsdigest cluster`` does; prints figures."""
    import re

    from newsdigest.clustering import STORY_BATCH, shared_statements_many
    from newsdigest.config import defaults
    from newsdigest.model import Article, Origin

    split = re.compile(r"(?<=[.!?])\s+|\n+")
    stories: dict[str, list[Article]] = {}
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            stories.setdefault(r["story"], []).append(
                Article(r["id"], r.get("title") or "", r["text"], Origin(path)))
            n += sum(1 for sent in split.split(r["text"]) if sent.strip())
            if n >= count:
                break
    parts = [p for p in stories.values() if len(p) > 1]
    t = time.perf_counter()
    found = []
    for k in range(0, len(parts), STORY_BATCH):
        found += shared_statements_many(parts[k:k + STORY_BATCH], defaults(), top=5)
    secs = time.perf_counter() - t
    print(json.dumps({"statements": n, "stories": len(parts), "seconds": secs,
                      "groups": sum(map(len, found)),
                      "grouped": sum(len(owners) for f in found for _, owners in f)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/newsdigest-bench"))
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--skip", nargs="*", default=[],
                    choices=["baseline", "dask", "recall", "statements"])
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        if args.child[0] == "baseline":
            child_baseline(args.child[1], float(args.child[2]))
        else:
            child_statements(args.child[1], int(args.child[2]))
        return

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
    t_base = baseline_threshold() if "baseline" not in args.skip else 0.0
    if "baseline" not in args.skip:
        print(f"baseline: sklearn TF-IDF + cosine + average linkage, distance threshold "
              f"{t_base:.2f} (best B-cubed F1 on ECB+ tuning data)", flush=True)
    ours: dict[int, float] = {}
    for size in args.sizes:
        path = corpus(size, args.dir)
        gold = gold_of(path)
        secs, peak, pred = run_cli(path, "local", args.timeout)
        ours[size] = secs
        print(f"{size:>7,} articles  local  {secs:7.1f} s (CPU {CPU[0]:6.1f} s, load "
              f"{os.getloadavg()[0]:.1f})  peak {peak / GiB:5.2f} GiB RSS, {PSS[0] / GiB:5.2f} "
              f"GiB PSS  "
              f"{len(set(pred.values())):,} stories  {scores(pred, gold) if pred else 'FAILED'}",
              flush=True)
        if "dask" not in args.skip and size <= 10_000:
            secs_d, peak_d, pred_d = run_cli(path, "dask", args.timeout)
            same = pred_d == pred
            print(f"{size:>7,} articles  dask   {secs_d:7.1f} s (CPU {CPU[0]:6.1f} s)  peak "
                  f"{peak_d / GiB:5.2f} GiB  "
                  f"same stories as local: {same}", flush=True)
        if "baseline" not in args.skip:
            need = 8 * size * size * 2.5  # float64 distance matrix and its copies
            if need > 4 * GiB:
                print(f"{size:>7,} articles  sklearn baseline not run: needs about "
                      f"{need / GiB:.0f} GiB for the distance matrix", flush=True)
            else:
                cmd = [sys.executable, __file__, "--child", "baseline", str(path),
                       str(t_base)]
                secs_b, peak_b, code, out = measure(cmd, args.timeout, stdout=None)
                if code == 0:
                    base = json.loads(out)
                    print(f"{size:>7,} articles  sklearn{secs_b:7.1f} s "
                          f"(CPU {CPU[0]:6.1f} s)  peak "
                          f"{peak_b / GiB:5.2f} GiB  {scores(base, gold)}; "
                          f"ours is {secs_b / ours[size]:.1f}x faster", flush=True)
                else:
                    print(f"{size:>7,} articles  sklearn baseline did not finish "
                          f"({'timeout' if code == -9 else f'exit {code}'} after "
                          f"{secs_b:.0f} s)", flush=True)
        if "recall" not in args.skip and size == 10_000:
            print(f"{size:>7,} articles  blocking: {candidate_recall(path)}", flush=True)
    if "statements" not in args.skip:
        path = corpus(max(args.sizes), args.dir)
        cmd = [sys.executable, __file__, "--child", "statements", str(path),
               str(args.statements)]
        secs, peak, code, out = measure(cmd, args.timeout, stdout=None)
        if code == 0:
            r = json.loads(out)
            print(f"key statements (CPU {CPU[0]:.1f} s): {r['statements']:,} statements of "
                  f"{r['stories']:,} stories grouped (top 5 a story) in "
                  f"{r['seconds']:.1f} s ({secs:.1f} s with reading), peak {peak / GiB:.2f} "
                  f"GiB; {r['groups']:,} groups carried by {r['grouped']:,} reports in all",
                  flush=True)
        else:
            print(f"statement grouping failed (exit {code})", flush=True)


if __name__ == "__main__":
    main()
