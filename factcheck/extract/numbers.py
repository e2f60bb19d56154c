"""Find figures (counts, percentages, money, multipliers, quantities) in plain text.

Plain-text work with precompiled regexes, no spaCy. The finder decides where a
figure starts and ends; `normalize.numbers.parse_figure` decides its value.

Conventions
-----------
* A mention covers its qualifier and currency: "more than 200", "at least 273",
  "about $4.5 billion", "over 95%"; a range covers "between"/"from".
* Not figures (nothing is returned): ordinals ("3rd", "twenty-first"),
  identifiers and labels ("Article 286", "COVID-19", "F-16", "G7", "#5"),
  numbers inside URLs, handles, e-mails, phone numbers and ISBNs, times and
  dates ("10:30", "5/17/2018", "2025-09-29"), years in date context ("in 1987",
  "March 2022", "the 2014 annexation"), page furniture ("2 min read") and
  list numbering ("1." at a line start), "one" used as a pronoun ("the one").
* Ages are figures of kind QUANTITY with unit "years": "a 45-year-old" and a
  caption's "Oleksandr, 45,".
* Dotted number chains ("192.168.1.2") are read as separate integers, as the
  Recognizers-Text number spec does.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from ..lexicon import LOWER_CASE_LABELS, VOTE_WORDS
from ..models import Kind, Mention, Quantity
from ..normalize import numbers as nn

_I = re.IGNORECASE
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)

# Spans whose digits are never figures: the alternatives of `_BLOCKED`, each with a
# pattern that any match of it holds a match of (in the text folded by `_fold`), or
# None. An alternative that cannot match a text is left out of the pattern it is
# searched with (`_blocking`, several times faster): the spans found are the same.
_BLOCKED_PARTS: tuple[tuple[str, str | None], ...] = (
    (r"(?:https?://|www\.)\S+", r"http|www\."),
    (r"\S+@\S+\.\w+", "@"),
    (r"[@#]\w+", "[@#]"),
    (
        r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|me|ua|ru|uk|info|news|tv)\b/?\S*",
        r"\.(?:com|org|net|gov|edu|io|me|ua|ru|uk|info|news|tv)",
    ),
    (r"(?<![\w.])\d{4}-\d{1,2}-\d{1,2}(?![\w])", "-"),
    (r"(?<![\w/.])\d{1,4}/\d{1,2}/\d{2,4}(?![\w/])", "/"),
    (r"(?<![\w.])\d{1,2}\.\d{1,2}\.\d{4}(?![\w.])", r"\."),
    (r"(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?", ":"),
    (r"\b\d{1,2}\s?[ap]\.m\.", r"\."),
    (r"\b\d{1,2}\s?[ap]m\b", None),
    (r"\b\d+\s*min(?:ute)?s?\s+read\b", "read"),
    (r"\+\d[\d\s().-]{6,}\d", r"\+"),
    (r"(?<![\w.])\d+(?:-\d+){2,}", "-"),
    (r"\bISBN[\s:-]*[\dXx-]+", "isbn"),
    (r"\b[A-Za-z][A-Za-z_]*\d\w*", None),
    (r"\b[A-Za-z]+(?:-\d\w*)+", "-"),
    (r"\S+\.(?:md|txt|html?|jsonl|json|csv|pdf|jpe?g|png|gif|webp)\b",
     r"\.(?:md|txt|html?|jsonl|json|csv|pdf|jpe?g|png|gif|webp)"),
    (r"\b\d+(?:st|nd|rd|th|s)\b", None),
    # "16-year-olds", "three-month-olds": an age group, not a count or anyone's age
    (r"\b\w+-(?:[^\S\r\n]+(?:and|or|to)[^\S\r\n]+\w+-)?(?:year|month|week|day)s?-olds\b", "olds"),
)  # fmt: skip
_BLOCKED = re.compile("|".join(part for part, _ in _BLOCKED_PARTS), _I)
_BLOCKED_NEEDS = [re.compile(need) if need else None for _, need in _BLOCKED_PARTS]

_DIGITS = (
    r"(?:\d{1,3}(?:(?:,\d{3})+|(?:[\u00a0\u2009\u202f ]\d{3})+)(?!\d)(?:\.\d+)?"
    r"|(?<!\d,)\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?|\.\d+)"
    r"(?:[eE][+-]?\d+(?!\w)|\^[+-]*\d+)?[½¼¾]?|[½¼¾⅓⅔⅛]"
)
_NUMTOK = rf"(?:(?<![\w./])(?:\d+/\d+(?![\d/])|{_DIGITS})|\b(?:{nn.NUMBER_WORD_RE})\b)"
_WS = r"[^\S\r\n]"  # whitespace within a line, non-breaking spaces included
_JOIN = rf"(?:{_WS}*-{_WS}*|{_WS}+)(?:(?:and|point|over|out{_WS}+of|of){_WS}+)?(?:an?{_WS}+)?"
_PHRASE = re.compile(
    rf"(?:\b(?:minus|negative)[^\S\r\n]+|(?<![\w\-−])[-−][^\S\r\n]?(?=\.?\d))?"
    rf"(?:\ban?[^\S\r\n]+(?=(?:{nn.NUMBER_WORD_RE})\b))?{_NUMTOK}(?:{_JOIN}{_NUMTOK})*",
    _I,
)
# `_PHRASE` without its number-word branches, five times faster: for a text that holds
# no number word those branches never match, so both find the same phrases.
_DIGIT_NUMTOK = rf"(?:(?<![\w./])(?:\d+/\d+(?![\d/])|{_DIGITS}))"
_DIGIT_PHRASE = re.compile(
    rf"(?:\b(?:minus|negative)[^\S\r\n]+|(?<![\w\-−])[-−][^\S\r\n]?(?=\.?\d))?"
    rf"{_DIGIT_NUMTOK}(?:{_JOIN}{_DIGIT_NUMTOK})*",
    _I,
)
_DOTTED = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w]|\.\d)")

# What may follow a number: a scale abbreviation, then a unit.
_SCALE_RIGHT = re.compile(
    r"(?:[^\S\r\n]{0,2}(?:k|K|G|M|MM|bn|bln|mn|mln|mil|tn|tln|trn|B)|(?P<glued>m|b))(?![\w])"
)
_UNIT_RIGHT = re.compile(
    rf"(?:\s*(?P<pct>%|(?i:{nn.PERCENT_RE})(?!\w))"
    rf"|(?P<age>(?i:-years?-old|[^\S\r\n]+years?[^\S\r\n]+old|-months?-old)(?!\w))"
    rf"|(?:[^\S\r\n]*|-)(?P<cur>(?i:{nn.CURRENCY_WORD_RE})(?!\w)|(?:{nn.ISO_RE})(?![\w])"
    rf"|{nn.CURRENCY_GLYPH_RE})"
    rf"|(?:[^\S\r\n]*-[^\S\r\n]*|[^\S\r\n]+)(?P<times>(?i:times|fold))(?!\w)"
    rf"|(?:[^\S\r\n]?|-)(?P<measure>{nn.MEASURE_SUFFIX_RE})(?![\w]))"
)
_LEFT = re.compile(
    rf"(?:(?P<q>\b(?i:{nn.QUALIFIER_RE}))[^\S\r\n]+)?"
    rf"(?:(?P<r>\b(?i:between|from))[^\S\r\n]+)?"
    rf"(?P<cur>(?:(?:\b(?:US|U\.S\.?|C|CA|CAN|A|AU|HK|NZ|S|SG|NT|R|Mex|MX|Z)"
    rf"|\b(?i:us|u\.s\.?|hk|nz|mex|c)[^\S\r\n])?\$[^\S\r\n]?|(?:{nn.SIGN_RE})[^\S\r\n]?"
    rf"|\b(?:{nn.ISO_RE})[^\S\r\n]?|\b(?i:rs\.?|fr\.|chf)[^\S\r\n]?))?$"
)
_LEFT_WINDOW = 48
_BIG = 1 << 62

_LABEL = re.compile(
    r"(?:\b(?:Article|Articles|Section|Chapter|Resolution|Paragraph|Clause|Protocol|Route"
    r"|Highway|Interstate|Flight|Room|Building|Block|Platform|Gate|Terminal|Exit|Level"
    r"|Grade|Category|Phase|Stage|Season|Episode|Volume|Vol\.|No\.|Nos\.|Number|Part|Page"
    r"|Figure|Fig\.|Table|Item|Decree|Law|Bill|Amendment|Directive|Version|Model|Type|Mark"
    r"|Mk|Tier|Brigade|Battalion|Regiment|Division|Corps|Squadron|District|Ward|Zone|Sector"
    r"|Unit|Track|Channel|Line|Pier|Apollo|Windows|iPhone|Galaxy|Formula|Plan|Group|Team|Year"
    r"|" + "|".join(sorted(LOWER_CASE_LABELS)) + r")"  # "category 1 calls", "tier 3"
    r"|#|\bp\.|\bpp\.)[^\S\r\n]?$"
)
_YEAR_STRONG = re.compile(
    rf"(?:\b(?i:in|since|until|till|before|after|during|circa|year|early|mid|late"
    rf"|spring|summer|autumn|fall|winter)[^\S\r\n]*-?[^\S\r\n]*"
    rf"|\b(?i:end|beginning|start|middle|turn|summer|spring|autumn|fall|winter)[^\S\r\n]+of"
    rf"[^\S\r\n]+"
    rf"|\b(?:{_MONTHS})\.?[^\S\r\n]+(?:\d{{1,2}}(?:st|nd|rd|th)?,?[^\S\r\n]+)?)$"
)
_YEAR_WEAK = re.compile(r"\b(?i:of|by|from|to|the|its|this|that|last|next)[^\S\r\n]+$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)|'s|’s")
_YEAR_RANGE = (re.compile(r"\d{4}[^\S\r\n]*(?:[-–]|to|and)[^\S\r\n]*$"),
               re.compile(r"[^\S\r\n]*(?:[-–]|to|and)[^\S\r\n]*\d{4}(?!\d)"))  # fmt: skip
_PRONOUN_LEFT = re.compile(
    r"\b(?i:the|this|that|which|each|every|any|no|another|only|last|right|wrong|little)[^\S\r\n]+$"
)
_LIST_START = re.compile(r"(?:^|\n)[^\S\r\n]*$")
_LIST_RIGHT = re.compile(r"[.)][^\S\r\n]+\S")
# "aged 74", "died at 89", "died at the age of 89": a person's age ("retire at the age of
# 65" is a threshold, not anyone's age).
_AGED = re.compile(
    r"\b(?:[Aa]ged|(?:died|dies|dead)[^\S\r\n]+at(?:[^\S\r\n]+the[^\S\r\n]+age[^\S\r\n]+of)?)"
    r"[^\S\r\n]+$"
)
# "The van's guard, 61, suffered a head wound": an age set off by commas after a role.
_ROLE_AGE = re.compile(
    r"\b(?:man|woman|boy|girl|driver|guard|pilot|victim|pensioner|teacher|nurse|doctor|"
    r"officer|mother|father|son|daughter|wife|husband|suspect|defendant|passenger|farmer|"
    r"owner|tourist|cyclist|pedestrian|motorist|climber|skipper|captain|landlord|tenant),\s$"
)
_CAPTION_AGE = (
    re.compile(r"\b[A-Z][a-z]+(?:[^\S\r\n]\([A-Z]\))?,\s$"),  # a wrapped line may end at the comma
    re.compile(r",[^\S\r\n]"),
)
# "Aug. 27", "September 29": a day of the month belongs to the date finder.
_DAY_OF_MONTH = re.compile(rf"\b(?:{_MONTHS})\.?[^\S\r\n]+$")
# "twenty-first", "thirty fifth": a tens word before a units ordinal makes an ordinal.
_ORDINAL_RIGHT = re.compile(
    r"(?<=[a-z])(?:-|[^\S\r\n]+(?=(?i:first|second)\b))(?i:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)\b"
)
_TENS_END = re.compile(rf"(?i:{nn.alternation(list(nn.TENS))})$")
_SLASH = re.compile(r"(\d+)/(\d+)$")
# Slash fractions people write; others ("24/7", "9/11") are names, scores or dates.
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})
_FRACTION_CONTEXT = re.compile(r"[^\S\r\n]+of\b|\s*(?:[.,;:!?)]|$)")
_MULTIPLIER = re.compile(rf"\b(?:{nn.alternation(list(nn.MULTIPLIER_WORDS))})\b", _I)
_VAGUE = re.compile(
    r"\b(?:(?:tens|hundreds|dozens)[^\S\r\n]+of[^\S\r\n]+)?(?:dozens|scores|hundreds|thousands|millions"
    r"|billions)\b(?=[^\S\r\n]+of\b|\s*[.,;:!?)])",
    _I,
)
_MAIN_CURRENCY = re.compile(r"(?i:dollars?|euros?|pounds?)$")
_SUBUNIT = re.compile(r"(?i:cents?|pence)$")
_MONEY_GAP = re.compile(r"[^\S\r\n]+(?:and[^\S\r\n]+)?")
_RANGE_GAP = re.compile(r"[^\S\r\n]*[-–—][^\S\r\n]*|[^\S\r\n]+(?i:to|and)[^\S\r\n]+")
_BARE_FRACTION = re.compile(
    r"(?i:(?:an?|one)[ \t-]+)?(?i:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)"
)


@dataclass(slots=True)
class _Figure:
    """A figure being assembled: core number span plus what was read around it."""

    start: int
    end: int
    core_start: int
    core_end: int
    value: float
    qualified: bool = False
    opener: int | None = None  # where "between"/"from" starts
    unit: bool = False
    age: bool = False
    ratio: bool = False  # "four in five": read as "four out of five"


def find_numbers(text: str) -> list[Mention]:
    """Find the figures of a plain text, with offsets, kind and normalized value.

    Returns non-overlapping mentions sorted by start; `text[m.start:m.end] == m.text`.

    >>> [(m.text, m.kind.value, m.value.low) for m in find_numbers("at least 273 died, up 12%")]
    [('at least 273', 'count', 273.0), ('12%', 'percent', 12.0)]
    """
    folded = _fold(text)
    words = _figure_words(folded)
    if not words and not _DIGIT_OR_FRACTION.search(text):
        return []  # most paragraphs: not worth the full scan
    return _find_figures(text, folded, words)


def _find_figures(
    text: str, folded: str | None = None, words: frozenset[str] | None = None
) -> list[Mention]:
    """The figures of `text`, whose `_fold` is `folded` and which holds no figure word but
    `words` (both None: not known, every pattern is searched whole)."""
    blocking = _BLOCKED if folded is None else _blocking(folded)
    blocked = [m.span() for m in blocking.finditer(text)]
    dotted = [m.span() for m in _DOTTED.finditer(text)]
    numbers = words is None or not words.isdisjoint(nn.NUMBER_WORDS)
    phrase = _PHRASE if numbers else _DIGIT_PHRASE
    figures = [f for f in _core_figures(text, blocked, dotted, phrase) if _keep(text, f)]
    mentions = [m for m in (_mention(text, f) for f in _ranges(text, figures)) if m]
    if words is None or not words.isdisjoint(_WORD_FIGURE_WORDS):
        mentions += _word_figures(text, blocked)
    return _non_overlapping(mentions)


# The words `_MULTIPLIER` and `_VAGUE` find ("twice", "hundreds (of)"), and with the
# number words all those that can make a figure without a digit.
_WORD_FIGURE_WORDS = frozenset(
    [*nn.MULTIPLIER_WORDS, "dozens", "scores", "hundreds", "thousands", "millions", "billions"]
)
_FIGURE_WORDS = nn.NUMBER_WORDS | _WORD_FIGURE_WORDS
_LETTERS = re.compile(r"[a-z]+")
_DIGIT_OR_FRACTION = re.compile(r"[\d½¼¾⅓⅔⅛]")
# The four non-ASCII letters that IGNORECASE matches to an ASCII one ("İ" to "i").
_ASCII_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def _fold(text: str) -> str:
    """The text lowercased, with every letter IGNORECASE matches to an ASCII one made it."""
    return text.translate(_ASCII_FOLD).lower()


def _figure_words(folded: str) -> frozenset[str]:
    """The figure words (`_FIGURE_WORDS`) in a folded text (`_fold`).

    Ten times cheaper than the number-word alternations of `_PHRASE`, `_MULTIPLIER`
    and `_VAGUE`, and most paragraphs hold none: then those patterns can be skipped
    or replaced. It misses none they would match: every word they match between
    word boundaries is a run of letters of the folded text.
    """
    return _FIGURE_WORDS.intersection(_LETTERS.findall(folded))


def _blocking(folded: str) -> re.Pattern[str]:
    """`_BLOCKED` without the alternatives that cannot match the text folded as `folded`."""
    parts = tuple(i for i, need in enumerate(_BLOCKED_NEEDS) if need is None or need.search(folded))
    return _blocked_pattern(parts)


@functools.lru_cache(maxsize=256)
def _blocked_pattern(parts: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_BLOCKED_PARTS[i][0] for i in parts), _I)


def _core_figures(
    text: str,
    blocked: list[tuple[int, int]],
    dotted: list[tuple[int, int]],
    pattern: re.Pattern[str],
) -> list[_Figure]:
    """Every number in the text (as `pattern` finds them), extended over its unit and qualifier."""
    out: list[_Figure] = []
    for phrase in pattern.finditer(text):
        for start, end, value in _chunks(text, phrase.start(), phrase.end()):
            if not _inside(blocked, start, end) and not _inside(dotted, start, end):
                out.append(_extend(text, start, end, value))
    for d0, d1 in dotted:  # "192.168.1.2" is four integers, not a decimal and two more
        if not _inside(blocked, d0, d1):
            for piece in re.finditer(r"\d+", text[d0:d1]):
                start, end = d0 + piece.start(), d0 + piece.end()
                out.append(_Figure(start, end, start, end, float(piece.group())))
    return sorted(out, key=lambda f: f.start)


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """The numbers of one phrase; "2000 over 3 years" is two numbers, not a ratio."""
    phrase = text[start:end]
    over = re.search(r"\bover\b", phrase, _I)
    if over and re.match(r"\s+[A-Za-z]", text[end : end + 2]):
        left = _chunks(text, start, start + over.start())
        return left + _chunks(text, start + over.end(), end)
    return [(start + s, start + e, v) for s, e, v in nn.number_chunks(phrase)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping spans."""
    at = bisect_right(spans, (start, _BIG))
    return any(b0 < end and start < b1 for b0, b1 in spans[max(0, at - 1) : at + 1])


def _extend(text: str, start: int, end: int, value: float) -> _Figure:
    """Grow a number over its scale, unit, currency and qualifier."""
    left = _LEFT.search(text, max(0, start - _LEFT_WINDOW), start)
    has_currency = bool(left and left.group("cur"))
    fig = _Figure(start, end, start, end, value)
    scale = _SCALE_RIGHT.match(text, end)
    if scale and (not scale.group("glued") or has_currency or scale.group() == "b"):
        fig.end = scale.end()
    unit = _UNIT_RIGHT.match(text, fig.end)
    if unit and not (has_currency and (unit.group("measure") or unit.group("cur"))):
        fig.end, fig.unit, fig.age = unit.end(), True, bool(unit.group("age"))
    elif not has_currency and _glued_temperature(text, fig.end):
        fig.end, fig.unit = fig.end + 1, True  # "temperatures reached 38C"
    if left:
        fig.start = left.start("cur") if left.group("cur") else start
        fig.unit = fig.unit or has_currency
        if left.group("q") and not _OVER_A_SPAN.search(
            text, max(0, left.start("q") - 20), left.end("q")
        ):
            fig.start, fig.qualified = left.start("q"), True
        if left.group("r"):
            fig.opener = left.start("r")
    return fig


# "over" after a verb that lays an event out over a span is that span's preposition,
# not "more than": "played over 11 rounds", "held over three days", "spread over 40 hectares".
_OVER_A_SPAN = re.compile(
    r"\b(?:played|held|staged|spread|run|contested|fought|raced|sailed)\s+over$", re.I
)


# Words that make "38C" a temperature: the text speaks of one just before or after.
_TEMPERATURE_CUE = re.compile(
    r"\b(?:temperatures?|degrees?|heat(?:wave)?|hot(?:test)?|cold(?:est)?|warm(?:est)?"
    r"|mercury|thermometers?|highs?|lows?|freezing|frost|chill|weather)\b",
    re.I,
)


def _glued_temperature(text: str, end: int) -> bool:
    """ "38C" or "101F" where the sentence speaks of temperature (not "Flat 12C")."""
    if text[end : end + 1] not in ("C", "F") or text[end + 1 : end + 2].isalnum():
        return False
    if not text[end - 1 : end].isdigit():
        return False
    window = text[max(0, end - 80) : end + 40]
    return _TEMPERATURE_CUE.search(window) is not None


def _keep(text: str, fig: _Figure) -> bool:
    """False for numbers that are not figures: ordinals, labels, years, list numbers."""
    after = text[fig.end : fig.end + 1]
    core = text[fig.core_start : fig.core_end]
    if after.isalnum() or (_TENS_END.search(core) and _ORDINAL_RIGHT.match(text, fig.core_end)):
        return False  # "3D", "5G", "twenty-first"
    slash = _SLASH.search(core)
    if slash and not (
        int(slash.group(2)) in _FRACTION_DENOMINATORS and int(slash.group(1)) < int(slash.group(2))
    ):
        return False
    before = text[max(0, fig.start - 24) : fig.start]
    if not fig.unit and not fig.qualified and _LABEL.search(before):
        return False
    if _is_year(text, fig, core, before):
        return False
    if re.fullmatch(r"\d{1,2}", core) and 1 <= int(core) <= 31 and _DAY_OF_MONTH.search(before):
        return False
    if _LIST_START.search(text, max(0, fig.start - 8), fig.start) and _LIST_RIGHT.match(
        text, fig.end
    ):
        return False
    if _BARE_FRACTION.fullmatch(core) and not fig.qualified:
        return bool(_FRACTION_CONTEXT.match(text, fig.end))  # "half of", not "the first half"
    return not _is_pronoun(core, before, text[fig.end : fig.end + 1])


def _is_year(text: str, fig: _Figure, core: str, before: str) -> bool:
    """A bare 1000-2100 integer in date context ("in 1987", "March 2022", "1939-1945")."""
    if fig.unit or not re.fullmatch(r"\d{4}", core) or not 1000 <= int(core) <= 2100:
        return False
    if _YEAR_STRONG.search(before):
        return True
    if _YEAR_RANGE[0].search(before) or _YEAR_RANGE[1].match(text, fig.end):
        return True
    return bool(_YEAR_WEAK.search(before) and _CLAUSE_END.match(text, fig.end))


def _is_pronoun(core: str, before: str, after: str) -> bool:
    """ "the one you mentioned", "which one", "one-off": not a count."""
    return core.lower() == "one" and bool(_PRONOUN_LEFT.search(before) or after == "-")


def _ranges(text: str, figures: list[_Figure]) -> list[_Figure]:
    """Join "between 10 and 20", "10–20%", "from 5 to 7", "3 dollars 50 cents" into one figure."""
    out: list[_Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and _is_ratio(text, prev, fig):
            share = prev.value / fig.value
            out[-1] = _Figure(prev.start, fig.end, prev.core_start, fig.core_end, share,
                              prev.qualified, ratio=True)  # fmt: skip
            continue
        if prev is not None and _is_money_pair(text, prev, fig):
            out[-1] = _Figure(prev.start, fig.end, prev.core_start, fig.core_end, fig.value,
                              prev.qualified, None, True)  # fmt: skip
            continue
        if prev is not None and not fig.qualified and fig.start > prev.end:
            gap = _RANGE_GAP.fullmatch(text, prev.end, fig.start)
            is_and = gap is not None and "and" in gap.group().lower()
            digits = text[prev.core_end - 1].isdigit() and text[fig.core_start].isdigit()
            if gap and "-" in gap.group() and not digits:
                gap = None  # "three-nought-four" is three numbers
            if gap and _in_a_tally(text, prev.start, fig.end):
                gap = None  # "the tally was 116-140": the votes for, then against
            if gap and (prev.opener is not None or not is_and) and prev.value < fig.value:
                start = prev.opener if prev.opener is not None else prev.start
                if prev.qualified:
                    start = prev.start
                if nn.parse_figure(text[start : fig.end]) is not None:
                    out[-1] = _Figure(start, fig.end, prev.core_start, fig.core_end, fig.value,
                                      prev.qualified, None, True)  # fmt: skip
                    continue
        out.append(fig)
    return out


# Words that make "116-140" or "4 to 5" a vote's two sides rather than a range: a vote
# spoken of just before ("voted 4-5", "a tally of", "by a vote of") or right after ("a 4-5 vote").
_TALLY_BEFORE = re.compile(VOTE_WORDS + r"[^.;\n]{0,40}$", re.I)
_TALLY_AFTER = re.compile(r"[^\S\r\n]+(?:votes?|vote\b)", re.I)


def _in_a_tally(text: str, start: int, end: int) -> bool:
    return bool(
        _TALLY_BEFORE.search(text, max(0, start - 60), start) or _TALLY_AFTER.match(text, end)
    )


# "one in five adults", "three in 10 voters": a share told as a ratio, whose denominator
# is a round base; not "5 in 2024", "two in five minutes" or "twice in three days". With
# "every" any base is one: "one in every 2,100 homes".
_RATIO_GAP = re.compile(r"[^\S\r\n]+in[^\S\r\n]+(?P<every>every[^\S\r\n]+)?")
_RATIO_BASES = frozenset({2, 3, 4, 5, 6, 8, 10, 20, 50, 100, 1000})
_RATIO_NOT_AFTER = re.compile(
    r"[^\S\r\n]+(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b"
)


def _is_ratio(text: str, prev: _Figure, fig: _Figure) -> bool:
    """Whether two figures are one ratio, "<whole number> in <round base>"."""
    if prev.unit or fig.unit or fig.qualified:
        return False
    gap = _RATIO_GAP.fullmatch(text, prev.end, fig.start)
    if gap is None or not (gap.group("every") or fig.value in _RATIO_BASES):
        return False
    whole = 1 <= prev.value < fig.value and float(prev.value).is_integer()
    return whole and not _RATIO_NOT_AFTER.match(text, fig.end)


def _is_money_pair(text: str, prev: _Figure, fig: _Figure) -> bool:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents"."""
    if not (_MAIN_CURRENCY.search(text, prev.core_end, prev.end) and fig.start > prev.end):
        return False
    if not _MONEY_GAP.fullmatch(text, prev.end, fig.start):
        return False
    cents = _SUBUNIT.search(text, fig.core_end, fig.end)
    if not cents and not (not fig.unit and _CLAUSE_END.match(text, fig.end)):
        return False
    parsed = nn.parse_figure(text[prev.start : fig.end])
    return parsed is not None and parsed[0] is Kind.MONEY


def _mention(text: str, fig: _Figure) -> Mention | None:
    surface = text[fig.start : fig.end]
    parsed = nn.parse_figure(_RATIO_GAP.sub(" out of ", surface) if fig.ratio else surface)
    if parsed is None:
        fig.start, fig.end = fig.core_start, fig.core_end
        surface = text[fig.start : fig.end]
        parsed = nn.parse_figure(surface)
    if parsed is None:
        return None
    kind, value = parsed
    if kind is Kind.COUNT and _share_of_a_group(text, fig, value):
        kind = Kind.PERCENT
        # a share told as a simple fraction is a rounding: "two in five" for 41%
        value = replace(value, low=_percent(value.low), high=_percent(value.high), unit="%",
                        approx=True, rule=f"{value.rule}; a share of a group")  # fmt: skip
    elif kind is Kind.COUNT and _caption_age(text, fig):
        kind = Kind.QUANTITY
        value = Quantity(low=value.low, high=value.high, unit="years", rule="age (caption)")
    elif kind is Kind.COUNT and _role_age(text, fig):
        kind = Kind.QUANTITY
        value = Quantity(low=value.low, high=value.high, unit="years", rule="age (apposition)")
    elif kind is Kind.COUNT and _aged(text, fig):
        kind = Kind.QUANTITY
        value = Quantity(low=value.low, high=value.high, unit="years", rule="age (aged)")
    return Mention(start=fig.start, end=fig.end, text=surface, kind=kind, value=value)


# What follows a fraction that makes it a share of a group: "of" ("a third of voters"),
# or, after a ratio, the group's noun ("four in five radiographers", "one in 20 homes").
_OF_A_GROUP = re.compile(r"[^\S\r\n]+of[^\S\r\n]+[A-Za-z]", re.I)
_GROUP_NOUN = re.compile(r"[^\S\r\n]+[A-Za-z]")
_OUT_OF = re.compile(r"\bout[^\S\r\n]+of\b", re.I)


def _share_of_a_group(text: str, fig: _Figure, value: Quantity) -> bool:
    """A fraction told of a group is a share, comparable with a percentage ("nine out of
    10 doctors" is 90% of them); a fraction alone ("two thirds") stays a number."""
    bounds = [v for v in (value.low, value.high) if v is not None]
    if not bounds or not all(0 < v < 1 for v in bounds) or fig.unit:
        return False
    ratio = fig.ratio or _OUT_OF.search(text, fig.core_start, fig.core_end) is not None
    return bool(_OF_A_GROUP.match(text, fig.end) or (ratio and _GROUP_NOUN.match(text, fig.end)))


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else float(f"{fraction * 100:.12g}")


def _role_age(text: str, fig: _Figure) -> bool:
    """ "The van's guard, 61, suffered ...": a whole number set off by commas after a role."""
    core = text[fig.start : fig.end]
    return (
        core.isdigit()
        and 0 < int(core) < 120
        and _ROLE_AGE.search(text, max(0, fig.start - 20), fig.start) is not None
        and _CAPTION_AGE[1].match(text, fig.end) is not None
    )


def _aged(text: str, fig: _Figure) -> bool:
    """ "a man aged 74", "died in 2022 aged 87", "died at 89": a whole number after "aged"."""
    core = text[fig.start : fig.end]
    return (
        core.isdigit()
        and int(core) < 125
        and bool(_AGED.search(text, max(0, fig.start - 20), fig.start))
    )


def _caption_age(text: str, fig: _Figure) -> bool:
    """ "Oleksandr, 45, a soldier": a number set off by commas right after a name."""
    before, after = _CAPTION_AGE
    core = text[fig.start : fig.end]
    return (
        core.isdigit()
        and 0 < int(core) < 120
        and bool(before.search(text, max(0, fig.start - 30), fig.start))
        and bool(after.match(text, fig.end))
    )


def _word_figures(text: str, blocked: list[tuple[int, int]]) -> list[Mention]:
    """Figures with no digits or number words: "doubled", "twice", "hundreds of"."""
    out: list[Mention] = []
    for pattern in (_MULTIPLIER, _VAGUE):
        for match in pattern.finditer(text):
            start, end = match.span()
            left = _LEFT.search(text, max(0, start - _LEFT_WINDOW), start)
            if left and left.group("q") and not left.group("cur") and not left.group("r"):
                start = left.start("q")
            parsed = nn.parse_figure(text[start:end])
            if parsed and not _inside(blocked, start, end):
                out.append(Mention(start=start, end=end, text=text[start:end], kind=parsed[0],
                                   value=parsed[1]))  # fmt: skip
    return out


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions; sort by start."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= k.start or k.end <= mention.start for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)
