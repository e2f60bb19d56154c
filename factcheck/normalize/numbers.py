"""Parse the surface string of a figure into a `Quantity` and its `Kind`.

Pure functions: no spaCy, no I/O. The finder (`extract/numbers.py`) decides
where a figure starts and ends; this module decides what it is worth.

Conventions
-----------
* Bounds, never averages: "more than 200" is low=200 (exclusive), high=None;
  "between 10 and 20" is 10..20; "about 4.5 billion" is 4.5e9..4.5e9, approx.
* "nearly", "almost", "close to", "just under": the figure is an upper bound
  that was not reached, so high=value (exclusive), low=None, approx=True.
* Vague plurals ("hundreds", "tens of thousands") are low=2x, high=10x
  (exclusive), approx: "hundreds" is 200..<1000.
* Money is in units of its currency with an ISO 4217 code; sub-units are
  converted ("50 cents" is 0.5 USD, "470 pence" 4.7 GBP). A bare "$" is USD.
* Multipliers ("140 times", "13-fold", "doubled", "twice") are kind RATIO with
  unit "times"; ages ("45-year-old") are kind QUANTITY with unit "years".
* Absurd input never raises and never yields inf/nan: it yields None.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from ..models import Kind, Quantity

# ----------------------------------------------------------------- lexicons


class T(Enum):
    """Token types of the number-word grammar."""

    NUM = "num"  # digits
    UNIT = "unit"  # zero..nine
    TEEN = "teen"  # ten..nineteen
    TENS = "tens"  # twenty..ninety
    HUNDRED = "hundred"
    SCALE = "scale"  # thousand, million, lakh, k, bn ...
    DOZEN = "dozen"
    DENOM = "denom"  # fraction denominators: half, third(s), fifth(s) ...
    ORD = "ord"  # first/second: a denominator only inside "twenty-first"
    A = "a"
    AND = "and"
    POINT = "point"
    MINUS = "minus"
    OF = "of"
    OVER = "over"
    OUT = "out"
    SLASH = "slash"
    BAD = "bad"  # digits with no finite value ("1e309"): never part of a number


UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
# Abbreviated scales, only ever after digits ("10k", "$31m", "3.8bn", "10 bln").
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "g": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12,
}  # fmt: skip
DOZENS = frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"})
# Ordinal words as fraction denominators: value and whether the form is plural.
DENOMINATORS: dict[str, int] = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "millionth": 1_000_000, "billionth": 1_000_000_000, "trillionth": 1_000_000_000_000,
}  # fmt: skip
# "first"/"second" are never fractions alone ("a first class seat", "one second").
COMPOUND_ORDINALS: dict[str, int] = {"first": 1, "second": 2}
FUNCTION_WORDS: dict[str, T] = {
    "a": T.A, "an": T.A, "and": T.AND, "point": T.POINT, "minus": T.MINUS,
    "negative": T.MINUS, "of": T.OF, "over": T.OVER, "out": T.OUT,
}  # fmt: skip

# Qualifier -> how it bounds the figure (see the module docstring).
QUALIFIERS: dict[str, str] = {
    "more than": "low_excl", "over": "low_excl", "above": "low_excl",
    "in excess of": "low_excl", "upwards of": "low_excl", "exceeding": "low_excl",
    "greater than": "low_excl", "just over": "low_excl", "well over": "low_excl",
    # a verb of going past a mark: "gusts topped 160 km/h", "costs exceeded £4 million"
    "topped": "low_excl", "exceeded": "low_excl", "surpassed": "low_excl",
    "at least": "low_incl", "no fewer than": "low_incl", "no less than": "low_incl",
    "a minimum of": "low_incl", "not less than": "low_incl",
    "up to": "high_incl", "at most": "high_incl", "no more than": "high_incl",
    "as many as": "high_incl", "as much as": "high_incl", "a maximum of": "high_incl",
    "not more than": "high_incl",
    "fewer than": "high_excl", "less than": "high_excl", "under": "high_excl",
    "below": "high_excl",
    "nearly": "near", "almost": "near", "close to": "near", "just under": "near",
    "just shy of": "near",
    "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
    "approximately": "approx", "an estimated": "approx", "estimated": "approx",
    "approx.": "approx", "circa": "approx", "an approximate": "approx",
}  # fmt: skip

PERCENT_WORDS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "per-cent": "%", "pct": "%",
    "percents": "%", "percentage": "%",
    "percentage point": "pp", "percentage points": "pp", "pp": "pp",
}  # fmt: skip

# Currency words and codes after a figure -> (ISO 4217, factor to the main unit).
CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "dollar": ("USD", 1), "dollars": ("USD", 1), "us dollar": ("USD", 1),
    "us dollars": ("USD", 1), "u.s. dollars": ("USD", 1), "american dollars": ("USD", 1),
    "canadian dollar": ("CAD", 1), "canadian dollars": ("CAD", 1),
    "australian dollar": ("AUD", 1), "australian dollars": ("AUD", 1),
    "hong kong dollars": ("HKD", 1), "new zealand dollars": ("NZD", 1),
    "singapore dollars": ("SGD", 1), "taiwan dollars": ("TWD", 1),
    "euro": ("EUR", 1), "euros": ("EUR", 1), "pound": ("GBP", 1), "pounds": ("GBP", 1),
    "pounds sterling": ("GBP", 1), "sterling": ("GBP", 1), "yen": ("JPY", 1),
    "japanese yen": ("JPY", 1), "yuan": ("CNY", 1), "chinese yuan": ("CNY", 1),
    "renminbi": ("CNY", 1), "rmb": ("CNY", 1), "rupee": ("INR", 1), "rupees": ("INR", 1),
    "indian rupees": ("INR", 1), "swiss franc": ("CHF", 1), "swiss francs": ("CHF", 1),
    "franc": ("CHF", 1), "francs": ("CHF", 1), "ruble": ("RUB", 1), "rubles": ("RUB", 1),
    "rouble": ("RUB", 1), "roubles": ("RUB", 1), "hryvnia": ("UAH", 1),
    "hryvnias": ("UAH", 1), "hryvnyas": ("UAH", 1), "hryvnya": ("UAH", 1),
    "peso": ("MXN", 1), "pesos": ("MXN", 1), "mexican pesos": ("MXN", 1),
    "pesetas": ("ESP", 1), "finnish markka": ("FIM", 1), "dutch guilders": ("NLG", 1),
    "guilders": ("NLG", 1), "deutsche marks": ("DEM", 1), "lira": ("TRY", 1),
    "liras": ("TRY", 1), "zloty": ("PLN", 1), "zlotys": ("PLN", 1), "shekels": ("ILS", 1),
    "kronor": ("SEK", 1), "kroner": ("NOK", 1), "rand": ("ZAR", 1), "naira": ("NGN", 1),
    "koruna": ("CZK", 1), "korunas": ("CZK", 1), "czech crowns": ("CZK", 1),
    "swedish crowns": ("SEK", 1), "swedish kronor": ("SEK", 1), "danish crowns": ("DKK", 1),
    "danish kroner": ("DKK", 1), "norwegian crowns": ("NOK", 1), "norwegian kroner": ("NOK", 1),
    "icelandic crowns": ("ISK", 1),
    # a crown of no named country: a currency all the same, kept by its name
    "crowns": ("crowns", 1),
    "baht": ("THB", 1), "ringgit": ("MYR", 1), "dirhams": ("AED", 1), "riyals": ("SAR", 1),
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01),
    "元": ("CNY", 1), "₡": ("CRC", 1), "₾": ("GEL", 1), "₭": ("LAK", 1), "ரூ": ("LKR", 1),
}  # fmt: skip
ISO_CODES = frozenset(
    """USD EUR GBP JPY CNY RMB CHF CAD AUD NZD HKD SGD INR RUB UAH PLN SEK NOK DKK CZK HUF
    RON BGN TRY ILS ZAR NGN KES EGP BRL MXN ARS CLP COP KRW TWD THB MYR IDR PHP VND PKR
    BDT AED SAR QAR KWD BYN KZT GEL AMD AZN MDL ISK""".split()
)
# Currency signs before a figure; an optional country prefix picks the dollar.
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR",
    "₩": "KRW", "₪": "ILS", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB",
    "₸": "KZT", "₾": "GEL", "₡": "CRC", "₭": "LAK", "zł": "PLN", "rs": "INR", "rs.": "INR",
    "fr.": "CHF", "chf": "CHF",
}  # fmt: skip
DOLLAR_PREFIXES: dict[str, str] = {
    "us": "USD", "u.s.": "USD", "u.s": "USD", "c": "CAD", "ca": "CAD", "can": "CAD",
    "a": "AUD", "au": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD", "sg": "SGD",
    "nt": "TWD", "r": "BRL", "mex": "MXN", "mx": "MXN", "z": "ZWL",
}  # fmt: skip

# Units of measure after a figure -> canonical unit name.
MEASURE_UNITS: dict[str, str] = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "cm": "cm",
    "mm": "mm", "miles": "mi", "mile": "mi", "feet": "ft", "ft": "ft", "foot": "ft",
    "inches": "in", "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilos": "kg",
    "grams": "g", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "lb": "lb",
    "lbs": "lb", "litres": "l", "liters": "l", "litre": "l", "liter": "l", "ml": "ml",
    "barrels": "barrels", "hectares": "ha", "ha": "ha", "acres": "acres",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "km²": "km2", "square metres": "m2", "square meters": "m2", "mw": "MW", "gw": "GW",
    "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "mph": "mph",
    "km/h": "km/h", "kph": "km/h", "knots": "knots", "°c": "°C", "°f": "°F",
    "degrees celsius": "°C", "degrees centigrade": "°C", "degrees fahrenheit": "°F",
    "degrees": "degrees", "megatons": "Mt", "megatonnes": "Mt",
    "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
    "kilogram": "kg", "kilogramme": "kg", "gram": "g",
    "gigawatts": "GW", "gigawatt": "GW", "megawatts": "MW", "megawatt": "MW",
    "kilowatts": "kW", "kilowatt": "kW", "gigawatt-hours": "GWh", "megawatt-hours": "MWh",
    "terawatt-hours": "TWh", "kilowatt-hours": "kWh",
    **{f"{length} {per} hour": speed for length, speed in (
        ("miles", "mph"), ("kilometres", "km/h"), ("kilometers", "km/h"), ("km", "km/h"))
       for per in ("per", "an")},
    # a meteor's or a rocket's speed: "17 kilometres per second", "19 kilometres a second"
    **{f"{length} {per} second": speed for length, speed in (
        ("kilometres", "km/s"), ("kilometers", "km/s"), ("km", "km/s"),
        ("metres", "m/s"), ("meters", "m/s"), ("miles", "mi/s"))
       for per in ("per", "a")},
    "km/s": "km/s", "m/s": "m/s",
}  # fmt: skip

MULTIPLIER_WORDS: dict[str, float] = {
    "twice": 2, "thrice": 3, "doubled": 2, "doubling": 2, "tripled": 3,
    "trebled": 3, "tripling": 3, "quadrupled": 4, "halved": 0.5, "twofold": 2,
    "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100,
}  # fmt: skip
TIMES_WORDS = frozenset({"times", "fold", "-fold"})
AGE_SUFFIXES: dict[str, str] = {
    "-year-old": "years", "-years-old": "years", "years old": "years",
    "year-old": "years", "-month-old": "months", "months old": "months",
}  # fmt: skip
# "hundreds of", "tens of thousands of": the unit of the vague plural.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
UNICODE_FRACTIONS: dict[str, float] = {
    "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125,
}  # fmt: skip


def alternation(words: Sequence[str]) -> str:
    """A regex alternation of the words, longest first: alternation(["a", "ab"]) == "ab|a"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NUMBER_WORDS: frozenset[str] = frozenset(
    [*UNITS, *TEENS, *TENS, "hundred", *SCALE_WORDS, *DOZENS, *DENOMINATORS]
    + [d + "s" for d in DENOMINATORS if d != "half"]
    + ["halves", "first", "firsts", "second", "seconds"]
)

# Regex fragments shared with the finder.
NUMBER_WORD_RE = alternation(sorted(NUMBER_WORDS))
QUALIFIER_RE = alternation(list(QUALIFIERS))
PERCENT_RE = alternation(list(PERCENT_WORDS))
CURRENCY_WORD_RE = alternation([w for w in CURRENCY_WORDS if w.isascii()])
CURRENCY_GLYPH_RE = alternation([w for w in CURRENCY_WORDS if not w.isascii()])
ISO_RE = alternation(sorted(ISO_CODES))
SIGN_RE = alternation([s for s in CURRENCY_SIGNS if not s[0].isalpha()])
SIGN_WORD_RE = alternation([s for s in CURRENCY_SIGNS if s[0].isalpha()])
DOLLAR_PREFIX_RE = alternation(list(DOLLAR_PREFIXES))
MEASURE_RE = alternation(list(MEASURE_UNITS))
SCALE_ABBR_RE = alternation(list(SCALE_ABBREVIATIONS))
# Single letters are case-sensitive: "5m" is five metres, "$5m" and "5M" five million.
# Temperatures: "38°C", "101 °F"; "38C" glued to its digits only where the text speaks of
# temperature (extract.numbers), since "Flat 12C" is an address.
MEASURE_SUFFIX_RE = (
    rf"(?i:{alternation([u for u in MEASURE_UNITS if len(u) > 2])})|km|cm|mm|m|ha"
    r"|(?i:kg|mw|gw|kw|ft|lb)|[°º][^\S\r\n]?[CF]"
)
GLUED_TEMPERATURE_RE = r"(?<=\d)[CF]"

# ----------------------------------------------------------------- tokens


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a number phrase, with offsets into the phrase."""

    type: T
    value: float
    start: int
    end: int
    plural: bool = False
    decimal: bool = False


_TOKEN = re.compile(
    r"(?P<num>(?:\d{1,3}(?:(?:,\d{3})+|(?:[\u00a0\u2009\u202f ]\d{3})+)(?!\d)(?:\.\d+)?"
    r"|\d+(?:[.,]\d+)?|\.\d+)(?:[eE][+-]?\d+|\^[+-]*\d+)?[½¼¾⅓⅔⅛]?)"
    r"|(?P<vulgar>[½¼¾⅓⅔⅛])"
    r"|(?P<word>[A-Za-z]+\.?)"
    r"|(?P<slash>/)"
    r"|(?P<minus>[-−–—])"
    r"|(?P<space>\s+)"
)


_DIGITS = re.compile(r"(?P<mantissa>[^eE^]+)(?P<power>[eE][+-]?\d+|\^[+-]*\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:(?:,\d{3})+|(?:[\u00a0\u2009\u202f ]\d{3})+)(?:\.\d+)?")


def _digits_value(text: str) -> tuple[float, bool] | None:
    """Value of a digit string and whether it has a fractional part; None if absurd."""
    if text[-1] in UNICODE_FRACTIONS:  # "2½"
        whole = _digits_value(text[:-1])
        return None if whole is None else (whole[0] + UNICODE_FRACTIONS[text[-1]], True)
    match = _DIGITS.fullmatch(text)
    if match is None:
        return None
    mantissa, power = match.group("mantissa"), match.group("power") or ""
    if _GROUPED.fullmatch(mantissa):
        mantissa = re.sub(r"[,\u00a0\u2009\u202f ]", "", mantissa)
    mantissa = mantissa.replace(",", ".")  # "5,00" and "1,3" use a decimal comma
    try:
        value = float(mantissa)
        if power.startswith("^"):
            exponent = float(power.lstrip("^+-"))
            value = value ** (-exponent if power.count("-") % 2 else exponent)
        elif power:
            value = float(mantissa + power)
    except (OverflowError, ValueError, ZeroDivisionError):
        return None
    if not isinstance(value, float) or not math.isfinite(value):
        return None
    return value, value != int(value)


def _word_token(word: str, start: int, end: int) -> Token | None:
    w = word.lower().rstrip(".")
    plural = False
    if w in FUNCTION_WORDS:
        return Token(FUNCTION_WORDS[w], 0, start, end)
    for table, kind in ((UNITS, T.UNIT), (TEENS, T.TEEN), (TENS, T.TENS)):
        if w in table:
            return Token(kind, table[w], start, end)
    if w == "hundred":
        return Token(T.HUNDRED, 100, start, end)
    if w == "g" and word != "G":  # "10G" is ten billion, "10g" ten grams
        return None
    if w in SCALE_WORDS or w in SCALE_ABBREVIATIONS:
        return Token(T.SCALE, SCALE_WORDS.get(w) or SCALE_ABBREVIATIONS[w], start, end)
    if w in DOZENS:
        return Token(T.DOZEN, 12, start, end)
    if w == "halves":
        return Token(T.DENOM, 2, start, end, plural=True)
    if w.endswith("s") and w[:-1] in DENOMINATORS | COMPOUND_ORDINALS:
        w, plural = w[:-1], True
    if w in DENOMINATORS:
        return Token(T.DENOM, DENOMINATORS[w], start, end, plural=plural)
    if w in COMPOUND_ORDINALS:
        return Token(T.ORD, COMPOUND_ORDINALS[w], start, end, plural=plural)
    return None


def tokenize(text: str) -> list[Token] | None:
    """Split a number phrase into grammar tokens, or None if a word is not a number word.

    >>> [t.type.value for t in tokenize("twenty-one million")]
    ['tens', 'unit', 'scale']
    """
    out: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            return None
        pos = match.end()
        kind = match.lastgroup
        if kind == "space":
            continue
        start, end = match.span()
        token: Token | None
        if kind == "num":
            parsed = _digits_value(match.group())
            token = (
                Token(T.BAD, 0, start, end)
                if parsed is None
                else Token(T.NUM, parsed[0], start, end, decimal=parsed[1])
            )
        elif kind == "vulgar":
            token = Token(T.NUM, UNICODE_FRACTIONS[match.group()], start, end, decimal=True)
        elif kind == "slash":
            token = Token(T.SLASH, 0, start, end)
        elif kind == "minus":
            if out:  # a hyphen inside a phrase only joins words ("fifty-two")
                continue
            token = Token(T.MINUS, 0, start, end)
        else:
            token = _word_token(match.group(), start, end)
        if token is None:
            return None
        out.append(token)
    return out


# ----------------------------------------------------------------- grammar

# Which token may follow which parser state in an integer ("three hundred and two").
_STARTS = frozenset({"start", "hundred", "scale", "and"})


def _integer(toks: Sequence[Token]) -> float | None:
    """Value of an integer-like phrase: digits and/or words, scales, "and", dozens."""
    total, cur, low, state, last_scale = 0.0, 0.0, 0.0, "start", math.inf
    for i, t in enumerate(toks):
        nxt = toks[i + 1].type if i + 1 < len(toks) else None
        if t.type is T.NUM and state in ("start", "scale", "and") and not (t.decimal and i):
            cur, low, state = cur + t.value, t.value, "num"
        elif t.type is T.A and state == "start" and nxt in (T.HUNDRED, T.SCALE, T.DOZEN):
            cur, low, state = 1.0, 1.0, "a"
        elif t.type in (T.UNIT, T.TEEN) and (
            state in _STARTS or (state == "tens" and t.type is T.UNIT and t.value > 0)
        ):
            cur, low = cur + t.value, (low + t.value if state == "tens" else t.value)
            state = "unit"
        elif t.type is T.TENS and state in _STARTS:
            cur, low, state = cur + t.value, t.value, "tens"
        elif t.type is T.HUNDRED and (
            state == "num" or (state in ("unit", "tens", "a") and cur < 100)
        ):
            cur, low, state = cur * 100, 0.0, "hundred"
        elif t.type is T.SCALE and state in ("unit", "tens", "num", "a", "hundred", "dozen"):
            if t.value >= last_scale or cur <= 0:
                return None
            total, cur, low, state, last_scale = total + cur * t.value, 0.0, 0.0, "scale", t.value
        elif t.type is T.SCALE and state == "scale" and t.value > last_scale:
            total, last_scale = total * t.value, t.value  # "three lakh crore"
        elif t.type is T.DOZEN and state in ("unit", "tens", "num", "a"):
            cur, low, state = cur - low + low * 12, 0.0, "dozen"
        elif t.type is T.AND and state in ("hundred", "scale", "tens", "dozen") and nxt:
            state = "and"
        else:
            return None
    return None if state in ("start", "and", "a") else total + cur


def _decimal_words(toks: Sequence[Token]) -> str | None:
    """Digits after "point": each word is its digits ("point seventy-one" -> "71")."""
    digits = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.type is T.TENS and i + 1 < len(toks) and toks[i + 1].type is T.UNIT:
            digits += str(int(t.value + toks[i + 1].value))
            i += 2
            continue
        if t.type not in (T.UNIT, T.TEEN, T.TENS):
            return None
        digits += str(int(t.value))
        i += 1
    return digits or None


def _point(toks: Sequence[Token]) -> float | None:
    """ "two hundred point zero three" -> 200.03."""
    at = next(i for i, t in enumerate(toks) if t.type is T.POINT)
    whole = _integer(toks[:at])
    digits = _decimal_words(toks[at + 1 :])
    if whole is None or digits is None:
        return None
    return whole + float("0." + digits)


def _trailing_scale(toks: Sequence[Token]) -> tuple[Sequence[Token], float]:
    """Strip "million" / "of a million" after a fraction: (rest, multiplier)."""
    if len(toks) >= 2 and toks[-1].type is T.SCALE:
        rest = toks[:-1]
        if len(rest) >= 2 and rest[-1].type is T.A and rest[-2].type is T.OF:
            rest = rest[:-2]
        return rest, toks[-1].value
    return toks, 1.0


def _fraction(toks: Sequence[Token], *, proper: bool = False) -> float | None:
    """Word fractions: "two thirds", "a twenty-first", "one hundred thirty fifths"."""
    toks, mult = _trailing_scale(toks)
    if len(toks) < 2 or toks[-1].type not in (T.DENOM, T.ORD):
        return None
    denom, num = toks[-1], list(toks[:-1])
    d = denom.value
    # A units ordinal right after a tens word belongs to it ("one hundred thirty fifths"
    # is 100/35), unless "and" ties the tens word to the numerator.
    if d < 10 and len(num) >= 2 and num[-1].type is T.TENS and num[-2].type is not T.AND:
        d, num = d + num[-1].value, num[:-1]
    elif denom.type is T.ORD:
        return None
    if any(t.type is T.NUM for t in num):
        return None
    n = 1.0 if [t.type for t in num] == [T.A] else _integer(num)
    if n is None or (denom.plural != (n != 1) and d != 2) or (proper and n >= d):
        return None
    return n / d * mult


def _half_prefix(toks: Sequence[Token]) -> float | None:
    """ "half a dozen", "half million", "quarter million" -> 6, 500000, 250000."""
    if not toks or toks[0].type is not T.DENOM or toks[0].value not in (2, 4) or toks[0].plural:
        return None
    rest = [t for t in toks[1:] if t.type is not T.A]
    if len(rest) == 1 and rest[0].type in (T.SCALE, T.DOZEN, T.HUNDRED):
        return rest[0].value / toks[0].value
    return 0.5 if toks[0].value == 2 and not toks[1:] else None


def _and_fraction(toks: Sequence[Token]) -> float | None:
    """ "one hundred and three and two thirds", "one million and a half"."""
    for at in range(len(toks) - 1, 0, -1):
        if toks[at].type is not T.AND:
            continue
        right = toks[at + 1 :]
        frac = _fraction(right, proper=True)
        if frac is None and [t.type for t in right] in ([T.A, T.DENOM], [T.UNIT, T.DENOM]):
            frac = _fraction(right)
        whole = _integer(toks[:at])
        if frac is None or whole is None:
            continue
        own_scale = right[-1].type is T.SCALE
        if not own_scale and toks[at - 1].type is T.SCALE and toks[at - 1].value >= 1000:
            frac *= toks[at - 1].value  # "three million and a half" is 3.5 million
        return whole + frac
    return None


def _ratio(toks: Sequence[Token]) -> float | None:
    """ "one over three", "one out of three", "3/4", "1 4/5"."""
    types = [t.type for t in toks]
    for sep in ((T.OUT, T.OF), (T.OVER,), (T.SLASH,)):
        for at in range(1, len(toks)):
            if tuple(types[at : at + len(sep)]) != sep:
                continue
            left, right = toks[:at], toks[at + len(sep) :]
            whole = 0.0
            if sep == (T.SLASH,) and len(left) == 2 and left[0].type is T.NUM:
                whole, left = left[0].value, left[1:]  # a mixed number "1 4/5"
            a, b = _integer(left), _integer(right)
            if a is None or not b:
                return None
            return whole + a / b
    return None


def parse_number(text: str) -> float | None:
    """The value of a number phrase in digits and/or words, or None.

    Accepts digits with thousands separators, decimals, powers, fractions, scale
    words and abbreviations, number words, "a dozen", "point", "minus".

    >>> parse_number("twenty-one trillion and three hundred")
    21000000000300.0
    >>> parse_number("1,674.5 million"), parse_number("two thirds"), parse_number("3.8bn")
    (1674500000.0, 0.6666666666666666, 3800000000.0)
    """
    toks = tokenize(text)
    if not toks:
        return None
    sign = 1.0
    if toks[0].type is T.MINUS:
        sign, toks = -1.0, toks[1:]
    value = _value(toks)
    if value is None or not math.isfinite(value):
        return None
    # 15 significant digits drop binary noise: 16.4 million is 16400000, not 16399999.99...
    return sign * float(f"{value:.15g}")


def _value(toks: Sequence[Token]) -> float | None:
    types = {t.type for t in toks}
    if not toks or T.MINUS in types or T.BAD in types:
        return None
    if types & {T.OVER, T.OUT, T.SLASH}:
        return _ratio(toks)
    if T.POINT in types:
        return _point(toks)
    for rule in (_and_fraction, _fraction, _half_prefix, _integer):
        value = rule(toks)
        if value is not None:
            return value
    return None


# The most tokens one number can span ("nine hundred and ninety-nine thousand
# nine hundred and ninety-nine" is 12): the longest-prefix search looks no
# further, so a run of a thousand numbers joined by "and" costs linear time.
MAX_NUMBER_TOKENS = 24


def number_chunks(text: str) -> list[tuple[int, int, float]]:
    """Split a run of number tokens into the numbers it holds: (start, end, value).

    The longest parsable prefix is taken first, so "4000 3 hundred and 21" is
    4000 and 321, and "three-nought-four" is 3, 0 and 4.

    >>> number_chunks("4000 3 hundred and 21")
    [(0, 4, 4000.0), (5, 21, 321.0)]
    """
    toks = tokenize(text)
    if toks is None:
        return []
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(toks):
        for j in range(min(len(toks), i + MAX_NUMBER_TOKENS), i, -1):
            if toks[j - 1].type in (T.AND, T.A, T.OF, T.POINT, T.MINUS, T.OVER, T.OUT, T.SLASH):
                continue
            sign = -1.0 if toks[i].type is T.MINUS else 1.0
            value = _value(toks[i + (sign < 0) : j])
            if value is not None and math.isfinite(value):
                out.append((toks[i].start, toks[j - 1].end, sign * value))
                i = j
                break
        else:
            i += 1
    return out


# ----------------------------------------------------------------- figures

_FLAGS = re.IGNORECASE
_QUALIFIER = re.compile(rf"(?P<q>{QUALIFIER_RE})\s+", _FLAGS)
_RANGE_OPEN = re.compile(r"(?P<r>between|from)\s+", _FLAGS)
_RANGE_SEP = re.compile(r"\s*[-–—]\s*|\s+(?:to|and|or)\s+", _FLAGS)
_CURRENCY_PREFIX = re.compile(
    rf"(?:(?P<pre>{DOLLAR_PREFIX_RE})\s?(?=\$))?(?P<sign>{SIGN_RE}|(?:{SIGN_WORD_RE}|{ISO_RE})"
    rf"(?=\s?[\d.]))\s*",
    _FLAGS,
)
_AGE = re.compile(rf"(?:\s*|-)(?P<suf>{alternation(list(AGE_SUFFIXES))})$", _FLAGS)
_PERCENT = re.compile(rf"\s*(?P<suf>{PERCENT_RE})$", _FLAGS)
_CURRENCY_SUFFIX = re.compile(
    rf"(?:\s*|-)(?P<suf>(?:{CURRENCY_WORD_RE}|{ISO_RE})(?![\w])|{CURRENCY_GLYPH_RE})$", _FLAGS
)
_TIMES = re.compile(r"(?:\s*-\s*|\s+)(?P<suf>times|fold)$", _FLAGS)
# Single letters are case-sensitive: "5m" is five metres, "$5m" and "5M" five million.
_MEASURE = re.compile(  # "3 km", "a 3-kilometre zone", "38C"
    rf"(?:\s*|-)(?P<suf>{MEASURE_SUFFIX_RE}|{GLUED_TEMPERATURE_RE})$"
)
_CENTS = re.compile(
    r"(?P<main>.+?)\s+(?P<cur>dollars?|euros?|pounds?)\s+(?:and\s+)?(?P<sub>.+?)"
    r"(?:\s+(?:cents?|pence))?$",
    _FLAGS,
)
_VAGUE = re.compile(
    rf"(?:(?P<outer>tens|hundreds|dozens)\s+of\s+)?(?P<base>{alternation(list(VAGUE_PLURALS))})",
    _FLAGS,
)
_OUTER = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure without qualifier: its kind, value, unit and how it was read."""

    kind: Kind
    value: float
    unit: str | None
    rule: str
    scaled: bool = False


def currency_code(sign: str, prefix: str | None = None) -> str | None:
    """The ISO 4217 code of a currency sign, word or code, or None.

    >>> currency_code("$"), currency_code("$", "HK"), currency_code("euros"), currency_code("UAH")
    ('USD', 'HKD', 'EUR', 'UAH')
    """
    key = sign.lower()
    if key == "$" and prefix:
        return DOLLAR_PREFIXES.get(prefix.lower())
    if key in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[key]
    if key in CURRENCY_WORDS:
        return CURRENCY_WORDS[key][0]
    return sign.upper() if sign.upper() in ISO_CODES else None


def _plain(text: str, kind: Kind, unit: str | None, rule: str, factor: float = 1) -> Figure | None:
    value = parse_number(text)
    if value is None:
        return None
    scaled = bool(re.search(rf"(?i:{alternation(list(SCALE_WORDS))})|\d\s?[a-zA-Z]+$", text))
    return Figure(kind, value * factor, unit, rule, scaled)


def _money_suffix(number: str, suffix: str) -> Figure | None:
    key = suffix.lower()
    if key.upper() in ISO_CODES:
        return _plain(number, Kind.MONEY, "CNY" if key == "rmb" else key.upper(), "money:code")
    code, factor = CURRENCY_WORDS[key]
    if code not in ISO_CODES and not _LIKE_A_SUM.search(number):
        return None  # "won three crowns": titles; "48.6 million crowns", "12,000 crowns": money
    return _plain(number, Kind.MONEY, code, "money:word", factor)


# A number written as a sum of money is: digits, or a scale word ("two million").
_LIKE_A_SUM = re.compile(rf"\d|(?i:\b(?:{alternation(list(SCALE_WORDS))})\b)")


def _dollars_and_cents(text: str) -> Figure | None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents" -> 3.5, 13.45."""
    match = _CENTS.fullmatch(text)
    if match is None:
        return None
    main, sub = parse_number(match.group("main")), parse_number(match.group("sub"))
    if main is None or sub is None or not 0 <= sub < 100:
        return None
    code = CURRENCY_WORDS[match.group("cur").lower()][0]
    return Figure(Kind.MONEY, main + sub / 100, code, "money:main+sub")


def _measure_unit(suffix: str) -> str:
    """The canonical unit of a written one: "kilometres" -> "km", "° C" and "C" -> "°C"."""
    folded = suffix.lower()
    if folded[:1] in ("°", "º"):
        folded = "°" + folded[1:].strip()
    elif folded in ("c", "f"):
        folded = "°" + folded
    return MEASURE_UNITS[folded]


def _suffixed(text: str) -> Figure | None:
    """A figure read from its unit word: percent, currency, multiplier, age, measure."""
    for pattern, kind in (
        (_AGE, Kind.QUANTITY),
        (_PERCENT, Kind.PERCENT),
        (_CURRENCY_SUFFIX, Kind.MONEY),
        (_TIMES, Kind.RATIO),
        (_MEASURE, Kind.QUANTITY),
    ):
        match = pattern.search(text)
        if match is None or match.start() == 0:
            continue
        number, suffix = text[: match.start()], match.group("suf")
        if kind is Kind.MONEY:
            figure = _money_suffix(number, suffix)
        elif kind is Kind.PERCENT:
            figure = _plain(number, kind, PERCENT_WORDS[suffix.lower()], "percent")
        elif kind is Kind.RATIO:
            figure = _plain(number, kind, "times", "multiplier")
        elif pattern is _AGE:
            figure = _plain(number, kind, AGE_SUFFIXES[suffix.lower()], "age")
        else:
            figure = _plain(number, kind, _measure_unit(suffix), "measure")
        if figure is not None:
            return figure
    return None


def parse_single(text: str) -> Figure | None:
    """Read one figure without qualifier or range: "$4.5 billion", "95%", "13-fold".

    >>> parse_single("C$ 1.34")
    Figure(kind=<Kind.MONEY: 'money'>, value=1.34, unit='CAD', rule='money:sign', scaled=False)
    """
    text = text.strip()
    key = text.lower()
    if key in MULTIPLIER_WORDS:
        return Figure(Kind.RATIO, MULTIPLIER_WORDS[key], "times", "multiplier:word")
    prefix = _CURRENCY_PREFIX.match(text)
    if prefix is not None:
        code = currency_code(prefix.group("sign"), prefix.group("pre"))
        rest = text[prefix.end() :]
        return _plain(rest, Kind.MONEY, code, "money:sign") if code and rest else None
    figure = _dollars_and_cents(text) or _suffixed(text)
    return figure or _plain(text, Kind.COUNT, None, "number")


def _vague(text: str) -> Quantity | None:
    """ "hundreds" is 200..<1000, "tens of thousands" 20000..<100000 (approx)."""
    match = _VAGUE.fullmatch(text)
    if match is None:
        return None
    base = VAGUE_PLURALS[match.group("base").lower()]
    base *= _OUTER[match.group("outer").lower()] if match.group("outer") else 1
    return Quantity(
        low=2 * base, high=10 * base, high_inclusive=False, approx=True, rule="vague plural"
    )


def _range(text: str) -> tuple[Figure, Figure] | None:
    """Split "10 to 20 percent" / "$5-7 billion" into two figures sharing unit and scale."""
    for sep in _RANGE_SEP.finditer(text):
        left_text, right_text = text[: sep.start()], text[sep.end() :]
        left, right = parse_single(left_text), parse_single(right_text)
        if left is None or right is None:
            continue
        if left.kind is Kind.COUNT and right.kind is not Kind.COUNT:
            left = Figure(right.kind, left.value, right.unit, left.rule, left.scaled)
        elif right.kind is Kind.COUNT and left.kind is not Kind.COUNT:
            right = Figure(left.kind, right.value, left.unit, right.rule, right.scaled)
        scale = right.value / (parse_number(_strip_units(right_text)) or right.value or 1)
        if right.scaled and not left.scaled and scale > 1 and left.value * scale <= right.value:
            left = Figure(left.kind, left.value * scale, left.unit, left.rule, True)
        if left.value < right.value and left.unit == right.unit:
            return left, right
    return None


def _strip_units(text: str) -> str:
    """The leading bare number of a figure string: "7 billion" -> "7", "7bn" -> "7"."""
    match = re.search(r"\d[\d.,]*|[A-Za-z]+(?:-[A-Za-z]+)?", text)
    return match.group() if match else text


def _bounded(low: Figure, high: Figure, qualifier: str | None, rule: str) -> Quantity:
    bound = QUALIFIERS.get(qualifier.lower(), "") if qualifier else ""
    lo: float | None = low.value
    hi: float | None = high.value
    low_incl = high_incl = True
    approx = bound in ("approx", "near")
    if bound in ("low_excl", "low_incl"):
        hi, low_incl = (hi if low is not high else None), bound == "low_incl"
    elif bound in ("high_excl", "high_incl", "near"):
        lo, high_incl = (lo if low is not high else None), bound == "high_incl"
    if qualifier:
        rule = f"{rule}; qualifier '{qualifier.lower()}' -> {bound}"
    return Quantity(
        low=lo, high=hi, unit=high.unit, approx=approx, low_inclusive=low_incl,
        high_inclusive=high_incl, rule=rule,
    )  # fmt: skip


def parse_figure(text: str) -> tuple[Kind, Quantity] | None:
    """Parse a figure's surface string (qualifier, currency, range, unit) into its value.

    Returns (kind, Quantity) or None when the text is not a figure.

    >>> kind, q = parse_figure("more than 200")
    >>> kind.value, q.low, q.high, q.low_inclusive
    ('count', 200.0, None, False)
    >>> parse_figure("between 10 and 20 percent")[1].low
    10.0
    """
    rest = text.strip()
    qualifier = None
    match = _QUALIFIER.match(rest)
    if match is not None:
        qualifier, rest = match.group("q"), rest[match.end() :]
    vague = _vague(rest)
    if vague is not None:
        return Kind.COUNT, vague
    opener = _RANGE_OPEN.match(rest)
    if opener is None:
        single = parse_single(rest)
        if single is not None:
            return single.kind, _bounded(single, single, qualifier, single.rule)
    pair = _range(rest[opener.end() :] if opener else rest)
    if pair is None:
        if opener is not None and opener.group("r").lower() == "from":
            single = parse_single(rest[opener.end() :])
            if single is not None:
                return single.kind, _bounded(single, single, qualifier, single.rule)
        return None
    low, high = pair
    return high.kind, _bounded(low, high, qualifier, f"range ({high.rule})")
