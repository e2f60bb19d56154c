"""Issue 7: the CLI on hostile input, interrupts, argument order and slow documents (needs the model)."""

from __future__ import annotations

import json
import math
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import corpus, pipeline
from factcheck.cli import app
from factcheck.models import Document, Quantity
from factcheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

pytestmark = pytest.mark.nlp


def _reject_constant(name: str) -> float:
    raise ValueError(f"non-finite number in JSON: {name}")


def strict_json(text: str) -> dict:
    """Parse JSON, refusing NaN and Infinity (which are not JSON)."""
    return json.loads(text, parse_constant=_reject_constant)


def many_documents(folder: Path, count: int) -> Path:
    article = (ROOT / "corpus" / "kontur-2025-09-22.md").read_text(encoding="utf-8")
    folder.mkdir()
    for n in range(count):
        (folder / f"doc{n:03}.md").write_text(article, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_the_run_with_one_line_and_keeps_the_previous_output(tmp_path, signum, code):
    # Enough documents that the run is still extracting when the signal comes (about
    # 25 documents a second here), however fast extraction gets.
    folder = many_documents(tmp_path / "docs", 400)
    target = tmp_path / "report.json"
    target.write_text('{"previous": true}\n', encoding="utf-8")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "factcheck",
            "run",
            str(folder),
            "--format",
            "json",
            "-o",
            str(target),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    time.sleep(4)  # past start-up (signal handlers are set first thing), well before the end
    assert process.poll() is None, "the run finished before it could be interrupted"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == code, stderr
    # One line; Python itself may log, before it, a signal that landed inside an import lock.
    message = f"factcheck: interrupted ({signal.Signals(signum).name})"
    assert stderr.strip().splitlines()[-1] == message, stderr
    assert target.read_text(encoding="utf-8") == '{"previous": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "report.json"]  # no temp file


ABSURD = (
    "The law took effect on February 30, 2025, or maybe 2025-13-01, or on 31/31/2031.\n"
    "It cost 1e309 dollars, 10^400 people were affected, and 999,999,999,999,999,999,999 homes.\n"
    "Officials counted -0, 0.0000000000000000000001%, $∞ and 1" + "0" * 400 + " voters.\n"
    "Between 10 and 5 people, more than 99999999999999999999999999999 billion dollars.\n"
)


def test_absurd_dates_and_numbers_give_finite_json_and_exit_0(tmp_path):
    numbers = ", ".join(str(n * 7) for n in range(300))
    (tmp_path / "absurd.txt").write_text(ABSURD, encoding="utf-8")
    (tmp_path / "many.txt").write_text(f"They counted {numbers} items in 2024.\n", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "run",
            str(tmp_path),
            "--format",
            "json",
            "--doc-date",
            "2025-01-01",
            "--fail-on",
            "never",
        ],
    )
    assert result.exit_code == 0, result.stderr
    data = strict_json(result.stdout)
    assert data["summary"]["documents"] == 2 and data["summary"]["claims"] > 300
    for claim in data["claims"]:
        for bound in ("low", "high"):
            value = claim["value"].get(bound)
            assert value is None or math.isfinite(value), claim


def test_a_long_single_line_is_bounded_by_the_time_budget():
    # 60 kB on one line: parsing it all takes several seconds; the budget stops it sooner.
    # The budget is checked between finding windows and as the parser asks for segments,
    # a batch at a time: small batches here.
    sentence = (
        "The council said 1,234 people, 56% of homes and $7.8 million were lost on May 2, 2024. "
    )
    text = sentence * (60_000 // len(sentence))
    document = Document(id="long.txt", path="long.txt", text=text)
    problems: list = []
    started = time.monotonic()
    claims = pipeline.extract(
        [document], Settings(max_seconds_per_document=1, batch_size=4), None, problems
    )
    assert time.monotonic() - started < 60
    assert claims and all(text[c.start : c.end] == c.text for c in claims)
    assert len(problems) == 1 and "extraction stopped after" in problems[0].reason


def test_a_tiny_budget_keeps_partial_claims_and_says_where_it_stopped():
    text = "".join(f"On May {n % 28 + 1}, 2024, {n} workers left.\n" for n in range(400))
    document = Document(id="slow.txt", path="slow.txt", text=text)
    problems: list = []
    claims = pipeline.extract([document], Settings(max_seconds_per_document=0), None, problems)
    full = pipeline.extract([document])
    assert 0 < len(claims) < len(full)
    assert [str(p) for p in problems] == [
        f"slow.txt: extraction stopped after 0 s (limit 0 s); claims from line "
        f"{max(c.line for c in claims) + 1} on were not read"
    ]


def test_the_library_run_reports_the_budget_diagnostic(tmp_path):
    (tmp_path / "a.txt").write_text(
        "".join(f"It rose {n}% on May 2, 2024.\n" for n in range(300)), encoding="utf-8"
    )
    report = pipeline.run([tmp_path], Settings(max_seconds_per_document=0))
    assert any("extraction stopped" in d.reason for d in report.diagnostics)


def test_order_of_paths_does_not_change_the_json(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, source in ((a, "corpus"), (b, "tests/fixtures/conflict")):
        folder.mkdir()
        for file in sorted((ROOT / source).glob("*.md")):
            if not file.name.startswith("README"):
                (folder / file.name).write_bytes(file.read_bytes())
    files = sorted(str(p) for p in tmp_path.rglob("*.md"))
    random.Random(7).shuffle(files)
    outputs = set()
    for args in ([str(a), str(b)], [str(b), str(a)], files, sorted(files)):
        result = runner.invoke(app, ["run", *args, "--format", "json", "--fail-on", "never"])
        assert result.exit_code == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_table_report_ends_with_the_skipped_documents(tmp_path):
    (tmp_path / "good.txt").write_text("The storm hit on May 2, 2024.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(64))
    result = runner.invoke(app, ["run", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.stderr
    tail = result.stdout.rstrip().splitlines()[-3:]
    assert tail[0] == "2 input problem(s):"
    assert "empty.txt" in tail[1] and "image.txt" in tail[2], tail


def test_python_dash_m_runs_the_cli():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert result.returncode == 0 and result.stdout.startswith("factcheck ")


def test_quantity_values_of_absurd_numbers_are_finite():
    claims = pipeline.extract_text(
        "It cost 1e309 dollars and 10^400 euros, 1" + "0" * 500 + " people."
    )
    for claim in claims:
        if isinstance(claim.value, Quantity):
            for bound in (claim.value.low, claim.value.high):
                assert bound is None or math.isfinite(bound), claim


# Peak resident memory of one run, measured in a fresh process after the model is
# loaded, so neither the test runner nor earlier tests count.
MEMORY_PROBE = """
import resource, sys
from factcheck import pipeline
from factcheck.nlp import load_pipeline
from factcheck.settings import Settings
load_pipeline(None)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = pipeline.run([sys.argv[1]], Settings(max_claims_per_document=int(sys.argv[2])))
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(len(report.claims), grown // 1024, *(d.reason for d in report.diagnostics), sep="\\n")
"""


def test_memory_for_a_five_megabyte_line_of_figures_is_bounded(tmp_path):
    # Uncapped, this line gives ~120,000 figures: over 400 MB and a minute of work.
    sentence = "The fund grew by 4 percent on May 2, 2024 and 17 firms joined. "
    path = tmp_path / "line.txt"
    path.write_text(sentence * (5_000_000 // len(sentence) + 1), encoding="utf-8")
    probe = [sys.executable, "-c", MEMORY_PROBE, str(path), "300"]
    result = subprocess.run(probe, capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    claims, grown_mb, *reasons = result.stdout.splitlines()
    assert int(claims) == 300
    assert reasons == [
        "more than 300 dates and figures (the limit per document); "
        "claims from line 1 on were not read"
    ]
    assert int(grown_mb) < 150  # the text itself is 5 MB; measured about 40 MB


def test_the_publication_date_is_inferred_from_a_bounded_prefix():
    # Inference reads every date it is given, outside the time budget: on a 5 MB page
    # of dates that took most of a minute. Only the first DATING_CHARS are read.
    filler = "Nothing here is dated. " * (corpus.DATING_CHARS // 23 + 1)
    late = Document(id="late.txt", path="late.txt", text=filler + "It was signed on May 2, 2024.")
    early = Document(
        id="early.txt", path="early.txt", text="It was signed on May 2, 2024. " + filler
    )
    assert corpus.date_document(late).date is None
    assert str(corpus.date_document(early).date) == "2024-05-02"


def test_dating_a_page_of_blank_lines_takes_linear_time():
    # A line-start pattern that began with \s* ran over all the blank lines after each
    # line start: 20,000 of them took about 40 s, 5 MB of them hours.
    from factcheck.docdate import infer_document_date

    started = time.monotonic()
    date, _ = infer_document_date("\n" * 20_000 + "It was signed on May 2, 2024.\n")
    assert time.monotonic() - started < 2
    assert str(date) == "2024-05-02"
