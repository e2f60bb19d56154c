"""Machine formats: JSON, JSONL, CSV and Markdown renderings of claims and reports.

Every function returns a string; writing it (atomically) is the CLI's job.
Output is deterministic: records are already sorted and keys keep a fixed order.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Sequence
from typing import Any

from .compare import describe
from .explain import PairExplanation
from .gcpause import gc_paused
from .models import (
    Check,
    Claim,
    Cluster,
    DateValue,
    Document,
    Quantity,
    Report,
    Suppression,
    Verdict,
)

SCHEMA_VERSION = "1.0"

# OWASP: a spreadsheet treats a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def number(x: float | None) -> int | float | None:
    """JSON-friendly number: integral values as int, non-finite as None."""
    if x is None or not math.isfinite(x):
        return None
    return int(x) if x == int(x) and abs(x) < 2**63 else x


def value_dict(value: DateValue | Quantity) -> dict[str, Any]:
    """The SPEC `value` object of a claim, plus how it was obtained."""
    if isinstance(value, DateValue):
        return {
            "timex": value.timex,
            "start": value.start.isoformat() if value.start else None,
            "end": value.end.isoformat() if value.end else None,
            "granularity": str(value.granularity) if value.granularity else None,
            "approx": value.approx,
            "mod": value.mod,
            "rule": value.rule,
            "anchor": value.anchor.isoformat() if value.anchor else None,
        }
    return {
        "low": number(value.low),
        "high": number(value.high),
        "unit": value.unit,
        "approx": value.approx,
        "low_inclusive": value.low_inclusive,
        "high_inclusive": value.high_inclusive,
        "rule": value.rule,
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    """A claim as SPEC's JSON object (with its alignment key as an extra field)."""
    key = claim.key
    return {
        "id": claim.id,
        "doc": claim.doc,
        "kind": str(claim.kind),
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "line": claim.line,
        "sentence": claim.sentence,
        "value": value_dict(claim.value),
        "measure": claim.measure,
        "event": claim.event,
        "attribution": claim.attribution,
        "key": {
            "measure": list(key.measure),
            "measure_head": key.measure_head,
            "event": key.event,
            "event_args": list(key.event_args),
            "subjects": list(key.subjects),
            "negated": key.negated,
            "time_ref": key.time_ref,
            "act_date": key.act_date,
            "places": list(key.places),
            "per": key.per,
            "actors": list(key.actors),
            "hedged": key.hedged,
            "told_once": key.told_once,
            "counted_once": key.counted_once,
            "measured_once": key.measured_once,
            "earlier": key.earlier,
            "part": key.part,
            "change": key.change,
        },
    }


def document_dict(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "path": document.path,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "author": document.author,
        "date": document.date.isoformat() if document.date else None,
        "date_source": str(document.date_source),
        "date_note": document.date_note,
    }


def cluster_dict(cluster: Cluster, suppression: Suppression | None = None) -> dict[str, Any]:
    """A cluster as SPEC's JSON object; a suppressed conflict also gets `suppressed`."""
    data = {
        "id": cluster.id,
        "kind": str(cluster.kind),
        "label": cluster.label,
        "verdict": str(cluster.verdict),
        "claims": list(cluster.claims),
        "sources": cluster.sources,
        "explanation": cluster.explanation,
        "grouping": cluster.grouping,
        "evidence": evidence_dict(cluster),
    }
    if suppression is not None:
        data["suppressed"] = {"kind": str(suppression.kind), "reason": suppression.reason}
    return data


def evidence_dict(cluster: Cluster) -> dict[str, Any]:
    """Why the claims were grouped (the links) and why this verdict (the values as compared)."""
    return {
        "links": [
            {"claims": list(link.claims), "reason": link.reason, "score": round(link.score, 1)}
            for link in cluster.links
        ],
        "readings": [
            {
                "claim": r.claim,
                "value": r.value,
                "interval": r.interval,
                "time_ref": r.time_ref,
            }
            for r in cluster.readings
        ],
        "decisive": list(cluster.decisive),
    }


def explanation_json(report: Report, cluster: Cluster) -> str:
    """`factcheck explain --format json`: the cluster with its evidence and its claims in full."""
    members = set(cluster.claims)
    data = {
        "schema_version": SCHEMA_VERSION,
        "cluster": cluster_dict(cluster, report.suppression(cluster.id)),
        "claims": [claim_dict(c) for c in report.claims if c.id in members],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def pair_json(explained: PairExplanation) -> str:
    """`factcheck explain c12,c40 --format json`: can the two claims be one fact, and why."""
    blocked = explained.blocked_by
    data = {
        "schema_version": SCHEMA_VERSION,
        "claims": [claim_dict(c) for c in explained.claims],
        "clusters": list(explained.clusters),
        "linkable": explained.linkable,
        "reason": explained.reason,
        "blocked_by": None
        if blocked is None
        else {"claims": [blocked[0], blocked[1]], "reason": blocked[2]},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def summary(report: Report) -> dict[str, int]:
    counts = {
        "documents": len(report.documents),
        "claims": len(report.claims),
        "clusters": len(report.clusters),
    }
    for verdict in (Verdict.AGREE, Verdict.COMPATIBLE, Verdict.CONFLICT, Verdict.SINGLE):
        counts[str(verdict)] = report.count(verdict)
    counts["skipped"] = sum(1 for d in report.diagnostics if d.severity == "error")
    counts["suppressed"] = counts["conflict"] - len(report.open_conflicts)
    return counts


def report_json(report: Report) -> str:
    """The run as SPEC's JSON object."""
    with gc_paused():  # an archive's records, all acyclic (see gcpause.py)
        return records_json(_report_data(report))


def _report_data(report: Report) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [document_dict(d) for d in report.documents],
        "claims": [claim_dict(c) for c in report.claims],
        "clusters": [cluster_dict(c, report.suppression(c.id)) for c in report.clusters],
        "checks": [check_dict(c) for c in report.checks],
        "summary": summary(report),
        "diagnostics": [
            {"path": d.path, "line": d.line, "reason": d.reason, "severity": str(d.severity)}
            for d in report.diagnostics
        ],
    }


def records_json(data: dict[str, Any]) -> str:
    """A JSON object with each record of its lists on a line of its own.

    Readable and diff-friendly (one claim, one line), and written by the json module's
    C encoder: fully indented JSON goes through its Python encoder, several times slower
    on an archive's claims.
    """

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    members = []
    with gc_paused():  # strings only: collections would rescan every claim for nothing
        for key, value in data.items():
            if isinstance(value, list) and value:
                items = ",\n".join(f"    {compact(item)}" for item in value)
                members.append(f"  {compact(key)}: [\n{items}\n  ]")
            else:
                members.append(f"  {compact(key)}: {compact(value)}")
    return "{\n" + ",\n".join(members) + "\n}\n"


def check_dict(check: Check) -> dict[str, Any]:
    """An arithmetic check: the multiplier, the larger and smaller figure, and the result."""
    return {
        "id": check.id,
        "doc": check.doc,
        "line": check.line,
        "claims": list(check.claims),
        "result": "consistent" if check.consistent else "inconsistent",
        "explanation": check.explanation,
    }


def claims_jsonl(claims: Iterable[Claim], clusters: Sequence[Cluster] = ()) -> str:
    """One claim per line; with clusters, each line also names its cluster and verdict.

    Suppression is not shown here (a claim is no conflict on its own); see `report_json`.
    """
    membership = {cid: cl for cl in clusters for cid in cl.claims}
    lines = []
    for claim in claims:
        record = claim_dict(claim)
        if claim.id in membership:
            record["cluster"] = membership[claim.id].id
            record["verdict"] = str(membership[claim.id].verdict)
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def claims_json(claims: Sequence[Claim]) -> str:
    return records_json(
        {"schema_version": SCHEMA_VERSION, "claims": [claim_dict(c) for c in claims]}
    )


CSV_COLUMNS = (
    "cluster",
    "verdict",
    "kind",
    "label",
    "claim",
    "doc",
    "title",
    "source",
    "doc_date",
    "line",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "start",
    "end",
    "timex",
    "measure",
    "event",
    "attribution",
    "explanation",
)


def csv_safe(cell: object) -> str:
    """Neutralize spreadsheet formulas (OWASP CSV injection): prefix a quote to risky cells."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(_FORMULA_START) else text


def report_csv(report: Report, *, all_clusters: bool = True) -> str:
    """One row per claim, with its cluster's verdict; conflicts first (the report's order)."""
    claims = {c.id: c for c in report.claims}
    documents = {d.id: d for d in report.documents}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for cluster in report.clusters:
        if not all_clusters and cluster.verdict != Verdict.CONFLICT:
            continue
        for claim_id in cluster.claims:
            claim = claims[claim_id]
            writer.writerow(
                [csv_safe(v) for v in _csv_row(cluster, claim, documents.get(claim.doc))]
            )
    return out.getvalue()


def claims_csv(claims: Sequence[Claim]) -> str:
    """One row per claim, for `extract --format csv`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        writer.writerow([csv_safe(v) for v in _csv_row(None, claim, None)])
    return out.getvalue()


def _csv_row(cluster: Cluster | None, claim: Claim, document: Document | None) -> list[object]:
    v = claim.value
    numeric = isinstance(v, Quantity)
    return [
        cluster.id if cluster else "",
        str(cluster.verdict) if cluster else "",
        str(claim.kind),
        cluster.label if cluster else "",
        claim.id,
        claim.doc,
        document.title if document else "",
        document.source if document else "",
        document.date.isoformat() if document and document.date else "",
        claim.line,
        claim.text,
        describe(claim),
        number(v.low) if isinstance(v, Quantity) else "",
        number(v.high) if isinstance(v, Quantity) else "",
        v.unit if isinstance(v, Quantity) else "",
        v.start.isoformat() if not numeric and isinstance(v, DateValue) and v.start else "",
        v.end.isoformat() if not numeric and isinstance(v, DateValue) and v.end else "",
        v.timex if isinstance(v, DateValue) else "",
        claim.measure or "",
        claim.event or "",
        claim.attribution or "",
        cluster.explanation if cluster else "",
    ]


def markdown_escape(text: str) -> str:
    """Escape text for a Markdown table cell (pipes, markup, newlines)."""
    escaped = (
        text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
    )
    for ch in "*_`[]":
        escaped = escaped.replace(ch, "\\" + ch)
    return " ".join(escaped.split())


def report_markdown(report: Report) -> str:
    """The clusters with more than one claim as Markdown tables, conflicts first."""
    claims = {c.id: c for c in report.claims}
    s = summary(report)
    lines = [
        "# factcheck report",
        "",
        f"{s['documents']} documents, {s['claims']} claims, {s['conflict']} conflicts"
        + (f" ({s['suppressed']} suppressed)" if s["suppressed"] else "")
        + f", {s['compatible']} compatible, {s['agree']} agreements, "
        f"{s['single']} single claims.",
        "",
    ]
    for cluster in report.clusters:
        if cluster.verdict == Verdict.SINGLE:
            continue
        suppression = report.suppression(cluster.id)
        lines += [
            f"## {cluster.id} {cluster.verdict}{_suppressed_note(suppression)}: "
            f"{markdown_escape(cluster.label)}",
            "",
            markdown_escape(cluster.explanation),
            "",
            "| claim | document | line | text | value | attribution |",
            "|---|---|---|---|---|---|",
        ]
        for claim_id in cluster.claims:
            c = claims[claim_id]
            cells = [c.id, c.doc, str(c.line), c.text, describe(c), c.attribution or ""]
            lines.append("| " + " | ".join(markdown_escape(x) for x in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _suppressed_note(suppression: Suppression | None) -> str:
    """` (suppressed by baseline: reason)` for a heading, or nothing."""
    if suppression is None:
        return ""
    reason = (
        f": {markdown_escape(suppression.reason)}" if suppression.reason else ", no reason given"
    )
    return f" (suppressed by {suppression.kind}{reason})"


CLAIM_MARKDOWN_COLUMNS = (
    "claim",
    "document",
    "line",
    "kind",
    "text",
    "value",
    "measure",
    "attribution",
)


def claims_markdown(claims: Sequence[Claim]) -> str:
    """The claims as one Markdown table, for `extract --format markdown`."""
    lines = [
        "# factcheck claims",
        "",
        f"{len(claims)} claims.",
        "",
        "| " + " | ".join(CLAIM_MARKDOWN_COLUMNS) + " |",
        "|" + "---|" * len(CLAIM_MARKDOWN_COLUMNS),
    ]
    for c in claims:
        cells = [
            c.id,
            c.doc,
            str(c.line),
            str(c.kind),
            c.text,
            describe(c),
            c.measure or "",
            c.attribution or "",
        ]
        lines.append("| " + " | ".join(markdown_escape(x) for x in cells) + " |")
    return "\n".join(lines) + "\n"
