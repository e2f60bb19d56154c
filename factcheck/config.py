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
baseline = "factcheck-baseline.json"   # relative to this file's folder
ignore_measures = ["read time", "min read", "photo*"]

[tool.factcheck.tolerance]   # how far values may differ and still agree
relative = 0.01              # exact figures: 1 %
approx_relative = 0.1        # figures marked approximate ("about 120"): 10 %
date_days = 3                # fuzzy dates ("late August"): 3 days each side

[tool.factcheck.tolerance.percent]   # one kind's own tolerance (any claim kind)
relative = 0.02
```

`ignore_measures` drops claims before alignment when their measure matches an
entry: a pattern with `*`, `?` or `[` is a glob over the whole casefolded
measure, anything else a casefolded substring. A kind's tolerance table starts
from the general one and overrides the keys it gives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from .errors import ConfigError
from .models import Kind
from .settings import Tolerance

CONFIG_FILE = ".factcheck.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON_VALUES = ("conflict", "never")
_KEYS = frozenset(
    {
        "doc_date",
        "fail_on",
        "max_bytes",
        "model",
        "exclude",
        "baseline",
        "ignore_measures",
        "tolerance",
        "cache_dir",
    }
)
_TOLERANCE_KEYS = ("relative", "approx_relative", "date_days")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """Settings read from a project file; None means "not set there"."""

    source: Path | None = None
    doc_date: str | None = None  # kept as the ISO text the CLI option also takes
    fail_on: str | None = None
    max_bytes: int | None = None
    model: str | None = None
    exclude: tuple[str, ...] = ()
    baseline: Path | None = None  # resolved against the config file's folder
    ignore_measures: tuple[str, ...] = ()
    tolerance: Tolerance | None = None
    kind_tolerances: tuple[tuple[Kind, Tolerance], ...] = ()
    cache_dir: Path | None = None  # resolved against the config file's folder

    @property
    def root(self) -> Path | None:
        """The folder `exclude` patterns are relative to: the config file's own."""
        return self.source.parent if self.source is not None else None


def _absolute(path: str | os.PathLike[str]) -> Path:
    """The path resolved, or made absolute when it cannot be (a symbolic link loop): the
    reader reports such a file; finding the config must not fail on it first."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def find_config(start: str | os.PathLike[str]) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above `start` and its factcheck table, or None.

    Raises ConfigError when a candidate file is not valid TOML.
    """
    here = _absolute(start)
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
    baseline = _string(table.get("baseline"), "baseline", source)
    tolerance, kind_tolerances = _tolerances(table.get("tolerance"), source)
    cache_dir = _string(table.get("cache_dir"), "cache_dir", source)
    return Config(
        source=source,
        doc_date=_doc_date(table.get("doc_date"), source),
        fail_on=_fail_on(table.get("fail_on"), source),
        max_bytes=_max_bytes(table.get("max_bytes"), source),
        model=_string(table.get("model"), "model", source),
        exclude=_patterns(table.get("exclude"), "exclude", source),
        baseline=source.parent / baseline if baseline is not None else None,
        ignore_measures=_patterns(table.get("ignore_measures"), "ignore_measures", source),
        tolerance=tolerance,
        kind_tolerances=kind_tolerances,
        cache_dir=source.parent / Path(cache_dir).expanduser() if cache_dir is not None else None,
    )


def measure_ignored(measure: str | None, patterns: Sequence[str]) -> bool:
    """Whether a claim's measure matches one of the `ignore_measures` patterns.

    A pattern with glob characters must match the whole casefolded measure; any
    other pattern matches as a casefolded substring.

    >>> measure_ignored("Read Time", ["read time"]), measure_ignored("photos taken", ["photo*"])
    (True, True)
    """
    if measure is None or not patterns:
        return False
    folded = measure.casefold()
    for pattern in patterns:
        wanted = pattern.casefold()
        if _GLOB_CHARS & set(wanted):
            if fnmatch.fnmatchcase(folded, wanted):
                return True
        elif wanted in folded:
            return True
    return False


def is_excluded(path: str, patterns: Sequence[str], root: str | None) -> bool:
    """Whether `path` matches one of the `exclude` globs.

    A pattern is tried against the path relative to `root` (the config file's
    folder: `drafts/*`) and against the path's tail (`*.draft.md` anywhere).

    >>> is_excluded("site/drafts/a.md", ["drafts/*"], "site")
    True
    """
    if not patterns:
        return False
    resolved = _absolute(path)
    relative = resolved.as_posix()
    if root is not None and resolved.is_relative_to(_absolute(root)):
        relative = resolved.relative_to(_absolute(root)).as_posix()
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


def _patterns(value: object, key: str, source: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and all(isinstance(p, str) and p.strip() for p in value):
        return tuple(value)
    raise ConfigError(f"{source}: {key} must be a list of glob patterns, not {value!r}")


def _tolerances(
    value: object, source: Path
) -> tuple[Tolerance | None, tuple[tuple[Kind, Tolerance], ...]]:
    """The general tolerance and each kind's (from `[tolerance.<kind>]` tables)."""
    if value is None:
        return None, ()
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: tolerance must be a table of {', '.join(_TOLERANCE_KEYS)}")
    general = _tolerance(
        {k: v for k, v in value.items() if not isinstance(v, dict)},
        Tolerance(),
        "tolerance",
        source,
    )
    kinds = []
    for name, table in sorted((k, v) for k, v in value.items() if isinstance(v, dict)):
        if name not in {str(k) for k in Kind}:
            raise ConfigError(
                f"{source}: tolerance.{name}: unknown claim kind; "
                f"expected one of {', '.join(str(k) for k in Kind)}"
            )
        kinds.append((Kind(name), _tolerance(table, general, f"tolerance.{name}", source)))
    return general, tuple(kinds)


def _tolerance(table: dict[str, Any], base: Tolerance, where: str, source: Path) -> Tolerance:
    unknown = sorted(set(table) - set(_TOLERANCE_KEYS))
    if unknown:
        raise ConfigError(
            f"{source}: unknown setting {where}.{unknown[0]}; "
            f"expected one of {', '.join(_TOLERANCE_KEYS)}"
        )
    for key in ("relative", "approx_relative"):
        number = table.get(key)
        if number is not None and (
            isinstance(number, bool) or not isinstance(number, int | float) or not 0 <= number < 1
        ):
            raise ConfigError(
                f"{source}: {where}.{key} must be a fraction from 0 to below 1 "
                f"(0.05 is 5 %), not {number!r}"
            )
    days = table.get("date_days")
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 0):
        raise ConfigError(f"{source}: {where}.date_days must be a whole number >= 0, not {days!r}")
    return dataclasses.replace(base, **table)
