"""The data model: plain frozen records handed from one pipeline stage to the next.

Nothing here imports spaCy, rich or typer, or does I/O, so every later stage
(normalize, align, compare, render) can be tested with plain values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What a claim states: a temporal expression or a figure (SPEC "A claim")."""

    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    SET = "set"
    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    RATIO = "ratio"
    QUANTITY = "quantity"

    @property
    def is_temporal(self) -> bool:
        return self in TEMPORAL_KINDS


TEMPORAL_KINDS = frozenset({Kind.DATE, Kind.TIME, Kind.DURATION, Kind.SET})
NUMERIC_KINDS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.RATIO, Kind.QUANTITY})


class Granularity(StrEnum):
    """How much of the calendar a temporal value pins down, finest first."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Verdict(StrEnum):
    """The judgement on one cluster (SPEC "Verdicts"), most severe first."""

    CONFLICT = "conflict"
    COMPATIBLE = "compatible"
    AGREE = "agree"
    SINGLE = "single"


class DateSource(StrEnum):
    """Where a document's publication date came from (SPEC `date_source`)."""

    METADATA = "metadata"
    OPTION = "option"
    INFERRED = "inferred"
    NONE = "none"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, kw_only=True)
class DateValue:
    """A normalized temporal expression: a TIMEX3 value plus the interval it covers.

    `start`/`end` are the first and last day covered, or None when unknowable
    (a bare duration, or a date whose year the text does not give, e.g. timex
    "XXXX-08-27"). `rule` names the grammar rule that produced the value and
    `anchor` the date a relative expression was resolved against (None for
    absolute expressions), so an explanation can say how the value was obtained.
    """

    timex: str
    start: dt.date | None
    end: dt.date | None
    granularity: Granularity | None
    approx: bool = False
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
    rule: str = ""
    anchor: dt.date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A normalized figure with its bounds; a range is never averaged.

    An exact figure has low == high. "more than 200" is low=200,
    low_inclusive=False, high=None. `unit` is "%" for percentages, an ISO 4217
    code for money, a unit name ("times", "km") or None for plain counts.
    """

    low: float | None
    high: float | None
    unit: str | None = None
    approx: bool = False
    low_inclusive: bool = True
    high_inclusive: bool = True
    rule: str = ""

    @property
    def is_exact(self) -> bool:
        return self.low is not None and self.low == self.high and not self.approx


Value = DateValue | Quantity


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A date or figure found in plain text, before any parse context is attached.

    Offsets are `str` indices into the text the finder was given.
    """

    start: int
    end: int
    text: str
    kind: Kind
    value: Value


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimKey:
    """The parts of a claim's context that decide whether two claims state the same fact.

    All parts are normalized (lemmas, casefolded, stop words dropped) by extract.
    `subjects` are the named entities the claim is about (its clause's actors and
    the measured noun's modifiers); `event` the governing verb lemma (or a
    nominalized event noun); `measure` the content words of what is counted or dated.
    `time_ref` is set when the sentence time-stamps a figure ("as of May"), or marks it
    as a count under way (PROVISIONAL) or the present level (CURRENT, "currently 4%").
    `places` are the proper names of where it happens, from the measured phrase and
    the clause's "in/at ..." phrases, without generic heads ("county", "city").
    `per` is the noun a rate is written per ("$48 a share", "year" for "annually"), None
    for a plain figure. A vote tally's count measures ("favour", "vote") or ("against",
    "vote"); a span that is a distance from an event ("30 days after", "two weeks later")
    starts its `event_args` with that word; a span that is how long a happening lasted
    ("47 days of talks", "the talks lasted 47 days") has event "last" and the happening
    as its `event_args`.
    """

    measure: tuple[str, ...] = ()
    measure_head: str | None = None  # the counted noun itself ("toll" in "death toll from ...")
    event: str | None = None
    event_args: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    negated: bool = False
    time_ref: str | None = None
    # `time_ref` is only the date of the figure's own act ("evacuated 340 people on
    # Tuesday"), not a moment of a count stamped "as of" or "by" a day
    act_date: bool = False
    places: tuple[str, ...] = ()  # named places the claim is about ("kell" in "in Kell County")
    per: str | None = None  # what a rate is per: "share" in "$48 a share"
    actors: tuple[str, ...] = ()  # the proper names among `subjects` ("marin")
    hedged: bool = False  # said to be possible, not stated: "could shed 400 jobs"
    told_once: bool = False  # the only value its document gives this act (discourse.py)
    counted_once: bool = False  # the only figure its document gives this counted noun
    # the only length (weight, area, speed ...) its document gives (discourse.py)
    measured_once: bool = False
    # an earlier occurrence or version ("last erupted", "original plans"), or another one:
    # compared against ("larger than the 1998 hoard, which held 96 objects", "a smaller
    # outage in 2024") or in a neighbouring place ("in neighbouring Estrel, losses were 24%")
    earlier: bool = False
    part: bool = False  # a part of a group counted elsewhere: "six of the injured"
    change: bool = False  # a share by which a level moved: "sales rose 3.2%", "down 2.4%"


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One dated claim or figure, located in its document (SPEC "A claim")."""

    id: str
    doc: str
    kind: Kind
    text: str
    start: int
    end: int
    line: int
    sentence: str
    value: Value
    measure: str | None = None
    event: str | None = None
    attribution: str | None = None
    key: ClaimKey = field(default_factory=ClaimKey)

    @property
    def unit(self) -> str | None:
        """The figure's unit ("%", "USD", "km", "years"); None for a date or a plain count."""
        return self.value.unit if isinstance(self.value, Quantity) else None

    def with_key(self, **changes: Any) -> Claim:
        """This claim with some parts of its key changed: `claim.with_key(told_once=True)`."""
        return replace(self, key=replace(self.key, **changes))

    def places_in_sentence(self) -> Iterator[int]:
        """Where the claim's text stands in its sentence, first to last (a sentence may
        hold it twice, and only the words around it tell which one it is)."""
        at = self.sentence.find(self.text)
        while at >= 0:
            yield at
            at = self.sentence.find(self.text, at + 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceComment:
    """A markup comment (`<!-- ... -->`) in a document: never article text, but it may
    carry a directive (`factcheck: ignore`).

    `line` is its 1-based line in the file. `start`/`end` index the document's
    text: the comment itself in a Markdown body; for HTML, whose text drops
    comments, both are the offset of the paragraph that follows the comment.
    """

    text: str
    line: int | None
    start: int
    end: int
    # The span of the paragraph after the comment (what a directive silences), kept
    # here so it is known once the document's text is released (`Document.without_text`).
    paragraph: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class TextFingerprint:
    """What a run keeps of a document's text after extraction: enough to find it in its file."""

    length: int
    sha1: str

    @classmethod
    def of(cls, text: str) -> TextFingerprint:
        return cls(len(text), hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest())

    def matches(self, text: str) -> bool:
        return len(text) == self.length and TextFingerprint.of(text) == self


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One article as read: its text (offsets index it as is) and metadata.

    A run streams documents through extraction and then keeps each one
    `without_text`: `text` is "" and `released` fingerprints what it was.
    """

    id: str
    path: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    date: dt.date | None = None
    date_source: DateSource = DateSource.NONE
    date_note: str | None = None  # how an inferred date was found, or why none was
    comments: tuple[SourceComment, ...] = ()  # .md and .html only
    released: TextFingerprint | None = None  # set once the text is dropped

    def without_text(self) -> Document:
        """This document with its text dropped (memory that grows with the corpus)."""
        if self.released is not None:
            return self
        return replace(self, text="", released=TextFingerprint.of(self.text))


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """A problem with one input, reported as `path[:line]: reason` and never fatal."""

    path: str
    reason: str
    line: int | None = None
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """Why two claims were grouped: the key parts they share, and the link's score."""

    claims: tuple[str, str]
    reason: str
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """How one claim's value was read for the verdict: the interval it may cover."""

    claim: str
    value: str  # the value in short ("more than 200", "2025-08 (2025-08-21..2025-08-31)")
    interval: str  # what it may mean, tolerances included: "(200, ∞)", "[2025-08-21, 2025-08-31]"
    time_ref: str | None = None  # the date a figure is stamped with ("as of May")


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    """One sentence's asserted ratio between two of its figures, checked within rounding."""

    id: str
    doc: str
    line: int
    claims: tuple[str, str, str]  # the multiplier, the larger figure, the smaller figure
    consistent: bool
    explanation: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Cluster:
    """Claims that state the same fact, with the verdict and why.

    `grouping` says why the claims were grouped (shared key parts and scores);
    `explanation` says why this verdict (the values compared).
    """

    id: str
    kind: Kind
    label: str
    verdict: Verdict
    claims: tuple[str, ...]
    sources: int
    explanation: str
    grouping: str = ""
    links: tuple[Link, ...] = ()  # the pairs that joined the cluster, strongest first
    readings: tuple[Reading, ...] = ()  # each claim's value as an interval, as compared
    decisive: tuple[str, ...] = ()  # the claims that decided the verdict (a conflict's two sides)


class SuppressionKind(StrEnum):
    """What silenced a conflict: an accepted baseline entry or an inline comment."""

    BASELINE = "baseline"
    INLINE = "inline"


@dataclass(frozen=True, slots=True, kw_only=True)
class Suppression:
    """A conflict cluster that is reported but does not fail the run, and why."""

    cluster: str
    kind: SuppressionKind
    reason: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """The result of a run: everything sorted, so output is deterministic."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    clusters: tuple[Cluster, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    checks: tuple[Check, ...] = ()  # each sentence's asserted arithmetic ("140 times more than")

    def count(self, verdict: Verdict) -> int:
        return sum(1 for c in self.clusters if c.verdict == verdict)

    @property
    def has_conflict(self) -> bool:
        return any(c.verdict == Verdict.CONFLICT for c in self.clusters)

    def suppression(self, cluster_id: str) -> Suppression | None:
        """Why the cluster's conflict is silenced, or None."""
        return next((s for s in self.suppressions if s.cluster == cluster_id), None)

    @property
    def open_conflicts(self) -> tuple[Cluster, ...]:
        """The conflicts that fail a run: those no baseline or inline comment silences."""
        silenced = {s.cluster for s in self.suppressions}
        return tuple(
            c for c in self.clusters if c.verdict == Verdict.CONFLICT and c.id not in silenced
        )


def compact(claims: list[Claim]) -> list[Claim]:
    """The claims of one document with their strings shared: a sentence stated once for
    all its claims, and the other strings (words of a key, a measure, a claim's text)
    interned across the run. The claims are equal to what they were; a run keeps
    every claim until it is reported, so this is most of what its memory grows by.
    """
    sentences: dict[str, str] = {}

    def words(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sys.intern(w) for w in items)

    def short(text: str | None) -> str | None:
        return None if text is None else sys.intern(text)

    kept = []
    for c in claims:
        k = c.key
        key = replace(
            k,
            measure=words(k.measure),
            measure_head=short(k.measure_head),
            event=short(k.event),
            event_args=words(k.event_args),
            subjects=words(k.subjects),
            places=words(k.places),
            actors=words(k.actors),
        )
        kept.append(
            replace(
                c,
                doc=sys.intern(c.doc),
                text=sys.intern(c.text),
                sentence=sentences.setdefault(c.sentence, c.sentence),
                measure=short(c.measure),
                event=short(c.event),
                attribution=short(c.attribution),
                key=key,
            )
        )
    return kept
