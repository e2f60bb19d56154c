"""The loaded pipeline annotates exactly as the stock model does (needs the model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from factcheck.nlp import NEEDED_COMPONENTS, default_model, load_pipeline

pytestmark = pytest.mark.nlp

ROOT = Path(__file__).resolve().parent.parent

# The word exceptions of the attribute ruler, spaces, and plain news prose.
EXCEPTIONS = [
    "Ain't nobody gonna stop us, y'all, so let's go. C'mon, there's more.",
    "There are  two\n\nreasons;  it was   'em who gotta pay.",
    "He'd said we'll see: I'm sure they're done, aren't they?",
]


def _annotations(nlp: spacy.language.Language, texts: list[str]) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_)
        for doc in nlp.pipe(texts)
        for t in doc
    ]


def test_indexed_attribute_rules_annotate_as_the_stock_ruler() -> None:
    texts = EXCEPTIONS + [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.md"))
    ]
    stock = spacy.load(default_model())
    for name in stock.pipe_names:
        if name not in NEEDED_COMPONENTS:
            stock.disable_pipe(name)
    ours = load_pipeline()
    assert type(ours.get_pipe("attribute_ruler").match).__name__ == "_IndexedRules"
    expected = _annotations(stock, texts)
    assert len(expected) > 4000
    assert _annotations(ours, texts) == expected
