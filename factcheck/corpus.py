"""Reading a corpus for a run: dated documents, each outlet's footers, and no text kept.

A run goes over its input twice, so that memory does not grow with the corpus:

1. `Corpus.read` reads every document once: it dates it, counts the lines near
   its end (to learn each outlet's repeated footer) and writes it to an unnamed
   temporary file (the *spool*). It keeps only the metadata.
2. `Corpus.stream` reads the spooled documents back one at a time for
   extraction, which keeps their claims and releases their text.

The spool means a file is decoded and parsed once, and a file edited during
the run cannot give the second pass other documents than the first.
"""

from __future__ import annotations

import dataclasses
import pickle
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

from .config import is_excluded
from .docdate import infer_document_date
from .errors import WorkspaceError
from .ingest import iter_documents
from .models import DateSource, Diagnostic, Document, Severity
from .settings import Settings, plausible_date
from .suppress import with_paragraphs

# The share of a page, from its end, where an outlet's repeated footer may stand.
FOOTER_SHARE = 0.3

# How much of a document's text its publication date is inferred from.
DATING_CHARS = 100_000


def dated_documents(
    paths: Sequence[str | Path], settings: Settings
) -> Iterator[Document | Diagnostic]:
    """Every document under `paths`, dated, in reading order; problems as diagnostics."""
    for item in iter_documents(paths, default_date=settings.doc_date, max_bytes=settings.max_bytes):
        if is_excluded(item.path, settings.exclude, settings.exclude_root):
            continue  # files the project's config excludes: neither read nor reported
        if isinstance(item, Diagnostic):
            yield item
            continue
        if item.date is not None and not plausible_date(item.date):
            reason = f"publication date {item.date} is implausible; ignored"
            yield Diagnostic(path=item.path, reason=reason, severity=Severity.WARNING)
            item = dataclasses.replace(item, date=None, date_source=DateSource.NONE)
        yield date_document(item)


def date_document(document: Document) -> Document:
    """Give a document without metadata or option date an inferred one (or say why none)."""
    if document.date is not None:
        return document
    # Inference reads every date in what it is given, outside any time budget: a
    # prefix longer than any article bounds it on a multi-megabyte file.
    date, note = infer_document_date(document.text[:DATING_CHARS])
    source = DateSource.INFERRED if date is not None else DateSource.NONE
    return dataclasses.replace(document, date=date, date_source=source, date_note=note)


class Footers:
    """Each outlet's footers: lines in the last part of two or more of its pages.

    Only a page's tail counts, so an article filed twice (or updated) keeps its
    body; only the furniture that closes every page is dropped. Lines are
    counted by hash, and a line's text is kept only once it is seen a second
    time, so counting a corpus holds little more than its footers.
    """

    def __init__(self) -> None:
        self._counts: dict[str, Counter[int]] = {}
        self._repeated: dict[str, dict[int, str]] = {}

    def add(self, document: Document) -> None:
        if document.source is None:
            return  # pages of unknown outlets need not share furniture (wire copy repeats prose)
        tail = document.text[int(len(document.text) * (1 - FOOTER_SHARE)) :]
        lines = {line.strip() for line in tail.splitlines() if len(line.strip()) > 30}
        counts = self._counts.setdefault(document.source, Counter())
        for line in lines:
            key = hash(line)
            counts[key] += 1
            if counts[key] == 2:
                self._repeated.setdefault(document.source, {})[key] = line

    def by_source(self) -> dict[str, set[str]]:
        """The repeated lines of each outlet that has any."""
        return {source: set(lines.values()) for source, lines in self._repeated.items()}

    @classmethod
    def of(cls, documents: Iterable[Document]) -> dict[str, set[str]]:
        footers = cls()
        for document in documents:
            footers.add(document)
        return footers.by_source()


def _no_spool(exc: OSError) -> str:
    return (
        f"cannot write the temporary copy of the documents ({exc.strerror or exc}); "
        "set TMPDIR to a folder with free space"
    )


class Corpus:
    """The documents of one run, read once and spooled; use as a context manager.

    >>> with Corpus.read(["corpus/"]) as corpus:          # doctest: +SKIP
    ...     len(corpus.documents), corpus.footers.keys()
    """

    def __init__(
        self,
        documents: list[Document],
        diagnostics: list[Diagnostic],
        footers: dict[str, set[str]],
        spool: IO[bytes],
    ) -> None:
        self.documents = documents  # dated, sorted by id, without their text
        self.diagnostics = diagnostics  # problems met while reading, in reading order
        self.footers = footers  # each outlet's repeated lines (`Footers`)
        self._spool = spool

    @classmethod
    def read(cls, paths: Sequence[str | Path], settings: Settings = Settings()) -> Corpus:
        """The first pass: read, date and spool every document under `paths`."""
        try:
            # Closed (and so deleted) by the Corpus, or below when reading fails.
            spool = tempfile.TemporaryFile(prefix="factcheck-")  # noqa: SIM115
        except OSError as exc:
            raise WorkspaceError(_no_spool(exc)) from exc
        try:
            documents, diagnostics, footers = [], [], Footers()
            for item in dated_documents(paths, settings):
                if isinstance(item, Diagnostic):
                    diagnostics.append(item)
                    continue
                footers.add(item)
                try:
                    pickle.dump(item, spool, protocol=pickle.HIGHEST_PROTOCOL)
                except OSError as exc:  # a full disk: the input's own problems are diagnostics
                    raise WorkspaceError(_no_spool(exc)) from exc
                # Directives keep their paragraph, so what is kept can be reported from.
                documents.append(with_paragraphs(item).without_text())
        except BaseException:
            spool.close()
            raise
        documents.sort(key=lambda d: d.id)
        return cls(documents, diagnostics, footers.by_source(), spool)

    def stream(self) -> Iterator[Document]:
        """The second pass: each document with its text, in reading order, one at a time.

        One stream at a time: all read the one spool (a new stream starts it over)."""
        self._spool.seek(0)
        while True:
            try:
                yield pickle.load(self._spool)
            except EOFError:
                return

    def close(self) -> None:
        self._spool.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
