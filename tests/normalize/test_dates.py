"""Table tests for the temporal normalizer: surface string + anchor -> TIMEX3 value and interval."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Granularity, Kind
from factcheck.normalize.dates import parse_date, parse_temporal

A = dt.date(2025, 8, 27)  # a Wednesday
D = dt.date.fromisoformat

# text, anchor, tense, kind, timex, start, end, granularity, approx
CASES = [
    (
        "September 29, 2025",
        None,
        None,
        Kind.DATE,
        "2025-09-29",
        "2025-09-29",
        "2025-09-29",
        "day",
        False,
    ),
    (
        "Sept. 29, 2025",
        None,
        None,
        Kind.DATE,
        "2025-09-29",
        "2025-09-29",
        "2025-09-29",
        "day",
        False,
    ),
    (
        "29 September 2025",
        None,
        None,
        Kind.DATE,
        "2025-09-29",
        "2025-09-29",
        "2025-09-29",
        "day",
        False,
    ),
    ("2025-09-29", None, None, Kind.DATE, "2025-09-29", "2025-09-29", "2025-09-29", "day", False),
    ("9/29/2025", None, None, Kind.DATE, "2025-09-29", "2025-09-29", "2025-09-29", "day", False),
    (
        "Monday, Sept. 29, 2025",
        None,
        None,
        Kind.DATE,
        "2025-09-29",
        "2025-09-29",
        "2025-09-29",
        "day",
        False,
    ),
    ("Aug. 27", None, None, Kind.DATE, "XXXX-08-27", None, None, "day", False),
    ("Aug. 24", A, "past", Kind.DATE, "2025-08-24", "2025-08-24", "2025-08-24", "day", False),
    ("Sept. 29", A, "past", Kind.DATE, "2024-09-29", "2024-09-29", "2024-09-29", "day", False),
    ("Sept. 29", A, "future", Kind.DATE, "2025-09-29", "2025-09-29", "2025-09-29", "day", False),
    ("Aug. 30", A, "past", Kind.DATE, "2025-08-30", "2025-08-30", "2025-08-30", "day", False),
    (
        "Jan. 5",
        dt.date(2025, 12, 20),
        "future",
        Kind.DATE,
        "2026-01-05",
        "2026-01-05",
        "2026-01-05",
        "day",
        False,
    ),
    ("March 2022", None, None, Kind.DATE, "2022-03", "2022-03-01", "2022-03-31", "month", False),
    ("March", A, "past", Kind.DATE, "2025-03", "2025-03-01", "2025-03-31", "month", False),
    ("November", A, "past", Kind.DATE, "2024-11", "2024-11-01", "2024-11-30", "month", False),
    ("November", A, "future", Kind.DATE, "2025-11", "2025-11-01", "2025-11-30", "month", False),
    ("March", None, None, Kind.DATE, "XXXX-03", None, None, "month", False),
    ("late August", A, None, Kind.DATE, "2025-08", "2025-08-21", "2025-08-31", "month", True),
    ("early May 2024", None, None, Kind.DATE, "2024-05", "2024-05-01", "2024-05-10", "month", True),
    ("mid-March 2024", None, None, Kind.DATE, "2024-03", "2024-03-11", "2024-03-20", "month", True),
    ("1987", None, None, Kind.DATE, "1987", "1987-01-01", "1987-12-31", "year", False),
    ("early 2023", None, None, Kind.DATE, "2023", "2023-01-01", "2023-04-30", "year", True),
    ("the end of 2022", None, None, Kind.DATE, "2022", "2022-09-01", "2022-12-31", "year", True),
    ("the 1990s", None, None, Kind.DATE, "199", "1990-01-01", "1999-12-31", "decade", False),
    ("the late 1970s", None, None, Kind.DATE, "197", "1976-01-01", "1979-12-31", "decade", True),
    ("the 20th century", None, None, Kind.DATE, "19", "1900-01-01", "1999-12-31", "century", False),
    ("fall 2021", None, None, Kind.DATE, "2021-FA", "2021-09-01", "2021-11-30", "season", False),
    ("summer", A, None, Kind.DATE, "2025-SU", "2025-06-01", "2025-08-31", "season", False),
    (
        "last fall",
        dt.date(2025, 12, 10),
        None,
        Kind.DATE,
        "2025-FA",
        "2025-09-01",
        "2025-11-30",
        "season",
        False,
    ),
    ("winter", None, None, Kind.DATE, "XXXX-WI", None, None, "season", False),
    (
        "the third quarter",
        A,
        None,
        Kind.DATE,
        "2025-Q3",
        "2025-07-01",
        "2025-09-30",
        "quarter",
        False,
    ),
    (
        "the fourth quarter",
        dt.date(2025, 2, 10),
        "past",
        Kind.DATE,
        "2024-Q4",
        "2024-10-01",
        "2024-12-31",
        "quarter",
        False,
    ),
    (
        "the second quarter of 2024",
        None,
        None,
        Kind.DATE,
        "2024-Q2",
        "2024-04-01",
        "2024-06-30",
        "quarter",
        False,
    ),
    ("third-quarter", A, None, Kind.DATE, "2025-Q3", "2025-07-01", "2025-09-30", "quarter", False),
    ("Q1 2024", None, None, Kind.DATE, "2024-Q1", "2024-01-01", "2024-03-31", "quarter", False),
    (
        "the first half of 2024",
        None,
        None,
        Kind.DATE,
        "2024-H1",
        "2024-01-01",
        "2024-06-30",
        "half",
        False,
    ),
    (
        "the second half of last year",
        A,
        None,
        Kind.DATE,
        "2024-H2",
        "2024-07-01",
        "2024-12-31",
        "half",
        False,
    ),
    ("Monday", A, None, Kind.DATE, "2025-08-25", "2025-08-25", "2025-08-25", "day", False),
    ("Monday", A, "future", Kind.DATE, "2025-09-01", "2025-09-01", "2025-09-01", "day", False),
    ("Wednesday", A, "past", Kind.DATE, "2025-08-27", "2025-08-27", "2025-08-27", "day", False),
    ("last Friday", A, None, Kind.DATE, "2025-08-22", "2025-08-22", "2025-08-22", "day", False),
    ("next Tuesday", A, None, Kind.DATE, "2025-09-02", "2025-09-02", "2025-09-02", "day", False),
    ("Monday", None, None, Kind.DATE, "XXXX-WXX-1", None, None, "day", False),
    (
        "Friday morning",
        A,
        None,
        Kind.TIME,
        "2025-08-22TMO",
        "2025-08-22",
        "2025-08-22",
        "day",
        False,
    ),
    ("today", A, None, Kind.DATE, "2025-08-27", "2025-08-27", "2025-08-27", "day", False),
    ("yesterday", A, None, Kind.DATE, "2025-08-26", "2025-08-26", "2025-08-26", "day", False),
    ("tomorrow", A, None, Kind.DATE, "2025-08-28", "2025-08-28", "2025-08-28", "day", False),
    ("tonight", A, None, Kind.TIME, "2025-08-27TNI", "2025-08-27", "2025-08-27", "day", False),
    ("last night", A, None, Kind.TIME, "2025-08-26TNI", "2025-08-26", "2025-08-26", "day", False),
    ("yesterday", None, None, Kind.DATE, "XXXX-XX-XX", None, None, "day", False),
    ("last month", A, None, Kind.DATE, "2025-07", "2025-07-01", "2025-07-31", "month", False),
    (
        "last month",
        dt.date(2025, 1, 15),
        None,
        Kind.DATE,
        "2024-12",
        "2024-12-01",
        "2024-12-31",
        "month",
        False,
    ),
    ("last month", None, None, Kind.DATE, "XXXX-XX", None, None, "month", False),
    ("last year", A, None, Kind.DATE, "2024", "2024-01-01", "2024-12-31", "year", False),
    ("next year", A, None, Kind.DATE, "2026", "2026-01-01", "2026-12-31", "year", False),
    ("this week", A, None, Kind.DATE, "2025-W35", "2025-08-25", "2025-08-31", "week", False),
    ("last week", A, None, Kind.DATE, "2025-W34", "2025-08-18", "2025-08-24", "week", False),
    ("this week", None, None, Kind.DATE, "XXXX-WXX", None, None, "week", False),
    ("earlier this week", A, None, Kind.DATE, "2025-W35", "2025-08-25", "2025-08-27", "week", True),
    (
        "earlier this month",
        A,
        None,
        Kind.DATE,
        "2025-08",
        "2025-08-01",
        "2025-08-27",
        "month",
        True,
    ),
    ("earlier this year", A, None, Kind.DATE, "2025", "2025-01-01", "2025-08-27", "year", True),
    ("two weeks ago", A, None, Kind.DATE, "2025-W33", "2025-08-11", "2025-08-17", "week", False),
    ("three days ago", A, None, Kind.DATE, "2025-08-24", "2025-08-24", "2025-08-24", "day", False),
    ("a year ago", A, None, Kind.DATE, "2024", "2024-01-01", "2024-12-31", "year", False),
    ("a year earlier", A, None, Kind.DATE, "2024", "2024-01-01", "2024-12-31", "year", False),
    ("the weekend", A, "past", Kind.DATE, "2025-W34-WE", "2025-08-23", "2025-08-24", "week", False),
    ("3 p.m.", A, None, Kind.TIME, "2025-08-27T15:00", "2025-08-27", "2025-08-27", "time", False),
    (
        "10:35 a.m. EST",
        A,
        None,
        Kind.TIME,
        "2025-08-27T10:35",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "noon Thursday",
        A,
        None,
        Kind.TIME,
        "2025-08-21T12:00",
        "2025-08-21",
        "2025-08-21",
        "time",
        False,
    ),
    ("3 p.m.", None, None, Kind.TIME, "XXXX-XX-XXT15:00", None, None, "time", False),
    # spelled-out years
    (
        "nineteen eighty-four",
        None,
        None,
        Kind.DATE,
        "1984",
        "1984-01-01",
        "1984-12-31",
        "year",
        False,
    ),
    (
        "two thousand and nine",
        None,
        None,
        Kind.DATE,
        "2009",
        "2009-01-01",
        "2009-12-31",
        "year",
        False,
    ),
    (
        "the year two thousand",
        None,
        None,
        Kind.DATE,
        "2000",
        "2000-01-01",
        "2000-12-31",
        "year",
        False,
    ),
    (
        "March nineteen seventy",
        None,
        None,
        Kind.DATE,
        "1970-03",
        "1970-03-01",
        "1970-03-31",
        "month",
        False,
    ),
    # holidays: fixed days and nth weekdays, placed like year-less dates
    ("Christmas Eve", A, "past", Kind.DATE, "2024-12-24", "2024-12-24", "2024-12-24", "day", False),
    (
        "Thanksgiving",
        A,
        "future",
        Kind.DATE,
        "2025-11-27",
        "2025-11-27",
        "2025-11-27",
        "day",
        False,
    ),
    ("last Labor Day", A, None, Kind.DATE, "2024-09-02", "2024-09-02", "2024-09-02", "day", False),
    (
        "Election Day 2020",
        A,
        None,
        Kind.DATE,
        "2020-11-03",
        "2020-11-03",
        "2020-11-03",
        "day",
        False,
    ),
    (
        "Memorial Day 2025",
        None,
        None,
        Kind.DATE,
        "2025-05-26",
        "2025-05-26",
        "2025-05-26",
        "day",
        False,
    ),
    ("Halloween", None, None, Kind.DATE, "XXXX-10-31", None, None, "day", False),
    # earnings-report anaphora: the same quarter a year before the latest finished one
    (
        "the year-ago quarter",
        A,
        None,
        Kind.DATE,
        "2024-Q2",
        "2024-04-01",
        "2024-06-30",
        "quarter",
        False,
    ),
    ("year-earlier", A, None, Kind.DATE, "2024-Q2", "2024-04-01", "2024-06-30", "quarter", False),
    (
        "the year-earlier fourth quarter",
        A,
        None,
        Kind.DATE,
        "2024-Q4",
        "2024-10-01",
        "2024-12-31",
        "quarter",
        False,
    ),
    ("the full year", A, None, Kind.DATE, "2025", "2025-01-01", "2025-12-31", "year", False),
    (
        "the current fiscal year",
        A,
        None,
        Kind.DATE,
        "2025",
        "2025-01-01",
        "2025-12-31",
        "year",
        False,
    ),
    # clock ranges (valued by their start), seconds, o'clock, a dot for the colon
    (
        "4 to 6 pm",
        A,
        None,
        Kind.TIME,
        "2025-08-27T16:00",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "between 11 and 1 p.m.",
        A,
        None,
        Kind.TIME,
        "2025-08-27T11:00",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "9:15-10:45 am",
        A,
        None,
        Kind.TIME,
        "2025-08-27T09:15",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "6:05:12 pm",
        A,
        None,
        Kind.TIME,
        "2025-08-27T18:05",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "8 o'clock",
        A,
        None,
        Kind.TIME,
        "2025-08-27T08:00",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    ("7.40 pm", A, None, Kind.TIME, "2025-08-27T19:40", "2025-08-27", "2025-08-27", "time", False),
    # parts of days
    ("the evening", A, None, Kind.TIME, "2025-08-27TEV", "2025-08-27", "2025-08-27", "day", False),
    ("late morning", A, None, Kind.TIME, "2025-08-27TMO", "2025-08-27", "2025-08-27", "day", True),
    (
        "mid-afternoon yesterday",
        A,
        None,
        Kind.TIME,
        "2025-08-26TAF",
        "2025-08-26",
        "2025-08-26",
        "day",
        True,
    ),
    # written calendar forms
    ("2019-11", None, None, Kind.DATE, "2019-11", "2019-11-01", "2019-11-30", "month", False),
    ("Nov-2019", None, None, Kind.DATE, "2019-11", "2019-11-01", "2019-11-30", "month", False),
    ("Nov/4", A, "past", Kind.DATE, "2024-11-04", "2024-11-04", "2024-11-04", "day", False),
    ("week 9", A, None, Kind.DATE, "2025-W09", "2025-02-24", "2025-03-02", "week", False),
    (
        "week 1 of 2021",
        None,
        None,
        Kind.DATE,
        "2021-W01",
        "2021-01-04",
        "2021-01-10",
        "week",
        False,
    ),
    ("the 12th", A, None, Kind.DATE, "2025-08-12", "2025-08-12", "2025-08-12", "day", False),
    ("the 30th", A, "past", Kind.DATE, "2025-07-30", "2025-07-30", "2025-07-30", "day", False),
    ("the 3rd", A, "future", Kind.DATE, "2025-09-03", "2025-09-03", "2025-09-03", "day", False),
    ("5/19", A, "past", Kind.DATE, "2025-05-19", "2025-05-19", "2025-05-19", "day", False),
    ("Fri 15th", A, None, Kind.DATE, "2025-08-15", "2025-08-15", "2025-08-15", "day", False),
    (
        "ten past 9 in the evening",
        A,
        None,
        Kind.TIME,
        "2025-08-27T21:10",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "half past six",
        A,
        None,
        Kind.TIME,
        "2025-08-27T06:30",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    ("4ish", A, None, Kind.TIME, "2025-08-27T04:00", "2025-08-27", "2025-08-27", "time", False),
    ("the seventies", None, None, Kind.DATE, "197", "1970-01-01", "1979-12-31", "decade", False),
    (
        "the most recent period",
        A,
        None,
        Kind.DATE,
        "2025-Q2",
        "2025-04-01",
        "2025-06-30",
        "quarter",
        False,
    ),
    ("the next day", A, None, Kind.DATE, "2025-08-28", "2025-08-28", "2025-08-28", "day", False),
    (
        "the following month",
        A,
        None,
        Kind.DATE,
        "2025-09",
        "2025-09-01",
        "2025-09-30",
        "month",
        False,
    ),
    ("end of the month", A, None, Kind.DATE, "2025-08", "2025-08-21", "2025-08-31", "month", True),
]

# text, kind, timex, mod, approx
NO_INTERVAL = [
    ("now", Kind.DATE, "PRESENT_REF", None, True),
    ("currently", Kind.DATE, "PRESENT_REF", None, True),
    ("recently", Kind.DATE, "PAST_REF", None, True),
    ("the future", Kind.DATE, "FUTURE_REF", None, True),
    ("nearly five days", Kind.DURATION, "P5D", "EQUAL_OR_LESS", True),
    ("four years", Kind.DURATION, "P4Y", None, False),
    ("24 hours", Kind.DURATION, "PT24H", None, False),
    ("a decade", Kind.DURATION, "P10Y", None, False),
    ("several months", Kind.DURATION, "PXM", None, True),
    ("a couple of weeks", Kind.DURATION, "P2W", None, True),
    ("the past three years", Kind.DURATION, "P3Y", None, False),
    ("the nine months", Kind.DURATION, "P9M", None, False),
    ("two-year", Kind.DURATION, "P2Y", None, False),
    ("2 1/2 years", Kind.DURATION, "P2Y6M", None, False),
    ("more than four hours", Kind.DURATION, "PT4H", "MORE_THAN", True),
    ("at least 20 years", Kind.DURATION, "P20Y", "EQUAL_OR_MORE", True),
    ("twenty-four hours", Kind.DURATION, "PT24H", None, False),
    ("years", Kind.DURATION, "PXY", None, True),
    ("the past decade", Kind.DURATION, "P10Y", None, False),
    ("every week", Kind.SET, "P1W", None, False),
    ("each year", Kind.SET, "P1Y", None, False),
    ("weekly", Kind.SET, "P1W", None, False),
    ("daily", Kind.SET, "P1D", None, False),
    ("every two weeks", Kind.SET, "P2W", None, False),
    ("every Monday", Kind.SET, "XXXX-WXX-1", None, False),
    ("Mondays", Kind.SET, "XXXX-WXX-1", None, False),
    ("twice a year", Kind.SET, "P1Y", None, False),
    ("current", Kind.DATE, "PRESENT_REF", None, True),
    ("45 min", Kind.DURATION, "PT45M", None, False),
    ("3 hrs", Kind.DURATION, "PT3H", None, False),
]

NOT_TEMPORAL = [
    "273 prisoners",
    "Article 286",
    "COVID-19",
    "Su-34",
    "2 min read",
    "World War II",
    "555-0143",
    "the fall of the city",
    "may",
    "march",
    "Jan",
    "45",
    "$1990",
    "13/45/2020",
    "February 30",
    "2-year-old",
    "future",
    "second",
    "two thousand five hundred",
    "current account",
    "3/4",
    "1/2",
    "their forties",
]


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "kind", "timex", "start", "end", "gran", "approx"), CASES
)
def test_dates(text, anchor, tense, kind, timex, start, end, gran, approx) -> None:  # type: ignore[no-untyped-def]
    found = parse_temporal(text, anchor, tense=tense)
    assert found is not None, text
    value = found.value
    assert (found.kind, value.timex) == (kind, timex)
    assert value.start == (D(start) if start else None)
    assert value.end == (D(end) if end else None)
    assert value.granularity == Granularity(gran)
    assert value.approx is approx


@pytest.mark.parametrize(("text", "kind", "timex", "mod", "approx"), NO_INTERVAL)
def test_durations_sets_and_references(text, kind, timex, mod, approx) -> None:  # type: ignore[no-untyped-def]
    found = parse_temporal(text, A)
    assert found is not None, text
    assert (found.kind, found.value.timex, found.value.mod) == (kind, timex, mod)
    assert found.value.approx is approx


@pytest.mark.parametrize("text", NOT_TEMPORAL)
def test_not_temporal(text: str) -> None:
    assert parse_date(text, A) is None


def test_rule_and_anchor_are_recorded() -> None:
    relative = parse_date("last month", A)
    absolute = parse_date("March 2022", A)
    assert relative is not None and relative.anchor == A and relative.rule
    assert absolute is not None and absolute.anchor is None and absolute.rule == "month-year"


def test_late_modifier_sets_mod_end() -> None:
    value = parse_date("late August 2025", None)
    assert value is not None and value.mod == "END"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_iso_dates_round_trip(day: dt.date) -> None:
    value = parse_date(day.isoformat(), None)
    assert value is not None
    assert (value.timex, value.start, value.end) == (day.isoformat(), day, day)


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from(["last month", "this week", "yesterday", "Monday", "March", "last year"]),
)
def test_relative_intervals_are_ordered_and_not_after_anchor(anchor: dt.date, text: str) -> None:
    value = parse_date(text, anchor, tense="past")
    assert value is not None and value.start is not None and value.end is not None
    assert value.start <= value.end
    assert value.start <= anchor
