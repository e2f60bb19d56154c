"""The arithmetic a sentence asserts between its own figures, checked within rounding."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.arithmetic import check_ratios
from factcheck.models import Kind
from factcheck.pipeline import extract_text

from .factories import claim, qty

SENTENCE = "s"


def figures(ratio_text: str, ratio: float, large: tuple[str, float], small: tuple[str, float]):
    def one(text: str, value: float, kind: Kind, unit: str | None, start: int):
        made = claim(qty(value, unit=unit), text=text, kind=kind, start=start, cid=f"c{start}")
        return dataclasses.replace(made, sentence=SENTENCE)

    return [
        one(large[0], large[1], Kind.MONEY, "USD", 1),
        one(ratio_text, ratio, Kind.RATIO, "times", 2),
        one(small[0], small[1], Kind.MONEY, "USD", 3),
    ]


@pytest.mark.parametrize(
    ("ratio_text", "ratio", "large", "small", "consistent"),
    [
        # 4.5e9 / 31e6 = 145; "4.5 billion" and "31 million" are rounded, "140" to tens.
        ("140 times", 140, ("$4.5 billion", 4.5e9), ("$31 million", 31e6), True),
        ("ten times", 10, ("$50 million", 50e6), ("$5 million", 5e6), True),
        # "three times more than" read as 3x or as 4x: 4x is what the figures give.
        ("three times", 3, ("$40 million", 40e6), ("$10 million", 10e6), True),
        ("140 times", 140, ("$4.5 billion", 4.5e9), ("$3 million", 3e6), False),
        ("12 times", 12, ("$90 million", 90e6), ("$3 million", 3e6), False),
    ],
)
def test_ratio_is_checked_within_rounding(ratio_text, ratio, large, small, consistent) -> None:
    (check,) = check_ratios(figures(ratio_text, ratio, large, small))
    assert check.consistent is consistent
    assert check.claims == ("c2", "c1", "c3")  # the multiplier, the larger, the smaller
    assert ("consistent within rounding" in check.explanation) is consistent


def test_a_sentence_without_two_figures_in_one_unit_is_not_checked() -> None:
    items = figures("140 times", 140, ("$4.5 billion", 4.5e9), ("$31 million", 31e6))
    items[2] = dataclasses.replace(items[2], value=qty(31e6, unit="EUR"))
    assert check_ratios(items) == []
    assert check_ratios(items[:2]) == []


@pytest.mark.nlp
def test_real_sentence_with_consistent_and_inconsistent_arithmetic() -> None:
    text = (
        "The city will spend $6 billion on the new metro line, 200 times more than the "
        "$30 million it spent on buses last year.\n\n"
        "The new fund holds $80 million, 40 times more than the $4 million the old one held.\n"
    )
    checks = check_ratios(extract_text(text))
    assert [(c.line, c.consistent) for c in checks] == [(1, True), (3, False)]
    assert checks[1].id == "a2" and "off beyond rounding" in checks[1].explanation
