"""Word tables the context reader uses. General English, never about one story."""

from __future__ import annotations

import re

# Verbs and nouns that report speech: their subject is who says so, and as an
# event they all mean "made a statement" (so "said on Aug. 27" and "the
# statement of August 27" name the same happening).
REPORTING = frozenset(
    """
    say state statement announce announcement declare declaration write tell report
    claim comment note add stress emphasize emphasise underline underscore insist
    confirm reveal acknowledge admit argue assert warn explain describe estimate
    conclude find post tweet cite quote remark observe point suggest accord
    """.split()
)

# The event name every reporting verb or noun maps to.
SAY = "say"
BE = "be"  # the copula: a clause that only states what something is

# Verbs that carry little meaning of their own: the event is in their complement
# ("was seen exhuming bodies" is about exhuming).
LIGHT_VERBS = frozenset("be see have become get seem appear remain begin start continue".split())

# Verbs that only state a figure's level ("reached $2.1 billion", "stood at 40%",
# "came to 3,500"): for a figure they name no event of their own.
LEVEL_VERBS = frozenset(
    """
    reach stand come total amount number hit top exceed rise climb grow increase fall drop
    decline decrease jump surge soar double triple account make equal put place set fix
    measure
    """.split()
)

# Verbs that only place a named event in time ("ratification followed in 1998",
# "the vote took place on Monday"): the event is their subject noun's. Not "end": the
# day a strike ended is not the day it began, which is the strike's date.
TIME_VERBS = frozenset("follow occur happen come begin start take".split())

# Verbs whose object is the event they date ("began a strike on Tuesday", "held a vote").
# ("stag" is the small English model's lemma of "staged".)
STAGING_VERBS = frozenset("begin start launch stage stag hold call resume".split())

# The event of a span of time that says how long a happening lasted: "47 days of talks",
# "a two-year dispute" and "the talks lasted 47 days" all key as LAST of "talk", so two
# articles' lengths of the same happening meet (and conflict when they differ).
LAST = "last"


# A penalty or a term of office: a story may give one for each person (`what_lasts`).
_TERMS = frozenset("sentence term ban".split())


def what_lasts(event: str | None, args: tuple[str, ...]) -> str | None:
    """The thing a span of time is told of, by its key: the last word of what it
    describes ("an eight-year contract", "a seven-year public service contract": the
    contract) or of the happening that lasted (LAST: "a 40-hour closure" keys as "shut");
    None for a span told by any other act ("jailed for nine years"), or of a penalty or
    a term of office, which a story may give one of for each person ("an 18-month
    sentence" for one defendant, "a 32-month prison sentence" for another)."""
    thing = args[-1] if event in (None, LAST) and args else None
    return None if thing in _TERMS else thing


# Every age keys as this event, whatever its clause tells of the person ("a 71-year-old
# man died", "a man aged 74 died"): an age is the person's, and one person has one.
AGE = "age"
# Words for a person that tell nobody apart: two "men" of one story are often two people,
# while "the guard" of a robbery story is one.
ANYONE = frozenset("man woman boy girl child person people resident passenger".split())
LASTING_VERBS = frozenset("last stretch span drag run take".split())
# Nouns for happenings that last a while (after MEASURE_SYNONYMS). A penalty ("a
# three-year sentence") or a term of office is not one: a story can give several.
HAPPENING_NOUNS = frozenset(
    """
    talk deliberation debate hearing trial strike walkout stoppage protest blockade siege
    standoff occupation war fighting battle dispute campaign match game final race
    tournament flight journey voyage expedition mission search rescue operation
    investigation inquiry outage blackout shutdown closure lockdown ceasefire truce drought
    heatwave storm eruption wildfire rain flood visit tour summit festival exhibition
    training process course programme program apprenticeship career restoration
    renovation refurbishment construction rebuild overhaul upgrade excavation study survey
    review audit consultation negotiation evacuation cleanup lockout vigil
    """.split()
)

# Nominalizations that name an event, mapped to their verb, so "the signing on
# Monday" and "signed on Monday" share an event.
NOMINAL_EVENTS = {
    "crowd": "gather",  # "a crowd of 12,000" / "about 8,000 gathered"
    "turnout": "gather",
    "signing": "sign",
    "adoption": "adopt",
    "approval": "approve",
    "publication": "publish",
    "withdrawal": "withdraw",
    "death": "die",
    "killing": "kill",
    "execution": "execute",
    "release": "release",
    "exchange": "exchange",
    "visit": "visit",
    "mission": "visit",
    "invasion": "invade",
    "arrest": "arrest",
    "vote": "vote",
    "election": "elect",
    "decision": "decide",
    "ratification": "ratify",
    "denunciation": "denounce",
    "exhumation": "exhume",
    "rally": "rally",
    "meeting": "meet",
    "attack": "strike",  # "the attack on the plant" is the drones' strike on it
    "strike": "strike",
    "walkout": "strike",
    "stoppage": "strike",
    "inspection": "inspect",
    "evacuation": "flee",
    "closure": "close",
    "wait": "wait",  # "the average wait was 11.4 days" / "patients waited 11 days"
    "opening": "open",
    "launch": "introduce",
    "collapse": "collapse",
    "explosion": "explode",
    "purchase": "buy",
    "acquisition": "buy",
    "construction": "build",
    "founding": "found",
    "completion": "complete",
    "discovery": "discover",
    "landing": "land",
    "arrival": "arrive",
    "departure": "leave",
    "resignation": "resign",
    "appointment": "appoint",
    "ruling": "rule",
    "sentencing": "sentence",
    "agreement": "agree",
    "derailment": "derail",
    "crash": "crash",
    "eruption": "start",
    "outbreak": "start",
}

# Verbs news uses for one happening, mapped to one name, so "the Senate cleared the
# bill" and "senators approved it" share an event. Kept to verbs that mean the same
# act in any story; verbs for different acts ("approve" and "sign", "arrest" and
# "charge", "die" and "execute") stay apart, because that difference is a fact.
EVENT_SYNONYMS = {
    **dict.fromkeys("pass clear adopt ratify endorse back greenlight vote".split(), "approve"),
    **dict.fromkeys("enact".split(), "sign"),
    **dict.fromkeys("acquire purchase order".split(), "buy"),
    **dict.fromkeys("perish kill".split(), "die"),
    **dict.fromkeys("hit jolt rock shake".split(), "strike"),
    **dict.fromkeys("erupt ignite spark".split(), "start"),
    **dict.fromkeys("finalize finalise seal finish".split(), "complete"),
    # A place, service or road that closes is shut ("the ward closes on March 31", "the
    # closure of the pier"); a deal that closes is completed (IDIOMS).
    **dict.fromkeys("close".split(), "shut"),
    **dict.fromkeys("require".split(), "need"),  # "27 required hospital care"
    **dict.fromkeys("rip".split(), "tear"),  # "a blast ripped through" / "tore through"
    **dict.fromkeys("swear inaugurate".split(), "take office"),
    **dict.fromkeys("detain apprehend".split(), "arrest"),
    **dict.fromkeys("indict".split(), "charge"),
    **dict.fromkeys("free publish".split(), "release"),  # a prisoner, or a report
    **dict.fromkeys("unveil launch".split(), "introduce"),
    **dict.fromkeys("begin commence kick".split(), "start"),
    **dict.fromkeys("resume".split(), "return"),
    **dict.fromkeys("assemble march demonstrate".split(), "gather"),  # a crowd's act
    **dict.fromkeys("pledge vow".split(), "promise"),  # "pledged €54 million" / "promised"
    **dict.fromkeys("abandon quit".split(), "withdraw"),  # "abandoned the race"
    **dict.fromkeys("elect secure clinch beat".split(), "win"),  # "beat Stenwick by three lengths"
    **dict.fromkeys("wound hurt".split(), "injure"),
    **dict.fromkeys("scrap axe scrub".split(), "cancel"),
    **dict.fromkeys("siphon steal misappropriate".split(), "embezzle"),
    **dict.fromkeys("displace evacuate".split(), "flee"),
    **dict.fromkeys("reduce lower slash trim shed eliminate".split(), "cut"),
    **dict.fromkeys("log register list tally".split(), "record"),
    **dict.fromkeys("overturn".split(), "capsize"),
    **dict.fromkeys("capture".split(), "seize"),
    **dict.fromkeys("jail imprison".split(), "sentence"),
    # Money changing hands, from either side: a price is one fact whoever states it.
    **dict.fromkeys("sell fetch auction".split(), "buy"),
    **dict.fromkeys(
        """give award hand provide allocate allot disburse spend invest
        fund finance bankroll subsidize subsidise earmark""".split(),
        "pay",
    ),
    # A share given towards a thing is not what the thing costs: "will contribute £7.4
    # million" / "expected to cost £9.1 million in total" (EVENT_KIN makes each one act
    # with paying: "will spend £4 million" / "the scheme will cost £4 million").
    **dict.fromkeys("contribute donate grant".split(), "contribute"),
    "cost": "cost",  # its own act (listed so "the cost" is known as an act's noun)
    **dict.fromkeys("get collect earn pocket obtain garner accept draw attract".split(), "receive"),
    # A quantity made to go up ("raised the levy by 3%" / "lifted it by 3%"); a verb that
    # only states a level ("rose to 34") names no event at all (LEVEL_VERBS).
    **dict.fromkeys("lift hike boost".split(), "raise"),
    **dict.fromkeys("lose".split(), "cut"),
    **dict.fromkeys("sink founder".split(), "capsize"),
    **dict.fromkeys("leak discharge".split(), "spill"),
    **dict.fromkeys("detect identify diagnose document".split(), "record"),
    **dict.fromkeys("strand".split(), "trap"),
    **dict.fromkeys("limit".split(), "cap"),
    **dict.fromkeys("escape".split(), "flee"),
    **dict.fromkeys("slam batter pound lash attack".split(), "strike"),
    **dict.fromkeys("raze level flatten gut burn scorch char".split(), "destroy"),
    **dict.fromkeys("rob loot".split(), "embezzle"),
    **dict.fromkeys("penalize penalise".split(), "fine"),
    **dict.fromkeys("prohibit outlaw".split(), "ban"),
    **dict.fromkeys("delay defer".split(), "postpone"),
    **dict.fromkeys("swap trade".split(), "exchange"),
    **dict.fromkeys("hire recruit generate".split(), "create"),
    **dict.fromkeys("manufacture assemble".split(), "produce"),
    **dict.fromkeys("relocate migrate travel".split(), "move"),
    **dict.fromkeys("inoculate immunize immunise".split(), "vaccinate"),
    **dict.fromkeys("loan".split(), "lend"),
    **dict.fromkeys("consume cull slaughter".split(), "destroy"),  # "consumed 140 homes"
    # a trial's patients; "120 rescuers were involved" / "took part"
    **dict.fromkeys("enrol enroll involve".split(), "participate"),
    **dict.fromkeys("hospitalise".split(), "hospitalize"),
    **dict.fromkeys("remove abolish".split(), "cut"),
    **dict.fromkeys("demand request ask".split(), "seek"),
    **dict.fromkeys("forecast predict anticipate".split(), "expect"),
    **dict.fromkeys("deploy dispatch".split(), "send"),
    **dict.fromkeys("save".split(), "cut"),  # "saves 3,800 tonnes" / "cuts 8,300 tonnes"
    **dict.fromkeys("construct erect".split(), "build"),
    **dict.fromkeys("establish form".split(), "found"),  # "established in 1962" / "founded"
    # an inspection's grade ("rated inadequate" / "judged inadequate"; the small model
    # lemmatizes "rated" as "rat")
    **dict.fromkeys("judge grade rat".split(), "rate"),
    **dict.fromkeys("inform".split(), "notify"),  # "informed the regulator" / "notified"
    **dict.fromkeys("table".split(), "introduce"),  # a bill "tabled" is one introduced
    **dict.fromkeys("stay".split(), "remain"),  # "will stay closed" / "remain closed"
    **dict.fromkeys("land".split(), "arrive"),  # travellers "landed" / "arrived"
    **dict.fromkeys("attend".split(), "send"),  # "15 engines were sent" / "12 attended"
    **dict.fromkeys("halt".split(), "suspend"),  # "halted forward sales" / "suspended"
    **dict.fromkeys("spot locate uncover unearth".split(), "discover"),  # a wreck, a crack
    **dict.fromkeys("topple".split(), "collapse"),
    **dict.fromkeys("recapture".split(), "catch"),
    **dict.fromkeys("budget".split(), "cost"),  # "budgeted at £5.8 million" / "will cost"
}

# Words that make a sentence speak of a vote, whatever its verb ("The tally was 32 in
# favour", "voted 5-4"): where "116-140" is a tally's two sides (extract.numbers) and a
# count is one side of a vote (extract.context).
VOTE_WORDS = r"\b(?:vot(?:e|es|ed|ing)|tally|ballot)\b"

# Common nouns for who acts (people, roles, bodies): a date's subject with such a head is
# an actor, and two actors with different names did two things ("the senate approved
# on Tuesday" / "the committee approved on Monday"). A subject of another head is what
# the act was done to or what happened ("the ban cleared parliament", "the unrest broke
# out"): two names for it may be one thing.
AGENT_NOUNS = frozenset(
    """
    people person man woman men women child children official officer minister president
    premier chancellor governor mayor senator lawmaker legislator deputy mp councillor
    councilor judge court prosecutor lawyer attorney police spokesman spokeswoman
    spokesperson director chief executive ceo chairman chairwoman chair leader king queen
    army military troop soldier force rebel militant union worker nurse doctor teacher
    student resident voter shareholder investor buyer seller bidder company firm bank
    government ministry department agency authority regulator commission committee council
    parliament assembly senate house congress legislature board cabinet party coalition
    opposition administration state city county municipality club team player coach
    federation league organization organisation group airline operator owner developer
    manufacturer insurer investigator inspector researcher scientist crew rescuer
    firefighter official staff employee member delegate negotiator mediator
    """.split()
)

# Titles a parser tags as part of a name ("Senator Ana Marin"): not who acts.
TITLE_WORDS = frozenset(
    """
    mr mrs ms dr sir dame lord lady president vice prime minister chancellor premier
    governor mayor senator sen representative rep congressman congresswoman councilman
    councilwoman councillor councilor judge justice chief general gen colonel col captain
    capt sergeant sgt officer commissioner secretary ambassador king queen prince princess
    pope bishop archbishop father sister professor prof coach chairman chairwoman ceo
    """.split()
)

# Events that are one happening seen from two sides. A transfer has two parties, so one
# party on both sides is two facts ("the county spent $12 million" / "the county received
# $9 million"): "Norden will pay $38.50 a share" / "shareholders will receive $38.50";
# "the regulator fined it £9.8 million" / "it must pay £9.8 million"; "the city will charge
# visitors €3" / "visitors will pay €3";
# "sentenced to nine years" / "received nine years"; "the court imposed a $2 million
# fine" / "the firm will pay it"; "agreed to buy it for $12.5 billion" / "will pay $12.5
# billion".
TRANSFERS = frozenset(
    frozenset(pair.split("/"))
    for pair in """pay/receive contribute/receive sentence/receive impose/pay buy/pay fine/pay
    charge/pay""".split()
)
# The act of a rule, a rate or a change taking effect: "comes into force on April 1",
# "takes effect on 1 April", "will rise to €189 from April 1".
ENTER_INTO_FORCE = "enter into force"
# An event's taking place: "will now take place on 13 September", and the day a
# postponement moves it to ("postponed to September 13").
HAPPEN = "happen"
# The verb of a thing's origin: "the bandstand dates from 1896" says only when it came
# to be (built, founded, opened or made, whichever another source tells): kin to each.
ORIGIN = "date"
# Other kin are one party's act: "won with 53% of the vote" / "received 53%" (the loser
# receives votes too: two named actors stay two facts); "fined the bank £9.8 million" /
# "imposed a £9.8 million fine"; "will cost £4 million" / "will spend £4 million". A
# relation between two events only: paying and winning are not one act, nor are a
# contribution and a cost.
EVENT_KIN = TRANSFERS | {
    *(frozenset((ORIGIN, origin)) for origin in "build found open make".split()),
    frozenset(("win", "receive")),
    frozenset(("fine", "impose")),
    frozenset(("cost", "pay")),
    frozenset(("contribute", "pay")),
}


# Acts that are steps of one process, each with its own count of one noun: "sought €4
# million" / "was awarded €1.35 million", "40 homes approved" / "25 built", "12 arrested"
# / "three charged". Two articles each counting a noun once by two different ones of
# these count two things, not one told two ways (identity `_counted_once_each`).
STAGE_EVENTS = frozenset(
    """
    die injure hospitalize treat flee rescue trap infect vaccinate test confirm recover
    arrest charge convict sentence acquit release seek propose plan expect promise apply
    offer accept approve reject abstain sign cancel cut create raise build open close complete
    start end buy pay cost contribute receive win inspect examine check screen replace
    repair owe repay
    """.split()
)


# A contribution is paid: its noun names paying ("£640,000 in funding" / "provided"),
# and a payment's noun names contributing ("a £600 million grant" / "contribute").
NAMED_KIN = frozenset({frozenset(("contribute", "pay"))})


# Nouns whose verb is another act: "7.9% of pay" is of a wage, not of a paying.
NOUNS_OF_NO_ACT = frozenset({"pay"})


def events_named_by(word: str) -> set[str]:
    """The events a word of a measure names: the word as a verb ("the cost" → "cost"),
    or the verb of an event noun ("the death toll" → "die")."""
    if word in NOUNS_OF_NO_ACT:
        return set()
    names = {word, NOMINAL_EVENTS.get(word, word)}
    return {EVENT_SYNONYMS.get(name, name) for name in names}


def event_kin(event: str) -> set[str]:
    """The event and those that are one happening with it (EVENT_KIN)."""
    return {event, *(other for pair in EVENT_KIN if event in pair for other in pair)}


# Two sides of one transfer that happen at different times: a fine is imposed on one day
# and paid on another, so their dates are not one fact (their sums are); a purchase is
# agreed on one day and paid on others. A fee is paid when it is charged.
SUCCESSIVE_SIDES = frozenset(
    frozenset(pair.split("/")) for pair in "fine/pay impose/pay buy/pay".split()
)


def same_event(a: str, b: str, *, when: bool = False) -> bool:
    """Whether two event names (after EVENT_SYNONYMS) name one happening (`when`: for
    dating it, where SUCCESSIVE_SIDES are two)."""
    pair = frozenset((a, b))
    return a == b or (pair in EVENT_KIN and not (when and pair in SUCCESSIVE_SIDES))


# Verbs whose subject gives a figure rather than acts ("officials put the cost at
# $118 million"): the subject is a source, not the actor of the counted event.
ESTIMATE_VERBS = frozenset("put place peg estimate set fix".split())

# Verbs that hold or have a figure rather than do something to it ("the bank will
# operate 412 branches", "the total is 2,350"): for a figure they name no event.
STATIVE_VERBS = frozenset(
    "be have operate employ include contain count serve represent own run remain stay".split()
)

# Nouns news uses for one measure, mapped to one word in keys ("net income" is
# "net profit"; "participation" in a vote is its "turnout").
MEASURE_SYNONYMS = {
    "income": "profit",
    "earnings": "profit",
    "participation": "turnout",
    "hike": "increase",
    "raise": "increase",
    "rise": "increase",
    "fatality": "death",
    "revenues": "revenue",
    "sales": "revenue",
    "inmate": "prisoner",
    "captive": "hostage",
    "firm": "company",
    "employee": "worker",
    "staff": "worker",  # "about 4,200 staff" / "4,236 workers"
    "hive": "colony",  # bees: "412 colonies destroyed" / "more than 400 hives"
    "penalty": "fine",
    "reduction": "cut",
    "crowd": "turnout",
    "traveller": "passenger",
    "traveler": "passenger",
    "pupil": "student",
    "aviator": "pilot",
    "physician": "doctor",
    "position": "job",
    "post": "job",  # "320 permanent jobs" / "230 permanent posts"
    "role": "job",
    "home": "household",
    "house": "household",  # "flooded 140 houses" / "140 households were flooded"
    "ship": "vessel",  # "129-metre vessels" / "139-metre ships"
    "boat": "vessel",
    "car": "vehicle",  # "five cars" / "seven vehicles" in one fleet
    "trip": "journey",
    "cruise": "voyage",  # "a 14-night voyage" / "a 12-night cruise"
    "infant": "baby",  # "three infants died" / "two babies"
    "newborn": "baby",
    "deficit": "shortfall",
    "gap": "shortfall",  # "a £12m funding gap" / "a shortfall of £11m"
    "hole": "shortfall",  # "a £4m hole in its budget"
    "bill": "cost",  # "a repair bill of £2m" / "repairs will cost £2.4m"
    "flat": "household",  # "1,450 flats" / "1,540 homes"
    "apartment": "household",
    "collision": "crash",
    "rider": "passenger",
    "factory": "plant",
    "transaction": "deal",
    "takeover": "deal",
    "holding": "stake",  # "a 75% holding" / "a 75% stake" in a company
    "merger": "deal",
    "acquisition": "deal",
    "negotiation": "talk",  # "47 days of talks" / "54 days of negotiations"
    "experiment": "trial",  # "a six-month trial" / "the six-month experiment"
    "departure": "flight",  # "scrapped 278 departures" / "300 flights were cancelled"
    "walkout": "strike",  # "the walkout will run for 10 days" / "the strike ... 12 days"
    "stoppage": "strike",
    "tugboat": "tug",
    "sailor": "crew",  # "its 25 sailors" / "the 23 crew members"
    "seafarer": "crew",
    "kickback": "bribe",  # "€3.4 million in bribes" / "€3.8 million in kickbacks"
    "funding": "grant",  # "a €2.4 million grant" / "€2.4m in public funding"
    "subsidy": "grant",
    "damages": "compensation",  # "€1.35 million in damages" / "£5,300 in compensation"
    "fieldwork": "excavation",  # "the excavation began in March" / "fieldwork started"
    "dig": "excavation",
    "marketing": "advertising",  # "spends €200 million on marketing" / "on advertising"
    "scientist": "researcher",  # "a team of 38 researchers" / "38 scientists"
    "workforce": "worker",  # "a workforce of 420" / "employs 420 workers"
    "detour": "diversion",  # "a 14-mile diversion" / "a 12-mile detour"
    "stretch": "section",  # "a 45-metre stretch of the pier" / "a 40-metre section"
    "refurbishment": "renovation",  # "the refurbishment cost €160m" / "a €148m renovation"
    "purse": "prize",  # "the award carries a €40,000 purse" / "takes home a €50,000 prize"
    # qualifiers news uses interchangeably, so they do not tell two things apart:
    # "the original / initial budget", "world / global rice exports", "fresh / new
    # snow", "the old / previous record", "an improved / revised offer"
    "initial": "original",
    **dict.fromkeys("global worldwide".split(), "world"),
    "fresh": "new",
    **dict.fromkeys("previous former".split(), "old"),
    **dict.fromkeys("improved improve revise sweetened sweeten".split(), "revised"),
    # a figure told against the stated one ("the real cost would be closer to 4 billion",
    # "the full bill"): one word, which `identity` sets apart from a plain measure
    "true": "real",
    "actual": "real",
    "hidden": "real",
    "full": "real",
}

# Phrases news uses for one measure, as key words ("a $421 million spending plan" is a
# budget): folded after MEASURE_SYNONYMS.
PHRASE_SYNONYMS = {
    ("spending", "plan"): ("budget",),
    # a central bank's rate, by any of its news names
    ("key", "rate"): ("policy", "rate"),
    ("benchmark", "rate"): ("policy", "rate"),
    ("key", "interest", "rate"): ("policy", "rate"),
    ("benchmark", "interest", "rate"): ("policy", "rate"),
    ("jobless", "rate"): ("unemployment", "rate"),
    ("death", "count"): ("death", "toll"),
    ("legal", "battle"): ("dispute",),  # "a two-year legal battle" / "a three-year dispute"
    ("crew", "member"): ("crew",),
    ("price", "tag"): ("cost",),  # "put the mission's price tag at" / "the mission cost"
    ("fire", "engine"): ("appliance",),  # "12 fire engines" / "a dozen appliances"
    ("fire", "truck"): ("appliance",),
    ("guide", "price"): ("guide",),  # an auction's "guide price of £650,000" / "a guide of"
    ("prize", "money"): ("prize",),  # "prize money of €35,000" / "a €30,000 prize"
}

# Measured nouns that say nothing about what is counted ("120 people" may be any
# population): left out of keys, so they neither match nor rule out a measure.
GENERIC_MEASURES = frozenset("people person individual one thing number figure total".split())
# Nouns for a body of things of one kind: "a fleet of nine tugs" is nine tugs, so the
# fleet is not a holder that tells the figure apart from "11 tugboats" (the body's own
# size, "a crew of 22", is no figure of another noun).
COLLECTIVE_NOUNS = frozenset(
    "fleet team crew group squad convoy flotilla herd flock pack batch contingent".split()
)
# Nouns that point back at the story's act ("the change will save ...", "the move would
# cost ..."): as a figure's subject they say nothing of what the figure is.
ANAPHORIC_NOUNS = frozenset("change move step measure".split())

# Nouns that are a figure's unit, not what it measures ("41 percent of the vote").
# Nouns of a change in a level: "a 19 per cent slide in pre-tax profit" is the share
# by which profit fell, told the way "pre-tax profit fell 19%" tells it.
CHANGE_NOUNS = frozenset(
    "rise increase hike fall drop slide decline dip jump surge climb plunge slump growth".split()
)

UNIT_NOUNS = frozenset(
    """
    percent percentage per cent point dollar euro pound yen rouble ruble franc
    number total tally count
    """.split()
)

# Heads of place names, shared by many places ("Kell County", "Dorran County"): not
# what tells two places apart.
PLACE_HEADS = frozenset(
    """
    county city town village province state region district country oblast area
    republic island valley river lake street square
    """.split()
)

# Prepositions that place a clause ("in Kell County", "across the province").
PLACE_PREPOSITIONS = frozenset("in at across throughout near inside outside to into from".split())

# Words that exclude each other as qualifiers of one thing: "the second quarter"
# is not "the third quarter", the upper house not the lower one. Two claims whose
# keys hold different words of one set (and none in common) are different facts.
# Ordinals: on one side only they still mark a different thing ("a second bus").
ORDINALS = frozenset("first second third fourth fifth sixth final".split())

# Words that say "not the one just named" ("a separate 4.5% rise"): within one
# article, a different thing from the figure before.
OTHER_THAN = frozenset("separate different".split())
# Words that name another party than the story's own ("Rival Aerlinea Corsa levies a
# €110 surcharge"): its figure is never the story's subject's.
RIVALS = frozenset("rival competitor".split())

# Modals that make a figure a possibility, not a statement ("suppliers could shed another
# 400 jobs"): it never contradicts a figure stated as fact.
POSSIBILITY_MODALS = frozenset("could might may".split())
CONTRASTS = (
    ORDINALS,
    frozenset("upper lower".split()),
    frozenset("senate house".split()),
    frozenset("federal state local municipal provincial".split()),
    frozenset("domestic foreign".split()),
    frozenset("favor favour against".split()),
    frozenset("annual monthly weekly daily quarterly".split()),
    frozenset("minimum maximum".split()),
    frozenset("inside outside indoor outdoor".split()),  # "outside temperatures reached 38C"
    frozenset({"real"}),  # only ever one-sided: "the real cost" against "the cost"
    # a level things are measured against, not one they reached: "paid at the standard 16%
    # sugar content" against "a sugar content of 17.8%"
    frozenset({"standard", "benchmark"}),
)

# How far a state went, folded to one word per degree: "31% of reefs were severely
# bleached" counts a part of "64% showed bleaching"; "seriously injured" is not "injured".
DEGREES = {
    **dict.fromkeys(
        "severe severely serious seriously critical critically badly heavily gravely".split(),
        "severe",
    ),
    **dict.fromkeys("slight slightly lightly mild mildly minor".split(), "slight"),
    **dict.fromkeys("partial partially partly".split(), "partial"),
    **dict.fromkeys("fully completely totally entirely".split(), "full"),
}
DEGREE_WORDS = frozenset(DEGREES.values())

# Every word of the contrast sets, for a quick test of whether a key holds one.
CONTRAST_WORDS = frozenset().union(*CONTRASTS)

# A figure's time stamp that is a calendar date ("2025", "2025-03", "2025-03-14"), as
# against an undated step (UNDATED_STEPS).
CALENDAR_STAMP = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")

# Places that can be put into service: "the plant was commissioned in 1982" opens it.
FACILITIES = """depot plant factory mill mine school station hospital clinic branch office
store shop museum library airport port bridge road line""".split()

# What is completed when it "closes" (IDIOMS).
DEALS = """deal sale purchase acquisition takeover transaction merger agreement contract
round offering""".split()

# Spans of time a verb can spend: "spent the weekend at the rest centre" is a stay.
TIME_SPANS = frozenset("night day weekend week month year hour time".split())

# Verb + object idioms that name a simpler event ("lost their lives" is "died").
IDIOMS = {
    # a sale that closes is completed, not shut: "the takeover closed on March 3"
    **{("close", deal): "complete" for deal in DEALS},
    # a plant commissioned is put into service (not "commissioned a report")
    **{("commission", facility): "open" for facility in FACILITIES},
    ("lose", "life"): "die",
    ("make", "redundant"): "cut",  # "86 staff were made redundant" / "lost their jobs"
    ("take", "life"): "kill",
    ("take", "part"): "participate",
    ("call", "for"): "seek",  # "called on the government for €5 million in aid"
    # a command, not a purchase: "ordered four diplomats to leave", "ordering out three"
    ("order", "out"): "expel",
    ("order", "leave"): "expel",
    ("order", "depart"): "expel",
    ("order", "home"): "flee",  # "ordered from their homes": an evacuation
    ("order", "evacuate"): "flee",
    ("take", "place"): HAPPEN,
    ("put", "signature"): "sign",
    ("put", "name"): "sign",
    ("give", "birth"): "bear",
    ("come", "force"): ENTER_INTO_FORCE,
    ("enter", "force"): ENTER_INTO_FORCE,
    ("take", "effect"): ENTER_INTO_FORCE,
    ("go", "effect"): ENTER_INTO_FORCE,
    ("come", "effect"): ENTER_INTO_FORCE,
    ("win", "approval"): "approve",
    ("receive", "approval"): "approve",
    ("get", "approval"): "approve",
    ("gain", "approval"): "approve",
    ("give", "approval"): "approve",
    # leave to do something, not money: "planning permission was granted for a block"
    **{("grant", leave): "approve" for leave in "permission consent approval licence".split()},
    ("take", "office"): "take office",
    ("set", "up"): "found",  # "the dairy was set up in 1968" / "founded in 1962"
    ("break", "out"): "start",
    ("claim", "life"): "die",
    ("leave", "dead"): "die",
    ("take", "over"): "buy",
    ("make", "landfall"): "strike",  # a storm that "made landfall" is one that "struck"
    ("come", "ashore"): "strike",
    ("shoot", "down"): "intercept",
    ("come", "track"): "derail",  # "came off the tracks"
    ("leave", "track"): "derail",
    ("jump", "track"): "derail",
    ("walk", "out"): "strike",
    ("walk", "off"): "strike",
    ("reach", "deal"): "agree",
    ("reach", "agreement"): "agree",
    ("strike", "deal"): "agree",
    ("strike", "agreement"): "agree",
    ("sign", "deal"): "agree",
    ("call", "off"): "cancel",
    ("claw", "back"): "recover",  # "clawed back £230,000" / "recovered £310,000"
    ("tip", "scale"): "weigh",  # "the twin tipped the scales at 130 grams"
    ("turn", "out"): "produce",  # "the mine turned out 1.8 million tonnes"
    ("lay", "off"): "cut",
    ("touch", "down"): "land",
    ("give", "light"): "approve",  # "gave the plan the green light"
    ("give", "way"): "collapse",  # "the building gave way", not a payment
    ("come", "rail"): "derail",  # "the train came off the rails"
    ("leave", "injure"): "injure",  # "the clashes left nine officers injured"
    ("leave", "injured"): "injure",
    ("force", "out"): "withdraw",  # "eleven riders were forced out of the race"
    ("face", "fine"): "impose",  # "firms face fines of up to €500,000": fines imposed
    # a penalty given or received is one imposed, not a payment: "was handed a £4,800 fine"
    **{(verb, "fine"): "fine" for verb in "hand give issue receive get".split()},
    ("face", "penalty"): "impose",
    ("name", "winner"): "win",  # "was named winner of the prize"
    ("declare", "winner"): "win",
    ("carry", "motion"): "approve",  # "the motion was carried 187 to 95"
    ("carry", "resolution"): "approve",
    ("send", "prison"): "sentence",
    ("go", "for"): "buy",  # "the painting went for $48 million"
    ("pay", "for"): "pay",
    ("go", "down"): "capsize",
    ("lift", "off"): "introduce",
    ("blast", "off"): "introduce",
    ("find", "guilty"): "convict",
    ("push", "back"): "postpone",
    ("phase", "out"): "cut",
    ("leave", "without"): "cut",  # "left 1.9 million households without power"
    ("ground", "flight"): "cancel",  # flights grounded are flights cancelled ...
    ("ground", "plane"): "cancel",
    ("ground", "aircraft"): "cancel",
    ("run", "aground"): "ground",  # ... a ship grounded is one run aground
    ("go", "up"): "raise",
    ("bring", "in"): "raise",  # a levy "brought in $2.31 billion" / "raised $2.3bn"
    ("go", "service"): "introduce",  # "went into service in 2014"
    ("enter", "service"): "introduce",
    ("put", "off"): "postpone",
    ("send", "jail"): "sentence",
    ("flee", "home"): "flee",
    ("apply", "from"): ENTER_INTO_FORCE,  # "the cap applies from April 1"
    ("apply", "to"): "cover",  # "the deal applies to 935 staff" / "covers 935 staff"
    ("take", "home"): "receive",  # "winners take home €20,000"
}

# Verbs that only count what happened: "11 deaths were recorded" tells of dying, and
# meets "23 people had died" (after EVENT_SYNONYMS).
RECORDING_EVENTS = frozenset("record confirm count".split())

# Function words dropped from keys (spaCy's is_stop is too eager: it drops
# "first", "last", "former", which decide identity), and "affairs", a filler in
# institution names ("Ministry of Foreign Affairs" is the "Foreign Ministry").
KEY_STOP_WORDS = frozenset(
    """
    a an the this that these those its it their his her our your my of for to in on at by
    with from as and or but about into over than then also which who whom whose what when
    where there here be have do will would can could may might shall should must not no
    some any all each every such own same other another more most very just only so
    s 's ’s affairs
    """.split()
)

# Words that mark a figure as time-stamped ("as of May", "by the end of 2023"),
# which turns two different values into an update rather than a conflict.
AS_OF_MARKERS = ("as of", "by the end of", "so far", "to date", "as at")

# A figure from a count still under way ("with 92% of ballots counted", "preliminary
# results"): its `time_ref` is PROVISIONAL, and a later figure is an update to it.
PROVISIONAL = "provisional"

# A level told as the present one ("starting salaries, currently €35,200, will rise"):
# its `time_ref` is CURRENT, and a figure without one (the level after the change) is
# an update to it, not a contradiction.
CURRENT = "current"
# The markers that are no date: each makes a figure an earlier step of an update.
UNDATED_STEPS = frozenset({PROVISIONAL, CURRENT})
CURRENT_ADVERBS = frozenset("currently presently now".split())

# Words that make a claim about an earlier occurrence or version of a thing: "the
# volcano last erupted in 1974", "the original plans envisaged 450 beds". Two values,
# one of them earlier, are history, not a contradiction. An act done "separately" ("the
# operator was separately fined £180,000") is another occurrence, not the story's.
EARLIER_ADVERBS = frozenset("last previously formerly originally initially once separately".split())
# ("former" is left out: "former mayor Lucía Barrios won" is a title, not an earlier win.)
EARLIER_ADJECTIVES = frozenset("original initial previous prior earlier last old".split())
PROVISIONAL_MARKERS = re.compile(
    r"\b(?:preliminary|provisional|partial\s+(?:results|count|returns|tally)"
    r"|early\s+(?:results|returns|count)"
    # a share of the count, not a number of ballots: "with 92% of ballots counted"
    r"|with\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|most|some|half|nearly\s+all"
    r"|almost\s+all|about\s+half|a\s+(?:third|quarter|fraction))\s+of\s+[^.;]{0,30}?"
    r"\b(?:counted|reporting|tallied|in))\b"
)


# Nouns that number what they name in lower case too ("category 1 calls", "phase 2",
# "tier 3 restrictions"): the number is a label, not a count. Kept to words after which
# a number is not read as a count ("this season 12 players left" is one).
LOWER_CASE_LABELS = frozenset(
    "category phase tier grade platform gate terminal chapter section article paragraph "
    "clause episode route".split()
)
