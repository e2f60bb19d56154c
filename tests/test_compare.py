"""Verdicts by interval logic: a table of value pairs and the verdict they must get."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.compare import describe, judge
from factcheck.models import DateValue, Granularity, Kind, Verdict
from factcheck.normalize.numbers import parse_figure
from factcheck.settings import Tolerance

from .factories import claim, day, qty, span

LATE_AUGUST = span("2025-08", "2025-08-21", "2025-08-31", Granularity.MONTH, approx=True)
WEEK_35_SO_FAR = span("2025-W35", "2025-08-25", "2025-08-27", Granularity.WEEK, approx=True)
MORE_THAN_200 = qty(200, None, low_inclusive=False, exact=False)
NEARLY_HALF_A_MILLION = qty(None, 500000, approx=True, high_inclusive=False, exact=False)
XXXX_0929 = DateValue(timex="XXXX-09-29", start=None, end=None, granularity=Granularity.DAY)

CASES = [
    # (value a, text a, value b, text b, verdict)
    (day("2025-09-29"), "September 29", day("2025-09-29"), "Sept. 29, 2025", Verdict.AGREE),
    (LATE_AUGUST, "late August", day("2025-08-25"), "Aug. 25", Verdict.COMPATIBLE),
    (WEEK_35_SO_FAR, "earlier this week", LATE_AUGUST, "late August", Verdict.COMPATIBLE),
    (day("2025-09-29"), "September 29", day("2025-09-30"), "September 30", Verdict.CONFLICT),
    (
        span("1984", "1984-01-01", "1984-12-31", Granularity.YEAR),
        "1984",
        span("1987", "1987-01-01", "1987-12-31", Granularity.YEAR),
        "1987",
        Verdict.CONFLICT,
    ),
    (XXXX_0929, "September 29", day("2025-09-29"), "September 29, 2025", Verdict.COMPATIBLE),
    (XXXX_0929, "September 29", day("2025-09-28"), "September 28, 2025", Verdict.CONFLICT),
    (MORE_THAN_200, "more than 200", qty(273), "273", Verdict.COMPATIBLE),
    (MORE_THAN_200, "more than 200", qty(120, approx=True), "about 120", Verdict.CONFLICT),
    (MORE_THAN_200, "more than 200", qty(200), "200", Verdict.CONFLICT),
    (qty(200, None, exact=False), "at least 200", qty(200), "200", Verdict.COMPATIBLE),
    (qty(95, unit="%"), "95%", qty(95, unit="%"), "95 percent", Verdict.AGREE),
    (qty(95, unit="%"), "95%", qty(80, unit="%"), "80%", Verdict.CONFLICT),
    (
        qty(4.5e9, unit="USD"),
        "$4.5 billion",
        qty(4.52e9, unit="USD"),
        "$4.52 billion",
        Verdict.COMPATIBLE,
    ),
    (
        qty(4.5e9, unit="USD"),
        "$4.5 billion",
        qty(4.7e9, unit="USD"),
        "$4.7 billion",
        Verdict.CONFLICT,
    ),
    # rounded half up: $4.55 billion would be written $4.6 billion
    (
        qty(4.5e9, unit="USD"),
        "$4.5 billion",
        qty(4.6e9, unit="USD"),
        "$4.6 billion",
        Verdict.CONFLICT,
    ),
    (qty(None, 50, exact=False), "up to 50", qty(40), "40", Verdict.COMPATIBLE),
    (qty(10, 20), "between 10 and 20", qty(25), "25", Verdict.CONFLICT),
    (qty(10, 20), "between 10 and 20", qty(15), "15", Verdict.COMPATIBLE),
    # a figure with fewer decimals is the other rounded, no more
    (qty(54, unit="%"), "54%", qty(54.3, unit="%"), "54.3%", Verdict.COMPATIBLE),
    (qty(54, unit="%"), "54%", qty(54.6, unit="%"), "54.6 per cent", Verdict.CONFLICT),
    (qty(61.4, unit="%"), "61.4%", qty(64.1, unit="%"), "64.1%", Verdict.CONFLICT),
    (qty(2, unit="%"), "2 percent", qty(2.45, unit="%"), "2.45 percent", Verdict.COMPATIBLE),
    # a whole figure ending in zeros is a finer one rounded, when rounding moves it little
    (qty(41300), "41,300", qty(41312), "41,312", Verdict.COMPATIBLE),
    (qty(41300), "41,300", qty(41371), "41,371", Verdict.CONFLICT),
    (qty(2400), "2,400", qty(2412), "2,412", Verdict.CONFLICT),
    (qty(300), "300", qty(250), "250", Verdict.CONFLICT),
    (qty(40000, unit="GBP"), "£40,000", qty(45000, unit="GBP"), "£45,000", Verdict.CONFLICT),
    (
        qty(95, None, low_inclusive=False, exact=False, unit="%"),
        "over 95%",
        qty(94.8, unit="%"),
        "94.8%",
        Verdict.CONFLICT,
    ),
    # "nearly" is an upper bound not reached, but a near one
    (NEARLY_HALF_A_MILLION, "nearly half a million", qty(482315), "482,315", Verdict.COMPATIBLE),
    (
        NEARLY_HALF_A_MILLION,
        "nearly half a million",
        qty(60000, approx=True),
        "around 60,000",
        Verdict.CONFLICT,
    ),
]


@pytest.mark.parametrize(("a", "ta", "b", "tb", "expected"), CASES)
def test_verdict_table(a, ta, b, tb, expected):
    claims = [claim(a, text=ta, doc="a.md"), claim(b, text=tb, doc="b.md")]
    assert judge(claims).verdict == expected
    assert judge(list(reversed(claims))).verdict == expected  # order must not matter


def test_single_claim_is_single():
    assert judge([claim(qty(7))]).verdict == Verdict.SINGLE


def test_conflict_explanation_names_both_sides():
    a = claim(day("2025-09-29"), doc="a.md", line=3)
    b = claim(day("2025-09-30"), doc="b.md", line=9)
    explanation = judge([a, b]).explanation
    assert "2025-09-29 (a.md:3)" in explanation and "2025-09-30 (b.md:9)" in explanation


def test_exact_tolerance_is_configurable():
    a, b = claim(qty(100), text="100"), claim(qty(103), text="103", doc="b.md")
    assert judge([a, b]).verdict == Verdict.CONFLICT
    assert judge([a, b], Tolerance(relative=0.05)).verdict == Verdict.COMPATIBLE


def test_describe_bounds():
    assert describe(claim(MORE_THAN_200)) == "more than 200"
    assert describe(claim(qty(4.5e9, unit="USD"))) == "4,500,000,000 USD"
    assert describe(claim(qty(95, unit="%"))) == "95%"


def test_two_days_told_of_one_act_make_no_update() -> None:
    from factcheck.models import ClaimKey

    def closed(n: int, day_: str, doc: str, act_date: bool):
        key = ClaimKey(event="shut", time_ref=day_, act_date=act_date)
        return replace(claim(qty(n), text=str(n), doc=doc, cid=doc), key=key)

    # "shut three wells on 9 February" / "shut four wells on Tuesday": one act, told twice
    told = [closed(3, "2026-02-09", "a.md", True), closed(4, "2026-02-10", "b.md", True)]
    assert judge(told).verdict is Verdict.CONFLICT
    # "had shut three wells by 9 February" / "... four by the 10th": a count moving on
    stamped = [closed(3, "2026-02-09", "a.md", False), closed(4, "2026-02-10", "b.md", False)]
    assert judge(stamped).verdict is Verdict.COMPATIBLE


def test_a_count_under_way_is_updated_not_contradicted() -> None:
    from factcheck.lexicon import PROVISIONAL
    from factcheck.models import ClaimKey

    partial = claim(qty(37.9, unit="%"), text="37.9%", doc="a.md", cid="partial")
    partial = replace(partial, key=ClaimKey(time_ref=PROVISIONAL))
    final = claim(qty(38.5, unit="%"), text="38.5%", doc="b.md", cid="final")
    judgement = judge([final, partial])
    assert judgement.verdict is Verdict.COMPATIBLE
    assert judgement.explanation.startswith("an update, not a conflict: 37.9% in a count under way")
    # two final figures for one moment still conflict
    assert judge([final, claim(qty(37.9, unit="%"), text="37.9%", doc="c.md")]).verdict is (
        Verdict.CONFLICT
    )


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2026-02-13", Verdict.COMPATIBLE),  # told after the undated figure's article
        ("2026-02-12", Verdict.CONFLICT),  # the same day: one moment, two values
        ("2026-02", Verdict.CONFLICT),  # a month that holds that day is no later
        ("2026-02-20", Verdict.CONFLICT),  # after its own article's date: a plan, not a report
        ("2026-W07", Verdict.CONFLICT),  # a week is not compared as a calendar day
        # a part of a day: that night is after the day the undated figure was told
        ("2026-02-12TNI", Verdict.COMPATIBLE),
        ("2026-02-14TEV", Verdict.CONFLICT),
    ],
)
def test_a_figure_stamped_after_the_other_article_is_a_later_step(stamp, expected) -> None:
    import datetime as dt

    from factcheck.models import ClaimKey

    earlier = claim(qty(4), text="four", doc="thursday.md", cid="earlier")
    later = replace(
        claim(qty(5), text="five", doc="friday.md", cid="later"), key=ClaimKey(time_ref=stamp)
    )
    published = {"thursday.md": dt.date(2026, 2, 12), "friday.md": dt.date(2026, 2, 13)}
    assert judge([earlier, later], published=published).verdict is expected
    # without the articles' dates nothing says which came first
    assert judge([earlier, later]).verdict is Verdict.CONFLICT


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("11 days", "P11D", None, False), ("14 days", "P14D", None, False), Verdict.CONFLICT),
        # told to the day, rounded half up: 3.5 days is "four days", not "three"
        (("three days", "P3D", None, False), ("four-day", "P4D", None, False), Verdict.CONFLICT),
        # one length in two units: six weeks are 42 days, a two-day stoppage lasts 48 hours
        (("six weeks", "P6W", None, False), ("42 days", "P42D", None, False), Verdict.AGREE),
        (("48 hours", "PT48H", None, False), ("two-day", "P2D", None, False), Verdict.AGREE),
        (("six weeks", "P6W", None, False), ("40 days", "P40D", None, False), Verdict.COMPATIBLE),
        (("26 hours", "PT26H", None, False), ("more than a day", "P1D", "MORE_THAN", False),
         Verdict.COMPATIBLE),
        (("26 hours", "PT26H", None, False), ("up to a day", "P1D", "EQUAL_OR_LESS", False),
         Verdict.CONFLICT),
        (("about two years", "P2Y", None, True), ("23 months", "P23M", None, False),
         Verdict.COMPATIBLE),
        (("71 days and 14 hours", "P71DT14H", None, False),
         ("71 days and 9 hours", "P71DT9H", None, False), Verdict.CONFLICT),
        (("years", "PXY", None, True), ("three years", "P3Y", None, False), Verdict.COMPATIBLE),
        # a length told in whole units means what it says: not half a unit either way
        (("two hours", "PT2H", None, False), ("90 minutes", "PT90M", None, False),
         Verdict.CONFLICT),
        (("two years", "P2Y", None, False), ("18 months", "P18M", None, False), Verdict.CONFLICT),
        (("a week", "P1W", None, False), ("eight days", "P8D", None, False), Verdict.CONFLICT),
        (("a month", "P1M", None, False), ("six weeks", "P6W", None, False), Verdict.CONFLICT),
        # ... though a month runs 28 to 31 days, and months are told as four weeks each
        (("a month", "P1M", None, False), ("four weeks", "P4W", None, False),
         Verdict.COMPATIBLE),
        (("four-month", "P4M", None, False), ("16 weeks", "P16W", None, False),
         Verdict.COMPATIBLE),
    ],
)  # fmt: skip
def test_durations_are_compared_as_lengths(a, b, expected) -> None:
    def duration(text: str, timex: str, mod: str | None, approx: bool, doc: str):
        value = DateValue(
            timex=timex, start=None, end=None, granularity=None, approx=approx, mod=mod
        )
        return claim(value, text=text, doc=doc, kind=Kind.DURATION, cid=doc)

    verdict = judge([duration(*a, doc="a.md"), duration(*b, doc="b.md")]).verdict
    assert verdict is expected


def test_race_times_compare_to_their_last_digit() -> None:
    def time(timex: str, doc: str):
        value = DateValue(timex=timex, start=None, end=None, granularity=None, approx=False)
        return claim(value, text=timex, doc=doc, kind=Kind.DURATION, cid=doc)

    assert judge([time("PT2M3.41S", "a.md"), time("PT2M3.14S", "b.md")]).verdict is (
        Verdict.CONFLICT
    )
    assert judge([time("PT2H7M21S", "a.md"), time("PT2H7M21S", "b.md")]).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2.3 tonnes", "2,300 kg", Verdict.AGREE),
        ("1.05 gigawatts", "1,050 megawatts", Verdict.AGREE),
        ("1.2 tonnes", "1,180 kg", Verdict.COMPATIBLE),
        # converted and rounded to the digits written: 14 mi is 22.53 km
        ("14 miles", "22 km", Verdict.COMPATIBLE),
        ("nearly 300 feet", "90 metres", Verdict.COMPATIBLE),
        ("about 1,800 hectares", "18.5 square kilometres", Verdict.COMPATIBLE),
        ("3,200 kilograms", "3.4 tonnes", Verdict.CONFLICT),
        ("800 metres", "1.2 kilometres", Verdict.CONFLICT),
        ("14 miles", "30 km", Verdict.CONFLICT),
        # a temperature may be a level or a change: 35 °C is 95 °F; 1.5 °C of warming is 2.7 °F
        ("35C", "95F", Verdict.AGREE),
        ("35C", "96F", Verdict.COMPATIBLE),
        ("1.5C", "2.7F", Verdict.COMPATIBLE),
        ("35C", "70F", Verdict.CONFLICT),
        ("31 degrees", "31C", Verdict.AGREE),
        ("31 degrees", "34C", Verdict.CONFLICT),
        # a speed per second against one per hour: 11 km/s is 39,600 km/h
        ("11 km/s", "39,600 km/h", Verdict.AGREE),
        ("17 kilometres per second", "19 km/s", Verdict.CONFLICT),
    ],
)  # fmt: skip
def test_figures_in_two_units_of_one_dimension_are_compared_as_one(a, b, expected) -> None:
    claims = [_figure(a, "a.md"), _figure(b, "b.md")]
    assert judge(claims).verdict is expected
    assert judge(claims[::-1]).verdict is expected


def _figure(text: str, doc: str):
    """A claim of a figure as the real parser reads it."""
    parsed = parse_figure(text)
    assert parsed is not None, text
    kind, value = parsed
    return claim(value, text=text, doc=doc, kind=kind, cid=doc)


def test_an_explanation_shows_a_figure_in_the_other_unit() -> None:
    conflict = judge([_figure("3,200 kilograms", "a.md"), _figure("3.4 tonnes", "b.md")])
    assert conflict.explanation.endswith("cannot both be true (3,200 kg is 3.2 t)")
    warming = judge([_figure("1.5C", "a.md"), _figure("2.7F", "b.md")])
    assert warming.explanation.endswith("(1.5 °C is 34.7 °F as a level, 2.7 °F as a change)")
    same_unit = judge([_figure("14 km", "a.md"), _figure("22 km", "b.md")])
    assert same_unit.explanation.endswith("cannot both be true")
