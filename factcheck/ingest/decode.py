"""Reading a file's bytes within a size limit, and turning them into text exactly.

Bytes are decoded here rather than by `open(..., "r")` because universal
newlines would rewrite "\\r\\n" and shift every offset after it.
"""

from __future__ import annotations

import codecs
import errno
import re
from pathlib import Path

from factcheck.ingest.problems import Problem, Skip
from factcheck.models import Severity

# Byte-order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# Leading bytes of file types people mistakenly point a text tool at.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP, e.g. a Word or OpenDocument file"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "RIFF media, e.g. WebP or WAV"),
)

# Control bytes that never appear in text (tab, newlines, form feed and ESC excluded).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_SAMPLE = 8192  # enough to tell text from binary without scanning a huge file
_MAX_CONTROL_SHARE = 0.10
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_WINDOWS_1252_ALIASES = frozenset({"ascii", "iso8859-1", "latin-1", "cp1252"})
# Python codecs a page may name that are not character sets: they rewrite the text
# (escapes, IDNA), always fail ("undefined") or, like UTF-7, are refused by browsers
# as a way to smuggle markup.
_NOT_CHARSETS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "undefined"}
)
_LABELS = {"cp1252": "Windows-1252"}


def human_size(size: int) -> str:
    """Return a byte count the way people say it: "512 bytes", "25.3 MB".

    >>> human_size(20_000_000)
    '20 MB'
    """
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def too_large(size: int, max_bytes: int, what: str = "file") -> str:
    """The reason for skipping an input over the size limit."""
    shown = human_size(size)
    if shown == human_size(max_bytes):  # 20.0 MB vs a 20 MB limit reads as no excess
        shown = f"{size:,} bytes"
    return (
        f"{what} is {shown}, over the {human_size(max_bytes)} limit "
        "(raise it with --max-bytes); skipped"
    )


def os_reason(exc: OSError) -> str:
    """A short, lowercase reason for an OSError met while opening or reading."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "cannot read: permission denied"
    if exc.errno == errno.ELOOP:
        return "cannot read: symbolic link loop"
    detail = (exc.strerror or type(exc).__name__).lower()
    return f"cannot read: {detail}"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of `path`, or raise Skip when it is missing, unreadable or too large.

    At most `max_bytes + 1` bytes are read, so a file that grows (or a special
    file whose size `stat` does not know) still cannot exhaust memory.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Skip(too_large(size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise Skip(os_reason(exc)) from None
    if len(data) > max_bytes:
        raise Skip(too_large(len(data), max_bytes))
    return data


def binary_kind(data: bytes) -> str | None:
    """Return what a binary file looks like ("PDF", "contains NUL bytes"), or None for text."""
    for magic, name in MAGIC:
        if data.startswith(magic):
            return f"looks like {name}"
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        if sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4:
            return "looks like UTF-16 without a byte-order mark; re-save it as UTF-8"
        return "contains NUL bytes"
    controls = sum(1 for byte in sample if byte in _CONTROL)
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        return "mostly control bytes"
    return None


def declared_charset(data: bytes) -> str | None:
    """Return the Python codec an HTML page declares in `<meta charset>`, if it names one.

    Per the HTML standard, pages labelled Latin-1 or ASCII are really Windows-1252.
    """
    match = _META_CHARSET.search(data[:_SAMPLE])
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    # "rot13", "base64" or "zlib" are codecs too, but bytes.decode refuses them.
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_CHARSETS:
        return None
    return "cp1252" if codec.name in _WINDOWS_1252_ALIASES else codec.name


def decode(data: bytes, declared: str | None = None) -> tuple[str, Problem | None]:
    """Return the text of `data` and a warning when it was not UTF-8; raise Skip if not text.

    A byte-order mark decides the encoding and is not part of the text.
    Without one: binary data is refused (checked first, because a PDF or a
    NUL-padded file can be valid ASCII), then UTF-8 is tried strictly, then
    the `declared` encoding (an HTML page's own), else Windows-1252, the usual
    encoding of text that is not UTF-8.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, len(bom)), None
    kind = binary_kind(data)
    if kind is not None:
        raise Skip(f"binary file ({kind}), skipped")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    encoding = declared if declared not in (None, "utf-8") else "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeError, LookupError):  # LookupError: a codec that is no text encoding
        raise Skip(_not_valid("UTF-8", utf8_error, 0)) from None
    label = _LABELS.get(encoding, encoding)
    return text, Problem(f"not UTF-8; decoded as {label}", Severity.WARNING)


def _strict(data: bytes, encoding: str, skipped: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise Skip(
            _not_valid(encoding.upper().removesuffix("-LE").removesuffix("-BE"), exc, skipped)
        ) from None


def _not_valid(encoding: str, exc: UnicodeDecodeError, skipped: int) -> str:
    offset = exc.start + skipped
    return (
        f"not valid {encoding} (byte 0x{exc.object[exc.start]:02x} at offset {offset}); "
        "re-save it as UTF-8"
    )
