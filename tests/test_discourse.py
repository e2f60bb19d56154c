"""Links between a document's claims: elided measures and as-of time stamps."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from factcheck.compare import judge
from factcheck.extract.discourse import inherit_elided_measures, stamp_figures
from factcheck.models import ClaimKey, Document, Verdict
from factcheck.pipeline import extract_text

from .factories import claim, day, qty

TEXT = "41 captured soldiers died and 12 were executed.\n\nLater, 5 escaped."


def _figure(value, start, measure=(), event="die", sentence="one"):
    made = claim(qty(value), start=start, measure=measure, event=event, cid=f"c{start}")
    return dataclasses.replace(made, end=start + 2, sentence=sentence)


def test_a_figure_without_its_noun_counts_what_the_figure_before_it_counts() -> None:
    first = _figure(41, 0, ("capture", "soldier"))
    second = _figure(12, 30, event="execute")
    third = _figure(5, TEXT.index("5 escaped"), event="escape")  # a new paragraph
    out = inherit_elided_measures([first, second, third], {"a.md": TEXT})
    assert [c.key.measure for c in out] == [("capture", "soldier"), ("capture", "soldier"), ()]


def test_a_figure_without_an_event_inherits_nothing() -> None:
    first = _figure(41, 0, ("capture", "soldier"))
    second = _figure(12, 30, event=None)
    assert inherit_elided_measures([first, second], {"a.md": TEXT})[1].key.measure == ()


def _stamped(value, marker, sentence, start):
    made = _figure(value, start, ("flood", "death"), sentence=sentence)
    return made.with_key(time_ref=marker)


def test_as_of_figures_take_their_dates_and_become_updates() -> None:
    may = dataclasses.replace(
        claim(day("2025-05-31"), start=3, cid="d1"),
        sentence="may",
        key=ClaimKey(time_ref="as of"),
    )
    document = Document(id="a.md", path="a.md", text="", date=dt.date(2025, 7, 20))
    stamped = stamp_figures(
        [may, _stamped(200, "as of", "may", 10), _stamped(273, "so far", "now", 50)], [document]
    )
    assert [c.key.time_ref for c in stamped] == [None, "2025-05-31", "2025-07-20"]
    verdict = judge(stamped[1:])
    assert verdict.verdict == Verdict.COMPATIBLE
    assert verdict.explanation.startswith("an update, not a conflict: 200 as of 2025-05-31")


def test_figures_stamped_with_the_same_date_still_conflict() -> None:
    a = _stamped(200, "2025-05", "x", 0)
    b = dataclasses.replace(_stamped(273, "2025-05", "y", 50), doc="b.md")
    assert judge([a, b]).verdict == Verdict.CONFLICT


@pytest.mark.nlp
def test_real_text_as_of_dates_are_stamps_not_events() -> None:
    text = (
        "As of May, the flood had killed 200 people in the province.\n\n"
        "As of July, the flood had killed 273 people in the province.\n"
    )
    claims = extract_text(text, dt.date(2025, 7, 20))
    dates = [c for c in claims if c.kind.is_temporal]
    counts = [c for c in claims if not c.kind.is_temporal]
    assert all(c.key.event is None for c in dates)
    assert [c.key.time_ref for c in counts] == ["2025-05", "2025-07"]


@pytest.mark.nlp
def test_a_figure_naming_a_generic_noun_inherits_no_measure() -> None:
    # "27 people" names what it counts, if only generically: it is not the crew's count.
    text = (
        "All 312 passengers and 14 crew members were taken off the ship. "
        "In all, 27 people were injured.\n"
    )
    injured = next(c for c in extract_text(text, dt.date(2026, 3, 2)) if c.text == "27")
    assert injured.key.measure == ()
    assert injured.key.event == "injure"


@pytest.mark.nlp
def test_a_present_perfect_tally_takes_the_stamp_of_the_figure_before_it() -> None:
    text = (
        "Confirmed cases rose to 251 as of March 15, the ministry said. "
        "Eleven people have died. Doctors treated 40 patients in the first week.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 3, 17))}
    assert claims["251"].key.time_ref == "2026-03-15"
    assert claims["Eleven"].key.time_ref == "2026-03-15"
    assert claims["40"].key.time_ref is None  # a past tense figure: not a running tally


@pytest.mark.nlp
def test_an_event_told_once_by_its_document_is_marked() -> None:
    text = (
        "The council approved the budget on Tuesday. The mayor signed it on Thursday "
        "and signed a second order on Friday. A new vote will be held on June 30.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 3, 27))}
    assert claims["Tuesday"].key.told_once  # the one approval
    assert not claims["Thursday"].key.told_once  # two signings: which is which is open
    assert not claims["Friday"].key.told_once
    assert not claims["June 30"].key.told_once  # a plan, not what happened


@pytest.mark.nlp
def test_present_ref_and_undated_documents_mark_nothing() -> None:
    text = "The bridge is now open. The council approved it on Tuesday.\n"
    claims = extract_text(text, None)
    assert not any(c.key.told_once for c in claims)


@pytest.mark.nlp
def test_a_figure_is_told_once_when_its_document_gives_one_value_for_the_act() -> None:
    text = (
        "The government released €3.5 million from the reserve fund. "
        "Rescuers evacuated 120 residents on Monday and evacuated 80 more on Tuesday. "
        "The fund could release another €2 million. Cases reached 300 as of May 4.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 5, 6))}
    assert claims["€3.5 million"].key.told_once
    assert not claims["120"].key.told_once  # two evacuations in one article
    assert not claims["80"].key.told_once
    assert not claims["€2 million"].key.told_once  # a possibility, not an act
    assert not claims["300"].key.told_once  # a moment of a running count


@pytest.mark.nlp
def test_a_level_told_as_the_present_one_is_an_update_to_a_changed_one() -> None:
    text = "Starting salaries, currently €35,200, will rise. The deal lifts them to €38,500.\n"
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 3, 16))}
    assert claims["€35,200"].key.time_ref == "current"
    assert claims["€38,500"].key.time_ref is None
    verdict = judge([claims["€35,200"], claims["€38,500"]])
    assert verdict.verdict == Verdict.COMPATIBLE
    assert verdict.explanation.startswith("an update, not a conflict: 35,200 EUR as the present")


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("The volcano last erupted in 1974.", True),
        ("Its last full inspection took place in 2022.", True),
        ("The original plans envisaged 450 beds.", True),
        ("The plant previously employed 2,300 people.", True),
        ("Its last big order, placed in 2019, was cancelled.", True),
        # what a comparison measures against is another occurrence
        ("The find is far larger than the Harrowgate hoard, which contained 96 objects.", True),
        ("The storm was stronger than the one that hit in 2011.", True),
        ("A smaller outage in December 2024 lasted 90 minutes.", True),
        ("In neighbouring Estrel, losses were 24 per cent.", True),
        ("Nearby Dunmore Council has a backlog of 3,200.", True),  # a neighbour holds it
        # a record's "since" names the earlier one, its figure and its year
        ("It was the largest blaze since the 40,000-acre Ridge fire of 2019.", True),
        ("A similar credit union failed, leaving 9,000 members waiting.", True),
        ("The navy, by contrast, met its goal with 1,400 recruits.", True),
        (
            "The scheme is separate from the national programme, which covers 410,000 pupils.",
            True,
        ),
        ("The outage lasted 90 minutes.", False),
        ("A higher toll of 45 was given by officials.", False),  # a value, not a happening
        ("The volcano erupted on Saturday.", False),
        ("Former mayor Ana Ruiz won 53% of the vote.", False),  # a title, not an earlier win
        ("The order, placed on Monday, is the largest in its history.", False),
        ("The hoard, which contained 317 objects, was found by a farmer.", False),
    ],
)
def test_an_earlier_occurrence_or_version_is_marked(sentence: str, earlier: bool) -> None:
    claims = extract_text(sentence, dt.date(2026, 9, 14))
    assert claims and all(c.key.earlier is earlier for c in claims)


@pytest.mark.nlp
def test_a_when_clause_on_a_past_reference_date_is_an_earlier_event() -> None:
    text = (
        "It was the deadliest slide since 1999, when 12 people were killed. The village was "
        "last hit in 1998, when three people died. The strike began on Monday, when 300 "
        "workers walked out.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 2, 2))}
    assert claims["12"].key.earlier and claims["three"].key.earlier
    assert not claims["300"].key.earlier  # the story's own event


@pytest.mark.nlp
def test_a_part_of_a_group_is_no_second_value_for_the_act() -> None:
    text = "Four people died and 13 people were injured. Six of the injured were flown out.\n"
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 7, 13))}
    assert claims["Six"].key.part
    assert claims["13"].key.told_once  # the one count of the injured


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The firm puts its shortfall at 112 drivers.", "112"),
        ("The gap now stands at 40 nurses.", "40"),
    ],
)
def test_the_level_of_a_shortfall_is_a_part(sentence: str, figure: str) -> None:
    claims = {c.text: c for c in extract_text(sentence, dt.date(2026, 3, 2))}
    assert claims[figure].key.part
    employed = {c.text: c for c in extract_text("The firm employs 640 drivers.", None)}
    assert not employed["640"].key.part


@pytest.mark.nlp
def test_a_figure_dated_to_an_earlier_year_is_an_earlier_occurrence() -> None:
    text = (
        "The watchdog fined four bakeries 48 million crowns on Wednesday. Its record "
        "penalty, 140 million crowns, was imposed in 2025. Turnout was 61.4%, the highest "
        "since 2011.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 11, 12))}
    assert claims["140 million crowns"].key.earlier  # history, not this week's fine
    assert not claims["48 million crowns"].key.earlier
    # a record's "since" dates an earlier occurrence, not the figure
    assert claims["61.4%"].key.time_ref is None and not claims["61.4%"].key.earlier


@pytest.mark.nlp
def test_a_figure_dated_to_a_later_year_is_a_goal_not_the_reported_figure() -> None:
    text = (
        "This year 71% of pupils met the standard. The province's target is for 80% of "
        "pupils to reach the standard by 2028.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2025, 12, 3))}
    assert claims["80%"].key.earlier and not claims["71%"].key.earlier


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("In Harnley, 58% of pupils met the standard, down from 63% in 2019.", "2019"),
        ("Overall, 71% of pupils met it this year, up from 68% last year.", "last year"),
        ("Turnout fell to 41% from 48% in 2021.", "2021"),
    ],
)
def test_a_date_of_the_figure_a_change_is_measured_from_dates_no_act(sentence, date) -> None:
    claims = {c.text: c for c in extract_text(sentence + "\n", dt.date(2025, 12, 3))}
    assert claims[date].key.event is None


@pytest.mark.nlp
def test_an_opening_in_phrase_scopes_its_sentence() -> None:
    text = "In mathematics, 74% of pupils met the standard. In total, 300 pupils sat it.\n"
    claims = {c.text: c for c in extract_text(text, dt.date(2025, 12, 3))}
    assert "mathematic" in claims["74%"].key.places
    assert claims["300"].key.places == ()  # "In total," says how, not what about


@pytest.mark.nlp
def test_a_figure_whose_holder_is_dated_to_an_earlier_year_is_an_earlier_occurrence() -> None:
    text = (
        "The study of 4,812 pupils was published on Monday. A smaller pilot study in 2021, "
        "involving 640 pupils at four schools, had found a smaller gain.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 3, 10))}
    assert claims["640"].key.time_ref == "2021" and claims["640"].key.earlier
    assert not claims["4,812"].key.earlier


@pytest.mark.nlp
def test_a_figure_is_counted_once_when_its_document_gives_one_value_for_its_noun() -> None:
    text = (
        "The regulator received 2,300 complaints about the pumps. Engineers inspected "
        "400 pumps in March and replaced 90 pumps in April. Turnout was 61%.\n\n"
        "Another 200 complaints could follow.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 5, 6))}
    assert claims["2,300"].key.counted_once is False  # a possible 200 more counts too
    assert not claims["400"].key.counted_once  # two counts of pumps
    assert not claims["90"].key.counted_once
    assert not claims["61%"].key.counted_once  # a share of no counted noun
    # a share of a counted noun counts as one figure of it: one share of members, or two
    one = extract_text("Some 82% of members who voted backed strike action.\n", None)
    assert one[0].key.counted_once
    two = extract_text("Some 82% of members voted, and 78% of members backed the deal.\n", None)
    assert not any(c.key.counted_once for c in two)
    alone = {c.text: c for c in extract_text("The regulator received 2,300 complaints.\n", None)}
    assert alone["2,300"].key.counted_once
    # "another" tells of a first group, even one given no figure
    added = extract_text(
        "The workers who died were seasonal staff. Another 14 workers were taken to hospital.\n",
        None,
    )
    assert not {c.text: c for c in added}["14"].key.counted_once


@pytest.mark.nlp
def test_a_figure_is_measured_once_when_its_document_gives_one_value_of_its_dimension() -> None:
    def measured(text: str) -> dict[str, bool]:
        return {c.text: c.key.measured_once for c in extract_text(text, dt.date(2026, 4, 14))}

    # one length and one weight: each is its article's only one, whatever it measures
    # (what it "carries" would be a capacity, no plain fact: `_a_capacity`)
    assert measured("The ferry is 129 metres long and carried 2,400 tonnes of cargo.\n") == {
        "129 metres": True,
        "2,400 tonnes": True,
    }
    # a second length in another unit is a second value, not a restatement
    assert measured("The ferry is 129 metres long. Its berth is 0.8 miles away.\n") == {
        "129 metres": False,
        "0.8 miles": False,
    }
    # a threshold named by a condition is no reading of the thing; "if you are one of"
    # still tells a count
    assert measured("Crews stop work whenever the temperature exceeds 35C.\n") == {"35C": False}
    assert measured("Crews stop work when the temperature reached 35C.\n") == {"35C": True}
    (member,) = extract_text("If you are one of 480,000 members, change your password.\n")
    assert not member.key.hedged


@pytest.mark.nlp
def test_a_sentence_opening_by_a_date_stamps_its_figures() -> None:
    text = (
        "By Tuesday afternoon, 86 vessels were waiting at the locks. "
        "The cinema sold 1,100 tickets by Sunday night.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 3, 12))}
    assert claims["86"].key.time_ref == "2026-03-10TAF"  # a moment of the queue
    assert claims["1,100"].key.time_ref is None  # the total of the act


@pytest.mark.nlp
def test_by_a_date_after_a_perfect_tense_stamps_a_running_count() -> None:
    text = "Divers had raised 31 crates by Thursday from the wreck that sank on Monday.\n"
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 6, 20))}
    assert claims["31"].key.time_ref == "2026-06-18"  # the count up to Thursday
    plain = {c.text: c for c in extract_text("Divers raised 31 crates by Thursday.\n", None)}
    assert plain["31"].key.time_ref is None  # after a simple past: the act's total


@pytest.mark.nlp
def test_a_figure_dated_by_its_own_act_is_still_its_articles_one_count() -> None:
    text = "Coastguards rescued 46 walkers on Sunday after the causeway flooded.\n"
    (count,) = [c for c in extract_text(text, dt.date(2026, 4, 14)) if c.text == "46"]
    assert count.key.time_ref == "2026-04-12" and count.key.counted_once
    # a moment of a running count is not
    running = "By Sunday evening, 46 walkers had been brought ashore.\n"
    (moment,) = [c for c in extract_text(running, dt.date(2026, 4, 14)) if c.text == "46"]
    assert moment.key.time_ref and not moment.key.counted_once
    # nor a forecast for a day to come, nor a level a month stamps
    ahead = "The port expects 11,000 cars on Easter Monday.\n"
    (forecast,) = [c for c in extract_text(ahead, dt.date(2026, 4, 3)) if c.text == "11,000"]
    assert not forecast.key.counted_once
    level = "Unemployment among graduates stood at 3.1% in April.\n"
    (rate,) = [c for c in extract_text(level, dt.date(2026, 6, 3)) if c.text == "3.1%"]
    assert not rate.key.counted_once


@pytest.mark.nlp
def test_a_date_told_in_the_past_perfect_beside_the_plain_past_is_an_earlier_one() -> None:
    text = "Retail sales fell 2.4% in December. In November, sales had fallen 0.7%.\n"
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 1, 13))}
    assert claims["November"].key.earlier  # the month before, not a second date of the fall
    assert not claims["December"].key.earlier
    alone = {
        c.text: c for c in extract_text("The bill had passed in March.\n", dt.date(2026, 5, 1))
    }
    assert not alone["March"].key.earlier  # nothing told plainly for it to be before


@pytest.mark.nlp
def test_a_vague_verb_tells_no_act_of_the_story() -> None:
    text = "The studio would take a $90 million writedown. The firm owed creditors £48 million.\n"
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 3, 2))}
    assert not claims["$90 million"].key.told_once
    assert not claims["£48 million"].key.told_once
    paid = {c.text: c for c in extract_text("The council paid £4 million.\n", dt.date(2026, 3, 2))}
    assert paid["£4 million"].key.told_once


@pytest.mark.nlp
def test_a_length_of_time_told_as_a_measure_takes_the_date_of_its_clause() -> None:
    text = (
        "Appeals at the tribunal now take 41 weeks on average. "
        "In 2020, appeals took an average of 28 weeks.\n"
    )
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 4, 9))}
    assert claims["28 weeks"].key.time_ref == "2020"
    assert claims["28 weeks"].key.earlier  # the history, not the length the story reports
    assert not claims["41 weeks"].key.earlier
