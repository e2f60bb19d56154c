"""HTML: the article's text as paragraphs, and metadata from <meta> tags.

The text is built by us, not by `get_text()`, so its shape is fixed and
documented: each block element (p, div, li, h1...) starts a new paragraph;
paragraphs are joined by one blank line ("\\n\\n"); inside a paragraph, runs of
ASCII whitespace collapse to one space as a browser shows them, `<br>` becomes
"\\n", and `<pre>` keeps its whitespace. Characters such as a non-breaking space
are kept as they are, so offsets into the result never point at rewritten text.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4.element import CData, Comment, NavigableString, PageElement, Tag

from factcheck.ingest.lines import line_of
from factcheck.ingest.problems import Meta, Problem, Skip, bad_date, parse_date
from factcheck.models import SourceComment

# Never article text. The spec's list plus elements whose text is browser chrome.
# fmt: off
DROPPED = frozenset({
    "script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form",
    "svg", "template", "head", "title", "button", "select", "object", "embed", "canvas",
    "audio", "video", "map",
})
BLOCKS = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3",
    "h4", "h5", "h6", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
# fmt: on
CELLS = frozenset({"td", "th"})
# Where the publication date may be, most specific first. <time datetime> in
# the body is not here on purpose: it dates the events the article reports.
DATE_META = (
    ("property", "article:published_time"),
    ("name", "date"),
    ("name", "pubdate"),
    ("itemprop", "datepublished"),
)
TITLE_META = (("property", "og:title"), ("name", "twitter:title"))
SOURCE_META = (("property", "og:site_name"), ("name", "application-name"))
URL_META = (("property", "og:url"),)
AUTHOR_META = (("name", "author"),)

_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace; \xa0 is not in it
# The parsed tree takes about 1 KB per element: a 5 MB page of nothing but short tags
# took over 350 MB and half a minute. A news page has a few thousand elements; every
# "<" is counted as one (an overestimate), which is cheap and never misses a tag.
MAX_TAGS = 100_000
_DROP = object()  # owner marker for strings inside a dropped element
_BR = "\n"


def html_document(text: str) -> tuple[Meta, str, list[Problem], tuple[SourceComment, ...]]:
    """Return the metadata, article text, warnings and comments of an HTML page.

    Raises Skip when the markup cannot be parsed at all (e.g. nested too deeply) or
    has more than MAX_TAGS tags.
    """
    tags = text.count("<")
    if tags > MAX_TAGS:
        raise Skip(f"HTML has {tags:,} tags, over the limit of {MAX_TAGS:,}; skipped")
    try:
        with warnings.catch_warnings():
            # bs4 warns about markup that looks like a URL or XML; neither matters here.
            warnings.simplefilter("ignore")
            soup = BeautifulSoup(text, "html.parser")
        metas = _meta_tags(soup)
        meta, problems = _metadata(soup, metas)
        body, comments = _body(_article_root(soup), text)
    except RecursionError:
        raise Skip("HTML is nested too deeply to read; skipped") from None
    except Exception as exc:  # a third-party parser on hostile markup: never let it escape
        raise Skip(f"HTML could not be parsed ({type(exc).__name__}); skipped") from None
    return meta, body, problems, comments


def _meta_tags(soup: BeautifulSoup) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = tag.get(attr)
            if isinstance(key, str):
                found.setdefault((attr, key.strip().lower()), content.strip())
    return found


def _metadata(soup: BeautifulSoup, metas: dict[tuple[str, str], str]) -> tuple[Meta, list[Problem]]:
    def first(keys: tuple[tuple[str, str], ...]) -> str | None:
        return next((metas[k] for k in keys if k in metas), None)

    title = first(TITLE_META)
    if title is None and soup.title is not None:
        title = _SPACES.sub(" ", soup.title.get_text()).strip() or None
    url = first(URL_META)
    if url is None:
        canonical = soup.find("link", rel="canonical")
        href = canonical.get("href") if isinstance(canonical, Tag) else None
        url = href.strip() if isinstance(href, str) and href.strip() else None
    raw_date = first(DATE_META)
    date = parse_date(raw_date)
    problems = [bad_date("<meta>", raw_date)] if raw_date is not None and date is None else []
    meta = Meta(
        title=title, source=first(SOURCE_META), url=url, author=first(AUTHOR_META), date=date
    )
    return meta, problems


def _article_root(soup: BeautifulSoup) -> Tag:
    """The element holding the article: the longest <article>, else <main>, else <body>."""
    for name in ("article", "main"):
        candidates = [t for t in soup.find_all(name) if not _inside_dropped(t)]
        if candidates:
            return max(candidates, key=lambda t: len(t.get_text()))
    return soup.body if soup.body is not None else soup


def _inside_dropped(tag: Tag) -> bool:
    return any(parent.name in DROPPED for parent in tag.parents)


@dataclass(frozen=True, slots=True)
class _CommentSeen:
    """A comment met while walking; `after_current`: the current paragraph has text before it."""

    text: str
    after_current: bool


def _body(root: Tag, raw: str) -> tuple[str, tuple[SourceComment, ...]]:
    """The article text, and the comments in it placed at the start of the paragraph they precede.

    Comments are not text, but a `factcheck:` directive in one applies to the next paragraph.
    """
    parts: list[str] = []
    seen: list[tuple[int, str]] = []  # (index of the paragraph the comment precedes, text)
    for item in _paragraphs(root):
        if isinstance(item, str):
            parts.append(item)
        else:
            seen.append((len(parts) + item.after_current, item.text))
    starts = [0]
    for part in parts:
        starts.append(starts[-1] + len(part) + 2)  # paragraphs are joined by "\n\n"
    body = "\n\n".join(parts)
    comments, searched = [], 0
    for index, text in seen:
        offset = min(starts[index], len(body))
        found = raw.find(f"<!--{text}-->", searched)
        line = line_of(raw, found) if found >= 0 else None
        searched = found + 1 if found >= 0 else searched
        comments.append(SourceComment(text=text, line=line, start=offset, end=offset))
    return body, tuple(comments)


def _paragraphs(root: Tag) -> Iterator[str | _CommentSeen]:
    """Yield the non-empty paragraphs under `root` and the comments between them,
    walking the tree without recursion."""
    owners: dict[int, object] = {id(root): root}
    lines: list[list[str]] = [[]]
    owner: object = root
    for node in root.descendants:
        parent_owner = owners.get(id(node.parent), _DROP)
        if isinstance(node, Tag):
            owners[id(node)] = _owner(node, parent_owner)
            if owners[id(node)] is node:  # a block starts: end the paragraph before it
                yield from _flush(lines, owner)
                lines, owner = [[]], node
            elif node.name == "br" and parent_owner is not _DROP:
                lines.append([])
            elif node.name in CELLS:
                lines[-1].append(" ")
        elif _is_text(node) and parent_owner is not _DROP:
            if parent_owner is not owner:  # back in an outer block after a nested one ended
                yield from _flush(lines, owner)
                lines, owner = [[]], parent_owner
            lines[-1].append(str(node))
        elif type(node) is Comment and parent_owner is not _DROP:
            yield _CommentSeen(str(node), any("".join(line).strip() for line in lines))
    yield from _flush(lines, owner)


def _owner(tag: Tag, parent_owner: object) -> object:
    if parent_owner is _DROP or tag.name in DROPPED or tag.has_attr("hidden"):
        return _DROP
    return tag if tag.name in BLOCKS else parent_owner


def _is_text(node: PageElement) -> bool:
    # Comments, doctypes and processing instructions are NavigableString subclasses too.
    return type(node) is NavigableString or type(node) is CData


def _flush(lines: list[list[str]], owner: object) -> Iterator[str]:
    preformatted = isinstance(owner, Tag) and owner.name == "pre"
    if preformatted:
        text = _BR.join("".join(line) for line in lines).strip("\r\n")
    else:
        text = _BR.join(_SPACES.sub(" ", "".join(line)).strip(" ") for line in lines)
        text = text.strip(_BR)
    if text.strip():
        yield text
