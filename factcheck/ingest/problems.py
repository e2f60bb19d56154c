"""What the format readers hand back besides text: metadata and problems."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.models import Severity


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found while reading; the caller adds the path to make a Diagnostic."""

    reason: str
    severity: Severity = Severity.ERROR
    line: int | None = None


class Skip(Exception):
    """Raised inside ingest when an input cannot be read; carries the reason."""

    def __init__(self, reason: str, severity: Severity = Severity.ERROR) -> None:
        super().__init__(reason)
        self.problem = Problem(reason, severity)


@dataclass(frozen=True, slots=True)
class Meta:
    """A document's own metadata, as found in front matter, <meta> tags or a JSONL record."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    date: dt.date | None = None


# A date, optionally followed by a time ("2025-08-27T10:00:00+03:00"); the date
# part is taken as written, in the publisher's own time zone, not moved to UTC.
_ISO_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?\s*\Z")


def parse_date(value: object) -> dt.date | None:
    """Return the date in a metadata value, or None when it holds none.

    Takes a `date`, a `datetime` (its date part) or a "YYYY-MM-DD" string,
    optionally with an ISO time after it.

    >>> parse_date("2025-08-27T09:00:00Z")
    datetime.date(2025, 8, 27)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:  # "2025-02-30" has the right shape but is no date
        return None


def bad_date(where: str, value: object) -> Problem:
    """The warning for a metadata date that is not a date; the date is then ignored."""
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    return Problem(
        f"{where} date {shown} is not a date (expected YYYY-MM-DD); ignored",
        Severity.WARNING,
    )


# A JSON or YAML escape such as "\ud800" can name half a surrogate pair, which no
# encoding can write: every output would fail on it.
_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATES_REPLACED = Problem(
    "unpaired surrogate escapes (like \\ud800) replaced by U+FFFD", Severity.WARNING
)


def without_surrogates(text: str) -> str:
    """`text` with each unpaired surrogate replaced by U+FFFD, one code point for one,
    so offsets into it do not move.

    >>> without_surrogates("a\\ud800b") == "a\\ufffdb"
    True
    """
    return _SURROGATE.sub("\ufffd", text)
