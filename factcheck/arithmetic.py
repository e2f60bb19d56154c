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
import re
from collections import defaultdict
from collections.abc import Sequence

from .compare import describe, rounding
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
                figures[(claim.kind, _unit(claim))].append(claim)
        pairs = [found for found in figures.values() if len(found) == 2]
        if len(pairs) == 1:  # two figures the multiplier can relate, and no doubt which
            checks.append(_check(ratios[0], *pairs[0]))
    checks.sort(key=lambda c: (c.doc, c.line, c.claims))
    return [dataclasses.replace(check, id=f"a{n}") for n, check in enumerate(checks, 1)]


def _check(ratio: Claim, first: Claim, second: Claim) -> Check:
    large, small = (first, second) if _value(first) >= _value(second) else (second, first)
    low = (_value(large) - _spread(large)) / (_value(small) + _spread(small))
    small_low = _value(small) - _spread(small)
    high = (_value(large) + _spread(large)) / small_low if small_low > 0 else math.inf
    stated, slack = _value(ratio), _spread(ratio)
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


def _unit(claim: Claim) -> str | None:
    return claim.value.unit if isinstance(claim.value, Quantity) else None


def _spread(claim: Claim) -> float:
    """Half a unit of the figure's last written digit: "4.5 billion" ±0.05e9, "140" ±5."""
    scaled = rounding(claim.text)
    if scaled:
        return scaled
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", claim.text)
    if digits is None:
        return 0.0
    if digits.group(1):
        return 0.5 * 10.0 ** -len(digits.group(1))
    whole = digits.group().replace(",", "")
    zeros = len(whole) - len(whole.rstrip("0"))
    return 0.5 * 10.0**zeros if whole.strip("0") else 0.5
