"""Dev aid: for every expected pair the pipeline left apart, say why (veto or no link).

python scripts/why_apart.py tests/fixtures/alignment-heldout6 [more folders]
"""

from __future__ import annotations

import sys
import tempfile
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.align import block_key, blocking_words, probe_words
from factcheck.identity import same_value, score_pair, veto_reason
from factcheck.pipeline import run
from tests.alignment_suite import load_cases, resolve, write_documents


def _key(c) -> str:
    k = c.key
    return (
        f"m={' '.join(k.measure)}|h={k.measure_head}|ev={k.event}|args={' '.join(k.event_args)}"
        f"|subj={' '.join(k.subjects)}|pl={' '.join(k.places)}|t={k.time_ref}"
    )


def _candidates(a, b) -> bool:
    """Whether blocking compares the pair at all (align `_candidates`)."""
    if block_key(a) != block_key(b):
        return False
    words_a, words_b = blocking_words(a), blocking_words(b)
    return bool(words_a & words_b or probe_words(a) & words_b or probe_words(b) & words_a)


def main() -> None:
    for folder in sys.argv[1:]:
        for case in load_cases(Path(folder)):
            with tempfile.TemporaryDirectory() as tmp:
                report = run([write_documents(case.documents, Path(tmp))])
            cluster_of = {cid: k.id for k in report.clusters for cid in k.claims}
            for expected in case.expect:
                claims = [resolve(r, report.claims) for r in expected.refs]
                for a, b in combinations([c for c in claims if c is not None], 2):
                    if cluster_of.get(a.id) == cluster_of.get(b.id):
                        continue
                    same = same_value(a, b)
                    reason = veto_reason(a, b, same, 75.0)
                    why = (
                        f"VETO({reason})"
                        if reason
                        else "nolink"
                        if score_pair(a, b) is None
                        else "linked-but-split"
                        if _candidates(a, b)
                        else "linked-but-never-compared"
                    )
                    print(
                        f"{case.name}: {why} same={same} expected={expected.verdict}"
                        f"\n  {a.doc}:{a.line} {a.text!r} {_key(a)}"
                        f"\n  {b.doc}:{b.line} {b.text!r} {_key(b)}"
                    )


if __name__ == "__main__":
    main()
