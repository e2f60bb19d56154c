"""The verdict on a group of claims, by interval logic, with an explanation.

Every value is read as the interval of what it could mean: "late August" is
Aug 21-31, "more than 200" is (200, inf), "about 120" is 120 +/- 10 %, "$4.5
billion" is 4.45-4.55 billion (a figure given with a scale word is rounded to
its last digit). Equal values agree; overlapping intervals are compatible;
disjoint intervals conflict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from .lexicon import CALENDAR_STAMP, CURRENT, PROVISIONAL, UNDATED_STEPS
from .models import Claim, DateValue, Kind, Quantity, Reading, Verdict
from .normalize.numbers import SCALE_ABBREVIATIONS, SCALE_WORDS
from .normalize.units import converters, in_unit
from .settings import Tolerance

# Scale words as the number parser knows them, so rounding covers every scaled form it reads.
_SCALE = {**SCALE_WORDS, **SCALE_ABBREVIATIONS}
_SCALED = re.compile(
    r"(\d+(?:\.(\d+))?)\s*-?\s*("
    + "|".join(sorted(map(re.escape, _SCALE), key=len, reverse=True))
    + r")\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed or open interval of numbers (dates as ordinals); None is unbounded."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        return _below(self, other) is False and _below(other, self) is False

    def widened(self, by: float) -> Interval:
        low = None if self.low is None else self.low - by
        high = None if self.high is None else self.high + by
        return Interval(low, high, self.low_open, self.high_open)


def _below(a: Interval, b: Interval) -> bool:
    """True when every point of `a` lies below every point of `b`."""
    if a.high is None or b.low is None:
        return False
    if a.high < b.low:
        return True
    return a.high == b.low and (a.high_open or b.low_open)


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict, the sentence that explains it, each claim's value as read, and the
    claims that decided it (the two sides of a conflict, or the steps of an update)."""

    verdict: Verdict
    explanation: str
    readings: tuple[Reading, ...] = ()
    decisive: tuple[str, ...] = ()


def judge(
    claims: Sequence[Claim],
    tolerance: Tolerance = Tolerance(),
    published: Mapping[str, dt.date | None] | None = None,
) -> Judgement:
    """Judge claims already grouped as one fact.

    Claims that read the same (value, rounding and time stamp) are compared once,
    so a fact restated a thousand times costs what its distinct readings cost.
    `published` gives each document's date, if known: an undated figure speaks for
    that day at the latest (see `is_update`).

    >>> # two claims giving 2025-09-29 -> Judgement(AGREE, "all give 2025-09-29", ...)
    """
    values = [describe(c) for c in claims]
    readings = tuple(read_value(c, tolerance, v) for c, v in zip(claims, values, strict=True))
    if len(claims) == 1:
        return Judgement(Verdict.SINGLE, f"stated once: {values[0]}", readings)
    if len(set(values)) == 1:
        return Judgement(Verdict.AGREE, f"all give {values[0]}", readings)
    if _one_length(claims):  # "for 48 hours" / "a two-day stoppage"
        same = " = ".join(dict.fromkeys(values))
        return Judgement(Verdict.AGREE, f"all give one length: {same}", readings)
    if _one_amount(claims):  # "2.3 tonnes" / "2,300 kg"
        same = " = ".join(dict.fromkeys(values))
        return Judgement(Verdict.AGREE, f"all give one amount: {same}", readings)
    distinct: dict[tuple[str, str, str | None], Claim] = {}
    for claim, value, reading in zip(claims, values, readings, strict=True):
        distinct.setdefault((value, reading.interval, claim.key.time_ref), claim)
    updates = []
    for a, b in combinations(distinct.values(), 2):
        if not _disjoint(a, b, tolerance):
            continue
        if is_update(a, b, published):
            updates.append((a, b))
            continue
        return Judgement(
            Verdict.CONFLICT,
            f"{describe(a)} ({a.doc}:{a.line}) and {describe(b)} ({b.doc}:{b.line})"
            f" cannot both be true{_converted(a, b)}",
            readings,
            (a.id, b.id),
        )
    if updates:
        steps = sorted(
            {c.id: c for pair in updates for c in pair}.values(),
            key=lambda c: (
                c.key.time_ref not in UNDATED_STEPS,
                c.key.time_ref or "",
                c.doc,
                c.start,
            ),
        )
        return Judgement(
            Verdict.COMPATIBLE,
            "an update, not a conflict: "
            + " → ".join(f"{describe(c)} {_stamp(c)} ({c.doc}:{c.line})" for c in steps),
            readings,
            tuple(c.id for c in steps),
        )
    unique = list(dict.fromkeys(values))
    return Judgement(
        Verdict.COMPATIBLE,
        "differ in precision but can all be true: "
        + "; ".join(unique)
        + _converted(claims[0], *(c for c in claims if c.unit != claims[0].unit)),
        readings,
    )


def _converted(a: Claim, *others: Claim) -> str:
    """How a figure reads in another's unit, when they differ: " (3.4 t is 3,400 kg)";
    a temperature as a level and as a change."""
    value = a.value
    if not others or not isinstance(value, Quantity) or a.unit == others[0].unit:
        return ""
    unit = others[0].unit
    ways = converters(value.unit, unit) or []
    readings = [
        describe_quantity(
            dataclasses.replace(
                value,
                unit=unit,
                low=None if value.low is None else float(f"{way(value.low):.3g}"),
                high=None if value.high is None else float(f"{way(value.high):.3g}"),
            )
        )
        for way in ways
    ]
    if not readings:
        return ""
    as_change = f" as a level, {readings[1]} as a change" if len(readings) > 1 else ""
    return f" ({describe_quantity(value)} is {readings[0]}{as_change})"


def read_value(
    claim: Claim, tolerance: Tolerance = Tolerance(), described: str | None = None
) -> Reading:
    """The interval a claim's value is compared as, for explanations."""
    value = claim.value
    interval = _interval(claim, tolerance)
    if claim.kind is Kind.DURATION:
        text = _span_text(interval)
    elif isinstance(value, DateValue) and value.start is None:
        month_day = _month_day(value)
        text = f"--{month_day} (year unknown)" if month_day else "unknown"
    else:
        show = _ordinal_text if isinstance(value, DateValue) else _plain
        low = "-∞" if interval.low is None else show(interval.low)
        high = "∞" if interval.high is None else show(interval.high)
        left = "(" if interval.low_open or interval.low is None else "["
        right = ")" if interval.high_open or interval.high is None else "]"
        text = f"{left}{low}, {high}{right}"
    return Reading(
        claim=claim.id,
        value=described or describe(claim),
        interval=text,
        time_ref=claim.key.time_ref,
    )


def _span_text(interval: Interval) -> str:
    """A duration's interval in days: "[10.5, 11.5] days", "(1, ∞) days", "unknown"."""
    if interval.low is None and interval.high is None:
        return "unknown"
    low = "0" if interval.low is None else f"{interval.low:.6g}"
    high = "∞" if interval.high is None else f"{interval.high:.6g}"
    left = "(" if interval.low_open else "["
    right = ")" if interval.high_open or interval.high is None else "]"
    return f"{left}{low}, {high}{right} days"


def _plain(x: float) -> str:
    """A number without thousands separators, which would be ambiguous inside "[a, b]"."""
    return str(int(x)) if x == int(x) and abs(x) < 1e15 else f"{x:.6g}"


def _ordinal_text(day: float) -> str:
    return dt.date.fromordinal(int(day)).isoformat()


def is_update(a: Claim, b: Claim, published: Mapping[str, dt.date | None] | None = None) -> bool:
    """Two figures stamped with different dates ("as of May", "as of July"): both can be true.

    Within one article, a figure given with its own date ("had ordered it to pay 40
    million euros in 2023") against an undated one is its history, not a contradiction.
    Across articles, an undated figure tells its article's day at the latest, so a figure
    stamped after that day is a later step ("four were killed" in Thursday's paper;
    "the toll rose to five on Friday").
    """
    ref_a, ref_b = a.key.time_ref, b.key.time_ref
    if a.doc != b.doc and a.key.act_date and b.key.act_date and a.key.event == b.key.event:
        # Two articles dating one act ("took three boreholes out of supply on 9 February" /
        # "removed four boreholes on Tuesday"): no count moved on between two moments;
        # the two days are told apart, or not, by the dates themselves.
        return False
    if ref_a != ref_b and {ref_a, ref_b} & UNDATED_STEPS:
        # a count under way, then a later one; the present level, then the level after
        # a change
        return True
    if ref_a and ref_b:
        return ref_a != ref_b
    if a.doc == b.doc:
        return bool(ref_a or ref_b)
    undated, stamped = (a, b) if ref_b else (b, a)
    stamp = stamped.key.time_ref
    told, reported = ((published or {}).get(c.doc) for c in (undated, stamped))
    # The stamp must be a day its own article reports on, not a plan ("will receive
    # ... on Friday"), and come after the day the undated figure was told.
    return (
        stamp is not None
        and told is not None
        and reported is not None
        and _stamped_after(stamp, told)
        and not _stamped_after(stamp, reported)
    )


def _stamped_after(stamp: str, day: dt.date) -> bool:
    """Whether a calendar stamp ("2026-02-13", "2025-06", "2026", "2026-02-13TNI") begins
    after `day`. ISO prefixes compare as text: "2025-06" > "2025-05-20", but "2025-05" is
    not; a part of a day is after the day told bare ("2026-02-13TNI" > "2026-02-13")."""
    # (a part of a day counts as that day: "2026-01-18TNI", "still cut off last night")
    return CALENDAR_STAMP.fullmatch(stamp.split("T")[0]) is not None and stamp > day.isoformat()


def _stamp(claim: Claim) -> str:
    ref = claim.key.time_ref
    if ref == PROVISIONAL:
        return "in a count under way"
    if ref == CURRENT:
        return "as the present level"
    return f"as of {ref}" if ref else "undated"


def describe(claim: Claim) -> str:
    """A claim's normalized value in short: "2025-09-29", "more than 200", "4,500,000,000 USD"."""
    value = claim.value
    if isinstance(value, DateValue):
        if value.start and value.end and value.start != value.end:
            return f"{value.timex} ({value.start.isoformat()}..{value.end.isoformat()})"
        return value.timex
    return describe_quantity(value)


def describe_quantity(q: Quantity) -> str:
    unit = f" {q.unit}" if q.unit and q.unit != "%" else (q.unit or "")
    prefix = "about " if q.approx else ""
    if q.low is not None and q.low == q.high:
        return f"{prefix}{_num(q.low)}{unit}"
    if q.low is not None and q.high is not None:
        return f"{prefix}{_num(q.low)}–{_num(q.high)}{unit}"
    if q.low is not None:
        return f"{'more than' if not q.low_inclusive else 'at least'} {_num(q.low)}{unit}"
    if q.high is not None:
        return f"{'less than' if not q.high_inclusive else 'at most'} {_num(q.high)}{unit}"
    return "unknown"


def _num(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}"


def _interval(claim: Claim, tolerance: Tolerance) -> Interval:
    value = claim.value
    if isinstance(value, DateValue) and claim.kind is Kind.DURATION:
        return duration_interval(value, tolerance)
    if isinstance(value, DateValue):
        return _date_interval(value, tolerance)
    return _number_interval(value, claim.text, tolerance)


# Days in each TIMEX3 duration unit (the date part "P...", then the time part "T...").
_DATE_UNIT_DAYS = {"Y": 365.25, "M": 30.4375, "W": 7.0, "D": 1.0, "L": 3652.5, "E": 3652.5}
_DATE_UNIT_DAYS |= {"C": 36525.0, "Q": 91.3125}
_TIME_UNIT_DAYS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(DE|CE|[YMWDQLEC]|[HMS])")


def duration_days(timex: str) -> tuple[float, float] | None:
    """A TIMEX3 duration's length in days and its smallest unit's, or None when vague:
    "P11D" -> (11, 1); "PT2H30M" -> (0.104, 1/1440); "P2Y6M" -> (913, 30.4); "PXY" -> None."""
    if not timex.startswith("P") or "X" in timex:
        return None
    date_part, _, time_part = timex[1:].partition("T")
    total, smallest = 0.0, math.inf
    for part, units in ((date_part, _DATE_UNIT_DAYS), (time_part, _TIME_UNIT_DAYS)):
        for number, unit in _DURATION_PART.findall(part):
            days = units.get({"DE": "E", "CE": "C"}.get(unit, unit))
            if days is None:
                return None
            total += float(number) * days
            decimals = len(number.partition(".")[2])  # "3.41" seconds: told to the hundredth
            smallest = min(smallest, days * 10.0**-decimals)
    return (total, smallest) if total > 0 else None


def _one_length(claims: Sequence[Claim]) -> bool:
    """Whether exact durations told in different units are one length ("PT48H", "P2D")."""
    lengths = set()
    for claim in claims:
        value = claim.value
        if claim.kind is not Kind.DURATION or not isinstance(value, DateValue):
            return False
        length = duration_days(value.timex)
        if length is None or value.approx or value.mod:
            return False
        lengths.add(round(length[0], 9))
    return len(lengths) == 1


def _one_amount(claims: Sequence[Claim]) -> bool:
    """Whether exact figures told in different units of one dimension are one amount
    ("2.3 t", "2,300 kg"); a converted and rounded figure ("14 mi", "22.5 km") is not."""
    first = claims[0].value
    if not isinstance(first, Quantity):
        return False
    amounts = set()
    for claim in claims:
        value = claim.value
        if not isinstance(value, Quantity) or not value.is_exact:
            return False
        converted = in_unit(value, first.unit)
        if converted is None or converted.low is None:
            return False
        amounts.add(float(f"{converted.low:.9g}"))
    return len(amounts) == 1


# How far a length told in whole units ("two hours", "a week") may be from what it says;
# months, told as four weeks ("a four-month closure" / "16 weeks"), run 28 days and up.
WHOLE_UNIT_SLACK = 0.05
WHOLE_MONTH_SLACK = 0.08


def duration_interval(value: DateValue, tolerance: Tolerance = Tolerance()) -> Interval:
    """The lengths, in days, a duration may mean: "11 days" is told to the day (10.5 to
    11.5), "about two years" within 10 %, "more than 24 hours" above a day; "years" says
    nothing."""
    length = duration_days(value.timex)
    if length is None:
        return Interval(None, None)
    days, unit = length
    # A length told in whole units is meant as told, to WHOLE_UNIT_SLACK: "two hours" is
    # not "90 minutes", nor "two years" "18 months"; still, half its last unit at most
    # ("11 days" is [10.5, 11.5)).
    slack = WHOLE_MONTH_SLACK if unit == _DATE_UNIT_DAYS["M"] else WHOLE_UNIT_SLACK
    told = min(unit / 2, days * slack)
    spread = max(told, days * (tolerance.approx_relative if value.approx else 0.0))
    low, high = days - spread, days + spread
    mod = value.mod or ""
    if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        return Interval(days, None, mod == "MORE_THAN")
    if mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        return Interval(0.0, days, False, mod == "LESS_THAN")
    # Told to its unit, a length rounds half up: "11 days" is [10.5, 11.5), and does not
    # meet "12 days" at 11.5.
    return Interval(max(low, 0.0), high, False, spread == unit / 2)


def _date_interval(value: DateValue, tolerance: Tolerance) -> Interval:
    if value.start is None or value.end is None:
        return Interval(None, None)
    slack = tolerance.date_days if value.approx else 0
    low = value.start - dt.timedelta(days=slack)
    high = value.end + dt.timedelta(days=slack)
    return Interval(low.toordinal(), high.toordinal())


def _number_interval(q: Quantity, text: str, tolerance: Tolerance) -> Interval:
    spread = rounding(text)
    low, high = q.low, q.high
    relative = tolerance.approx_relative if q.approx else tolerance.relative
    if q.approx and low is None and high is not None and not q.high_inclusive:
        # "nearly half a million" is an upper bound not reached, but a near one: not
        # 60,000. It reaches down the approximate tolerance, widened below as any
        # approximate figure is (to about 405,000 by default).
        low = high * (1.0 - tolerance.approx_relative) if high > 0 else None
    high_open = not q.high_inclusive
    if low is not None:
        low = low - max(abs(low) * relative, spread)
    if high is not None:
        # rounded half up: "$4.5 billion" is [4.45, 4.55) billion, apart from "$4.6 billion"
        high_open = high_open or (spread > 0 and spread >= abs(high) * relative)
        high = high + max(abs(high) * relative, spread)
    return Interval(low, high, not q.low_inclusive, high_open)


@functools.lru_cache(maxsize=1 << 16)
def rounding(text: str) -> float:
    """Half a unit of the last digit of a scaled figure ("4.5 billion" -> 0.05e9), else 0."""
    match = _SCALED.search(text)
    if not match:
        return 0.0
    decimals = len(match.group(2) or "")
    return 0.5 * math.pow(10, -decimals) * _SCALE[match.group(3).lower()]


def compatible(a: Claim, b: Claim, tolerance: Tolerance = Tolerance()) -> bool:
    """Whether two values can both be true (as `judge` reads them, updates aside)."""
    return not _disjoint(a, b, tolerance)


def _disjoint(a: Claim, b: Claim, tolerance: Tolerance) -> bool:
    va, vb = a.value, b.value
    if a.kind is Kind.DURATION and b.kind is Kind.DURATION:
        return not _interval(a, tolerance).overlaps(_interval(b, tolerance))
    if (
        isinstance(va, DateValue)
        and isinstance(vb, DateValue)
        and (va.start is None or vb.start is None)
    ):
        # A year-less date ("XXXX-09-29") can only be checked on its month and day.
        da, db = _month_day(va), _month_day(vb)
        return da is not None and db is not None and da != db
    dates = isinstance(va, DateValue) and isinstance(vb, DateValue)
    if dates and (year_guessed(a.value) or year_guessed(b.value)):
        # "April 1" got its year from the publication date and the tense, a guess the
        # source did not make: only a different month or day is a contradiction.
        return _disjoint_in_year(a, b, tolerance)
    if isinstance(va, Quantity) and isinstance(vb, Quantity) and va.unit != vb.unit:
        return _disjoint_across_units(a, b, tolerance)
    interval_a, interval_b = _interval(a, tolerance), _interval(b, tolerance)
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        # "54%" against "54.3%": the figure with fewer decimals is the other rounded.
        # Only an exact figure is a rounded one: "over 95%" against "94.8%" still conflicts.
        places_a, places_b = _decimals(a.text), _decimals(b.text)
        exact = va.low == va.high and vb.low == vb.high
        if exact and places_a is not None and places_b is not None and places_a != places_b:
            coarse = 0.5 * math.pow(10, -min(places_a, places_b))
            if places_a < places_b:
                interval_a = interval_a.widened(coarse)
            else:
                interval_b = interval_b.widened(coarse)
        elif exact and places_a == places_b == 0:
            interval_a, interval_b = _round_widened(a, b, interval_a, interval_b)
    return not interval_a.overlaps(interval_b)


# A whole figure ending in zeros may be a finer one rounded ("41,300" for 41,312) when
# rounding it so moves it by at most this share; "300" for 250 is another figure.
ROUND_FIGURE_SHARE = 0.01


def _round_widened(
    a: Claim, b: Claim, interval_a: Interval, interval_b: Interval
) -> tuple[Interval, Interval]:
    """Widen the rounder of two whole figures by half its last non-zero digit, when that
    is a small share of it: "41,300" is 41,250 up to 41,350 against "41,312"."""
    spread_a, spread_b = written_spread(a.text), written_spread(b.text)
    if spread_a == spread_b:
        return interval_a, interval_b
    rounder, spread = (a, spread_a) if spread_a > spread_b else (b, spread_b)
    value = rounder.value
    assert isinstance(value, Quantity) and value.low is not None
    if spread > abs(value.low) * ROUND_FIGURE_SHARE:
        return interval_a, interval_b
    if rounder is a:
        return interval_a.widened(spread), interval_b
    return interval_a, interval_b.widened(spread)


def _disjoint_across_units(a: Claim, b: Claim, tolerance: Tolerance) -> bool:
    """Figures in two units of one dimension, `a` read in `b`'s unit. A converted figure
    is rounded to the digits it is written with ("14 miles" is 22.5 km, written "22
    km"), so each is widened by half its last digit; for a temperature, each reading
    (a level, a change) must miss."""
    va, vb = a.value, b.value
    assert isinstance(va, Quantity) and isinstance(vb, Quantity)
    ways = converters(va.unit, vb.unit)
    interval_a = _number_interval(va, a.text, tolerance).widened(_unscaled_spread(a.text))
    interval_b = _number_interval(vb, b.text, tolerance).widened(_unscaled_spread(b.text))
    if ways is None:  # not one dimension: never grouped, so never judged
        return not interval_a.overlaps(interval_b)
    return all(not _mapped(interval_a, way).overlaps(interval_b) for way in ways)


def _mapped(interval: Interval, convert: Callable[[float], float]) -> Interval:
    """An interval through an increasing conversion."""
    low = None if interval.low is None else convert(interval.low)
    high = None if interval.high is None else convert(interval.high)
    return Interval(low, high, interval.low_open, interval.high_open)


def _unscaled_spread(text: str) -> float:
    """Half a unit of the last digit of a figure without a scale word (which `rounding`
    already covers): "22 km" ±0.5, "1,500" ±50, "2.35" ±0.005; a worded one ±0.5."""
    return 0.0 if rounding(text) else written_spread(text) or 0.5


def written_spread(text: str) -> float:
    """Half a unit of the figure's last written digit: "4.5 billion" ±0.05e9, "140" ±5,
    "2.35" ±0.005; 0 for a figure without digits."""
    scaled = rounding(text)
    if scaled:
        return scaled
    digits = _DIGITS.search(text)
    if digits is None:
        return 0.0
    if digits.group(1):
        return 0.5 * 10.0 ** -len(digits.group(1))
    whole = digits.group().replace(",", "")
    zeros = len(whole) - len(whole.rstrip("0"))
    return 0.5 * 10.0**zeros if whole.strip("0") else 0.5


# The figure's own digits: "54.3%" -> "3"; "4.5 billion" is left to `rounding`.
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


@functools.lru_cache(maxsize=1 << 16)
def _decimals(text: str) -> int | None:
    """Decimal places the figure is written with, None for a scaled or worded figure."""
    if _SCALED.search(text):
        return None
    match = _DIGITS.search(text)
    return None if match is None else len(match.group(1) or "")


def year_guessed(value: DateValue | Quantity) -> bool:
    """A month or month-day named without a year, given one from the anchor."""
    if not isinstance(value, DateValue):
        return False
    family, _, rest = value.rule.partition("+")
    return family in ("month", "month-day") and "anchor" in rest


def _disjoint_in_year(a: Claim, b: Claim, tolerance: Tolerance) -> bool:
    """Disjointness of two dates moved into one (leap) year; a span across New Year is
    never disjoint this way."""
    ia, ib = _interval(a, tolerance), _interval(b, tolerance)
    spans = []
    for interval in (ia, ib):
        if interval.low is None or interval.high is None:
            return False
        low, high = dt.date.fromordinal(int(interval.low)), dt.date.fromordinal(int(interval.high))
        if (high - low).days > 300 or (low.month, low.day) > (high.month, high.day):
            return False
        spans.append(Interval(_in_2000(low).toordinal(), _in_2000(high).toordinal()))
    return not spans[0].overlaps(spans[1])


def _in_2000(day: dt.date) -> dt.date:
    return day.replace(year=2000)


def _month_day(value: DateValue) -> str | None:
    if re.fullmatch(r"XXXX-\d\d-\d\d", value.timex):
        return value.timex[5:]
    if value.start is not None and value.start == value.end:
        return value.start.strftime("%m-%d")
    return None
