"""Find temporal expressions in plain text and normalize them (no spaCy).

Every rule of the grammar in `factcheck.normalize.dates.RULES` is a precompiled
regex, most specific first, and at each word the rules are tried in that order, so
the longest reading wins ("Sept. 29, 2025" before "Sept. 29"): the matches of one
alternation of them all. Only the rules that can begin with the word's first
letters are tried (`_matches`), which is most of the finder's speed. Each hit is then
parsed by its own rule against the anchor date. Spans follow TimeML as
annotated in TempEval-3: modifiers that change the value are inside ("late
August", "nearly five days", "the past three years", "the third quarter",
"last week"); prepositions are not ("in 1996" -> "1996"); a determiner that
belongs to a larger noun phrase is not ("the Aug. 7 attack" -> "Aug. 7").

Tense direction: a year-less date, bare month or weekday resolves backwards
from the anchor (news reports what happened) unless its sentence speaks of the
future ("will meet on Monday"; a present that schedules, "the trial begins Monday",
"the minister arrives Tuesday", "the leaders are meeting Friday"; a deadline with no
verb, "has until Monday"); see `sentence_tense`. A cue that schedules it ("as
early as Tuesday", "payable Jan. 2") or moves a deadline ("extended the deadline until
Monday", "was given until Friday") reads it forward whatever the verb's tense, and so
does a deadline read ahead when the pipeline re-resolves dates by the parsed verb's tense.

Some dates carry their own direction: "last Oct. 23" and "since March" look
back, a possessive weekday ("Wednesday's ruling") and a date naming an event ("the
Aug. 7 bombings") name something already told, unless awaited ("ahead of Sunday's
vote", "the Jan. 14 deadline").

Discourse: what the finder sees beyond one match is used after parsing. A clock
time takes the day written just before it ("Thursday at 10 p.m.") or just after a
parenthesis ("10:35 a.m. (0735 GMT) Friday"); "that year", "the following day", "the
year before" and "the previous Friday" count from the last date told before them, and a bare clock
time or part of the day ("in the morning") told shortly after a day is on that day;
"April 24 and 25" holds two days and "the day before last Tuesday" moves one;
a range's start takes the year written at its end ("from May to October 2020"), and
a range of year-less dates ends after it starts ("from October to March"); "the
quarter ended July 31" is the calendar quarter holding most of its three months, and
"the week ended March 9" the ISO week holding most of its seven days;
"a year" after an amount, or after what an amount counts, is a rate ("$2 million a
year", "700 seats a week"), and so is "annually" there ("rose 8% annually"): the
amount's unit, which TempEval-3 leaves untagged, so the finder drops it.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from re import _constants as _re_const  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any

from ..models import DateValue, Granularity, Kind, Mention
from ..normalize.date_lexicon import MONTHS, WEEKDAYS
from ..normalize.dates import (
    ANAPHORIC_UNIT_RULES,
    CONTEXT_RULES,
    RULES,
    Tense,
    parse_with_rule,
    resolve_anaphor,
)

# Strip inner group names so the rules can share one alternation.
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


# How many leading characters of a match `_prefixes` spells out, and at most how many
# such prefixes one rule may have (past that it is spelled shorter).
_PREFIX_LENGTH = 3
_MAX_PREFIXES = 500

_State = tuple[str, bool]  # (prefix so far, whether it can grow no further)


def _prefixes(parsed: list[tuple[Any, Any]], length: int) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of a parsed pattern starts with, or None.

    A prefix shorter than `length` stops where the pattern goes on with something not
    spelled out (a class of letters): it only promises that much. White space is
    spelled as one space (`_head` reads the text the same way).
    """
    states = _seq_prefixes(parsed, {("", False)}, length)
    if states is None:
        return None
    found = frozenset(prefix for prefix, _ in states)
    return None if "" in found else found


def _seq_prefixes(
    items: list[tuple[Any, Any]], states: set[_State], length: int
) -> set[_State] | None:
    for op, arg in items:
        if all(done for _, done in states):
            return states
        grown = _item_prefixes(op, arg, states, length)
        if grown is None or len(grown) > _MAX_PREFIXES:
            return None
        states = grown
    return states


def _item_prefixes(op: Any, arg: Any, states: set[_State], length: int) -> set[_State] | None:
    done = {s for s in states if s[1]}
    open_ = [prefix for prefix, finished in states if not finished]
    if op is _re_const.LITERAL:
        return done | {_grow(prefix, chr(arg).lower(), length) for prefix in open_}
    if op is _re_const.IN:
        chars = _class_chars(arg)
        if chars is None:  # a space, any letter...: the prefix ends here
            return done | {(prefix, True) for prefix in open_}
        return done | {_grow(prefix, c, length) for prefix in open_ for c in chars}
    if op is _re_const.SUBPATTERN:
        inner = _seq_prefixes(list(arg[3]), {(p, False) for p in open_}, length)
        return None if inner is None else done | inner
    if op is _re_const.BRANCH:
        result = set(done)
        for alternative in arg[1]:
            inner = _seq_prefixes(list(alternative), {(p, False) for p in open_}, length)
            if inner is None:
                return None
            result |= inner
        return result
    if op in (_re_const.MAX_REPEAT, _re_const.MIN_REPEAT) and _is_space(arg[2]):
        space = [(_re_const.CATEGORY, _re_const.CATEGORY_SPACE)]
        spaced = _item_prefixes(_re_const.IN, space, states, length)
        return None if spaced is None else spaced | (states if arg[0] == 0 else set())
    if op in (_re_const.MAX_REPEAT, _re_const.MIN_REPEAT):
        low, high, body = arg
        current: set[_State] = {(p, False) for p in open_}
        result = set(done) | (current if low == 0 else set())
        count = 0
        for count in range(1, min(high, length) + 1):
            grown = _seq_prefixes(list(body), current, length)
            if grown is None:
                return None
            current = grown
            if count >= low:
                result |= current
            if count >= low and all(finished for _, finished in current):
                break
        return result | {(p, True) for p, finished in current if not finished and count < low}
    if op in (_re_const.ASSERT, _re_const.ASSERT_NOT, _re_const.AT):
        return states  # zero-width
    return done | {(prefix, True) for prefix in open_}  # anything else: stop spelling


def _is_space(body: Any) -> bool:
    items = list(body)
    return len(items) == 1 and items[0] == (
        _re_const.IN,
        [(_re_const.CATEGORY, _re_const.CATEGORY_SPACE)],
    )


def _grow(prefix: str, char: str, length: int) -> _State:
    grown = prefix + char
    return grown, len(grown) >= length


def _class_chars(arg: Any) -> set[str] | None:
    """The characters of a small class ([0-3], \\d, [.-]), lower-cased; None for a large one."""
    chars: set[str] = set()
    for kind, value in arg:
        if kind is _re_const.LITERAL:
            chars.add(chr(value).lower())
        elif kind is _re_const.RANGE and value[1] - value[0] < 16:
            chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
        elif kind is _re_const.CATEGORY and value is _re_const.CATEGORY_DIGIT:
            chars.update("0123456789")
        elif kind is _re_const.CATEGORY and value is _re_const.CATEGORY_SPACE:
            chars.add(" ")  # the text's white space is read as one space (`_head`)
        else:
            return None
    return chars


# A mention starts at a word; ends where neither a word nor a number goes on ("5.2%",
# "3/4", "12-15") -- except a year range ("2008-2010"), whose years are two mentions.
_YEAR_NEXT = r"(?:1[5-9]|20)\d\d\b"
_FOUND_RULES = [(name, pattern) for name, pattern, _h in RULES if name not in CONTEXT_RULES]
# An ISO date may be glued to a word in a file or page name ("report-2002-10-09.pdf",
# "log_20170302.txt").
_ISO_NEXT = r"(?:1[5-9]|20)\d\d(?:-[01]\d-[0-3]\d|[01]\d[0-3]\d)(?!\d)"
# A range's end named after a dash, with its year ("Nov. 18-Dec. 19, 2015", "June-August
# 1992"), is a date of its own; without one ("April 30-May 1") it follows the start
# (`_second_day_of_month`).
_NAME_NEXT = r"(?-i:[A-Z])[a-z]{2,8}\.?(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+\d{4}"
# Where a mention may start: at a word; or glued after a dash (the second year of
# "2008-2010"), an underscore (an ISO date in a file name) or a range's first date
# ("Nov. 18-Dec. 19, 2015"). (One cheap test for a dash first: the glued starts are rare.)
# A month or a weekday after one, dashed ("January-March", "Monday-Friday"), is the
# range's end and a date of its own, as a second year is.
_NAMES = [
    n.capitalize() for n in (*MONTHS, *WEEKDAYS) if len(n) > 4 or n in ("may", "june", "july")
]
_DASHED_BEFORE = "|".join(f"(?<={name}[-–])" for name in _NAMES)
_DASHED_NAME = rf"(?-i:{'|'.join(_NAMES)})(?![\w-])"
_START = (
    rf"(?:(?<=[-–_])(?:(?<=\d{{4}}[-–])(?={_YEAR_NEXT})|(?<=[_-])(?={_ISO_NEXT})|"
    rf"(?<=[\w.][-–])(?={_NAME_NEXT})|(?:{_DASHED_BEFORE})(?={_DASHED_NAME}))|"
    rf"(?<![\w$€£#@&/.\-]))"
)


def _finder(rules: list[tuple[int, str]]) -> re.Pattern[str]:
    """One alternation of the numbered rules (group r<i> for rule i), in their order:
    what `_matches` finds faster (the tests hold the two equal)."""
    return re.compile(
        rf"{_START}(?:"
        + "|".join(f"(?P<r{i}>{_NAMED_GROUP.sub('(?:', p)})" for i, p in rules)
        + rf")(?![\w%]|[.,/:]\d|-(?!{_YEAR_NEXT})\d)",
        re.IGNORECASE,
    )


_RULE_NAMES = {f"r{i}": name for i, (name, _p) in enumerate(_FOUND_RULES)}


@functools.cache
def _rule_finder(index: int) -> re.Pattern[str]:
    """Rule `index` on its own (group r<index>) with a mention's end condition, compiled
    when first tried (a run served by the cache compiles none). It is only matched where
    `_START` already holds (`_matches`), so the start condition, the costliest part of
    the pattern to compile, is left out."""
    pattern = _NAMED_GROUP.sub("(?:", _FOUND_RULES[index][1])
    return re.compile(
        rf"(?P<r{index}>{pattern})(?![\w%]|[.,/:]\d|-(?!{_YEAR_NEXT})\d)", re.IGNORECASE
    )


def _rules_by_prefix() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The rules each prefix may begin (`_prefixes`, as long as they stay few), and the
    rules that may start with any word ("(\\w+) times a week")."""
    by_prefix: dict[str, list[int]] = {}
    unspelled = []
    for index, (_, pattern) in enumerate(_FOUND_RULES):
        parsed = list(_re_parser.parse(pattern, re.IGNORECASE))
        found = next(
            filter(None, (_prefixes(parsed, n) for n in range(_PREFIX_LENGTH, 0, -1))), None
        )
        if found is None:
            unspelled.append(index)
            continue
        for prefix in found:
            by_prefix.setdefault(prefix, []).append(index)
    return {p: tuple(rules) for p, rules in by_prefix.items()}, tuple(unspelled)


class _Dispatch:
    """The rules by prefix, and where a mention may start; built on the first search."""

    def __init__(self) -> None:
        self.by_prefix, self.unspelled = _rules_by_prefix()
        self.unspelled_rules = [
            re.compile(_NAMED_GROUP.sub("(?:", _FOUND_RULES[i][1]), re.IGNORECASE)
            for i in self.unspelled
        ]
        first = sorted({p[0] for p in self.by_prefix} | {p[0].upper() for p in self.by_prefix})
        # Where a spelled rule may start (a word beginning with one of their first
        # characters), and where any rule may.
        self.spelled_starts = re.compile(
            f"{_START}(?=[{''.join(map(re.escape, first))}])", re.IGNORECASE
        )
        self.any_starts = re.compile(_START)


@functools.cache
def _dispatch() -> _Dispatch:
    return _Dispatch()


@functools.lru_cache(maxsize=1 << 14)
def _candidates(head: str, anywhere: tuple[int, ...]) -> tuple[int, ...]:
    """The rules to try, in order, at a word beginning with `head` (lower-cased)."""
    if not head.isascii():
        # Case-insensitive matching folds some letters lower() does not ("ſ" is "s"):
        # try every rule rather than miss one.
        return tuple(range(len(_FOUND_RULES)))
    found = set(anywhere)
    by_prefix = _dispatch().by_prefix
    for length in range(1, len(head) + 1):
        found.update(by_prefix.get(head[:length], ()))
    return tuple(sorted(found))


_SPACES = re.compile(r"\s+")


def _head(text: str, position: int) -> str:
    """The text's first characters at `position` as prefixes are spelled: lower case, each
    run of white space one space."""
    short = text[position : position + _PREFIX_LENGTH]
    if not any(c.isspace() for c in short):
        return short.lower()
    return _SPACES.sub(" ", text[position : position + 4 * _PREFIX_LENGTH])[:_PREFIX_LENGTH].lower()


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The rules' matches, left to right, as one alternation of them in order would find.

    Trying ~70 rules at every word is most of a finder's time. Here each word's first
    characters are looked up among the prefixes the rules can start with, and only
    those rules are tried, in their order: a rule cannot match where none of its
    prefixes stands. A rule that may start with any word is tried everywhere, but only
    in a text where it matches at all.
    """
    dispatch = _dispatch()
    anywhere = tuple(
        i
        for i, rule in zip(dispatch.unspelled, dispatch.unspelled_rules, strict=True)
        if rule.search(text)
    )
    end = 0
    for start in (dispatch.any_starts if anywhere else dispatch.spelled_starts).finditer(text):
        position = start.start()
        if position < end:
            continue
        head = _head(text, position)
        for index in _candidates(head, anywhere):
            match = _rule_finder(index).match(text, position)
            if match is not None:
                yield match
                end = match.end()
                break


# What a schedule says something is "due to" do ("due to land Friday"); "due to" before
# anything else gives a cause ("delayed due to the storm").
_DUE_VERB = (
    r"(?:be|start|begin|open|take|land|arrive|leave|depart|meet|vote|expire|visit|hold|"
    r"sign|announce|report|release|publish|testify|appear|return|resume|end|close|finish|"
    r"travel|speak|deliver|launch|decide|rule|hear|present|face|stand|come|go|get|give|"
    r"make|retire|step|enter|reopen|run|play|fly)\b"
)

# Verb cues for the tense of a clause; at one position a future cue wins ("expected to"),
# and a future passive ("will be named") is one cue, not a past participle. "planned"
# looks ahead only with what was planned ("planned to leave", "planned a rally"); alone
# it is a participle of either tense ("the hastily planned trip"), so no cue.
_TENSE_CUES = re.compile(
    # (a plan in the past perfect is past: "had been scheduled to expire Friday", "had
    # planned to leave Monday")
    r"\b(?:(?<!\bhad\s)(?<!\bhad\sbeen\s)(?P<future>(?:will|would|to)\s+(?:(?:still|not|also|[a-z]+ly)\s+)?be\s+"
    r"(?:[a-z]+ed|held|paid|sold|kept|built|sent|brought|bought|made|taken|given|done|"
    r"seen|shown|known|won)|expected|will|won't|'ll|shall|going\s+to|plans?\s+to|planned\s+(?:to|an?)|planning|scheduled|"
    r"would|might|set\s+to|(?:un)?likely\s+to|as\s+soon\s+as|"
    rf"expected\s+to|due\s+to\s+{_DUE_VERB}|upcoming|"
    # "is to be sentenced Friday" (one cue, not the participle); "is planned for Saturday"
    r"(?:is|are)\s+to(?:\s+be\s+[a-z]+)?|(?:is|are)\s+(?:planned|slated|set)\s+for|slated|"
    rf"(?:is|are)\s+due\b(?!\s+to\s+(?!{_DUE_VERB}))|"
    # the present of a scheduled event looks ahead: "the trial begins Monday", "the law
    # takes effect Jan. 1", "the fair opens Friday"
    r"begins|starts|(?:re)?opens|ends|closes|finishes|concludes|resumes|convenes|expires|"
    r"(?:takes?|goes)\s+(?:effect|into\s+effect)|"
    # an intention in the present: "expects to report results in mid-November"
    r"(?:expect|intend|hope|aim|want|seek)s?\s+to|"
    # a decision or promise told in the past, then what it decided: "agreed to hear the
    # case in October", "voted to raise rates in June" (not "agreed to a merger in March")
    r"(?:agreed|decided|voted|promised|pledged|vowed|threatened|intended|hoped)\s+to\s+"
    r"(?!(?:a|an|the|its|his|her|their|this|that|these|those|be|have)\b)(?=[a-z]))"
    # a trip or meeting in the present ("the minister arrives Monday"), when the date
    # follows closely (see `sentence_tense`)
    r"|(?P<scheduled>arrives|departs|travels|visits|meets|"
    # ... or in the plural ("the cardinals meet Tuesday", "voters go to the polls
    # Sunday", "he and his rival meet Monday"), but not after "did" or a negation
    # ("did not meet Monday")
    r"(?<!\bdid\s)(?<!\bnot\s)(?<!n't\s)(?:arrive|depart|travel|visit|meet|"
    # ... or of an event in the plural ("talks resume Monday", "classes begin Tuesday")
    r"begin|resume|reconvene|"
    r"(?:go|head)\s+to\s+the\s+polls))"
    # an arrangement in the present progressive ("the leaders are meeting on Friday"),
    # for a weekday close after it only: with a month it is more often a state ("is
    # continuing"), and a weekday after an object tells the object's time
    r"|(?P<progressive>(?:is|are|['’]re)\s+"
    r"(?!(?:being|going|expecting|hoping|planning|trying|continuing)\b)[a-z]{2,}ing)"
    r"|(?P<past>said|told|was|were|had|did|came|took|met|began|saw|went|made|gave|left|"
    # irregular past forms that are no present or noun as well ("set", "cut", "hit" are)
    r"brought|bought|sold|fell|rose|won|paid|held|kept|led|thought|became|grew|knew|"
    r"spoke|wrote|ran|chose|fought|sent|spent|built|stood|sought|caught|broke|flew|drew|"
    r"fled|struck|sank|swore|got|"
    r"(?!(?:united|hundred|indeed|speed|proceed|exceed|succeed|breed|planned)\b)[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
_AWAITED_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|upcoming|awaiting|await|"
    r"(?:wait|waits|waiting|prepare|prepares|preparing|braced?|bracing)\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+((?-i:[a-z])[a-z-]+)")
_AWAITED_NOUNS = frozenset(
    "deadline target vote election elections meeting meetings summit talks hearing "
    "launch date start opening session trial poll polls ballot referendum runoff "
    "conference visit game match race final primary".split()
)
_SHIFT_BEFORE = re.compile(r"\b(last|next)\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|(?:a|an|the)\s+(?:still|yet|[a-z]+ly))\s+$",
    re.IGNORECASE,
)
# A participle after a present or a verb of staying is a state ("is closed", "remain
# suspended", "would stay shut"), which says nothing of the clause's tense.
_STATE_BEFORE = re.compile(
    r"\b(?:is|are|am|remains?|stays?|remain|stay|be)\s+(?:still\s+|not\s+)?$", re.IGNORECASE
)
_PRESENT_NOUNS = re.compile(
    r"begins|starts|opens|ends|visits|meets|travels|arrives|visit|meet|travel"
)
_CLOSE_AFTER = re.compile(
    r"(?:\s+(?!(?:a|an|the|his|her|its|their|this|that|some)\b)[\w'’.-]+){0,2}"
    r"\s+(?:(?:on|in)\s+)?",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|until|till|before|effective|through)\s+$", re.IGNORECASE)
# a clock time on a named day ("until 9 a.m. Tuesday") is announced ahead as the day is
_WEEKDAY_IN = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
# future cues that are themselves a verb in the past: the parse reads them as past
_PLAN_CUE = re.compile(r"(?:planned|expected|scheduled|slated)\b", re.IGNORECASE)
# the end of a stretch; its date keeps the direction its own words give (`_is_deadline`)
_BY_BEFORE = re.compile(r"\b(?:by|until|till|through)\s+$", re.IGNORECASE)
_DEADLINE_RULES = frozenset(
    {"weekday+anchor", "month-day+anchor-year", "month+anchor", "clock+weekday"}
)
# A weekday or year-less date announced ahead ("as early as Tuesday", "scheduled a news
# conference Thursday", "payable Jan. 2"): the next such day, whatever tense the verb has.
_AHEAD_RULES = frozenset({"weekday", "month-day", "month"})
_INTENT_BEFORE = re.compile(
    # (not a plan in the past perfect: "had been scheduled to end Friday")
    r"\b(?:as\s+(?:soon|early)\s+as|(?<!\bhad\sbeen\s)(?:scheduled|slated)|payable|effective|"
    r"postponed\s+(?:until|till|to)|"
    r"(?:delayed|put\s+off|adjourned)\s+(?:until|till|to))"
    r"(?:\s+(?!(?:on|last|this|next|past)\b)[a-z'’]+){0,4}\s+(?:on\s+|for\s+)?$",
    re.IGNORECASE,
)
# A deadline moved or granted ends ahead: "extended the deadline until Monday", "extended
# its credit line through January", "was given until Friday to leave"; the words between
# stay in one clause ("given that sales rose through May" is no deadline)
_EXTENDED_BEFORE = re.compile(
    r"\b(?:extended|extends?|prolonged|given|granted|gave|gives?)\b"
    r"(?:\s+(?!(?:that|which|who|when|while|because|and|but|as|after|before|since|if)\b)"
    r"[^\s.,;:!?]+){0,10}?"
    r"\s+(?:until|till|through)\s+$",
    re.IGNORECASE,
)
# Quotes around a title: ``This Week,'' "60 Minutes." “High Noon”
# ... which may go on in capitals: ``This Week With David Brinkley''
_TITLE_AFTER = re.compile(r"(?P<more>(?:\s+(?-i:[A-Z0-9])[\w'’]*){0,4})[,.]?(?:''|\"|”)")
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
_NAME_BEFORE = re.compile(r"\b(?-i:[A-Z]{2,})\s+$")
# A capitalized word right before, itself not opening the sentence: "the Orsley Hours"
# (a book of hours) is a name; "Hours later" opens a sentence.
_TITLE_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?-i:[A-Z][a-z]+)\s+$")
_HIGH_NOON = re.compile(r"\bhigh\s+noon$", re.IGNORECASE)
# "March for Life", "March of the Mothers", "March on Washington": a named march
_EVENT_MARCH = re.compile(
    r"\s+(?:for|of|on|against)\s+(?:the\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]"
)
# "May I ask": the verb before a subject ("in May we voted" keeps its month)
_MODAL_MAY = re.compile(r"\s+(?:I|we|you|he|she|they|it|God)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘'(]\s*|\n\s*)$")
# ... after an article or an opening quote, not a preposition ("in March for Japan")
_EVENT_BEFORE = re.compile(r"(?:\b(?:the|a|an|annual)|[`\"“])\s*$", re.IGNORECASE)
# A sentence ends at a stop before a capital, but not after a title, an initial or "vs."
# ("Mr. Smith", "John F. Kennedy", "Roe vs. Wade").
_NOT_AN_END = "".join(
    rf"(?<!\b{abbr}\.)"
    for abbr in "Mr Mrs Ms Dr St Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev Jr Sr vs Mt Ft".split()
)
# (the look-behinds follow the stop, so they are tried at stops only)
_SENTENCE_END = re.compile(rf"(?:[!?]|\.{_NOT_AN_END}(?<!\b[A-Z]\.))\s+(?=[A-Z\"“‘'(])|\n")

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
    "perhaps besides whereas towards afterwards does says sees marks brings remains "
    # verbs whose subject the year is ("the rest of 2013 looks bleak")
    "looks seems appears promises begins ends starts gets holds means goes comes shows "
    "stands makes takes becomes".split()
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
_QUARTERLY = re.compile(r"quarter|\bperiod\b|\ba\s+share\b", re.IGNORECASE)
# results for a longer stretch compare with the same stretch of the year before
_LONGER_PERIOD = re.compile(
    r"\b(?:nine|six|twelve|9|6|12)\s+months\b|\bfirst\s+half\b|\b(?:fiscal|full)\s+year\b",
    re.IGNORECASE,
)
_A_UNIT = re.compile(
    r"(?:an?|per)\s+(?:second|minute|hour|day|night|week|month|quarter|year)", re.IGNORECASE
)
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|thousand|hundred|percent|cents?|dollars|times|"
    r"twice|once|hours|minutes|days|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundreds|thousands|dozens|several)(?=\s+[a-z]+s\b)))"
    # ... or what the amount counts ("700 seats a week", "four daily flights a week"):
    # a plural noun, after at most one other word that is no function word
    r"(?:(?:\s+(?!(?:of|in|for|to|and|or|the|a|an)\b)[a-z]+)?"
    r"\s+(?!(?:is|was|has|its|this|as|us|plus|less|does)\b)"
    r"(?:[a-z]+s|people|men|women|children)"
    # ... and what those are of ("900,000 tonnes of malting barley a year")
    r"(?:\s+of(?:\s+(?!(?:the|a|an|this|that|its|their)\b)[a-z]+){1,2})?)?\s*$",
    re.IGNORECASE,
)
# "a week after the vote", "a day later": a distance in time, not a rate
_NOT_RATE_AFTER = re.compile(
    r"\s+(?:after|before|later|earlier|ago|from|of|or\s+so|and\s+a\s+half)\b", re.IGNORECASE
)
_DATED_KINDS = frozenset({Kind.DATE, Kind.TIME})
# "the following week", "the previous day": counted from the narrative's last date.
_NARRATIVE_RELATIVE = re.compile(
    r"the\s+(?:following|previous|prior|next(?=\s+day))\s+(day|week|month|quarter|year)"
    r"|the\s+(week|month|year)\s+(?:before|earlier|after|later)"
    # "the next morning": a part of the day after the one told
    r"|the\s+(?:following|previous|next)\s+(?:morning|afternoon|evening|night)",
    re.IGNORECASE,
)
_NARRATIVE_WEEKDAY = re.compile(r"the\s+(?:previous|prior|following)\s+\w+day\b", re.IGNORECASE)
# Times of day the grammar puts on the anchor's day for want of a day of their own.
_BARE_DAY_TIMES = frozenset({"clock+anchor", "clock-past", "clock-range", "day-part"})
_DAY_WORD = re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)
# How far (in characters) a day told before still sets the day of a bare time.
_NARRATIVE_REACH = 250
_ANCHOR_DAY_CLOCKS = frozenset({"clock+anchor", "clock-past", "clock-range"})
# A recurring day a clock time can join: "XXXX-WXX-1" (Mondays), "XXXX-XX-XXTEV"
_SET_DAY = re.compile(r"XXXX-(?:WXX-[1-7]|XX-XX)(?:T(?:MO|AF|EV|NI))?")
_SET_AT = re.compile(r",?\s+(?:at|around|about)\s+", re.IGNORECASE)
# Between a clock and a day: a parenthesis ("(0735 GMT) Friday"), or the opening of one
# that holds the day ("(4 a.m. EDT Thursday)"), or the close of the one the clock is in.
_PAREN_THEN_DAY = re.compile(r"\s*(?:\([^()]{1,30}\)\s*,?\s*(?:on\s+)?|\(\s*|\)\s*,?\s*(?:on\s+)?)")
# "April 24 and 25": the second day of the month, when punctuation, a capital or a
# function word follows, not a noun the number would count ("and 25 others").
_AND_DAY = re.compile(
    r"\s+(?:and|or|&|through|thru)\s+(?P<num>(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)"
    r"(?=\s*(?:[.;:!?)\"'”]|,(?!\d)|$)|\s+(?-i:[A-Z])"
    r"|\s+(?:at|in|on|when|while|during|before|after|respectively)\b)"
)
# "April 30-May 1": a range's end, a month and day after a dash
_DASH_MONTH_DAY = re.compile(
    r"\s*[-–]\s*(?P<date>(?-i:[A-Z])[a-z]{2,8}\.?\s+[0-3]?\d)(?![\d:]|,?\s+\d{4})"
)
# A range's two ends: "May to October 2020", "Nov. 18-Dec. 19, 2015", "between March and
# June 1998"; the start's year is the end's when it has none of its own.
_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_YEARLESS_RULES = ("month+anchor", "month-day+anchor-year")
# a range's join: "to", "through", a dash ("and" lists two dates as often)
_RANGE_TO = re.compile(r"\s*(?:[-–—]|to|through|thru|until|till)\s*", re.IGNORECASE)
_WRITTEN_YEAR_RULES = frozenset({"month-year", "month-day-year", "day-month-year"})
_DAY_BEFORE_AFTER = re.compile(r"\bday\s+(before|after)\s+$", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_BARE_QUARTER = re.compile(
    r"(?:the\s+)?(?:(?:latest|most\s+recent|just-ended|recent)\s+)?quarter", re.IGNORECASE
)
_BARE_WEEK = re.compile(r"(?:the\s+)?week", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+|in\s+)?", re.IGNORECASE)
_AT_CLOCK = re.compile(r",?\s+(?:at|around|about|by|from|before|after|until)\s+", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w.'’]+|[,(—–])\s*$")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_RATE_ADVERB = re.compile(r"(?:annually|yearly|monthly|weekly|daily|hourly)", re.IGNORECASE)
_EDGE_PREPOSITIONS = frozenset("at before after by until till from to since around near".split())
# A word of time written capitalized and followed by another capitalized word is part of
# a name: "the Evening Post", "The Morning Star", "the Early Years Foundation Stage".
# (Months, weekdays and holidays are capitalized anyway; "Yesterday Mr Hale said" opens
# a sentence.)
_CAPITALIZED_TIME_WORD = re.compile(
    r"(?-i:Morning|Evening|Afternoon|Night|Nights|Day|Days|Week|Weeks|Month|Months|Year|Years"
    r"|Hour|Hours|Minutes|Decade|Century|Dawn|Dusk|Noon|Midnight|Spring|Summer|Autumn|Winter)$"
)
_NAME_WORD_AFTER = re.compile(r"[^\S\r\n]+(?-i:[A-Z][a-z])")
# A weekday in a newspaper's name ("The Sunday Telegraph", "The Mail on Sunday")
_TITLE_AFTER_WEEKDAY = re.compile(
    r"\s+(?-i:Times|Telegraph|Express|Mirror|Post|Herald|Observer|Tribune|Mail|Independent|"
    r"Star|Sport|Review|Magazine)\b"
)
_WAR_NAME = re.compile(r"['’]?\s+(?-i:Wars?)\b")
_MAIL_ON = re.compile(r"(?-i:Mail)\s+on\s+$")
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:(?:on|in)\s+)?$")
_SEASON_PREPOSITIONS = frozenset("in during by until till through before after over".split())
_ONE_DAY = re.compile(r"one\s+day", re.IGNORECASE)
_MODALS = frozenset("will would may might could can should shall must to".split())
_NOT_VERB_AFTER = frozenset(
    "later earlier after before ago ahead of in on at for with or and to each per a an the "
    "only".split()
)
_SOON_NOT_BEFORE = frozenset("as so too how very was were had".split())
_SOON_NOT_AFTER = frozenset(
    "after afterward afterwards thereafter as before enough than became turned".split()
)


def find_dates(
    text: str, anchor: dt.date | None, *, earlier: Mention | None = None
) -> list[Mention]:
    """All temporal expressions in `text`, non-overlapping and sorted by start.

    Relative and year-less expressions resolve against `anchor` (the document
    date); with None they keep X's in their TIMEX3 value. `earlier` is the last
    date told before `text` (offsets relative to `text`, so negative), for a
    text read paragraph by paragraph: "the following month" at the start of one
    counts from the date the one before ended with (see `narrative_reference`).

    >>> [m.value.timex for m in find_dates("Talks began on Aug. 27 and lasted four days.",
    ...                                    dt.date(2025, 9, 1))]
    ['2025-08-27', 'P4D']
    """
    mentions: list[Mention] = []
    for match in _matches(text):
        rule = _RULE_NAMES[match.lastgroup or ""]
        start, end = match.span()
        if not _plausible(rule, text, start, end):
            continue
        surface = text[start:end]
        if rule in ("ago", "relative-unit") and _quarterly_year_ago(text, start, end):
            rule, surface = "year-ago", "year-ago"  # parse as the quarter a year back
        elif rule in ("duration", "set-every") and _is_rate(text, start, end):
            continue  # "$2 million a year": a rate of the amount, no TIMEX (see `_is_rate`)
        elif rule == "duration" and _some_day_ahead(text, start, end):
            rule = "one-day-ahead"  # "will one day be": a future day, not a day's length
        ahead_rule = rule in _AHEAD_RULES or (rule == "clock" and _WEEKDAY_IN.search(surface))
        intent = bool(ahead_rule) and _announced_ahead(text, start, end)
        tense = _context_tense(rule, text, start, end, intent)
        parsed = parse_with_rule(rule, surface, anchor, tense=tense)
        surface = text[start:end]
        if parsed is None:
            continue
        planned = tense == "future" and rule in _AHEAD_RULES and _planned_before(text, start, end)
        if (intent or planned) and isinstance(parsed.value, DateValue):
            # its own rule name, so a re-parse by the verb's tense does not undo it (the
            # parse finds "planned a rally on Saturday" governed by a verb in the past)
            parsed = replace(parsed, value=replace(parsed.value, rule="ahead+" + parsed.value.rule))
        elif tense == "future" and _is_deadline(text, start, parsed.value):
            # "has given them until 9 a.m. Tuesday": a deadline read ahead (`sentence_tense`)
            # keeps its direction; the verb's past tense tells when it was set, not where it
            # lies, so a re-parse by that tense must not move it back. (A stretch told in
            # the past, "lasted until Monday", reads no direction and is left to the verb.)
            assert isinstance(parsed.value, DateValue)
            parsed = replace(parsed, value=replace(parsed.value, rule="by+" + parsed.value.rule))
        value = parsed.value
        if _hedged_before(text, start, value):
            # "about two hours": as long as two hours, roughly (the hedge stays outside
            # the expression, as TimeML marks it)
            value = replace(value, approx=True, mod="APPROX")
        mentions.append(Mention(start=start, end=end, text=surface, kind=parsed.kind, value=value))
    mentions = _ordered_range(_year_of_range_end(mentions, text), text)
    mentions = _second_day_of_month(mentions, text)
    mentions = _quarter_ended(_day_next_to(mentions, text), text)
    mentions = _clock_on_named_day(_part_of_named_day(mentions, text), text)
    mentions = _clock_of_a_set(mentions, text)
    return _resolve_against_earlier(_clock_before_named_day(mentions, text), text, earlier)


_HEDGE_BEFORE = re.compile(r"\b(?:about|some)\s+$", re.IGNORECASE)


def _hedged_before(text: str, start: int, value: object) -> bool:
    """A length with a hedge just before it that the duration patterns leave out."""
    return (
        isinstance(value, DateValue)
        and value.timex.startswith("P")
        and "X" not in value.timex  # "some days": no length to hedge
        and value.mod is None
        and not value.approx
        and _HEDGE_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def narrative_reference(mentions: list[Mention], earlier: Mention | None = None) -> Mention | None:
    """The date a narrative has reached after `mentions` (the last DATE or TIME with a
    known day, month or year), else `earlier`: what `find_dates(..., earlier=)` takes
    for the next paragraph."""
    for mention in reversed(mentions):
        if _is_reference(mention):
            return mention
    return earlier


def reading_tense(value: object) -> Tense:
    """The direction a relative date was read in from its anchor: "future" when it fell
    after the anchor, "past" before it, None on the anchor (or not relative). Re-read
    from another anchor ("would resume Thursday", he said Monday), it keeps that
    direction."""
    if not isinstance(value, DateValue) or value.anchor is None:
        return None
    if value.start is not None and value.start > value.anchor:
        return "future"
    if value.end is not None and value.end < value.anchor:
        return "past"
    return None


def _is_reference(mention: Mention) -> bool:
    value = mention.value
    return isinstance(value, DateValue) and bool(value.start) and mention.kind in _DATED_KINDS


def _year_of_range_end(mentions: list[Mention], text: str) -> list[Mention]:
    """ "from May to October 2020", "Nov. 18-Dec. 19, 2015": a range's start without a
    year of its own is in the year its end is written with (or the year before, when its
    month comes later: "November to February 2017" starts in November 2016).

    The grammar would place the bare start near the anchor instead.
    """
    out = list(mentions)
    for i, (mention, end) in enumerate(itertools.pairwise(mentions)):
        value, last = mention.value, end.value
        if (
            mention.kind is not Kind.DATE
            or not isinstance(value, DateValue)
            or not value.rule.endswith(_YEARLESS_RULES)
            or value.start is None
            or value.end is None
            or not isinstance(last, DateValue)
            or last.rule not in _WRITTEN_YEAR_RULES
            or last.start is None
            or last.end is None
            or not _RANGE_JOIN.fullmatch(text, mention.end, end.start)
        ):
            continue
        first = value.start
        # (compared with the end's last day: "May 25 to late May 2001" is all in 2001)
        year = last.end.year - ((first.month, first.day) > (last.end.month, last.end.day))
        try:
            start, stop = first.replace(year=year), value.end.replace(year=year)
        except ValueError:  # Feb. 29 in a year without one
            continue
        timex = str(year) + value.timex[4:]
        moved = replace(
            value, timex=timex, start=start, end=stop, rule="range-end-year", anchor=None
        )
        out[i] = replace(mention, value=moved)
    return out


def _ordered_range(mentions: list[Mention], text: str) -> list[Mention]:
    """ "from mid-April to late September", "ran from April to September": a range of
    year-less dates ends after it starts.

    Each end is placed near the anchor on its own, which can put the end before the
    start; then a past clause moves the start a year back, any other the end a year on.
    """
    out = list(mentions)
    for i, (first, last) in enumerate(itertools.pairwise(mentions)):
        one, two = first.value, last.value
        if (
            not isinstance(one, DateValue)
            or not isinstance(two, DateValue)
            or first.kind is not Kind.DATE
            or last.kind is not Kind.DATE
            or not one.rule.endswith(_YEARLESS_RULES)
            or not two.rule.endswith(_YEARLESS_RULES)
            or one.start is None
            or two.start is None
            or two.start >= one.start
            or not _RANGE_TO.fullmatch(text, first.end, last.start)
        ):
            continue
        if sentence_tense(text, first.start, last.end) == "past":
            out[i] = replace(first, value=_year_on(one, -1))
        else:
            out[i + 1] = replace(last, value=_year_on(two, 1))
    return out


def _year_on(value: DateValue, step: int) -> DateValue:
    """The same year-less date or month in the year `step` years on."""
    start, end = value.start, value.end
    try:
        start = start.replace(year=start.year + step) if start else None
        end = end.replace(year=end.year + step) if end else None
    except ValueError:  # Feb. 29
        return value
    year = int(value.timex[:4]) + step
    return replace(
        value, timex=f"{year}{value.timex[4:]}", start=start, end=end, rule="range+" + value.rule
    )


def _second_day_of_month(mentions: list[Mention], text: str) -> list[Mention]:
    """ "on April 24 and 25", "Sept. 3 or 4": the bare number is a second day of that month.

    Only a later day of the same month counts ("April 24 and 12 others" is no date).
    """
    out: list[Mention] = []
    for mention in mentions:
        out.append(mention)
        value = mention.value
        if not isinstance(value, DateValue) or value.granularity is not Granularity.DAY:
            continue
        if value.start is None or value.start != value.end or "T" in value.timex:
            continue
        other = _DASH_MONTH_DAY.match(text, mention.end)
        if other is not None:
            # "April 30-May 1": the end is the first such day on or after the start
            start, end = other.span("date")
            if any(m.start < end and start < m.end for m in mentions):
                continue  # found on its own ("Dec. 28 – Jan. 3")
            parsed = parse_with_rule("month-day", text[start:end], value.start, tense="future")
            if parsed is not None and isinstance(parsed.value, DateValue):
                moved = replace(parsed.value, rule="and-day", anchor=value.anchor)
                surface = text[start:end]
                out.append(Mention(start=start, end=end, text=surface, kind=Kind.DATE, value=moved))
            continue
        follow = _AND_DAY.match(text, mention.end)
        if follow is None or int(follow.group("day")) <= value.start.day:
            continue
        try:
            day = value.start.replace(day=int(follow.group("day")))
        except ValueError:
            continue
        start, end = follow.span("num")
        if any(m.start < end and start < m.end for m in mentions):
            continue  # "April 24 and 25 March": the number has a month of its own
        out.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                kind=Kind.DATE,
                value=replace(value, timex=day.isoformat(), start=day, end=day, rule="and-day"),
            )
        )
    return out


def _day_next_to(mentions: list[Mention], text: str) -> list[Mention]:
    """ "(the) day before last Tuesday", "the day after Christmas": one day from that day.

    The span starts at "day", as TempEval marks it; "the day before" alone names no
    day and stays out (see `_next_day` in the grammar).
    """
    out: list[Mention] = []
    for mention in mentions:
        value = mention.value
        before = _DAY_BEFORE_AFTER.search(text, max(0, mention.start - 20), mention.start)
        if (
            before is not None
            and mention.kind is Kind.DATE
            and isinstance(value, DateValue)
            and value.start is not None
            and value.start == value.end
            and (not out or out[-1].end <= before.start())
        ):
            step = -1 if before.group(1).lower() == "before" else 1
            day = value.start + dt.timedelta(days=step)
            moved = replace(value, timex=day.isoformat(), start=day, end=day, rule="day-next-to")
            start = before.start()
            mention = Mention(
                start=start,
                end=mention.end,
                text=text[start : mention.end],
                kind=Kind.DATE,
                value=moved,
            )
        out.append(mention)
    return out


def _quarter_ended(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the quarter ended July 31": the three months before that day, valued as the
    calendar quarter holding most of them (May to July: the second quarter).

    A quarter with no ordinal is otherwise the last one before the anchor; a fiscal
    quarter that ends off the calendar's quarters would be a quarter off. An ordinal
    quarter ("its fourth quarter ended Aug. 26") keeps its own number.
    """
    out = list(mentions)
    for i, (mention, end) in enumerate(itertools.pairwise(mentions)):
        value, last = mention.value, end.value
        week = _week_ended(mention, end, text)
        if week is not None:
            out[i] = replace(mention, value=week)
            continue
        if (
            not _BARE_QUARTER.fullmatch(mention.text)
            or not isinstance(value, DateValue)
            or value.granularity is not Granularity.QUARTER
            or not isinstance(last, DateValue)
            or last.granularity not in (Granularity.DAY, Granularity.MONTH)
            or last.start is None
            or not _ENDED.fullmatch(text, mention.end, end.start)
        ):
            continue
        # the middle month of the three ending with that day's month
        month = (last.start.month - 2) % 12 + 1
        year = last.start.year - (last.start.month == 1)
        quarter = (month - 1) // 3 + 1
        span = (dt.date(year, 3 * quarter - 2, 1), _quarter_end(year, quarter))
        moved = replace(
            value,
            timex=f"{year}-Q{quarter}",
            start=span[0],
            end=span[1],
            rule="quarter-ended",
        )
        out[i] = replace(mention, value=moved)
    return out


def _week_ended(mention: Mention, end: Mention, text: str) -> DateValue | None:
    """ "the week ended March 9" (jobless claims, sales figures): the seven days up to
    that day, valued as the ISO week holding most of them."""
    value, last = mention.value, end.value
    if (
        not _BARE_WEEK.fullmatch(mention.text)
        or not isinstance(value, DateValue)
        or value.granularity is not Granularity.WEEK
        or not isinstance(last, DateValue)
        or last.granularity is not Granularity.DAY
        or last.start is None
        or not _ENDED.fullmatch(text, mention.end, end.start)
    ):
        return None
    middle = last.start - dt.timedelta(days=3)
    iso = middle.isocalendar()
    monday = middle - dt.timedelta(days=middle.weekday())
    return replace(
        value,
        timex=f"{iso.year}-W{iso.week:02d}",
        start=monday,
        end=monday + dt.timedelta(days=6),
        rule="week-ended",
    )


def _quarter_end(year: int, quarter: int) -> dt.date:
    month = 3 * quarter
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


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


def _resolve_against_earlier(
    mentions: list[Mention], text: str, earlier: Mention | None = None
) -> list[Mention]:
    """Expressions that count from the date told before them, not from the document date.

    "In June 1998 ... later that year" (an anaphor takes its unit from that date);
    "He was arrested on May 3 and charged the following day" (May 4). Without an
    earlier date fine enough for the unit, the document date stays the anchor.
    """
    out: list[Mention] = []
    reference: DateValue | None = None
    ref_end = 0
    if earlier is not None and _is_reference(earlier):
        assert isinstance(earlier.value, DateValue)
        reference, ref_end = earlier.value, earlier.end
    for mention in mentions:
        value = mention.value
        if isinstance(value, DateValue) and reference is not None:
            value = _from_reference(mention, value, reference)
            if mention.start - ref_end <= _NARRATIVE_REACH:
                value = _on_narrative_day(mention, value, reference, text)
                value = _in_year_told(mention, value, reference, text, ref_end)
            mention = replace(mention, value=value)
        if _is_reference(mention):
            assert isinstance(mention.value, DateValue)
            reference, ref_end = mention.value, mention.end
        out.append(mention)
    return out


# A month, or a month and day, written alone (not "last June", "June next year")
_BARE_MONTH = re.compile(
    rf"(?:(?:early|mid|late)[\s-]+)?(?:{'|'.join(n.capitalize() for n in MONTHS)})\.?"
    r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?",
    re.IGNORECASE,
)


# (no clause between: "a program approved in 1987, the firm bought shares through Sept.
# 29" is this year's Sept. 29)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]|\s[-–—]\s")


def _in_year_told(
    mention: Mention, value: DateValue, reference: DateValue, text: str, ref_end: int
) -> DateValue:
    """ "The plant opened in 2009 and in June hired 200 workers" (June 2009): a year-less
    month told after a written past year in its clause is in that year, not placed near
    the document date -- unless its clause looks ahead ("Sales fell in 2012 and a rebound
    is expected in June"). A year still to come dates some other event as often ("will
    climb to $17 in 2028 under a law signed on April 24"), so it is left alone."""
    year = reference.start.year if reference.start is not None else None
    if (
        year is None
        or reference.rule != "year"
        or reference.granularity is not Granularity.YEAR
        or value.start is None
        or value.end is None
        or value.start.year == year
        or not value.rule.endswith(_YEARLESS_RULES)
        or not _BARE_MONTH.fullmatch(mention.text)
        or ref_end < 0  # told in a paragraph before
        or _CLAUSE_BREAK.search(text, ref_end, mention.start)
        or value.anchor is None
        or year > value.anchor.year
        or sentence_tense(text, mention.start, mention.end) == "future"
    ):
        return value
    try:
        start, end = value.start.replace(year=year), value.end.replace(year=year)
    except ValueError:  # Feb. 29 in a year without one
        return value
    return replace(
        value, timex=str(year) + value.timex[4:], start=start, end=end, rule="earlier-date+year"
    )


# A time that recurs: "six patients a night", "every morning", "opens daily at 9".
_ROUTINE = re.compile(
    r"\b(?:(?:a|per|each|every) (?:night|day|evening|morning|afternoon)|nightly|daily)\b", re.I
)


def _on_narrative_day(
    mention: Mention, value: DateValue, reference: DateValue, text: str
) -> DateValue:
    """ "The shares fell Friday. Dealers sold in the morning ..." (Friday morning): a
    clock time or part of the day with no day of its own, told just after a day, is on
    that day -- unless its clause looks ahead ("trading resumes at 9 a.m. tomorrow") or
    tells a routine ("sees six patients a night between 10pm and 8am")."""
    day = reference.start
    if (
        day is None
        or day != reference.end
        or value.start is None
        or value.start == day
        or value.rule not in _BARE_DAY_TIMES
        or _DAY_WORD.search(mention.text)
        or sentence_tense(text, mention.start, mention.end) == "future"
        or _ROUTINE.search(text, *_sentence_bounds(text, mention.start, mention.end))
    ):
        return value
    suffix = value.timex.partition("T")[2]
    timex = f"{day.isoformat()}T{suffix}" if suffix else day.isoformat()
    return replace(value, timex=timex, start=day, end=day, rule="earlier-date+time")


def _from_reference(mention: Mention, value: DateValue, reference: DateValue) -> DateValue:
    if value.rule in ANAPHORIC_UNIT_RULES:
        return resolve_anaphor(value, reference) or value
    if _NARRATIVE_WEEKDAY.match(mention.text):
        # "Friday ... down from the previous Friday": the one before the day told last
        day = reference.start
        if day is None or day != reference.end:
            return value
        parsed = parse_with_rule("weekday-narrative", mention.text, day)
        if parsed is None:
            return value
        return replace(parsed.value, rule="earlier-date+" + parsed.value.rule)
    narrative = _NARRATIVE_RELATIVE.fullmatch(mention.text)
    ref_day = reference.start
    if narrative is None or ref_day is None or reference.granularity is None:
        return value
    unit = (narrative.group(1) or narrative.group(2) or "day").lower()
    grains = list(Granularity)
    if grains.index(reference.granularity) > grains.index(Granularity(unit)):
        return value
    rule = "unit-before" if narrative.group(2) else "next-day" if unit == "day" else "relative-unit"
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


def _clock_of_a_set(mentions: list[Mention], text: str) -> list[Mention]:
    """ "every Monday at 4 p.m.", "each evening at 7:30": the clock time of a recurring
    day, one SET ("XXXX-WXX-1T16:00"), not a time on the anchor's day."""
    out: list[Mention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        value = mention.value
        if (
            prev is not None
            and prev.kind is Kind.SET
            and isinstance(prev.value, DateValue)
            and _SET_DAY.fullmatch(prev.value.timex)
            and isinstance(value, DateValue)
            and value.rule in ("clock+anchor", "clock-past")
            and _SET_AT.fullmatch(text, prev.end, mention.start)
        ):
            day = prev.value.timex.partition("T")[0]
            clock = value.timex.partition("T")[2]
            merged = replace(prev.value, timex=f"{day}T{clock}", rule="set+clock")
            out[-1] = Mention(
                start=prev.start,
                end=mention.end,
                text=text[prev.start : mention.end],
                kind=Kind.SET,
                value=merged,
            )
            continue
        out.append(mention)
    return out


def _clock_before_named_day(mentions: list[Mention], text: str) -> list[Mention]:
    """ "10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)": the
    day written after a clock time, past a parenthesis that restates the time elsewhere.

    The clock rule takes a day written right after it ("9 a.m. Tuesday") but not one
    behind a parenthesis; without this the time would fall on the anchor's day.
    """
    out = list(mentions)
    for i, mention in enumerate(out):
        value = mention.value
        if not isinstance(value, DateValue) or value.rule not in _ANCHOR_DAY_CLOCKS:
            continue
        for later in out[i + 1 : i + 3]:
            day_value = later.value
            if not isinstance(day_value, DateValue):
                continue
            day = day_value.start
            if (
                day is None
                or day != day_value.end
                or day_value.rule in _ANCHOR_DAY_CLOCKS
                or not _PAREN_THEN_DAY.fullmatch(text, mention.end, later.start)
            ):
                continue
            clock = value.timex.partition("T")[2]
            # its own rule name, so a later re-parse of the bare time does not undo it
            moved = replace(
                value, timex=f"{day.isoformat()}T{clock}", start=day, end=day, rule="day+clock"
            )
            out[i] = replace(mention, value=moved)
            break
    return out


def _context_tense(rule: str, text: str, start: int, end: int, intent: bool) -> Tense:
    """The direction a weekday or year-less date reads in: its own words first, then the
    clause's verb (`sentence_tense`)."""
    if rule == "month-day":
        shifted = _SHIFT_BEFORE.search(text, max(0, start - 6), start)
        if shifted:
            # "last Oct. 23" (spanned from "Oct."): the word says which way, not the verb
            return "past" if shifted.group(1).lower() == "last" else "future"
    if intent:
        return "future"
    if _SINCE_BEFORE.search(text, max(0, start - 12), start):
        return "past"  # "since March", "ever since Monday": a start already behind
    possessive = _POSSESSIVE.match(text, end) if rule == "weekday" else None
    if possessive:
        # "Wednesday's ruling": an event told as done, whatever the clause's verb,
        # unless awaited ("ahead of Sunday's vote"); an event that is held on a day
        # ("Sunday's election") follows the verb ("will vote in Sunday's election")
        if _AWAITED_BEFORE.search(text, max(0, start - 30), start):
            return "future"
        noun = _NOUN_AFTER.match(text, possessive.end())
        if not noun or noun.group(1).lower() not in _AWAITED_NOUNS:
            return "past"
    if rule == "month-day" and _THE_BEFORE.search(text, max(0, start - 5), start):
        # "the Aug. 7 bombings": a date naming an event told as done, unless the noun
        # awaits it ("the Jan. 14 deadline")
        noun = _NOUN_AFTER.match(text, end)
        if noun and noun.group(1).lower() not in _AWAITED_NOUNS:
            return "past"
    if _COPULA_BEFORE.search(text, max(0, start - 12), start):
        # "the vote is on Tuesday", "the deadline is Friday", "the elections are in
        # November": an event that is on a day is still to come (one past "was")
        return "future"
    return sentence_tense(text, start, end, progressive=rule == "weekday")


def sentence_tense(text: str, start: int, end: int, *, progressive: bool = False) -> Tense:
    """The tense of the clause around text[start:end]: "past", "future" or None.

    The nearest verb cue on the left decides; failing that, the first on the right.
    A present progressive ("are meeting") counts only when `progressive` (for weekdays),
    and it or a present of a trip ("arrives") only with the date close after it.

    >>> sentence_tense("The court will rule on Monday.", 23, 29)
    'future'
    >>> sentence_tense("The court ruled on Monday.", 19, 25)
    'past'
    """
    s_start, s_end = _sentence_bounds(text, start, end)
    before = [c for c in _TENSE_CUES.finditer(text, s_start, start) if _is_verb(text, c)]
    after = (c for c in _TENSE_CUES.finditer(text, end, s_end) if _is_verb(text, c))
    # a progressive or a trip counts only with the date close after it, as its own time
    # ("are meeting on Friday", "visits Japan Monday"), not an object's ("are
    # investigating a shooting on Monday"); never from the right
    before = [c for c in before if _near_enough(text, c, start, progressive)]
    after = (c for c in after if not (c.group("progressive") or c.group("scheduled")))
    cue = before[-1] if before else next(after, None)
    if cue is None:
        # "has until Monday to pay": with no verb to go by, a deadline is still ahead
        return "future" if _UNTIL.search(text, max(0, start - 8), start) else None
    ahead = cue.group("future") or cue.group("progressive") or cue.group("scheduled")
    tense: Tense = "future" if ahead else "past"
    if tense == "past" and _DEADLINE.search(text, max(0, start - 12), start):
        return None  # "said it must leave by Jan. 14": a deadline need not be past
    return tense


def _near_enough(text: str, cue: re.Match[str], start: int, progressive: bool) -> bool:
    if cue.group("progressive") and not progressive:
        return False
    if cue.group("progressive") or cue.group("scheduled"):
        return _CLOSE_AFTER.fullmatch(text, cue.end(), start) is not None
    return True


def _is_verb(text: str, cue: re.Match[str]) -> bool:
    """A past cue after a determiner is an adjective ("a still unspecified date",
    "the proposed merger"), and a present one a plural noun ("his visits to Beijing in
    May", "the starts"), which say nothing of the clause's tense."""
    word = cue.group(0).lower()
    if _PRESENT_NOUNS.fullmatch(word):
        return not _DETERMINER_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
    if cue.group("future") or not word.endswith("ed"):
        return True
    if _STATE_BEFORE.search(text, max(0, cue.start() - 12), cue.start()):
        return False  # "is closed until Monday", "would stay closed": a state, no past
    return not _DETERMINER_BEFORE.search(text, max(0, cue.start() - 30), cue.start())


def _planned_before(text: str, start: int, end: int) -> bool:
    """The clause's verb cue before the date is a plan told in the past, whose date lies
    ahead of it: "planned a rally on Saturday", "was expected to vote Monday"."""
    s_start, _ = _sentence_bounds(text, start, end)
    before = [
        c
        for c in _TENSE_CUES.finditer(text, s_start, start)
        if _is_verb(text, c) and _near_enough(text, c, start, progressive=True)
    ]
    return bool(before) and _PLAN_CUE.match(before[-1].group(0)) is not None


def _is_deadline(text: str, start: int, value: object) -> bool:
    """A weekday, year-less date or month (with its clock time) that ends a stretch:
    "until Tuesday", "through January", "by 5 p.m. Friday"."""
    return (
        isinstance(value, DateValue)
        and value.rule in _DEADLINE_RULES
        and value.anchor is not None
        and _BY_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _announced_ahead(text: str, start: int, end: int) -> bool:
    """A bare weekday or year-less date after a cue that schedules it ("as soon as Tuesday")."""
    if re.match(r"(?:last|this|next|past)\b", text[start:end], re.IGNORECASE):
        return False
    return (
        _INTENT_BEFORE.search(text, max(0, start - 60), start) is not None
        or _EXTENDED_BEFORE.search(text, max(0, start - 90), start) is not None
    )


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
    after = _TITLE_AFTER.match(text, end)
    if not after:
        return False
    before = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    more = bool(before and before.group("lead")) or bool(after.group("more"))
    return before is not None and (len(words) > 1 or more)


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
    if _LONGER_PERIOD.search(text, s_start, s_end):
        return False  # "for the nine months, net rose ... from a year earlier": the year
    return _QUARTERLY.search(text, s_start, s_end) is not None


def _is_rate(text: str, start: int, end: int) -> bool:
    """ "a year" after an amount ("$2 million a year", "24 hours a day", "15 million
    instructions per second") is the unit of a rate, no TIMEX."""
    return (
        bool(_A_UNIT.fullmatch(text, start, end))
        and not _NOT_RATE_AFTER.match(text, end)
        and bool(_AMOUNT_BEFORE.search(text, max(0, start - 50), start))
    )


def _some_day_ahead(text: str, start: int, end: int) -> bool:
    """ "one day" between a modal (or "to") and a verb: "Islam will one day be", "hopes to
    one day run"; not "one day later", "for one day", "in one day"."""
    if not _ONE_DAY.fullmatch(text, start, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is None or before.group(1).lower() not in _MODALS:
        return False
    after = _WORD_AFTER.match(text, end, min(len(text), end + 20))
    return after is not None and after.group(1).lower() not in _NOT_VERB_AFTER


def _soon_ahead(text: str, start: int, end: int) -> bool:
    """ "soon" alone looks ahead ("will soon seek", "may soon grow"); not when it counts
    from another time ("soon after the vote", "as soon as Monday", "too soon") or
    tells a past ("was soon released", "soon became")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end, min(len(text), end + 30))
    prev = before.group(1).lower() if before else ""
    nxt = after.group(1).lower() if after else ""
    if prev in _SOON_NOT_BEFORE or nxt in _SOON_NOT_AFTER or text[end : end + 1] == "-":
        return False
    past = _TENSE_CUES.fullmatch(nxt) if nxt else None
    return past is None or not past.group("past")


# "-olds" after a span: an age group ("allowing 16-year-olds to vote", "18-month-olds").
_AGE_GROUP_AFTER = re.compile(r"-olds\b", re.IGNORECASE)


def _plausible(rule: str, text: str, start: int, end: int) -> bool:
    """Reject hits that are not dates: a bare four-digit count or label; "a while" or
    "some time" unless "for" leads ("for a while"); a march that is an event's name
    ("the March for Life", "the March on Washington"); "today's world", which means
    nowadays, not the day; and a quoted title ("This Week")."""
    if rule == "set-word" and _RATE_ADVERB.fullmatch(text, start, end):
        # "rose 20% annually", "10,000 units annually": the rate of an amount, as "$2
        # million a year" (`_is_rate`); "rallies held annually" is a set
        return not _AMOUNT_BEFORE.search(text, max(0, start - 50), start)
    if rule == "dawn":
        # "attacked at dawn", "from dawn to dusk", "before sunrise"; not "the dawn of an era"
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        return before is not None and before.group(1).lower() in _EDGE_PREPOSITIONS
    if rule == "season-fall":
        # "in the fall", "until the fall"; not "the fall in prices", "since the fall of"
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        return before is not None and before.group(1).lower() in _SEASON_PREPOSITIONS
    if rule == "reference" and text[start:end].lower() == "soon":
        return _soon_ahead(text, start, end)
    if rule == "weekday" and (
        _TITLE_AFTER_WEEKDAY.match(text, end) or _MAIL_ON.search(text, max(0, start - 8), start)
    ):
        return False  # "the Sunday Times", "The Mail on Sunday": a paper's name
    if (
        rule != "holiday"
        and _CAPITALIZED_TIME_WORD.search(text, start, end)
        and _NAME_WORD_AFTER.match(text, end)
    ):
        return False  # "the Evening Post", "the Early Years Foundation Stage": a name
    if not text[start:end].isdigit() and _WAR_NAME.match(text, end):
        return False  # "the Six-Day War", "the Hundred Years' War": a war's name
    if rule == "holiday" and text[start:end].lower().endswith("may day"):
        # "May Day" is the holiday; "in May day-to-day trading" is the month
        return text[start:end].endswith("May Day")
    if rule == "day-word" and _GENERIC_TODAY.match(text, start):
        return False
    if text[start:end] == "Today" and _NAME_BEFORE.search(text, max(0, start - 12), start):
        return False  # "USA Today", "VOA Today": a newspaper's or a program's name
    if (
        rule == "duration-bare"
        and text[start:end].istitle()
        and text[start:end].isalpha()
        and _TITLE_WORD_BEFORE.search(text, max(0, start - 30), start)
    ):
        return False  # a bare unit in a name: "the Orsley Hours", a manuscript
    if rule == "clock" and _HIGH_NOON.search(text, max(0, start - 5), end):
        return False  # "high noon": a showdown, not a clock time
    if _is_quoted_title(text, start, end):
        return False
    if rule == "month":
        if text[start:end] == "May" and _MODAL_MAY.match(text, end):
            # "May I ask ...", "May he rest in peace": the verb, at a sentence's start
            return not _SENTENCE_START.search(text, max(0, start - 3), start)
        named = _EVENT_MARCH.match(text, end) and _EVENT_BEFORE.search(
            text, max(0, start - 12), start
        )
        return not (text[start:end] == "March" and named)
    if rule == "vague-duration":
        return bool(_FOR_BEFORE.search(text, max(0, start - 5), start))
    if rule.startswith("duration") and _AGE_GROUP_AFTER.match(text, end):
        return False  # "16-year-olds": people of an age, not a length of time
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
