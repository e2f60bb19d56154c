"""`factcheck explain CLUSTER_ID PATH...`: why a cluster was formed and why its verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "conflict"
runner = CliRunner()

pytestmark = pytest.mark.nlp


def _conflict_id() -> str:
    result = runner.invoke(app, ["run", str(FIXTURES), "--format", "json"])
    report = json.loads(result.stdout)
    return next(c["id"] for c in report["clusters"] if c["verdict"] == "conflict")


def test_explain_shows_claims_intervals_and_links() -> None:
    cluster_id = _conflict_id()
    result = runner.invoke(app, ["explain", cluster_id, str(FIXTURES)], terminal_width=200)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"{cluster_id} conflict" in out
    assert "coast-times.md:" in out and "harbor-daily.md:" in out
    assert "[18500000, 19500000)" in out  # "$19 million" read with its rounding
    assert "Grouped by:" in out and "score" in out
    assert "decided the verdict" in out


def test_explain_json_holds_the_evidence_and_the_claims() -> None:
    cluster_id = _conflict_id()
    result = runner.invoke(app, ["explain", cluster_id, str(FIXTURES), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    evidence = data["cluster"]["evidence"]
    members = set(data["cluster"]["claims"])
    assert {c["id"] for c in data["claims"]} == members
    assert evidence["links"] and set(evidence["links"][0]["claims"]) <= members
    assert {r["claim"] for r in evidence["readings"]} == members
    assert len(evidence["decisive"]) == 2


def test_explain_an_unknown_cluster_is_a_usage_error() -> None:
    result = runner.invoke(app, ["explain", "k999", str(FIXTURES)])
    assert result.exit_code == 2
    assert "no cluster 'k999'" in result.output


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _claim_id(folder: Path, doc: str, text: str) -> str:
    result = runner.invoke(app, ["run", str(folder), "--format", "json"])
    claims = json.loads(result.stdout)["claims"]
    return next(c["id"] for c in claims if c["doc"] == doc and c["text"] == text)


def test_explain_a_pair_names_the_rule_that_kept_it_apart(tmp_path: Path) -> None:
    folder = _write(
        tmp_path,
        {
            "a.md": "---\nsource: A\n---\nSenators passed the bill in its first reading on "
            "March 3, 2025.\n",
            "b.md": "---\nsource: B\n---\nSenators passed the bill in its second reading on "
            "March 10, 2025.\n",
        },
    )
    first = _claim_id(folder, "a.md", "March 3, 2025")
    second = _claim_id(folder, "b.md", "March 10, 2025")
    result = runner.invoke(app, ["explain", f"{first},{second}", str(folder)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "kept apart: contrast word" in result.stdout or "kept apart: event qualifier" in (
        result.stdout
    )


def test_explain_a_conflicting_pair_in_json_says_what_linked_it() -> None:
    cluster_id = _conflict_id()
    shown = runner.invoke(app, ["explain", cluster_id, str(FIXTURES), "--format", "json"])
    first, second = json.loads(shown.stdout)["cluster"]["evidence"]["decisive"]
    result = runner.invoke(app, ["explain", f"{first},{second}", str(FIXTURES), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["linkable"] is True and data["reason"].startswith("linked:")
    assert data["clusters"] == [cluster_id, cluster_id] and data["blocked_by"] is None
    assert [c["id"] for c in data["claims"]] == [first, second]


def test_explain_a_pair_with_an_unknown_claim_is_a_usage_error() -> None:
    result = runner.invoke(app, ["explain", "c1,c9999", str(FIXTURES)])
    assert result.exit_code == 2
    assert "no claim 'c9999'" in result.output
