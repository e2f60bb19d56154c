"""Line numbers for offsets, so a renderer can print `file:line` cheaply."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from functools import lru_cache

# "\r\n" is one line break; a lone "\r" (old Mac files) also ends a line.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """The start offset of every line of one text, for O(log n) lookups.

    >>> LineIndex("a\\nb\\r\\nc").line(5)
    3
    """

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        # An array of machine integers, not a list of int objects: a file of millions of
        # empty lines then costs 8 bytes a line, not 36.
        self._starts = array("q", [0])
        self._starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
        self._length = len(text)

    def line(self, offset: int) -> int:
        """Return the 1-based line holding `offset` (a `str` index, 0..len(text)).

        A line break belongs to the line it ends. Raises ValueError for an
        offset outside the text, which is a caller's bug, not bad input.
        """
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} is outside the text (0..{self._length})")
        return bisect_right(self._starts, offset)


@lru_cache(maxsize=16)
def _index(text: str) -> LineIndex:
    # str caches its hash, so repeated calls on the same text are cheap lookups.
    return LineIndex(text)


def line_of(text: str, offset: int) -> int:
    """Return the 1-based line number of `offset` in `text`.

    Lines end at "\\n", "\\r\\n" or a lone "\\r". The line index of the last
    few texts is cached, so many calls on one text stay fast.

    >>> line_of("one\\ntwo", 4)
    2
    """
    return _index(text).line(offset)
