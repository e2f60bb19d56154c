"""factcheck: cross-check the dates and figures that news articles state."""

__version__ = "0.1.0"
