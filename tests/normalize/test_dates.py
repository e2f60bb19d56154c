"""Table tests for the temporal normalizer: surface string + anchor -> TIMEX3 value and interval."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Granularity, Kind
from factcheck.normalize.date_lexicon import _alt
from factcheck.normalize.dates import Tense, parse_date, parse_temporal, resolve_anaphor

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
    # a past-tense sentence may name a date soon to come ("payable Sept. 29"), not a far one
    ("Sept. 29", A, "past", Kind.DATE, "2025-09-29", "2025-09-29", "2025-09-29", "day", False),
    ("Dec. 29", A, "past", Kind.DATE, "2024-12-29", "2024-12-29", "2024-12-29", "day", False),
    ("November", A, "past", Kind.DATE, "2024-11", "2024-11-01", "2024-11-30", "month", False),
    ("October", A, "past", Kind.DATE, "2025-10", "2025-10-01", "2025-10-31", "month", False),
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
    ("this century", A, None, Kind.DATE, "20", "2000-01-01", "2099-12-31", "century", False),
    ("the current century", A, None, Kind.DATE, "20", "2000-01-01", "2099-12-31", "century", False),
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
    # told in January, "this winter" is the one begun in December
    (
        "this winter",
        D("2026-01-15"),
        None,
        Kind.DATE,
        "2025-WI",
        "2025-12-01",
        "2026-02-28",
        "season",
        False,
    ),
    ("this winter", A, None, Kind.DATE, "2025-WI", "2025-12-01", "2026-02-28", "season", False),
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
        # with no tense, the Thursday just ahead of a Wednesday, not the one six days back
        "noon Thursday",
        A,
        None,
        Kind.TIME,
        "2025-08-28T12:00",
        "2025-08-28",
        "2025-08-28",
        "time",
        False,
    ),
    (
        "noon Thursday",
        A,
        "past",
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
    # British order, with the weekday in front
    (
        "Thursday 21 August",
        A,
        None,
        Kind.DATE,
        "2025-08-21",
        "2025-08-21",
        "2025-08-21",
        "day",
        False,
    ),
    (
        "Friday, 5 September 2025",
        None,
        None,
        Kind.DATE,
        "2025-09-05",
        "2025-09-05",
        "2025-09-05",
        "day",
        False,
    ),
    (
        "Monday 1 September",
        A,
        "future",
        Kind.DATE,
        "2025-09-01",
        "2025-09-01",
        "2025-09-01",
        "day",
        False,
    ),
    # a day range is valued by its first day
    ("August 20-21", A, "past", Kind.DATE, "2025-08-20", "2025-08-20", "2025-08-20", "day", False),
    ("Sept. 3–4", A, "future", Kind.DATE, "2025-09-03", "2025-09-03", "2025-09-03", "day", False),
    # a season or fiscal year named by two years
    ("2012-13", None, None, Kind.DATE, "2012", "2012-01-01", "2013-12-31", "year", False),
    ("2024/25", None, None, Kind.DATE, "2024", "2024-01-01", "2025-12-31", "year", False),
    ("1999/2000", None, None, Kind.DATE, "1999", "1999-01-01", "2000-12-31", "year", False),
    ("2015-05", None, None, Kind.DATE, "2015-05", "2015-05-01", "2015-05-31", "month", False),
    (
        "this past weekend",
        A,
        None,
        Kind.DATE,
        "2025-W34-WE",
        "2025-08-23",
        "2025-08-24",
        "week",
        False,
    ),
    (
        "the past weekend",
        A,
        None,
        Kind.DATE,
        "2025-W34-WE",
        "2025-08-23",
        "2025-08-24",
        "week",
        False,
    ),
    (
        "this past spring",
        A,
        None,
        Kind.DATE,
        "2025-SP",
        "2025-03-01",
        "2025-05-31",
        "season",
        False,
    ),
    (
        "this past Sunday",
        A,
        None,
        Kind.DATE,
        "2025-08-24",
        "2025-08-24",
        "2025-08-24",
        "day",
        False,
    ),
    ("this past year", A, None, Kind.DATE, "2024", "2024-01-01", "2024-12-31", "year", False),
    ("the prior year", A, None, Kind.DATE, "2024", "2024-01-01", "2024-12-31", "year", False),
    ("the prior month", A, None, Kind.DATE, "2025-07", "2025-07-01", "2025-07-31", "month", False),
    ("early Tuesday", A, None, Kind.DATE, "2025-08-26", "2025-08-26", "2025-08-26", "day", True),
    ("late Monday", A, None, Kind.DATE, "2025-08-25", "2025-08-25", "2025-08-25", "day", True),
    (
        "the second half of the year",
        A,
        None,
        Kind.DATE,
        "2025-H2",
        "2025-07-01",
        "2025-12-31",
        "half",
        False,
    ),
    (
        "the first quarter of the year",
        A,
        None,
        Kind.DATE,
        "2025-Q1",
        "2025-01-01",
        "2025-03-31",
        "quarter",
        False,
    ),
    (
        "4 in the morning",
        A,
        None,
        Kind.TIME,
        "2025-08-27T04:00",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "9 in the evening",
        A,
        None,
        Kind.TIME,
        "2025-08-27T21:00",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "2 in the afternoon",
        A,
        None,
        Kind.TIME,
        "2025-08-27T14:00",
        "2025-08-27",
        "2025-08-27",
        "time",
        False,
    ),
    (
        "the 1988 second quarter",
        None,
        None,
        Kind.DATE,
        "1988-Q2",
        "1988-04-01",
        "1988-06-30",
        "quarter",
        False,
    ),
    (
        "last year's fourth quarter",
        A,
        None,
        Kind.DATE,
        "2024-Q4",
        "2024-10-01",
        "2024-12-31",
        "quarter",
        False,
    ),
    (
        "next year’s first quarter",
        A,
        None,
        Kind.DATE,
        "2026-Q1",
        "2026-01-01",
        "2026-03-31",
        "quarter",
        False,
    ),
    (
        "the 2024 quarter",
        A,
        None,
        Kind.DATE,
        "2024-Q2",
        "2024-04-01",
        "2024-06-30",
        "quarter",
        False,
    ),
    (
        "the 1988 second half",
        None,
        None,
        Kind.DATE,
        "1988-H2",
        "1988-07-01",
        "1988-12-31",
        "half",
        False,
    ),
    (
        "last year's first half",
        A,
        None,
        Kind.DATE,
        "2024-H1",
        "2024-01-01",
        "2024-06-30",
        "half",
        False,
    ),
    (
        "this coming Sunday",
        A,
        None,
        Kind.DATE,
        "2025-08-31",
        "2025-08-31",
        "2025-08-31",
        "day",
        False,
    ),
    (
        "this coming weekend",
        A,
        None,
        Kind.DATE,
        "2025-W35-WE",
        "2025-08-30",
        "2025-08-31",
        "week",
        False,
    ),
    (
        "the coming weekend",
        A,
        None,
        Kind.DATE,
        "2025-W35-WE",
        "2025-08-30",
        "2025-08-31",
        "week",
        False,
    ),
    ("next weekend", A, None, Kind.DATE, "2025-W36-WE", "2025-09-06", "2025-09-07", "week", False),
    ("Easter Sunday", A, "past", Kind.DATE, "2025-04-20", "2025-04-20", "2025-04-20", "day", False),
    ("Easter 2024", None, None, Kind.DATE, "2024-03-31", "2024-03-31", "2024-03-31", "day", False),
    (
        "Good Friday 2019",
        None,
        None,
        Kind.DATE,
        "2019-04-19",
        "2019-04-19",
        "2019-04-19",
        "day",
        False,
    ),
    (
        "Palm Sunday 2000",
        None,
        None,
        Kind.DATE,
        "2000-04-16",
        "2000-04-16",
        "2000-04-16",
        "day",
        False,
    ),
    (
        "Ash Wednesday 2025",
        None,
        None,
        Kind.DATE,
        "2025-03-05",
        "2025-03-05",
        "2025-03-05",
        "day",
        False,
    ),
    (
        "Black Friday",
        A,
        "future",
        Kind.DATE,
        "2025-11-28",
        "2025-11-28",
        "2025-11-28",
        "day",
        False,
    ),
    ("the week", A, None, Kind.DATE, "2025-W35", "2025-08-25", "2025-08-31", "week", False),
    ("the whole month", A, None, Kind.DATE, "2025-08", "2025-08-01", "2025-08-31", "month", False),
    (
        "the week of Aug. 4",
        A,
        "past",
        Kind.DATE,
        "2025-W32",
        "2025-08-04",
        "2025-08-10",
        "week",
        False,
    ),
    ("year-end", A, None, Kind.DATE, "2025", "2025-09-01", "2025-12-31", "year", True),
    ("year's end", A, None, Kind.DATE, "2025", "2025-09-01", "2025-12-31", "year", True),
    ("the 80s", None, None, Kind.DATE, "198", "1980-01-01", "1989-12-31", "decade", False),
    ("the late 70s", None, None, Kind.DATE, "197", "1976-01-01", "1979-12-31", "decade", True),
    ("post-1959", None, None, Kind.DATE, "1959", "1959-01-01", "1959-12-31", "year", True),
    ("pre-2008", None, None, Kind.DATE, "2008", "2008-01-01", "2008-12-31", "year", True),
    ("fiscal year 2013", None, None, Kind.DATE, "2013", "2013-01-01", "2013-12-31", "year", False),
    ("FY2024", None, None, Kind.DATE, "2024", "2024-01-01", "2024-12-31", "year", False),
    ("FY 2024", None, None, Kind.DATE, "2024", "2024-01-01", "2024-12-31", "year", False),
    ("0900 GMT", A, None, Kind.TIME, "2025-08-27T09:00", "2025-08-27", "2025-08-27", "time", False),
    ("1730 UTC", A, None, Kind.TIME, "2025-08-27T17:30", "2025-08-27", "2025-08-27", "time", False),
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
    ("Tuesday nights", Kind.SET, "XXXX-WXX-2TNI", None, False),
    ("every Friday morning", Kind.SET, "XXXX-WXX-5TMO", None, False),
    ("the past century", Kind.DURATION, "P100Y", None, False),
    ("eight trading days", Kind.DURATION, "P8D", None, False),
    ("five business days", Kind.DURATION, "P5D", None, False),
    ("two hundred years", Kind.DURATION, "P200Y", None, False),
    ("two thousand years", Kind.DURATION, "P2000Y", None, False),
    ("1,500 years", Kind.DURATION, "P1500Y", None, False),
    ("twice a year", Kind.SET, "P1Y", None, False),
    ("current", Kind.DATE, "PRESENT_REF", None, True),
    ("45 min", Kind.DURATION, "PT45M", None, False),
    ("3 hrs", Kind.DURATION, "PT3H", None, False),
    ("a year and a half", Kind.DURATION, "P1Y6M", None, False),
    ("71 days and 14 hours", Kind.DURATION, "P71DT14H", None, False),
    ("2:07:21", Kind.DURATION, "PT2H7M21S", None, False),  # a race time
    ("2:03.41", Kind.DURATION, "PT2M3.41S", None, False),
    ("2 hours 19 minutes", Kind.DURATION, "PT2H19M", None, False),
    ("two hours, 6 minutes", Kind.DURATION, "PT2H6M", None, False),
    ("three years and six months", Kind.DURATION, "P3Y6M", None, False),
    ("5 years 2 days", Kind.DURATION, "P5Y2D", None, False),
    ("a minute and a half", Kind.DURATION, "PT1M30S", None, False),
    ("an hour and a half", Kind.DURATION, "PT1H30M", None, False),
    ("half an hour", Kind.DURATION, "PT30M", None, False),
    ("a half-hour", Kind.DURATION, "PT30M", None, False),
    ("half a century", Kind.DURATION, "P50Y", None, False),
    ("half a day", Kind.DURATION, "PT12H", None, False),
    ("coming weeks", Kind.DURATION, "PXW", None, True),
    ("coming years", Kind.DURATION, "PXY", None, True),
    ("the weeks ahead", Kind.DURATION, "PXW", None, True),
    ("the months ahead", Kind.DURATION, "PXM", None, True),
    ("the next decade", Kind.DURATION, "P10Y", None, False),
    ("the coming decade", Kind.DURATION, "P10Y", None, False),
    ("every few years", Kind.SET, "PXY", None, False),
    ("every several weeks", Kind.SET, "PXW", None, False),
    ("every other day", Kind.SET, "P2D", None, False),
    ("each spring", Kind.SET, "XXXX-SP", None, False),
    ("every winter", Kind.SET, "XXXX-WI", None, False),
    ("every weekend", Kind.SET, "XXXX-WXX-WE", None, False),
    ("weekends", Kind.SET, "XXXX-WXX-WE", None, False),
    ("every 10 years", Kind.SET, "P10Y", None, False),
    ("day-long", Kind.DURATION, "P1D", None, False),
    ("yearlong", Kind.DURATION, "P1Y", None, False),
    ("hour-long", Kind.DURATION, "PT1H", None, False),
    ("three-week-long", Kind.DURATION, "P3W", None, False),
    ("months-long", Kind.DURATION, "PXM", None, True),
    ("at least 20 more years", Kind.DURATION, "P20Y", "EQUAL_OR_MORE", True),
    ("two more weeks", Kind.DURATION, "P2W", None, False),
    ("an additional year", Kind.DURATION, "P1Y", None, False),
    ("three straight years", Kind.DURATION, "P3Y", None, False),
    ("five consecutive months", Kind.DURATION, "P5M", None, False),
    ("a second", Kind.DURATION, "PT1S", None, False),
    ("a while", Kind.DURATION, "PXX", None, True),
    ("some time", Kind.DURATION, "PXX", None, True),
    ("two to three weeks", Kind.DURATION, "P2W", None, True),
    ("five or six years", Kind.DURATION, "P5Y", None, True),
    ("the next 12 to 18 months", Kind.DURATION, "P12M", None, True),
    # an anaphor alone: the finder fills it in from the date before it
    ("that year", Kind.DATE, "XXXX", None, False),
    ("the same day", Kind.DATE, "XXXX-XX-XX", None, False),
    ("that quarter", Kind.DATE, "XXXX-QX", None, False),
    ("the near term", Kind.DATE, "FUTURE_REF", None, True),
    ("the short term", Kind.DATE, "FUTURE_REF", None, True),
    ("a later date", Kind.DATE, "FUTURE_REF", None, True),
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
    "2013/2015",
    "2011/05",
    "the coming",
    "weekend",
    "every",
    "half",
    "post-war",
    "that",
    "long",
    "FY",
    "fy2013",
    "Easter Island",
    "Easter eggs",
    "long-term",
    "short-term",
    # counted from an event, not a date told ("the week before," alone is one)
    "the week before the vote",
    "the month of",
    "year-ending",
    "three-quarters",
    "their 80s",
    "80s",
    "three-quarters of the vote",
    "a quarter of the market",
    "more than a quarter of the seats",
    "a second group",
    "A second vote",
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


@pytest.mark.parametrize(
    ("anaphor", "earlier", "timex"),
    [
        ("that year", "June 1998", "1998"),
        ("that month", "Aug. 3, 2012", "2012-08"),
        ("the same day", "Aug. 3, 2012", "2012-08-03"),
        ("that week", "2025-08-27", "2025-W35"),
        ("that quarter", "May 2020", "2020-Q2"),
        # an earlier date vaguer than the unit: what it knows, the rest X'd (TimeML)
        ("that day", "1998", "1998-XX-XX"),
        ("that same day", "October 1998", "1998-10-XX"),
        ("that month", "2004", "2004-XX"),
        ("that month", "spring 2020", None),
        ("that day", "the 1990s", None),
    ],
)
def test_anaphors_take_the_unit_of_the_earlier_date(
    anaphor: str, earlier: str, timex: str | None
) -> None:
    value, reference = parse_date(anaphor, None), parse_date(earlier, None)
    assert value is not None and reference is not None
    resolved = resolve_anaphor(value, reference)
    assert (resolved.timex if resolved else None) == timex
    if resolved is not None and "X" not in resolved.timex:
        assert resolved.anchor == reference.start and resolved.start is not None
    elif resolved is not None:  # a day or month not known: no span to place it by
        assert resolved.start is None and resolved.end is None


def test_pre_and_post_years_say_their_side() -> None:
    values = [parse_date(text, None) for text in ("pre-2008", "post-2008", "2008")]
    assert [v.mod if v else "missing" for v in values] == ["BEFORE", "AFTER", None]


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
    st.sampled_from(["last month", "this week", "yesterday", "Monday", "last year"]),
)
def test_relative_intervals_are_ordered_and_not_after_anchor(anchor: dt.date, text: str) -> None:
    value = parse_date(text, anchor, tense="past")
    assert value is not None and value.start is not None and value.end is not None
    assert value.start <= value.end
    assert value.start <= anchor


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from(["March", "Sept. 29", "Dec. 31", "Jan. 1", "summer"]),
    st.sampled_from(["past", "future", None]),
)
def test_yearless_dates_stay_near_the_anchor(anchor: dt.date, text: str, tense: Tense) -> None:
    # past tense: back, or at most two months ahead; future: ahead, a week of slack back
    value = parse_date(text, anchor, tense=tense)
    assert value is not None and value.start is not None and value.end is not None
    assert anchor - dt.timedelta(days=366) <= value.end and value.start <= anchor + dt.timedelta(
        days=366
    )
    if tense == "past":
        assert value.start <= anchor + dt.timedelta(days=61)
    if tense == "future":
        assert value.end >= anchor - dt.timedelta(days=7)


# A day of the month in words, as broadcast transcripts and speech write it; the
# ordinal must end the word ("second-quarter" is no day) and "of" is required when the
# day comes first ("the second March rally" counts marches).
@pytest.mark.parametrize(
    ("text", "anchor", "timex"),
    [
        ("April ninth", A, "2025-04-09"),
        ("the twenty-third of June", A, "2025-06-23"),
        ("October thirty first, 2019", None, "2019-10-31"),
        ("Friday, May the fifth", None, "XXXX-05-05"),
        ("the first of December, 2021", A, "2021-12-01"),
    ],
)
def test_days_in_words(text: str, anchor: dt.date | None, timex: str) -> None:
    found = parse_date(text, anchor)
    assert found is not None and found.timex == timex


@pytest.mark.parametrize("text", ["the second March", "April second-quarter", "June twenty"])
def test_days_in_words_need_an_ordinal_of_their_own(text: str) -> None:
    found = parse_date(text, A)
    assert found is None or found.granularity is not Granularity.DAY


# A quarter or half written after its year, as in reports and spreadsheets.
@pytest.mark.parametrize(
    ("text", "timex", "start", "end"),
    [
        ("2024 Q2", "2024-Q2", "2024-04-01", "2024-06-30"),
        ("2021-q4", "2021-Q4", "2021-10-01", "2021-12-31"),
        ("2018 H1", "2018-H1", "2018-01-01", "2018-06-30"),
        ("2030-H2", "2030-H2", "2030-07-01", "2030-12-31"),
    ],
)
def test_quarter_and_half_codes_after_the_year(text: str, timex: str, start: str, end: str) -> None:
    found = parse_date(text, None)
    assert found is not None
    assert (found.timex, found.start, found.end) == (timex, D(start), D(end))


# "the previous Tuesday", "the following Sunday" on their own count from the anchor
# (A is a Wednesday); the finder moves them to the narrative's day.
@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("the previous Tuesday", "2025-08-26"),
        ("the prior Wednesday", "2025-08-20"),
        ("the following Sunday", "2025-08-31"),
        ("the following Wednesday evening", "2025-09-03TEV"),
    ],
)
def test_previous_and_following_weekdays(text: str, timex: str) -> None:
    found = parse_date(text, A)
    assert found is not None and found.timex == timex


# A weekday in a named week, and a week counted within a month or a year
# (A is Wednesday 2025-08-27, in 2025-W35).
@pytest.mark.parametrize(
    ("text", "anchor", "timex"),
    [
        ("Thursday of next week", A, "2025-09-04"),
        ("monday of the previous week", A, "2025-08-18"),
        ("next week on Friday", A, "2025-09-05"),
        ("last week Tuesday", A, "2025-08-19"),
        ("Sunday of this week", A, "2025-08-31"),
        ("Thursday of next week", None, "XXXX-WXX-4"),
        ("the first week of September", A, "2025-W36"),
        ("the third week of May, 2024", A, "2024-W20"),
        ("the final week of December", A, "2025-W52"),
        ("the first week of 2021", None, "2021-W01"),
        ("the last week of 2020", None, "2020-W53"),
        ("this calendar year", A, "2025"),
        ("Saturday the twelfth", A, "2025-07-12"),
        ("Friday 9/19", A, "2025-09-19"),
        ("Oct. 2 , 2001", None, "2001-10-02"),
    ],
)
def test_weeks_and_weekdays_in_them(text: str, anchor: dt.date | None, timex: str) -> None:
    found = parse_date(text, anchor)
    assert found is not None and found.timex == timex


def test_a_week_in_a_month_covers_its_days() -> None:
    found = parse_date("the second week of March 2026", None)
    assert found is not None
    assert (found.timex, found.start, found.end) == ("2026-W11", D("2026-03-09"), D("2026-03-15"))


@pytest.mark.parametrize(
    ("text", "anchor", "kind", "timex"),
    [
        # "or so" hedges a count: the same value, approximate
        ("three days or so", A, Kind.DURATION, "P3D"),
        ("a month or so ago", A, Kind.DATE, "2025-07"),
        # a holiday's week is the calendar week that holds it (Easter 2025: April 20)
        ("Easter week", A, Kind.DATE, "2025-W16"),
        ("Thanksgiving week 2019", None, Kind.DATE, "2019-W48"),
        # "fiscal" inside a quarter's name
        ("the fiscal-third quarter", A, Kind.DATE, "2025-Q3"),
        ("fiscal first-quarter", A, Kind.DATE, "2025-Q1"),
    ],
)
def test_hedges_holiday_weeks_and_fiscal_quarters(
    text: str, anchor: dt.date | None, kind: Kind, timex: str
) -> None:
    found = parse_temporal(text, anchor)
    assert found is not None and (found.kind, found.value.timex) == (kind, timex)
    if "or so" in text:
        assert found.value.approx


@pytest.mark.parametrize(
    ("text", "timex"),
    [("1.5 seconds", "PT1.5S"), ("12.25 sec", "PT12.25S"), ("two and a half minutes", "PT2M30S")],
)
def test_fractions_of_the_smallest_unit_stay_decimal(text: str, timex: str) -> None:
    found = parse_date(text, None)
    assert found is not None and found.timex == timex


@pytest.mark.parametrize(
    ("text", "kind", "timex"),
    [
        ("the year-earlier six months", Kind.DURATION, "P6M"),
        ("the year-ago nine months", Kind.DURATION, "P9M"),
        ("the year-ago quarter", Kind.DATE, "2024-Q2"),
        # the quarter being reported, a year back
        ("the quarter a year earlier", Kind.DATE, "2024-Q2"),
        ("the comparable period last year", Kind.DATE, "2024-Q2"),
        ("the same quarter a year ago", Kind.DATE, "2024-Q2"),
    ],
)
def test_year_ago_counts_are_durations(text: str, kind: Kind, timex: str) -> None:
    found = parse_temporal(text, A)
    assert found is not None and (found.kind, found.value.timex) == (kind, timex)


@pytest.mark.parametrize("text", ["recent SEC", "5 MIN", "two HRS"])
def test_unit_abbreviations_are_lower_case(text: str) -> None:
    assert parse_date(text, A) is None


@pytest.mark.parametrize(
    ("text", "kind", "timex"),
    [
        # a half written as one hyphenated word
        ("two-and-a-half years", Kind.DURATION, "P2Y6M"),
        ("three-and-a-half-hour", Kind.DURATION, "PT3H30M"),
        # a quarter of a century is 25 years, with or without the hyphen
        ("a quarter century", Kind.DURATION, "P25Y"),
        ("a quarter-century", Kind.DURATION, "P25Y"),
        # two vague units joined by "or": one span, valued by the first
        ("weeks or months", Kind.DURATION, "PXW"),
        ("days or weeks", Kind.DURATION, "PXD"),
        # frequencies with a count before the adverb, and a few more adverbs
        ("twice weekly", Kind.SET, "P1W"),
        ("three times daily", Kind.SET, "P1D"),
        ("semiannually", Kind.SET, "P6M"),
        ("fortnightly", Kind.SET, "P2W"),
        ("per annum", Kind.SET, "P1Y"),
    ],
)
def test_hyphenated_halves_quarter_centuries_and_frequencies(
    text: str, kind: Kind, timex: str
) -> None:
    found = parse_temporal(text, None)
    assert found is not None and (found.kind, found.value.timex) == (kind, timex)


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # fractions of a coarse unit ago are whole years, of a year whole months
        ("half a century ago", "1975"),
        ("a quarter century ago", "2000"),
        ("a decade and a half ago", "2010"),
        ("a year and a half ago", "2024-02"),
    ],
)
def test_fractional_counts_ago(text: str, timex: str) -> None:
    found = parse_date(text, A)
    assert found is not None and found.timex == timex


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # the month's name between dashes or slashes, day first, month first or year first
        ("17-Mar-2011", "2011-03-17"),
        ("Oct/09/1999", "1999-10-09"),
        ("2013-jun-4", "2013-06-04"),
        ("2004/Feb/29", "2004-02-29"),
        # the year after "of", as spoken
        ("June 3rd of 2001", "2001-06-03"),
        ("the 9th of May of 1987", "1987-05-09"),
    ],
)
def test_month_names_in_numeric_dates(text: str, timex: str) -> None:
    found = parse_date(text, A)
    assert found is not None and found.timex == timex


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "timex"),
    [
        # "later"/"earlier" before a part of today is part of the span
        ("later this evening", A, None, "2025-08-27TEV"),
        ("earlier this morning", A, None, "2025-08-27TMO"),
        # on a Friday, with no tense, the weekend about to begin; told in the past, the last
        ("the weekend", D("2025-08-29"), None, "2025-W35-WE"),
        ("the weekend", D("2025-08-29"), "past", "2025-W34-WE"),
        # "this weekend" on a weekday is the anchor's week's, ahead; told in the past, the last
        ("this weekend", D("2025-08-25"), None, "2025-W35-WE"),
        ("this weekend", D("2025-08-27"), "future", "2025-W35-WE"),
        ("this weekend", D("2025-08-25"), "past", "2025-W34-WE"),
        ("this weekend", D("2025-08-30"), None, "2025-W35-WE"),
        # on a Thursday, with no tense, Friday is the next day, Monday the one just gone
        ("Friday", D("2025-08-28"), None, "2025-08-29"),
        ("Monday", D("2025-08-28"), None, "2025-08-25"),
    ],
)
def test_nearest_readings_without_a_tense(
    text: str, anchor: dt.date, tense: Tense, timex: str
) -> None:
    found = parse_date(text, anchor, tense=tense)
    assert found is not None and found.timex == timex


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "timex", "start", "end"),
    [
        # "earlier/later in the <unit>": the anchor's unit, cut at the anchor
        ("earlier in the month", A, None, "2025-08", "2025-08-01", "2025-08-27"),
        ("later in the year", A, None, "2025", "2025-08-27", "2025-12-31"),
        # a week of the month a word names
        ("the last week of this month", A, None, "2025-W35", "2025-08-25", "2025-08-31"),
        ("the first week of next month", A, None, "2025-W36", "2025-09-01", "2025-09-07"),
        # a leap day told in a year without one: the nearest one that fits the tense
        ("Feb. 29", D("2025-03-10"), None, "2024-02-29", "2024-02-29", "2024-02-29"),
        ("Feb. 29", D("2025-03-10"), "future", "2028-02-29", "2028-02-29", "2028-02-29"),
        ("2/29", D("2027-06-01"), None, "2028-02-29", "2028-02-29", "2028-02-29"),
    ],
)
def test_edges_weeks_of_a_named_month_and_leap_days(
    text: str, anchor: dt.date, tense: Tense, timex: str, start: str, end: str
) -> None:
    found = parse_date(text, anchor, tense=tense)
    assert found is not None
    assert (found.timex, found.start, found.end) == (timex, D(start), D(end))


@pytest.mark.parametrize(
    ("text", "kind", "timex"),
    [
        ("every other Tuesday", Kind.SET, "XXXX-WXX-2"),
        ("12 noon", Kind.TIME, "2025-08-27T12:00"),
        ("12 midnight", Kind.TIME, "2025-08-27T24:00"),
    ],
)
def test_every_other_weekday_and_twelve_noon(text: str, kind: Kind, timex: str) -> None:
    found = parse_temporal(text, A)
    assert found is not None and (found.kind, found.value.timex) == (kind, timex)


def test_the_month_in_a_week_range_must_be_whole() -> None:
    # "later in the month of May" is no edge of the anchor's month
    found = parse_temporal("later in the month of May", A)
    assert found is None or found.value.rule != "edge-in-unit"


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("the last half of 2003", "2003-H2"),
        ("the last half of last year", "2024-H2"),
    ],
)
def test_the_last_half_of_a_year_is_its_second(text: str, timex: str) -> None:
    found = parse_date(text, A)
    assert found is not None and found.timex == timex


def test_the_last_half_alone_is_no_date() -> None:
    assert parse_date("the last half", A) is None


def test_a_years_period_in_a_report_is_its_quarter() -> None:
    # A is in the third quarter: the quarter last reported is the second
    found = parse_date("the 2024 period", A)
    assert found is not None and found.timex == "2024-Q2"


@pytest.mark.parametrize(
    ("text", "timex"),
    [("ten days from today", "2025-09-06"), ("a month from today", "2025-09")],
)
def test_counts_from_today_look_ahead(text: str, timex: str) -> None:
    found = parse_date(text, A)
    assert found is not None and found.timex == timex


@pytest.mark.parametrize(
    ("words", "text", "matched"),
    [
        # a longer word before its prefix, whatever order the words come in
        (["sep", "sept", "september"], "september 3", "september"),
        (["sept", "sep"], "sept. 3", "sept"),
        (["sep", "sept"], "sep 3", "sep"),
        # a space in a word matches any run of spaces
        (["a couple of", "a couple", "a"], "a  couple of days", "a  couple of"),
        (["a couple of", "a couple", "a"], "a couple days", "a couple"),
        (["new year's day", "new year's eve"], "new year's eve party", "new year's eve"),
    ],
)
def test_word_alternations_prefer_the_longest_word(
    words: list[str], text: str, matched: str
) -> None:
    found = re.match(_alt(words), text)
    assert found is not None and found.group() == matched


# Day parts that recur, "everyday" as an adverb, "the last quarter of" a year, "end of
# year" without its article, a clock time with its part of the day, "early"/"late"
# before "this morning"/"last night", "past years" as the past as a whole (A is
# Wednesday 2025-08-27).
@pytest.mark.parametrize(
    ("text", "kind", "timex", "mod"),
    [
        ("each morning", Kind.SET, "XXXX-XX-XXTMO", None),
        ("every afternoon", Kind.SET, "XXXX-XX-XXTAF", None),
        ("everyday", Kind.SET, "P1D", None),
        ("the last quarter of 2021", Kind.DATE, "2021-Q4", None),
        ("the final quarter of next year", Kind.DATE, "2026-Q4", None),
        ("end of year", Kind.DATE, "2025", "END"),
        ("the start of year", Kind.DATE, "2025", "START"),
        ("8 o'clock Monday evening", Kind.TIME, "2025-08-25T20:00", None),
        ("3 o'clock Friday night", Kind.TIME, "2025-08-22T03:00", None),
        ("7 a.m. Sunday morning", Kind.TIME, "2025-08-24T07:00", None),
        ("early this morning", Kind.TIME, "2025-08-27TMO", "START"),
        ("late last night", Kind.TIME, "2025-08-26TNI", "END"),
        ("past years", Kind.DATE, "PAST_REF", None),
        ("the past decades", Kind.DATE, "PAST_REF", None),
        ("the year before", Kind.DATE, "2024", None),
        ("the month after", Kind.DATE, "2025-09", None),
        ("the last fiscal year", Kind.DATE, "2024", None),
        ("the 9th of next month", Kind.DATE, "2025-09-09", None),
        ("the July-September quarter", Kind.DATE, "2025-Q3", None),
        ("late afternoon Tuesday", Kind.TIME, "2025-08-26TAF", "END"),
        ("14:46 local time", Kind.TIME, "2025-08-27T14:46", None),
        ("the 2019 fiscal year", Kind.DATE, "2019", None),
    ],
)
def test_day_parts_quarters_of_a_year_and_year_edges(
    text: str, kind: Kind, timex: str, mod: str | None
) -> None:
    found = parse_temporal(text, A)
    assert found is not None, text
    assert (found.kind, found.value.timex, found.value.mod) == (kind, timex, mod)


@pytest.mark.parametrize("text", ["everyday life", "the final quarter"])
def test_not_a_set_quarter_or_day(text: str) -> None:
    found = parse_temporal(text, A)
    assert found is None or found.value.timex not in ("P1D", "2025-Q4", "2024-Q4")


# "last February" said in March is a year back (the month just gone would be "last
# month"); "this past February" is the month just gone.
@pytest.mark.parametrize(
    ("text", "anchor", "timex"),
    [
        ("last February", dt.date(2024, 3, 12), "2023-02"),
        ("this past February", dt.date(2024, 3, 12), "2024-02"),
        ("last January", dt.date(2024, 3, 12), "2024-01"),
        ("last March", dt.date(2024, 3, 12), "2023-03"),
        ("last December", dt.date(2024, 1, 9), "2023-12"),
        ("last October", dt.date(2024, 3, 12), "2023-10"),
    ],
)
def test_last_month_name_just_before_the_anchor(text: str, anchor: dt.date, timex: str) -> None:
    found = parse_temporal(text, anchor)
    assert found is not None and found.value.timex == timex


# A unit and a quarter (or a half without its article) adds to the count; times keep
# TimeML's whole smaller units.
@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("one and a quarter years", "P1Y3M"),
        ("two years and a quarter", "P2Y3M"),
        ("an hour and half", "PT1H30M"),
        ("three and half hours", "PT3H30M"),
        ("a month and a half", "P1M15D"),
    ],
)
def test_quarter_and_bare_half_after_a_count(text: str, timex: str) -> None:
    found = parse_temporal(text, A)
    assert found is not None and (found.kind, found.value.timex) == (Kind.DURATION, timex)


# "pm" takes no dot after it (a dot there ends the sentence); "p.m." keeps its own.
@pytest.mark.parametrize(
    ("text", "timex"),
    [("9pm", "2025-08-27T21:00"), ("7 a.m.", "2025-08-27T07:00"), ("11 a.m", "2025-08-27T11:00")],
)
def test_clock_suffixes(text: str, timex: str) -> None:
    found = parse_temporal(text, A)
    assert found is not None and found.value.timex == timex


# A clock time on a written date keeps the date's year ("8:46 a.m. on Sept. 11, 2001"),
# with or without a comma; without one the year comes from the anchor.
@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("6:15 a.m. on June 5, 1998", "1998-06-05T06:15"),
        ("noon on Jan. 2 2010", "2010-01-02T12:00"),
        ("10 p.m. on Monday, Aug. 4, 2003", "2003-08-04T22:00"),
        ("10 p.m. on Aug. 4", "2025-08-04T22:00"),
    ],
)
def test_clock_on_a_dated_day_keeps_its_year(text: str, timex: str) -> None:
    found = parse_temporal(text, A)
    assert found is not None and (found.kind, found.value.timex) == (Kind.TIME, timex)
