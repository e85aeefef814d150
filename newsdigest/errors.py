"""Errors the tool reports to a user in one line. Anything else is a bug (shown with --debug)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1  # bad input or runtime error
EXIT_USAGE = 2  # bad command line


class NewsdigestError(Exception):
    """Base class: ``str(err)`` is the one line shown to the user."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(NewsdigestError):
    """An input could not be read or parsed: ``where`` is 'file', 'file:line' or 'file#entry'."""


class ConfigError(NewsdigestError):
    """A configuration file or value is invalid: ``where`` names the file and key."""


class LimitError(NewsdigestError):
    """An input is larger than a configured limit."""


class UsageError(NewsdigestError):
    exit_code = EXIT_USAGE


class OutputError(NewsdigestError):
    """The output could not be written (a full disk, an I/O error; not a closed pipe)."""


class NewsdigestWarning(UserWarning):
    """Something the user should know that is not an error (a skipped file, a step capped on a
    very long input), issued with ``warnings.warn``; the CLI shows each as one stderr line
    ``newsdigest: warning: WHERE: WHAT``. ``str(w)`` is that line's text."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)
