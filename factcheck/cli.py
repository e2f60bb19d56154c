"""The `factcheck` command: options → Settings, call the pipeline, choose the output, exit.

This is the one boundary that prints and exits: every FactcheckError becomes a
single `factcheck: error: ...` line on stderr and exit code 2; nothing else
leaks a traceback.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from . import __version__
from .cache import ClaimCache, default_cache_dir
from .ci_formats import append_step_summary, report_github, report_rdjson, report_sarif
from .config import Config, load_config
from .errors import ConfigError, FactcheckError, InputError
from .explain import PAIR_ID, explain_pair
from .export import (
    claims_csv,
    claims_json,
    claims_jsonl,
    claims_markdown,
    explanation_json,
    pair_json,
    report_csv,
    report_json,
    report_markdown,
)
from .interrupt import Interrupted, catch_signals, check_interrupted
from .models import Claim, Diagnostic, Document, Report
from .settings import PLAUSIBLE_YEARS, Settings, Tolerance, plausible_date

T = TypeVar("T")


class ExitCode(IntEnum):
    """SPEC "Exit codes"."""

    OK = 0
    CONFLICT = 1
    ERROR = 2
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # SIGTERM


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"
    GITHUB = "github"
    SARIF = "sarif"
    RDJSON = "rdjson"


# Conflict annotations for CI: only `run` finds conflicts, so `extract` refuses these.
CI_FORMATS = frozenset({Format.GITHUB, Format.SARIF, Format.RDJSON})


class FailOn(StrEnum):
    CONFLICT = "conflict"
    NEVER = "never"


app = typer.Typer(
    name="factcheck",
    help=(
        "Cross-check the dates and figures that news articles state.\n\n"
        "Reads .txt, .md (YAML front matter), .html and .jsonl documents, extracts every dated "
        "claim and figure, aligns the claims that state the same fact across sources, and reports "
        "where they agree, are compatible, or conflict.\n\n"
        "Example: factcheck run corpus/"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

PathsArg = Annotated[
    list[Path],
    typer.Argument(
        help="Files or folders (read recursively, in sorted order).", show_default=False
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help=(
            "table: a report for the terminal; json, jsonl, csv, markdown: for programs; "
            "github, sarif, rdjson (run only): conflict annotations for GitHub Actions, "
            "code scanning (SARIF 2.1.0) and reviewdog."
        ),
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write here instead of stdout (atomically: never half-written).",
        dir_okay=False,
    ),
]
DocDateOpt = Annotated[
    str | None,
    typer.Option(
        "--doc-date",
        metavar="YYYY-MM-DD",
        help="Publication date for documents whose metadata gives none (else it is inferred).",
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model", help="spaCy pipeline package to use (default: the bundled English one)."
    ),
]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Skip files larger than this many bytes.")
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar and no input warnings on stderr.")
]
JobsOpt = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Processes that extract claims (0: one per core)."),
]
CacheDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        metavar="DIR",
        file_okay=False,
        help="Where each document's claims are cached by content (default: "
        "$XDG_CACHE_HOME/factcheck or ~/.cache/factcheck; config key cache_dir). "
        "Safe to delete.",
    ),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the claim cache.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Cross-check the dates and figures that news articles state."""


@app.command()
def run(
    ctx: typer.Context,
    paths: PathsArg,
    format: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    doc_date: DocDateOpt = None,
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Exit 1 when a conflict is found (conflict) or never."),
    ] = FailOn.CONFLICT,
    all_clusters: Annotated[
        bool,
        typer.Option(
            "--all/--conflicts-only", help="csv: rows for every cluster, or conflicts only."
        ),
    ] = True,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = 20_000_000,
    quiet: QuietOpt = False,
    jobs: JobsOpt = 1,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            dir_okay=False,
            help="Accepted conflicts (see --write-baseline): shown as suppressed, not failing "
            "the run; entries that no longer occur are reported.",
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline",
            metavar="FILE",
            dir_okay=False,
            help="Record today's conflicts in FILE (keeping reasons already there) and accept "
            "them; then give each entry a reason.",
        ),
    ] = None,
    changed: Annotated[
        list[Path] | None,
        typer.Option(
            "--changed",
            metavar="PATH",
            help="Report only clusters that involve these files (repeatable); the documents "
            "they conflict with are still read and shown.",
        ),
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REF",
            help="Like --changed, for the files `git diff --name-only REF` lists.",
        ),
    ] = None,
) -> None:
    """Extract claims, align them across sources, and report agreements and conflicts.

    Exit status: 0 no conflict, 1 at least one conflict (unless --fail-on never),
    2 usage error, no readable document, or internal error.

    Examples:

      factcheck run corpus/

      factcheck run articles/ --format json --output report.json

      factcheck run a.md b.md --doc-date 2025-08-27 --fail-on never

      factcheck run articles/ --write-baseline factcheck-baseline.json

      factcheck run articles/ --baseline factcheck-baseline.json --changed-since origin/main

    Settings may also come from \\[tool.factcheck] in pyproject.toml or a .factcheck.toml
    (doc_date, fail_on, max_bytes, model, exclude, baseline, ignore_measures, tolerance,
    cache_dir), found from the first PATH upwards; options given here override them.
    """
    if baseline is not None and write_baseline is not None:
        raise typer.BadParameter(
            "give --baseline or --write-baseline, not both (writing keeps the file's reasons)",
            param_hint="'--write-baseline'",
        )
    config = _config(paths)
    fail_on = _configured(
        ctx, "fail_on", fail_on, FailOn(config.fail_on) if config.fail_on else None
    )
    if write_baseline is None:
        baseline = _configured(ctx, "baseline", baseline, config.baseline)
    settings = _settings(ctx, doc_date, model, max_bytes, config)
    settings = _speed(settings, jobs, cache_dir, no_cache)
    report = _guarded(lambda: _run_report(paths, settings, format, quiet))
    report = _guarded(lambda: _accept_baseline(report, baseline, write_baseline, quiet))
    report = _guarded(lambda: _only_changed(report, changed, changed_since))
    text = _render_run(report, format, all_clusters)
    _emit(text, output)
    if format == Format.GITHUB:  # the job's summary page gets the full tables
        _guarded(lambda: append_step_summary(report_markdown(report)))
    if report.open_conflicts and fail_on == FailOn.CONFLICT:
        raise typer.Exit(ExitCode.CONFLICT)


@app.command()
def extract(
    ctx: typer.Context,
    paths: PathsArg,
    format: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    doc_date: DocDateOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = 20_000_000,
    quiet: QuietOpt = False,
    jobs: JobsOpt = 1,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Extract claims only (no alignment): one record per date or figure, with its place and value.

    Examples:

      factcheck extract corpus/ --format jsonl

      factcheck extract article.txt --doc-date 2025-09-30
    """

    if format in CI_FORMATS:
        raise typer.BadParameter(
            f"{format} reports conflicts, which only `factcheck run` finds; "
            "use table, json, jsonl, csv or markdown with extract",
            param_hint="'--format'",
        )
    settings = _settings(ctx, doc_date, model, max_bytes, _config(paths))
    settings = _speed(settings, jobs, cache_dir, no_cache)
    _, claims, _ = _guarded(lambda: _read_and_extract(paths, settings, format, quiet))
    if format == Format.JSONL:
        text = claims_jsonl(claims)
    elif format == Format.JSON:
        text = claims_json(claims)
    elif format == Format.CSV:
        text = claims_csv(claims)
    elif format == Format.MARKDOWN:
        text = claims_markdown(claims)
    else:
        from .render import render_claims

        text = _capture(lambda console: render_claims(claims, console), output)
    _emit(text, output)


class ExplainFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


@app.command()
def explain(
    ctx: typer.Context,
    cluster_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A cluster id from a run on the same PATHs (k3), or two claim ids "
            "(c12,c40) to ask why they were or were not taken for one fact.",
        ),
    ],
    paths: PathsArg,
    format: Annotated[
        ExplainFormat,
        typer.Option("--format", "-f", help="table: for reading; json: for programs."),
    ] = ExplainFormat.TABLE,
    doc_date: DocDateOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = 20_000_000,
    quiet: QuietOpt = False,
) -> None:
    """Explain one cluster: why its claims were grouped and why it got its verdict.

    Shows each claim with its place, value, the interval it was compared as, and
    its key (measure, event, arguments, subjects), then every link that joined
    the cluster with its shared key parts and score, and the claims that decided
    the verdict. Cluster and claim ids are deterministic: the same PATHs and
    options give the same ids as `factcheck run`.

    Given two claim ids instead, it says why they are, or are not, one fact: the
    rule that kept them apart, or the evidence that links them.

    Examples:

      factcheck run corpus/            # lists clusters k1, k2, ...

      factcheck explain k1 corpus/

      factcheck explain k1 corpus/ --format json

      factcheck explain c12,c40 corpus/   # why no conflict between these two?
    """
    settings = _settings(ctx, doc_date, model, max_bytes, _config(paths))
    report = _guarded(lambda: _run_report(paths, settings, Format.JSON, quiet))
    pair = PAIR_ID.match(cluster_id)
    if pair is not None:
        _explain_pair(report, pair.group(1), pair.group(2), settings, format)
        return
    cluster = next((c for c in report.clusters if c.id == cluster_id), None)
    if cluster is None:
        known = f"k1..k{len(report.clusters)}" if report.clusters else "none"
        _fail(f"no cluster {cluster_id!r} in this run (its clusters: {known})")
        return
    if format == ExplainFormat.JSON:
        text = explanation_json(report, cluster)
    else:
        from .render import render_explanation

        text = _capture(lambda console: render_explanation(report, cluster, console), None)
    _emit(text, None)


def _explain_pair(
    report: Report, first: str, second: str, settings: Settings, format: ExplainFormat
) -> None:
    try:
        explained = explain_pair(report, first, second, settings.match_threshold)
    except KeyError as missing:
        _fail(f"no claim {missing.args[0]!r} in this run (its claims: c1..c{len(report.claims)})")
        return
    if format == ExplainFormat.JSON:
        text = pair_json(explained)
    else:
        from .render import render_pair

        text = _capture(lambda console: render_pair(explained, console), None)
    _emit(text, None)


def _settings(
    ctx: typer.Context, doc_date: str | None, model: str | None, max_bytes: int, config: Config
) -> Settings:
    doc_date = _configured(ctx, "doc_date", doc_date, config.doc_date)
    try:
        date = dt.date.fromisoformat(doc_date) if doc_date else None
    except ValueError:
        _fail(f"--doc-date must be a date as YYYY-MM-DD, not {doc_date!r}")
    if date is not None and not plausible_date(date):
        low, high = PLAUSIBLE_YEARS
        _fail(f"--doc-date {date} is implausible; give a year from {low} to {high}")
    return Settings(
        doc_date=date,
        model=_configured(ctx, "model", model, config.model),
        max_bytes=_configured(ctx, "max_bytes", max_bytes, config.max_bytes),
        exclude=config.exclude,
        exclude_root=str(config.root) if config.root else None,
        ignore_measures=config.ignore_measures,
        tolerance=config.tolerance or Tolerance(),
        kind_tolerances=config.kind_tolerances,
        cache_dir=str(config.cache_dir or default_cache_dir()),
    )


def _speed(settings: Settings, jobs: int, cache_dir: Path | None, no_cache: bool) -> Settings:
    """--jobs, and --cache-dir / --no-cache over the configured (or default) cache."""
    directory = None if no_cache else str(cache_dir) if cache_dir else settings.cache_dir
    return dataclasses.replace(settings, jobs=jobs, cache_dir=directory)


def _config(paths: list[Path]) -> Config:
    """The project's config file found from the first path (a bad one exits 2)."""
    return _guarded(lambda: load_config(paths))


def _configured(ctx: typer.Context, name: str, given: T, configured: T | None) -> T:
    """The option's value, or the config file's when the option was not given."""
    source = ctx.get_parameter_source(name)
    # DEFAULT (not on the command line nor in the environment): the file decides.
    if configured is not None and (source is None or source.name == "DEFAULT"):
        return configured
    return given


def _read_and_extract(
    paths: list[Path], settings: Settings, format: Format, quiet: bool
) -> tuple[list[Document], list[Claim], list[Diagnostic]]:
    """Read and extract, reporting input problems on stderr as they are known."""
    from . import pipeline
    from .corpus import Corpus

    # The corpus is read once first (problems are reported and a progress bar can
    # show the total); extraction then streams it, keeping no document's text.
    with Corpus.read(paths, settings) as corpus:
        diagnostics = corpus.diagnostics
        _report_diagnostics(diagnostics, quiet)
        _require_documents(corpus.documents, diagnostics)
        stopped: list[Diagnostic] = []  # documents cut short by their time budget
        progress = _progress(len(corpus.documents), format, quiet)
        cache = ClaimCache(settings.cache_dir) if settings.cache_dir else None
        documents, claims = pipeline.extract_corpus(corpus, settings, progress, stopped, cache)
    if cache is not None and cache.problem and not quiet:
        typer.echo(f"factcheck: warning: {cache.problem}; continuing without it", err=True)
    _report_diagnostics(stopped, quiet)
    return documents, claims, diagnostics + stopped


def _run_report(paths: list[Path], settings: Settings, format: Format, quiet: bool) -> Report:
    from . import pipeline
    from .suppress import apply_inline

    documents, claims, diagnostics = _read_and_extract(paths, settings, format, quiet)
    report = pipeline.build_report(documents, claims, diagnostics, settings)
    return _with_new_diagnostics(report, lambda r: apply_inline(r, settings), quiet)


def _with_new_diagnostics(report: Report, step: Callable[[Report], Report], quiet: bool) -> Report:
    """Apply a step to the report and report on stderr the diagnostics it added."""
    before = len(report.diagnostics)
    report = step(report)
    _report_diagnostics(list(report.diagnostics[before:]), quiet)
    return report


def _accept_baseline(
    report: Report, baseline: Path | None, write_baseline: Path | None, quiet: bool
) -> Report:
    """Suppress the conflicts a baseline accepts; with `write_baseline`, record them first."""
    from .baseline import apply_baseline, baseline_from_report, dump_baseline, load_baseline

    if write_baseline is not None:
        previous = load_baseline(write_baseline) if write_baseline.exists() else None
        written = baseline_from_report(report, previous)
        write_atomically(write_baseline, dump_baseline(written))
        if not quiet:
            typer.echo(
                f"factcheck: wrote {len(written.entries)} accepted conflict(s) to "
                f"{write_baseline}; give each entry a reason",
                err=True,
            )
        accepted = load_baseline(write_baseline)
    elif baseline is not None:
        accepted = load_baseline(baseline)
    else:
        return report
    return _with_new_diagnostics(report, lambda r: apply_baseline(r, accepted), quiet)


def _only_changed(report: Report, changed: list[Path] | None, since: str | None) -> Report:
    """The report restricted to clusters involving changed files, when any were named."""
    if not changed and since is None:
        return report
    from .changed import git_changed_files, restrict_to_changed

    files = list(changed or []) + (git_changed_files(since) if since is not None else [])
    return restrict_to_changed(report, files)


def _render_run(report: Report, format: Format, all_clusters: bool) -> str:
    if format == Format.JSON:
        return report_json(report)
    if format == Format.JSONL:
        return claims_jsonl(report.claims, report.clusters)
    if format == Format.CSV:
        return report_csv(report, all_clusters=all_clusters)
    if format == Format.MARKDOWN:
        return report_markdown(report)
    if format == Format.GITHUB:
        return report_github(report)
    if format == Format.SARIF:
        return report_sarif(report)
    if format == Format.RDJSON:
        return report_rdjson(report)
    from .render import render_report

    return _capture(lambda console: render_report(report, console), None)


# A newline (or other control character) in a file name would split the one-line
# `path: reason` a script reads; it is shown escaped, a newline as \n.
_ONE_LINE = {c: repr(chr(c))[1:-1] for c in (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029)}


def _report_diagnostics(diagnostics: list[Diagnostic], quiet: bool) -> None:
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    for diagnostic in diagnostics:
        if quiet and diagnostic.severity != "error":
            continue
        err.print(f"factcheck: {str(diagnostic).translate(_ONE_LINE)}", markup=False)


def _require_documents(documents: list, diagnostics: list[Diagnostic]) -> None:  # type: ignore[type-arg]
    if not documents:
        raise InputError(
            "no readable document" + (" (see the problems above)" if diagnostics else "")
        )


def _progress(total: int, format: Format, quiet: bool) -> Callable[[int], None] | None:
    """A progress bar on stderr for long terminal runs; silent for machine formats and pipes."""
    if quiet or format != Format.TABLE or total < 20 or not sys.stderr.isatty():
        return None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} docs/s" if speed else "… docs/s")

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("extracting", total=total)
    bar.start()

    def advance(done: int) -> None:
        bar.update(task, completed=done)
        if done >= total:
            bar.stop()

    return advance


def _capture(draw: Callable[[Console], None], output: Path | None) -> str:
    """Render rich output to a string: colored for a terminal, plain for a file or pipe."""
    to_terminal = output is None and sys.stdout.isatty()
    sink = io.StringIO()
    width = shutil.get_terminal_size().columns if to_terminal else 120
    console = Console(file=sink, force_terminal=to_terminal, width=width, highlight=False)
    draw(console)
    return sink.getvalue()


def _emit(text: str, output: Path | None) -> None:
    check_interrupted()  # a signal whose exception got lost must still stop the output
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    _guarded(lambda: write_atomically(output, text))


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file and rename: readers never see half a file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _no_traceback() -> Iterator[None]:
    try:
        yield
    except FactcheckError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        typer.echo("factcheck: interrupted", err=True)
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except MemoryError:
        _fail("out of memory; try fewer or smaller documents")


def _guarded(work: Callable[[], T]) -> T:
    with _no_traceback():
        return work()
    raise AssertionError("unreachable")  # pragma: no cover


def _fail(message: str) -> None:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(ExitCode.ERROR)


def main() -> None:
    """Console entry point: run the app; turn any unexpected error into one line and exit 2."""
    try:
        with catch_signals():
            app()
    except Interrupted as exc:
        # Output is written atomically, so a previous --output file is still whole.
        typer.echo(f"factcheck: interrupted ({exc})", err=True)
        sys.exit(exc.exit_code)
    except (SystemExit, typer.Exit):
        raise
    except ConfigError as exc:
        typer.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(ExitCode.ERROR)
    except Exception as exc:  # the last boundary: a bug must not print a bare traceback
        typer.echo(
            f"factcheck: internal error: {type(exc).__name__}: {exc} "
            "(please report it with the input that caused it)",
            err=True,
        )
        sys.exit(ExitCode.ERROR)
