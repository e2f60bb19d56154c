#!/usr/bin/env python3
"""Speed benchmark: factcheck end to end against plain spaCy, measured in the same run.

    python scripts/bench.py                 # ~2,000 documents, ~1M words
    python scripts/bench.py --docs 300      # a quick look

It builds a corpus of its own from corpus/ (each article copied with its dates, figures
and some words varied, so no two documents are the same), then runs, each in a fresh
process so memory figures are the stage's own:

- baseline: the trained English pipeline over every document with plain `nlp.pipe`
  (all components), and nothing else; the blank tokenizer as the ceiling;
- factcheck: read → extract (find + parse + context) → align + judge → JSON, timed by stage,
  with the peak RSS after each stage: first with an empty claim cache (as the CLI runs
  by default), then again on the unchanged corpus (served by the cache), then with
  `--jobs` processes and no cache; the three must give the same claims;
- alignment alone on synthetic claim sets (10k, 100k and 1M claims).

Every child imports a snapshot of factcheck/ taken at the start, so all runs measure
the same code.

Every speed is reported as a ratio against the baseline of this run. The last line
printed is one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"\d[\d,]*")
_PYCACHE = shutil.ignore_patterns("__pycache__")
FIND_SAMPLE = 300
WORDS = ("reportedly", "officials said", "in a statement", "according to reports", "again")


def build_corpus(out: Path, n_docs: int, seed: int) -> tuple[int, int]:
    """Write n_docs varied copies of corpus/ articles as JSONL; return (documents, words)."""
    rng = random.Random(seed)
    sources = [
        p.read_text(encoding="utf-8").split("---", 2)[-1]
        for p in sorted(ROOT.glob("corpus/[!R]*.md"))
    ]
    words = 0
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n_docs):
            text = NUMBER.sub(lambda m: _vary_number(m.group(), rng), sources[i % len(sources)])
            text = text.replace(" said ", f" {rng.choice(WORDS)} said ", 1)
            date = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000))
            words += len(text.split())
            record = {
                "id": f"doc{i:06d}",
                "text": text,
                "date": date.isoformat(),
                "source": f"outlet{i % 40}",
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n_docs, words


def _vary_number(number: str, rng: random.Random) -> str:
    digits = number.replace(",", "")
    if len(digits) == 4 and digits.startswith(("19", "20")):
        return number  # keep years plausible
    return f"{max(1, int(int(digits) * rng.uniform(0.5, 1.5))):,}"


def measure_baseline(corpus: Path, limit: int) -> dict[str, float]:
    """Plain nlp.pipe with every component, and the blank tokenizer, over the first `limit` docs."""
    import spacy

    from factcheck.nlp import default_model

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")][:limit]
    words = sum(len(t.split()) for t in texts)
    nlp = spacy.load(default_model())
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    blank = spacy.blank("en")
    start = time.perf_counter()
    for _ in blank.pipe(texts):
        pass
    tokenizer_seconds = time.perf_counter() - start
    return {
        "docs": len(texts),
        "words": words,
        "seconds": seconds,
        "words_per_s": words / seconds,
        "words_per_cpu_s": words / cpu_seconds,
        "docs_per_s": len(texts) / seconds,
        "tokenizer_words_per_s": words / tokenizer_seconds,
    }


def measure_factcheck(corpus_path: Path, jobs: int, cache_dir: str | None, preload: bool) -> dict:
    """The whole run, by stage, with the peak RSS after each stage.

    `cache_dir` as the CLI's default cache behaves (None: no cache); `preload` times
    loading the model as its own stage (a re-run served by the cache never loads it).
    """
    from factcheck import pipeline
    from factcheck.cache import ClaimCache
    from factcheck.corpus import Corpus
    from factcheck.export import claims_json, report_json
    from factcheck.extract import find_mentions
    from factcheck.models import Report
    from factcheck.nlp import load_pipeline
    from factcheck.settings import Settings

    settings = Settings(jobs=jobs, cache_dir=cache_dir)
    cache = ClaimCache(cache_dir) if cache_dir else None
    stages: dict[str, float] = {}
    cpu_stages: dict[str, float] = {}  # this process and its workers, user + system
    rss: dict[str, float] = {}

    def timed(name: str, work):  # type: ignore[no-untyped-def]
        start, cpu = time.perf_counter(), _cpu_seconds()
        result = work()
        stages[name] = time.perf_counter() - start
        cpu_stages[name] = _cpu_seconds() - cpu
        rss[name] = _peak_rss_mb()
        return result

    if preload:
        timed("load_model", lambda: load_pipeline(settings.model))
    # As the CLI: one pass reads and spools the corpus, extraction streams it back.
    corpus = timed("ingest", lambda: Corpus.read([corpus_path], settings))
    with corpus:
        if preload and jobs == 1:  # on a sample: the finders' share of extract, for the profile
            timed(
                f"find (regex finders, first {FIND_SAMPLE} docs)",
                lambda: [
                    find_mentions(d, repeated=corpus.footers.get(d.source or "", ()))
                    for d in islice(corpus.stream(), FIND_SAMPLE)
                ],
            )
        cpu = _cpu_seconds()
        documents, claims = timed(
            "extract", lambda: pipeline.extract_corpus(corpus, settings, cache=cache)
        )
        extract_cpu = _cpu_seconds() - cpu
        # As the CLI: the clusters of an unchanged set of claims come from the cache too.
        clusters = timed("align+compare", lambda: pipeline.cached_cluster(claims, settings))
        report = Report(
            documents=tuple(documents),
            claims=tuple(claims),
            clusters=tuple(clusters),
            diagnostics=tuple(corpus.diagnostics),
        )
        timed("render json", lambda: report_json(report))
        words = sum(len(d.text.split()) for d in corpus.stream())
    claims_mb = _deep_size_mb(claims)  # what a run keeps on purpose, until it reports
    total = sum(v for k, v in stages.items() if not k.startswith("find"))
    total_cpu = sum(v for k, v in cpu_stages.items() if not k.startswith("find"))
    return {
        "docs": len(documents),
        "words": words,
        "claims": len(claims),
        "clusters": len(clusters),
        "claims_sha256": hashlib.sha256(claims_json(claims).encode()).hexdigest(),
        "cache": {"hits": cache.hits, "misses": cache.misses} if cache else None,
        "seconds": total,
        "words_per_s": words / total,
        "words_per_cpu_s": words / total_cpu,
        "docs_per_s": len(documents) / total,
        "stages": stages,
        "extract_cpu_s": extract_cpu,  # this process and its workers, user + system
        "peak_rss_mb_after_stage": rss,
        "claims_mb": claims_mb,
        "workers_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _deep_size_mb(objects: list) -> float:  # type: ignore[type-arg]
    """The memory of `objects` and everything they hold (each object counted once)."""
    import gc

    seen: set[int] = set()
    total = 0
    stack = list(objects)
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, type):
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        stack.extend(gc.get_referents(item))
    return total / 2**20


def _cpu_seconds() -> float:
    own, workers = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_alignment(n_claims: int, seed: int) -> dict[str, float]:
    """align + judge on synthetic claims: many facts, each stated by a few documents."""
    from factcheck.models import Claim, ClaimKey, Kind, Quantity
    from factcheck.pipeline import cluster

    rng = random.Random(seed)
    nouns = [f"noun{i}" for i in range(max(50, n_claims // 20))]
    verbs = [f"verb{i}" for i in range(200)]
    claims = []
    for i in range(n_claims):
        fact = rng.randrange(max(1, n_claims // 4))
        key = ClaimKey(
            measure=(nouns[fact % len(nouns)], nouns[(fact * 7) % len(nouns)]),
            event=verbs[fact % len(verbs)],
        )
        value = float(100 + fact % 1000 + rng.choice((0, 0, 0, 5)))
        claims.append(
            Claim(
                id=f"c{i}",
                doc=f"d{rng.randrange(n_claims // 10 + 1)}",
                kind=Kind.COUNT,
                text=str(value),
                start=i,
                end=i + 3,
                line=1,
                sentence="",
                key=key,
                value=Quantity(low=value, high=value),
            )
        )
    start = time.perf_counter()
    clusters = cluster(claims)
    seconds = time.perf_counter() - start
    return {"claims": n_claims, "clusters": len(clusters), "seconds": seconds}


def _stage(run: dict[str, object], name: str) -> float:
    return float(dict(run.get("stages", {})).get(name, math.nan))  # type: ignore[call-overload]


def _print_stages(run: dict[str, object]) -> None:
    rss = dict(run.get("peak_rss_mb_after_stage", {}))  # type: ignore[call-overload]
    for stage, seconds in dict(run.get("stages", {})).items():  # type: ignore[call-overload]
        print(f"  {stage:45} {seconds:8.2f} s   peak RSS {rss.get(stage, 0):6.0f} MB")


def _extrapolate(alignment: list[dict[str, object]], size: int) -> tuple[float, float] | None:
    """Seconds for `size` claims from the two largest runs, as a power law, and its exponent."""
    done = sorted(
        (int(r["claims"]), float(r["seconds"]))  # type: ignore[arg-type]
        for r in alignment
        if "seconds" in r
    )
    if len(done) < 2 or done[-1][0] >= size:
        return None
    (n0, t0), (n1, t1) = done[-2], done[-1]
    exponent = math.log(t1 / t0) / math.log(n1 / n0)
    return t1 * (size / n1) ** exponent, exponent


def run_child(mode: str, *args: str, timeout: float = 900) -> dict[str, object]:
    """Run one measurement in a fresh Python and return its JSON plus its peak RSS."""
    command = [sys.executable, __file__, "--child", mode, *args]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def child(mode: str, args: list[str]) -> None:
    if mode == "baseline":
        result = measure_baseline(Path(args[0]), int(args[1]))
    elif mode == "factcheck":
        jobs, cache_dir, preload = int(args[1]), args[2] if args[2] != "-" else None, args[3]
        result = measure_factcheck(Path(args[0]), jobs, cache_dir, preload == "preload")
    else:
        result = measure_alignment(int(args[0]), 7)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the generated corpus")
    parser.add_argument(
        "--baseline-docs",
        type=int,
        default=300,
        help="documents the plain-spaCy baseline reads (its rate is per word)",
    )
    parser.add_argument(
        "--align",
        default="10000,100000,1000000",
        help="synthetic claim-set sizes; a size left out is extrapolated from the two largest run",
    )
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        # Every child imports this copy of the package: all runs measure the same code
        # even while the checkout is being edited (an edit would also change the cache key).
        shutil.copytree(ROOT / "factcheck", Path(tmp) / "code" / "factcheck", ignore=_PYCACHE)
        os.environ["PYTHONPATH"] = str(Path(tmp) / "code")
        corpus = Path(tmp) / "bench.jsonl"
        n_docs, words = build_corpus(corpus, args.docs, seed=1)
        print(f"corpus: {n_docs} documents, {words:,} words")
        base = run_child("baseline", str(corpus), str(args.baseline_docs))
        print(
            f"baseline (nlp.pipe, all components): {base.get('words_per_s', 0):,.0f} words/s, "
            f"{base.get('docs_per_s', 0):.1f} docs/s; blank tokenizer "
            f"{base.get('tokenizer_words_per_s', 0):,.0f} words/s"
        )
        cache_dir = str(Path(tmp) / "cache")
        # First run as the CLI runs by default (its cache empty, so every entry is
        # written), then the same corpus again (every document read from the cache).
        run = run_child("factcheck", str(corpus), "1", cache_dir, "preload")
        ratio = run.get("words_per_s", 0) / base.get("words_per_s", 1)  # type: ignore[operator]
        print(
            f"factcheck run (1 process, cold cache): {run.get('words_per_s', 0):,.0f} words/s, "
            f"{run.get('docs_per_s', 0):.1f} docs/s = {ratio:.2f}x baseline; "
            f"peak RSS {run.get('peak_rss_mb', 0):.0f} MB"
        )
        _print_stages(run)
        # CPU time is steadier than wall time when the machine is shared.
        cpu_ratio = run.get("words_per_cpu_s", 0) / base.get("words_per_cpu_s", 1)  # type: ignore[operator]
        print(
            f"  on CPU time: {run.get('words_per_cpu_s', 0):,.0f} words/cpu-s vs baseline "
            f"{base.get('words_per_cpu_s', 0):,.0f} = {cpu_ratio:.2f}x"
        )
        find = _stage(run, f"find (regex finders, first {FIND_SAMPLE} docs)")
        share = find * n_docs / min(FIND_SAMPLE, n_docs) / _stage(run, "extract")
        print(f"  the regex finders are ~{share:.0%} of extract (from the sample)")
        rerun = run_child("factcheck", str(corpus), "1", cache_dir, "lazy")
        cache_speedup = run.get("seconds", 0) / rerun.get("seconds", float("inf"))  # type: ignore[operator]
        print(
            f"re-run, unchanged corpus (cache {rerun.get('cache')}): "
            f"{rerun.get('seconds', 0):.2f} s = {cache_speedup:.1f}x faster than the first run, "
            f"{rerun.get('words_per_s', 0) / base.get('words_per_s', 1):.1f}x baseline; "  # type: ignore[operator]
            f"peak RSS {rerun.get('peak_rss_mb', 0):.0f} MB"
        )
        _print_stages(rerun)
        parallel = run_child("factcheck", str(corpus), str(args.jobs), "-", "preload")
        jobs_speedup = parallel.get("words_per_s", 0) / run.get("words_per_s", 1)  # type: ignore[operator]
        extract_speedup = _stage(run, "extract") / _stage(parallel, "extract")
        print(
            f"factcheck run ({args.jobs} processes, no cache): "
            f"{parallel.get('words_per_s', 0):,.0f} words/s = {jobs_speedup:.2f}x the 1-process "
            f"run (extract stage {extract_speedup:.2f}x), "
            f"{parallel.get('words_per_s', 0) / base.get('words_per_s', 1):.2f}x baseline; "  # type: ignore[operator]
            f"peak RSS {parallel.get('peak_rss_mb', 0):.0f} MB parent, "
            f"{parallel.get('workers_peak_rss_mb', 0):.0f} MB largest worker"
        )
        _print_stages(parallel)
        cpu_1, cpu_n = float(run.get("extract_cpu_s", 0)), float(parallel.get("extract_cpu_s", 0))
        wall_n = _stage(parallel, "extract")
        print(
            f"  extract CPU {cpu_n:.1f} s over {args.jobs} processes vs {cpu_1:.1f} s in one "
            f"(work added by splitting: {cpu_n / cpu_1 - 1:+.0%}); the processes got "
            f"{cpu_n / wall_n:.2f} cores on average (the machine is shared)"
        )
        same = len({r.get("claims_sha256") for r in (run, rerun, parallel)}) == 1
        print(f"claims identical across the three runs: {same}")
        alignment = []
        for size in (int(s) for s in args.align.split(",") if s):
            result = run_child("align", str(size))
            alignment.append(result)
            print(
                f"align+judge {size:>9,} claims: {result.get('seconds', float('nan')):.2f} s, "
                f"peak RSS {result.get('peak_rss_mb', 0):.0f} MB {result.get('error', '')}"
            )
        estimate = _extrapolate(alignment, 1_000_000)
        if estimate is not None:
            print(
                f"align+judge 1,000,000 claims: not run; extrapolated ~{estimate[0]:,.0f} s "
                f"(time grows as n^{estimate[1]:.2f} between the two largest sizes run)"
            )
    print(
        json.dumps(
            {
                "benchmark": "factcheck-speed",
                "baseline": base,
                "factcheck": run,
                "ratio_vs_baseline": ratio,
                "cpu_ratio_vs_baseline": cpu_ratio,
                "cached_rerun": rerun,
                "cache_speedup": cache_speedup,
                "parallel": parallel,
                "jobs": args.jobs,
                "jobs_speedup": jobs_speedup,
                "jobs_extract_speedup": extract_speedup,
                "claims_identical": same,
                "alignment": alignment,
                "alignment_1m_extrapolated_s": estimate[0] if estimate else None,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
