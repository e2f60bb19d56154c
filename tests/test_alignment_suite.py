"""The labelled alignment suite (tests/fixtures/alignment): expected clusters, verdicts and
conflicts on small multi-document cases, and exactly one conflict after one value changes.

Each case runs the real pipeline on documents written for it; see tests/alignment_suite.py
for the file format and scripts/eval_alignment.py for the precision/recall figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Verdict
from factcheck.pipeline import run

from .alignment_suite import (
    Case,
    Expected,
    load_cases,
    mutations,
    perturb,
    resolve,
    score_clusters,
    score_conflicts,
    score_mutation,
    verdict_errors,
    write_documents,
)
from .factories import claim, day, qty

CASES = load_cases()

pytestmark = pytest.mark.nlp


def test_the_suite_covers_every_hard_case() -> None:
    names = {case.name for case in CASES}
    assert {
        "lookalike-subjects",
        "different-events",
        "same-number-different-populations",
        "boilerplate",
        "precision",
        "updates",
        "real-conflicts",
    } <= names
    expected_conflicts = [e for case in CASES for e in case.expect if e.verdict == "conflict"]
    assert len(expected_conflicts) >= 5


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_gives_the_expected_clusters_verdicts_and_conflicts(
    case: Case, tmp_path: Path
) -> None:
    report = run([write_documents(case.documents, tmp_path)])
    errors = (
        score_clusters(case, report).errors
        + score_conflicts(case, report).errors
        + verdict_errors(case, report)
    )
    assert errors == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_changing_one_value_gives_exactly_one_conflict(case: Case, tmp_path: Path) -> None:
    report = run([write_documents(case.documents, tmp_path / "original")])
    changed = list(mutations(case, report))
    cross_source = [
        e
        for e in case.expect
        if e.verdict != "conflict" and len({r.split(":")[0] for r in e.refs}) > 1
    ]
    assert len(changed) >= min(1, len(cross_source)) or not cross_source
    for n, mutation in enumerate(changed):
        mutated = run([write_documents(mutation.documents(), tmp_path / f"m{n}")])
        assert score_mutation(mutation, mutated).errors == [], str(mutation)


def test_the_mutations_cover_dates_counts_percentages_and_money(tmp_path: Path) -> None:
    kinds = set()
    for n, case in enumerate(CASES):
        report = run([write_documents(case.documents, tmp_path / str(n))])
        by_id = {c.id: c for c in report.claims}
        for mutation in mutations(case, report):
            changed = next(
                c for c in by_id.values() if c.doc == mutation.doc and c.text == mutation.text
            )
            kinds.add(str(changed.kind))
    assert {"date", "count", "percent", "money"} <= kinds


def test_a_mutation_changes_the_claim_inside_a_longer_reference(tmp_path: Path) -> None:
    documents = {
        "a.md": "---\nsource: A\ndate: 2026-02-05\n---\nThe grant falls from £4.5 million.\n",
        "b.md": "---\nsource: B\ndate: 2026-02-09\n---\nThe grant was cut from £4,500,000.\n",
    }
    expected = Expected(Verdict.AGREE, ("a.md: from £4.5 million", "b.md: from £4,500,000"))
    case = Case("grant", "", documents, (expected,))
    report = run([write_documents(documents, tmp_path)])
    (mutation,) = mutations(case, report)
    assert "cut from £2,250,000." in mutation.documents()["b.md"]


def test_a_reference_names_the_fullest_claim_it_holds() -> None:
    monday = claim(day("2025-10-13"), text="Monday", cid="m")  # told earlier in the article
    afternoon = claim(day("2025-10-13"), text="Monday afternoon", start=90, cid="ma")
    assert resolve("a.md: allowed home on Monday afternoon", [monday, afternoon]) is afternoon
    # two figures side by side: the first, as before
    nine, three = claim(qty(9), text="nine", cid="n"), claim(qty(3), text="three", cid="t")
    assert resolve("a.md: by nine votes to three", [nine, three]) is nine


@pytest.mark.parametrize(
    ("value", "text", "changed"),
    [
        (day("2025-09-29"), "September 29", "September 22"),
        (day("2025-09-05"), "Sept. 5, 2025", "Sept. 12, 2025"),
        (qty(273), "273", "136"),
        (qty(200, None, low_inclusive=False), "more than 200", "more than 403"),
        (qty(62, unit="%"), "62%", "32%"),
        (qty(2.1e9, unit="USD"), "$2.1 billion", "$1.1 billion"),
        (qty(3500), "3,500", "1,750"),
    ],
)
def test_perturb_moves_a_value_beyond_any_rounding(value, text, changed) -> None:
    assert perturb(claim(value, text=text)) == changed


# Known false alarms on held-out text, each with why; strict xfail, so a fix is noticed.
KNOWN_FALSE_ALARMS: dict[str, str] = {
    "music-vinyl-pressing-plant-reopening": (
        "'the label, founded in 2014' and 'the plant, founded in 1966' each date the one "
        "founding their article tells, of two things: the noun the participle modifies is "
        "not kept as what was founded (keeping it moved links on eleven other sets)"
    ),
    "diplomacy-kaldoria-diplomat-expulsions": (
        "two countries each expel the other's diplomats, and the small parser gives 'Kaldoria "
        "hit back by ordering out three' no actor; taking the actor through 'by' read "
        "'Kaldoria' and 'Kaldorians' as one name and raised two other false conflicts"
    ),
    "libraries-central-library-asbestos-closure": (
        "'the city's museum, closed in 2021' shares the word 'city' with 'the city council "
        "shut its central library', so the two closures count as one act; comparing only "
        "what was closed lost a theatre's 'opened its doors in 1878' conflict"
    ),
    "autos-torvane-hessleby-plant-job-cuts": (
        "'a plan to remove 2,000 jobs across the group's European operations' and 'eliminate "
        "1,150 positions at Hessleby' are each their article's one count of cut jobs; reading "
        "'across the ...' as a wider whole lost 'four branches across the district' conflicts"
    ),
    "forecasts-antillean-hurricane-outlook-raised": (
        "the small parser reads '14 named storms' as '14 [were] named storms', so neither the "
        "May forecast nor the new one counts storms, and both key on the forecaster alone"
    ),
    "schools-brindlecombe-school-meal-price-rise": (
        "a parent's 'I have three children at Hollins Lane' and 'a family with two children' "
        "in a worked example both count children with no act; a first-person holder is not "
        "kept in the key, so nothing tells the two families apart"
    ),
    "universities-carrowfield-job-cuts-strike": (
        "a student's quoted '£9,250 a year' and the vice-chancellor's '£295,000 a year' are "
        "each their article's one yearly sum paid; and 'a 10-day walkout' is read as ten "
        "days against 'two weeks of strikes', which the author counts in working days"
    ),
    "fisheries-glass-eel-smuggling": (
        "'last year customs agencies seized 1.4 tonnes of glass eels in 19 operations' is a "
        "year's total, which the tool reads as the one seizure its article dates, against "
        "the story's seizure 'last Sunday'"
    ),
    "roadsafety-kelmar-cyclist-deaths-annual-report": (
        "a campaigner's quoted 'we are counting dozens' is read as 24 to 120 deaths and set "
        "against the year's 187 road deaths: rhetoric in a quote is not told from a count"
    ),
    "film-salt-widow-orsenian-box-office-record": (
        "'at the height of its run the film was showing on more than 300 screens' and 'is "
        "still playing on 140 screens' are the peak and the present; reading 'at the height "
        "of' as another occurrence lost 'at the height of the storm, 41,600 households lost "
        "power', and 'still' as the present lost a 'still held' count"
    ),
    "postoffices-little-orrinford-village-counter-closure": (
        "'at least 90 village branches had closed since 2023' and 'the company closed 27 "
        "branches last year' each date their article's one closure: the start of a count's "
        "window is not told from an act's date across articles, as 'since' and 'from' open "
        "record comparisons ('the largest since 2017') and fees 'charged from April 2019' too"
    ),
    "haulage-kestria-lorry-driver-shortage-survey": (
        "'only 2% of drivers are under 25' is read as a count of drivers, 'under 25', not "
        "as an age threshold, and meets the drivers' average age of 55 and 57"
    ),
    "carehomes-ashgrove-living-westerley-closures": (
        "'the council said it pays £690 a week' and 'private residents pay around £820 a "
        "week' are each their article's one weekly sum paid; reading 'it' as the council "
        "(the speaker) lost real conflicts on other sets"
    ),
    "hovercraft-wrenhaven-calder-isle-crossing-suspension": (
        "'a 25-minute crossing' by the chartered catamaran against the '12-minute hovercraft "
        "crossing': each article's one span of a crossing; the craft that makes it is told "
        "by the clause's subject ('travel on a chartered catamaran'), not kept on the span"
    ),
    "speedlimits-drennford-20mph-default-limit-review": (
        "'918 in the 12 months after' against 'about 1,200 casualties' in 'the year before "
        "the change': a period told against the story's change ('before', 'after' it) does "
        "not stamp the count"
    ),
    "vat-lorenzia-restaurant-meals-rate-cut": (
        "'Takeaway food, already taxed at 10%, is not affected' against 'food served to eat "
        "in will be taxed at 13 per cent': each article's one 'tax' rate; 'already' and "
        "'not affected' are not read as another thing's standing rate"
    ),
    "graduates-ostwick-outcomes-survey-salaries": (
        "'88.2% of its graduates were in employment' against 'Nearly 75% of employed "
        "graduates are in highly skilled roles': what a copula's complement says of a share "
        "('in employment', 'in highly skilled roles') is not kept as its measure"
    ),
    "resits-northmarch-maths-english-pass-rates": (
        "'27.2% of resitting students achieved at least a grade 4 in maths' against 'just "
        "over 31% of those taking English achieved a grade 4': the subject each share is "
        "of is told in a phrase ('in maths', 'taking English') that is not kept apart"
    ),
    "universities-harnland-home-tuition-cap-rise": (
        "'fees were last raised substantially in 2012' and 'will go up for the first time "
        "since 2017' each date their article's one rise in fees; how far an act went is read "
        "only before its verb, as 'wounded, many of them critically' tells of some of them"
    ),
    "drugprices-kalmeria-insulin-monthly-cap": (
        "'would cost manufacturers €120 million a year in lost revenue' and 'the cost to the "
        "state at €48 million a year' are costs to two parties, which the key does not hold; "
        "naming the sum by 'in lost revenue' past 'a year' lost a rent told both ways"
    ),
    "naval-base-closure": (
        "'about 2,400 jobs, including those of contractors and suppliers, depended on the "
        "base' is a wider total than '1,850 military and civilian posts'; 'posts' and 'jobs' "
        "are one noun, and nothing in the key reads 'including those of' as a wider whole"
    ),
    "carbontax-veldoria-household-rebate-first-payment": (
        "'its first carbon rebate payments on Friday' and 'the next is due in June' share the "
        "payments; 'the next', after a semicolon, is not read as another occurrence"
    ),
    "ambulances-strathmarne-rural-response-audit": (
        "'category 1' and 'category 2' response times differ only by the number after the "
        "noun, which keys drop; and one sentence names no category at all ('the most "
        "life-threatening emergencies')"
    ),
    "foodbanks-ostermark-network-half-year-figures": (
        "one food bank's count ('in Harbeck alone, a single food bank'), parcels 'earmarked "
        "for children' and a record year's count in a 'when' clause on 2022-23 all join the "
        "six-month total; 'over the six months' and 'across the full twelve months' each "
        "frame another figure"
    ),
    "universities-pellam-masters-fee-rise": (
        "a petition 'signed by 2,600 students and staff' and the '3,140 students' a change "
        "affects: each its article's only count of students, told by two verbs; the "
        "coordinated 'and staff' is not kept in the measure"
    ),
    "flooddefences-ashmere-regional-capital-allocation": (
        "'Nationally, the programme totals £1.2 billion' takes its act from the sentence "
        "before and the national scope is not kept; 'due for completion in 2028' and "
        "'burst its banks ... again last winter' both key on the verb 'be'"
    ),
    "reservoirs-caddon-water-stocks-record-low": (
        "a drought plan's trigger 'at 30% of capacity' against stocks at 38.4% of capacity: "
        "the trigger the share sets ('sets a third trigger at') is not kept as what it measures"
    ),
    "aquaculture-lake-morvane-trout-cage-escape": (
        "'one of its 16 cages at the site' and 'employs 38 people at the site': with "
        "'people' a word for anyone, the place 'at the site' is all the second figure's "
        "measure, so it meets the cages'"
    ),
    "snowfall-tarnholm-24-hour-snowfall-record": (
        "'the national record ... set in 1999' and 'the old record ... set in 1967': the "
        "'old' (previous) record and the national one are each their article's one 'set' "
        "date; and a forecast 'next week' joins a chain through the city's Tuesday"
    ),
    "touristtax-serrat-isles-levy-revenue-beats-forecast": (
        "'aiming to raise €21 million in 2026' against 'brought in just over €18 million in "
        "2025': since 'brought in' keys as 'raise' (which found real conflicts elsewhere) the "
        "two meet as one act told once, and an aim is not told from a statement (reading "
        "'aim to' as a possibility lost a real 'aims to hire 450' / 'plans to recruit 450' pair)"
    ),
    "ambulances-fennick-royal-handover-unit-opening": (
        "'Across October, ... crews lost 11,800 hours ... during the month': 'the month' "
        "resolves to the article's own month, not the October told just before it"
    ),
    "railbridges-corrow-road-lorry-bridge-strikes-annual-figures": (
        "one bridge 'struck 24 times in the year', 'hit most recently on September 16' and "
        "other strikes join one chain of 'strike' dates, each told once"
    ),
    "horseracing-aldermoor-festival-fatalities-review": (
        "a campaigner's saying 'One death is one too many' against 'The five fatalities': "
        "a number in a general remark is read as a count"
    ),
    "metro-ardenport-line-two-signal-failure": (
        "'Line 4 was closed for six hours in January' against an outage that 'shut the "
        "central section of Line 2 during the morning peak': after the sentence before it "
        "the small parser hangs 'Line 4' on 'was', so that closure keeps no word of what "
        "was closed and the two lines' closures read as one"
    ),
    "brewing-kestle-mill-brewery-administration": (
        "'their 60 staff are unaffected' against '86 of the brewery's 140 staff': a state "
        "told by a bare adjective names no event (reading every adjective as one cost more "
        "real conflicts than it saved)"
    ),
    "furniture-holmcraft-home-store-closures": (
        "'online sales rose 6%' against 'like-for-like sales were down 7.9%': the small "
        "parser breaks 'like-for-like' apart, so the second measure is plain 'sales'"
    ),
    "levelcrossings-hesketh-lane-barrier-rise-near-miss": (
        "'the last comparable barrier failure, at Marl Road in 2022, involved a freight "
        "train travelling at 45 mph': the earlier incident is told on the clause's "
        "subject, above the participle that holds the speed"
    ),
    "magistrates-tallisford-rogue-waste-carrier-flytipping": (
        "'ordered to pay £7,342' (a total order) against 'fined £4,800': paying and "
        "fining are one act from two sides, whether or not the payment names the fine"
    ),
    "housing-repossessions-calderon-quarterly-rise": (
        "'the rescue scheme, launched in 2023, had helped 2,300 households stay in their "
        "homes' against 'repossessed 1,870 homes between July and September': each its "
        "article's one exact count of households, the first told by a stative verb ('stay') "
        "that names no act, and the scheme's running total since 2023 is not read as one"
    ),
    "standards-hollisk-transport-minister-undeclared-gifts": (
        "'14 gifts ... with a total value of £23,750' against 'the most valuable item ..., "
        "valued at £8,900' in one notice: the noun 'value' names the act of valuing, and "
        "neither 'total' nor 'the most valuable item' is read as a whole and one of its parts"
    ),
    "aerospace-caldris-fernby-wing-plant-redundancies": (
        "'its workforce of 2,560' against 'employs 2,100 production workers': a qualifier "
        "on one side only ('production') is not read as a part of the workforce, since "
        "most such one-sided words ('registered nurses' / 'nurses') name the same group"
    ),
    "glassworks-hollerby-bottle-plant-closure": (
        "a union officer's quoted '410 workers will be affected' when 'you count agency "
        "staff and contractors' against the company's 'affect 340 employees': the wider "
        "count told in a quote is not kept apart from the company's"
    ),
    "jobs-dornavia-fourth-quarter-unemployment-rate": (
        "'adjusted for inflation, earnings rose 0.9%' against 'average earnings rising 3.7%': "
        "'adjusted for inflation' is not kept as what sets real pay growth apart from pay "
        "growth"
    ),
    "payrollsystems-orlenby-county-overpayment-glitch": (
        "'The Orlenby branch, which represents 2,600 council workers' against 'About "
        "1,900 council staff found extra money': a union's membership, told with a "
        "stative verb, names no act to keep it apart"
    ),
}

HELD_OUT = [
    pytest.param(
        case,
        id=case.name,
        marks=[pytest.mark.xfail(reason=KNOWN_FALSE_ALARMS[case.name], strict=True)]
        if case.name in KNOWN_FALSE_ALARMS
        else [],
    )
    for folder in sorted((Path(__file__).resolve().parent / "fixtures").glob("alignment-heldout*"))
    for case in load_cases(folder)
]


@pytest.mark.parametrize("case", HELD_OUT)
def test_held_out_cases_raise_no_false_conflict(case: Case, tmp_path: Path) -> None:
    """Cases written blind, by someone who had not seen the code: recall there is what it
    is (see scripts/eval_alignment.py), but a conflict reported must be a real one."""
    report = run([write_documents(case.documents, tmp_path)])
    false_alarms = [e for e in score_conflicts(case, report).errors if "false conflict" in e]
    assert false_alarms == []
