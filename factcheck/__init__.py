"""factcheck: cross-check the dates and figures that news articles state.

>>> import factcheck
>>> report = factcheck.run(["corpus/"])                      # doctest: +SKIP
>>> claims = factcheck.extract_text("Over 95% agreed.")      # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract_text", "run"]


def __getattr__(name: str) -> Any:
    # The pipeline imports spaCy (a second or more); plain-data modules such as
    # factcheck.models or factcheck.compare must not pay for it.
    if name in ("run", "extract_text"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
