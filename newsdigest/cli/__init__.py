"""Command-line interface: ``newsdigest`` (console script) and ``python -m newsdigest``."""

from __future__ import annotations


def main() -> None:
    from .app import app

    app()
