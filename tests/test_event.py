from __future__ import annotations

from newsdigest.event import check_event
from newsdigest.model import Analysis, Article, Dateline, Entity, Origin, PartialDate


def analysis(aid: str, place: str | None, date: PartialDate | None, people: list[str],
             date_text: str | None = None) -> Analysis:
    art = Article(aid, f"headline {aid}", "body", Origin(f"{aid}.txt"))
    ents = tuple(Entity(p, "person") for p in people)
    return Analysis(art, (), Dateline(), entities=ents, event_place=place, event_date=date,
                    event_date_text=date_text)


def test_different_places_say_no_even_with_the_same_people() -> None:
    a = analysis("a", "Washington", None, ["Sergei Lavrov", "Mike Pompeo"], "yesterday")
    b = analysis("b", "Sochi", PartialDate(month=5, day=14), ["Sergey Lavrov", "Mike Pompeo"])
    check = check_event([a, b], [0.3, 0.3])
    assert check.same_event == "no"
    assert any("different places" in r and "Washington" in r and "Sochi" in r
               for r in check.reasons)
    assert any("same participants" in r and "Pompeo" in r for r in check.reasons)
    assert any("date unknown in a" in r and "yesterday" in r for r in check.reasons)


def test_different_dates_say_no() -> None:
    a = analysis("a", "Sochi", PartialDate(2019, 5, 14), ["Sergei Lavrov"])
    b = analysis("b", "Sochi", PartialDate(2019, 5, 20), ["Sergei Lavrov"])
    check = check_event([a, b], [0.5, 0.5])
    assert check.same_event == "no"
    assert any("different dates" in r for r in check.reasons)


def test_partial_dates_only_compare_what_both_know() -> None:
    a = analysis("a", "Sochi", PartialDate(month=5, day=14), ["Sergei Lavrov"])
    b = analysis("b", "Sochi", PartialDate(2019, 5, 14), ["Sergey Lavrov"])
    check = check_event([a, b], [0.5, 0.5])
    assert check.same_event == "yes"


def test_too_little_known_is_unclear() -> None:
    a = analysis("a", None, None, [])
    b = analysis("b", None, None, [])
    assert check_event([a, b], [0.05, 0.05]).same_event == "unclear"


def test_no_shared_participants_is_not_yes() -> None:
    a = analysis("a", "London", None, ["Boris Johnson"])
    b = analysis("b", "London", None, ["Angela Merkel"])
    check = check_event([a, b], [0.4, 0.4])
    assert check.same_event == "unclear"
    assert "no participant in common" in check.reasons
