#!/usr/bin/env python3
"""Dev harness: run `find_dates` on a bench corpus and score it with the shared scorers.

    python scripts/eval_timex.py                       # TempEval-3 train + Recognizers
    python scripts/eval_timex.py --corpus ../shared/bench/tempeval3/test-platinum.jsonl
    python scripts/eval_timex.py --only tempeval --errors /tmp/errors.jsonl

Each corpus line is {"id", "text", "date"?}; `date` is the anchor. Claims are written
as JSONL ({"doc", "kind", "text", "start", "end", "value": {"timex", ...}}) and scored
with ../shared/bench/score_timex.py and score_dates_rt.py, whose output is printed.
Also prints the finder's throughput in characters per second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"


def _load_finder():  # type: ignore[no-untyped-def]
    """Import factcheck/extract/dates.py without running the extract package's spaCy imports."""
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location(
        "factcheck.extract.dates",
        ROOT / "factcheck" / "extract" / "dates.py",
        submodule_search_locations=None,
    )
    assert spec and spec.loader
    import factcheck  # noqa: F401  (parent package for the relative imports)

    if "factcheck.extract" not in sys.modules:
        import types

        pkg = types.ModuleType("factcheck.extract")
        pkg.__path__ = [str(ROOT / "factcheck" / "extract")]
        sys.modules["factcheck.extract"] = pkg
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.find_dates


def write_claims(corpus: Path, out: Path) -> tuple[int, float]:
    """Run the finder over every document; return (characters, seconds spent finding)."""
    find_dates = _load_finder()
    chars, spent = 0, 0.0
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            doc = json.loads(line)
            anchor = dt.date.fromisoformat(doc["date"]) if doc.get("date") else None
            t0 = time.perf_counter()
            mentions = find_dates(doc["text"], anchor)
            spent += time.perf_counter() - t0
            chars += len(doc["text"])
            for m in mentions:
                v = m.value
                value = {
                    "timex": v.timex,
                    "start": v.start and v.start.isoformat(),
                    "end": v.end and v.end.isoformat(),
                    "granularity": v.granularity and str(v.granularity),
                    "approx": v.approx,
                    "mod": v.mod,
                    "rule": v.rule,
                }
                dst.write(
                    json.dumps(
                        {
                            "doc": doc["id"],
                            "kind": str(m.kind),
                            "text": m.text,
                            "start": m.start,
                            "end": m.end,
                            "value": value,
                        }
                    )
                    + "\n"
                )
    return chars, spent


def score(scorer: str, args: list[str], pred: Path, errors: str | None) -> None:
    cmd = [sys.executable, str(BENCH / scorer), *args, "--pred", str(pred)]
    if errors:
        cmd += ["--errors", errors]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(result.stdout.rstrip())
    if result.returncode:
        print(result.stderr, file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(BENCH / "tempeval3" / "train.jsonl"))
    ap.add_argument("--only", choices=["tempeval", "recognizers"])
    ap.add_argument("--errors", help="per-item errors of the TempEval scorer (JSONL)")
    ap.add_argument("--rt-errors", help="per-item errors of the Recognizers scorer (JSONL)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="eval_timex_"))
    if args.only != "recognizers":
        pred = tmp / "timex_claims.jsonl"
        chars, spent = write_claims(Path(args.corpus), pred)
        score("score_timex.py", ["--corpus", args.corpus], pred, args.errors)
        print(f"finder throughput: {chars} chars in {spent:.3f} s = {chars / spent:,.0f} chars/s")
    if args.only != "tempeval":
        corpus = tmp / "rt_corpus.jsonl"
        subprocess.run(
            [sys.executable, str(BENCH / "score_dates_rt.py"), "--write-corpus", str(corpus)],
            check=True,
            capture_output=True,
        )
        pred = tmp / "rt_claims.jsonl"
        write_claims(corpus, pred)
        score("score_dates_rt.py", [], pred, args.rt_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
