"""The error hierarchy. Library code raises these; only `cli.py` turns them into exit codes."""


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose; its message is shown to the user."""


class InputError(FactcheckError):
    """A path or document cannot be used (missing, unreadable, malformed)."""


class ConfigError(FactcheckError):
    """An option or setting is invalid (bad date, unknown format, bad tolerance)."""


class WorkspaceError(FactcheckError):
    """The run cannot keep its working files (the temporary spool of documents)."""
