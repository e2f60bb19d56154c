"""Compose the stages: ingest → date → extract → align → compare → Report.

The library entry points live here; the CLI is one client of them. Nothing
here prints or exits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .align import align
from .compare import judge
from .config import is_excluded
from .docdate import infer_document_date
from .errors import ConfigError
from .extract import (
    Segment,
    acronyms,
    claims_from_segment,
    find_stopped_at,
    segments,
)
from .ingest import LineIndex, iter_documents, line_of
from .models import (
    Claim,
    Cluster,
    DateSource,
    Diagnostic,
    Document,
    Report,
    Severity,
    Verdict,
)
from .nlp import load_pipeline
from .settings import PLAUSIBLE_YEARS, Settings, plausible_date

# Called after each document is extracted (for progress bars): (done, total or None).
Progress = Callable[[int], None]

# The share of a page, from its end, where an outlet's repeated footer may stand.
FOOTER_SHARE = 0.3

# Severity order for listing clusters: conflicts first, singles last.
_VERDICT_ORDER = {Verdict.CONFLICT: 0, Verdict.COMPATIBLE: 1, Verdict.AGREE: 2, Verdict.SINGLE: 3}


def read(
    paths: Sequence[str | Path], settings: Settings = Settings()
) -> tuple[list[Document], list[Diagnostic]]:
    """Read and date every document under `paths` (sorted by id); problems become diagnostics."""
    documents: list[Document] = []
    diagnostics: list[Diagnostic] = []
    for item in iter_documents(paths, default_date=settings.doc_date, max_bytes=settings.max_bytes):
        if is_excluded(item.path, settings.exclude, settings.exclude_root):
            continue  # files the project's config excludes: neither read nor reported
        if isinstance(item, Diagnostic):
            diagnostics.append(item)
            continue
        if item.date is not None and not plausible_date(item.date):
            reason = f"publication date {item.date} is implausible; ignored"
            diagnostics.append(Diagnostic(path=item.path, reason=reason, severity=Severity.WARNING))
            item = dataclasses.replace(item, date=None, date_source=DateSource.NONE)
        documents.append(date_document(item))
    documents.sort(key=lambda d: d.id)
    return documents, diagnostics


def date_document(document: Document) -> Document:
    """Give a document without metadata or option date an inferred one (or say why none)."""
    if document.date is not None:
        return document
    date, note = infer_document_date(document.text)
    source = DateSource.INFERRED if date is not None else DateSource.NONE
    return dataclasses.replace(document, date=date, date_source=source, date_note=note)


def extract(
    documents: Sequence[Document],
    settings: Settings = Settings(),
    progress: Progress | None = None,
    diagnostics: list[Diagnostic] | None = None,
) -> list[Claim]:
    """Every claim of every document, numbered c1.. in document and text order.

    A document whose extraction runs past `settings.max_seconds_per_document`
    keeps the claims read so far; a warning saying where reading stopped is
    appended to `diagnostics` (when given).
    """
    nlp = load_pipeline(settings.model)
    repeated = _repeated_paragraphs(documents)
    jobs: list[tuple[Document, Segment]] = []
    budget = _Budget(settings.max_seconds_per_document)
    for document in documents:
        mentions, stopped_at = find_stopped_at(
            document,
            repeated=repeated.get(document.source or "", ()),
            deadline=budget.start(document),
        )
        if stopped_at is not None:
            budget.stop(document, stopped_at)
        jobs.extend((document, seg) for seg in segments(document.text, mentions))
    # A generator, so nlp.pipe asks for each segment only when it is about to parse
    # it: a document over its budget then costs no more parsing.
    texts = (
        (doc.text[seg.start : seg.end], index)
        for index, (doc, seg) in enumerate(jobs)
        if budget.allows(doc, seg)
    )
    claims: list[Claim] = []
    lookups: dict[str, LineIndex] = {}
    aliases: dict[str, dict[str, str]] = {}
    done_docs: set[str] = set()
    for parsed, index in nlp.pipe(texts, as_tuples=True, batch_size=settings.batch_size):
        document, segment = jobs[index]
        if document.id not in lookups:
            lookups[document.id] = LineIndex(document.text)
            aliases[document.id] = acronyms(document.text)
        claims.extend(
            claims_from_segment(
                document, segment, parsed, lookups[document.id], aliases[document.id]
            )
        )
        if progress is not None and document.id not in done_docs:
            done_docs.add(document.id)
            progress(len(done_docs))
    if diagnostics is not None:
        diagnostics.extend(budget.diagnostics())
    return number_claims(claims)


class _Budget:
    """Per-document wall-clock budget for extraction; remembers where each document stopped."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started: dict[str, float] = {}
        self.stopped: dict[str, tuple[float, int]] = {}  # id -> (seconds spent, first unread line)
        self.find_stopped: dict[str, tuple[float, int]] = {}  # the same, for the finding step

    def start(self, document: Document) -> float:
        """The deadline for finding a document's mentions (parsing gets its own budget)."""
        return time.monotonic() + self.seconds

    def stop(self, document: Document, offset: int) -> None:
        """Record that finding stopped at `offset`: what was found is still parsed."""
        self.find_stopped[document.id] = (self.seconds, line_of(document.text, offset))

    def allows(self, document: Document, segment: Segment) -> bool:
        """Whether `segment` may still be read; the clock starts at a document's first segment."""
        if document.id in self.stopped:
            return False
        now = time.monotonic()
        spent = now - self.started.setdefault(document.id, now)
        if spent <= self.seconds:
            return True
        self.stopped[document.id] = (spent, line_of(document.text, segment.start))
        return False

    def diagnostics(self) -> list[Diagnostic]:
        """One warning per document whose extraction was cut short, in document order."""
        return [
            Diagnostic(
                path=doc_id,
                reason=f"extraction stopped after {spent:.0f} s (limit "
                f"{self.seconds:g} s); claims from line {line} on were not read",
                severity=Severity.WARNING,
            )
            for doc_id, (spent, line) in sorted({**self.find_stopped, **self.stopped}.items())
        ]


def number_claims(claims: Iterable[Claim]) -> list[Claim]:
    """Sort claims by document and position and give them ids c1, c2, ..."""
    ordered = sorted(claims, key=lambda c: (c.doc, c.start, c.end))
    return [dataclasses.replace(c, id=f"c{n}") for n, c in enumerate(ordered, 1)]


def cluster(claims: Sequence[Claim], settings: Settings = Settings()) -> list[Cluster]:
    """Group claims into facts and judge each group; conflicts first, then by position."""
    groups = align(claims, threshold=settings.match_threshold)
    judged = []
    for group in groups:
        judgement = judge(group.claims, settings.tolerance)
        judged.append((group, judgement))
    judged.sort(
        key=lambda gj: (_VERDICT_ORDER[gj[1].verdict], gj[0].claims[0].doc, gj[0].claims[0].start)
    )
    clusters = []
    for n, (group, judgement) in enumerate(judged, 1):
        clusters.append(
            Cluster(
                id=f"k{n}",
                kind=group.claims[0].kind,
                label=_label(group.claims),
                verdict=judgement.verdict,
                claims=tuple(c.id for c in group.claims),
                sources=len({c.doc for c in group.claims}),
                explanation=judgement.explanation,
                grouping=group.reason,
            )
        )
    return clusters


def run(
    paths: Sequence[str | Path], settings: Settings = Settings(), progress: Progress | None = None
) -> Report:
    """The whole job on files and folders: read, extract, align, judge.

    >>> report = run(["corpus/"])            # doctest: +SKIP
    >>> report.has_conflict                  # doctest: +SKIP
    False
    """
    documents, diagnostics = read(paths, settings)
    claims = extract(documents, settings, progress, diagnostics)
    return Report(
        documents=tuple(documents),
        claims=tuple(claims),
        clusters=tuple(cluster(claims, settings)),
        diagnostics=tuple(diagnostics),
    )


def extract_text(
    text: str, date: dt.date | None = None, *, doc_id: str = "text", settings: Settings = Settings()
) -> list[Claim]:
    """Claims of one text, with relative dates resolved against `date`.

    >>> [c.text for c in extract_text("Over 95% agreed on May 2, 2024.")]   # doctest: +SKIP
    ['Over 95%', 'May 2, 2024']
    """
    if date is not None and not plausible_date(date):
        low, high = PLAUSIBLE_YEARS
        raise ConfigError(f"document date {date} is implausible (years {low}-{high})")
    source = DateSource.OPTION if date is not None else DateSource.NONE
    document = Document(id=doc_id, path=doc_id, text=text, date=date, date_source=source)
    return extract([document], settings)


def _repeated_paragraphs(documents: Sequence[Document]) -> dict[str, set[str]]:
    """Footers: paragraphs in the last part of two or more pages of one outlet.

    Only a page's tail counts, so an article filed twice (or updated) keeps
    its body; only the furniture that closes every page is dropped.
    """
    by_source: dict[str, Counter[str]] = {}
    for document in documents:
        tail = document.text[int(len(document.text) * (1 - FOOTER_SHARE)) :]
        lines = {line.strip() for line in tail.splitlines() if len(line.strip()) > 30}
        by_source.setdefault(document.source or "", Counter()).update(lines)
    return {source: {p for p, n in counts.items() if n > 1} for source, counts in by_source.items()}


def _label(claims: Sequence[Claim]) -> str:
    """A name for the fact: the most common measure among its claims, else the claim's text."""
    measures = Counter(c.measure for c in claims if c.measure)
    if measures:
        return min(measures, key=lambda m: (-measures[m], len(m), m))
    keys = [" ".join(c.key.measure) for c in claims if c.key.measure]
    return max(keys, key=len) if keys else claims[0].text
