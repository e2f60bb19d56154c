"""Fuzz the whole pipeline with mutated corpus documents; report crashes, hangs, nondeterminism.

    python scripts/fuzz.py --n 200 --seed 1 corpus/

Each input is a slice of a corpus document mutated a few times (lines
shuffled, numbers replaced by absurd ones, dates mangled, unicode inserted,
truncated), written as a .txt, .md (front matter), .html or .jsonl file,
sometimes in another encoding or with bytes flipped, and run twice through
the library's full path: ingest (`pipeline.read`), extraction, clustering and
the JSON export. Publication dates are mostly plausible (a random day from 1950
to 2030), so nearly every input reaches extraction; a small share are extreme
(year 1 or 9999), which ingest must turn into a warning, not a crash.

Counts: `exercised` (at least one document extracted), `unreadable` (ingest
rightly refused the file, e.g. bytes flipped into a NUL), `rejected` (a
documented FactcheckError), `crash`, `hang`, `nondeterministic`; and
`extreme_dates`, how many inputs had an extreme publication date. The last line
printed is one JSON object with the counts; the exit status is 1 on any
crash, hang or nondeterminism.
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
from factcheck.models import Report
from factcheck.pipeline import cluster, extract, read
from factcheck.settings import Settings

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
# Reaches a document only as a JSON escape ("\\ud800"); elsewhere encoding replaces it.
UNICODE += ["\ud800", "\udfff"]
# What an HTML page may declare; Python knows some of these as codecs that are no charset.
CHARSETS = [None, "utf-8", "windows-1252", "latin-1", "shift_jis", "utf-7", "rot13", "bogus"]


# Publication dates the pipeline cannot anchor to; ingest must warn and go on.
EXTREME_DATES = [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(999, 12, 31), dt.date(3000, 1, 1)]
EXTREME_SHARE = 0.03
NO_DATE_SHARE = 0.15
PLAUSIBLE_FROM, PLAUSIBLE_DAYS = dt.date(1950, 1, 1), 80 * 365
FORMATS = [".txt", ".txt", ".md", ".html", ".jsonl"]
# Most files are UTF-8, as real ones are; the rest exercise decoding.
ENCODINGS = ["utf-8"] * 16 + ["utf-8-sig", "utf-16", "cp1252", "latin-1"]
FLIP_SHARE = 0.05  # bytes flipped in the file: may make it unreadable, on purpose


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
    # Keep at least a few words: an empty input only tests the "empty document" skip.
    return text[: rng.randint(min(40, len(text)), len(text))]


MUTATIONS: list[Callable[[str, random.Random], str]] = [
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


def publication_date(rng: random.Random) -> dt.date | None:
    """Mostly a plausible day; sometimes none (inferred from the text); rarely an extreme one."""
    roll = rng.random()
    if roll < EXTREME_SHARE:
        return rng.choice(EXTREME_DATES)
    if roll < EXTREME_SHARE + NO_DATE_SHARE:
        return None
    return PLAUSIBLE_FROM + dt.timedelta(days=rng.randrange(PLAUSIBLE_DAYS))


def as_file(text: str, date: dt.date | None, kind: str, rng: random.Random) -> str:
    """The text as a document of type `kind`, its date in the format's own metadata."""
    iso = date.isoformat() if date is not None else None
    if kind == ".jsonl":  # JSON escapes a NUL; JSON Lines must be UTF-8 (see encode)
        record = {"id": "fuzz", "text": text, **({"date": iso} if iso else {})}
        return json.dumps(record, ensure_ascii=rng.random() < 0.5) + "\n"
    text = text.replace("\x00", "")  # a NUL makes a text file binary, refused by design
    if kind == ".md":
        return (f"---\ntitle: Fuzz\ndate: {iso}\n---\n" if iso else "") + text
    if kind == ".html":
        meta = f'<meta name="date" content="{iso}">' if iso else ""
        charset = rng.choice(CHARSETS)
        meta += f'<meta charset="{charset}">' if charset else ""
        paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines())
        script = "<script>var n = 123;</script>"
        return f"<html><head>{meta}{script}</head><body>{paragraphs}</body></html>"
    return text


def encode(content: str, kind: str, rng: random.Random) -> bytes:
    encoding = "utf-8" if kind == ".jsonl" else rng.choice(ENCODINGS)
    data = content.encode(encoding, errors="replace")
    if rng.random() < FLIP_SHARE:
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            if flipped:
                flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        data = bytes(flipped)
    return data


def run_once(path: Path, date: dt.date | None) -> str | None:
    """The file's report as JSON after checking every claim's offsets; None if nothing was read.

    A .txt file has no metadata, so its date comes as --doc-date would, except an
    extreme one, which the CLI refuses before reading.
    """
    doc_date = date if path.suffix == ".txt" and date and 1000 <= date.year <= 2999 else None
    settings = Settings(doc_date=doc_date)
    documents, diagnostics = read([path], settings)
    if not documents:
        return None
    texts = {d.id: d.text for d in documents}
    claims = extract(documents, settings, None, diagnostics)
    for claim in claims:
        if texts[claim.doc][claim.start : claim.end] != claim.text:
            raise AssertionError(f"offsets {claim.start}:{claim.end} do not slice {claim.text!r}")
    report = Report(
        documents=tuple(documents),
        claims=tuple(claims),
        clusters=tuple(cluster(claims, settings)),
        diagnostics=tuple(diagnostics),
    )
    return report_json(report)


def check(path: Path, date: dt.date | None) -> tuple[str, float]:
    """(the outcome: "exercised", "unreadable", "rejected" or a failure with detail; seconds)."""
    started = time.monotonic()
    try:
        first = run_once(path, date)
    except FactcheckError:
        return "rejected", time.monotonic() - started  # a documented refusal, not a crash
    except Exception as exc:  # a crash is what we are looking for
        return f"crash: {type(exc).__name__}: {exc}", time.monotonic() - started
    elapsed = time.monotonic() - started
    if elapsed > HANG_SECONDS:
        return f"hang: {elapsed:.1f} s", elapsed
    if run_once(path, date) != first:
        return "nondeterministic: two runs differ", elapsed
    return ("unreadable" if first is None else "exercised"), elapsed


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
    work = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    counts = dict.fromkeys(
        ["exercised", "unreadable", "rejected", "crash", "hang", "nondeterministic"], 0
    )
    started, slowest, extreme = time.monotonic(), 0.0, 0
    for n in range(args.n):
        date = publication_date(rng)
        extreme += date in EXTREME_DATES
        kind = rng.choice(FORMATS)
        path = work / f"input{kind}"
        path.write_bytes(
            encode(as_file(mutate(rng.choice(seeds), rng), date, kind, rng), kind, rng)
        )
        outcome, elapsed = check(path, date)
        slowest = max(slowest, elapsed)
        counts[outcome.split(":")[0]] += 1
        if ":" in outcome:
            saved = work / f"failed-{n}{kind}"
            path.rename(saved)
            print(f"{outcome} (date {date}; input saved to {saved})", flush=True)
        if (n + 1) % 1000 == 0:
            print(f"{n + 1} inputs, {time.monotonic() - started:.0f} s: {counts}", flush=True)
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
                "extreme_dates": extreme,
                "slowest_s": round(slowest, 2),
                "saved": str(work),
            }
        )
    )
    failures = counts["crash"] + counts["hang"] + counts["nondeterministic"]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
