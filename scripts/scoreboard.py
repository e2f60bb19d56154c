#!/usr/bin/env python3
"""Dev scoreboard: run the three shared scorers against the current build, through the CLI.

    python scripts/scoreboard.py                  # TempEval-3 platinum, numbers, RT dates
    python scripts/scoreboard.py --train          # also TempEval-3 train
    python scripts/scoreboard.py --errors /tmp/sb # per-item errors, one JSONL per scorer

Each scorer runs `factcheck extract {corpus} --format jsonl --no-cache` itself (the
tool never sees the gold) and prints its summary; the JSON line it also prints is
left out.
Each block ends with the scorer's wall time, in documents per second. Reads
../shared (a dev script, never a test).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
TEMPEVAL = BENCH / "tempeval3"


def _cli() -> str:
    """The `factcheck` of this interpreter's environment (the current build), else PATH's."""
    beside = Path(sys.executable).with_name("factcheck")
    return str(beside) if beside.exists() else shutil.which("factcheck") or "factcheck"


def _run(name: str, scorer: str, args: list[str], errors: Path | None) -> int:
    cmd = [sys.executable, str(BENCH / scorer), *args]
    # --no-cache: the timing is the tool's work, never a read-back of an earlier run
    cmd += ["--cmd", f"{_cli()} extract {{corpus}} --format jsonl --no-cache"]
    if errors is not None:
        cmd += ["--errors", str(errors / f"{name}.jsonl")]
    t0 = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    spent = time.perf_counter() - t0
    print(f"== {name}")
    for line in result.stdout.splitlines():
        if not line.startswith("{"):
            print(line)
    if result.returncode:
        print(result.stderr.rstrip(), file=sys.stderr)
    print(f"(scorer and CLI together: {spent:.1f} s)\n")
    return result.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", action="store_true", help="also score TempEval-3 train")
    ap.add_argument("--errors", type=Path, help="folder for the scorers' per-item errors")
    args = ap.parse_args()
    if args.errors:
        args.errors.mkdir(parents=True, exist_ok=True)
    runs = [
        (
            "tempeval3-platinum",
            "score_timex.py",
            ["--corpus", str(TEMPEVAL / "test-platinum.jsonl")],
        )
    ]
    if args.train:
        runs.append(
            ("tempeval3-train", "score_timex.py", ["--corpus", str(TEMPEVAL / "train.jsonl")])
        )
    runs += [
        ("recognizers-numbers", "score_numbers.py", []),
        ("recognizers-dates", "score_dates_rt.py", []),
    ]
    status = 0
    for name, scorer, extra in runs:
        status |= _run(name, scorer, extra, args.errors)
    return status


if __name__ == "__main__":
    sys.exit(main())
