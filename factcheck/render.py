"""The terminal report (rich): summary, conflicts side by side, agreements, single counts.

The console is injected so tests can render to a string.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .compare import describe
from .explain import PairExplanation
from .export import summary
from .models import Claim, Cluster, Document, Report, Verdict

_STYLE = {Verdict.CONFLICT: "bold red", Verdict.COMPATIBLE: "yellow", Verdict.AGREE: "green"}
_SENTENCE_CHARS = 110


def render_report(report: Report, console: Console, *, show_agreements: bool = True) -> None:
    """Print the whole report: summary line, conflicts, agreements, singles, documents."""
    claims = {c.id: c for c in report.claims}
    documents = {d.id: d for d in report.documents}
    console.print(_summary_line(report))
    for verdict, title in (
        (Verdict.CONFLICT, "Conflicts"),
        (Verdict.COMPATIBLE, "Compatible"),
        (Verdict.AGREE, "Agreements"),
    ):
        clusters = [c for c in report.clusters if c.verdict == verdict]
        if not clusters or (verdict != Verdict.CONFLICT and not show_agreements):
            continue
        console.print()
        console.rule(f"[{_STYLE[verdict]}]{title} ({len(clusters)})")
        for cluster in clusters:
            panel = _cluster_panel(cluster, claims, documents)
            suppression = report.suppression(cluster.id)
            if suppression is not None:  # shown, but it does not fail the run
                reason = suppression.reason or "no reason given"
                panel.subtitle = escape(f"suppressed by {suppression.kind}: {reason}")
                panel.subtitle_align = "left"
            console.print(panel)
    _print_checks(report, console)
    console.print()
    console.print(_singles_line(report, claims))
    console.print(_documents_table(report.documents))
    if report.diagnostics:
        console.print(f"[yellow]{len(report.diagnostics)} input problem(s):[/yellow]")
        for diagnostic in report.diagnostics:
            console.print(f"  {escape(str(diagnostic))}", highlight=False)


def _summary_line(report: Report) -> Text:
    s = summary(report)
    text = Text(f"{s['documents']} documents, {s['claims']} claims: ")
    text.append(f"{s['conflict']} conflicts", style="bold red" if s["conflict"] else "bold green")
    if s["suppressed"]:
        text.append(f" ({s['suppressed']} suppressed)")
    text.append(
        f", {s['compatible']} compatible, {s['agree']} agreements, {s['single']} stated once"
    )
    return text


def _cluster_panel(
    cluster: Cluster, claims: dict[str, Claim], documents: dict[str, Document]
) -> Panel:
    """One fact: the explanation, then each claim's value and place, with its sentence beneath."""
    table = Table(box=None, show_header=False, pad_edge=False, expand=True)
    table.add_column("value", no_wrap=True, style="bold")
    table.add_column("claim", ratio=1)
    for claim_id in cluster.claims:
        claim = claims[claim_id]
        doc = documents.get(claim.doc)
        where = Text(f"{claim.doc}:{claim.line}", style="cyan")
        where.append(f"  {doc.source}" if doc and doc.source else "")
        if claim.attribution:
            where.append(f" · according to {claim.attribution}", style="italic")
        table.add_row(describe(claim), Group(where, _snippet(claim)))
    title = (
        f"[{_STYLE[cluster.verdict]}]{cluster.id} {cluster.verdict}[/] · {escape(cluster.label)}"
    )
    body = Group(Text(cluster.explanation, style="dim"), table)
    return Panel(body, title=title, title_align="left", border_style=_STYLE[cluster.verdict])


def _snippet(claim: Claim) -> Text:
    """The claim's sentence, cut around the claim, with the claim highlighted."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return Text(sentence[:_SENTENCE_CHARS])
    left = max(0, at - (_SENTENCE_CHARS - len(claim.text)) // 2)
    right = min(len(sentence), left + _SENTENCE_CHARS)
    text = Text("  " + ("…" if left else ""), style="dim")
    text.append(sentence[left:at])
    text.append(claim.text, style="bold not dim")
    text.append(sentence[at + len(claim.text) : right])
    if right < len(sentence):
        text.append("…")
    text.no_wrap, text.overflow = True, "ellipsis"
    return text


def _singles_line(report: Report, claims: dict[str, Claim]) -> str:
    singles = [claims[c.claims[0]] for c in report.clusters if c.verdict == Verdict.SINGLE]
    by_kind = Counter(str(c.kind) for c in singles)
    parts = ", ".join(f"{n} {kind}" for kind, n in sorted(by_kind.items()))
    return f"Stated by one claim only: {len(singles)}" + (f" ({parts})" if parts else "")


def _documents_table(documents: tuple[Document, ...]) -> Table:
    table = Table(title="Documents", title_justify="left", box=None, header_style="bold")
    table.add_column("document")
    table.add_column("source")
    table.add_column("date")
    table.add_column("date from")
    for doc in documents:
        date = doc.date.isoformat() if doc.date else "unknown"
        table.add_row(doc.id, doc.source or "", date, str(doc.date_source))
    return table


def render_claims(claims: list[Claim], console: Console) -> None:
    """A table of extracted claims, for `factcheck extract` in a terminal."""
    table = Table(box=None, header_style="bold")
    for column in ("id", "where", "kind", "as written", "value", "measure", "attribution"):
        table.add_column(column)
    for c in claims:
        table.add_row(
            c.id,
            f"{c.doc}:{c.line}",
            str(c.kind),
            c.text,
            describe(c),
            c.measure or "",
            c.attribution or "",
        )
    console.print(table)


def render_pair(explained: PairExplanation, console: Console) -> None:
    """`factcheck explain c12,c40`: the two claims, their groups, why they are (not) one fact."""
    table = Table(title="Claims", title_justify="left", expand=True)
    for column in ("claim", "cluster", "where", "text", "value", "key"):
        table.add_column(column, overflow="fold")
    for claim, cluster_id in zip(explained.claims, explained.clusters, strict=True):
        table.add_row(
            claim.id,
            cluster_id,
            f"{claim.doc}:{claim.line}",
            claim.text,
            describe(claim),
            _key_text(claim),
        )
    console.print(table)
    first, second = explained.clusters
    where = f"both in {first}" if first == second else f"in {first} and {second}"
    console.print(f"{where}; {escape(explained.reason)}", highlight=False)
    if explained.blocked_by is not None:
        member, other, rule = explained.blocked_by
        console.print(
            f"they stay apart because {member} (in {first}) and {other} (in {second}) "
            f"are kept apart: {escape(rule)}",
            highlight=False,
        )
    elif explained.linkable and first != second:
        console.print(
            "they were never compared: they share no word that alignment looks them up by "
            "(or the value is given by too many claims to link on its own)",
            highlight=False,
        )


def render_explanation(report: Report, cluster: Cluster, console: Console) -> None:
    """`factcheck explain`: the cluster's claims with their keys, its links, its verdict."""
    claims = {c.id: c for c in report.claims}
    readings = {r.claim: r for r in cluster.readings}
    style = _STYLE.get(cluster.verdict, "")
    console.print(Text.assemble((f"{cluster.id} {cluster.verdict}", style), f" · {cluster.label}"))
    console.print(f"verdict: {escape(cluster.explanation)}", highlight=False)
    suppression = report.suppression(cluster.id)
    if suppression is not None:
        reason = suppression.reason or "no reason given"
        console.print(f"suppressed by {suppression.kind}: {escape(reason)}", highlight=False)
    table = Table(title="Claims", title_justify="left", expand=True)
    for column in ("claim", "where", "text", "value as compared", "key"):
        table.add_column(column, overflow="fold")
    for claim_id in cluster.claims:
        claim = claims[claim_id]
        reading = readings.get(claim_id)
        compared = f"{reading.value}\n{reading.interval}" if reading else ""
        if reading and reading.time_ref:
            compared += f"\nas of {reading.time_ref}"
        mark = " *" if claim_id in cluster.decisive else ""
        table.add_row(
            claim_id + mark,
            f"{claim.doc}:{claim.line}",
            claim.text,
            compared,
            _key_text(claim),
        )
    console.print(table)
    if cluster.decisive:
        console.print("* decided the verdict", style="dim")
    if cluster.links:
        console.print("Grouped by:")
        for link in cluster.links:
            a, b = link.claims
            console.print(
                f"  {a} ~ {b} (score {link.score:.0f}): {escape(link.reason)}", highlight=False
            )
    else:
        console.print(f"Grouped by: {escape(cluster.grouping)}", highlight=False)


def _key_text(claim: Claim) -> str:
    key = claim.key
    parts = [
        ("measure", " ".join(key.measure)),
        ("event", key.event or ""),
        ("args", " ".join(key.event_args)),
        ("subjects", " ".join(key.subjects)),
        ("places", " ".join(key.places)),
        ("per", key.per or ""),
        ("as of", key.time_ref or ""),
        ("negated", "yes" if key.negated else ""),
    ]
    return "\n".join(f"{name}: {value}" for name, value in parts if value)


def _print_checks(report: Report, console: Console) -> None:
    """Each sentence's own arithmetic ("140 times more than ..."), off-beyond-rounding first."""
    if not report.checks:
        return
    console.print()
    console.rule("Arithmetic within sentences")
    for check in sorted(report.checks, key=lambda c: c.consistent):
        style = "green" if check.consistent else "bold red"
        mark = "ok" if check.consistent else "off"
        console.print(
            Text.assemble((f"{check.id} {mark}", style), f"  {check.doc}:{check.line}  "),
            escape(check.explanation),
            highlight=False,
        )
