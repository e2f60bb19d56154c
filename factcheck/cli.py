"""The `factcheck` command: options → Settings, call the pipeline, choose the output, exit.

This is the one boundary that prints and exits: every FactcheckError becomes a
single `factcheck: error: ...` line on stderr and exit code 2; nothing else
leaks a traceback.
"""

from __future__ import annotations

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
from .ci_formats import append_step_summary, report_github, report_rdjson, report_sarif
from .config import Config, load_config
from .errors import ConfigError, FactcheckError, InputError
from .export import claims_csv, claims_json, claims_jsonl, report_csv, report_json, report_markdown
from .interrupt import Interrupted, catch_signals, check_interrupted
from .models import Claim, Diagnostic, Document, Report
from .settings import PLAUSIBLE_YEARS, Settings, plausible_date

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
            "table: a report for the terminal; json/jsonl/csv/markdown: for programs; "
            "github/sarif/rdjson (run only): conflict annotations for GitHub Actions, "
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
) -> None:
    """Extract claims, align them across sources, and report agreements and conflicts.

    Exit status: 0 no conflict, 1 at least one conflict (unless --fail-on never),
    2 usage error, no readable document, or internal error.

    Examples:

      factcheck run corpus/

      factcheck run articles/ --format json --output report.json

      factcheck run a.md b.md --doc-date 2025-08-27 --fail-on never

    Settings may also come from \\[tool.factcheck] in pyproject.toml or a .factcheck.toml
    (doc_date, fail_on, max_bytes, model, exclude), found from the first PATH upwards;
    options given here override them.
    """
    config = _config(paths)
    fail_on = _configured(
        ctx, "fail_on", fail_on, FailOn(config.fail_on) if config.fail_on else None
    )
    settings = _settings(ctx, doc_date, model, max_bytes, config)
    report = _guarded(lambda: _run_report(paths, settings, format, quiet))
    text = _render_run(report, format, all_clusters)
    _emit(text, output)
    if format == Format.GITHUB:  # the job's summary page gets the full tables
        _guarded(lambda: append_step_summary(report_markdown(report)))
    if report.has_conflict and fail_on == FailOn.CONFLICT:
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

    _, claims, _ = _guarded(lambda: _read_and_extract(paths, settings, format, quiet))
    if format == Format.JSONL:
        text = claims_jsonl(claims)
    elif format == Format.JSON:
        text = claims_json(claims)
    elif format in (Format.CSV, Format.MARKDOWN):
        text = claims_csv(claims)
    else:
        from .render import render_claims

        text = _capture(lambda console: render_claims(claims, console), output)
    _emit(text, output)


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
    )


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

    documents, diagnostics = pipeline.read(paths, settings)
    _report_diagnostics(diagnostics, quiet)
    _require_documents(documents, diagnostics)
    stopped: list[Diagnostic] = []  # documents cut short by their time budget
    progress = _progress(len(documents), format, quiet)
    claims = pipeline.extract(documents, settings, progress, stopped)
    _report_diagnostics(stopped, quiet)
    return documents, claims, diagnostics + stopped


def _run_report(paths: list[Path], settings: Settings, format: Format, quiet: bool) -> Report:
    from . import pipeline

    documents, claims, diagnostics = _read_and_extract(paths, settings, format, quiet)
    clusters = pipeline.cluster(claims, settings)
    return Report(
        documents=tuple(documents),
        claims=tuple(claims),
        clusters=tuple(clusters),
        diagnostics=tuple(diagnostics),
    )


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


def _report_diagnostics(diagnostics: list[Diagnostic], quiet: bool) -> None:
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    for diagnostic in diagnostics:
        if quiet and diagnostic.severity != "error":
            continue
        err.print(f"factcheck: {diagnostic}", markup=False)


def _require_documents(documents: list, diagnostics: list[Diagnostic]) -> None:  # type: ignore[type-arg]
    if not documents:
        raise InputError(
            "no readable document" + (" (see the problems above)" if diagnostics else "")
        )


def _progress(total: int, format: Format, quiet: bool) -> Callable[[int], None] | None:
    """A progress bar on stderr for long terminal runs; silent for machine formats and pipes."""
    if quiet or format != Format.TABLE or total < 20 or not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
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
