"""Find temporal expressions in plain text and normalize them (no spaCy).

One precompiled regex holds every rule of the grammar in
`factcheck.normalize.dates.RULES`, most specific first, so at each position the
longest reading wins ("Sept. 29, 2025" before "Sept. 29"). Each hit is then
parsed by its own rule against the anchor date. Spans follow TimeML as
annotated in TempEval-3: modifiers that change the value are inside ("late
August", "nearly five days", "the past three years", "the third quarter",
"last week"); prepositions are not ("in 1996" -> "1996"); a determiner that
belongs to a larger noun phrase is not ("the Aug. 7 attack" -> "Aug. 7").

Tense direction: a year-less date, bare month or weekday resolves backwards
from the anchor (news reports what happened) unless its sentence speaks of the
future ("will meet on Monday"); see `sentence_tense`. A cue that schedules it ("as
early as Tuesday", "payable Jan. 2") reads it forward whatever the verb's tense.

Discourse: what the finder sees beyond one match is used after parsing. A clock
time takes the day written just before it ("Thursday at 10 p.m."); "that year"
and "the following day" count from the last date told before them; "a year"
after an amount is a rate ("$2 million a year", a set).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from re import _constants as _re_const  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any

from ..models import DateValue, Granularity, Kind, Mention
from ..normalize.dates import CONTEXT_RULES, RULES, Tense, parse_with_rule, resolve_anaphor

# Strip inner group names so the rules can share one alternation.
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters (lower-cased) a match of `pattern` can begin with, or None if unknown.

    The finder tries every rule at every word start; a one-character lookahead built
    from this set lets the regex engine skip a rule at once (the text "said" cannot
    start "the year" nor "12/25"), which keeps the finder fast as the grammar grows.
    """
    found: set[str] = set()
    nullable = _first_of_seq(list(_re_parser.parse(pattern, re.IGNORECASE)), found)
    return frozenset(found) if nullable is False else None


def _first_of_seq(items: list[tuple[Any, Any]], found: set[str]) -> bool | None:
    """Add the first characters of a parsed sequence to `found`; return whether the
    sequence can match the empty string, or None when the set cannot be known."""
    for op, arg in items:
        nullable = _first_of_item(op, arg, found)
        if nullable is not True:
            return nullable
    return True


def _first_of_item(op: Any, arg: Any, found: set[str]) -> bool | None:
    if op is _re_const.LITERAL:
        found.add(chr(arg).lower())
        return False
    if op is _re_const.IN:
        for kind, value in arg:
            if kind is _re_const.LITERAL:
                found.add(chr(value).lower())
            elif kind is _re_const.RANGE:
                found.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            elif kind is _re_const.CATEGORY and value is _re_const.CATEGORY_DIGIT:
                found.update("0123456789")
            else:
                return None
        return False
    if op is _re_const.SUBPATTERN:
        return _first_of_seq(list(arg[3]), found)
    if op is _re_const.BRANCH:
        results = [_first_of_seq(list(alt), found) for alt in arg[1]]
        return None if None in results else any(results)
    if op in (_re_const.MAX_REPEAT, _re_const.MIN_REPEAT):
        inner = _first_of_seq(list(arg[2]), found)
        return None if inner is None else inner or arg[0] == 0
    if op in (_re_const.ASSERT, _re_const.ASSERT_NOT, _re_const.AT):
        return True  # zero-width: the first character comes after it
    return None


def _guarded(pattern: str) -> str:
    """`pattern` behind a lookahead on its possible first characters, when they are known."""
    first = _first_chars(pattern)
    if not first:
        return pattern
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])" + pattern


# A mention starts at a word; ends where neither a word nor a number goes on ("5.2%",
# "3/4", "12-15") -- except a year range ("2008-2010"), whose years are two mentions.
_YEAR_NEXT = r"(?:1[5-9]|20)\d\d\b"
_FOUND_RULES = [(name, pattern) for name, pattern, _h in RULES if name not in CONTEXT_RULES]
_FINDER = re.compile(
    rf"(?:(?<=\d{{4}}[-–])(?={_YEAR_NEXT})|(?<![\w$€£#@&/.\-]))(?:"
    + "|".join(
        f"(?P<r{i}>{_guarded(_NAMED_GROUP.sub('(?:', pattern))})"
        for i, (_, pattern) in enumerate(_FOUND_RULES)
    )
    + rf")(?![\w%]|[.,/:]\d|-(?!{_YEAR_NEXT})\d)",
    re.IGNORECASE,
)
_RULE_NAMES = {f"r{i}": name for i, (name, _p) in enumerate(_FOUND_RULES)}

# Verb cues for the tense of a clause; at one position a future cue wins ("expected to"),
# and a future passive ("will be named") is one cue, not a past participle.
_TENSE_CUES = re.compile(
    r"\b(?:(?P<future>(?:will|would|to)\s+be\s+[a-z]+ed|expected|will|won't|'ll|shall|going\s+to|plans?\s+to|planned|planning|scheduled|"
    r"would|might|set\s+to|as\s+soon\s+as|"
    r"expected\s+to|due\s+to\s+(?:be|start|begin|open|take)|upcoming|is\s+to|are\s+to)"
    r"|(?P<past>said|told|was|were|had|did|came|took|met|began|saw|went|made|gave|left|"
    r"(?!(?:united|hundred|indeed|speed|proceed|exceed|succeed|breed)\b)[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\b(?:by|until|till|before|effective|through)\s+$", re.IGNORECASE)
# A weekday or year-less date announced ahead ("as early as Tuesday", "scheduled a news
# conference Thursday", "payable Jan. 2"): the next such day, whatever tense the verb has.
_AHEAD_RULES = frozenset({"weekday", "month-day", "month"})
_INTENT_BEFORE = re.compile(
    r"\b(?:as\s+(?:soon|early)\s+as|scheduled|slated|payable|effective|"
    r"postponed\s+(?:until|till|to)|"
    r"(?:delayed|put\s+off|adjourned)\s+(?:until|till|to))"
    r"(?:\s+(?!(?:on|last|this|next|past)\b)[a-z'’]+){0,4}\s+(?:on\s+|for\s+)?$",
    re.IGNORECASE,
)
# Quotes around a title: ``This Week,'' "60 Minutes." “High Noon”
_TITLE_AFTER = re.compile(r"[,.]?(?:''|\"|”)")
_TITLE_BEFORE = re.compile(r"(?:``|''|\"|“)\s?(?P<lead>(?:[A-Z][\w'’]*\s+){0,3})$")
# Time words written in lower case in running text; capitalized, they may name a title.
_LOWER_TIME_WORDS = frozenset(
    "week weeks weekend minute minutes hour hours noon midnight today tonight tomorrow "
    "yesterday day days year years month months morning night evening afternoon decade "
    "century now".split()
)
# "today's world", "today's youth": the present age, no day
_GENERIC_TODAY = re.compile(
    r"today['’]s\s+(?:world|youth|society|generations?|young|kids|children|teenagers|culture)\b",
    re.IGNORECASE,
)
# "March for Life", "March of the Mothers", "March on Washington": a named march
_EVENT_MARCH = re.compile(
    r"\s+(?:for|of|on|against)\s+(?:the\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]"
)
# ... after an article or an opening quote, not a preposition ("in March for Japan")
_EVENT_BEFORE = re.compile(r"(?:\b(?:the|a|an|annual)|[`\"“])\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|\n")

# A four-digit number is a year when one of these comes right before it ...
_YEAR_CUES = frozenset(
    "in since by until till from to of before after during through between and or the "
    "early mid late end fiscal calendar year years summer spring fall autumn winter around "
    "circa c. , ( — – 's".split()
)
# ... and not when one of these does ("Article 1991", "No. 2020", "Flight 1549").
_NUMBER_NOUNS = frozenset(
    "article no. no number flight route room page section chapter paragraph resolution "
    "model rule code item case line bus highway suite unit lot file decree law order".split()
)
# Cues that make a year of a number even before a plural ("in 2012 elections"); not "to"
# or "and", which also join counts ("rose to 2000 visitors").
_TIME_PREPOSITIONS = frozenset(
    "in since by until till during before after through circa early mid late fiscal".split()
)
# Words ending in "s" that are not plural nouns, after a year ("in 2012 was", "as of 2010 its").
_NOT_PLURALS = frozenset(
    "was has is as its this his hers theirs ours us thus plus less unless across always "
    "perhaps besides whereas towards afterwards does says sees marks brings remains".split()
)
# Nouns a number counts even after a year cue ("from 1500 to 2000 people").
_COUNTED = frozenset(
    "people persons troops soldiers men women children workers jobs employees residents "
    "members students voters votes cases deaths shares units tons tonnes barrels dollars "
    "euros pounds miles kilometers kilometres acres hectares homes houses cars vehicles "
    "copies points feet meters metres calories pages words rooms beds seats flights "
    "passengers patients refugees civilians prisoners officers protesters".split()
)
_YEAR_AGO = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier)", re.IGNORECASE)
_LAST_YEAR = re.compile(r"last\s+year", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:compared\s+with|from)\b[^.;]*$", re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
_QUARTERLY = re.compile(r"quarter|\bperiod\b|\bcents?\s+a\s+share\b", re.IGNORECASE)
_A_UNIT = re.compile(r"an?\s+(?:hour|day|night|week|month|quarter|year)", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|thousand|hundred|percent|cents?|dollars|times|"
    r"twice|once|hours|minutes|days))\s*$",
    re.IGNORECASE,
)
_DATED_KINDS = frozenset({Kind.DATE, Kind.TIME})
# "the following week", "the previous day": counted from the narrative's last date.
_NARRATIVE_RELATIVE = re.compile(
    r"the\s+(?:following|previous|prior|next(?=\s+day))\s+(day|week|month|quarter|year)",
    re.IGNORECASE,
)
_ANCHOR_DAY_CLOCKS = frozenset({"clock+anchor", "clock-past", "clock-range"})
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_AT_CLOCK = re.compile(r",?\s+(?:at|around|about|by|from|before|after|until)\s+", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w.'’]+|[,(—–])\s*$")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")


def find_dates(text: str, anchor: dt.date | None) -> list[Mention]:
    """All temporal expressions in `text`, non-overlapping and sorted by start.

    Relative and year-less expressions resolve against `anchor` (the document
    date); with None they keep X's in their TIMEX3 value.

    >>> [m.value.timex for m in find_dates("Talks began on Aug. 27 and lasted four days.",
    ...                                    dt.date(2025, 9, 1))]
    ['2025-08-27', 'P4D']
    """
    mentions: list[Mention] = []
    for match in _FINDER.finditer(text):
        rule = _RULE_NAMES[match.lastgroup or ""]
        start, end = match.span()
        if not _plausible(rule, text, start, end):
            continue
        surface = text[start:end]
        if rule in ("ago", "relative-unit") and _quarterly_year_ago(text, start, end):
            rule, surface = "year-ago", "year-ago"  # parse as the quarter a year back
        elif rule == "duration" and _is_rate(text, start, end):
            rule = "set-rate"
        intent = rule in _AHEAD_RULES and _announced_ahead(text, start, end)
        tense = "future" if intent else sentence_tense(text, start, end)
        parsed = parse_with_rule(rule, surface, anchor, tense=tense)
        surface = text[start:end]
        if parsed is None:
            continue
        if intent and isinstance(parsed.value, DateValue):
            # its own rule name, so a re-parse by the verb's tense does not undo it
            parsed = replace(parsed, value=replace(parsed.value, rule="ahead+" + parsed.value.rule))
        mentions.append(
            Mention(start=start, end=end, text=surface, kind=parsed.kind, value=parsed.value)
        )
    return _resolve_against_earlier(_clock_on_named_day(_part_of_named_day(mentions, text), text))


def _part_of_named_day(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the morning of Sept. 11, 2001": one TIME, that day's morning (not the anchor's)."""
    out: list[Mention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        value, before = mention.value, prev.value if prev else None
        if (
            prev is not None
            and isinstance(before, DateValue)
            and before.rule == "day-part"
            and isinstance(value, DateValue)
            and mention.kind is Kind.DATE
            and value.start is not None
            and value.start == value.end
            and _OF.fullmatch(text, prev.end, mention.start)
        ):
            part = before.timex.partition("T")[2]
            day = value.start
            merged = replace(before, timex=f"{day.isoformat()}T{part}", start=day, end=day)
            out[-1] = Mention(
                start=prev.start,
                end=mention.end,
                text=text[prev.start : mention.end],
                kind=Kind.TIME,
                value=replace(merged, rule="day+part", anchor=value.anchor),
            )
            continue
        out.append(mention)
    return out


def _resolve_against_earlier(mentions: list[Mention]) -> list[Mention]:
    """Expressions that count from the date told before them, not from the document date.

    "In June 1998 ... later that year" (an anaphor takes its unit from that date);
    "He was arrested on May 3 and charged the following day" (May 4). Without an
    earlier date fine enough for the unit, the document date stays the anchor.
    """
    out: list[Mention] = []
    reference: DateValue | None = None
    for mention in mentions:
        value = mention.value
        if isinstance(value, DateValue) and reference is not None:
            mention = replace(mention, value=_from_reference(mention, value, reference))
        value = mention.value
        if isinstance(value, DateValue) and value.start and mention.kind in _DATED_KINDS:
            reference = value
        out.append(mention)
    return out


def _from_reference(mention: Mention, value: DateValue, reference: DateValue) -> DateValue:
    if value.rule == "that-unit":
        return resolve_anaphor(value, reference) or value
    narrative = _NARRATIVE_RELATIVE.fullmatch(mention.text)
    ref_day = reference.start
    if narrative is None or ref_day is None or reference.granularity is None:
        return value
    grains = list(Granularity)
    if grains.index(reference.granularity) > grains.index(Granularity(narrative.group(1).lower())):
        return value
    rule = "next-day" if narrative.group(1).lower() == "day" else "relative-unit"
    parsed = parse_with_rule(rule, mention.text, ref_day)
    if parsed is None:
        return value
    # its own rule name: a re-parse of the bare words cannot see the earlier date
    return replace(parsed.value, rule="earlier-date+" + parsed.value.rule)


def _clock_on_named_day(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Thursday at 10 p.m.": a clock time takes the day named just before it.

    The clock rules put a bare time on the anchor's day; the day written next to
    it is better evidence.
    """
    out: list[Mention] = []
    for prev, mention in zip([None, *mentions], mentions, strict=False):
        value, before = mention.value, prev.value if prev else None
        day = before.start if isinstance(before, DateValue) and before.start == before.end else None
        if (
            day is not None
            and prev is not None
            and prev.kind is Kind.DATE
            and isinstance(value, DateValue)
            and value.rule in _ANCHOR_DAY_CLOCKS
            and _AT_CLOCK.fullmatch(text, prev.end, mention.start)
        ):
            clock = value.timex.partition("T")[2]
            # its own rule name, so a later re-parse of the bare time does not undo it
            value = replace(
                value, timex=f"{day.isoformat()}T{clock}", start=day, end=day, rule="day+clock"
            )
            mention = replace(mention, value=value)
        out.append(mention)
    return out


def sentence_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the clause around text[start:end]: "past", "future" or None.

    The nearest verb cue on the left decides; failing that, the first on the right.

    >>> sentence_tense("The court will rule on Monday.", 23, 29)
    'future'
    >>> sentence_tense("The court ruled on Monday.", 19, 25)
    'past'
    """
    if _DEADLINE.search(text, max(0, start - 12), start):
        return None  # "by Jan. 14": a deadline, whatever the verb's tense
    s_start, s_end = _sentence_bounds(text, start, end)
    before = list(_TENSE_CUES.finditer(text, s_start, start))
    cue = before[-1] if before else _TENSE_CUES.search(text, end, s_end)
    if cue is None:
        return None
    return "future" if cue.group("future") else "past"


def _announced_ahead(text: str, start: int, end: int) -> bool:
    """A bare weekday or year-less date after a cue that schedules it ("as soon as Tuesday")."""
    if re.match(r"(?:last|this|next|past)\b", text[start:end], re.IGNORECASE):
        return False
    return _INTENT_BEFORE.search(text, max(0, start - 60), start) is not None


def _is_quoted_title(text: str, start: int, end: int) -> bool:
    """A title-case name in quotes: the show ``This Week,'' ``60 Minutes,'' ``High Noon.''

    Every word capitalized, one of them a word running text writes in lower case ("Week",
    not "Monday"), a closing quote right after, an opening one right before
    (or before a few capitalized words of the same title); a single word counts only
    inside a longer title ("High Noon"), since ``Today,'' may open a quotation.
    """
    words = text[start:end].split()
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if not any(w[0].isupper() and w.lower() in _LOWER_TIME_WORDS for w in words):
        return False  # "Closed Monday": weekdays and months are capitalized anyway
    if not _TITLE_AFTER.match(text, end):
        return False
    before = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (len(words) > 1 or bool(before.group("lead")))


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], looking at most 300 characters left, 200 right."""
    left = max(0, start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    s_start = ends[-1] if ends else left
    stop = _SENTENCE_END.search(text, end, min(len(text), end + 200))
    return s_start, stop.start() if stop else min(len(text), end + 200)


def _quarterly_year_ago(text: str, start: int, end: int) -> bool:
    """ "a year ago" in a sentence about quarterly results means the same quarter a year back.

    Earnings reports compare a quarter with the one a year before ("profit rose 8%
    from a year ago"); TimeML values that as the quarter (1988-Q3), not the year.
    """
    s_start, s_end = _sentence_bounds(text, start, end)
    if _LAST_YEAR.fullmatch(text, start, end):
        # "compared with a loss of $3 million last year": the figure's quarter, a year back
        if not _COMPARED.search(text, max(s_start, start - 80), start):
            return False
    elif not _YEAR_AGO.fullmatch(text, start, end) or _THAN.match(text, end):
        return False  # "a year earlier than planned" shifts a plan, it names no quarter
    return _QUARTERLY.search(text, s_start, s_end) is not None


def _is_rate(text: str, start: int, end: int) -> bool:
    """ "a year" after an amount ("$2 million a year", "24 hours a day") is a frequency."""
    return bool(_A_UNIT.fullmatch(text, start, end)) and bool(
        _AMOUNT_BEFORE.search(text, max(0, start - 30), start)
    )


def _plausible(rule: str, text: str, start: int, end: int) -> bool:
    """Reject hits that are not dates: a bare four-digit count or label; "a while" or
    "some time" unless "for" leads ("for a while"); a march that is an event's name
    ("the March for Life", "the March on Washington"); "today's world", which means
    nowadays, not the day; and a quoted title ("This Week")."""
    if rule == "day-word" and _GENERIC_TODAY.match(text, start):
        return False
    if _is_quoted_title(text, start, end):
        return False
    if rule == "month":
        named = _EVENT_MARCH.match(text, end) and _EVENT_BEFORE.search(
            text, max(0, start - 12), start
        )
        return not (text[start:end] == "March" and named)
    if rule == "vague-duration":
        return bool(_FOR_BEFORE.search(text, max(0, start - 5), start))
    if rule != "year" or not text[start:end].isdigit():
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    prev = before.group(1).lower() if before else ""
    if prev in _NUMBER_NOUNS:
        return False
    after = _WORD_AFTER.match(text, end, min(len(text), end + 30))
    nxt = after.group(1) if after else ""
    year_like = 1900 <= int(text[start:end]) <= 2100
    # "2000 people", "1500 troops": a lower-case plural noun right after makes a count,
    # unless a determiner or a cue shows the number modifies it ("the 1996 elections",
    # "in 2012 elections"); a word like "was" or "has" is no plural noun.
    plural = nxt.islower() and nxt.endswith(("s", "people", "men", "children"))
    counts = plural and nxt not in _NOT_PLURALS and prev != "the"
    if counts and (nxt in _COUNTED or not (prev in _TIME_PREPOSITIONS and year_like)):
        return False
    return prev in _YEAR_CUES or year_like or prev == ""
