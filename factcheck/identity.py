"""Whether two claims state the same fact, with a score and the reason, or why not.

Principle: a false conflict costs more than a missed agreement. Two claims with
the same value are grouped on modest evidence (the same event, or a similar
measure): a wrong grouping of equal values cannot raise a false alarm. Equal values
that two sources rarely give by chance (one calendar day, "$412 million") and
agreeing counts of one named noun are linked on that alone, as the weakest link.
Claims with different values are grouped only on strong evidence (the same act by a
compatible actor, or the same measure with the same counted noun), because that
grouping is what turns into a conflict. `veto` lists what proves two claims are
different facts whatever else they share: a qualifier, a contrast word, another
event, another place, another vote, a part against its whole, an earlier occurrence,
two values in one sentence.

Everything here compares plain `ClaimKey` values; nothing reads text or a parse.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from itertools import chain

from rapidfuzz import fuzz

from .compare import compatible, year_guessed
from .lexicon import (
    AGE,
    AGENT_NOUNS,
    ANYONE,
    BE,
    CONTRAST_WORDS,
    CONTRASTS,
    DEGREE_WORDS,
    NAMED_KIN,
    ORDINALS,
    OTHER_THAN,
    RECORDING_EVENTS,
    RIVALS,
    SAY,
    STAGE_EVENTS,
    TRANSFERS,
    UNIT_NOUNS,
    events_named_by,
    same_event,
    what_lasts,
)
from .models import Claim, ClaimKey, DateValue, Granularity, Kind, Quantity
from .normalize.date_lexicon import MONTHS, SEASONS
from .normalize.units import in_base_unit

# Similarity (0-100) of two measures for claims with equal values to be grouped.
SAME_VALUE_MEASURE = 50.0
# Two words of subject names are the same word above this similarity ("Ukraine" ~ "Ukraine's").
WORD_MATCH = 88.0


@dataclass(frozen=True, slots=True)
class PairScore:
    score: float
    reason: str
    learned: bool = False  # by `second_opinion`, not a rule: it may not join a conflict


def score_pair(a: Claim, b: Claim, threshold: float = 75.0) -> PairScore | None:
    """Whether two claims state the same fact, with a score and the reason; None if not."""
    if a.doc == b.doc and a.start == b.start:
        return None
    same = same_value(a, b)
    if veto(a, b, same, threshold):
        return None
    event = _event_match(a.key, b.key)
    measure = _similarity(a.key.measure, b.key.measure)
    subjects = subjects_compatible(a.key.subjects, b.key.subjects)
    args = _similarity(a.key.event_args, b.key.event_args)
    if a.kind.is_temporal:
        spans = a.kind is Kind.DURATION and b.kind is Kind.DURATION
        strong, weak = _date_link(
            a.key, b.key, event, subjects, args, threshold, spans, one_grain=_one_grain(a, b)
        )
    else:
        strong, weak = _figure_link(
            a.key,
            b.key,
            event,
            measure,
            subjects,
            threshold,
            one_document=a.doc == b.doc,
            close_ages=a.key.event == AGE and _ages_close(a, b),
            exact=_exact(a) and _exact(b),
            close=_close_once_each(a, b),
        )
    if not (strong or (same and weak)):
        if (
            (same and _equal_and_telling(a, b))
            or _one_count(a, b, same, measure)
            or _one_date_told_finer(a, b, event, subjects)
        ):
            # Values that agree, with no shared act: the weakest link, so that any act
            # a claim shares elsewhere decides its group first.
            return PairScore(1.0, _reason(a.key, b.key, event, measure, subjects, same))
        return None
    score = (measure or 0.0) + (100.0 if event else 0.0) + (50.0 if subjects else 0.0)
    score += 200.0 if same else 0.0
    if a.kind.is_temporal and subjects:
        # The same actor doing the same thing outweighs a coincidence of dates: "the
        # justice minister signed on July 2" is the justice minister's signing of
        # July 9 misdated, not the interior minister's signing of July 2.
        score += 250.0
    return PairScore(score, _reason(a.key, b.key, event, measure, subjects, same))


def _date_link(
    a: ClaimKey,
    b: ClaimKey,
    event: bool | None,
    subjects: bool | None,
    args: float | None,
    threshold: float,
    spans: bool,
    *,
    one_grain: bool = True,
) -> tuple[bool, bool]:
    """(strong, weak) evidence that two dates (or two `spans` of time) are one fact's
    (`one_grain`: both told to the same precision, a day and a day, a year and a year)."""
    shared = subject_overlap(participants(a), participants(b))
    if a.event == SAY:
        # One speaker says many things: statement dates are one fact only when
        # the same speaker is named on both sides (and, if they differ, what was said matches).
        strong = bool(event and subjects is True and args is not None and args >= threshold)
        return strong, bool(event and (shared or 0.0) > 0.0)
    # A date a clause only stamps a state with ("is £251 a week this year", "against
    # 1,002 a year ago") dates no act: a word in common ("child") and the copula do not
    # make it one fact.
    stated = a.event == b.event == BE
    # Roles may flip between sources ("Barrios won" / "Barrios was elected"), so
    # half the named participants in common also counts.
    strong = bool(event) and (
        subjects is True
        or (args is not None and args >= threshold)
        or (shared is not None and shared >= 0.5 and not stated)
        # Two sources that each date the act once date the same act, unless what they
        # name of it differs ("approved the budget" / "approved the stadium"), or one
        # dates a whole year ("last year agencies seized 1.4 tonnes in 19 operations")
        # and the other a day: a year may hold many such acts
        or (
            a.told_once
            and b.told_once
            # (a state's stamp only as each article's one record "since" a year: "the
            # largest seizure since 2017" / "the biggest haul since 2015")
            and (not stated or (a.earlier and b.earlier))
            and not _actors_told_apart(a, b)
            # ("detained two men" / "arrested two suspects": a word for anyone names no one)
            and _similarity(_named(a.event_args), _named(b.event_args)) != 0.0
            and one_grain
            # told by two verbs for one act ("built in 1894" / "dates from 1896"), it
            # must not be said of two things ("damage dating back to a fire in 1944")
            and (a.event == b.event or subjects is not False)
        )
    )
    # "an eight-year contract" / "a seven-year public service contract": the one span of
    # time each article gives of one thing (discourse.mark_spans_told_once)
    thing = what_lasts(a.event, a.event_args) if spans else None
    strong = strong or (
        thing is not None
        and thing == what_lasts(b.event, b.event_args)
        and a.event == b.event
        and a.told_once
        and b.told_once
        and not _actors_told_apart(a, b)
    )
    # Any event but a statement, on the very same date, is one fact; so is one span of
    # time told of the same thing ("a seven-year mission" / "the seven-year mission").
    described = spans and not a.event and not b.event and (args or 0.0) >= threshold
    return strong, (bool(event) and not stated) or described


def _named(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words with those for anyone ("man", "people") left out."""
    return tuple(w for w in words if w not in ANYONE)


def _named_alike(a: ClaimKey, b: ClaimKey, subjects: bool | None) -> bool:
    """The same measure of several words on both sides, its head included, held by no
    two different subjects ("cubic metres" of the new plant and of the old one)."""
    return (
        len(a.measure) >= 2
        and a.measure == b.measure
        and heads_match(a.measure_head, b.measure_head)
        and subjects is not False
    )


def _counted_once_each(
    a: ClaimKey, b: ClaimKey, threshold: float, *, exact: bool = False, close: bool = False
) -> bool:
    """Each figure the only one its article gives for one counted noun, each told by a
    verb, and not by two steps of a process (STAGE_EVENTS: "sought" / "awarded"). A
    figure told by no verb may be any of the story's ("hundreds of residents", "about
    400 wolves"), unless both are `exact` counts: "the report's 12 recommendations" /
    "the council accepted all 11 recommendations"."""
    return (
        a.counted_once
        and b.counted_once
        and (exact or (a.event is not None and b.event is not None))
        and (a.event is not None or b.event is not None)
        # no thing of its own, or the same thing: "a €42 surcharge per tonne" / "€24";
        # close figures need none: "1,712 finishers crossed the line" / "1,640 finishers
        # completed the course"
        and (
            (not a.event_args and not b.event_args)
            or (_similarity(a.event_args, b.event_args) or 0.0) >= threshold
            or close
        )
        and _same_named_head(a, b)
        and a.per == b.per
        and not _two_stages(a, b)
    )


def _told_by_two_verbs(a: ClaimKey, b: ClaimKey) -> bool:
    """One counted noun named alike, of several words, told by two verbs that are not two
    steps of a process: "3,380 rights deals were agreed" / "2,900 rights deals signed"
    (a clause's subject standing in for no counted noun, "by 28 per cent", names nothing)."""
    if a.measure_head is None or len(a.measure) < 2 or a.measure != b.measure:
        return False  # (before comparing subjects, which costs a fuzzy match)
    subjects = subjects_compatible(a.subjects, b.subjects)
    return _named_alike(a, b, subjects) and not _two_stages(a, b)


def _two_stages(a: ClaimKey, b: ClaimKey) -> bool:
    """Two steps of one process (STAGE_EVENTS: "40 homes approved" / "25 built")."""
    return a.event in STAGE_EVENTS and b.event in STAGE_EVENTS and a.event != b.event


def _measured_once_each(a: ClaimKey, b: ClaimKey) -> bool:
    """Each figure the only length (weight, area ...) its article gives, of one thing
    if either names it: "the 129-metre vessel" / "the 139-metre ship"."""
    return (
        a.measured_once
        and b.measured_once
        and heads_match(a.measure_head, b.measure_head)
        and a.per == b.per
    )


def _one_role(a: ClaimKey, b: ClaimKey) -> bool:
    """Two people named by one role a story has one of ("the guard" / "the van's guard"),
    not by a word for anyone ("a man")."""
    role = a.subjects[-1] if a.subjects else None
    return role is not None and b.subjects[-1:] == (role,) and role not in ANYONE


def _one_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names can be one person's: one holds the other and both end in the same
    word ("Lindqvist" / "Greta Lindqvist"; not "Penhallow" / "Clarissa Penhallow Vane")."""
    return _one_surname(a, b) and subjects_compatible(a, b) is True


def _figure_link(
    a: ClaimKey,
    b: ClaimKey,
    event: bool | None,
    measure: float | None,
    subjects: bool | None,
    threshold: float,
    *,
    one_document: bool = False,
    close_ages: bool = False,
    exact: bool = False,
    close: bool = False,
) -> tuple[bool, bool]:
    """(strong, weak) evidence that two figures are one fact's (`one_document`: both
    claims are one article's; `close_ages`: two ages one person's misreported; `close`:
    two figures each told once, close enough to be one misreported)."""
    if a.event == b.event == AGE:
        # Two ages are one person's when the same name is given, or the same kind of person
        # does the same thing: "a 71-year-old man died" / "a man aged 74 died"
        # (one name is one person, however else each side describes them: "the squad's
        # team doctor, Harald Moen" / "Dr Harald Moen")
        one_person = (
            _one_name(a.actors, b.actors)
            if a.actors and b.actors
            else subjects is True
            and ((bool(a.event_args) and a.event_args == b.event_args) or _one_role(a, b))
        )
        # ... or each is the only age its article gives, of one kind of person: "a
        # 54-year-old woman from Marteval" / "the woman who spent longest beneath, aged 45"
        one_person = one_person or (
            not one_document and a.told_once and b.told_once and subjects is True
        )
        # ... or, each the only age its article gives and of nobody named on both sides,
        # two ages a slip apart: "the 34-year-old" / "Tamsin Roake, 36". Not of someone
        # told only as speaking: a quoted witness ("Josie Harrow, 17, said") is seldom
        # the person the story is about.
        one_person = one_person or (
            not one_document
            and a.told_once
            and b.told_once
            and close_ages
            and not (a.actors and b.actors)
            and SAY not in a.event_args
            and SAY not in b.event_args
        )
        return one_person, one_person
    heads = heads_match(a.measure_head, b.measure_head)
    # Different figures for one measure: the counted nouns themselves must match too,
    # not just a word ("magnitude" is in "death toll from the magnitude-6.8 quake").
    # And something must say it is the same act: the same event, or one actor, or
    # no event on either side ("62% of nurses said ..." and "48% of nurses said ...").
    both_idle = not a.event and not b.event
    act = (
        event is True
        # one article naming two things of a kind ("the 7,412-metre peak", "Vask Tor, a
        # 7,160-metre peak") more often than it contradicts itself: it must name the holder
        # (or, each its article's only exact figure of the noun and close, by two names
        # for one holder: "the chain, which operates 214 stores" / "Brakka runs 240 stores")
        or (
            both_idle
            and (subjects is True if one_document else subjects is not False or (close and exact))
        )
        # one actor, unless neither figure names what it measures: "the company raised
        # $1.2 billion" and "the company is worth $11 billion" are two things of it
        or (subjects is True and not (_measured_by_actor(a) and _measured_by_actor(b)))
        or _names_event(a, b)  # "the plan will cost" / "the cost of the plan"
        # one thing named alike by two articles, one telling no act of it: "the felling
        # contract is worth £265,000" / "the £256,000 felling contract would be better spent"
        or (not one_document and (not a.event or not b.event) and _named_alike(a, b, subjects))
        # ... or by two verbs: "3,380 rights deals were signed" / "2,900 rights deals done"
        or (not one_document and _told_by_two_verbs(a, b))
    )
    strong = measure is not None and measure >= threshold and act and heads
    # "The flood killed 200 people" / "... killed 273 people": no telling measure, but
    # the same actor doing the same thing. Unknown actors do not stop it when neither
    # figure names what it counts ("Fourteen were killed" / "12 died"): one toll.
    strong = strong or (
        event is True
        and (subjects is True or (is_bare(a) and is_bare(b)))
        and (measure is None or measure >= threshold)
        and heads
    )
    # "The death toll rose to 34" / "21 were killed": the measure names the other's
    # event, and nothing else is said of what is counted.
    strong = strong or (
        _event_is_the_measure(a, b) and _names_event(a, b) and heads and subjects is not False
    )
    # "412 suspected measles cases were recorded" / "455 suspected cases of the disease were
    # logged": one act on one counted noun, its modifiers half shared.
    strong = strong or (event is True and _same_named_head(a, b) and (measure or 0.0) >= 50.0)
    # "The government released €3.5 million" / "€5 million was released": the one sum
    # each article gives for the act, nothing said of it apart. Told by one verb: a sum
    # paid and a sum received, each its article's only one, may be two transfers
    # ("ordered to pay $2.4m" / "the single earned its label $15 million").
    strong = strong or (
        event is True
        and a.event == b.event
        and a.told_once
        and b.told_once
        and heads
        and subjects is not False
        and (measure is None or measure >= threshold)
    )
    # "passed 212 to 158" / "the tally was 210 in favour": one side of one vote (a
    # vote on other days, or of another size, is vetoed as another vote)
    strong = strong or (_tally(a) and a.measure == b.measure and event is not False)
    strong = strong or _one_side_of_a_vote(a, b)
    # "received 2,300 complaints" / "more than 2,000 complaints were logged": the one
    # count of one noun each article gives, told by two verbs for one act.
    strong = strong or (
        not one_document
        and _counted_once_each(a, b, threshold, exact=exact, close=close)
        and (subjects is not False or close)
        and (measure or 0.0) >= threshold
    )
    # "the 129-metre vessel ran aground" / "crews reached the 139-metre ship": the one
    # length each article gives, of one thing.
    strong = strong or (not one_document and _measured_once_each(a, b) and subjects is not False)
    weak = measure is not None and measure >= SAME_VALUE_MEASURE and event is not False
    weak = weak or (event is True and bool(a.event) and measure is None)
    return strong, weak


def veto(a: Claim, b: Claim, same: bool, threshold: float) -> bool:
    """Key parts that prove two claims are different facts, whatever else they share."""
    return veto_reason(a, b, same, threshold) is not None


def veto_reason(a: Claim, b: Claim, same: bool, threshold: float) -> str | None:
    """What proves two claims are different facts (a few words), or None."""
    if a.key.event == b.key.event == AGE:
        return _people_apart(a, b, same)
    if a.key.negated != b.key.negated:
        return "negation"
    if (_bare_clock(a) or _bare_clock(b)) and not _one_day_clocks(a, b):
        # "stood on the summit just after noon": the day is only the article's date, so
        # the time says nothing against "February 14", nor against another article's noon
        return "a time without its day"
    if _the_writers_now(a) != _the_writers_now(b):
        # "currently costs £60" stamps a state at the time of writing, not the date of
        # an act: "will cost £96 from April 1" is a later state, not another date of it
        return "the time of writing"
    if (
        a.key.event
        and b.key.event
        and not same_event(a.key.event, b.key.event, when=a.kind.is_temporal)
        and not (same and _equal_and_telling(a, b))
        and not _one_side_of_a_vote(a.key, b.key)
        and not (
            a.doc != b.doc
            and _counted_once_each(a.key, b.key, threshold, close=_close_once_each(a, b))
        )
        and not (a.doc != b.doc and _measured_once_each(a.key, b.key))
        and not (a.doc != b.doc and _told_by_two_verbs(a.key, b.key))
        and not _recorded(a.key, b.key)
    ):
        return "another event"
    if qualifiers_differ(a.key.event_args, b.key.event_args):
        return "event qualifier"  # "its first reading" and "its second reading" are two events
    contrast_a, contrast_b = _contrast_words(a.key), _contrast_words(b.key)
    if (contrast_a or contrast_b) and contrasting(a.key, b.key, one_sided=not same):
        # "second-quarter revenue" and "third-quarter revenue"; for two values, also
        # "the bus carried 47" and "a second bus carried 45"
        return "contrast word"
    if _tally(a.key) and _tally(b.key) and _other_votes(a, b):
        return "another vote"
    if a.kind is Kind.PERCENT and b.kind is Kind.PERCENT and a.key.change != b.key.change:
        return "a change against a share"  # "food sales rose 3.2%" / "29% of sales were online"
    if places_differ(a.key.places, b.key.places):
        return "another place"  # "30,000 doses for Kasama" and "30,000 doses for Mpika"
    if not a.kind.is_temporal and (
        qualifiers_differ(a.key.subjects, b.key.subjects)
        or qualifiers_differ(a.key.measure, b.key.measure)
    ):
        # A figure's identity is its measure; its subject ("the dam", "the collapse")
        # is often named two ways, so only a qualifier that tells them apart vetoes:
        # "subway ridership" and "bus ridership" (as subject or measure), even at 4% each.
        return "measure qualifier"
    degree_a, degree_b = _degree(a.key), _degree(b.key)
    if degree_a != degree_b and (not same or (degree_a and degree_b)):
        # "31% of reefs were severely bleached" / "64% showed bleaching": how far a state
        # went tells a part from the whole; "seriously" and "slightly injured", two counts
        return "another degree"
    if same:
        return None
    if a.key.per != b.key.per:
        return "rate vs total"  # "$48 a share" is a price, "$15 billion" the deal: never one figure
    if _magnitudes_apart(a, b):
        # "$15 billion" and "$48" are a total and a price, not one sum misreported:
        # a slip of a unit ("million" for "billion") is a factor of 1,000, no more.
        return "magnitudes apart"
    if _far_apart(a, b):
        return "figures too far apart to be one misreported"
    if not same and (
        _part_of(a.key, b.key)
        or _part_of(b.key, a.key)
        or _a_kind_of_a_total(a.key, b.key)
        or _a_kind_of_a_total(b.key, a.key)
    ):
        return "a part against the whole"  # "six of the injured" / "11 people were injured"
    if not same and a.key.part and b.key.part and bool(a.key.event) != bool(b.key.event):
        # A part is named by what its members do: "58 of the cases involve deaths in
        # custody" and "more than 400 of those cases have been open for a year" are two
        return "two parts"
    if not same and a.key.earlier != b.key.earlier:
        return "an earlier or other occurrence"  # "last erupted in 1974" / "erupted on Saturday"
    if not same and a.key.earlier and b.key.earlier and a.key.time_ref != b.key.time_ref:
        # "last year, when 12,680 pairs were counted" / "the record of 13,050 set in 2018":
        # two occurrences before the story's, not known to be one
        return "two other occurrences"
    if not same and a.key.hedged != b.key.hedged:
        return "a possibility against a statement"  # "could shed 400" / "eliminating 1,146"
    if a.doc == b.doc and _other_than(a.key) != _other_than(b.key):
        return "'separate' in one article"  # "a 6.5% offer ... a separate 4.5% rise" in one article
    if _a_separate_thing(a.key, b.key) or _a_separate_thing(b.key, a.key):
        # "the board fined a separate group of suppliers in 2019" / "fined four drugmakers
        # on Tuesday" (but "signed a separate decree on July 9" / "signed the decree")
        return "a separate thing"
    if (
        a.doc == b.doc
        and not a.kind.is_temporal
        and (
            _one_sided_measure(a.key, b.key)
            # "17.8% of young people in the labour market" / "one in eight young people"
            or (a.key.measure == b.key.measure and _one_sided(a.key.subjects, b.key.subjects))
        )
    ):
        # One article naming a total and a part: "revenue rose 8%" and "revenue from
        # its data-center division climbed 15%" are two measures, not a contradiction.
        return "total vs part in one article"
    if a.doc == b.doc and a.sentence == b.sentence:
        # One sentence does not state one fact twice with two values: "58%, down from
        # 62%", "221 votes in favor and 87 against" compare two facts.
        return "one sentence"
    if a.doc == b.doc and (_planned_after(a, b) or _planned_after(b, a)):
        # "will close 37 branches next year" / "shut 22 branches in 2023": one article
        # telling a plan and a past act of the same kind, not one date told twice
        return "a plan against a past act in one article"
    if a.doc != b.doc and (_planned_after(a, b, PLAN_GAP) or _planned_after(b, a, PLAN_GAP)):
        # "would raise its prices by 12% from February 1" (told in January) / "lifted
        # prices by 8% last March": a plan and a past act of the same kind
        return "a plan against a past act"
    if a.doc == b.doc and (_told_from_history(a, b) or _told_from_history(b, a)):
        # "lenders repossessed 1,870 homes between July and September" / "at the peak of the
        # crisis in 2009, 12,000 a quarter were repossessed": the story's act and its past
        return "the story's act against its history in one article"
    if a.doc == b.doc and a.kind.is_temporal and _opens_a_tally(a) and _opens_a_tally(b):
        # "1,300 have landed from the night of 19 September" / "17,850 have landed since
        # January": one article's two counts over two windows, not one date told twice
        return "two tallies' windows in one article"
    if a.kind.is_temporal and (_names_a_years_edition(a) or _names_a_years_edition(b)):
        # "this year's race" / "next year's race": a year that names an edition of a
        # yearly event tells which one, not when it happened
        return "another year's edition"
    if a.kind.is_temporal and _actors_told_apart(a.key, b.key):
        return "another actor"
    transfer = _transfer(a.key, b.key)
    if (
        a.key.event is not None
        and b.key.event is not None
        and same_event(a.key.event, b.key.event)
        and not transfer
        and a.key.actors
        and b.key.actors
        and not any(_has_word(w, b.key.actors) for w in a.key.actors)
        and not (same and _equal_and_telling(a, b))
    ):
        return "another actor"  # "Marin collected 46,312 votes" / "Greer received 41,907"
    if transfer and subjects_compatible(a.key.subjects, b.key.subjects):
        # "the county spent $12 million" / "the county received $9 million"
        return "one party on both sides of a payment"
    if not a.kind.is_temporal and (
        _another_subject_measured(a.key, b.key) or _another_subject_measured(b.key, a.key)
    ):
        # "a foot passenger return will cost £8.20" / "a car with driver will cost £23.10 return"
        return "another thing measured"
    if _a_rivals(a.key) != _a_rivals(b.key):
        return "a rival's"  # "Rival Aerlinea Corsa levies €110" / "Skyvela will charge €95"
    no_act = not a.kind.is_temporal and not a.key.event and not b.key.event
    if (
        no_act
        and subjects_compatible(a.key.subjects, b.key.subjects) is False
        # (unless each is its article's only figure of the noun, and the two are exact
        # and close: one holder named two ways, "the chain, which runs 214 stores" /
        # "Brakka has 240"; "more than 5,000 taxis" is no misreported cap of 4,500)
        and not (a.doc != b.doc and _close_once_each(a, b) and _exact(a) and _exact(b))
    ):
        # Without an act, the subject is whoever holds the figure: "the district employs
        # 3,100 teachers" and "the union represents 1,900" count different groups.
        return "another holder"
    measure = _similarity(a.key.measure, b.key.measure)
    if a.kind.is_temporal or (measure is not None and measure >= threshold):
        return None
    if _event_match(a.key, b.key) and _same_named_head(a.key, b.key) and (measure or 0.0) >= 50.0:
        return None  # one act on one counted noun (`_figure_link`)
    # Two figures with no telling measure are one fact only as the same act, by one
    # actor or by actors neither names.
    same_act = _event_match(a.key, b.key) is True or _names_event(a.key, b.key)
    if (
        (measure is None or _event_is_the_measure(a.key, b.key))
        and same_act
        and subjects_compatible(a.key.subjects, b.key.subjects) is not False
    ):
        return None
    if a.doc != b.doc and _measured_once_each(a.key, b.key) and _close_figures(a, b):
        # each article's one weight, and close: "weighs 4.2 kg" / "the 4.8-kilogram cubesat"
        return None
    return "no shared measure or act"


# Two figures further apart than this factor are never one figure misreported.
MAX_SLIP_FACTOR = 1000.0


# How long before the time of writing a date is history, not the story's own.
HISTORY_DAYS = 2 * 365


def _people_apart(a: Claim, b: Claim, same: bool) -> str | None:
    """What tells the holders of two ages apart. An age is its holder's whatever the
    clause says of them: a denial ("Furnival, 36, had not been found"), a place ("of
    Ashby Lane"), a group ("among the victims was a 34-year-old roofer") says nothing
    against it. Only two people, or one person at two times, are two facts."""
    ka, kb = a.key, b.key
    if ka.actors and kb.actors and not _one_surname(ka.actors, kb.actors):
        return "another person"  # "Osgood, 27" / "Furnival, 34"
    if not same and (ka.earlier != kb.earlier or ka.time_ref != kb.time_ref):
        return "an age at another time"  # "broke through as a 16-year-old" / "now 19"
    if ka.actors and kb.actors:
        return None  # one name: its age, however each clause describes the person
    contrast = _contrast_words(ka) or _contrast_words(kb)
    if contrast and contrasting(ka, kb, one_sided=not same):
        return "contrast word"  # "the elder brother, 41" / "the younger, 38"
    if qualifiers_differ(ka.subjects, kb.subjects):
        return "measure qualifier"  # "a 52-year-old lorry driver" / "a 47-year-old bus driver"
    return None


def _one_surname(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names that end in the same word, as news names one person ("Furnival" / "Dale
    Furnival"; not "Penhallow" / "Clarissa Penhallow Vane", nor "Marin" / "Martin")."""
    return a[-1] == b[-1]


# Two ages told of one person differ by a slip of a year or two (or a birthday
# passed between reports); two people of one story are often further apart.
MAX_AGE_SLIP = 3.0


# Two figures this close (the larger over the smaller), each its article's only one of
# its noun or dimension, may be one figure misreported; further apart, two things.
CLOSE_FIGURES = 1.25


def _close_once_each(a: Claim, b: Claim) -> bool:
    """Two figures each its article's only one of its noun (or dimension), close enough
    to be one figure misreported (`CLOSE_FIGURES`)."""
    return _once_each(a.key, b.key) and _close_figures(a, b)


def _once_each(a: ClaimKey, b: ClaimKey) -> bool:
    """Each figure its article's only one of its noun, or of its dimension (a cheap test
    before `_close_figures`, asked of every candidate pair)."""
    return (a.counted_once and b.counted_once) or (a.measured_once and b.measured_once)


def _exact(claim: Claim) -> bool:
    """A figure told as one exact value: not "about", "more than" or "hundreds"."""
    return isinstance(claim.value, Quantity) and claim.value.is_exact


def _close_figures(a: Claim, b: Claim) -> bool:
    """Two figures in one unit within CLOSE_FIGURES of each other ("14" / "16 midwives")."""
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    if va.unit != vb.unit:
        return False
    x, y = va.low or va.high, vb.low or vb.high
    return bool(x and y and x > 0 and y > 0 and max(x, y) / min(x, y) <= CLOSE_FIGURES)


def _ages_close(a: Claim, b: Claim) -> bool:
    """Two ages that can be one person's misreported (MAX_AGE_SLIP years apart)."""
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    return va.low is not None and vb.low is not None and abs(va.low - vb.low) <= MAX_AGE_SLIP


def _told_from_history(story: Claim, past: Claim) -> bool:
    """A date told from the time of writing ("in July", "last week") against a date
    written out at least two years before it ("in 2009")."""
    told, other = story.value, past.value
    if not isinstance(told, DateValue) or not isinstance(other, DateValue):
        return False
    return (
        told.anchor is not None
        and other.anchor is None
        and other.end is not None
        and (told.anchor - other.end).days >= HISTORY_DAYS
    )


# How long before a plan's telling another article's date must end to be another act of
# its kind. Closer, one of the two is wrong about whether the act has happened ("will take
# effect on March 1" / "took effect on February 15"): a conflict.
PLAN_GAP = dt.timedelta(days=180)


def _planned_after(plan: Claim, past: Claim, gap: dt.timedelta = dt.timedelta(0)) -> bool:
    """A date resolved to after the moment it was told from ("next year"), against one
    wholly before that moment ("in 2023"), by at least `gap`."""
    told, other = plan.value, past.value
    if not isinstance(told, DateValue) or not isinstance(other, DateValue) or told.anchor is None:
        return False
    return (
        told.start is not None
        and told.start > told.anchor
        and other.end is not None
        and other.end < told.anchor - gap
    )


def _opens_a_tally(claim: Claim) -> bool:
    """A date opening the window a count in its sentence runs over ("17,850 people have
    landed since January", "from the night of 19 September")."""
    sentence = claim.sentence
    opened = any(_WINDOW_OPENER.search(sentence, 0, at) for at in claim.places_in_sentence())
    return opened and _A_COUNT.search(sentence.replace(claim.text, "")) is not None


# "since" or "from" right before a date, over words naming a part of a day.
_WINDOW_OPENER = re.compile(
    r"\b(?:since|from)\s+(?:(?:the|night|morning|evening|afternoon|end|start|beginning"
    r"|middle|of|early|late)\s+){0,4}$",
    re.I,
)
_A_COUNT = re.compile(r"\d[\d,.]*")


def _names_a_years_edition(claim: Claim) -> bool:
    """A year in the possessive, naming a yearly event: "this year's race", "2024's fair"."""
    value = claim.value
    if not isinstance(value, DateValue) or value.granularity is not Granularity.YEAR:
        return False
    end = len(claim.text)
    return any(_POSSESSIVE.match(claim.sentence, at + end) for at in claim.places_in_sentence())


_POSSESSIVE = re.compile(r"['’]s\b")


def _magnitudes_apart(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    sizes = [abs(v.high if v.high is not None else v.low or 0.0) for v in (va, vb)]
    small, large = sorted(sizes)
    return small > 0 and large / small > MAX_SLIP_FACTOR


# Two reports of one figure differ by a slip of a unit or a zero ("$4.5 million" for
# "$4.5 billion", "2,000" for "20,000") or by less than this factor; figures further
# apart measure different things ("3,000 tickets sold" / "420 refunds"). Counts under
# SMALL_COUNT are exempt: honest tallies of a few ("two dead" / "nine dead") differ more.
MAX_MISREPORT_FACTOR = 4.0
SMALL_COUNT = 20.0


def _far_apart(a: Claim, b: Claim) -> bool:
    """Two figures (not shares: a percentage is bounded, "5%" / "35%" is a misreport)
    further apart than MAX_MISREPORT_FACTOR, unless their digits are the same. Figures
    in two units ("3,200 kg" / "3.4 t") are compared in one, and a slip of a zero is
    one of the written digits: "40 kg" is not "4 tonnes" misreported."""
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity) or va.unit == "%":
        return False
    across_units = va.unit != vb.unit
    if across_units:
        va, vb = in_base_unit(va), in_base_unit(vb)
    spans = []
    for v in (va, vb):
        # a bound counts as its one end: "almost £190 million" is near £190 million
        low = v.low if v.low is not None else v.high
        high = v.high if v.high is not None else v.low
        if low is None or high is None:
            return False
        spans.append((low, high))
    (_, top), (bottom, _) = sorted(spans)
    if top <= 0 or bottom <= top * MAX_MISREPORT_FACTOR:
        return False
    if across_units:
        return True
    return bottom >= SMALL_COUNT and _significant_digits(top) != _significant_digits(bottom)


def _significant_digits(x: float) -> str:
    """4.5e9 -> "45", 20000 -> "2", 0.31 -> "31"."""
    return f"{x:.6g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0")


def _one_count(a: Claim, b: Claim, same: bool, measure: float | None) -> bool:
    """Two sources counting one named noun with values that can both be true: "about
    2,800 nurses walked out" / "the union's 2,814 nurses". Only agreeing values are
    linked on this alone, so it can show them compatible but never make a conflict."""
    if same or a.kind.is_temporal or a.doc == b.doc:
        return False
    if a.key.measure_head is None or b.key.measure_head is None:
        return False
    if not heads_match(a.key.measure_head, b.key.measure_head) or (measure or 0.0) < 100.0:
        return False
    return compatible(a, b)


_CALENDAR_NAMED = re.compile(
    r"\d|\b(?:" + "|".join([*MONTHS, *SEASONS, "quarter"]) + r")\b", re.IGNORECASE
)


def _one_date_told_finer(a: Claim, b: Claim, event: bool | None, subjects: bool | None) -> bool:
    """Two sources dating one act, one more precisely, inside the other ("early December"
    / "Dec. 4"; "the first quarter of 2026" / "early 2026"): compatible, so it can show
    them together but never make a conflict on its own."""
    if not a.kind.is_temporal or a.doc == b.doc or not event or a.key.event == SAY:
        return False
    if subjects is False:  # (different places are vetoed before)
        return False
    va, vb = a.value, b.value
    if not isinstance(va, DateValue) or not isinstance(vb, DateValue):
        return False
    if None in (va.start, va.end, vb.start, vb.end) or (va.start, va.end) == (vb.start, vb.end):
        return False
    if va.start >= vb.start and va.end <= vb.end:  # type: ignore[operator]
        coarse = b
    elif vb.start >= va.start and vb.end <= va.end:  # type: ignore[operator]
        coarse = a
    else:
        return False
    # The wider date names its period ("early December", "March 2024"); "this month"
    # frames a story, and many of its acts fall in it.
    return bool(_CALENDAR_NAMED.search(coarse.text))


def _bare_clock(claim: Claim) -> bool:
    """A time of day told without its day ("at noon", "between 10pm and 8am", "half past
    seven"), dated by the article's date only."""
    return isinstance(claim.value, DateValue) and (
        claim.value.rule.startswith("clock+anchor")
        or claim.value.rule in ("clock-range", "clock-past")
    )


def _one_day_clocks(a: Claim, b: Claim) -> bool:
    """Two bare times of day dated by one day ("at noon" / "by 2 p.m." in one article)."""
    va, vb = a.value, b.value
    both_bare = _bare_clock(a) and _bare_clock(b)
    return (
        both_bare
        and isinstance(va, DateValue)
        and isinstance(vb, DateValue)
        and va.anchor == vb.anchor
    )


def _one_grain(a: Claim, b: Claim) -> bool:
    """Whether two dates are told to one precision, or neither is a whole year nor a day
    told from its article's date against a month or season told bare."""
    ga = a.value.granularity if isinstance(a.value, DateValue) else None
    gb = b.value.granularity if isinstance(b.value, DateValue) else None
    if ga == gb:
        return True
    if Granularity.YEAR in (ga, gb):
        return False
    # "published figures on Tuesday" / "a survey published in the spring": a day told
    # from the article's date is its news; another article's one act of that kind, told
    # only by a month or season, is more often an earlier step than that day misdated.
    return not ((_a_days_news(a) and _told_bare(b)) or (_a_days_news(b) and _told_bare(a)))


# Rules (normalize.dates) of a day named from the article's own date: "on Tuesday",
# "Thursday last week", "yesterday", "during the morning rush".
_RELATIVE_DAY_RULES = ("weekday", "weekday-of-week", "day-word", "day-part")


def _a_days_news(claim: Claim) -> bool:
    value = claim.value
    return (
        isinstance(value, DateValue)
        and value.granularity is Granularity.DAY
        and value.rule.partition("+")[0] in _RELATIVE_DAY_RULES
    )


def _told_bare(claim: Claim) -> bool:
    """A month or season named without its year ("in November", "the spring")."""
    value = claim.value
    if not isinstance(value, DateValue) or any(ch.isdigit() for ch in claim.text):
        return False
    month = value.granularity is Granularity.MONTH and year_guessed(value)
    return month or value.rule.partition("+")[0] == "season"


def _the_writers_now(claim: Claim) -> bool:
    """A date that is only the writer's present ("now", "currently": PRESENT_REF)."""
    return isinstance(claim.value, DateValue) and claim.value.timex == "PRESENT_REF"


def _equal_and_telling(a: Claim, b: Claim) -> bool:
    """Two equal values that, told by two sources of one story, are one fact whatever
    verb each uses: a calendar day, a figure too precise to meet by chance, or the
    same named measure."""
    if a.doc != b.doc and is_telling(a) and is_telling(b):
        return True
    return _one_measure(a, b)


def is_telling(claim: Claim) -> bool:
    """A value two sources of one story rarely give by chance: one calendar day
    ("Aug. 16"), a figure of three significant digits ("412", "38.5%"), or of
    thousands or millions of money ("2,300", "$96 billion")."""
    if isinstance(claim.value, DateValue):
        return is_one_day(claim)
    return _telling_figure(claim.value, claim.kind is Kind.MONEY)


@functools.lru_cache(maxsize=1 << 16)
def _telling_figure(value: Quantity, money: bool) -> bool:
    # Cached: asked for every candidate pair, and an archive repeats its figures.
    if value.low is None or value.low != value.high or value.low <= 0:
        return False
    digits = len(f"{value.low:.10g}".replace(".", "").replace("-", "").strip("0"))
    return digits >= 3 or (value.low >= 1000 and digits >= 2) or (money and value.low >= 1e6)


def is_one_day(claim: Claim) -> bool:
    """A date that names one calendar day (not a year-less one)."""
    value = claim.value
    return (
        isinstance(value, DateValue)
        and value.granularity is Granularity.DAY
        and value.start is not None
    )


def _one_measure(a: Claim, b: Claim) -> bool:
    """Figures (already equal) of one named measure, whatever verb each source tells it
    with: "winds of 185 km/h" as the storm "came ashore" or "packing winds of 185 km/h"."""
    if a.kind.is_temporal or a.key.measure_head is None or b.key.measure_head is None:
        return False
    similarity = _similarity(a.key.measure, b.key.measure)
    return heads_match(a.key.measure_head, b.key.measure_head) and (similarity or 0.0) >= 100.0


def same_value(a: Claim, b: Claim) -> bool:
    """True when both claims normalize to the same value."""
    va, vb = a.value, b.value
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        if va.start is not None and vb.start is not None:
            return (va.start, va.end) == (vb.start, vb.end)
        if va.timex == vb.timex and a.kind is b.kind is Kind.DURATION:
            return True  # two equal durations ("P7Y"); two "now"s (PRESENT_REF) say nothing
        return va.timex[-5:] == vb.timex[-5:] and len(va.timex) == len(vb.timex) == 10
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return (va.low, va.high, va.low_inclusive, va.high_inclusive, va.unit) == (
            vb.low,
            vb.high,
            vb.low_inclusive,
            vb.high_inclusive,
            vb.unit,
        )
    return False


def _event_match(a: ClaimKey, b: ClaimKey) -> bool | None:
    if not a.event or not b.event:
        return None
    return same_event(a.event, b.event)


def _similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float | None:
    """Word containment (0-100): the share of the shorter phrase's words found in the other.

    Character similarity over whole phrases overrates a shared modifier
    ("Ukrainian POWs" vs "Ukrainian military personnel"); counting words does not.
    rapidfuzz matches the words themselves, so "prisoners" finds "prisoner".
    """
    overlap = subject_overlap(a, b)
    return None if overlap is None else 100.0 * overlap


def subjects_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool | None:
    """Whether two subject phrases can name the same entity; None when either is unknown.

    Identity is containment, not similarity: "European Convention for the
    Prevention of Torture" and "UN Convention against Torture" share most
    words yet differ in the qualifier, so neither contains the other and
    they are different entities; "the convention" is contained in both.
    """
    if not a or not b:
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return all(_has_word(word, large) for word in small)


def qualifiers_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names for one kind of thing told apart by a qualifier on each side.

    "first reading" and "second reading" end in the same word (their head, as
    keys keep word order) but each has a word the other lacks: different things.
    "law" and "withdrawal law" (one contains the other), "decree" and
    "resolution", or "funding package" and "transit law" are left undecided.
    """
    if not a or not b or not _has_word(a[-1], (b[-1],)):
        return False  # "transit funding package" and "new transit law" name different things
    shared = [w for w in a if _has_word(w, b)]
    return len(shared) < len(a) and any(not _has_word(w, a) for w in b)


def contrasting(a: ClaimKey, b: ClaimKey, *, one_sided: bool = False) -> bool:
    """Whether the keys hold different words of one contrast set (lexicon.CONTRASTS).

    With `one_sided`, an ordinal on one side only also counts when it qualifies what is
    counted or who acts ("a second bus" against "the bus"), as does "outside" ("outside
    temperatures" against "temperatures"): used before two different values are grouped
    for a conflict. An ordinal in the event's setting ("in the second
    round") counts only against another ("the first round"): a "runoff" is one too.
    """
    words_a, words_b = _contrast_words(a), _contrast_words(b)
    if not words_a and not words_b:
        return False
    for contrast in CONTRASTS:
        in_a, in_b = words_a & contrast, words_b & contrast
        if in_a and in_b and not in_a & in_b:
            return True
    if one_sided:
        held_a = _ONE_SIDED.intersection(chain(a.measure, a.subjects))
        held_b = _ONE_SIDED.intersection(chain(b.measure, b.subjects))
        return held_a != held_b
    return False


# Words that set a thing apart from its plain kind even when the other side says nothing:
# "a second bus" / "the bus"; "outside temperatures reached 38C" / "temperatures reached 45C";
# "the real cost" / "the cost"; "the standard sugar content" / "the sugar content".
_ONE_SIDED = ORDINALS | frozenset("outside outdoor real standard benchmark".split())


def places_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both claims name where they happen, and no place is shared ("IMF" is shared with
    "International Monetary Fund")."""
    return (
        bool(a and b)
        and not any(_has_word(place, b) for place in a)
        and not _abbreviates(a, b)
        and not _abbreviates(b, a)
    )


def _abbreviates(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a word of `short` is the initials of `long` ("imf" of "international
    monetary fund")."""
    initials = "".join(w[0] for w in long if w)
    return len(initials) >= 2 and initials in short


def _degree(key: ClaimKey) -> frozenset[str]:
    """How far the measured state or act went, if told ("severe", "partial": lexicon.DEGREES)."""
    return DEGREE_WORDS.intersection(chain(key.measure, key.event_args))


def _contrast_words(key: ClaimKey) -> frozenset[str]:
    return CONTRAST_WORDS.intersection(chain(key.measure, key.event_args, key.subjects))


def _one_sided_measure(a: ClaimKey, b: ClaimKey) -> bool:
    """One measure has words the other lacks, while the other has none of its own."""
    return _one_sided(a.measure, b.measure)


def _one_sided(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One phrase has words the other lacks, while the other has none of its own."""
    if not a or not b:
        return False
    extra_a = [w for w in a if not _has_word(w, b)]
    extra_b = [w for w in b if not _has_word(w, a)]
    return bool(extra_a) != bool(extra_b)


def _a_rivals(key: ClaimKey) -> bool:
    return any(w in RIVALS for w in key.subjects)


def _other_than(key: ClaimKey) -> bool:
    return any(w in OTHER_THAN for w in (*key.measure, *key.event_args, *key.subjects))


def _a_separate_thing(one: ClaimKey, other: ClaimKey) -> bool:
    """Whether one act is on "a separate" thing that the other's act does not name."""
    if not other.event_args or not any(w in OTHER_THAN for w in one.event_args):
        return False
    named = [w for w in one.event_args if w not in OTHER_THAN]
    return not any(_has_word(w, other.event_args) for w in named)


def _described_and_named(a: ClaimKey, b: ClaimKey) -> bool:
    """One side names the actor, the other only describes it, with a word in common:
    "the Bank of Valdoria" and "the central bank" may be one bank."""
    if bool(a.actors) == bool(b.actors):
        return False
    return (subject_overlap(a.subjects, b.subjects) or 0.0) > 0.0


def _actors_told_apart(a: ClaimKey, b: ClaimKey) -> bool:
    """Two subjects that name two things: both act ("the senate" / "the committee"), or
    neither does ("wages rose" / "food prices rose"), or one qualifier tells them apart
    ("the state bank" / "the federal bank"). Only an actor on one side and what was acted
    on on the other may be one act told two ways: "the ban cleared parliament" / "the
    assembly approved it", unless what the actor acted on is named and is not it."""
    if subjects_compatible(a.subjects, b.subjects) is not False or _described_and_named(a, b):
        return False
    if _is_agent(a) == _is_agent(b) or qualifiers_differ(a.subjects, b.subjects):
        return True
    # an actor on one side, what happened on the other: for a start or an end, what the
    # actor started must be what started ("Nordrun began commercial operation" / "work on
    # the site began": two starts)
    actor, acted_on = (a, b) if _is_agent(a) else (b, a)
    return (
        actor.event in _ASPECT_EVENTS
        and bool(actor.event_args)
        and subject_overlap(actor.event_args, acted_on.subjects) == 0.0
    )


# Events that only say a happening began or ended: what began is the happening.
# ("resumed" is "return", EVENT_SYNONYMS)
_ASPECT_EVENTS = frozenset({"start", "end", "return"})


def _part_of(part: ClaimKey, whole: ClaimKey) -> bool:
    """Whether one figure counts a part of the group the other counts whole: "six of the
    injured" against "11 were injured" (not "dozens of the 312 on board" against "47
    injured": the group there is the passengers)."""
    if not part.part or whole.part:
        return False
    # the counted noun, or the last word of what is measured ("two in five pharmacies")
    head = part.measure_head or (part.measure[-1] if part.measure else None)
    if head is not None and (
        (whole.measure_head is not None and heads_match(head, whole.measure_head))
        or (whole.event is not None and same_event(head, whole.event))
    ):
        return True
    # a sum some of a group get against what the group gets: "some customers will
    # receive more than £2,000" / "customers would receive about £130 each"
    return part.measure_head is None and subjects_compatible(part.subjects, whole.subjects) is True


# Nouns for the whole of what a figure counts ("a fleet of 210 buses", "its entire herd").
_WHOLE_NOUNS = frozenset(
    "fleet workforce membership population herd flock network portfolio estate".split()
)


def _a_kind_of_a_total(kind: ClaimKey, total: ClaimKey) -> bool:
    """Whether one figure counts a kind of what the other counts whole: "almost 50
    zero-emission buses" against "a total fleet of 210 buses"."""
    if kind.measure_head is None or not heads_match(kind.measure_head, total.measure_head):
        return False
    if not any(w in _WHOLE_NOUNS for w in (*total.measure, *total.subjects)):
        return False
    return any(w != kind.measure_head and not _has_word(w, total.measure) for w in kind.measure)


def _is_agent(key: ClaimKey) -> bool:
    """Whether a claim's subject is someone who acts (a name, or a noun like "the senate"),
    not what was acted on or what happened ("the ban", "the unrest")."""
    return bool(key.actors) or (bool(key.subjects) and key.subjects[-1] in AGENT_NOUNS)


def _one_side_of_a_vote(a: ClaimKey, b: ClaimKey) -> bool:
    """Two counts of one side of a vote, one told by the outcome and one by the side:
    "approved by 12 votes to two" / "two councillors opposed it" are both the votes
    against (an approval and a rejection stay two votes)."""
    sided = a.event in _SIDE_VERBS or b.event in _SIDE_VERBS or a.event == b.event
    return _tally(a) and _tally(b) and a.measure == b.measure and sided


# Verbs that tell which side a count voted on, not what the vote decided.
_SIDE_VERBS = frozenset({"oppose", "support", "favour", "favor", "abstain"})


def _another_subject_measured(measured: ClaimKey, other: ClaimKey) -> bool:
    """Whether a figure measured by its subject ("a foot passenger return will cost") and
    one that measures a word of that subject ("return") are told of different subjects."""
    return (
        _measured_by_actor(measured)
        and bool(other.measure)
        and all(_has_word(w, measured.subjects) for w in other.measure)
        and subjects_compatible(measured.subjects, other.subjects) is False
    )


def _tally(key: ClaimKey) -> bool:
    """A count of votes on one side ("212 to 158": extract.context `_tally_side`)."""
    return key.measure_head == "vote" and len(key.measure) == 2


# Two counts of one side of a vote further apart than this factor are two votes ("8 to 3"
# in committee, "212 to 158" on the floor), not one tally misreported.
MAX_TALLY_SLIP = 2.0


def _other_votes(a: Claim, b: Claim) -> bool:
    """Whether two tallies count two votes: each dated, on other days ("61 to 39" on
    Dec. 3, "214 to 189" on Tuesday; a tally never updates), or far apart in size."""
    if a.key.time_ref and b.key.time_ref and a.key.time_ref != b.key.time_ref:
        return True
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    small, large = sorted(v.low or v.high or 0.0 for v in (va, vb))
    return small > 0 and large / small > MAX_TALLY_SLIP


def _measured_by_actor(key: ClaimKey) -> bool:
    """A figure that counts no noun, measured by its clause's subject ("repairs cost ...")."""
    return key.measure_head is None and bool(key.measure) and key.measure == key.subjects


def is_bare(key: ClaimKey) -> bool:
    """Nothing but the act is known: no measure, no actor ("Fourteen were killed")."""
    return not key.measure and not key.subjects


def _names_event(a: ClaimKey, b: ClaimKey) -> bool:
    """One side's event is a word of the other side's measure, or its noun ("died" /
    "the death toll")."""
    return _event_in(a.event, b.measure) or _event_in(b.event, a.measure)


def _recorded(a: ClaimKey, b: ClaimKey) -> bool:
    """One side counts the other's act by a verb of recording: "11 deaths were recorded"
    / "23 people had died"."""
    return (a.event in RECORDING_EVENTS and _event_in(b.event, a.measure)) or (
        b.event in RECORDING_EVENTS and _event_in(a.event, b.measure)
    )


def _transfer(a: ClaimKey, b: ClaimKey) -> bool:
    """Two sides of a transfer ("paid" / "received"): kin events with two parties."""
    return (
        a.event is not None
        and b.event is not None
        and a.event != b.event
        and frozenset((a.event, b.event)) in TRANSFERS
    )


def _event_is_the_measure(a: ClaimKey, b: ClaimKey) -> bool:
    """One side measures the other's event and nothing the other leaves out: "the program
    will cost $310 million" / "a total cost of $340 million" (not "the cost of the tunnel";
    nor "awarded £7.4 million to the girl" / "lifetime care costs exceeded £4 million")."""
    return _only_the_event(a.event, b.measure, _told_of(a)) or _only_the_event(
        b.event, a.measure, _told_of(b)
    )


def _told_of(key: ClaimKey) -> tuple[str, ...] | None:
    """What a figure is said of: its measure, else the participants of its act (None
    when nothing is said of it, and anything may be)."""
    return key.measure or participants(key) or None


def _only_the_event(
    event: str | None, measure: tuple[str, ...], other: tuple[str, ...] | None
) -> bool:
    if event is None or not _event_in(event, measure):
        return False
    if other is None:
        return True
    rest = [
        w
        for w in measure
        if w not in UNIT_NOUNS and not any(same_event(event, e) for e in events_named_by(w))
    ]
    return all(_has_word(w, other) for w in rest)


def _event_in(event: str | None, measure: tuple[str, ...]) -> bool:
    """Whether a word of the measure names the event itself ("cost" names "cost"; "fund"
    names "pay" but not its kin "buy": "buying it through its £2.1 billion fund"; a
    "grant" names "contribute" and paying it, NAMED_KIN)."""
    return event is not None and any(
        event == named or frozenset((event, named)) in NAMED_KIN
        for word in measure
        for named in events_named_by(word)
    )


def _same_named_head(a: ClaimKey, b: ClaimKey) -> bool:
    """Both figures name what they count, and it is the same noun."""
    return (
        a.measure_head is not None
        and b.measure_head is not None
        and heads_match(a.measure_head, b.measure_head)
    )


def heads_match(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns are the same word (True when either is unknown)."""
    return a is None or b is None or _has_word(a, (b,))


def participants(key: ClaimKey) -> tuple[str, ...]:
    """Everyone and everything the claim's event involves: its subject and its objects."""
    return key.subjects + key.event_args


def subject_overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float | None:
    """Share of the shorter subject's words found in the other; None when either is unknown."""
    if not a or not b:
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(_has_word(word, large) for word in small) / len(small)


@functools.lru_cache(maxsize=1 << 18)
def _has_word(word: str, words: tuple[str, ...]) -> bool:
    # Cached: keys repeat across a corpus, and each pair test is a fuzzy comparison.
    stem = _stem(word)
    return word in words or any(
        _stem(w) == stem or fuzz.ratio(word, w) >= WORD_MATCH for w in words
    )


def _stem(word: str) -> str:
    # A participle used as a modifier is lemmatized by its tag, which the parser
    # gives either way: "sustained winds" may key as "sustained" or "sustain".
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _reason(
    a: ClaimKey,
    b: ClaimKey,
    event: bool | None,
    measure: float | None,
    subjects: bool | None,
    same: bool,
) -> str:
    parts = []
    if same:
        parts.append("same value")
    if event and a.event == b.event:
        parts.append(f"same event '{a.event}'")
    elif event:
        parts.append(f"one act from two sides '{a.event}' / '{b.event}'")
    if measure:  # a measure shared in part; none shared says nothing
        parts.append(f"measure '{' '.join(a.measure)}' ~ '{' '.join(b.measure)}' ({measure:.0f})")
    if subjects:
        parts.append(f"subjects '{' '.join(a.subjects)}' ~ '{' '.join(b.subjects)}'")
    if not event and _names_event(a, b):
        named, act = (a, b) if _event_in(b.event, a.measure) else (b, a)
        parts.append(f"'{' '.join(named.measure)}' names the act '{act.event}'")
    if a.told_once and b.told_once:
        parts.append("the only value each article gives for it")
    return ", ".join(parts)


def why_pair(a: Claim, b: Claim, threshold: float = 75.0) -> tuple[bool, str]:
    """Whether two claims of one kind and unit (`align.block_key`) can be linked as one
    fact, and why (for `factcheck explain`)."""
    same = same_value(a, b)
    reason = veto_reason(a, b, same, threshold)
    if reason is not None:
        return False, f"kept apart: {reason}"
    scored = score_pair(a, b, threshold)
    if scored is not None:
        return True, f"linked: {scored.reason or 'equal values'} (score {scored.score:.0f})"
    if same:
        return (
            False,
            "equal values, but nothing else says they are one fact (no shared event or measure)",
        )
    return False, (
        "different values are grouped only as the same act (event and actor) or the same "
        "measure with the same counted noun; these share neither"
    )
