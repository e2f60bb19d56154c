"""The learned second opinion: equal values the rules leave open, linked when the model
is confident, and never anything that could raise a conflict."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.align import align
from factcheck.explain import explain_pair
from factcheck.identity import score_pair
from factcheck.models import Report, Verdict
from factcheck.pipeline import run
from factcheck.second_opinion import probability, second_opinion

from .factories import claim, qty

pytestmark = pytest.mark.nlp

TRAMS = "The new tram line will run {a} from Harlow Cross to the airport terminal, the city said on Monday."
# Two lengths in the second article, so neither is its one length (a rule's link).
ROUTE = (
    "Trams on the {b} route to the airport are due to start carrying passengers in May."
    " Stops along it are about 800 metres apart."
)


def run_two(tmp_path: Path, first: str, second: str) -> Report:
    for name, text in (("city.md", first), ("wire.md", second)):
        header = f"---\nsource: {name[:-3]}\ndate: 2026-03-02\n---\n"
        (tmp_path / name).write_text(header + text + "\n", encoding="utf-8")
    return run([tmp_path])


def by_text(report: Report, text: str):
    return next(c for c in report.claims if c.text == text)


def test_one_length_worded_apart_is_grouped_by_the_second_opinion_alone(tmp_path):
    report = run_two(tmp_path, TRAMS.format(a="8.4km"), ROUTE.format(b="8.4-kilometre"))
    a, b = by_text(report, "8.4km"), by_text(report, "8.4-kilometre")
    assert score_pair(a, b) is None  # no rule links them: no shared event or measure word
    cluster = next(k for k in report.clusters if a.id in k.claims)
    assert set(cluster.claims) == {a.id, b.id}
    assert cluster.verdict is Verdict.AGREE
    assert "learned second opinion" in cluster.grouping


def test_explain_names_the_second_opinion(tmp_path):
    report = run_two(tmp_path, TRAMS.format(a="8.4km"), ROUTE.format(b="8.4-kilometre"))
    a, b = by_text(report, "8.4km"), by_text(report, "8.4-kilometre")
    explained = explain_pair(report, a.id, b.id, 75.0)
    assert explained.linkable
    assert "learned second opinion" in explained.reason


def test_two_different_lengths_are_never_linked_by_it(tmp_path):
    # The same sentences with 8.4 km against 9.1 km: the model would score the pair high,
    # but a learned link of two different values would be a conflict no rule stands behind.
    report = run_two(tmp_path, TRAMS.format(a="8.4km"), ROUTE.format(b="9.1-kilometre"))
    a, b = by_text(report, "8.4km"), by_text(report, "9.1-kilometre")
    assert second_opinion(a, b) is None
    assert report.count(Verdict.CONFLICT) == 0


def test_one_number_in_two_unrelated_sentences_stays_two_facts(tmp_path):
    report = run_two(
        tmp_path,
        "The council employs 46 wardens across the borough.",
        "The tram depot opened with 46 new vehicles.",
    )
    a, b = (c for c in report.claims if c.text == "46")
    assert probability(a, b) < 0.5
    assert report.count(Verdict.AGREE) == 0


def test_a_veto_holds_against_it(tmp_path):
    # "not" on one side: whatever the model says, a negated claim is another fact
    report = run_two(
        tmp_path,
        TRAMS.format(a="8.4km"),
        "Trams will not run the 8.4-kilometre route to the airport before May.",
    )
    a, b = by_text(report, "8.4km"), by_text(report, "8.4-kilometre")
    assert a.key.negated != b.key.negated
    assert second_opinion(a, b) is None
    assert report.count(Verdict.AGREE) == 0


def test_a_learned_link_never_joins_a_group_whose_values_it_contradicts():
    # b and c are one fact by a rule (one act, one actor) and conflict; a states b's
    # value in b's words, which only the model links. Joining a to them would put a
    # claim the rules never compared with c into c's conflict.
    route_a = "Trams will run on the 8.4km route to the airport terminal from May."
    route_b = "Trams on the 8.4-kilometre route to the airport terminal start in May."
    route_c = "The city said the 9.1-kilometre route opens in May."
    a = replace(
        claim(qty(8.4, unit="km"), doc="a.md", cid="a", measure=("route",), head="route"),
        sentence=route_a,
    )
    b = replace(
        claim(qty(8.4, unit="km"), doc="b.md", cid="b", event="start", subjects=("tram",)),
        sentence=route_b,
    )
    c = claim(qty(9.1, unit="km"), doc="c.md", cid="c", event="start", subjects=("tram",))
    c = replace(c, key=replace(c.key, measure=("route",), measure_head="route"), sentence=route_c)
    assert second_opinion(a, b) is not None and score_pair(a, b) is None
    assert score_pair(b, c) is not None
    groups = sorted(sorted(x.id for x in g.claims) for g in align([a, b, c]))
    assert groups == [["a"], ["b", "c"]]
