"""Find page furniture in an article's text: the parts whose dates and figures are not claims.

Scraped articles carry read-time labels, photo captions repeated twice, author
bios, donation appeals, "related story" teasers and source lists. Their numbers
("2 min read", "millions of feeds") and dates (a teaser about another story)
must not be cross-checked. This module works on plain text and returns the
character ranges to leave out, each with the reason, so a report can say why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A line that is only one of these is a page control, not prose.
UI_LINE = re.compile(
    r"^\s*(?:\d+\s*min(?:ute)?s?\s+read|read\s+more|show\s+more|see\s+all|load\s+more|share|"
    r"news\s+feed|latest\s+news|related(?:\s+(?:articles?|stories|news))?|more\s+stories|"
    r"advertisement|avatar|captcha\s*\*?|subscribe|sign\s+up|category|authors?|"
    r"do\s+you\s+like\s+this\s+article\??|was\s+this\s+article\s+helpful\??)\s*$",
    re.IGNORECASE,
)

# Lines after which the rest of the page is not the article (teasers, bios, feeds).
END_OF_ARTICLE = re.compile(
    r"^\s*(?:read\s+more|news\s+feed|see\s+all|related(?:\s+\w+)?|more\s+stories|"
    r"do\s+you\s+like\s+this\s+article\??|sources?\s*:|references\s*:)\s*$",
    re.IGNORECASE,
)

# A link to another story ("Read next: Storm closes ports on May 3"): not this story's dates.
TEASER_LINE = re.compile(
    r"^\s*(?:read\s+(?:next|also|more)|also\s+read|see\s+also|related(?:\s+story)?|up\s+next|"
    r"recommended|more\s+on\s+this(?:\s+story)?|watch|listen)\s*[:|–—]\s*\S",
    re.IGNORECASE,
)

# A line that only dates the page ("Published 10 July 2025 · 3 min read", "Updated:
# 14:02, March 3"): when the page went up, not a date of the story. Short, and not
# ending a sentence ("Published figures show ... last year.").
DATELINE_LINE = re.compile(
    r"^\s*(?:first\s+)?(?:published|posted|updated|last\s+updated)\s*(?::|\bon\b|\bat\b)?\s*"
    r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))"
    r"(?=[^\n]*\d)[^!?\n]{0,60}(?<![a-z]{3}\.)$",
    re.IGNORECASE,
)

# A paragraph asking readers for money or attention.
APPEAL = re.compile(
    r"\b(?:your\s+support|support\s+us|help\s+us|donate|donation|subscribe\s+to|become\s+a\s+(?:member|patron))\b",
    re.IGNORECASE,
)

# "<Name> is a reporter at ...": an author bio.
BIO = re.compile(
    r"^\s*(?:[A-Z][\w'’.-]+\s+){1,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:reporter|journalist|correspondent|editor|writer|columnist|contributor|analyst)\b"
)

# Prose ends with one of these; a paragraph that stops mid-sentence after the
# article proper is a truncated teaser.
_SENTENCE_END = tuple(".!?\"'”’)…:")


@dataclass(frozen=True, slots=True)
class Region:
    """A range of the text that is not article prose, and why."""

    start: int
    end: int
    reason: str


def find_boilerplate(text: str, *, repeated: Iterable[str] = ()) -> list[Region]:
    """Return the ranges of `text` that are page furniture, sorted by start.

    `repeated` holds paragraphs (stripped) known to recur verbatim across other
    documents of the same outlet, such as a donation footer.

    >>> [r.reason for r in find_boilerplate("Body text.\\n2 min read\\n")]
    ['page control']
    """
    repeated_set = frozenset(repeated)
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    tail_start = _tail_start(text, lines)
    regions: list[Region] = []
    seen: set[str] = set()
    for start, end in lines:
        line = text[start:end].strip()
        reason = _line_reason(line, repeated_set)
        if not reason and line in seen:
            reason = "repeats an earlier line (doubled caption or headline)"
        seen.add(line)
        if tail_start is not None and start >= tail_start:
            reason = reason or "after the end of the article (teaser, bio or feed)"
        if reason:
            regions.append(Region(start, end, reason))
    return regions


def in_regions(regions: Sequence[Region], start: int, end: int) -> Region | None:
    """The region that overlaps [start, end), if any (regions sorted, few: a scan is enough)."""
    for region in regions:
        if region.start < end and start < region.end:
            return region
    return None


def _line_reason(stripped: str, repeated: frozenset[str]) -> str | None:
    if UI_LINE.match(stripped):
        return "page control"
    if TEASER_LINE.match(stripped):
        return "link to another story"
    if DATELINE_LINE.match(stripped):
        return "the page's dateline"
    if BIO.match(stripped):
        return "author bio"
    if APPEAL.search(stripped) and len(stripped) < 400:
        return "appeal to readers"
    if stripped in repeated:
        return "repeated on other pages of the outlet"
    return None


def _tail_start(text: str, lines: Sequence[tuple[int, int]]) -> int | None:
    """Where trailing furniture begins, in the second half of the page.

    Either an end-of-article marker ("Read more", "Sources:") or a teaser: a
    prose paragraph cut off mid-sentence, together with the headline above it.
    """
    if len(lines) < 4:
        return None
    midpoint = lines[-1][1] // 2
    for index, (start, end) in enumerate(lines):
        if start < midpoint:
            continue
        line = text[start:end].strip()
        if END_OF_ARTICLE.match(line):
            return start
        if len(line) > 120 and not line.endswith(_SENTENCE_END) and index > 0:
            previous_start, previous_end = lines[index - 1]
            headline = text[previous_start:previous_end].strip()
            is_headline = len(headline) < 150 and not headline.endswith(_SENTENCE_END)
            return previous_start if is_headline else start
    return None


def _lines(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)
