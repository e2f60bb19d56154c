"""Issue 7, input by input: the real CLI on each bad input (needs the model).

Every test runs `factcheck run ... --format json` (typer's CliRunner on
`factcheck.cli.app`) on the bad input beside a good article, and checks: the
stderr line `factcheck: path[:line]: reason`; the exit code (SPEC: 0 ok,
1 conflict, 2 usage error or no readable document); that the good article
still gives its claims; and that the JSON's `diagnostics` and
`summary.skipped` report the input. Inputs that cannot be read at all are
also run alone, which must exit 2.

| bad input (issue 7)                          | test                                                      |
| -------------------------------------------- | --------------------------------------------------------- |
| empty file                                   | test_unreadable_file_is_skipped_and_the_run_goes_on[empty] |
| binary file: image                           | ...[png-image]                                            |
| binary file: PDF                             | ...[pdf]                                                  |
| binary file: zip                             | ...[zip]                                                  |
| invalid UTF-8                                | ...[invalid-utf8]                                         |
| file over --max-bytes                        | ...[over-max-bytes]                                       |
| file over the default 20 MB                  | ...[over-20-MB]                                           |
| (each of the above, alone: exit 2)           | test_unreadable_file_alone_exits_2                        |
| UTF-8 with BOM                               | test_unusual_encoding_is_read_with_exact_offsets[utf8-bom] |
| UTF-16 with BOM                              | ...[utf16-bom]                                            |
| Windows-1252 text                            | ...[windows-1252]                                         |
| mixed line endings                           | ...[mixed-line-endings]                                   |
| a million blank lines (mixed endings)        | test_a_million_blank_lines                                |
| a single 5 MB line                           | test_a_five_megabyte_line_is_bounded                      |
| HTML scripts, styles, iframes, nesting, tags | test_hostile_html_gives_only_article_claims               |
| HTML declaring a codec that is no charset    | test_html_declaring_a_codec_that_is_no_charset            |
| HTML with over 100,000 tags (memory bound)   | test_html_with_too_many_tags                              |
| Markdown: YAML tags (never constructed)      | test_bad_front_matter_is_ignored_and_the_body_read[python-tag] |
| Markdown: anchor/alias bomb                  | ...[alias-bomb]                                           |
| Markdown: 20,000-deep nesting                | ...[deeply-nested]                                        |
| Markdown: malformed YAML, not a mapping      | ...[malformed], ...[not-a-mapping]                        |
| Markdown: front matter never closed          | test_front_matter_without_closing_fence_is_read_as_text   |
| JSONL malformed line, missing / non-string   | test_jsonl_bad_lines_are_reported_by_line                 |
| `text`, duplicate ids                        |                                                           |
| JSONL 100 MB line                            | test_jsonl_hundred_megabyte_line_is_skipped               |
| JSONL or YAML escapes of lone surrogates     | test_lone_surrogate_escapes_do_not_break_the_output       |
| folder with no supported files               | test_folder_without_supported_files                       |
| path that does not exist                     | test_missing_path                                         |
| unreadable file (permissions)                | test_unreadable_file_permission_denied                    |
| symlink loops (folder and file)              | test_symlink_loops                                        |
| a symlink loop given as the first path       | test_a_symlink_loop_given_first_is_one_problem_not_a_crash |
| file names with spaces, Unicode, newlines    | test_unusual_file_names                                   |
| impossible dates, absurd numbers             | test_impossible_dates_and_absurd_numbers                  |
| thousands of numbers in one sentence         | test_thousands_of_numbers_in_one_sentence_are_capped      |
| guarantee: no network                        | test_no_network_is_used                                   |
| guarantee: same JSON whatever the file order | test_bad_inputs_give_the_same_json_in_any_order           |
| guarantee: skipped documents in the report   | every test (JSON) and test_table_ends_with_the_skipped... |
| guarantee: Markdown output escapes the text  | test_markdown_output_escapes_document_text                |

Covered elsewhere: atomic --output and Ctrl-C/SIGTERM (130/143, previous
output intact), the time budget and bounded memory per document (peak RSS
of a 5 MB line of figures) in test_robustness.py; the 100 MB JSONL line read
in bounded memory, and any bytes at all (hypothesis), in test_ingest.py.
"""

from __future__ import annotations

import functools
import json
import random
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from factcheck import cli
from factcheck.cli import app
from factcheck.settings import Settings

pytestmark = pytest.mark.nlp
runner = CliRunner()

GOOD = "The ferry service resumed on March 4, 2024, after 850 residents signed a petition.\n"
GOOD_CLAIMS = {"March 4, 2024", "850"}
NO_DOCUMENT = "factcheck: error: no readable document (see the problems above)"
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Claims are cached by content in the user's cache folder; keep these runs apart.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def folder_with_good(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def run(*args: str | Path) -> Result:
    return runner.invoke(app, ["run", *map(str, args), "--format", "json"])


def limited(monkeypatch: pytest.MonkeyPatch, **limits: float) -> None:
    """Run the CLI with smaller per-document limits, so a pathological input is quick to test."""
    monkeypatch.setattr(cli, "Settings", functools.partial(Settings, **limits))


def check(
    result: Result,
    problems: list[tuple[str, int | None, str]],
    *,
    skipped: int,
    code: int = 0,
) -> dict:
    """Assert the exit code, one stderr line and one JSON diagnostic per problem
    (path, line, reason regex), the skipped count and the good article's claims."""
    assert result.exit_code == code, result.stderr
    data = json.loads(result.stdout)
    stderr = result.stderr.splitlines()
    for path, line, reason in problems:
        where = path.translate(cli._ONE_LINE) + (f":{line}" if line is not None else "")
        pattern = f"factcheck: {re.escape(where)}: {reason}"
        assert any(re.fullmatch(pattern, s) for s in stderr), (pattern, stderr)
        assert any(
            d["path"] == path and d["line"] == line and re.fullmatch(reason, d["reason"])
            for d in data["diagnostics"]
        ), (path, line, reason, data["diagnostics"])
    assert data["summary"]["skipped"] == skipped, data["diagnostics"]
    assert claim_texts(data, "good.txt") >= GOOD_CLAIMS
    return data


def claim_texts(data: dict, doc: str) -> set[str]:
    return {c["text"] for c in data["claims"] if c["doc"] == doc}


# --- files that cannot be read: skipped, the run goes on -------------------------------


@dataclass(frozen=True)
class Unreadable:
    id: str
    name: str
    write: Callable[[Path], None]
    reason: str  # a regex for the whole reason
    args: tuple[str, ...] = ()


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _sparse(size: int) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("wb") as handle:  # a hole: no disk space, no time
            handle.truncate(size)

    return write


UNREADABLE = [
    Unreadable("empty", "empty.txt", _bytes(b""), r"empty document, skipped"),
    Unreadable(
        "png-image",
        "photo.txt",
        _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)),
        r"binary file \(looks like PNG\), skipped",
    ),
    Unreadable(
        "pdf",
        "report.md",
        _bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
        r"binary file \(looks like PDF\), skipped",
    ),
    Unreadable(
        "zip",
        "archive.html",
        _bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100)),
        r"binary file \(looks like ZIP, e\.g\. a Word or OpenDocument file\), skipped",
    ),
    Unreadable(
        "invalid-utf8",
        "broken.txt",
        # 0x81 is neither UTF-8 here nor a Windows-1252 character, so no fallback applies.
        _bytes(b"Road works began in 2021 \x81\x8d and ended later.\n"),
        r"not valid UTF-8 \(byte 0x81 at offset 25\); re-save it as UTF-8",
    ),
    Unreadable(
        "over-max-bytes",
        "long.txt",
        _bytes(("The canal was dredged in 1999. " * 100).encode()),
        r"file is 3\.1 KB, over the 2 KB limit \(raise it with --max-bytes\); skipped",
        ("--max-bytes", "2000"),
    ),
    Unreadable(
        "over-20-MB",
        "huge.txt",
        _sparse(20_000_001),
        r"file is 20,000,001 bytes, over the 20 MB limit \(raise it with --max-bytes\); skipped",
    ),
]


@pytest.mark.parametrize("case", UNREADABLE, ids=[c.id for c in UNREADABLE])
def test_unreadable_file_is_skipped_and_the_run_goes_on(tmp_path: Path, case: Unreadable) -> None:
    folder = folder_with_good(tmp_path)
    bad = folder / case.name
    case.write(bad)
    data = check(run(folder, *case.args), [(str(bad), None, case.reason)], skipped=1)
    assert [d["id"] for d in data["documents"]] == ["good.txt"]
    [diagnostic] = data["diagnostics"]
    assert diagnostic["severity"] == "error"


@pytest.mark.parametrize("case", UNREADABLE, ids=[c.id for c in UNREADABLE])
def test_unreadable_file_alone_exits_2(tmp_path: Path, case: Unreadable) -> None:
    bad = tmp_path / case.name
    case.write(bad)
    result = run(bad, *case.args)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"factcheck: {bad}: " + _plain(case.reason), NO_DOCUMENT]


def _plain(pattern: str) -> str:
    """The literal text of a reason regex that only escapes characters."""
    return re.sub(r"\\(.)", r"\1", pattern)


# --- files in an unusual encoding: read, offsets into the decoded text -------------------


@dataclass(frozen=True)
class Encoded:
    id: str
    text: str
    data: bytes
    warning: str | None = None


BODY = "The “harbour” plan, approved on July 1, 2022, will cost €40 million.\n"
ENCODED = [
    Encoded("utf8-bom", BODY, b"\xef\xbb\xbf" + BODY.encode()),
    Encoded("utf16-bom", BODY, BODY.encode("utf-16")),  # a byte-order mark, then UTF-16-LE
    Encoded("windows-1252", BODY, BODY.encode("cp1252"), r"not UTF-8; decoded as Windows-1252"),
    Encoded(
        "mixed-line-endings",
        "Intro line.\r\nSecond line.\rThird line.\nThe dam was finished on August 3, 2021.\r\n",
        b"Intro line.\r\nSecond line.\rThird line.\nThe dam was finished on August 3, 2021.\r\n",
    ),
]


@pytest.mark.parametrize("case", ENCODED, ids=[c.id for c in ENCODED])
def test_unusual_encoding_is_read_with_exact_offsets(tmp_path: Path, case: Encoded) -> None:
    folder = folder_with_good(tmp_path)
    (folder / "odd.txt").write_bytes(case.data)
    problems = [(str(folder / "odd.txt"), None, case.warning)] if case.warning else []
    data = check(run(folder), problems, skipped=0)
    assert len(data["diagnostics"]) == len(problems)
    claims = [c for c in data["claims"] if c["doc"] == "odd.txt"]
    assert claims
    for claim in claims:
        assert case.text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["line"] == len(LINE_BREAK.findall(case.text[: claim["start"]])) + 1
    assert {"July 1, 2022", "August 3, 2021"} & {c["text"] for c in claims}


def test_a_million_blank_lines(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    (folder / "blank.txt").write_text("\n\r\n" * 500_000 + "The weir was rebuilt in 1952.\n")
    data = check(run(folder), [], skipped=0)
    [claim] = [c for c in data["claims"] if c["doc"] == "blank.txt"]
    assert (claim["text"], claim["line"]) == ("1952", 1_000_001)


# --- pathological size and markup ---------------------------------------------------------


def test_a_five_megabyte_line_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    limited(monkeypatch, max_claims_per_document=300)
    folder = folder_with_good(tmp_path)
    sentence = "The fund grew by 4 percent on May 2, 2024 and 17 firms joined. "
    (folder / "line.txt").write_text(sentence * (5_000_000 // len(sentence) + 1))
    reason = (
        r"more than 300 dates and figures \(the limit per document\); "
        r"claims from line 1 on were not read"
    )
    data = check(run(folder), [("line.txt", None, reason)], skipped=0)
    assert len(claim_texts(data, "line.txt")) == 3
    assert sum(c["doc"] == "line.txt" for c in data["claims"]) == 300


def test_thousands_of_numbers_in_one_sentence_are_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limited(monkeypatch, max_claims_per_document=400)
    folder = folder_with_good(tmp_path)
    numbers = ", ".join(str(n * 13 + 1) for n in range(3000))
    (folder / "numbers.txt").write_text(f"Inspectors listed {numbers} as permit numbers.\n")
    reason = r"more than 400 dates and figures .*"
    # Whether 400 values of one measure conflict is the aligner's call, not this test's.
    result = run(folder, "--fail-on", "never")
    data = check(result, [("numbers.txt", None, reason)], skipped=0)
    figures = [c for c in data["claims"] if c["doc"] == "numbers.txt"]
    assert len(figures) == 400
    assert [c["value"]["low"] for c in figures[:3]] == [1, 14, 27]


def test_hostile_html_gives_only_article_claims(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    nested = "<div>" * 5000 + "<p>The library lent 4,321 books in October 2023." + "</div>" * 7
    page = (
        "<html><head><style>p::after { content: '55 percent' }</style>"
        "<script>var note = 'On May 5, 2020 exactly 777 clicks'; if (a < b) {}</script></head>"
        "<body><iframe>Embedded: 999 visitors</iframe><noscript>12 readers</noscript>"
        f"{nested}<p>Unclosed <b>bold <i>and 3 broken</b> tags</i><table><tr><td>"
        "<script>document.write('1,111 ads')</script></body>"
    )
    (folder / "page.html").write_text(page)
    data = check(run(folder), [], skipped=0)
    found = claim_texts(data, "page.html")
    assert {"4,321", "October 2023"} <= found  # deep inside 5,000 divs
    assert not found & {"55 percent", "May 5, 2020", "777", "999", "12", "1,111"}


def test_html_with_too_many_tags(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    (folder / "grid.html").write_text("<table>" + "<tr><td>7</td></tr>" * 30_000 + "</table>")
    reason = r"HTML has 120,002 tags, over the limit of 100,000; skipped"
    check(run(folder), [(str(folder / "grid.html"), None, reason)], skipped=1)


def test_html_declaring_a_codec_that_is_no_charset(tmp_path: Path) -> None:
    # Python's "rot13" is a codec but no text encoding: decoding with it raised, and the
    # whole run ended in an internal error.
    folder = folder_with_good(tmp_path)
    page = '<meta charset="rot13"><p>The caf\xe9 opened in 1931.</p>'.encode("latin-1")
    (folder / "page.html").write_bytes(page)
    reason = r"not UTF-8; decoded as Windows-1252"
    data = check(run(folder), [(str(folder / "page.html"), None, reason)], skipped=0)
    assert claim_texts(data, "page.html") == {"1931"}


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        pytest.param(
            "title: !!python/object/apply:os.system ['touch {pwned}']\n",
            r"front matter is not valid YAML \(could not determine a constructor for the tag "
            r"'tag:yaml\.org,2002:python/object/apply:os\.system' on line 2\); ignored",
            id="python-tag",
        ),
        pytest.param(
            "a: &a [x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n"
                for p, n in zip("abcdefgh", "bcdefghi", strict=True)
            ),
            r"front matter uses 72 YAML aliases \(at most 10\); ignored",
            id="alias-bomb",
        ),
        pytest.param(
            "tags: " + "[" * 20_000 + "]" * 20_000 + "\n",
            r"front matter nests \[ or \{ over 50 deep; ignored",
            id="deeply-nested",
        ),
        pytest.param(
            "title: [unclosed\ndate: 2024-01-01\n",
            r"front matter is not valid YAML \(.+ on line \d+\); ignored",
            id="malformed",
        ),
        pytest.param(
            "- just\n- a list\n",
            r"front matter is a YAML list, not a mapping; ignored",
            id="not-a-mapping",
        ),
    ],
)
def test_bad_front_matter_is_ignored_and_the_body_read(
    tmp_path: Path, front: str, reason: str
) -> None:
    folder = folder_with_good(tmp_path)
    pwned = tmp_path / "pwned"
    body = "The orchard yielded 640 crates in September 2022.\n"
    (folder / "story.md").write_text("---\n" + front.format(pwned=pwned) + "---\n" + body)
    data = check(run(folder), [(str(folder / "story.md"), None, reason)], skipped=0)
    assert claim_texts(data, "story.md") == {"640", "September 2022"}
    [story] = [d for d in data["documents"] if d["id"] == "story.md"]
    assert story["title"] is None
    assert not pwned.exists()


def test_front_matter_without_closing_fence_is_read_as_text(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    (folder / "open.md").write_text("---\ntitle: Never closed\nThe pier opened in 1911.\n")
    reason = r"front matter has no closing '---'; read as text"
    data = check(run(folder), [(str(folder / "open.md"), None, reason)], skipped=0)
    assert "1911" in claim_texts(data, "open.md")


# --- JSON Lines -------------------------------------------------------------------------


def test_jsonl_bad_lines_are_reported_by_line(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    lines = [
        {"id": "a", "text": "The school added 12 classrooms in 2019."},
        '{"id": "b", "text": "unterminated',
        {"id": "c", "title": "No text at all"},
        {"id": "d", "text": 2024},
        {"id": "a", "text": "Another record reused the id in 2020."},
        [1, 2, 3],
    ]
    path = folder / "feed.jsonl"
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines))
    where = str(path)
    data = check(
        run(folder),
        [
            (where, 2, r"malformed JSON \(Unterminated string starting at column 21\); skipped"),
            (where, 3, r'"text" is missing; skipped'),
            (where, 4, r'"text" is a number, not a string; skipped'),
            (where, 5, r'duplicate id "a"; renamed to "a#2"'),
            (where, 6, r"expected a JSON object, got array; skipped"),
        ],
        skipped=4,
    )
    assert sorted(d["id"] for d in data["documents"]) == ["a", "a#2", "good.txt"]
    assert claim_texts(data, "a") == {"12", "2019"}
    assert claim_texts(data, "a#2") == {"2020"}


def test_lone_surrogate_escapes_do_not_break_the_output(tmp_path: Path) -> None:
    # "\\udc00" is valid JSON, but no encoding can write it: every format ended in an
    # internal error before.
    folder = folder_with_good(tmp_path)
    feed = folder / "feed.jsonl"
    feed.write_text(r'{"id": "s\ud800", "text": "The dock \udc00 opened in 1931."}' + "\n")
    reason = r"unpaired surrogate escapes \(like \\ud800\) replaced by U\+FFFD"
    data = check(run(folder), [(str(feed), 1, reason)], skipped=0)
    assert claim_texts(data, "s\ufffd") == {"1931"}
    for format in ("table", "csv", "markdown", "jsonl"):
        result = runner.invoke(app, ["run", str(folder), "--format", format])
        assert result.exit_code == 0, (format, result.stderr)


def test_jsonl_hundred_megabyte_line_is_skipped(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    path = folder / "dump.jsonl"
    block = b"x" * 1_000_000
    with path.open("wb") as handle:
        handle.write(b'{"id": "small", "text": "The lake froze on January 9, 2021."}\n')
        handle.write(b'{"id": "huge", "text": "')
        for _ in range(100):
            handle.write(block)
        handle.write(b'"}\n{"id": "after", "text": "The lake thawed in March 2021."}\n')
    reason = r"line is 100 MB, over the 20 MB limit \(raise it with --max-bytes\); skipped"
    data = check(run(folder), [(str(path), 2, reason)], skipped=1)
    assert sorted(d["id"] for d in data["documents"]) == ["after", "good.txt", "small"]


# --- paths ------------------------------------------------------------------------------


def test_folder_without_supported_files(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    other = tmp_path / "scans"
    other.mkdir()
    (other / "page1.pdf").write_bytes(b"%PDF-1.4\n")
    (other / "README.md").write_text("Scans of the 1990 ledger.\n")
    reason = r"no \.txt, \.md, \.html, \.htm or \.jsonl files found"
    check(run(folder, other), [(str(other), None, reason)], skipped=1)
    alone = run(other)
    assert alone.exit_code == 2
    assert alone.stderr.splitlines() == [f"factcheck: {other}: {_plain(reason)}", NO_DOCUMENT]


def test_missing_path(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    missing = tmp_path / "nowhere" / "gone.txt"
    check(run(folder, missing), [(str(missing), None, "no such file or directory")], skipped=1)
    alone = run(missing)
    assert alone.exit_code == 2
    assert alone.stderr.splitlines() == [
        f"factcheck: {missing}: no such file or directory",
        NO_DOCUMENT,
    ]


def test_unreadable_file_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = folder_with_good(tmp_path)
    secret = folder / "secret.txt"
    secret.write_text("The vault held 30 boxes in 2015.\n")
    secret.chmod(0)
    real_open = Path.open

    def deny_secret(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":  # root ignores the mode, so the refusal is simulated too
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny_secret)
    check(run(folder), [(str(secret), None, r"cannot read: permission denied")], skipped=1)


def test_symlink_loops(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    (folder / "again").symlink_to(folder, target_is_directory=True)
    (folder / "x.txt").symlink_to(folder / "y.txt")
    (folder / "y.txt").symlink_to(folder / "x.txt")
    loop = r"symbolic link loop, skipped"
    data = check(
        run(folder),
        [
            (
                str(folder / "again"),
                None,
                r"symbolic link loop \(it leads back to a folder that contains it\); skipped",
            ),
            (str(folder / "x.txt"), None, loop),
            (str(folder / "y.txt"), None, loop),
        ],
        skipped=2,
    )
    assert [d["id"] for d in data["documents"]] == ["good.txt"]


def test_a_symlink_loop_given_first_is_one_problem_not_a_crash(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    result = runner.invoke(
        app,
        ["run", str(tmp_path / "x.txt"), str(folder), "--format", "json"],
        catch_exceptions=False,
    )
    reason = r"cannot read: symbolic link loop"
    check(result, [(str(tmp_path / "x.txt"), None, reason)], skipped=1)


def test_unusual_file_names(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    names = ["with space.txt", "ünïcödé 日本.txt", "new\nline.txt", "tab\there.md"]
    for name in names:
        (folder / name).write_text("The tunnel was 14 km long in 1988.\n")
    (folder / "bad\nname.txt").write_bytes(b"")
    bad = str(folder / "bad\nname.txt")
    result = run(folder)
    data = check(result, [(bad, None, r"empty document, skipped")], skipped=1)
    assert sorted(d["id"] for d in data["documents"]) == sorted([*names, "good.txt"])
    for name in names:
        assert claim_texts(data, name) == {"14 km", "1988"}
    # The newline in the name is escaped, so the problem stays one line of stderr.
    assert result.stderr.splitlines() == [
        f"factcheck: {folder}/bad\\nname.txt: empty document, skipped"
    ]


# --- values -------------------------------------------------------------------------------


def _finite(name: str) -> float:
    raise AssertionError(f"{name} is not JSON")


def test_impossible_dates_and_absurd_numbers(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    (folder / "absurd.txt").write_text(
        "The vote was held on February 30, 2025 and again on 2025-13-01.\n"
        "Critics said it cost 1e309 dollars, moved 10^400 people "
        "and touched 999,999,999,999,999,999,999 homes.\n"
    )
    result = run(folder, "--doc-date", "2025-05-01")
    data = check(result, [], skipped=0)
    json.loads(result.stdout, parse_constant=_finite)  # no NaN or Infinity anywhere
    for claim in data["claims"]:
        value = claim["value"]
        if "timex" in value:
            assert "2025-02-30" not in value["timex"] and "2025-13" not in value["timex"]
        for bound in ("low", "high"):
            assert not isinstance(value.get(bound), str), claim
    assert claim_texts(data, "absurd.txt")  # the plausible parts are still read


# --- guarantees ---------------------------------------------------------------------------


def test_no_network_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("factcheck tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    folder = folder_with_good(tmp_path)
    (folder / "page.html").write_text(
        '<html><head><link rel="stylesheet" href="http://example.invalid/a.css">'
        '<script src="http://example.invalid/a.js"></script></head>'
        '<body><img src="http://example.invalid/p.png"><p>It rained 40 mm in 2018.</p></body>'
    )
    data = check(run(folder), [], skipped=0)
    assert claim_texts(data, "page.html") == {"40 mm", "2018"}


def test_bad_inputs_give_the_same_json_in_any_order(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "cp.txt").write_bytes("The “pier” opened in 1911.".encode("cp1252"))
    (folder / "feed.jsonl").write_text('{"id": "f", "text": "It had 3 decks."}\n{oops\n')
    files = sorted(str(p) for p in folder.iterdir())
    outputs = set()
    for seed in range(4):
        random.Random(seed).shuffle(files)
        result = run(*files)
        assert result.exit_code == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_table_ends_with_the_skipped_documents(tmp_path: Path) -> None:
    folder = folder_with_good(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "feed.jsonl").write_text("{oops\n")
    result = runner.invoke(app, ["run", str(folder), "--quiet"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.rstrip().splitlines()
    heading = lines.index("2 input problem(s):")
    tail = " ".join(line.strip() for line in lines[heading + 1 :])  # long paths wrap
    assert tail.startswith(f"{folder / 'empty.txt'}: empty document, skipped ")
    assert f"{folder / 'feed.jsonl'}:1: malformed JSON" in tail and tail.endswith("; skipped")


def test_markdown_output_escapes_document_text(tmp_path: Path) -> None:
    # JSONL ids are free text and reach the tables as the document column.
    records = [
        {
            "id": "<script>alert(1)</script> | x",
            "text": "The board said 1,200 ships came in June 2024.",
        },
        {
            "id": "[a](javascript:alert(2))\n*b*",
            "text": "The board said 1,500 ships came in June 2024.",
        },
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records))
    outputs = []
    for args in (["run", "--fail-on", "never"], ["extract"]):
        result = runner.invoke(app, [*args, str(feed), "--format", "markdown"])
        assert result.exit_code == 0, result.stderr
        outputs.append(result.stdout)
    for text in outputs:
        assert "<" not in text and ">" not in text
        assert not re.search(r"(?<!\\)\]\(", text)  # no link: its bracket is escaped
        rows = [line for line in text.splitlines() if line.startswith("| ")]
        assert len(rows) >= 3
        cells = {re.sub(r"\\.", "", row).count("|") for row in rows}  # escaped pipes removed
        assert len(cells) == 1, rows
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| x" in outputs[0]
