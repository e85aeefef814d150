"""Settings: every one has a default, a type, bounds and a one-line description here, and the
shipped ``config.yaml`` lists them all. Precedence: ``--config PATH`` > ``$NEWSDIGEST_CONFIG`` >
``./config.yaml`` > the user config dir (``$XDG_CONFIG_HOME/newsdigest/config.yaml``) > built-in
defaults. Files are read with ``yaml.safe_load`` (no tags, no objects); an unknown key, a wrong
type or an out-of-range value is a ``ConfigError`` naming the file and the key."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ConfigError

BUILTIN = "built-in default"
MAX_CONFIG_BYTES = 1_000_000
MAX_INT = 2**53  # the largest integer any setting takes (a number of bytes, items, ...)


@dataclass(frozen=True, slots=True)
class Setting:
    key: str  # dotted: 'section.name'
    default: Any
    help: str
    lo: float | None = None  # bounds for numbers
    hi: float | None = None


def _s(
    key: str, default: Any, help: str, lo: float | None = None, hi: float | None = None
) -> Setting:
    return Setting(key, default, help, lo, hi)


SETTINGS: tuple[Setting, ...] = (
    # cleaning
    _s("clean.boilerplate", ["All news", "Advertisement", "Share this article", "Read more"],
       "lines dropped when they match one of these, whole line, case-insensitive (regex)"),
    _s("clean.fix_mojibake", True, "repair text decoded with the wrong encoding (ftfy)"),
    _s("clean.fix_homoglyphs", True,
       "replace Cyrillic/Greek look-alike letters inside Latin words"),
    # loading
    _s("load.fields", {
        "id": ["id", "guid", "uuid", "doc_id"],
        "title": ["title", "headline", "heading"],
        "text": ["text", "body", "content", "maintext", "article", "story"],
        "source": ["source", "outlet", "publisher", "site_name", "domain", "source_domain"],
        "date": ["date", "published", "date_publish", "published_at", "pubDate", "datetime"],
        "url": ["url", "link", "uri"],
    }, "JSON field names tried for each article field, first present wins"),
    _s("load.max_title_chars", 300,
       "a text file's first line longer than this is body text, not a headline", 1, None),
    _s("load.max_json_document_bytes", 200_000_000,
       "largest JSON object/array file read whole (JSON Lines is streamed)", 1, None),
    _s("load.include", [],
       "in directories and archives, read only files matching one of these globs (a pattern "
       "with no '/' matches the file name, else the relative path); none: known extensions"),
    _s("load.exclude", [],
       "in directories and archives, skip files matching one of these globs (same matching)"),
    _s("load.max_archive_members", 100_000, "most files read from one .zip or .tar archive",
       1, None),
    _s("load.html_extractor", "auto",
       "web pages: trafilatura, plain (the built-in standard-library extractor), or auto "
       "(trafilatura, plain when it cannot be imported or finds no text, said in cleaning)"),
    _s("load.html_drop", ["nav", "menu", "footer", "cookie", "consent", "gdpr", "banner",
                          "related", "share", "social", "newsletter", "subscribe", "promo",
                          "advert", "sponsor", "sidebar", "comment", "breadcrumb", "byline",
                          "popup", "modal", "skip-link", "tags"],
       "plain HTML extractor: drop elements whose id or class contains one of these words"),
    _s("load.max_feed_bytes", 50_000_000, "largest RSS/Atom feed file read", 1, None),
    _s("load.fetch_timeout", 20.0, "seconds to wait for a URL to answer (each read)", 0.1, 600),
    _s("load.fetch_max_bytes", 10_000_000, "largest web page or feed fetched, in bytes",
       1, None),
    _s("load.fetch_max_redirects", 5, "most redirects followed when fetching a URL", 0, 30),
    _s("load.user_agent", "newsdigest/0.1",
       "User-Agent header sent when fetching a URL"),
    # digest
    _s("digest.top", 5, "key statements per digest (summarize --top)", 0, 1000),
    # matching
    _s("match.same", 54.4, "score at or above which two statements say the same thing", 0, 100),
    _s("match.related", 20.8, "score at or above which two statements are related", 0, 100),
    _s("match.group", 24.0, "compare: two groups of statements join when the mean score over "
       "their cross pairs reaches this and most of those pairs are related (a pair below "
       "match.related counts 0)", 0, 100),
    _s("match.conflicts", ["figure", "negation", "direction", "speaker", "place"],
       "disagreements that keep two statements out of tier 'same' (figure, negation, "
       "direction, speaker, place)"),
    _s("match.figure_tolerance", 0.25,
       "figures with the same unit that differ by more than this share are a conflict that "
       "keeps two statements out of tier 'same'", 0, 100),
    _s("match.conflict_words", 1,
       "a negation, direction, speaker or place conflict keeps two statements out of tier "
       "'same' when "
       "neither has more than this many content words the other lacks", 0, 1000),
    # clustering articles into stories (cluster/)
    _s("cluster.threshold", 0.17,
       "linkage similarity at or above which articles join one story", 0, 1),
    _s("cluster.linkage", "weighted",
       "how the similarity of two groups is computed: weighted (WPGMA) or average (UPGMA)"),
    _s("cluster.name_boost", 2.0, "weight of capitalised names against other words", 0, 20),
    _s("cluster.number_boost", 2.0, "weight of numbers and dates against other words", 0, 20),
    _s("cluster.lead_boost", 2.0, "weight of headline and lead words against the rest", 0, 20),
    _s("cluster.max_chars", 6000, "characters of each article read for its signature", 200, None),
    _s("cluster.max_terms", 60, "heaviest terms kept in each article's vector", 5, 10_000),
    _s("cluster.name_weight", 0.6,
       "share of the similarity that comes from names, numbers and dates alone", 0, 1),
    _s("cluster.lexicon_weight", 0.5,
       "term rarity pools the corpus with the shipped news lexicon; weight of one lexicon "
       "document against one input article", 0, 100),
    _s("cluster.actor_penalty", 0.8,
       "factor on the similarity of two reports whose main names do not occur in each other",
       0, 1),
    _s("cluster.block_keys", 24,
       "heaviest distinct terms per article used to find candidate pairs (a pair must share "
       "two of them, or one name key)", 1, 256),
    _s("cluster.block_name_keys", 4,
       "heaviest names, numbers and dates per article of which one shared makes a pair a "
       "candidate", 0, 64),
    _s("cluster.block_max_df", 0.05,
       "terms in more than this share of articles are not used to find candidates", 0, 1),
    _s("cluster.block_max_posting", 500,
       "terms in more than this many articles are not used to find candidates", 50, None),
    _s("cluster.date_window", 30,
       "days two reports (or their events) may differ and still be one story", 0, 3660),
    _s("cluster.date_penalty", 0.2,
       "factor on the similarity of two reports published further apart than the window, "
       "by their dates (or, without one, a headline that is only a date or the date of the "
       "event they report) (1 = off)", 0, 1),
    _s("cluster.event_penalty", 0.1,
       "factor on the similarity of two reports whose events (as extraction found them: "
       "dateline or event date) are dated further apart than the window (1 = off)", 0, 1),
    _s("cluster.place_penalty", 0.1,
       "factor on the similarity of two reports whose events (dateline or event place) happen "
       "in different places (1 = off)", 0, 1),
    _s("cluster.max_component", 5000,
       "largest candidate component clustered exactly (bigger ones are split)", 10, None),
    _s("cluster.workers", 0,
       "processes the local engine uses on large inputs: signing, scoring candidate pairs, "
       "clustering groups (0 = one per core)",
       0, 256),
    # terminal output
    _s("output.pager", "",
       "command long tables go through on a terminal (empty: $PAGER, else less -FRX; cat: "
       "none); $NEWSDIGEST_PAGER and --no-pager come first"),
    # limits
    _s("limits.max_article_bytes", 20_000_000, "largest single article read, in bytes", 1, None),
    _s("limits.max_total_bytes", 2_000_000_000, "most bytes read across all inputs", 1, None),
    _s("limits.max_analysed_chars", 2_000_000,
       "characters of one article analysed (a longer one is cut at a paragraph, with a "
       "warning), so every step stays bounded", 1000, None),
    _s("limits.max_statements", 20_000,
       "most statements compare aligns at once (use cluster beyond)", 2, None),
)

_BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Config:
    values: Mapping[str, Any]
    sources: Mapping[str, str] = field(default_factory=dict)  # key -> where the value came from

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def get_float(self, key: str) -> float:
        return float(self.values[key])

    def get_int(self, key: str) -> int:
        return int(self.values[key])

    def get_bool(self, key: str) -> bool:
        return bool(self.values[key])

    def get_str(self, key: str) -> str:
        return str(self.values[key])

    def get_list(self, key: str) -> list[str]:
        return [str(v) for v in self.values[key]]

    def get_map(self, key: str) -> dict[str, Any]:
        return dict(self.values[key])

    def source(self, key: str) -> str:
        return self.sources.get(key, BUILTIN)

    def replace(self, overrides: Mapping[str, Any], source: str = "command line") -> Config:
        values = dict(self.values)
        sources = dict(self.sources)
        for key, value in overrides.items():
            values[key] = _check(key, value, source)
            sources[key] = source
        _check_relations(values, sources)
        return Config(values, sources)


def defaults() -> Config:
    return Config({s.key: s.default for s in SETTINGS}, {})


def _type_name(v: Any) -> str:
    return {bool: "true/false", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a mapping"}.get(type(v), type(v).__name__)


def _check(key: str, value: Any, where: str) -> Any:
    setting = _BY_KEY.get(key)
    if setting is None:
        raise ConfigError(f"unknown setting '{key}'", where=where)
    default = setting.default
    ok: bool
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok:
            try:
                value = float(value)
            except OverflowError:  # an integer of hundreds of digits
                value = math.inf
    elif isinstance(default, str):
        ok = isinstance(value, str)
    elif isinstance(default, list):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    elif isinstance(default, dict):
        ok = isinstance(value, dict) and all(isinstance(k, str) for k in value)
    else:  # pragma: no cover - a setting with an unsupported default is a bug here
        ok = False
    if not ok:
        raise ConfigError(f"'{key}' must be {_type_name(default)}, got {_short(value)}",
                          where=where)
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"'{key}' must be a finite number, got {_short(value)}", where=where)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
        raise ConfigError(f"'{key}' must be at most {MAX_INT}, got {_short(value)}",
                          where=where)
    if setting.lo is not None and value < setting.lo:
        raise ConfigError(f"'{key}' must be at least {setting.lo:g}, got {_short(value)}",
                          where=where)
    if setting.hi is not None and value > setting.hi:
        raise ConfigError(f"'{key}' must be at most {setting.hi:g}, got {_short(value)}",
                          where=where)
    return value


def _short(value: Any) -> str:
    """A value as a message shows it: at most 60 characters (an integer of 5,000 digits is
    not written out; ``repr`` of one over 4,300 digits would even fail)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 190:
        return f"an integer of about {int(value.bit_length() * 0.30103)} digits"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_relations(values: Mapping[str, Any], sources: Mapping[str, str]) -> None:
    if values["match.related"] > values["match.same"]:
        where = sources.get("match.related", BUILTIN)
        raise ConfigError("'match.related' must not exceed 'match.same'", where=where)


def _flatten(data: Mapping[str, Any], where: str, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        if not isinstance(k, str):
            raise ConfigError(f"key {k!r} is not a string", where=where)
        key = f"{prefix}{k}"
        if key in _BY_KEY:
            out[key] = v
        elif isinstance(v, dict) and any(s.startswith(key + ".") for s in _BY_KEY):
            out.update(_flatten(v, where, key + "."))
        else:
            raise ConfigError(f"unknown setting '{key}'", where=where)
    return out


def read_file(path: Path) -> dict[str, Any]:
    """Read one YAML config file into flat ``{dotted.key: value}``, validated."""
    import yaml

    where = str(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as e:
        raise ConfigError(f"cannot read config: {e.strerror or e}", where=where) from e
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"config file larger than {MAX_CONFIG_BYTES} bytes", where=where)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError(f"config is not UTF-8 (byte {e.start})", where=where) from e
    try:
        data = yaml.load(text, Loader=_safe_loader())
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise ConfigError(f"invalid YAML: {problem}", where=where + line) from e
    except ValueError as e:  # PyYAML's int() of a number over 4,300 digits
        raise ConfigError(f"invalid value: {str(e).split(';')[0]}", where=where) from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("config must be a mapping of settings", where=where)
    flat = _flatten(data, where)
    return {k: _check(k, v, f"{where}: {k}") for k, v in flat.items()}


@cache
def _safe_loader() -> Any:
    """``yaml.SafeLoader`` that also refuses aliases, so an alias bomb (billion laughs) fails
    at once instead of expanding."""
    import yaml

    class Loader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(
                    None, None, "aliases (*name) are not allowed", event.start_mark
                )
            return super().compose_node(parent, index)

    return Loader


def user_config_path(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".config")
    return Path(base) / "newsdigest" / "config.yaml"


def config_path(explicit: str | None, env: Mapping[str, str], cwd: Path) -> Path | None:
    """The one file that is read, by precedence; None when there is none (built-in defaults)."""
    if explicit:
        return Path(explicit)
    if env.get("NEWSDIGEST_CONFIG"):
        return Path(env["NEWSDIGEST_CONFIG"])
    for p in (cwd / "config.yaml", user_config_path(env)):
        if p.is_file():
            return p
    return None


def load(explicit: str | None = None, env: Mapping[str, str] | None = None,
         cwd: Path | None = None) -> Config:
    """The effective configuration. An explicitly named file (``--config`` or
    ``$NEWSDIGEST_CONFIG``) must exist; the implicit ones are read when present."""
    env = os.environ if env is None else env
    cwd = Path.cwd() if cwd is None else cwd
    path = config_path(explicit, env, cwd)
    base = defaults()
    if path is None:
        return base
    if not path.is_file():
        raise ConfigError("config file not found", where=str(path))
    flat = read_file(path)
    values = dict(base.values)
    values.update(flat)
    sources = {k: str(path) for k in flat}
    _check_relations(values, sources)
    return Config(values, sources)


def render_yaml(cfg: Config | None = None) -> str:
    """The configuration as commented YAML (how ``config.yaml`` is made)."""
    import json

    cfg = cfg or defaults()
    lines = ["# newsdigest configuration: every setting, its default and what it does.",
             "# Precedence: --config PATH > $NEWSDIGEST_CONFIG > ./config.yaml > user config dir.",
             ""]
    section = None
    for s in SETTINGS:
        sec, name = s.key.split(".", 1)
        if sec != section:
            if section is not None:
                lines.append("")
            lines.append(f"{sec}:")
            section = sec
        lines.append(f"  # {s.help}")
        lines.append(f"  {name}: {json.dumps(cfg[s.key], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"
