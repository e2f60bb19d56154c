#!/usr/bin/env python3
"""Speed benchmark: factcheck end to end against plain spaCy, measured in the same run.

    python scripts/bench.py                 # ~2,000 documents, ~1M words
    python scripts/bench.py --docs 300      # a quick look

It builds a corpus of its own from corpus/ (each article copied with its dates, figures
and some words varied, so no two documents are the same), then runs, each in a fresh
process so memory figures are the stage's own:

- baseline: the trained English pipeline over every document with plain `nlp.pipe`
  (all components), and nothing else; the blank tokenizer as the ceiling;
- factcheck: read → extract (find + parse + context) → align + judge → JSON, timed by stage;
- alignment alone on synthetic claim sets (10k, 100k, 1M claims).

Every speed is reported as a ratio against the baseline of this run. The last line
printed is one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"\d[\d,]*")
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
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    seconds = time.perf_counter() - start
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
        "docs_per_s": len(texts) / seconds,
        "tokenizer_words_per_s": words / tokenizer_seconds,
    }


def measure_factcheck(corpus: Path) -> dict[str, float]:
    """The whole run, by stage."""
    from factcheck import pipeline
    from factcheck.export import report_json
    from factcheck.extract import find_mentions
    from factcheck.models import Report
    from factcheck.nlp import load_pipeline
    from factcheck.settings import Settings

    settings = Settings()
    stages: dict[str, float] = {}
    start = time.perf_counter()
    load_pipeline(settings.model)
    stages["load_model"] = time.perf_counter() - start
    start = time.perf_counter()
    documents, diagnostics = pipeline.read([corpus], settings)
    stages["ingest"] = time.perf_counter() - start
    start = time.perf_counter()
    for document in documents:
        find_mentions(document)
    stages["find (regex finders, included in extract)"] = time.perf_counter() - start
    start = time.perf_counter()
    claims = pipeline.extract(documents, settings)
    stages["extract"] = time.perf_counter() - start
    start = time.perf_counter()
    clusters = pipeline.cluster(claims, settings)
    stages["align+compare"] = time.perf_counter() - start
    start = time.perf_counter()
    report_json(
        Report(
            documents=tuple(documents),
            claims=tuple(claims),
            clusters=tuple(clusters),
            diagnostics=tuple(diagnostics),
        )
    )
    stages["render json"] = time.perf_counter() - start
    words = sum(len(d.text.split()) for d in documents)
    total = sum(v for k, v in stages.items() if not k.startswith("find"))
    return {
        "docs": len(documents),
        "words": words,
        "claims": len(claims),
        "clusters": len(clusters),
        "seconds": total,
        "words_per_s": words / total,
        "docs_per_s": len(documents) / total,
        "stages": stages,
    }


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
        result = measure_factcheck(Path(args[0]))
    else:
        result = measure_alignment(int(args[0]), 7)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
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
    parser.add_argument("--align", default="10000,100000,1000000", help="synthetic claim-set sizes")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bench.jsonl"
        n_docs, words = build_corpus(corpus, args.docs, seed=1)
        print(f"corpus: {n_docs} documents, {words:,} words")
        base = run_child("baseline", str(corpus), str(args.baseline_docs))
        print(
            f"baseline (nlp.pipe, all components): {base.get('words_per_s', 0):,.0f} words/s, "
            f"{base.get('docs_per_s', 0):.1f} docs/s; blank tokenizer "
            f"{base.get('tokenizer_words_per_s', 0):,.0f} words/s"
        )
        run = run_child("factcheck", str(corpus))
        ratio = run.get("words_per_s", 0) / base.get("words_per_s", 1)  # type: ignore[operator]
        print(
            f"factcheck run: {run.get('words_per_s', 0):,.0f} words/s, "
            f"{run.get('docs_per_s', 0):.1f} docs/s = {ratio:.2f}x baseline; "
            f"peak RSS {run.get('peak_rss_mb', 0):.0f} MB"
        )
        for stage, seconds in dict(run.get("stages", {})).items():  # type: ignore[call-overload]
            print(f"  {stage:45} {seconds:8.2f} s")
    alignment = []
    for size in (int(s) for s in args.align.split(",") if s):
        result = run_child("align", str(size))
        alignment.append(result)
        print(
            f"align+judge {size:>9,} claims: {result.get('seconds', float('nan')):.2f} s, "
            f"peak RSS {result.get('peak_rss_mb', 0):.0f} MB {result.get('error', '')}"
        )
    print(
        json.dumps(
            {
                "benchmark": "factcheck-speed",
                "baseline": base,
                "factcheck": run,
                "ratio_vs_baseline": ratio,
                "alignment": alignment,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
