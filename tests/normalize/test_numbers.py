"""Value tables for figure parsing: surface string -> kind and bounds."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Kind
from factcheck.normalize.numbers import currency_code, number_chunks, parse_figure, parse_number

NUMBERS = [
    ("7", 7),
    ("1,234,567", 1234567),
    ("1 234 567", 1234567),
    ("40\u202f000", 40000),
    ("12\u00a0500", 12500),
    ("1\u2009234.5", 1234.5),
    ("4.800", 4.8),
    (".08", 0.08),
    ("5,00", 5),
    ("-12", -12),
    ("minus five", -5),
    ("seven", 7),
    ("twenty-one", 21),
    ("fifty - two", 52),
    ("one hundred and six", 106),
    ("Three hundred  and  thirty one", 331),
    ("two hundred and two thousand", 202000),
    ("twenty-one trillion and three hundred", 21000000000300),
    ("4 thousand 3 hundred and 21", 4321),
    ("322 hundred", 32200),
    ("a dozen", 12),
    ("three dozens", 36),
    ("half a dozen", 6),
    ("a hundred", 100),
    ("4.5 billion", 4.5e9),
    ("1,674.5 million", 1674500000),
    ("3.8bn", 3.8e9),
    ("31m", 31e6),
    ("10k", 10000),
    ("10G", 1e10),
    ("2mil", 2e6),
    ("10 bln", 1e10),
    ("13 lakh", 1300000),
    ("three lakh crore", 3e12),
    ("half million", 500000),
    ("quarter million", 250000),
    ("a half", 0.5),
    ("a third", 1 / 3),
    ("two thirds", 2 / 3),
    ("three quarters", 0.75),
    ("five eighths", 0.625),
    ("one and a half", 1.5),
    ("forty two and a third", 42 + 1 / 3),
    ("three million and a half", 3.5e6),
    ("one billion and three quarters million", 1000750000),
    ("two thirds of a million", 2e6 / 3),
    ("a twenty-first", 1 / 21),
    ("one hundred and thirty fifths", 26),
    ("a hundred thousand trillionths", 1e-7),
    ("two hundred point zero three", 200.03),
    ("nought point eleven", 0.11),
    ("one over three", 1 / 3),
    ("one out of three", 1 / 3),
    ("3/4", 0.75),
    ("2 1/4", 2.25),
    ("1e10", 1e10),
    ("1.3e6", 1.3e6),
    ("2.5^-1", 0.4),
    ("2½", 2.5),
    ("999,999,999,999,999,999,999", 1e21),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text: str, expected: float) -> None:
    value = parse_number(text)
    assert value is not None
    assert math.isclose(value, expected, rel_tol=1e-9)


NOT_NUMBERS = [
    "", "a", "an", "and", "first", "the third", "two millionth", "seconds", "hello",
    "1e309", "10^400", "10g", "one one", "point five and",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


N = None
# text, kind, low, high, low_inclusive, high_inclusive, unit, approx
FIGURES = [
    ("273", Kind.COUNT, 273, 273, True, True, N, False),
    ("at least 273", Kind.COUNT, 273, N, True, True, N, False),
    ("more than 200", Kind.COUNT, 200, N, False, True, N, False),
    ("over 95%", Kind.PERCENT, 95, N, False, True, "%", False),
    ("in excess of 1,000", Kind.COUNT, 1000, N, False, True, N, False),
    ("topped 160 km/h", Kind.QUANTITY, 160, N, False, True, "km/h", False),
    ("exceeded £4 million", Kind.MONEY, 4e6, N, False, True, "GBP", False),
    ("no fewer than 12", Kind.COUNT, 12, N, True, True, N, False),
    ("up to 50", Kind.COUNT, N, 50, True, True, N, False),
    ("no more than 5", Kind.COUNT, N, 5, True, True, N, False),
    ("fewer than 10", Kind.COUNT, N, 10, True, False, N, False),
    ("under 3 km", Kind.QUANTITY, N, 3, True, False, "km", False),
    ("nearly 300", Kind.COUNT, N, 300, True, False, N, True),
    ("almost half", Kind.COUNT, N, 0.5, True, False, N, True),
    ("about 4.5 billion", Kind.COUNT, 4.5e9, 4.5e9, True, True, N, True),
    ("some 200", Kind.COUNT, 200, 200, True, True, N, True),
    ("an estimated £50m", Kind.MONEY, 50e6, 50e6, True, True, "GBP", True),
    ("between 10 and 20", Kind.COUNT, 10, 20, True, True, N, False),
    ("10–20", Kind.COUNT, 10, 20, True, True, N, False),
    ("from 5 to 7", Kind.COUNT, 5, 7, True, True, N, False),
    ("10 to 20 percent", Kind.PERCENT, 10, 20, True, True, "%", False),
    ("5 to 7 million", Kind.COUNT, 5e6, 7e6, True, True, N, False),
    ("$5-7 billion", Kind.MONEY, 5e9, 7e9, True, True, "USD", False),
    ("95%", Kind.PERCENT, 95, 95, True, True, "%", False),
    ("95 per cent", Kind.PERCENT, 95, 95, True, True, "%", False),
    ("95 pct", Kind.PERCENT, 95, 95, True, True, "%", False),
    ("3 percentage points", Kind.PERCENT, 3, 3, True, True, "pp", False),
    ("twenty percent", Kind.PERCENT, 20, 20, True, True, "%", False),
    ("$4.5 billion", Kind.MONEY, 4.5e9, 4.5e9, True, True, "USD", False),
    ("$ 75 million", Kind.MONEY, 75e6, 75e6, True, True, "USD", False),
    ("US$ 1MM", Kind.MONEY, 1e6, 1e6, True, True, "USD", False),
    ("C$ 16.4 million", Kind.MONEY, 16.4e6, 16.4e6, True, True, "CAD", False),
    ("CA$10", Kind.MONEY, 10, 10, True, True, "CAD", False),
    ("A$3bn", Kind.MONEY, 3e9, 3e9, True, True, "AUD", False),
    ("HK$ 10.05 billion", Kind.MONEY, 10.05e9, 10.05e9, True, True, "HKD", False),
    ("€2 million", Kind.MONEY, 2e6, 2e6, True, True, "EUR", False),
    ("₴1.2 billion", Kind.MONEY, 1.2e9, 1.2e9, True, True, "UAH", False),
    ("₽300", Kind.MONEY, 300, 300, True, True, "RUB", False),
    ("₹500 crore", Kind.MONEY, 5e9, 5e9, True, True, "INR", False),
    ("¥1,000", Kind.MONEY, 1000, 1000, True, True, "JPY", False),
    ("USD 40 million", Kind.MONEY, 40e6, 40e6, True, True, "USD", False),
    ("30 billion EUR", Kind.MONEY, 30e9, 30e9, True, True, "EUR", False),
    ("323 million euros", Kind.MONEY, 323e6, 323e6, True, True, "EUR", False),
    ("10,000 Swiss francs", Kind.MONEY, 10000, 10000, True, True, "CHF", False),
    ("5 million yen", Kind.MONEY, 5e6, 5e6, True, True, "JPY", False),
    ("100 billion yuan", Kind.MONEY, 1e11, 1e11, True, True, "CNY", False),
    ("2 billion hryvnias", Kind.MONEY, 2e9, 2e9, True, True, "UAH", False),
    ("40 roubles", Kind.MONEY, 40, 40, True, True, "RUB", False),
    ("35 lakh rupees", Kind.MONEY, 3.5e6, 3.5e6, True, True, "INR", False),
    ("12 billion Czech crowns", Kind.MONEY, 12e9, 12e9, True, True, "CZK", False),
    ("140 million Swedish kronor", Kind.MONEY, 140e6, 140e6, True, True, "SEK", False),
    # a crown of no named country: money all the same, kept by its name
    ("48.6 million crowns", Kind.MONEY, 48.6e6, 48.6e6, True, True, "crowns", False),
    ("50 cents", Kind.MONEY, 0.5, 0.5, True, True, "USD", False),
    ("470 pence", Kind.MONEY, 4.7, 4.7, True, True, "GBP", False),
    ("3 dollars 50 cents", Kind.MONEY, 3.5, 3.5, True, True, "USD", False),
    ("140 times", Kind.RATIO, 140, 140, True, True, "times", False),
    ("13-fold", Kind.RATIO, 13, 13, True, True, "times", False),
    ("doubled", Kind.RATIO, 2, 2, True, True, "times", False),
    ("tripled", Kind.RATIO, 3, 3, True, True, "times", False),
    ("twice", Kind.RATIO, 2, 2, True, True, "times", False),
    ("tenfold", Kind.RATIO, 10, 10, True, True, "times", False),
    ("5 km", Kind.QUANTITY, 5, 5, True, True, "km", False),
    ("20 tonnes", Kind.QUANTITY, 20, 20, True, True, "t", False),
    ("14.2 gigawatts", Kind.QUANTITY, 14.2, 14.2, True, True, "GW", False),
    ("900 megawatts", Kind.QUANTITY, 900, 900, True, True, "MW", False),
    ("3-kilometre", Kind.QUANTITY, 3, 3, True, True, "km", False),
    ("140-kilogram", Kind.QUANTITY, 140, 140, True, True, "kg", False),
    ("180 millimetres", Kind.QUANTITY, 180, 180, True, True, "mm", False),
    ("45-year-old", Kind.QUANTITY, 45, 45, True, True, "years", False),
    ("hundreds", Kind.COUNT, 200, 1000, True, False, N, True),
    ("tens of thousands", Kind.COUNT, 20000, 100000, True, False, N, True),
]


@pytest.mark.parametrize(
    ("text", "kind", "low", "high", "low_incl", "high_incl", "unit", "approx"), FIGURES
)
def test_parse_figure(
    text: str,
    kind: Kind,
    low: float | None,
    high: float | None,
    low_incl: bool,
    high_incl: bool,
    unit: str | None,
    approx: bool,
) -> None:
    parsed = parse_figure(text)
    assert parsed is not None, text
    got_kind, q = parsed
    assert got_kind is kind
    for got, want in ((q.low, low), (q.high, high)):
        assert (got is None) == (want is None)
        if got is not None and want is not None:
            assert math.isclose(got, want, rel_tol=1e-9)
    assert (q.low_inclusive, q.high_inclusive, q.unit, q.approx) == (
        low_incl, high_incl, unit, approx,
    )  # fmt: skip
    assert q.rule


NOT_FIGURES = ["", "more than", "between 10", "20 to 10", "$", "hello world", "the third"]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_parse_figure_rejects(text: str) -> None:
    assert parse_figure(text) is None


def test_number_chunks_splits_runs() -> None:
    assert number_chunks("4000 3 hundred and 21") == [(0, 4, 4000.0), (5, 21, 321.0)]
    assert [v for _, _, v in number_chunks("three-nought-four")] == [3, 0, 4]
    assert [v for _, _, v in number_chunks("3 hundred and 2.12 hundred")] == [300, 212]


@pytest.mark.parametrize(
    ("sign", "prefix", "code"),
    [("$", None, "USD"), ("$", "US", "USD"), ("$", "C", "CAD"), ("$", "A", "AUD"),
     ("$", "HK", "HKD"), ("£", None, "GBP"), ("euros", None, "EUR"), ("UAH", None, "UAH"),
     ("dong?", None, None)],
)  # fmt: skip
def test_currency_code(sign: str, prefix: str | None, code: str | None) -> None:
    assert currency_code(sign, prefix) == code


@given(st.text(max_size=60))
def test_parsers_never_raise_or_return_non_finite(text: str) -> None:
    value = parse_number(text)
    assert value is None or math.isfinite(value)
    parsed = parse_figure(text)
    if parsed is not None:
        for bound in (parsed[1].low, parsed[1].high):
            assert bound is None or math.isfinite(bound)
