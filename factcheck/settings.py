"""Run settings: one frozen record built by the CLI (or a caller) and read by every stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Years a publication date may have: relative dates are computed from it, and
# calendar arithmetic near year 1 or 9999 has no meaning for news.
PLAUSIBLE_YEARS = (1000, 2999)


def plausible_date(date: dt.date) -> bool:
    """Whether a date can anchor relative expressions (news is dated 1000-2999)."""
    return PLAUSIBLE_YEARS[0] <= date.year <= PLAUSIBLE_YEARS[1]


@dataclass(frozen=True, slots=True, kw_only=True)
class Tolerance:
    """How far two values may differ and still agree.

    `relative` applies to figures given as exact ("273"); `approx_relative` to
    figures marked approximate ("about 120"); `date_days` to dates whose
    expression is fuzzy ("late August"), on each side of the interval.
    """

    relative: float = 0.0
    approx_relative: float = 0.10
    date_days: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a run depends on besides its input paths."""

    doc_date: dt.date | None = None
    model: str | None = None
    max_bytes: int = 20_000_000
    batch_size: int = 64
    # Worker processes for extraction (0: one per core); the output does not depend on it.
    jobs: int = 1
    # Where each document's claims are cached by content (None: no cache); see cache.py.
    cache_dir: str | None = None
    tolerance: Tolerance = Tolerance()
    # Similarity (0-100) two claims' keys need to be grouped when their values differ;
    # claims with the same value need less (grouping equal values cannot raise a false alarm).
    match_threshold: float = 75.0
    # Wall-clock seconds one document's extraction may take; past it the rest of the
    # document is skipped (with a diagnostic), so one pathological page cannot stall a run.
    max_seconds_per_document: float = 30.0
    # Dates and figures kept per document; past it the rest is skipped (with a diagnostic),
    # so a page of nothing but numbers holds bounded memory and alignment time.
    max_claims_per_document: int = 5_000
    # Glob patterns of files to skip (config `exclude`), relative to `exclude_root`.
    exclude: tuple[str, ...] = ()
    exclude_root: str | None = None
    # Config `ignore_measures`: claims whose measure matches are dropped before alignment.
    ignore_measures: tuple[str, ...] = ()
    # Config `[tolerance.<kind>]`: (claim kind, its tolerance), overriding `tolerance`.
    kind_tolerances: tuple[tuple[str, Tolerance], ...] = ()

    def tolerance_for(self, kind: str) -> Tolerance:
        """The tolerance for claims of one kind: its own if configured, else the general one."""
        return next((t for k, t in self.kind_tolerances if k == kind), self.tolerance)
