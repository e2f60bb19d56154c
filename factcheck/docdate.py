"""Infer an article's publication date (its DCT) from its own text when metadata gives none.

The evidence, strongest first:

1. a dateline: a full date alone near the top ("Aug. 27, 2025", "Published
   27 August 2025 10:41");
2. the latest dated statement in the article body ("said on Aug. 27",
   "signed ... on September 29, 2025"): news reports what has happened, so the
   article is from that day or shortly after. Dates in future-tense sentences
   do not count. A year-less date takes its year from the full dates in the
   body (never from photo captions), only when they agree on one year.

Page furniture is never evidence: everything after an end-of-article marker
("Read more", "News Feed", "Sources:", an author bio) is cut off, and photo
captions never count. When the year cannot be known, the answer is None:
never today's clock, never a file time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .extract.dates import find_dates, sentence_tense
from .models import DateValue, Kind

# Lines after which the page is no longer the article (teasers, feeds, bios, sources).
END_MARKERS: tuple[str, ...] = (
    r"read\s+more", r"news\s+feed", r"latest\s+news", r"more\s+stories", r"related(?:\s+\w+)?",
    r"see\s+also", r"see\s+all", r"sources?\s*:.*", r"references\s*:.*", r"recommended",
    r"you\s+may\s+also\s+like", r"most\s+read", r"trending", r"about\s+the\s+author",
    r"(?:[A-Z][\w'’.-]+\s+){1,3}is\s+an?\s+(?:[\w-]+\s+){0,3}(?:reporter|journalist|"
    r"correspondent|editor|writer|columnist)\b.*",
)  # fmt: skip
# Lines that describe a picture. A photo may be years old (an archive image in
# today's story), so its dates neither date the article nor lend it a year.
CAPTION_MARKERS: tuple[str, ...] = (
    r"photo\s*:", r"\(photo", r"photo\s+by", r"illustrative\s+photo", r"caption", r"image\s*:",
    r"pictured\s*:", r"file\s+photo", r"getty\s+images", r"\(illustration",
    r"\(source:[^)\n]*\)\s*$",  # "(Source: Agency)" closing a line
    r"\[[^\]\n]*/[^\]\n]*\]\s*$",  # a "[Photographer/Agency]" credit closing a line
    r"\([^()\n]*/[^()\n]*\)\s*$",  # a "(Photographer/Agency via Service)" credit
)  # fmt: skip
# A line that only carries the publication date.
DATELINE_PREFIX = r"(?:published|posted|updated|last\s+updated|date)?\s*:?\s*"

# [^\S\n], not \s: \s* would run over every following blank line from each line start,
# which is quadratic (a file of 50,000 empty lines took minutes).
_END = re.compile(
    r"^[^\S\n]*(?:" + "|".join(END_MARKERS) + r")[^\S\n]*$", re.IGNORECASE | re.MULTILINE
)
_CAPTION = re.compile(r"^.*(?:" + "|".join(CAPTION_MARKERS) + r").*$", re.IGNORECASE | re.MULTILINE)
_DATELINE = re.compile(
    r"^\s*" + DATELINE_PREFIX + r"(?P<date>[^\n]{6,40}?)\s*$", re.IGNORECASE | re.MULTILINE
)
# What may stand beside the date on a dateline: a clock time, a zone, punctuation.
_DATELINE_REST = re.compile(
    r"\d{1,2}:\d\d|\b(?:[ap]\.?m\.?|GMT|UTC|[ECMP][SD]T|at)\b|[\s,.|:()–—-]", re.IGNORECASE
)
_FULL_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_YEARLESS = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
DATELINE_LINES = 6


def infer_document_date(text: str) -> tuple[dt.date | None, str]:
    """The publication date an article's own text implies, and how it was found.

    >>> infer_document_date("Aug. 27, 2025\\n\\nThe minister said on Aug. 26 that ...")
    (datetime.date(2025, 8, 27), "dateline 'Aug. 27, 2025'")
    >>> infer_document_date("The minister said on Aug. 26 that talks failed.")[0] is None
    True
    """
    body = _article_body(text)
    found = _dateline(body)
    if found:
        return found
    captions = [m.span() for m in _CAPTION.finditer(body)]
    statements, years = _dated_statements(body, captions)
    if not statements:
        return None, "no dated statement in the article body"
    full = [(d, s) for d, s in statements if isinstance(d, dt.date)]
    yearless = [(d, s) for d, s in statements if not isinstance(d, dt.date)]
    if yearless and len(years) == 1:
        full += _with_year(yearless, next(iter(years)))
    elif yearless and not full:
        why = f"full dates disagree on the year {sorted(years)}" if years else "no full date"
        return None, f"dates without a year ('{yearless[-1][1]}'); {why}"
    best, surface = max(full, key=lambda item: item[0])
    return best, f"latest dated statement '{surface}'"


def _with_year(
    yearless: Sequence[tuple[dt.date | tuple[int, int], str]], year: int
) -> list[tuple[dt.date, str]]:
    """Year-less (month, day) statements dated in the one year the text gives."""
    out = []
    for month_day, surface in yearless:
        if isinstance(month_day, tuple):
            resolved = _safe_date(year, *month_day)
            if resolved is not None:
                out.append((resolved, surface))
    return out


def _article_body(text: str) -> str:
    """The text before the first end-of-article marker that follows some prose."""
    for marker in _END.finditer(text):
        if len(text[: marker.start()].strip()) >= 200:
            return text[: marker.start()]
    return text


def _dateline(body: str) -> tuple[dt.date, str] | None:
    """A line near the top that is only a full date (optionally "Published: ...", a time)."""
    head = "\n".join(body.lstrip().splitlines()[:DATELINE_LINES])
    for line in _DATELINE.finditer(head):
        mentions = find_dates(line.group("date"), None)
        if len(mentions) != 1 or not isinstance(mentions[0].value, DateValue):
            continue
        # The date must be the line's content, not a detail of a sentence or caption.
        rest = _DATELINE_REST.sub("", line.group("date").replace(mentions[0].text, ""))
        value = mentions[0].value
        if not rest and _FULL_DATE.match(value.timex[:10]) and value.start is not None:
            return value.start, f"dateline '{mentions[0].text}'"
    return None


def _dated_statements(
    body: str, captions: list[tuple[int, int]]
) -> tuple[list[tuple[dt.date | tuple[int, int], str]], set[int]]:
    """Day-precise dates stated in past or present tense, and the years of full dates."""
    statements: list[tuple[dt.date | tuple[int, int], str]] = []
    years: set[int] = set()
    for mention in find_dates(body, None):
        value = mention.value
        if mention.kind is not Kind.DATE or not isinstance(value, DateValue):
            continue
        in_caption = any(s <= mention.start < e for s, e in captions)
        if in_caption:
            continue
        if _FULL_DATE.match(value.timex) and value.start is not None:
            years.add(value.start.year)
        if sentence_tense(body, mention.start, mention.end) == "future":
            continue
        yearless = _YEARLESS.match(value.timex)
        if value.start is not None and _FULL_DATE.match(value.timex):
            statements.append((value.start, mention.text))
        elif yearless:
            statements.append(((int(yearless.group(1)), int(yearless.group(2))), mention.text))
    return statements, years


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
