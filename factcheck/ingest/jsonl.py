"""JSON Lines: one document per line, read as a stream with a per-line size cap.

A line that cannot be used gives a Diagnostic naming its line number and the
rest of the file goes on. A bad `date` (or a non-text `title`, `source`, `url`)
is a warning and the field is ignored: the text is still worth checking.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from factcheck.ingest.decode import BOMS, binary_kind, too_large
from factcheck.ingest.problems import (
    SURROGATES_REPLACED,
    Meta,
    Problem,
    Skip,
    bad_date,
    parse_date,
    without_surrogates,
)
from factcheck.models import Severity

_CHUNK = 1 << 20  # how much of an over-long line is held at once while skipping it
_STRING_FIELDS = ("title", "source", "url", "author")
# JSON's names for the Python types json.loads returns, for messages.
_JSON_TYPES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
}


@dataclass(frozen=True, slots=True)
class Record:
    """One usable line: its text, metadata, own id (None when it has none) and warnings."""

    line: int
    id: str | None
    text: str
    meta: Meta
    problems: list[Problem] = field(default_factory=list)


def jsonl_records(handle: BinaryIO, max_bytes: int) -> Iterator[Record | Problem]:
    """Yield a Record for each usable line of `handle` and a Problem for each bad one.

    Raises Skip before yielding anything when the file is not UTF-8 JSON Lines at all.
    """
    for number, raw in _raw_lines(handle, max_bytes):
        if isinstance(raw, int):
            yield Problem(too_large(raw, max_bytes, "line"), line=number)
            continue
        if number == 1:
            raw = _check_start(raw)
        if not raw.strip():
            continue
        yield _record(number, raw)


def _raw_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """Yield (line number, bytes), or (line number, size) for a line over `max_bytes`."""
    number = 0
    while line := handle.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            yield number, len(line) + _skip_rest(handle)
        else:
            yield number, line


def _skip_rest(handle: BinaryIO) -> int:
    skipped = 0
    while chunk := handle.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _check_start(first: bytes) -> bytes:
    """Strip a UTF-8 byte-order mark; refuse other encodings and binary files."""
    for bom, encoding in BOMS:
        if first.startswith(bom):
            if encoding == "utf-8":
                return first[len(bom) :]
            raise Skip(f"JSON Lines must be UTF-8, this is {encoding.upper()}; re-save it as UTF-8")
    kind = binary_kind(first)
    if kind is not None:
        raise Skip(f"binary file ({kind}), skipped")
    return first


def _record(number: int, raw: bytes) -> Record | Problem:
    # Without its line break, an unterminated string is reported as such, not as a
    # control character.
    raw = raw.rstrip(b"\r\n")
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return Problem(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); skipped",
            line=number,
        )
    except json.JSONDecodeError as exc:
        # Some messages end in "at" ("Invalid control character at"); the column follows.
        what = exc.msg.removesuffix(" at")
        return Problem(f"malformed JSON ({what} at column {exc.colno}); skipped", line=number)
    except (ValueError, RecursionError) as exc:  # e.g. an int too long to convert, deep nesting
        return Problem(f"malformed JSON ({_first_line(exc)}); skipped", line=number)
    if not isinstance(value, dict):
        return Problem(f"expected a JSON object, got {_json_type(value)}; skipped", line=number)
    problems: list[Problem] = []
    value = _without_surrogates(value, problems)
    text = value.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {_json_type(text)}, not a string"
        return Problem(f'"text" is {what}; skipped', line=number)
    if not text.strip():
        return Problem("empty document, skipped", line=number)
    record_id = _record_id(value.get("id"), problems)
    meta = _record_meta(value, problems)
    return Record(number, record_id, text, meta, [_at(p, number) for p in problems])


def _without_surrogates(value: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
    """The record with unpaired surrogates ("\\ud800" escapes) in its strings made U+FFFD."""
    cleaned = {k: without_surrogates(v) if isinstance(v, str) else v for k, v in value.items()}
    if cleaned != value:
        problems.append(SURROGATES_REPLACED)
    return cleaned


def _record_id(value: object, problems: list[Problem]) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # a numeric id is unambiguous; spelling it as text loses nothing
    if value is not None:
        problems.append(
            Problem(
                f'"id" is a {_json_type(value)}, not a string; using the line', Severity.WARNING
            )
        )
    return None


def _record_meta(value: dict[str, Any], problems: list[Problem]) -> Meta:
    strings: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        field_value = value.get(name)
        ok = isinstance(field_value, str) and field_value.strip()
        strings[name] = field_value.strip() if ok and isinstance(field_value, str) else None
        if field_value is not None and not isinstance(field_value, str):
            problems.append(
                Problem(
                    f'"{name}" is a {_json_type(field_value)}, not a string; ignored',
                    Severity.WARNING,
                )
            )
    raw_date = value.get("date")
    date = parse_date(raw_date) if isinstance(raw_date, str) else None
    if raw_date is not None and date is None:
        problems.append(bad_date('"date"', raw_date))
    return Meta(date=date, **strings)


def _at(problem: Problem, line: int) -> Problem:
    return Problem(problem.reason, problem.severity, line)


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), "null")


def _first_line(exc: BaseException) -> str:
    lines = str(exc).splitlines()
    return lines[0] if lines else type(exc).__name__
