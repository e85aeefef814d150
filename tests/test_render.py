"""Golden renders of the terminal views at fixed widths (no colour), and the guarantee that
text from articles is shown literally: Rich markup and escape sequences are never
interpreted."""

from __future__ import annotations

import pytest

from newsdigest.render.tables import comparison_view, digest_panel

from .render import check_golden, render, sample_comparison, sample_digest


@pytest.mark.parametrize("width", [100, 80])
def test_comparison_view_golden(width: int) -> None:
    check_golden(f"compare_{width}.txt", render(comparison_view(sample_comparison()), width))


@pytest.mark.parametrize("width", [100, 80])
def test_digest_panel_golden(width: int) -> None:
    check_golden(f"digest_{width}.txt", render(digest_panel(sample_digest()), width))


def test_views_fit_in_80_columns() -> None:
    for view in (comparison_view(sample_comparison()), digest_panel(sample_digest())):
        assert max(len(line) for line in render(view, 80).splitlines()) <= 80


def test_article_markup_and_escapes_are_shown_literally() -> None:
    out = render(digest_panel(sample_digest()), 200)
    assert "\x1b" not in out.replace("\x1b[0m", "")  # only Rich's own resets, if any
    out = render(comparison_view(sample_comparison()), 200)
    assert "[bold]fake[/bold]" in out
    assert "\\x1b[31m" in out  # made visible, not sent to the terminal


def test_comparison_view_shows_event_check_groups_unique_and_conflicts() -> None:
    out = render(comparison_view(sample_comparison()), 100)
    assert out.index("Same event") < out.index("Aligned statements") < out.index("Only in A")
    assert "figure (group 2): 30% vs 25%" in out
    assert "Quotes: 1 shared, 0 in one report only" in out
