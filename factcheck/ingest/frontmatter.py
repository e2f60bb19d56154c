"""Markdown: YAML front matter as metadata, the rest of the file as the body.

Front matter that cannot be used (bad YAML, a hostile or oversized block, not a
mapping) gives a warning and is dropped: the document is still read, with the
body after the closing fence as its text and no metadata from the file.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from factcheck.ingest.lines import line_of
from factcheck.ingest.problems import (
    SURROGATES_REPLACED,
    Meta,
    Problem,
    bad_date,
    parse_date,
    without_surrogates,
)
from factcheck.models import Severity, SourceComment

# The fence must open the file; a "---" further down is a Markdown rule.
_OPEN = re.compile(r"---[ \t]*\r?\n")
# "..." is YAML's own end-of-document marker, which some generators write.
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)

# safe_load builds aliases as shared references, but anything that later walks
# the value (printing, JSON) expands them: a few dozen nested aliases make a
# billion nodes. Front matter has no need for more than a handful.
MAX_ALIASES = 10
MAX_FRONT_MATTER = 64 * 1024  # characters; real front matter is a few hundred
# PyYAML's scanner takes time quadratic in the depth of nested [ and {: 20,000 levels
# (40 KB) take over half a minute. Real front matter nests two or three deep.
MAX_FLOW_DEPTH = 50

_STRING_FIELDS = ("title", "source", "url", "author")


def split_markdown(text: str) -> tuple[Meta, str, list[Problem]]:
    """Return the metadata, the body and any warnings of a Markdown file's text.

    The body is `text` after the closing fence, unchanged, so offsets into it
    are offsets into the file minus the front matter's length.
    """
    opening = _OPEN.match(text)
    if opening is None:
        return Meta(), text, []
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        warning = Problem("front matter has no closing '---'; read as text", Severity.WARNING)
        return Meta(), text, [warning]
    body = text[closing.end() :]
    raw = text[opening.end() : closing.start()]
    loaded = _load_yaml(raw)
    if isinstance(loaded, Problem):
        return Meta(), body, [loaded]
    meta, problems = _meta_from(loaded)
    return meta, body, problems


_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def markdown_comments(file_text: str, body: str) -> tuple[SourceComment, ...]:
    """The `<!-- ... -->` comments of a Markdown body (which ends `file_text`), with their
    spans in the body and their lines in the file."""
    shift = len(file_text) - len(body)
    return tuple(
        SourceComment(
            text=m.group(1),
            line=line_of(file_text, shift + m.start()),
            start=m.start(),
            end=m.end(),
        )
        for m in _COMMENT.finditer(body)
    )


def _load_yaml(raw: str) -> dict[Any, Any] | Problem:
    """Parse front matter with the safe loader, refusing blocks built to exhaust memory."""
    if len(raw) > MAX_FRONT_MATTER:
        return _ignored(f"front matter is over {MAX_FRONT_MATTER // 1024} KB")
    if _flow_depth(raw) > MAX_FLOW_DEPTH:
        return _ignored(f"front matter nests [ or {{ over {MAX_FLOW_DEPTH} deep")
    try:
        aliases = sum(
            isinstance(t, yaml.AliasToken) for t in yaml.scan(raw, Loader=yaml.SafeLoader)
        )
        if aliases > MAX_ALIASES:
            return _ignored(f"front matter uses {aliases} YAML aliases (at most {MAX_ALIASES})")
        loaded = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        return _ignored(f"front matter is not valid YAML ({_yaml_error(exc)})")
    except RecursionError:
        return _ignored("front matter is nested too deeply")
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        return _ignored(f"front matter is a YAML {type(loaded).__name__}, not a mapping")
    return loaded


def _flow_depth(raw: str) -> int:
    """The deepest nesting of [ and { in `raw`, brackets inside quotes counted too.

    Counting quoted ones as well can only overestimate, and no real front matter
    comes near the limit either way.
    """
    depth = deepest = 0
    for char in raw:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}" and depth:
            depth -= 1
    return deepest


def _meta_from(mapping: dict[Any, Any]) -> tuple[Meta, list[Problem]]:
    fields = {str(k).lower(): v for k, v in mapping.items() if isinstance(k, str)}
    problems: list[Problem] = []
    values: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = fields.get(name)
        text = _as_text(value)
        values[name] = text if text is None else without_surrogates(text)
        if value is not None and text is None:
            problems.append(_ignored(f"front matter {name} is not text"))
        elif text != values[name] and SURROGATES_REPLACED not in problems:
            problems.append(SURROGATES_REPLACED)
    date = parse_date(fields.get("date"))
    if fields.get("date") is not None and date is None:
        problems.append(bad_date("front matter", fields["date"]))
    return Meta(date=date, **values), problems


def _as_text(value: object) -> str | None:
    """A metadata string; numbers ("title: 1984") and lists of names (authors) are accepted."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value)
    return None


def _yaml_error(exc: yaml.YAMLError) -> str:
    # The first line names the problem; the rest is a source excerpt that would
    # break the one-line diagnostic. Marks are 0-based and relative to the block,
    # which starts on line 2 of the file.
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    where = f" on line {mark.line + 2}" if mark is not None else ""
    return f"{problem}{where}"


def _ignored(reason: str) -> Problem:
    return Problem(f"{reason}; ignored", Severity.WARNING)
