"""Lexicons and regex pieces of the temporal grammar in `factcheck.normalize.dates`.

Word tables (months, units, holidays, modifiers ...) with their TIMEX3 codes, and the
named-group pattern pieces the grammar rules are built from. Kept apart from the
handlers so the vocabulary can be read and extended in one place.
"""

from __future__ import annotations

import re

# ----------------------------------------------------------------- lexicons

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4,
    "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip

# Season code and its months (meteorological; winter runs into the next year).
SEASONS: dict[str, tuple[str, int, int]] = {
    "spring": ("SP", 3, 5), "summer": ("SU", 6, 8), "fall": ("FA", 9, 11),
    "autumn": ("FA", 9, 11), "winter": ("WI", 12, 14),
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
    "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
}  # fmt: skip

# Days of the month written as ordinal words ("March eighth", "the second of August").
_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEEN_ORDINALS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth nineteenth twentieth"
).split()
DAY_ORDINALS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNIT_ORDINALS, start=1)},
    **{word: n for n, word in enumerate(_TEEN_ORDINALS, start=10)},
    **{f"twenty {word}": 20 + n for n, word in enumerate(_UNIT_ORDINALS, start=1)},
    "thirtieth": 30,
    "thirty first": 31,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a couple of": 2,
    "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "another": 1,  # "for another year": one more
}  # fmt: skip

# Fractions of one unit ("half an hour", "a half-day").
FRACTION_WORDS: dict[str, float] = {"half a": 0.5, "half an": 0.5, "a half": 0.5}

# Counts that say "some number of": the TIMEX3 duration keeps an X.
VAGUE_COUNTS: frozenset[str] = frozenset(
    {"several", "a few", "few", "many", "some", "a number of", "numerous", "recent", "the"}
)

# Duration units: TIMEX3 letter, whether it belongs after the "T", and its size in years
# (for decades and centuries, which TIMEX3 writes in years).
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    # abbreviations, as in schedules ("30 min", "1 hr")
    "hr": ("H", True, 1), "min": ("M", True, 1), "sec": ("S", True, 1),
    # "a quarter century" (or "quarter-century"): 25 years, not a quarter of a year
    "quarter-century": ("Y", False, 25),
}  # fmt: skip

# Vague plural durations ("decades") use TimeML's own unit letters.
VAGUE_UNIT_CODES: dict[str, str] = {"decade": "DE", "century": "CE"}

# Adverbs of frequency: a TIMEX3 SET value.
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "fortnightly": "P2W", "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M",
    "per annum": "P1Y",
    "weekends": "XXXX-WXX-WE", "every weekend": "XXXX-WXX-WE", "each weekend": "XXXX-WXX-WE",
}  # fmt: skip

# Position modifiers: TIMEX3 mod and the fraction of the period kept (start, end).
POSITION_MODS: dict[str, tuple[str, float, float]] = {
    "early": ("START", 0.0, 1 / 3), "beginning of": ("START", 0.0, 1 / 3),
    "start of": ("START", 0.0, 1 / 3), "the beginning of": ("START", 0.0, 1 / 3),
    "the start of": ("START", 0.0, 1 / 3), "mid": ("MID", 1 / 3, 2 / 3),
    "middle of": ("MID", 1 / 3, 2 / 3), "the middle of": ("MID", 1 / 3, 2 / 3),
    "late": ("END", 2 / 3, 1.0), "end of": ("END", 2 / 3, 1.0),
    "the end of": ("END", 2 / 3, 1.0), "the close of": ("END", 2 / 3, 1.0),
}  # fmt: skip

# Hedges on a duration ("nearly five days"): TIMEX3 mod.
DURATION_MODS: dict[str, str] = {
    "nearly": "EQUAL_OR_LESS", "almost": "LESS_THAN",
    "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "more than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "close to": "APPROX", "nearly a": "EQUAL_OR_LESS",
}  # fmt: skip

# Words that point at the present, past or future as a whole.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF",
    "lately": "PAST_REF", "recent years": "PAST_REF",
    # "in past years", "in past decades": a stretch of the past as a whole, as "recent years"
    "past years": "PAST_REF", "past decades": "PAST_REF",
    "the past years": "PAST_REF", "the past decades": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "a later date": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    # "will soon seek", "as soon as possible" (not "soon after", "as soon as Monday":
    # the finder keeps those out, see `_plausible`)
    "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    # "will one day be", "hopes to one day run": some future day (see the rule "one-day-ahead")
    "one day": "FUTURE_REF",
}  # fmt: skip

# Parts of the day: TIMEX3 code.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "tonight": "NI",
}  # fmt: skip

# The edges of the day: the part of the day (TIMEX3 code) each falls in.
DAY_EDGES: dict[str, str] = {
    "dawn": "MO", "daybreak": "MO", "sunrise": "MO",
    "dusk": "EV", "sunset": "EV", "nightfall": "EV",
}  # fmt: skip

# Relative day words: offset in days from the anchor.
DAY_OFFSETS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip

# Deictic determiners before a calendar unit: how many units to move.
UNIT_SHIFTS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "the last": -1,
    "past": -1, "the past": -1, "this past": -1, "previous": -1, "the previous": -1,
    "prior": -1, "the prior": -1, "next": 1,
    "the next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the following": 1,
    "following": 1,
    # "the latest fiscal year": the last one closed (the rule takes these before "fiscal
    # year" only; "the latest quarter" has its own rule)
    "the latest": -1, "the most recent": -1,
}  # fmt: skip

# Half-year names.
HALVES: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "last": 2}

# The denominators of common fractions: "3/4" is a fraction, "11/20" a date.
FRACTION_DENOMINATORS: frozenset[int] = frozenset({2, 3, 4, 8, 16})

# Holidays on a fixed day: (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "juneteenth": (6, 19),
    "veterans day": (11, 11), "st. patrick's day": (3, 17),
    "may day": (5, 1), "boxing day": (12, 26), "bastille day": (7, 14),
    "armistice day": (11, 11), "remembrance day": (11, 11),
}  # fmt: skip

# Holidays on the nth weekday of a month: (month, ISO weekday, n, earliest day of month);
# n = -1 is the month's last such weekday. Election Day is the Tuesday after the first
# Monday of November, i.e. the first Tuesday on or after the 2nd.
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 4, 4, 1), "thanksgiving day": (11, 4, 4, 1),
    "election day": (11, 2, 1, 2), "labor day": (9, 1, 1, 1), "memorial day": (5, 1, -1, 1),
    "mother's day": (5, 7, 2, 1), "father's day": (6, 7, 3, 1),
    "martin luther king day": (1, 1, 3, 1), "presidents day": (2, 1, 3, 1),
}  # fmt: skip

# Holidays a number of days from another: Easter's moveable feasts, and the shopping
# days after Thanksgiving. (base holiday, offset in days)
RELATIVE_HOLIDAYS: dict[str, tuple[str, int]] = {
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "holy saturday": ("easter", -1),
    "holy thursday": ("easter", -3), "maundy thursday": ("easter", -3),
    "palm sunday": ("easter", -7), "ash wednesday": ("easter", -46),
    "pentecost": ("easter", 49), "black friday": ("thanksgiving", 1),
    "cyber monday": ("thanksgiving", 4),
}  # fmt: skip

# Decades written as words ("the nineties"): the tens digit, of the 1900s.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip

# Spelled-out years: the century word and the words of the last two digits.
CENTURY_WORDS: dict[str, int] = {"seventeen": 17, "eighteen": 18, "nineteen": 19}

# Days of slack before a past-tense year-less date is taken to be last year's.
LOOKBACK_SLACK_DAYS = 7
# A past-tense sentence may still name a date soon to come ("declared a dividend payable
# Dec. 15", "extended the offer to Nov. 20"): within this many days ahead such a reading
# stays possible, each day ahead weighing like three days back.
PAST_LOOKAHEAD_DAYS = 60
PAST_AHEAD_WEIGHT = 3


# ----------------------------------------------------------------- pattern pieces


def _alt(words: object) -> str:
    """A regex alternation of the given words, a longer word before its prefix (so
    "sept" beats "sep"); a space in a word matches any run of spaces.

    The words are merged on their common beginnings ("sep(?:t)?" rather than
    "sept|sep"): the regex engine tries alternatives one by one, and the grammar's
    long word lists are tried at nearly every word of a text, so this keeps the finder
    fast. Two words can both match at one place only if one begins the other, and the
    longer is still tried first, so what matches is unchanged.
    """
    # (sorted, so that the pattern is the same from run to run)
    return _trie_pattern([_tokens(w) for w in sorted(set(words))])  # type: ignore[call-overload]


def _tokens(word: str) -> list[str]:
    """A word as regex pieces, one per character; a space is a run of spaces."""
    return [r"\s+" if c == " " else re.escape(c) for c in word]


def _trie_pattern(words: list[list[str]]) -> str:
    """The alternation of token lists, grouped by first token, longest words first."""
    ends = any(not w for w in words)
    groups: dict[str, list[list[str]]] = {}
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
    # a branch that can match more text goes first, as the longest-first list did
    branches = sorted(groups.items(), key=lambda kv: -max(len(r) for r in kv[1]))
    alts = [head + _trie_pattern(rest) if any(rest) else head for head, rest in branches]
    if not alts:
        return ""
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if ends else body


# "May" and "March" are also a verb: month names only count when capitalized.
_MONTH_FULL = "|".join(
    f"(?-i:{name.capitalize()}|{name.upper()})" if name in ("may", "march") else name
    for name in sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
)
_MONTH_ABBR = "|".join(
    f"(?-i:{m.capitalize()}|{m.upper()})\\.?" if m in ("mar", "jan", "dec", "sep") else rf"{m}\.?"
    for m in sorted((m for m in MONTHS if len(m) <= 4 and m != "may"), key=len, reverse=True)
    if m not in ("june", "july")
)
MONTH = rf"(?P<month>(?:{_MONTH_FULL})(?![a-z])|(?:{_MONTH_ABBR})(?![a-z]))"
WEEKDAY = r"(?P<weekday>" + _alt(w for w in WEEKDAYS if len(w) > 4) + r")"
DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# A day of the month in words ("eighth", "twenty-first", "thirty first"); the words must
# end there ("March second-quarter results" is no date).
DAY_ORD = r"(?P<day>" + _alt(DAY_ORDINALS).replace(r"\s+", r"[\s-]") + r")(?![\w-])"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_DIGIT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TWO_DIGITS = rf"(?:{_TENS}(?:[\s-]+{_DIGIT_WORDS})?|{_TEENS})"
# "nineteen ninety-six", "two thousand and fifteen", "the year two thousand"; a count
# ("two thousand five hundred") is kept out by refusing a following number word.
SPELLED_YEAR = (
    rf"(?:{_alt(CENTURY_WORDS)}[\s-]+(?:{_TWO_DIGITS}|hundred|oh[\s-]+{_DIGIT_WORDS})"
    rf"|two\s+thousand(?:\s+and\s+|[\s-]+)(?:{_TWO_DIGITS}|{_DIGIT_WORDS})"
    rf"|(?<=year\s)two\s+thousand)(?![\s-]+(?:hundred|thousand|{_DIGIT_WORDS}|{_TENS})\b)"
)
YEAR4 = rf"(?P<year>1[5-9]\d\d|20\d\d|{SPELLED_YEAR})"
# "and a half", "and a quarter" after a count or a unit; not "half an hour" or "half a
# day" (a count of their own), nor "a quarter of a century"
_ADDED_PART = r"(?:half|quarter)(?!\w|\s+(?:a|an)\b|(?<=quarter)\s+of\b)"
NUM = (
    # "1,500", "two hundred", "two thousand": counts past a hundred, read whole
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|"
    + rf"(?:{_DIGIT_WORDS}|a)[\s-]+(?:hundred|thousand)|"
    + rf"{_TENS}[\s-]+{_DIGIT_WORDS}|"
    + _alt([*NUMBER_WORDS, *FRACTION_WORDS])
    # "two and a half", also hyphenated as one word ("two-and-a-half years"); "one and
    # a quarter", "one and half" (the article dropped)
    + r")(?:(?:\s+|-)and(?:\s+|-)(?:a(?:\s+|-))?"
    + _ADDED_PART
    + r")?)"
)
# Abbreviated units count only in lower case: "SEC" is the regulator, not seconds.
_ABBREVIATED_UNITS = frozenset({"hr", "min", "sec", "hrs", "mins", "secs"})


def _unit_alt(words: list[str]) -> str:
    """`_alt` of unit words, the abbreviations among them matched in lower case only."""
    items = sorted(words, key=len, reverse=True)
    return (
        "(?:"
        + "|".join(
            # a two-word unit ("quarter-century") may be written with a space too
            f"(?-i:{w})" if w in _ABBREVIATED_UNITS else re.escape(w).replace(r"\-", r"[\s-]")
            for w in items
        )
        + ")"
    )


UNIT = r"(?P<unit>" + _unit_alt(list(UNITS)) + r")"
UNITS_PL = (
    r"(?P<unit>seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades|centuries)"
)
POS_MOD = r"(?P<pos>" + _alt(POSITION_MODS) + r")"
DUR_MOD = r"(?P<dmod>" + _alt(DURATION_MODS) + r")"
SHIFT = r"(?P<shift>" + _alt(UNIT_SHIFTS) + r")"
ORD = r"(?P<ord>" + _alt(ORDINALS) + r")"
SEASON = r"(?P<season>" + _alt(SEASONS) + r")"
PART = r"(?P<part>" + _alt(k for k in DAY_PARTS if k != "tonight") + r")"
CLOCK = (
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?)?"
    r"\s*(?P<ampm>[ap](?:\.\s?m\b\.?|\s?m\b)|o['’]?clock|in\s+the\s+(?:morning|afternoon|evening))"
    # "14:30 GMT", and military "0900 GMT"
    # ("14:46 local time" too, with its colon)
    r"|(?P<hour24>[01]?\d|2[0-3]):?(?P<minute24>[0-5]\d)"
    r"(?=\s*(?:GMT|UTC|[ECMP][SD]?T|h\b)|(?<=:\d\d)\s+local\s+time\b)"
    r"|(?:12\s+)?(?P<noon>noon|midnight|mid\s+night|midday)(?:ish)?"  # "12 noon" too
    r"|(?P<hourish>1[0-2]|0?[1-9])ish"  # "11ish": roughly 11 o'clock
)
# (US "ET", "PT": capitals only, so no "et al.")
TZ = r"(?:\s+(?:GMT|UTC|[ECMP][SD]T|(?-i:[ECMP]T)\b(?!\.\w)|local\s+time))?"
_S = r"\s+"
