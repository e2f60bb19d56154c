#!/usr/bin/env python3
"""Memory against corpus size: does extraction keep memory flat as the corpus grows?

    python scripts/bench_memory.py                      # 250, 1,000 and 4,000 documents
    python scripts/bench_memory.py --docs 200,800       # a quick look

For each size it builds the benchmark corpus of `scripts/bench.py` (corpus/ stories
varied in dates, figures and wording) and runs it as `factcheck run` does (one pass
reads and spools the corpus, extraction streams it back keeping no text; no cache,
one process) in a fresh Python. It reports the peak RSS after reading, after
extraction and after alignment, and the memory of the claims the run keeps on
purpose (alignment needs them all). What grows with the corpus is then split into
the claims and everything else, which should stay flat. The last line printed is one
JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import build_corpus, run_child


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="250,1000,4000", help="corpus sizes, comma-separated")
    args = parser.parse_args()
    sizes = [int(n) for n in args.docs.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            corpus = Path(tmp) / f"corpus{size}.jsonl"
            build_corpus(corpus, size, seed=size)
            run = run_child("factcheck", str(corpus), "1", "-", "preload")
            if "error" in run:
                print(f"{size} documents: {run['error']}")
                return 1
            after = run["peak_rss_mb_after_stage"]
            assert isinstance(after, dict)
            row = {
                "docs": run["docs"],
                "words": run["words"],
                "claims": run["claims"],
                "claims_mb": run["claims_mb"],
                "rss_after_load_model_mb": after["load_model"],
                "rss_after_ingest_mb": after["ingest"],
                "rss_after_extract_mb": after["extract"],
                "rss_after_align_mb": after["align+compare"],
            }
            rows.append(row)
            print(
                f"{row['docs']:>6,} documents, {row['words']:>9,} words, "
                f"{row['claims']:>7,} claims ({row['claims_mb']:.0f} MB): "
                f"peak RSS {row['rss_after_load_model_mb']:.0f} MB with the model loaded, "
                f"{row['rss_after_ingest_mb']:.0f} MB after reading, "
                f"{row['rss_after_extract_mb']:.0f} MB after extraction "
                f"({row['rss_after_extract_mb'] - row['claims_mb']:.0f} MB besides the claims), "
                f"{row['rss_after_align_mb']:.0f} MB after alignment",
                flush=True,
            )
    first, last = rows[0], rows[-1]
    docs = last["docs"] - first["docs"]
    grown = last["rss_after_extract_mb"] - first["rss_after_extract_mb"]
    claims_grown = last["claims_mb"] - first["claims_mb"]
    per_1000 = 1000 * grown / docs if docs else 0.0
    other_per_1000 = 1000 * (grown - claims_grown) / docs if docs else 0.0
    per_claim_kb = 1024 * claims_grown / max(1, last["claims"] - first["claims"])
    print(
        f"extraction memory grows {grown:.0f} MB from {first['docs']:,} to {last['docs']:,} "
        f"documents ({per_1000:.1f} MB per 1,000): the claims kept grow {claims_grown:.0f} MB "
        f"({per_claim_kb:.2f} KB each), everything else {grown - claims_grown:.0f} MB "
        f"({other_per_1000:.1f} MB per 1,000 documents)"
    )
    summary = {"mb_per_1000_docs": per_1000, "other_mb_per_1000_docs": other_per_1000}
    print(json.dumps({"benchmark": "factcheck-memory", "runs": rows, **summary}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
