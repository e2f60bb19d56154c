"""Project configuration: finding the file, validating it, and the CLI's precedence."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import (
    Config,
    find_config,
    is_excluded,
    load_config,
    measure_ignored,
    parse_config,
)
from factcheck.errors import ConfigError
from factcheck.models import Kind
from factcheck.settings import Settings, Tolerance

FIXTURES = Path(__file__).resolve().parent / "fixtures"
runner = CliRunner()


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_nearest_file_wins_and_factcheck_toml_beats_pyproject(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", '[tool.factcheck]\nfail_on = "never"\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert load_config([nested]).fail_on == "never"
    _write(tmp_path / "a", "pyproject.toml", '[project]\nname = "x"\n')  # no table: walk on
    assert load_config([nested / "doc.md"]).source == tmp_path / "pyproject.toml"
    _write(tmp_path, ".factcheck.toml", "max_bytes = 10\n")
    config = load_config([nested])
    assert (config.max_bytes, config.fail_on) == (10, None)


def test_no_file_means_defaults(tmp_path: Path) -> None:
    found = find_config(tmp_path)
    assert found is None or found[0].parent != tmp_path
    assert load_config([]) == Config()


def test_all_settings_parse() -> None:
    table = {
        "doc_date": "2025-08-27",
        "fail_on": "conflict",
        "max_bytes": 5_000,
        "model": "en_core_web_sm",
        "exclude": ["drafts/*"],
    }
    config = parse_config(table, Path("p/pyproject.toml"))
    assert config.doc_date == "2025-08-27" and config.max_bytes == 5_000
    assert config.exclude == ("drafts/*",) and config.root == Path("p")


def test_a_toml_date_is_accepted(tmp_path: Path) -> None:
    _write(tmp_path, ".factcheck.toml", "doc_date = 2025-08-27\n")
    assert load_config([tmp_path]).doc_date == "2025-08-27"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"doc_date": "27/08/2025"}, "doc_date must be a date as YYYY-MM-DD"),
        ({"fail_on": "sometimes"}, "fail_on must be 'conflict' or 'never'"),
        ({"max_bytes": 0}, "max_bytes must be a whole number"),
        ({"max_bytes": True}, "max_bytes must be a whole number"),
        ({"model": ""}, "model must be a non-empty string"),
        ({"exclude": [1]}, "exclude must be a list of glob patterns"),
        ({"fail-on": "never"}, "unknown factcheck setting 'fail-on'"),
    ],
)
def test_bad_values_are_config_errors_naming_the_file(table: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        parse_config(table, Path("proj/pyproject.toml"))
    assert str(caught.value).startswith("proj/pyproject.toml: ")


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    _write(tmp_path, ".factcheck.toml", "fail_on = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config([tmp_path])


@pytest.mark.parametrize(
    ("path", "pattern", "excluded"),
    [
        ("root/drafts/a.md", "drafts/*", True),
        ("root/news/a.md", "drafts/*", False),
        ("root/news/a.draft.md", "*.draft.md", True),
        ("root/news/a.md", "*.draft.md", False),
    ],
)
def test_exclude_globs(tmp_path: Path, path: str, pattern: str, excluded: bool) -> None:
    root = tmp_path / "root"
    assert is_excluded(str(tmp_path / path), [pattern], str(root)) is excluded


def _project(tmp_path: Path, config: str) -> Path:
    for doc in (FIXTURES / "conflict").iterdir():
        _write(tmp_path / "news", doc.name, doc.read_text(encoding="utf-8"))
    _write(tmp_path / "news" / "drafts", "x.txt", "The tower cost $3 million.\n")
    _write(tmp_path, "pyproject.toml", config)
    return tmp_path / "news"


@pytest.mark.nlp
def test_cli_takes_settings_from_the_file_and_options_override(tmp_path: Path) -> None:
    news = _project(tmp_path, '[tool.factcheck]\nfail_on = "never"\nexclude = ["news/drafts/*"]\n')
    result = runner.invoke(app, ["run", str(news), "--format", "json"])
    assert result.exit_code == 0  # fail_on = "never" from the file
    assert "x.txt" not in result.stdout  # excluded, never read
    assert runner.invoke(app, ["run", str(news), "--fail-on", "conflict"]).exit_code == 1


@pytest.mark.nlp
def test_cli_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    news = _project(tmp_path, "[tool.factcheck]\nmax_bytes = -1\n")
    for command in ("run", "extract"):
        result = runner.invoke(app, [command, str(news)])
        assert result.exit_code == 2
        assert "max_bytes must be a whole number" in result.stderr
        assert "Traceback" not in result.stderr


def test_run_help_mentions_the_config_file() -> None:
    result = runner.invoke(app, ["run", "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "[tool.factcheck]" in result.stdout and ".factcheck.toml" in result.stdout


def test_tolerance_baseline_and_ignore_measures_are_read(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "pyproject.toml",
        "[tool.factcheck]\n"
        'baseline = "ci/accepted.json"\n'
        'ignore_measures = ["read time", "photo*"]\n'
        "[tool.factcheck.tolerance]\n"
        "relative = 0.01\n"
        "date_days = 3\n"
        "[tool.factcheck.tolerance.percent]\n"
        "relative = 0.05\n",
    )
    config = load_config([tmp_path])
    assert config.baseline == tmp_path / "ci" / "accepted.json"
    assert config.ignore_measures == ("read time", "photo*")
    assert config.tolerance == Tolerance(relative=0.01, date_days=3)
    # a kind's table starts from the general one
    assert config.kind_tolerances == ((Kind.PERCENT, Tolerance(relative=0.05, date_days=3)),)


def test_settings_pick_the_tolerance_of_a_claims_kind() -> None:
    settings = Settings(
        tolerance=Tolerance(relative=0.01), kind_tolerances=(("percent", Tolerance(relative=0.2)),)
    )
    assert settings.tolerance_for(Kind.PERCENT).relative == 0.2
    assert settings.tolerance_for(Kind.COUNT).relative == 0.01


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"tolerance": 0.1}, "tolerance must be a table"),
        ({"tolerance": {"relative": 1.5}}, "tolerance.relative must be a fraction"),
        ({"tolerance": {"relative": "1%"}}, "tolerance.relative must be a fraction"),
        ({"tolerance": {"approx_relative": -0.1}}, "tolerance.approx_relative must be a fraction"),
        ({"tolerance": {"date_days": 1.5}}, "tolerance.date_days must be a whole number"),
        ({"tolerance": {"date_days": True}}, "tolerance.date_days must be a whole number"),
        ({"tolerance": {"days": 3}}, "unknown setting tolerance.days"),
        ({"tolerance": {"money": {"relative": 2}}}, "tolerance.money.relative must be a fraction"),
        ({"tolerance": {"weight": {"relative": 0.1}}}, "tolerance.weight: unknown claim kind"),
        ({"ignore_measures": ["ok", ""]}, "ignore_measures must be a list of glob patterns"),
        ({"ignore_measures": 3}, "ignore_measures must be a list of glob patterns"),
        ({"baseline": ""}, "baseline must be a non-empty string"),
    ],
)
def test_bad_new_values_are_config_errors_naming_the_file_and_key(
    table: dict, message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        parse_config(table, Path("proj/.factcheck.toml"))
    assert str(caught.value).startswith("proj/.factcheck.toml: ")


@pytest.mark.parametrize(
    ("measure", "patterns", "ignored"),
    [
        ("Read Time", ["read time"], True),
        ("estimated read time", ["read time"], True),
        ("photos published", ["photo*"], True),
        ("published photos", ["photo*"], False),  # a glob matches the whole measure
        ("workers", ["read time"], False),
        (None, ["read time"], False),
        ("workers", [], False),
    ],
)
def test_measure_ignored(measure: str | None, patterns: list[str], ignored: bool) -> None:
    assert measure_ignored(measure, patterns) is ignored


@pytest.mark.nlp
def test_ignored_measures_and_tolerance_change_the_run(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "The council said 1,000 trees were planted this year.\n")
    _write(tmp_path, "b.md", "The council said 1,020 trees were planted this year.\n")
    strict = runner.invoke(app, ["run", "--format", "json", str(tmp_path)])
    assert strict.exit_code == 1, strict.output

    _write(tmp_path, ".factcheck.toml", "[tolerance]\nrelative = 0.05\n")
    loose = runner.invoke(app, ["run", "--format", "json", str(tmp_path)])
    assert loose.exit_code == 0, loose.output

    _write(tmp_path, ".factcheck.toml", 'ignore_measures = ["tree"]\n')
    ignored = runner.invoke(app, ["run", "--format", "json", str(tmp_path)])
    assert ignored.exit_code == 0, ignored.output
    assert '"trees' not in ignored.stdout.casefold()
