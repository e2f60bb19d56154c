#!/usr/bin/env python3
"""Write the original seed articles (../shared/seeds) as one JSONL corpus with their dates.

The seeds carry no publication dates in their text; their dates come from where they
appeared (the same table as corpus/README.md). Used to check that factcheck gives the
same kind of result on the original text, boilerplate included, as on corpus/:

    python3 scripts/seeds_jsonl.py /tmp/seeds.jsonl && factcheck run /tmp/seeds.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
# Seed number -> (source, publication date), as in corpus/README.md.
DATES = {
    "000": ("Kyiv Independent", "2025-08-27"),
    "001": ("UNITED24 Media", "2025-08-28"),
    "002": ("UNITED24 Media", "2025-09-30"),
    "003": ("Kontur", "2025-09-22"),
    "004": ("u-s-news.com", "2025-10-01"),
}


def main(out: str) -> int:
    with open(out, "w", encoding="utf-8") as handle:
        for path in sorted(SEEDS.glob("*.txt")):
            source, date = DATES[path.name[:3]]
            text = path.read_text(encoding="utf-8")
            record = {"id": path.stem, "text": text, "date": date, "source": source}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "seeds.jsonl"))
