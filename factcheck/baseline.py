"""Baselines: accepting today's conflicts so that CI fails only on new ones.

`factcheck run --write-baseline FILE` records each open conflict as an entry;
`factcheck run --baseline FILE` then reports a conflict whose entry is in the
file as suppressed (it does not fail the run), and says which entries no
longer occur.

An entry is identified by a fingerprint of what the conflict states, never of
where: the cluster's kind, its label (casefolded, spaces collapsed), the set of
normalized values and the set of documents. Line numbers and cluster ids (k1,
k2, which change between runs) are left out, so an edit elsewhere in a document
keeps the entry; a changed figure, or a new document joining the conflict, makes
a new conflict that fails the run again.

The file is JSON, written deterministically (entries sorted), for review in a pull request:

```json
{
  "schema_version": 1,
  "tool": "factcheck",
  "entries": [
    {"fingerprint": "3f2a...", "kind": "count", "label": "workers",
     "values": ["about 120", "more than 300"], "documents": ["a.md", "b.md"],
     "reason": null}
  ]
}
```

`reason` is written as null for the user to fill in: an entry without a reason
still applies but is reported as a warning, like an unexplained suppression.
Rewriting a baseline keeps the reasons of entries that still occur.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .compare import describe
from .errors import InputError
from .ingest.lines import line_of
from .models import (
    Claim,
    Cluster,
    Diagnostic,
    Report,
    Severity,
    Suppression,
    SuppressionKind,
    Verdict,
)

SCHEMA_VERSION = 1
_ENTRY_KEYS = ("fingerprint", "kind", "label", "values", "documents", "reason")


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One accepted conflict. All but `fingerprint` and `reason` are there for the reader."""

    fingerprint: str
    kind: str
    label: str
    values: tuple[str, ...]
    documents: tuple[str, ...]
    reason: str | None = None
    line: int | None = field(default=None, compare=False)  # in the file it was read from

    def describe(self) -> str:
        """`count "workers" (about 120 / more than 300 in a.md, b.md)`, for messages."""
        values = " / ".join(self.values)
        return f'{self.kind} "{self.label}" ({values} in {", ".join(self.documents)})'


@dataclass(frozen=True, slots=True, kw_only=True)
class Baseline:
    """The entries of one baseline file; `source` names it in messages."""

    entries: tuple[Entry, ...] = ()
    source: str = "baseline"

    def find(self, fingerprint: str) -> Entry | None:
        return next((e for e in self.entries if e.fingerprint == fingerprint), None)


def entry_for(cluster: Cluster, claims: Mapping[str, Claim]) -> Entry:
    """The baseline entry of a conflict cluster (its reason left for the user)."""
    members = [claims[i] for i in cluster.claims if i in claims]
    values = tuple(sorted({describe(c) for c in members}))
    documents = tuple(sorted({c.doc for c in members}))
    label = " ".join(cluster.label.casefold().split())
    parts = (str(cluster.kind), label, "\x1e".join(values), "\x1e".join(documents))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return Entry(
        fingerprint=digest, kind=str(cluster.kind), label=label, values=values, documents=documents
    )


def _conflict_entries(report: Report) -> dict[str, Entry]:
    """Entries of every conflict cluster of the report, by cluster id."""
    claims = {c.id: c for c in report.claims}
    return {c.id: entry_for(c, claims) for c in report.clusters if c.verdict == Verdict.CONFLICT}


def baseline_from_report(report: Report, previous: Baseline | None = None) -> Baseline:
    """A baseline accepting the report's open conflicts; reasons carry over from `previous`."""
    open_ids = {c.id for c in report.open_conflicts}
    entries = {}
    for cluster_id, entry in _conflict_entries(report).items():
        if cluster_id not in open_ids:
            continue
        kept = previous.find(entry.fingerprint) if previous else None
        entries[entry.fingerprint] = dataclasses.replace(
            entry, reason=kept.reason if kept else None
        )
    ordered = sorted(entries.values(), key=lambda e: (e.documents, e.label, e.fingerprint))
    return Baseline(entries=tuple(ordered))


def dump_baseline(baseline: Baseline) -> str:
    """The baseline as deterministic JSON text (entries in their order, fixed keys)."""
    data = {
        "schema_version": SCHEMA_VERSION,
        "tool": "factcheck",
        "entries": [
            {
                "fingerprint": e.fingerprint,
                "kind": e.kind,
                "label": e.label,
                "values": list(e.values),
                "documents": list(e.documents),
                "reason": e.reason,
            }
            for e in baseline.entries
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; InputError `FILE: reason` when it cannot be read or is malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a baseline file (not UTF-8 text)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
    return parse_baseline(text, str(path))


def parse_baseline(text: str, source: str) -> Baseline:
    """Validate a baseline's JSON text; InputError naming `source` and what is wrong."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(f"{source}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or "entries" not in data:
        raise InputError(f"{source}: not a factcheck baseline (no 'entries')")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise InputError(
            f"{source}: baseline schema_version {version!r} is not supported "
            f"(expected {SCHEMA_VERSION}); write it again with --write-baseline"
        )
    if not isinstance(data["entries"], list):
        raise InputError(f"{source}: 'entries' must be a list")
    entries = tuple(_entry(raw, n, text, source) for n, raw in enumerate(data["entries"], start=1))
    return Baseline(entries=entries, source=source)


def _entry(raw: Any, number: int, text: str, source: str) -> Entry:
    where = f"{source}: entry {number}"
    if not isinstance(raw, dict):
        raise InputError(f"{where} must be an object")
    missing = [k for k in _ENTRY_KEYS if k not in raw]
    if missing:
        raise InputError(f"{where} has no {missing[0]!r}")
    fingerprint, reason = raw["fingerprint"], raw["reason"]
    if not isinstance(fingerprint, str) or not fingerprint:
        raise InputError(f"{where}: 'fingerprint' must be a non-empty string")
    if reason is not None and not isinstance(reason, str):
        raise InputError(f"{where}: 'reason' must be a string or null")
    for key in ("values", "documents"):
        if not isinstance(raw[key], list) or not all(isinstance(v, str) for v in raw[key]):
            raise InputError(f"{where}: {key!r} must be a list of strings")
    at = text.find(f'"{fingerprint}"')
    return Entry(
        fingerprint=fingerprint,
        kind=str(raw["kind"]),
        label=str(raw["label"]),
        values=tuple(raw["values"]),
        documents=tuple(raw["documents"]),
        reason=(reason.strip() or None) if reason is not None else None,
        line=line_of(text, at) if at >= 0 else None,
    )


def apply_baseline(report: Report, baseline: Baseline) -> Report:
    """The report with baselined conflicts suppressed, plus warnings: entries without a
    reason, and entries that no longer occur (stale, to be removed)."""
    by_cluster = _conflict_entries(report)
    suppressions = []
    for cluster_id, entry in by_cluster.items():
        accepted = baseline.find(entry.fingerprint)
        if accepted is None or report.suppression(cluster_id) is not None:
            continue
        suppressions.append(
            Suppression(cluster=cluster_id, kind=SuppressionKind.BASELINE, reason=accepted.reason)
        )
    problems = [
        _warning(baseline, e, "baseline entry without a reason; say why this conflict is accepted")
        for e in baseline.entries
        if e.reason is None
    ]
    problems += [
        _warning(baseline, e, "baseline entry no longer occurs; remove it")
        for e in stale_entries(report, baseline)
    ]
    return dataclasses.replace(
        report,
        suppressions=report.suppressions + tuple(suppressions),
        diagnostics=report.diagnostics + tuple(problems),
    )


def stale_entries(report: Report, baseline: Baseline) -> list[Entry]:
    """The baseline's entries that match no conflict of the report."""
    occurring = {e.fingerprint for e in _conflict_entries(report).values()}
    return [e for e in baseline.entries if e.fingerprint not in occurring]


def _warning(baseline: Baseline, entry: Entry, reason: str) -> Diagnostic:
    return Diagnostic(
        path=baseline.source,
        line=entry.line,
        reason=f"{reason}: {entry.describe()}",
        severity=Severity.WARNING,
    )
