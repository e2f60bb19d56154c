"""Ctrl-C and SIGTERM as one clean exception, so the CLI can stop with one line and a code.

Python turns SIGINT into KeyboardInterrupt, which click and typer intercept
(typer exits 130 without a word), and SIGTERM kills the process outright, so
a temporary output file could be left behind. `catch_signals` turns both into
`Interrupted`, which unwinds like any exception: `finally` blocks run, the
atomic writer removes its temporary file, a previous `--output` stays intact.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# Shell convention: 128 + the signal number.
_EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}


class Interrupted(BaseException):
    """The run was stopped by a signal. A BaseException, so `except Exception` lets it pass.

    >>> Interrupted(signal.SIGTERM).exit_code
    143
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.exit_code = _EXIT_CODES.get(signal.Signals(signum), 128 + signum)


# The first signal received, kept because an exception raised from a handler can be
# swallowed (it may land in an import-lock or weakref callback, which only logs it).
_received: list[int] = []


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    _received.append(signum)
    raise Interrupted(signum)


def check_interrupted() -> None:
    """Raise `Interrupted` if a signal arrived whose exception was swallowed; call before output."""
    if _received:
        raise Interrupted(_received[0])


@contextmanager
def catch_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise `Interrupted`; handlers are restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; an embedding program keeps its own
        return
    previous = {signum: signal.signal(signum, _raise_interrupted) for signum in _EXIT_CODES}
    try:
        yield
        check_interrupted()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
