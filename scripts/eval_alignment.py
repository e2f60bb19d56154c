#!/usr/bin/env python3
"""Precision and recall of alignment and conflict detection on the labelled suite.

    python scripts/eval_alignment.py              # the suite in tests/fixtures/alignment
    python scripts/eval_alignment.py --errors     # also list every miss and false alarm
    python scripts/eval_alignment.py --seeds      # also corpus/ and ../shared/seeds

For every case it runs the real pipeline on the case's documents and scores:
clustering (pairs of claims grouped together, against the expected clusters),
conflicts (expected conflicts found, other conflicts false), and mutations (one
claim of each expected cross-source fact changed: exactly one conflict expected).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.pipeline import run  # noqa: E402
from tests.alignment_suite import (  # noqa: E402
    CASES,
    Tally,
    load_cases,
    mutations,
    score_clusters,
    score_conflicts,
    score_mutation,
    verdict_errors,
    write_documents,
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--seeds", action="store_true", help="also run corpus/ and ../shared/seeds")
    parser.add_argument(
        "--cases",
        type=Path,
        default=CASES,
        help="folder of case files (default: the suite in tests/fixtures/alignment)",
    )
    args = parser.parse_args()

    clustering, conflicts, mutated = Tally(), Tally(), Tally()
    verdicts: list[str] = []
    cases = load_cases(args.cases)
    with tempfile.TemporaryDirectory() as tmp:
        for n, case in enumerate(cases):
            report = run([write_documents(case.documents, Path(tmp) / f"case{n}")])
            clustering.add(score_clusters(case, report))
            conflicts.add(score_conflicts(case, report))
            verdicts.extend(verdict_errors(case, report))
            for m, mutation in enumerate(mutations(case, report)):
                folder = Path(tmp) / f"case{n}-m{m}"
                mutated.add(
                    score_mutation(mutation, run([write_documents(mutation.documents(), folder)]))
                )
    both = Tally()
    both.add(conflicts)
    both.add(mutated)
    print(f"cases: {len(cases)}")
    print(f"clustering (claim pairs):      {clustering.summary()}")
    print(f"conflicts (labelled):          {conflicts.summary()}")
    print(f"conflicts (one value changed): {mutated.summary()}")
    print(f"conflicts (all):               {both.summary()}")
    print(f"verdicts wrong on found clusters: {len(verdicts)}")
    if args.errors:
        for line in clustering.errors + both.errors + verdicts:
            print("  " + line)
    if args.seeds:
        _no_conflict_runs()
    return 0


def _no_conflict_runs() -> None:
    """corpus/ and the original seeds, with and without dates: no conflict is expected."""
    seeds = ROOT.parent / "shared" / "seeds"
    with tempfile.TemporaryDirectory() as tmp:
        dated = Path(tmp) / "seeds.jsonl"
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "seeds_jsonl.py"), str(dated)],
            check=True,
            capture_output=True,
        )
        for label, path in (
            ("corpus/", ROOT / "corpus"),
            ("seeds, dated", dated),
            ("seeds, undated", seeds),
        ):
            report = run([path])
            shared = [c for c in report.clusters if c.sources > 1]
            print(
                f"{label:15} clusters over 2+ sources: {len(shared)}, "
                f"conflicts: {report.count('conflict')}"  # type: ignore[arg-type]
            )
            for cluster in report.clusters:
                if cluster.verdict == "conflict":
                    print(f"  conflict {cluster.id} {cluster.label}: {cluster.explanation}")


if __name__ == "__main__":
    sys.exit(main())
