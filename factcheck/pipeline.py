"""Compose the stages: ingest → date → extract → align → compare → Report.

The library entry points live here; the CLI is one client of them. Nothing
here prints or exits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import multiprocessing.pool
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from .align import align
from .arithmetic import check_ratios
from .cache import ClaimCache, clusters_key, document_key, extractor_fingerprint
from .compare import judge
from .config import is_excluded, measure_ignored
from .docdate import infer_document_date
from .errors import ConfigError
from .extract import (
    Segment,
    acronyms,
    claims_from_segment,
    find_stopped_at,
    reanchor_reported_speech,
    segments,
)
from .extract.discourse import inherit_elided_measures, stamp_figures
from .gcpause import gc_paused
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
from .nlp import load_pipeline, model_identity
from .settings import PLAUSIBLE_YEARS, Settings, plausible_date
from .suppress import apply_inline, outside_comments

# Called after each document is extracted (for progress bars): (done, total or None).
Progress = Callable[[int], None]

# Documents a worker process takes at a time with --jobs.
CHUNK_DOCUMENTS = 16

# The share of a page, from its end, where an outlet's repeated footer may stand.
FOOTER_SHARE = 0.3

# How much of a document's text its publication date is inferred from.
DATING_CHARS = 100_000

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
    # Inference reads every date in what it is given, outside any time budget: a
    # prefix longer than any article bounds it on a multi-megabyte file.
    date, note = infer_document_date(document.text[:DATING_CHARS])
    source = DateSource.INFERRED if date is not None else DateSource.NONE
    return dataclasses.replace(document, date=date, date_source=source, date_note=note)


def extract(
    documents: Sequence[Document],
    settings: Settings = Settings(),
    progress: Progress | None = None,
    diagnostics: list[Diagnostic] | None = None,
    cache: ClaimCache | None = None,
) -> list[Claim]:
    """Every claim of every document, numbered c1.. in document and text order.

    A document whose extraction runs past `settings.max_seconds_per_document`
    keeps the claims read so far; a warning saying where reading stopped is
    appended to `diagnostics` (when given).

    A document found in `cache` (default: one in `settings.cache_dir`, if set) is
    not read again; `settings.jobs` > 1 spreads the others over that many
    processes. Neither changes the claims.
    """
    repeated = _repeated_paragraphs(documents)
    if cache is None and settings.cache_dir is not None:
        cache = ClaimCache(settings.cache_dir)
    extractor = _extractor(settings) if cache is not None else ""
    claims: list[Claim] = []
    keys: dict[str, str] = {}
    todo: list[Document] = []
    for document in documents:
        if cache is not None:
            key = document_key(document, repeated.get(document.source or "", ()), extractor)
            cached = cache.get(key, document.id)
            if cached is not None:
                claims.extend(cached)
                continue
            keys[document.id] = key
        todo.append(document)
    done = len(documents) - len(todo)
    if progress is not None and done:
        progress(done)
    stopped: list[Diagnostic] = []
    for document, found, complete in _extract_documents(todo, repeated, settings, stopped):
        claims.extend(found)
        if cache is not None and complete:  # a document cut short by its budget may do better
            cache.put(keys[document.id], found)
        done += 1
        if progress is not None:
            progress(done)
    if diagnostics is not None:
        diagnostics.extend(sorted(stopped, key=lambda d: d.path))
    # Text inside a Markdown comment is not article text; `ignore_measures` are not wanted.
    kept = (
        c
        for c in outside_comments(claims, documents)
        if not measure_ignored(c.measure, settings.ignore_measures)
    )
    texts = {document.id: document.text for document in documents}
    linked = stamp_figures(inherit_elided_measures(list(kept), texts), documents)
    return number_claims(linked)


def _extractor(settings: Settings) -> str:
    # The settings that change a document's claims: the model, and the cap on
    # mentions (a document it cuts short is not cached, but a lower cap would cut
    # one that a higher cap let through).
    extraction = {"max_claims_per_document": settings.max_claims_per_document}
    return extractor_fingerprint(model_identity(settings.model), extraction)


def _extract_documents(
    documents: Sequence[Document],
    repeated: dict[str, set[str]],
    settings: Settings,
    stopped: list[Diagnostic],
) -> Iterator[tuple[Document, list[Claim], bool]]:
    """(document, its claims, whether it was read to the end) as each is done, in any order.

    Budget warnings are appended to `stopped`. With `settings.jobs` > 1 the documents
    go in chunks to worker processes, each of which parses its chunk on its own.
    """
    jobs = min(_job_count(settings.jobs), len(documents))
    if jobs <= 1:
        budget = _Budget(settings.max_seconds_per_document)
        for document, found in _extract_stream(documents, repeated, settings, budget):
            yield document, found, not budget.cut(document)
        stopped.extend(budget.diagnostics())
        return
    load_pipeline(settings.model)  # before the fork, so workers share the loaded model
    by_id = {d.id: d for d in documents}
    # Small chunks keep both processes busy to the end; large enough to fill parse batches.
    size = max(1, min(CHUNK_DOCUMENTS, len(documents) // (jobs * 4)))
    tasks = []
    for i in range(0, len(documents), size):
        chunk = documents[i : i + size]
        sources = {d.source or "" for d in chunk}
        tasks.append((chunk, {s: repeated[s] for s in sources if s in repeated}, settings))
    with _process_pool(jobs) as pool:
        for results, cut in pool.imap(_extract_chunk, tasks):
            stopped.extend(cut)
            for doc_id, found, complete in results:
                yield by_id[doc_id], found, complete


def _extract_chunk(
    task: tuple[Sequence[Document], dict[str, set[str]], Settings],
) -> tuple[list[tuple[str, list[Claim], bool]], list[Diagnostic]]:
    """A worker's job: one chunk of documents, read as in a single process."""
    documents, repeated, settings = task
    budget = _Budget(settings.max_seconds_per_document)
    results = [
        (document.id, found, not budget.cut(document))
        for document, found in _extract_stream(documents, repeated, settings, budget)
    ]
    return results, budget.diagnostics()


def _extract_stream(
    documents: Sequence[Document],
    repeated: dict[str, set[str]],
    settings: Settings,
    budget: _Budget,
) -> Iterator[tuple[Document, list[Claim]]]:
    """Find mentions, parse the segments that hold them, and yield each document when done."""
    jobs: list[tuple[Document, Segment]] = []
    left: dict[str, int] = {}  # segments of each document not parsed yet
    for document in documents:
        mentions, stopped_at, capped = find_stopped_at(
            document,
            repeated=repeated.get(document.source or "", ()),
            deadline=budget.start(document),
            limit=settings.max_claims_per_document,
        )
        if stopped_at is not None:
            budget.stop(document, stopped_at, capped=len(mentions) if capped else None)
        found = segments(document.text, mentions)
        if not found:
            yield document, []
            continue
        left[document.id] = len(found)
        jobs.extend((document, seg) for seg in found)
    if not jobs:
        return  # nothing to parse: the model need not even be loaded
    nlp = load_pipeline(settings.model)
    # A generator, so nlp.pipe asks for each segment only when it is about to parse
    # it: a document over its budget then costs no more parsing.
    texts = (
        (doc.text[seg.start : seg.end], index)
        for index, (doc, seg) in enumerate(jobs)
        if budget.allows(doc, seg)
    )
    # Each document's claims so far, by the paragraph they stand in.
    claims: dict[str, dict[int, list[Claim]]] = {}
    lookups: dict[str, tuple[LineIndex, dict[str, str]]] = {}
    for parsed, index in nlp.pipe(texts, as_tuples=True, batch_size=settings.batch_size):
        document, segment = jobs[index]
        if document.id not in lookups:
            lookups[document.id] = (LineIndex(document.text), acronyms(document.text))
        lines, aliases = lookups[document.id]
        found_claims = claims_from_segment(document, segment, parsed, lines, aliases)
        paragraphs = claims.setdefault(document.id, {})
        paragraphs.setdefault(segment.paragraph, []).extend(found_claims)
        left[document.id] -= 1
        if left[document.id] == 0:
            del lookups[document.id]
            yield document, _reanchored(claims.pop(document.id, {}), document)
    for document in documents:  # those the budget cut short while parsing
        if left.get(document.id, 0) > 0:
            yield document, _reanchored(claims.pop(document.id, {}), document)


def _reanchored(paragraphs: dict[int, list[Claim]], document: Document) -> list[Claim]:
    """A document's claims, with reported speech re-resolved within each paragraph
    (a quotation and its speaker may stand in different segments of one)."""
    return [
        claim
        for found in paragraphs.values()
        for claim in reanchor_reported_speech(found, document.text)
    ]


def _job_count(jobs: int) -> int:
    """Worker processes for `jobs` (0: one per available core)."""
    if jobs > 0:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _process_pool(jobs: int) -> multiprocessing.pool.Pool:
    # fork shares the already loaded model with the workers; spawn where there is no fork.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method).Pool(jobs, initializer=_ignore_signals)


def _ignore_signals() -> None:
    """In a worker: Ctrl-C and SIGTERM are the parent's to handle (it ends the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class _Budget:
    """Per-document wall-clock budget for extraction; remembers where each document stopped."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started: dict[str, float] = {}
        self.stopped: dict[str, tuple[float, int]] = {}  # id -> (seconds spent, first unread line)
        self.find_stopped: dict[str, tuple[float, int]] = {}  # the same, for the finding step
        self.capped: dict[str, tuple[int, int]] = {}  # id -> (mentions kept, first unread line)

    def start(self, document: Document) -> float:
        """The deadline for finding a document's mentions (parsing gets its own budget)."""
        return time.monotonic() + self.seconds

    def stop(self, document: Document, offset: int, *, capped: int | None = None) -> None:
        """Record that finding stopped at `offset`: what was found is still parsed.

        `capped` is the number of mentions kept when the cap on them, not the clock, stopped it.
        """
        line = line_of(document.text, offset)
        if capped is not None:
            self.capped[document.id] = (capped, line)
        else:
            self.find_stopped[document.id] = (self.seconds, line)

    def cut(self, document: Document) -> bool:
        """Whether the budget stopped the document before its end."""
        return any(document.id in d for d in (self.stopped, self.find_stopped, self.capped))

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
        timed = {**self.find_stopped, **self.stopped}
        reasons = [
            (doc_id, f"extraction stopped after {spent:.0f} s (limit {self.seconds:g} s)", line)
            for doc_id, (spent, line) in timed.items()
        ] + [
            (doc_id, f"more than {kept:,} dates and figures (the limit per document)", line)
            for doc_id, (kept, line) in self.capped.items()
        ]
        return [
            Diagnostic(
                path=doc_id,
                reason=f"{why}; claims from line {line} on were not read",
                severity=Severity.WARNING,
            )
            for doc_id, why, line in sorted(reasons)
        ]


def number_claims(claims: Iterable[Claim]) -> list[Claim]:
    """Sort claims by document and position and give them ids c1, c2, ..."""
    ordered = sorted(claims, key=lambda c: (c.doc, c.start, c.end))
    return [dataclasses.replace(c, id=f"c{n}") for n, c in enumerate(ordered, 1)]


def cluster(claims: Sequence[Claim], settings: Settings = Settings()) -> list[Cluster]:
    """Group claims into facts and judge each group; conflicts first, then by position."""
    with gc_paused():  # keys, links and intervals: many small acyclic objects
        return _cluster(claims, settings)


def _cluster(claims: Sequence[Claim], settings: Settings) -> list[Cluster]:
    groups = align(claims, threshold=settings.match_threshold)
    judged = []
    for group in groups:
        judgement = judge(group.claims, settings.tolerance_for(group.claims[0].kind))
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
                links=group.links,
                readings=judgement.readings,
                decisive=judgement.decisive,
            )
        )
    return clusters


def cached_cluster(claims: Sequence[Claim], settings: Settings = Settings()) -> list[Cluster]:
    """`cluster`, read from `settings.cache_dir` when these very claims were aligned before."""
    if settings.cache_dir is None:
        return cluster(claims, settings)
    cache = ClaimCache(settings.cache_dir)
    # Every setting but those that only decide how the work is done: one added later
    # for alignment is then part of the key without anyone remembering to add it.
    default = Settings()
    neutral = dataclasses.replace(
        settings, cache_dir=None, jobs=default.jobs, batch_size=default.batch_size
    )
    key = clusters_key(claims, repr(neutral))
    clusters = cache.get_clusters(key)
    if clusters is None:
        clusters = cluster(claims, settings)
        cache.put_clusters(key, clusters)
    return clusters


def run(
    paths: Sequence[str | Path], settings: Settings = Settings(), progress: Progress | None = None
) -> Report:
    """The whole job on files and folders: read, extract, align, judge, and mark the
    conflicts that inline `factcheck: ignore` comments silence (see `suppress.py`).

    >>> report = run(["corpus/"])            # doctest: +SKIP
    >>> report.has_conflict                  # doctest: +SKIP
    False
    """
    documents, diagnostics = read(paths, settings)
    claims = extract(documents, settings, progress, diagnostics)
    return apply_inline(build_report(documents, claims, diagnostics, settings), settings)


def build_report(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    diagnostics: Sequence[Diagnostic],
    settings: Settings = Settings(),
) -> Report:
    """Align and judge extracted claims, and check the arithmetic each sentence asserts."""
    return Report(
        documents=tuple(documents),
        claims=tuple(claims),
        clusters=tuple(cached_cluster(claims, settings)),
        diagnostics=tuple(diagnostics),
        checks=tuple(check_ratios(claims)),
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
        if document.source is None:
            continue  # pages of unknown outlets need not share furniture (wire copy repeats prose)
        by_source.setdefault(document.source, Counter()).update(lines)
    return {source: {p for p, n in counts.items() if n > 1} for source, counts in by_source.items()}


def _label(claims: Sequence[Claim]) -> str:
    """A name for the fact: the most common measure among its claims, else the claim's text."""
    measures = Counter(c.measure for c in claims if c.measure)
    if measures:
        return min(measures, key=lambda m: (-measures[m], len(m), m))
    keys = [" ".join(c.key.measure) for c in claims if c.key.measure]
    return max(keys, key=len) if keys else claims[0].text
