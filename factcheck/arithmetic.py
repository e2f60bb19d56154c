"""Check the arithmetic a sentence asserts between its own figures.

"The decree allots $4.5 billion, 140 times more than the $31 million spent
before" asserts 4.5e9 / 31e6 ≈ 140. The sentence can be checked on its own,
without another source: the ratio of the two amounts (each read with its
rounding) must cover the multiplier (read with its own rounding). "N times
more than" is read both ways English uses it (a = N·b and a = (N+1)·b).
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Sequence

from .compare import describe, written_spread
from .models import Check, Claim, Kind, Quantity


def check_ratios(claims: Sequence[Claim]) -> list[Check]:
    """Every sentence with one multiplier and two figures in the same unit, checked."""
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.doc, claim.sentence)].append(claim)
    checks = []
    for members in by_sentence.values():
        ratios = [c for c in members if c.kind == Kind.RATIO and _exact(c)]
        if len(ratios) != 1:
            continue
        figures: dict[tuple[Kind, str | None], list[Claim]] = defaultdict(list)
        for claim in members:
            if claim.kind in (Kind.MONEY, Kind.COUNT) and _exact(claim):
                figures[(claim.kind, claim.unit)].append(claim)
        pairs = [found for found in figures.values() if len(found) == 2]
        if len(pairs) == 1:  # two figures the multiplier can relate, and no doubt which
            checks.append(_check(ratios[0], *pairs[0]))
    checks.sort(key=lambda c: (c.doc, c.line, c.claims))
    return [dataclasses.replace(check, id=f"a{n}") for n, check in enumerate(checks, 1)]


def _check(ratio: Claim, first: Claim, second: Claim) -> Check:
    large, small = (first, second) if _value(first) >= _value(second) else (second, first)
    large_spread, small_spread = written_spread(large.text), written_spread(small.text)
    low = (_value(large) - large_spread) / (_value(small) + small_spread)
    small_low = _value(small) - small_spread
    high = (_value(large) + large_spread) / small_low if small_low > 0 else math.inf
    stated, slack = _value(ratio), written_spread(ratio.text)
    # "140 times more than b" is 140·b to most writers and 141·b to some: accept either.
    readings = [(stated - slack, stated + slack), (stated + 1 - slack, stated + 1 + slack)]
    fits = any(lo <= high and low <= hi for lo, hi in readings)
    computed = _value(large) / _value(small) if _value(small) else math.inf
    explanation = (
        f"{describe(large)} / {describe(small)} = {computed:,.3g}"
        f" (with rounding {low:,.3g}–{high:,.3g}); the text says {ratio.text!r}: "
        + ("consistent within rounding" if fits else "off beyond rounding")
    )
    return Check(
        id="",
        doc=ratio.doc,
        line=ratio.line,
        claims=(ratio.id, large.id, small.id),
        consistent=fits,
        explanation=explanation,
    )


def _exact(claim: Claim) -> bool:
    value = claim.value
    return isinstance(value, Quantity) and value.low is not None and value.low == value.high


def _value(claim: Claim) -> float:
    assert isinstance(claim.value, Quantity) and claim.value.low is not None
    return claim.value.low
