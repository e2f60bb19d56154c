"""A learned second opinion on equal values the rules in `identity.py` neither link
nor veto.

The rules link two claims only on named evidence (one act, one measure, one actor),
and so miss many restatements worded apart: "the pilots walk out on 6 November" /
"the strike starts on 6 November". Pairs of equal values the rules leave open are
scored by a logistic model over the key parts the rules read (how much of the
measure, subject and arguments the two share, whether each is the one value its
article gives) and the words around each value, trained by
`scripts/train_pair_model.py` on labelled fixtures and written to `pair_weights.py`.

Equal values only, because a wrong link of two equal values cannot raise a conflict,
while a wrong link of two different ones is a false alarm: trained on unequal pairs
too, the model reached about 0.8 precision on unseen sets, below the rules' own (see
the script's docstring). Its links only add: a vetoed pair stays apart, every group
still passes the complete-link vetoes in `align.py`, and its links rank below every
rule link, so a rule decides a claim's group first.
"""

from __future__ import annotations

import math
import re

from .identity import (
    PairScore,
    heads_match,
    same_value,
    subject_overlap,
    subjects_compatible,
    veto,
)
from .lexicon import KEY_STOP_WORDS, same_event
from .models import Claim
from .pair_weights import THRESHOLD, WEIGHTS


def pair_features(a: Claim, b: Claim) -> dict[str, float]:
    """What the model reads of a pair of claims (with equal values)."""
    ka, kb = a.key, b.key
    features: dict[str, float] = {"bias": 1.0}
    features["same_doc"] = float(a.doc == b.doc)
    features[f"event={_event_relation(a, b)}"] = 1.0
    for name, left, right in (
        ("measure", ka.measure, kb.measure),
        ("subjects", ka.subjects, kb.subjects),
        ("args", ka.event_args, kb.event_args),
    ):
        overlap = subject_overlap(left, right)
        features[f"{name}_overlap"] = overlap or 0.0
        features[f"{name}_unknown"] = float(overlap is None)
    for name, left, right in (
        ("subjects", ka.subjects, kb.subjects),
        ("actors", ka.actors, kb.actors),
        ("places", ka.places, kb.places),
    ):
        features[f"{name}={subjects_compatible(left, right)}"] = 1.0
    if ka.measure_head and kb.measure_head:
        features[f"heads={heads_match(ka.measure_head, kb.measure_head)}"] = 1.0
    features["told_once"] = (ka.told_once + kb.told_once) / 2
    features["told_once_both"] = float(ka.told_once and kb.told_once)
    features["counted_once"] = (ka.counted_once + kb.counted_once) / 2
    features["counted_once_both"] = float(ka.counted_once and kb.counted_once)
    features[f"time_ref={_relation(ka.time_ref, kb.time_ref)}"] = 1.0
    for flag in ("earlier", "hedged", "part", "change"):
        features[f"differ_{flag}"] = float(getattr(ka, flag) != getattr(kb, flag))
    near_a, near_b = _context_words(a), _context_words(b)
    features["near_overlap"] = _shared(near_a, near_b, min(len(near_a), len(near_b)))
    whole_a, whole_b = _context_words(a, None), _context_words(b, None)
    features["sentence_overlap"] = _shared(whole_a, whole_b, min(len(whole_a), len(whole_b)))
    features["sentence_jaccard"] = _shared(whole_a, whole_b, len(whole_a | whole_b))
    for name in ("near_overlap", "sentence_overlap"):
        features[f"{a.kind}*{name}"] = features[name]  # a shared word means more for a date
    return features


def probability(a: Claim, b: Claim, weights: dict[str, float] = WEIGHTS) -> float:
    """How likely the model holds it that two claims state one fact."""
    z = sum(weights.get(name, 0.0) * value for name, value in pair_features(a, b).items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def second_opinion(a: Claim, b: Claim, threshold: float = 75.0) -> PairScore | None:
    """A link for two equal values the rules left unlinked, when the model is
    confident; scored below every rule link (those score 1 and up)."""
    if a.doc == b.doc and a.start == b.start:
        return None
    if not same_value(a, b) or veto(a, b, True, threshold):
        return None
    p = probability(a, b)
    if p < THRESHOLD:
        return None
    return PairScore(p, f"learned second opinion (p = {p:.2f})", learned=True)


_WORD = re.compile(r"[^\W\d_]{3,}")
# Words that say nothing of what a sentence is about (spaCy's list would import spaCy
# into runs served from the claim cache).
_FILLER = KEY_STOP_WORDS | frozenset(
    "is are was were been being has had does did said says say told according".split()
)


def _context_words(claim: Claim, reach: int | None = 6) -> set[str]:
    """Content words around a claim in its sentence (`reach` words each side; None for
    the whole sentence), crudely stemmed so "strike" meets "strikes"."""
    sentence = claim.sentence
    at = next(claim.places_in_sentence(), -1)
    if reach is not None and at >= 0:
        before = _WORD.findall(sentence[:at])[-reach:]
        after = _WORD.findall(sentence[at + len(claim.text) :])[:reach]
        words = before + after
    else:
        words = _WORD.findall(sentence)
    return {w.casefold()[:5] for w in words if w.casefold() not in _FILLER}


def _shared(left: set[str], right: set[str], out_of: int) -> float:
    return len(left & right) / max(1, out_of)


def _event_relation(a: Claim, b: Claim) -> str:
    left, right = a.key.event, b.key.event
    if not left or not right:
        return "none" if not left and not right else "one"
    if left == right:
        return "same"
    return "kin" if same_event(left, right, when=a.kind.is_temporal) else "other"


def _relation(left: object, right: object) -> str:
    if left is None or right is None:
        return "none" if left is None and right is None else "one"
    return "same" if left == right else "other"
