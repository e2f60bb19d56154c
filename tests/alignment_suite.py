"""The labelled alignment suite: small multi-document cases with the clusters a careful editor expects.

Each case is a YAML file in tests/fixtures/alignment/:

```yaml
about: what the case is for
documents:            # file name -> content, written to a temporary folder and run
  a.md: |
    ---
    source: A
    date: 2025-08-27
    ---
    text ...
expect:               # every cluster of two or more claims; any other claim stands alone
  - verdict: agree
    claims: ["a.md: 1987", "b.md: 1987"]     # "document: claim text", "#2" for a later repeat
```

Instead of `documents`, `documents_from: corpus` reads the Markdown files of a folder
of the repository (the sample corpus).

Used by tests/test_alignment_suite.py (assertions) and scripts/eval_alignment.py
(precision and recall). The folders tests/fixtures/alignment-heldout* hold cases
written blind, by someone who had not seen the code; each was scored once before any
change was made for it (README, "Alignment accuracy"). The tests hold them to no false
conflict only; their recall is reported, not asserted. Beyond the expected clusters, every case is also checked
under mutation: changing the value of one claim of an expected cross-document
cluster must produce exactly one conflict, naming both documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

from factcheck.lexicon import SAY
from factcheck.models import Claim, Kind, Quantity, Report, Verdict

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "fixtures" / "alignment"

_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class Expected:
    verdict: Verdict
    refs: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    name: str
    about: str
    documents: dict[str, str]
    expect: tuple[Expected, ...]


@dataclass(frozen=True)
class Mutation:
    """One claim's value changed in its document: `text` at `start` becomes `new_text`."""

    case: Case
    cluster: Expected
    ref: str
    doc: str
    start: int
    text: str
    new_text: str

    def documents(self) -> dict[str, str]:
        docs = dict(self.case.documents)
        body = docs[self.doc]
        docs[self.doc] = body[: self.start] + self.new_text + body[self.start + len(self.text) :]
        return docs

    def __str__(self) -> str:
        return f"{self.case.name}: {self.doc} {self.text!r} -> {self.new_text!r}"


@dataclass
class Tally:
    """Counts for precision and recall, with the reason for every miss and false alarm."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.true_pos += other.true_pos
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg
        self.errors.extend(other.errors)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0

    def summary(self) -> str:
        return (
            f"precision {self.precision:.3f} ({self.true_pos}/{self.true_pos + self.false_pos})"
            f"  recall {self.recall:.3f} ({self.true_pos}/{self.true_pos + self.false_neg})"
        )


def load_cases(folder: Path = CASES) -> list[Case]:
    cases = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        expect = tuple(
            Expected(Verdict(item["verdict"]), tuple(item["claims"]))
            for item in data.get("expect") or ()
        )
        documents = dict(data.get("documents") or {})
        if "documents_from" in data:  # a folder of the repository, e.g. the sample corpus
            folder_path = ROOT / data["documents_from"]
            for file in sorted(folder_path.glob("*.md")):
                if file.name != "README.md":
                    documents[file.name] = file.read_text(encoding="utf-8")
        cases.append(Case(path.stem, data.get("about", ""), documents, expect))
    return cases


def write_documents(documents: dict[str, str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# --- Finding the claims a case names ----------------------------------------------------------


def parse_ref(ref: str) -> tuple[str, str, int]:
    """ "a.md: more than 200 #2" -> ("a.md", "more than 200", 2)."""
    doc, _, text = ref.partition(": ")
    text, _, nth = text.rpartition(" #") if re.search(r" #\d+$", text) else (text, "", "1")
    return doc, text, int(nth)


def resolve(ref: str, claims: Sequence[Claim]) -> Claim | None:
    """The claim a reference names: the nth claim of that document with that text, else
    the nth whose text differs from it only by a unit or noun one side adds ("More than
    200" / "More than 200 millimetres", "14 homes" / "14"), else the nth that ends with
    the figure the reference begins with ("Some 12,000" / "12,000 donors"), else the nth
    that ends with the reference ("the next two years" / "two years"), else the nth
    whose text stands in the reference as words ("on Wednesday" / "Wednesday"), else the
    nth that ends with the figure the reference opens with ("an estimated €180 million" /
    "€180 million a year")."""
    doc, text, nth = parse_ref(ref)
    in_doc = [c for c in claims if c.doc == doc]
    figure = text.split()[0] if text.split() else ""
    for matches in (
        [c for c in in_doc if c.text == text],
        [c for c in in_doc if _one_extends(c.text, text) or _one_extends(text, c.text)],
        [
            c
            for c in in_doc
            if any(ch.isdigit() for ch in figure) and c.text.split()[-1:] == [figure]
        ],
        # "The three years" / "three years": the claim's text with a word before it
        [c for c in in_doc if c.text.endswith(" " + text)],
        # "on Wednesday" / "Wednesday", "within 30 days" / "30 days": a reference with
        # words around the claim's text
        _fullest([c for c in in_doc if re.search(rf"(?<!\w){re.escape(c.text)}(?!\w)", text)]),
        # "an estimated €180 million" / "€180 million a year": the claim ends with the
        # figure the reference opens with
        [c for c in in_doc if _ends_with_the_figure(c.text, text)],
    ):
        if len(matches) >= nth:
            return matches[nth - 1]
    return None


def _ends_with_the_figure(claim: str, ref: str) -> bool:
    words = ref.split()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if any(ch.isdigit() for ch in head) and (claim == head or claim.endswith(" " + head)):
            return True
    return False


def _fullest(claims: list[Claim]) -> list[Claim]:
    """The claims whose text no other one's holds: "allowed home on Monday afternoon" names
    "Monday afternoon", not a "Monday" the document tells elsewhere."""
    return [c for c in claims if not any(c.text != o.text and c.text in o.text for o in claims)]


def _one_extends(longer: str, shorter: str) -> bool:
    return longer.startswith(shorter) and longer[len(shorter) : len(shorter) + 1] in (" ", "-")


def body_offset(documents: dict[str, str], ref: str) -> int | None:
    """Where a reference's text stands in its document's file (the nth occurrence as a word)."""
    doc, text, nth = parse_ref(ref)
    found = [
        m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", documents.get(doc, ""))
    ]
    return found[nth - 1] if len(found) >= nth else None


# --- Scoring ------------------------------------------------------------------------------------


def score_clusters(case: Case, report: Report) -> Tally:
    """Pairwise clustering precision/recall: claim pairs grouped vs pairs expected together."""
    tally = Tally()
    expected_pairs: set[frozenset[str]] = set()
    for expected in case.expect:
        ids = []
        for ref in expected.refs:
            claim = resolve(ref, report.claims)
            if claim is None:
                tally.errors.append(f"{case.name}: claim not extracted: {ref}")
            else:
                ids.append(claim.id)
        expected_pairs.update(frozenset(p) for p in combinations(ids, 2))
    found_pairs = {
        frozenset(p) for cluster in report.clusters for p in combinations(cluster.claims, 2)
    }
    by_id = {c.id: c for c in report.claims}
    tally.true_pos = len(expected_pairs & found_pairs)
    for pair in sorted(found_pairs - expected_pairs, key=sorted):
        tally.false_pos += 1
        tally.errors.append(f"{case.name}: grouped wrongly: {_show(pair, by_id)}")
    for pair in sorted(expected_pairs - found_pairs, key=sorted):
        tally.false_neg += 1
        tally.errors.append(f"{case.name}: not grouped: {_show(pair, by_id)}")
    return tally


def score_conflicts(case: Case, report: Report) -> Tally:
    """Conflict detection: each expected conflict must be found; every other conflict is false."""
    tally = Tally()
    wanted = []
    for expected in case.expect:
        if expected.verdict == Verdict.CONFLICT:
            ids = {c.id for ref in expected.refs if (c := resolve(ref, report.claims))}
            wanted.append((expected, ids))
    found = [set(c.claims) for c in report.clusters if c.verdict == Verdict.CONFLICT]
    matched: set[int] = set()
    for expected, ids in wanted:
        hit = next(
            (n for n, claims in enumerate(found) if n not in matched and len(claims & ids) >= 2),
            None,
        )
        if hit is None:
            tally.false_neg += 1
            tally.errors.append(f"{case.name}: conflict missed: {', '.join(expected.refs)}")
        else:
            matched.add(hit)
            tally.true_pos += 1
    by_id = {c.id: c for c in report.claims}
    for n, claims in enumerate(found):
        if n not in matched:
            tally.false_pos += 1
            tally.errors.append(f"{case.name}: false conflict: {_show(claims, by_id)}")
    return tally


def verdict_errors(case: Case, report: Report) -> list[str]:
    """Expected clusters found whole but judged otherwise."""
    errors = []
    by_claim = {cid: cluster for cluster in report.clusters for cid in cluster.claims}
    for expected in case.expect:
        claims = [resolve(ref, report.claims) for ref in expected.refs]
        if any(c is None for c in claims):
            continue
        clusters = {by_claim[c.id].id: by_claim[c.id] for c in claims if c is not None}
        if len(clusters) == 1:
            (cluster,) = clusters.values()
            if cluster.verdict != expected.verdict:
                errors.append(
                    f"{case.name}: {', '.join(expected.refs)}: {cluster.verdict}, "
                    f"expected {expected.verdict} ({cluster.explanation})"
                )
    return errors


def score_mutation(mutation: Mutation, report: Report) -> Tally:
    """Exactly one conflict, holding the changed claim and a claim of another document."""
    tally = Tally()
    conflicts = [c for c in report.clusters if c.verdict == Verdict.CONFLICT]
    by_id = {c.id: c for c in report.claims}
    changed_doc = mutation.doc
    others = {parse_ref(ref)[0] for ref in mutation.cluster.refs} - {changed_doc}
    good = [
        c
        for c in conflicts
        if {by_id[i].doc for i in c.claims} >= {changed_doc}
        and {by_id[i].doc for i in c.claims} & others
        and any(
            by_id[i].doc == changed_doc and mutation.new_text in by_id[i].text for i in c.claims
        )
    ]
    if good:
        tally.true_pos = 1
    else:
        tally.false_neg = 1
        tally.errors.append(f"conflict missed after {mutation}")
    expected = [
        {c.id for ref in e.refs if (c := resolve(ref, report.claims))}
        for e in mutation.case.expect
        if e.verdict == Verdict.CONFLICT
    ]
    for cluster in conflicts:
        if any(len(set(cluster.claims) & ids) >= 2 for ids in expected):
            continue  # a conflict the case already holds, not one the change made
        if not good or cluster is not good[0]:
            tally.false_pos += 1
            tally.errors.append(
                f"false conflict after {mutation}: {_show(set(cluster.claims), by_id)}"
            )
    return tally


def _show(ids: Iterable[str], by_id: dict[str, Claim]) -> str:
    return " / ".join(f"{by_id[i].doc}:{by_id[i].line} {by_id[i].text!r}" for i in sorted(ids))


# --- Mutations ----------------------------------------------------------------------------------


def mutations(case: Case, report: Report) -> Iterator[Mutation]:
    """For every expected cross-document cluster: its last claim's value changed beyond doubt."""
    for expected in case.expect:
        if expected.verdict == Verdict.CONFLICT:
            continue
        docs = {parse_ref(ref)[0] for ref in expected.refs}
        if len(docs) < 2:
            continue
        # Change an exact figure if there is one: bounds alone ("more than 200" and
        # "more than 300") can always both be true, whatever one changes.
        refs = [r for r in expected.refs if _is_exact(resolve(r, report.claims))]
        if not refs and any(_is_bound(resolve(r, report.claims)) for r in expected.refs):
            continue
        ref = (refs or list(expected.refs))[-1]
        claim = resolve(ref, report.claims)
        if claim is not None and claim.key.event == SAY:
            # One speaker makes many statements: a statement on another day is read as
            # another statement, not a misdated one, so no conflict is expected.
            continue
        start = body_offset(case.documents, ref)
        if claim is None or start is None:
            continue
        # The reference may hold words around the claim ("from £4,500,000"): change
        # the claim's own text, not the reference's first characters.
        start += max(parse_ref(ref)[1].find(claim.text), 0)
        new_text = perturb(claim)
        if new_text is not None:
            yield Mutation(case, expected, ref, claim.doc, start, claim.text, new_text)


def _is_exact(claim: Claim | None) -> bool:
    return (
        claim is not None
        and isinstance(claim.value, Quantity)
        and claim.value.low == claim.value.high
    )


def _is_bound(claim: Claim | None) -> bool:
    return claim is not None and isinstance(claim.value, Quantity) and not _is_exact(claim)


def perturb(claim: Claim) -> str | None:
    """The claim's text with its value changed so far that no rounding or bound covers it."""
    text = claim.text
    if claim.kind.is_temporal:
        if claim.kind != Kind.DATE:
            return None
        day = re.search(r"\b(\d{1,2})\b(?!,? *\d{4}\b)|\b(\d{1,2})(?=,? \d{4})", text)
        if day:
            n = int(day.group(1) or day.group(2))
            new = n - 7 if n > 8 else n + 7
            return text[: day.start()] + str(new) + text[day.end() :]
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
        if year:
            return text[: year.start()] + str(int(year.group()) - 3) + text[year.end() :]
        for n, month in enumerate(_MONTHS):
            if month in text:
                return text.replace(month, _MONTHS[(n + 4) % 12], 1)
        return None
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not number:
        return None
    value = float(number.group().replace(",", ""))
    assert isinstance(claim.value, Quantity)
    # Move away from the side a bound leaves open: "more than 200" up, "273" and "up to 50" down.
    lower_bound_only = claim.value.high is None
    if claim.kind == Kind.PERCENT:
        new = value + 30 if value <= 40 or (lower_bound_only and value < 70) else value - 30
    elif lower_bound_only:
        new = value * 2 + 3
    else:
        new = value / 2 if value >= 50 or "." in number.group() else value + 7
    decimals = len(number.group().partition(".")[2])
    shown = f"{new:,.{decimals}f}" if "," in number.group() else f"{new:.{decimals}f}"
    return text[: number.start()] + shown + text[number.end() :]
