"""Baselines: stable fingerprints, the file format, applying one, and the CI workflow end to end."""

from __future__ import annotations

import dataclasses
import json
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.baseline import (
    Baseline,
    apply_baseline,
    baseline_from_report,
    dump_baseline,
    entry_for,
    load_baseline,
    parse_baseline,
)
from factcheck.cli import app
from factcheck.errors import InputError
from factcheck.models import (
    Cluster,
    Document,
    Report,
    Severity,
    Suppression,
    SuppressionKind,
    Verdict,
)

from .factories import claim, qty

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / "docs" / "github-actions-example.yml"
runner = CliRunner()


def _report(low_a: float = 40, low_b: float = 55, *, line_a: int = 3, cluster_id: str = "k1"):
    a = claim(qty(low_a), doc="east.md", text=str(low_a), cid="c1", line=line_a, start=line_a * 10)
    b = claim(qty(low_b), doc="west.md", text=str(low_b), cid="c2")
    conflict = Cluster(
        id=cluster_id,
        kind=a.kind,
        label="Ferry  Crossings",
        verdict=Verdict.CONFLICT,
        claims=("c1", "c2"),
        sources=2,
        explanation="differ",
    )
    docs = tuple(Document(id=d, path=d, text="") for d in ("east.md", "west.md"))
    return Report(documents=docs, claims=(a, b), clusters=(conflict,))


def test_fingerprint_ignores_lines_and_cluster_ids_but_not_values() -> None:
    first = _report()
    moved = _report(line_a=30, cluster_id="k7")
    changed = _report(low_b=60)

    def fingerprint(report: Report) -> str:
        return entry_for(report.clusters[0], {c.id: c for c in report.claims}).fingerprint

    assert fingerprint(first) == fingerprint(moved)
    assert fingerprint(first) != fingerprint(changed)


def test_entry_names_the_normalized_label_values_and_documents() -> None:
    report = _report()
    entry = entry_for(report.clusters[0], {c.id: c for c in report.claims})
    assert entry.label == "ferry crossings"
    assert entry.values == ("40", "55")
    assert entry.documents == ("east.md", "west.md")
    assert entry.reason is None


def test_written_baseline_parses_back_and_is_deterministic() -> None:
    text = dump_baseline(baseline_from_report(_report()))
    assert text == dump_baseline(baseline_from_report(_report(line_a=9)))
    data = json.loads(text)
    assert data["schema_version"] == 1
    assert [e["reason"] for e in data["entries"]] == [None]
    parsed = parse_baseline(text, "b.json")
    assert parsed.entries == baseline_from_report(_report()).entries
    assert parsed.entries[0].line == 6  # the fingerprint's line (after 5 lines of header)


def test_rewriting_keeps_the_reasons_of_entries_that_still_occur() -> None:
    first = baseline_from_report(_report())
    explained = Baseline(
        entries=(dataclasses.replace(first.entries[0], reason="ferry log is incomplete"),)
    )
    again = baseline_from_report(_report(line_a=12), explained)
    assert again.entries[0].reason == "ferry log is incomplete"
    assert baseline_from_report(_report(low_b=70), explained).entries[0].reason is None


def test_applying_suppresses_the_accepted_conflict_with_its_reason() -> None:
    accepted = baseline_from_report(_report())
    accepted = dataclasses.replace(
        accepted, entries=(dataclasses.replace(accepted.entries[0], reason="known"),)
    )
    applied = apply_baseline(_report(cluster_id="k3"), accepted)
    assert applied.suppressions == (
        Suppression(cluster="k3", kind=SuppressionKind.BASELINE, reason="known"),
    )
    assert applied.open_conflicts == ()
    assert applied.has_conflict  # still a conflict, only it does not fail the run
    assert applied.diagnostics == ()


def test_a_new_figure_is_not_covered_and_the_old_entry_is_stale() -> None:
    accepted = baseline_from_report(_report())
    applied = apply_baseline(_report(low_b=70), accepted)
    assert applied.suppressions == ()
    assert [c.id for c in applied.open_conflicts] == ["k1"]
    reasons = [d.reason for d in applied.diagnostics]
    assert any("no longer occurs" in r for r in reasons)
    assert any("without a reason" in r for r in reasons)
    assert all(d.severity == Severity.WARNING for d in applied.diagnostics)


def test_conflicts_already_suppressed_inline_are_not_written() -> None:
    report = dataclasses.replace(
        _report(),
        suppressions=(Suppression(cluster="k1", kind=SuppressionKind.INLINE, reason="x"),),
    )
    assert baseline_from_report(report).entries == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "not a factcheck baseline"),
        ('{"schema_version": 9, "entries": []}', "schema_version 9 is not supported"),
        ('{"schema_version": 1, "entries": {}}', "'entries' must be a list"),
        ('{"schema_version": 1, "entries": [1]}', "entry 1 must be an object"),
        ('{"schema_version": 1, "entries": [{"fingerprint": "x"}]}', "entry 1 has no 'kind'"),
        (
            '{"schema_version": 1, "entries": [{"fingerprint": "x", "kind": "count", '
            '"label": "l", "values": [], "documents": [], "reason": 3}]}',
            "'reason' must be a string or null",
        ),
    ],
)
def test_bad_baselines_are_refused_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_baseline(text, "accepted.json")
    assert str(caught.value).startswith("accepted.json: ")


def test_a_missing_baseline_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the baseline"):
        load_baseline(tmp_path / "nope.json")


# --- the CLI, end to end (needs the spaCy pipeline) -------------------------------------------

FIRST = """---
title: Ferry timetable changes
source: Lakeside Courier
date: 2025-05-02
---

The island ferry will stop running at night from June.

The operator said 48 crossings were cancelled last winter because of storms.
"""

SECOND = """---
title: Storms and the island ferry
source: Valley Herald
date: 2025-05-03
---

Ferry passengers faced a hard season.

The operator said 63 crossings were cancelled last winter because of storms.
"""


def _workflow_command() -> list[str]:
    """The factcheck command of the first job in the shipped workflow, as arguments."""
    for line in WORKFLOW.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("run: factcheck run"):
            return shlex.split(stripped.removeprefix("run: "))
    raise AssertionError(f"{WORKFLOW} has no `run: factcheck run ...` step")


def _repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "courier.md").write_text(FIRST, encoding="utf-8")
    (tmp_path / "articles" / "herald.md").write_text(SECOND, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _invoke(args: list[str]):
    assert args[0] == "factcheck"
    return runner.invoke(app, args[1:], env={"GITHUB_STEP_SUMMARY": ""})


@pytest.mark.nlp
def test_the_documented_workflow_fails_then_a_baseline_accepts_then_a_new_figure_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, monkeypatch)
    command = _workflow_command()

    failed = _invoke(command)
    assert failed.exit_code == 1, failed.output
    errors = [line for line in failed.stdout.splitlines() if line.startswith("::error ")]
    assert any("file=articles/courier.md,line=9," in e for e in errors), errors
    assert any("file=articles/herald.md,line=9," in e for e in errors), errors

    written = _invoke(["factcheck", "run", "--write-baseline", "factcheck-baseline.json", "."])
    assert written.exit_code == 0, written.output
    data = json.loads((repo / "factcheck-baseline.json").read_text(encoding="utf-8"))
    assert len(data["entries"]) == 1
    assert data["entries"][0]["documents"] == ["articles/courier.md", "articles/herald.md"]
    data["entries"][0]["reason"] = "the herald counts cancelled return trips too"
    (repo / "factcheck-baseline.json").write_text(json.dumps(data), encoding="utf-8")
    (repo / ".factcheck.toml").write_text('baseline = "factcheck-baseline.json"\n')

    accepted = _invoke(command)
    assert accepted.exit_code == 0, accepted.output
    assert "::error" not in accepted.stdout
    assert "baseline entry" not in accepted.stderr  # a reason is given and the entry occurs

    herald = repo / "articles" / "herald.md"
    herald.write_text(SECOND.replace("63 crossings", "71 crossings"), encoding="utf-8")
    again = _invoke(command)
    assert again.exit_code == 1, again.output
    assert "::error file=articles/herald.md,line=9," in again.stdout
    assert "baseline entry no longer occurs" in again.stderr


@pytest.mark.nlp
def test_an_edit_elsewhere_keeps_the_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, monkeypatch)
    assert _invoke(["factcheck", "run", "--write-baseline", "b.json", "."]).exit_code == 0
    herald = repo / "articles" / "herald.md"
    herald.write_text(SECOND.replace("a hard season.", "a hard season.\n\nMore below."))
    result = _invoke(["factcheck", "run", "--baseline", "b.json", "--format", "json", "."])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    conflicts = [c for c in report["clusters"] if c["verdict"] == "conflict"]
    assert [c["suppressed"] for c in conflicts] == [{"kind": "baseline", "reason": None}]
    assert report["summary"]["suppressed"] == 1
    assert "baseline entry without a reason" in result.stderr


@pytest.mark.nlp
def test_suppressed_conflicts_in_the_ci_formats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path, monkeypatch)
    _invoke(["factcheck", "run", "--write-baseline", "b.json", "."])
    sarif = _invoke(["factcheck", "run", "--baseline", "b.json", "--format", "sarif", "."])
    results = json.loads(sarif.stdout)["runs"][0]["results"]
    assert len(results) == 2
    assert all(
        r["suppressions"]
        == [{"kind": "external", "status": "accepted", "justification": "no reason given"}]
        for r in results
    )
    rdjson = _invoke(["factcheck", "run", "--baseline", "b.json", "--format", "rdjson", "."])
    assert json.loads(rdjson.stdout)["diagnostics"] == []
    github = _invoke(["factcheck", "run", "--baseline", "b.json", "--format", "github", "."])
    assert github.stdout == ""
    table = _invoke(["factcheck", "run", "--baseline", "b.json", "."])
    assert "suppressed by baseline" in table.stdout


@pytest.mark.nlp
def test_a_bad_baseline_exits_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path, monkeypatch)
    Path("b.json").write_text("{not json", encoding="utf-8")
    result = _invoke(["factcheck", "run", "--baseline", "b.json", "."])
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: b.json: not valid JSON")
    assert "Traceback" not in result.output
    both = _invoke(["factcheck", "run", "--baseline", "b.json", "--write-baseline", "c.json", "."])
    assert both.exit_code == 2


@pytest.mark.nlp
def test_changed_reports_only_clusters_with_a_changed_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, monkeypatch)
    (repo / "articles" / "other.md").write_text(
        "The city library opened on 3 March 2025, the mayor said.\n", encoding="utf-8"
    )
    only_other = _invoke(
        ["factcheck", "run", "--changed", "articles/other.md", "--format", "json", "."]
    )
    assert only_other.exit_code == 0, only_other.output
    report = json.loads(only_other.stdout)
    assert {c["doc"] for c in report["claims"]} == {"articles/other.md"}
    assert report["summary"]["conflict"] == 0

    herald = _invoke(
        ["factcheck", "run", "--changed", "articles/herald.md", "--format", "github", "."]
    )
    assert herald.exit_code == 1
    # the unchanged side of the conflict is still shown
    assert "file=articles/courier.md" in herald.stdout


@pytest.mark.nlp
def test_changed_since_uses_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch)
    result = _invoke(["factcheck", "run", "--changed-since", "no-such-ref", "."])
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: git diff no-such-ref failed")


@pytest.mark.nlp
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_changed_since_takes_the_files_from_git_diff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, monkeypatch)
    (repo / "articles" / "other.md").write_text("The library opened on 3 March 2025.\n")

    def git(*args: str) -> None:
        identity = ["-c", "user.name=test", "-c", "user.email=test@example.org"]
        subprocess.run(["git", *identity, *args], cwd=repo, check=True, capture_output=True)

    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "articles")
    (repo / "articles" / "other.md").write_text("The library opened on 4 March 2025.\n")
    quiet = _invoke(["factcheck", "run", "--changed-since", "HEAD", "--format", "json", "."])
    assert quiet.exit_code == 0, quiet.output
    assert {c["doc"] for c in json.loads(quiet.stdout)["claims"]} == {"articles/other.md"}

    herald = repo / "articles" / "herald.md"
    herald.write_text(SECOND.replace("Ferry passengers", "Island ferry passengers"))
    loud = _invoke(["factcheck", "run", "--changed-since", "HEAD", "--format", "github", "."])
    assert loud.exit_code == 1, loud.output
    assert "file=articles/courier.md" in loud.stdout
