"""Inline suppression: directive comments in Markdown and HTML, and what they silence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.ingest import iter_documents
from factcheck.models import (
    Cluster,
    Document,
    Report,
    Severity,
    SourceComment,
    SuppressionKind,
    Verdict,
)
from factcheck.suppress import apply_inline, outside_comments, parse_directive, regions

from .factories import claim, qty

runner = CliRunner()


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        (
            ' factcheck: ignore reason="figures differ by method" ',
            ("ignore", "figures differ by method"),
        ),
        (" factcheck: ignore reason='single quotes' ", ("ignore", "single quotes")),
        ("factcheck:ignore", ("ignore", None)),
        (' factcheck: ignore reason="  " ', ("ignore", None)),
        (" FACTCHECK: Ignore ", ("ignore", None)),
        (" factcheck: skip ", ("skip", None)),
        (" editor: check the 40 figure ", None),
        (" not factcheck: ignore ", None),
    ],
)
def test_parse_directive(comment: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_directive(comment) == expected


def _read(tmp_path: Path, name: str, text: str) -> Document:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [document] = [d for d in iter_documents([tmp_path / name]) if isinstance(d, Document)]
    return document


MARKDOWN = """---
title: Pier works
---
The pier closed in May.

<!-- factcheck: ignore reason="our count predates the audit" -->
Crews replaced 80 planks.
Then they painted the rails.

A later paragraph with 12 lamps.
"""


def test_markdown_directive_covers_the_next_paragraph_with_file_lines(tmp_path: Path) -> None:
    document = _read(tmp_path, "pier.md", MARKDOWN)
    [region], problems = regions(document)
    assert problems == []
    covered = document.text[region.start : region.end]
    assert covered == "Crews replaced 80 planks.\nThen they painted the rails."
    assert region.reason == "our count predates the audit"
    assert region.line == 6  # in the file, front matter included


def test_stacked_directives_share_the_paragraph(tmp_path: Path) -> None:
    text = '<!-- factcheck: ignore reason="a" -->\n<!-- factcheck: ignore -->\nTwo 5 here.\n'
    document = _read(tmp_path, "stack.md", text)
    found, problems = regions(document)
    assert [document.text[r.start : r.end] for r in found] == ["Two 5 here."] * 2
    assert [(p.line, p.severity) for p in problems] == [(2, Severity.WARNING)]
    assert "factcheck suppression without a reason" in problems[0].reason


def test_unknown_directive_is_reported_and_silences_nothing(tmp_path: Path) -> None:
    document = _read(tmp_path, "odd.md", "<!-- factcheck: skip -->\nSome 4 things.\n")
    found, problems = regions(document)
    assert found == []
    assert "unknown factcheck directive 'skip'" in problems[0].reason


HTML = """<html><head><title>Pier</title></head><body><article>
<p>The pier closed in May.</p>
<!-- factcheck: ignore reason="estimate from the press office" -->
<p>Crews replaced <b>80</b> planks.</p>
<p>Lamps: 12 <!-- factcheck: ignore reason="mid-paragraph" --> in all.</p>
<p>The end.</p>
</article></body></html>
"""


def test_html_directive_covers_the_next_block_and_knows_its_line(tmp_path: Path) -> None:
    document = _read(tmp_path, "pier.html", HTML)
    found, problems = regions(document)
    assert problems == []
    assert [document.text[r.start : r.end] for r in found] == [
        "Crews replaced 80 planks.",
        "The end.",  # a comment inside a paragraph applies to the one after it
    ]
    assert [r.line for r in found] == [3, 5]


def test_claims_inside_a_markdown_comment_are_dropped() -> None:
    text = 'Before 3.\n<!-- factcheck: ignore reason="the 2019 figure of 7" -->\nAfter 9.\n'
    comment = SourceComment(text="", line=2, start=10, end=text.index("-->") + 3)
    document = Document(id="d.md", path="d.md", text=text, comments=(comment,))
    inside = claim(qty(7), doc="d.md", start=text.index("7"))
    before = claim(qty(3), doc="d.md", start=text.index("3"))
    after = claim(qty(9), doc="d.md", start=text.rindex("9"))
    assert outside_comments([before, inside, after], [document]) == [before, after]


DIRECTIVE = '<!-- factcheck: ignore reason="known" -->'


def _three_way(silenced_docs: set[str]) -> Report:
    """Three outlets give 40, 40 and 55 planks; a directive precedes the figure in `silenced_docs`."""
    documents, claims = [], []
    for n, (doc, value) in enumerate((("a.md", 40), ("b.md", 40), ("c.md", 55)), start=1):
        prefix = DIRECTIVE + "\n" if doc in silenced_docs else ""
        text = f"{prefix}{value} planks."
        comments = (
            (SourceComment(text=DIRECTIVE[4:-3], line=1, start=0, end=len(DIRECTIVE)),)
            if prefix
            else ()
        )
        documents.append(Document(id=doc, path=doc, text=text, comments=comments))
        claims.append(claim(qty(value), doc=doc, start=len(prefix), cid=f"c{n}"))
    cluster = Cluster(
        id="k1",
        kind=claims[0].kind,
        label="planks",
        verdict=Verdict.CONFLICT,
        claims=tuple(c.id for c in claims),
        sources=3,
        explanation="differ",
    )
    return Report(documents=tuple(documents), claims=tuple(claims), clusters=(cluster,))


def test_silencing_the_odd_side_suppresses_the_conflict() -> None:
    report = apply_inline(_three_way({"c.md"}))
    [suppression] = report.suppressions
    assert (suppression.cluster, suppression.kind, suppression.reason) == (
        "k1",
        SuppressionKind.INLINE,
        "known",
    )
    assert report.open_conflicts == ()


def test_silencing_one_agreeing_side_leaves_the_real_conflict() -> None:
    report = apply_inline(_three_way({"a.md"}))
    assert report.suppressions == ()
    assert [c.id for c in report.open_conflicts] == ["k1"]


def test_no_directive_changes_nothing() -> None:
    before = _three_way(set())
    assert apply_inline(before) == before


# --- end to end (needs the spaCy pipeline) ---------------------------------------------------

REPORT_A = """---
source: North Gazette
date: 2025-04-10
---

The marina is open again.

<!-- factcheck: ignore reason="the gazette counted berths before the 2024 expansion of 30" -->
The harbour master said the marina has 240 berths.
"""

REPORT_B = """---
source: South Echo
date: 2025-04-11
---

Boats are back at the marina.

The harbour master said the marina has 310 berths.
"""


def _run(tmp_path: Path, *args: str):
    return runner.invoke(app, ["run", *args, str(tmp_path)])


@pytest.mark.nlp
def test_markdown_suppression_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(REPORT_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(REPORT_B, encoding="utf-8")
    result = _run(tmp_path, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    conflicts = [c for c in report["clusters"] if c["verdict"] == "conflict"]
    assert [c["suppressed"]["kind"] for c in conflicts] == ["inline"]
    # nothing is read from the comment itself (its 2024 and 30 are not claims)
    assert not any(c["text"] in ("2024", "30") for c in report["claims"])

    unsuppressed = REPORT_A.replace(
        ' reason="the gazette counted berths before the 2024 expansion of 30"', ""
    )
    (tmp_path / "a.md").write_text(unsuppressed, encoding="utf-8")
    warned = _run(tmp_path, "--format", "github")
    assert warned.exit_code == 0
    assert f"{tmp_path / 'a.md'}:8: factcheck suppression without a reason" in warned.stderr

    (tmp_path / "a.md").write_text(REPORT_A.replace("<!--", "<!-- editor note:"), encoding="utf-8")
    plain = _run(tmp_path, "--format", "github")
    assert plain.exit_code == 1
    assert plain.stdout.count("::error") == 2


@pytest.mark.nlp
def test_html_suppression_end_to_end(tmp_path: Path) -> None:
    page = (
        "<html><head><meta property='article:published_time' content='2025-04-10'></head>"
        "<body><article><p>The marina is open again.</p>\n"
        "<!-- factcheck: ignore reason='older count' -->\n"
        "<p>The harbour master said the marina has 240 berths.</p></article></body></html>"
    )
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.md").write_text(REPORT_B, encoding="utf-8")
    result = _run(tmp_path, "--format", "sarif")
    assert result.exit_code == 0, result.output
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert results and all(r["suppressions"][0]["kind"] == "inSource" for r in results)
    assert all(r["suppressions"][0]["justification"] == "older count" for r in results)
