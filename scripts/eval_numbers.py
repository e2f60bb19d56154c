"""Dev harness: run `find_numbers` on the Recognizers-Text number/percent/currency cases and score.

Usage: python scripts/eval_numbers.py [--out FILE] [--errors FILE]
Each case is one document (id, input). Claims go to FILE as JSONL in the SPEC's
claim shape, then `shared/bench/score_numbers.py --pred FILE` prints its summary.
Also prints the finder's throughput on the case texts. Reads ../shared (a dev
script, never a test).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.extract.numbers import find_numbers  # noqa: E402
from factcheck.models import Quantity  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench"
SUBSETS = ("number", "percent", "currency")


def claims_for(doc: str, text: str) -> list[dict[str, object]]:
    """The claims of one document as scorer-ready dicts."""
    out: list[dict[str, object]] = []
    for m in find_numbers(text):
        assert isinstance(m.value, Quantity)
        value = {"low": m.value.low, "high": m.value.high, "unit": m.value.unit,
                 "approx": m.value.approx}  # fmt: skip
        out.append({"doc": doc, "kind": m.kind.value, "text": m.text, "start": m.start,
                    "end": m.end, "value": value})  # fmt: skip
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="/tmp/eval_numbers.jsonl")
    ap.add_argument("--errors", default=None, help="per-item errors JSONL (scorer --errors)")
    args = ap.parse_args()
    cases = []
    for name in SUBSETS:
        with open(BENCH / "recognizers" / f"{name}.jsonl", encoding="utf-8") as f:
            cases += [json.loads(line) for line in f if line.strip()]
    started = time.perf_counter()
    claims = [c for case in cases for c in claims_for(case["id"], case["input"])]
    elapsed = time.perf_counter() - started
    with open(args.out, "w", encoding="utf-8") as f:
        for claim in claims:
            f.write(json.dumps(claim, ensure_ascii=False) + "\n")
    chars = sum(len(c["input"]) for c in cases)
    print(f"{len(claims)} claims from {len(cases)} cases; {chars / elapsed:,.0f} chars/s")
    cmd = [sys.executable, str(BENCH / "score_numbers.py"), "--pred", args.out]
    if args.errors:
        cmd += ["--errors", args.errors]
    return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
