"""Context from the parse: measure, event, attribution, keys (needs the trained pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.lexicon import same_event
from factcheck.models import Kind
from factcheck.pipeline import extract_text

pytestmark = pytest.mark.nlp
ANCHOR = dt.date(2024, 3, 14)


def first_figure(text: str):
    return next(c for c in extract_text(text, ANCHOR) if not c.kind.is_temporal)


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


@pytest.mark.parametrize(
    "caption",
    [
        "Farmer Ana Ruiz, 52, walks her field on June 3, 2023.",  # told in the present
        "Farmer Ana Ruiz, 52, in her field on June 3, 2023",  # no sentence's end
    ],
)
def test_a_caption_age_is_not_a_claim(caption):
    texts = {c.text for c in extract_text(caption, ANCHOR)}
    assert "52" not in texts and "June 3, 2023" in texts


@pytest.mark.parametrize(
    ("text", "surface", "event", "args"),
    [
        # Passive and active name the same act with the same argument.
        ("The decree was published on March 11.", "March 11", "release", ("decree",)),
        ("The government published the decree on March 11.", "March 11", "release", ("decree",)),
        # A date on a noun dates that noun: its ordinal tells two readings apart.
        (
            "The bill passed its first reading on June 3 and its second reading on June 24.",
            "June 24",
            "approve",
            ("second", "reading"),
        ),
        # A time verb dates the event noun that is its subject (ratifying is approving).
        (
            "Ratification of the fisheries accord followed in 1998.",
            "1998",
            "approve",
            ("fishery", "accord"),
        ),
    ],
)
def test_events_and_their_arguments_across_phrasings(text, surface, event, args):
    c = claim_of(text, surface)
    assert c.key.event == event and c.key.event_args == args


@pytest.mark.parametrize(
    ("text", "surface", "event"),
    [
        # A possessive date in a phrase aside dates its own event noun, not the clause's verb.
        (
            "The death toll from last week's mine explosion rose to nine on Friday.",
            "last week",
            "explode",
        ),
        # As the object or subject of the clause, the noun's time is the clause's too.
        ("The mayor won Sunday's runoff with 54% of the vote.", "Sunday", "win"),
        # a time a copula tells of a happening is that happening's
        ("The vote was on Tuesday.", "Tuesday", "approve"),
        ("The wait was 16 days.", "16 days", "wait"),
        ("The strike is due to last 12 days.", "12 days", "last"),
        ("Turnout was 38%.", "38%", None),  # a figure's copula names no gathering
    ],
)
def test_a_date_told_of_a_happening_s_noun_dates_that_happening(text, surface, event):
    assert claim_of(text, surface).key.event == event


@pytest.mark.parametrize(
    ("text", "surface", "event"),
    [
        # a change "from" a date: the day it takes effect, as "comes into force" tells it
        ("The licence fee will rise to €189 from April 1.", "April 1", "enter into force"),
        ("The new fee takes effect on April 1.", "April 1", "enter into force"),
        ("Fares rose from €2 to €3 on Monday.", "Monday", "rise"),
        # an idiom of a reporting verb names its act
        ("The driver was found guilty on Friday.", "Friday", "convict"),
        ("The quake claimed 200 lives on Monday.", "Monday", "die"),
    ],
)
def test_a_dates_event_is_the_act_its_clause_tells(text: str, surface: str, event: str) -> None:
    assert claim_of(text, surface).key.event == event


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("The Senate passed the bill by 58 votes to 41.", "58", ("favour", "vote")),
        ("The Senate passed the bill by 58 votes to 41.", "41", ("against", "vote")),
        ("The council voted 5-4 to close the depot.", "4", ("against", "vote")),
        ("The motion was rejected 230 to 190.", "230", ("against", "vote")),
        ("The tally was 32 in favour and 14 against.", "32", ("favour", "vote")),
        ("The tally was 32 in favour and 14 against.", "14", ("against", "vote")),
        ("The plan was carried, with 187 lawmakers supporting it.", "187", ("favour", "vote")),
        ("The motion was carried 32 to 14.", "14", ("against", "vote")),
        ("The motion passed with 31 votes, with 22 against.", "31", ("favour", "vote")),
        (
            "Some 185 deputies voted for the measure, while 96 voted against it.",
            "96",
            ("against", "vote"),
        ),
    ],
)
def test_a_count_in_a_vote_tally_is_one_side_of_the_vote(text, surface, measure):
    c = claim_of(text, surface)
    assert c.key.measure == measure and c.key.measure_head == "vote"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The club grew from 120 members to 150 after the vote.", "120"),
        ("The motion passed in the 45-member chamber.", "45"),
        ("Lawmakers approved $4 million to $5 million for repairs.", "$4 million to $5 million"),
        ("The team won 3-1 on Sunday.", "3"),
        ("The ship, carrying about 11,000 containers bound for Oslo, ran aground.", "about 11,000"),
    ],
)
def test_a_count_outside_a_vote_tally_is_no_side(text, surface):
    assert claim_of(text, surface).key.measure_head != "vote"


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        ("It was the costliest crash in the tour since 2019.", "2019", True),
        ("The haul is the biggest at the port since 2015.", "2015", True),
        ("It is the first strike at the plant since 2011.", "2011", True),
        ("Prices have risen since 2019.", "2019", False),
    ],
)
def test_a_date_after_since_on_a_record_is_an_earlier_occurrence(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


def test_being_named_winner_is_winning() -> None:
    named = claim_of("The novelist was named winner of the prize on April 23.", "April 23")
    won = claim_of("The novelist won the prize on April 23.", "April 23")
    assert named.key.event == won.key.event == "win"


def test_a_span_of_a_noun_and_a_distance_from_an_event_are_not_the_events_length() -> None:
    rain = claim_of("The dam failed on April 14 after five days of heavy rain.", "five days")
    # how long the rain lasted, not the failure
    assert (rain.key.event, rain.key.event_args) == ("last", ("heavy", "rain"))
    after = claim_of("The treaty enters into force 30 days after ratification.", "30 days")
    assert after.key.event_args[:1] == ("after",)
    jailed = claim_of("He was jailed for 7 years after a two-week trial.", "7 years")
    assert "after" not in jailed.key.event_args
    assert claim_of("The old crossing took 45 minutes.", "45 minutes").key.earlier


@pytest.mark.parametrize(
    ("text", "surface", "part"),
    [
        ("A further five blocks are under review.", "five", True),  # added to a group
        ("The storm killed 12 more people.", "12", True),
        ("Forty-one died and another 3,500 are held.", "3,500", False),  # a list, no sum
        ("Six of the injured were flown to hospital.", "Six", True),
        ("Two of them died on the way.", "Two", True),
        ("Six people were flown to hospital.", "Six", False),
        ("62% of the nurses voted for the deal.", "62%", False),  # a share is compared as one
        ("Some customers will receive more than £2,000.", "more than £2,000", True),
        ("Several firms paid £400 each.", "£400", True),
        ("Customers will receive about £130 each.", "about £130", False),
    ],
)
def test_a_count_of_part_of_a_group_is_marked_a_part(text, surface, part):
    assert claim_of(text, surface).key.part is part


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Food sales rose 3.2% in December.", "3.2%", True),
        ("Sales were down 2.4 per cent on a year earlier.", "2.4 per cent", True),
        ("Profit climbed by 5% to a record.", "5%", True),
        ("The pilots want pay increases of 24 percent.", "24 percent", True),
        ("The bill cuts emissions 55% below 2005 levels.", "55%", True),
        ("Some 29 per cent of sales were made online.", "Some 29 per cent", False),
        ("Beekeepers lost 37% of their colonies.", "37%", False),  # a part of a count
        ("Inflation rose to 4% in March.", "4%", False),  # the level reached
        ("Turnout was 61%.", "61%", False),
    ],
)
def test_a_share_that_sizes_a_change_is_marked_a_change(text, surface, change):
    assert claim_of(text, surface).key.change is change


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        ("The industry spends more than €200 million annually on ads.", "more than €200 million", "year"),
        ("The reform would save 4.2 billion crowns annually.", "4.2 billion crowns", "year"),
        ("It will save the state 4.5 billion crowns a year.", "4.5 billion crowns", "year"),
        ("The measure would save £390,000 over a full year.", "£390,000", "year"),
        ("About 24% of adults smoke daily.", "About 24%", None),
        ("The unit can produce 1,500 cubic metres a day.", "1,500", "day"),
        ("It will take 80,000 lorry journeys off the roads each year.", "80,000", "year"),
        ("Each tanker carries around 2,000 cubic metres.", "around 2,000", None),
        ("The observatory has an annual budget of €3.1 million.", "€3.1 million", "year"),
        ("Its monthly payroll is €400,000.", "€400,000", "month"),
        ("The charity flew 1,048 missions, its annual report says.", "1,048", None),
    ],
)  # fmt: skip
def test_a_rate_adverb_makes_an_amount_a_rate(text, surface, per):
    assert claim_of(text, surface).key.per == per


def test_a_passive_joined_to_another_clause_keeps_no_actor_of_that_clause() -> None:
    c = claim_of("Four people died and 13 people were injured, police said.", "13")
    assert c.key.event == "injure" and c.key.subjects == ()


def test_a_relative_clause_hung_on_a_date_has_no_actor() -> None:
    # the parser hangs "which ... left four people dead" on "July 19"
    c = claim_of(
        "Winds rose ahead of the pile-up on July 19, which involved 47 vehicles and left "
        "four people dead.",
        "four",
    )
    assert not {"july"} & set(c.key.subjects)


def test_three_crowns_won_are_no_money() -> None:
    assert claim_of("She won three crowns in a row.", "three").kind.value == "count"


def test_a_date_between_said_and_what_was_said_dates_the_saying() -> None:
    said = claim_of("The dairy said on Monday it would lower its milk price.", "Monday")
    assert said.key.event == "say"
    # after "that", the date is the reported act's
    act = claim_of("The dairy said that on Monday it would lower its milk price.", "Monday")
    assert act.key.event == "cut"


def test_the_change_as_a_subject_names_nothing() -> None:
    c = claim_of("The change will save the state 4.5 billion crowns a year.", "4.5 billion crowns")
    assert c.key.subjects == () and c.key.measure == ()


def test_the_whole_a_part_is_taken_from_is_not_the_part_s_act() -> None:
    whole = claim_of("He won 31 of his 68 matches in charge.", "68")
    assert whole.key.event is None and whole.key.measure[:1] == ("match",)
    assert claim_of("He won 31 of his 68 matches in charge.", "31").key.event == "win"


def test_a_date_after_an_amount_dates_the_act() -> None:
    # "12 million crowns in 2017": the fine of 2017, imposed on the dairy firms
    c = claim_of("The authority fined dairy firms 12 million crowns in 2017.", "2017")
    assert c.key.event == "fine" and "dairy" in c.key.event_args


def test_a_year_naming_a_thing_dates_no_event():
    c = claim_of("The senate ratified a 1998 boundary treaty last week.", "1998")
    assert c.key.event is None and "treaty" in c.key.event_args


@pytest.mark.parametrize(
    ("text", "surface", "measure", "head", "event"),
    [
        # "percent" is the unit; what is measured is the vote.
        ("She won 41 percent of the vote.", "41 percent", ("vote",), "vote", "win"),
        # A level verb states the figure: no event, the subject is what is counted.
        ("The death toll climbed to 187 on Wednesday.", "187", ("death", "toll"), "toll", None),
        # A figure inside another noun's phrase: that noun is the event when it names one.
        (
            "Prosecutors recorded the deaths of 273 detainees.",
            "273",
            ("detainee",),
            "detainee",
            "die",
        ),
        # A change "by" a figure measures what the verb changes, or the subject that changes.
        ("The mill cut its water use by 40% last year.", "40%", ("water", "use"), "use", "cut"),
        ("The county raises property taxes by 2.5%.", "2.5%", ("property", "tax"), "tax", "raise"),
        ("Fees are set to rise 4% in May.", "4%", ("fee",), "fee", None),
        # "worth" a figure: the figure is what the thing is worth.
        ("He sold a house worth $2 million.", "$2 million", ("household",), "household", "buy"),
        (
            "He steered road contracts worth €118 million to friends.",
            "€118 million",
            ("road", "contract"),
            "contract",
            "steer",
        ),
        # a modifier's own modifiers qualify too: the jets are Corvane jets
        (
            "The airline ordered 40 Corvane C-220 narrow-body jets.",
            "40",
            ("corvane", "narrow-body", "jet"),
            "jet",
            "buy",
        ),
    ],
)
def test_what_a_figure_counts_and_its_event(text, surface, measure, head, event):
    c = claim_of(text, surface)
    assert (c.key.measure, c.key.measure_head, c.key.event) == (measure, head, event)


def test_a_label_skips_the_mention_and_its_preposition():
    c = claim_of(
        "In a statement on\u00a0March 12, the ministry said the line would close.", "March 12"
    )
    assert c.measure is not None and "March" not in c.measure and " on" not in c.measure


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        ("Shareholders will receive $48 a share in cash.", "$48", "share"),
        ("Riders will pay $3.25 per trip from March.", "$3.25", "trip"),
        ("The buyer agreed to pay $15 billion for the chipmaker.", "$15 billion", None),
        ("Unemployment fell to 4.1 per cent in May.", "4.1 per cent", None),
    ],
)
def test_a_rate_keeps_what_it_is_per(text: str, surface: str, per: str | None) -> None:
    assert claim_of(text, surface).key.per == per


@pytest.mark.parametrize(
    ("text", "surface", "provisional"),
    [
        ("With 92% of ballots counted, the Greens had 31.5% of the vote.", "31.5%", True),
        ("With 95 percent of precincts reporting, she led with 52%.", "52%", True),
        ("Preliminary results gave the party 40% of the vote.", "40%", True),
        ("Turnout was 64%, with 411,870 ballots counted.", "64%", False),
        ("The party won 40% of the vote, final results showed.", "40%", False),
    ],
)
def test_a_figure_from_a_count_under_way_is_marked_provisional(
    text: str, surface: str, provisional: bool
) -> None:
    assert (claim_of(text, surface).key.time_ref == "provisional") is provisional


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("At least 60 people were wounded in the blast.", "About 60 people were injured."),
        ("The airline scrapped 278 flights on Friday.", "The airline cancelled 278 flights."),
        ("The factory will shed 1,200 jobs.", "The factory will cut 1,200 jobs."),
        ("Floods displaced 5,000 residents.", "Some 5,000 residents fled the floods."),
        ("The sketch sold for $2.4 million at auction.", "The sketch fetched $2.4 million."),
        ("The sketch went for $2.4 million at auction.", "A collector bought it for $2.4 million."),
        ("The tanker leaked 900 barrels of oil.", "The tanker spilled 900 barrels of oil."),
        ("The ministry will fund 140 posts.", "The ministry will pay for 140 posts."),
        ("The mill will lose 300 jobs.", "The mill will cut 300 jobs."),
        ("Labs detected 48 new cases.", "Labs recorded 48 new cases."),
        ("The barge sank with 12 crew aboard.", "The barge capsized with 12 crew aboard."),
        ("Council raised the levy by 3%.", "Council lifted the levy by 3%."),
        ("Air defences shot down 14 drones.", "Air defences intercepted 14 drones."),
        ("The storm made landfall with 185 km/h winds.", "The storm struck with 185 km/h winds."),
        ("Vets culled 240,000 birds.", "Vets destroyed 240,000 birds."),
        ("The union demanded a 9% rise.", "The union sought a 9% rise."),
        ("The trial enrolled 4,800 adults.", "About 4,800 adults took part in the trial."),
        ("Six storeys of the block gave way.", "Six storeys of the block collapsed."),
        ("The bulletin listed 1,482 cases.", "The bulletin recorded 1,482 cases."),
        ("Thirty patients required hospital care.", "Thirty patients needed hospital care."),
        ("A blast ripped through 12 homes.", "A blast tore through 12 homes."),
        ("Crews finished 40 repairs.", "Crews completed 40 repairs."),
        ("He accepted €3.4 million in bribes.", "He received €3.4 million in bribes."),
        ("Two carriages came off the rails.", "Two carriages derailed."),
        ("About 8,000 people marched to the square.", "About 8,000 people gathered in the square."),
        ("The ministry pledged €54 million.", "The ministry promised €54 million."),
        (
            "Firms face fines of up to 500,000 euros.",
            "Regulators can impose fines of up to 500,000 euros.",
        ),
        ("The clashes left nine officers injured.", "Nine officers were injured in the clashes."),
        ("Eleven riders were forced out of the race.", "Eleven riders abandoned the race."),
        ("The crew beat its rival by three lengths.", "The crew won by three lengths."),
        ("About 120 rescuers were involved.", "More than 90 rescuers took part."),
        ("Forty patients were hospitalised.", "Forty patients were hospitalized."),
        ("The board halted 14 sales.", "The board suspended 14 sales."),
        ("Crews recaptured 570 fish.", "Crews caught 570 fish."),
        ("Repairs are budgeted at £5.8 million.", "Repairs will cost £5.8 million."),
        ("The deal applies to 935 dockers.", "The deal covers 935 dockers."),
        ("Both winners take home €20,000.", "Both winners receive €20,000."),
        ("Divers spotted 30 amphorae.", "Divers discovered 30 amphorae."),
        ("Sonar located two wrecks.", "Sonar discovered two wrecks."),
        ("Diggers unearthed 412 coins.", "Diggers discovered 412 coins."),
        ("The gale toppled 40 trees.", "The gale collapsed 40 trees."),
    ],
)
def test_verbs_for_one_act_name_one_event(one: str, other: str) -> None:
    first, second = first_figure(one), first_figure(other)
    assert first.key.event == second.key.event is not None


@pytest.mark.parametrize(
    ("one", "other", "surface"),
    [
        (
            "The state paid the farmers $9 million.",
            "The farmers received $9 million.",
            "$9 million",
        ),
        (
            "The judge sentenced him to nine years.",
            "He received nine years in prison.",
            "nine years",
        ),
        (
            "The court imposed a $2 million fine.",
            "The firm will pay a $2 million fine.",
            "$2 million",
        ),
        (
            "The group agreed to buy the chipmaker for $12.5 billion.",
            "The group will pay $12.5 billion for the chipmaker.",
            "$12.5 billion",
        ),
        ("Marin won the race with 48,312 votes.", "Marin received 48,312 votes.", "48,312"),
    ],
)
def test_two_sides_of_one_act_are_kin_events(one: str, other: str, surface: str) -> None:
    first, second = claim_of(one, surface), claim_of(other, surface)
    assert first.key.event != second.key.event
    assert same_event(str(first.key.event), str(second.key.event))


def test_a_title_is_not_part_of_who_acts() -> None:
    c = first_figure("Senator Ana Marin received 46,312 votes.")
    assert c.key.actors == ("ana", "marin")


def test_the_counted_noun_follows_a_folded_phrase_wherever_it_stands() -> None:
    c = first_figure("Trustees approved a $421 million spending plan from its transit division.")
    assert c.key.measure[0] == c.key.measure_head == "budget"


def test_the_actor_of_an_act_is_named_by_its_apposition() -> None:
    c = first_figure("Her main rival, incumbent Tomas Greer, received 41,907 votes.")
    assert {"tomas", "greer"} <= set(c.key.actors) and {"rival"} <= set(c.key.subjects)
    assert first_figure("The rival received 41,907 votes.").key.actors == ()


def test_a_date_inside_a_place_phrase_is_no_place() -> None:
    c = claim_of("Senators passed the bill in its first reading on March 3, 2024.", "March 3, 2024")
    assert c.key.places == ()
    assert {"first", "reading"} <= set(c.key.event_args)  # the setting tells readings apart


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Seven inmates died in the riot.", "Seven prisoners died in the riot."),
        ("Rebels freed 14 captives on Monday.", "Rebels freed 14 hostages on Monday."),
        ("The plant employs 900 employees.", "The plant employs 900 workers."),
        ("Storms cut power to 118,000 homes.", "Storms cut power to 118,000 households."),
        ("The landslide destroyed six houses.", "The landslide destroyed six homes."),
        ("The firm will shut 3 factories.", "The firm will shut 3 plants."),
        ("The ship's 23 crew members are safe.", "The ship's 23 sailors are safe."),
        ("Nine tugboats freed the ship.", "Nine tugs freed the ship."),
        ("The airport scrapped 278 departures.", "The airport scrapped 278 flights."),
        ("A team of 38 researchers took part.", "A team of 38 scientists took part."),
        ("The mill has a workforce of 420.", "The mill has 420 workers."),
        ("Crews sent 12 fire engines.", "Crews sent 12 appliances."),
        ("Drivers face a 14-mile detour.", "Drivers face a 14-mile diversion."),
        ("A 45-metre stretch of the pier fell.", "A 45-metre section of the pier fell."),
        ("The refurbishment cost €160 million.", "The renovation cost €160 million."),
        ("The award carries a €40,000 purse.", "The award carries a €40,000 prize."),
        ("It had a guide price of £600,000.", "It had a guide of £600,000."),
        ("The team collects prize money of €35,000.", "The team collects a prize of €35,000."),
        ("The council faces a £12m gap.", "The council faces a £12m shortfall."),
        ("The repair bill came to £2m.", "The repair cost came to £2m."),
        ("Builders will put up 1,450 flats.", "Builders will put up 1,450 homes."),
    ],
)
def test_nouns_for_one_population_name_one_measure(one: str, other: str) -> None:
    first, second = first_figure(one), first_figure(other)
    assert first.key.measure == second.key.measure != ()


@pytest.mark.parametrize("noun", ["takeover", "merger", "acquisition", "transaction", "deal"])
def test_a_corporate_deal_is_one_word_in_keys(noun: str) -> None:
    c = claim_of(f"The {noun} was completed on May 2, 2025.", "May 2, 2025")
    assert "deal" in (*c.key.subjects, *c.key.event_args, *c.key.measure)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Nurses began an open-ended strike on Tuesday.", "Tuesday"),
        ("Dockworkers staged a walkout on Tuesday.", "Tuesday"),
        ("The stoppage started on Tuesday.", "Tuesday"),
        ("Nurses walked off the job on Tuesday.", "Tuesday"),
        ("The stoppage, which began on Tuesday, closed the port.", "Tuesday"),
        ("Pupils stayed home during a strike that began on Tuesday.", "Tuesday"),
    ],
)
def test_a_verb_that_stages_an_event_noun_dates_that_event(text: str, surface: str) -> None:
    c = claim_of(text, surface)
    assert c.key.event == "strike"


@pytest.mark.parametrize(
    "text",
    ["The strike ended on Thursday after a deal.", "The union ended the strike on Thursday."],
)
def test_the_day_an_event_ended_is_not_its_date(text: str) -> None:
    # the day a strike began is the strike's date; the day it ended is another fact
    assert claim_of(text, "Thursday").key.event == "end"


@pytest.mark.parametrize(
    ("one", "other", "surface"),
    [
        ("The deal came after 47 days of talks.", "The deal came after 47 days of negotiations.", "47 days"),
        ("It ends a two-year legal battle.", "It ends a two-year dispute.", "two-year"),
        ("The six-month trial ended.", "The six-month experiment ended.", "six-month"),
    ],
)  # fmt: skip
def test_nouns_for_one_thing_a_span_lasts_are_one(one: str, other: str, surface: str) -> None:
    first, second = claim_of(one, surface), claim_of(other, surface)
    assert first.key.event_args == second.key.event_args != ()


@pytest.mark.parametrize(
    ("text", "surface", "args"),
    [
        ("The deal came after 47 days of talks.", "47 days", ("talk",)),
        ("The talks lasted 47 days.", "47 days", ("talk",)),
        ("It ends a two-year legal battle.", "two-year", ("dispute",)),
        ("The probe is built for a seven-year mission mapping soil moisture.", "seven-year", ("mission",)),
        ("The strike is due to last 12 days.", "12 days", ("strike",)),
        ("The walkout will run for 10 days unless talks resume.", "10 days", ("strike",)),
        ("The selection process took 14 months.", "14 months", ("selection", "process")),
        ("It ended a 19-month selection process.", "19-month", ("selection", "process")),
    ],
)  # fmt: skip
def test_how_long_a_happening_lasted_is_one_event_however_told(text, surface, args):
    c = claim_of(text, surface)
    assert (c.key.event, c.key.event_args) == ("last", args)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He received a three-year sentence.", "three-year"),  # a penalty, not a happening
        ("Jurors deliberated for two days.", "two days"),  # the verb is the event
        ("The law takes effect 30 days after the talks.", "30 days"),  # a distance
    ],
)
def test_other_spans_are_no_happening_s_length(text: str, surface: str) -> None:
    assert claim_of(text, surface).key.event != "last"


def test_the_actor_of_a_staged_event_is_the_staging_verb_s_subject() -> None:
    c = claim_of("Nurses began an open-ended strike on Tuesday.", "Tuesday")
    assert c.key.subjects == ("nurse",)


@pytest.mark.parametrize(
    ("text", "surface", "event"),
    [
        ("The deal closed on Friday.", "Friday", "complete"),
        ("The depot closed in 2019.", "2019", "shut"),
        ("The depot, which once housed 90 buses, closed in 2019.", "2019", "shut"),
        ("The council closed the library in March.", "March", "shut"),
    ],
)
def test_a_place_that_closes_shuts(text: str, surface: str, event: str) -> None:
    assert claim_of(text, surface).key.event == event


def test_a_train_that_came_off_the_tracks_derailed() -> None:
    assert claim_of("The train came off the tracks on Sunday.", "Sunday").key.event == "derail"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Trustees approved a $421 million spending plan.",
            "Trustees approved a $421 million budget.",
        ),
        ("The jobless rate fell to 4.1%.", "The unemployment rate fell to 4.1%."),
    ],
)
def test_phrases_for_one_measure_name_one_measure(one: str, other: str) -> None:
    first, second = first_figure(one), first_figure(other)
    assert (first.key.measure, first.key.measure_head) == (
        second.key.measure,
        second.key.measure_head,
    )
    assert first.key.measure_head is not None


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Local shops could shed another 400 jobs.", True),
        ("The toll may rise to 300.", True),
        ("The plant will eliminate 400 jobs.", False),
        ("The plant eliminated 400 jobs.", False),
        # a standard, not a level: "92% should be treated within 18 weeks"
        ("By law 92% of patients should be seen within 18 weeks.", True),
        ("The firm must pay 2,350 euros in costs.", False),
    ],
)
def test_a_figure_said_to_be_possible_is_hedged(text: str, hedged: bool) -> None:
    assert first_figure(text).key.hedged is hedged


@pytest.mark.parametrize(
    "text",
    [
        "The bank cut its key rate to 3.25%.",
        "The bank cut its benchmark interest rate to 3.25%.",
        "The bank cut its policy rate to 3.25%.",
    ],
)
def test_a_central_bank_rate_has_one_name_in_keys(text: str) -> None:
    assert first_figure(text).key.event_args == ("policy", "rate")


def test_a_weekday_is_not_an_actor() -> None:
    # "300 workers walked out on Monday": the parser may hang "Monday" on the subject
    c = claim_of("The strike began on Monday, when 300 workers walked out.", "300")
    assert "monday" not in c.key.actors


def test_an_age_beside_a_name_in_a_sentence_of_the_story_is_a_claim():
    text = "Its chief executive, Greta Lindqvist, 56, told analysts that prices would rise."
    age = claim_of(text, "56")
    assert age.value.unit == "years"
    assert age.key.event == "age" and "lindqvist" in age.key.actors


def test_ages_key_as_their_person_whatever_the_clause_tells():
    told = claim_of("A 71-year-old man died after a rock fell at the quarry.", "71-year-old")
    aged = claim_of("A man aged 74 died when a rock fell at the quarry.", "74")
    assert aged.value.unit == "years"
    for age in (told, aged):
        assert (age.key.event, age.key.subjects, age.key.event_args) == ("age", ("man",), ("die",))


def test_a_share_of_change_told_as_a_noun_counts_no_noun_of_its_own():
    noun = claim_of("The firm reported a 19% slide in pre-tax profit.", "19%")
    verb = claim_of("Pre-tax profit fell 19% last year.", "19%")
    assert noun.key.measure_head is None and verb.key.measure_head == "profit"
    assert set(verb.key.measure) <= set(noun.key.measure)


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        ("Venn, who founded the firm in 1958, died in 2022 aged 91, leaving an estate.", "91",
         ("venn",)),
        ("Venn, who died at 89, was remembered by former workers last week.", "89", ("venn",)),
        ("The freighter, which was 31 years old, sank off the cape.", "31 years old",
         ("freighter",)),
        # a place a preposition sets is not who is that old
        ("The retired skipper died at his home in Port Alder, aged 87.", "87",
         ("retired", "skipper")),
        # set off after a name, it is that person's, wherever the parser hangs "aged"
        ("A jury convicted Declan Moss of the manslaughter of Anton Vesely, aged 32.", "32",
         ("anton", "vesely")),
        ("Hundreds joined a donor drive organised for Sam Elford, aged 26, who needs a "
         "transplant.", "26", ("sam", "elford")),
        # a hometown after the age is not the person
        ("Police named the victim as Greta Lindqvist, aged 56, of Marteval.", "56",
         ("greta", "lindqvist")),
        ("Rosa Lindell, 41, of Harbour Row, was found by walkers.", "41", ("rosa", "lindell")),
        # a role before a name is the name's
        ("A petition begun by 82-year-old pensioner Ada Morrow won 900 signatures.",
         "82-year-old", ("pensioner", "ada", "morrow")),
    ],
)  # fmt: skip
def test_an_age_told_after_its_clause_or_name_is_that_persons(text, surface, person):
    age = claim_of(text, surface)
    assert age.value.unit == "years" and age.key.event == "age" and age.key.subjects == person


def test_an_age_set_off_after_a_role_is_that_persons():
    age = claim_of("The van's guard, 61, suffered a head wound.", "61")
    assert age.value.unit == "years" and age.key.event == "age"
    assert age.key.subjects[-1] == "guard"


def test_a_threshold_age_is_nobodys_age():
    retire = claim_of("Workers will retire at the age of 65 from 2028.", "65")
    assert retire.value.unit is None and retire.key.event != "age"


def test_an_infinitive_in_a_relative_clause_is_its_antecedents():
    text = "The money will go to the new wing, which is expected to cost £9 million."
    cost = claim_of(text, "£9 million")
    assert "wing" in cost.key.subjects


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("He was ordered to pay £5,300 in compensation to the victim.", "£5,300", "compensation"),
        ("The firm must pay £210,000 in prosecution costs.", "£210,000", "cost"),
        ("The court ordered it to pay 40 million euros in 2023.", "40 million euros", None),
        ("The winners collect $5 million in prize money.", "$5 million", None),  # how paid
        # what a sum was invested in is what it went on (test_a_sum_spent_measures_...)
        ("It invested £5 million in the project.", "£5 million", "project"),
    ],
)
def test_a_sum_names_what_it_is_after_in(text, surface, head):
    assert claim_of(text, surface).key.measure_head == head


def test_a_participle_dates_the_counted_noun_to_its_year():
    text = "Only 9 of the 31 recommendations made after the 2022 inspection had been met."
    assert claim_of(text, "31", dt.date(2025, 3, 12)).key.earlier  # the last inspection's
    assert not claim_of("Inspectors made 14 recommendations.", "14").key.earlier


def test_a_restoration_is_a_happening_whose_length_is_one_fact():
    c = claim_of("The four-year restoration of the windmill ended in May.", "four-year")
    assert (c.key.event, c.key.event_args[:1]) == ("last", ("restoration",))


def test_a_when_clause_dates_its_figures_to_its_year():
    text = "The last such incident came in 2018, when the ministry expelled two diplomats."
    assert claim_of(text, "two", dt.date(2025, 10, 18)).key.earlier
    record = "Its busiest year remains 2019, when 2.9 million meals were handed out."
    assert claim_of(record, "2.9 million", dt.date(2025, 10, 18)).key.earlier
    assert not claim_of(record, "2.9 million", dt.date(2019, 12, 18)).key.earlier


@pytest.mark.parametrize(
    "text",
    [
        "In the port alone, a single depot gave out 9,400 parcels.",
        "The worst offender was found to owe wages to 1,150 staff.",
    ],
)
def test_what_one_of_a_group_does_is_a_part(text):
    figure = "9,400" if "9,400" in text else "1,150"
    assert claim_of(text, figure).key.part
    # a ranked one named by its own name is the one other articles name
    assert not claim_of("The largest Harrowdene reservoir was at 21%.", "21%").key.part
    # the latest figures are all of them, ranked by time, not one of a group
    assert not claim_of(
        "The latest figures put the bill at £38.5 million.", "£38.5 million"
    ).key.part


@pytest.mark.parametrize(
    ("text", "surface", "event"),
    [
        ("Velmora ordered four diplomats to leave the country.", "four", "expel"),
        ("The airline ordered 40 aircraft.", "40", "buy"),
        ("The six numbers drawn on April 12 matched.", "April 12", "draw"),
        ("The festival drew 94,000 visitors.", "94,000", "receive"),
        ("About 2,400 people were ordered from their homes.", "About 2,400", "flee"),
        ("Around 310 people spent the weekend at the shelter.", "Around 310", "stay overnight"),
        ("The ministry will spend $3.2 billion over five years.", "$3.2 billion", "pay"),
        ("The dam was constructed in 1961.", "1961", "build"),
        ("The school was rated inadequate in 2023.", "2023", "rate"),
        ("Inspectors judged the school inadequate in 2022.", "2022", "rate"),
        ("The council has clawed back £230,000.", "£230,000", "recover"),
        ("The twin tipped the scales at 130 grams.", "130 grams", "weigh"),
        ("Last year the mine turned out 1.8 million tonnes.", "1.8 million tonnes", "produce"),
        ("The new cap applies from April 1.", "April 1", "enter into force"),
        ("The minister tabled the bill on Monday.", "Monday", "introduce"),
        ("The firm informed the regulator on May 2.", "May 2", "notify"),
        ("The first 40 nurses landed on Sunday.", "Sunday", "arrive"),
        ("Twelve fire engines attended the blaze.", "Twelve", "send"),
        ("The road will stay closed for at least six weeks.", "at least six weeks", "remain"),
        ("The levy brought in $2.31 billion last year.", "$2.31 billion", "raise"),
        ("Consent was granted in May for a 600-bed hall.", "May", "approve"),
        ("The trust granted £2 million to the museum.", "£2 million", "contribute"),
        ("The ministry will contribute £5.2 million to the works.", "£5.2 million", "contribute"),
        ("The new lock is expected to cost £8.3 million.", "£8.3 million", "cost"),
        ("The co-op was set up in 1968.", "1968", "found"),  # = "founded in 1968"
        ("About 40mm of rain fell overnight.", "About 40mm", "fall"),  # a rainfall, no level
        ("Sales fell to $2.1 billion.", "$2.1 billion", None),  # a level, no act
        ("The trust was established in 1990.", "1990", "found"),
        # a place that closes is shut; a deal that closes is completed
        ("The ward will close on March 31.", "March 31", "shut"),
        ("The pier closure began in June.", "June", "shut"),
        ("The takeover closed on March 3.", "March 3", "complete"),
        ("Some 86 staff were made redundant.", "Some 86", "cut"),  # "lost their jobs"
        ("A local man was handed a £4,800 fine.", "£4,800", "fine"),  # not a payment
    ],
)
def test_a_verb_of_two_senses_is_read_by_its_construction(text, surface, event):
    assert claim_of(text, surface).key.event == event


def test_a_count_over_a_long_past_is_another_occurrence():
    text = "The village has lost more than 50 homes to erosion over the past century."
    assert claim_of(text, "more than 50").key.earlier
    assert claim_of("Sales fell by 12% in recent years.", "12%").key.earlier
    assert not claim_of("Six homes were lost this winter.", "Six").key.earlier
    assert not claim_of("Sales fell by 12% over the past week.", "12%").key.earlier


def test_the_level_a_change_started_from_may_count_a_noun():
    # the date of "2,950 hours" (the level before) dates no act, so it stamps no figure
    text = "Crews lost 4,310 hours in October, up from 2,950 hours in the same month last year."
    date = claim_of(text, "the same month last year", dt.date(2025, 11, 12))
    assert date.key.event is None
    assert not claim_of(text, "4,310 hours", dt.date(2025, 11, 12)).key.earlier


def test_a_wider_whole_a_figure_is_set_against_is_another_one():
    text = "Wardens said 26 pairs nested there, out of about 2,000 pairs nationally."
    assert claim_of(text, "about 2,000").key.earlier
    assert not claim_of(text, "26").key.earlier
    assert claim_of("Sales fell 4% nationwide last month.", "4%").key.earlier


def test_a_plant_commissioned_is_opened_but_a_report_commissioned_is_not():
    assert claim_of("The plant was commissioned in 2012.", "2012").key.event == "open"
    assert claim_of("The council commissioned a report in 2012.", "2012").key.event != "open"


def test_a_call_for_a_sum_is_a_request_and_two_in_five_a_share():
    text = "The growers called on the government for €5 million in emergency aid."
    assert claim_of(text, "€5 million").key.event == "seek"
    share = claim_of("Two in five pharmacies have run out.", "Two in five")
    assert (share.kind, share.value.low, share.value.approx) == (Kind.PERCENT, 40, True)
    assert share.key.measure_head == "pharmacy"


@pytest.mark.parametrize(
    ("text", "surface", "hedged"),
    [
        ("A player must reach the 2,500 rating required for the title.", "2,500", True),
        ("Entrants must gather the 30 signatures needed to stand.", "30", True),
        ("Her rating now stands above 2,500 after the win.", "above 2,500", False),
        ("The petition gathered 30 signatures in a day.", "30", False),
    ],
)
def test_a_figure_told_as_a_requirement_is_no_level_reached(text, surface, hedged):
    assert claim_of(text, surface).key.hedged is hedged


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        ("The operator was separately fined £180,000 for lax checks.", "£180,000", True),
        ("The operator was fined £180,000 for lax checks.", "£180,000", False),
    ],
)
def test_an_act_done_separately_is_another_occurrence(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Across all specialties, 61,200 patients are on the waiting lists.", True),
        ("In all, 61,200 patients are on the orthopaedic waiting list.", False),
    ],
)
def test_a_figure_across_all_of_a_kind_is_a_wider_whole(text, earlier):
    assert claim_of(text, "61,200").key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "event"),
    [
        ("Around 41% of pupils are eligible for free school meals.", "Around 41%", "eligible"),
        ("About 300 residents were unhappy with the plan.", "About 300", "unhappy"),
        ("Turnout was 61%.", "61%", None),
        ("The 12 patients are stable.", "12", None),
    ],
)
def test_a_count_said_to_be_in_a_condition_counts_those_in_it(text, surface, event):
    assert claim_of(text, surface).key.event == event


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("In the separate research rankings, published in May, the university was 27th.", True),
        ("In the research rankings, published in May, the university was 27th.", False),
    ],
)
def test_a_separate_thing_dated_by_its_participle_is_another_one(text, earlier):
    assert claim_of(text, "May").key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "negated"),
    [
        ("Councillors voted to stop paying for 14 routes.", "14", True),
        ("The council ceased funding 12 clubs in May.", "12", True),
        ("The council will continue to support 28 routes.", "28", False),
    ],
)
def test_an_act_stopped_is_not_done(text, surface, negated):
    assert claim_of(text, surface).key.negated is negated


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"We came for the wine," said one passenger from Leeds.', []),
        ("One resident said the water ran brown for a week.", ["a week"]),
        ("One ferry carried 40 people.", ["One", "40"]),
        ('"One death is too many," she said.', []),
    ],
)
def test_one_speaker_is_no_count(text, found):
    assert [c.text for c in extract_text(text, ANCHOR)] == found


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        ("In 2019, when a smaller scheme freed 400 prisoners, many reoffended.", "400", True),
        ("The lower house approved the accord with 221 votes.", "221", False),
        ("The scheme will free up to 1,100 prisoners.", "up to 1,100", False),
        # a smaller site, not a separate incident of the story's own
        ("At the smaller Harl Moor wind farm, searchers found 12 bats.", "12", True),
        ("In a separate incident, two firefighters were injured.", "two", False),
        (
            "The neighbouring Corrie scheme, which rewetted 310 hectares, cost £1m.",
            "310 hectares",
            True,
        ),
    ],
)
def test_a_smaller_actor_of_the_same_kind_is_another_occurrence(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "degree"),
    [
        ("Nearly a third of the reefs were severely bleached.", "Nearly a third", True),
        ("Nearly a third of the reefs were bleached.", "Nearly a third", False),
        # told after the verb, of some of them: "many of them critically"
        ("Another 62 people were wounded, many of them critically.", "62", False),
    ],
)
def test_how_far_an_act_went_is_part_of_its_key(text, surface, degree):
    assert ("severe" in claim_of(text, surface).key.event_args) is degree


@pytest.mark.parametrize(
    ("text", "surface", "word", "kept"),
    [
        ("The toll for heavy goods vehicles rises to €16.90.", "€16.90", "vehicle", True),
        ("The fare for children will be £4.", "£4", "child", True),
        # what a fund is for is no kind of payer
        (
            "The two countries will set up a $75 million fund for roads.",
            "$75 million",
            "road",
            False,
        ),
    ],
)
def test_a_price_names_whom_it_is_for(text, surface, word, kept):
    assert (word in claim_of(text, surface).key.measure) is kept


@pytest.mark.parametrize(
    ("text", "surface", "part"),
    [
        (
            "In the most rural wards, crews took more than 14 minutes to arrive.",
            "more than 14 minutes",
            True,
        ),
        (
            "Across the county, crews took more than 14 minutes to arrive.",
            "more than 14 minutes",
            False,
        ),
        ("Among 25- to 34-year-olds the rate was 8.3 per cent.", "8.3 per cent", True),
        ("Across the country the rate was 8.3 per cent.", "8.3 per cent", False),
    ],
)
def test_a_clause_set_in_part_of_a_group_counts_a_part(text, surface, part):
    assert claim_of(text, surface).key.part is part


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # one counted noun by two names keys as one
        ("About 4,200 staff will pay the charge.", "About 4,200", "worker"),
        ("Inspectors destroyed more than 400 hives.", "more than 400", "colony"),
        ("The mill will shed 260 posts.", "260", "job"),
        ("The yard will build two 139-metre ships.", "139-metre", "vessel"),
        ("The pilot uses five cars.", "five", "vehicle"),
        ("The council is facing a £4m hole in its finances.", "£4m", "shortfall"),
        # a place named for whom it serves is what is counted
        ("Three children's homes will stay open after the vote.", "Three", "household"),
        ("The three children's parents were told on Monday.", "three", "child"),
    ],
)
def test_the_counted_noun_is_keyed_as_one_word(text, surface, head):
    assert claim_of(text, surface).key.measure_head == head


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        # qualifiers news uses interchangeably key as one word
        ("Global rice exports fell 12%.", "12%", ("world", "rice", "export")),
        ("World rice exports fell 15%.", "15%", ("world", "rice", "export")),
        ("The union rejected an improved offer of £2,400.", "£2,400", ("revised", "offer")),
        ("The union rejected a revised offer of £2,100.", "£2,100", ("revised", "offer")),
    ],
)
def test_interchangeable_qualifiers_key_as_one_word(text, surface, measure):
    assert claim_of(text, surface).key.measure == measure


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Letter volumes have fallen by 47% since 2015.", False),
        ("The museum has been closed since 2015.", True),
    ],
)
def test_a_year_a_change_is_told_since_dates_no_act(text, dated):
    assert (claim_of(text, "2015").key.event is not None) is dated


@pytest.mark.parametrize(
    ("text", "surface", "event"),
    [
        (
            "About 300 students protested outside the town hall during the vote.",
            "About 300",
            "protest",
        ),
        # a present participle is a fragment's description, not its act
        ("Eleven tugboats working in shifts.", "Eleven", None),
    ],
)
def test_a_verb_the_parser_hangs_off_a_noun_is_still_the_act(text, surface, event):
    assert claim_of(text, surface).key.event == event


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        ("The total was up 23% on last year, when 3,960 parcels were handed out.", "3,960", True),
        ("The depot opened in March, when 3,960 parcels were handed out.", "3,960", False),
        ("The previous year it recruited 440 officers.", "The previous year", True),
        ("Last year it recruited 440 officers.", "Last year", False),
    ],
)
def test_a_time_before_the_storys_own_is_another_occurrence(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize("word", ["real", "true", "actual", "hidden", "full"])
def test_a_figure_told_against_the_stated_one_says_so_in_its_key(word):
    c = claim_of(
        f"Critics said the {word} cost would be closer to 4 billion crowns.", "4 billion crowns"
    )
    assert "real" in c.key.measure


@pytest.mark.parametrize(
    ("text", "surface", "earlier", "subjects"),
    [
        ("He broke through as a 16-year-old.", "16-year-old", True, ()),
        ("The woman, aged 45, was freed after 105 minutes.", "45", False, ("woman",)),
        # the "old" of the age itself is not "the old one"
        ("The owl was first seen by a 71-year-old postman.", "71-year-old", False,
         ("postman",)),
    ],
)  # fmt: skip
def test_an_age_keys_who_is_that_old_and_when(text, surface, earlier, subjects):
    key = claim_of(text, surface).key
    assert (key.earlier, key.subjects) == (earlier, subjects)


def test_a_place_an_age_holder_is_from_names_no_one():
    key = claim_of("A 34-year-old teacher from Eastbank collapsed.", "34-year-old").key
    assert key.subjects == ("teacher", "eastbank") and key.actors == ()


@pytest.mark.parametrize(
    ("text", "found", "per"),
    [
        (
            "Breweries use around 900,000 tonnes of malting barley a year.",
            ["around 900,000 tonnes"],
            "year",
        ),
        ("The field pumps 40,000 barrels of oil a day.", ["40,000 barrels"], "day"),
        ("The plant shut for a year.", ["a year"], None),
    ],
)
def test_a_rate_of_what_an_amount_is_of_is_no_duration(text, found, per):
    claims = extract_text(text, ANCHOR)
    assert [c.text for c in claims] == found
    assert claims[0].key.per == per


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        (
            "The firm spent £1.1 million on new treatment equipment.",
            "£1.1 million",
            ("new", "treatment", "equipment"),
        ),
        ("The city invested €40m in electric buses.", "€40m", ("electric", "bus")),
        ("The firm spent £1.1 million.", "£1.1 million", ("company",)),  # its subject's
    ],
)
def test_a_sum_spent_measures_what_it_went_on(text, surface, measure):
    assert claim_of(text, surface).key.measure == measure


@pytest.mark.parametrize(
    ("text", "surface", "part"),
    [
        ("In primary schools the rate was 12.6 per cent.", "12.6 per cent", True),
        ("In the meantime 412 students are staying in hotels.", "412", False),
        ("We have been running 60 controllers short for years.", "60", True),
        ("The operator blamed a shortfall of 74 drivers.", "74", True),
        ("The centre employs 418 controllers.", "418", False),
    ],
)
def test_a_group_named_first_or_a_shortfall_is_a_part(text, surface, part):
    assert claim_of(text, surface).key.part is part


@pytest.mark.parametrize(
    ("text", "surface", "hedged"),
    [
        ("The vessel is licensed to carry 250 passengers.", "250", True),
        ("The stadium was designed to hold 40,000 fans.", "40,000", True),
        ("The ferry carried 143 passengers.", "143", False),
    ],
)
def test_what_something_can_hold_is_no_act(text, surface, hedged):
    assert claim_of(text, surface).key.hedged is hedged


def test_a_group_said_to_be_behind_is_in_that_state():
    c = claim_of("Around 310,000 households are three months behind on payments.", "Around 310,000")
    assert c.key.event == "behind"


@pytest.mark.parametrize(
    ("text", "surface", "hedged"),
    [
        (
            "If prices keep rising, the council will spend £4 million on repairs.",
            "£4 million",
            True,
        ),
        ("The walkout will run for 10 days unless talks resume.", "10 days", False),
    ],
)
def test_a_figure_on_a_condition_is_a_possibility(text, surface, hedged):
    assert claim_of(text, surface).key.hedged is hedged


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Primary uniforms cost an average of £278.", "£278", ("primary", "uniform")),
        ("The aft stacks were eight containers high.", "eight", ("container", "high")),
        ("The ship lost 63 containers.", "63", ("container",)),
    ],
)
def test_an_average_or_a_size_says_what_it_measures(text, surface, measure):
    assert claim_of(text, surface).key.measure == measure


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        ("Officials reported three deaths at first.", "three", True),
        (
            "At the start of the century about 1,200 pups were born across the whole firth.",
            "about 1,200",
            True,
        ),
        ("About 1,200 pups were born at the colony.", "About 1,200", False),
    ],
)
def test_what_was_said_at_first_or_of_a_wider_whole_is_another_figure(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "part"),
    [
        ("The resort's other ten lifts were busy.", "ten", True),
        ("The air ambulance will be down to one helicopter for two weeks.", "one", True),
        ("The resort's ten lifts were busy.", "ten", False),
    ],
)
def test_what_is_left_of_a_group_is_a_part(text, surface, part):
    assert claim_of(text, surface).key.part is part


def test_a_when_clause_on_a_past_date_dates_the_act_its_noun_names():
    text = (
        "The hospital was last hit by a major outbreak in 2023, when norovirus forced the "
        "closure of five wards."
    )
    assert claim_of(text, "five").key.earlier is True


def test_a_purchase_and_a_payment_are_one_sum_but_two_dates():
    assert same_event("buy", "pay")
    assert not same_event("buy", "pay", when=True)


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        (
            "The relief ferry has room for 24 vehicles, compared with the 60 cars the Skarvholm "
            "carries.",
            "60",
            True,
        ),
        ("The Skarvholm normally carries 60 cars.", "60", False),
    ],
)
def test_what_a_figure_is_compared_with_is_another_one(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "part"),
    [
        (
            "Under the settlement, €1.2m of the penalty will be paid into a river fund.",
            "€1.2m",
            True,
        ),
        ("The firm will shed 340 jobs in the city as part of a global restructuring.", "340", True),
        ("The firm will shed 340 jobs in the city.", "340", False),
    ],
)
def test_a_share_of_a_sum_or_of_a_wider_plan_is_a_part(text, surface, part):
    assert claim_of(text, surface).key.part is part


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        (
            "During the previous flood, about 1,800 people were moved to shelters.",
            "about 1,800",
            True,
        ),
        ("An earlier fault at the plant, in 2022, left 40 homes without power.", "2022", True),
        ("During the flood, about 1,800 people were moved to shelters.", "about 1,800", False),
        ("In an initial round of testing, 31 cases were found.", "31", False),
        ("At the last count, 212 people were missing.", "212", False),
        # the length of a happening told in an earlier one's "when" clause
        ("The river last flooded in 1998, when a three-day deluge swept the bridge away.",
         "three-day", True),
        ("Staff will stage a 10-day walkout next month.", "10-day", False),
    ],
)  # fmt: skip
def test_a_clause_set_in_an_earlier_occurrence_tells_that_one(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        ("The nightly levy will rise from £2.10 next April.", "£2.10", True),
        ("The nightly levy will rise to £2.40 next April.", "£2.40", False),
        ("The rate rose to 18.4%, up from 15.1%.", "15.1%", True),
        ("Assaults on staff reached 412, against 324 a year before.", "324", True),
        ("Assaults on staff reached 412, against 324 a year before.", "412", False),
        ("The motion was carried by 212 votes against 158.", "158", False),
        # a level someone moved, but not the source money is raised from
        ("The board lowered the starting age from 54.", "54", True),
        ("The levy will raise £3 million from its 1,450 spaces.", "1,450", False),
    ],
)
def test_the_level_a_change_started_from_is_another_figure(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        ("The matron said 38 patients had since been moved to other hospitals.", "38", True),
        ("Search teams have since recovered at least 20 fragments.", "at least 20", False),
    ],
)
def test_an_act_told_as_having_followed_since_is_a_later_one(text, surface, earlier):
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "part"),
    [
        ("Rates were highest in the northern region, at 34%.", "34%", True),
        ("Turnout was highest in a decade, at 71%.", "71%", False),
        ("The national rate was 29%.", "29%", False),
    ],
)
def test_a_figure_ranked_above_the_rest_of_a_group_is_a_part(text, surface, part):
    assert claim_of(text, surface).key.part is part


def test_an_aside_on_a_noun_does_not_date_the_clause_s_event() -> None:
    text = "The naval base, home to warships since 1794, will close in December 2029."
    assert claim_of(text, "1794").key.event is None
    assert claim_of(text, "December 2029").key.event == "shut"


@pytest.mark.parametrize(
    ("text", "surface", "stamp"),
    [
        ("The chain closed 30 stores in a 2023 restructuring.", "30", "2023"),
        ("The firm made an approach in 2023 that valued it at £520m.", "£520m", "2023"),
        # a season is the story's own span; a month is a date of its own
        ("It received €18.6 million during the 2024-25 season.", "€18.6 million", None),
    ],
)
def test_the_year_of_the_happening_an_act_was_part_of_stamps_its_figure(text, surface, stamp):
    assert claim_of(text, surface).key.time_ref == stamp


@pytest.mark.parametrize(
    ("text", "surface", "args"),
    [
        # how long an act went on keys as the length of its happening
        ("Cabin crew will strike for five days.", "five days", ("strike",)),
        ("The five-day strike ended on Friday.", "five-day", ("strike",)),
        ("The road was shut for 19 hours.", "19 hours", ("road", "shut")),
        ("The lock was reopened after a 40-hour closure.", "40-hour", ("lock", "shut")),
    ],
)
def test_the_length_of_an_act_is_the_length_of_its_happening(text, surface, args) -> None:
    key = claim_of(text, surface).key
    assert (key.event, key.event_args) == ("last", args)


def test_a_penalty_for_a_while_is_no_happening_s_length() -> None:
    assert claim_of("He was jailed for five years.", "five years").key.event != "last"


@pytest.mark.parametrize(
    ("text", "surface", "words"),
    [
        # the number a line or phase is named by tells two of them apart
        ("Line 4 was closed in January.", "January", ("no4", "line")),
        ("Phase 2 will cost £4m.", "£4m", ("no2", "phase")),
        ("phase 2 will cost £4m.", "£4m", ("no2", "phase")),  # a label in lower case too
    ],
)
def test_the_number_that_names_a_thing_is_a_key_word(text, surface, words) -> None:
    key = claim_of(text, surface).key
    assert words in (key.event_args, key.measure)


def test_a_day_of_a_month_is_no_name_number() -> None:
    key = claim_of("The outage on March 11 shut the depot.", "March 11").key
    assert not any(w.startswith("no") for w in key.subjects + key.event_args)


@pytest.mark.parametrize(
    ("text", "surface", "measure", "event"),
    [
        # a figure an act moved a thing to is that thing's new level, as after "rose to"
        ("The board raised the minimum farm rate to €13.85.", "€13.85", "rate", None),
        ("The fee was cut to £20 in May.", "£20", "fee", None),
        ("The council cut 40 jobs.", "40", "job", "cut"),  # what was cut, not a level
    ],
)
def test_the_level_an_act_moved_a_thing_to_is_that_thing_s(text, surface, measure, event):
    key = claim_of(text, surface).key
    assert (key.measure_head, key.event) == (measure, event)


def test_a_hard_wrapped_sentence_is_read_whole() -> None:
    # cut at the wrap, "by 2030" was parsed apart from the figure it dates: a goal
    wrapped = "Ministers said they would plant 3,000km of new hedgerow by\n2030, as promised."
    figure = claim_of(wrapped, "3,000km", dt.date(2026, 5, 1))
    assert figure.key.time_ref == "2030" and figure.key.earlier
    # each claim keeps its own line, and its text as the file has it
    assert (figure.line, claim_of(wrapped, "2030").line) == (1, 2)
    split = claim_of("It reopened on March\n3, 2025.", "March\n3, 2025")
    assert (split.line, split.value.timex) == (1, "2025-03-03")


@pytest.mark.parametrize(
    ("text", "surface", "sentence"),
    [
        # a headline, a read-time label and a caption above the story run on no further
        ("Council backs the harbour plan\nThe scheme will cost £5m.", "£5m",
         "The scheme will cost £5m."),
        ("3 min read\nThe scheme will cost £5m.", "£5m", "The scheme will cost £5m."),
        # a line that ends mid-clause, or goes on in lower case, wraps its paragraph
        ("The council said the scheme, which was first proposed in 2019,\nwill cost £5m.",
         "£5m", "The council said the scheme, which was first proposed in 2019, will cost £5m."),
        ("The works will be paid for by\nHarbour Trust, at a cost of £5m.", "£5m",
         "The works will be paid for by Harbour Trust, at a cost of £5m."),
        # a month and its day
        ("The bridge reopened on March\n3, 2025, at a cost of £5m.", "£5m",
         "The bridge reopened on March 3, 2025, at a cost of £5m."),
        ("Runners of the City Marathon\n3 runners were hurt.", "3", "3 runners were hurt."),
        # a list item is a block of its own
        ("The council approved the plan\n- a cost of £5m was agreed.", "£5m",
         "- a cost of £5m was agreed."),
    ],
)  # fmt: skip
def test_a_line_break_wraps_a_paragraph_only_where_the_line_runs_on(
    text: str, surface: str, sentence: str
) -> None:
    assert claim_of(text, surface).sentence == sentence


@pytest.mark.parametrize(
    ("text", "surface", "event"),
    [
        ("A fleet of nine tugs pulled the vessel free after 62 hours.", "nine", "pull"),
        ("The ship was refloated by a team of 11 tugboats on Tuesday.", "11", "refloat"),
    ],
)
def test_a_body_of_things_is_the_things_it_counts(text: str, surface: str, event: str) -> None:
    # "a fleet of nine tugs" is nine tugs doing what the clause says, not the fleet's holding
    key = claim_of(text, surface).key
    assert (key.measure_head, key.event, key.subjects) == ("tug", event, ())
    # a trial of patients still holds what it counts
    assert claim_of("A trial of 1,150 patients showed a benefit.", "1,150").key.subjects == (
        "trial",
    )


def test_a_figure_in_a_relative_clause_takes_the_year_of_its_noun() -> None:
    trial = "A six-month trial in 2022, which set a limit of 90 km/h, cut emissions by 9%."
    figure = claim_of(trial, "90 km/h", dt.date(2026, 3, 1))
    assert figure.key.time_ref == "2022" and figure.key.earlier


@pytest.mark.parametrize(
    ("text", "surface", "wider"),
    [
        ("Some 89.2% of its graduates were in work, ahead of a sector average of 87.5%.",
         "87.5%", True),
        ("The jobless rate rose to 5.1%, above the national average of 4.2%.", "4.2%", True),
        ("Uniforms cost an average of £278, the survey found.", "£278", False),
        ("Its pupils scored an average of 61%.", "61%", False),
    ],
)  # fmt: skip
def test_a_wider_groups_average_is_the_yardstick_not_the_figure(
    text: str, surface: str, wider: bool
) -> None:
    assert claim_of(text, surface).key.earlier is wider


@pytest.mark.parametrize(
    ("text", "surface", "capacity"),
    [
        ("The aircraft carries nine passengers.", "nine", True),
        ("The hall seats 900 people.", "900", True),
        ("The maiden flight carried six passengers.", "six", False),
        ("The ferry is carrying 400 passengers.", "400", False),
        ("He holds a 12% stake in the firm.", "12%", False),
    ],
)
def test_a_present_tense_carry_or_seat_tells_a_capacity(
    text: str, surface: str, capacity: bool
) -> None:
    # what a craft or hall takes at most is no count of one trip or one night
    assert claim_of(text, surface).key.hedged is capacity


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        ("For comparison, the older dam holds 41 million cubic metres.", "41 million", True),
        ("By comparison, the rival port handled 9,300 containers.", "9,300", True),
        ("The new dam holds 41 million cubic metres.", "41 million", False),
    ],
)
def test_a_figure_brought_in_for_comparison_is_another_things(
    text: str, surface: str, earlier: bool
) -> None:
    assert claim_of(text, surface).key.earlier is earlier


@pytest.mark.parametrize(
    ("text", "surface", "earlier", "event"),
    [
        # the plan a postponement replaced, and the day it moved the event to
        ("The regatta, due to take place on Sunday, was postponed to May 24.", "Sunday",
         True, "happen"),
        ("The regatta, due to take place on Sunday, was postponed to May 24.", "May 24",
         False, "happen"),
        ("The match, scheduled for June 3, has been called off.", "June 3", True, None),
        ("Scheduled for June 3, the final was called off.", "June 3", True, None),
        ("The gala, which was due to be held on June 3, was cancelled.", "June 3", True, None),
        ("The rally was postponed on Tuesday after a storm warning.", "Tuesday", False,
         "postpone"),
        # "set up" is no plan, "halted" no postponement
        ("The bakery, which was set up in 1968, has halted production.", "1968", False, None),
    ],
)  # fmt: skip
def test_a_postponed_events_old_date_is_another_occurrence(
    text: str, surface: str, earlier: bool, event: str | None
) -> None:
    found = claim_of(text, surface, dt.date(2026, 5, 14))
    assert found.key.earlier is earlier
    if event is not None:
        assert found.key.event == event


def test_a_figure_in_an_aside_takes_the_year_its_clause_dates_the_noun() -> None:
    text = "The lab's first machine, a 24-qubit chip, was unveiled in 2023."
    figure = claim_of(text, "24", dt.date(2026, 3, 3))
    assert figure.key.time_ref == "2023" and figure.key.earlier


def test_the_year_of_a_peak_a_level_fell_from_dates_no_act() -> None:
    text = "The plant makes 1.4 million bottles a day, down from a peak of 1.7 million in 2018."
    assert claim_of(text, "2018", dt.date(2025, 9, 20)).key.event is None


def test_the_size_a_hyphened_figure_gives_a_noun_is_that_nouns() -> None:
    seats = claim_of("The Alliance took 87 seats in the 201-seat parliament.", "201")
    assert seats.key.event is None and seats.key.subjects == ("parliament",)
    # the clause's act is the count's own when the figure counts what is acted on
    took = claim_of("The Alliance took 87 seats in the 201-seat parliament.", "87")
    assert took.key.event == "take"
    # a noun the clause acts on shares its act with the figure
    assert claim_of("The 18-bed unit will close in May.", "18").key.event == "shut"


def test_a_date_a_level_is_compared_against_stamps_no_figure() -> None:
    text = "Average weekly pay was 3.7% higher than a year earlier.\n"
    claims = {c.text: c for c in extract_text(text, dt.date(2026, 2, 12))}
    assert claims["a year earlier"].key.event is None
    assert claims["3.7%"].key.time_ref is None and not claims["3.7%"].key.earlier


@pytest.mark.parametrize(
    ("text", "surface", "word"),
    [
        ("Harlbridge now has 20 open-access branches.", "20", "open-access"),
        ("It employs 300 full-time staff.", "300", "full-time"),
    ],
)
def test_a_hyphened_compound_is_one_key_word(text: str, surface: str, word: str) -> None:
    # "open-access" is one word: its "open" names no act of opening
    measure = claim_of(text, surface).key.measure
    assert word in measure and word.split("-")[0] not in measure


def test_a_hyphened_compound_keeps_what_tells_things_apart() -> None:
    # the "first" of "first-year" still sets a group apart; a phrasal verb's noun
    # ("the clear-up") keys by its verb, as "clearing it up" does
    assert "first" in claim_of("It housed 652 first-year students.", "652").key.measure
    clear_up = claim_of("The borough said the clear-up had cost £12,100.", "£12,100")
    assert clear_up.key.measure[0] == "clear"


def test_a_hyphened_figure_is_no_key_word() -> None:
    assert claim_of("The lab unveiled a 24-qubit chip.", "24").key.measure == ("qubit",)
