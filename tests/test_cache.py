"""The claim cache: keys, entries that survive damage, and runs that give the same output."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import pipeline
from factcheck.cache import FORMAT, ClaimCache, clusters_key, default_cache_dir, document_key
from factcheck.cli import app
from factcheck.models import (
    Claim,
    ClaimKey,
    Cluster,
    DateSource,
    DateValue,
    Document,
    Granularity,
    Kind,
    Link,
    Reading,
    Verdict,
)
from factcheck.settings import Settings, Tolerance

from .factories import claim, day, qty

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
runner = CliRunner()


def _claims() -> list[Claim]:
    year_less = DateValue(
        timex="XXXX-08-27", start=None, end=None, granularity=Granularity.DAY, rule="month-day"
    )
    relative = dataclasses.replace(day("2025-09-29"), anchor=dt.date(2025, 9, 30), mod="END")
    return [
        claim(day("2025-08-27"), start=4, text="Aug. 27", event="sign", measure=("law",)),
        claim(year_less, kind=Kind.DATE),
        claim(relative, subjects=("kyiv",), args=("law", "budget")),
        claim(qty(273), text="273", measure=("soldier",)),  # an int stays an int
        claim(qty(12.5, unit="%"), text="12.5%"),
        claim(qty(1e6, unit="USD", approx=True), text="about $1 million"),
        claim(qty(200, None, low_inclusive=False, exact=False), text="more than 200"),
        dataclasses.replace(
            claim(qty(3)), key=ClaimKey(negated=True, time_ref="as of may"), attribution="she"
        ),
    ]


def _document(text: str = "On Aug. 27 the council met.\n", **changes: object) -> Document:
    document = Document(
        id="a.md", path="a.md", text=text, date=dt.date(2025, 9, 1), date_source=DateSource.METADATA
    )
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]


def test_entries_keep_every_value_and_type(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    claims = [dataclasses.replace(c, id="", doc="a.md") for c in _claims()]
    cache.put("ab" * 32, claims)
    back = ClaimCache(tmp_path).get("ab" * 32, "a.md")
    assert back is not None and repr(back) == repr(claims)  # repr tells 273 from 273.0
    assert [type(c.kind) for c in back] == [Kind] * len(claims)


def test_entries_are_read_for_a_document_of_another_name(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    cache.put("cd" * 32, [dataclasses.replace(_claims()[0], doc="a.md")])
    back = cache.get("cd" * 32, "renamed.md")
    assert back is not None and [c.doc for c in back] == ["renamed.md"]
    assert (cache.hits, cache.misses) == (1, 0)


def test_clusters_are_kept_whole_under_the_key_of_their_claims(tmp_path: Path) -> None:
    claims = _claims()
    found = Cluster(
        id="k1",
        kind=Kind.COUNT,
        label="soldier",
        verdict=Verdict.CONFLICT,
        claims=("a", "b"),
        sources=2,
        explanation="273 vs 300",
        links=(Link(claims=("a", "b"), reason="measure soldier", score=91.5),),
        readings=(Reading(claim="a", value="273", interval="[273, 273]", time_ref=None),),
        decisive=("a", "b"),
    )
    key = clusters_key(claims, "settings-1")
    ClaimCache(tmp_path).put_clusters(key, [found])
    assert repr(ClaimCache(tmp_path).get_clusters(key)) == repr([found])
    assert ClaimCache(tmp_path).get(key, "a.md") is None  # clusters are not claims
    renumbered = [dataclasses.replace(claims[0], id="c9"), *claims[1:]]
    others = {clusters_key(claims, "settings-2"), clusters_key(renumbered, "settings-1")}
    assert key not in others and len(others) == 2


def test_the_key_follows_everything_extraction_reads() -> None:
    base = document_key(_document(), [], "extractor-1")
    assert document_key(_document(id="b.md", path="b.md"), [], "extractor-1") == base
    assert document_key(_document(), ["A footer that is not in this page"], "extractor-1") == base
    changed = [
        document_key(_document("On Aug. 28 the council met.\n"), [], "extractor-1"),
        document_key(_document(date=dt.date(2025, 9, 2)), [], "extractor-1"),
        document_key(_document(date_source=DateSource.INFERRED), [], "extractor-1"),
        document_key(_document(), ["On Aug. 27 the council met."], "extractor-1"),
        document_key(_document(), [], "extractor-2"),
    ]
    assert base not in changed and len(set(changed)) == len(changed)


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: "",
        lambda text: "\x00\xff garbage",
        lambda text: text.replace(f'"format": {FORMAT}', '"format": 99'),
        lambda text: text.replace('"Claim"', '"Document"'),  # a record it may not build
        lambda text: text.replace('"Kind"', '"Path"'),
        lambda text: json.dumps({"format": FORMAT, "key": "ab" * 32, "records": [1, 2]}),
        lambda text: json.dumps({"format": FORMAT, "key": "ef" * 32, "records": []}),  # other key
        lambda text: text.replace('"__date__"', '"date"'),
    ],
)
def test_a_damaged_entry_is_a_miss_and_is_written_again(tmp_path: Path, damage) -> None:
    cache = ClaimCache(tmp_path)
    cache.put("ab" * 32, _claims())
    [entry] = list(tmp_path.rglob("*.json"))
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")
    assert cache.get("ab" * 32, "a.md") is None and cache.misses == 1
    cache.put("ab" * 32, _claims())
    assert cache.get("ab" * 32, "a.md") is not None


def test_an_unwritable_folder_is_one_problem_and_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache = ClaimCache(blocker / "cache")
    cache.put("ab" * 32, _claims())
    assert cache.problem is not None and str(blocker) in cache.problem
    first = cache.problem
    cache.put("cd" * 32, _claims())
    assert cache.problem == first and cache.get("ab" * 32, "a.md") is None


def test_entries_are_written_whole_with_no_temporary_file_left(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    for n in range(5):
        cache.put(f"{n:02d}" * 32, _claims()[: n + 1])
    files = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert len(files) == 5 and all(name.endswith(".json") and "tmp" not in name for name in files)


def test_default_folder_follows_xdg_cache_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert default_cache_dir() == Path("/somewhere/cache/factcheck")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG spec says: ignore it
    assert default_cache_dir() == Path.home() / ".cache" / "factcheck"


# --- with the trained pipeline -------------------------------------------------------------


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.nlp
def test_a_rerun_reads_every_document_from_the_cache(tmp_path: Path) -> None:
    documents, _ = pipeline.read([ROOT / "corpus"], Settings())
    first = ClaimCache(tmp_path)
    claims = pipeline.extract(documents, Settings(), cache=first)
    assert (first.hits, first.misses) == (0, len(documents))
    again = ClaimCache(tmp_path)
    assert repr(pipeline.extract(documents, Settings(), cache=again)) == repr(claims)
    assert (again.hits, again.misses) == (len(documents), 0)
    edited = [
        documents[0],
        dataclasses.replace(documents[1], text=documents[1].text + "\nIn 2024."),
    ]
    third = ClaimCache(tmp_path)
    pipeline.extract(edited, Settings(), cache=third)
    assert (third.hits, third.misses) == (1, 1)
    capped = ClaimCache(tmp_path)  # a lower cap on mentions could cut a document short
    pipeline.extract(documents, Settings(max_claims_per_document=3), cache=capped)
    assert (capped.hits, capped.misses) == (0, len(documents))


@pytest.mark.nlp
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_fully_cached_run_never_imports_spacy(tmp_path: Path, jobs: int) -> None:
    # Importing spaCy and loading the model is most of a small re-run's time.
    script = (
        "import sys\n"
        "from factcheck import pipeline\n"
        "from factcheck.settings import Settings\n"
        f"settings = Settings(cache_dir={str(tmp_path / 'cache')!r}, jobs={jobs})\n"
        f"documents, _ = pipeline.read([{str(ROOT / 'corpus')!r}], settings)\n"
        "claims = pipeline.extract(documents, settings)\n"
        "print(len(claims), 'spacy' in sys.modules)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[0][1] == "True"  # the first run parses
    assert runs[1] == [runs[0][0], "False"]  # the same claims, with no spaCy


@pytest.mark.nlp
def test_a_document_cut_short_by_its_budget_is_not_cached(tmp_path: Path) -> None:
    text = "".join(
        f"Paragraph {n} says 1{n}0 people came on May {n + 1}, 2024.\n" for n in range(9)
    )
    document = _document(text)
    cut: list = []
    cache = ClaimCache(tmp_path)
    partial = pipeline.extract([document], Settings(max_seconds_per_document=0), None, cut, cache)
    assert cut and not list(tmp_path.rglob("*.json"))
    full = pipeline.extract([document], Settings(), cache=ClaimCache(tmp_path))
    assert len(full) > len(partial) and list(tmp_path.rglob("*.json"))


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["run", *args, "--format", "json", "--fail-on", "never"])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.nlp
def test_cli_output_is_byte_identical_with_and_without_cache(
    tmp_path: Path, _own_claim_cache: Path
) -> None:
    corpus, cache = str(ROOT / "corpus"), str(tmp_path / "cache")
    code, plain, _ = _run(corpus, "--no-cache")
    assert code == 0 and json.loads(plain)["claims"]
    assert not (_own_claim_cache / "factcheck").exists()  # the default folder: untouched
    assert _run(corpus, "--cache-dir", cache)[1] == plain  # cold: computed and written
    entries = list((tmp_path / "cache").rglob("*.json"))
    # one entry per document, and one for the clusters of the whole run
    assert len(entries) == json.loads(plain)["summary"]["documents"] + 1
    assert _run(corpus, "--cache-dir", cache)[1] == plain  # warm: read back
    for entry in entries:  # damaged entries: recomputed and written again
        entry.write_text(entry.read_text(encoding="utf-8")[:40], encoding="utf-8")
    assert _run(corpus, "--cache-dir", cache)[1] == plain
    assert all(json.loads(e.read_text(encoding="utf-8"))["records"] for e in entries)
    result = runner.invoke(app, ["extract", corpus, "--format", "json", "--cache-dir", cache])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["claims"] == json.loads(plain)["claims"]


@pytest.mark.nlp
def test_cli_uses_the_user_cache_folder_by_default(_own_claim_cache: Path) -> None:
    assert _run(str(FIXTURES / "agree"))[0] == 0
    assert list((_own_claim_cache / "factcheck").rglob("*.json"))


@pytest.mark.nlp
def test_cli_with_an_unwritable_cache_warns_once_and_goes_on(tmp_path: Path) -> None:
    blocker = _write(tmp_path, "blocker", "a file, not a folder")
    code, out, err = _run(str(ROOT / "corpus"), "--cache-dir", str(blocker / "cache"))
    assert code == 0 and out == _run(str(ROOT / "corpus"), "--no-cache")[1]
    assert err.count("cannot write the claim cache") == 1, err


@pytest.mark.nlp
def test_cli_takes_the_cache_folder_from_the_config_file(tmp_path: Path) -> None:
    _write(tmp_path, ".factcheck.toml", 'cache_dir = "build/claims"\n')
    for doc in (FIXTURES / "agree").iterdir():
        _write(tmp_path / "news", doc.name, doc.read_text(encoding="utf-8"))
    assert _run(str(tmp_path / "news"))[0] == 0
    assert list((tmp_path / "build" / "claims").rglob("*.json"))


@pytest.mark.nlp
def test_cached_clusters_follow_the_alignment_settings(tmp_path: Path) -> None:
    documents, _ = pipeline.read([ROOT / "corpus", FIXTURES / "conflict"], Settings())
    claims = pipeline.extract(documents, Settings())
    cached = Settings(cache_dir=str(tmp_path))
    assert repr(pipeline.cached_cluster(claims, cached)) == repr(pipeline.cluster(claims))
    assert repr(pipeline.cached_cluster(claims, cached)) == repr(pipeline.cluster(claims))
    lenient = Settings(tolerance=Tolerance(relative=0.9, approx_relative=0.9))  # no conflict
    expected = repr(pipeline.cluster(claims, lenient))
    assert expected != repr(pipeline.cluster(claims))
    lenient_cached = dataclasses.replace(lenient, cache_dir=str(tmp_path))
    assert repr(pipeline.cached_cluster(claims, lenient_cached)) == expected
