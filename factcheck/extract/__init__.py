"""Turn documents into claims: find dates and figures, drop page furniture, read their context.

Finding is plain-text work (regex finders in `dates.py` and `numbers.py`); only
the sentences that hold a mention (each with the sentence before it, see `Segment`)
go through spaCy, which is where the time goes, so a page of boilerplate costs
nearly nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import time
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from ..boilerplate import Region, find_boilerplate, in_regions
from ..ingest import LineIndex
from ..lexicon import SAY
from ..models import Claim, DateValue, Document, Kind, Mention, Quantity, Value
from ..normalize.dates import parse_temporal
from .context import read_context
from .dates import find_dates, narrative_reference, reading_tense
from .numbers import find_numbers

if TYPE_CHECKING:  # spaCy is imported only when a paragraph is parsed (nlp.py)
    from spacy.tokens import Doc

# spaCy reads paragraphs; a pathological single-line "paragraph" is cut into
# windows so one document cannot blow up the parser's memory.
MAX_SEGMENT_CHARS = 3000

# "Olena (L), 39," or "Oleksandr, 45,": an age in apposition to a name.
_AGE_AFTER_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s*\([A-Z]\))?,\s*$")

# A photo caption tells its picture in the present: "Ana Ruiz, 52, walks her field".
_CAPTION_VERB = re.compile(r",\s+(?!(?:is|was|has|says|does)\b)[a-z]+s\b")
# A paragraph that ends as a sentence does (a caption often stops at its last word).
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_CAPTION_REACH = 600
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# "Ministry of Foreign Affairs (MFA)": an acronym defined in the text.
_ACRONYM = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and|on)\s+)*){2,8})\(([A-Z]{2,6})\)")


# A sentence ends at a full stop (and any closing quotes) before a space and a capital,
# unless the word is an abbreviation (see `_is_abbreviation`). The cut is cautious:
# one missed costs parse time only, one made inside a sentence could change its parse
# (so not at ! or ?, often inside a quotation: "``Liberty! Liberty!'' they chanted").
_SENTENCE_END = re.compile(r"\.+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z])")
_WORD_BEFORE = re.compile(r"[^\s\"“‘(\[]+$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms messrs mmes mme mlle dr st mt ft gen gens sen sens rep reps gov govs lt col"
    " capt sgt maj adm cmdr cpl pvt supt det insp prof rev hon jr sr pres"
    " inc corp ltd co no nos vs etc approx est dept univ ave blvd jan feb mar apr jun jul"
    " aug sep sept oct nov dec fig op vol art para sec ch pp".split()
)


@dataclass(frozen=True, slots=True)
class Segment:
    """The sentences of a paragraph (or window of one) that hold mentions, each with the
    sentence before it: only these are parsed.

    The context reader looks no further than a mention's sentence, but for a verbless
    fragment it takes the verb of the sentence before ("... tortured to death. September
    19 2022."); and the parse of a sentence's first words depends on the words before
    them (the parser's window), so with that sentence they parse as in the paragraph.
    """

    start: int
    end: int
    mentions: tuple[Mention, ...]
    paragraph: int = 0  # where its paragraph starts: reported speech is linked within one


def find_mentions(
    document: Document, *, repeated: Iterable[str] = (), deadline: float | None = None
) -> list[Mention]:
    """All dates and figures in the document's article text, outside page furniture.

    Temporal and numeric finders run independently; where their mentions
    overlap ("March 2022" holds the number 2022), the temporal one wins, and
    of two overlapping mentions of one family the longer wins. The finders see
    one paragraph (or window of a long one) at a time, so the cost stays linear
    in the text however long a line is. With a `deadline` (a time.monotonic()
    value), finding stops at the first window that starts after it; see
    `find_stopped_at`.
    """
    return _find(document, repeated, deadline, None)[0]


def find_stopped_at(
    document: Document,
    *,
    repeated: Iterable[str] = (),
    deadline: float | None = None,
    limit: int | None = None,
) -> tuple[list[Mention], int | None, bool]:
    """Like find_mentions, plus where finding stopped (or None) and whether `limit` stopped it.

    With a `limit`, at most that many mentions are kept: a page of nothing but
    figures would otherwise hold memory (and alignment time) in proportion to
    its length. Finding stops at the first mention over the limit.
    """
    return _find(document, repeated, deadline, limit)


def _find(
    document: Document, repeated: Iterable[str], deadline: float | None, limit: int | None
) -> tuple[list[Mention], int | None, bool]:
    text = document.text
    regions = find_boilerplate(text, repeated=repeated)
    furniture = _Cover(regions)
    mentions: list[Mention] = []
    told: Mention | None = None  # the last date told, for anaphors in later paragraphs
    for index, (start, end) in enumerate(_paragraphs(text)):
        # The first window is always read, so even a zero budget makes progress.
        if deadline is not None and index > 0 and time.monotonic() > deadline:
            return mentions, start, False
        if furniture.covers(start, end):
            continue  # whatever it holds would be dropped by _keep: not worth finding
        window = flowed(text[start:end])
        earlier = _shift(told, -start) if told else None
        dates = find_dates(window, document.date, earlier=earlier)
        reached = narrative_reference(dates, earlier)
        told = _shift(reached, start) if reached else None
        found = _merge(dates, find_numbers(window))
        # (each mention's text as the file has it: a wrapped line's break, not a space)
        shifted = [_shift(m, start, text) for m in found]
        mentions.extend(_keep(text, shifted, regions))
        if limit is not None and len(mentions) > limit:
            return mentions[:limit], mentions[limit].start, True
    return mentions, None, False


def _shift(mention: Mention, offset: int, text: str | None = None) -> Mention:
    start, end = mention.start + offset, mention.end + offset
    surface = mention.text if text is None else text[start:end]
    return dataclasses.replace(mention, start=start, end=end, text=surface)


class _Cover:
    """Whether a window lies wholly inside one region; O(log n) however many regions."""

    def __init__(self, regions: Iterable[Region]) -> None:
        ordered = sorted(regions, key=lambda r: r.start)
        self.starts = [r.start for r in ordered]
        self.reach = list(accumulate((r.end for r in ordered), max))  # furthest end so far

    def covers(self, start: int, end: int) -> bool:
        at = bisect_right(self.starts, start) - 1
        return at >= 0 and self.reach[at] >= end


def _keep(text: str, mentions: list[Mention], regions: list[Region]) -> list[Mention]:
    return [
        m
        for m in mentions
        if in_regions(regions, m.start, m.end) is None and not is_not_a_claim(text, m)
    ]


def is_not_a_claim(text: str, mention: Mention) -> bool:
    """Figures that are not facts to check: a person's age after their name in a photo
    caption, "one of", one speaker ("said one passenger"). (In a sentence of the story,
    "Greta Lindqvist, 56, told analysts" is an age to check like "the 58-year-old chief
    executive".)

    >>> from factcheck.models import Kind, Quantity
    >>> m = Mention(start=7, end=9, text="45", kind=Kind.COUNT, value=Quantity(low=45, high=45))
    >>> is_not_a_claim("Maria, 45, arrives with her son", m)
    True
    >>> is_not_a_claim("Maria, 45, arrived with her son.", m)
    False
    """
    if mention.kind.is_temporal:
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 6]
    if _AGE_AFTER_NAME.search(before) and after.startswith(",") and mention.text.isdigit():
        return int(mention.text) < 125 and (
            _in_a_caption(text, mention.start)
            or _CAPTION_VERB.match(text, mention.end, mention.end + 30) is not None
        )
    if mention.text.lower() != "one":
        return False
    # "one of", and one speaker: "said one passenger", "one resident told us"; and the
    # saying "one death is too many"
    return (
        after.lower().startswith(" of ")
        or _SAID_BEFORE.search(before) is not None
        or _SAYS_AFTER.match(text, mention.end) is not None
        or _TOO_MANY.match(text, mention.end) is not None
    )


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|recalled|complained)\s+$", re.I)
_TOO_MANY = re.compile(r"(?:\s+[a-z-]+)?\s+(?:is|was|would\s+be)\s+(?:one\s+)?too\s+many\b", re.I)
_SAYS_AFTER = re.compile(r"\s+[a-z-]+\s+(?:said|says|told|added)\b")


def _in_a_caption(text: str, at: int) -> bool:
    """Whether the paragraph holding offset `at` reads as a caption: no sentence's end."""
    window = max(0, at - _CAPTION_REACH)  # a caption is short: no need to look further back
    start = max((m.end() for m in _PARAGRAPH_BREAK.finditer(text, window, at)), default=window)
    end = _PARAGRAPH_BREAK.search(text, at, at + _CAPTION_REACH)
    stop = end.start() if end else min(len(text), at + _CAPTION_REACH)
    return not _SENTENCE_CLOSE.search(text, start, stop)


def is_age(mention: Mention) -> bool:
    """A person's or a thing's age: "71-year-old", "31 years old", "aged 74", "Rees, 24,"."""
    value = mention.value
    return (
        mention.kind is Kind.QUANTITY
        and isinstance(value, Quantity)
        and value.unit == "years"
        and value.rule.startswith("age")
    )


def boilerplate_regions(document: Document, *, repeated: Iterable[str] = ()) -> list[Region]:
    """The page furniture of one document (for reports and explanations)."""
    return find_boilerplate(document.text, repeated=repeated)


def _merge(temporal: Sequence[Mention], numeric: Sequence[Mention]) -> list[Mention]:
    # A frequency inside a measure is the measure's unit: "80 km per hour" is a speed.
    speeds = [(m.start, m.end) for m in numeric if m.kind is Kind.QUANTITY]
    temporal = [
        m
        for m in temporal
        if m.kind is not Kind.SET or not any(s <= m.start and m.end <= e for s, e in speeds)
    ]
    ranked = sorted(
        [*temporal, *numeric],
        key=lambda m: (0 if m.kind.is_temporal else 1, -(m.end - m.start), m.start),
    )
    starts: list[int] = []  # kept mentions, as sorted non-overlapping (start, end) intervals
    ends: list[int] = []
    kept: list[Mention] = []
    for mention in ranked:
        at = bisect_right(starts, mention.start)
        clear_left = at == 0 or ends[at - 1] <= mention.start
        clear_right = at == len(starts) or mention.end <= starts[at]
        if clear_left and clear_right:
            starts.insert(at, mention.start)
            ends.insert(at, mention.end)
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end))


def segments(text: str, mentions: Sequence[Mention]) -> list[Segment]:
    """Group mentions by the runs of consecutive sentences (of one paragraph) that hold them."""
    out: list[Segment] = []
    index = 0
    for start, end in _paragraphs(text):
        held = []
        while index < len(mentions) and mentions[index].start < end:
            if mentions[index].start >= start:
                held.append(mentions[index])
            index += 1
        if held:
            out.extend(_sentence_runs(text, start, end, held))
    return out


def _sentence_runs(text: str, start: int, end: int, held: list[Mention]) -> list[Segment]:
    """The runs of consecutive sentences of text[start:end] that hold the `held` mentions,
    or come right before one that does."""
    sentences = _sentences(text, start, end)
    keep = [False] * len(sentences)
    at = 0
    for mention in held:  # sorted by start
        while sentences[at][1] <= mention.start and at + 1 < len(sentences):
            at += 1
        last = at
        while last + 1 < len(sentences) and sentences[last + 1][0] < mention.end:
            last += 1  # a mention across a cut keeps the sentences it spans together
        for index in range(max(0, at - 1), last + 1):
            keep[index] = True
    runs: list[Segment] = []
    for index, (sentence_start, sentence_end) in enumerate(sentences):
        if keep[index] and index > 0 and keep[index - 1]:
            runs[-1] = dataclasses.replace(runs[-1], end=sentence_end)
        elif keep[index]:
            runs.append(Segment(sentence_start, sentence_end, (), start))
    return [
        dataclasses.replace(run, mentions=tuple(m for m in held if run.start <= m.start < run.end))
        for run in runs
    ]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], the spaces between them left out."""
    out = []
    at = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.start() > at and not _is_abbreviation(text, at, match.start()):
            out.append((at, match.end()))
            at = match.end()
            while at < end and text[at].isspace():
                at += 1
    out.append((at, end))
    return out


def _is_abbreviation(text: str, start: int, stop: int) -> bool:
    """Whether the full stop at `stop` closes an abbreviation or initial, not a sentence."""
    word = _WORD_BEFORE.search(text, start, stop)
    if word is None:
        return True  # a stop after a space or quote: not worth the risk
    letters = word.group()
    initial = len(letters) == 1 and letters.isalpha()  # "J. K. Rowling"
    return initial or "." in letters or letters.lower() in _ABBREVIATIONS


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: a line, or the lines of one wrapped paragraph."""
    start = line_start = 0
    for match in _LINE_BREAK.finditer(text):
        if not _runs_on(text, line_start, match.start(), match.end()):
            yield from _windows(text, start, match.start())
            start = match.end()
        line_start = match.end()
    yield from _windows(text, start, len(text))


# A line that cannot end a paragraph: its last word needs the next line.
_OPEN_END = re.compile(
    r"(?:[,;\-–—]|\b(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|as|than|"
    r"into|over|under|after|before|about|per|its|their|his|her|our|is|are|was|were|be|"
    r"been|has|have|had|will|would|said|which|who|that))$"
)
_MONTH_END = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$"
)
# A line that starts a block of its own: a list item, heading, table row or quotation.
_BLOCK_START = re.compile(r"[-*+•#>|]|\d+[.)]\s")


def _runs_on(text: str, line_start: int, line_end: int, next_start: int) -> bool:
    """Whether the line break at text[line_end:next_start] only wraps a paragraph.

    Hard-wrapped prose ("... 3,000km of new hedgerow by\n2030.") must be read as one
    sentence: cut at the wrap, the parse loses what the figure's clause says. A break
    is a wrap when the next line carries on in lower case ("by\nthe end of May"), or
    the line could not end there ("by\n2030", "Minister,\nAilsa", "March\n3"). A
    line ending in another capitalized word is left alone: a headline, a byline or a
    caption above the story's first line reads that way too.
    """
    line = text[line_start:line_end].strip()
    next_end = _LINE_BREAK.search(text, next_start)
    following = text[next_start : next_end.start() if next_end else len(text)].strip()
    if not line or not following or _BLOCK_START.match(following) or line[0] in "#|":
        return False
    lowered = line.lower()
    return (
        following[0].islower()
        or _OPEN_END.search(lowered) is not None
        # "reopened on March\n3, 2025": a month and its day
        or (following[0].isdigit() and _MONTH_END.search(lowered) is not None)
    )


def flowed(text: str) -> str:
    """The text with its line breaks as spaces, the same length: a paragraph's wrapped
    lines read as one line by the patterns and the parser, at the same offsets."""
    return text.replace("\r", " ").replace("\n", " ")


def _windows(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SEGMENT_CHARS:
        cut = text.rfind(". ", start, start + MAX_SEGMENT_CHARS)
        cut = cut + 2 if cut > start else start + MAX_SEGMENT_CHARS
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines: "Ministry of Foreign Affairs (MFA)" -> {"MFA": "..."}.

    Only definitions whose initials match the acronym are kept.
    """
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(text):
        long_form, short = match.group(1).strip(), match.group(2)
        words = long_form.split()
        for size in range(len(words), 0, -1):
            tail = words[-size:]
            initials = "".join(w[0] for w in tail if w[0].isupper())
            if initials == short:
                found.setdefault(short, " ".join(tail))
                break
    return found


def claims_from_segment(
    document: Document,
    segment: Segment,
    parsed: Doc,
    lines: LineIndex,
    aliases: Mapping[str, str],
) -> list[Claim]:
    """Build the claims of one parsed segment (ids are assigned later by the pipeline).

    Relative dates in reported speech are re-resolved afterwards, paragraph by paragraph
    (`reanchor_reported_speech`): a quotation and its speaker may stand in different segments.
    """
    claims = []
    for mention in segment.mentions:
        local_start, local_end = mention.start - segment.start, mention.end - segment.start
        context = read_context(
            parsed,
            local_start,
            local_end,
            temporal=mention.kind.is_temporal,
            aliases=aliases,
            age=is_age(mention),
            money=mention.kind is Kind.MONEY,
        )
        sentence = _sentence_text(parsed, local_start, local_end)
        value = _resolve_with_tense(mention, context.future, document.date)
        claims.append(
            Claim(
                id="",
                doc=document.id,
                kind=mention.kind,
                text=mention.text,
                start=mention.start,
                end=mention.end,
                line=lines.line(mention.start),
                sentence=sentence,
                value=value,
                measure=context.measure,
                event=context.event,
                attribution=context.attribution,
                key=context.key,
            )
        )
    return claims


def reanchor_reported_speech(claims: list[Claim], text: str) -> list[Claim]:
    """Resolve relative dates in reported speech against the date the words were said.

    In "Today the president signed the law," she wrote on September 29 the
    "today" is September 29, not the article's publication date. A relative
    date is re-resolved when a statement (event "say") dated to an exact day
    shares its sentence, or follows the quotation that holds it.
    """
    speeches = [
        c
        for c in claims
        if c.key.event == SAY
        and (_exact_day(c.value) or _yearless_day(c.value))
        and not _said_now(c.sentence)
    ]
    if not speeches:
        return claims
    out = []
    for claim in claims:
        speech = _speech(claim, speeches, text)
        value = claim.value
        if speech is None or not isinstance(value, DateValue) or claim.key.event == SAY:
            out.append(claim)
            continue
        said = speech.value
        assert isinstance(said, DateValue)
        if said.start is not None and _is_relative(value):
            claim = _resolve_again(claim, said.start)
        elif said.start is None and value.start is None and value.timex.startswith("XXXX-XX"):
            # Neither year is known ("today", she wrote on September 29): the day still is.
            claim = _resolve_without_year(claim, said.timex)
        out.append(claim)
    return out


# A statement in the present ("officials say", "she tells") is made at the document date;
# a date in its sentence dates another event ("With the rifle found 11 days ago, the
# police say they will act next week"), not the words.
_PRESENT_SPEECH = re.compile(
    r"(?<!\bto\s)\b(?:says?|tells?|writes?|argues?|insists?)\b", re.IGNORECASE
)
_PAST_SPEECH = re.compile(r"\b(?:said|told|wrote|argued|insisted|added)\b", re.IGNORECASE)


def _said_now(sentence: str) -> bool:
    return bool(_PRESENT_SPEECH.search(sentence)) and not _PAST_SPEECH.search(sentence)


def _yearless_day(value: Value) -> bool:
    return isinstance(value, DateValue) and re.fullmatch(r"XXXX-\d\d-\d\d", value.timex) is not None


def _resolve_without_year(claim: Claim, said: str) -> Claim:
    """Resolve "today"/"yesterday" against a year-less day, keeping the year unknown."""
    month, day = int(said[5:7]), int(said[8:10])
    parsed = parse_temporal(claim.text, dt.date(2000, month, day))  # a leap year: Feb 29 exists
    if parsed is None or parsed.value.start is None or parsed.value.start != parsed.value.end:
        return claim
    value = dataclasses.replace(
        parsed.value,
        timex="XXXX" + parsed.value.timex[4:],
        start=None,
        end=None,
        anchor=None,
        rule=parsed.value.rule + "+reported-speech",
    )
    return dataclasses.replace(claim, value=value)


def _exact_day(value: Value) -> bool:
    return isinstance(value, DateValue) and value.start is not None and value.start == value.end


def _speech(claim: Claim, speeches: list[Claim], text: str) -> Claim | None:
    """The dated statement whose words hold `claim` (same sentence, or right after its quote)."""
    quote_end = _closing_quote(text, claim.end)
    for speech in speeches:
        in_sentence = speech.sentence == claim.sentence
        after_quote = quote_end is not None and quote_end <= speech.start <= quote_end + 200
        if (in_sentence or after_quote) and isinstance(speech.value, DateValue):
            return speech
    return None


def _closing_quote(text: str, offset: int) -> int | None:
    """Where the quotation holding `offset` closes, if it lies inside one on its line."""
    line_start = max(text.rfind("\n", 0, offset) + 1, 0)
    opened = text.rfind("“", line_start, offset)
    if opened < 0 or text.rfind("”", opened, offset) >= 0:
        return None
    closed = text.find("”", offset)
    line_end = text.find("\n", offset)
    return closed if closed >= 0 and (line_end < 0 or closed < line_end) else None


def _resolve_with_tense(mention: Mention, future: bool | None, anchor: dt.date | None) -> Value:
    """Re-resolve a relative date when the parse shows its verb's tense.

    The finder guesses the direction from words near the date; the parse knows
    which verb the date belongs to ("said on Tuesday that it will reopen" is the
    past Tuesday).
    """
    value = mention.value
    if future is None or not isinstance(value, DateValue) or value.anchor is None:
        return value
    parsed = parse_temporal(mention.text, anchor, future=future)
    # The finder may have read the text with a rule its context chose ("a year ago" in
    # earnings news is a quarter); a re-parse by another rule would undo that reading.
    if parsed is None or parsed.value == value or _rule_family(parsed.value) != _rule_family(value):
        return value
    direction = "+future" if future else "+past"
    return dataclasses.replace(parsed.value, rule=parsed.value.rule + direction)


def _rule_family(value: DateValue) -> str:
    return value.rule.split("+")[0]


def _is_relative(value: DateValue) -> bool:
    """Resolved from the anchor itself ("today", "last week"), not just given its year."""
    return value.anchor is not None and "year" not in value.rule.split("+")[-1]


def _resolve_again(claim: Claim, anchor: dt.date) -> Claim:
    # (in the direction it was read in from the document date: "would resume Thursday")
    parsed = parse_temporal(claim.text, anchor, tense=reading_tense(claim.value))
    original = claim.value
    # As in `_resolve_with_tense`: a re-parse of the bare text by another rule would
    # undo a reading the finder made from context ("Thursday at 10 p.m.").
    if parsed is None or (
        isinstance(original, DateValue) and _rule_family(parsed.value) != _rule_family(original)
    ):
        return claim
    value = dataclasses.replace(parsed.value, rule=parsed.value.rule + "+reported-speech")
    return dataclasses.replace(claim, value=value)


def _sentence_text(parsed: Doc, start: int, end: int) -> str:
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return parsed.text.strip()
    return span.sent.text.strip()
