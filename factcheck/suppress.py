"""Inline suppression: `<!-- factcheck: ignore reason="..." -->` before a paragraph.

A directive comment in a Markdown or HTML document applies to the paragraph
that follows it (the next text after the comment, up to a blank line; in HTML,
the next block of text). Its claims are still extracted, aligned and shown, but
they do not count when deciding whether their cluster fails the run: a conflict
whose remaining claims no longer conflict among themselves (with the run's
tolerance) is reported as suppressed, with the directive's reason, and does not
set exit status 1. So silencing one outlet's disputed figure does not hide a
conflict between two other outlets.

A directive without a reason still applies, but is reported as a warning, as
linters do for a suppression nobody justified. Comments are never article text:
claims inside a Markdown comment are dropped (`outside_comments`); HTML text has
none to begin with.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .compare import judge
from .models import (
    Claim,
    Diagnostic,
    Document,
    Report,
    Severity,
    SourceComment,
    Suppression,
    SuppressionKind,
    Verdict,
)
from .settings import Settings

_DIRECTIVE = re.compile(
    r"\s*factcheck\s*:\s*(?P<action>[\w-]*)(?P<rest>.*)", re.DOTALL | re.IGNORECASE
)
_REASON = re.compile(r"""reason\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)')""")
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
NO_REASON = "factcheck suppression without a reason"


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """The span of document text a directive silences, with the directive's reason and line."""

    doc: str
    start: int
    end: int
    reason: str | None
    line: int | None

    def holds(self, claim: Claim) -> bool:
        return claim.doc == self.doc and self.start <= claim.start < self.end


def parse_directive(comment: str) -> tuple[str, str | None] | None:
    """The action and reason of a `factcheck:` comment, or None for any other comment.

    >>> parse_directive(' factcheck: ignore reason="the agency revised it" ')
    ('ignore', 'the agency revised it')
    >>> parse_directive(" a note to the editor ") is None
    True
    """
    match = _DIRECTIVE.fullmatch(comment)
    if match is None:
        return None
    found = _REASON.search(match.group("rest"))
    reason = (found.group("double") or found.group("single") or "") if found else ""
    return match.group("action").casefold(), reason.strip() or None


def regions(document: Document) -> tuple[list[Region], list[Diagnostic]]:
    """The paragraphs a document's directives silence, and warnings about the directives."""
    found, problems = [], []
    for comment in document.comments:
        parsed = parse_directive(comment.text)
        if parsed is None:
            continue
        action, reason = parsed
        if action != "ignore":
            problems.append(
                _warning(
                    document,
                    comment,
                    f"unknown factcheck directive {action!r}; "
                    'expected <!-- factcheck: ignore reason="..." -->',
                )
            )
            continue
        if reason is None:
            problems.append(_warning(document, comment, f'{NO_REASON}; say why, as reason="..."'))
        start, end = comment.paragraph or _paragraph_after(document, comment.end)
        found.append(
            Region(doc=document.id, start=start, end=end, reason=reason, line=comment.line)
        )
    return found, problems


def with_paragraphs(document: Document) -> Document:
    """The document with the paragraph each directive governs recorded on the directive,
    for `regions` to find once the text is released."""
    if not any(parse_directive(c.text) for c in document.comments):
        return document
    comments = tuple(
        dataclasses.replace(c, paragraph=_paragraph_after(document, c.end))
        if parse_directive(c.text)
        else c
        for c in document.comments
    )
    return dataclasses.replace(document, comments=comments)


def _paragraph_after(document: Document, offset: int) -> tuple[int, int]:
    """The paragraph starting at the first text after `offset` (past further comments)."""
    if document.released is not None:
        raise ValueError(f"{document.id}: the text was released before its directives were read")
    text = document.text
    comment_ends = {c.start: c.end for c in document.comments if c.end > c.start}
    position = offset
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position not in comment_ends:
            break
        position = comment_ends[position]  # stacked directives share the paragraph
    blank = _BLANK_LINE.search(text, position)
    end = blank.start() if blank else len(text.rstrip())
    return position, max(position, end)


def _warning(document: Document, comment: SourceComment, reason: str) -> Diagnostic:
    return Diagnostic(
        path=document.path, line=comment.line, reason=reason, severity=Severity.WARNING
    )


def outside_comments(claims: Iterable[Claim], documents: Sequence[Document]) -> list[Claim]:
    """The claims that are not inside a Markdown comment (which readers never see)."""
    spans = {d.id: [(c.start, c.end) for c in d.comments if c.end > c.start] for d in documents}
    return [
        c for c in claims if not any(start <= c.start < end for start, end in spans.get(c.doc, ()))
    ]


def apply_inline(report: Report, settings: Settings = Settings()) -> Report:
    """The report with conflicts silenced by directives marked, and warnings about directives.

    A conflict is silenced when its claims outside directive paragraphs no longer
    conflict among themselves (with the run's tolerance for the cluster's kind).
    """
    found: list[Region] = []
    problems: list[Diagnostic] = []
    for document in report.documents:
        document_regions, document_problems = regions(document)
        found += document_regions
        problems += document_problems
    claims = {c.id: c for c in report.claims}
    published = {d.id: d.date for d in report.documents}
    suppressions = []
    for cluster in report.clusters:
        if cluster.verdict != Verdict.CONFLICT or report.suppression(cluster.id):
            continue
        members = [claims[i] for i in cluster.claims if i in claims]
        silenced = {c.id: [r for r in found if r.holds(c)] for c in members}
        if not any(silenced.values()):
            continue
        rest = [c for c in members if not silenced[c.id]]
        tolerance = settings.tolerance_for(cluster.kind)
        if rest and judge(rest, tolerance, published).verdict == Verdict.CONFLICT:
            continue
        reasons = sorted({r.reason for rs in silenced.values() for r in rs if r.reason})
        suppressions.append(
            Suppression(
                cluster=cluster.id,
                kind=SuppressionKind.INLINE,
                reason="; ".join(reasons) or None,
            )
        )
    return dataclasses.replace(
        report,
        suppressions=report.suppressions + tuple(suppressions),
        diagnostics=report.diagnostics + tuple(problems),
    )
