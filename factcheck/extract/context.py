"""Read a claim's context from the dependency parse: what it measures, the event, who says so.

This is the only module that looks inside spaCy `Doc`/`Token` objects. It works
on the parse alone (dependency labels, POS, lemmas, entities) plus the general
English tables in `lexicon.py`; nothing in it knows about a particular story.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import (
    AGE,
    ANAPHORIC_NOUNS,
    AS_OF_MARKERS,
    CALENDAR_STAMP,
    CHANGE_NOUNS,
    COLLECTIVE_NOUNS,
    CONTRAST_WORDS,
    CURRENT,
    CURRENT_ADVERBS,
    DEGREES,
    EARLIER_ADJECTIVES,
    EARLIER_ADVERBS,
    ENTER_INTO_FORCE,
    ESTIMATE_VERBS,
    EVENT_SYNONYMS,
    FACILITIES,
    GENERIC_MEASURES,
    HAPPEN,
    HAPPENING_NOUNS,
    IDIOMS,
    KEY_STOP_WORDS,
    LAST,
    LASTING_VERBS,
    LEVEL_VERBS,
    LIGHT_VERBS,
    LOWER_CASE_LABELS,
    MEASURE_SYNONYMS,
    NOMINAL_EVENTS,
    ORIGIN,
    PHRASE_SYNONYMS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    POSSIBILITY_MODALS,
    PROVISIONAL,
    PROVISIONAL_MARKERS,
    REPORTING,
    SAY,
    STAGING_VERBS,
    STATIVE_VERBS,
    TIME_SPANS,
    TIME_VERBS,
    TITLE_WORDS,
    UNIT_NOUNS,
    VOTE_WORDS,
)
from ..models import ClaimKey
from ..normalize.date_lexicon import MONTHS, WEEKDAYS
from ..normalize.numbers import PERCENT_RE, SCALE_WORDS

if TYPE_CHECKING:  # spaCy is imported only when a paragraph is parsed (nlp.py)
    from spacy.tokens import Doc, Span, Token

_NUMBER_LINKS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "appos"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
_PRONOUNS = frozenset({"PRON"})
_NARROWING_PREPOSITIONS = frozenset({"of", "from", "in", "at", "among"})
_MAX_PHRASE_TOKENS = 8
# Prices told per kind of payer ("the fare for children", "the toll for lorries").
_PRICE_NOUNS = frozenset("toll fare fee price charge tariff ticket premium levy rent".split())


@dataclass(frozen=True, slots=True)
class Context:
    """What the parse says about one mention (all strings may be None)."""

    measure: str | None
    event: str | None
    attribution: str | None
    key: ClaimKey
    future: bool | None = None  # the tense of the verb a date belongs to, when the parse shows it


def read_context(
    doc: Doc,
    start: int,
    end: int,
    *,
    temporal: bool,
    aliases: Mapping[str, str] | None = None,
    age: bool = False,
    money: bool = False,
) -> Context:
    """Describe the mention at character offsets [start, end) of `doc`.

    `temporal` selects how the measure is read: a figure measures the noun it
    counts ("more than 200 soldiers" -> "soldiers"); a date measures the event
    it dates ("signed a law on Monday" -> "sign law"). `aliases` maps acronyms
    defined in the document ("MFA") to their long form, for subject keys. An `age`
    ("a 71-year-old man", "a man aged 74", "Lindqvist, 56,") keys as the person's; a sum
    of `money` may name what it is after "in" ("£210,000 in costs").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Context(None, None, None, ClaimKey())
    sent = span.sent
    root = span.root
    measured = None if temporal else _measured_noun(root, span, money)
    person = _aged_person(span, measured) if age else None  # before other readings move it
    described = _described_noun(span) if temporal else None
    verb = None if described else _event_verb(measured if measured is not None else root, span)
    if temporal:
        verb = _said_then(verb, span)
    if verb is None and sent.start > 0 and _is_fragment(sent):
        verb = _root_verb(doc[sent.start - 1].sent)  # a dated caption fragment: the sentence before
    event_lemma = _event_name(verb)
    if described is not None and root.dep_ == "poss" and _is_event_noun(described):
        event_lemma = _event_name(described)  # "this week's explosion": the explosion's date
    nominal = _subject_event(verb, temporal)
    if nominal is not None:
        event_lemma = _event_name(nominal)
        # "nurses began a strike": the nurses still act; "the strike is due to last 12
        # days": the strike is still what lasts
        # (a relative clause's noun is its subject: "a strike that began on Monday")
        told_of = nominal.dep_ != "dobj" or (verb is not None and nominal == verb.head)
        if told_of and verb is not None and verb.lemma_.lower() != "be":
            verb = nominal
    if temporal and event_lemma in _CHANGE_ACTS and _from_a_date(span, verb):
        # "the fee will rise to €189 from April 1": the day the new fee takes effect
        event_lemma = ENTER_INTO_FORCE
    if temporal and event_lemma in _CALLED_OFF and _moved_to_a_date(span, verb):
        # "postponed to September 13", "rescheduled for 14 September": the day it will
        # now take place, as "will now take place on 13 September" tells it
        event_lemma = HAPPEN
    if temporal and event_lemma == ORIGIN and _dates_something_else(verb):
        event_lemma = None  # "damage dating back to a fire in 1944": the fire's year
    if temporal and (_is_time_stamp(doc, start) or _dates_a_baseline(span)):
        # "As of May, the flood had killed 200": May dates the count, not an event; so
        # does 2019 in "down from 63% in 2019" (the figure a change is measured from).
        event_lemma = None
    if temporal:
        subjects = _subject_tokens(verb, measured)
    else:
        measured, event_lemma, subjects = _figure_roles(verb, measured, event_lemma, span)
    speaker = _speaker_tokens(sent, span)
    if event_lemma == SAY and not subjects:
        subjects = speaker  # the date of a statement is about whoever made it
    attribution = _phrase_text(speaker) if speaker else None
    aliases = aliases or {}
    # A figure with no counted noun ("repairs cost $12 million") measures its clause's subject.
    counted = _phrase_tokens(measured, span) if measured is not None else []
    if not temporal:
        # "the change will save 4.5 billion crowns": "the change" only points back at the
        # story's act, and tells no two figures apart
        subjects = [t for t in subjects if t.lemma_.casefold() not in ANAPHORIC_NOUNS]
    measure_tokens = counted or ([] if temporal else subjects)
    measure = _key_words([t for t in measure_tokens if not _is_generic(t)], aliases)
    # None when the figure counts no noun of its own
    head = None if _changes_a_level(measured, span) else _head_word(measured)
    if head is not None and head not in measure:
        head = _folded_head(head, measure)
    key = ClaimKey(
        measure=measure,
        measure_head=head,
        event=event_lemma,
        event_args=_key_words(
            [t for t in _entity_phrase(described) if t not in span]
            if described is not None
            else _event_args(verb, span),
            aliases,
        ),
        subjects=_key_words(subjects, aliases),
        actors=_key_words(
            [
                t
                for t in subjects
                if t.pos_ == "PROPN"
                and t.lower_ not in TITLE_WORDS
                and t.lower_ not in _CALENDAR_NAMES  # "walked out on Monday": not an actor
            ],
            aliases,
        ),
        negated=verb is not None
        and (
            any(c.dep_ == "neg" for c in verb.children)
            # "voted to stop paying for 14 routes": the act is ended, not done
            or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ENDING_VERBS)
        ),
        # (the "old" of "a 71-year-old postman" is the age's own word, not "the old one")
        earlier=_earlier(verb, [t for t in [*subjects, *counted] if t not in span])
        # "last struck in 2023, when an eight-day walkout disrupted exams": the length of
        # a happening told in an earlier one's clause
        or (described is not None and _earlier(_clause_verb(described), []))
        or _set_in_an_earlier_one(verb, span, temporal)
        or _since_a_record(span)
        # "The previous year it recruited 440": the period before the story's own
        or (temporal and any(t.lower_ in ("previous", "prior", "preceding") for t in span))
        or (not temporal and _a_wider_base(span))
        or (not temporal and _the_level_before(span))
        # "broke through as a 16-year-old": the age someone was then
        or (age and _words_before(span, 2) == ["as", "a"]),
        hedged=_with_modal(verb, POSSIBILITY_MODALS)
        or _a_requirement(measured)
        # a standard, not a level: "92% of patients should be treated within 18 weeks"
        # (a date told so is a plan: "should reopen in May")
        or (not temporal and _with_modal(verb, _NORM_MODALS))
        or _a_capacity(verb)
        or _on_a_condition(verb)
        or _the_condition_itself(verb),
        time_ref=_time_ref(sent.text.lower())
        or (
            None
            if temporal
            else _current(span, verb)
            or _holder_year(subjects)
            or _made_in_year(measured)
            or _year_of_the_noun_described(measured)
            or _year_of_setting(verb)
            or _year_of_when_clause(verb)
        ),
        places=_places([*counted, *_located_in(verb, span)]) + _sentence_scope(verb),
        per=None if temporal else _per_unit(span) or _rate_adverb(verb, span) or _yearly(span),
        part=(not temporal and (_a_part(span) or _held_by_some(verb)))
        or _narrowed_setting(verb, span),
        change=not temporal and _a_change(span),
    )
    offset = _offset_word(span) if temporal else None
    lasted = _happening_lasted(span, described, event_lemma, subjects) if temporal else None
    if lasted is not None and offset is None:
        # "47 days of talks", "the talks lasted 47 days": how long the talks lasted
        named = [t for t in lasted.lefts if t.dep_ in ("amod", "compound") and t not in span]
        words = _key_words([*_done_to(lasted), *named, lasted], aliases)
        key = dataclasses.replace(
            key,
            event=LAST,
            # the happening by its act's name: "a 19-hour closure" is how long it was shut
            event_args=(*words[:-1], _lasting_act_of(words[-1])) if words else (),
            subjects=(),
            actors=(),
        )
    elif offset is None and temporal and _for_a_while(span, verb) and event_lemma in _LASTING_ACTS:
        # "crews will strike for five days", "the road was shut for 19 hours": how long the
        # act lasted, as "a five-day strike" and "a 19-hour closure" tell it
        key = dataclasses.replace(
            key,
            event=LAST,
            # (what was acted on first, the act last, as "a 40-hour lock closure" keys)
            event_args=(*key.event_args, event_lemma),
            subjects=(),
            actors=(),
        )
    if offset is not None:
        # "three days after the dam failed": a distance from the event, which meets only
        # the same distance ("enters into force 30 days after" / "takes effect 30 days after")
        key = dataclasses.replace(key, event_args=(offset, *key.event_args))
    side = None if temporal else _tally_side(span, event_lemma, sent)
    if side is not None:
        # "passed 212 to 158", "187 in favour and 95 against": a count of votes on one
        # side, whoever cast them ("lawmakers", "the assembly", "deputies")
        key = dataclasses.replace(key, measure=(side, "vote"), measure_head="vote")
    if age:
        key = _age_key(key, person, span, aliases)
    patients = _patients(verb) if verb is not None else []
    topic = subjects or [t for p in patients for t in _entity_phrase(p) if t not in span]
    measure_text = _measure_text(measured, span, verb, topic, temporal)
    return Context(measure_text, _event_text(verb, span), attribution, key, _tense_is_future(verb))


# Acts a vote decides, as `_event_name` names them ("passed", "backed", "adopted" are "approve").
_VOTE_EVENTS = frozenset({"approve", "reject", "carry", "defeat", "support", "oppose", "elect"})
_AGAINST_EVENTS = frozenset({"reject", "defeat", "oppose"})
# A count of votes that names no side ("the motion passed with 31 votes").
_VOTES_AFTER = re.compile(r"^\s+votes?\b", re.I)
# What is carried by a vote ("the motion was carried 32 to 14").
_MOTIONS = re.compile(r"\b(?:motion|resolution|bill|amendment|proposal)s?\b", re.I)
# A count in a tally: digits, or a number in words ("voted seven to two", "twenty-one").
_NUMBER = (
    r"(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
)
# "212 votes to 158", "210 to 160", "189-70": the first count, then the second.
_TALLY_FIRST = re.compile(rf"^(?:\s+votes?)?(?:\s+to\s+|\s*[-\u2013]\s*){_NUMBER}\b", re.I)
_TALLY_SECOND = re.compile(rf"\b{_NUMBER}(?:\s+votes?)?(?:\s+to\s+|\s*[-\u2013]\s*)$", re.I)
# "187 in favour", "185 deputies voted for", "95 against", "187 supporting it", "12
# abstained": a side named within a few words after the count.
_TALLY_SIDE = re.compile(
    r"^(?:\s+[a-z]+){0,2}?\s+(?:votes?\s+|voted\s+|voting\s+|were\s+)?"
    r"(in\s+favou?r|for|against|abstain(?:ed|ing)?|abstentions?|"
    r"back(?:ed|ing)|support(?:ed|ing)|oppos(?:ed|ing))\b",
    re.I,
)
_VOTE_WORDS = re.compile(VOTE_WORDS, re.I)


def _tally_side(span: Span, event: str | None, sent: Span) -> str | None:
    """Which side of a vote a count is ("favour", "against", "abstain"), or None.

    Only in a clause whose act a vote decides, or a sentence that speaks of votes:
    "prices rose from 10 to 20" is no tally.
    """
    if (
        not re.fullmatch(rf"(?:[a-z]+\s+)*{_NUMBER}", span.text, re.I)
        or span[-1].lower_ in SCALE_WORDS
    ):
        return None  # "62%", "$4 million": not a count of votes
    text = span.doc.text
    before = text[sent.start_char : span.start_char]
    after = text[span.end_char : sent.end_char]
    voted = _VOTE_WORDS.search(sent.text) is not None
    if event not in _VOTE_EVENTS and not voted:
        return None
    if event == "carry" and not voted and not _MOTIONS.search(sent.text):
        return None  # "carrying about 11,000 containers bound for ...": a load, not a vote
    against_first = event in _AGAINST_EVENTS  # "rejected 230 to 190": 230 against
    if _TALLY_FIRST.match(after):
        return "against" if against_first else "favour"
    if _TALLY_SECOND.search(before):
        return "favour" if against_first else "against"
    named = _TALLY_SIDE.match(after)
    if named is None:
        if event in _VOTE_EVENTS and _VOTES_AFTER.match(after):
            # "the motion passed with 31 votes": the votes that carried it
            return "against" if against_first else "favour"
        return None
    word = named.group(1).lower()
    if word.startswith("abstain") or word.startswith("abstention"):
        return "abstain"
    return "against" if word == "against" or word.startswith("oppos") else "favour"


def _per_unit(span: Span) -> str | None:
    """The noun of a rate written after the figure: "$48 a share", "12 per cent per year"."""
    doc = span.doc
    at = span.end
    # past the counted noun and its modifiers: "4.5 billion crowns a year", "300 jobs a
    # year", "1,500 cubic metres a day"
    skipped = 0
    while (
        at < len(doc)
        and skipped < 3
        and (
            doc[at].pos_ in ("NOUN", "ADJ")
            or doc[at].tag_ == "VBG"  # "malting barley"
            or (doc[at].lower_ == "of" and (skipped or span[-1].pos_ == "NOUN"))
        )
        and doc[at].lower_ not in _RATE_WORDS
    ):
        # ... and what they are of: "900,000 tonnes of malting barley a year"
        at, skipped = at + 1, skipped + (doc[at].lower_ != "of")
    if at + 1 >= len(doc):
        return None
    word, noun = doc[at], doc[at + 1]
    if word.lower_ in _RATE_WORDS and noun.pos_ == "NOUN" and noun.lemma_.lower() not in UNIT_NOUNS:
        return noun.lemma_.lower()
    # "would save £390,000 over a full year": as much as "a year"
    over = _OVER_A_PERIOD.match(doc[at:].text)
    return over.group(1).lower() if over else None


_RATE_WORDS = frozenset({"a", "an", "per", "each"})
_OVER_A_PERIOD = re.compile(r"over\s+an?\s+(?:full\s+|whole\s+)?(year|month|week|day)\b", re.I)
# Verbs that end the act of their "-ing" complement ("stop paying", "ceased funding").
_ENDING_VERBS = frozenset("stop cease quit discontinue".split())

# "spends €200 million annually": the verb's adverb makes the figure a rate per year.
_RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week"}
_RATE_ADVERBS |= {"daily": "day", "hourly": "hour"}
_PERIODS = frozenset(_RATE_ADVERBS.values())


def _figure_phrase(span: Span) -> Token:
    """The head of the phrase a figure counts in ("4.2 billion crowns": "crowns")."""
    root = span.root
    return root.head if root.dep_ in ("nummod", "compound", "quantmod") else root


def _rate_adverb(verb: Token | None, span: Span) -> str | None:
    """ "year" for an amount the verb handles each year ("spends €200 million annually"),
    not for who does something daily ("24% of adults smoke daily")."""
    phrase = _figure_phrase(span)
    if verb is None or phrase.dep_ not in ("dobj", "attr", "oprd") or _SHARE.search(span.text):
        return None
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _RATE_ADVERBS:
            return _RATE_ADVERBS[c.lower_]
        period = c.lemma_.lower()
        if (
            c.dep_ == "npadvmod"
            and period in _PERIODS
            and any(d.lower_ in ("each", "every", "a", "an", "per") for d in c.children)
        ):
            return period  # "take 80,000 lorry journeys off the roads each year"
    return None


def _yearly(span: Span) -> str | None:
    """ "year" for the amount of a noun told as yearly ("an annual budget of €3.1 million",
    "its annual budget is €3.1 million"): a rate, not a total."""
    phrase = _figure_phrase(span)
    noun = None
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of":
        noun = phrase.head.head
    elif phrase.dep_ == "attr":
        noun = next((c for c in phrase.head.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    return next(
        (
            _RATE_ADJECTIVES[c.lower_]
            for c in noun.children
            if c.dep_ == "amod" and c.lower_ in _RATE_ADJECTIVES
        ),
        None,
    )


_RATE_ADJECTIVES = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week"}


# "six of the injured", "two of them", "three of its engines": a part of a group.
_SHARE = re.compile(rf"%|\b(?:{PERCENT_RE})\b", re.I)  # the number parser's words for "%"
_GROUP_DETERMINERS = frozenset({"the", "those", "these", "them", "its", "their", "his", "her"})
# Words that make a count an addition to a group ("a further five blocks"); "another" is
# left out: "41 died ... another 3,500 are held" lists groups and adds to none (though
# such a count is never its article's only one of the noun: discourse `_another_group`).
_INCREMENT_WORDS = frozenset({"further", "additional", "extra"})
_REST_WORDS = frozenset({"other", "remaining"})
_AS_PART_OF = re.compile(
    r"\bas (?:a )?part of an? (?:wider|broader|larger|global|national)\b", re.I
)
_SHORTFALL_NOUNS = frozenset({"shortfall", "shortage", "deficit", "gap"})


def _a_part(span: Span) -> bool:
    """Whether a count is of a part of a group the text names as a whole ("six of the
    injured were flown to hospital"), or of those added to it ("a further five blocks"),
    not the group itself. A share ("62% of the nurses") is a part by its nature, and is
    compared as one."""
    if _SHARE.search(span.text):
        return False
    doc = span.doc
    before = _words_before(span, 2)
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if set(before) & _INCREMENT_WORDS or after == "more":
        return True  # "a further five blocks", "an additional 300 troops", "12 more people"
    if set(before) & _REST_WORDS or before == ["down", "to"]:
        return True  # "the resort's other ten lifts", "down to one helicopter": what is left
    if _AS_PART_OF.search(doc[span.end : span.sent.end].text):
        return True  # "will shed 340 jobs in the city as part of a global restructuring"
    if (
        after == "short"
        or (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "short")
        or (len(before) == 2 and before[1] == "of" and before[0] in _SHORTFALL_NOUNS)
    ):
        # "running 60 controllers short", "a shortfall of 74 drivers": the part of a
        # whole that is missing
        return True
    if before[-1:] == ["at"] and _set_at_a_shortfall(doc[span.start - 1]):
        return True  # "puts its shortfall at 112 drivers", "the gap stands at 40 nurses"
    following = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after == "in" and following is not None and following.like_num:
        return True  # "two in five pharmacies": a share of them, not two
    # (any word of the figure: "€1.2m of the penalty" hangs "of" on the "m")
    for child in (c for token in span for c in token.children):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (
                    obj.lower_ in _GROUP_DETERMINERS
                    or any(
                        d.dep_ in ("det", "poss") and d.lower_ in _GROUP_DETERMINERS
                        for d in obj.children
                    )
                ):
                    return True
    return False


def _set_at_a_shortfall(at: Token) -> bool:
    """Whether the "at" a figure follows sets the level of a shortfall, as the object or
    subject of its verb."""
    return any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in _SHORTFALL_NOUNS
        for c in at.head.children
    )


def _held_by_some(verb: Token | None) -> bool:
    """Whether the figure's clause is about some of a group, not the group: "some
    customers will receive more than £2,000" is no refund the customers all receive;
    what "a single food bank gave out" or "the worst offender was found to owe" is one's."""
    if verb is None:
        return False
    # ("was found to owe": the subject is the verb above's)
    clauses = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(
        child.dep_ in ("nsubj", "nsubjpass")
        and any(
            (d.dep_ in ("det", "amod") and d.lower_ in ("some", "several"))
            or (d.dep_ == "amod" and d.lower_ == "single")
            # (a ranked one its own name tells: "the largest, Harrowdene reservoir")
            or (
                d.dep_ == "amod"
                and d.tag_ == "JJS"
                and d.lower_ not in _TIME_SUPERLATIVES
                and not _named_by_compound(child)
            )
            for d in child.children
        )
        for clause in clauses
        for child in clause.children
    )


# Superlatives of time rank no one of a group: "the latest figures" are all of them.
_TIME_SUPERLATIVES = frozenset("latest newest earliest".split())


def _named_by_compound(noun: Token) -> bool:
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _narrowed_setting(verb: Token | None, span: Span) -> bool:
    """Whether the clause is set in a part of a group: "in the most rural wards, crews
    took 14 minutes" tells of some wards, not the whole county's average; "Among 25- to
    34-year-olds the rate was 8.3%", of one age group."""
    if verb is None:
        return False
    if _ranked_in_a_part(verb):
        return True
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        first = prep.i == prep.sent.start
        if first and prep.lower_ == "among":
            return True
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.tag_ != "NNS":
                continue
            ranked = any(
                m.dep_ == "amod"
                and (m.tag_ == "JJS" or any(w.lower_ in ("most", "least") for w in m.children))
                for m in obj.children
            )
            if ranked and prep.lower_ in PLACE_PREPOSITIONS:
                return True  # "in the most rural wards"
            if (
                first
                and prep.lower_ == "in"
                and span.root not in obj.subtree  # "In the meantime 412 students": a misparse
                and not _is_a_time(obj)
                and any(m.dep_ in ("amod", "compound") for m in obj.children)
            ):
                return True  # "In primary schools the rate was 12.6%": a kind, named first
    return False


def _ranked_in_a_part(verb: Token) -> bool:
    """Whether the clause ranks one part above the rest: "rates were highest in the
    northern region, at 34%" is that region's rate, not the country's."""
    for ranked in verb.children:
        if ranked.dep_ != "acomp" or ranked.tag_ != "JJS":
            continue
        for prep in [*verb.children, *ranked.children]:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "among"):
                objects = [o for o in prep.children if o.dep_ == "pobj"]
                if objects and not any(_is_a_time(o) for o in objects):
                    return True  # (not "highest in a decade": a record)
    return False


def _stated_condition(verb: Token | None, measured: Token | None) -> str | None:
    """The condition a count is said to be in ("41% of pupils are eligible for free meals":
    "eligible"): what the figure counts, though no act is told."""
    if verb is None or measured is None or verb.lemma_.lower() != "be":
        return None
    subject = measured.head.head if measured.dep_ == "pobj" else measured  # "41% of pupils"
    if subject.dep_ != "nsubj":
        return None
    for child in verb.children:
        if (
            child.dep_ == "acomp"
            and child.pos_ == "ADJ"
            and any(c.dep_ == "prep" for c in child.children)
        ):
            return child.lemma_.lower()
        if child.dep_ == "advmod" and child.lower_ in _STATE_ADVERBS:
            return child.lower_  # "310,000 households are three months behind on payments"
    return None


# Verbs of a change that, with the figure itself as subject, tell a happening: "7.4
# metres of snow fell" is a snowfall, not a level that fell to 7.4 metres.
_FALLING_VERBS = frozenset("fall drop".split())


def _itself_fell(verb: Token | None, span: Span) -> bool:
    """Whether the figure is the subject of a falling verb with no level after it
    ("to", "by", "from")."""
    if verb is None or verb.lemma_.lower() not in _FALLING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(span.root == s or span.root.head == s for s in subjects) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "by", "from") for c in verb.children
    )


# Adverbs that say where or how a counted group is: "are behind on their payments".
_STATE_ADVERBS = frozenset("behind ahead abroad away overseas aboard ashore missing".split())


def _figure_roles(
    verb: Token | None, measured: Token | None, event_lemma: str | None, span: Span
) -> tuple[Token | None, str | None, list[Token]]:
    """A figure's counted noun, event and actor, where the clause's verb misleads.

    Returns (measured, event, subjects) after these readings:
    "95% of prisoners report abuse" (the verb names a source) and "the budget reached
    $2.1 billion" (the verb states a level): no event; "the death toll climbed to 187":
    the subject is what is counted; "the deaths of 273 detainees": the noun holding the
    figure is its event; "a trial of 1,150 patients": the trial holds the figure, not
    the clause's subject; "officials put the cost at $118 million": a source, no actor.
    """
    size_of = _sized_noun(measured, span) if measured is not None else None
    if measured is not None and size_of is not None and size_of.dep_ not in _ACTED_ON:
        # "took 87 seats in the 201-seat parliament", "staff at the 1,200-capacity venue
        # walked out": the figure is a size of a noun the clause only places its act in
        # (of one it acts on, the act is the figure's too: "the 18-bed unit will close")
        return measured, None, [t for t in _entity_phrase(size_of) if t not in measured.subtree]
    in_noun = _in_noun_phrase(measured, span) and not _collective(measured)
    # (a figure that itself falls tells a happening: "7.4 metres of snow fell")
    level = event_lemma in (SAY, *LEVEL_VERBS, *STATIVE_VERBS) and not _itself_fell(verb, span)
    if level or in_noun:
        event_lemma = None
    state = None if in_noun else _stated_condition(verb, measured)
    if state is not None:
        event_lemma = state  # "41% of pupils are eligible for free meals": "eligible"
    if _whole_of_a_part(measured, span):
        return measured, None, []  # "won 31 of his 68 matches": the 31 were won
    moved = _moved_to(verb, span) if measured is None and verb is not None else None
    if moved is not None:
        return moved, None, []  # "raised the minimum rate to €13.85": the rate's new level
    if measured is None and verb is not None and _states_level(verb):
        measured = _subject_of(verb)
    if measured is None and verb is not None:
        measured = _changed_by(verb, span)
    if measured is not None and _in_noun_phrase(measured, span):
        holder = measured.head.head
        if _collective(measured):
            # "a fleet of nine tugs pulled the vessel free": the fleet is the nine tugs,
            # doing what the clause says, not a holder of them
            actors = _subject_tokens(verb, measured)
            return measured, event_lemma, [t for t in actors if t not in holder.subtree]
        if _is_event_noun(holder) and holder.lemma_.lower() not in REPORTING:
            return measured, _event_name(holder), []
        return measured, event_lemma, [t for t in _entity_phrase(holder) if t.i < measured.head.i]
    if verb is not None and verb.lemma_.lower() in ESTIMATE_VERBS:
        return measured, event_lemma, []
    return measured, event_lemma, _subject_tokens(verb, measured)


def _place_objects(verb: Token | None) -> list[Token]:
    """The nouns of the clause's place phrases ("in neighbouring Kell County" -> County)."""
    return [
        obj
        for prep in (verb.children if verb is not None else ())
        if prep.dep_ == "prep" and prep.lemma_.lower() in PLACE_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _located_in(verb: Token | None, span: Span) -> list[Token]:
    """The proper names in the clause's place phrases ("in neighbouring Kell County")."""
    if verb is None:
        return []
    found: list[Token] = []
    for obj in _place_objects(verb):
        if obj not in span:
            # "in its first reading on March 3": the date is no place
            found.extend(
                t
                for t in obj.subtree
                if t.pos_ == "PROPN" and t not in span and t.lower_ not in _CALENDAR_NAMES
            )
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        # "Harnley district recorded the lowest score, with 58% of pupils meeting the
        # standard": the figure is the main clause's subject's
        holder = next((c for c in verb.head.head.children if c.dep_ in _SUBJECTS), None)
        if holder is not None:
            found.extend(t for t in holder.subtree if t.pos_ == "PROPN" and t not in span)
    return found


def _sentence_scope(verb: Token | None) -> tuple[str, ...]:
    """What an opening phrase says the sentence is about: "In mathematics, 74% of pupils
    met the standard" (a common noun; not a date, nor "In total," or "In a statement,")."""
    if verb is None:
        return ()
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ != "in" or child.i != child.sent.start:
            continue
        for noun in child.children:
            after = noun.i + 1
            if (
                noun.dep_ == "pobj"
                and noun.pos_ == "NOUN"
                and noun.lemma_.lower() not in _NOT_A_SCOPE
                and after < len(noun.doc)
                and noun.doc[after].text == ","
            ):
                return (noun.lemma_.lower(),)
    return ()


# Openers that say how a sentence is told, not what it is about.
_NOT_A_SCOPE = frozenset(
    "total all addition response fact short general particular contrast comparison turn "
    "statement interview summary sum effect practice theory return order case end".split()
)


_CALENDAR_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _places(tokens: Iterable[Token]) -> tuple[str, ...]:
    """Proper names among `tokens`, casefolded, without generic heads like "county"."""
    names = (t.text.casefold() for t in tokens if t.pos_ == "PROPN")
    return tuple(dict.fromkeys(n for n in names if n.isalpha() and n not in PLACE_HEADS))


def _head_word(head: Token | None) -> str | None:
    """The counted noun as a key word (None for "people" and the like, which say nothing)."""
    if head is None or _is_generic(head):
        return None
    return next(iter(_key_words([head], {})), None)


def _whole_of_a_part(measured: Token | None, span: Span) -> bool:
    """Whether the figure counts the whole a part is taken from ("31 of his 68 matches"):
    the clause's act is the part's."""
    return (
        measured is not None
        and measured.dep_ == "pobj"
        and measured.head.lower_ == "of"
        and measured.head.head.like_num
        and measured.head.head not in span
    )


def _in_noun_phrase(measured: Token | None, span: Span) -> bool:
    """Whether the counted noun hangs off another noun ("a trial of 1,150 patients"),
    not off the figure itself ("41% of the vote")."""
    return (
        measured is not None
        and measured.dep_ == "pobj"
        and measured.head.head.pos_ in ("NOUN", "PROPN")
        and measured.head.head not in span
    )


# A noun a clause's verb acts on or has act (its subject or object), or a headline's bare noun.
_ACTED_ON = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})


def _sized_noun(measured: Token, span: Span) -> Token | None:
    """The noun a hyphened figure and its counted noun describe ("the 201-seat
    parliament": parliament), or None."""
    if (
        measured.dep_ not in ("compound", "amod")
        or measured.head.pos_ not in ("NOUN", "PROPN")
        or measured.head in span
        or measured.i == 0
        or measured.doc[measured.i - 1].text not in ("-", "\u2011")
        or measured.doc[measured.i - 1].whitespace_
    ):
        return None
    return measured.head


def _collective(measured: Token | None) -> bool:
    """Whether the counted noun hangs off a noun for a body of its kind ("a fleet of nine
    tugs", "a team of 11 tugboats"): the body is the things counted, not their holder."""
    return (
        measured is not None
        and measured.dep_ == "pobj"
        and measured.head.head.lemma_.lower() in COLLECTIVE_NOUNS
    )


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or its governing verb's ("tax bills set to rise 3.5%")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "fees are set to rise" too
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECT_OF_HEAD), None)
    return subject


_SUBJECT_OF_HEAD = frozenset({"nsubj", "nsubjpass"})


def _changed_by(verb: Token, span: Span) -> Token | None:
    """What a change figure changes: "cut emissions by 40%" measures the emissions."""
    return _moved_through(verb, span, "by", ("dobj",))


def _moved_to(verb: Token, span: Span) -> Token | None:
    """What a figure is the new level of, after an act that moved it: "raised the
    minimum rate to €13.85", "the fee was cut to £20" (as "the fee rose to £20" is)."""
    if verb.lemma_.lower() not in _CHANGE_WORDS:
        return None
    return _moved_through(verb, span, "to", ("dobj", "nsubjpass"))


def _moved_through(verb: Token, span: Span, word: str, roles: tuple[str, ...]) -> Token | None:
    """What the verb acts on (`roles`), when the figure is the object of its `word`
    preposition ("cut emissions by 40%", "raised the rate to €13.85")."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != word or prep.head != verb:
        return None
    return next((c for c in verb.children if c.dep_ in roles and c not in span), None)


def _states_level(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in LEVEL_VERBS


def _is_generic(token: Token) -> bool:
    return token.lemma_.casefold() in GENERIC_MEASURES


def _tense_is_future(verb: Token | None) -> bool | None:
    """True for "will sign", False for "signed"/"has signed", None when the verb does not say."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall") for a in auxiliaries):
        return True
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxiliaries):
        return False
    return None


# Words that make a figure a bar to reach rather than a level reached: "the 2,500
# rating required for the title", "the 30 signatures needed", "the minimum 18 months".
_REQUIREMENT_WORDS = frozenset("require need minimum necessary qualifying threshold".split())


def _with_modal(verb: Token | None, modals: frozenset[str]) -> bool:
    """Whether the verb takes one of these modals ("could shed", "should be treated")."""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


# Modals that tell what ought to be, a standard rather than a level.
_NORM_MODALS = frozenset({"should"})  # not "must": "must pay £2,350" tells what is owed


def _a_requirement(measured: Token | None) -> bool:
    """Whether the counted noun is told as a requirement ("the 2,500 rating required")."""
    if measured is None:
        return False
    words = [measured, *(c for c in measured.children if c.dep_ in ("amod", "acl", "compound"))]
    return any(t.lemma_.casefold() in _REQUIREMENT_WORDS for t in words)


# Words whose infinitive tells what can be done, not what was: "licensed to carry 250".
_CAPACITY_HEADS = frozenset("license licence permit allow design build able certify equip".split())
# Verbs whose present tense tells a capacity ("the hall seats 900").
_CAPACITY_VERBS = frozenset("carry seat accommodate sleep".split())


def _on_a_condition(verb: Token | None) -> bool:
    """Whether the clause holds only if another does: "if this carries on we'll need 200
    callouts' worth of luck" (not "will run for 10 days unless talks resume": the plan)."""
    return verb is not None and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in verb.children
    )


def _the_condition_itself(verb: Token | None) -> bool:
    """Whether the clause is the condition itself: "stop whenever the temperature exceeds
    35C" names a threshold, not a reading ("if you are one of 480,000 members" still
    tells how many there are)."""
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and verb.lemma_ != "be"
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS for c in verb.children)
    )


_CONDITIONS = frozenset({"if", "whenever", "unless"})


def _a_capacity(verb: Token | None) -> bool:
    """Whether the act is one someone may or can do: "is licensed to carry 250 passengers",
    "designed to hold 40,000 fans", "able to seat 900"."""
    if verb is None:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CAPACITY_HEADS:
        return True
    # "the aircraft carries nine passengers", "the hall seats 900": what it takes on any
    # trip or night, not what "the maiden flight carried"
    return verb.tag_ == "VBZ" and verb.lemma_.lower() in _CAPACITY_VERBS


def _measured_noun(root: Token, span: Span, money: bool = False) -> Token | None:
    """The noun a figure counts: "200 soldiers" -> soldiers; "95% of POWs" -> POWs."""
    noun = _counted_noun(root, span, money)
    if noun is not None and noun.lemma_.casefold() in UNIT_NOUNS:
        return _of_object(noun)  # "41 percent of the vote" measures the vote
    if noun is not None and noun.lemma_.casefold() in ("average", "mean", "median"):
        return None  # "uniforms cost an average of £278": an average of what the clause says
    if (
        noun is not None
        and noun.dep_ == "poss"
        and noun.head.pos_ == "NOUN"
        and noun.head.lemma_.casefold() in _PLACES_FOR_SOME
    ):
        return noun.head  # "three children's homes" counts homes, not children
    return noun


# Places named for whom they serve ("children's homes", "women's refuges").
_PLACES_FOR_SOME = frozenset(FACILITIES) | frozenset(
    "home refuge shelter hostel hospice ward centre center unit charity club team".split()
)


def _aged_person(span: Span, measured: Token | None) -> Token | None:
    """Whose age a figure is: the noun "71-year-old" modifies or the name "56" stands
    beside; else the noun "aged 74" follows, or the subject of the clause the age ends
    ("died in 2022 aged 87", "died at 89", "was 31 years old")."""
    if measured is not None and _hometown(measured, span):
        measured = None
    person = None if measured is not None and measured.lemma_.lower() == "age" else measured
    if person is None:
        verb = (measured or span.root).head  # "died at the age of 70": from "age"
        for _ in range(3):  # "died at 89": the number, its preposition, the verb
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb or _is_aged(verb):
                break
            verb = verb.head
        # "convicted of the manslaughter of Anton Vesely, aged 32": the name the age
        # follows, wherever the parser hangs "aged" (the clause's verb, a noun)
        named = _named_before_comma(verb) if _is_aged(verb) else None
        if named is not None:
            person = named
        elif _is_aged(verb) and verb.dep_ in ("acl", "amod"):
            person = verb.head  # "a man aged 74" ("aged" tagged a verb or an adjective)
        else:
            if verb.lemma_.lower() == "age" and verb.dep_ == "advcl":
                verb = verb.head
            person = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if (
        person is not None
        and person.lower_ in ("who", "which", "that")
        and person.head.dep_ == "relcl"
    ):
        person = person.head.head  # "Penhallow, who died in 2022 aged 87"
    if person is not None and person.dep_ == "compound" and person.head.pos_ == "PROPN":
        person = person.head  # "82-year-old pensioner Margaret Oyelaran": the name
    return person


def _is_aged(word: Token) -> bool:
    return word.lemma_.lower() == "age" or word.lower_ == "aged"


def _hometown(noun: Token, span: Span) -> bool:
    """Whether a noun is where the person an age is told of comes from ("Greta
    Lindqvist, aged 56, of Marteval"): a name after "of" on the figure itself."""
    return (
        noun.pos_ == "PROPN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head in span
    )


def _named_before_comma(word: Token) -> Token | None:
    """The person named just before ", <word>" ("Anton Vesely, aged 32"), if any: a
    name, not a place a preposition sets ("died in Lindmark, aged 87")."""
    if word.i < 2 or word.nbor(-1).text != ",":
        return None
    name = word.nbor(-2)
    if name.pos_ != "PROPN":
        return None
    if name.dep_ == "pobj" and name.head.lower_ in PLACE_PREPOSITIONS:
        return None
    return name


def _age_key(
    key: ClaimKey, person: Token | None, span: Span, aliases: Mapping[str, str]
) -> ClaimKey:
    """An age's key: event AGE, the person as subject (with the name or title beside it)
    and what the person does, which tells two unnamed people of one kind apart."""
    if person is None or person.pos_ not in ("NOUN", "PROPN"):
        return dataclasses.replace(
            key, measure=(AGE,), measure_head=AGE, event=AGE, event_args=(), subjects=(), actors=()
        )
    tokens = _entity_phrase(person)
    if person.dep_ == "appos":
        tokens = [*_entity_phrase(person.head), *tokens]  # "Greta Lindqvist, the chief executive"
    # ("aged" beside the figure says it is an age, not who is that old)
    tokens = [t for t in tokens if t not in span and t.head not in span and t.lower_ != "aged"]
    if person.i < span.start:
        # "Rosa Lindell, 41, of Harbour Row": what follows the age is where she lives
        tokens = [t for t in tokens if t.i < span.start]
    holder = person.head if person.dep_ == "appos" else person
    does = holder.head.lemma_.lower() if holder.dep_ in _SUBJECTS else None
    return dataclasses.replace(
        key,
        measure=(AGE,),
        measure_head=AGE,
        event=AGE,
        event_args=(does,) if does else (),
        subjects=_key_words(tokens, aliases),
        # (not a place a preposition gives: "a teacher from Eastbank" names no one)
        actors=_key_words(
            [
                t
                for t in tokens
                if t.pos_ == "PROPN"
                and t.lower_ not in TITLE_WORDS  # "Dr Harald Moen" is Harald Moen
                and not _in_a_phrase_of(t, person)
            ],
            aliases,
        ),
    )


def _in_a_phrase_of(token: Token, noun: Token) -> bool:
    """Whether a token of a noun's phrase sits under a preposition of it ("from Eastbank")."""
    while token != noun and token.head != token:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False


# Words for a level moving, as verbs ("sales rose 3.2%") or nouns ("a 3.2% rise").
_CHANGE_WORDS = CHANGE_NOUNS | frozenset(
    "grow gain shrink soar tumble sink slip edge lose cut reduce raise lift boost lower "
    "extend shorten".split()
)
# Verbs of a level moving by itself, over a window told with "since" ("volumes have fallen
# by 47% since 2015"); not acts like "cut", whose "since 2019" may date the act.
_CHANGE_VERBS = frozenset(
    "rise fall grow drop decline increase decrease climb jump surge soar double triple "
    "halve shrink plunge slump tumble".split()
)


def _a_change(span: Span) -> bool:
    """Whether a share is the size of a change in a level ("food sales rose 3.2%", "a 3.2%
    rise", "down 2.4 per cent"), not a part of a whole ("29% of sales were online")."""
    if _SHARE.search(span.text) is None or _of_object(span.root) is not None:
        return False  # "lost 37% of their colonies": a part of a count
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if _words_before(span, 1) in (["up"], ["down"]) or after in ("below", "above"):
        return True  # "down 2.4 per cent", "cut emissions 55% below 2005 levels"
    head = span.root.head
    if head.lower_ in ("by", "of") and head.dep_ == "prep":
        head = head.head  # "rose by 3.2%", "pay increases of 24 percent"
    return head not in span and head.lemma_.casefold() in _CHANGE_WORDS


def _changes_a_level(noun: Token | None, span: Span) -> bool:
    """Whether a share counts no noun of its own but a change in a level: "a 19% slide in
    pre-tax profit" is the share by which profit fell, as in "pre-tax profit fell 19%"
    (a change verb names no event either, LEVEL_VERBS)."""
    return (
        noun is not None
        and noun.lemma_.casefold() in CHANGE_NOUNS
        and _SHARE.search(span.text) is not None
        and _prep_object(noun, "in") is not None
    )


def _counted_noun(root: Token, span: Span, money: bool = False) -> Token | None:
    worth = root.head
    if worth.lower_ == "worth" and worth not in span:
        # "a house worth $2 million", "steering contracts worth €118 million": the figure
        # is what that thing is worth
        if worth.head.pos_ in ("NOUN", "PROPN"):
            return worth.head
        objects = [c for c in worth.head.children if c.dep_ == "dobj"]
        if objects:
            return objects[0]
    if root.dep_ in _NUMBER_LINKS and root.head.pos_ in ("NOUN", "PROPN") and root.head not in span:
        return root.head
    # (any word of the figure: "€1.2m of the penalty" hangs "of" on the "m")
    of_object = next(
        (
            o
            for o in map(_of_object, span)
            if o is not None and o not in span and o.lemma_.lower() not in _MONEY_FORMS
        ),
        None,
    )
    if of_object is not None:
        return of_object
    if root.head.lemma_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head  # "a toll of 273"
    verb = root.head.head
    if root.dep_ == "pobj" and root.head.lemma_ == "at" and verb.pos_ == "VERB":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            return objects[0]  # "officials put the cost of the plan at €118 million"
    for child in root.children:
        if child.dep_ == "prep" and child.lemma_ == "for":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]  # "$4.5 billion for prison expansion"
    spent_on = _spent_on(root)
    if spent_on is not None:
        return spent_on  # "spent £1.1 million on new treatment equipment"
    if money:
        return _sum_named_after_in(span)
    return None


def _spent_on(root: Token) -> Token | None:
    """What a sum spent or invested went on: "spent £1.1 million on new equipment",
    "invested €40m in electric buses"."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in ("spend", "invest"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return objects[0]
    return None


# Nouns for the form money takes, which say nothing of what a sum is.
_MONEY_FORMS = frozenset("cash stock share money fund equity bond note kind".split())


def _sum_named_after_in(span: Span) -> Token | None:
    """What a sum is, named after "in" right after it: "£210,000 in prosecution costs",
    "€1.35 million in damages" (not "£5 million in the project", "40 million euros in 2023")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or after.lower_ != "in":
        return None
    noun = next((c for c in after.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.like_num:
        return None
    if noun.lemma_.lower() in _MONEY_FORMS:
        return None  # "$3.2 billion in cash and stock", "$5 million in prize money": how paid
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None
    return noun


def _of_object(token: Token) -> Token | None:
    return _prep_object(token, "of")


def _prep_object(token: Token, preposition: str) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lemma_ == preposition:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _event_verb(start: Token, span: Span) -> Token | None:
    """The verb (or event noun) governing `start`, skipping light verbs to their complement."""
    token = start
    for _ in range(12):  # parse trees are shallow; the bound guards against odd cycles
        if token.pos_ in ("VERB", "AUX") and token not in span:
            return _past_light_verb(token)
        if (
            token.dep_ == "pobj"
            and token.head.head.pos_ == "NOUN"
            and _is_event_noun(token.head.head)
        ):
            return token.head.head  # "the statement on August 27"
        if (
            token != start
            and token.pos_ == "NOUN"
            and token.dep_ in ("appos", "npadvmod", "advmod")  # (as the small parser reads it)
            and token.head.pos_ == "NOUN"
        ):
            # "The base, home to warships since 1794, will close": the aside describes
            # the noun; its date is not when the clause's event happens
            return None
        if token.head == token:
            if token.pos_ in ("VERB", "AUX"):
                return token
            # "About 300 students protested outside": the small parser reads a clause
            # as a noun phrase with its verb hanging off the noun
            acted = [
                c
                for c in token.children
                if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
            ]
            return _past_light_verb(acted[0]) if acted and acted[0] not in span else None
        token = token.head
    return None


def _said_then(verb: Token | None, span: Span) -> Token | None:
    """The reporting verb, for a date between it and its complement's subject: "said on
    Monday it would lower its price" dates the saying (the small parser hangs the date on
    "lower"). After "that" ("said that on Monday it would ...") the date is the act's."""
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return verb
    said = verb.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    marked = any(c.dep_ == "mark" and c.i < span.start for c in verb.children)
    if said.i < span.start and subject is not None and span.end <= subject.i and not marked:
        return said
    return verb


def _subject_event(verb: Token | None, temporal: bool) -> Token | None:
    """The event noun a time verb dates: "the ratification ... followed in 1998" ->
    ratification; "nurses began an open-ended strike on Tuesday" -> strike; and for a
    time, the noun a copula tells it of: "the signing was on Monday", "the average wait
    was 11.4 days" (not a figure's: "turnout was 38%" counts no gathering)."""
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    timed = lemma in TIME_VERBS or (temporal and lemma == "be")
    roles = ("nsubj", "nsubjpass") if timed else ()
    if lemma in STAGING_VERBS:
        roles = (*roles, "dobj")
    for child in verb.children:
        # "the stoppage, which began on July 6": the relative pronoun stands for the noun
        noun = verb.head if child.tag_ == "WDT" and verb.dep_ == "relcl" else child
        if child.dep_ in roles and noun.lemma_.lower() in NOMINAL_EVENTS:
            return noun
    return None


def _is_event_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in NOMINAL_EVENTS or lemma in REPORTING


def _past_light_verb(verb: Token) -> Token:
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return verb
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp", "acomp") and child.pos_ == "VERB":
            return child
    return verb


def _is_fragment(sent: Span) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _root_verb(sent: Span) -> Token | None:
    return _past_light_verb(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None


def _event_name(verb: Token | None) -> str | None:
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    # its dependents, and the noun a participle modifies ("the depot, ..., closed in 2019");
    # before reporting verbs: "claimed 200 lives", "was found guilty"
    related = [*verb.children, *([verb.head] if verb.dep_ == "acl" else [])]
    for word in related:
        idiom = IDIOMS.get((lemma, word.lemma_.lower()))
        if idiom is None and word.dep_ == "prep":  # "came into force"
            idiom = next((IDIOMS.get((lemma, g.lemma_.lower())) for g in word.children), None)
        if idiom is not None:
            return EVENT_SYNONYMS.get(idiom, idiom)
    if lemma in REPORTING:
        return SAY
    if lemma == "spend" and any(
        c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_SPANS for c in verb.children
    ):
        return "stay overnight"  # "spent the weekend at the rest centre", not a payment
    if lemma == "draw" and verb.tag_ == "VBN":
        return lemma  # "the numbers drawn on April 12": a draw, not "drew 94,000 visitors"
    lemma = NOMINAL_EVENTS.get(lemma, lemma)
    return EVENT_SYNONYMS.get(lemma, lemma)


def _subject_tokens(verb: Token | None, measured: Token | None) -> list[Token]:
    """The actor of the claim's event: a passive's agent, else the active subject, else the
    noun an active participle modifies. What is acted on is an event argument instead
    (`_event_args`), so "the decree was published" and "X published the decree" share "decree"."""
    if verb is None:
        return []
    by_role: dict[str, Token] = {}
    passive = False
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                by_role.setdefault("agent", objects[0])
        elif child.dep_ in _SUBJECTS and child.pos_ not in _PRONOUNS and child != measured:
            by_role.setdefault(child.dep_, child)
        # "and 13 people were injured": a passive whose subject is what the figure counts
        # has no actor of its own, not the subject of the verb it is joined to
        passive = passive or child.dep_ == "nsubjpass"
    if "agent" in by_role:
        return _entity_phrase(by_role["agent"])
    if passive or _is_reduced_passive(verb):
        return []
    for role in ("nsubj", "csubj"):
        if role in by_role:
            return _entity_phrase(by_role[role])
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_tokens(verb.head, measured)  # "was signed ... and published on ..."
    if (
        verb.dep_ == "xcomp"
        and verb.head.dep_ == "relcl"
        and verb.head.head.pos_ in ("NOUN", "PROPN")
    ):
        # "the new wing, which is expected to cost £9 million": the wing's cost
        return _entity_phrase(verb.head.head)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        if verb.head.lower_ in _CALENDAR_NAMES:
            return []  # "the pile-up on July 19, which left four dead": not July's act
        return [] if verb.tag_ == "VBN" else _entity_phrase(verb.head)
    if verb.dep_ == "advcl":
        # "Adopted in 1987, the convention ...": a past participle's subject is acted on.
        return [] if verb.tag_ == "VBN" else _subject_tokens(verb.head, measured)
    if verb.pos_ == "NOUN":
        owners = [c for c in verb.children if c.dep_ == "poss"]
        if owners:
            return _entity_phrase(owners[0])
        if verb.dep_ == "pobj" and verb.head.head.pos_ == "VERB":
            return _subject_tokens(verb.head.head, measured)  # "in a statement ..., the MFA said"
    return []


def _is_reduced_passive(verb: Token) -> bool:
    """A past participle with a subject but no auxiliary: "the convention, adopted in 1987"
    (which a small parser often reads as the clause's main verb)."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _patients(verb: Token) -> list[Token]:
    """What the event acts on: objects, a passive's subject, the noun a past participle modifies."""
    found = [c for c in verb.children if c.dep_ in _OBJECTS]
    if verb.pos_ in ("NOUN", "PROPN") and (of_object := _of_object(verb)) is not None:
        found.append(of_object)  # "the ratification of the treaty"
    if _is_reduced_passive(verb):
        found += [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        found.append(verb.head)  # "the convention, adopted in 1987"
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":
        found += [c for c in verb.head.children if c.dep_ == "nsubj"]  # "Adopted in 1987, it"
    if verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        # "The decree was signed on March 4 and published on March 11": a shared subject.
        found += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return found


def _entity_phrase(token: Token) -> list[Token]:
    """A noun with its modifiers and complement: "UN Convention against Torture"."""
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct", "cc")]
    left = [t for t in tokens if t.i <= token.i]
    right = [t for t in tokens if t.i > token.i and _complements(t, token)]
    # "Her main rival, incumbent Tomas Greer, ...": a common noun named by its apposition.
    names = [
        t
        for child in token.children
        if child.dep_ == "appos" and child.pos_ == "PROPN" and token.pos_ != "PROPN"
        for t in child.subtree
        if t.pos_ == "PROPN"
    ]
    return ((left + right)[:_MAX_PHRASE_TOKENS] + names)[: 2 * _MAX_PHRASE_TOKENS]


def _complements(t: Token, head: Token) -> bool:
    """Whether `t` hangs off `head` through a prepositional phrase and its modifiers only
    ("Lawmakers in the regional parliament": "regional" does; a relative clause does not)."""
    for _ in range(_MAX_PHRASE_TOKENS):
        if t == head:
            return True
        if t.dep_ not in ("prep", "pobj", "compound", "amod", "det") or t.i < head.i:
            return False
        t = t.head
    return False


# Adjectives of size after a counted noun: "stacks eight containers high" is a height.
_DIMENSIONS = frozenset("high tall deep long wide thick".split())


def _phrase_tokens(noun: Token, span: Span) -> list[Token]:
    """A measured noun with its adjectives, compounds and the phrases that narrow it ("of
    the vote", "from its data-center division", "in the second quarter"), minus the figure."""
    words = [noun]
    after = noun.i + 1
    if after < len(noun.doc) and noun.doc[after].lower_ in _DIMENSIONS:
        words.append(noun.doc[after])  # "eight containers high"
    # modifiers and theirs: "40 Corvane C-220 narrow-body jets" measures Corvane jets
    stack = [noun]
    while stack:
        for t in stack.pop().lefts:
            if t.dep_ in _NOUN_MODIFIERS and t not in span:
                words.append(t)
                stack.append(t)
    narrowing = _NARROWING_PREPOSITIONS
    if noun.lemma_.lower() in _PRICE_NOUNS:
        narrowing = narrowing | {"for"}  # "the toll for heavy goods vehicles": whose price
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lemma_.lower() not in narrowing:
            continue
        for obj in prep.children:
            if prep.lower_ == "for" and _is_a_time(obj):
                continue  # "the fare for 2026": when, not whose
            if obj.dep_ == "pobj" and obj not in span:
                words.extend(
                    t for t in obj.subtree if t.dep_ in (*_NOUN_MODIFIERS, "pobj") and t not in span
                )
    return sorted(set(words), key=lambda t: t.i)[:_MAX_PHRASE_TOKENS]


def _is_a_time(token: Token) -> bool:
    """A noun that names a time: "June", "the fiscal year", "the quarter", "2025"."""
    return (
        token.ent_type_ in ("DATE", "TIME")
        or token.lower_ in _CALENDAR_NAMES
        or token.lemma_.lower() in TIME_SPANS
        or token.lemma_.lower() in ("quarter", "period", "season", "term", "decade", "century")
    )


def _event_args(verb: Token | None, span: Span) -> list[Token]:
    """The event's arguments as whole names ("European Convention for the Prevention of
    Torture"), so a qualifier that tells two of them apart is kept."""
    if verb is None:
        return []
    dated = _dated_noun(span)
    if dated is not None:
        return [t for t in _entity_phrase(dated) if t not in span]
    args: list[Token] = []
    for patient in _patients(verb):
        if patient in span or patient.like_num or any(t in span for t in patient.subtree):
            continue
        args.extend(t for t in _entity_phrase(patient) if t.dep_ != "det")
    args.extend(c for c in verb.children if c.dep_ == "prt")
    # "were severely bleached": how far the act went tells it apart (identity `_degree`)
    # (before it: "wounded, many of them critically" tells of some of them)
    args.extend(
        c for c in verb.children if c.dep_ == "advmod" and c.lower_ in DEGREES and c.i < verb.i
    )
    args.extend(_contrasted_setting(verb, span))
    return args[:_MAX_PHRASE_TOKENS]


def _contrasted_setting(verb: Token, span: Span) -> list[Token]:
    """A prepositional phrase of the verb that one qualifier tells apart from another:
    "passed the bill in its first reading" is not "... in its second reading"."""
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj in span:
                continue
            if any(c.lower_ in CONTRAST_WORDS for c in obj.children):
                found.extend(t for t in _entity_phrase(obj) if t.dep_ != "det" and t not in span)
    return found


def _described_noun(span: Span) -> Token | None:
    """The noun a date is part of the name of ("a 1998 treaty", "the 2023 accord") or
    belongs to ("this week's explosion"): such a date tells which thing is meant, or
    when it happened, not when the clause's event happened."""
    root = span.root
    if root.dep_ == "poss" and root.head.dep_ != "pobj":
        # "won Sunday's runoff", "Saturday's storm killed five": the clause's event
        # happened then too; only a noun in a phrase aside ("the toll from this week's
        # explosion") takes the date from its clause
        return None
    if root.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and root.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        noun = root.head
        while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "a 1998 boundary treaty" names the treaty
        return None if noun in span else noun
    if root.lemma_.lower() in _SPAN_UNITS:
        # "five days of heavy rain", "two years of talks": the span of that noun
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
                nouns = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if nouns:
                    return nouns[0]
    return None


def _happening_lasted(
    span: Span, described: Token | None, event: str | None, subjects: list[Token]
) -> Token | None:
    """The happening whose length a span of time gives: the noun it describes ("47 days
    of talks", "a two-year dispute") or the subject of a verb of lasting ("the talks
    lasted 47 days"), when that noun is a happening (HAPPENING_NOUNS)."""
    if span.root.lemma_.lower() not in _SPAN_UNITS:
        return None  # not a length of time ("Monday's talks")
    if described is not None:
        # the noun the span stands before, too: a small parser may hang "a seven-year
        # mission mapping soil moisture" on "moisture"
        after = span.doc[span.end : span.end + 3]
        candidates = [described, *[t for t in after if t.pos_ == "NOUN"][:1]]
    elif subjects and (event in LASTING_VERBS or _after_lasting(span)):
        candidates = [t for t in subjects if t.dep_ in _SUBJECTS] or subjects[-1:]
    else:
        return None
    for noun in candidates:
        lemma = noun.lemma_.lower()
        if MEASURE_SYNONYMS.get(lemma, lemma) in HAPPENING_NOUNS:
            return noun
    return None


def _done_to(happening: Token) -> list[Token]:
    """What a happening told in a clause's phrase was done to, where the clause says: "the
    lock was reopened after a 40-hour closure" (not who acted: "crews returned after a
    two-day stoppage")."""
    clause = happening.head.head if happening.dep_ == "pobj" else None
    held = next((c for c in clause.children if c.dep_ == "nsubjpass"), None) if clause else None
    return _entity_phrase(held) if held is not None and held.pos_ == "NOUN" else []


def _act_of(word: str) -> str:
    """A happening's noun by the name of its act ("closure" -> "shut"), else the noun."""
    act = NOMINAL_EVENTS.get(word)
    return EVENT_SYNONYMS.get(act, act) if act is not None else word


def _from_a_date(span: Span, verb: Token | None) -> bool:
    """Whether a date opens a new state, "from" it, in its verb's clause ("will rise to
    €189 from April 1"; not "up from 3% in 2019", whose "from" is a level's)."""
    prep = span.root.head
    return verb is not None and prep.lower_ == "from" and prep.dep_ == "prep" and prep.head == verb


def _moved_to_a_date(span: Span, verb: Token | None) -> bool:
    """Whether a date is where a postponement moved its event: "postponed to/until
    September 13", "rescheduled for 14 September" (not "postponed on Tuesday", the day
    of the decision)."""
    prep = span.root.head
    return (
        verb is not None
        and prep.dep_ == "prep"
        and prep.head == verb
        and prep.lower_ in ("to", "until", "till", "for")
    )


# Acts of a change in a level (after EVENT_SYNONYMS), whose date "from" is when it takes effect.
_CHANGE_ACTS = frozenset("rise raise increase cut fall drop reduce lower double freeze".split())


def _lasting_act_of(word: str) -> str:
    """A happening's noun by its act's name where a "for" phrase can tell its length
    (`_LASTING_ACTS`): "a 19-hour closure" / "shut for 19 hours"."""
    act = _act_of(word)
    return act if act in _LASTING_ACTS else word


# Acts whose length a "for" phrase gives as a happening's: the acts of HAPPENING_NOUNS
# ("strike for five days" / "a five-day strike"); not a penalty or a term ("jailed for
# five years", "served for 12 years"), which a story can give several of, nor an
# eruption's "start" or a mission's "visit" ("a seven-year mission" is no visit).
_LASTING_ACTS = {_act_of(n) for n in HAPPENING_NOUNS if n in NOMINAL_EVENTS} - {"start", "visit"}


def _for_a_while(span: Span, verb: Token | None) -> bool:
    """Whether a span of time is how long the clause's act went on: "for five days"."""
    prep = span.root.head
    return (
        verb is not None
        and span.root.lemma_.lower() in _SPAN_UNITS
        and prep.dep_ == "prep"
        and prep.lower_ == "for"
        and prep.head == verb
    )


def _words_before(span: Span, count: int) -> list[str]:
    """The lower-cased words right before the span, at most `count`."""
    return [t.lower_ for t in span.doc[max(span.start - count, 0) : span.start]]


def _after_lasting(span: Span) -> bool:
    """Whether the span follows a verb of lasting the clause's verb is not: "the strike is
    due to last 12 days" (which the small parser reads as "the last 12 days")."""
    if span.root.head.lemma_.lower() in LASTING_VERBS and span.root.head.pos_ == "VERB":
        return True
    before = _words_before(span, 2)
    return before[-1:] in (["lasted"], ["lasting"]) or before in (["to", "last"], ["will", "last"])


_SPAN_UNITS = frozenset("second minute hour day week month year decade".split())
_OFFSET_WORDS = frozenset("after before later earlier".split())


def _offset_word(span: Span) -> str | None:
    """ "after" for a span that is a distance from another event ("three days after the
    dam failed", "two weeks later"), not the length of the clause's event; else None."""
    doc = span.doc
    if span.root.lemma_.lower() not in _SPAN_UNITS or span.end >= len(doc):
        return None
    if span.start > 0 and doc[span.start - 1].lower_ == "for":
        return None  # "jailed for 7 years after finding ...": a length, then a cause
    word = doc[span.end].lower_
    return word if word in _OFFSET_WORDS else None


def _dated_noun(span: Span) -> Token | None:
    """The noun a date phrase modifies ("its second reading on June 24"): it names the event."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = prep.head
    if noun in span or _is_event_noun(noun) or noun.dep_ not in ("dobj", "conj", "nsubjpass"):
        return None
    if any(c.dep_ == "nummod" for c in noun.children):
        return None  # an amount ("fined them 12 million crowns in 2017"): the act's date
    return noun


def _key_words(tokens: Iterable[Token], aliases: Mapping[str, str]) -> tuple[str, ...]:
    """Normalized content words: lemmas, casefolded, acronyms expanded, function words dropped."""
    words: list[str] = []
    joined: set[int] = set()
    for t in tokens:
        # Numbers are the claim's value, not its key; ordinals ("first reading") are kept,
        # though spaCy counts them as like_num, because they tell two events apart.
        if t.is_punct or t.is_space or (t.like_num and t.pos_ != "ADJ") or t.i in joined:
            continue
        compound = _hyphened(t)
        if compound:
            # "open-access", "full-time": one word, not its parts ("open" would name the
            # act of opening)
            joined.update(w.i for w in compound)
            words.append("-".join(w.lower_ for w in compound))
            # (a part that tells things apart still does: the "first" of "first-year")
            words.extend(w.lower_ for w in compound if w.lower_ in CONTRAST_WORDS)
            continue
        expansion = aliases.get(t.text)
        if expansion:
            words.extend(w for w in expansion.casefold().split() if w not in KEY_STOP_WORDS)
            continue
        lemma = (t.lemma_ if t.pos_ not in ("PROPN",) else t.text).casefold()
        lemma = MEASURE_SYNONYMS.get(lemma, lemma)
        lemma = DEGREES.get(lemma, lemma)
        if lemma not in KEY_STOP_WORDS and lemma.isalpha():
            numbered = _name_number(t)
            if numbered:  # "Line 4" / "Line 2": two lines, told apart as qualifiers are
                words.append(numbered)
            words.append(lemma)
    return tuple(dict.fromkeys(_fold_phrases(words)))


# The particles of phrasal verbs ("clear up", "sell off", "walk out").
_PARTICLES = frozenset("up out off down in on over back away through".split())


def _hyphened(token: Token) -> list[Token]:
    """The words of the hyphened compound a word begins ("open-access branches": open,
    access), or [] when it begins none. Only content words: "24-qubit" is a figure and its
    noun."""
    doc = token.doc
    words = [token]
    at = token.i
    while (
        at + 2 < len(doc)
        and not doc[at].whitespace_
        and doc[at + 1].text == "-"
        and not doc[at + 1].whitespace_
        and doc[at + 2].is_alpha
    ):
        words.append(doc[at + 2])
        at += 2
    if len(words) < 2 or not all(
        w.is_alpha and w.lower_ not in KEY_STOP_WORDS and w.lower_ not in _PARTICLES for w in words
    ):
        return []  # (nor a phrasal verb's noun, "clear-up", "sell-off": its verb keys it)
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        return []  # the middle of a compound begun before it
    return words


def _name_number(token: Token) -> str | None:
    """The number a capitalised noun is named by ("Line 4", "Terminal 2", "Phase 3"), as
    a key word ("no4"), else None."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (
        after is None
        or not (token.is_title or token.lower_ in LOWER_CASE_LABELS)
        or token.lower_.rstrip(".") in _CALENDAR_NAMES  # "March 11" is a date
        or after.dep_ != "nummod"
        or after.head != token
        or not after.text.isdigit()
    ):
        return None
    return "no" + after.text


def _folded_head(head: str, measure: tuple[str, ...]) -> str | None:
    """The counted noun once its phrase is folded: "spending plan" ends in "plan", which
    the measure now holds as "budget"."""
    for phrase, folded in PHRASE_SYNONYMS.items():
        if phrase[-1] == head and folded[-1] in measure:
            return folded[-1]
    return head


def _fold_phrases(words: list[str]) -> list[str]:
    """Key words with each phrase of PHRASE_SYNONYMS replaced ("spending plan" → "budget")."""
    folded: list[str] = []
    i = 0
    while i < len(words):
        for length in (3, 2):  # the longest phrase first
            phrase = tuple(words[i : i + length])
            if len(phrase) == length and phrase in PHRASE_SYNONYMS:
                folded.extend(PHRASE_SYNONYMS[phrase])
                i += length
                break
        else:
            folded.append(words[i])
            i += 1
    return folded


def _speaker_tokens(sent: Span, span: Span) -> list[Token]:
    """Who says so: "according to X", "as cited by X", or the subject of a reporting verb."""
    doc = sent.doc
    for token in sent:
        introduces = (token.lower_, doc[token.i + 1].lower_ if token.i + 1 < sent.end else "")
        if introduces in (("according", "to"), ("cited", "by"), ("quoted", "by")):
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return _speaker_phrase(objects[0])
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING:
            speaker = _speaker(token, span)
            if speaker is not None:
                return _speaker_phrase(speaker)
    return []


def _speaker(verb: Token, mention: Span) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ not in _PRONOUNS:
            if any(t in mention for t in child.subtree):
                continue  # "over 95% of prisoners report ...": the figure is not its own source
            return child
    return None


def _speaker_phrase(token: Token) -> list[Token]:
    """The speaker's name; for "the ministry's statement" the owner, not the statement."""
    if token.lemma_.lower() in REPORTING:
        owners = [c for c in token.children if c.dep_ == "poss"]
        if owners:
            token = owners[0]
    tokens = _entity_phrase(token)
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    return tokens


def _phrase_text(tokens: list[Token]) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _measure_text(
    measured: Token | None, span: Span, verb: Token | None, subjects: list[Token], temporal: bool
) -> str | None:
    """A readable name for what is counted or dated ("Ukrainian soldiers died")."""
    if measured is not None:
        phrase = _words_text(_phrase_tokens(measured, span))
        return f"{phrase} {verb.text}" if verb is not None and verb.pos_ == "VERB" else phrase
    if temporal and verb is not None:
        subject = [
            t
            for t in subjects
            if t.dep_ != "det" and t != verb and t not in span and not _introduces(t, span)
        ]
        return f"{_words_text(subject)} {verb.text}".strip()
    return None


def _introduces(token: Token, span: Span) -> bool:
    """A preposition whose object is the mention itself ("on" in "statement on August 27")."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.dep_ == "prep" and bool(objects) and all(o in span for o in objects)


def _words_text(tokens: list[Token]) -> str:
    """Tokens as they are written (keeping "MFA’s" together), in text order; a space
    where tokens left out stood between them (a skipped word or a non-breaking space)."""
    parts: list[str] = []
    previous: Token | None = None
    for token in sorted(tokens, key=lambda t: t.i):
        if previous is not None and (previous.whitespace_ or token.i != previous.i + 1):
            parts.append(" ")
        if not token.is_space:
            parts.append(token.text)
        previous = token
    return " ".join("".join(parts).split())


def _event_text(verb: Token | None, span: Span) -> str | None:
    if verb is None:
        return None
    words = [verb, *_event_args(verb, span)]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _time_ref(sentence: str) -> str | None:
    for marker in AS_OF_MARKERS:
        if marker in sentence:
            return marker
    return PROVISIONAL if PROVISIONAL_MARKERS.search(sentence) else None


def _current(span: Span, verb: Token | None) -> str | None:
    """CURRENT for a level told as the present one: "salaries, currently €35,200, ..."."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in CURRENT_ADVERBS:
        return CURRENT
    if verb is not None and any(
        c.dep_ == "advmod" and c.lower_ in CURRENT_ADVERBS and c.lower_ != "now"
        for c in verb.children
    ):
        return CURRENT  # "the plant currently employs 1,146" ("now" often means "after")
    return None


def _earlier(verb: Token | None, tokens: list[Token]) -> bool:
    """Whether the claim is about an earlier occurrence or version ("last erupted in 1974",
    "the original plans envisaged 450 beds")."""
    if verb is not None and any(
        c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in verb.children
    ):
        return True
    if verb is not None and _had_since(verb):
        return True
    clause = _clause_verb(verb) if verb is not None else None  # "forced the closure of"
    if (
        clause is not None
        and clause.dep_ == "relcl"
        and any(c.lower_ == "when" for c in clause.children)
    ):
        # "since 1999, when 12 people were killed"; "last hit in 1998, when three died":
        # a clause on a date since which, or at which, an earlier event happened
        date = clause.head
        prep = date.head if date.dep_ == "pobj" else None
        if prep is not None and (
            prep.lower_ == "since"
            or any(
                c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS
                for c in _clause_verb(prep.head).children
            )
        ):
            # ("was last hit by a major outbreak in 2023, when ...": the date hangs on
            # the outbreak, the "last" on the verb above it)
            return True
    if verb is not None and _when_back_then(verb):
        return True
    if verb is not None and _over_a_long_past(verb):
        return True
    if verb is not None and any(
        prep.dep_ == "prep"
        and prep.lower_ == "at"
        and any(o.lower_ == "first" for o in prep.children)
        for prep in verb.children
    ):
        return True  # "we were told three containers at first": what was said before
    if verb is not None and _in_a_neighbouring_place(verb):
        return True
    if verb is not None and _a_plan_called_off(verb):
        return True
    if verb is not None and _CONTRASTED.search(verb.sent.text):
        return True  # "The navy, by contrast, met its goal with 1,400 recruits"
    if verb is not None and verb.pos_ == "NOUN":  # "its last full inspection took place"
        tokens = [*tokens, *verb.children]
    elif verb is not None and verb.dep_ in ("acl", "relcl"):
        # the act's noun before it: "its last big order, placed in 2019"; "larger than
        # the 1998 hoard, which contained 96 objects"
        tokens = [*tokens, verb.head, *verb.head.children]
    return (
        any(
            t.dep_ == "amod" and (t.lower_ in EARLIER_ADJECTIVES or _another_of_its_kind(t))
            for t in tokens
        )
        or any(_compared_against(t) for t in tokens)
        # where it happens, told as another site by a comparison: "At the smaller Harl
        # Moor wind farm, ..." (not "in a separate incident": the story's own, told apart)
        or any(
            a.dep_ == "amod" and a.tag_ == "JJR" and _another_of_its_kind(a)
            for site in _place_objects(verb)
            for a in site.children
        )
    )


# What sets a clause in an earlier occurrence. Not "last" ("at the last count" is the
# latest), "initial" ("found in an initial round of tracing" is the story's own) or "old"
# ("in the old town"): those tell it only of what a date hangs on ("the last outbreak, in
# 2019").
_EARLIER_SETTINGS = frozenset("earlier previous prior preceding original".split())


# A plan told of what was called off or moved, and the words that tell a plan.
_CALLED_OFF = frozenset({"postpone", "cancel", "reschedule"})
_PLANNED = frozenset({"due", "schedule", "plan", "slate"})
# ... and those that tell one only before an infinitive: "set to open", not "set up in 1968"
_PLANNED_TO = frozenset({"set", "expect"})


def _a_plan_called_off(verb: Token) -> bool:
    """Whether the clause tells the plan a postponement replaced: "the swim, due to take
    place on Saturday, has been postponed to September 13", "the final, scheduled for
    March 3, was called off" (the new date is another occurrence of the event)."""
    plan = verb
    if plan.dep_ == "xcomp" and plan.head.lemma_.lower() in _PLANNED | _PLANNED_TO:
        plan = plan.head  # "due to take place", "set to open"
    elif plan.lemma_.lower() not in _PLANNED:
        return False
    if plan.dep_ == "acomp" and plan.head.lemma_.lower() == "be":
        plan = plan.head  # "which was due to ...": the relative clause's verb
    if plan.dep_ == "advcl" and plan.tag_ == "VBN":
        return _event_name(plan.head) in _CALLED_OFF  # "Scheduled for June 3, the match was ..."
    if plan.dep_ not in ("acl", "amod", "relcl"):
        return False
    noun = plan.head
    return noun.dep_ in ("nsubj", "nsubjpass") and _event_name(noun.head) in _CALLED_OFF


def _set_in_an_earlier_one(verb: Token | None, span: Span, temporal: bool) -> bool:
    """Whether the clause is set in an earlier occurrence ("During that earlier eruption,
    2,300 people were moved") or the date hangs on one ("an earlier error at the jail, in
    2021, saw a prisoner freed")."""
    # ("in"/"at" only before the verb: after it, the parser often hangs another figure's
    # setting there, "reached 412, against 324 in the previous year")
    settings = [
        obj
        for prep in (verb.children if verb is not None else ())
        if prep.dep_ == "prep"
        and (prep.lower_ == "during" or (prep.lower_ in ("in", "at") and prep.i < prep.head.i))
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if any(
        a.dep_ == "amod" and a.lower_ in _EARLIER_SETTINGS for o in settings for a in o.children
    ):
        return True
    prep = span.root.head
    return (
        temporal
        and prep.dep_ == "prep"
        and prep not in span
        and prep.head.pos_ == "NOUN"
        and any(a.dep_ == "amod" and a.lower_ in EARLIER_ADJECTIVES for a in prep.head.children)
    )


def _dates_something_else(verb: Token | None) -> bool:
    """Whether a verb of origin ("dates from", "dates back to") names what its thing
    dates from, so a year in its clause is that thing's, not the origin itself."""
    if verb is None:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back")]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("from", "to")
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in prep.children)
        for head in heads
        for prep in head.children
    )


def _had_since(verb: Token) -> bool:
    """Whether the act followed the story's in a past told before the writing: "38 patients
    had since been transferred" is a later step, another act ("have since recovered at
    least 20" is the count up to now)."""
    children = list(verb.children)
    return any(
        c.dep_ == "advmod" and c.lower_ == "since" and not list(c.children) for c in children
    ) and any(c.dep_ == "aux" and c.lower_ == "had" for c in children)


# A past time a "when" clause can follow: "up 23% on last year, when 3,960 were handed
# out", "two years ago, when", "a decade earlier, when".
_PAST_TIME_BEFORE = re.compile(
    r"\b(?:last (?:year|month|week|summer|winter|spring|autumn|season)|ago|earlier)\W*$", re.I
)


def _when_back_then(verb: Token) -> bool:
    """Whether the clause is a "when" clause on a past time that is not the story's."""
    when = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"]
    if not when:
        return False
    sent = verb.sent
    before = verb.doc[sent.start : when[0].i].text
    return _PAST_TIME_BEFORE.search(before) is not None


def _over_a_long_past(verb: Token) -> bool:
    """Whether the clause counts over years gone by ("has lost more than 50 homes over the
    past century", "in recent decades"): a long window's total, not the story's event."""
    # (one level down too: the small parser hangs "over" on "to erosion" read as a clause)
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "advcl" for g in c.children)]
    for prep in near:
        if prep.dep_ != "prep" or prep.lower_ not in ("over", "in", "during", "across"):
            continue
        for obj in prep.children:
            long_unit = obj.lemma_.lower() in ("century", "decade", "generation") or (
                obj.lower_ == "years"
            )
            past = any(
                c.dep_ == "amod" and c.lower_ in ("past", "last", "previous", "recent")
                for c in obj.children
            )
            if obj.dep_ == "pobj" and long_unit and past:
                return True
    return False


def _clause_verb(token: Token) -> Token:
    """The verb above a word, through the noun phrases and prepositions it sits in."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return token
        token = token.head
    return token


def _in_a_neighbouring_place(verb: Token) -> bool:
    """Whether the clause happens in a place told as next to the story's ("In neighbouring
    Estrel, losses were 24 per cent"), or its subject is ("Neighbouring Calbury Hospitals
    has a list of 74,500"): another place's figure, whatever its name."""
    in_the_place = any(
        c.dep_ == "amod" and c.lower_ in _NEIGHBOURING
        for obj in _place_objects(verb)
        for c in obj.children
    )
    # "the neighbouring Corrie Flow scheme, which rewetted 310 hectares"
    held = verb.head if verb.dep_ == "relcl" else None
    if held is not None and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _NEIGHBOURING for c in held.children
    ):
        return True
    # (the small parser reads a capitalised "Neighbouring" as part of the name)
    return in_the_place or any(
        c.dep_ in ("amod", "compound") and c.lower_ in _NEIGHBOURING
        for subject in verb.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for c in subject.subtree
        if subject.i in (c.head.i, c.head.head.i)
    )


_NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby", "adjacent"})
# A sentence set against the story's own: another subject's figure.
# "By contrast, ...", "For comparison, the region's previous deepest core ...": what
# the story's own figure is set against
_CONTRASTED = re.compile(r"\b(?:(?:by|in) contrast|(?:by|for|in) comparison)\b", re.I)


def _another_of_its_kind(adjective: Token) -> bool:
    """Another one than the article's own: "a similar credit union in Fenwick", "the
    separate research rankings, published in May", or a comparative on a happening ("a
    smaller outage in December 2024", "a larger quake in 2011"), or on whoever acts ("a
    smaller scheme freed 400 prisoners")."""
    if adjective.lower_ in ("similar", "separate", "comparable"):
        return True
    noun = adjective.head
    return (
        adjective.tag_ == "JJR"
        and adjective.lower_ not in ("more", "less", "fewer")
        and (
            noun.lemma_.lower() in HAPPENING_NOUNS
            or noun.lemma_.lower() in NOMINAL_EVENTS
            # a size compared on whoever acts (not "the lower house", a name), or on
            # where it happens ("at the smaller Harl Moor wind farm, searchers found 12")
            or (
                adjective.lower_ in ("smaller", "larger", "bigger")
                and (
                    noun.dep_ == "nsubj"
                    or (noun.dep_ == "pobj" and noun.head.lemma_.lower() in PLACE_PREPOSITIONS)
                )
            )
        )
    )


def _compared_against(token: Token) -> bool:
    """Whether `token` names what a comparison measures against ("far larger than the 1998
    hoard") or sets apart ("separate from the national programme, which covers 410,000
    pupils"): another occurrence than the one the article reports."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return (
        prep.lower_ == "than"
        or (prep.lower_ == "from" and prep.head.lower_ in _SET_APART)
        # "room for only 24 vehicles, compared with the 60 cars the Skarvholm carries"
        or (prep.lower_ in ("with", "to") and prep.head.lemma_.lower() == "compare")
    )


_SET_APART = frozenset({"separate", "different", "distinct"})


def _since_a_record(span: Span) -> bool:
    """A date, or a figure, after "since" on a record or a first: "the costliest crash since
    2019", "the first strike at the plant since 2011", "the largest since the 61,000-acre
    fire" tell of an earlier occurrence, not this one."""
    root = span.root
    while root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head != root:
        root = root.head  # "since the 61,000-acre fire": the figure of the thing since
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        # "the largest since the Bitterroot fire of 2021": the date of the thing since
        root = prep.head
        prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "since":
        return False
    holder = prep.head  # "crash", or "biggest" with its noun left out ("the biggest since 2015")
    # "is the biggest at Calder since 2015": "since" hangs on the verb, the record on its
    # complement
    held = [holder, *(c for c in holder.children if c.dep_ in ("attr", "acomp"))]
    return any(
        _a_record(t) or any(c.dep_ == "amod" and _a_record(c) for c in t.children)
        for t in held
        if t.pos_ in ("NOUN", "PROPN", "ADJ")
    )


def _a_record(token: Token) -> bool:
    return token.tag_ == "JJS" or token.lower_ in ("first", "worst", "best")


def _holder_year(subjects: list[Token]) -> str | None:
    """The year the figure's holder is dated to: "a smaller pilot study in 2021, involving
    640 pupils" stamps the 640 with 2021 (`discourse.mark_other_years_figures`)."""
    return next((year for year in map(_year_in, subjects) if year is not None), None)


def _year_in(token: Token) -> str | None:
    """The year an "in" phrase gives a word ("a pilot study in 2021", "unveiled in 2023")."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            year = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if year is not None and _is_year(year):
                return year.text
    return None


# Adverbs that widen a figure to a whole country or the world ("2,000 pairs nationally").
_WIDER_SCOPES = frozenset("nationally nationwide worldwide globally countrywide statewide".split())


_ACROSS_ALL = re.compile(r"\s*across (?:all|every)\b", re.I)
_ACROSS_THE_WHOLE = re.compile(r"\b(?:across|throughout) the (?:whole|entire)\b", re.I)


def _a_wider_base(span: Span) -> bool:
    """Whether a figure is the wider whole a story's figure is set against, not the story's
    own: "26 pairs nested there, out of about 2,000 pairs nationally"."""
    if _words_before(span, 2) == ["out", "of"]:
        return True
    if _ACROSS_ALL.match(span.sent.text):
        return True  # "Across all specialties, 61,200 patients are waiting"
    if _ACROSS_THE_WHOLE.search(span.doc[span.end : span.sent.end].text):
        return True  # "about 1,200 pups were born across the whole firth"
    after = span.doc[span.end : min(span.end + 3, span.sent.end)]
    return any(t.lower_ in _WIDER_SCOPES for t in after) or _a_wider_average(span)


# Words that make an average a wider group's: "a sector average of 87.5%", "the national
# average of 4.1%" is the yardstick a story's own figure is set against.
_WIDER_AVERAGE_WORDS = frozenset(
    "sector national industry regional country state county global world".split()
)


def _a_wider_average(span: Span) -> bool:
    """Whether the figure is a wider group's average ("ahead of a sector average of 87.5%")."""
    held = span.root.head
    if span.root.dep_ != "pobj" or held.lower_ != "of" or held.head.pos_ != "NOUN":
        return False
    average = held.head
    return average.lemma_.lower() in ("average", "mean", "median") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _WIDER_AVERAGE_WORDS
        for c in average.children
    )


def _made_in_year(noun: Token | None) -> str | None:
    """The year a participle dates the counted noun to: "the 31 recommendations made after
    the 2022 inspection", "the 40 homes built in 2019" (`discourse.mark_other_years_figures`)."""
    for participle in noun.children if noun is not None else ():
        if participle.dep_ != "acl":
            continue
        for prep in participle.children:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for token in (obj, *obj.children):
                    if _is_year(token):
                        return token.text
    return None


def _year_of_the_noun_described(noun: Token | None) -> str | None:
    """The year the clause dates a noun an aside describes: "the institute's first device,
    a 24-qubit chip, was unveiled in 2023" stamps the 24 with 2023."""
    if noun is None or noun.dep_ not in ("compound", "amod"):
        return None
    described = noun.head
    if described.dep_ != "appos":
        return None
    subject = described.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.pos_ not in ("VERB", "AUX"):
        return None
    return _year_in(subject.head)


def _year_of_setting(verb: Token | None) -> str | None:
    """The year of a happening the act was part of: "closed 30 stores in a 2023
    restructuring" stamps the 30 with 2023, as "closed 30 stores in 2023" does; so does
    the year of the act a relative clause tells of ("made an approach in 2023 that
    valued it at £520m")."""
    if verb is None:
        return None
    outer = verb.head.head if verb.dep_ == "relcl" and verb.head.head.pos_ == "VERB" else None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for obj in prep.children:
                years = [
                    c
                    for c in obj.children
                    if c.dep_ in ("nummod", "compound") and _is_year(c) and not _spans_years(c)
                ]
                # (a happening's noun, not a month: "in March 2023" is a date of its own)
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and years:
                    return years[0].text
    # ... or of the noun a relative clause tells of: "a six-month trial in 2022, which
    # set a limit of 90 km/h"
    antecedent = verb.head if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" else None
    return _holder_year([t for t in (outer, antecedent) if t is not None])


def _spans_years(year: Token) -> bool:
    """Whether a year begins a span of years: "the 2024-25 season", "2024/25"."""
    after = year.doc[year.i + 1] if year.i + 1 < len(year.doc) else None
    return after is not None and not year.whitespace_ and after.text in ("-", "–", "/")


def _year_of_when_clause(verb: Token | None) -> str | None:
    """The year a "when" clause tells of: "the last such incident came in 2018, when
    Velmora expelled two diplomats" stamps the two with 2018, as "the busiest year was
    2019, when ..." does its figures."""
    if verb is None:
        return None
    if verb.dep_ == "relcl":
        return verb.head.text if _is_year(verb.head) else None
    if verb.dep_ == "advcl" and any(c.lower_ == "when" for c in verb.children):
        # "its busiest year remains 2022-23, when 2.9 million parcels were handed out"
        years = [c for c in verb.head.children if c.dep_ in ("attr", "npadvmod") and _is_year(c)]
        return years[0].text if years else None
    return None


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and CALENDAR_STAMP.fullmatch(token.text) is not None


def _dates_a_baseline(span: Span) -> bool:
    """Whether a date stamps the figure a change is measured from: "down from 63% in
    2019", "up from 68% last year", "from $4 million in 2023" (not "rose from March")."""
    token = span.root.head
    if token.lower_ == "since" and token not in span:
        # "volumes have fallen by 47% since 2015": the window a change is told over
        return token.head.lemma_.lower() in _CHANGE_VERBS
    if token.lower_ == "than" and token not in span and token.head.tag_ in ("JJR", "RBR"):
        return True  # "3.7% higher than a year earlier": the level compared against
    if token.lower_ == "in" and token not in span:
        token = token.head
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "from"
        and any(_is_figure(t) for t in token.subtree if t not in span)
    ):
        return True  # "down from a peak of 1.7 million in 2018": the date hangs on the peak
    if token.lower_ == "from":  # "up from 68% last year": the date hangs on "from" itself
        return any(
            c.dep_ == "pobj"
            # (or on a counted figure: "up from 2,950 hours in the same month last year")
            and (_is_figure(c) or any(d.dep_ == "nummod" and _is_figure(d) for d in c.children))
            and c not in span
            for c in token.children
        )
    if not _is_figure(token):
        return False
    token = _whole_figure(token)  # "63" -> "%"
    return token.dep_ == "pobj" and token.head.lower_ == "from"


def _the_level_before(span: Span) -> bool:
    """Whether a figure is the level a change started from ("will rise from £9,490", "up
    from 15.1%") or the one it is set against ("reached 412, against 324"), not the level
    the article reports."""
    token = _whole_figure(span.root)
    if token.dep_ != "pobj" or token.head in span:
        return False
    prep = token.head
    if prep.lower_ == "from":
        moved = prep.head.lemma_.lower()
        if moved in _CHANGE_VERBS or moved in CHANGE_NOUNS or moved in ("up", "down"):
            return True
        # a level someone moved: "lowering the starting age from 54" (a bare figure, not
        # a source: "raise £3.1 million a year from its 1,450 spaces")
        return moved in _CHANGE_WORDS and (token.pos_ == "NUM" or _is_figure(token))
    # ("voted 212 against 158" is a tally's two sides)
    return prep.lower_ == "against" and _VOTE_WORDS.search(span.sent.text) is None


def _whole_figure(token: Token) -> Token:
    """The word a figure's parts hang on: "63" in "63%" -> "%", "9,490" in "£9,490"."""
    while token.dep_ in ("nummod", "compound", "quantmod"):
        token = token.head
    return token


def _is_figure(token: Token) -> bool:
    return token.like_num or token.lower_ in _FIGURE_WORDS


_FIGURE_WORDS = frozenset({"%", "percent", "cent", "thousand", "million", "billion", "trillion"})


def _is_time_stamp(doc: Doc, start: int) -> bool:
    """Whether the date at `start` follows an as-of marker ("as of May", "by the end of June")."""
    before = " ".join(doc.text[max(0, start - 20) : start].lower().split())
    # "had reached 1,240 cases by August 18": "by" before a date stamps what was reached
    # (and "by the end of June" reaches here as "by" before "the end of June").
    markers: tuple[str, ...] = (*AS_OF_MARKERS, "by")
    return any(before.endswith(marker) for marker in markers)
