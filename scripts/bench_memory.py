#!/usr/bin/env python3
"""Memory against corpus size: does extraction keep memory flat as the corpus grows?

    python scripts/bench_memory.py                      # 250, 1,000 and 4,000 documents
    python scripts/bench_memory.py --docs 200,800       # a quick look

For each size it builds the benchmark corpus of `scripts/bench.py` (corpus/ stories
varied in dates, figures and wording) and runs read + extract (no cache, one process)
in a fresh Python, reporting the peak RSS after reading and after extraction, and what
the run holds at that point: the documents' text and the claims. Memory that grows
with the corpus is then split into what is kept on purpose (claims, which alignment
needs; the text, which the report quotes) and the rest. The last line printed is one
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
                "rss_after_load_model_mb": after["load_model"],
                "rss_after_ingest_mb": after["ingest"],
                "rss_after_extract_mb": after["extract"],
                "rss_after_align_mb": after["align+compare"],
            }
            rows.append(row)
            print(
                f"{row['docs']:>6,} documents, {row['words']:>9,} words, "
                f"{row['claims']:>7,} claims: "
                f"peak RSS {row['rss_after_load_model_mb']:.0f} MB with the model loaded, "
                f"{row['rss_after_ingest_mb']:.0f} MB after reading, "
                f"{row['rss_after_extract_mb']:.0f} MB after extraction, "
                f"{row['rss_after_align_mb']:.0f} MB after alignment",
                flush=True,
            )
    first, last = rows[0], rows[-1]
    docs = last["docs"] - first["docs"]
    grown = last["rss_after_extract_mb"] - first["rss_after_extract_mb"]
    per_1000 = 1000 * grown / docs if docs else 0.0
    per_claim_kb = 1024 * grown / max(1, last["claims"] - first["claims"])
    print(
        f"extraction memory grows {grown:.0f} MB from {first['docs']:,} to {last['docs']:,} "
        f"documents: {per_1000:.1f} MB per 1,000 documents ({per_claim_kb:.1f} KB per claim kept)"
    )
    print(json.dumps({"benchmark": "factcheck-memory", "runs": rows, "mb_per_1000_docs": per_1000}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
