"""Finder tests: spans and values of temporal mentions in sentences written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import dates as date_finder
from factcheck.extract.dates import find_dates, sentence_tense
from factcheck.models import Kind

A = dt.date(2025, 8, 27)

# sentence, expected [(surface, timex)]
SPANS = [
    (
        "The council voted on Sept. 29, 2025, to close the plant.",
        [("Sept. 29, 2025", "2025-09-29")],
    ),
    (
        "Officials met in late August and again on Aug. 24.",
        [("late August", "2025-08"), ("Aug. 24", "2025-08-24")],
    ),
    ("Talks lasted nearly five days in 1996.", [("nearly five days", "P5D"), ("1996", "1996")]),
    (
        "Profits rose in the third quarter, a year earlier than planned.",
        [("the third quarter", "2025-Q3"), ("a year earlier", "2024")],
    ),
    (
        "The law, signed last month, took effect yesterday at 3 p.m.",
        [("last month", "2025-07"), ("yesterday", "2025-08-26"), ("3 p.m.", "2025-08-26T15:00")],
    ),
    # a time of day told after a day is on that day, unless it tells a routine
    (
        "The unit shut on Tuesday. Staff left between 10pm and 8am.",
        [("Tuesday", "2025-08-26"), ("between 10pm and 8am", "2025-08-26T22:00")],
    ),
    (
        "The unit shut on Tuesday. It sees six patients a night between 10pm and 8am.",
        [("Tuesday", "2025-08-26"), ("between 10pm and 8am", "2025-08-27T22:00")],
    ),
    (
        "Inflation peaked in the 1990s and again in early 2023.",
        [("the 1990s", "199"), ("early 2023", "2023")],
    ),
    ("The agency reports weekly and audits each year.", [("weekly", "P1W"), ("each year", "P1Y")]),
    (
        "The minister said on Monday that reforms are now under way.",
        [("Monday", "2025-08-25"), ("now", "PRESENT_REF")],
    ),
    ("The committee will decide on Monday.", [("Monday", "2025-09-01")]),
    ("Exports fell over the past three years.", [("the past three years", "P3Y")]),
    (
        "The bridge reopened in the first half of 2024 after repairs.",
        [("the first half of 2024", "2024-H1")],
    ),
    ("Prices climbed between March and May.", [("March", "2025-03"), ("May", "2025-05")]),
    ("The attack of the Aug. 7 convoy was condemned.", [("Aug. 7", "2025-08-07")]),
    ("Earlier this week, the mayor resigned.", [("Earlier this week", "2025-W35")]),
    (
        "Two weeks ago the port closed for 24 hours.",
        [("Two weeks ago", "2025-W33"), ("24 hours", "PT24H")],
    ),
    (
        "Harvests failed in fall 2021 and the summer of 2022.",
        [("fall 2021", "2021-FA"), ("the summer of 2022", "2022-SU")],
    ),
    (
        "The plan was approved on 2025-09-29 and published 9/30/2025.",
        [("2025-09-29", "2025-09-29"), ("9/30/2025", "2025-09-30")],
    ),
    (
        "Profit slipped to 40 cents a share from 52 cents a year ago.",
        [("a year ago", "2024-Q2")],
    ),
    (
        "Sales for the year ended June 30 rose, and the full year looks strong.",
        [("the year", "P1Y"), ("June 30", "2025-06-30"), ("the full year", "2025")],
    ),
    (
        "The clinic is open from 9 to 11 a.m. daily.",
        [("from 9 to 11 a.m.", "2025-08-27T09:00"), ("daily", "P1D")],
    ),
    (
        "The paper wrote in a leader on Friday, Aug. 22: the vote was flawed.",
        [("Friday, Aug. 22", "2025-08-22")],
    ),
    # ("closed" after "stays" is a state, no past: the nearer Christmas, weighing ahead double)
    ("The shop stays closed over Christmas.", [("Christmas", "2025-12-25")]),
    ("The shop was closed over Christmas.", [("Christmas", "2024-12-25")]),
    ("Her family fled in nineteen seventy-nine.", [("nineteen seventy-nine", "1979")]),
    ("The crew would land on Friday, officials said.", [("Friday", "2025-08-29")]),
    ("The station will be renamed in December.", [("December", "2025-12")]),
    # an adjectival duration leaves "the" to its noun; a counted span keeps it
    ("Voters rejected the 10-year plan.", [("10-year", "P10Y")]),
    ("Delegates left the two day summit early.", [("two day", "P2D")]),
    (
        "Prices rose during the nine months to June.",
        [("the nine months", "P9M"), ("June", "2025-06")],
    ),
    ("The strike lasted a year and a half.", [("a year and a half", "P1Y6M")]),
    # a unit after an amount is a rate (a set); on its own it is a duration
    # the rate of an amount is no TIMEX ("$40 million a year")
    ("The levy raises $40 million a year.", []),
    ("Guards patrol 24 hours a day.", [("24 hours", "PT24H")]),
    ("Inflation ran at 3 per cent a month.", []),
    ("The trial took a year.", [("a year", "P1Y")]),
    # a year range is two years; a season named by two years is one
    (
        "Output fell in 2008-2010 and again in 2019–2020.",
        [("2008", "2008"), ("2010", "2010"), ("2019", "2019"), ("2020", "2020")],
    ),
    ("The 2023-24 season ended early.", [("2023-24", "2023")]),
    ("The budget for 2024/25 was cut.", [("2024/25", "2024")]),
    # a clock time takes the day written just before it
    (
        "Polls will close Thursday at 8 p.m.",
        [("Thursday", "2025-08-28"), ("8 p.m.", "2025-08-28T20:00")],
    ),
    (
        "He was seen on Aug. 12 around 9:30 a.m.",
        [("Aug. 12", "2025-08-12"), ("9:30 a.m.", "2025-08-12T09:30")],
    ),
    ("The talks resume on Thursday 4 September.", [("Thursday 4 September", "2025-09-04")]),
    ("The talks resumed on Monday 25 August.", [("Monday 25 August", "2025-08-25")]),
    ("Rain is expected in the coming weeks.", [("coming weeks", "PXW")]),
    ("Sentences range from 10 to 15 years.", [("10 to 15 years", "P10Y")]),
    # a dashed range of counts is one, as "to" makes it, valued by its low end
    ("Repairs take 2-3 weeks.", [("2-3 weeks", "P2W")]),
    ("The 2-3 loss stung.", []),
    # "60-plus days", "20+ years": the count and more
    ("The review may take 60-plus days.", [("60-plus days", "P60D")]),
    ("She brings 20+ years of experience.", [("20+ years", "P20Y")]),
    (
        "The ship sank on the morning of Aug. 3, 2024.",
        [("the morning of Aug. 3, 2024", "2024-08-03TMO")],
    ),
    ("Guards saw him in the morning of the attack.", [("the morning", "2025-08-27TMO")]),
    ("The plant has been idle for some time now.", [("some time", "PXX"), ("now", "PRESENT_REF")]),
    # a year before a verb or a plural is still a year when a time preposition leads
    ("Growth in 2012 was slow.", [("2012", "2012")]),
    ("Output since 2008 has doubled.", [("2008", "2008")]),
    ("In 2012 elections were held.", [("2012", "2012")]),
    ("Remittances fell in the post-1991 period.", [("post-1991", "1991")]),
    (
        "Debt fell in fiscal year 2024 and in FY2025.",
        [("fiscal year 2024", "2024"), ("FY2025", "2025")],
    ),
    ("Pilgrims gather before Easter, not on Easter Island.", [("Easter", "2025-04-20")]),
    ("For the week, the index fell; the week before it rose.", [("the week", "2025-W35")]),
    ("The deal should close by year-end.", [("year-end", "2025")]),
    (
        "Rates will stay low in the near term and long-term debt will grow.",
        [("the near term", "FUTURE_REF")],
    ),
    # a year before a singular unit names it; it counts nothing
    ("Output grew 3% in 2024 quarter-on-quarter.", [("2024", "2024")]),
    ("Profit fell in the 2024 fourth quarter.", [("the 2024 fourth quarter", "2024-Q4")]),
    # counted from the date told before, not from the document date
    (
        "He was arrested on May 3 and charged the following day.",
        [("May 3", "2025-05-03"), ("the following day", "2025-05-04")],
    ),
    (
        "In June 1998 he left; he returned later that year.",
        [("June 1998", "1998-06"), ("that year", "1998")],
    ),
    (
        "The plant opened in 2019 and the following year it closed.",
        [("2019", "2019"), ("the following year", "2020")],
    ),
    (
        "A day-long strike and a yearlong delay followed.",
        [("day-long", "P1D"), ("yearlong", "P1Y")],
    ),
    (
        "Tourists visit on weekends and each summer.",
        [("weekends", "XXXX-WXX-WE"), ("each summer", "XXXX-SU")],
    ),
]

NEGATIVES = [
    "Under Article 286 of the criminal code, charges were filed.",
    "COVID-19 cases rose while a Su-34 jet flew overhead.",
    "2 min read",
    "Call 555-1987 or (202) 555-0143 for details.",
    "Veterans of World War II gathered in the square.",
    "Officials counted 273 prisoners and 1500 troops.",
    "The index closed at 1990.5 points, up 2,015 from its low.",
    "Prices may march higher as the fall of the currency continues.",
    "Route 1812 and flight No. 2020 were delayed.",
    "The current account deficit narrowed.",
    "The ship carried two thousand five hundred tons.",
    "The pipe is 3/4 inch wide and 5/8 thick.",
    "Call 555-1990 or extension 12-15.",
    "The score was 2013/2015 on the ledger.",
    "Between 2,000-2,500 people attended.",
    "Attendance rose to 2000 visitors and 1500 people left.",
    "The post-war order held.",
    "Some time ago, after a while, the rain stopped.",
    "A second group of about three-quarters of the members left; a quarter of them returned.",
]


@pytest.mark.parametrize(("sentence", "expected"), SPANS)
def test_spans_and_values(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(sentence, A)
    assert [(m.text, m.value.timex) for m in found] == expected


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives(sentence: str) -> None:
    assert find_dates(sentence, A) == []


def test_offsets_index_the_text_and_do_not_overlap() -> None:
    text = "On Aug. 27, 2025, after\u00a0four years of delays, work began last week."
    found = find_dates(text, A)
    assert [m.text for m in found] == ["Aug. 27, 2025", "four years", "last week"]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_kinds() -> None:
    text = "At 10:35 a.m. the board met, as it does every month, for two hours on Friday."
    kinds = [m.kind for m in find_dates(text, A)]
    assert kinds == [Kind.TIME, Kind.SET, Kind.DURATION, Kind.DATE]


def test_without_anchor_relative_values_stay_unknown() -> None:
    found = find_dates("Last month the court met on Aug. 27 and again yesterday.", None)
    assert [m.value.timex for m in found] == ["XXXX-XX", "XXXX-08-27", "XXXX-XX-XX"]
    assert all(m.value.start is None and m.value.end is None for m in found)


@pytest.mark.parametrize(
    ("sentence", "surface", "tense"),
    [
        ("The court will rule on Monday.", "Monday", "future"),
        ("The court ruled on Monday.", "Monday", "past"),
        ("On Monday the court is expected to rule.", "Monday", "future"),
        ("Monday.", "Monday", None),
        ("The United Nations session is on Monday.", "Monday", None),  # "United" is no verb
        ("The United Nations meets on Monday.", "Monday", "future"),  # a scheduled present
        ("The envoys are meeting on Monday.", "Monday", None),  # progressive: weekdays only
        ("Indeed, the vote will be on Monday.", "Monday", "future"),
    ],
)
def test_sentence_tense(sentence: str, surface: str, tense: str | None) -> None:
    start = sentence.index(surface)
    assert sentence_tense(sentence, start, start + len(surface)) == tense


@pytest.mark.parametrize(
    ("pattern", "length", "prefixes"),
    [
        (r"(?:the\s+)?week", 3, {"the", "wee"}),
        (r"(?:the\s+)?week", 5, {"the w", "week"}),  # white space is spelled as one space
        (r"\d+/\d+", 1, set("0123456789")),
        (r"(?:x)?", 3, None),  # may match the empty string: any word may begin it
        (r"[a-z]+day", 3, None),  # begins with any letters
        (r"mid-?(?:may|june)", 4, {"mid-", "midm", "midj"}),
    ],
)
def test_rules_know_the_prefixes_they_can_begin_with(
    pattern: str, length: int, prefixes: set[str] | None
) -> None:
    import re
    from re import _parser as re_parser  # type: ignore[attr-defined]

    parsed = list(re_parser.parse(pattern, re.IGNORECASE))
    found = date_finder._prefixes(parsed, length)
    assert (None if found is None else set(found)) == prefixes


def test_finding_grows_linearly_with_the_text() -> None:
    # Not a speed test (scripts/eval_timex.py measures speed): a guard against patterns
    # that backtrack quadratically, so it compares the finder with itself.
    paragraph = (
        "The ministry said on Aug. 24 that 273 people had been freed since March 2022, "
        "and that talks would resume next week after a pause of nearly five days. "
    )

    def seconds(copies: int) -> float:
        t0 = time.process_time()
        find_dates(paragraph * copies, A)
        return time.process_time() - t0

    seconds(20)  # warm up compiled patterns
    small, large = seconds(100), seconds(1_000)
    assert large < 40 * max(small, 1e-3)  # 10x the text: linear is ~10x, quadratic ~100x


# A weekday or year-less date scheduled ahead reads forward whatever the verb's tense
# (A is Wednesday 2025-08-27); without the cue, or with a shift word, it does not.
AHEAD = [
    ("The band could arrive as early as Tuesday, its manager said.", "Tuesday", "2025-09-02"),
    ("The talks may end as soon as Friday, officials said.", "Friday", "2025-08-29"),
    ("The mayor scheduled a press briefing Friday to discuss it.", "Friday", "2025-08-29"),
    ("The hearing was postponed until Monday.", "Monday", "2025-09-01"),
    ("The dividend is payable Jan. 5 to holders of record.", "Jan. 5", "2026-01-05"),
    ("The merger, approved by the board, is effective March 1.", "March 1", "2026-03-01"),
    # must not move forward
    ("The panel met on Tuesday.", "Tuesday", "2025-08-26"),
    ("The rally scheduled for last Friday was cancelled.", "last Friday", "2025-08-22"),
    ("The board approved the plan on March 1.", "March 1", "2025-03-01"),
]


@pytest.mark.parametrize(("sentence", "surface", "timex"), AHEAD)
def test_dates_scheduled_ahead(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# Earnings comparisons: "last year" after "compared with" in a sentence about a
# quarter's results is that quarter a year back; "a year-earlier loss" is the
# adjective, never the duration "a year".
EARNINGS = [
    (
        "Quarterly profit was $4 million, or 10 cents a share, compared with a loss of "
        "$2 million last year.",
        "last year",
        "2024-Q2",
    ),
    (
        "Net was 10 cents a share in the quarter, compared with a year-earlier loss of "
        "3 cents a share.",
        "year-earlier",
        "2024-Q2",
    ),
    # must stay the year, or the duration
    ("The company moved its offices last year and earned 10 cents a share.", "last year", "2024"),
    ("Sales rose from a year ago, when demand was weak.", "a year ago", "2024"),
    ("He served a year in prison.", "a year", "P1Y"),
]


@pytest.mark.parametrize(("sentence", "surface", "timex"), EARNINGS)
def test_earnings_comparisons(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# "this century" is the anchor's century (A is in 2025: "20"); "the past century" is a
# duration, not "the past"; "a quarter-century" is 25 years, not a quarter.
CENTURIES = [
    ("The worst floods of this century hit the valley.", [("this century", "20")]),
    ("Prices have risen over the past century.", [("the past century", "P100Y")]),
    ("Stocks hit a quarter-century low.", [("a quarter-century", "P25Y")]),
    ("The feud lasted a quarter century.", [("a quarter century", "P25Y")]),
    ("In the past, prices fell.", [("the past", "PAST_REF")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CENTURIES)
def test_centuries(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# Plural weekdays and parts of them recur (sets); a single "Tuesday night" does not.
RECURRING = [
    ("The ferry sails on Tuesday nights.", [("Tuesday nights", "XXXX-WXX-2TNI")]),
    ("The club meets Sundays mornings.", [("Sundays mornings", "XXXX-WXX-7TMO")]),
    ("The market opens each Friday morning.", [("each Friday morning", "XXXX-WXX-5TMO")]),
    ("Stores close on Mondays.", [("Mondays", "XXXX-WXX-1")]),
    # must stay one day
    ("The ferry sailed on Tuesday night.", [("Tuesday night", "2025-08-26TNI")]),
]


@pytest.mark.parametrize(("sentence", "expected"), RECURRING)
def test_recurring_weekdays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was hired on May 3, 2024 and left that same day.", ("that same day", "2024-05-03")),
        ("It closed that same week.", ("that same week", "XXXX-WXX")),
        # that unit a year back: "the same month last year" after "in October"
        (
            "Crews lost 4,310 hours in October, up from 2,950 hours in the same month last year.",
            ("the same month last year", "2024-10"),
        ),
        (
            "Sales rose 4% in March 2023 and fell in the same month a year earlier.",
            ("the same month a year earlier", "2022-03"),
        ),
    ],
)
def test_that_same_unit(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(m.text, m.value.timex) for m in find_dates(sentence, A)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eight trading days later the index fell.", [("Eight trading days", "P8D")]),
        ("Refunds take three more business days.", [("three more business days", "P3D")]),
        # must not extract: the kind word alone
        ("The business was sold after a trading halt.", []),
    ],
)
def test_days_of_a_kind(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The walls stood for 1,500 years.", [("1,500 years", "P1500Y")]),
        ("The order ruled for two hundred years.", [("two hundred years", "P200Y")]),
        # must not extract: a count of things, nor a price per year (a rate)
        ("It handled 1,500 cases.", []),
        ("He paid $1,500 a year.", []),
    ],
)
def test_counts_past_a_hundred(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named march is an event, not the month
        ("Thousands joined the annual March for Life downtown.", []),
        ("She led the ``March of the Mothers'' to the square.", []),
        ("They recalled the March on Washington.", []),
        # must stay the month
        ("Exports fell in March for Japan.", [("March", "2025-03")]),
        ("The vote came in March of 2024.", [("March of 2024", "2024-03")]),
        # a word of time capitalized before another capitalized word is part of a name
        ("A spokesman told the Evening Post that talks failed.", []),
        ("The Morning Star printed the letter.", []),
        ("Staff must follow the Early Years Foundation Stage rules.", []),
        # written plain, or a holiday, it still tells when
        ("The evening Mr Hale spoke, the hall was full.", [("The evening", "2025-08-27TEV")]),
        ("Crowds gathered on Christmas Day.", [("Christmas Day", "2024-12-25")]),
    ],
)
def test_a_date_word_in_a_name_is_no_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "today's world" is the present age, not the day
        ("Such rules make no sense in today's world.", []),
        ("The film speaks to today's youth.", []),
        # must stay the day
        ("The offer ran in today's editions.", [("today", "2025-08-27")]),
        ("Today, the council voted.", [("Today", "2025-08-27")]),
    ],
)
def test_generic_today(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title-case name in quotes is a title
        ('The minister spoke on the program "Face The Nation" and on "This Week."', []),
        ("He told CBS's ``60 Minutes'' he would stay.", []),
        ("The poster showed the film ``High Noon.''", []),
        # must stay dates: a quotation that opens with a date, a lower-case quote
        ("``Today, we vote,'' she said.", [("Today", "2025-08-27")]),
        ("He said ``next week.''", [("next week", "2025-W36")]),
        ('The sign read "Closed Monday".', [("Monday", "2025-08-25")]),
    ],
)
def test_quoted_titles(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# "planned" looks ahead only with what was planned ("planned to fly"); alone it is a
# participle of either tense, and the clause's other verbs decide.
@pytest.mark.parametrize(
    ("sentence", "surface", "tense"),
    [
        ("The crew planned to fly home on Friday.", "Friday", "future"),
        ("Fans planned a parade for Sunday.", "Sunday", "future"),
        ("A vigil planned for Monday was called off.", "Monday", "past"),
        ("Tuesday's hastily planned summit", "Tuesday", None),
    ],
)
def test_planned_is_no_future_on_its_own(sentence: str, surface: str, tense: str | None) -> None:
    start = sentence.index(surface)
    assert sentence_tense(sentence, start, start + len(surface)) == tense


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day in words is one date with its month and weekday
        (
            "Voters go to the polls this coming Sunday, August thirty-first.",
            [("this coming Sunday, August thirty-first", "2025-08-31")],
        ),
        ("The ferry sank on the fourth of July.", [("the fourth of July", "2025-07-04")]),
        # "last" before a month and day: the span is the month and day
        ("The mill shut last Nov. 3 for good.", [("Nov. 3", "2024-11-03")]),
        # "the week 12" names week 12, but "the week 3 people" counts people
        ("Sales dipped in the week 12.", [("week 12", "2025-W12")]),
        ("During the week 3 people resigned.", [("the week", "2025-W35")]),
        # "the past" before a count is no reference to the past
        ("Floods hit the valley in the past two springs.", []),
        ("The showdown came at high noon.", []),
    ],
)
def test_day_words_and_span_edges(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# What the narrative told last sets the day of "the previous Friday", of a bare clock
# time or part of the day just after it, and of a clock time whose day follows a
# parenthesis. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        (
            "The index closed lower on Monday, Aug. 18, than the previous Friday.",
            "the previous Friday",
            "2025-08-15",
        ),
        (
            "The strike began on Aug. 4 and ended the following Thursday.",
            "the following Thursday",
            "2025-08-07",
        ),
        # without a day told before, the anchor counts
        ("Prices were higher the previous Monday.", "the previous Monday", "2025-08-25"),
        (
            "Shares slid on Friday. Traders sold heavily in the morning.",
            "the morning",
            "2025-08-22TMO",
        ),
        ("The ship docked Saturday. It left again at 6 p.m.", "6 p.m.", "2025-08-23T18:00"),
        # a clause that looks ahead keeps the anchor's day
        ("The vote was Monday. Counting will start at 9 a.m.", "9 a.m.", "2025-08-27T09:00"),
        # a day told long before is no longer the narrative's
        (
            "The ship docked Saturday. "
            + "The crew rested and the cargo waited. " * 8
            + "The harbour master left at 6 p.m.",
            "6 p.m.",
            "2025-08-27T18:00",
        ),
        (
            "The quake struck at 3:40 a.m. (0140 GMT) Tuesday, officials said.",
            "3:40 a.m.",
            "2025-08-26T03:40",
        ),
        (
            "The convoy will leave at 5 in the morning (5 a.m. local time Thursday).",
            "5 in the morning",
            "2025-08-28T05:00",
        ),
    ],
)
def test_days_told_before_or_after(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# Tense cues: an "-ed" word after a determiner is an adjective ("the revised plan"),
# irregular past forms count ("sold", "fled"), and a future passive may hold an adverb
# or an irregular participle ("will still be held").
@pytest.mark.parametrize(
    ("sentence", "surface", "tense"),
    [
        ("Shares will be issued under the revised plan in May.", "May", "future"),
        ("The firm sold its stake in March.", "March", "past"),
        ("Thousands fled the city on Sunday.", "Sunday", "past"),
        ("The meeting will still be held on Thursday.", "Thursday", "future"),
        ("The seat would not be won without a recount on Friday.", "Friday", "future"),
        # a deadline keeps a future verb's direction, but not a past one's
        ("The airline will double its routes by March.", "March", "future"),
        ("The court said he must leave by March.", "March", None),
    ],
)
def test_tense_cues(sentence: str, surface: str, tense: str | None) -> None:
    start = sentence.index(surface)
    assert sentence_tense(sentence, start, start + len(surface)) == tense


# "Sept. 3 and 4": the bare number after "and"/"or" is a later day of that month, unless
# it counts something ("and 40 others") or has a month of its own.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hearings are set for Sept. 3 and 4 in the capital.",
            [("Sept. 3", "2025-09-03"), ("4", "2025-09-04")],
        ),
        ("It rained on July 8 or 9th.", [("July 8", "2025-07-08"), ("9th", "2025-07-09")]),
        ("Police held July 8 and 40 others.", [("July 8", "2025-07-08")]),
        ("Talks ran from July 8 and 2 more rounds.", [("July 8", "2025-07-08")]),
        (
            "Polls opened on July 28 and 3 June.",
            [("July 28", "2025-07-28"), ("3 June", "2025-06-03")],
        ),
        ("Pay rose on July 18 and 12.", [("July 18", "2025-07-18")]),
        ("On July 8 and 20 to 30 boats sailed.", [("July 8", "2025-07-08")]),
    ],
)
def test_second_day_of_the_month(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an ordinal that heads a noun is no day of the month
        ("Bonds fell Friday, the third loss in a row.", [("Friday", "2025-08-22")]),
        ("Shares rose Monday the second day running.", [("Monday", "2025-08-25")]),
        ("Stocks slid in May, the fifth month of losses.", [("May", "2025-05")]),
        # a day in words ends a sentence or meets a preposition
        ("The fair opens Saturday the sixth.", [("Saturday the sixth", "2025-09-06")]),
        # ... and "at dawn" is on that day
        (
            "Crews return on June ninth at dawn.",
            [("June ninth", "2025-06-09"), ("dawn", "2025-06-09TMO")],
        ),
    ],
)
def test_ordinal_words_as_days(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a season keeps its article
        ("Sales slowed over the summer.", [("the summer", "2025-SU")]),
        ("Work resumed in the late spring.", [("the late spring", "2025-SP")]),
        ("Rains came in the winter of 2019.", [("the winter of 2019", "2019-WI")]),
        # a week or so back is that week, approximately
        ("The deal was struck a week or so ago.", [("a week or so ago", "2025-W34")]),
    ],
)
def test_season_articles_and_hedged_counts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quoted title may go on in capitals after its time word
        ('She spoke on "This Week With Jane Doe" about the vote.', []),
        ("He told ``Tonight Live From Studio 8'' that he would run.", []),
        # "Today" after an acronym names a paper or a program
        ("The survey ran in USA Today.", []),
        ("You are listening to BBC Today.", []),
        # a bare unit after a capitalized word names a thing: a book of hours
        ("The Kessel Hours, a prayer book, was sold.", []),
        # must stay dates
        ("Hours later, the fire was out.", [("Hours", "PTXH")]),
        ("Firefighters worked for Hours.", [("Hours", "PTXH")]),
        ("In the EU, today, ministers meet.", [("today", "2025-08-27")]),
        ('He wrote "Monday Morning Blues" on Friday.', [("Friday", "2025-08-22")]),
    ],
)
def test_titles_and_names_with_time_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the past day" is a day's span; "the past" before a unit is no reference
        ("Prices fell over the past day.", [("the past day", "P1D")]),
        ("Two blasts shook the city in the past hour.", [("the past hour", "PT1H")]),
        ("Rains fell in the past days.", [("days", "PXD")]),
        ("Pupils cheered on the last day of school.", []),
        ("He cannot escape the past, she said.", [("the past", "PAST_REF")]),
    ],
)
def test_the_past_before_a_unit(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A weekday's possessive names an event already told ("Monday's ruling"), whatever the
# clause's verb, unless the event is awaited or is one held on a day ("Sunday's vote"),
# which follows the verb. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        ("Lawyers will appeal Monday's verdict.", "Monday", "2025-08-25"),
        ("The board would review Tuesday's decision.", "Tuesday", "2025-08-26"),
        # an event held on the day follows the clause's verb
        ("Voters will cast ballots in Sunday's election.", "Sunday", "2025-08-31"),
        ("Critics faulted the handling of Monday's meeting.", "Monday", "2025-08-25"),
        ("Crowds gathered ahead of Saturday's final.", "Saturday", "2025-08-30"),
        ("Fans await Friday's draw.", "Friday", "2025-08-29"),
        ("Traders were waiting for Friday's payroll figures.", "Friday", "2025-08-29"),
        ("Coastal towns braced for Saturday's storm.", "Saturday", "2025-08-30"),
        ("Traders cheered Tuesday's payroll figures.", "Tuesday", "2025-08-26"),
        ("He will attend next Friday's gala.", "next Friday", "2025-08-29"),
    ],
)
def test_possessive_weekdays(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# "the July 4 blast": a year-less date naming an event reads back even in a clause
# that looks ahead, unless the noun is one that awaits its date ("the Sept. 1 deadline").
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        ("Aid will flow to towns hit by the Aug. 20 floods.", "Aug. 20", "2025-08-20"),
        ("Police will question those seen near the July 30 fire.", "July 30", "2025-07-30"),
        ("Officials will meet before the Aug. 30 deadline.", "Aug. 30", "2025-08-30"),
        ("Parties will campaign hard for the Oct. 5 election.", "Oct. 5", "2025-10-05"),
    ],
)
def test_dates_naming_events(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range across months holds both ends, the end on or after the start
        (
            "The summit runs Sept. 30-Oct. 2 in Rome.",
            [("Sept. 30", "2025-09-30"), ("Oct. 2", "2025-10-02")],
        ),
        (
            "Offices will close Dec. 29–Jan. 2.",
            [("Dec. 29", "2025-12-29"), ("Jan. 2", "2026-01-02")],
        ),
        # not a month after the dash
        ("Sales on Aug. 4-Team 6 rose.", [("Aug. 4", "2025-08-04")]),
    ],
)
def test_ranges_across_months(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        # a title or "vs." does not end the sentence, so the verb after it still counts
        (
            "In December, a week after Smith vs. Jones was argued, the law changed.",
            "December",
            "2024-12",
        ),
        ("On Friday, Mr. Lee and Dr. Ruiz will sign the pact.", "Friday", "2025-08-29"),
        # "since" looks back whatever verb follows
        ("The ship, at sea since December, is due to return soon.", "December", "2024-12"),
        ("Talks, stalled since Friday, will resume.", "Friday", "2025-08-22"),
    ],
)
def test_sentence_ends_and_since(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "quarter-to-quarter" is a comparison, not the quarter
        ("The quarter-to-quarter gain was small.", []),
        ("For the year, exports rose.", [("the year", "2025")]),
    ],
)
def test_units_counted_from_an_event(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a vague plural keeps "the first/early/final" before it
        ("Chaos reigned in the first days of the strike.", [("the first days", "PXD")]),
        ("She wrote little in the early years.", [("the early years", "PXY")]),
        # "latest" before a count, as "past" or "last"
        ("Profit rose in the latest six months.", [("the latest six months", "P6M")]),
    ],
)
def test_duration_modifiers(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one day from a day told right after "day before/after"
        (
            "The day before last Friday's rally, police closed the square.",
            [("day before last Friday", "2025-08-21")],
        ),
        (
            "Shops reopened the day after Easter Monday 2024.",
            [("day after Easter Monday 2024", "2024-04-02")],
        ),
        # with no day after it, or with a count before it, nothing moves
        ("Guests left the day before the wedding.", []),
        ("A day after June 3 the rain stopped.", [("A day", "P1D"), ("June 3", "2025-06-03")]),
    ],
)
def test_the_day_before_a_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an amount, then the noun it counts, then "a week": a rate, no TIMEX
        ("The ferry makes six crossings a week.", []),
        ("The mill ships 400 tonnes a day.", []),
        ("Output grew 12% annually.", []),
        ("The plant turns out 5,000 cars yearly.", []),
        # a frequency with no amount is a set
        ("Crowds gather outside the court daily.", [("daily", Kind.SET, "P1D")]),
        # a distance in time after the amount's noun is no rate
        ("Two guards quit a week after the audit.", [("a week", Kind.DURATION, "P1W")]),
        ("Nine firms closed a month later.", [("a month", Kind.DURATION, "P1M")]),
    ],
)
def test_rates_after_a_counted_noun(sentence: str, expected: list[tuple[str, Kind, str]]) -> None:
    assert [(m.text, m.kind, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range's start takes the year its end is written with
        (
            "The dig ran from April to September 2011.",
            [("April", "2011-04"), ("September 2011", "2011-09")],
        ),
        (
            "Exhibits closed Oct. 2-Nov. 14, 2003, for repairs.",
            [("Oct. 2", "2003-10-02"), ("Nov. 14, 2003", "2003-11-14")],
        ),
        # ... or the year before, when its month comes later in the year
        (
            "Snow fell between December and March 2010.",
            [("December", "2009-12"), ("March 2010", "2010-03")],
        ),
        # a month right after a dash, with a year, is the range's end
        (
            "Rain fell (May-July 1994) in the hills.",
            [("May", "1994-05"), ("July 1994", "1994-07")],
        ),
        # a start not joined to the end keeps its own reading
        (
            "He came in May and left in June 2001.",
            [("May", "2025-05"), ("June 2001", "2001-06")],
        ),
    ],
)
def test_range_start_takes_the_year_of_its_end(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an ISO date glued to a file or page name
        (
            "Download agenda-2019-04-30.pdf today.",
            [("2019-04-30", "2019-04-30"), ("today", "2025-08-27")],
        ),
        ("See log_2021-12-01 for details.", [("2021-12-01", "2021-12-01")]),
        # ISO's basic form, alone or glued
        ("Filed as 19990412 in the registry.", [("19990412", "1999-04-12")]),
        ("Open scan-20230115.png now.", [("20230115", "2023-01-15"), ("now", "PRESENT_REF")]),
        # a count of eight digits that is no valid date stays out
        ("The fund holds 20231377 shares.", []),
        # but no year range turns into a date
        ("Output grew in 2001-2003.", [("2001", "2001"), ("2003", "2003")]),
    ],
)
def test_iso_dates_in_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deadline with no tense cue: the Thursday just ahead of the Wednesday anchor
        ("The offer runs until 9 a.m. Thursday.", [("9 a.m. Thursday", "2025-08-28T09:00")]),
        # a time on a weekday and its date is one time of that date
        (
            "The probe lifted off at 09:14 local time on Friday, August 22.",
            [("09:14 local time on Friday, August 22", "2025-08-22T09:14")],
        ),
        (
            "The curfew began at midnight on Sunday, Aug. 24, police said.",
            [("midnight on Sunday, Aug. 24", "2025-08-24T24:00")],
        ),
        ("The talks were held over weeks or months.", [("weeks or months", "PXW")]),
        ("Buses run twice weekly.", [("twice weekly", "P1W")]),
        ("The strike lasted two-and-a-half years.", [("two-and-a-half years", "P2Y6M")]),
    ],
)
def test_duration_and_set_spans(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "May" opening a sentence before its subject is the verb
        ("May I add one point?", []),
        ("Thanks. May we go now?", [("now", "PRESENT_REF")]),
        # after a preposition, or before a year or a verb, it is the month
        ("In May we sold the farm.", [("May", "2025-05")]),
        ("May was the wettest month.", [("May", "2025-05")]),
    ],
)
def test_may_the_verb(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


def test_second_day_after_through() -> None:
    found = [(m.text, m.value.timex) for m in find_dates("The fair ran July 9 through 14.", A)]
    assert found == [("July 9", "2025-07-09"), ("14", "2025-07-14")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "another" counts one more span, and stays in the span before a count
        ("The lease runs for another year.", [("another year", "P1Y")]),
        ("Talks may take another three weeks.", [("another three weeks", "P3W")]),
        # "another day" is mostly "some other time"
        ("We will argue that another day.", []),
    ],
)
def test_another_span(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


@pytest.mark.parametrize(
    "sentence", ["Farming began some 9,000 years ago.", "Its light left 4,000,000 days ago."]
)
def test_points_before_year_one_are_only_the_past(sentence: str) -> None:
    # the arithmetic would leave the calendar: the finder must not fail on it
    found = [m.value.timex for m in find_dates(sentence, A)]
    assert found == ["PAST_REF"]


def test_points_after_year_9999_are_only_the_future() -> None:
    found = [m.value.timex for m in find_dates("The waste stays toxic 90,000 years from now.", A)]
    assert found == ["FUTURE_REF"]


# The finder tries at each word only the rules its first letters can begin; what it finds
# must be what one alternation of every rule, in order, finds.
_WORDS = (
    "the end of last this next early late mid the past few three 3 12 2019 1990s "
    "January Jan. Sept. May Monday Tuesday's weekend week weeks month year years decade "
    "quarter half first second fiscal ago earlier later today tonight yesterday now "
    "morning night noon a.m. p.m. 10:30 every each times twice once per a an day days "
    "spring fall summer Christmas since until by from to through and or - – , . ( ) "
    "report_2002-10-09.pdf Nov. 18-Dec. 19, 2015 2008-2010 $ 5% said officials ſeptember "
    "İn\u00a0March about nearly more than"
).split(" ")


@pytest.mark.parametrize(
    "text",
    [
        "Talks began on Aug. 27 and lasted four days.",
        "Prices rose 3% in the third quarter of fiscal 2019, a year earlier than planned.",
        "From 2008-2010 the line ran three times a week; service ends Nov. 18-Dec. 19, 2015.",
        "See report_2002-10-09.pdf and log-20170302 for the figures of late\u00a0March.",
        "The  end  of   the year, twice weekly, every other Friday, 5,000 years ago.",
        "ſeptember and İn March: odd letters are matched as case-insensitively as before.",
    ],
)
def test_trying_rules_by_prefix_finds_what_one_alternation_finds(text: str) -> None:
    every = _every_rule()
    expected = [(m.span(), m.lastgroup) for m in every.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in date_finder._matches(text)] == expected
    assert expected  # each text holds dates


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from([" ", "", "  ", "\n"]))
def test_trying_rules_by_prefix_is_exact_on_random_text(words: list[str], joiner: str) -> None:
    text = joiner.join(words)
    every = _every_rule()
    expected = [(m.span(), m.lastgroup) for m in every.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in date_finder._matches(text)] == expected


@functools.cache
def _every_rule():  # type: ignore[no-untyped-def]
    return date_finder._finder([(i, p) for i, (_, p) in enumerate(date_finder._FOUND_RULES)])


# Classes fixed together: a present tense that schedules ("begins", "takes effect"), a
# quarter told by the day it ended, "the last quarter of <year>", a clock time with its
# part of the day, "early"/"late" before "this morning", day parts that recur, a clock's
# or amount's number that is no day of the month (A is Wednesday 2025-08-27).
SCHEDULED_AND_ENDED = [
    ("The new season begins Monday in the capital.", [("Monday", "2025-09-01")]),
    ("The restored pier reopens on Saturday.", [("Saturday", "2025-08-30")]),
    ("The consultation closes on Friday.", [("Friday", "2025-08-29")]),
    ("The tariff takes effect Jan. 2, the agency said.", [("Jan. 2", "2026-01-02")]),
    ("The company expects to report results in mid-October.", [("mid-October", "2025-10")]),
    # must stay behind: a past verb, or no verb that schedules
    ("The new season began Monday in the capital.", [("Monday", "2025-08-25")]),
    ("After his visits to the mines on Monday, the envoy left.", [("Monday", "2025-08-25")]),
    ("The envoy visits the scene of a blast on Sunday.", [("Sunday", "2025-08-24")]),
    (
        "For the quarter ended Feb. 28, the retailer lost money.",
        [("the quarter", "2025-Q1"), ("Feb. 28", "2025-02-28")],
    ),
    (
        "The chain earned more in the quarter ended June 30.",
        [("the quarter", "2025-Q2"), ("June 30", "2025-06-30")],
    ),
    (
        "Revenue fell in the quarter ending in March.",
        [("the quarter", "2025-Q1"), ("March", "2025-03")],
    ),
    # an ordinal quarter keeps its number
    (
        "Its first quarter ended Oct. 31, 2024, was weak.",
        [("first quarter", "2025-Q1"), ("Oct. 31, 2024", "2024-10-31")],
    ),
    ("Exports slowed in the last quarter of 2019.", [("the last quarter of 2019", "2019-Q4")]),
    (
        "Output grew in the final quarter of last year.",
        [("the final quarter of last year", "2024-Q4")],
    ),
    # alone, "last quarter" is the one before the anchor's; a game's final quarter is none
    ("Margins narrowed last quarter.", [("last quarter", "2025-Q2")]),
    ("The guard scored in the final quarter.", []),
    ("Polls closed at 9 o'clock Tuesday night.", [("9 o'clock Tuesday night", "2025-08-26T21:00")]),
    (
        "The ferry leaves at 6 o'clock tomorrow morning.",
        [("6 o'clock tomorrow morning", "2025-08-28T06:00")],
    ),
    ("The fire broke out early this morning.", [("early this morning", "2025-08-27TMO")]),
    ("Looters struck late last night.", [("late last night", "2025-08-26TNI")]),
    (
        "Guards patrol the border each night and every evening.",
        [("each night", "P1D"), ("every evening", "XXXX-XX-XXTEV")],
    ),
    ("Volunteers cook breakfast every morning.", [("every morning", "XXXX-XX-XXTMO")]),
    ("The bakery opens everyday.", [("everyday", "P1D")]),
    ("The shop sells everyday goods.", []),
    ("The vote is at 10:30 Sept. 3.", [("Sept. 3", "2025-09-03")]),
    ("The firm paid $ 40 October 2 to settle.", [("October 2", "2025-10-02")]),
    (
        "Markets fell in past years and in the past decades.",
        [("past years", "PAST_REF"), ("the past decades", "PAST_REF")],
    ),
    ("The loan is due by end of year.", [("end of year", "2025")]),
    # more presents and intentions that schedule: progressive, "is to be", "is planned for"
    ("The two envoys are meeting on Monday.", [("Monday", "2025-09-01")]),
    ("The governor arrives Friday for talks.", [("Friday", "2025-08-29")]),
    ("Organizers hope to reopen the bridge by Tuesday.", [("Tuesday", "2025-09-02")]),
    ("A vigil is planned for Sunday.", [("Sunday", "2025-08-31")]),
    ("A ruling is due Monday.", [("Monday", "2025-09-01")]),
    ("The drop is due to a strike on Monday.", [("Monday", "2025-08-25")]),
    ("The driver is to be arraigned on Monday.", [("Monday", "2025-09-01")]),
    # must stay behind: the nearest verb is past, or a progressive with a month
    ("Police are questioning a man detained on Monday.", [("Monday", "2025-08-25")]),
    ("Police are investigating a fire on Monday.", [("Monday", "2025-08-25")]),
    ("The envoys are meeting in Geneva on Friday.", [("Friday", "2025-08-29")]),
    ("The city is continuing talks begun in March.", [("March", "2025-03")]),
    # "last" as a verb is no part of the span
    ("The inquiry is expected to last several weeks.", [("several weeks", "PXW")]),
    ("Such droughts can last two years.", [("two years", "P2Y")]),
    ("Rain fell on the last two days of the fair.", [("the last two days", "P2D")]),
    ("Payments resume on the 5th of next month.", [("the 5th of next month", "2025-09-05")]),
    ("Output rose in the April-June quarter.", [("the April-June quarter", "2025-Q2")]),
    (
        "Sales dipped in the November-January quarter.",
        [("the November-January quarter", "2024-Q4")],
    ),
    # a part of a named day, and "the early hours of" a day, which is no duration
    ("Crowds thinned by late afternoon Monday.", [("late afternoon Monday", "2025-08-25TAF")]),
    (
        "The morning Sunday paper sold out.",
        [("The morning", "2025-08-27TMO"), ("Sunday", "2025-08-24")],
    ),
    ("Fighting raged into the early hours of Friday.", [("Friday", "2025-08-22")]),
    ("After hours of debate, the bill passed.", [("hours", "PTXH")]),
    # a deadline with no verb to go by is ahead; with a past verb it need not be
    ("The union has until Friday to answer.", [("Friday", "2025-08-29")]),
    ("The union had waited until Friday to answer.", [("Friday", "2025-08-22")]),
    # "the year before" counts from the date told last; "the week before the vote" from
    # an event, and is left out
    (
        "Exports rose in 2019 after falling the year before.",
        [("2019", "2019"), ("the year before", "2018")],
    ),
    ("Turnout fell the week before the vote.", []),
    (
        "Profit rose in the last fiscal year and will rise next fiscal year.",
        [("the last fiscal year", "2024"), ("next fiscal year", "2026")],
    ),
    ("The fair opens on the 12th of October.", [("the 12th of October", "2025-10-12")]),
    # "this Friday" is that day of the anchor's week, ahead or behind
    ("The vote is this Friday.", [("this Friday", "2025-08-29")]),
    ("The envoy landed this Monday.", [("this Monday", "2025-08-25")]),
    # a hedge before a count back is part of the span
    ("The mill closed about two years ago.", [("about two years ago", "2023")]),
    ("The dam was built some 40 years ago.", [("some 40 years ago", "1985")]),
    # a year's quarter or half told with a possessive is one expression
    (
        "Margins grew in fiscal 2024's second quarter.",
        [("fiscal 2024's second quarter", "2024-Q2")],
    ),
    ("Demand should recover in the year's second half.", [("the year's second half", "2025-H2")]),
    # a range of year-less dates ends after it starts: a past clause moves the start
    # back, any other the end on
    ("The festival ran from October to March.", [("October", "2024-10"), ("March", "2025-03")]),
    (
        "The season runs from early September to late June.",
        [("early September", "2025-09"), ("late June", "2026-06")],
    ),
    (
        "The exhibit was open from Sept. 20 through Jan. 4.",
        [("Sept. 20", "2024-09-20"), ("Jan. 4", "2025-01-04")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SCHEDULED_AND_ENDED)
def test_scheduled_presents_ended_quarters_and_day_parts(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A holiday in a past clause is the last one, however near the next (no lookahead as
# for a deadline); ahead otherwise. The anchor is Wednesday 2013-03-20, Good Friday
# 2013 being March 29.
@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("The strike began on Good Friday.", "2012-04-06"),
        ("The store will close on Good Friday.", "2013-03-29"),
    ],
)
def test_holidays_in_a_past_clause_look_back(sentence: str, timex: str) -> None:
    found = find_dates(sentence, dt.date(2013, 3, 20))
    assert [m.value.timex for m in found] == [timex]


# Earnings per share in any currency unit make a quarterly comparison ("$1.10 a share");
# results for nine or six months, or a fiscal year, compare with the year before.
# The anchor is Friday 2024-10-25.
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        (
            "Net rose to $5 million, or $1.10 a share, from $4 million a year earlier.",
            "a year earlier",
            "2023-Q3",
        ),
        (
            "For the nine months, net was $9 million, or $2.10 a share, against $8 million "
            "a year earlier.",
            "a year earlier",
            "2023",
        ),
    ],
)
def test_per_share_results_a_year_back(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, dt.date(2024, 10, 25))}
    assert found[surface] == timex


# "soon" on its own looks ahead; counting from another time, or telling a past, it is
# no reference to the future.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The board will soon name a new chief.", [("soon", "FUTURE_REF")]),
        ("Prosecutors may soon file charges.", [("soon", "FUTURE_REF")]),
        (
            "Officials hope to settle it as soon as possible.",
            [("as soon as possible", "FUTURE_REF")],
        ),
        ("The plant closed soon after the fire.", []),
        ("He was soon freed on bail.", []),
        ("The trickle soon became a flood.", []),
        ("Nobody said it came too soon.", []),
        ("The envoy could arrive as soon as Friday.", [("Friday", "2025-08-29")]),
    ],
)
def test_soon(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A trip or meeting in the plural present is scheduled ahead, as in the singular; "did
# not meet" tells a past. A is a Wednesday.
@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("The two presidents meet Friday in Geneva.", "2025-08-29"),
        ("He and his rival meet separately Friday with the mediator.", "2025-08-29"),
        ("Delegates arrive Saturday for the summit.", "2025-08-30"),
        ("Voters go to the polls Sunday.", "2025-08-31"),
        ("The two sides did not meet Monday.", "2025-08-25"),
    ],
)
def test_plural_scheduled_presents(sentence: str, timex: str) -> None:
    assert [m.value.timex for m in find_dates(sentence, A)] == [timex]


# "the next morning", "the previous night": the day after (before) the one told last,
# valued as that day.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ship docked on Aug. 3 and sailed the next morning.",
            [("Aug. 3", "2025-08-03"), ("the next morning", "2025-08-04")],
        ),
        (
            "The vote came on Aug. 12; the previous night, talks had stalled.",
            [("Aug. 12", "2025-08-12"), ("the previous night", "2025-08-11")],
        ),
    ],
)
def test_next_morning_after_a_day_told(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# Dawn and dusk after a preposition are the edges of the day, in its morning or evening;
# "the dawn of an age" is no time.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels stormed the town at dawn.", [("dawn", "2025-08-27TMO")]),
        (
            "Crews worked from daybreak until dusk.",
            [("daybreak", "2025-08-27TMO"), ("dusk", "2025-08-27TEV")],
        ),
        ("It marked the dawn of a new age.", []),
    ],
)
def test_edges_of_the_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# "one day" between a modal (or "to") and a verb is some day ahead; a day's length
# otherwise.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Engineers say the bridge could one day carry trains.", [("one day", "FUTURE_REF")]),
        ("She hopes to one day lead the party.", [("one day", "FUTURE_REF")]),
        ("The strike lasted one day.", [("one day", "P1D")]),
        ("Shares fell one day later.", [("one day", "P1D")]),
        ("He was jailed for one day.", [("one day", "P1D")]),
        ("Visits are limited to one day each.", [("one day", "P1D")]),
    ],
)
def test_one_day_ahead_or_long(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# "per second" after an amount is the unit of a rate, no set, as "a year" is there.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The chip runs 20 million instructions per second.", []),
        ("Pumps move 500 gallons per minute.", []),
        ("The committee meets once per week.", [("once per week", "P1W")]),
    ],
)
def test_per_unit_rates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A sentence's last dot after "pm" or "am" is no part of the time.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The polls close at 8pm.", "8pm"),
        ("Doors open at 6 AM.", "6 AM"),
        ("Lunch ends at 1 p.m.", "1 p.m."),
    ],
)
def test_clock_spans_end_before_a_sentence_dot(sentence: str, surface: str) -> None:
    assert [m.text for m in find_dates(sentence, A)] == [surface]


# "the latest fiscal year" is the last one closed, as "last fiscal year" is.
@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue reached $2 billion in the latest fiscal year.",
        "It lost money in the most recent fiscal year.",
    ],
)
def test_latest_fiscal_year_is_the_last_closed(sentence: str) -> None:
    assert [m.value.timex for m in find_dates(sentence, A)] == ["2024"]


# A plan in the past perfect was for a day gone by ("had been scheduled to end Friday");
# in the present it still looks ahead. (A is a Wednesday.)
@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("The truce had been scheduled to end Friday.", "2025-08-22"),
        ("Officials had planned to vote Friday.", "2025-08-22"),
        ("The truce is scheduled to end Friday.", "2025-08-29"),
    ],
)
def test_past_perfect_plans_look_back(sentence: str, timex: str) -> None:
    assert [m.value.timex for m in find_dates(sentence, A)] == [timex]


# "and half" joins a unit only when no count of its own follows ("half a day").
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Talks ran half an hour and half a day.",
            [("half an hour", "PT30M"), ("half a day", "PT12H")],
        ),
        ("After two hours and a half of debate, it ended.", [("two hours and a half", "PT2H30M")]),
        ("The lease ran two years and a quarter.", [("two years and a quarter", "P2Y3M")]),
    ],
)
def test_added_half_or_quarter_joins_only_its_unit(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A clock time after a recurring day is the set's time of day, one mention; after a
# named day it stays a time of that day.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The club meets every Thursday at 6 p.m.",
            [("every Thursday at 6 p.m.", "XXXX-WXX-4T18:00")],
        ),
        (
            "Guards change each morning at 8:15 a.m.",
            [("each morning at 8:15 a.m.", "XXXX-XX-XXT08:15")],
        ),
        ("Ferries sail Sundays at 10am.", [("Sundays at 10am", "XXXX-WXX-7T10:00")]),
        (
            "The club met every Thursday until 6 p.m.",
            [("every Thursday", "XXXX-WXX-4"), ("6 p.m.", "2025-08-27T18:00")],
        ),
    ],
)
def test_clock_of_a_recurring_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A deadline that is moved or granted ends ahead, whatever the verb's tense: "extended
# ... until", "given until" (A is Wednesday 2025-08-27); a stretch that ran "until" a
# day in a past clause still ends behind.
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        ("The ministry extended the deadline until Tuesday.", "Tuesday", "2025-09-02"),
        ("The bank extended the firm's credit line through February.", "February", "2026-02"),
        ("Protesters were given until Monday to leave the square.", "Monday", "2025-09-01"),
        # must stay behind
        ("The strike lasted until Monday.", "Monday", "2025-08-25"),
        ("The bank extended a loan to the firm on Monday.", "Monday", "2025-08-25"),
        ("Given the cost, the program ran through February.", "February", "2025-02"),
        ("Given that sales rose through February, the plan stands.", "February", "2025-02"),
        # a clock time on a named day goes with its day
        (
            "The agency extended the deadline until 5 p.m. Tuesday.",
            "5 p.m. Tuesday",
            "2025-09-02T17:00",
        ),
        ("A ruling could come as early as 10 a.m. Monday.", "10 a.m. Monday", "2025-09-01T10:00"),
        ("The meeting ended at 3 p.m. Tuesday.", "3 p.m. Tuesday", "2025-08-26T15:00"),
    ],
)
def test_extended_deadlines(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# The pipeline re-resolves a relative date by its verb's tense; a deadline read ahead
# ("has given them until 9 a.m. Thursday", "would stay shut through Sunday") carries its own
# rule family, so a past verb does not pull it back a week. A stretch told in the past
# ("lasted until Tuesday") reads no direction of its own and is left to the verb.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The agency has given the family until 9 a.m. Thursday to sign.", "9 a.m. Thursday"),
        ("Officials said the road would stay closed through Sunday.", "Sunday"),
        ("The ministry extended the deadline until Tuesday.", "Tuesday"),
    ],
)
def test_deadlines_keep_their_direction_under_a_past_verb(sentence: str, surface: str) -> None:
    from factcheck.extract import _resolve_with_tense

    mention = next(m for m in find_dates(sentence, A) if m.text == surface)
    assert mention.value.rule.split("+")[0] in ("by", "ahead")
    assert _resolve_with_tense(mention, False, A) == mention.value


@pytest.mark.parametrize(
    "sentence", ["The strike lasted until Tuesday.", "The program ran from May through June."]
)
def test_stretches_told_in_the_past_are_left_to_the_verb(sentence: str) -> None:
    *_, mention = find_dates(sentence, A)
    assert mention.value.rule.split("+")[0] not in ("by", "ahead")


# A participle after a present or a verb of staying is a state, not a past: "is closed
# until", "would stay shut through"; after "was" the clause is past.
@pytest.mark.parametrize(
    ("sentence", "surface", "tense"),
    [
        ("The museum is closed until Saturday.", "Saturday", "future"),
        ("Officials said the road would stay closed through Sunday.", "Sunday", "future"),
        ("The museum was closed on Saturday.", "Saturday", "past"),
    ],
)
def test_participles_of_a_state(sentence: str, surface: str, tense: str | None) -> None:
    start = sentence.index(surface)
    assert sentence_tense(sentence, start, start + len(surface)) == tense


# "the week ended Aug. 23" (weekly figures): the seven days up to that day, valued as the
# ISO week holding most of them; "the week" alone is the anchor's week.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Jobless claims fell in the week ended Aug. 23.",
            [("the week", "2025-W34"), ("Aug. 23", "2025-08-23")],
        ),
        (
            "Retail sales in the week that ended Aug. 10 rose.",
            [("the week", "2025-W32"), ("Aug. 10", "2025-08-10")],
        ),
        ("Stocks rose during the week.", [("the week", "2025-W35")]),
    ],
)
def test_week_ended(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A plan told in the past ("planned a rally on Saturday", "was expected to vote Monday")
# puts its date ahead; the parse sees the date governed by a verb in the past, so the
# reading carries its own rule family. A plan cue after the date ("On Friday, the
# ministry planned to pay") or a past perfect ("had planned to") gets no such mark.
@pytest.mark.parametrize(
    ("sentence", "surface", "timex", "marked"),
    [
        ("Unions planned a general strike on Friday.", "Friday", "2025-08-29", True),
        ("The senate was expected to vote on Monday.", "Monday", "2025-09-01", True),
        ("On Friday, the ministry planned to pay the first claims.", "Friday", "2025-08-29", False),
        ("The band had planned to play on Saturday.", "Saturday", "2025-08-23", False),
    ],
)
def test_plans_told_in_the_past(sentence: str, surface: str, timex: str, marked: bool) -> None:
    mention = next(m for m in find_dates(sentence, A) if m.text == surface)
    assert mention.value.timex == timex
    assert (mention.value.rule.split("+")[0] == "ahead") is marked


# Read paragraph by paragraph (as the pipeline does), an anaphor at the start of one
# counts from the last date the paragraphs before it told ("the following month",
# "the previous Friday", "in the morning"), as in one reading of the whole text.
@pytest.mark.parametrize(
    ("text", "surface", "timex"),
    [
        (
            "The plant was sold in March 2019.\n\nThe following month, workers went on strike.",
            "The following month",
            "2019-04",
        ),
        (
            "Shares fell 5% on Friday, Aug. 15.\n\nThey had risen 3% the previous Friday.",
            "the previous Friday",
            "2025-08-08",
        ),
        (
            "Voting ended on Sunday, Aug. 10.\n\nTurnout was highest in the morning.",
            "the morning",
            "2025-08-10TMO",
        ),
    ],
)
def test_anaphors_count_from_earlier_paragraphs(text: str, surface: str, timex: str) -> None:
    from factcheck.extract import find_mentions
    from factcheck.models import Document

    whole = {m.text: m.value.timex for m in find_dates(text, A)}
    document = Document(id="d", path="d.txt", text=text, date=A)
    by_paragraph = {m.text: m.value.timex for m in find_mentions(document) if m.kind.is_temporal}
    assert whole[surface] == by_paragraph[surface] == timex


def test_earlier_reference_is_the_last_dated_mention() -> None:
    first = find_dates("Talks began on May 2, 2019, and lasted four days.", A)
    told = date_finder.narrative_reference(first)
    assert told is not None and told.text == "May 2, 2019"
    assert date_finder.narrative_reference([], told) is told
    second = "The next day, both sides walked out."
    moved = dataclasses.replace(told, start=told.start - 60, end=told.end - 60)
    (mention,) = find_dates(second, A, earlier=moved)
    assert mention.value.timex == "2019-05-03"


# Through the whole pipeline (parse, tense, reported speech): a date read ahead keeps its
# direction when re-read from the day a statement was made, and a deadline or a plan told
# in the past is not pulled back by its verb's tense. (2024-03-13 is a Wednesday.)
@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "surface", "timex"),
    [
        ("The envoy said on Monday that talks would resume Thursday.", "Thursday", "2024-03-14"),
        ("The envoy said on Monday that talks had resumed on Friday.", "Friday", "2024-03-08"),
        (
            "The agency has given the family until 9 a.m. Friday to sign.",
            "9 a.m. Friday",
            "2024-03-15T09:00",
        ),
        ("Farmers planned a large protest on Saturday.", "Saturday", "2024-03-16"),
    ],
)
def test_directions_survive_the_pipeline(text: str, surface: str, timex: str) -> None:
    from factcheck.pipeline import extract_text

    claims = {c.text: c for c in extract_text(text, dt.date(2024, 3, 13))}
    assert claims[surface].value.timex == timex


# A statement in the present ("officials say") is made at the document date: a date in
# its sentence dates another event, and the relative dates stay on the document date.
# (2024-03-13 is a Wednesday.)
@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "surface", "timex"),
    [
        (
            "With the rifle found 11 days ago, investigators say charges could come next week.",
            "next week",
            "2024-W12",
        ),
    ],
)
def test_present_statements_keep_the_document_date(text: str, surface: str, timex: str) -> None:
    from factcheck.pipeline import extract_text

    claims = {c.text: c for c in extract_text(text, dt.date(2024, 3, 13))}
    assert claims[surface].value.timex == timex


# A decision or promise told in the past looks ahead to what it decided, when an
# infinitive follows ("agreed to hear the case in October"); "agreed to a merger in
# March" names the agreement's own time. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "tense"),
    [
        ("The court agreed to hear the appeal in October.", "October", "future"),
        ("Lawmakers voted to raise the levy in January.", "January", "future"),
        ("The firm pledged to repay the loan by March.", "March", "future"),
        ("The firm agreed to a merger in March.", "March", "past"),
        ("The board decided to be cautious in March.", "March", "past"),
    ],
)
def test_decisions_look_ahead(sentence: str, surface: str, tense: str | None) -> None:
    start = sentence.index(surface)
    assert sentence_tense(sentence, start, start + len(surface)) == tense


# A scheduled event in the plural present looks ahead when the date follows closely
# ("talks resume Monday", "classes begin Tuesday"); not after "did not", nor an adjective
# ("was open from Sept. 20"). (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        ("Peace talks resume on Monday in Geneva.", "Monday", "2025-09-01"),
        ("Classes begin Tuesday at the new campus.", "Tuesday", "2025-09-02"),
        ("Hearings reconvene Monday.", "Monday", "2025-09-01"),
        ("Talks did not resume on Monday.", "Monday", "2025-08-25"),
    ],
)
def test_scheduled_plural_presents(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# The year after a clock time's date is part of the time, not a second mention; a
# number after the date ("March 3, 1,200 people") is no year.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The first plane struck at 8:46 a.m. on Sept. 11, 2001, in New York.",
            [("8:46 a.m. on Sept. 11, 2001", "2001-09-11T08:46")],
        ),
        (
            "At 10 p.m. on March 3, 1,200 people gathered.",
            [("10 p.m. on March 3", "2025-03-03T22:00")],
        ),
    ],
)
def test_clock_with_a_full_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# "autumn" is a season as "summer" is; "the fall" is one only after a preposition of
# time ("in the fall"), not a drop ("the fall in prices") nor a defeat ("the fall of").
# (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new plant opens in the autumn.", [("the autumn", "2025-FA")]),
        ("Lawmakers will vote on the bill in the fall.", [("the fall", "2025-FA")]),
        ("A decision is unlikely before the fall.", [("the fall", "2025-FA")]),
        ("The fall in oil prices hurt producers.", []),
        ("After the fall of the regime, exiles returned.", []),
    ],
)
def test_autumn_and_the_fall(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A month or weekday dashed after another ("April-June", "Tuesday-Thursday") ends a
# range and is a date of its own; a quarter named by its months stays one.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales slipped in April-June.", [("April", "2025-04"), ("June", "2025-06")]),
        (
            "Shipments resume in October-December.",
            [("October", "2025-10"), ("December", "2025-12")],
        ),
        ("Profit rose in the April-June quarter.", [("the April-June quarter", "2025-Q2")]),
        ("Coca-Cola and Hewlett-Packard reported results.", []),
    ],
)
def test_dashed_name_ranges(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A season "of last/this/next year" is that year's season. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Work started in the spring of last year.", [("the spring of last year", "2024-SP")]),
        ("It reopens in the winter of next year.", [("the winter of next year", "2026-WI")]),
        ("Sales peak in the summer of this year.", [("the summer of this year", "2025-SU")]),
    ],
)
def test_season_of_a_year(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# An anaphor finer than the date told before it keeps what that date knows and X's the
# rest (TimeML): a day after a month, a day or month after a year. (A is 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        (
            "The plant shut last October, and workers left that same day.",
            "that same day",
            "2024-10-XX",
        ),
        ("The firm was sold in 2019; staff were told that day.", "that day", "2019-XX-XX"),
        ("The firm was sold in 2019; talks had begun that month.", "that month", "2019-XX"),
        ("The firm was sold on May 3, 2019; staff were told that day.", "that day", "2019-05-03"),
    ],
)
def test_anaphor_finer_than_its_reference(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# "Monday last week", "Thursday next week": the weekday in the week named, one date (not
# the weekday nearest the anchor plus a week). (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks broke down on Monday last week.", [("Monday last week", "2025-08-18")]),
        ("Voting ends Thursday next week.", [("Thursday next week", "2025-09-04")]),
        ("Police made the arrest on Friday of last week.", [("Friday of last week", "2025-08-22")]),
    ],
)
def test_weekday_of_a_named_week(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# US time zones written with two capitals ("8 p.m. ET") belong to the clock time, as
# "EDT" does, so the day after them is the time's day; lower-case "et" is no zone.
# (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voting ended at 8 p.m. ET on Tuesday.", [("8 p.m. ET on Tuesday", "2025-08-26T20:00")]),
        ("The game started at 7 p.m. PT.", [("7 p.m. PT", "2025-08-27T19:00")]),
        ("Shops shut at 5 p.m. et cetera.", [("5 p.m.", "2025-08-27T17:00")]),
    ],
)
def test_two_letter_time_zones(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A year that is a verb's subject ("2013 looks", "2020 promises") is a year, though the
# next word ends in "s"; a count before a plural noun stays a count.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rest of 2013 looks uncertain.", [("2013", "2013")]),
        ("Much of 2020 promises more of the same.", [("2020", "2020")]),
        ("A force of 2000 soldiers moved in.", []),
    ],
)
def test_year_as_a_subject(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A month without a year told in the same clause after a written year is in that year
# (the reference time), not placed near the document date; a clause break, or a look
# ahead from an earlier year, leaves it to the anchor. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        ("The mill reopened in 2019 and in March hired 80 workers.", "March", "2019-03"),
        ("The fair of 2021 was held in late May.", "late May", "2021-05"),
        ("The rule adopted in 2020 and applied from Oct. 3 was repealed.", "Oct. 3", "2020-10-03"),
        ("Under a plan approved in 2019, the firm bought shares through July.", "July", "2025-07"),
        ("Exports shrank in 2024 and a rebound is expected in October.", "October", "2025-10"),
        # a year to come dates another event: the law was signed this April
        ("Pay will rise to $17 in 2030 under a law signed on April 24.", "April 24", "2025-04-24"),
        # a paragraph before is no clause of this one
        ("The fund was set up in 2019.\n\nIn June it lost money.", "June", "2025-06"),
    ],
)
def test_month_in_the_year_told_before(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# A weekday in a newspaper's name is no date ("the Sunday Times", "The Mail on Sunday");
# the same weekday telling when still is. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Sunday Times printed the letter.", []),
        ("The Mail on Sunday ran the story.", []),
        ("The Observer said on Sunday that talks failed.", [("Sunday", "2025-08-24")]),
    ],
)
def test_weekday_in_a_paper_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# "is due to" before a verb of a schedule looks ahead ("due to land Friday"); before a
# noun it gives a cause and no direction. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        ("The probe is due to land on Friday.", "Friday", "2025-08-29"),
        ("The envoy is due to arrive in Cairo on Monday.", "Monday", "2025-09-01"),
        ("The match was called off due to heavy rain on Monday.", "Monday", "2025-08-25"),
    ],
)
def test_due_to_a_scheduled_verb(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# "likely to" / "unlikely to" look ahead as "expected to" does. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        ("The court is likely to rule on Monday.", "Monday", "2025-09-01"),
        ("The board is unlikely to meet before Friday.", "Friday", "2025-08-29"),
    ],
)
def test_likely_to_looks_ahead(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


# Fixed-day holidays of English-language news ("May Day", "Boxing Day"); "May" before a
# dashed word stays the month. (A is Wednesday 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Unions rallied on May Day.", [("May Day", "2025-05-01")]),
        ("Stores slashed prices on Boxing Day.", [("Boxing Day", "2024-12-26")]),
        ("In May day-to-day sales fell.", [("May", "2025-05")]),
    ],
)
def test_more_fixed_holidays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# A war named by its length is a name, not a duration ("the Six-Day War", "the Thirty
# Years' War"); "9/11" names the attacks of Sept. 11, 2001, not this year's day.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel won the Six-Day War.", []),
        ("The Thirty Years' War ravaged Europe.", []),
        ("The war lasted six days.", [("six days", "P6D")]),
        ("Airport security changed after 9/11.", [("9/11", "2001-09-11")]),
        ("Rent is due 9/12.", [("9/12", "2025-09-12")]),
    ],
)
def test_names_that_hold_a_time(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# "16-year-olds" are people of an age, not a length of time.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The reform lets 16-year-olds vote.", []),
        ("Two-year-olds and 18-month-olds play free.", []),
        ("The 16-year deal ends.", [("16-year", "P16Y")]),
    ],
)
def test_an_age_group_is_no_span_of_time(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.timex) for m in find_dates(sentence, A)] == expected


# An event that "is on Tuesday", "is Friday" or "is in November" is still to come (one
# past would be "was"); "today is Wednesday" stays the day itself. (A is Wednesday
# 2025-08-27.)
@pytest.mark.parametrize(
    ("sentence", "surface", "timex"),
    [
        ("The runoff is on Tuesday.", "Tuesday", "2025-09-02"),
        ("The filing deadline is Friday.", "Friday", "2025-08-29"),
        ("The state elections are in March.", "March", "2026-03"),
        ("The runoff was on Tuesday.", "Tuesday", "2025-08-26"),
        ("Today is Wednesday.", "Wednesday", "2025-08-27"),
    ],
)
def test_an_event_that_is_on_a_day_is_ahead(sentence: str, surface: str, timex: str) -> None:
    found = {m.text: m.value.timex for m in find_dates(sentence, A)}
    assert found[surface] == timex


@pytest.mark.parametrize(
    ("sentence", "surface", "mod"),
    [
        ("The search lasted about two hours.", "two hours", "APPROX"),
        ("Repairs took some three weeks.", "three weeks", "APPROX"),
        ("Repairs took roughly six weeks.", "roughly six weeks", "APPROX"),
        ("Repairs took six weeks.", "six weeks", None),
    ],
)
def test_a_hedged_length_is_told_as_approximate(
    sentence: str, surface: str, mod: str | None
) -> None:
    (found,) = [m for m in find_dates(sentence, A) if m.text == surface]
    assert (found.value.mod, found.value.approx) == (mod, mod is not None)
