"""Links between the claims of one document, which a single sentence's parse cannot see.

Elided measures: "41 died in custody and 12 were executed". News states a
series of figures about one population and names it once. A figure with no
counted noun of its own ("12 were executed", "another 3,500 are
held") counts what the figure before it in the same paragraph counts; without
that, it could not be matched with a source that does name the noun.

Time stamps: "As of May, the flood had killed 200". A figure stamped with a
date is an update when another stamp gives another figure, not a conflict; its
`time_ref` becomes the stamp's TIMEX3 value (or the document date for "so far").
A running tally in the present perfect that follows ("Eleven people have died")
shares the stamp.

Past figures: a figure its clause dates to a year before the document's ("was imposed
in 2025" in a 2026 article) is an earlier occurrence, not the one the article reports;
so is a date told in the past perfect beside the same act in the simple past ("fell
2.4% in December ... in November, sales had fallen 0.7%").

Told once: the only value a document gives for an act ("the council approved the
budget on Tuesday", "the government released €3.5 million") is marked, so that two
articles each telling the act once can be matched on it (identity.py).

Counted once: the only figure a document gives for a counted noun ("2,300 complaints")
is marked too: two articles each counting the story's complaints once most likely count
the same ones, whatever verb each tells it with ("received" / "logged"). So is the only
span of time it gives of one thing ("an eight-year contract"), as told once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from ..lexicon import (
    AGE,
    ANYONE,
    CALENDAR_STAMP,
    GENERIC_MEASURES,
    SAY,
    UNDATED_STEPS,
    UNIT_NOUNS,
    what_lasts,
)
from ..models import Claim, DateValue, Document, Kind, Quantity
from ..normalize.units import TEMPERATURE, dimension, is_physical

# The generic nouns as written after a figure ("27 people", "31 persons").
_GENERIC_NOUNS = GENERIC_MEASURES | {"persons", "individuals", "ones"}

# How far back (in characters) the figure that names the population may stand.
MAX_DISTANCE = 400


def inherit_elided_measures(claims: Sequence[Claim], texts: Mapping[str, str]) -> list[Claim]:
    """Give each figure without a measure the measure of the figure before it, if close.

    `claims` may span documents; `texts` maps a document id to its text, to see
    paragraph breaks. Order is kept.
    """
    result: list[Claim] = []
    previous: Claim | None = None  # the last figure with a measure, in the current document
    for claim in sorted(claims, key=lambda c: (c.doc, c.start)):
        if previous is not None and previous.doc != claim.doc:
            previous = None
        if claim.kind.is_temporal:
            result.append(claim)
            continue
        if (
            not claim.key.measure
            and previous is not None
            and _elided(claim, previous, texts)
            and not _names_generic_noun(claim, texts)
        ):
            claim = claim.with_key(
                measure=previous.key.measure, measure_head=previous.key.measure_head
            )
        if claim.key.measure:
            previous = claim
        result.append(claim)
    return result


def _names_generic_noun(claim: Claim, texts: Mapping[str, str]) -> bool:
    """A figure followed by "people" names what it counts, if generically: nothing is elided."""
    following = texts.get(claim.doc, "")[claim.end : claim.end + 24].split()
    return bool(following) and following[0].strip(",.;:").casefold() in _GENERIC_NOUNS


def _elided(claim: Claim, previous: Claim, texts: Mapping[str, str]) -> bool:
    """The figure before counts the same kind of thing, in the same paragraph, nearby."""
    if claim.kind != previous.kind or not claim.key.event:
        return False
    if claim.unit != previous.unit or claim.start - previous.end > MAX_DISTANCE:
        return False
    between = texts.get(claim.doc, "")[previous.end : claim.start]
    return "\n\n" not in between.replace("\r", "")


# Markers that stamp a figure with the date of writing when no date follows them.
_UNTIL_NOW = ("so far", "to date")


def stamp_figures(claims: Sequence[Claim], documents: Sequence[Document]) -> list[Claim]:
    """Replace each figure's as-of marker (`key.time_ref`) with the date it refers to.

    The date is the time-stamp date in the same sentence ("as of May" -> "2025-05");
    for "so far"/"to date" without one, the document's date. A marker whose date
    is unknown leaves no stamp, so the figure is judged like any other.
    """
    dates = {d.id: d.date for d in documents}
    stamps: dict[tuple[str, str], str] = {}
    reached_by: dict[tuple[str, str], str] = {}
    for claim in claims:
        if isinstance(claim.value, DateValue) and not claim.key.event and claim.key.time_ref:
            stamps.setdefault((claim.doc, claim.sentence), claim.value.timex)
        elif isinstance(claim.value, DateValue) and _reached_by(claim):
            reached_by.setdefault((claim.doc, claim.sentence), claim.value.timex)
    # A date in the figure's own clause (the same event) also stamps it:
    # "ordered it to pay 40 million euros in 2023".
    # The clause is told by its verb: the key's event, or for a figure whose verb only
    # states its level ("will climb to $17 in 2028") the verb phrase itself.
    dated_events = _clause_dates(claims)
    result = []
    for claim in claims:
        if _a_figure(claim) and not claim.key.time_ref:
            date = _date_of_its_clause(claim, dated_events)
            if date is not None:
                # (the date of an act that has happened by the article's day, not a plan)
                told = dates.get(claim.doc)
                act = (
                    claim.key.event is not None
                    and date.start is not None
                    and told is not None
                    and date.start <= told
                )
                claim = claim.with_key(time_ref=date.timex, act_date=act)
                result.append(claim)
                continue
        marker = claim.key.time_ref
        reached = reached_by.get((claim.doc, claim.sentence))
        if not claim.kind.is_temporal and not marker and reached is not None:
            # "By Tuesday afternoon, 86 vessels were waiting": a moment of a running count
            result.append(claim.with_key(time_ref=reached))
            continue
        if marker in UNDATED_STEPS and not claim.kind.is_temporal:
            result.append(claim)  # a count under way, a present level: no date changes that
            continue
        if marker and CALENDAR_STAMP.fullmatch(marker) and not claim.kind.is_temporal:
            result.append(claim)  # already a date: "a pilot study in 2021, involving 640"
            continue
        if marker and not claim.kind.is_temporal:
            stamp = stamps.get((claim.doc, claim.sentence))
            doc_date = dates.get(claim.doc)
            if stamp is None and marker in _UNTIL_NOW and doc_date is not None:
                stamp = doc_date.isoformat()
            if stamp is None or stamp.startswith("X"):
                stamp = None
            claim = claim.with_key(time_ref=stamp)
        elif marker:
            claim = claim.with_key(time_ref=None)
        result.append(claim)
    return result


def _clause_dates(claims: Sequence[Claim]) -> dict[tuple[str, str, str], DateValue]:
    """The date each clause tells, by (document, sentence, the clause's event or verb)."""
    dated: dict[tuple[str, str, str], DateValue] = {}
    for claim in claims:
        value = claim.value
        # (not a date of an earlier occurrence: "61.4%, the highest since 2011"; nor one a
        # level is compared against: "3.7% higher than a year earlier")
        if (
            isinstance(value, DateValue)
            and value.start is not None
            and not claim.key.earlier
            and not _compared_against(claim)
        ):
            for clause in (claim.key.event, _verb(claim)):
                if clause:
                    dated.setdefault((claim.doc, claim.sentence, clause), value)
    return dated


def _compared_against(claim: Claim) -> bool:
    first = next(claim.places_in_sentence(), 0)
    return claim.sentence[:first].rstrip().lower().endswith("than")


def _date_of_its_clause(
    claim: Claim, dated: Mapping[tuple[str, str, str], DateValue]
) -> DateValue | None:
    clause = claim.key.event or _verb(claim)
    return dated.get((claim.doc, claim.sentence, clause)) if clause else None


def _reached_by(claim: Claim) -> bool:
    """A date that opens its sentence with "by", stamping the moment its figures tell
    ("By Tuesday afternoon, 86 vessels were waiting"), or a "by" after a perfect tense:
    "volunteers had recovered 14 fragments by Tuesday" counts up to then. After a simple
    past, "by" more often closes the total of an act ("sold 1.1 million tickets by
    Sunday night")."""
    value = claim.value
    if not isinstance(value, DateValue) or claim.key.event or value.start is None:
        return False
    first = next(claim.places_in_sentence(), 0)
    if _BY_OPENER.fullmatch(claim.sentence, 0, first) is not None:
        return True
    before = claim.sentence[:first]
    return _BY_CLOSER.search(before) is not None and _PERFECT.search(before) is not None


_BY_OPENER = re.compile(r"\s*by\s+(?:the\s+end\s+of\s+)?", re.IGNORECASE)
_BY_CLOSER = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# "had recovered", "have now been found", "has already paid": a count up to a moment
_PERFECT = re.compile(
    r"\b(?:had|has|have)\s+(?:(?:now|already|so\s+far)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|id|lt|pt|nt|ht)\b",
    re.IGNORECASE,
)


def mark_other_years_figures(claims: Sequence[Claim], documents: Sequence[Document]) -> list[Claim]:
    """Mark as another occurrence (`key.earlier`) each figure its clause dates to a year
    other than its document's: "its record penalty, 140 million crowns, was imposed in
    2025" in a 2026 article is history, and "the target is for 80% of pupils to reach the
    standard by 2028" a goal, not the figure the article reports."""
    years = {d.id: d.date.year for d in documents if d.date is not None}
    result = []
    for claim in claims:
        stamped = _stamp_year(claim)
        if stamped is not None and claim.doc in years and stamped != years[claim.doc]:
            claim = claim.with_key(earlier=True)
        result.append(claim)
    return result


def _stamp_year(claim: Claim) -> int | None:
    """The calendar year a figure's stamp falls in ("2025", "2025-03"), else None."""
    stamp = claim.key.time_ref or ""
    if not _a_figure(claim) or not CALENDAR_STAMP.fullmatch(stamp):
        return None
    return int(stamp[:4])


def _a_figure(claim: Claim) -> bool:
    """A value that measures something: a number, or a length of time told as a measure
    ("in 2019, cases took an average of 33 weeks"), which a date in its clause stamps."""
    return not claim.kind.is_temporal or claim.kind is Kind.DURATION


def carry_stamps_to_tallies(claims: Sequence[Claim], texts: Mapping[str, str]) -> list[Claim]:
    """Stamp a running tally with the as-of date of the figure before it in its paragraph.

    "Cases reached 251 as of Sept. 15. Eleven people have died." A figure in the
    present perfect ("have died", "has been injured") counts up to the same moment
    as the stamped figure it follows, so a source's earlier stamp makes it an
    update rather than a conflict. `claims` come stamped (`stamp_figures`).
    """
    result: list[Claim] = []
    last_stamped: Claim | None = None
    for claim in sorted(claims, key=lambda c: (c.doc, c.start)):
        if last_stamped is not None and last_stamped.doc != claim.doc:
            last_stamped = None
        if claim.kind.is_temporal:
            result.append(claim)
            continue
        if claim.key.time_ref and claim.key.time_ref not in UNDATED_STEPS:
            last_stamped = claim
        elif (
            last_stamped is not None
            and not claim.key.time_ref
            and claim.start - last_stamped.end <= MAX_DISTANCE
            and "\n\n" not in texts.get(claim.doc, "")[last_stamped.end : claim.start]
            and _in_present_perfect(claim)
        ):
            claim = claim.with_key(time_ref=last_stamped.key.time_ref)
        result.append(claim)
    return result


def mark_dates_told_before(claims: Sequence[Claim]) -> list[Claim]:
    """Mark as another occurrence (`key.earlier`) each date its article tells in the past
    perfect while telling the same act in the simple past: in "Sales fell 2.4% in
    December. In November, sales had fallen 0.7%.", November dates the month before."""
    told_plainly = {
        (c.doc, c.key.event)
        for c in claims
        if c.kind.is_temporal and c.key.event and not _in_past_perfect(c)
    }
    return [
        claim.with_key(earlier=True)
        if claim.kind.is_temporal
        and claim.key.event
        and (claim.doc, claim.key.event) in told_plainly
        and _in_past_perfect(claim)
        else claim
        for claim in claims
    ]


def _in_past_perfect(claim: Claim) -> bool:
    return _after_auxiliary(claim, "had", "already|previously|earlier")


def _in_present_perfect(claim: Claim) -> bool:
    return _after_auxiliary(claim, "has|have", "now|already|so far")


def _after_auxiliary(claim: Claim, auxiliary: str, adverbs: str) -> bool:
    """Whether the claim's verb follows the auxiliary, an adverb of those allowed and
    "been" between ("had fallen", "has now been confirmed")."""
    verb = _verb(claim)
    if verb is None:
        return False
    pattern = rf"\b(?:{auxiliary})\s+(?:(?:{adverbs})\s+)?(?:been\s+)?{re.escape(verb)}\b"
    return re.search(pattern, claim.sentence, re.IGNORECASE) is not None


def mark_values_told_once(claims: Sequence[Claim], documents: Sequence[Document]) -> list[Claim]:
    """Mark each claim whose act its document gives only one value (`key.told_once`).

    An article that dates "the council approved" once, and another that does too,
    most likely date the one approval of their story; a document dating the event
    twice (two votes) leaves it to each date's own participants to say which. The
    same holds for a figure of one kind and unit ("released €3.5 million").
    A value restated counts once. Only what has happened by the document's date is
    marked ("strikes would follow in November" is a plan), and no figure stamped
    "as of" a date (it is a moment of a running count).
    """
    published = {d.id: d.date for d in documents}
    alone = _the_only_value(claims, _tells_an_act, _act)
    return [
        claim.with_key(told_once=True)
        if alone(claim) and _settled(claim, published.get(claim.doc))
        else claim
        for claim in claims
    ]


def mark_counts_told_once(claims: Sequence[Claim]) -> list[Claim]:
    """Mark each figure that is the only one its document gives for its counted noun
    (`key.counted_once`): "received 2,300 complaints" in one article, "more than 2,000
    complaints were logged" in another.

    Every figure of the noun counts against it, a target or a past year's too (an
    article giving "1,900 complaints last year" has two). Words for anyone or anything
    ("people", "residents", "per cent") count too many things to name one.
    """
    alone = _the_only_value(claims, _counts_a_noun, _count)
    return [
        claim.with_key(counted_once=True)
        if alone(claim) and (_plain_fact(claim) or _dated_act(claim)) and not _another_group(claim)
        else claim
        for claim in claims
    ]


def mark_measures_told_once(claims: Sequence[Claim]) -> list[Claim]:
    """Mark each figure that is the only one of its dimension its document gives
    (`key.measured_once`): "the 129-metre vessel" in one article, "the 139-metre ship"
    in another. An article gives few lengths or weights, and most often of one thing;
    a value restated in another unit ("14 miles (22 km)") is a second value."""
    alone = _the_only_value(claims, _measures_a_dimension, _dimension)
    return [
        claim.with_key(measured_once=True) if alone(claim) and _a_lasting_fact(claim) else claim
        for claim in claims
    ]


def mark_spans_told_once(claims: Sequence[Claim]) -> list[Claim]:
    """Mark each span of time that is the only one its document gives of one thing
    (`key.told_once`): "an eight-year contract" in one article, "a seven-year public
    service contract" in another. A span of an earlier occurrence ("its last strike, in
    2019, lasted two days") neither counts against the story's own nor is marked."""
    alone = _the_only_value(claims, _spans_a_thing, _span_of)
    return [claim.with_key(told_once=True) if alone(claim) else claim for claim in claims]


def _spans_a_thing(claim: Claim) -> bool:
    key = claim.key
    return (
        claim.kind is Kind.DURATION
        and what_lasts(key.event, key.event_args) is not None
        and not (key.negated or key.hedged or key.part or key.earlier)
    )


def _span_of(claim: Claim) -> tuple[object, ...]:
    return (claim.doc, claim.key.event, what_lasts(claim.key.event, claim.key.event_args))


def _a_lasting_fact(claim: Claim) -> bool:
    """A plain fact, or the size of a thing told on the day of an act ("set up a
    400-metre cordon on Friday"): a length or weight does not run like a count. A
    temperature does: one stamped is a reading of that day."""
    key = claim.key
    stamped = key.time_ref is not None and dimension(claim.unit) == TEMPERATURE
    return not (key.negated or key.hedged or key.part or key.earlier or stamped)


def _measures_a_dimension(claim: Claim) -> bool:
    return is_physical(claim.unit)


def _dimension(claim: Claim) -> tuple[object, ...]:
    return (claim.doc, dimension(claim.unit))


def _another_group(claim: Claim) -> bool:
    """A count told as "another" group ("Another 14 workers were taken to hospital"):
    its article tells of a first group of the noun, even when it gives that one no figure."""
    pattern = rf"\banother\s+{re.escape(claim.text)}(?!\w)"
    return re.search(pattern, claim.sentence, re.IGNORECASE) is not None


def _the_only_value(
    claims: Sequence[Claim],
    counted: Callable[[Claim], bool],
    group: Callable[[Claim], tuple[object, ...]],
) -> Callable[[Claim], bool]:
    """Whether a claim is `counted` and the only value (a restatement counts once) among
    the counted claims of its `group`."""
    values: dict[tuple[object, ...], set[object]] = defaultdict(set)
    for claim in claims:
        if counted(claim):
            values[group(claim)].add(_told(claim))
    return lambda claim: counted(claim) and len(values[group(claim)]) == 1


def _counts_a_noun(claim: Claim) -> bool:
    head = claim.key.measure_head
    return (
        not claim.kind.is_temporal
        and isinstance(claim.value, Quantity)
        and head is not None
        and head not in GENERIC_MEASURES
        and head not in ANYONE
        and head not in UNIT_NOUNS
    )


def _count(claim: Claim) -> tuple[object, ...]:
    return (claim.doc, claim.unit, claim.key.measure_head, claim.key.per)


def _plain_fact(claim: Claim) -> bool:
    """Stated as what is so: not denied, possible, a part, another occurrence or a stamped
    moment of a running count."""
    key = claim.key
    return not (key.negated or key.hedged or key.part or key.earlier or key.time_ref)


def _dated_act(claim: Claim) -> bool:
    """A plain fact but for a stamp that is only the date of its own act (`act_date`):
    "evacuated 340 people on Tuesday". Not a level with no act ("stood at 3.1% in April"),
    nor what will be ("will now be left to rot")."""
    key = claim.key
    return (
        key.act_date
        and _FUTURE.search(claim.sentence) is None
        and not (key.negated or key.hedged or key.part or key.earlier)
    )


_FUTURE = re.compile(r"\b(?:will|would|shall|going\s+to)\b", re.IGNORECASE)


def _act(claim: Claim) -> tuple[object, ...]:
    """What one value of the document tells: the act, for one kind of value (a day or a
    time say when; a duration says how long) and one unit."""
    kind = "when" if claim.kind in (Kind.DATE, Kind.TIME) else claim.kind.value
    return (claim.doc, kind, claim.unit, claim.key.event)


def _told(claim: Claim) -> object:
    value = claim.value
    return value.timex if isinstance(value, DateValue) else (value.low, value.high)


def _settled(claim: Claim, published: dt.date | None) -> bool:
    """A date of what had happened by the document's date; a figure not stamped as one
    moment of a running count."""
    value = claim.value
    if not isinstance(value, DateValue):
        return not claim.key.time_ref
    return (
        published is not None
        and value.timex[:1].isdigit()  # a calendar date, not "now" (PRESENT_REF)
        and value.start is not None
        and value.start <= published
    )


def _tells_an_act(claim: Claim) -> bool:
    """A value of what happened: not a statement's date, a denial, a possibility, or a
    part of a group ("six of the injured" is no second count of the injured). Every age
    counts but one the person was then ("broke through as a 17-year-old"): a denial or a
    group says nothing of whose age it is ("Calloway, 36, had not been found")."""
    if claim.key.event == AGE:
        return not claim.key.earlier
    return (
        claim.key.event is not None
        and claim.key.event != SAY
        and claim.key.event not in _VAGUE_ACTS
        and not claim.key.negated
        and not claim.key.hedged
        and not claim.key.part
    )


# Verbs too vague to name one act of a story: "took $18.4 million at the box office" and
# "would take a $90 million writedown", "owed creditors £48 million" and "was owed £86,000".
_VAGUE_ACTS = frozenset("take owe make have get do".split())


def _verb(claim: Claim) -> str | None:
    """The governing verb as written: the first word of the claim's event text."""
    return claim.event.split()[0] if claim.event else None
