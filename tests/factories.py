"""Small builders for plain-data tests of align/compare/export (no spaCy needed)."""

from __future__ import annotations

import datetime as dt

from factcheck.models import Claim, ClaimKey, DateValue, Granularity, Kind, Quantity


def day(text: str) -> DateValue:
    """An exact day, e.g. day("2025-09-29")."""
    d = dt.date.fromisoformat(text)
    return DateValue(timex=text, start=d, end=d, granularity=Granularity.DAY)


def span(
    timex: str, start: str, end: str, granularity: Granularity, approx: bool = False
) -> DateValue:
    """An interval value, e.g. span("2025-08", "2025-08-21", "2025-08-31", MONTH, approx=True)."""
    return DateValue(
        timex=timex,
        start=dt.date.fromisoformat(start),
        end=dt.date.fromisoformat(end),
        granularity=granularity,
        approx=approx,
    )


def qty(
    low: float | None,
    high: float | None = None,
    *,
    unit: str | None = None,
    approx: bool = False,
    low_inclusive: bool = True,
    high_inclusive: bool = True,
    exact: bool = True,
) -> Quantity:
    """A figure; qty(273) is exact, qty(200, None, low_inclusive=False) is "more than 200"."""
    if exact and high is None and low_inclusive:
        high = low
    return Quantity(
        low=low,
        high=high,
        unit=unit,
        approx=approx,
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
    )


def claim(
    value: DateValue | Quantity,
    *,
    doc: str = "a.md",
    start: int = 0,
    text: str = "x",
    kind: Kind | None = None,
    event: str | None = None,
    measure: tuple[str, ...] = (),
    subjects: tuple[str, ...] = (),
    args: tuple[str, ...] = (),
    line: int = 1,
    cid: str = "",
    head: str | None = None,
    per: str | None = None,
    actors: tuple[str, ...] = (),
    hedged: bool = False,
) -> Claim:
    if kind is None:
        if isinstance(value, DateValue):
            kind = Kind.DATE
        elif value.unit == "%":
            kind = Kind.PERCENT
        elif value.unit and len(value.unit) == 3 and value.unit.isupper():
            kind = Kind.MONEY
        else:
            kind = Kind.COUNT
    key = ClaimKey(
        measure=measure,
        measure_head=head,
        event=event,
        subjects=subjects,
        event_args=args,
        per=per,
        actors=actors,
        hedged=hedged,
    )
    return Claim(
        id=cid or f"{doc}@{start}",
        doc=doc,
        kind=kind,
        text=text,
        start=start,
        end=start + len(text),
        line=line,
        sentence=text,
        value=value,
        key=key,
    )
