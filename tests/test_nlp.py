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


def _stock_pipeline():  # type: ignore[no-untyped-def]
    """The model as spaCy loads it, with the components factcheck runs."""
    stock = spacy.load(default_model())
    for name in stock.pipe_names:
        if name not in NEEDED_COMPONENTS:
            stock.disable_pipe(name)
    return stock


def test_indexed_attribute_rules_annotate_as_the_stock_ruler() -> None:
    texts = EXCEPTIONS + [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.md"))
    ]
    stock = _stock_pipeline()
    ours = load_pipeline()
    assert type(ours.get_pipe("attribute_ruler").match).__name__ == "_IndexedRules"
    expected = _annotations(stock, texts)
    assert len(expected) > 4000
    assert _annotations(ours, texts) == expected


def test_matrix_products_run_on_numpy_blas_with_thincs_results() -> None:
    import numpy

    ops = load_pipeline().get_pipe("tok2vec").model.ops
    assert type(ops).__name__ == "NumpyBlasOps"
    stock = type(ops).__mro__[1]()  # thinc's own NumpyOps (BLIS)
    rng = numpy.random.default_rng(0)
    x, y = rng.random((50, 30), dtype="f"), rng.random((30, 40), dtype="f")
    for trans1, trans2 in ((False, False), (True, False), (False, True), (True, True)):
        a = numpy.ascontiguousarray(x.T) if trans1 else x
        b = numpy.ascontiguousarray(y.T) if trans2 else y
        got = ops.gemm(a, b, trans1=trans1, trans2=trans2)
        assert got.dtype == numpy.float32
        numpy.testing.assert_allclose(
            got, stock.gemm(a, b, trans1=trans1, trans2=trans2), rtol=1e-5
        )
    out = numpy.zeros((50, 40), dtype="f")
    assert ops.gemm(x, y, out=out) is out and out.any()


def test_remembered_rules_and_lemmas_annotate_as_stock_when_the_memo_starts_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import factcheck.nlp as nlp_module

    stock = _stock_pipeline()
    ours = load_pipeline()
    assert type(ours.get_pipe("lemmatizer").lemmatize).__name__ == "_Remembered"
    # Only multi-token and regex rules are left to the Matcher.
    assert len(ours.get_pipe("attribute_ruler").match.residual) < 12
    monkeypatch.setattr(nlp_module, "_MEMO_SIZE", 3)
    texts = EXCEPTIONS * 2
    assert _annotations(ours, texts) == _annotations(stock, texts)


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("The province bought two million doses.", "doses", "dose"),
        ("Regulators fined the bank in 2022.", "fined", "fine"),
        ("Property taxes rose by 3%.", "taxes", "tax"),
        ("Buses and vans were damaged.", "Buses", "bus"),  # right already: left alone
    ],
)
def test_lemmas_the_small_model_gets_wrong_are_corrected(sentence, word, lemma) -> None:
    doc = load_pipeline()(sentence)
    assert next(t.lemma_ for t in doc if t.text == word) == lemma
