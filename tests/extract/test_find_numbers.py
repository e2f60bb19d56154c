"""Spans and kinds of the figures `find_numbers` finds in sentences, and what it must skip."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.numbers import find_numbers
from factcheck.models import Kind, Quantity
from factcheck.normalize.units import dimension
from factcheck.pipeline import extract_text

# sentence, expected [(mention text, kind, low, high)]
FOUND = [
    ("Officials said at least 273 prisoners were freed.",
     [("at least 273", Kind.COUNT, 273, None)]),
    ("More than 200 drones flew overnight.", [("More than 200", Kind.COUNT, 200, None)]),
    ("Turnout was over 95% in the city.", [("over 95%", Kind.PERCENT, 95, None)]),
    # "over" after a verb that lays an event out over a span: the span's preposition
    ("The open was played over 11 rounds.", [("11", Kind.COUNT, 11, 11)]),
    # an age group is no count and nobody's age
    ("The reform lets 16-year-olds vote, as 16- and 17-year-olds can in 12 states.",
     [("12", Kind.COUNT, 12, 12)]),
    ("Held over 3 days, it drew over 40,000 fans.",
     [("3", Kind.COUNT, 3, 3), ("over 40,000", Kind.COUNT, 40000, None)]),
    ("The fund holds $4.5 billion.", [("$4.5 billion", Kind.MONEY, 4.5e9, 4.5e9)]),
    ("Damage reached about 4.5 billion euros.",
     [("about 4.5 billion euros", Kind.MONEY, 4.5e9, 4.5e9)]),
    ("The firm raised $31m and then 3.8bn more.",
     [("$31m", Kind.MONEY, 31e6, 31e6), ("3.8bn", Kind.COUNT, 3.8e9, 3.8e9)]),
    ("A grant of £2,500 went to 1,200 families.",
     [("£2,500", Kind.MONEY, 2500, 2500), ("1,200", Kind.COUNT, 1200, 1200)]),
    ("We counted 12\u00a0500 ballots and 40\u202f000 votes.",
     [("12\u00a0500", Kind.COUNT, 12500, 12500), ("40\u202f000", Kind.COUNT, 40000, 40000)]),
    ("Seven boats and twenty-one trucks arrived.",
     [("Seven", Kind.COUNT, 7, 7), ("twenty-one", Kind.COUNT, 21, 21)]),
    # a fraction of a group is a share of it; a fraction alone stays a number
    ("Roughly a third of the crops failed.", [("Roughly a third", Kind.PERCENT, 100 / 3, 100 / 3)]),
    ("More than four in five nurses voted.", [("More than four in five", Kind.PERCENT, 80, None)]),
    ("Nine out of 10 doctors agree.", [("Nine out of 10", Kind.PERCENT, 90, 90)]),
    ("About one in 20 homes flooded.", [("About one in 20", Kind.PERCENT, 5, 5)]),
    # with "every", any base: "one in every 2,100 homes"
    ("One in every 2,100 homes was repossessed.",
     [("One in every 2,100", Kind.PERCENT, 100 / 2100, 100 / 2100)]),
    ("The answer was two thirds.", [("two thirds", Kind.COUNT, 2 / 3, 2 / 3)]),
    ("He scored 3 in 10 minutes.", [("3", Kind.COUNT, 3, 3), ("10", Kind.COUNT, 10, 10)]),
    ("Prices rose 5 in 2024 alone.", [("5", Kind.COUNT, 5, 5)]),
    ("Prices rose 10 to 20 percent last year.", [("10 to 20 percent", Kind.PERCENT, 10, 20)]),
    ("Between 10 and 20 people were hurt.", [("Between 10 and 20", Kind.COUNT, 10, 20)]),
    ("Ages ranged from 5 to 7.", [("from 5 to 7", Kind.COUNT, 5, 7)]),
    ("Rents climbed 10–20% this spring.", [("10–20%", Kind.PERCENT, 10, 20)]),
    ("Output grew 140 times and costs rose 13-fold.",
     [("140 times", Kind.RATIO, 140, 140), ("13-fold", Kind.RATIO, 13, 13)]),
    ("Sales doubled while staff numbers halved.",
     [("doubled", Kind.RATIO, 2, 2), ("halved", Kind.RATIO, 0.5, 0.5)]),
    ("The column stretched 5 km and carried 20 tonnes.",
     [("5 km", Kind.QUANTITY, 5, 5), ("20 tonnes", Kind.QUANTITY, 20, 20)]),
    ("Hundreds of residents and tens of thousands of troops left.",
     [("Hundreds", Kind.COUNT, 200, 1000), ("tens of thousands", Kind.COUNT, 20000, 100000)]),
    ("Nearly 300 homes lost power.", [("Nearly 300", Kind.COUNT, None, 300)]),
    ("Up to 50 buses will run.", [("Up to 50", Kind.COUNT, None, 50)]),
    ("A 45-year-old driver was detained.", [("45-year-old", Kind.QUANTITY, 45, 45)]),
    ("Taras, 45, said he stayed.", [("45", Kind.QUANTITY, 45, 45)]),
    ("The loan totals C$ 300 million.", [("C$ 300 million", Kind.MONEY, 3e8, 3e8)]),
    ("In 2014, 2,000 soldiers crossed.", [("2,000", Kind.COUNT, 2000, 2000)]),
    ("Inflation fell by 0.5 percentage points.",
     [("0.5 percentage points", Kind.PERCENT, 0.5, 0.5)]),
    ("192.168.1.2", [("192", Kind.COUNT, 192, 192), ("168", Kind.COUNT, 168, 168),
                     ("1", Kind.COUNT, 1, 1), ("2", Kind.COUNT, 2, 2)]),
    ("Let us try one last time.", [("one", Kind.COUNT, 1, 1)]),
    ("The figure was -4.5 overall.", [("-4.5", Kind.COUNT, -4.5, -4.5)]),
    ("Three quarters of voters agreed.", [("Three quarters", Kind.PERCENT, 75, 75)]),
    ("The ticket cost 3 dollars and 40 cents.",
     [("3 dollars and 40 cents", Kind.MONEY, 3.4, 3.4)]),
    ("By the end of 2023 it had 40 more.", [("40", Kind.COUNT, 40, 40)]),
    ("Maria (L), 39, waited.", [("39", Kind.QUANTITY, 39, 39)]),
    ("Vets culled birds in a 3-kilometre zone after 180 millimetres of rain.",
     [("3-kilometre", Kind.QUANTITY, 3, 3), ("180 millimetres", Kind.QUANTITY, 180, 180)]),
    ("The 930-megawatt farm will power homes.", [("930-megawatt", Kind.QUANTITY, 930, 930)]),
    ("Temperatures reached 38°C and 101 °F.",
     [("38°C", Kind.QUANTITY, 38, 38), ("101 °F", Kind.QUANTITY, 101, 101)]),
    ("The heat hit 38C in the shade.", [("38C", Kind.QUANTITY, 38, 38)]),
    ("It was 12 degrees Celsius.", [("12 degrees Celsius", Kind.QUANTITY, 12, 12)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_finds_figures(
    sentence: str, expected: list[tuple[str, Kind, float | None, float | None]]
) -> None:
    mentions = find_numbers(sentence)
    assert [(m.text, m.kind) for m in mentions] == [(t, k) for t, k, _, _ in expected]
    for mention, (_, _, low, high) in zip(mentions, expected, strict=True):
        assert isinstance(mention.value, Quantity)
        for got, want in ((mention.value.low, low), (mention.value.high, high)):
            assert (got is None) == (want is None)
            if got is not None and want is not None:
                assert math.isclose(got, want, rel_tol=1e-9)


NOT_FOUND = [
    "Article 286 of the code applies.",
    "Most Year 6 pupils met the standard.",
    "Rural category 1 calls took longest to reach.",  # a label in lower case too
    "The town moved into tier 3 restrictions.",
    "The council issued a section 114 notice.",
    "Veterans of World War II gathered.",
    "COVID-19 cases fell.",
    "An Su-34 and two F-16 jets were seen.",
    "The G7 met again.",
    "Call +1-202-555-0143 for details.",
    "ISBN 978-3-16-148410-0 is listed.",
    "2 min read",
    "3 min read · Show more",
    "1. Opening remarks",
    "It happened in 1987.",
    "Fighting has gone on since 2014.",
    "In March 2022 the talks stalled.",
    "The law was signed 2025-09-29.",
    "Join usnewscom_channel or t.me/abc123 now.",
    "See https://example.com/page?id=42&x=7%20y for more.",
    "She finished 3rd and he came 21st.",
    "The first round ended.",
    "The twenty-first century began.",
    "The one you mentioned is broken.",
    "Which one do you prefer?",
    "They met at 10:30 on 5/17/2018.",
    "It was a one-off payment.",
    "The second half started late.",
    "They won 1e309 and 10^400 nothing.",
    "An apple a day.",
    "The ministry spoke on Aug. 27 and September 29.",
    "See kyiv-report-2025-08-27.md for the notes.",
    "She moved into Flat 12C last year.",  # no temperature spoken of: an address
]


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_skips_non_figures(sentence: str) -> None:
    found = [m.text for m in find_numbers(sentence) if m.text not in ("two",)]
    assert found == []


def test_absurd_digits_stay_finite() -> None:
    for mention in find_numbers("A debt of 999,999,999,999,999,999,999 was cited."):
        assert isinstance(mention.value, Quantity)
        assert mention.value.low is not None and math.isfinite(mention.value.low)


def test_mentions_sorted_and_disjoint() -> None:
    text = "Between 10 and 20 people, about $5 million, and 30% more than 2 km away."
    mentions = find_numbers(text)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


_ALPHABET = "0123456789 .,-–/%$£€abcmkMtwoneandhalf\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_ALPHABET)), max_size=80) | st.text(max_size=80))
def test_never_raises_and_offsets_slice(text: str) -> None:
    previous_end = 0
    for mention in find_numbers(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        previous_end = mention.end
        assert mention.kind in {Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.RATIO, Kind.QUANTITY}
        assert isinstance(mention.value, Quantity)
        for bound in (mention.value.low, mention.value.high):
            assert bound is None or math.isfinite(bound)


def test_a_long_run_of_joined_numbers_is_read_in_linear_time() -> None:
    import time

    text = " and ".join(str(i * 7) for i in range(1500))
    started = time.perf_counter()
    found = find_numbers(text)
    assert len(found) > 1000
    assert time.perf_counter() - started < 20  # was cubic: minutes for this input


# Words that can start a figure, cased oddly, and the non-ASCII letters that
# IGNORECASE matches to ASCII ones ("SİX" is "six" to the regexes).
_WORDS = ["six", "SİX", "ſix", "Twice", "tens", "of", "hundreds", "a", "half", "one's", "dozen"]
_WORDS += ["the", "zone", "sixty-one", "thrice.", "Billions,", "K", "x", "ı", "⅓", "٣", "cat"]
_WORDS += ["12", "3.5", "$4", "minus", "-7", "million", "and", "over", "1/2", "%", "a.m.", "5pm"]
# What the blocked patterns skip (URLs, handles, dates, times, labels, files, ordinals).
_WORDS += ["www.x.COM/7", "a@b.io", "#5", "2025-09-29", "5/17/2018", "10:30", "3 p.m.", "min"]
_WORDS += ["read", "+1 555 123 4567", "ıſbn 978-3", "COVID-19", "F16", "notes-2.md", "3rd"]
_WORDS += ["7@b.io", "9.pdf", "2025-9-29"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=10).map(" ".join) | st.text(max_size=60))
def test_shortcuts_find_what_the_full_scan_finds(text: str) -> None:
    """The word check that skips a text, or its number-word patterns, changes nothing."""
    from factcheck.extract.numbers import _find_figures

    assert find_numbers(text) == _find_figures(text)


def test_shortcuts_on_the_corpus() -> None:
    from factcheck.extract.numbers import _find_figures

    root = Path(__file__).resolve().parents[2] / "corpus"
    for path in sorted(root.glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert find_numbers(line) == _find_figures(line)


def test_a_speed_per_second_is_a_speed_not_a_length() -> None:
    text = "The probe left at 11.2 km/s; the fireball moved at 19 kilometres a second."
    units = [(c.text, getattr(c.value, "unit", None)) for c in extract_text(text)]
    assert units == [("11.2 km/s", "km/s"), ("19 kilometres a second", "km/s")]
    # blocked with speeds, never with lengths
    assert dimension("km/s") == dimension("mph") != dimension("km")


def test_temperatures_keep_their_scale() -> None:
    units = [m.value.unit for m in find_numbers("Highs of 38C, or 101 °F, and 12 degrees Celsius.")]
    assert units == ["°C", "°F", "°C"]


def test_a_speed_keeps_its_per_hour() -> None:
    # the date finder reads "per hour" as a frequency; inside a speed it is the unit's
    text = "The van was doing 80 km per hour, and gusts reached 94 miles an hour twice per hour."
    claims = [(c.text, c.kind, getattr(c.value, "unit", None)) for c in extract_text(text)]
    assert claims == [
        ("80 km per hour", Kind.QUANTITY, "km/h"),
        ("94 miles an hour", Kind.QUANTITY, "mph"),
        ("twice per hour", Kind.SET, None),
    ]
