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
    assert "[18500000, 19500000]" in out  # "$19 million" read with its rounding
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
