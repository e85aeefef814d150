"""newsdigest: show how different outlets report the same story, statement by statement."""

__version__ = "0.1.0"
