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
