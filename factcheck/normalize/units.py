"""Units of one dimension, so a figure told in miles meets one told in kilometres.

News gives one distance, weight or capacity in whichever unit its readers use, and
often converts and rounds it ("14 miles" / "22 km", "1.2 gigawatts" / "1,180 MW").
Each canonical unit of `numbers.MEASURE_UNITS` belongs to a dimension with a base
unit; alignment blocks figures by dimension and comparison converts them.

Temperatures are the one affine case: 0 °C is 32 °F. A bare "degrees" names no scale,
so it is read in the scale of the figure it is compared with.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..models import Quantity

# unit -> (the dimension's base unit, base units in one of it)
_LINEAR: dict[str, tuple[str, float]] = {
    "mm": ("m", 1e-3), "cm": ("m", 1e-2), "m": ("m", 1.0), "km": ("m", 1e3),
    "in": ("m", 0.0254), "ft": ("m", 0.3048), "mi": ("m", 1609.344),
    "g": ("kg", 1e-3), "kg": ("kg", 1.0), "t": ("kg", 1e3), "Mt": ("kg", 1e9),
    "lb": ("kg", 0.45359237),
    "ml": ("l", 1e-3), "l": ("l", 1.0),
    "m2": ("m2", 1.0), "ha": ("m2", 1e4), "km2": ("m2", 1e6), "acres": ("m2", 4046.8564224),
    "W": ("W", 1.0), "kW": ("W", 1e3), "MW": ("W", 1e6), "GW": ("W", 1e9),
    "Wh": ("Wh", 1.0), "kWh": ("Wh", 1e3), "MWh": ("Wh", 1e6), "GWh": ("Wh", 1e9),
    "TWh": ("Wh", 1e12),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344), "knots": ("km/h", 1.852),
    "km/s": ("km/h", 3600.0), "m/s": ("km/h", 3.6), "mi/s": ("km/h", 5793.6384),
}  # fmt: skip

TEMPERATURE = "temperature"
UNNAMED_SCALE = "degrees"
_TEMPERATURES = frozenset({"°C", "°F", UNNAMED_SCALE})


def is_physical(unit: str | None) -> bool:
    """Whether the unit measures a physical dimension (a length, a weight, a speed, a
    temperature ...), not money, a share, a multiple or an age."""
    return unit in _LINEAR or unit in _TEMPERATURES


def dimension(unit: str | None) -> str | None:
    """The dimension a unit measures, named by its base unit ("mi" -> "m"); a unit
    outside the table (a currency, "%", "times", "years") is its own dimension."""
    if unit in _TEMPERATURES:
        return TEMPERATURE
    if unit in _LINEAR:
        return _LINEAR[unit][0]
    return unit


def converters(unit_a: str | None, unit_b: str | None) -> list[Callable[[float], float]] | None:
    """The ways a figure in `unit_a` may be read in `unit_b`, or None when the two
    units measure different things. A temperature may be a level or a change ("rose
    by 2.7 °F" is 1.5 °C, not -16 °C), so °F against °C gives both readings."""
    if unit_a == unit_b:
        return [_same]
    if dimension(unit_a) != dimension(unit_b) or unit_a is None or unit_b is None:
        return None
    if dimension(unit_a) == TEMPERATURE:
        if UNNAMED_SCALE in (unit_a, unit_b):
            return [_same]
        if unit_a == "°F":
            return [lambda f: (f - 32.0) * 5.0 / 9.0, lambda f: f * 5.0 / 9.0]
        return [lambda c: c * 9.0 / 5.0 + 32.0, lambda c: c * 9.0 / 5.0]
    factor = _LINEAR[unit_a][1] / _LINEAR[unit_b][1]
    return [lambda x: x * factor]


def _same(x: float) -> float:
    return x


def in_unit(q: Quantity, unit: str | None) -> Quantity | None:
    """`q` read in `unit` (its first reading), None when the units measure different
    things: 3.4 t in kg is 3,400 kg."""
    ways = converters(q.unit, unit)
    if ways is None:
        return None
    convert = ways[0]
    low = None if q.low is None else convert(q.low)
    high = None if q.high is None else convert(q.high)
    return dataclasses.replace(q, low=low, high=high, unit=unit)


def in_base_unit(q: Quantity) -> Quantity:
    """`q` in its dimension's base unit (temperatures in °C), to order and scale
    figures told in different units; a unit outside the table is left as it is."""
    if q.unit in _LINEAR:
        return in_unit(q, _LINEAR[q.unit][0]) or q
    if q.unit == "°F":
        return in_unit(q, "°C") or q
    return q
