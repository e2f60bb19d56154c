"""Alignment: the same fact is grouped, look-alike facts are not (plain data, no model)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from factcheck.align import align
from factcheck.identity import (
    places_differ,
    qualifiers_differ,
    same_value,
    score_pair,
    subjects_compatible,
    veto_reason,
)
from factcheck.models import Claim, DateValue, Granularity, Kind
from factcheck.pipeline import extract_text

from .factories import claim, day, qty, span

Y1984 = span("1984", "1984-01-01", "1984-12-31", Granularity.YEAR)
Y1987 = span("1987", "1987-01-01", "1987-12-31", Granularity.YEAR)


def groups_of(claims):
    return sorted(sorted(c.id for c in g.claims) for g in align(claims))


def test_same_event_same_day_across_sources_is_one_group():
    a = claim(
        day("2025-08-27"),
        doc="a.md",
        event="say",
        subjects=("ukraine", "foreign", "ministry"),
        cid="a",
    )
    b = claim(
        day("2025-08-27"),
        doc="b.md",
        event="say",
        subjects=("ministry", "foreign", "affairs"),
        cid="b",
    )
    assert groups_of([a, b]) == [["a", "b"]]


def test_look_alike_conventions_with_different_years_are_two_facts():
    european = ("european", "convention", "prevention", "torture")
    un = ("united", "nations", "convention", "torture")
    a = claim(Y1987, doc="a.md", start=10, event="adopt", subjects=european, cid="eu-a")
    b = claim(Y1984, doc="a.md", start=90, event="adopt", subjects=un, cid="un-a")
    c = claim(Y1987, doc="b.md", start=5, event="adopt", subjects=("convention",), cid="eu-b")
    assert groups_of([a, b, c]) == [["eu-a", "eu-b"], ["un-a"]]


def test_different_events_on_one_subject_are_not_grouped():
    approved = claim(
        day("2025-09-17"), doc="a.md", event="approve", subjects=("state", "duma"), cid="a"
    )
    signed = claim(day("2025-09-29"), doc="b.md", event="sign", subjects=("state", "duma"), cid="b")
    assert groups_of([approved, signed]) == [["a"], ["b"]]


def test_same_event_and_subject_with_different_dates_is_grouped_for_a_conflict():
    a = claim(
        day("2025-09-29"),
        doc="a.md",
        event="sign",
        subjects=("president", "putin"),
        args=("law",),
        cid="a",
    )
    b = claim(
        day("2025-09-30"), doc="b.md", event="sign", subjects=("putin",), args=("law",), cid="b"
    )
    assert groups_of([a, b]) == [["a", "b"]]


def test_same_figure_different_populations_are_not_grouped():
    bodies = claim(
        qty(80, unit="%"), doc="a.md", measure=("repatriate", "body"), event="show", cid="a"
    )
    pows = claim(qty(95, unit="%"), doc="b.md", measure=("ukrainian", "pow"), event="face", cid="b")
    assert groups_of([bodies, pows]) == [["a"], ["b"]]


def test_different_people_signing_on_different_dates_are_not_grouped():
    a = claim(
        day("2025-08-25"),
        doc="a.md",
        event="sign",
        subjects=("prime", "minister", "mishustin"),
        cid="a",
    )
    b = claim(day("2025-09-29"), doc="b.md", event="sign", subjects=("president", "putin"), cid="b")
    assert groups_of([a, b]) == [["a"], ["b"]]


def test_counts_of_the_same_measure_with_different_values_are_grouped():
    a = claim(
        qty(200, None, low_inclusive=False, exact=False),
        doc="a.md",
        measure=("ukrainian", "prisoner"),
        event="die",
        cid="a",
    )
    b = claim(
        qty(120, approx=True), doc="b.md", measure=("ukrainian", "prisoner"), event="die", cid="b"
    )
    assert groups_of([a, b]) == [["a", "b"]]


def test_kinds_and_units_never_mix():
    a = claim(qty(95, unit="%"), doc="a.md", measure=("pow",), cid="a")
    b = claim(qty(95), doc="b.md", measure=("pow",), cid="b")
    assert groups_of([a, b]) == [["a"], ["b"]]


def test_every_claim_in_exactly_one_group_whatever_the_order():
    claims = [
        claim(
            day(f"2025-09-{d:02d}"),
            doc=f"{d % 3}.md",
            start=d,
            event=("sign", "say")[d % 2],
            subjects=(("putin",), ("duma",))[d % 2 == 0],
            cid=f"c{d}",
        )
        for d in range(1, 29)
    ]
    reference = groups_of(claims)
    assert sorted(i for g in reference for i in g) == sorted(c.id for c in claims)
    shuffled = claims[:]
    random.Random(7).shuffle(shuffled)
    assert groups_of(shuffled) == reference


def test_subject_identity_is_containment_not_similarity():
    assert subjects_compatible(("convention",), ("european", "convention", "torture")) is True
    assert (
        subjects_compatible(("un", "convention", "torture"), ("european", "convention", "torture"))
        is False
    )
    assert subjects_compatible((), ("putin",)) is None


def test_one_qualifier_on_each_side_tells_two_events_apart() -> None:
    assert qualifiers_differ(("first", "reading"), ("second", "reading"))
    assert qualifiers_differ(("federal", "budget"), ("state", "budget"))
    assert not qualifiers_differ(("law",), ("withdrawal", "law"))
    assert not qualifiers_differ(("decree",), ("resolution",))
    assert not qualifiers_differ((), ("second", "reading"))


def test_different_readings_of_one_bill_are_not_grouped_even_when_dates_differ() -> None:
    first = claim(
        day("2025-06-03"),
        doc="a.md",
        event="pass",
        subjects=("bill",),
        args=("first", "reading"),
        cid="a",
    )
    second = claim(
        day("2025-06-24"),
        doc="b.md",
        event="pass",
        subjects=("bill",),
        args=("second", "reading"),
        cid="b",
    )
    assert groups_of([first, second]) == [["a"], ["b"]]


def test_a_price_per_unit_and_a_total_are_never_one_figure() -> None:
    # "agreed to pay $15 billion" / "will be paid $48 a share": one act, two measures.
    total = claim(qty(15e9, unit="USD"), doc="a.md", event="pay", cid="total")
    price = claim(qty(48, unit="USD"), doc="b.md", event="pay", per="share", cid="price")
    other = claim(qty(50, unit="USD"), doc="c.md", event="pay", per="share", cid="other")
    assert groups_of([total, price, other]) == [["other", "price"], ["total"]]


def test_figures_a_millionfold_apart_are_not_one_figure_misreported() -> None:
    big = claim(qty(15e9, unit="USD"), doc="a.md", event="pay", cid="big")
    small = claim(qty(15e6, unit="USD"), doc="b.md", event="pay", cid="small")
    tiny = claim(qty(48, unit="USD"), doc="c.md", event="pay", cid="tiny")
    # million for billion is a slip of a unit, and a conflict worth showing
    assert groups_of([big, small]) == [["big", "small"]]
    assert groups_of([big, tiny]) == [["big"], ["tiny"]]


FAR_APART = "figures too far apart to be one misreported"


def test_figures_far_apart_are_two_measures_unless_a_digit_slipped() -> None:
    # "schools across the region lodged 38,200 appeals" / "one school lodged 57 appeals"
    def appeals(value, doc, cid):
        return claim(value, doc=doc, event="lodge", measure=("appeal",), head="appeal", cid=cid)

    region, school = appeals(qty(38200), "a.md", "region"), appeals(qty(57), "b.md", "school")
    assert veto_reason(region, school, False, 75.0) == FAR_APART
    assert groups_of([region, school]) == [["region"], ["school"]]
    # a bound counts as its end: "almost 190,000" is far from 12,000
    almost = appeals(qty(None, 190_000, high_inclusive=False, exact=False), "a.md", "almost")
    assert veto_reason(almost, appeals(qty(12_000), "b.md", "x"), False, 75.0) == FAR_APART
    # still one figure told two ways: a zero slipped, within a factor of four, a few
    # counted ("two dead" / "nine dead"), two shares ("5%" / "35%")
    for low, high in ((2_000, 20_000), (4.5e6, 4.5e9), (200, 700), (2, 9)):
        pair = appeals(qty(low), "a.md", "low"), appeals(qty(high), "b.md", "high")
        assert veto_reason(*pair, False, 75.0) is None, (low, high)
        assert groups_of(pair) == [["high", "low"]]
    shares = appeals(qty(5, unit="%"), "a.md", "low"), appeals(qty(35, unit="%"), "b.md", "high")
    assert veto_reason(*shares, False, 75.0) is None


def told(text: str, doc: str) -> list[Claim]:
    """The claims real extraction finds in one sentence of `doc`, with ids "doc:text"."""
    return [dataclasses.replace(c, doc=doc, id=f"{doc}:{c.text}")
            for c in extract_text(text, dt.date(2026, 4, 14))]  # fmt: skip


def test_one_measure_told_in_two_units_is_one_fact() -> None:
    # one bell weighed in kilograms and in tonnes: grouped, and 3.2 t is not 3.4 t
    kilograms = told("The tenor bell weighs 3,200 kilograms.", "a.md")
    tonnes = told("The tenor bell weighs 3.4 tonnes.", "b.md")
    (group,) = align([*kilograms, *tonnes])
    assert len(group.claims) == 2
    # a zero slipped in the digits is a misreport; in the unit, another thing weighed
    shield = told("Its heat shield weighed 40 kilograms.", "a.md")
    capsule = told("The heat shield weighed roughly 4 tonnes.", "b.md")
    assert veto_reason(shield[0], capsule[0], False, 75.0) == FAR_APART
    assert len(align([*shield, *capsule])) == 2


def test_the_one_length_each_article_gives_of_one_thing_is_one_fact() -> None:
    # no verb tells both, but each is its article's only length, of a ship
    aground = told("The 129-metre vessel ran aground off the point.", "a.md")
    reached = told("Salvage crews reached the 139-metre ship on Sunday.", "b.md")
    assert ["a.md:129-metre", "b.md:139-metre"] in groups_of([*aground, *reached])
    # the only length of another thing named: a tug is not the ship
    tug = told("A 40-metre tug reached the stranded ship on Sunday.", "b.md")
    assert ["a.md:129-metre"] in groups_of([*aground, *tug])


def test_the_days_a_strike_began_and_ended_are_two_facts() -> None:
    began = told("Nurses at the hospital began a strike on Monday over pay.", "a.md")
    ended = told("The nurses' strike at the hospital ended on Thursday.", "b.md")
    assert groups_of([*began, *ended]) == [["a.md:Monday"], ["b.md:Thursday"]]
    # the day it began, told by a relative clause, is the strike's date: misdated, it conflicts
    which = told("The nurses' strike, which began on Tuesday, closed two wards.", "b.md")
    assert ["a.md:Monday", "b.md:Tuesday"] in groups_of([*began, *which])


def test_each_articles_one_share_of_a_noun_is_one_fact() -> None:
    # each article's one turnout, told by two verbs: one fact, and 70% is not 66%
    backed = told("The strike was backed by 61% of members on a turnout of 70%.", "a.md")
    turnout = told("A turnout of 66% was recorded in the ballot.", "b.md")
    assert ["a.md:70%", "b.md:66%"] in groups_of([*backed, *turnout])


def test_a_rivals_figure_is_not_the_storys() -> None:
    ours = told("Skyvela will raise its fuel surcharge to €95.", "a.md")
    rival = told("Rival Aerlinea Corsa already levies a €110 surcharge.", "b.md")
    assert veto_reason(ours[0], rival[0], False, 75.0) == "a rival's"


def test_a_count_recorded_of_an_act_meets_a_count_told_by_the_act() -> None:
    # "deaths were recorded" counts dying: not another act than "had died"
    died = told("Health officials said 23 people had died in the heatwave.", "a.md")
    recorded = told("At least 11 heat-related deaths had been recorded.", "b.md")
    assert veto_reason(died[0], recorded[0], False, 75.0) is None
    # a recording verb counts its own noun, not any act: "cases were recorded" is no death
    cases = told("At least 11 heat-related cases had been recorded.", "b.md")
    assert veto_reason(died[0], cases[0], False, 75.0) == "another event"


@pytest.mark.parametrize(
    ("one", "other", "far", "grouped"),
    [
        # each article's one count of midwives, one told with what its act is on, one not
        ("Managers said the 14 midwives who work there would be offered posts.",
         "The unit employs 16 midwives, according to board papers.",
         "The unit employs 32 midwives, according to board papers.", ["a.md:14", "b.md:16"]),
        # the holder named two ways ("the tanker" / "the vessel")
        ("The tanker was carrying 420 barrels of oil when it sank.",
         "Shipping records show the vessel had 380 barrels of oil in its hold.",
         "Shipping records show the vessel had 980 barrels of oil in its hold.",
         ["a.md:420 barrels", "b.md:380 barrels"]),
        # two verbs for one count ("tackled" / "sent")
        ("Some 85 firefighters tackled the heath fire overnight.",
         "Crews sent 92 firefighters to the heath fire.",
         "Crews sent 240 firefighters to the heath fire.", ["a.md:Some 85", "b.md:92"]),
        # two verbs, each with its own object ("crossed the line" / "completed the course")
        ("Of those, 1,712 finishers crossed the line before the cut-off.",
         "Organisers said 1,640 finishers completed the course.",
         "Organisers said 940 finishers completed the course.", ["a.md:1,712", "b.md:1,640"]),
        # each article's only weight, and nothing else shared
        ("The small spacecraft weighs 4.2 kg and carries a camera.",
         "The college's 4.8-kilogram cubesat reached orbit on Monday.",
         "The college's 9.5-kilogram cubesat reached orbit on Monday.",
         ["a.md:4.2 kg", "b.md:4.8-kilogram"]),
    ],
)  # fmt: skip
def test_close_figures_each_article_gives_once_are_one_fact(
    one: str, other: str, far: str, grouped: list[str]
) -> None:
    # within 25% of each other, two articles' only figures of one noun (or dimension)
    # are one figure misreported; further apart, nothing else says they are one
    first = told(one, "a.md")
    assert grouped in groups_of([*first, *told(other, "b.md")])
    assert [grouped[0]] in groups_of([*first, *told(far, "b.md")])


def test_a_death_toll_meets_a_bare_count_of_the_dead() -> None:
    # "the death toll rose to 34" (no event of its own) / "21 people were killed"
    toll = claim(qty(34), doc="a.md", measure=("death", "toll"), head="toll", cid="toll")
    killed = claim(qty(21), doc="b.md", event="die", cid="killed")
    wounded = claim(qty(19), doc="b.md", start=50, event="wound", cid="wounded")
    assert groups_of([toll, killed, wounded]) == [["killed", "toll"], ["wounded"]]


def test_equal_figures_of_one_named_measure_meet_whatever_verb_tells_them() -> None:
    # "came ashore with winds of 185 km/h" / "packing sustained winds of 185 km/h"
    a = claim(
        qty(185, unit="km/h"), doc="a.md", measure=("wind",), head="wind", event="landfall", cid="a"
    )
    b = claim(
        qty(185, unit="km/h"),
        doc="b.md",
        measure=("sustained", "wind"),
        head="wind",
        event="pack",
        cid="b",
    )
    c = claim(
        qty(150, unit="km/h"), doc="c.md", measure=("wind",), head="wind", event="weaken", cid="c"
    )
    # a different value under another verb is another moment, not a conflict
    assert groups_of([a, b, c]) == [["a", "b"], ["c"]]


def test_a_participle_modifier_is_one_word_whichever_lemma_it_got() -> None:
    a = claim(
        qty(185, unit="km/h"), doc="a.md", measure=("sustained", "wind"), head="wind", cid="a"
    )
    b = claim(qty(190, unit="km/h"), doc="b.md", measure=("sustain", "wind"), head="wind", cid="b")
    assert groups_of([a, b]) == [["a", "b"]]


def test_one_day_named_by_two_sources_is_grouped_whatever_verb_dates_it() -> None:
    # "the bus plunged off the road on Saturday, August 16" / "the coach left the road on Aug. 16"
    a = claim(day("2025-08-16"), doc="a.md", event="plunge", cid="a")
    b = claim(day("2025-08-16"), doc="b.md", event="leave", cid="b")
    month = claim(
        span("2025-08", "2025-08-01", "2025-08-31", Granularity.MONTH),
        doc="c.md",
        event="crash",
        cid="month",
    )
    assert groups_of([a, b, month]) == [["a", "b"], ["month"]]


def test_a_shared_act_outweighs_a_shared_day() -> None:
    # North: signed March 4, published March 11. South: published March 4 (a slip).
    signed = claim(day("2025-03-04"), doc="north.md", event="sign", cid="signed")
    published = claim(
        day("2025-03-11"),
        doc="north.md",
        start=40,
        event="publish",
        args=("decree",),
        cid="published",
    )
    slip = claim(day("2025-03-04"), doc="south.md", event="publish", args=("decree",), cid="slip")
    assert groups_of([signed, published, slip]) == [["published", "slip"], ["signed"]]


def test_a_figure_too_precise_to_meet_by_chance_is_one_fact_across_sources() -> None:
    # "the company earned $412 million" / "net profit of 412 million dollars"
    a = claim(qty(412e6, unit="USD"), doc="a.md", event="earn", cid="a")
    b = claim(qty(412e6, unit="USD"), doc="b.md", measure=("net", "profit"), head="profit", cid="b")
    # "8%" in two articles may be anything: no grouping on the value alone
    c = claim(qty(8, unit="%"), doc="a.md", start=40, event="rise", cid="c")
    d = claim(qty(8, unit="%"), doc="b.md", start=40, measure=("sale",), head="sale", cid="d")
    assert groups_of([a, b, c, d]) == [["a", "b"], ["c"], ["d"]]


def test_agreeing_counts_of_one_noun_are_grouped_but_disagreeing_ones_need_an_act() -> None:
    # "about 2,800 nurses walked out" / "the union's 2,814 nurses"
    struck = claim(
        qty(2800, approx=True),
        doc="a.md",
        measure=("nurse",),
        head="nurse",
        event="strike",
        cid="struck",
    )
    members = claim(qty(2814), doc="b.md", measure=("nurse",), head="nurse", cid="members")
    assert groups_of([struck, members]) == [["members", "struck"]]
    # the union's 3,900 nurses may be all its members, not the strikers
    more = claim(qty(3900), doc="c.md", measure=("nurse",), head="nurse", cid="more")
    assert groups_of([struck, more]) == [["more"], ["struck"]]


def test_a_day_given_across_an_archive_is_not_one_fact_by_its_value_alone() -> None:
    # Two sources of one story: grouped. Thirty pages of unrelated stories that all
    # mention Aug. 16 (each with its own verb): a coincidence, left apart.
    events = [f"event{n}" for n in range(30)]
    pair = [claim(day("2025-08-16"), doc=f"{n}.md", event=events[n], cid=f"c{n}") for n in (0, 1)]
    assert groups_of(pair) == [["c0", "c1"]]
    archive = [
        claim(day("2025-08-16"), doc=f"{n}.md", event=e, cid=f"c{n}") for n, e in enumerate(events)
    ]
    assert all(len(group) == 1 for group in groups_of(archive))


def test_a_time_of_day_and_a_date_both_say_when_and_can_conflict() -> None:
    # "Mara made landfall late Thursday" / "Mara made landfall on Wednesday night"
    thursday = claim(day("2025-10-09"), doc="a.md", event="landfall", subjects=("mara",), cid="thu")
    night = span("2025-10-08TNI", "2025-10-08", "2025-10-08", Granularity.DAY)
    wednesday = claim(
        night, doc="b.md", kind=Kind.TIME, event="landfall", subjects=("mara",), cid="wed"
    )
    assert groups_of([thursday, wednesday]) == [["thu", "wed"]]


def test_one_act_on_one_counted_noun_links_half_shared_modifiers() -> None:
    # "412 suspected measles cases were recorded" / "455 suspected cases of the disease
    # were logged": one count, a conflict to show
    a = claim(
        qty(412),
        doc="a.md",
        measure=("suspect", "measle", "case"),
        head="case",
        event="record",
        cid="a",
    )
    b = claim(
        qty(455),
        doc="b.md",
        measure=("suspect", "case", "disease"),
        head="case",
        event="record",
        cid="b",
    )
    # "confirmed" against "suspected" is a qualifier each side has: two counts
    c = claim(
        qty(300), doc="c.md", measure=("confirm", "case"), head="case", event="record", cid="c"
    )
    assert groups_of([a, b, c]) == [["a", "b"], ["c"]]


def test_a_payment_is_one_fact_whichever_side_states_it() -> None:
    # "Norden will pay $38.50 a share" / "shareholders will receive $38.40 a share"
    paid = claim(qty(38.5, unit="USD"), doc="a.md", event="pay", per="share", cid="paid")
    got = claim(qty(38.4, unit="USD"), doc="b.md", event="receive", per="share", cid="got")
    won = claim(qty(38.3, unit="USD"), doc="c.md", event="win", per="share", cid="won")
    assert groups_of([paid, got, won]) == [["got", "paid"], ["won"]]


def test_one_act_by_two_named_actors_is_two_facts() -> None:
    # "Marin collected 46,312 votes" / "Greer received 41,907 votes": same act, same noun
    def votes(n: int, doc: str, actors: tuple[str, ...], cid: str):  # type: ignore[no-untyped-def]
        return claim(
            qty(n), doc=doc, event="receive", measure=("vote",), head="vote", actors=actors, cid=cid
        )

    marin = votes(46312, "a.md", ("marin",), "marin")
    greer = votes(41907, "b.md", ("tomas", "greer"), "greer")
    sofia = votes(48312, "c.md", ("sofia", "marin"), "sofia")
    assert groups_of([marin, greer, sofia]) == [["greer"], ["marin", "sofia"]]


def test_a_possible_figure_never_contradicts_a_stated_one() -> None:
    # "the plant will eliminate 1,146 jobs" / "suppliers could shed another 400 jobs"
    def jobs(n: int, doc: str, hedged: bool, cid: str):  # type: ignore[no-untyped-def]
        return claim(
            qty(n), doc=doc, event="cut", measure=("job",), head="job", hedged=hedged, cid=cid
        )

    stated = jobs(1146, "a.md", False, "stated")
    possible = jobs(400, "b.md", True, "possible")
    other = jobs(1200, "c.md", False, "other")
    assert groups_of([stated, possible, other]) == [["other", "stated"], ["possible"]]
    # the same value, said as possible, still meets the statement
    assert groups_of([stated, jobs(1146, "b.md", True, "same")]) == [["same", "stated"]]


def test_a_sum_that_is_its_act_meets_the_measure_that_names_that_act() -> None:
    # "the program has cost $310 million" / "a total cost of $340 million": one cost, a
    # conflict to show; "the cost of the tunnel" is another thing's cost
    program = claim(
        qty(310e6, unit="USD"),
        doc="a.md",
        event="cost",
        measure=("program",),
        subjects=("program",),
        cid="program",
    )
    total = claim(
        qty(340e6, unit="USD"), doc="b.md", measure=("total", "cost"), head="cost", cid="total"
    )
    tunnel = claim(
        qty(90e6, unit="USD"), doc="c.md", measure=("cost", "tunnel"), head="cost", cid="tunnel"
    )
    assert groups_of([program, total]) == [["program", "total"]]
    assert groups_of([program, tunnel]) == [["program"], ["tunnel"]]


def test_two_named_actors_stay_two_facts_across_kin_events() -> None:
    # "Marin won with 46,312 votes" / "Greer received 41,907 votes": competitors
    won = claim(
        qty(46312),
        doc="a.md",
        event="win",
        measure=("vote",),
        head="vote",
        actors=("marin",),
        cid="won",
    )
    got = claim(
        qty(41907),
        doc="b.md",
        event="receive",
        measure=("vote",),
        head="vote",
        actors=("greer",),
        cid="got",
    )
    assert groups_of([won, got]) == [["got"], ["won"]]


def test_one_party_on_both_sides_of_a_payment_is_two_facts() -> None:
    # "the county spent $12 million" / "the county received $9 million"
    spent = claim(
        qty(12e6, unit="USD"),
        doc="a.md",
        event="pay",
        measure=("county",),
        subjects=("kell", "county"),
        cid="spent",
    )
    got = claim(
        qty(9e6, unit="USD"),
        doc="b.md",
        event="receive",
        measure=("county",),
        subjects=("kell", "county"),
        cid="got",
    )
    assert groups_of([spent, got]) == [["got"], ["spent"]]


def test_one_act_dated_more_finely_by_another_source_is_one_fact() -> None:
    # "sentenced in early December" / "sentenced on Dec. 4": compatible, shown together
    early = span("2025-12", "2025-12-01", "2025-12-10", Granularity.MONTH, approx=True)
    coarse = claim(early, doc="a.md", text="early December", event="sentence", cid="coarse")
    fine = claim(day("2025-12-04"), doc="b.md", text="Dec. 4", event="sentence", cid="fine")
    assert groups_of([coarse, fine]) == [["coarse", "fine"]]
    # "this month" frames a story: many of its acts fall in it
    month = span("2025-12", "2025-12-01", "2025-12-31", Granularity.MONTH)
    frame = claim(month, doc="a.md", text="this month", event="sentence", cid="frame")
    assert groups_of([frame, fine]) == [["fine"], ["frame"]]
    # another act, or the same day told by one source twice, is no such link
    signed = claim(day("2025-12-04"), doc="b.md", text="Dec. 4", event="sign", cid="signed")
    assert groups_of([coarse, signed]) == [["coarse"], ["signed"]]


def test_the_writers_now_is_no_date_of_an_act() -> None:
    # "currently costs £60" / "will cost £96 from April 1": two states of one price
    now = dataclasses.replace(day("2026-02-11"), timex="PRESENT_REF", approx=True)
    current = claim(now, text="currently", event="pay", subjects=("permit",), cid="now")
    starts = claim(day("2026-04-01"), text="April 1", start=40, event="pay",
                   subjects=("permit",), cid="april")  # fmt: skip
    assert groups_of([current, starts]) == [["april"], ["now"]]
    # two sources' "now" say nothing against each other
    also_now = claim(now, doc="b.md", text="now", event="pay", subjects=("permit",), cid="too")
    assert groups_of([current, also_now]) == [["now", "too"]]


def test_one_thing_named_alike_by_two_articles_is_one_figure_even_if_one_tells_no_act() -> None:
    # "the felling contract is worth £265,000" / "the £256,000 felling contract would have
    # been better spent": a conflict, though only one side names an act
    worth = claim(qty(265_000, unit="GBP"), doc="a.md", measure=("felling", "contract"),
                  subjects=("felling", "contract"), cid="worth")  # fmt: skip
    spent = claim(qty(256_000, unit="GBP"), doc="b.md", measure=("felling", "contract"),
                  head="contract", event="pay", cid="spent")  # fmt: skip
    assert groups_of([worth, spent]) == [["spent", "worth"]]
    # "cubic metres" the new plant will make and the old one delivers: two holders
    new = claim(qty(120_000), doc="a.md", measure=("cubic", "metre"), head="metre",
                subjects=("capacity",), cid="new")  # fmt: skip
    old = claim(qty(40_000), doc="b.md", measure=("cubic", "metre"), head="metre",
                event="deliver", subjects=("dock", "street"), cid="old")  # fmt: skip
    assert groups_of([new, old]) == [["new"], ["old"]]


def test_a_time_of_day_without_its_day_says_nothing_of_the_day() -> None:
    # "stood on the summit just after noon" (the article's date only) / "on February 14"
    noon = DateValue(timex="2026-02-16T12:00", start=dt.date(2026, 2, 16), end=dt.date(2026, 2, 16),
                     granularity=Granularity.TIME, rule="clock+anchor",
                     anchor=dt.date(2026, 2, 16))  # fmt: skip
    bare = claim(noon, text="noon", event="stand", subjects=("team",), cid="noon")
    dated = claim(day("2026-02-14"), doc="b.md", text="February 14", event="stand",
                  subjects=("team",), cid="day")  # fmt: skip
    assert groups_of([bare, dated]) == [["day"], ["noon"]]
    # "sees six patients a night between 10pm and 8am" / "78% were seen last month"
    nightly = DateValue(timex="2026-02-16T22:00", start=dt.date(2026, 2, 16),
                        end=dt.date(2026, 2, 16), granularity=Granularity.TIME,
                        rule="clock-range", anchor=dt.date(2026, 2, 16))  # fmt: skip
    hours = claim(nightly, text="between 10pm and 8am", event="see", cid="hours")
    month = claim(day("2026-01-14"), doc="b.md", text="last month", event="see", cid="month")
    # (each the only time its article gives the act: the pair is linked but for the veto)
    once = [dataclasses.replace(c, key=dataclasses.replace(c.key, told_once=True))
            for c in (hours, month)]  # fmt: skip
    assert groups_of(once) == [["hours"], ["month"]]


def test_a_measure_names_its_own_event_not_that_events_kin() -> None:
    # "agreed to sell the mall for £186 million" / "buying it through its £2.1 billion
    # fund": a fund names paying, the kin of buying, and is no price
    price = claim(qty(186e6, unit="GBP"), event="buy", args=("galleria",), cid="price")
    fund = claim(qty(2.1e9, unit="GBP"), doc="b.md", measure=("opportunity", "fund"), head="fund",
                 event="buy", subjects=("norvale",), cid="fund")  # fmt: skip
    assert groups_of([price, fund]) == [["fund"], ["price"]]


def test_a_measure_naming_the_act_must_name_nothing_the_act_is_not_said_of() -> None:
    # "the plan will cost $310 million" / "the cost of the plan is $340 million": one sum
    plan = claim(qty(310e6, unit="USD"), event="cost", subjects=("plan",), cid="plan")
    cost = claim(qty(340e6, unit="USD"), doc="b.md", measure=("cost", "plan"), head="cost",
                 cid="cost")  # fmt: skip
    assert groups_of([plan, cost]) == [["cost", "plan"]]
    # "awarded £7.4 million to the girl" / "lifetime care costs exceeded £4 million"
    award = claim(qty(7.4e6, unit="GBP"), event="pay", args=("girl",), cid="award")
    care = claim(qty(4e6, unit="GBP"), doc="b.md", measure=("lifetime", "care", "cost"),
                 head="cost", cid="care")  # fmt: skip
    assert groups_of([award, care]) == [["award"], ["care"]]


def test_two_ages_are_one_persons_by_name_by_role_or_by_act() -> None:
    def age(n, doc, subjects, act, cid, actors=()):
        return claim(qty(n, unit="years"), doc=doc, kind=Kind.QUANTITY, event="age",
                     measure=("age",), head="age", subjects=subjects, args=act, actors=actors,
                     cid=cid)  # fmt: skip

    # "a 58-year-old guard was struck" / "the van's guard, 61, suffered a head wound"
    guard = age(58, "a.md", ("guard",), ("strike",), "guard")
    vans = age(61, "b.md", ("van", "guard"), ("suffer",), "vans")
    assert groups_of([guard, vans]) == [["guard", "vans"]]
    # "a 71-year-old man died" / "a 45-year-old man was hurt": "man" tells nobody apart
    died = age(71, "a.md", ("man",), ("die",), "died")
    hurt = age(45, "b.md", ("man",), ("injure",), "hurt")
    assert groups_of([died, hurt]) == [["died"], ["hurt"]]
    # "Penhallow, 87," / "his daughter Clarissa Penhallow Vane, 52,": two names
    father = age(87, "a.md", ("penhallow",), ("die",), "father", actors=("penhallow",))
    daughter = age(52, "b.md", ("daughter", "clarissa", "penhallow", "vane"), ("tell",),
                   "daughter", actors=("clarissa", "penhallow", "vane"))  # fmt: skip
    assert groups_of([father, daughter]) == [["daughter"], ["father"]]


def test_each_articles_one_date_of_an_act_links_only_at_one_precision() -> None:
    # two articles each date the closure once: one act, whatever their days
    closed = claim(day("2026-02-21"), doc="a.md", text="Saturday", event="close", cid="sat")
    shut = claim(day("2026-02-22"), doc="b.md", text="Sunday", event="close", cid="sun")
    assert groups_of([c.with_key(told_once=True) for c in (closed, shut)]) == [["sat", "sun"]]
    # "last year" against a day: a year may hold many such acts
    year = span("2025", "2025-01-01", "2025-12-31", Granularity.YEAR)
    yearly = claim(year, doc="b.md", text="last year", event="close", cid="year")
    told = [c.with_key(told_once=True) for c in (closed, yearly)]
    assert groups_of(told) == [["sat"], ["year"]]


def test_a_things_origin_is_one_date_whichever_verb_tells_it() -> None:
    # "the bandstand, built in 1894" / "the bandstand dates from 1896": each article's
    # one date of how it came to be
    def year(y):
        return span(str(y), f"{y}-01-01", f"{y}-12-31", Granularity.YEAR)

    def once(value, doc, event, cid, subjects=()):
        return claim(value, doc=doc, text=value.timex, event=event, subjects=subjects,
                     cid=cid).with_key(told_once=True)  # fmt: skip

    built = once(year(1894), "a.md", "build", "built")
    assert groups_of([built, once(year(1896), "b.md", "date", "dates", ("bandstand",))]) == [
        ["built", "dates"]
    ]
    # two verbs for one act must not be told of two things
    hall = once(year(1887), "a.md", "build", "hall", ("auditorium",))
    damage = once(year(1944), "b.md", "date", "damage", ("damage",))
    assert groups_of([hall, damage]) == [["damage"], ["hall"]]
    # a year the thing it dates from has ("damage dating back to a fire in 1944") is that
    # thing's, not an origin
    [fire] = extract_text("The firm repaired damage dating back to a fire in 1944.")
    [mill] = extract_text("The mill dates back to 1868.")
    assert (fire.key.event, mill.key.event) == (None, "date")
    [formed] = extract_text("The orchestra was formed in 1951.")
    assert formed.key.event == "found"


def test_a_day_told_from_the_articles_date_meets_no_bare_season() -> None:
    # "figures the council published on Tuesday" / "a survey published in the spring"
    def published(value, doc, text, cid):
        return claim(value, doc=doc, text=text, event="release", cid=cid).with_key(told_once=True)

    spring = dataclasses.replace(
        span("2026-SP", "2026-03-01", "2026-05-31", Granularity.SEASON), rule="season"
    )
    tuesday = dataclasses.replace(day("2026-08-04"), rule="weekday+anchor")
    in_spring = published(spring, "b.md", "the spring", "spring")
    assert groups_of([published(tuesday, "a.md", "Tuesday", "day"), in_spring]) == [
        ["day"],
        ["spring"],
    ]
    # a day named by its date still meets it, and a season told with its year
    dated = dataclasses.replace(day("2026-08-04"), rule="month-day+anchor-year")
    assert groups_of([published(dated, "a.md", "August 4", "day"), in_spring]) == [
        ["day", "spring"]
    ]
    of_2026 = published(spring, "b.md", "the spring of 2026", "spring")
    assert groups_of([published(tuesday, "a.md", "Tuesday", "day"), of_2026]) == [["day", "spring"]]


def test_one_side_of_a_vote_is_one_count_whether_told_by_the_outcome_or_the_side() -> None:
    def against(n, doc, event, cid):
        return claim(qty(n), doc=doc, event=event, measure=("against", "vote"), head="vote",
                     cid=cid)  # fmt: skip

    # "approved the plan, with two votes against" / "three councillors opposed it"
    approved = against(2, "a.md", "approve", "approved")
    opposed = against(3, "b.md", "oppose", "opposed")
    assert groups_of([approved, opposed]) == [["approved", "opposed"]]
    # an approval and a rejection are two votes ("rejected it by 12 votes to 11" in 2019)
    rejected = against(11, "b.md", "reject", "rejected")
    assert groups_of([approved, rejected]) == [["approved"], ["rejected"]]


def _years(n: int) -> DateValue:
    return DateValue(timex=f"P{n}Y", start=None, end=None, granularity=None)


def test_one_span_of_time_told_of_the_same_thing_is_one_fact() -> None:
    # "a seven-year mission" / "the probe's seven-year mission"; a five-year contract is another
    a = claim(_years(7), doc="a.md", kind=Kind.DURATION, args=("mission",), cid="a")
    b = claim(_years(7), doc="b.md", kind=Kind.DURATION, args=("mission",), cid="b")
    c = claim(_years(5), doc="b.md", start=40, kind=Kind.DURATION, args=("contract",), cid="c")
    assert same_value(a, b) and not same_value(a, c)
    assert groups_of([a, b, c]) == [["a", "b"], ["c"]]


def test_spans_of_one_thing_that_differ_are_not_linked_on_the_noun_alone() -> None:
    # "a three-year sentence" / "a five-year sentence": two defendants, perhaps
    a = claim(_years(3), doc="a.md", kind=Kind.DURATION, args=("sentence",), cid="a")
    b = claim(_years(5), doc="b.md", kind=Kind.DURATION, args=("sentence",), cid="b")
    assert groups_of([a, b]) == [["a"], ["b"]]


def test_close_figures_each_article_gives_once_meet_whoever_is_said_to_hold_them() -> None:
    # "the chain" and "Brakka" are one holder named two ways; 214 and 240 stores are close
    chain = told("The chain, which operates 214 stores, said prices would fall.", "a.md")
    brakka = told("Brakka, which runs 240 stores, has gained market share.", "b.md")
    assert groups_of([*chain, *brakka]) == [["a.md:214", "b.md:240"]]
    # far apart, they are two holders' counts
    rival = told("Brakka, which runs 400 stores, has gained market share.", "b.md")
    assert groups_of([*chain, *rival]) == [["a.md:214"], ["b.md:400"]]


def test_a_price_tag_is_what_a_thing_costs() -> None:
    tag = told("The agency put the mission's price tag at $0.6 billion.", "a.md")
    cost = told("The mission cost $1.1 billion, the agency said.", "b.md")
    assert groups_of([*tag, *cost]) == [["a.md:$0.6 billion", "b.md:$1.1 billion"]]


def _dates(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind is Kind.DATE]


def test_a_word_for_anyone_does_not_tell_apart_whom_an_act_was_done_to() -> None:
    # each article's one arrest: "two men" and "two suspects" may be the same two
    detained = told("The two men were detained on Wednesday at a house in the city.", "a.md")
    arrested = told("Two suspects were arrested on Tuesday and remain in custody.", "b.md")
    protesters = told("Police arrested two protesters on Monday outside the court.", "c.md")

    assert len(groups_of(_dates([*detained, *arrested]))) == 1
    assert len(groups_of(_dates([*arrested, *protesters]))) == 2


@pytest.mark.parametrize(
    ("one", "other", "together"),
    [
        # each article's one span of a contract: one contract, its length misreported
        ("The eight-year contract will run from April 1 and covers nine routes.",
         "Northsound has secured a seven-year public service contract for the isles.", True),
        # the story's strike and the last one, years ago, are two strikes
        ("Crews will stage a five-day strike at the port.",
         "The last strike at the port, in 2019, lasted two days.", False),
        # two defendants may each get their own sentence
        ("His wife received an 18-month sentence suspended for two years.",
         "The farmer began a 32-month prison sentence on Monday.", False),
    ],
)  # fmt: skip
def test_the_one_span_each_article_gives_of_one_thing_is_one_fact(
    one: str, other: str, together: bool
) -> None:
    spans = [c for c in [*told(one, "a.md"), *told(other, "b.md")] if c.kind is Kind.DURATION]
    grouped = [len(g) for g in groups_of(spans)]
    assert grouped == ([2] if together else [1] * len(spans))


def test_a_second_span_of_one_thing_in_an_article_makes_neither_told_once() -> None:
    # "a five-year contract ... extended to seven years": which is the contract's?
    spans = [c for c in told("The five-year contract was extended to a seven-year contract.",
                              "a.md") if c.kind is Kind.DURATION]  # fmt: skip
    assert len(spans) == 2 and not any(c.key.told_once for c in spans)


def test_the_act_each_article_dates_once_is_one_act() -> None:
    # "the council approved the budget on Tuesday" / "it was approved on March 23"
    once = dict(kind=Kind.DATE, event="approve")
    a = claim(day("2026-03-24"), doc="a.md", subjects=("council",), cid="a", **once)
    b = claim(day("2026-03-23"), doc="b.md", cid="b", **once)
    told = [c.with_key(told_once=True) for c in (a, b)]
    assert groups_of([a, b]) == [["a"], ["b"]]  # without the mark: nothing says it is one act
    assert groups_of(told) == [["a", "b"]]
    linked = score_pair(*told)
    assert linked is not None and "the only value each article gives" in linked.reason


def test_the_one_sum_each_article_gives_links_only_the_same_act() -> None:
    # "ordered to pay $2.4 million" / "the single earned its label $15 million": each the
    # one sum its article gives for its verb, but paying and receiving are one act only
    # when something else says so
    paid = claim(qty(2.4e6, unit="USD"), doc="a.md", event="pay", cid="paid")
    earned = claim(
        qty(15e6, unit="USD"),
        doc="b.md",
        event="receive",
        subjects=("single",),
        args=("label",),
        cid="earned",
    )
    fined = claim(qty(3e6, unit="USD"), doc="c.md", event="pay", cid="fined")
    told = [c.with_key(told_once=True) for c in (paid, earned, fined)]
    assert groups_of(told) == [["earned"], ["fined", "paid"]]


def test_two_nows_are_not_one_value() -> None:
    # "Now the option is gone" / "the bill now goes to the upper house": PRESENT_REF says nothing
    now = DateValue(timex="PRESENT_REF", start=None, end=None, granularity=None, approx=True)
    a = claim(now, doc="a.md", kind=Kind.DATE, event="go", cid="a")
    b = claim(now, doc="b.md", kind=Kind.DATE, event="go", cid="b")
    assert not same_value(a, b)
    assert groups_of([a, b]) == [["a"], ["b"]]


def test_an_actor_named_on_one_side_and_described_on_the_other_may_be_one() -> None:
    # "the Bank of Valdoria cut its rate on Nov. 18" / "the central bank cut it on Nov. 18"
    cut = dict(kind=Kind.DATE, event="cut", args=("policy", "rate"))
    named = claim(day("2026-11-18"), doc="a.md", subjects=("bank", "valdoria"), cid="a", **cut)
    named = named.with_key(actors=("valdoria",))
    described = claim(day("2026-11-18"), doc="b.md", subjects=("central", "bank"), cid="b", **cut)
    assert groups_of([named, described]) == [["a", "b"]]
    # two described actors that differ in a qualifier stay two: the state and the federal bank
    state = claim(day("2026-11-11"), doc="c.md", subjects=("state", "bank"), cid="c", **cut)
    assert groups_of([described, state]) == [["b"], ["c"]]


def test_two_bodies_acting_are_two_acts_but_two_names_for_what_was_done_may_be_one() -> None:
    # "the senate approved it on Tuesday" / "the committee approved it on Monday": two acts
    approve = dict(kind=Kind.DATE, event="approve")
    senate = claim(day("2026-02-03"), doc="a.md", subjects=("senate",), cid="a", **approve)
    committee = claim(day("2026-02-02"), doc="b.md", subjects=("committee",), cid="b", **approve)
    senate, committee = (c.with_key(told_once=True) for c in (senate, committee))
    assert groups_of([senate, committee]) == [["a"], ["b"]]
    # "the smoking ban cleared parliament on February 4" / "the assembly approved it last
    # Tuesday": the ban is what was approved, not a second actor
    ban = claim(day("2026-02-04"), doc="c.md", subjects=("smoking", "ban"), cid="c", **approve)
    assembly = claim(day("2026-02-03"), doc="d.md", subjects=("assembly",), cid="d", **approve)
    ban, assembly = (c.with_key(told_once=True) for c in (ban, assembly))
    assert groups_of([ban, assembly]) == [["c", "d"]]


def test_an_act_many_documents_each_tell_once_is_many_acts() -> None:
    # An archive: twenty pages each dating "an approval" once are twenty approvals.
    def approval(n: int) -> Claim:
        made = claim(
            day(f"2026-05-{n + 1:02d}"),
            doc=f"d{n}.md",
            kind=Kind.DATE,
            event="approve",
            cid=f"c{n}",
        )
        return made.with_key(told_once=True)

    assert groups_of([approval(0), approval(1)]) == [["c0", "c1"]]  # one story: one act
    archive = [approval(n) for n in range(20)]
    assert all(len(g) == 1 for g in groups_of(archive))


def test_an_earlier_occurrence_never_contradicts_the_present_one() -> None:
    # "erupted on Saturday" / "last erupted in 1974" / another source's "last erupted in 1947"
    erupt = dict(kind=Kind.DATE, event="start", subjects=("volcano",))
    now = claim(span("2026-09", "2026-09-01", "2026-09-30", Granularity.MONTH), cid="a", **erupt)
    last = claim(day("1974-06-01"), doc="b.md", cid="b", **erupt)
    other = claim(day("1947-06-01"), doc="c.md", cid="c", **erupt)
    last, other = (c.with_key(earlier=True) for c in (last, other))
    assert groups_of([now, last, other]) == [["a"], ["b", "c"]]


def test_two_things_of_one_actor_that_name_no_measure_are_not_one_figure() -> None:
    # "the company raised $1.2 billion" / "the company is worth about $11 billion"
    raised = claim(
        qty(1.2e9, unit="USD"), measure=("company",), subjects=("company",), event="raise", cid="a"
    )
    worth = claim(
        qty(11e9, unit="USD"), doc="b.md", measure=("company",), subjects=("company",), cid="b"
    )
    assert groups_of([raised, worth]) == [["a"], ["b"]]
    # one side naming what it measures still meets the other: "the mission cost about
    # €620 million" / "the mission's total budget is €618 million"
    cost = claim(
        qty(620e6, unit="EUR"), measure=("mission",), subjects=("mission",), event="pay", cid="c"
    )
    budget = claim(
        qty(618e6, unit="EUR"),
        doc="b.md",
        measure=("mission", "budget"),
        subjects=("mission", "total", "budget"),
        cid="d",
    )
    assert groups_of([cost, budget]) == [["c", "d"]]


def test_a_place_and_its_initials_are_one_place() -> None:
    assert not places_differ(("imf",), ("international", "monetary", "fund"))
    assert not places_differ(("international", "monetary", "fund"), ("imf",))
    assert places_differ(("imf",), ("world", "bank"))


def test_a_part_of_a_group_never_contradicts_the_whole() -> None:
    # "killing four and injuring 11 others" / "six of the injured were flown to hospital"
    whole = claim(qty(11), doc="a.md", event="injure", cid="a")
    part = claim(qty(6), doc="b.md", event="injure", measure=("injure",), head="injure", cid="b")
    part = part.with_key(part=True)
    assert groups_of([whole, part]) == [["a"], ["b"]]
    # a part of another group ("dozens of the 312 on board") is still the count it gives
    aboard = claim(qty(47), doc="c.md", event="injure", measure=("people",), head="people", cid="c")
    assert veto_reason(whole, aboard.with_key(part=True), False, 75.0) != "a part against the whole"


def test_two_parts_of_one_group_named_by_different_acts_are_two_facts() -> None:
    # "158 of the outstanding cases involve deaths in custody" / "more than 400 of those
    # cases have been open for a year"
    custody = claim(qty(158), doc="a.md", event="involve", measure=("case",), head="case")
    open_long = claim(qty(400), doc="b.md", measure=("case",), head="case")
    custody, open_long = custody.with_key(part=True), open_long.with_key(part=True)
    assert veto_reason(custody, open_long, False, 75.0) == "two parts"
    assert veto_reason(custody, open_long.with_key(part=False), False, 75.0) != "two parts"


def test_one_article_naming_two_things_of_a_kind_does_not_contradict_itself() -> None:
    # "the 7,412-metre peak" ... "Vask Tor, a 7,160-metre peak": two peaks of one article;
    # across two articles the same bare measure is one fact
    def peak(metres: int, doc: str, start: int, cid: str) -> Claim:
        made = claim(qty(metres, unit="m"), doc=doc, start=start, measure=("peak",), head="peak")
        return dataclasses.replace(made, id=cid, sentence=f"sentence {cid}")

    first, second = peak(7412, "a.md", 0, "first"), peak(7160, "a.md", 90, "second")
    other = peak(7400, "b.md", 0, "other")
    assert groups_of([first, second]) == [["first"], ["second"]]
    assert groups_of([first, other]) == [["first", "other"]]
    # one article naming the holder both times does contradict itself
    held = [c.with_key(subjects=("harrowvane",)) for c in (first, second)]
    assert groups_of(held) == [["first", "second"]]


def test_a_start_by_an_actor_is_the_start_of_what_it_started() -> None:
    # "Nordrun began commercial operation on September 10" / "work on the site began in
    # the spring of 2022": each article's one start, but of two things
    once = dict(kind=Kind.DATE, event="start")
    began = claim(
        day("2026-09-10"),
        doc="a.md",
        subjects=("nordrun", "plant"),
        actors=("nordrun",),
        args=("commercial", "operation"),
        cid="began",
        **once,
    )
    work = claim(day("2022-04-01"), doc="b.md", subjects=("work", "site"), cid="work", **once)
    operation = claim(day("2026-09-11"), doc="c.md", subjects=("operation",), cid="op", **once)
    told = [c.with_key(told_once=True) for c in (began, work, operation)]
    assert groups_of(told) == [["began", "op"], ["work"]]


def test_a_noun_named_alike_in_several_words_is_one_count_whatever_verb_tells_it() -> None:
    def count(n, doc, event, measure, head, cid):
        return claim(qty(n), doc=doc, event=event, measure=measure, head=head, cid=cid)

    # "3,380 rights deals were agreed" / "2,900 rights deals signed": two verbs, one count
    deals = ("right", "deal")
    agreed, signed = (
        count(3380, "a.md", "agree", deals, "deal", "a"),
        count(2900, "b.md", "sign", deals, "deal", "s"),
    )
    assert groups_of([agreed, signed]) == [["a", "s"]]
    # one word in common is not enough: "3,380 deals agreed" / "2,900 deals signed"
    plain = [count(3380, "a.md", "agree", ("deal",), "deal", "a"),
             count(2900, "b.md", "sign", ("deal",), "deal", "s")]  # fmt: skip
    assert groups_of(plain) == [["a"], ["s"]]
    # nor two steps of one process: "40 council homes approved" / "25 council homes built"
    homes = ("council", "home")
    approved, built = (
        count(40, "a.md", "approve", homes, "home", "a"),
        count(25, "b.md", "build", homes, "home", "b"),
    )
    assert groups_of([approved, built]) == [["a"], ["b"]]
    # nor words that name no counted noun: "cut by 28 per cent" / "raised by 5 per cent"
    cut, raised = (
        count(28, "a.md", "cut", ("per", "cent"), None, "c"),
        count(5, "b.md", "raise", ("per", "cent"), None, "r"),
    )
    assert groups_of([cut, raised]) == [["c"], ["r"]]


def test_each_articles_one_count_of_a_noun_is_one_fact_whatever_verb_tells_it() -> None:
    def count(n, doc, event, cid, args=(), approx=False):
        made = claim(qty(n, approx=approx), doc=doc, event=event, measure=("complaint",),
                     head="complaint", args=args, cid=cid)  # fmt: skip
        return made.with_key(counted_once=True)

    # "received 2,300 complaints" / "2,100 complaints were logged": one count, two verbs
    received, logged = count(2300, "a.md", "receive", "got"), count(2100, "b.md", "record", "log")
    assert groups_of([received, logged]) == [["got", "log"]]
    # without the mark (each article counting complaints more than once) the verbs decide
    assert groups_of([received.with_key(counted_once=False), logged]) == [["got"], ["log"]]
    # two sides of a vote count two groups: "nine deputies abstained" / "three voted for"
    deputies = [
        claim(qty(n), doc=doc, event=event, measure=("deputy",), head="deputy", cid=cid).with_key(
            counted_once=True
        )
        for n, doc, event, cid in ((9, "a.md", "abstain", "ab"), (3, "b.md", "approve", "for"))
    ]
    assert groups_of(deputies) == [["ab"], ["for"]]
    # two steps of a process count two things: "sought" / "upheld"
    sought, upheld = count(2300, "a.md", "seek", "s"), count(400, "b.md", "approve", "u")
    assert groups_of([sought, upheld]) == [["s"], ["u"]]
    # a verb with a thing of its own: "households lodged objections" / "were affected"
    lodged = count(40, "a.md", "lodge", "lodge", args=("objection",))
    assert groups_of([lodged, count(312, "b.md", "affect", "hit")]) == [["hit"], ["lodge"]]
    # ... unless both verbs act on the same thing: "lodged objections" / "filed objections"
    filed = count(52, "b.md", "file", "file", args=("objection",))
    assert groups_of([lodged, filed]) == [["file", "lodge"]]
    # a rough figure told by no verb ("about 1,500 complaints") may be any of the story's;
    # an exact one ("the report lists 2,100 complaints") is the article's one count
    rough = count(1500, "b.md", None, "bare", approx=True)
    assert groups_of([received, rough]) == [["bare"], ["got"]]
    assert groups_of([received, count(2100, "b.md", None, "bare")]) == [["bare", "got"]]


def test_a_change_and_a_share_of_one_measure_are_two_facts() -> None:
    # "food sales rose 3.2%" / "some 29 per cent of sales were made online"
    rose = claim(qty(3.2, unit="%"), doc="a.md", measure=("food", "sale"), head="sale", cid="up")
    online = claim(qty(29, unit="%"), doc="b.md", measure=("sale",), head="sale", cid="web")
    assert groups_of([rose.with_key(change=True), online]) == [["up"], ["web"]]
    assert groups_of([rose.with_key(change=True), online.with_key(change=True)]) == [["up", "web"]]


def test_an_act_on_a_separate_thing_is_not_the_storys() -> None:
    # "the board fined a separate group of suppliers in 2019" / "fined four drugmakers
    # on Tuesday"; but "signed a separate decree on July 9" / "signed the decree on July 9"
    def dated(value, doc, args, cid):
        return claim(day(value), doc=doc, event="fine", subjects=("board",), args=args, cid=cid)

    old = dated("2019-06-01", "a.md", ("separate", "group", "supplier"), "old")
    new = dated("2026-05-19", "b.md", ("drugmaker",), "new")
    assert groups_of([old, new]) == [["new"], ["old"]]
    decree = dated("2026-07-09", "a.md", ("separate", "decree"), "sep")
    same = dated("2026-07-09", "b.md", ("decree",), "same")
    assert groups_of([decree, same]) == [["same", "sep"]]


def test_what_some_of_a_group_get_is_not_what_the_group_gets() -> None:
    # "some customers will receive more than £400" / "customers would receive about £130"
    some = claim(qty(400, unit="GBP"), doc="a.md", event="receive", subjects=("customer",),
                 measure=("customer",), cid="some")  # fmt: skip
    each = claim(qty(130, unit="GBP"), doc="b.md", event="receive", subjects=("customer",),
                 measure=("customer",), cid="each")  # fmt: skip
    assert groups_of([some, each]) == [["each", "some"]]  # without the mark: one sum
    assert groups_of([some.with_key(part=True), each]) == [["each"], ["some"]]


def test_a_fine_is_one_act_whether_fined_imposed_or_paid() -> None:
    # "fined Corvelle £9.8 million" / "imposed a £8.9 million penalty"
    fined = claim(qty(9.8e6, unit="GBP"), doc="a.md", event="fine", measure=("fine",),
                  head="fine", cid="fined")  # fmt: skip
    imposed = claim(qty(8.9e6, unit="GBP"), doc="b.md", event="impose", measure=("fine",),
                    head="fine", cid="imposed")  # fmt: skip
    assert groups_of([fined, imposed]) == [["fined", "imposed"]]
    # "the city will charge visitors €3" / "visitors will pay €3"
    charged = claim(qty(3, unit="EUR"), doc="a.md", event="charge", cid="charge")
    paid = claim(qty(3, unit="EUR"), doc="b.md", event="pay", cid="pay")
    assert groups_of([c.with_key(told_once=True) for c in (charged, paid)]) == [["charge", "pay"]]


def test_a_kind_of_what_a_fleet_counts_is_not_the_fleet() -> None:
    # "almost 50 zero-emission buses" / "a total fleet of 180 buses"
    kind = claim(qty(50), doc="a.md", measure=("emission", "bus"), head="bus", cid="kind")
    fleet = claim(qty(180), doc="b.md", measure=("bus",), head="bus", subjects=("fleet",),
                  cid="fleet")  # fmt: skip
    assert groups_of([kind, fleet]) == [["fleet"], ["kind"]]
    # without the whole: "14 average-speed cameras" / "16 cameras" is one count
    plain = claim(qty(180), doc="b.md", measure=("bus",), head="bus", cid="plain")
    assert groups_of([kind, plain]) == [["kind", "plain"]]


def test_a_year_naming_an_edition_of_a_yearly_event_is_not_its_date() -> None:
    # "this year's race was won by ..." / "the zone will be widened for next year's race"
    def edition(value, doc, text, sentence, cid):
        year = span(value, f"{value}-01-01", f"{value}-12-31", Granularity.YEAR)
        made = claim(year, doc=doc, text=text, event="race", cid=cid)
        return dataclasses.replace(made, sentence=sentence).with_key(told_once=True)

    this = edition("2026", "a.md", "this year", "The first yacht home in this year's race.", "t")
    nxt = edition("2027", "b.md", "next year", "It will be widened for next year's race.", "n")
    assert groups_of([this, nxt]) == [["n"], ["t"]]
    # years told as when, on both sides: one race, at two dates
    held = edition("2027", "b.md", "next year", "The race will be held next year.", "h")
    ran = edition("2026", "a.md", "this year", "The race was held this year.", "r")
    assert groups_of([ran, held]) == [["h", "r"]]


def test_an_outside_level_is_not_the_level_itself() -> None:
    # "outside temperatures reached 38C" / "temperatures inside one data hall reached 45C"
    outside = claim(qty(38, unit="C"), doc="a.md", measure=("outside", "temperature"),
                    head="temperature", cid="out")  # fmt: skip
    inside = claim(qty(45, unit="C"), doc="b.md", measure=("temperature",), head="temperature",
                   cid="in")  # fmt: skip
    assert groups_of([outside, inside]) == [["in"], ["out"]]


def test_a_fine_and_its_payment_are_one_sum_but_two_dates() -> None:
    # "last year the authority fined it €450,000" / "she paid €1,140 in 2024"
    fined = claim(day("2025-06-01"), doc="a.md", event="fine", cid="fined")
    paid = claim(day("2024-03-01"), doc="b.md", event="pay", cid="paid")
    assert groups_of([c.with_key(told_once=True) for c in (fined, paid)]) == [["fined"], ["paid"]]
    # a fee is paid when it is charged: "charged since March 2019" / "paid from April 2019"
    charged = claim(day("2019-03-01"), doc="a.md", event="charge", cid="charged")
    paying = claim(day("2019-04-01"), doc="b.md", event="pay", cid="paying")
    told = [c.with_key(told_once=True) for c in (charged, paying)]
    assert groups_of(told) == [["charged", "paying"]]


def test_owing_and_repaying_are_two_steps() -> None:
    # "found to owe €386,000 to 1,150 employees" / "ordered to repay about 9,400 workers"
    owed = claim(qty(1150), doc="a.md", event="owe", measure=("worker",), head="worker", cid="o")
    repaid = claim(qty(9400), doc="b.md", event="repay", measure=("worker",), head="worker",
                   cid="r")  # fmt: skip
    counted = [c.with_key(counted_once=True) for c in (owed, repaid)]
    assert groups_of(counted) == [["o"], ["r"]]


def test_two_tallies_over_two_windows_in_one_article_are_two_facts() -> None:
    text = (
        "More than 1,300 people have come ashore from the night of 19 September. "
        "Council figures show 17,850 people have come ashore since January."
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2025, 9, 23))}
    windows = claims["19 September"], claims["January"]
    assert veto_reason(*windows, False, 75.0) == "two tallies' windows in one article"
    # a date that opens no count is no window: the act may be told twice
    plain = {
        c.text: c
        for c in extract_text("The law took effect in January. It has applied since March.")
    }
    assert veto_reason(plain["January"], plain["March"], False, 75.0) != (
        "two tallies' windows in one article"
    )


def test_a_plan_and_a_past_act_of_one_kind_in_one_article_are_two_facts() -> None:
    text = "The bank will close 37 branches next year, it said on Monday. It shut 22 in 2023."
    claims = {c.text: c for c in extract_text(text, dt.date(2025, 6, 3))}
    reason = "a plan against a past act in one article"
    assert veto_reason(claims["next year"], claims["2023"], False, 75.0) == reason
    # a date in the past against another in the past is no plan
    past = {
        c.text: c
        for c in extract_text("It shut 22 branches last year, and 30 in 2023.", dt.date(2025, 6, 3))
    }
    assert veto_reason(past["last year"], past["2023"], False, 75.0) != reason


def test_a_plan_told_in_one_article_and_an_act_long_before_in_another_are_two_facts() -> None:
    def date_in(text: str, surface: str, doc: str) -> Claim:
        claims = extract_text(text, dt.date(2026, 1, 20), doc_id=doc)
        return next(c for c in claims if c.text == surface)

    plan = date_in("The maker will raise its prices by 12% on February 1.", "February 1", "a")
    earlier = date_in("The maker raised prices by 8% last March.", "last March", "b")
    reason = "a plan against a past act"
    assert veto_reason(plan, earlier, False, 75.0) == reason
    assert veto_reason(earlier, plan, False, 75.0) == reason
    # a few days before the plan's telling, one of the two is wrong: a conflict to show
    recent = date_in("The maker raised prices by 12% on January 12.", "January 12", "b")
    assert veto_reason(plan, recent, False, 75.0) != reason


def test_how_far_a_state_went_tells_two_counts_apart() -> None:
    # "31% of reefs were severely bleached" / "bleaching on 64% of reefs"
    severe = claim(qty(31, unit="%"), doc="a.md", event="bleach", args=("severe",),
                   measure=("reef",), head="reef", cid="severe")  # fmt: skip
    any_ = claim(qty(64, unit="%"), doc="b.md", event="bleach", measure=("reef",), head="reef",
                 cid="any")  # fmt: skip
    assert groups_of([severe, any_]) == [["any"], ["severe"]]
    # one side silent on the degree, the same value: one fact told more briefly
    same = dataclasses.replace(any_, value=qty(31, unit="%"))
    assert groups_of([severe, same]) == [["any", "severe"]]
    # two degrees are two counts whatever their values
    slight = dataclasses.replace(same, key=dataclasses.replace(same.key, event_args=("slight",)))
    assert groups_of([severe, slight]) == [["any"], ["severe"]]


def test_the_real_cost_is_not_the_stated_cost() -> None:
    # "the measure will cost 640 million crowns" / "the real cost would be closer to 4 billion"
    stated = claim(qty(640e6, unit="CZK"), doc="a.md", measure=("cost",), subjects=("cost",),
                   cid="stated")  # fmt: skip
    real = claim(qty(4e9, unit="CZK"), doc="b.md", measure=("real", "cost"),
                 subjects=("real", "cost"), cid="real")  # fmt: skip
    assert groups_of([stated, real]) == [["real"], ["stated"]]


def test_a_price_told_of_its_subject_is_that_subjects_alone() -> None:
    # "a foot passenger return will cost £8.20" / "a car with driver will cost £23.10 return"
    foot = claim(qty(8.2, unit="GBP"), doc="a.md", event="pay", measure=("foot", "return"),
                 subjects=("foot", "return"), cid="foot")  # fmt: skip
    car = claim(qty(23.1, unit="GBP"), doc="b.md", event="pay", measure=("return",),
                head="return", subjects=("car", "driver"), cid="car")  # fmt: skip
    told = [c.with_key(told_once=True) for c in (foot, car)]
    assert veto_reason(*told, False, 75.0) == "another thing measured"
    assert groups_of(told) == [["car"], ["foot"]]
    # a sum told of who receives it ("the winners collect $5 million") still meets the check
    won = claim(qty(5e6, unit="USD"), doc="a.md", event="receive", measure=("winner",),
                subjects=("winner",), cid="won")  # fmt: skip
    check = claim(qty(12e6, unit="USD"), doc="b.md", event="receive", head="check",
                  measure=("winner", "check"), subjects=("club",), cid="check")  # fmt: skip
    assert veto_reason(won, check, False, 75.0) != "another thing measured"


def test_one_article_naming_a_group_and_a_narrower_one_gives_two_figures() -> None:
    text = (
        "Figures show that 17.8% of young people in the labour market are out of work. "
        "One in eight young people is neither in work nor in training."
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2025, 11, 12))}
    narrow, wide = claims["17.8%"], claims["One in eight"]
    assert veto_reason(narrow, wide, False, 75.0) == "total vs part in one article"
    # across two articles, one naming the group more fully is no part
    other = dataclasses.replace(wide, doc="other.md")
    assert veto_reason(narrow, other, False, 75.0) != "total vs part in one article"


def test_the_one_age_each_article_gives_of_one_kind_of_person_is_one_age() -> None:
    # "a 54-year-old woman from Marteval" / "the woman who spent longest beneath, aged 45"
    age = dict(event="age", measure=("age",), head="age")
    marteval = claim(qty(54, unit="years"), doc="a.md", subjects=("woman", "marteval"),
                     args=("bury",), cid="54", **age)  # fmt: skip
    freed = claim(qty(45, unit="years"), doc="b.md", subjects=("woman",), args=("free",),
                  cid="45", **age)  # fmt: skip
    told = [c.with_key(told_once=True) for c in (marteval, freed)]
    assert groups_of(told) == [["45", "54"]]
    # not when one article gives two ages, nor when one says nothing of whose it is
    assert groups_of([marteval, freed]) == [["45"], ["54"]]
    unnamed = dataclasses.replace(told[1], key=dataclasses.replace(told[1].key, subjects=()))
    assert groups_of([told[0], unnamed]) == [["45"], ["54"]]


def _ages(text: str, doc: str) -> list[Claim]:
    return [
        dataclasses.replace(c, doc=doc, id=f"{doc}:{c.text}")
        for c in extract_text(text, dt.date(2026, 5, 4), doc_id=doc)
        if c.key.event == "age"
    ]


def test_an_age_is_its_holders_whatever_the_clause_says_of_them() -> None:
    # a denial, a place and a group are said of the person, not of their age
    [found] = _ages("Rosa Lindell, 41, of Harbour Row, was found by walkers on Friday.", "a.md")
    [missing] = _ages("Rosa Lindell, 43, had not been seen since the storm.", "b.md")
    assert missing.key.negated and found.key.places
    assert veto_reason(found, missing, False, 75.0) is None
    assert groups_of([found, missing]) == [[found.id, missing.id]]
    [among] = _ages("Rosa Lindell, 43, was among the injured.", "b.md")
    assert veto_reason(found, among, False, 75.0) is None
    # "a 71-year-old postman": the age's own "old" is no earlier occurrence
    [postman] = _ages("The bird was first seen by a 71-year-old postman.", "a.md")
    assert not postman.key.earlier
    # but two names, or the age someone was then, are two facts
    [other] = _ages("Tom Ashby, 43, had not been seen since the storm.", "b.md")
    assert veto_reason(found, other, False, 75.0) == "another person"
    [alike] = _ages("Rosa Lindel, 43, had not been seen since the storm.", "b.md")
    assert veto_reason(found, alike, False, 75.0) == "another person"  # a name, not a typo
    [then] = _ages("Lindell broke through as a 17-year-old.", "b.md")
    assert veto_reason(found, then, False, 75.0) == "an age at another time"


def test_one_name_is_one_person_however_each_article_describes_them() -> None:
    [doctor] = _ages("The squad's 61-year-old team doctor, Harald Moen, was banned.", "a.md")
    [titled] = _ages("Dr Harald Moen, aged 64, denies wrongdoing.", "b.md")
    assert titled.key.actors == ("harald", "moen")  # a title is no part of the name
    assert groups_of([doctor, titled]) == [[doctor.id, titled.id]]
    [other] = _ages("Dr Erik Moen, aged 64, denies wrongdoing.", "b.md")
    assert len(groups_of([doctor, other])) == 2


def test_the_one_age_each_article_gives_meets_another_a_slip_of_a_year_or_two_apart() -> None:
    # "The 36-year-old" / "skipper Anna Weir, 34": each article's one age, of one person
    named = _ages("The yacht's skipper, Anna Weir, 34, steered it into port.", "a.md")
    bare = _ages("The 36-year-old had sailed alone for nine days.", "b.md")
    told = [*named, *bare]
    assert all(c.key.told_once for c in told)
    assert groups_of(told) == [[c.id for c in told]]
    # ten years apart they are two people; so are a quoted witness and the story's own
    far = _ages("The 46-year-old had sailed alone for nine days.", "b.md")
    assert len(groups_of([*named, *far])) == 2
    witness = _ages('Ola Berg, 35, who watched from the pier, said: "It was close."', "b.md")
    unnamed = _ages("A 34-year-old woman was taken to hospital.", "a.md")
    assert len(groups_of([*unnamed, *witness])) == 2


def test_one_article_telling_its_story_and_the_story_of_years_ago_gives_two_dates() -> None:
    text = (
        "Lenders repossessed 1,870 homes in July, court figures show. "
        "At the peak of the crisis in 2009, lenders repossessed 12,000 homes a quarter."
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2025, 10, 9))}
    reason = "the story's act against its history in one article"
    assert veto_reason(claims["July"], claims["2009"], False, 75.0) == reason
    # a year written out close to the story is no history
    near = {
        c.text: c
        for c in extract_text(
            "Lenders repossessed 1,870 homes in July. They repossessed 900 in 2024.",
            dt.date(2025, 10, 9),
        )
    }
    assert veto_reason(near["July"], near["2024"], False, 75.0) != reason


def test_two_occurrences_before_the_storys_are_not_known_to_be_one() -> None:
    # "last year, when 12,680 pairs were counted" / "the record of 13,050 pairs set in 2018"
    last_year = claim(qty(12680), doc="a.md", measure=("pair",), head="pair", cid="last")
    record = claim(qty(13050), doc="b.md", measure=("pair",), head="pair", cid="record")
    earlier = [
        last_year.with_key(earlier=True),
        dataclasses.replace(
            record, key=dataclasses.replace(record.key, earlier=True, time_ref="2018")
        ),
    ]
    assert veto_reason(*earlier, False, 75.0) == "two other occurrences"
    # the same stamp on both: one occurrence told twice
    same_year = dataclasses.replace(
        earlier[0], key=dataclasses.replace(earlier[0].key, time_ref="2018")
    )
    assert veto_reason(same_year, earlier[1], False, 75.0) is None


def test_a_contribution_towards_a_thing_is_not_what_it_costs() -> None:
    # "the state will contribute £7.4 million towards the sea wall" / "the wall is
    # expected to cost £9.1 million": a share and a whole, not one sum told twice
    share = claim(qty(7.4e6, unit="GBP"), doc="a.md", event="contribute", cid="share")
    whole = claim(qty(9.1e6, unit="GBP"), doc="b.md", event="cost", cid="whole")
    spend = claim(qty(9.6e6, unit="GBP"), doc="c.md", event="pay", cid="spend")
    assert groups_of([share, whole]) == [["share"], ["whole"]]
    # what a thing costs and what is spent on it are one sum ("will spend £9.6 million")
    assert groups_of([whole, spend]) == [["spend", "whole"]]


def test_a_grant_is_what_is_contributed_and_what_is_paid() -> None:
    # "a £600 million grant" / "the state will contribute £500 million"; "£640,000 in
    # funding" / "the council will provide £640,000"
    grant = claim(qty(600e6, unit="GBP"), doc="a.md", measure=("grant",), head="grant", cid="grant")
    given = claim(qty(500e6, unit="GBP"), doc="b.md", event="contribute", cid="given")
    paid = claim(qty(640e3, unit="GBP"), doc="c.md", event="pay", cid="paid")
    funding = claim(
        qty(640e3, unit="GBP"), doc="d.md", measure=("grant",), head="grant", cid="funding"
    )
    assert groups_of([grant, given]) == [["given", "grant"]]
    assert groups_of([paid, funding]) == [["funding", "paid"]]


def test_dates_that_only_stamp_a_state_are_one_fact_only_of_one_thing() -> None:
    # "is ... this year" and "against ... a year ago" date no act: a shared "child" is not
    # one fact
    allowance = told("The allowance for a child is £251 a week this year.", "a.md")
    care = told("There are 1,040 children in care, against 1,002 a year ago.", "b.md")

    assert len(groups_of(_dates([*allowance, *care]))) == 2
    # the same thing, stated on both sides, is still one fact
    deadline = told("The deadline for bids is March 3.", "a.md")
    moved = told("The deadline for bids is March 10.", "b.md")
    assert len(groups_of(_dates([*deadline, *moved]))) == 1


def test_a_standard_level_is_not_the_level_reached() -> None:
    standard = told("The contract price assumes the standard 16% sugar content.", "a.md")
    reached = told("The beet has a sugar content of 17.8%.", "b.md")
    assert groups_of([*standard, *reached]) == [["a.md:16%"], ["b.md:17.8%"]]
    # without the qualifier, the two are one measure misreported
    plain = told("The contract price assumes a 16% sugar content.", "a.md")
    assert groups_of([*plain, *reached]) == [["a.md:16%", "b.md:17.8%"]]


def test_pay_as_a_noun_is_a_wage_not_an_act_of_paying() -> None:
    funded = told("The valuation found the scheme was 94.1% funded.", "a.md")
    rate = told("Member contributions will rise to 7.4% of pay.", "b.md")
    assert groups_of([*funded, *rate]) == [["a.md:94.1%"], ["b.md:7.4%"]]
    # a cost still names the act of costing: "the plan will cost" / "the cost of the plan"
    cost = told("The plan will cost €180 million.", "a.md")
    named = told("The ministry puts the cost of the plan at €210m.", "b.md")
    assert len(groups_of([*cost, *named])) == 1
