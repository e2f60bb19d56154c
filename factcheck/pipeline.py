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
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice
from pathlib import Path

from .align import align
from .arithmetic import check_ratios
from .cache import ClaimCache, clusters_key, document_key, extractor_fingerprint
from .compare import judge
from .config import measure_ignored
from .corpus import Corpus, Footers, dated_documents
from .errors import ConfigError
from .extract import (
    Segment,
    acronyms,
    claims_from_segment,
    find_stopped_at,
    flowed,
    reanchor_reported_speech,
    segments,
)
from .extract.discourse import (
    carry_stamps_to_tallies,
    inherit_elided_measures,
    mark_counts_told_once,
    mark_dates_told_before,
    mark_measures_told_once,
    mark_other_years_figures,
    mark_spans_told_once,
    mark_values_told_once,
    stamp_figures,
)
from .gcpause import gc_paused
from .ingest import LineIndex, line_of
from .models import (
    Claim,
    Cluster,
    DateSource,
    Diagnostic,
    Document,
    Report,
    Severity,
    Verdict,
    compact,
)
from .nlp import load_pipeline, model_identity
from .settings import PLAUSIBLE_YEARS, Settings, plausible_date
from .suppress import apply_inline, outside_comments, with_paragraphs

# Called after each document is extracted (for progress bars): (done, total or None).
Progress = Callable[[int], None]

# Documents a worker process takes at a time with --jobs.
CHUNK_DOCUMENTS = 16

# Documents one process reads at a time: only their text is held (a run streams).
WINDOW_DOCUMENTS = 64

# With --jobs, chunks handed to the pool ahead of those done, per worker process.
CHUNKS_IN_FLIGHT = 3

# Severity order for listing clusters: conflicts first, singles last.
_VERDICT_ORDER = {Verdict.CONFLICT: 0, Verdict.COMPATIBLE: 1, Verdict.AGREE: 2, Verdict.SINGLE: 3}


def read(
    paths: Sequence[str | Path], settings: Settings = Settings()
) -> tuple[list[Document], list[Diagnostic]]:
    """Read and date every document under `paths` (sorted by id); problems become diagnostics.

    The documents keep their text, in memory: for a library caller's own use. A
    run reads through a `Corpus` instead, which keeps no text (see `run`).
    """
    documents: list[Document] = []
    diagnostics: list[Diagnostic] = []
    for item in dated_documents(paths, settings):
        if isinstance(item, Diagnostic):
            diagnostics.append(item)
        else:
            documents.append(item)
    documents.sort(key=lambda d: d.id)
    return documents, diagnostics


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
    footers = Footers.of(documents)
    _, claims = _extract(documents, footers, len(documents), settings, progress, diagnostics, cache)
    return claims


def extract_corpus(
    corpus: Corpus,
    settings: Settings = Settings(),
    progress: Progress | None = None,
    diagnostics: list[Diagnostic] | None = None,
    cache: ClaimCache | None = None,
) -> tuple[list[Document], list[Claim]]:
    """`extract` for a whole corpus, streamed: its documents (sorted by id, without
    their text) and their claims. Memory holds the text of one window of documents at a
    time (`WINDOW_DOCUMENTS`; with `settings.jobs`, up to jobs x `CHUNKS_IN_FLIGHT`
    chunks of `CHUNK_DOCUMENTS`)."""
    total = len(corpus.documents)
    return _extract(corpus.stream(), corpus.footers, total, settings, progress, diagnostics, cache)


def _extract(
    documents: Iterable[Document],
    footers: dict[str, set[str]],
    total: int,
    settings: Settings,
    progress: Progress | None,
    diagnostics: list[Diagnostic] | None,
    cache: ClaimCache | None,
) -> tuple[list[Document], list[Claim]]:
    if cache is None and settings.cache_dir is not None:
        cache = ClaimCache(settings.cache_dir)
    done: list[Document] = []
    claims: list[Claim] = []
    stopped: list[Diagnostic] = []
    for document, found in _claims_by_document(documents, footers, total, settings, cache, stopped):
        done.append(document)
        claims.extend(found)
        if progress is not None:
            progress(len(done))
    if diagnostics is not None:
        diagnostics.extend(sorted(stopped, key=lambda d: d.path))
    done.sort(key=lambda d: d.id)
    return done, number_claims(claims)


def _claims_by_document(
    documents: Iterable[Document],
    footers: dict[str, set[str]],
    total: int,
    settings: Settings,
    cache: ClaimCache | None,
    stopped: list[Diagnostic],
) -> Iterator[tuple[Document, list[Claim]]]:
    """Each document (its text released) with its finished claims, as each is done.

    Documents found in `cache` are finished at once; the others go to extraction,
    and those it reads to the end are cached.
    """
    extractor = _extractor(settings) if cache is not None else ""
    keys: dict[str, str] = {}
    from_cache: deque[tuple[Document, list[Claim]]] = deque()

    def to_extract() -> Iterator[Document]:
        for document in documents:
            if document.released is not None:
                raise ValueError(f"{document.id}: the text was released; read it again")
            if cache is not None:
                key = document_key(document, footers.get(document.source or "", ()), extractor)
                cached = cache.get(key, document.id)
                if cached is not None:
                    from_cache.append(_finish(document, cached, settings))
                    continue
                keys[document.id] = key
            yield document

    extracted = _extract_documents(to_extract(), footers, total, settings, stopped)
    for document, found, complete in extracted:
        yield from _drain(from_cache)
        key = keys.pop(document.id, None)
        # A document cut short by its budget may do better next time: it is not cached.
        if cache is not None and key is not None and complete:
            cache.put(key, found)
        # The cache shares the strings of what it reads back as it decodes it.
        yield _finish(document, compact(found), settings)
    yield from _drain(from_cache)


def _drain(queue: deque[tuple[Document, list[Claim]]]) -> Iterator[tuple[Document, list[Claim]]]:
    while queue:
        yield queue.popleft()


def _finish(
    document: Document, found: list[Claim], settings: Settings
) -> tuple[Document, list[Claim]]:
    """A document's claims once its own text has been read for what one sentence cannot
    see, and the document without its text (all a run keeps of it)."""
    # Text inside a Markdown comment is not article text; `ignore_measures` are not wanted.
    kept = [
        c
        for c in outside_comments(found, [document])
        if not measure_ignored(c.measure, settings.ignore_measures)
    ]
    texts = {document.id: document.text}
    stamped = stamp_figures(inherit_elided_measures(kept, texts), [document])
    dated = mark_other_years_figures(carry_stamps_to_tallies(stamped, texts), [document])
    dated = mark_dates_told_before(dated)
    linked = mark_counts_told_once(mark_values_told_once(dated, [document]))
    linked = mark_spans_told_once(mark_measures_told_once(linked))
    return with_paragraphs(document).without_text(), linked


def _extractor(settings: Settings) -> str:
    # The settings that change a document's claims: the model, and the cap on
    # mentions (a document it cuts short is not cached, but a lower cap would cut
    # one that a higher cap let through).
    extraction = {"max_claims_per_document": settings.max_claims_per_document}
    return extractor_fingerprint(model_identity(settings.model), extraction)


def _extract_documents(
    documents: Iterator[Document],
    footers: dict[str, set[str]],
    total: int,
    settings: Settings,
    stopped: list[Diagnostic],
) -> Iterator[tuple[Document, list[Claim], bool]]:
    """(document, its claims, whether it was read to the end) as each is done.

    Budget warnings are appended to `stopped`. Documents are taken a window at a
    time, so only a window's text is held. With `settings.jobs` > 1 they go in
    chunks to worker processes, each of which parses its chunk on its own, with a
    few chunks in flight per worker.
    """
    jobs = min(_job_count(settings.jobs), total)
    if jobs <= 1:
        yield from _extract_here(documents, footers, settings, stopped)
        return
    # Small chunks keep both processes busy to the end; large enough to fill parse batches.
    size = max(1, min(CHUNK_DOCUMENTS, total // (jobs * 4)))
    chunks = _batches(documents, size)
    first, second = next(chunks, None), next(chunks, None)
    if second is None:
        # At most one chunk to read (the cache served the rest): no processes to start.
        yield from _extract_here(first or [], footers, settings, stopped)
        return
    load_pipeline(settings.model)  # before the fork, so workers share the loaded model
    pending: deque[tuple[list[Document], multiprocessing.pool.AsyncResult[_ChunkResult]]] = deque()
    with _process_pool(jobs) as pool:
        for chunk in chain([first or [], second], chunks):
            sources = {d.source or "" for d in chunk}
            task = (chunk, {s: footers[s] for s in sources if s in footers}, settings)
            pending.append((chunk, pool.apply_async(_extract_chunk, (task,))))
            if len(pending) >= jobs * CHUNKS_IN_FLIGHT:
                yield from _chunk_results(*pending.popleft(), stopped)
        while pending:
            yield from _chunk_results(*pending.popleft(), stopped)


def _extract_here(
    documents: Iterable[Document],
    footers: dict[str, set[str]],
    settings: Settings,
    stopped: list[Diagnostic],
) -> Iterator[tuple[Document, list[Claim], bool]]:
    """`_extract_documents` in this process, a window of documents at a time."""
    budget = _Budget(settings.max_seconds_per_document)
    for window in _batches(documents, WINDOW_DOCUMENTS):
        for document, found in _extract_stream(window, footers, settings, budget):
            yield document, found, not budget.cut(document)
    stopped.extend(budget.diagnostics())


_ChunkResult = tuple[list[tuple[str, list[Claim], bool]], list[Diagnostic]]


def _chunk_results(
    chunk: list[Document],
    result: multiprocessing.pool.AsyncResult[_ChunkResult],
    stopped: list[Diagnostic],
) -> Iterator[tuple[Document, list[Claim], bool]]:
    found, cut = result.get()
    stopped.extend(cut)
    by_id = {d.id: d for d in chunk}
    for doc_id, claims, complete in found:
        yield by_id[doc_id], claims, complete


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Lists of `size` items (the last may be shorter), taken lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _extract_chunk(task: tuple[Sequence[Document], dict[str, set[str]], Settings]) -> _ChunkResult:
    """A worker's job: one chunk of documents, read as in a single process."""
    documents, footers, settings = task
    budget = _Budget(settings.max_seconds_per_document)
    results = [
        (document.id, found, not budget.cut(document))
        for document, found in _extract_stream(documents, footers, settings, budget)
    ]
    return results, budget.diagnostics()


def _extract_stream(
    documents: Sequence[Document],
    footers: dict[str, set[str]],
    settings: Settings,
    budget: _Budget,
) -> Iterator[tuple[Document, list[Claim]]]:
    """Find mentions, parse the segments that hold them, and yield each document when done."""
    jobs: list[tuple[Document, Segment]] = []
    left: dict[str, int] = {}  # segments of each document not parsed yet
    for document in documents:
        mentions, stopped_at, capped = find_stopped_at(
            document,
            repeated=footers.get(document.source or "", ()),
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
        (flowed(doc.text[seg.start : seg.end]), index)
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


def cluster(
    claims: Sequence[Claim],
    settings: Settings = Settings(),
    published: Mapping[str, dt.date | None] | None = None,
) -> list[Cluster]:
    """Group claims into facts and judge each group; conflicts first, then by position.
    `published` maps document ids to their dates, which tell updates from conflicts."""
    with gc_paused():  # keys, links and intervals: many small acyclic objects
        return _cluster(claims, settings, published)


def _cluster(
    claims: Sequence[Claim],
    settings: Settings,
    published: Mapping[str, dt.date | None] | None,
) -> list[Cluster]:
    groups = align(claims, threshold=settings.match_threshold)
    judged = []
    for group in groups:
        tolerance = settings.tolerance_for(group.claims[0].kind)
        judgement = judge(group.claims, tolerance, published)
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


def cached_cluster(
    claims: Sequence[Claim],
    settings: Settings = Settings(),
    published: Mapping[str, dt.date | None] | None = None,
) -> list[Cluster]:
    """`cluster`, read from `settings.cache_dir` when these very claims were aligned before."""
    if settings.cache_dir is None:
        return cluster(claims, settings, published)
    cache = ClaimCache(settings.cache_dir)
    # Every setting but those that only decide how the work is done: one added later
    # for alignment is then part of the key without anyone remembering to add it.
    default = Settings()
    neutral = dataclasses.replace(
        settings, cache_dir=None, jobs=default.jobs, batch_size=default.batch_size
    )
    dates = sorted((published or {}).items())
    key = clusters_key(claims, f"{neutral!r} {dates!r}")
    clusters = cache.get_clusters(key)
    if clusters is None:
        clusters = cluster(claims, settings, published)
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
    with Corpus.read(paths, settings) as corpus:
        diagnostics = list(corpus.diagnostics)
        documents, claims = extract_corpus(corpus, settings, progress, diagnostics)
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
        clusters=tuple(cached_cluster(claims, settings, {d.id: d.date for d in documents})),
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


def _label(claims: Sequence[Claim]) -> str:
    """A name for the fact: the most common measure among its claims, else the claim's text."""
    measures = Counter(c.measure for c in claims if c.measure)
    if measures:
        return min(measures, key=lambda m: (-measures[m], len(m), m))
    keys = [" ".join(c.key.measure) for c in claims if c.key.measure]
    return max(keys, key=len) if keys else claims[0].text
