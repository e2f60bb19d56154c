"""Exports: parse back, spreadsheet safety, escaping (plain data, no model)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

from factcheck.export import (
    claims_jsonl,
    claims_markdown,
    csv_safe,
    report_csv,
    report_json,
    report_markdown,
)
from factcheck.models import (
    Cluster,
    DateSource,
    Document,
    Report,
    Suppression,
    SuppressionKind,
    Verdict,
)

from .factories import claim, day, qty


def _report():
    a = claim(qty(273), doc="a.md", text='=HYPERLINK("http://x")', cid="c1")
    b = claim(qty(120, approx=True), doc="b.md", text="about 120", cid="c2")
    c = claim(day("2025-09-29"), doc="b.md", start=40, text="September 29", cid="c3")
    docs = (
        Document(id="a.md", path="a.md", text="", source="+Outlet", date_source=DateSource.NONE),
        Document(id="b.md", path="b.md", text="", title="| pipes <b>", date_source=DateSource.NONE),
    )
    clusters = (
        Cluster(
            id="k1",
            kind=a.kind,
            label="-dead",
            verdict=Verdict.CONFLICT,
            claims=("c1", "c2"),
            sources=2,
            explanation="@SUM(A1)",
        ),
        Cluster(
            id="k2",
            kind=c.kind,
            label="signed",
            verdict=Verdict.SINGLE,
            claims=("c3",),
            sources=1,
            explanation="stated once",
        ),
    )
    return Report(documents=docs, claims=(a, b, c), clusters=clusters)


def test_json_parses_back_with_spec_fields():
    data = json.loads(report_json(_report()))
    assert data["summary"]["conflict"] == 1 and data["summary"]["single"] == 1
    first = data["claims"][0]
    assert {
        "id",
        "doc",
        "kind",
        "text",
        "start",
        "end",
        "line",
        "sentence",
        "value",
        "measure",
        "event",
        "attribution",
    } <= first.keys()
    assert first["value"]["low"] == 273 and isinstance(first["value"]["low"], int)
    assert data["claims"][2]["value"]["timex"] == "2025-09-29"
    assert data["documents"][0]["date_source"] == "none"


def test_jsonl_is_one_claim_per_line_with_cluster():
    lines = claims_jsonl(_report().claims, _report().clusters).splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["cluster"] for r in records] == ["k1", "k1", "k2"]
    assert records[0]["verdict"] == "conflict"


def test_csv_cells_cannot_start_a_formula():
    rows = list(csv.reader(io.StringIO(report_csv(_report()))))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells, "the table has rows"
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert '\'=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells


def test_csv_conflicts_only():
    rows = list(csv.DictReader(io.StringIO(report_csv(_report(), all_clusters=False))))
    assert {r["verdict"] for r in rows} == {"conflict"} and len(rows) == 2


def test_csv_safe_leaves_ordinary_text_alone():
    assert csv_safe("273") == "273" and csv_safe(None) == "" and csv_safe("-5") == "'-5"


def test_markdown_escapes_document_text():
    md = report_markdown(_report())
    assert "## k1 conflict" in md
    assert "=HYPERLINK" in md and "<b>" not in md


def _suppressed(reason: str | None = "agreed with the desk"):
    report = _report()
    suppression = Suppression(cluster="k1", kind=SuppressionKind.BASELINE, reason=reason)
    return dataclasses.replace(report, suppressions=(suppression,))


def test_json_marks_a_suppressed_conflict_and_keeps_its_fields():
    plain = json.loads(report_json(_report()))
    marked = json.loads(report_json(_suppressed()))
    conflict = marked["clusters"][0]
    assert conflict.pop("suppressed") == {"kind": "baseline", "reason": "agreed with the desk"}
    assert conflict == plain["clusters"][0]  # only a field added
    assert "suppressed" not in marked["clusters"][1]
    assert marked["summary"]["conflict"] == 1 and marked["summary"]["suppressed"] == 1
    assert plain["summary"]["suppressed"] == 0


def test_markdown_report_names_the_suppression():
    text = report_markdown(_suppressed())
    assert "1 conflicts (1 suppressed)" in text
    assert "## k1 conflict (suppressed by baseline: agreed with the desk):" in text
    assert "(suppressed by baseline, no reason given)" in report_markdown(_suppressed(None))


def test_claims_markdown_is_one_escaped_row_per_claim():
    text = claims_markdown(_report().claims)
    lines = text.splitlines()
    header = lines.index(
        "| claim | document | line | kind | text | value | measure | attribution |"
    )
    rows = lines[header + 2 :]
    assert [r.split(" | ")[0] for r in rows] == ["| c1", "| c2", "| c3"]
    assert all(r.count(" | ") == 7 for r in rows)  # escaped text cannot add a column
    assert "3 claims." in text
    assert claims_markdown([]).count("\n| ") == 1  # only the header
