#!/usr/bin/env python3
"""Fit the learned second opinion (factcheck/second_opinion.py) on labelled fixtures.

    python scripts/train_pair_model.py            # fit on held-out sets 1-56, score sets 57+
    python scripts/train_pair_model.py --write    # ... and write factcheck/pair_weights.py
    python scripts/train_pair_model.py --show 0.5 # list the unseen sets' pairs scored 0.5+

Pairs are two claims with equal values (identity.same_value) of one kind and unit
that the rules neither link nor veto. A pair is positive when both claims are in
one of its case's expected groups; a claim no group names is, by the fixtures'
convention, a fact no other claim states, so every pair with it is negative. The
model is an L2-regularized logistic regression fitted by gradient descent
(deterministic: same pairs, same weights). The threshold is the lowest at which the
training pairs it links are still right at --precision or better.

Tried and left out (2026-11-27): the same model over unequal values as well, with
how far apart the values are as a feature. On sets 57-112, unseen, it found 7 more
labelled conflicts for 2 more false ones at its threshold, and 21 for 10 at a lower
one, and it raised false conflicts on changed values: below the rules' precision.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.align import block_key  # noqa: E402
from factcheck.identity import same_value, score_pair, veto  # noqa: E402
from factcheck.pipeline import run  # noqa: E402
from factcheck.second_opinion import pair_features  # noqa: E402
from tests.alignment_suite import load_cases, resolve, write_documents  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"

Pair = tuple[dict[str, float], bool, str]  # features, one fact, which claims


def set_number(folder: Path) -> int:
    match = re.search(r"(\d+)$", folder.name)
    return int(match.group(1)) if match else 1


def open_pairs(folder: Path) -> list[Pair]:
    """Every pair of equal values in the folder's cases that the rules leave open."""
    pairs = []
    for case in load_cases(folder):
        with tempfile.TemporaryDirectory() as tmp:
            report = run([write_documents(case.documents, Path(tmp))])
        group_of = {}
        for n, expected in enumerate(case.expect):
            for ref in expected.refs:
                claim = resolve(ref, report.claims)
                if claim is not None:
                    group_of[claim.id] = n
        for a, b in combinations(report.claims, 2):
            if block_key(a) != block_key(b) or (a.doc == b.doc and a.start == b.start):
                continue
            if not same_value(a, b) or veto(a, b, True, 75.0) or score_pair(a, b):
                continue
            one_fact = a.id in group_of and group_of[a.id] == group_of.get(b.id)
            shown = f"{case.name}: {a.doc}:{a.line} {a.text!r} / {b.doc}:{b.line} {b.text!r}"
            pairs.append((pair_features(a, b), one_fact, shown))
    return pairs


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 4000) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= (x.T @ (p - y) / len(y)) + l2 * w
    return w


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--train-up-to", type=int, default=56, help="last set number to fit on")
    parser.add_argument("--precision", type=float, default=0.9, help="wanted on training pairs")
    parser.add_argument("--l2", type=float, default=1e-3, help="regularization strength")
    parser.add_argument("--show", type=float, help="list unseen pairs scored this high or more")
    parser.add_argument("--write", action="store_true", help="write factcheck/pair_weights.py")
    args = parser.parse_args()

    train: list[Pair] = []
    test: list[Pair] = []
    for folder in sorted(FIXTURES.glob("alignment-heldout*"), key=set_number):
        (train if set_number(folder) <= args.train_up_to else test).extend(open_pairs(folder))
    names = sorted({name for features, _, _ in train for name in features})
    index = {name: i for i, name in enumerate(names)}

    def matrix(pairs: list[Pair]) -> tuple[np.ndarray, np.ndarray]:
        x = np.zeros((len(pairs), len(names)))
        for row, (features, _, _) in enumerate(pairs):
            for name, value in features.items():
                if name in index:
                    x[row, index[name]] = value
        return x, np.array([one_fact for _, one_fact, _ in pairs], dtype=float)

    x_train, y_train = matrix(train)
    w = fit(x_train, y_train, args.l2)
    p_train = 1.0 / (1.0 + np.exp(-(x_train @ w)))
    threshold = 1.0
    for t in np.arange(0.99, 0.29, -0.01):
        linked = p_train >= t
        if linked.sum() >= 10 and y_train[linked].mean() >= args.precision:
            threshold = round(float(t), 2)
    print(f"open pairs of equal values: train {len(train)}, unseen {len(test)}")
    print(f"threshold {threshold} (precision {args.precision} on the training pairs)")
    for label, pairs in ((f"sets 1-{args.train_up_to}", train), ("unseen sets", test)):
        x, y = matrix(pairs)
        linked = 1.0 / (1.0 + np.exp(-(x @ w))) >= threshold
        print(
            f"  {label}: linked {int(linked.sum())}, right {int((linked & (y == 1)).sum())}, "
            f"of {int(y.sum())} pairs that are one fact"
        )
    if args.show is not None:
        x, y = matrix(test)
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        for row in np.argsort(-p, kind="stable"):
            if p[row] >= args.show:
                print(f"  {'right' if y[row] else 'WRONG'} {p[row]:.2f} {test[row][2]}")
    if args.write:
        weights = {name: round(float(w[i]), 4) for name, i in index.items() if abs(w[i]) >= 1e-4}
        body = "".join(
            f"    {json.dumps(name)}: {weight!r},\n" for name, weight in sorted(weights.items())
        )
        (ROOT / "factcheck" / "pair_weights.py").write_text(
            '"""Weights of the learned second opinion (`second_opinion.py`), written by\n'
            f"scripts/train_pair_model.py --write (fitted on held-out sets 1-{args.train_up_to},\n"
            f'precision {args.precision}); do not edit by hand."""\n\n'
            f"THRESHOLD = {threshold}\n"
            f"WEIGHTS: dict[str, float] = {{\n{body}}}\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
