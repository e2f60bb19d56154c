"""Turning paths into Documents, and every unreadable input into a Diagnostic.

`iter_documents` is the only entry point the pipeline needs: it never raises
for bad input, it streams (one file, or one JSONL line, at a time) and its
order is deterministic (paths and folders in sorted order), whatever the order
the paths are given in.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from factcheck.ingest.decode import declared_charset, decode, os_reason, read_bytes
from factcheck.ingest.frontmatter import markdown_comments, split_markdown
from factcheck.ingest.jsonl import Record, jsonl_records
from factcheck.ingest.lines import LineIndex, line_of
from factcheck.ingest.problems import Meta, Problem, Skip
from factcheck.ingest.walk import SUPPORTED, SUPPORTED_LIST, Found, extension, walk_folder
from factcheck.models import DateSource, Diagnostic, Document, Severity, SourceComment

__all__ = ["LineIndex", "iter_documents", "line_of"]

DEFAULT_MAX_BYTES = 20_000_000
# An error like any unread document, so the report's count of skipped documents holds it.
_EMPTY = "empty document, skipped"

Item = Document | Diagnostic


def iter_documents(
    paths: Sequence[str | Path],
    *,
    default_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | Diagnostic]:
    """Yield a Document for each readable input and a Diagnostic for each problem.

    `paths` are files or folders (read recursively, in sorted order of
    relative path; unsupported files in a folder are skipped silently). The
    paths themselves are read in sorted order too, so which of two same-named
    files gets "#2", and the order of the diagnostics, never depend on the
    order they were given in.
    `default_date` is the date of documents whose metadata gives none
    (`--doc-date`); `max_bytes` caps a file, or one line of a JSONL file.
    Ids are unique within one call: a repeated id gets "#2", "#3"...

    >>> [type(x).__name__ for x in iter_documents(["no-such-dir"])]
    ['Diagnostic']
    """
    reader = _Reader(default_date, max_bytes)
    if isinstance(paths, str | Path):  # one path, not a sequence of one-letter paths
        paths = [paths]
    for given in sorted(os.fspath(p) for p in paths):
        yield from reader.path(given)


class _Reader:
    """The state of one run: the options and the ids handed out so far."""

    def __init__(self, default_date: dt.date | None, max_bytes: int) -> None:
        self.default_date = default_date
        self.max_bytes = max_bytes
        self.ids: set[str] = set()

    def path(self, given: str) -> Iterator[Item]:
        """Read one path as given on the command line: a folder or a single file."""
        try:
            mode = os.stat(given).st_mode
        except OSError as exc:
            yield Diagnostic(path=given, reason=_missing_reason(given, exc))
            return
        if stat.S_ISDIR(mode):
            for item in walk_folder(given):
                yield from self.file(item) if isinstance(item, Found) else (item,)
        elif not stat.S_ISREG(mode):
            yield Diagnostic(path=given, reason="not a regular file, skipped")
        elif extension(given) not in SUPPORTED:
            yield Diagnostic(path=given, reason=_unsupported(given))
        else:
            yield from self.file(Found(given, os.path.basename(given)))

    def file(self, found: Found) -> Iterator[Item]:
        """Read one supported file; its id is `found.rel`."""
        try:
            if extension(found.path) == ".jsonl":
                yield from self.jsonl(found)
            else:
                yield from self.document_file(found)
        except Skip as skip:
            yield _diagnostic(found.path, skip.problem)

    def document_file(self, found: Found) -> Iterator[Item]:
        """A .txt, .md or .html file: one document, or a Diagnostic saying why not."""
        data = read_bytes(Path(found.path), self.max_bytes)
        kind = extension(found.path)
        is_html = kind in (".html", ".htm")
        text, warning = decode(data, declared_charset(data) if is_html else None)
        problems = [warning] if warning is not None else []
        meta = Meta()
        comments: tuple[SourceComment, ...] = ()
        if kind == ".md":
            meta, body, found_problems = split_markdown(text)
            comments, text = markdown_comments(text, body), body
            problems += found_problems
        elif is_html:
            # Imported here: BeautifulSoup costs a run without HTML 50 ms of start-up.
            from factcheck.ingest.htmltext import html_document

            meta, text, found_problems, comments = html_document(text)
            problems += found_problems
        yield from (_diagnostic(found.path, p) for p in problems)
        if not text.strip():
            reason = "empty document (no article text found), skipped" if is_html else _EMPTY
            raise Skip(reason)
        yield from self.document(found.rel, found.path, text, meta, None, comments)

    def jsonl(self, found: Found) -> Iterator[Item]:
        """A .jsonl file: one document per usable line, a Diagnostic per bad one."""
        seen_any = False
        try:
            with open(found.path, "rb") as handle:
                for item in jsonl_records(handle, self.max_bytes):
                    seen_any = True
                    if isinstance(item, Problem):
                        yield _diagnostic(found.path, item)
                    else:
                        yield from self.record(found, item)
        except OSError as exc:
            raise Skip(os_reason(exc)) from None
        if not seen_any:
            raise Skip(_EMPTY)

    def record(self, found: Found, record: Record) -> Iterator[Item]:
        yield from (_diagnostic(found.path, p) for p in record.problems)
        doc_id = record.id if record.id is not None else f"{found.rel}:{record.line}"
        yield from self.document(doc_id, found.path, record.text, record.meta, record.line)

    def document(
        self,
        doc_id: str,
        path: str,
        text: str,
        meta: Meta,
        line: int | None,
        comments: tuple[SourceComment, ...] = (),
    ) -> Iterator[Item]:
        """Build the Document: a unique id, and the date from metadata, else the option."""
        unique = self.unique_id(doc_id)
        if unique != doc_id:
            reason = f'duplicate id "{doc_id}"; renamed to "{unique}"'
            yield Diagnostic(path=path, line=line, reason=reason, severity=Severity.WARNING)
        if meta.date is not None:
            date, source = meta.date, DateSource.METADATA
        elif self.default_date is not None:
            date, source = self.default_date, DateSource.OPTION
        else:
            date, source = None, DateSource.NONE
        yield Document(
            id=unique,
            path=path,
            text=text,
            title=meta.title,
            source=meta.source,
            url=meta.url,
            author=meta.author,
            comments=comments,
            date=date,
            date_source=source,
        )

    def unique_id(self, doc_id: str) -> str:
        unique, n = doc_id, 1
        while unique in self.ids:
            n += 1
            unique = f"{doc_id}#{n}"
        self.ids.add(unique)
        return unique


def _diagnostic(path: str, problem: Problem) -> Diagnostic:
    return Diagnostic(
        path=path, line=problem.line, reason=problem.reason, severity=problem.severity
    )


def _missing_reason(given: str, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError) and os.path.islink(given):
        return "no such file or directory (broken symbolic link)"
    return os_reason(exc)


def _unsupported(given: str) -> str:
    kind = extension(given)
    what = f"'{kind}'" if kind else "(no extension)"
    return f"unsupported file type {what}; expected {SUPPORTED_LIST}; skipped"
