"""Tests for factcheck.ingest: every bad input becomes a Diagnostic, good input a Document."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.ingest import LineIndex, iter_documents, line_of
from factcheck.ingest.walk import SUPPORTED
from factcheck.models import DateSource, Diagnostic, Document, Severity

Item = Document | Diagnostic


def read(*paths: str | Path, **options: object) -> list[Item]:
    return list(iter_documents(list(paths), **options))  # type: ignore[arg-type]


def docs(items: list[Item]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def diags(items: list[Item]) -> list[Diagnostic]:
    return [i for i in items if isinstance(i, Diagnostic)]


def only_diag(items: list[Item]) -> Diagnostic:
    assert not docs(items), items
    [diag] = diags(items)
    return diag


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- good paths -----------------------------------------------------------


def test_txt_is_read_whole_with_file_name_as_id(tmp_path: Path) -> None:
    path = write(tmp_path / "note.txt", "The council met on 3 May.\n")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert (doc.id, doc.path, doc.text) == ("note.txt", str(path), "The council met on 3 May.\n")
    assert (doc.date, doc.date_source) == (None, DateSource.NONE)


def test_default_date_is_used_when_metadata_has_none(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Some text.")
    [doc] = docs(read(path, default_date=dt.date(2024, 2, 1)))
    assert (doc.date, doc.date_source) == (dt.date(2024, 2, 1), DateSource.OPTION)


def test_markdown_front_matter_is_metadata_and_body_is_exact(tmp_path: Path) -> None:
    front = (
        "---\ntitle: Bridge reopens\nsource: Town Gazette\nurl: https://example.org/b\n"
        "date: 2023-11-20\nauthor: [Ann Lee, Bo Park]\n---\n"
    )
    body = "The \u201cold\u201d bridge\u00a0reopened after 14 months.\r\nMore text.\n"
    path = write(tmp_path / "b.md", front + body)
    [doc] = read(path, default_date=dt.date(2000, 1, 1))
    assert isinstance(doc, Document)
    assert doc.text == body
    assert (doc.title, doc.source, doc.url) == (
        "Bridge reopens",
        "Town Gazette",
        "https://example.org/b",
    )
    assert doc.author == "Ann Lee, Bo Park"
    assert (doc.date, doc.date_source) == (dt.date(2023, 11, 20), DateSource.METADATA)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("'2023-11-20'", dt.date(2023, 11, 20)),
        ("2023-11-20T08:30:00+05:00", dt.date(2023, 11, 20)),
        ("2023-11-20 23:59:00", dt.date(2023, 11, 20)),
    ],
)
def test_markdown_date_forms(tmp_path: Path, value: str, expected: dt.date) -> None:
    path = write(tmp_path / "d.md", f"---\ndate: {value}\n---\nText.\n")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.date == expected


def test_markdown_bad_date_is_a_warning_and_ignored(tmp_path: Path) -> None:
    path = write(tmp_path / "d.md", "---\ndate: last Tuesday\n---\nText.\n")
    items = read(path, default_date=dt.date(2022, 1, 1))
    [diag] = diags(items)
    [doc] = docs(items)
    assert diag.severity == Severity.WARNING and "date" in diag.reason
    assert (doc.date, doc.date_source) == (dt.date(2022, 1, 1), DateSource.OPTION)


def test_markdown_without_closing_fence_is_read_as_text(tmp_path: Path) -> None:
    text = "---\ntitle: x\nNo closing fence here.\n"
    items = read(write(tmp_path / "d.md", text))
    assert docs(items)[0].text == text
    assert "closing" in diags(items)[0].reason


def test_markdown_rule_later_in_file_is_not_front_matter(tmp_path: Path) -> None:
    text = "Intro.\n\n---\n\ntitle: not metadata\n---\n"
    [doc] = read(write(tmp_path / "d.md", text))
    assert isinstance(doc, Document)
    assert doc.text == text and doc.title is None


def test_html_article_text_and_meta(tmp_path: Path) -> None:
    page = """<!doctype html><html><head>
<title>Fallback title</title>
<meta property="og:title" content="Ferry strike ends">
<meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2024-06-09T22:10:00-04:00">
<script>var claims = "12 million";</script><style>p{}</style>
</head><body>
<header>Subscribe today</header><nav><a href="/">Home</a> <a>World</a></nav>
<article>
  <h1>Ferry strike ends</h1>
  <p>Crews returned   after <b>nine</b>
     days&nbsp;off.</p>
  <div>Before<p>Inside</p>After<br>next line</div>
  <p>It began on <time datetime="2024-05-31">31 May</time>.</p>
  <aside>Related: other story</aside>
  <noscript>Enable JavaScript</noscript><!-- a comment -->
</article>
<footer>Copyright</footer><script>track()</script>
</body></html>"""
    [doc] = read(write(tmp_path / "p.html", page), default_date=dt.date(2000, 1, 1))
    assert isinstance(doc, Document)
    assert doc.text == (
        "Ferry strike ends\n\nCrews returned after nine days\u00a0off.\n\n"
        "Before\n\nInside\n\nAfter\nnext line\n\nIt began on 31 May."
    )
    assert (doc.title, doc.source) == ("Ferry strike ends", "Harbour News")
    assert (doc.date, doc.date_source) == (dt.date(2024, 6, 9), DateSource.METADATA)


def test_html_time_element_is_not_metadata_and_title_falls_back(tmp_path: Path) -> None:
    page = "<html><head><title> Plain  page </title></head><body><main><p>On "
    page += '<time datetime="2021-04-01">1 April</time> it rained.</p></main></body></html>'
    [doc] = read(write(tmp_path / "p.htm", page))
    assert isinstance(doc, Document)
    assert (doc.date, doc.date_source, doc.title) == (None, DateSource.NONE, "Plain page")
    assert doc.text == "On 1 April it rained."


def test_html_meta_date_name_and_bad_value(tmp_path: Path) -> None:
    good = '<meta name="pubdate" content="2019-12-31"><p>Text.</p>'
    bad = '<meta name="date" content="yesterday"><p>Text.</p>'
    [doc] = read(write(tmp_path / "g.html", good))
    assert isinstance(doc, Document) and doc.date == dt.date(2019, 12, 31)
    items = read(write(tmp_path / "b.html", bad))
    assert docs(items)[0].date is None
    assert diags(items)[0].severity == Severity.WARNING


def test_html_deeply_nested_does_not_crash(tmp_path: Path) -> None:
    page = "<div>" * 50_000 + "Deep text." + "</div>" * 10 + "<p><b><i>broken"
    items = read(write(tmp_path / "deep.html", page))
    assert items  # a Document or a Diagnostic, never an exception
    if docs(items):
        assert "Deep text." in docs(items)[0].text


def test_html_with_too_many_tags_is_skipped_before_parsing(tmp_path: Path) -> None:
    # Parsed, this page would take hundreds of megabytes; counting its tags takes nothing.
    page = "<html><body>" + "<p>4 <b>x</b></p>" * 25_000 + "</body></html>"
    started = time.perf_counter()
    diag = only_diag(read(write(tmp_path / "tags.html", page)))
    assert time.perf_counter() - started < 1.0
    assert diag.reason == "HTML has 100,004 tags, over the limit of 100,000; skipped"


def test_html_declared_charset_is_used_when_not_utf8(tmp_path: Path) -> None:
    page = b'<meta charset="koi8-r"><p>' + "Привет".encode("koi8_r") + b"</p>"
    items = read(write(tmp_path / "k.html", page))
    assert docs(items)[0].text == "Привет"
    assert "koi8" in diags(items)[0].reason


@pytest.mark.parametrize(
    "charset", ["rot13", "base64", "zlib", "uu", "undefined", "unicode_escape", "utf-7", "no-such"]
)
def test_html_declaring_a_codec_that_is_no_charset_falls_back(tmp_path: Path, charset: str) -> None:
    # bytes.decode("rot13") raises LookupError, "undefined" UnicodeError: neither may escape.
    page = f'<meta charset="{charset}"><p>Caf\xe9 \\N{{x}} +AGE- opened.</p>'.encode("latin-1")
    items = read(write(tmp_path / "page.html", page))
    assert docs(items)[0].text == "Café \\N{x} +AGE- opened."
    assert [d.reason for d in diags(items)] == ["not UTF-8; decoded as Windows-1252"]


def test_jsonl_three_lines(tmp_path: Path) -> None:
    lines = [
        {"id": "r1", "text": "First text.", "date": "2020-05-01", "source": "Wire", "title": "T1"},
        {"id": "r2", "text": "Second text.", "url": "https://example.org/2"},
        {"text": "Third text, no id."},
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    items = read(path, default_date=dt.date(2021, 1, 1))
    assert not diags(items)
    first, second, third = docs(items)
    assert (first.id, first.text, first.source, first.title) == ("r1", "First text.", "Wire", "T1")
    assert (first.date, first.date_source) == (dt.date(2020, 5, 1), DateSource.METADATA)
    assert (second.url, second.date_source) == ("https://example.org/2", DateSource.OPTION)
    assert third.id == "feed.jsonl:3"
    assert all(d.path == str(path) for d in (first, second, third))


def test_jsonl_bad_lines_are_diagnosed_and_the_rest_goes_on(tmp_path: Path) -> None:
    content = (
        '{"id": "a", "text": "Good one."}\n'
        "\n"
        "{not json\n"
        '{"id": "b"}\n'
        '{"id": "c", "text": 42}\n'
        '["a", "list"]\n'
        '{"id": "d", "text": "Dated badly.", "date": "31/12/2020"}\n'
        '{"id": "e", "text": "   "}\n'
        + "[" * 100_000  # nesting deep enough to exhaust the JSON parser's recursion
        + '\n{"id": "f", "text": "Last one."}\n'
    )
    path = write(tmp_path / "mixed.jsonl", content)
    items = read(path)
    assert [d.id for d in docs(items)] == ["a", "d", "f"]
    by_line = {d.line: d for d in diags(items)}
    assert set(by_line) == {3, 4, 5, 6, 7, 8, 9}
    assert "malformed JSON" in by_line[3].reason
    assert '"text" is missing' in by_line[4].reason
    assert '"text" is a number' in by_line[5].reason
    assert "JSON object" in by_line[6].reason
    assert by_line[7].severity == Severity.WARNING and "date" in by_line[7].reason
    assert by_line[8].reason == "empty document, skipped"
    assert "malformed JSON" in by_line[9].reason
    assert all(d.path == str(path) for d in diags(items))


def test_lone_surrogate_escapes_are_replaced_one_for_one(tmp_path: Path) -> None:
    # Valid JSON and YAML, but no encoding can write "\\ud800": every output failed on it.
    line = r'{"id": "s\ud800", "text": "Dock \udc00 opened in 1931.", "title": "\ud83d\ude00"}'
    front = '---\ntitle: "a\\ud800b"\nsource: "\\udfff"\n---\nDock opened in 1931.\n'
    for name, data in (("s.jsonl", line + "\n"), ("s.md", front)):
        items = read(write(tmp_path / name, data))
        [doc] = docs(items)
        assert not any("\ud800" <= c <= "\udfff" for c in doc.id + doc.text + (doc.title or ""))
        assert [d.reason for d in diags(items)] == [
            "unpaired surrogate escapes (like \\ud800) replaced by U+FFFD"
        ]
    jsonl, markdown = (docs(read(tmp_path / n))[0] for n in ("s.jsonl", "s.md"))
    assert (jsonl.id, jsonl.text, jsonl.title) == ("s\ufffd", "Dock \ufffd opened in 1931.", "😀")
    assert (markdown.title, markdown.source) == ("a\ufffdb", "\ufffd")


def test_jsonl_duplicate_ids_are_disambiguated(tmp_path: Path) -> None:
    rows = ['{"id": "same", "text": "One."}', '{"id": "same", "text": "Two."}']
    rows.append('{"id": "same", "text": "Three."}')
    items = read(write(tmp_path / "dup.jsonl", "\n".join(rows)))
    assert [d.id for d in docs(items)] == ["same", "same#2", "same#3"]
    warnings = diags(items)
    assert [w.line for w in warnings] == [2, 3]
    assert all(w.severity == Severity.WARNING and "duplicate" in w.reason for w in warnings)


def test_jsonl_line_over_limit_is_skipped_without_loading_it(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": "x" * 5000})
    content = '{"id": "a", "text": "Small."}\n' + big + '\n{"id": "b", "text": "After."}\n'
    items = read(write(tmp_path / "big.jsonl", content), max_bytes=1000)
    assert [d.id for d in docs(items)] == ["a", "b"]
    diag = only_diag([i for i in items if isinstance(i, Diagnostic)])
    assert diag.line == 2 and "over the 1 KB limit" in diag.reason


# Peak resident memory of reading one file, in a fresh process that imports only ingest.
_READ_PROBE = """
import resource, sys
from factcheck.ingest import iter_documents
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
items = list(iter_documents([sys.argv[1]], max_bytes=int(sys.argv[2])))
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(grown // 1024, *items, sep="\\n")
"""


def test_jsonl_hundred_megabyte_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"id": "a", "text": "Before."}\n{"id": "huge", "text": "')
        for _ in range(100):
            handle.write(b"x" * 1_000_000)
        handle.write(b'"}\n{"id": "b", "text": "After."}\n')
    probe = [sys.executable, "-c", _READ_PROBE, str(path), "1000000"]
    result = subprocess.run(probe, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    grown_mb, *items = result.stdout.splitlines()
    assert int(grown_mb) < 30  # the line is 100 MB; at most the 1 MB limit is held at once
    assert len(items) == 3 and items[1] == (
        f"{path}:2: line is 100 MB, over the 1 MB limit (raise it with --max-bytes); skipped"
    )


def test_jsonl_five_megabyte_line_is_read_fast(tmp_path: Path) -> None:
    text = "The fund grew by 4 percent. " * 180_000
    path = write(tmp_path / "huge.jsonl", json.dumps({"id": "h", "text": text}) + "\n")
    assert path.stat().st_size > 5_000_000
    started = time.perf_counter()
    [doc] = read(path)
    assert isinstance(doc, Document) and doc.text == text
    assert time.perf_counter() - started < 2.0


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for rel in ["b.txt", "a/z.md", "a.txt", "a-b.txt", "a/c/d.html", "Z.txt", "c.jsonl"]:
        content = '{"id": "c1", "text": "Line."}' if rel.endswith(".jsonl") else "<p>Text.</p>"
        write(root / rel, content)
    write(root / "ignored.pdf", b"%PDF-1.4")
    write(root / ".hidden" / "x.txt", "hidden")
    items = read(root)
    assert not diags(items)
    assert [d.id for d in docs(items)] == [
        "Z.txt", "a-b.txt", "a.txt", "a/c/d.html", "a/z.md", "b.txt", "c1",
    ]  # fmt: skip
    assert docs(items)[0].path == str(root / "Z.txt")


def test_the_order_paths_are_given_in_does_not_matter(tmp_path: Path) -> None:
    first = write(tmp_path / "x" / "story.txt", "A text.")
    second = write(tmp_path / "y" / "story.txt", "B text.")
    missing = tmp_path / "w" / "gone.txt"
    expected = read(first, missing, second)
    assert [(d.id, d.text) for d in docs(expected)] == [
        ("story.txt", "A text."),
        ("story.txt#2", "B text."),
    ]
    assert read(second, missing, first) == expected == read(missing, second, first)


def test_same_file_name_in_two_folders_gets_unique_ids(tmp_path: Path) -> None:
    one = write(tmp_path / "one" / "story.txt", "First.")
    two = write(tmp_path / "two" / "story.txt", "Second.")
    items = read(tmp_path / "one", tmp_path / "two", one, two)
    assert [d.id for d in docs(items)] == ["story.txt", "story.txt#2", "story.txt#3", "story.txt#4"]


def test_unusual_file_names(tmp_path: Path) -> None:
    names = ["with space.txt", "café \u2014 ünïcode.txt", "new\nline.txt"]
    for name in names:
        write(tmp_path / "d" / name, f"Text of {name}.")
    items = read(tmp_path / "d")
    assert sorted(d.id for d in docs(items)) == sorted(names)
    assert not diags(items)


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "bom.txt", b"\xef\xbb\xbfHello there."))
    assert isinstance(doc, Document) and doc.text == "Hello there."


def test_utf8_bom_before_front_matter(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf---\ntitle: Boms\n---\nBody."
    [doc] = read(write(tmp_path / "bom.md", data))
    assert isinstance(doc, Document) and (doc.title, doc.text) == ("Boms", "Body.")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, encoding: str) -> None:
    text = "Zürich, 5\u00a0km.\r\nSecond line."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    [doc] = read(write(tmp_path / "wide.txt", data))
    assert isinstance(doc, Document) and doc.text == text


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "\u201cCaf\u00e9\u201d prices rose 5\u2009%\u2026 \u20ac3"
    text = text.replace("\u2009", " ")
    items = read(write(tmp_path / "old.txt", text.encode("cp1252")))
    assert docs(items)[0].text == text
    diag = diags(items)[0]
    assert diag.severity == Severity.WARNING
    assert diag.reason == "not UTF-8; decoded as Windows-1252"


def test_mixed_line_endings_are_preserved(tmp_path: Path) -> None:
    text = "one\r\ntwo\nthree\rfour\r\n"
    [doc] = read(write(tmp_path / "mixed.txt", text))
    assert isinstance(doc, Document) and doc.text == text
    index = LineIndex(doc.text)
    assert [index.line(doc.text.index(w)) for w in ("one", "two", "three", "four")] == [1, 2, 3, 4]


# --- bad input: one Diagnostic each, never an exception -------------------


def test_missing_path(tmp_path: Path) -> None:
    diag = only_diag(read(tmp_path / "nope.txt"))
    assert diag.reason == "no such file or directory"
    assert diag.path == str(tmp_path / "nope.txt")


def test_broken_symlink_given_explicitly(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    assert "broken symbolic link" in only_diag(read(tmp_path / "link.txt")).reason


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", "Hidden text.")

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    # Tests may run as root, which chmod cannot lock out, so the refusal is simulated.
    monkeypatch.setattr(Path, "open", deny)
    assert only_diag(read(path)).reason == "cannot read: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "Hidden text.")
    path.chmod(0)
    assert only_diag(read(path)).reason == "cannot read: permission denied"


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    for name, data in [("e.txt", ""), ("w.txt", " \n\t\r\n"), ("fm.md", "---\ntitle: x\n---\n")]:
        diag = only_diag(read(write(tmp_path / name, data)))
        assert (diag.reason, diag.severity) == ("empty document, skipped", Severity.ERROR)


def test_empty_jsonl(tmp_path: Path) -> None:
    diag = only_diag(read(write(tmp_path / "e.jsonl", "\n\n")))
    assert diag.reason == "empty document, skipped"


def test_html_without_text(tmp_path: Path) -> None:
    page = "<html><body><nav>Home</nav><script>x()</script></body></html>"
    assert "empty document" in only_diag(read(write(tmp_path / "e.html", page))).reason


def test_file_over_max_bytes(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "x" * 25_300)
    diag = only_diag(read(path, max_bytes=20_000))
    assert diag.reason == (
        "file is 25.3 KB, over the 20 KB limit (raise it with --max-bytes); skipped"
    )


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "looks like PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "looks like JPEG"),
        (b"GIF89a\x01\x00", "looks like GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "looks like ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00", "looks like gzip"),
        (b"text\x00with\x00nul\xff", "contains NUL bytes"),
        (bytes(range(1, 9)) * 50, "mostly control bytes"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, looks_like: str) -> None:
    diag = only_diag(read(write(tmp_path / "bin.txt", data)))
    assert diag.reason.startswith("binary file (") and looks_like in diag.reason
    assert diag.reason.endswith(", skipped")


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    diag = only_diag(read(write(tmp_path / "u.txt", "Plain words here.".encode("utf-16-le"))))
    assert "UTF-16 without a byte-order mark" in diag.reason


def test_invalid_utf8_that_is_not_cp1252(tmp_path: Path) -> None:
    # 0x81 is undefined in Windows-1252, so the fallback fails too.
    diag = only_diag(read(write(tmp_path / "bad.txt", b"abc\x81def")))
    assert diag.reason.startswith("not valid UTF-8 (byte 0x81 at offset 3)")


def test_invalid_utf8_after_bom_reports_file_offset(tmp_path: Path) -> None:
    diag = only_diag(read(write(tmp_path / "bad.txt", b"\xef\xbb\xbfab\xff")))
    assert diag.reason.startswith("not valid UTF-8 (byte 0xff at offset 5)")


def test_unsupported_extension_given_explicitly(tmp_path: Path) -> None:
    diag = only_diag(read(write(tmp_path / "report.pdf", b"%PDF-1.4")))
    assert diag.reason.startswith("unsupported file type '.pdf'; expected .txt, .md")


def test_folder_without_supported_files(tmp_path: Path) -> None:
    write(tmp_path / "d" / "image.png", b"\x89PNG")
    diag = only_diag(read(tmp_path / "d"))
    assert diag.path == str(tmp_path / "d")
    assert diag.reason == "no .txt, .md, .html, .htm or .jsonl files found"


def test_symlink_loop_is_reported_once(tmp_path: Path) -> None:
    write(tmp_path / "d" / "sub" / "a.txt", "Text.")
    (tmp_path / "d" / "sub" / "back").symlink_to(tmp_path / "d")
    (tmp_path / "d" / "self").symlink_to(tmp_path / "d")
    items = read(tmp_path / "d")
    assert [d.id for d in docs(items)] == ["sub/a.txt"]
    loops = diags(items)
    assert len(loops) == 2 and all("symbolic link loop" in d.reason for d in loops)


def test_hostile_yaml_tag_is_not_constructed(tmp_path: Path) -> None:
    front = "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nBody text.\n"
    items = read(write(tmp_path / "evil.md", front))
    [doc] = docs(items)
    assert (doc.text, doc.title) == ("Body text.\n", None)
    [diag] = diags(items)
    assert diag.severity == Severity.WARNING and "not valid YAML" in diag.reason


def test_billion_laughs_is_rejected_quickly(tmp_path: Path) -> None:
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        rows.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    front = "---\n" + "\n".join(rows) + "\ntitle: boom\n---\nStill read.\n"
    started = time.perf_counter()
    items = read(write(tmp_path / "bomb.md", front))
    assert time.perf_counter() - started < 1.0
    assert docs(items)[0].text == "Still read.\n" and docs(items)[0].title is None
    assert "aliases" in diags(items)[0].reason


@pytest.mark.parametrize(
    ("depth", "reason"),
    [(20_000, "front matter nests [ or { over 50 deep; ignored"), (50, None)],
)
def test_deeply_nested_front_matter_is_refused_before_parsing(
    tmp_path: Path, depth: int, reason: str | None
) -> None:
    # PyYAML needs over half a minute for 20,000 levels; the guard answers at once.
    front = "---\nkeys: " + "[" * depth + "]" * depth + "\n---\nStill read.\n"
    started = time.perf_counter()
    items = read(write(tmp_path / "deep.md", front))
    assert time.perf_counter() - started < 1.0
    assert docs(items)[0].text == "Still read.\n"
    assert [d.reason for d in diags(items)] == ([reason] if reason else [])


def test_broken_yaml_and_non_mapping(tmp_path: Path) -> None:
    for name, front in [("broken.md", "title: [unclosed\n"), ("list.md", "- a\n- b\n")]:
        items = read(write(tmp_path / name, f"---\n{front}---\nBody.\n"))
        assert docs(items)[0].text == "Body.\n"
        assert diags(items)[0].severity == Severity.WARNING


def test_oversized_front_matter_is_ignored(tmp_path: Path) -> None:
    front = "---\n" + "".join(f"k{i}: {'v' * 60}\n" for i in range(2000)) + "---\nBody.\n"
    items = read(write(tmp_path / "big.md", front))
    assert docs(items)[0].text == "Body.\n"
    assert "over 64 KB" in diags(items)[0].reason


def test_it_streams(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", "First.")
    write(tmp_path / "d" / "b.txt", "Second.")
    stream = iter_documents([tmp_path / "d"])
    first = next(stream)
    (tmp_path / "d" / "b.txt").unlink()  # not yet read: the walk is lazy
    assert isinstance(first, Document)
    assert only_diag(list(stream)).reason == "no such file or directory"


# --- line numbers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "line"),
    [
        ("abc", 0, 1),
        ("abc", 3, 1),
        ("a\nb", 1, 1),
        ("a\nb", 2, 2),
        ("a\r\nb", 2, 1),
        ("a\r\nb", 3, 2),
        ("a\rb\rc", 4, 3),
        ("\n\n\n", 3, 4),
    ],
)
def test_line_of(text: str, offset: int, line: int) -> None:
    assert line_of(text, offset) == line


def test_line_of_rejects_offsets_outside_the_text() -> None:
    with pytest.raises(ValueError):
        line_of("abc", 4)


def test_line_index_is_fast_for_many_lookups() -> None:
    text = "a line of text\n" * 200_000
    started = time.perf_counter()
    lines = [line_of(text, offset) for offset in range(0, len(text), 15)]
    assert lines[-1] == 200_000
    assert time.perf_counter() - started < 2.0


def test_file_over_default_limit_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(25_300_000)  # sparse: the size check comes before any read
    diag = only_diag(read(path))
    assert diag.reason == (
        "file is 25.3 MB, over the 20 MB limit (raise it with --max-bytes); skipped"
    )


def test_pipe_with_a_supported_name_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "d" / "pipe.txt")
    assert only_diag(read(tmp_path / "d")).reason == "not a regular file, skipped"
    assert only_diag(read(tmp_path / "d" / "pipe.txt")).reason == "not a regular file, skipped"


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "d" / "a.txt", "Text.")

    def deny(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", deny)
    assert only_diag(read(tmp_path / "d")).reason == "cannot read folder: permission denied"


def test_a_single_path_string_is_not_split_into_letters(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "Only one.")
    assert [d.id for d in docs(list(iter_documents(str(path))))] == ["one.txt"]


def test_folder_notes_are_not_articles_unless_named(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "This folder holds 3 stories from 2024.\n", encoding="utf-8"
    )
    (tmp_path / "story.md").write_text("A storm hit on May 2, 2024.\n", encoding="utf-8")
    walked = [d.id for d in iter_documents([tmp_path]) if isinstance(d, Document)]
    assert walked == ["story.md"]
    named = [d.id for d in iter_documents([tmp_path / "README.md"]) if isinstance(d, Document)]
    assert named == ["README.md"]


# --- any bytes at all ------------------------------------------------------


# Openings that steer random bytes into each reader's less-trodden paths.
_PREFIXES = st.sampled_from(
    [
        b"",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"---\n",
        b"---\ntitle: [\n---\n",
        b"<html><meta charset=latin-1><body><p>",
        b'{"id": "x", "text": "',
        b"%PDF-",
        b"\x00",
    ]
)
_BODIES = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(
        st.sampled_from(
            [
                b"\n",
                b"\r\n",
                b"\r",
                b"\x85",
                b'"}',
                b"{",
                b"<p>",
                b"</div>",
                b"&amp;",
                b"*a",
                b"&a",
                b" 12 ",
                b"\xe2\x80",
                b"\x81",
            ]
        ),
        max_size=60,
    ).map(b"".join),
)


@settings(max_examples=150, deadline=None)
@given(prefix=_PREFIXES, body=_BODIES, kind=st.sampled_from(SUPPORTED))
def test_any_bytes_become_documents_or_one_line_diagnostics(
    prefix: bytes, body: bytes, kind: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / f"input{kind}", prefix + body)
        items = read(path, max_bytes=400)
        assert items and items == read(path, max_bytes=400)  # deterministic
        for item in items:
            if isinstance(item, Document):
                assert item.text.strip() and item.path == str(path)
            else:
                assert item.path == str(path) and item.reason
                assert "\n" not in item.reason and "\r" not in item.reason
