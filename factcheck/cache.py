"""A content-addressed cache of each document's claims, so an unchanged corpus is not parsed again.

An entry's key is the sha256 of everything extraction reads: the document's
text, date and date source, the outlet footers found in it, and a fingerprint
of the extractor (factcheck's version and source files, the spaCy model and
its version, the settings that change a document's claims). Any change to one
of them is a new key, so an entry is never stale; old entries are simply no
longer read (delete the folder to reclaim the space).

Entries are JSON (never pickle: a cache directory may be shared or tampered
with, and unpickling runs code). They are written atomically; one that is
corrupt, truncated or unreadable counts as a miss and is written again. A
directory that cannot be written is reported once (`problem`) and the run goes
on without writing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import importlib.metadata
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from . import __version__
from .gcpause import gc_paused
from .models import (
    Claim,
    ClaimKey,
    Cluster,
    DateValue,
    Document,
    Granularity,
    Kind,
    Link,
    Quantity,
    Reading,
    Verdict,
)

T = TypeVar("T")

# Bump when the entry layout changes: entries of another format are misses.
FORMAT = 2

# The only types an entry may contain; decoding refuses any other name.
_RECORDS: dict[str, type] = {
    c.__name__: c for c in (Claim, ClaimKey, DateValue, Quantity, Cluster, Link, Reading)
}
_ENUMS: dict[str, type[Enum]] = {e.__name__: e for e in (Kind, Granularity, Verdict)}

# Suffixes of the package files whose content decides what extraction returns.
_SOURCE_SUFFIXES = (".py", ".json", ".txt", ".toml", ".yaml", ".yml", ".csv", ".tsv")


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/factcheck`, else `~/.cache/factcheck`."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "factcheck"


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 of factcheck's own source files: an edited rule invalidates the cache even
    when the version number stays the same (as it does between releases)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in _SOURCE_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def extractor_fingerprint(model: dict[str, Any], settings: dict[str, Any]) -> str:
    """What, besides the document, decides its claims: the code, the spaCy model
    (`nlp.model_identity`) and the run settings that change what a document yields.

    The time budget is not among them: a document it cuts short is never cached,
    and one read in full is the better answer whatever the budget.
    """
    # The installed distribution's version: importing spaCy itself costs a second,
    # which a run whose every document is cached need not pay.
    spacy_version = importlib.metadata.version("spacy")
    return json.dumps([code_fingerprint(), spacy_version, model, settings], sort_keys=True)


def document_key(document: Document, footers: Iterable[str], extractor: str) -> str:
    """The cache key of one document's claims (hex sha256).

    `footers` are the outlet's repeated paragraphs (`corpus.Footers`); only those
    standing in this text count, so a new page from the same outlet does not
    invalidate the others.
    """
    if document.released is not None:
        raise ValueError(f"{document.id}: the text was released; read the document again")
    present = sorted(p for p in footers if p in document.text)
    material = [
        FORMAT,
        extractor,
        document.text,
        document.date.isoformat() if document.date else None,
        str(document.date_source),
        present,
    ]
    return hashlib.sha256(json.dumps(material, ensure_ascii=False).encode()).hexdigest()


class ClaimCache:
    """Claims of documents by key, as JSON files under `directory`; counts hits and misses.

    It also keeps the clusters of a whole run's claims: a re-run whose documents are
    all unchanged then skips alignment too.
    """

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory).expanduser()
        self.hits = 0
        self.misses = 0
        self.problem: str | None = None  # why entries could not be written (first failure)

    def _path(self, key: str) -> Path:
        return self.directory / f"v{FORMAT}" / key[:2] / f"{key}.json"

    def get(self, key: str, doc_id: str) -> list[Claim] | None:
        """The cached claims (their `doc` set to `doc_id`), or None on a miss or a bad entry."""
        claims = self._load(key, Claim, doc=doc_id)
        if claims is None:
            self.misses += 1  # missing, or damaged: recomputed and written again
            return None
        self.hits += 1
        return claims

    def put(self, key: str, claims: Sequence[Claim]) -> None:
        """Store a document's claims (atomically); failures only set `problem`, once."""
        self._store(key, [dataclasses.replace(c, id="", doc="") for c in claims])

    def get_clusters(self, key: str) -> list[Cluster] | None:
        """The clusters cached under `clusters_key`, or None."""
        return self._load(key, Cluster)

    def put_clusters(self, key: str, clusters: Sequence[Cluster]) -> None:
        """Store the clusters of a run's claims (see `clusters_key`)."""
        self._store(key, clusters)

    def _load(self, key: str, kind: type[T], **fields: str) -> list[T] | None:
        """The records of an entry, each `kind` given `fields`; None if any is not a `kind`."""
        try:
            text = self._path(key).read_text(encoding="utf-8")
            with gc_paused():  # records are acyclic: collections would only rescan them
                entry = json.loads(text, object_hook=_decoder({kind.__name__: fields}))
            if entry["format"] != FORMAT or entry["key"] != key:
                raise ValueError("entry of another key or format")
            records = list(entry["records"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        return records if all(isinstance(r, kind) for r in records) else None

    def _store(self, key: str, records: Sequence[object]) -> None:
        if self.problem is not None:
            return
        try:
            entry = {"format": FORMAT, "key": key, "records": [_encode(r) for r in records]}
            text = json.dumps(entry, ensure_ascii=False)
        except TypeError:
            return  # a value the format cannot hold: this entry is simply not cached
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, text)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.problem = f"cannot write the claim cache in {self.directory}: {reason}"


def clusters_key(claims: Sequence[Claim], settings: str) -> str:
    """The cache key of the clusters of exactly these claims (ids included), aligned and
    judged by this code under `settings` (a canonical text of the settings alignment reads).
    """
    material = json.dumps([FORMAT, "clusters", code_fingerprint(), settings])
    # repr shows every field of these frozen records, and is 5x faster than encoding them
    return hashlib.sha256((material + repr(list(claims))).encode()).hexdigest()


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _encode(value: object) -> object:
    """A JSON-able form of a record that keeps every type (tuple, enum, date, int vs float)."""
    if isinstance(value, Enum):  # before str and int: a StrEnum is both
        return {"__enum__": type(value).__name__, "value": value.value}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"__date__": value.isoformat()}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if dataclasses.is_dataclass(value) and type(value).__name__ in _RECORDS:
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"__record__": type(value).__name__, "fields": fields}
    raise TypeError(f"cannot cache a {type(value).__name__}")


# Strings up to this length are interned when decoded (words, values' texts, measures).
_SHORT = 64


def _decoder(overrides: dict[str, dict[str, Any]]) -> Callable[[dict[str, Any]], Any]:
    """A json object_hook inverting `_encode` (json calls it innermost first), setting
    `overrides[record name]` on each record; it raises KeyError, ValueError or TypeError
    on anything `_encode` does not write."""

    # Strings shared as the pipeline shares them (`models.compact`): words and short
    # strings interned, long ones (a sentence, stated once for each of its claims) once
    # per entry.
    strings: dict[str, str] = {}

    def _field(value: Any) -> Any:
        if type(value) is str:  # not an enum member, which is a str too
            return sys.intern(value) if len(value) <= _SHORT else strings.setdefault(value, value)
        if isinstance(value, dict):  # records hold no mappings: an object without its tag
            raise ValueError("not an entry written by this version")
        if not isinstance(value, list):
            return value
        if any(isinstance(v, list | dict) for v in value):
            return tuple(_field(v) for v in value)
        # the common case, a flat list of words
        return tuple(sys.intern(v) if type(v) is str else v for v in value)

    def decode(obj: dict[str, Any]) -> Any:
        if "__record__" in obj:
            name = obj["__record__"]
            fields = {k: _field(v) for k, v in obj["fields"].items()}
            fields.update(overrides.get(name, {}))
            return _RECORDS[name](**fields)
        if "__enum__" in obj:
            return _ENUMS[obj["__enum__"]](obj["value"])
        if "__date__" in obj:
            return dt.date.fromisoformat(obj["__date__"])
        return obj

    return decode
