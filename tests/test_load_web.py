"""Loading web pages (trafilatura, and the built-in extractor it falls back to) and RSS/Atom
feeds (feedparser)."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdigest.config import defaults
from newsdigest.errors import ConfigError, InputError, NewsdigestWarning
from newsdigest.load import html
from newsdigest.load.htmlparse import extract, fragment_text
from newsdigest.load.inputs import iter_inputs, sniff
from newsdigest.model import Article

FIX = Path(__file__).resolve().parent / "fixtures"
PAGE = FIX / "news_page.html"
RSS = FIX / "world_rss.xml"
ATOM = FIX / "world_atom.atom"
DROP = tuple(defaults().load.html_drop)


def load(*paths: object, stdin: bytes | None = None, cfg: dict[str, Any] | None = None
         ) -> list[Article | InputError]:
    config = defaults().replace(cfg) if cfg else defaults()
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_inputs([str(p) for p in paths], config, stream))


def _break_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make trafilatura look as it does when installed without ``lxml_html_clean``."""
    monkeypatch.setattr(html, "import_error", lambda: "ImportError: lxml.html.clean split out")
    monkeypatch.setattr(html, "_WARNED", set())


def one(items: list[Article | InputError]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


# --- web pages ------------------------------------------------------------------------------


def test_the_html_extractor_imports() -> None:
    """trafilatura is a core dependency: a broken install (lxml.html.clean split out of lxml
    5.2) must fail here, not only fall back quietly."""
    import trafilatura

    assert html.import_error() is None
    assert trafilatura.bare_extraction is not None


@pytest.mark.parametrize("mode", ["plain", "trafilatura"])
def test_news_page_main_text_without_navigation_banner_or_footer(mode: str) -> None:
    a = one(load(PAGE, cfg={"load.html_extractor": mode}))
    assert a.id == "news_page"
    assert a.title == "Lavrov says he and Pompeo agreed steps to normalize relations"
    assert a.text.startswith("SOCHI, May 14. /TASS/. Russian Foreign Minister Sergei Lavrov")
    assert "“We have agreed that we will take steps to restore the dialogue,” the\n" not in a.text
    assert "“We have agreed that we will take steps to restore the dialogue,” the Russian " \
           "diplomat told reporters." in a.text
    assert "Trade between Russia and the US stood at $27 billion last year, up 30%." in a.text
    for junk in ("cookies", "Accept all", "Politics", "Putin to meet Pompeo", "Share on",
                 "newsletter", "All rights reserved", "Privacy", "Skip to content", "Photo:",
                 "Home", "By Anna"):
        assert junk not in a.text, junk
    assert a.text.count("\n\n") >= 2  # paragraphs kept apart
    assert a.source == "World Wire"
    assert a.author == "Anna Petrova"
    assert a.date is not None and a.date.startswith("2019-05-14")
    assert a.url == "https://news.example.org/world/2019/05/14/lavrov-pompeo-sochi"
    assert a.origin.path == str(PAGE) and a.origin.url is None
    assert not [r for r in a.repairs if r.kind == "extractor"]


def test_auto_with_a_broken_trafilatura_reads_plain_and_says_so_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _break_trafilatura(monkeypatch)
    with pytest.warns(NewsdigestWarning) as caught:
        first, second = load(PAGE, PAGE)
    [warning] = caught  # once per process, not once per page
    assert "built-in extractor: trafilatura cannot be imported (ImportError" in str(
        warning.message)
    for a in (first, second):
        assert isinstance(a, Article) and a.title.startswith("Lavrov says")
        assert "SOCHI, May 14." in a.text
        [note] = [r for r in a.repairs if r.kind == "extractor"]
        assert note.detail == str(warning.message)


def test_plain_asked_for_is_no_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    _break_trafilatura(monkeypatch)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = one(load(PAGE, cfg={"load.html_extractor": "plain"}))
    assert not [r for r in a.repairs if r.kind == "extractor"]


def test_trafilatura_failing_on_a_page_falls_back_for_that_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str, origin: object) -> None:
        raise ValueError("odd markup")
    monkeypatch.setattr(html, "_trafilatura", boom)
    with pytest.warns(NewsdigestWarning, match=r"news_page.html: web page read with the "
                      r"built-in extractor: trafilatura failed on it \(ValueError\)"):
        a = one(load(PAGE))
    assert a.title.startswith("Lavrov says")
    assert [r.kind for r in a.repairs] == ["extractor"]


def test_asking_for_trafilatura_when_broken_is_a_config_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _break_trafilatura(monkeypatch)
    with pytest.raises(ConfigError, match=r"trafilatura but it cannot be imported"):
        load(PAGE, cfg={"load.html_extractor": "trafilatura"})


def test_trafilatura_tables_are_rows_of_cells_without_markdown_rules() -> None:
    assert html._line("|---|---|") == ""
    assert html._line("| 1 | Kyle Busch | 5040 | ") == "1 | Kyle Busch | 5040"
    assert html._line("  A  plain   line ") == "A plain line"


def test_bad_extractor_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="auto, trafilatura or plain"):
        load(PAGE, cfg={"load.html_extractor": "lxml"})


def test_plain_extractor_title_falls_back_to_title_tag_without_site_suffix() -> None:
    page = extract("<html><head><title>Budget passes | Daily Post</title>"
                   "<meta property='og:site_name' content='Daily Post'></head><body>"
                   "<div class='content'><p>The budget passed on Monday by 212 votes to 201."
                   "</p></div></body></html>", DROP)
    assert page.title == "Budget passes"
    assert page.text == "The budget passed on Monday by 212 votes to 201."


def test_plain_extractor_keeps_dashes_in_headlines_and_commentary_classes() -> None:
    page = extract("<title>Russia - US talks resume</title><div class='commentary-body'><p>"
                   "Talks resumed in Geneva on Monday after a pause of two months.</p></div>"
                   "<div class='comments'><p>Reader: great article, thanks for this.</p></div>"
                   "<div class='navbar'><p>Sections: World, Business and Technology news</p>"
                   "</div>", DROP)
    assert page.title == "Russia - US talks resume"
    assert page.text == "Talks resumed in Geneva on Monday after a pause of two months."


def test_plain_extractor_survives_absurd_nesting() -> None:
    from .growth import superlinear

    deep = "Deep text that is still read here, although the markup is absurd."

    def junk(n: int) -> str:
        return "<div><span>" * n + f"<p>{deep}</p>" + "</b>" * n + "</span></div>" * n

    pages = {n: junk(n) for n in (20_000, 20_000 // 8)}
    why = superlinear(lambda n: extract(pages[n], DROP), 20_000)  # linear-ish, not quadratic
    assert why is None, why
    assert deep in extract(pages[20_000], DROP).text


def test_plain_extractor_unclosed_paragraphs_and_line_breaks() -> None:
    page = extract("<body><article><p>First paragraph here.<p>Second one,<br>with a break."
                   "</article><footer><p>Footer text</footer></body>", DROP)
    assert page.text == "First paragraph here.\n\nSecond one,\nwith a break."


def test_plain_extractor_relaxes_class_rule_when_it_would_drop_everything() -> None:
    page = extract("<body><div class='layout has-sidebar'><p>The council approved the "
                   "plan on Tuesday.</p></div></body>", DROP)
    assert page.text == "The council approved the plan on Tuesday."


def test_page_charset_from_meta_tag(tmp_path: Path) -> None:
    body = ("<html><head><meta http-equiv='Content-Type' content='text/html; "
            "charset=windows-1251'><title>Новости</title></head><body><p>Лавров и Помпео "
            "провели переговоры в Сочи 14 мая.</p></body></html>")
    path = tmp_path / "ru.htm"
    path.write_bytes(body.encode("cp1251"))
    a = one(load(path, cfg={"load.html_extractor": "plain"}))
    assert a.title == "Новости"
    assert a.text == "Лавров и Помпео провели переговоры в Сочи 14 мая."
    assert not a.repairs


def test_page_without_text_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    [err] = load(path, cfg={"load.html_extractor": "plain"})
    assert isinstance(err, InputError)
    assert str(err) == f"{path}: no article text found in the web page"


def test_html_sniffed_from_stdin() -> None:
    a = one(load("-", stdin=PAGE.read_bytes(), cfg={"load.html_extractor": "plain"}))
    assert a.id == "stdin"
    assert a.title.startswith("Lavrov says")


@pytest.mark.parametrize(("head", "fmt"), [
    (b"<!DOCTYPE html><html><p>x", "html"), (b"\xef\xbb\xbf  <html lang=en>", "html"),
    (b"<?xml version='1.0'?>\n<rss version='2.0'>", "feed"),
    (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    (b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>", "feed"),
    (b"<?xml version='1.0'?><!DOCTYPE html><html>", "html"),
    (b'[{"title": "x"}]', "json"), (b"Headline\n\nBody <b>not</b> html", "text"),
])
def test_sniffing(head: bytes, fmt: str) -> None:
    assert sniff(head) == fmt


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "<![", "<![CDATA[", "]]>", "<!", "<!--", "-->", "<?", "<p", "<div class='x'", ">", "</",
    "&#", "&#x", "&#99999999;", "x", "<script>", "</script>", "<title>", "\x00", "<br/>",
    "<a href=", "'", '"', " ", "<!doctype", "<![endif]>", "\n"]), max_size=40).map("".join))
def test_plain_extractor_never_fails_on_junk(junk: str) -> None:
    page = extract(junk, DROP)
    assert isinstance(page.text, str) and isinstance(page.title, str)
    assert isinstance(fragment_text(junk), str)


# --- feeds ----------------------------------------------------------------------------------


def test_rss2_entries_are_articles() -> None:
    items = load(RSS)
    first, second, bad = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == "world_rss#1" and second.id == "world_rss#2"
    assert first.title == "Lavrov says he and Pompeo agreed steps to normalize relations"
    assert first.url == "https://news.example.org/world/2019/05/14/lavrov-pompeo-sochi"
    assert first.date == "Tue, 14 May 2019 18:05:00 +0300"
    assert first.author == "Anna Petrova"
    assert first.source == "World Wire - World"
    # full content wins over the summary; HTML and scripts stripped; paragraphs kept
    assert first.text.startswith("SOCHI, May 14. /TASS/. Russian Foreign Minister")
    assert "\n\n“We have agreed that we will take steps to restore the dialogue,” the " \
           "Russian diplomat told reporters." in first.text
    assert "trackView" not in first.text and "<p>" not in first.text
    assert second.title == "Trade between Russia & US reached $27 billion"
    assert second.text == "Trade between Russia and the US stood at $27 billion last year, " \
                          "up 30%."  # the link-only "More business news" paragraph is dropped
    assert second.source == "Example Agency"
    assert (first.origin.entry, second.origin.entry) == (1, 2)
    assert isinstance(bad, InputError)
    assert str(bad) == f"{RSS}#3: feed entry has neither title nor text"


def test_atom_entries_are_articles() -> None:
    first, second = load(ATOM)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Lavrov holds meeting with Pompeo in Washington"
    assert first.url == "https://desk.example.net/2017/05/10/lavrov-pompeo"
    assert first.date == "2017-05-10T15:20:00Z"
    assert first.author == "John Smith"
    assert first.source == "Capital Desk"
    assert first.text == ("WASHINGTON, May 10. Russian Foreign Minister Sergei Lavrov held talks "
                          "with US Secretary of State Mike Pompeo on Wednesday.\n\nThe two "
                          "discussed Syria, Ukraine and arms control.")
    assert second.text == "The ministers will meet again in June, officials said."
    assert second.date == "2017-05-11T09:00:00Z"  # no <published>: <updated>
    assert second.source == "Partner Agency"


def test_rss1_rdf_feed(tmp_path: Path) -> None:
    path = tmp_path / "slash.rdf.xml"
    path.write_text(
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://x.example/"><title>Tech Daily</title></channel>'
        '<item rdf:about="https://x.example/1"><title>Chip plant opens</title>'
        "<link>https://x.example/1</link><dc:date>2005-02-01</dc:date>"
        "<description>The plant will employ 1,200 people.</description></item></rdf:RDF>")
    a = one(load(path))
    assert (a.title, a.text, a.source, a.date, a.url) == (
        "Chip plant opens", "The plant will employ 1,200 people.", "Tech Daily", "2005-02-01",
        "https://x.example/1")


def test_xml_that_is_not_a_feed_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>')
    [err] = load(path)
    assert isinstance(err, InputError)
    assert str(err).startswith(f"{path}")
    assert "not an RSS or Atom feed" in str(err) or "no entries" in str(err)


def test_ill_formed_feed_is_read_leniently(tmp_path: Path) -> None:
    """An unclosed tag that is not a cut-off (feedparser's loose parser reads on)."""
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item>\n'
                    "<title>Unclosed</title>\n</channel>\n</rss>\n")
    a = one(load(path))
    assert (a.title, a.text) == ("Unclosed", "")


def test_feed_cut_off_keeps_complete_entries_and_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    path.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>One'
                    "</title><description>First body.</description></item>\n<item><title>"
                    "Two</title><description>Second bo")
    first, err = load(path)
    assert isinstance(first, Article) and first.text == "First body."
    assert isinstance(err, InputError)
    assert str(err).startswith(f"{path}:4: invalid XML: ")
    assert "cut off" in str(err) and "complete entries before it read: 1" in str(err)


def test_feed_with_no_entries(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    [err] = load(path)
    assert str(err) == f"{path}: feed has no entries"


def test_external_entities_are_not_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    path = tmp_path / "xxe.rss"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
                    "<rss><channel><item><title>T &x;</title><description>Body</description>"
                    "</item></channel></rss>")
    for item in load(path):
        assert "TOP SECRET" not in repr(item)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "<rss>", "</rss>", "<channel>", "</channel>", "<item>", "</item>", "<title>", "</title>",
    "<description>", "</description>", "<feed xmlns='http://www.w3.org/2005/Atom'>", "</feed>",
    "<entry>", "</entry>", "&amp;", "&bogus;", "<![CDATA[<p>x</p>]]>", "text", "\x00", "é",
    "<?xml version='1.0'?>", "<!DOCTYPE x>"]), max_size=25))
def test_feed_reader_gives_articles_or_errors_never_exceptions(parts: list[str]) -> None:
    data = "".join(parts).encode("utf-8") or b"<rss/>"
    for item in load("-", stdin=b"<rss>" + data):
        assert isinstance(item, Article | InputError)
        if isinstance(item, InputError):
            assert "\n" not in str(item)


def test_deeply_nested_feed_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.atom"
    path.write_text("<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>T</title>"
                    "<content type='xhtml'>" + "<div>" * 5_000 + "x" + "</div>" * 5_000
                    + "</content></entry></feed>")
    items = load(path)
    assert all(isinstance(i, Article | InputError) for i in items)
