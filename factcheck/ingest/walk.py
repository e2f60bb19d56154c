"""Walking a folder: supported files in sorted order of relative path, streamed.

Hidden files and folders (names starting with ".") are skipped in a walk, as
`.git` or editor back-ups are never articles; so are a folder's own notes
(README, LICENSE, CHANGELOG, CONTRIBUTING). Any of them given by name is read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.ingest.decode import os_reason
from factcheck.models import Diagnostic, Severity

SUPPORTED = (".txt", ".md", ".html", ".htm", ".jsonl")
SUPPORTED_LIST = ", ".join(SUPPORTED[:-1]) + " or " + SUPPORTED[-1]  # for messages
# A folder's notes about itself, not articles: README.md, LICENSE.txt, ...
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing")


# One open folder in the walk: its remaining sorted entries, its relative path
# prefix ("a/b/") and its (device, inode), which identifies it through any link.
_Frame = tuple[Iterator[os.DirEntry[str]], str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Found:
    """A supported file found in a walk: where to open it and its id (relative path, POSIX)."""

    path: str
    rel: str


def extension(name: str) -> str:
    """The lowercased extension of a file name, "" when it has none."""
    return os.path.splitext(name)[1].lower()


def is_folder_note(name: str) -> bool:
    """True for README.md, LICENSE.txt and the like, which describe a folder."""
    return os.path.splitext(name)[0].lower() in NOT_ARTICLES


def walk_folder(root: str) -> Iterator[Found | Diagnostic]:
    """Yield every supported file under `root`, in sorted order of relative path.

    The walk uses an explicit stack (no recursion limit on deep trees) and
    remembers each folder it entered by device and inode, so a symbolic link
    back up the tree is reported once instead of looping.
    """
    found = 0
    entered: set[tuple[int, int]] = set()
    stack: list[_Frame] = []
    listing = _enter(root, "", entered, stack)
    if isinstance(listing, Diagnostic):
        yield listing
        return
    while stack:
        entry = next(stack[-1][0], None)
        if entry is None:
            stack.pop()
            continue
        rel = stack[-1][1] + entry.name
        if _is_dir(entry):
            problem = _enter(entry.path, rel + "/", entered, stack)
            if problem is not None:
                yield problem
        elif extension(entry.name) in SUPPORTED and not is_folder_note(entry.name):
            found += 1
            yield _file(entry, rel)
    if found == 0:
        yield Diagnostic(path=root, reason=f"no {SUPPORTED_LIST} files found")


def _enter(
    path: str,
    prefix: str,
    entered: set[tuple[int, int]],
    stack: list[_Frame],
) -> Diagnostic | None:
    """Push the sorted listing of folder `path`, or return why it cannot be entered."""
    try:
        info = os.stat(path)
        key = (info.st_dev, info.st_ino)
        if key in entered:
            return _revisit(path, key, stack)
        with os.scandir(path) as listing:
            entries = [e for e in listing if not e.name.startswith(".")]
    except OSError as exc:
        return Diagnostic(path=path, reason=_folder_reason(exc))
    entered.add(key)
    # Sorting "name/" for folders orders a folder's files exactly where their
    # full relative paths sort ("a.txt" < "a/b.txt", since "." < "/").
    entries.sort(key=lambda e: e.name + "/" if _is_dir(e) else e.name)
    stack.append((iter(entries), prefix, key))
    return None


def _revisit(
    path: str,
    key: tuple[int, int],
    stack: list[_Frame],
) -> Diagnostic:
    if any(frame[2] == key for frame in stack):
        reason = "symbolic link loop (it leads back to a folder that contains it); skipped"
    else:
        reason = "symbolic link to a folder already read; skipped"
    return Diagnostic(path=path, reason=reason, severity=Severity.WARNING)


def _folder_reason(exc: OSError) -> str:
    reason = os_reason(exc)
    return reason.replace("cannot read:", "cannot read folder:", 1)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows symbolic links, which is how loops can arise
    except OSError:
        return False


def _file(entry: os.DirEntry[str], rel: str) -> Found | Diagnostic:
    """A supported name that is not a regular file (a pipe, a broken link) would hang or fail."""
    try:
        if stat.S_ISREG(os.stat(entry.path).st_mode):
            return Found(entry.path, rel)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Diagnostic(path=entry.path, reason="symbolic link loop, skipped")
        if entry.is_symlink():
            return Diagnostic(path=entry.path, reason="broken symbolic link, skipped")
        return Diagnostic(path=entry.path, reason=os_reason(exc))
    return Diagnostic(path=entry.path, reason="not a regular file, skipped")
