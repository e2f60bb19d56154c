"""A run streams its corpus: one pass reads and spools it, extraction keeps no text."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck import pipeline
from factcheck.corpus import Corpus
from factcheck.locate import Locator
from factcheck.models import Document, SourceComment, TextFingerprint, Verdict, compact
from factcheck.settings import Settings
from factcheck.suppress import regions, with_paragraphs

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PATHS = [ROOT / "corpus", FIXTURES / "conflict", FIXTURES / "agree"]


def test_reading_keeps_metadata_and_a_fingerprint_but_no_text() -> None:
    documents, _ = pipeline.read(PATHS, Settings())
    with Corpus.read(PATHS) as corpus:
        assert [d.id for d in corpus.documents] == [d.id for d in documents]
        assert all(d.text == "" for d in corpus.documents)
        assert [d.released for d in corpus.documents] == [
            TextFingerprint.of(d.text) for d in documents
        ]
        assert [d.date for d in corpus.documents] == [d.date for d in documents]
        streamed = {d.id: d for d in corpus.stream()}
        assert streamed == {d.id: d for d in documents}  # text, date and all
        assert list(corpus.stream()) == list(corpus.stream())  # the spool reads again
    assert corpus._spool.closed  # the temporary file is gone with the Corpus


def test_a_problem_while_reading_is_a_diagnostic_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("In 2024, 40 people came.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    with Corpus.read([tmp_path]) as corpus:
        assert [d.id for d in corpus.documents] == ["good.txt"]
        assert [(Path(d.path).name, d.reason) for d in corpus.diagnostics] == [
            ("bad.txt", "empty document, skipped")
        ]


@pytest.mark.nlp
@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_extraction_gives_the_claims_of_extraction_in_memory(
    jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows and chunks of two documents, so the corpus spans several of each.
    monkeypatch.setattr(pipeline, "WINDOW_DOCUMENTS", 2)
    monkeypatch.setattr(pipeline, "CHUNKS_IN_FLIGHT", 1)
    documents, _ = pipeline.read(PATHS, Settings())
    expected = pipeline.extract(documents, Settings())
    with Corpus.read(PATHS) as corpus:
        kept, claims = pipeline.extract_corpus(corpus, Settings(jobs=jobs))
    assert len(documents) > 4 and repr(claims) == repr(expected)
    assert [d.id for d in kept] == [d.id for d in documents]
    assert all(d.text == "" and d.released is not None for d in kept)


@pytest.mark.nlp
def test_annotations_point_into_the_files_after_the_text_is_released(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\nsource: A\ndate: 2024-05-02\n---\nThe bridge cost $19 million, the council said.\n",
        encoding="utf-8",
    )
    record = {"id": "b", "text": "The bridge cost $12 million, the council said."}
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "other", "text": "Nothing here."}) + "\n" + json.dumps(record) + "\n",
        encoding="utf-8",
    )
    report = pipeline.run([tmp_path])
    [conflict] = [c for c in report.clusters if c.verdict == Verdict.CONFLICT]
    assert all(d.text == "" for d in report.documents)
    locator = Locator(report.documents)
    places = {}
    for claim in (c for c in report.claims if c.id in conflict.claims):
        position = locator.position(claim)
        places[claim.text] = (position.line, position.column)
    # Line 5 of a.md (after the front matter); line 2 of b.jsonl, inside the JSON string.
    assert places == {"$19 million": (5, 17), "$12 million": (2, 38)}


def test_a_directive_keeps_its_paragraph_once_the_text_is_released() -> None:
    text = 'Intro 4.\n\n<!-- factcheck: ignore reason="old" -->\nCrews replaced 80 planks.\n'
    start = text.index("<!--")
    end = text.index("-->") + 3
    comment = SourceComment(text=text[start + 4 : end - 3], line=3, start=start, end=end)
    document = Document(id="d.md", path="d.md", text=text, comments=(comment,))
    released = with_paragraphs(document).without_text()
    assert released.text == ""
    [region], _ = regions(released)
    assert text[region.start : region.end] == "Crews replaced 80 planks."
    assert regions(released) == regions(document)


@pytest.mark.nlp
def test_compact_claims_are_equal_and_share_their_strings() -> None:
    text = "Officials said 40 people died and 12 were injured on May 2, 2024."
    # Each claim with a string of its own, as a parse or a cache entry gives them.
    claims = [
        replace(c, sentence="".join(list(c.sentence)), text="".join(list(c.text)))
        for c in pipeline.extract_text(text)
    ]
    assert len(claims) >= 3 and len({id(c.sentence) for c in claims}) == len(claims)
    again = compact(claims)
    assert again == claims
    assert len({id(c.sentence) for c in again}) == 1  # one sentence, stated once


def test_a_run_that_cannot_spool_says_why_and_how_to_fix_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("factcheck.corpus.tempfile.TemporaryFile", full)
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus"), "--no-cache"])
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr and "TMPDIR" in result.stderr


def test_a_document_whose_text_was_released_is_refused_not_read_as_empty() -> None:
    document = Document(id="a.txt", path="a.txt", text="In 2024, 40 people came.").without_text()
    with pytest.raises(ValueError, match="released"):
        pipeline.extract([document])


def test_the_documents_a_corpus_keeps_know_what_their_directives_silence(tmp_path: Path) -> None:
    text = '---\nsource: A\n---\nIntro.\n\n<!-- factcheck: ignore reason="old" -->\nCrews 80.\n'
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    with Corpus.read([tmp_path]) as corpus:
        [kept] = corpus.documents
        [region], _ = regions(kept)
        [read] = list(corpus.stream())
    assert read.text[region.start : region.end] == "Crews 80."


@pytest.mark.nlp
def test_one_document_to_read_among_cached_ones_starts_no_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.cache import ClaimCache

    documents, _ = pipeline.read(PATHS, Settings())
    pipeline.extract(documents[1:], Settings(), cache=ClaimCache(tmp_path))

    def no_pool(jobs: int) -> None:
        raise AssertionError("a pool was started for one document")

    monkeypatch.setattr(pipeline, "_process_pool", no_pool)
    again = pipeline.extract(documents, Settings(jobs=4), cache=ClaimCache(tmp_path))
    assert repr(again) == repr(pipeline.extract(documents, Settings()))
