"""Extraction over several processes gives what one process gives; the progress bar's place."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import pipeline
from factcheck.cli import Format, _progress, app
from factcheck.models import Diagnostic
from factcheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
runner = CliRunner()


@pytest.mark.nlp
@pytest.mark.parametrize("jobs", [2, 3, 0])
def test_worker_processes_give_the_same_claims(jobs: int) -> None:
    paths = [ROOT / "corpus", FIXTURES / "conflict", FIXTURES / "agree"]
    documents, _ = pipeline.read(paths, Settings())
    one = pipeline.extract(documents, Settings(jobs=1))
    assert len(documents) >= 4 and one
    assert repr(pipeline.extract(documents, Settings(jobs=jobs))) == repr(one)


@pytest.mark.nlp
def test_budget_warnings_come_back_from_the_workers() -> None:
    documents, _ = pipeline.read([ROOT / "corpus"], Settings())
    found: dict[int, list[Diagnostic]] = {1: [], 2: []}
    for jobs, diagnostics in found.items():
        pipeline.extract(
            documents, Settings(jobs=jobs, max_seconds_per_document=0), None, diagnostics
        )
    assert found[1] and [d.path for d in found[2]] == [d.path for d in found[1]]


@pytest.mark.nlp
def test_cli_jobs_output_is_byte_identical() -> None:
    outputs = []
    for jobs in ("1", "2"):
        args = ["run", str(ROOT / "corpus"), "--format", "json", "--no-cache", "--jobs", jobs]
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_rate_and_eta_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    advance = _progress(40, Format.TABLE, quiet=False)
    assert advance is not None
    for done in range(1, 41):
        advance(done)
    shown = screen.getvalue()
    assert "docs/s" in shown and "ETA" in shown and "/40" in shown


@pytest.mark.parametrize("format", [f for f in Format if f != Format.TABLE])
def test_progress_is_silent_for_machine_formats(
    monkeypatch: pytest.MonkeyPatch, format: Format
) -> None:
    monkeypatch.setattr("sys.stderr", _Terminal())
    assert _progress(40, format, quiet=False) is None


def test_progress_is_silent_when_quiet_or_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", _Terminal())
    assert _progress(40, Format.TABLE, quiet=True) is None
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert _progress(40, Format.TABLE, quiet=False) is None
