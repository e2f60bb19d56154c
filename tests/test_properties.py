"""Properties of extraction over random and adversarial text (hypothesis; needs the model)."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest import line_of
from factcheck.models import DateValue, Quantity
from factcheck.pipeline import extract_text
from factcheck.settings import PLAUSIBLE_YEARS

pytestmark = pytest.mark.nlp

# Pieces news text is made of, and the characters that trip up offsets and parsers.
WORDS = st.sampled_from(
    "January February March May August September Sept. Aug. late early mid- "
    "on in since until between and about more than at least up to nearly over "
    "$ € £ % percent million billion bn thousand dozens 1,234 4.5 2024 1987 2025-13-01 "
    "February 30, 31st 10^400 1e309 999,999,999,999 -7 ½ last week yesterday today "
    "said workers people homes the council \u00a0 \u2009 “ ” ‘ ’ — – \n \r\n \r".split(" ")
)
CHARS = st.characters(blacklist_categories=("Cs",))  # any code point a Python str can hold
TEXT = st.one_of(
    st.text(CHARS, max_size=200),
    st.lists(st.one_of(WORDS, st.text(CHARS, max_size=4), st.integers().map(str)), max_size=60).map(
        " ".join
    ),
    st.lists(WORDS, max_size=80).map("".join),
)
# Anchor dates outside PLAUSIBLE_YEARS are refused up front (a ConfigError; see
# test_cli), so the property covers every date the pipeline accepts.
DATES = st.one_of(
    st.none(),
    st.dates(
        min_value=dt.date(PLAUSIBLE_YEARS[0], 1, 1), max_value=dt.date(PLAUSIBLE_YEARS[1], 12, 31)
    ),
)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=TEXT, date=DATES)
def test_extraction_never_raises_and_claims_point_into_the_text(text, date):
    for claim in extract_text(text, date):
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]
        assert claim.line == line_of(text, claim.start)
        value = claim.value
        if isinstance(value, Quantity):
            assert all(b is None or math.isfinite(b) for b in (value.low, value.high)), claim
        elif isinstance(value, DateValue) and value.start is not None and value.end is not None:
            assert value.start <= value.end, claim


@SETTINGS
@given(text=TEXT)
def test_extraction_is_deterministic(text):
    assert extract_text(text) == extract_text(text)
