"""Group claims that state the same fact: blocking, candidate pairs, complete-link merging.

Whether two claims can be one fact is decided pair by pair in `identity.py`, and for
equal values its rules leave open by the learned `second_opinion.py`; this module
decides which pairs to look at and builds the groups.

Cost: claims are blocked by kind and dimension (a length, a weight ...), then
candidate pairs come from an inverted index on tokens that could link them (measure
words, the event with an actor, argument or value), so the work grows with the number
of claims that share a token, not with all pairs. A token shared by many claims (a
fact restated across an archive) pairs each claim only with its neighbours in value
order; claims with the same key and value are scored once; and a veto judged for a
pair of keys is remembered, so merging large groups stays cheap.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .compare import compatible
from .identity import PairScore, is_bare, is_telling, participants, same_value, score_pair, veto
from .lexicon import EVENT_SYNONYMS, NOMINAL_EVENTS, SAY, event_kin, events_named_by, what_lasts
from .models import Claim, ClaimKey, DateValue, Kind, Link
from .normalize.units import dimension, in_base_unit
from .second_opinion import second_opinion

# A blocking word shared by up to this many claims: every pair of them is compared.
FULL_POSTING = 64
# Past that, each claim is compared with this many neighbours in value order (a fact
# restated across an archive then costs linear, not quadratic, time; equal and near
# values, the ones that link, are neighbours).
WINDOW = 16
# A blocking word shared by more claims than this identifies nothing.
MAX_POSTING = 2000
# A telling value (identity.is_telling) links claims on its own only while few claims
# give it: the handful of sources of one story. Across an archive, "Aug. 16" or
# "$412 million" stated by dozens of pages is a coincidence of unrelated stories.
MAX_TELLING = 12


@dataclass(frozen=True, slots=True)
class Group:
    """Claims grouped as one fact, with the reason for the grouping and the links that made it."""

    claims: tuple[Claim, ...]
    reason: str
    links: tuple[Link, ...] = ()


def align(claims: Sequence[Claim], *, threshold: float = 75.0) -> list[Group]:
    """Partition `claims` into groups that each state one fact.

    Every claim ends up in exactly one group; a claim nothing else states is a
    group of one. Groups come back in a deterministic order (by first claim).

    Claims with the same kind, key and value (a fact restated word for word
    across an archive) are scored once, as one profile: they link to the same
    claims, so the work grows with the number of distinct profiles.
    """
    # Position order, not input order, breaks ties between equal scores: the same
    # claims give the same groups however they are listed.
    claims = sorted(_one_story_marks(claims), key=lambda c: (c.doc, c.start, c.end, c.id))
    profiles = _profiles(claims)
    reps = [claims[members[0]] for members in profiles]
    parent = list(range(len(reps)))
    grouped: dict[int, list[int]] = {i: [i] for i in range(len(reps))}
    links: dict[int, list[Link]] = defaultdict(list)
    vetoes = _Vetoes(reps, threshold)
    for i, j, pair in _scored_pairs(reps, threshold):
        root_i, root_j = _find(parent, i), _find(parent, j)
        if root_i == root_j or not vetoes.can_merge(grouped[root_i], grouped[root_j]):
            continue
        if pair.learned and not _all_compatible(reps, grouped[root_i], grouped[root_j]):
            continue  # a learned link never joins values that cannot all be true
        parent[root_j] = root_i
        grouped[root_i].extend(grouped.pop(root_j))
        link = Link(claims=(reps[i].id, reps[j].id), reason=pair.reason, score=pair.score)
        links[root_i].extend([*links.pop(root_j, []), link])
    groups: list[Group] = []
    for root, indexes in grouped.items():
        made = list(links.get(root, ()))
        together: list[int] = []
        for index in indexes:
            members = profiles[index]
            inner = (
                score_pair(claims[members[0]], claims[members[1]], threshold)
                if len(members) > 1
                else None
            )
            if inner is None and len(indexes) == 1:  # restated, but nothing makes it one fact
                groups.extend(_group([claims[m]], []) for m in members)
                continue
            together.extend(members)
            reason = inner.reason if inner else "same key and value"
            score = inner.score if inner else 0.0
            made.extend(
                Link(claims=(claims[members[0]].id, claims[m].id), reason=reason, score=score)
                for m in members[1:]
            )
        if together:
            groups.append(_group([claims[m] for m in sorted(together)], made))
    return sorted(groups, key=lambda g: (g.claims[0].doc, g.claims[0].start))


def _one_story_marks(claims: Sequence[Claim]) -> list[Claim]:
    """Claims with `told_once` cleared for acts that many documents each tell once.

    "The one approval each article dates" is one act only among the few articles of
    one story; across an archive, dozens of documents each dating "an approval" once
    are dozens of approvals (as with MAX_TELLING for a value told by many).
    """
    documents: dict[tuple[bool, str | None], set[str]] = defaultdict(set)
    for claim in claims:
        if claim.key.told_once:
            documents[(claim.kind.is_temporal, claim.key.event)].add(claim.doc)
    crowded = {act for act, docs in documents.items() if len(docs) > MAX_TELLING}
    if not crowded:
        return list(claims)
    return [
        c.with_key(told_once=False)
        if c.key.told_once and (c.kind.is_temporal, c.key.event) in crowded
        else c
        for c in claims
    ]


def _group(claims: list[Claim], links: list[Link]) -> Group:
    why = "; ".join(dict.fromkeys(link.reason for link in links))
    return Group(tuple(claims), why or "no other claim states this fact", tuple(links))


def _profiles(claims: Sequence[Claim]) -> list[list[int]]:
    """Indexes of claims grouped by everything alignment reads: kind, unit, key and value."""
    by_profile: dict[tuple[object, ...], list[int]] = {}
    for index, claim in enumerate(claims):
        value = claim.value
        if isinstance(value, DateValue):
            shape: tuple[object, ...] = (value.timex, value.start, value.end, value.approx)
        else:
            shape = (value.low, value.high, value.low_inclusive, value.high_inclusive, value.unit)
        by_profile.setdefault((claim.kind, claim.key, shape), []).append(index)
    return list(by_profile.values())


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _scored_pairs(claims: Sequence[Claim], threshold: float) -> list[tuple[int, int, PairScore]]:
    """Candidate pairs that link, strongest first (ties broken by position, for determinism)."""
    pairs = []
    for block in _blocks(claims).values():
        candidates = _candidates(claims, block)
        for i, j in candidates:
            scored = score_pair(claims[i], claims[j], threshold)
            if scored is None:
                scored = second_opinion(claims[i], claims[j], threshold)
            if scored is not None:
                pairs.append((i, j, scored))
        for i, j in _equal_values(claims, block) - candidates:
            scored = second_opinion(claims[i], claims[j], threshold)
            if scored is not None:
                pairs.append((i, j, scored))
    pairs.sort(key=lambda p: (-p[2].score, p[0], p[1]))
    return pairs


def _equal_values(claims: Sequence[Claim], block: list[int]) -> set[tuple[int, int]]:
    """Pairs of equal values for the second opinion, which needs no shared word. Only
    for a value a handful of claims give (MAX_TELLING): one value given by many is
    more often a coincidence across stories than one fact."""
    by_value: dict[str, list[int]] = defaultdict(list)
    for index in block:
        by_value[_value_token(claims[index])].append(index)
    return {
        (i, j)
        for indexes in by_value.values()
        if len(indexes) <= MAX_TELLING
        for n, i in enumerate(indexes)
        for j in indexes[n + 1 :]
    }


def _all_compatible(claims: Sequence[Claim], left: list[int], right: list[int]) -> bool:
    return all(compatible(claims[i], claims[j]) for i in left for j in right)


def _blocks(claims: Sequence[Claim]) -> dict[tuple[str, str], list[int]]:
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        blocks[block_key(claim)].append(index)
    return blocks


def block_key(claim: Claim) -> tuple[str, str]:
    """Claims can only state the same fact if they share kind and what their unit
    measures (a date and a time of day both say when: "late Thursday" and "Wednesday
    night" can conflict; "14 miles" and "22 km" are both a length)."""
    unit = dimension(claim.unit)
    kind = "when" if claim.kind in (Kind.DATE, Kind.TIME) else str(claim.kind)
    return (kind, unit or "")


def _candidates(claims: Sequence[Claim], block: list[int]) -> set[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index in block:
        for word in blocking_words(claims[index]):
            postings[word].append(index)
    pairs: set[tuple[int, int]] = set()
    for word, indexes in postings.items():
        if len(indexes) > (MAX_TELLING if word.startswith("@") else MAX_POSTING):
            continue
        if len(indexes) > FULL_POSTING:
            indexes = sorted(indexes, key=lambda i: (_value_order(claims[i]), i))
            window = WINDOW
        else:
            window = len(indexes)
        for a, i in enumerate(indexes):
            for j in indexes[a + 1 : a + 1 + window]:
                pairs.add((i, j) if i < j else (j, i))
    for index in block:
        for word in probe_words(claims[index]):
            for j in postings.get(word, ())[:FULL_POSTING]:
                if j != index:
                    pairs.add((index, j) if index < j else (j, index))
    return pairs


def _value_order(claim: Claim) -> float:
    """Where a claim's value stands on its kind's scale (dates as day numbers)."""
    value = claim.value
    if isinstance(value, DateValue):
        return float(value.start.toordinal()) if value.start is not None else math.inf
    value = in_base_unit(value)  # "2.3 t" next to "2,300 kg"
    bound = value.low if value.low is not None else value.high
    return math.inf if bound is None else bound


def blocking_words(claim: Claim) -> set[str]:
    """The tokens two claims must share to be compared at all.

    They mirror what `score_pair` needs to link: a figure needs a shared measure
    word (or the same event with its value or its actor); a date needs the same
    event and a shared participant word (or the same event and value). Qualifying words
    by their event keeps posting lists short: "sign" alone is shared by half a corpus.
    """
    key = claim.key
    words: set[str] = set()
    # An act is posted under its kin too ("pay" and "receive"), so either side meets it.
    events = event_kin(key.event) if key.event else set()
    if events and (claim.kind.is_temporal or not key.measure):
        # Equal values link on the event alone only for dates and for figures that
        # name nothing they count; other figures link through their measure words.
        words.update(f"{event}@{_value_token(claim)}" for event in events)
    if events and claim.kind.is_temporal and key.event != SAY:
        # One act dated by two sources, one more finely ("early December" / "Dec. 4"):
        # neighbours in date order (identity `_one_date_told_finer`).
        words.update(f"{event}|when" for event in events)
    if events:
        involved = key.subjects if not claim.kind.is_temporal else participants(key)
        words.update(f"{event}|{w}" for event in events for w in involved)
        if not claim.kind.is_temporal and (is_bare(key) or _sum_of_the_act(claim)):
            # "Fourteen were killed": the act is all there is
            words.update(f"{event}|" for event in events)
    if claim.kind is Kind.DURATION and not events:
        # "a seven-year mission": the span of what it describes (identity `_date_link`)
        words.update(f"{w}@{_value_token(claim)}" for w in key.event_args)
    thing = what_lasts(key.event, key.event_args) if claim.kind is Kind.DURATION else None
    if thing and key.told_once:
        # The one span each article gives of one thing (identity `_date_link`).
        words.add(f"{thing}|spanned once")
    if events and not claim.kind.is_temporal and key.told_once:
        # The one figure each article gives for an act (identity `_figure_link`).
        words.update(f"{event}|once" for event in events)
    if not claim.kind.is_temporal:
        words.update(key.measure)
    if key.measured_once:
        words.add("|measured once")  # the one length each article gives (identity `_figure_link`)
    if is_telling(claim):
        words.add(f"@{_value_token(claim)}")  # whatever verb tells it (identity.is_telling)
    return words


def _sum_of_the_act(claim: Claim) -> bool:
    """A sum that counts no noun of its own: "the program has cost $310 million" is the
    cost that "a total cost of $340 million" names (see `probe_words`)."""
    return claim.kind == Kind.MONEY and claim.key.measure_head is None


def probe_words(claim: Claim) -> set[str]:
    """Tokens a claim looks up without posting itself under them: a figure that names
    what it counts looks for figures with its event and value that name nothing ("41
    captured soldiers died" / "41 have died"), without comparing every such pair; one
    whose measure names an act looks for bare figures of that act."""
    key = claim.key
    if claim.kind.is_temporal:
        return set()
    probes: set[str] = set()
    if key.event and key.measure:
        probes.update(f"{event}@{_value_token(claim)}" for event in event_kin(key.event))
    # "the death toll rose to 34" looks for a bare act it names ("21 were killed").
    probes.update(
        f"{event}|"
        for w in key.measure
        if w in NOMINAL_EVENTS or w in EVENT_SYNONYMS
        for event in events_named_by(w)
    )
    # "its offer of 8%" looks for the one figure an article gives for the act ("offered 9%").
    probes.update(f"{event}|once" for w in key.measure for event in events_named_by(w))
    return probes


def _value_token(claim: Claim) -> str:
    """A token equal for claims `same_value` holds equal (a year-less date by month and day)."""
    value = claim.value
    if isinstance(value, DateValue):
        if value.start is not None and value.start == value.end:
            return value.start.isoformat()[5:]  # meets a year-less "XXXX-09-29" on "09-29"
        return value.timex[-5:] if len(value.timex) == 10 else value.timex
    return f"{value.low}|{value.high}|{value.low_inclusive}|{value.high_inclusive}|{value.unit}"


class _Vetoes:
    """Complete-link checks, with each veto remembered by what it depends on: the two
    keys, whether the values are equal, and whether the claims share a document or a
    sentence. In an archive that restates its facts, most pairs across two groups
    repeat a combination already judged, so merging stays cheap as groups grow."""

    def __init__(self, claims: Sequence[Claim], threshold: float) -> None:
        self.claims = claims
        self.threshold = threshold
        ids: dict[ClaimKey, int] = {}
        self.key_ids = [ids.setdefault(c.key, len(ids)) for c in claims]
        self.memo: dict[tuple[int, int, bool, bool, bool], bool] = {}

    def can_merge(self, left: list[int], right: list[int]) -> bool:
        """No pair across the two groups may be vetoed."""
        return not any(self.vetoed(i, j) for i in left for j in right)

    def vetoed(self, i: int, j: int) -> bool:
        a, b = self.claims[i], self.claims[j]
        same = same_value(a, b)
        same_doc = a.doc == b.doc
        memo_key = (
            self.key_ids[i],
            self.key_ids[j],
            same,
            same_doc,
            same_doc and a.sentence == b.sentence,
        )
        found = self.memo.get(memo_key)
        if found is None:
            found = self.memo[memo_key] = veto(a, b, same, self.threshold)
        return found
