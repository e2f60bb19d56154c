"""Group claims that state the same fact, and say why each group was formed.

Principle: a false conflict costs more than a missed agreement. Two claims
with the same value are grouped on modest evidence (the same event, or a
similar measure): a wrong grouping of equal values cannot raise a false
alarm. Claims with different values are grouped only on strong evidence
(the same event and compatible subjects, or the same measure), because that
grouping is what turns into a conflict.

Cost: claims are blocked by kind and unit, then candidate pairs come from an
inverted index on key words (event, measure and subject words), so the work
grows with the number of claims that share a word, not with all pairs.
Words shared by very many claims carry no identity and are not used for blocking.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .lexicon import SAY
from .models import Claim, ClaimKey, DateValue, Link, Quantity

# A blocking word shared by more claims than this identifies nothing.
MAX_POSTING = 400
# Similarity (0-100) of two measures for claims with equal values to be grouped.
SAME_VALUE_MEASURE = 50.0
# Two words of subject names are the same word above this similarity ("Ukraine" ~ "Ukraine's").
WORD_MATCH = 88.0


@dataclass(frozen=True, slots=True)
class Group:
    """Claims grouped as one fact, with the reason for the grouping and the links that made it."""

    claims: tuple[Claim, ...]
    reason: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class PairScore:
    score: float
    reason: str


def align(claims: Sequence[Claim], *, threshold: float = 75.0) -> list[Group]:
    """Partition `claims` into groups that each state one fact.

    Every claim ends up in exactly one group; a claim nothing else states is a
    group of one. Groups come back in a deterministic order (by first claim).
    """
    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    links: dict[int, list[Link]] = defaultdict(list)
    for i, j, pair in _scored_pairs(claims, threshold):
        root_i, root_j = _find(parent, i), _find(parent, j)
        if root_i == root_j or not _can_merge(claims, members[root_i], members[root_j], threshold):
            continue
        parent[root_j] = root_i
        members[root_i].extend(members.pop(root_j))
        link = Link(claims=(claims[i].id, claims[j].id), reason=pair.reason, score=pair.score)
        links[root_i].extend([*links.pop(root_j, []), link])
    groups = []
    for root, indexes in members.items():
        ordered = tuple(claims[i] for i in sorted(indexes))
        made = tuple(links.get(root, ()))
        why = "; ".join(dict.fromkeys(link.reason for link in made))
        groups.append(Group(ordered, why or "no other claim states this fact", made))
    return sorted(groups, key=lambda g: (g.claims[0].doc, g.claims[0].start))


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _scored_pairs(claims: Sequence[Claim], threshold: float) -> list[tuple[int, int, PairScore]]:
    """Candidate pairs that link, strongest first (ties broken by position, for determinism)."""
    pairs = []
    for block in _blocks(claims).values():
        for i, j in _candidates(claims, block):
            scored = score_pair(claims[i], claims[j], threshold)
            if scored is not None:
                pairs.append((i, j, scored))
    pairs.sort(key=lambda p: (-p[2].score, p[0], p[1]))
    return pairs


def _blocks(claims: Sequence[Claim]) -> dict[tuple[str, str], list[int]]:
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        blocks[block_key(claim)].append(index)
    return blocks


def block_key(claim: Claim) -> tuple[str, str]:
    """Claims can only state the same fact if they share kind and unit."""
    unit = claim.value.unit if isinstance(claim.value, Quantity) else ""
    return (str(claim.kind), unit or "")


def _candidates(claims: Sequence[Claim], block: list[int]) -> set[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index in block:
        for word in _blocking_words(claims[index].key):
            postings[word].append(index)
    pairs: set[tuple[int, int]] = set()
    for indexes in postings.values():
        if len(indexes) > MAX_POSTING:
            continue
        for a, i in enumerate(indexes):
            for j in indexes[a + 1 :]:
                pairs.add((i, j) if i < j else (j, i))
    return pairs


def _blocking_words(key: ClaimKey) -> set[str]:
    words = set(key.measure) | set(key.subjects)
    if key.event:
        words.add("event:" + key.event)
    return words


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
    if a.kind.is_temporal and a.key.event == SAY:
        # One speaker says many things: statement dates are one fact only when
        # the same speaker is named on both sides (and, if they differ, what was said matches).
        strong = event and subjects is True and args is not None and args >= threshold
        weak = event and (subject_overlap(_participants(a.key), _participants(b.key)) or 0.0) > 0.0
    elif a.kind.is_temporal:
        strong = event and (subjects is True or (args is not None and args >= threshold))
        # Any event but a statement, on the very same date, is one fact.
        weak = bool(event)
    else:
        strong = measure is not None and measure >= threshold and event is not False
        weak = measure is not None and measure >= SAME_VALUE_MEASURE and event is not False
        weak = weak or (event is True and bool(a.key.event) and measure is None)
    if not (strong or (same and weak)):
        return None
    score = (measure or 0.0) + (100.0 if event else 0.0) + (50.0 if subjects else 0.0)
    score += 200.0 if same else 0.0
    if a.kind.is_temporal and subjects:
        # The same actor doing the same thing outweighs a coincidence of dates: "the
        # justice minister signed on July 2" is the justice minister's signing of
        # July 9 misdated, not the interior minister's signing of July 2.
        score += 250.0
    return PairScore(score, _reason(a.key, b.key, event, measure, subjects, same))


def veto(a: Claim, b: Claim, same: bool, threshold: float) -> bool:
    """Key parts that prove two claims are different facts, whatever else they share."""
    if a.key.negated != b.key.negated:
        return True
    if a.key.event and b.key.event and a.key.event != b.key.event:
        return True
    if qualifiers_differ(a.key.event_args, b.key.event_args):
        return True  # "its first reading" and "its second reading" are two events
    if same:
        return False
    if a.kind.is_temporal and subjects_compatible(a.key.subjects, b.key.subjects) is False:
        return True
    if not a.kind.is_temporal and qualifiers_differ(a.key.subjects, b.key.subjects):
        # A figure's identity is its measure; its subject ("the dam", "the collapse")
        # is often named two ways, so only a qualifier that tells them apart vetoes.
        return True
    measure = _similarity(a.key.measure, b.key.measure)
    return not a.kind.is_temporal and (measure is None or measure < threshold)


def _can_merge(
    claims: Sequence[Claim], left: list[int], right: list[int], threshold: float
) -> bool:
    """Complete-link check: no pair across the two groups may be vetoed."""
    for i in left:
        for j in right:
            if veto(claims[i], claims[j], same_value(claims[i], claims[j]), threshold):
                return False
    return True


def same_value(a: Claim, b: Claim) -> bool:
    """True when both claims normalize to the same value."""
    va, vb = a.value, b.value
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        if va.start is not None and vb.start is not None:
            return (va.start, va.end) == (vb.start, vb.end)
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
    return a.event == b.event


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

    "first reading" and "second reading" share their head but each has a word
    the other lacks: different things. "law" and "withdrawal law" (one contains
    the other) or "decree" and "resolution" (nothing shared) are left undecided.
    """
    if not a or not b:
        return False
    shared = [w for w in a if _has_word(w, b)]
    return bool(shared) and len(shared) < len(a) and any(not _has_word(w, a) for w in b)


def _participants(key: ClaimKey) -> tuple[str, ...]:
    """Everyone and everything the claim's event involves: its subject and its objects."""
    return key.subjects + key.event_args


def subject_overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float | None:
    """Share of the shorter subject's words found in the other; None when either is unknown."""
    if not a or not b:
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(_has_word(word, large) for word in small) / len(small)


def _has_word(word: str, words: tuple[str, ...]) -> bool:
    return any(word == w or fuzz.ratio(word, w) >= WORD_MATCH for w in words)


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
    if event:
        parts.append(f"same event '{a.event}'")
    if measure is not None:
        parts.append(f"measure '{' '.join(a.measure)}' ~ '{' '.join(b.measure)}' ({measure:.0f})")
    if subjects:
        parts.append(f"subjects '{' '.join(a.subjects)}' ~ '{' '.join(b.subjects)}'")
    return ", ".join(parts)
