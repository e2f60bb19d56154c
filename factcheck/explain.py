"""Why two claims were, or were not, taken for one fact (`factcheck explain c12,c40`).

A user who expected a conflict between two claims asks this: the answer names the
rule that kept them apart, the evidence that linked them, or, when the pair could be
linked, the claim in one's group that another rule keeps from the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .align import block_key
from .identity import same_value, veto_reason, why_pair
from .models import Claim, Cluster, Report
from .second_opinion import second_opinion

# "c12,c40": two claim ids, as `factcheck run --format json` numbers them.
PAIR_ID = re.compile(r"^(c\d+),(c\d+)$")


@dataclass(frozen=True, slots=True)
class PairExplanation:
    claims: tuple[Claim, Claim]
    clusters: tuple[str, str]
    linkable: bool
    reason: str
    # When the pair could be linked but sits in two groups: (member, other claim, rule).
    blocked_by: tuple[str, str, str] | None = None


def explain_pair(report: Report, first: str, second: str, threshold: float) -> PairExplanation:
    """Explain the pair of claim ids; KeyError names an id the report does not hold."""
    claims = {c.id: c for c in report.claims}
    for claim_id in (first, second):
        if claim_id not in claims:
            raise KeyError(claim_id)
    a, b = claims[first], claims[second]
    cluster_of = {cid: k for k in report.clusters for cid in k.claims}
    group_a, group_b = cluster_of[first], cluster_of[second]
    if block_key(a) != block_key(b):
        kinds = f"{_kind(a)} and {_kind(b)}"
        linkable, reason = False, f"different kinds or units ({kinds}): never compared"
    else:
        linkable, reason = why_pair(a, b, threshold)
        learned = None if linkable else second_opinion(a, b, threshold)
        if learned is not None:
            linkable, reason = True, f"linked: {learned.reason}"
    blocked = None
    if linkable and group_a.id != group_b.id:
        blocked = _blocking_member(group_a, group_b, claims, threshold)
    return PairExplanation((a, b), (group_a.id, group_b.id), linkable, reason, blocked)


def _kind(claim: Claim) -> str:
    unit = claim.unit
    return f"{claim.kind} in {unit}" if unit else str(claim.kind)


def _blocking_member(
    group_a: Cluster, group_b: Cluster, claims: dict[str, Claim], threshold: float
) -> tuple[str, str, str] | None:
    """The first pair across the two groups that a rule keeps apart (groups are complete-link)."""
    for x in group_a.claims:
        for y in group_b.claims:
            a, b = claims[x], claims[y]
            reason = veto_reason(a, b, same_value(a, b), threshold)
            if reason is not None:
                return x, y, reason
    return None
