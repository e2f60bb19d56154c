"""Context from the parse: measure, event, attribution, keys (needs the trained pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.pipeline import extract_text

pytestmark = pytest.mark.nlp
ANCHOR = dt.date(2024, 3, 14)


def claim_of(text: str, surface: str, anchor: dt.date | None = ANCHOR):
    claims = {c.text: c for c in extract_text(text, anchor)}
    assert surface in claims, sorted(claims)
    return claims[surface]


def test_a_count_measures_the_noun_it_counts_and_names_its_source():
    c = claim_of(
        "More than 300 volunteers have joined the search, according to the Coast Guard.",
        "More than 300",
    )
    assert c.key.measure == ("volunteer",) and c.key.event == "join"
    assert c.attribution == "Coast Guard"


def test_a_percentage_measures_its_of_phrase():
    c = claim_of("About 40% of local farms reported crop losses, the ministry said.", "About 40%")
    assert c.key.measure == ("local", "farm") and c.attribution == "ministry"


def test_a_date_belongs_to_its_verb_and_actor_even_in_the_passive():
    c = claim_of("The treaty was signed by the prime minister on May 2, 2023.", "May 2, 2023")
    assert c.key.event == "sign" and c.key.subjects == ("prime", "minister")
    assert "treaty" in c.key.event_args


def test_an_idiom_names_the_simple_event():
    c = claim_of("At least 12 miners lost their lives in the collapse.", "At least 12")
    assert c.key.event == "die"


def test_the_date_of_a_statement_is_about_its_speaker():
    c = claim_of(
        "In a statement on March 12, the Transport Ministry (TM) said the line would close.",
        "March 12",
    )
    assert c.key.event == "say" and {"transport", "ministry"} <= set(c.key.subjects)


def test_relative_dates_in_a_quote_resolve_against_the_date_it_was_said():
    text = "“The bridge opened today,” the mayor wrote on March 10."
    c = claim_of(text, "today")
    assert c.value.timex == "2024-03-10" and "reported-speech" in c.value.rule


def test_past_tense_verb_sends_a_weekday_back_even_when_the_sentence_mentions_the_future():
    c = claim_of("The council said on Tuesday that the road will reopen in June.", "Tuesday")
    assert c.value.timex == "2024-03-12"


def test_a_caption_age_is_not_a_claim():
    texts = {
        c.text
        for c in extract_text("Farmer Ana Ruiz, 52, walks her field on June 3, 2023.", ANCHOR)
    }
    assert "52" not in texts and "June 3, 2023" in texts
