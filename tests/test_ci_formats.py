"""CI formats (github, sarif, rdjson) and the other exports, end to end against golden files.

Goldens live in tests/golden/. After an intended change of output, regenerate them with
`FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_ci_formats.py` and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"
runner = CliRunner()

pytestmark = pytest.mark.nlp

# ::error file=...,line=N,col=N,endLine=N,endColumn=N,title=...::message (properties escaped)
GITHUB_ERROR = re.compile(
    r"^::error file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::\S.*$"
)


@pytest.fixture
def in_fixtures(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from tests/fixtures, so paths in the output are relative and machine-independent."""
    monkeypatch.chdir(FIXTURES)
    return FIXTURES


def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["run", *args], env=env)
    return result.exit_code, result.stdout


def normalized(text: str) -> str:
    """Output with machine-specific parts (absolute paths) replaced by placeholders."""
    return text.replace(str(FIXTURES), "<fixtures>").replace(str(Path.cwd()), "<cwd>")


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"{path} is missing; create it with FACTCHECK_UPDATE_GOLDEN=1")
        path.parent.mkdir(exist_ok=True)
        path.write_text(normalized(text), encoding="utf-8", newline="")
    assert normalized(text) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("fmt", "golden"),
    [
        ("github", "conflict.github.txt"),
        ("sarif", "conflict.sarif"),
        ("rdjson", "conflict.rdjson"),
        ("csv", "conflict.csv"),
        ("markdown", "conflict.md"),
        ("json", "conflict.json"),
    ],
)
def test_conflict_fixture_matches_golden(in_fixtures: Path, fmt: str, golden: str) -> None:
    code, out = run_cli("conflict", "--format", fmt, env={"GITHUB_STEP_SUMMARY": ""})
    assert code == 1
    check_golden(golden, out)


def test_github_lines_parse_and_point_into_the_files(in_fixtures: Path) -> None:
    _, out = run_cli("conflict", "--format", "github", env={"GITHUB_STEP_SUMMARY": ""})
    lines = out.splitlines()
    assert len(lines) == 4  # two conflicts, two sides each
    for line in lines:
        assert GITHUB_ERROR.match(line), line
        props = dict(p.split("=", 1) for p in line[len("::error ") :].split("::")[0].split(","))
        file_line = Path(props["file"]).read_text(encoding="utf-8").splitlines()
        text = file_line[int(props["line"]) - 1][
            int(props["col"]) - 1 : int(props["endColumn"]) - 1
        ]
        assert f'("{text}") here' in line  # the columns slice out exactly the claim
    assert "title=factcheck conflict%3A " in lines[0]


def test_sarif_has_the_required_structure(in_fixtures: Path) -> None:
    _, out = run_cli("conflict", "--format", "sarif")
    log = json.loads(out)
    assert log["version"] == "2.1.0" and log["$schema"].startswith("https://")
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "factcheck"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["factcheck/conflict"]
    assert len(run["results"]) == 4
    fingerprints = set()
    for result in run["results"]:
        assert result["ruleId"] == "factcheck/conflict" and result["level"] == "error"
        assert result["message"]["text"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["endColumn"] > region["startColumn"] >= 1
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith("/") and Path(uri).is_file()
        assert len(result["relatedLocations"]) == 1
        fingerprints.add(result["partialFingerprints"]["factcheckConflict/v1"])
    assert len(fingerprints) == 4


def test_sarif_fingerprints_ignore_line_numbers(in_fixtures: Path, tmp_path: Path) -> None:
    """Text added above a claim moves it down a line; code scanning must see the same alert."""
    for name in ("coast-times.md", "harbor-daily.md"):
        text = (FIXTURES / "conflict" / name).read_text(encoding="utf-8")
        head, _, body = text.partition("---\n\n")
        (tmp_path / name).write_text(head + "---\n\nAn added paragraph.\n\n" + body, "utf-8")

    def prints(folder: str) -> list[tuple[str, int]]:
        results = json.loads(run_cli(folder, "--format", "sarif")[1])["runs"][0]["results"]
        return [
            (
                r["partialFingerprints"]["factcheckConflict/v1"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in results
        ]

    before, after = prints("conflict"), prints(str(tmp_path))
    assert [f for f, _ in before] == [f for f, _ in after]
    assert [line + 2 for _, line in before] == [line for _, line in after]


def test_rdjson_parses_back(in_fixtures: Path) -> None:
    data = json.loads(run_cli("conflict", "--format", "rdjson")[1])
    assert data["source"] == {"name": "factcheck"} and data["severity"] == "ERROR"
    assert len(data["diagnostics"]) == 4
    for diagnostic in data["diagnostics"]:
        assert diagnostic["code"] == {"value": "conflict"}
        start = diagnostic["location"]["range"]["start"]
        assert start["line"] >= 1 and start["column"] >= 1
        assert diagnostic["related_locations"][0]["location"]["path"].endswith(".md")


def test_csv_and_json_parse_back(in_fixtures: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run_cli("conflict", "--format", "csv")[1])))
    assert {r["verdict"] for r in rows} >= {"conflict"}
    data = json.loads(run_cli("conflict", "--format", "json")[1])
    assert data["summary"]["conflict"] == 2
    assert {d["path"] for d in data["documents"]} == {
        "conflict/coast-times.md",
        "conflict/harbor-daily.md",
    }


def test_github_appends_the_markdown_report_to_the_step_summary(
    in_fixtures: Path, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    code, out = run_cli("conflict", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 1 and out.startswith("::error ")
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("# earlier step\n# factcheck report\n")
    assert "| claim | document | line | text | value | attribution |" in written
    assert "\\$19 million" in written or "$19 million" in written


def test_github_output_caps_at_ten_errors_and_one_notice(tmp_path: Path) -> None:
    nouns = "bridge tunnel school library hospital stadium museum harbor airport station"
    for n, noun in enumerate([*nouns.split(), "courthouse", "reservoir"], start=1):
        # different figures per pair, so pairs do not group with each other
        (tmp_path / f"a{n:02}.txt").write_text(f"The {noun} repairs cost ${10 + n} million.\n")
        (tmp_path / f"b{n:02}.txt").write_text(f"The {noun} repairs cost ${40 + n} million.\n")
    report = json.loads(run_cli(str(tmp_path), "--format", "json", "--doc-date", "2024-01-01")[1])
    assert report["summary"]["conflict"] == 12  # the fixture really holds 12 conflicts

    code, out = run_cli(
        str(tmp_path), "--format", "github", "--doc-date", "2024-01-01",
        env={"GITHUB_STEP_SUMMARY": ""},
    )  # fmt: skip
    lines = out.splitlines()
    assert code == 1 and len(lines) == 11
    assert all(GITHUB_ERROR.match(line) for line in lines[:10])
    assert lines[10] == "::notice::14 more conflicting claims not shown"


def test_extract_refuses_ci_formats_with_a_usage_error(in_fixtures: Path) -> None:
    for fmt in ("github", "sarif", "rdjson"):
        result = runner.invoke(app, ["extract", "conflict", "--format", fmt])
        assert result.exit_code == 2
        message = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stderr).split())  # unwrap rich's box
        assert f"{fmt} reports conflicts, which only `factcheck run` finds" in message


def test_run_help_names_the_ci_formats() -> None:
    result = runner.invoke(app, ["run", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for fmt in ("github", "sarif", "rdjson"):
        assert fmt in result.stdout


def test_written_baseline_matches_golden(in_fixtures: Path, tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    result = runner.invoke(app, ["run", "conflict", "--write-baseline", str(target)])
    assert result.exit_code == 0, result.output
    check_golden("conflict.baseline.json", target.read_text(encoding="utf-8"))


def test_baselined_sarif_matches_golden_and_keeps_every_result(
    in_fixtures: Path, tmp_path: Path
) -> None:
    target = tmp_path / "baseline.json"
    runner.invoke(app, ["run", "conflict", "--write-baseline", str(target)])
    data = json.loads(target.read_text(encoding="utf-8"))
    data["entries"][0]["reason"] = "the two outlets quote different council documents"
    target.write_text(json.dumps(data), encoding="utf-8")
    code, out = run_cli("conflict", "--format", "sarif", "--baseline", str(target))
    assert code == 0
    check_golden("conflict.baselined.sarif", out)
    results = json.loads(out)["runs"][0]["results"]
    assert len(results) == 4  # suppressed results stay in the log, marked
    justifications = sorted(r["suppressions"][0]["justification"] for r in results)
    assert justifications == [
        "no reason given",
        "no reason given",
        "the two outlets quote different council documents",
        "the two outlets quote different council documents",
    ]


def test_extract_markdown_is_a_table_of_claims(in_fixtures: Path) -> None:
    result = runner.invoke(app, ["extract", "conflict", "--format", "markdown"])
    assert result.exit_code == 0
    check_golden("conflict.claims.md", result.stdout)
    rows = [line for line in result.stdout.splitlines() if re.match(r"\| c\d+ ", line)]
    as_json = runner.invoke(app, ["extract", "conflict", "--format", "json"])
    claims = json.loads(as_json.stdout)["claims"]
    assert [row.split(" | ")[0].lstrip("| ") for row in rows] == [c["id"] for c in claims]
    assert not result.stdout.startswith("cluster,")  # not the CSV it used to be
