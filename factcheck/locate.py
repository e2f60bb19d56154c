"""Where a claim sits in its *file*, for tools that annotate files (GitHub, SARIF, reviewdog).

A claim's `line`/`start` index the document's text as read (SPEC "Offsets"):
the body after the front matter of a `.md` file, the `text` field of one JSONL
record, the extracted text of a page. An annotation must point into the file
itself, so this module maps a claim back:

- `.txt`: the text is the file; line and column come straight from the offsets.
- `.md`: the body is the end of the file, unchanged, so the front matter's
  length is added.
- `.jsonl`: the record's line in the file; the column is where the claim's
  JSON-escaped text first appears in that line.
- `.html`/`.htm`: the first place the claim's text appears in the raw file.

Whatever cannot be mapped falls back to the document's own line and column,
which is still the right place for a `.txt` and a fair pointer otherwise
(only the line, when the run has released the text: `Document.without_text`;
its fingerprint still finds the text in the file). Files are read lazily,
once each; a file that cannot be read any more (moved since the run) also
falls back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .ingest.decode import decode
from .ingest.lines import line_of
from .models import Claim, Document, TextFingerprint


@dataclass(frozen=True, slots=True, kw_only=True)
class Position:
    """A 1-based place in a file: the line, and the columns (in code points) of a claim.

    `end_column` is exclusive, as SARIF's `endColumn` and reviewdog's `end.column` are.
    The byte columns count UTF-8 bytes, which is what reviewdog's rdjson expects.
    """

    line: int
    column: int
    end_column: int
    byte_column: int
    end_byte_column: int


def text_position(text: str, start: int, end: int) -> Position:
    """The place of `text[start:end]` inside `text` (the claim's end is kept on its line).

    >>> text_position("ab\\nçd 42", 6, 8)
    Position(line=2, column=4, end_column=6, byte_column=5, end_byte_column=7)
    """
    line = line_of(text, start)  # cached per text: many claims of one file share its index
    line_start = text.rfind("\n", 0, start) + 1
    # A lone "\r" also ends a line (as for LineIndex); look for one only within this line,
    # so the search stays as short as the line however long the file.
    line_start = text.rfind("\r", line_start, start) + 1 or line_start
    column = start - line_start + 1
    byte_column = len(text[line_start:start].encode("utf-8")) + 1
    return Position(
        line=line,
        column=column,
        end_column=column + (end - start),
        byte_column=byte_column,
        end_byte_column=byte_column + len(text[start:end].encode("utf-8")),
    )


class Locator:
    """Maps claims to positions in their documents' files, reading each file at most once.

    With `read_files=False` nothing is read and positions are in the document
    text (what the library's callers and the tests without files want).
    Everything derived from a file (its text, a body's shift, a JSONL file's
    record lines) is computed once, so a large file with many claims stays linear.
    """

    def __init__(self, documents: tuple[Document, ...], *, read_files: bool = True) -> None:
        self._documents = {d.id: d for d in documents}
        self._read_files = read_files
        self._files: dict[str, str | None] = {}
        self._shifts: dict[str, int | None] = {}
        self._records: dict[str, dict[TextFingerprint, int]] = {}

    def document(self, claim: Claim) -> Document | None:
        """The claim's document, or None when the report does not hold it."""
        return self._documents.get(claim.doc)

    def path(self, claim: Claim) -> str:
        """The path of the claim's file as given on the command line (the id as a fallback)."""
        document = self.document(claim)
        return document.path if document is not None else claim.doc

    def position(self, claim: Claim) -> Position:
        """Where the claim is in its file (see the module docstring for each format)."""
        document = self.document(claim)
        if document is None:
            return Position(
                line=claim.line, column=1, end_column=1, byte_column=1, end_byte_column=1
            )
        own = (
            text_position(document.text, claim.start, claim.end)
            if document.released is None
            else Position(line=claim.line, column=1, end_column=1, byte_column=1, end_byte_column=1)
        )
        raw = self._raw(document.path) if self._read_files else None
        if raw is None:
            return own
        suffix = document.path.lower().rsplit(".", 1)[-1]
        if suffix == "jsonl":
            return self._in_jsonl(raw, document, claim) or own
        if suffix in ("html", "htm"):
            return _first_occurrence(raw, claim.text, 0) or own
        shift = self._shift(raw, document)
        if shift is None:
            return own
        return text_position(raw, shift + claim.start, shift + claim.end)

    def _raw(self, path: str) -> str | None:
        if path not in self._files:
            try:
                self._files[path], _ = decode(Path(path).read_bytes())
            except Exception:  # unreadable now (moved, binary, ...): fall back, never fail
                self._files[path] = None
        return self._files[path]

    def _shift(self, raw: str, document: Document) -> int | None:
        """Where the document's text starts in its file: after a .md front matter, 0 for .txt."""
        if document.id not in self._shifts:
            shift = len(raw) - _length(document)
            fits = shift >= 0 and (
                raw.endswith(document.text)
                if document.released is None
                else document.released.matches(raw[shift:])
            )
            self._shifts[document.id] = shift if fits else None
        return self._shifts[document.id]

    def _in_jsonl(self, raw: str, document: Document, claim: Claim) -> Position | None:
        """The claim inside the JSONL record whose `text` is the document's text."""
        if document.path not in self._records:
            self._records[document.path] = _record_offsets(raw)
        offset = self._records[document.path].get(_fingerprint(document))
        if offset is None:
            return None
        end = raw.find("\n", offset)
        line = raw[offset : end if end >= 0 else len(raw)]
        # json.dumps escapes as most writers do; with and without ensure_ascii covers the rest.
        for ascii_only in (False, True):
            escaped = json.dumps(claim.text, ensure_ascii=ascii_only)[1:-1]
            found = line.find(escaped)
            if found >= 0:
                return text_position(raw, offset + found, offset + found + len(escaped))
        return text_position(raw, offset, offset)


def _length(document: Document) -> int:
    return len(document.text) if document.released is None else document.released.length


def _fingerprint(document: Document) -> TextFingerprint:
    return document.released or TextFingerprint.of(document.text)


def _first_occurrence(raw: str, needle: str, start: int) -> Position | None:
    found = raw.find(needle, start) if needle else -1
    return text_position(raw, found, found + len(needle)) if found >= 0 else None


def _record_offsets(raw: str) -> dict[TextFingerprint, int]:
    """The offset of each JSONL record's line, by its text's fingerprint (the first one wins)."""
    offsets: dict[TextFingerprint, int] = {}
    offset = 0
    for line in raw.splitlines(keepends=True):
        text = _record_text(line)
        if text is not None:
            offsets.setdefault(TextFingerprint.of(text), offset)
        offset += len(line)
    return offsets


def _record_text(line: str) -> str | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    text = record.get("text") if isinstance(record, dict) else None
    return text if isinstance(text, str) else None
