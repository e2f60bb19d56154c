"""Diff-aware runs: report only the clusters that involve a changed document.

All documents are still read and aligned (a changed article may contradict an
unchanged one), then the report keeps the clusters with at least one claim from
a changed file, with every claim of those clusters, so the unchanged side of a
conflict is still shown. The exit status then follows the kept clusters only.
"""

from __future__ import annotations

import dataclasses
import subprocess
from collections.abc import Sequence
from pathlib import Path

from .errors import InputError
from .models import Report


def git_changed_files(ref: str, cwd: Path | None = None) -> list[Path]:
    """Files changed since `ref` (`git diff --name-only --relative REF`), relative to `cwd`.

    Raises InputError when git is missing or the reference is unknown.
    """
    if ref.startswith("-"):
        raise InputError(f"--changed-since {ref!r}: a git reference cannot start with '-'")
    command = ["git", "diff", "--name-only", "--relative", ref, "--"]
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, check=False, timeout=60
        )
    except FileNotFoundError:
        raise InputError("--changed-since needs git, which was not found") from None
    except subprocess.TimeoutExpired:
        raise InputError(f"git diff {ref} took over 60 s; give the files with --changed") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        raise InputError(f"git diff {ref} failed: {detail[0] if detail else done.returncode}")
    base = cwd or Path(".")
    return [base / line for line in done.stdout.splitlines() if line.strip()]


def is_changed(path: str, changed: Sequence[Path]) -> bool:
    """Whether a document's file is one of `changed`, or lies under a changed folder."""
    resolved = Path(path).resolve()
    return any(resolved == c or resolved.is_relative_to(c) for c in changed)


def restrict_to_changed(report: Report, changed: Sequence[Path]) -> Report:
    """The report cut down to the clusters that involve a document under `changed`.

    Claims and documents are those of the kept clusters, plus the changed documents.
    """
    targets = [Path(c).resolve() for c in changed]
    changed_docs = {d.id for d in report.documents if is_changed(d.path, targets)}
    doc_of = {c.id: c.doc for c in report.claims}
    clusters = tuple(
        c for c in report.clusters if any(doc_of.get(i) in changed_docs for i in c.claims)
    )
    kept_claims = {i for c in clusters for i in c.claims}
    claims = tuple(c for c in report.claims if c.id in kept_claims)
    shown_docs = changed_docs | {c.doc for c in claims}
    kept_ids = {c.id for c in clusters}
    return dataclasses.replace(
        report,
        documents=tuple(d for d in report.documents if d.id in shown_docs),
        claims=claims,
        clusters=clusters,
        suppressions=tuple(s for s in report.suppressions if s.cluster in kept_ids),
    )
