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


def _mentions(text: str) -> list:
    from factcheck.extract import find_mentions
    from factcheck.models import Document

    return find_mentions(Document(id="d", path="d", text=text))


def test_segments_are_the_sentences_holding_mentions_with_the_sentence_before() -> None:
    from factcheck.extract import segments

    text = (
        "Mr. Smith arrived. Officials in the U.S. said 12 people were hurt. Nothing else "
        "happened. Nor did anything more. Dr. J. Smith counted 40 cars.\nA new line of 7 words."
    )
    found = [(text[s.start : s.end], [m.text for m in s.mentions]) for s in segments(
        text, _mentions(text)
    )]  # fmt: skip
    assert found == [
        ("Mr. Smith arrived. Officials in the U.S. said 12 people were hurt.", ["12"]),
        ("Nor did anything more. Dr. J. Smith counted 40 cars.", ["40"]),
        ("A new line of 7 words.", ["7"]),
    ]


def test_a_paragraph_with_no_sentence_cut_is_one_segment() -> None:
    from factcheck.extract import segments

    text = "``Liberty! Liberty!'' chanted 300 people, said Messrs. Perlman and Price."
    assert [(s.start, s.end) for s in segments(text, _mentions(text))] == [(0, len(text))]


@pytest.mark.nlp
def test_a_caption_fragment_takes_the_verb_of_the_sentence_before() -> None:
    text = "Crowds mourned the 440 residents whom invaders tortured to death. September 19 2022."
    claims = {c.text: c for c in pipeline.extract_text(text)}
    assert claims["September 19 2022"].key.event == "mourn"


@pytest.mark.nlp
def test_reported_speech_is_linked_across_segments_of_a_paragraph() -> None:
    import datetime as dt

    from factcheck.extract import segments

    text = (
        "“Today we signed the law. It is a historic step. Nobody thought it possible. "
        "We are proud,” she wrote on September 29."
    )
    assert len(segments(text, _mentions(text))) == 2
    claims = {c.text: c for c in pipeline.extract_text(text, dt.date(2024, 10, 2))}
    assert claims["Today"].value.timex == "2024-09-29"  # type: ignore[union-attr]
