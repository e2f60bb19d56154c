"""Claims mapped back to their files, and the CI formats' escaping (plain data, no model)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.ci_formats import (
    append_step_summary,
    github_escape_data,
    github_escape_property,
    report_github,
    report_rdjson,
    report_sarif,
)
from factcheck.locate import Locator, text_position
from factcheck.models import Cluster, Document, Report, Verdict

from .factories import claim, qty


def _located(tmp_path: Path, name: str, raw: str, text: str, needle: str) -> tuple[int, int]:
    path = tmp_path / name
    path.write_text(raw, encoding="utf-8", newline="")
    start = text.index(needle)
    c = replace(claim(qty(5), doc=name, start=start, text=needle), end=start + len(needle))
    document = Document(id=name, path=str(path), text=text)
    position = Locator((document,)).position(c)
    return position.line, position.column


def test_text_position_counts_code_points_and_utf8_bytes() -> None:
    p = text_position("first\né 42 x", 8, 10)
    assert (p.line, p.column, p.end_column) == (2, 3, 5)
    assert (p.byte_column, p.end_byte_column) == (4, 6)
    lone_cr = text_position("a\rbc 4", 5, 6)  # old Mac line breaks count too
    assert (lone_cr.line, lone_cr.column) == (2, 4)


def test_markdown_positions_add_the_front_matter(tmp_path: Path) -> None:
    body = "\nIt cost $5 million.\n"
    raw = "---\ntitle: T\n---\n" + body
    assert _located(tmp_path, "a.md", raw, body, "$5 million") == (5, 9)


def test_jsonl_positions_are_the_record_line_and_its_column(tmp_path: Path) -> None:
    records = [{"id": "x", "text": "Other text."}, {"id": "y", "text": "Café: it cost $5 million."}]
    raw = "".join(json.dumps(r) + "\n" for r in records)
    line, column = _located(tmp_path, "d.jsonl", raw, records[1]["text"], "$5 million")
    assert line == 2
    assert raw.splitlines()[1][column - 1 :].startswith("$5 million")


def test_html_positions_find_the_claim_in_the_page(tmp_path: Path) -> None:
    raw = "<html>\n<body>\n<p>It cost <b>$5 million</b>.</p>\n</body></html>\n"
    assert _located(tmp_path, "p.html", raw, "It cost $5 million.", "$5 million") == (3, 15)


def test_a_missing_file_falls_back_to_the_document_text(tmp_path: Path) -> None:
    text = "one\nIt cost $5 million."
    assert _located(tmp_path, "gone.txt", "x", text, "$5 million") == (2, 9)


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("50% off", "50%25 off", "50%25 off"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("k1: x, y", "k1: x, y", "k1%3A x%2C y"),
    ],
)
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert github_escape_data(raw) == data
    assert github_escape_property(raw) == prop


def _report_with_hostile_text() -> Report:
    a = claim(qty(19), doc="a,b.txt", text="19%\nnew", cid="c1")
    b = claim(qty(12), doc="c.txt", text="12", cid="c2")
    cluster = Cluster(
        id="k1",
        kind=a.kind,
        label="cost: total, all",
        verdict=Verdict.CONFLICT,
        claims=("c1", "c2"),
        sources=2,
        explanation="",
    )
    docs = tuple(Document(id=d, path=d, text="19%\nnew 12") for d in ("a,b.txt", "c.txt"))
    return Report(documents=docs, claims=(a, b), clusters=(cluster,))


def test_github_lines_stay_one_line_each_with_hostile_text() -> None:
    out = report_github(_report_with_hostile_text(), Locator((), read_files=False))
    lines = out.splitlines()
    assert len(lines) == 2
    assert (
        "file=a%2Cb.txt," in lines[0]
        and "title=factcheck conflict%3A cost%3A total%2C all" in lines[0]
    )
    assert '("19%25%0Anew") here' in lines[0]


def test_rdjson_without_conflicts_has_no_diagnostics() -> None:
    empty = Report(documents=(), claims=(), clusters=())
    assert json.loads(report_rdjson(empty))["diagnostics"] == []


def test_step_summary_is_appended_only_when_github_names_a_file(tmp_path: Path) -> None:
    assert append_step_summary("# x\n", {}) is None
    target = tmp_path / "s.md"
    append_step_summary("# one", {"GITHUB_STEP_SUMMARY": str(target)})
    append_step_summary("# two\n", {"GITHUB_STEP_SUMMARY": str(target)})
    assert target.read_text(encoding="utf-8") == "# one\n# two\n"


def test_sarif_uris_are_relative_under_the_checkout_and_file_uris_outside() -> None:
    report = _report_with_hostile_text()
    outside = Document(id="c.txt", path="/elsewhere/c d.txt", text="19%\nnew 12")
    report = replace(report, documents=(report.documents[0], outside))
    log = json.loads(report_sarif(report, Locator(report.documents, read_files=False)))
    first, second = log["runs"][0]["results"]
    inside = first["locations"][0]["physicalLocation"]["artifactLocation"]
    assert inside == {"uri": "a%2Cb.txt", "uriBaseId": "%SRCROOT%"}
    far = second["locations"][0]["physicalLocation"]["artifactLocation"]
    assert far == {"uri": "file:///elsewhere/c%20d.txt"}
