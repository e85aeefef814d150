"""Loading: text and JSON readers, input walking, ids, limits, decoding."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdigest.config import defaults
from newsdigest.errors import ConfigError, InputError, LimitError
from newsdigest.load.decode import decode
from newsdigest.load.inputs import bundled_seeds, iter_inputs
from newsdigest.model import Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SEED0 = ROOT / "seeds" / "000_0e89ee0f3769bdb9.txt"
SEED2 = ROOT / "seeds" / "002_f1a6fc7e708a183e.txt"


def load(*paths: object, stdin: bytes | None = None, settings: dict[str, Any] | None = None
         ) -> list[Article | InputError]:
    config = defaults().replace(settings) if settings else defaults()
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_inputs([str(p) for p in paths], config, stream))


def articles(items: list[Article | InputError]) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def errors(items: list[Article | InputError]) -> list[InputError]:
    return [e for e in items if isinstance(e, InputError)]


# --- seeds and real data -------------------------------------------------------------------


def test_seed_000_headline_and_repeat_dropped() -> None:
    [a] = load(SEED0)
    assert isinstance(a, Article)
    assert a.id == "000_0e89ee0f3769bdb9"
    assert a.title == "Lavrov holds meeting with Pompeo in Washington"
    assert a.text.startswith("Russian Foreign Minister Sergei Lavrov")
    assert "Lavrov holds meeting" not in a.text
    assert [r.kind for r in a.repairs] == ["repeated_headline"]
    assert a.origin.line == 1 and a.origin.path == str(SEED0)


def test_seed_002_leading_boilerplate_skipped() -> None:
    [a] = load(SEED2)
    assert isinstance(a, Article)
    assert a.title == "Lavrov says he and Pompeo agreed steps to normalize Russia-US relations"
    assert "All news" not in a.text
    assert a.text.startswith("The publication of Mueller’s report")
    assert [(r.kind, r.detail) for r in a.repairs] == [
        ("boilerplate", "dropped leading line 'All news'")]
    assert a.origin.line == 3
    assert "\n\nSOCHI, May 14. /TASS/. Moscow" in a.text  # paragraphs kept


def test_bundled_seeds_are_the_repository_seeds() -> None:
    seeds = bundled_seeds()
    assert [p.name for p in seeds] == [SEED0.name, SEED2.name]
    assert [p.read_bytes() for p in seeds] == [SEED0.read_bytes(), SEED2.read_bytes()]


def test_bbc_corpus_loads_every_article() -> None:
    path = DATA / "bbc" / "articles.jsonl"
    if not path.is_file():
        pytest.skip(f"shared data not present at {path}")
    items = load(path)
    assert not errors(items)
    arts = articles(items)
    assert len(arts) == 1328
    assert len({a.id for a in arts}) == 1328
    first = arts[0]
    assert first.id == "business/001" and first.title == "Ad sales boost Time Warner profit"
    assert first.text.startswith("Quarterly profits at US media giant TimeWarner jumped 76%")
    assert first.origin.line == 1 and first.origin.entry == 1


# --- text files ----------------------------------------------------------------------------


def test_headline_only_file_gives_empty_body(tmp_path: Path) -> None:
    p = tmp_path / "short.txt"
    p.write_text("\n\n  Just a headline  \n\n")
    [a] = load(p)
    assert isinstance(a, Article)
    assert (a.title, a.text, a.origin.line) == ("Just a headline", "", 3)


def test_long_first_line_is_body_not_headline(tmp_path: Path) -> None:
    p = tmp_path / "body.txt"
    body = "A sentence of a pasted article. " * 20
    p.write_text(body + "\n\nSecond paragraph.")
    [a] = load(p)
    assert isinstance(a, Article)
    assert a.title == ""
    assert a.text.startswith("A sentence of a pasted article.")


def test_crlf_and_repeated_headline_with_different_spacing(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"Big  News Today\r\n\r\nbig news  today\r\n\r\nBody line.\r\n")
    [a] = load(p)
    assert isinstance(a, Article)
    assert (a.title, a.text) == ("Big News Today", "Body line.")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_utf16_and_bom_text_files(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "u.txt"
    p.write_bytes("Lavrov meets Pompeo\n\nThe talks lasted 3 hours in Sochi.\n".encode(encoding))
    [a] = load(p)
    assert isinstance(a, Article) and a.repairs == ()
    assert (a.title, a.text) == ("Lavrov meets Pompeo", "The talks lasted 3 hours in Sochi.")


def test_unknown_field_in_mapping_is_a_config_error(tmp_path: Path) -> None:
    p = tmp_path / "m.jsonl"
    p.write_text(json.dumps({"text": "x."}) + "\n")
    with pytest.raises(ConfigError, match="headline"):
        load(p, settings={"load.fields": {"headline": ["h"]}})


def test_empty_and_binary_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"   \n\n")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 40)
    items = load(tmp_path / "empty.txt", tmp_path / "blob.txt", SEED0)
    errs = errors(items)
    assert [e.message for e in errs] == ["file is empty", "looks like a binary file, not text"]
    assert len(articles(items)) == 1


# --- paths, directories, stdin -------------------------------------------------------------


def test_missing_file_is_reported_and_others_still_load(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    items = load(missing, SEED0)
    assert isinstance(items[0], InputError)
    assert items[0].where == str(missing) and "no such file" in items[0].message
    assert isinstance(items[1], Article)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("Title\n\nBody.")
    p.chmod(0)
    try:
        [e] = load(p)
    finally:
        p.chmod(0o600)
    assert isinstance(e, InputError) and e.message == "permission denied"


def test_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdigest.load import inputs

    def denied(path: str, mode: str) -> object:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(inputs, "open", denied, raising=False)
    [e] = load(SEED0)
    assert isinstance(e, InputError) and (e.message, e.where) == ("permission denied", str(SEED0))


def test_directory_walk_sorted_recursive_skips_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed\n\nz body.")
    (tmp_path / "a.txt").write_text("Ay\n\na body.")
    (tmp_path / "c.json").write_text(json.dumps({"title": "Cee", "text": "c body."}))
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nh.")
    (tmp_path / ".git" / "x.txt").write_text("Git\n\ng.")
    (tmp_path / "notes.csv").write_text("x,y")
    arts = articles(load(tmp_path))
    assert [a.title for a in arts] == ["Ay", "Zed", "Cee"]  # a.txt, b/z.txt, c.json
    assert [a.id for a in arts] == ["a", "z", "c#1"]


def test_directory_order_is_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name}\n\nbody.")
    assert [a.id for a in articles(load(tmp_path))] == ["a", "b", "c"]


def test_directory_without_inputs_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b")
    [e] = load(tmp_path)
    assert isinstance(e, InputError) and e.where == str(tmp_path)
    assert "no input files" in e.message


def test_stdin_text_json_and_empty() -> None:
    [a] = load("-", stdin=b"Headline\n\nBody text.")
    assert isinstance(a, Article) and (a.id, a.title, a.origin.path) == ("stdin", "Headline", "-")
    arts = articles(load("-", stdin=b'{"title": "T", "text": "x."}\n{"title": "U", "text": "y."}'))
    assert [a.id for a in arts] == ["stdin#1", "stdin#2"]
    [e] = load("-", stdin=b"")
    assert isinstance(e, InputError) and e.message == "stdin is empty"


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "feed.dat").write_bytes(b'\xef\xbb\xbf  [{"title": "J", "text": "json body."}]')
    (tmp_path / "story.dat").write_text("Plain\n\nplain body.")
    arts = articles(load(tmp_path / "feed.dat", tmp_path / "story.dat"))
    assert [(a.title, a.text) for a in arts] == [("J", "json body."), ("Plain", "plain body.")]


def test_duplicate_ids_get_suffixes(tmp_path: Path) -> None:
    p = tmp_path / "dups.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": "t."}) for i in ["x", "x", "x~2", "y"]))
    assert [a.id for a in articles(load(p))] == ["x", "x~2", "x~2~2", "y"]
    assert [a.id for a in articles(load(SEED0, SEED0))] == [
        "000_0e89ee0f3769bdb9", "000_0e89ee0f3769bdb9~2"]


# --- limits --------------------------------------------------------------------------------


def test_text_file_over_article_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text("Title\n\n" + "word " * 100)
    [e] = load(p, settings={"limits.max_article_bytes": 100})
    assert isinstance(e, InputError) and "limits.max_article_bytes" in e.message


def test_jsonl_entry_over_article_limit_skips_only_that_entry(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    big = json.dumps({"id": "big", "text": "x" * 500})
    p.write_text("\n".join([json.dumps({"id": "s1", "text": "ok."}), big,
                            json.dumps({"id": "s2", "text": "ok."})]))
    items = load(p, settings={"limits.max_article_bytes": 200})
    assert [a.id for a in articles(items)] == ["s1", "s2"]
    [e] = errors(items)
    assert e.where == f"{p}:2" and "limits.max_article_bytes" in e.message


def test_total_limit_stops_the_run(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps({"text": "x" * 100}) for _ in range(2000)))
    with pytest.raises(LimitError, match=r"limits\.max_total_bytes"):
        load(p, settings={"limits.max_total_bytes": 10_000})


def test_a_file_compressed_on_its_own_is_read_as_the_file_it_names(tmp_path: Path) -> None:
    import bz2
    import gzip
    import lzma

    lines = "\n".join(json.dumps({"id": f"a{n}", "text": f"Report {n} of the vote."})
                      for n in range(3)).encode()
    page = b"<html><head><title>T</title></head><body><p>The vote passed on Monday.</p>" \
        b"<p>Turnout was high across the state.</p></body></html>"
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "b.jsonl.bz2").write_bytes(bz2.compress(lines))
    (tmp_path / "c.html.xz").write_bytes(lzma.compress(page))
    (tmp_path / "skip.gz").write_bytes(gzip.compress(b"no known name inside"))
    items = load(tmp_path)  # a directory walk picks them up by the name inside
    assert errors(items) == []
    assert [a.id for a in articles(items)] == ["a0", "a1", "a2", "a0~2", "a1~2", "a2~2",
                                               "c.html"]
    assert articles(items)[0].origin.path == str(tmp_path / "a.jsonl.gz")
    # not compressed, or cut off: one error naming the file, the other inputs still read
    (tmp_path / "bad.txt.gz").write_bytes(b"plain text, not gzip")
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(lines)[:40])
    items = load(tmp_path / "bad.txt.gz", tmp_path / "cut.jsonl.gz", SEED0)
    assert [e.where for e in errors(items)] == [str(tmp_path / "bad.txt.gz"),
                                                str(tmp_path / "cut.jsonl.gz")]
    assert all("truncated or corrupt" in e.message for e in errors(items))
    assert len(articles(items)) == 1
    # what it unpacks to counts against the run's byte limit (no bomb gets through)
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress(b"word " * 20_000))
    with pytest.raises(LimitError, match=r"limits\.max_total_bytes"):
        load(tmp_path / "big.txt.gz", settings={"limits.max_total_bytes": 10_000})


# --- JSON ----------------------------------------------------------------------------------


def test_json_lines_bad_lines_are_reported_others_load(tmp_path: Path) -> None:
    p = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "a", "title": "A", "text": "Alpha.", "source": "BBC",
                    "date": "2019-05-14", "url": "http://x/a"}),
        "",
        "{not json}",
        json.dumps({"id": "c", "title": 5, "text": "Gamma."}),
        json.dumps({"id": "d", "title": "D", "x": 1}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "E", "body": "Epsilon."}),
    ]
    p.write_text("\n".join(lines) + "\n")
    items = load(p)
    arts = articles(items)
    assert [(a.id, a.title, a.text) for a in arts] == [
        ("a", "A", "Alpha."), ("d", "D", ""), ("mixed#6", "E", "Epsilon.")]
    a = arts[0]
    assert (a.source, a.date, a.url) == ("BBC", "2019-05-14", "http://x/a")
    assert (a.origin.entry, a.origin.line) == (1, 1)
    assert (arts[2].origin.entry, arts[2].origin.line) == (6, 7)
    errs = errors(items)
    assert [e.where for e in errs] == [f"{p}:3", f"{p}:4", f"{p}:6"]
    assert errs[0].message.startswith("invalid JSON")
    assert errs[1].message == "field 'title' must be a string, got int"
    assert errs[2].message == "expected a JSON object, got list"


def test_json_entry_without_text_or_title_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"id": "q", "summary": "s"}) + "\n")
    [e] = load(p)
    assert isinstance(e, InputError) and e.message.startswith("no article text (looked for text")


def test_json_array_object_and_container(tmp_path: Path) -> None:
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"headline": "H1", "content": ["P1.", "P2."], "id": 7},
                               {"title": "H2", "text": "t2."}, 3], indent=2))
    obj = tmp_path / "one.json"
    obj.write_text(json.dumps({"title": "Only", "text": "one.", "source": {"name": "Reuters"}},
                              indent=2))
    box = tmp_path / "box.json"
    box.write_text(json.dumps({"status": "ok", "articles": [{"title": "In", "text": "box."}]}))
    items = load(arr, obj, box)
    assert [(a.id, a.title, a.text, a.source) for a in articles(items)] == [
        ("7", "H1", "P1.\n\nP2.", None), ("arr#2", "H2", "t2.", None),
        ("one#1", "Only", "one.", "Reuters"), ("box#1", "In", "box.", None)]
    [e] = errors(items)
    assert e.where == f"{arr}#3"


def test_invalid_json_document_reports_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.json"
    p.write_text('[\n  {"title": "x",\n   "text": }\n]')
    [e] = load(p)
    assert isinstance(e, InputError) and e.where == f"{p}:3"


def test_json_document_limit_suggests_json_lines(tmp_path: Path) -> None:
    p = tmp_path / "big.json"
    p.write_text(json.dumps([{"text": "x" * 50}] * 10))
    [e] = load(p, settings={"load.max_json_document_bytes": 100})
    assert isinstance(e, InputError) and "JSON Lines" in e.message


def test_field_mapping_from_config(tmp_path: Path) -> None:
    p = tmp_path / "m.jsonl"
    p.write_text(json.dumps({"key": "k1", "head": "Mapped", "story": "Body."}) + "\n")
    fields = {"id": ["key"], "title": ["head"], "text": ["story"], "source": ["source"],
              "date": ["date"], "url": ["url"]}
    [a] = load(p, settings={"load.fields": fields})
    assert isinstance(a, Article) and (a.id, a.title, a.text) == ("k1", "Mapped", "Body.")


def test_utf16_json_lines(tmp_path: Path) -> None:
    p = tmp_path / "u16.jsonl"
    p.write_bytes("\n".join(json.dumps({"title": "Ü", "text": f"t{i}."}, ensure_ascii=False)
                            for i in range(3)).encode("utf-16"))
    assert [a.text for a in articles(load(p))] == ["t0.", "t1.", "t2."]


# --- decoding ------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings_decode_without_warning(encoding: str) -> None:
    text = "Москва — “quoted” £27 billion, café"
    data = text.encode(encoding)
    if encoding == "utf-16-le":  # without a BOM: recognised by the NUL pattern only if ASCII-heavy
        text = "Plain ASCII report about 120,000 soldiers. " * 3
        data = text.encode(encoding)
    assert decode(data) == (text, None)


def test_cp1252_fallback_warns() -> None:
    text, warning = decode("Café costs €5 – “cheap”".encode("cp1252"))
    assert text == "Café costs €5 – “cheap”"
    assert warning is not None and warning.kind == "encoding"
    assert warning.detail == "not UTF-8: read as cp1252"


def test_stray_byte_in_utf8_keeps_valid_characters() -> None:
    text, warning = decode("Lavrov’s offer: ".encode() + b"\x93quoted\x94 12")
    assert text == "Lavrov’s offer: “quoted” 12"
    assert warning is not None and warning.count == 2 and "invalid UTF-8" in warning.detail


def test_cp1252_file_warning_reaches_the_article(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes("Headline\n\nCafé prices rose 5%.".encode("cp1252"))
    [a] = load(p)
    assert isinstance(a, Article) and a.text == "Café prices rose 5%."
    assert [r.kind for r in a.repairs] == ["encoding"]


RUSSIAN = ("Лавров и Помпео договорились о шагах по нормализации отношений\n\n"
           "СОЧИ, 14 мая. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил, что "
           "товарооборот между странами вырос на 30% и составил $27 млрд.")


@pytest.mark.parametrize("charset", ["cp1251", "koi8-r"])
def test_russian_report_in_a_legacy_charset_reads_as_russian(tmp_path: Path,
                                                              charset: str) -> None:
    p = tmp_path / "tass.txt"
    p.write_bytes(RUSSIAN.encode(charset))
    [a] = load(p)
    assert isinstance(a, Article)
    assert a.title == "Лавров и Помпео договорились о шагах по нормализации отношений"
    assert a.text.startswith("СОЧИ, 14 мая. /ТАСС/. Министр") and "$27 млрд." in a.text
    [r] = a.repairs
    assert (r.kind, r.detail) == ("encoding", f"not UTF-8: read as {charset} (detected)")


def test_western_cp1252_report_keeps_the_cp1252_reading(tmp_path: Path) -> None:
    """A detector guesses short Western text poorly (cp1250, cp775): cp1252 stays."""
    text = ("Le ministre a reçu l’élève à l’Élysée\n\nLe café coûte 5 € – « pas cher » : "
            "la hausse a été de 3 %, à Zürich les Straßen sont größer.")
    p = tmp_path / "paris.txt"
    p.write_bytes(text.encode("cp1252"))
    [a] = load(p)
    assert isinstance(a, Article) and a.title == "Le ministre a reçu l’élève à l’Élysée"
    assert a.text == text.split("\n\n")[1]
    assert [r.detail for r in a.repairs] == ["not UTF-8: read as cp1252"]


@given(st.binary(max_size=300))
def test_decode_never_fails_and_keeps_ascii_digits(data: bytes) -> None:
    text, _ = decode(data)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and 0 not in data:
        digits = [chr(b) for b in data.removeprefix(b"\xef\xbb\xbf") if 0x30 <= b <= 0x39]
        assert [c for c in text if "0" <= c <= "9"] == digits


def test_deeply_nested_json_is_an_input_error(tmp_path: Path) -> None:
    doc = tmp_path / "deep.json"
    doc.write_text("[" * 100_000 + "]" * 100_000)
    lines = tmp_path / "deep.jsonl"
    lines.write_text('{"title": "ok", "text": "Fine."}\n{"a": ' + "[" * 100_000 + "]" * 100_000
                     + "}\n")
    items = load(doc, lines)
    assert [str(e) for e in errors(items)] == [
        f"{doc}: invalid JSON: nested too deeply (an article is a flat object)",
        f"{lines}:2: invalid JSON: nested too deeply (an article is a flat object)"]
    assert [a.text for a in articles(items)] == ["Fine."]


def test_a_detected_charset_never_swallows_ascii() -> None:
    # charset-normalizer may call two bytes johab, one of them the ASCII digit '1'
    text, _ = decode(b"\xde1")
    assert "1" in text
