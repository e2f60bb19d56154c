"""Parse the surface string of a temporal expression into a TIMEX3 value with an interval.

Pure functions: no spaCy, no clock. Relative expressions ("last month", "on
Monday", "Aug. 27") are resolved against an injected anchor date, normally the
document's publication date.

Conventions
-----------
* Values follow TimeML / TempEval-3: "2025-08-27", "2025-08", "2025-W35",
  "2025-Q3", "2025-H1", "2021-FA", "199" (the 1990s), "P5D", "PT24H", "PXM"
  (a vague duration), "PRESENT_REF" / "PAST_REF" / "FUTURE_REF".
* `start`/`end` are the first and last day covered, both inclusive. Durations
  and sets have none. Modifiers narrow the interval: "late August" covers the
  21st to the 31st, "early 2023" January to April, and set `approx`.
* Tense direction: the caller passes the sentence's tense ("past", "future" or
  None). A year-less date or bare month in a past-tense sentence resolves to
  the latest one not after the anchor (a few days of slack for dates), in a
  future one to the earliest not before it; with no tense the nearest reading
  wins, a later one counting double (news reports more than it announces).
  Weekdays look back unless the tense is future, or, with no tense, unless the
  day ahead is much nearer (a Tuesday told on a Monday is the next day); "this
  Friday" is that day of the anchor's Monday-to-Sunday week. A holiday in a past
  clause is the last one (no lookahead, unlike a date that may be a deadline).
* Anchor None: nothing is guessed. Absolute year-less dates keep X's for what
  the text does not give ("Aug. 27" -> "XXXX-08-27"); relative expressions keep
  the shape of their value with every unknown digit as X ("last month" ->
  "XXXX-XX", "this week" -> "XXXX-WXX", "Monday" -> "XXXX-WXX-1", "yesterday"
  -> "XXXX-XX-XX"). `start`/`end` are then None.
* `rule` names the grammar rule; `anchor` is set only when the value depended
  on it (relative or year-less expressions).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from ..models import DateValue, Granularity, Kind
from .date_lexicon import (
    _DIGIT_WORDS,
    _TENS,
    CENTURY_WORDS,
    CLOCK,
    DAY_EDGES,
    DAY_OFFSETS,
    DAY_ORD,
    DAY_ORDINALS,
    DAY_PARTS,
    DAYNUM,
    DECADE_WORDS,
    DUR_MOD,
    DURATION_MODS,
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    FRACTION_DENOMINATORS,
    FRACTION_WORDS,
    FREQUENCY_WORDS,
    HALVES,
    LOOKBACK_SLACK_DAYS,
    MONTH,
    MONTHS,
    NUM,
    NUMBER_WORDS,
    ORD,
    ORDINALS,
    PART,
    PAST_AHEAD_WEIGHT,
    PAST_LOOKAHEAD_DAYS,
    POS_MOD,
    POSITION_MODS,
    REFERENCE_WORDS,
    RELATIVE_HOLIDAYS,
    SEASON,
    SEASONS,
    TZ,
    UNIT,
    UNIT_SHIFTS,
    UNITS,
    UNITS_PL,
    VAGUE_COUNTS,
    VAGUE_UNIT_CODES,
    WEEKDAY,
    WEEKDAYS,
    YEAR4,
    _alt,
    _unit_alt,
)

# ----------------------------------------------------------------- result type


@dataclass(frozen=True, slots=True)
class Temporal:
    """A parsed temporal expression: its TimeML type and normalized value."""

    kind: Kind
    value: DateValue


Tense = Literal["past", "future"] | None


@dataclass(frozen=True, slots=True)
class _Ctx:
    anchor: dt.date | None
    tense: Tense

    @property
    def future(self) -> bool:
        return self.tense == "future"


# ----------------------------------------------------------------- calendar helpers


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), _month_end(year, month)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _week_value(day: dt.date) -> tuple[str, dt.date, dt.date]:
    iso = day.isocalendar()
    monday = day - dt.timedelta(days=day.weekday())
    return f"{iso.year}-W{iso.week:02d}", monday, monday + dt.timedelta(days=6)


def _quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)


def _season_span(year: int, season: str) -> tuple[dt.date, dt.date]:
    _, first, last = SEASONS[season]
    end_year, end_month = _shift_month(year, last, 0)
    return dt.date(year, first, 1), _month_end(end_year, end_month)


def _narrow(start: dt.date, end: dt.date, pos: str) -> tuple[dt.date, dt.date]:
    """Keep the part of [start, end] a position modifier names ("late" = last third).

    Edges fall on whole years for decades and centuries, whole months for
    years, seasons and quarters, whole days below that, flooring both edges:
    "late August" starts on the 21st, "early 2023" ends on April 30.
    """
    _, low, high = POSITION_MODS[pos]
    if (end - start).days > 62:
        step = 12 if (end - start).days > 1830 else 1
        months = ((end.year - start.year) * 12 + end.month - start.month + 1) // step
        y0, m0 = _shift_month(start.year, start.month, step * int(months * low))
        y1, m1 = _shift_month(start.year, start.month, step * int(months * high) - 1)
        return dt.date(y0, m0, 1), min(end, _month_end(y1, m1 if step == 1 else 12))
    days = (end - start).days + 1
    first = start + dt.timedelta(days=int(days * low))
    last = start + dt.timedelta(days=int(days * high) - 1) if high < 1 else end
    return first, max(first, last)


_HALVES = ("and a half", "and half", "1/2", "½")


def _number(text: str | None) -> tuple[float | None, bool]:
    """A count written in digits or words -> (value or None when vague, approx)."""
    if text is None:
        return None, True
    text = " ".join(text.lower().replace("-", " ").split())
    half = 0.25 if text.endswith("quarter") else 0.5 if text.endswith(_HALVES) else 0.0
    text = re.sub(r"\s*(?:and (?:a )?(?:half|quarter)|1/2|½)$", "", text)
    if text in VAGUE_COUNTS:
        return None, True
    if text in FRACTION_WORDS:
        return FRACTION_WORDS[text], False
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text] + half, text.startswith(("a couple", "couple"))
    parts = text.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in ("hundred", "thousand"):
        scale = 100 if parts[1] == "hundred" else 1000  # "two hundred": a multiple
        return NUMBER_WORDS[parts[0]] * scale + half, False
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half, False
    try:
        return float(text.replace(",", "")) + half, False
    except ValueError:
        return None, True


def _year_from_anchor(month: int, day: int | None, ctx: _Ctx) -> int | None:
    """The year of a year-less month (and day): the reading nearest the anchor that fits the tense.

    Past tense looks back, up to a couple of months ahead at a high cost (the
    sentence's verb need not govern the date: "declared a dividend payable Dec. 15");
    future tense looks ahead (a few days of slack for dates); with no tense cue the
    nearest reading wins, a later one counting double, because news reports more
    than it announces.
    """
    if ctx.anchor is None:
        return None
    slack = dt.timedelta(days=LOOKBACK_SLACK_DAYS if day else 0)
    best: tuple[float, int] | None = None
    for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        first = dt.date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))
        last = first if day else _month_end(year, month)
        ahead = max(0, (first - ctx.anchor).days)
        behind = max(0, (ctx.anchor - last).days)
        if ctx.tense == "past" and first > ctx.anchor + slack and ahead > PAST_LOOKAHEAD_DAYS:
            continue
        if ctx.tense == "future" and last < ctx.anchor - slack:
            continue
        weight = {"past": PAST_AHEAD_WEIGHT, "future": 1}.get(ctx.tense or "", 2)
        cost = behind + weight * ahead
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else ctx.anchor.year


def _day_value(day: dt.date, rule: str, anchor: dt.date | None = None) -> DateValue:
    return DateValue(
        timex=day.isoformat(),
        start=day,
        end=day,
        granularity=Granularity.DAY,
        rule=rule,
        anchor=anchor,
    )


def _period(
    timex: str, span: tuple[dt.date, dt.date] | None, gran: Granularity | None, rule: str,
    anchor: dt.date | None = None,
) -> DateValue:  # fmt: skip
    start, end = span if span else (None, None)
    return DateValue(timex=timex, start=start, end=end, granularity=gran, rule=rule, anchor=anchor)


def _with_pos(value: DateValue, pos: str | None) -> DateValue:
    """Apply "early/mid/late/the end of" to a period value: mod plus a narrower interval."""
    if not pos:
        return value
    pos = " ".join(pos.lower().split())
    mod = POSITION_MODS[pos][0]
    if value.start is None or value.end is None:
        return replace(value, mod=mod, approx=True)
    start, end = _narrow(value.start, value.end, pos)
    return replace(value, mod=mod, start=start, end=end, approx=True)


# ----------------------------------------------------------------- rule handlers

Handler = Callable[[re.Match[str], _Ctx], Temporal | None]


def _r(m: re.Match[str], name: str) -> str | None:
    """A named group's raw text, or None when the rule has no such group or it is empty."""
    try:
        return m.group(name) or None
    except IndexError:
        return None


def _n(m: re.Match[str], name: str) -> int:
    raw = _r(m, name) or "0"
    if raw.isdigit():
        return int(raw)
    if name == "day":  # "eighth", "twenty-first": a day of the month in words
        return DAY_ORDINALS.get(" ".join(re.split(r"[\s-]+", raw.lower())), 0)
    return _spelled_year(raw)


def _spelled_year(text: str) -> int:
    """ "nineteen ninety-six" -> 1996, "two thousand and five" -> 2005 (a SPELLED_YEAR match)."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "oh", "hundred")]
    if words[:2] == ["two", "thousand"]:
        base, rest = 2000, words[2:]
    else:
        base, rest = CENTURY_WORDS.get(words[0], 0) * 100, words[1:]
    return base + sum(NUMBER_WORDS.get(w, 0) for w in rest)


def _g(m: re.Match[str], name: str) -> str | None:
    """A named group's text, lower-cased and space-normalized, or None when absent."""
    try:
        text = m.group(name)
    except IndexError:
        return None
    return " ".join(text.lower().split()) if text else None


def _month_of(m: re.Match[str]) -> int:
    return MONTHS[(_g(m, "month") or "").rstrip(".")]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_date(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    day = _date(_n(m, "year"), _month_of(m), _n(m, "day"))
    return Temporal(Kind.DATE, _day_value(day, "month-day-year")) if day else None


def _iso_date(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    day = _date(_n(m, "year"), _n(m, "mon"), _n(m, "day"))
    return Temporal(Kind.DATE, _day_value(day, "iso-date")) if day else None


def _numeric_date(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    # US order (month/day/year), as in the English-language news this tool reads.
    year = _n(m, "year")
    year += 2000 if year < 50 else 1900 if year < 100 else 0
    day = _date(year, _n(m, "mon"), _n(m, "day"))
    return Temporal(Kind.DATE, _day_value(day, "numeric-date")) if day else None


def _month_day(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    month, day = _month_of(m), _n(m, "day")
    if not 1 <= day <= 31:
        return None
    year = _year_from_anchor(month, day, ctx)
    if year is None:
        if day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]:
            return None
        value = _period(f"XXXX-{month:02d}-{day:02d}", None, Granularity.DAY, "month-day")
        return Temporal(Kind.DATE, value)
    date = _date(year, month, day) or _leap_day(month, day, ctx)
    if date is None:
        return None
    return Temporal(Kind.DATE, _day_value(date, "month-day+anchor-year", ctx.anchor))


def _leap_day(month: int, day: int, ctx: _Ctx) -> dt.date | None:
    """ "Feb. 29" told in a year without one: the nearest leap day that fits the tense
    (a later one counting double, as for other year-less dates)."""
    if (month, day) != (2, 29) or ctx.anchor is None:
        return None
    best: tuple[int, dt.date] | None = None
    for year in range(ctx.anchor.year - 4, ctx.anchor.year + 5):
        if not calendar.isleap(year):
            continue
        leap = dt.date(year, 2, 29)
        ahead, behind = max(0, (leap - ctx.anchor).days), max(0, (ctx.anchor - leap).days)
        if (ctx.tense == "past" and ahead) or (ctx.future and behind):
            continue
        cost = behind + 2 * ahead
        if best is None or cost < best[0]:
            best = (cost, leap)
    return best[1] if best else None


def _day_in_words(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "March eighth", "the second of August, 1998": a month-day with the day in words."""
    return _full_date(m, ctx) if _r(m, "year") else _month_day(m, ctx)


def _month_year(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    year, month = _n(m, "year"), _month_of(m)
    value = _period(
        f"{year}-{month:02d}", _month_span(year, month), Granularity.MONTH, "month-year"
    )
    return Temporal(Kind.DATE, _with_pos(value, _g(m, "pos")))


def _month_alone(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    written = _g(m, "month") or ""
    if written in MONTHS and len(written) <= 4 and written not in ("may", "june", "july"):
        return None  # "Jan" alone is a name more often than a month; "Jan." is the month
    month = _month_of(m)
    shift = _g(m, "shift")
    rel = _g(m, "rel")
    if rel is not None and ctx.anchor is not None:
        year: int | None = ctx.anchor.year + (-1 if rel == "last" else 1 if rel == "next" else 0)
    elif shift and UNIT_SHIFTS[shift] < 0 and ctx.anchor is not None:
        # "last February" said in March is a year back: the month just gone would be
        # "in February" or "last month" ("this past February" is the month just gone)
        latest = ctx.anchor.month - (1 if shift.lower() == "last" else 0)
        year = ctx.anchor.year - (1 if month >= latest else 0)
    elif shift and UNIT_SHIFTS[shift] > 0 and ctx.anchor is not None:
        year = ctx.anchor.year + (1 if month <= ctx.anchor.month else 0)
    elif shift == "this" and ctx.anchor is not None:
        year = ctx.anchor.year
    else:
        year = _year_from_anchor(month, None, ctx)
    if year is None:
        value = _period(f"XXXX-{month:02d}", None, Granularity.MONTH, "month")
    else:
        span = _month_span(year, month)
        value = _period(f"{year}-{month:02d}", span, Granularity.MONTH, "month+anchor", ctx.anchor)
    return Temporal(Kind.DATE, _with_pos(value, _g(m, "pos")))


def _year(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    year = _n(m, "year")
    span = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    value = _period(str(year), span, Granularity.YEAR, "year")
    side = _g(m, "side")  # "post-1959": valued by the year, the mod says which side
    if side:
        value = replace(value, mod="BEFORE" if side == "pre" else "AFTER", approx=True)
    return Temporal(Kind.DATE, _with_pos(value, _g(m, "pos")))


def _year_span(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "2012-13", "2013/2014": two consecutive years, valued by the first (a season or
    fiscal year named after both). Another pair is no span: "2015-05" is a month."""
    year, second = _n(m, "year"), _n(m, "y2") or _n(m, "y4")
    if second % 100 != (year + 1) % 100 or (second >= 100 and second != year + 1):
        if _r(m, "y2") and 1 <= second <= 12:
            span = _month_span(year, second)  # "2015-12", a month after all
            value = _period(f"{year}-{second:02d}", span, Granularity.MONTH, "iso-month")
            return Temporal(Kind.DATE, value)
        return None
    span = (dt.date(year, 1, 1), dt.date(year + 1, 12, 31))
    return Temporal(Kind.DATE, _period(str(year), span, Granularity.YEAR, "year-span"))


def _decade(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    word = _g(m, "decw")
    digits = f"{DECADE_WORDS[word]}0" if word else (_r(m, "dec") or "").lstrip("'’")
    if len(digits) == 2:  # "the '90s": the last century's decade unless it is still to come
        digits = ("19" if int(digits) > 20 else "20") + digits
    first = int(digits[:3]) * 10
    span = (dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
    value = _period(digits[:3], span, Granularity.DECADE, "decade")
    return Temporal(Kind.DATE, _with_pos(value, _g(m, "pos")))


def _century(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    number = ORDINALS.get(_g(m, "ord") or "") or int(re.sub(r"\D", "", _r(m, "cnum") or "0") or 0)
    if not 1 <= number <= 21:
        return None
    span = (dt.date(max(1, (number - 1) * 100), 1, 1), dt.date(number * 100 - 1, 12, 31))
    value = _period(f"{number - 1:02d}", span, Granularity.CENTURY, "century")
    return Temporal(Kind.DATE, _with_pos(value, _g(m, "pos")))


def _season(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    season = _g(m, "season") or ""
    code, first, _ = SEASONS[season]
    shift = _g(m, "shift")
    year: int | None
    if _r(m, "year"):
        year = _n(m, "year")
    elif ctx.anchor is None:
        year = None
    elif _r(m, "yshift"):
        year = ctx.anchor.year + UNIT_SHIFTS[_g(m, "yshift") or "this"]
    elif shift is not None and UNIT_SHIFTS[shift] != 0:
        year = _shifted_season_year(season, UNIT_SHIFTS[shift], ctx.anchor)
    elif shift is not None:
        year = ctx.anchor.year
        start, end = _season_span(year - 1, season)
        if start <= ctx.anchor <= end:
            year -= 1  # "this winter" told in January: the winter begun in December
    else:
        year = _year_from_anchor(min(first, 12), None, ctx)
    if year is None:
        value = _period(f"XXXX-{code}", None, Granularity.SEASON, "season")
    else:
        value = _period(
            f"{year}-{code}",
            _season_span(year, season),
            Granularity.SEASON,
            "season",
            None if _r(m, "year") else ctx.anchor,
        )
    return Temporal(Kind.DATE, _with_pos(value, _g(m, "pos")))


def _shifted_season_year(season: str, step: int, anchor: dt.date) -> int:
    """ "last fall": the latest fall that is over (or the next one to begin, for "next")."""
    year = anchor.year
    start, end = _season_span(year, season)
    if step < 0:
        return year if end < anchor else year - 1
    return year if start > anchor else year + 1


def _quarter(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    quarter = ORDINALS.get(_g(m, "ord") or "", 4) if _g(m, "ord") != "last" else 4
    if _r(m, "qnum"):
        quarter = _n(m, "qnum")
    elif not _r(m, "ord") and ctx.anchor is not None:
        # "the 1988 quarter" in a report: the quarter being reported, the last one ended
        quarter = (ctx.anchor.month - 1) // 3 or 4
    if not 1 <= quarter <= 4:
        return None
    year = _period_year(m, ctx, lambda a: quarter > (a.month - 1) // 3 + 1)
    if year is None:
        return Temporal(
            Kind.DATE, _period(f"XXXX-Q{quarter}", None, Granularity.QUARTER, "quarter")
        )
    span = _quarter_span(year, quarter)
    anchor = None if _r(m, "year") else ctx.anchor
    return Temporal(
        Kind.DATE, _period(f"{year}-Q{quarter}", span, Granularity.QUARTER, "quarter", anchor)
    )


def _months_quarter(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the July-September quarter": three months named by their ends, valued as the
    calendar quarter holding most of them ("the August-October quarter" is the third)."""
    first, last = _month_of(m), MONTHS[(_g(m, "month2") or "").rstrip(".")]
    if (last - first) % 12 != 2:
        return None
    middle = first % 12 + 1
    quarter = (middle - 1) // 3 + 1
    if ctx.anchor is None:
        return Temporal(
            Kind.DATE, _period(f"XXXX-Q{quarter}", None, Granularity.QUARTER, "months-quarter")
        )
    year = _year_from_anchor(last, None, ctx) or ctx.anchor.year
    year -= middle > last  # "the November-January quarter": December is the year before
    span = _quarter_span(year, quarter)
    return Temporal(
        Kind.DATE,
        _period(f"{year}-Q{quarter}", span, Granularity.QUARTER, "months-quarter", ctx.anchor),
    )


def _half(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    if _g(m, "ord") == "last" and not (_r(m, "year") or _r(m, "rel") or _r(m, "theyear")):
        return None  # "the last half" alone may be of anything ("the last half hour")
    half = int(_r(m, "hnum") or 0) or HALVES[_g(m, "ord") or "first"]
    year = _period_year(m, ctx, lambda a: half == 2 and a.month <= 6)
    if year is None:
        return Temporal(Kind.DATE, _period(f"XXXX-H{half}", None, Granularity.HALF, "half"))
    span = (dt.date(year, 6 * half - 5, 1), _month_end(year, 6 * half))
    anchor = None if _r(m, "year") else ctx.anchor
    return Temporal(Kind.DATE, _period(f"{year}-H{half}", span, Granularity.HALF, "half", anchor))


def _period_year(m: re.Match[str], ctx: _Ctx, ahead: Callable[[dt.date], bool]) -> int | None:
    """The year of a quarter/half: written, "of last year", or the anchor's (looking back)."""
    if _r(m, "year"):
        return _n(m, "year")
    if ctx.anchor is None:
        return None
    if _r(m, "theyear"):  # "the second half of the year": the year being reported on
        return ctx.anchor.year
    rel = _g(m, "rel")
    if rel:
        return ctx.anchor.year + (
            -1 if rel in ("last", "previous", "the previous") else 1 if rel == "next" else 0
        )
    return ctx.anchor.year - (1 if ahead(ctx.anchor) and not ctx.future else 0)


def _latest_quarter(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the latest quarter", "the quarter": in reports, the last quarter that has ended."""
    if ctx.anchor is None:
        return Temporal(Kind.DATE, _period("XXXX-QX", None, Granularity.QUARTER, "latest-quarter"))
    step = 0 if _g(m, "latest") == "current" else -1
    return Temporal(Kind.DATE, _calendar_unit("quarter", step, ctx.anchor))


def _relative_unit(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "this week", "last month", "next year", "earlier this month", "the past year"."""
    unit = _g(m, "cunit") or ""
    shift = _g(m, "shift")
    step = UNIT_SHIFTS[shift] if shift else 0
    if ctx.anchor is None:
        gran = Granularity.WEEK if unit == "weekend" else Granularity(unit)
        return Temporal(Kind.DATE, _period(_UNKNOWN_SHAPES[unit], None, gran, f"{unit}+shift"))
    value = _calendar_unit(unit, step, ctx.anchor)
    edge = _g(m, "edge")
    if edge in ("earlier", "early"):
        value = replace(
            value, mod="START", end=min(value.end or ctx.anchor, ctx.anchor), approx=True
        )
    elif edge in ("later", "late"):
        value = replace(
            value, mod="END", start=max(value.start or ctx.anchor, ctx.anchor), approx=True
        )
    return Temporal(Kind.DATE, _with_pos(value, _g(m, "pos")))


# The value of a calendar unit whose place is unknown ("this week" without an anchor).
_UNKNOWN_SHAPES = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "year": "XXXX", "quarter": "XXXX-QX", "decade": "XXX", "century": "XX",
}  # fmt: skip


# The rules of an anaphoric unit the finder resolves against the date told before it:
# "that year", and "the same month last year" (that unit, a year before).
A_YEAR_BEFORE = "that-unit-a-year-before"
ANAPHORIC_UNIT_RULES = ("that-unit", A_YEAR_BEFORE)


def _anaphoric_unit(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "that year", "the same day": a unit of a date told before; unknown on its own.

    The finder fills the value in from the date before it (see `resolve_anaphor`).
    """
    unit = _g(m, "cunit") or ""
    rule = A_YEAR_BEFORE if _g(m, "back") and unit != "year" else "that-unit"
    value = _period(_UNKNOWN_SHAPES[unit], None, Granularity(unit), rule)
    return Temporal(Kind.DATE, value)


def resolve_anaphor(value: DateValue, reference: DateValue) -> DateValue | None:
    """The unit an anaphor names ("that year") around an earlier date ("June 1998").

    An earlier month or year vaguer than the unit fills what it knows and leaves the
    rest X'd, as TimeML does ("that same day" after "last October": "1998-10-XX"); no
    span, since no day is known. None when the earlier date is vaguer still ("that day"
    after "the 1990s").

    >>> that_year = parse_date("that year", None)
    >>> resolve_anaphor(that_year, parse_date("June 1998", None)).timex
    '1998'
    >>> resolve_anaphor(parse_date("that day", None), parse_date("June 1998", None)).timex
    '1998-06-XX'
    """
    grains = list(Granularity)
    grain, ref, told = value.granularity, reference.granularity, reference.start
    if told is None or grain is None or ref is None:
        return None
    day = told
    if value.rule == A_YEAR_BEFORE:  # "October ... the same month last year"
        day = told.replace(
            year=told.year - 1, day=min(told.day, 28) if told.month == 2 else told.day
        )
    if grains.index(ref) > grains.index(grain):
        partly = _partly_known(grain, ref, day)
        return None if partly is None else replace(partly, rule=f"earlier-date+{value.rule}")
    if grain is Granularity.DAY:
        resolved = _day_value(day, "")
    else:
        resolved = _calendar_unit(grain.value, 0, day)
    # its own rule name: a re-parse of the bare words cannot see the earlier date; the
    # anchor is the date told before, the one it was resolved against
    return replace(resolved, rule=f"earlier-date+{value.rule}", anchor=told)


def _partly_known(grain: Granularity, ref: Granularity, day: dt.date) -> DateValue | None:
    """A day or a month known only by its month or year: "1998-10-XX", "1998-XX"."""
    if grain is Granularity.DAY and ref is Granularity.MONTH:
        timex = f"{day.year}-{day.month:02d}-XX"
    elif grain is Granularity.DAY and ref is Granularity.YEAR:
        timex = f"{day.year}-XX-XX"
    elif grain is Granularity.MONTH and ref is Granularity.YEAR:
        timex = f"{day.year}-XX"
    else:
        return None
    return _period(timex, None, grain, "earlier-date+that-unit")


def _calendar_unit(unit: str, step: int, anchor: dt.date) -> DateValue:
    """The calendar week/month/quarter/year/decade/century `step` units from the anchor's."""
    rule = f"{unit}{step:+d}+anchor"
    if unit == "week":
        timex, start, end = _week_value(anchor + dt.timedelta(weeks=step))
        return _period(timex, (start, end), Granularity.WEEK, rule, anchor)
    if unit == "weekend":
        timex, start, end = _week_value(anchor + dt.timedelta(weeks=step))
        return _period(
            timex + "-WE", (end - dt.timedelta(days=1), end), Granularity.WEEK, rule, anchor
        )
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, step)
        return _period(
            f"{year}-{month:02d}", _month_span(year, month), Granularity.MONTH, rule, anchor
        )
    if unit == "quarter":
        year, month = _shift_month(anchor.year, anchor.month, 3 * step)
        quarter = (month - 1) // 3 + 1
        return _period(
            f"{year}-Q{quarter}", _quarter_span(year, quarter), Granularity.QUARTER, rule, anchor
        )
    if unit == "decade":
        first = (anchor.year // 10 + step) * 10
        span = (dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
        return _period(str(first // 10), span, Granularity.DECADE, rule, anchor)
    if unit == "century":  # "this century": the anchor's hundred years, 1900-1999 is "19"
        first = (anchor.year // 100 + step) * 100
        span = (dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31))
        return _period(str(first // 100), span, Granularity.CENTURY, rule, anchor)
    year = anchor.year + step
    return _period(
        str(year), (dt.date(year, 1, 1), dt.date(year, 12, 31)), Granularity.YEAR, rule, anchor
    )


def _weekday_date(weekday: int, shift: str | None, ctx: _Ctx) -> dt.date | None:
    """The date of a named weekday: the latest one on or before the anchor, or the next one."""
    if ctx.anchor is None:
        return None
    if shift == "this":
        # "this Friday", "this Monday": that day of the anchor's (Monday-to-Sunday) week
        return ctx.anchor + dt.timedelta(days=weekday - ctx.anchor.isoweekday())
    step = UNIT_SHIFTS.get(shift or "", 0)
    forward = step > 0 or (step == 0 and ctx.tense == "future")
    delta = (weekday - ctx.anchor.isoweekday()) % 7
    back = (ctx.anchor.isoweekday() - weekday) % 7
    if step == 0 and ctx.tense is None and back and PAST_AHEAD_WEIGHT * delta < back:
        # no verb to go by: the day just ahead is nearer than the one almost a week
        # back ("the deadline is 9 a.m. Tuesday" on a Monday), each day ahead weighing
        # like three days back, since news tells more than it announces
        forward = True
    if forward:
        return ctx.anchor + dt.timedelta(days=delta or (7 if step > 0 else 0))
    return ctx.anchor - dt.timedelta(days=back or (7 if step < 0 else 0))


def _weekday(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    weekday = WEEKDAYS[_g(m, "weekday") or ""]
    day = _weekday_date(weekday, _g(m, "shift"), ctx)
    part = _g(m, "part")
    kind = Kind.TIME if part else Kind.DATE
    suffix = f"T{DAY_PARTS[part]}" if part else ""
    if day is None:
        value = _period(f"XXXX-WXX-{weekday}{suffix}", None, Granularity.DAY, "weekday")
    else:
        value = _day_value(day, "weekday+anchor", ctx.anchor)
        value = replace(value, timex=value.timex + suffix)
    return Temporal(kind, _with_pos(value, _g(m, "pos")))


def _day_word(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "today", "yesterday", "tomorrow morning", "last night", "this afternoon"."""
    word = _g(m, "dayword")
    part = _g(m, "part") or ("night" if word == "tonight" else None)
    shift = _g(m, "shift")
    offset = DAY_OFFSETS[word] if word else (-1 if shift == "last" and part == "night" else 0)
    suffix = f"T{DAY_PARTS[part]}" if part else ""
    kind = Kind.TIME if part else Kind.DATE
    if ctx.anchor is None:
        return Temporal(kind, _period(f"XXXX-XX-XX{suffix}", None, Granularity.DAY, "day-word"))
    day = ctx.anchor + dt.timedelta(days=offset)
    value = replace(_day_value(day, "day-word+anchor", ctx.anchor), timex=day.isoformat() + suffix)
    return Temporal(kind, _with_pos(value, _g(m, "pos")) if _g(m, "pos") else value)


def _ago(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "two weeks ago", "a year earlier": the point that far back, at the unit's grain;
    "a week or so ago" is the same point, approximate; a point off the calendar ("5,000
    years ago") is only somewhere in the past (or the future)."""
    try:
        found = _ago_point(m, ctx)
    except (ValueError, OverflowError):
        ahead = (_g(m, "dir") or "") in ("from now", "from today", "hence")
        ref = "FUTURE_REF" if ahead else "PAST_REF"
        found = Temporal(Kind.DATE, _period(ref, None, None, "ago-vague", ctx.anchor))
    if found is None or not (_r(m, "orso") or _r(m, "about")):
        return found
    return Temporal(found.kind, replace(found.value, approx=True))


def _ago_point(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    count, vague = _number(_r(m, "num"))
    unit = _unit_key(_g(m, "unit"))
    if count is not None and _r(m, "half"):  # "a year and a half ago"
        count += _fraction_after(m)
    coarse = unit in ("decade", "century", "quarter-century")
    if count is not None and unit == "year" and count != int(count):
        count, unit = count * 12, "month"  # "a year and a half ago": 18 months back
    if count is not None and coarse and count != int(count):
        # "half a century ago", "a decade and a half ago": a whole number of years
        count, unit = count * UNITS[unit][2], "year"
    if vague or count is None or count != int(count) or unit not in UNITS:
        return Temporal(Kind.DATE, _period("PAST_REF", None, None, "ago-vague", ctx.anchor))
    if ctx.anchor is None:
        return Temporal(Kind.DATE, _period("XXXX-XX-XX", None, Granularity.DAY, "ago"))
    n = int(count)
    sign = 1 if (_g(m, "dir") or "") in ("later", "from now", "from today", "hence") else -1
    if unit in ("day", "night"):
        return Temporal(
            Kind.DATE,
            _day_value(ctx.anchor + dt.timedelta(days=sign * n), "ago+anchor", ctx.anchor),
        )
    if unit in ("week", "fortnight"):
        return Temporal(Kind.DATE, _calendar_unit("week", sign * n * UNITS[unit][2], ctx.anchor))
    if unit == "month":
        return Temporal(Kind.DATE, _calendar_unit("month", sign * n, ctx.anchor))
    if unit == "quarter":
        return Temporal(Kind.DATE, _calendar_unit("quarter", sign * n, ctx.anchor))
    if unit in ("year", "decade", "century", "quarter-century"):
        value = _calendar_unit("year", sign * n * UNITS[unit][2], ctx.anchor)
        return Temporal(Kind.DATE, replace(value, approx=coarse))
    return Temporal(
        Kind.TIME,
        _period(
            "PAST_REF" if sign < 0 else "FUTURE_REF",
            None,
            None,
            "ago-clock",
            ctx.anchor,
        ),
    )


def _fraction_after(m: re.Match[str]) -> float:
    """The part of a unit added after it: "and a half" 0.5, "and a quarter" 0.25."""
    return 0.25 if (_g(m, "half") or "").endswith("quarter") else 0.5


def _unit_key(written: str | None) -> str:
    """The `UNITS` key of a written unit: "days" -> "day", "centuries" -> "century",
    "quarter century" -> "quarter-century"."""
    unit = re.sub(r"[\s-]+", "-", written or "").removesuffix("s")
    return "century" if unit == "centurie" else unit


def _duration_code(count: float | None, unit: str) -> str:
    """TIMEX3 duration of a count of a unit: 5 day -> "P5D", 2.5 year -> "P2Y6M"."""
    letter, timed, size = UNITS[unit]
    prefix = "PT" if timed else "P"
    if count is None:
        return prefix + "X" + VAGUE_UNIT_CODES.get(unit, letter)
    if letter == "Q":
        letter, size = "M", 3
    total = count * size
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    if letter == "S":  # no smaller unit: "1.5 seconds" is PT1.5S
        return f"PT{total:g}S"
    whole = int(total)
    smaller = {
        "Y": ("M", 12),
        "M": ("D", 30),
        "W": ("D", 7),
        "D": ("H", 24),
        "H": ("M", 60),
        "S": ("S", 1),
    }
    sub, factor = smaller[letter] if not (timed and letter == "M") else ("S", 60)
    rest = round((total - whole) * factor)
    head = f"{whole}{letter}" if whole else ""
    if letter == "D" and sub == "H":
        return f"P{head}T{rest}H"
    return f"{prefix}{head}{rest}{sub}"


def _duration(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "nearly five days", "24 hours", "the past three years", "several months", "two-year"."""
    unit = _unit_key(_g(m, "unit")) or "year"
    raw = _g(m, "low") or _g(m, "num")
    # A bare plural ("years") is vague; a bare singular ("the past decade") is one unit.
    plural = (_g(m, "unit") or "").endswith("s")
    count, approx = _number(raw) if raw else (None, True) if plural else (1.0, False)
    approx = approx or _r(m, "low") is not None or _r(m, "orso") is not None
    if count is not None and _r(m, "half"):  # "a year and a half", "a year and a quarter"
        count += _fraction_after(m)
    if count is not None and count <= 0:
        return None
    timex: str | None = _duration_code(count, unit)
    if _r(m, "and_num") is not None and count is not None and timex is not None:
        timex = _add_smaller(timex, unit, _g(m, "and_num"), _g(m, "and_unit"))
    if timex is None:
        return None
    dmod = _g(m, "dmod")
    value = DateValue(
        timex=timex,
        start=None,
        end=None,
        granularity=None,
        approx=approx or dmod is not None,
        mod=DURATION_MODS.get(dmod or ""),
        rule="duration",
    )
    return Temporal(Kind.DURATION, value)


# Duration units a smaller one can be added to (`_AND_SMALLER`), as `UNITS` keys.
_UNIT_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


def _add_smaller(timex: str, unit: str, number: str | None, smaller: str | None) -> str | None:
    """ "P71D" and "14 hours" -> "P71DT14H"; "PT2H" and "19 minutes" -> "PT2H19M". The rule
    admits only a smaller unit; None if the count cannot be read."""
    extra_unit = _unit_key(smaller)
    count, _ = _number(number)
    if count is None or unit not in _UNIT_ORDER or extra_unit not in _UNIT_ORDER:
        return None
    extra = _duration_code(count, extra_unit)
    if extra.startswith("PT") and not timex.startswith("PT"):
        return timex + extra[1:]  # "P71D" + "T14H"
    return timex + extra[2:] if extra.startswith("PT") else timex + extra[1:]


def _race_time(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "2:07:21" -> PT2H7M21S; "2:03.41" -> PT2M3.41S."""
    hours = int(_g(m, "rh") or 0)
    minutes = int(_g(m, "rm") or _g(m, "mm") or 0)
    fraction = _g(m, "rf") or _g(m, "mf")
    seconds = f"{int(_g(m, 'rs') or _g(m, 'ms') or 0)}" + (f".{fraction}" if fraction else "")
    timex = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    timex += f"{seconds}S"
    value = DateValue(
        timex=timex, start=None, end=None, granularity=None, approx=False, rule="race-time"
    )
    return Temporal(Kind.DURATION, value)


def _vague(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "(for) a while", "(for) some time": a duration whose unit is unknown too (PXX)."""
    value = DateValue(
        timex="PXX", start=None, end=None, granularity=None, approx=True, rule="vague"
    )
    return Temporal(Kind.DURATION, value)


def _set(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "every week", "each year", "weekly", "every Monday", "twice a year" (sets)."""
    word = _g(m, "freq")
    if word:
        return Temporal(Kind.SET, _period(FREQUENCY_WORDS[word], None, None, "set-word"))
    weekday = _g(m, "weekday")
    if weekday:
        weekday = weekday.removesuffix("s")
        part = _g(m, "part")
        suffix = f"T{DAY_PARTS[part]}" if part else ""
        return Temporal(
            Kind.SET,
            _period(f"XXXX-WXX-{WEEKDAYS[weekday]}{suffix}", None, None, "set-weekday"),
        )
    if m.group(0).lower() == "everyday":
        return Temporal(Kind.SET, _period("P1D", None, None, "set-word"))
    dpart = _g(m, "dpart")
    if dpart:
        code = f"XXXX-XX-XXT{DAY_PARTS[dpart]}"
        return Temporal(Kind.SET, _period(code, None, None, "set-day-part"))
    if _r(m, "month"):
        return Temporal(Kind.SET, _period(f"XXXX-{_month_of(m):02d}", None, None, "set-month"))
    if _r(m, "season"):
        code = SEASONS[_g(m, "season") or ""][0]
        return Temporal(Kind.SET, _period(f"XXXX-{code}", None, None, "set-season"))
    unit = _unit_key(_g(m, "unit"))
    num = _g(m, "num")
    # "every other day" is every two; "every few years" keeps its count unknown (PXY)
    count = 2.0 if num == "other" else _number(num)[0] if num else 1.0
    if unit not in UNITS:
        return None
    return Temporal(Kind.SET, _period(_duration_code(count, unit), None, None, "set-every"))


def _clock(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "3 p.m.", "10:35 a.m. EST", "noon Thursday", "midnight": a TIME on the anchor's day."""
    hhmm = _clock_text(m)
    if hhmm is None:
        return None
    day: dt.date | None = ctx.anchor
    rule = "clock+anchor"
    if _r(m, "weekday"):
        day = _weekday_date(WEEKDAYS[_g(m, "weekday") or ""], None, ctx)
        rule = "clock+weekday"
    elif _g(m, "dayword"):
        day = (
            ctx.anchor + dt.timedelta(days=DAY_OFFSETS[_g(m, "dayword") or ""])
            if ctx.anchor
            else None
        )
    if _r(m, "month") and _r(m, "day"):
        written = _n(m, "year") if _r(m, "year") else None
        year = written or _year_from_anchor(_month_of(m), _n(m, "day"), ctx)
        day = _date(year, _month_of(m), _n(m, "day")) if year else None
        rule = "clock+date"
    if day is None:
        return Temporal(Kind.TIME, _period(f"XXXX-XX-XXT{hhmm}", None, Granularity.TIME, rule))
    value = _period(f"{day.isoformat()}T{hhmm}", (day, day), Granularity.TIME, rule, ctx.anchor)
    return Temporal(Kind.TIME, value)


def _clock_text(m: re.Match[str]) -> str | None:
    noon = _g(m, "noon")
    if noon:
        return "24:00" if noon.replace(" ", "").startswith("midnight") else "12:00"
    if _r(m, "hourish"):
        return f"{_n(m, 'hourish'):02d}:00"
    if _r(m, "hour24"):
        return f"{_n(m, 'hour24'):02d}:{_r(m, 'minute24')}"
    hour = _n(m, "hour")
    if not 1 <= hour <= 12:
        return None
    ampm = _g(m, "ampm") or ""
    pm = ampm.startswith("p") or ampm.endswith(("afternoon", "evening"))
    part = _g(m, "part") if "part" in m.re.groupindex else None
    if not ampm.startswith(("a", "p")) and hour != 12:
        # "11 o'clock Monday night", "7 o'clock tomorrow evening": the part of the day
        # says which half ("2 o'clock Monday night" stays small hours)
        pm = pm or part in ("afternoon", "evening") or (part == "night" and hour >= 6)
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{_r(m, 'minute') or '00'}"


def _part_of_day(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "this morning", "tonight", "overnight": a part of the anchor's day."""
    return _day_word(m, ctx)


def _reference(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "now", "currently", "recently", "the future": TimeML's PRESENT/PAST/FUTURE_REF."""
    timex = REFERENCE_WORDS[_g(m, "ref") or ""]
    a = ctx.anchor
    span = {"PRESENT_REF": (a, a), "PAST_REF": (None, a), "FUTURE_REF": (a, None)}[timex]
    value = DateValue(
        timex=timex,
        start=span[0],
        end=span[1],
        granularity=None,
        approx=True,
        rule="reference",
        anchor=a,
    )
    return Temporal(Kind.DATE, value)


def _weekend(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the weekend", "last weekend": the latest weekend begun by the anchor, unless future."""
    shift = _g(m, "shift")
    if ctx.anchor is None:
        return Temporal(Kind.DATE, _period("XXXX-WXX-WE", None, Granularity.WEEK, "weekend"))
    step = UNIT_SHIFTS.get(shift or "", 0)
    started = ctx.anchor.isoweekday() >= 6
    # with no tense to go by, on a Friday the weekend about to begin is the nearer one
    eve = ctx.tense is None and ctx.anchor.isoweekday() == 5
    # "this weekend" is the anchor's week's, still ahead before Saturday, unless told as past
    this = shift == "this" and ctx.tense != "past"
    if (step == 0 and not ctx.future and not started and not eve and not this) or (
        step < 0 and started
    ):
        step = -1
    elif shift and shift.endswith("coming") and not started:
        step = 0  # "the coming weekend" on a Friday is the one about to start
    return Temporal(Kind.DATE, _calendar_unit("weekend", step, ctx.anchor))


def _numeric_month_day(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "11/20": a year-less US month/day, unless it reads as a fraction ("3/4", "1/2")."""
    month, day = _n(m, "mon"), _n(m, "day")
    if day in FRACTION_DENOMINATORS and month < day:
        return None
    if m.group(0) == "9/11":  # the attacks of Sept. 11, 2001: a name, not this year's day
        return Temporal(Kind.DATE, _day_value(dt.date(2001, 9, 11), "numeric-month-day+name"))
    return _month_day_value(month, day, "numeric-month-day", ctx)


def _month_day_value(month: int, day: int, rule: str, ctx: _Ctx) -> Temporal | None:
    """A year-less month and day, placed near the anchor by the sentence's tense."""
    year = _year_from_anchor(month, day, ctx)
    if year is None:
        return Temporal(
            Kind.DATE, _period(f"XXXX-{month:02d}-{day:02d}", None, Granularity.DAY, rule)
        )
    date = _date(year, month, day) or _leap_day(month, day, ctx)
    return Temporal(Kind.DATE, _day_value(date, rule, ctx.anchor)) if date else None


def _weekday_of_week(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "Tuesday of next week", "last week Monday": the weekday in the week named."""
    weekday = WEEKDAYS[_g(m, "weekday") or ""]
    if ctx.anchor is None:
        value = _period(f"XXXX-WXX-{weekday}", None, Granularity.DAY, "weekday-of-week")
        return Temporal(Kind.DATE, value)
    monday = _calendar_unit("week", UNIT_SHIFTS[_g(m, "shift") or "this"], ctx.anchor).start
    if monday is None:
        return None
    day = monday + dt.timedelta(days=weekday - 1)
    return Temporal(Kind.DATE, _day_value(day, "weekday-of-week", ctx.anchor))


def _nth_week_of(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the first week of October", "the last week of 2016": a calendar week with most
    of its days in the month or year (as ISO weeks count a year's: the first holds the
    4th, the last holds the 28th of December, or three days before the month's end)."""
    which = _g(m, "ord") or "first"
    last = which in ("last", "final")
    nth = ORDINALS.get(which, 1)
    year: int | None
    if _r(m, "mrel") or _r(m, "month"):
        if _r(m, "mrel"):  # "the last week of this month": the month the word names
            if ctx.anchor is None:
                return Temporal(Kind.DATE, _period("XXXX-WXX", None, Granularity.WEEK, "nth-week"))
            step = UNIT_SHIFTS[_g(m, "mrel") or "this"]
            year, month = _shift_month(ctx.anchor.year, ctx.anchor.month, step)
        else:
            month = _month_of(m)
            year = _n(m, "year") if _r(m, "year") else _year_from_anchor(month, None, ctx)
        if year is None:
            return Temporal(Kind.DATE, _period("XXXX-WXX", None, Granularity.WEEK, "nth-week"))
        first, end = _month_span(year, month)
        day = end - dt.timedelta(days=3) if last else first + dt.timedelta(days=3, weeks=nth - 1)
        if day > end:
            return None
    else:
        year = _n(m, "year")
        day = dt.date(year, 12, 28) if last else dt.date.fromisocalendar(year, nth, 1)
    timex, start, stop = _week_value(day)
    anchor = None if _r(m, "year") else ctx.anchor
    return Temporal(Kind.DATE, _period(timex, (start, stop), Granularity.WEEK, "nth-week", anchor))


def _weekday_day(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "Tue 13th": the 13th nearest the anchor that falls on a Tuesday (within a year)."""
    weekday, day = WEEKDAYS[_g(m, "wd") or ""], _n(m, "day")
    if ctx.anchor is None:
        return Temporal(
            Kind.DATE, _period(f"XXXX-XX-{day:02d}", None, Granularity.DAY, "weekday-day")
        )
    best: dt.date | None = None
    for step in range(-12, 13):
        year, month = _shift_month(ctx.anchor.year, ctx.anchor.month, step)
        date = _date(year, month, day)
        if (
            date
            and date.isoweekday() == weekday
            and (best is None or abs((date - ctx.anchor).days) < abs((best - ctx.anchor).days))
        ):
            best = date
    return Temporal(Kind.DATE, _day_value(best, "weekday-day", ctx.anchor)) if best else None


def _clock_past(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "ten past 9", "half past seven in the evening": minutes past an hour (a.m. unless
    an afternoon or evening part of the day says otherwise)."""
    mins_text = _g(m, "mins") or ""
    minutes = 30 if mins_text == "half" else 15 if mins_text.endswith("quarter") else None
    if minutes is None:
        count, _ = _number(mins_text)
        minutes = int(count) if count is not None else -1
    hour_text = _g(m, "h") or ""
    hour = int(hour_text) if hour_text.isdigit() else NUMBER_WORDS.get(hour_text, 0)
    if not (0 <= minutes < 60 and 1 <= hour <= 12):
        return None
    if (_g(m, "part") or "") in ("afternoon", "evening"):
        hour = hour % 12 + 12
    hhmm = f"{hour:02d}:{minutes:02d}"
    if ctx.anchor is None:
        return Temporal(
            Kind.TIME, _period(f"XXXX-XX-XXT{hhmm}", None, Granularity.TIME, "clock-past")
        )
    day = ctx.anchor
    value = _period(f"{day.isoformat()}T{hhmm}", (day, day), Granularity.TIME, "clock-past", day)
    return Temporal(Kind.TIME, value)


def _holiday(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "Thanksgiving Day", "last Christmas", "Election Day 2024": a named holiday's date.

    Without a written year, "last" takes the latest one before the anchor and "next"
    the first after it; otherwise it is placed like a year-less date (by tense).
    """
    name = re.sub(r"[’`]", "'", _g(m, "holiday") or "")
    step = UNIT_SHIFTS.get(_g(m, "shift") or "", 0)
    year: int | None
    if _r(m, "year"):
        year = _n(m, "year")
    elif ctx.anchor is not None and step != 0:  # "last Christmas": strictly before the anchor
        this_year = _holiday_date(name, ctx.anchor.year)
        fits = this_year > ctx.anchor if step > 0 else this_year < ctx.anchor
        year = ctx.anchor.year + (0 if fits else step)
    elif ctx.anchor is not None and ctx.tense == "past":
        # "began on Good Friday": the last one, a holiday being no deadline a past
        # clause may look ahead to ("payable Dec. 15")
        slack = dt.timedelta(days=LOOKBACK_SLACK_DAYS)
        year = ctx.anchor.year - (_holiday_date(name, ctx.anchor.year) > ctx.anchor + slack)
    else:  # placed like a year-less date, by where it falls in the anchor's year
        near = _holiday_date(name, ctx.anchor.year if ctx.anchor else 2000)
        year = _year_from_anchor(near.month, near.day, ctx)
    if year is None:
        fixed = FIXED_HOLIDAYS.get(name)
        timex = f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"
        return Temporal(Kind.DATE, _period(timex, None, Granularity.DAY, "holiday"))
    day = _holiday_date(name, year)
    anchor = None if _r(m, "year") else ctx.anchor
    if _r(m, "hweek"):  # "Easter week", "Thanksgiving week": the calendar week holding it
        timex, start, end = _week_value(day)
        return Temporal(
            Kind.DATE, _period(timex, (start, end), Granularity.WEEK, "holiday", anchor)
        )
    return Temporal(Kind.DATE, _day_value(day, "holiday", anchor))


def _holiday_date(name: str, year: int) -> dt.date:
    """The date of a holiday in a year (fixed day, nth weekday of its month, or days
    from Easter or Thanksgiving)."""
    if name in RELATIVE_HOLIDAYS:
        base, offset = RELATIVE_HOLIDAYS[name]
        start = _easter(year) if base == "easter" else _holiday_date(base, year)
        return start + dt.timedelta(days=offset)
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    month, weekday, nth, earliest = FLOATING_HOLIDAYS[name]
    if nth < 0:
        last = _month_end(year, month)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, earliest)
    first += dt.timedelta(days=(weekday - first.isoweekday()) % 7)
    return first + dt.timedelta(weeks=nth - 1)


def _easter(year: int) -> dt.date:
    """Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def _year_ago(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the year-ago quarter", "the year-earlier third quarter", "year-earlier" (results).

    Earnings reports compare the quarter just ended with the same quarter a year
    before: the latest finished quarter minus four, or the named quarter of last year.
    """
    quarter = ORDINALS.get(_g(m, "ord") or "")
    if ctx.anchor is None:
        timex = f"XXXX-Q{quarter}" if quarter else "XXXX-QX"
        return Temporal(Kind.DATE, _period(timex, None, Granularity.QUARTER, "year-ago"))
    if quarter and 1 <= quarter <= 4:
        year = ctx.anchor.year - 1
        span = _quarter_span(year, quarter)
        value = _period(f"{year}-Q{quarter}", span, Granularity.QUARTER, "year-ago", ctx.anchor)
        return Temporal(Kind.DATE, value)
    return Temporal(Kind.DATE, _calendar_unit("quarter", -5, ctx.anchor))


def _year_ended(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the year (ended Sept. 30)": a twelve-month reporting period, not a calendar year."""
    value = DateValue(timex="P1Y", start=None, end=None, granularity=None, rule="year-ended")
    return Temporal(Kind.DURATION, value)


def _the_unit(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the year", "the full year", "for the week", "year-end": the anchor's (reports).

    "year-end" is the end of the year (mod END).
    """
    unit = _g(m, "cunit") or "year"
    pos = "end of" if _r(m, "yend") else _g(m, "pos")
    if ctx.anchor is None:
        value = _period(_UNKNOWN_SHAPES[unit], None, Granularity(unit), f"the-{unit}")
        return Temporal(Kind.DATE, _with_pos(value, pos))
    return Temporal(Kind.DATE, _with_pos(_calendar_unit(unit, 0, ctx.anchor), pos))


def _week_of(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the week of March 6": the calendar week holding that day."""
    day = _month_day(m, ctx)
    if day is None or day.value.start is None:
        return None
    timex, start, end = _week_value(day.value.start)
    value = _period(timex, (start, end), Granularity.WEEK, "week-of", day.value.anchor)
    return Temporal(Kind.DATE, value)


def _clock_range(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "5 to 6 pm", "between 2 and 4 p.m.", "3:00-4:30pm": a TIME valued by its start.

    The start borrows the end's a.m./p.m. unless that would put it after the end
    ("11 to 1 pm" starts at 11 a.m.).
    """
    h1, h2 = _n(m, "h1"), _n(m, "h2")
    ampm2 = _g(m, "ap2") or ""
    ampm1 = _g(m, "ap1") or ""
    if not (1 <= h2 <= 12 and 0 <= h1 <= 23):
        return None
    pm2 = ampm2.startswith("p")
    end_hour = h2 % 12 + (12 if pm2 else 0)
    if ampm1:
        start_hour = h1 % 12 + (12 if ampm1.startswith("p") else 0)
    elif h1 > 12:
        start_hour = h1
    else:
        start_hour = h1 % 12 + (12 if pm2 else 0)
        if start_hour > end_hour:
            start_hour -= 12
    hhmm = f"{start_hour:02d}:{_r(m, 'm1') or '00'}"
    if ctx.anchor is None:
        return Temporal(
            Kind.TIME, _period(f"XXXX-XX-XXT{hhmm}", None, Granularity.TIME, "clock-range")
        )
    day = ctx.anchor
    value = _period(f"{day.isoformat()}T{hhmm}", (day, day), Granularity.TIME, "clock-range", day)
    return Temporal(Kind.TIME, value)


def _day_part(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the morning", "late afternoon", "mid-afternoon yesterday": a part of a day (TMO...).

    The day is the anchor's, or the one a trailing day word names.
    """
    code = DAY_PARTS[_g(m, "part") or ""]
    value = _day_part_value(code, DAY_OFFSETS.get(_g(m, "dayword") or "", 0), ctx)
    weekday = _g(m, "weekday")
    if weekday:  # "late afternoon Tuesday": that weekday's part
        day = _weekday_date(WEEKDAYS[weekday], None, ctx)
        if day is None:
            timex = f"XXXX-WXX-{WEEKDAYS[weekday]}T{code}"
            value = _period(timex, None, Granularity.DAY, "day-part+weekday")
        else:
            timex = f"{day.isoformat()}T{code}"
            value = _period(timex, (day, day), Granularity.DAY, "day-part+weekday", ctx.anchor)
    pos = _g(m, "pos")
    if pos:  # TIMEX3 keeps the part's code and says in the mod where in it
        value = replace(value, mod=POSITION_MODS[pos][0], approx=True)
    return Temporal(Kind.TIME, value)


def _day_edge(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "at dawn", "by nightfall": the morning's or the evening's edge of the anchor's day."""
    code = DAY_EDGES[(_g(m, "edge") or "").lower()]
    return Temporal(Kind.TIME, _day_part_value(code, 0, ctx))


def _day_part_value(code: str, offset: int, ctx: _Ctx) -> DateValue:
    """A part of the day `offset` days from the anchor ("2025-08-27TMO"), X's without one."""
    if ctx.anchor is None:
        return _period(f"XXXX-XX-XXT{code}", None, Granularity.DAY, "day-part")
    day = ctx.anchor + dt.timedelta(days=offset)
    return _period(f"{day.isoformat()}T{code}", (day, day), Granularity.DAY, "day-part", day)


def _week_number(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "week 31", "week 1 of 2019": an ISO week of the written year or the anchor's."""
    week = _n(m, "wnum")
    year = _n(m, "year") if _r(m, "year") else ctx.anchor.year if ctx.anchor else None
    if year is None:
        return Temporal(
            Kind.DATE, _period(f"XXXX-W{week:02d}", None, Granularity.WEEK, "week-number")
        )
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    span = (monday, monday + dt.timedelta(days=6))
    anchor = None if _r(m, "year") else ctx.anchor
    return Temporal(
        Kind.DATE, _period(f"{year}-W{week:02d}", span, Granularity.WEEK, "week-number", anchor)
    )


def _next_day(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "the next day", "the previous day": one day from the anchor.

    In narrative these refer to the last date mentioned; without discourse tracking
    the anchor is the best guess ("the day before" alone is left out: it is more
    often part of "the day before the vote" than a date of its own).
    """
    step = -1 if _g(m, "rel") == "previous" else 1
    # ("the next morning" is valued as the day it falls on, as TempEval-3 mostly does)
    if ctx.anchor is None:
        return Temporal(Kind.DATE, _period("XXXX-XX-XX", None, Granularity.DAY, "next-day"))
    day = ctx.anchor + dt.timedelta(days=step)
    return Temporal(Kind.DATE, _day_value(day, "next-day", ctx.anchor))


def _unit_before(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "(up from 5%) the year before", "the month after": one unit from the date told
    last (the finder supplies it); alone, from the anchor."""
    unit = _g(m, "cunit") or "year"
    step = -1 if _g(m, "dir") in ("before", "earlier") else 1
    if ctx.anchor is None:
        gran = Granularity(unit)
        return Temporal(Kind.DATE, _period(_UNKNOWN_SHAPES[unit], None, gran, "unit-before"))
    return Temporal(Kind.DATE, _calendar_unit(unit, step, ctx.anchor))


def _day_of_month(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "on the 18th": that day of the anchor's month.

    A future-tense sentence moves a day already past to next month; a past-tense one
    moves a day still to come to last month.
    """
    day = _n(m, "day")
    if ctx.anchor is None:
        return Temporal(
            Kind.DATE, _period(f"XXXX-XX-{day:02d}", None, Granularity.DAY, "day-of-month")
        )
    year, month = ctx.anchor.year, ctx.anchor.month
    mrel = _g(m, "mrel")
    if mrel:  # "the 15th of next month": that month, whatever the tense
        year, month = _shift_month(year, month, {"last": -1, "next": 1}.get(mrel, 0))
    elif ctx.future and day < ctx.anchor.day:
        year, month = _shift_month(year, month, 1)
    elif ctx.tense == "past" and day > ctx.anchor.day:
        year, month = _shift_month(year, month, -1)
    date = _date(year, month, day)
    if date is None:
        return None
    return Temporal(Kind.DATE, _day_value(date, "day-of-month", ctx.anchor))


def _present_adjective(m: re.Match[str], ctx: _Ctx) -> Temporal | None:
    """ "current" as an adjective ("its current owner"): TimeML's PRESENT_REF."""
    a = ctx.anchor
    value = DateValue(
        timex="PRESENT_REF", start=a, end=a, granularity=None, approx=True, rule="current", anchor=a
    )
    return Temporal(Kind.DATE, value)


# ----------------------------------------------------------------- the grammar

_POS_PRE = rf"(?:{POS_MOD}(?:\s+|-))?"
_REL_YEAR = r"(?P<rel>this|last|next|the\s+previous|previous)\s+year"
_OF_YEAR = rf"(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR4}|{_REL_YEAR}|(?P<theyear>the\s+year)))"
_DAYWORD = (
    r"(?P<dayword>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    r"today|yesterday|tomorrow|tonight)"
)
_SHIFT_WORD = r"(?P<shift>last|this\s+past|this\s+coming|this|next|past|coming|previous)"
_NUM_ANY = NUM[:-1] + r"|several|a\s+few|few|many|numerous|recent)"
_UNIT_ANY = (
    r"(?P<unit>"
    + _unit_alt(
        [
            *UNITS,
            "seconds",
            "minutes",
            "hours",
            "days",
            "nights",
            "weeks",
            "months",
            "quarters",
            "years",
            "decades",
            "centuries",
            "hrs",
            "mins",
            "secs",
        ]
    )
    + ")"
)
# "the nine months" counts a span, but in "the 30-day rate" or "the two day rally" the
# duration is an adjective and "the" belongs to the noun: only a plural unit keeps it.
_THE_COUNTED = (
    r"the\s+(?=\S+(?:\s+\S+)?\s+(?:seconds|minutes|hours|days|nights|weeks|months|quarters|"
    r"years|decades|centuries)\b)"
)
# Look-alikes of a duration: an article ("a day-long meeting"), an ordinal ("a second
# group"), a fraction ("three-quarters of", "a quarter of"), an idiom ("another day").
_NOT_DURATION = (
    r"(?!an?\s+\w+-?long\b"
    r"|an?\s+second\s+(?!(?:later|ago|earlier|or|and|of|too|before|after)\b)[a-z]"
    r"|(?:\w+-quarters|(?:a|one)\s+quarter\s+of)\b"
    # "(live to fight) another day": some other time, more often than one more day
    r"|another\s+day\b)"
)
# "expected to last several weeks", "could last two years": the verb, not "the last"
_VERB_BEFORE = (
    "".join(
        rf"(?<!\b{word}\s)"
        for word in ("to", "will", "would", "could", "can", "may", "might", "should", "must", "not")
    )
    + r"(?<!n['’]t\s)(?<!['’]ll\s)"
)
# "two to three weeks", "five or six years": one span, valued by its lower count.
# "two to three weeks", "2-3 weeks": a range of counts, valued by its low end
# "71 days and 14 hours", "2 hours 19 minutes": a smaller unit added on. A look-ahead
# after each unit admits only smaller ones, so "24 hours, 7 days a week" stays two spans.
_AND_NUM = r"(?:\d+|" + _alt(k for k, n in NUMBER_WORDS.items() if 1 <= n < 60) + r")"
_AND_SEP = r"(?:,?\s+and|,)?\s+"
_SMALLER_UNITS = {
    "year": "months?|weeks?|days?",
    "month": "weeks?|days?",
    "week": "days?",
    "day": "hours?|minutes?",
    "hour": "minutes?|seconds?",
    "minute": "seconds?",
}
_AND_SMALLER = (
    r"(?:(?:"
    + "|".join(
        rf"(?:(?<={unit})|(?<={unit}s))(?={_AND_SEP}{_AND_NUM}\s+(?:{smaller})(?![\w-]))"
        for unit, smaller in _SMALLER_UNITS.items()
    )
    + rf"){_AND_SEP}(?P<and_num>{_AND_NUM})\s+(?P<and_unit>months?|weeks?|days?|hours?"
    + r"|minutes?|seconds?)(?![\w-]))?"
)
_LOW = (
    r"(?:(?P<low>\d+|"
    + _alt(k for k, n in NUMBER_WORDS.items() if n > 1)
    + r")(?:\s+(?:to|or)\s+|(?<=\d)[-–](?=\d)))?"
)
# "two more weeks", "three straight years", "an additional year": still a count of units.
# ("60-plus days", "20+ years": at least the count)
_EXTRA = r"(?:-plus|\+)?(?:\s+(?:more|additional|extra|further|straight|consecutive|full))?"
# "eight trading days", "five business days": days of a kind, still days
_DAY_KIND = r"(?:(?:\s+|-)(?:trading|business|working|calendar|school)(?=\s+days?\b))?"
# "the 1988 quarter", "2012 second half": a year before a singular unit names it, no count.
_NOT_YEAR_ADJ = r"(?!(?:1[5-9]|20)\d\d\s+(?:second|minute|hour|day|week|month|quarter|year)\b)"
# Not an age ("two-year-old") nor a reading-time label ("2 min read").
_NOT_AGE = r"(?![\s-]+(?:old|read)\b)"
# "a year-earlier loss": a compound, not the duration "a year"; nor is "a quarter" in
# "a quarter-century" (which the unit "quarter-century" reads whole, as 25 years)
_NOT_YEAR_AGO = r"(?!-(?:ago|earlier|century)\b)"


def _first_letters(words: list[str]) -> str:
    """The first letters of some words, as a character class body (for a cheap lookahead)."""
    return "".join(sorted({w[0].lower() for w in words}))


# A rule that can only start with one of a few letters says so in a lookahead: the
# finder tries every rule at every word start, and a failed one-character test is cheap.
_POS_GUARD = rf"(?=[{_first_letters([*POSITION_MODS, 'the'])}])"
_FULL_WEEKDAY = _alt(w for w in WEEKDAYS if len(w) > 4)
_CLOCK_WORDS = _alt(
    w
    for w, n in NUMBER_WORDS.items()
    if 1 <= n <= 20 and " " not in w and w not in ("a", "an", "dozen", "another")
)
_WEEKDAY_GUARD = rf"(?=[{_first_letters(list(WEEKDAYS))}])"
_HOLIDAY_SHIFTS = ["last", "this", "next", "past", "coming", "previous"]
_HOLIDAYS = [*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *RELATIVE_HOLIDAYS]
_HOLIDAY_GUARD = rf"(?=[{_first_letters([*_HOLIDAYS, *_HOLIDAY_SHIFTS])}])"
_HOLIDAY = (
    r"(?P<holiday>"
    + _alt(_HOLIDAYS).replace("'", "['’]?").replace(r"\.", r"\.?")
    + r")(?!\s+(?:island|rising|eggs?|bunny)\b|-)"
)
# "p.m." keeps its last dot; "pm" takes none, a dot after it ends the sentence
_AMPM = r"[ap](?:\.\s?m\b\.?|\s?m\b)"
# An ordinal that is a day, not an adjective ("Friday the fourth decline"): no lower-case
# word after it but a preposition or a conjunction.
_NO_NOUN_AFTER = r"(?!\s+(?!(?:of|at|in|on|and|or|for|to|from)\b)(?-i:[a-z]))"
# "a week or so ago", "the next two years or so": a hedge on the count
_OR_SO = r"(?P<orso>\s+or\s+so\b)?"
_NTH_WEEK = (
    r"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+"
)
# "the current account" or "current events" are not the present moment.
# A number that ends a clock time ("12:30 December 27") or an amount ("$ 12 December
# 27") is no day of the month.
_NOT_AN_AMOUNT = r"(?<!\d[:.])(?<![$£€])(?<![$£€]\s)"
_NOT_CURRENT = r"(?!\s+(?:account|accounts|affairs|events|assets|liabilities|density|flow)\b)"

# (name, pattern, handler), most specific first: the finder tries them in this order
# at each position, so a longer reading ("Sept. 29, 2025") beats its prefix ("Sept. 29").
RULES: tuple[tuple[str, str, Handler], ...] = (
    ("iso-date", r"(?P<year>1\d{3}|20\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-3]\d)", _iso_date),
    # ISO 8601's basic form, as in file names and records: "20161016"
    (
        "iso-compact",
        r"(?P<year>19\d\d|20\d\d)(?P<mon>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d)",
        _iso_date,
    ),
    # Dates with the month's name between dashes or slashes, as in records and file
    # names: "05-Aug-2016", "Sep-23-2020", "2019/aug/01"
    (
        "day-mon-year",
        rf"(?P<day>[0-3]?\d)[-/]{MONTH}[-/](?P<year>1[5-9]\d\d|20\d\d)(?!\d)",
        _full_date,
    ),
    (
        "mon-day-year",
        # (a cheap look ahead: most words are no month before a dash or slash)
        rf"(?=[a-z]{{3,9}}\.?[-/]\d){MONTH}[-/](?P<day>[0-3]?\d)[-/](?P<year>1[5-9]\d\d|20\d\d)(?!\d)",
        _full_date,
    ),
    (
        "year-mon-day",
        rf"(?P<year>1[5-9]\d\d|20\d\d)[-/]{MONTH}[-/](?P<day>[0-3]?\d)(?!\d)",
        _full_date,
    ),
    (
        "numeric-date",
        r"(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d\d)",
        _numeric_date,
    ),
    # A race or lap time: "won in 2:07:21", "clocked 2:03.41" (no clock shows hundredths,
    # or seconds on a one-digit hour, in prose)
    (
        "race-time",
        r"(?<![\d:.])(?:(?P<rh>\d):(?P<rm>[0-5]\d):(?P<rs>[0-5]\d)(?:\.(?P<rf>\d{1,3}))?"
        r"|(?P<mm>[1-5]?\d):(?P<ms>[0-5]\d)\.(?P<mf>\d{1,3}))(?![\d:]|\s*[ap]\.?m\b)",
        _race_time,
    ),
    (
        "clock-range",
        rf"(?=[bf\d])(?:between\s+|from\s+)?(?P<h1>[01]?\d|2[0-3])(?::(?P<m1>[0-5]\d))?\s*(?P<ap1>{_AMPM})?"
        rf"\s*(?:-|–|to|and|until|till)\s*(?P<h2>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<ap2>{_AMPM})",
        _clock_range,
    ),
    (
        "clock-past",
        rf"(?P<mins>half|(?:a\s+)?quarter|[1-5]?\d|{_TENS}(?:[\s-]+{_DIGIT_WORDS})?|{_CLOCK_WORDS})"
        rf"(?:\s+min(?:ute)?s?)?\s+past\s+(?P<h>1[0-2]|0?[1-9]|{_CLOCK_WORDS})(?:\s+o['’]?clock)?"
        r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening))?",
        _clock_past,
    ),
    (
        "clock",
        # "9 a.m. on Monday, May 4": the date decides the day, the weekday only names it;
        # "8:46 a.m. on Sept. 11, 2001" holds its year
        rf"(?:{CLOCK}){TZ}(?:,?\s+(?:on\s+)?(?:(?:{_FULL_WEEKDAY},?\s+)?{MONTH}\.?\s+{DAYNUM}"
        rf"(?:,?\s+{YEAR4}(?!\d|,\d))?"
        rf"|(?:{WEEKDAY}|{_DAYWORD})(?:\s+{PART})?))?",
        _clock,
    ),
    (
        "numeric-month-day",
        rf"(?:{WEEKDAY},?\s+)?(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])(?![/\d])",
        _numeric_month_day,
    ),
    (
        "weekday-day",
        rf"{_WEEKDAY_GUARD}(?P<wd>{_alt(WEEKDAYS)})\.?,?\s+(?:the\s+)?"
        r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)",
        _weekday_day,
    ),
    # "Tuesday the eleventh": the day in words
    (
        "weekday-day-words",
        rf"{_WEEKDAY_GUARD}(?P<wd>{_alt(WEEKDAYS)})\s+the\s+{DAY_ORD}{_NO_NOUN_AFTER}",
        _weekday_day,
    ),
    # "Sept. 29, 2025", and as spoken, "July 4th of 1995"
    (
        "month-day-year",
        rf"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAYNUM}(?:\s*,?\s+|\s+of\s+){YEAR4}",
        _full_date,
    ),
    (
        "day-month-year",
        rf"{_NOT_AN_AMOUNT}(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH}"
        rf"(?:,?\s+|\s+of\s+){YEAR4}",
        _full_date,
    ),
    # "March 20-21" is valued by its first day
    (
        "month-day",
        rf"(?:{WEEKDAY},?\s+)?{MONTH}(?:\s+|/){DAYNUM}"
        r"(?:[-–](?:3[01]|[12]\d|0?[1-9])\b)?(?!\d|:\d)",
        _month_day,
    ),
    # British order, as in "Thursday 21 March"
    # ("the 9th of May" keeps its article, as "the fifth of June" does)
    (
        "day-month",
        rf"{_NOT_AN_AMOUNT}(?:{WEEKDAY},?\s+)?(?:the\s+(?=\d\d?(?:st|nd|rd|th)\s+of\s))?"
        rf"{DAYNUM}\s+(?:of\s+)?{MONTH}",
        _month_day,
    ),
    # The day in words, as spoken: "March eighth", "Sunday, March eighth, 1998", "the
    # second of August"; the word order without "of" ("the second August") is left out,
    # since "the second March rally" counts marches.
    (
        "month-day-words",
        rf"(?:(?:{_SHIFT_WORD}\s+)?{WEEKDAY},?\s+)?{MONTH}\s+(?:the\s+)?{DAY_ORD}"
        rf"(?:,?\s+{YEAR4}|{_NO_NOUN_AFTER})",
        _day_in_words,
    ),
    (
        "day-month-words",
        rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY_ORD}\s+of\s+{MONTH}(?:,?\s+{YEAR4})?",
        _day_in_words,
    ),
    ("month-year", rf"{_POS_PRE}{MONTH}(?:,?\s+(?:of\s+)?|[-/]){YEAR4}", _month_year),
    # "2012-13", "2013/14": a season or fiscal year across two calendar years ("2011-12"
    # in prose is a season far more often than December 2011); also "2015-05", a month
    (
        "year-span",
        r"(?P<year>1[5-9]\d\d|20\d\d)(?:[-–](?P<y2>\d\d)|/(?P<y4>\d\d(?:\d\d)?))(?!\d)",
        _year_span,
    ),
    (
        "holiday",
        rf"{_HOLIDAY_GUARD}"
        rf"(?:(?P<shift>last|this|next|past|coming|previous)\s+)?{_HOLIDAY}"
        rf"(?P<hweek>\s+week(?![\w-]))?(?:,?\s+{YEAR4})?",
        _holiday,
    ),
    # "the year-earlier nine months": a count of the year before, a duration
    ("year-ago-span", rf"(?:the\s+)?year-(?:ago|earlier)\s+{NUM}\s+{UNITS_PL}", _duration),
    (
        "year-ago",
        # "the" belongs to the span only when the adjective heads its own noun phrase
        # ("the year-ago quarter"), not in "the year-ago results".
        rf"(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)\s+(?:(?:{ORD}\s+)?quarter(?!s)|period(?!s))"
        r"|year-(?:ago|earlier)"
        # "the quarter a year ago", "the corresponding period last year"
        r"|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)"
        r"|the\s+(?:same|corresponding|comparable)\s+(?:quarter|period)\s+"
        r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)",
        _year_ago,
    ),
    # "the first half", "the second half of 2024"; "the last half of 1989" (see `_half`)
    ("half", rf"(?:the\s+)?(?P<ord>first|second|last|1st|2nd)(?:\s+|-)half(?:{_OF_YEAR})?", _half),
    (
        "quarter",
        rf"(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?{ORD}\s+(?:fiscal\s+)?quarter(?!s)"
        rf"{_OF_YEAR}?",
        _quarter,
    ),
    ("quarter-adj", rf"(?:fiscal\s+)?{ORD}-quarter{_OF_YEAR}?", _quarter),
    (
        "months-quarter",
        rf"(?:the\s+)?{MONTH}\s*[-–]\s*{MONTH.replace('?P<month>', '?P<month2>')}"
        r"\s+quarter(?![\w-])",
        _months_quarter,
    ),
    # "the last quarter of 1996", "the final quarter of last year": the fourth; alone,
    # "last quarter" is the one before the anchor's and "the final quarter" may be a game's
    (
        "quarter-last",
        rf"(?:the\s+)?(?P<ord>last|final)\s+(?:fiscal\s+)?quarter{_OF_YEAR}",
        _quarter,
    ),
    (
        # "the 1988 second quarter", "last year's fourth quarter", "the 2012 quarter"
        "year-quarter",
        # "fiscal 1990's first quarter", "the year's second quarter" too
        rf"(?:the\s+)?(?:(?:fiscal\s+)?{YEAR4}(?:['’]s)?|(?P<rel>this|last|next)\s+year['’]s|"
        r"(?P<theyear>the\s+year)['’]s)\s+"
        # "the 1988 period" in a report, too: that year's quarter being compared
        rf"(?:(?:fiscal\s+)?{ORD}(?:\s+|-))?(?:(?:fiscal\s+)?quarter|period)(?![\w-])",
        _quarter,
    ),
    (
        "year-half",
        rf"(?:the\s+)?(?:(?:fiscal\s+)?{YEAR4}(?:['’]s)?|(?P<rel>this|last|next)\s+year['’]s|"
        r"(?P<theyear>the\s+year)['’]s)\s+"
        r"(?P<ord>first|second|1st|2nd)(?:\s+|-)half(?![\w-])",
        _half,
    ),
    (
        "latest-quarter",
        r"(?:the\s+)?(?P<latest>latest|most\s+recent|just-ended|recent|current)"
        r"\s+(?:quarter|period)(?!s)|the\s+quarter(?!s|ly|-)",
        _latest_quarter,
    ),
    # "the first week of October", "the last week of 2016": a calendar week in it
    (
        "nth-week-of-month",
        rf"{_NTH_WEEK}(?:{MONTH}(?:,?\s+{YEAR4})?|(?P<mrel>this|last|next)\s+month)(?![\w-])",
        _nth_week_of,
    ),
    ("nth-week-of-year", rf"{_NTH_WEEK}{YEAR4}", _nth_week_of),
    ("quarter-code", rf"Q(?P<qnum>[1-4])(?:\s+{YEAR4})?", _quarter),
    # "2019 Q1", "2019-q3", "2020 H2": a quarter or half written after its year
    ("year-quarter-code", rf"{YEAR4}[-\s]?Q(?P<qnum>[1-4])", _quarter),
    ("year-half-code", rf"{YEAR4}[-\s]?H(?P<hnum>[12])", _half),
    # "the 2012 fiscal year", "the 1996 calendar year": that year
    ("year-fiscal", rf"(?:the\s+)?{YEAR4}\s+(?:fiscal|financial|calendar)\s+year(?![\w-])", _year),
    ("decade", rf"(?:the\s+)?{_POS_PRE}(?P<dec>1[0-9]\d0|20\d0|['’]\d0)s", _decade),
    # "the 80s", "the nineties": "the" is required, "in their forties" is an age
    ("decade-short", rf"the\s+{_POS_PRE}(?P<dec>[2-9]0)s", _decade),
    ("decade-word", rf"the\s+{_POS_PRE}(?P<decw>{_alt(DECADE_WORDS)})", _decade),
    (
        "century",
        rf"(?:the\s+)?{_POS_PRE}(?:{ORD}|(?P<cnum>\d{{1,2}}(?:st|nd|rd|th)))(?:\s+|-)century",
        _century,
    ),
    # a season keeps its article ("the summer", "the early spring", "the winter of 1994")
    (
        "season-year",
        rf"(?:the\s+)?{_POS_PRE}(?:{_SHIFT_WORD}\s+)?{SEASON}\s+(?:of\s+)?{YEAR4}",
        _season,
    ),
    # "the spring of last year", "the summer of next year": that year's season
    (
        "season-of-year",
        rf"(?:the\s+)?{_POS_PRE}{SEASON}\s+of\s+(?P<yshift>last|this|next)\s+year(?![\w'’-])",
        _season,
    ),
    ("season-shift", rf"{_POS_PRE}{_SHIFT_WORD}\s+{SEASON}", _season),
    ("season-pos", rf"(?:the\s+)?{POS_MOD}(?:\s+|-){SEASON}", _season),
    (
        "season-bare",
        r"(?:the\s+)?(?P<season>summer|winter|spring|autumn)(?!\s+(?:of|and)\b)",
        _season,
    ),
    # "in the fall": the season only after a preposition of time (`_plausible`), since "the
    # fall" is as often a drop ("the fall in prices") or a defeat ("the fall of Rome")
    ("season-fall", r"the\s+(?P<season>fall)(?!\s+(?:of|in|and|from|to)\b)(?![\w'’-])", _season),
    # "twice a week", "three times per year", and "twice weekly", "three times daily"
    (
        "set-times",
        # (the count is spelled out, not any word: the rule then has known first letters,
        # which keeps the finder fast)
        rf"(?:once|twice|thrice|(?:\d+|several|many|few|multiple|numerous|{_TENS}|{_CLOCK_WORDS})"
        r"\s+times)\s+"
        rf"(?:(?:a|per|every|each)\s+{UNIT}|(?P<freq>{_alt(FREQUENCY_WORDS)}))",
        _set,
    ),
    (
        "set-every",
        rf"(?:every|each|per)\s+(?:(?P<num>other|few|several|\d+|{_alt(NUMBER_WORDS)})\s+)?"
        rf"{_UNIT_ANY}",
        _set,
    ),
    ("set-weekday", rf"(?:every|each)\s+(?:other\s+)?{WEEKDAY}(?:\s+{PART})?", _set),
    (
        "set-weekdays",
        # "Mondays", "Tuesday nights", "Sundays mornings": every such day (or part of it)
        r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"(?:s|(?=s?\s+(?:morning|afternoon|evening|night)s\b))"
        r"(?:\s+(?P<part>morning|afternoon|evening|night)s)?",
        _set,
    ),
    ("set-month", rf"(?:every|each)\s+(?:{MONTH}|{SEASON})", _set),
    # "every morning", "each night": that part of every day
    (
        "set-day-part",
        r"(?:every|each)\s+(?P<dpart>morning|afternoon|evening|night)(?![\w'’-])",
        _set,
    ),
    ("set-word", rf"(?P<freq>{_alt(FREQUENCY_WORDS)})", _set),
    # "meets everyday" (an adverb); before a noun it means ordinary ("everyday life")
    ("set-everyday", r"everyday(?![\w-]|\s+(?-i:[a-z]))", _set),
    (
        "ago",
        # ("about two years ago", "some 20 years ago": the hedge is part of the span)
        rf"(?:(?:{DUR_MOD}|(?P<about>about|some))\s+)?{_NUM_ANY}(?:\s+|-){_UNIT_ANY}(?P<half>\s+and\s+(?:a\s+)?(?:half|quarter)(?![\w-]|\s+(?:a|an)\b|(?<=quarter)\s+of\b))?{_OR_SO}\s+"
        r"(?P<dir>ago|earlier|from\s+(?:now|today)|hence)",
        _ago,
    ),
    (
        "reference",
        rf"(?P<ref>{_alt(k for k in REFERENCE_WORDS if k not in ('the past', 'one day'))})",
        _reference,
    ),
    (
        "duration",
        rf"(?:{DUR_MOD}\s+)?(?:(?:the\s+)?(?:past|{_VERB_BEFORE}last|next|first|final|coming|"
        r"previous|latest|"
        # ("another two years": one more span of them)
        rf"following|initial|remaining)\s+|another\s+(?=\S+\s)|{_THE_COUNTED})?"
        rf"{_NOT_YEAR_ADJ}{_NOT_DURATION}"
        rf"{_LOW}{_NUM_ANY}{_EXTRA}{_DAY_KIND}(?:\s+|-){_UNIT_ANY}(?P<half>\s+and\s+(?:a\s+)?(?:half|quarter)(?![\w-]|\s+(?:a|an)\b|(?<=quarter)\s+of\b))?{_AND_SMALLER}(?:-long)?"
        rf"{_NOT_AGE}{_NOT_YEAR_AGO}{_OR_SO}",
        _duration,
    ),
    (
        "duration-bare",
        # "the coming weeks" is spanned without "the", "the weeks ahead" with it; "the
        # first days", "the early years" keep their modifier; "the early hours of
        # Saturday" is a part of that day, not a duration
        r"(?:coming\s+|the\s+(?=\w+\s+ahead\b)|the\s+(?:first|early|final)\s+)?"
        r"(?!(?<=early\s)hours\s+of\b)"
        r"(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries)"
        # "weeks or months": one vague span, valued by the first unit
        r"(?:\s+or\s+(?:years|months|weeks|days|hours|minutes|decades|centuries)\b)?"
        rf"(?:\s+ahead\b|-long)?{_NOT_AGE}",
        _duration,
    ),
    (
        "that-unit",
        r"(?:that(?:\s+same)?|the\s+same)\s+(?P<cunit>day|week|month|quarter|year)(?![\w-])"
        # "the same month last year": that unit, a year before
        r"(?P<back>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before)"
        r"|the\s+(?:previous|prior)\s+year|the\s+year\s+before))?",
        _anaphoric_unit,
    ),
    # "(for) a while", "(for) some time": a duration of no stated unit; the finder keeps
    # it only after "for" ("some time ago", "after a while" are no durations)
    ("vague-duration", r"(?:a\s+while|some\s+time)(?!\s+ago\b)", _vague),
    # "a day-long meeting", "a yearlong delay": one unit
    ("duration-long", r"(?P<unit>hour|day|week|month|year|decade)-?long", _duration),
    (
        "past-reference",
        # not before a unit or a count ("the past three summers" counts summers)
        r"(?P<ref>the\s+past)(?!\s+(?:(?:year|month|week|decade|quarter|day|hour)s?|centur(?:y|ies)|"
        rf"several|few|\d|{_CLOCK_WORDS})\b)",
        _reference,
    ),
    (
        "weekend",
        r"(?:(?P<shift>the|this\s+past|the\s+past|this\s+coming|the\s+coming|this|last|next|"
        r"past|coming)\s+)weekend",
        _weekend,
    ),
    (
        "past-unit",
        r"(?:the\s+(?:past|last)\s+|past\s+|the\s+(?:next|coming)\s+(?=decade|century))"
        # "the past day" is one day; "the last day" is more often an ordinal ("of school")
        r"(?P<unit>decade|century|week|month|(?<=past\s)(?:day|hour))(?!s)",
        _duration,
    ),
    # "Tuesday of next week", "Monday last week", "next week on Tuesday", "last week
    # Monday": that weekday in the week named
    (
        "weekday-of-week",
        rf"{WEEKDAY}\s+(?:of\s+(?:the\s+)?)?(?P<shift>next|last|this|previous|following|coming)"
        r"\s+week(?![\w-])",
        _weekday_of_week,
    ),
    (
        "week-weekday",
        rf"(?P<shift>next|last|this|previous)\s+week(?:\s+on|\s*[-–])?\s+{WEEKDAY}(?![\w'’-])",
        _weekday_of_week,
    ),
    (
        "relative-unit",
        rf"{_POS_PRE}(?:(?P<edge>earlier|later|early|late)\s+)?"
        rf"(?P<shift>this\s+past|this|last|next|past|the\s+past|coming|the\s+coming|previous|"
        r"the\s+previous|the\s+prior|prior|the\s+current|current|the\s+following|following|"
        # "the last fiscal year" (but "for the last year" is a span of one)
        r"the\s+last(?=\s+fiscal\b)|the\s+(?:latest|most\s+recent)(?=\s+fiscal\s+year\b))"
        r"\s+(?:calendar\s+(?=year)|fiscal\s+(?=year|quarter))?"
        r"(?P<cunit>week|month|year|quarter|decade|century)",
        _relative_unit,
    ),
    # "earlier in the year", "later in the week": the anchor's unit, its part before or
    # after the anchor
    (
        "edge-in-unit",
        r"(?P<edge>earlier|later)\s+in\s+the\s+(?P<cunit>week|month|year)(?![\w-]|\s+of\b)",
        _relative_unit,
    ),
    (
        "pos-unit",
        rf"{_POS_GUARD}{POS_MOD}\s+(?:the\s+)?(?P<cunit>week|month|quarter)(?![\w-])",
        _relative_unit,
    ),
    (
        "week-number",
        rf"week\s+(?P<wnum>5[0-3]|[1-4]\d|0?[1-9])(?:\s+of\s+{YEAR4})?",
        _week_number,
    ),
    (
        "next-day",
        r"the\s+(?P<rel>next|following|previous)\s+"
        r"(?:day|(?P<npart>morning|afternoon|evening|night)(?![\w-]))",
        _next_day,
    ),
    # "the year before", "the month after" closing a clause; "the year before the war"
    # counts from an event, which is no date told
    (
        "unit-before",
        r"the\s+(?P<cunit>year|month|week)\s+(?P<dir>before|earlier|after|later)"
        # (\Z: the finder's span is parsed on its own)
        r"(?=\s*(?:[.,;:!?)\"”’]|''|\Z))",
        _unit_before,
    ),
    ("day-word", rf"{_POS_PRE}{_DAYWORD}(?:\s+{PART})?", _day_word),
    # "this morning", "later this afternoon" (the edge word is part of the span)
    # "early this morning", "late last night": the position is part of the span
    (
        "part-of-day",
        r"(?:(?:earlier|later)\s+|(?P<pos>early|late)\s+)?(?P<shift>this|last)\s+"
        rf"{PART}",
        _part_of_day,
    ),
    (
        "weekday",
        rf"(?:(?P<pos>early|late)\s+)?(?:{_SHIFT_WORD}\s+)?{WEEKDAY}(?:\s+{PART})?",
        _weekday,
    ),
    # "the previous Friday", "the following Monday": counted from the narrative's last
    # day (the finder supplies it); alone, from the anchor.
    (
        "weekday-narrative",
        rf"the\s+(?P<shift>previous|prior|following)\s+{WEEKDAY}(?:\s+{PART})?",
        _weekday,
    ),
    # A month with a day after it is the day ("last Oct. 23" is Oct. 23, found from "Oct.")
    (
        "month",
        rf"{_POS_PRE}(?:{_SHIFT_WORD}\s+)?{MONTH}(?!\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b)"
        rf"(?:\s+{_REL_YEAR})?",
        _month_alone,
    ),
    (
        "year",
        rf"(?:(?P<side>pre|post)-)?{_POS_PRE}"
        rf"(?:(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year)\s+|(?-i:FY)\s?)?{YEAR4}",
        _year,
    ),
    (
        "the-year",
        rf"{_POS_GUARD}{_POS_PRE}the\s+(?:(?:full|current|entire|whole)\s+)?(?:fiscal\s+)?year"
        r"(?![\w-]|\s+(?:ended|ending|that\s+ended)\b)",
        _the_unit,
    ),
    ("week-of", rf"the\s+week\s+of\s+{MONTH}\s+{DAYNUM}(?!\d)", _week_of),
    (
        # "for the week", "the month's gains"; not "the week before" (counted from an event)
        "the-unit",
        r"the\s+(?:(?:full|entire|whole)\s+)?(?P<cunit>week|month)"
        # "the week 31" is week 31 (found from "week"); "the week 3 people left" is not
        r"(?![\w-]|\s+(?:of|before|after|earlier|later|ahead|ago)\b|\s+\d\d?\b(?!\s+(?!of\b)(?-i:[a-z])))",
        _the_unit,
    ),
    ("year-end", r"(?P<yend>year(?:-|\s+|['’]s\s+)end)(?![\w-])", _the_unit),
    # "by end of year", "at start of year": the article left out, as in "end of month"
    (
        "pos-year",
        r"(?P<pos>(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+year(?![\w-]|\s+\d)",
        _the_unit,
    ),
    (
        # "the year ended Sept. 30" is a twelve-month span (P1Y). The handler only sees
        # "the year", so this rule has its own name; \Z keeps it parseable on its own.
        "the-year-ended",
        r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended)\b|\Z)",
        _year_ended,
    ),
    # "late afternoon Friday", "mid-morning Tuesday": that weekday's part ("the morning
    # Sunday paper" takes none)
    (
        "day-part-weekday",
        rf"{_POS_GUARD}{POS_MOD}(?:\s+|-)(?P<part>morning|afternoon|evening)\s+{WEEKDAY}"
        r"(?![\w'’-])",
        _day_part,
    ),
    (
        "day-part",
        rf"{_POS_GUARD}(?:{POS_MOD}(?:\s+|-)(?:the\s+)?|the\s+)(?P<part>morning|afternoon|evening)"
        rf"(?:\s+{_DAYWORD})?",
        _day_part,
    ),
    # "attacked at dawn", "before daybreak", "until dusk": an edge of the day, in the
    # part it falls in (the finder wants a preposition before: "the dawn of an era" is none)
    ("dawn", r"(?P<edge>dawn|daybreak|sunrise|dusk|sunset|nightfall)(?![\w'’-])", _day_edge),
    (
        "day-of-month",
        r"the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[.,;!?)]|$))",
        _day_of_month,
    ),
    # "the 15th of next month", "the 3rd of this month"
    (
        "day-of-rel-month",
        r"the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?P<mrel>this|next|last)"
        r"\s+month(?![\w-])",
        _day_of_month,
    ),
    ("current", rf"current{_NOT_CURRENT}", _present_adjective),
    # "$2 million a year", "24 hours a day": a rate, which only the finder can see (from
    # the amount before it); see CONTEXT_RULES. (The finder now drops such rates, as
    # TempEval-3 leaves them untagged; the rule stays for callers who want the set.)
    ("set-rate", rf"(?:a|an)\s+{UNIT}", _set),
    # "will one day be", "hopes to one day lead": some day ahead, not a day's length
    # ("one day later", "for one day"); the finder tells them apart by the words around
    ("one-day-ahead", r"(?P<ref>one\s+day)", _reference),
)
# Rules the finder does not match on their own: it picks them from the context.
CONTEXT_RULES = frozenset({"set-rate", "one-day-ahead"})

_HANDLERS: dict[str, tuple[str, Handler]] = {
    name: (pattern, handler) for name, pattern, handler in RULES
}


@functools.cache
def _compiled(rule: str) -> re.Pattern[str]:
    """A rule's pattern, compiled when first used (a run served by the cache uses none)."""
    return re.compile(_HANDLERS[rule][0], re.IGNORECASE)


def parse_with_rule(
    rule: str, text: str, anchor: dt.date | None, *, tense: Tense = None, future: bool | None = None
) -> Temporal | None:
    """Parse `text` with one named grammar rule (the finder already knows which rule matched).

    >>> parse_with_rule("month", "late August", dt.date(2025, 9, 3)).value.timex
    '2025-08'
    """
    if future is not None:  # the older boolean form: a parse that knows the verb's tense
        tense = "future" if future else "past"
    m = _compiled(rule).fullmatch(text)
    return _HANDLERS[rule][1](m, _Ctx(anchor, tense)) if m else None


def parse_temporal(
    text: str, anchor: dt.date | None, *, tense: Tense = None, future: bool | None = None
) -> Temporal | None:
    """Parse a whole temporal expression into its TimeML type and value, or None.

    >>> parse_temporal("nearly five days", None).value.timex
    'P5D'
    >>> parse_temporal("last month", dt.date(2025, 8, 27)).value.timex
    '2025-07'
    """
    text = text.strip()
    if future is not None:
        tense = "future" if future else "past"
    for name in _HANDLERS:
        found = parse_with_rule(name, text, anchor, tense=tense)
        if found is not None:
            return found
    return None


def parse_date(
    text: str, anchor: dt.date | None, *, tense: Tense = None, future: bool | None = None
) -> DateValue | None:
    """The `DateValue` of a temporal expression, or None when it is not one.

    >>> parse_date("Sept. 29", dt.date(2025, 10, 2)).timex
    '2025-09-29'
    >>> parse_date("273 prisoners", None) is None
    True
    """
    found = parse_temporal(text, anchor, tense=tense, future=future)
    return found.value if found else None
