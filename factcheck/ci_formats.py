"""Formats for CI systems and code-review bots: GitHub workflow commands, SARIF 2.1.0, rdjson.

Each reports every claim of a conflicting cluster at its place in its file (see
`locate.py`), naming the other sides. Conflicts keep the report's order, so the
most important come first. Every function returns a string; the CLI writes it.

Suppressed conflicts (a baseline entry or an inline `factcheck: ignore`) are left
out of the GitHub and rdjson output, which only show what needs fixing; SARIF
keeps them with a `suppressions` entry, as code scanning expects, so the alert
is shown as dismissed with its justification.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from . import __version__
from .compare import describe
from .errors import InputError
from .locate import Locator, Position
from .models import Claim, Cluster, Report, Suppression, SuppressionKind, Verdict

GITHUB_MAX_ERRORS = 10  # GitHub shows only 10 error annotations per step; say so past them
RULE_ID = "factcheck/conflict"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_RULE_TEXT = "Sources state different values for the same fact."
_RULE_FULL = (
    "Two or more claims were aligned as stating the same date or figure, and their "
    "normalized values cannot all be true."
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """One claim of a conflict with its file, its place there and its outlet (if known)."""

    claim: Claim
    path: str
    position: Position
    source: str | None

    @property
    def where(self) -> str:
        """`file:line`, with the outlet when the document names one."""
        place = f"{self.path}:{self.position.line}"
        return f"{place} ({self.source})" if self.source else place

    @property
    def note(self) -> str:
        """The value and the words the source used, for a related location."""
        return f'{describe(self.claim)}: "{self.claim.text}"'


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One claim of a conflicting cluster, located, with the other sides of the conflict."""

    cluster: Cluster
    claim: Claim
    path: str
    position: Position
    others: tuple[Side, ...]
    suppression: Suppression | None = None

    @property
    def title(self) -> str:
        return f"factcheck conflict: {self.cluster.label}"

    @property
    def message(self) -> str:
        """`<value> here, but <value> in <file:line> (<source>); ...` — both sides in one line."""
        elsewhere = "; ".join(f"{describe(s.claim)} in {s.where}" for s in self.others)
        return f'{describe(self.claim)} ("{self.claim.text}") here, but {elsewhere}'


def findings(report: Report, locator: Locator | None = None) -> Iterator[Finding]:
    """Every claim of every conflicting cluster, in the report's order, located in its file."""
    locator = locator or Locator(report.documents)
    claims = {c.id: c for c in report.claims}
    for cluster in report.clusters:
        if cluster.verdict != Verdict.CONFLICT:
            continue
        members = [claims[i] for i in cluster.claims if i in claims]
        sides = [_side(c, locator) for c in members]
        for side in sides:
            others = tuple(s for s in sides if s.claim.id != side.claim.id)
            yield Finding(
                cluster=cluster,
                claim=side.claim,
                path=side.path,
                position=side.position,
                others=others,
                suppression=report.suppression(cluster.id),
            )


def _side(claim: Claim, locator: Locator) -> Side:
    document = locator.document(claim)
    return Side(
        claim=claim,
        path=display_path(locator.path(claim)),
        position=locator.position(claim),
        source=document.source if document is not None else None,
    )


def display_path(path: str) -> str:
    """The path as CI tools want it: relative to the working directory when under it, with '/'.

    Annotations and SARIF locations are matched against the repository's files,
    which the job's working directory is the root of.
    """
    pure = PurePath(path)
    if pure.is_absolute():
        with contextlib.suppress(ValueError):  # outside the working directory: keep it absolute
            pure = pure.relative_to(Path.cwd())
    return pure.as_posix()


# --- GitHub Actions workflow commands -------------------------------------------------------


def github_escape_data(text: str) -> str:
    """Escape a workflow command's message (GitHub's `escapeData`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_escape_property(text: str) -> str:
    """Escape a workflow command property value (GitHub's `escapeProperty`)."""
    return github_escape_data(text).replace(":", "%3A").replace(",", "%2C")


def report_github(report: Report, locator: Locator | None = None) -> str:
    """`::error` lines, one per conflicting claim (at most 10), then a `::notice` for the rest.

    >>> report_github(Report(documents=(), claims=(), clusters=()))
    ''
    """
    all_findings = [f for f in findings(report, locator) if f.suppression is None]
    lines = [_github_error(f) for f in all_findings[:GITHUB_MAX_ERRORS]]
    hidden = len(all_findings) - GITHUB_MAX_ERRORS
    if hidden > 0:
        lines.append(f"::notice::{hidden} more conflicting claims not shown")
    return "".join(line + "\n" for line in lines)


def _github_error(finding: Finding) -> str:
    pos = finding.position
    props = {
        "file": finding.path,
        "line": str(pos.line),
        "col": str(pos.column),
        "endLine": str(pos.line),
        "endColumn": str(pos.end_column),
        "title": finding.title,
    }
    rendered = ",".join(f"{k}={github_escape_property(v)}" for k, v in props.items())
    return f"::error {rendered}::{github_escape_data(finding.message)}"


def append_step_summary(markdown: str, environ: dict[str, str] | None = None) -> Path | None:
    """Append `markdown` to the file GitHub names in GITHUB_STEP_SUMMARY; return it (or None).

    Appending (not replacing) is GitHub's contract: earlier steps' summaries stay.
    """
    target = (environ if environ is not None else dict(os.environ)).get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(markdown if markdown.endswith("\n") else markdown + "\n")
    except OSError as exc:
        raise InputError(
            f"{path}: cannot append the step summary (GITHUB_STEP_SUMMARY): {exc.strerror or exc}"
        ) from exc
    return path


# --- SARIF 2.1.0 -----------------------------------------------------------------------------


def fingerprint(finding: Finding) -> str:
    """A stable id for one side of a conflict: cluster label and kind, value and document.

    Line numbers are left out on purpose, so an edit above the claim does not
    make code scanning see a new alert.
    """
    label = " ".join(finding.cluster.label.casefold().split())
    parts = (str(finding.cluster.kind), label, describe(finding.claim), finding.claim.doc)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def report_sarif(report: Report, locator: Locator | None = None) -> str:
    """The conflicts as a SARIF 2.1.0 log with one rule, one result per conflicting claim."""
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": __version__,
                "rules": [
                    {
                        "id": RULE_ID,
                        "name": "ConflictingClaims",
                        "shortDescription": {"text": _RULE_TEXT},
                        "fullDescription": {"text": _RULE_FULL},
                        "defaultConfiguration": {"level": "error"},
                    }
                ],
            }
        },
        # Columns count code points, as factcheck's offsets do (SARIF's default is UTF-16).
        "columnKind": "unicodeCodePoints",
        "results": [_sarif_result(f) for f in findings(report, locator)],
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _artifact(path: str) -> dict[str, str]:
    """A file under the working directory is relative to the checkout (%SRCROOT%), as code
    scanning expects; one outside it keeps an absolute file: URI."""
    if PurePath(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def _sarif_location(path: str, position: Position) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": _artifact(path),
            "region": {
                "startLine": position.line,
                "startColumn": position.column,
                "endColumn": position.end_column,
            },
        }
    }


def _sarif_result(finding: Finding) -> dict[str, Any]:
    related = [
        {**_sarif_location(s.path, s.position), "id": n, "message": {"text": s.note}}
        for n, s in enumerate(finding.others, start=1)
    ]
    result: dict[str, Any] = {
        "ruleId": RULE_ID,
        "ruleIndex": 0,
        "level": "error",
        "message": {"text": f"{finding.title}: {finding.message}"},
        "locations": [_sarif_location(finding.path, finding.position)],
        "relatedLocations": related,
        "partialFingerprints": {"factcheckConflict/v1": fingerprint(finding)},
        "properties": {"cluster": finding.cluster.id, "claim": finding.claim.id},
    }
    if finding.suppression is not None:
        result["suppressions"] = [_sarif_suppression(finding.suppression)]
    return result


def _sarif_suppression(suppression: Suppression) -> dict[str, str]:
    # SARIF's kinds: "external" is a baseline kept apart from the file, "inSource" a comment.
    kind = "external" if suppression.kind == SuppressionKind.BASELINE else "inSource"
    justification = suppression.reason or "no reason given"
    return {"kind": kind, "status": "accepted", "justification": justification}


# --- reviewdog rdjson ------------------------------------------------------------------------


def report_rdjson(report: Report, locator: Locator | None = None) -> str:
    """The conflicts in reviewdog's Diagnostic Format (rdjson): one diagnostic per claim."""
    data = {
        "source": {"name": "factcheck"},
        "severity": "ERROR",
        "diagnostics": [
            _rdjson_diagnostic(f) for f in findings(report, locator) if f.suppression is None
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _rdjson_location(path: str, position: Position) -> dict[str, Any]:
    # rdjson columns are 1-based UTF-8 byte offsets and the end is exclusive.
    return {
        "path": path,
        "range": {
            "start": {"line": position.line, "column": position.byte_column},
            "end": {"line": position.line, "column": position.end_byte_column},
        },
    }


def _rdjson_diagnostic(finding: Finding) -> dict[str, Any]:
    return {
        "message": f"{finding.title}: {finding.message}",
        "location": _rdjson_location(finding.path, finding.position),
        "severity": "ERROR",
        "code": {"value": "conflict"},
        "related_locations": [
            {"message": s.note, "location": _rdjson_location(s.path, s.position)}
            for s in finding.others
        ],
    }
