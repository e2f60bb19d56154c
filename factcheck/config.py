"""Project configuration: `[tool.factcheck]` in pyproject.toml, or a `.factcheck.toml`.

The file is found by walking up from the first path given (so a CI job that runs
`factcheck run articles/` in a repository picks up the repository's settings).
In one folder `.factcheck.toml` wins over pyproject.toml; a pyproject.toml without
a `[tool.factcheck]` table does not stop the walk. Options given on the command
line override the file. Every bad value is a ConfigError naming the file and key.

```toml
[tool.factcheck]          # in .factcheck.toml the keys stand at the top level
doc_date = "2025-08-27"
fail_on = "never"
max_bytes = 5_000_000
model = "en_core_web_sm"
exclude = ["drafts/*", "*.draft.md"]
```
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from .errors import ConfigError

CONFIG_FILE = ".factcheck.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON_VALUES = ("conflict", "never")
_KEYS = frozenset({"doc_date", "fail_on", "max_bytes", "model", "exclude"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """Settings read from a project file; None means "not set there"."""

    source: Path | None = None
    doc_date: str | None = None  # kept as the ISO text the CLI option also takes
    fail_on: str | None = None
    max_bytes: int | None = None
    model: str | None = None
    exclude: tuple[str, ...] = ()

    @property
    def root(self) -> Path | None:
        """The folder `exclude` patterns are relative to: the config file's own."""
        return self.source.parent if self.source is not None else None


def find_config(start: str | os.PathLike[str]) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above `start` and its factcheck table, or None.

    Raises ConfigError when a candidate file is not valid TOML.
    """
    here = Path(start).resolve()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own, _load(own)
        project = candidate / PYPROJECT
        if project.is_file():
            table = _load(project).get("tool", {}).get("factcheck")
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError(f"{project}: [tool.factcheck] must be a table")
                return project, table
    return None


def load_config(paths: Sequence[str | os.PathLike[str]]) -> Config:
    """The configuration for a run over `paths` (found from the first one), or defaults."""
    found = find_config(paths[0]) if paths else None
    if found is None:
        return Config()
    source, table = found
    return parse_config(table, source)


def parse_config(table: dict[str, Any], source: Path) -> Config:
    """Validate a factcheck table; raise ConfigError naming the file and the bad key.

    >>> parse_config({"fail_on": "never"}, Path("pyproject.toml")).fail_on
    'never'
    """
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(
            f"{source}: unknown factcheck setting {unknown[0]!r}; "
            f"expected one of {', '.join(sorted(_KEYS))}"
        )
    return Config(
        source=source,
        doc_date=_doc_date(table.get("doc_date"), source),
        fail_on=_fail_on(table.get("fail_on"), source),
        max_bytes=_max_bytes(table.get("max_bytes"), source),
        model=_string(table.get("model"), "model", source),
        exclude=_exclude(table.get("exclude"), source),
    )


def is_excluded(path: str, patterns: Sequence[str], root: str | None) -> bool:
    """Whether `path` matches one of the `exclude` globs.

    A pattern is tried against the path relative to `root` (the config file's
    folder: `drafts/*`) and against the path's tail (`*.draft.md` anywhere).

    >>> is_excluded("site/drafts/a.md", ["drafts/*"], "site")
    True
    """
    if not patterns:
        return False
    resolved = Path(path).resolve()
    relative = resolved.as_posix()
    if root is not None and resolved.is_relative_to(Path(root).resolve()):
        relative = resolved.relative_to(Path(root).resolve()).as_posix()
    pure = PurePath(relative)
    return any(fnmatch.fnmatchcase(relative, p) or pure.match(p) for p in patterns)


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _doc_date(value: object, source: Path) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()  # TOML has a date type: doc_date = 2025-08-27
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ConfigError(f"{source}: doc_date must be a date as YYYY-MM-DD, not {value!r}")


def _fail_on(value: object, source: Path) -> str | None:
    if value is None or (isinstance(value, str) and value in FAIL_ON_VALUES):
        return value
    raise ConfigError(f"{source}: fail_on must be 'conflict' or 'never', not {value!r}")


def _max_bytes(value: object, source: Path) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise ConfigError(f"{source}: max_bytes must be a whole number of bytes >= 1, not {value!r}")


def _string(value: object, key: str, source: Path) -> str | None:
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise ConfigError(f"{source}: {key} must be a non-empty string, not {value!r}")


def _exclude(value: object, source: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and all(isinstance(p, str) and p for p in value):
        return tuple(value)
    raise ConfigError(f"{source}: exclude must be a list of glob patterns, not {value!r}")
