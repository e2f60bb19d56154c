"""End-to-end: the real CLI on the corpus and on small fixture folders (needs the model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
runner = CliRunner()

pytestmark = pytest.mark.nlp


def run_json(*args: str) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["run", *args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout), result.stderr


def clusters_with(data: dict, verdicts: set[str]) -> list[list[dict]]:
    claims = {c["id"]: c for c in data["claims"]}
    return [[claims[i] for i in k["claims"]] for k in data["clusters"] if k["verdict"] in verdicts]


def test_corpus_has_no_conflict_and_the_shared_facts_agree():
    code, data, _ = run_json(str(ROOT / "corpus"))
    assert code == 0, [k for k in data["clusters"] if k["verdict"] == "conflict"]
    assert data["summary"]["documents"] == 5 and data["summary"]["conflict"] == 0
    multi = clusters_with(data, {"agree", "compatible"})
    cross_source = [g for g in multi if len({c["doc"] for c in g}) >= 2]
    values = {
        tuple(sorted({c["value"].get("timex") or str(c["value"].get("low")) for c in g}))
        for g in cross_source
    }
    flat = {v for vs in values for v in vs}
    for expected in ("2025-08-27", "1987", "2025-09-29", "2022-09-19", "200"):
        assert expected in flat, f"{expected} not agreed across sources: {sorted(values)}"


def test_two_articles_with_different_figures_conflict_and_exit_1():
    code, data, _ = run_json(str(FIXTURES / "conflict"))
    assert code == 1
    conflicts = clusters_with(data, {"conflict"})
    texts = [{c["text"] for c in g} for g in conflicts]
    assert {"$12 million", "$19 million"} in texts
    assert any({"More than 300", "About 120"} == t for t in texts)
    # the start of the repairs is stated identically by both: an agreement, not a conflict
    agreed = clusters_with(data, {"agree"})
    assert any({c["value"]["timex"] for c in g} == {"2023-06"} and len(g) == 2 for g in agreed)


def test_fail_on_never_exits_0_and_table_shows_both_sides():
    result = runner.invoke(app, ["run", str(FIXTURES / "conflict"), "--fail-on", "never"])
    assert result.exit_code == 0
    assert "$12 million" in result.stdout and "$19 million" in result.stdout
    assert "harbor-daily.md:" in result.stdout and "coast-times.md:" in result.stdout


def test_agreeing_sources_agree_and_undated_text_uses_the_option_date():
    code, data, _ = run_json(str(FIXTURES / "agree"), "--doc-date", "2023-05-10")
    assert code == 0
    docs = {d["id"]: d for d in data["documents"]}
    assert (
        docs["first.md"]["date_source"] == "metadata"
        and docs["second.txt"]["date_source"] == "option"
    )
    groups = clusters_with(data, {"agree", "compatible"})
    assert any(
        {c["value"].get("timex") for c in g} == {"2023-05-08"} and len(g) == 2 for g in groups
    )
    assert any({c["text"] for c in g} == {"$2.1 billion", "about $2.1 billion"} for g in groups)


def test_extract_jsonl_offsets_slice_the_document_text(tmp_path):
    text = "Officials said on 3 March 2021 that at least 45 people and 12% of homes were hit.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert {c["text"] for c in claims} >= {"3 March 2021", "at least 45", "12%"}
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"] and c["line"] == 1


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9 \xff\xfe\x81 broken")
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "ok", "text": "Over 40 homes flooded."}\n{not json\n', encoding="utf-8"
    )
    (tmp_path / "good.txt").write_text("The storm hit on May 2, 2024.", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {d["id"] for d in data["documents"]} >= {"good.txt", "ok"}
    for name in ("empty.txt", "image.txt", "feed.jsonl:2"):
        assert name in result.stderr, result.stderr


def test_no_readable_document_exits_2_with_one_line(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "missing" in result.stderr and "Traceback" not in result.stderr


def test_bad_doc_date_is_a_usage_error():
    result = runner.invoke(app, ["run", str(FIXTURES / "agree"), "--doc-date", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_output_file_is_written(tmp_path):
    target = tmp_path / "report.json"
    result = runner.invoke(
        app, ["run", str(FIXTURES / "agree"), "--format", "json", "--output", str(target)]
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["documents"] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


@pytest.mark.parametrize("command", [[], ["run"], ["extract"]])
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


def test_an_article_filed_twice_keeps_its_claims_but_shared_footers_go(tmp_path):
    body = "The harbor bridge reopened on May 2, 2024, after repairs that cost $12 million.\n" * 3
    footer = "Our newsroom has 40 reporters in 12 bureaus who file 3 million words a year.\n"
    other = "A short closing line that is long enough to count as a paragraph here.\n"
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(
            f"---\nsource: Daily\n---\n{body}{other}{footer}", encoding="utf-8"
        )
    code, data, _ = run_json(str(tmp_path))
    texts = {c["text"] for c in data["claims"]}
    assert code == 0 and {"May 2, 2024", "$12 million"} <= texts
    assert "40" not in texts and "3 million" not in texts


def test_implausible_dates_are_refused_or_ignored_not_crashed_on(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 0001-01-01\n---\nThe dam opened last month, on May 2.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["run", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0 and "implausible" in result.stderr
    assert json.loads(result.stdout)["documents"][0]["date_source"] != "metadata"
    result = runner.invoke(app, ["run", str(tmp_path), "--doc-date", "9999-12-31"])
    assert result.exit_code == 2 and "implausible" in result.stderr
