"""Fuzz extraction with mutated corpus documents; report crashes, hangs and nondeterminism.

    python scripts/fuzz.py --n 200 --seed 1 corpus/

Each input is a corpus document mutated a few times (bytes flipped, lines
shuffled, numbers replaced by absurd ones, dates mangled, unicode inserted,
truncated), run twice through `extract_text` + `cluster` in-process. The last
line printed is one JSON object with the counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.export import report_json
from factcheck.models import Document, Report
from factcheck.pipeline import cluster, extract_text

HANG_SECONDS = 10.0
ABSURD = [
    "1e309",
    "10^400",
    "999,999,999,999,999,999,999",
    "-0",
    "0.000000001%",
    "$∞",
    "1" * 80,
    "NaN",
    "inf",
    "½",
    "٣٤٥",
    "１２３",
]
MANGLED_DATES = [
    "February 30, 2025",
    "2025-13-01",
    "31/31/2031",
    "0000-00-00",
    "May 0",
    "late Smarch 2025",
    "9999-12-31",
    "the 45th of June",
]
UNICODE = ["\u00a0", "\u200b", "\ufeff", "“", "”", "—", "\u2028", "\r", "\x00", "😀", "\u0301"]


def flip_bytes(text: str, rng: random.Random) -> str:
    data = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 20)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return data.decode("utf-8", errors="replace")  # what ingest would hand on


def shuffle_lines(text: str, rng: random.Random) -> str:
    lines = text.splitlines(keepends=True)
    rng.shuffle(lines)
    return "".join(lines)


def absurd_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\d[\d,.]*", lambda m: rng.choice(ABSURD) if rng.random() < 0.3 else m[0], text)


MONTH_PHRASE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b[^.\n]{0,12}"
)


def mangle_dates(text: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        return rng.choice(MANGLED_DATES) if rng.random() < 0.5 else match[0]

    return MONTH_PHRASE.sub(swap, text)


def insert_unicode(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 50)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(UNICODE))
    return "".join(chars)


def truncate(text: str, rng: random.Random) -> str:
    return text[: rng.randint(0, len(text))]


MUTATIONS: list[Callable[[str, random.Random], str]] = [
    flip_bytes,
    shuffle_lines,
    absurd_numbers,
    mangle_dates,
    insert_unicode,
    truncate,
]


def mutate(text: str, rng: random.Random) -> str:
    """Apply one to three random mutations, and keep inputs small so throughput stays high."""
    start = rng.randrange(max(1, len(text) - 3000))
    text = text[start : start + rng.randint(200, 3000)]
    for mutation in rng.sample(MUTATIONS, rng.randint(1, 3)):
        text = mutation(text, rng)
    return text


def run_once(text: str, date: dt.date | None) -> str:
    """The input's report as JSON, after checking every claim's offsets."""
    claims = extract_text(text, date, doc_id="fuzz")
    for claim in claims:
        if text[claim.start : claim.end] != claim.text:
            raise AssertionError(f"offsets {claim.start}:{claim.end} do not slice {claim.text!r}")
    document = Document(id="fuzz", path="fuzz", text=text, date=date)
    report = Report(
        documents=(document,), claims=tuple(claims), clusters=tuple(cluster(claims)), diagnostics=()
    )
    return report_json(report)


def check(text: str, date: dt.date | None) -> tuple[str | None, float]:
    """(the failure kind with detail, or None; seconds of the first run)."""
    started = time.monotonic()
    try:
        first = run_once(text, date)
    except FactcheckError:
        # A documented refusal (e.g. an implausible anchor date), which the CLI turns
        # into one line and exit 2: not a crash.
        return "rejected", time.monotonic() - started
    except Exception as exc:  # a crash is what we are looking for
        return f"crash: {type(exc).__name__}: {exc}", time.monotonic() - started
    elapsed = time.monotonic() - started
    if elapsed > HANG_SECONDS:
        return f"hang: {elapsed:.1f} s", elapsed
    if run_once(text, date) != first:
        return "nondeterministic: two runs differ", elapsed
    return None, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="corpus", type=Path)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    seeds = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(args.corpus.rglob("*"))
        if p.is_file() and not p.name.startswith("README")
    ]
    rng = random.Random(args.seed)
    saved = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    counts = {"crash": 0, "hang": 0, "nondeterministic": 0}
    rejected = 0
    started, slowest = time.monotonic(), 0.0
    for n in range(args.n):
        text = mutate(rng.choice(seeds), rng)
        date = rng.choice([None, dt.date(2025, 8, 27), dt.date(1, 1, 1), dt.date(9999, 12, 31)])
        failure, elapsed = check(text, date)
        slowest = max(slowest, elapsed)
        if failure == "rejected":
            rejected += 1
        elif failure is not None:
            counts[failure.split(":")[0]] += 1
            path = saved / f"input-{n}.txt"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            print(f"{failure} (date {date}; input saved to {path})", flush=True)
    seconds = time.monotonic() - started
    print(f"{args.n} inputs in {seconds:.0f} s ({args.n / seconds:.1f}/s); slowest {slowest:.2f} s")
    print(
        json.dumps(
            {
                "n": args.n,
                "seed": args.seed,
                "seconds": round(seconds, 1),
                "rate_per_s": round(args.n / seconds, 1),
                **counts,
                "rejected": rejected,
                "slowest_s": round(slowest, 2),
                "saved": str(saved),
            }
        )
    )
    return 1 if any(counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
