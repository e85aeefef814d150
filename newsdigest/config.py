"""Settings: one typed object, ``Config``, with a section per stage (``config.match.same``,
``config.cluster.threshold``). Every field has a default, a type, bounds or choices and a
one-line description here; the shipped ``config.yaml``, ``newsdigest config`` and the README
are made from them. Values are checked once, when they are loaded or replaced: an unknown
key, a wrong type, an out-of-range value or an unknown choice is a ``ConfigError`` naming the
file and the key. Precedence: ``--config PATH`` > ``$NEWSDIGEST_CONFIG`` > ``./config.yaml``
> the user config dir (``$XDG_CONFIG_HOME/newsdigest/config.yaml``) > built-in defaults.
Files are read with ``yaml.safe_load`` (no tags, no objects, no aliases)."""

from __future__ import annotations

import copy
import dataclasses
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
    """One setting as the config file, ``newsdigest config`` and the README list it."""

    key: str  # dotted: 'section.name'
    default: Any
    help: str
    lo: float | None = None  # bounds for numbers
    hi: float | None = None
    choices: tuple[str, ...] = ()  # the values a string (or each item of a list) may take


def setting(default: Any, help: str, lo: float | None = None, hi: float | None = None,
            choices: tuple[str, ...] = ()) -> Any:
    """A settings field: its default and what ``Setting`` says of it."""
    meta = {"help": help, "lo": lo, "hi": hi, "choices": choices}
    if isinstance(default, list | dict):
        return field(default_factory=lambda: copy.deepcopy(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True, slots=True)
class CleanSettings:
    """Cleaning (``clean``)."""

    boilerplate: list[str] = setting(
        ["All news", "Advertisement", "Share this article", "Read more",
         "(?:Abstract|Full text)[.:]?", "For immediate release[.:]?",
         "(?:The White House )?Office of the Press Secretary", "For more information\\b.*",
         "(?:Photo )?courtesy of [^.]{0,40}:", "Hit the jump\\b.*", "So,? what do you think\\?",
         "Leave (?:your|a) (?:thoughts|comments?)\\b.*", "\\(?h/t:? [^.]{1,40}\\.?\\)?\\.?",
         "[-–—]? ?\\(?(?:Reuters|AP|AFP|Associated Press)\\)?\\.?",
         "This (?:story|article|post|report) (?:has been|was) updated\\b.*",
         "Contributing(?: reporting)?: .{1,200}", "Editor['’]s note: .{0,300}",
         "Follow [^.,@]{1,40} on (?:Twitter|Facebook|Instagram)(?::? ?(?:@\\w+|https?://\\S+)"
         "(?:,? (?:and )?(?:@\\w+|https?://\\S+))*)?\\.?",
         "(?:E-?mail|Reach|Contact) (?:him|her|them|me)\\b.{0,80}@.{0,80}",
         "Correction appended\\.?",
         "(?=.{0,300}\\b(?:e-?mail|newsletter|podcast|episode)\\b)"
         ".{0,200}\\b(?:click|subscribe|sign up) here\\b.{0,300}",
         "(?:(?:See|Read|Watch|Listen to) [^.:!?]{1,60} (?:here|below)[.:!]? ?)+",
         "(?:Facebook|Twitter|Instagram|LinkedIn|E-?mail|Print|Share|Comments?|Previously)"
         "[.:]?", "Twitter: @\\w+\\.?",
         "[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,3}(?:,? and [A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*)"
         "{0,3})? contributed (?:reporting|to this (?:report|story))(?: from [^.]{1,60})?\\.",
         "\\(all times [A-Z]{2,4}\\):?", "Like (?:the|our) (?:page|Facebook page)\\b.{0,80}",
         "(?:View (?:more|all) related (?:content|articles|stories|news|videos) ?)+"],
        "lines dropped when they match one of these, whole line, case-insensitive (regex)")
    fix_mojibake: bool = setting(
        True,
        "repair text decoded with the wrong encoding (ftfy)")
    fix_homoglyphs: bool = setting(
        True,
        "replace Cyrillic/Greek look-alike letters inside Latin words")


@dataclass(frozen=True, slots=True)
class LoadSettings:
    """Reading inputs (``load/``)."""

    fields: dict[str, list[str]] = setting(
        {
            "id": ["id", "guid", "uuid", "doc_id"],
            "title": ["title", "headline", "heading"],
            "text": ["text", "body", "content", "maintext", "article", "story"],
            "source": ["source", "outlet", "publisher", "site_name", "domain", "source_domain"],
            "date": ["date", "published", "date_publish", "published_at", "pubDate", "datetime"],
            "url": ["url", "link", "uri"],
        },
        "JSON field names tried for each article field, first present wins",
        choices=("id", "title", "text", "source", "date", "url"))
    max_title_chars: int = setting(
        300,
        "a text file's first line longer than this is body text, not a headline",
        lo=1)
    max_json_document_bytes: int = setting(
        200_000_000,
        "largest JSON object/array file read whole (JSON Lines is streamed)",
        lo=1)
    include: list[str] = setting(
        [],
        "in directories and archives, read only files matching one of these globs (a pattern "
        "with no '/' matches the file name, else the relative path); none: known extensions")
    exclude: list[str] = setting(
        [],
        "in directories and archives, skip files matching one of these globs (same matching)")
    max_archive_members: int = setting(
        100_000,
        "most files read from one .zip or .tar archive",
        lo=1)
    html_extractor: str = setting(
        'auto',
        "web pages: trafilatura, plain (the built-in standard-library extractor), or auto "
        "(trafilatura, plain when it cannot be imported or finds no text, said in cleaning)",
        choices=('auto', 'trafilatura', 'plain'))
    html_drop: list[str] = setting(
        [
            "nav", "menu", "footer", "cookie", "consent", "gdpr", "banner", "related", "share",
            "social", "newsletter", "subscribe", "promo", "advert", "sponsor", "sidebar",
            "comment", "breadcrumb", "byline", "popup", "modal", "skip-link", "tags",
        ],
        "plain HTML extractor: drop elements whose id or class contains one of these words")
    max_feed_bytes: int = setting(
        50_000_000,
        "largest RSS/Atom feed file read",
        lo=1)
    fetch_timeout: float = setting(
        20.0,
        "seconds to wait for a URL to answer (each read)",
        lo=0.1, hi=600)
    fetch_max_bytes: int = setting(
        10_000_000,
        "largest web page or feed fetched, in bytes",
        lo=1)
    fetch_max_redirects: int = setting(
        5,
        "most redirects followed when fetching a URL",
        lo=0, hi=30)
    user_agent: str = setting(
        'newsdigest/0.1',
        "User-Agent header sent when fetching a URL")


@dataclass(frozen=True, slots=True)
class DigestSettings:
    """Digests (``digest``)."""

    top: int = setting(
        5,
        "key statements per digest (summarize --top)",
        lo=0, hi=1000)


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Matching statements (``match/``, ``compare``)."""

    same: float = setting(
        55.7,
        "score at or above which two statements say the same thing",
        lo=0, hi=100)
    related: float = setting(
        20.8,
        "score at or above which two statements are related",
        lo=0, hi=100)
    link: float = setting(
        12.0,
        "compare: 'same fact' link score (0-100, P(two statements report the same fact)) at "
        "or above which two statements of different reports are linked",
        lo=0, hi=100)
    group: float = setting(
        22.0,
        "compare: two groups of statements join when the mean link score over their cross "
        "pairs reaches this and most of those pairs are linked (a pair below match.link "
        "counts 0)",
        lo=0, hi=100)
    conflicts: list[str] = setting(
        ["figure", "negation", "direction", "speaker", "place"],
        "disagreements that keep two statements out of tier 'same' (figure, negation, "
        "direction, speaker, place)",
        choices=('figure', 'negation', 'direction', 'speaker', 'place'))
    figure_tolerance: float = setting(
        0.25,
        "figures with the same unit that differ by more than this share are a conflict that "
        "keeps two statements out of tier 'same'",
        lo=0, hi=100)
    conflict_words: int = setting(
        1,
        "a negation, direction, speaker or place conflict keeps two statements out of tier "
        "'same' when neither has more than this many content words the other lacks",
        lo=0, hi=1000)


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Clustering articles into stories (``clustering/``)."""

    threshold: float = setting(
        0.15,
        "linkage similarity at or above which articles join one story",
        lo=0, hi=1)
    linkage: str = setting(
        'weighted',
        "how the similarity of two groups is computed: weighted (WPGMA) or average (UPGMA)",
        choices=('weighted', 'average'))
    name_boost: float = setting(
        2.0,
        "weight of capitalised names against other words",
        lo=0, hi=20)
    number_boost: float = setting(
        2.0,
        "weight of numbers and dates against other words",
        lo=0, hi=20)
    lead_boost: float = setting(
        2.0,
        "weight of headline and lead words against the rest",
        lo=0, hi=20)
    max_chars: int = setting(
        6000,
        "characters of each article read for its signature",
        lo=200)
    max_terms: int = setting(
        60,
        "heaviest terms kept in each article's vector",
        lo=5, hi=10000)
    name_weight: float = setting(
        0.6,
        "share of the similarity that comes from names, numbers and dates alone",
        lo=0, hi=1)
    lexicon_weight: float = setting(
        0.5,
        "term rarity pools the corpus with the shipped news lexicon; weight of one lexicon "
        "document against one input article",
        lo=0, hi=100)
    actor_penalty: float = setting(
        0.8,
        "factor on the similarity of two reports when the main names of one do not occur in "
        "the other",
        lo=0, hi=1)
    block_keys: int = setting(
        24,
        "heaviest distinct terms per article used to find candidate pairs (a pair must share "
        "two of them, or one name key)",
        lo=1, hi=256)
    block_name_keys: int = setting(
        4,
        "heaviest names, numbers and dates per article of which one shared makes a pair a "
        "candidate",
        lo=0, hi=64)
    block_max_df: float = setting(
        0.05,
        "terms in more than this share of articles are not used to find candidates",
        lo=0, hi=1)
    block_max_posting: int = setting(
        500,
        "terms in more than this many articles are not used to find candidates",
        lo=50)
    date_window: int = setting(
        14,
        "days two reports' publication dates may differ and the reports still be about one "
        "event: compare's same-event check says no beyond",
        lo=0, hi=3660)
    penalty_window: int = setting(
        7,
        "days two reports' publication dates (or their events' dates) may differ before the "
        "date and event penalties apply",
        lo=0, hi=3660)
    date_penalty: float = setting(
        0.2,
        "factor on the similarity of two reports whose publication dates (as the input gives "
        "them) lie further apart than the penalty window (1 = off)",
        lo=0, hi=1)
    event_penalty: float = setting(
        0.1,
        "factor on the similarity of two reports whose events (as extraction found them: "
        "dateline or event date) are dated further apart than the penalty window (1 = off)",
        lo=0, hi=1)
    place_penalty: float = setting(
        0.1,
        "factor on the similarity of two reports whose events (dateline or event place) "
        "happen in different places of one kind: two cities, two countries (1 = off)",
        lo=0, hi=1)
    max_component: int = setting(
        5000,
        "largest candidate component clustered exactly (bigger ones are split)",
        lo=10)
    workers: int = setting(
        0,
        "processes the local engine uses on large inputs: signing, scoring candidate pairs, "
        "clustering groups (0 = one per core)",
        lo=0, hi=256)


@dataclass(frozen=True, slots=True)
class OutputSettings:
    """Terminal output (``cli/``)."""

    pager: str = setting(
        '',
        "command long tables go through on a terminal (empty: $PAGER, else less -FRX; cat: "
        "none); $NEWSDIGEST_PAGER and --no-pager come first")


@dataclass(frozen=True, slots=True)
class LimitSettings:
    """Limits that keep every step bounded."""

    max_article_bytes: int = setting(
        20_000_000,
        "largest single article read, in bytes",
        lo=1)
    max_total_bytes: int = setting(
        2_000_000_000,
        "most bytes read across all inputs",
        lo=1)
    max_analysed_chars: int = setting(
        2_000_000,
        "characters of one article analysed (a longer one is cut at a paragraph, with a "
        "warning), so every step stays bounded",
        lo=1000)
    max_statements: int = setting(
        20_000,
        "most statements compare aligns at once (use cluster beyond)",
        lo=2)


@dataclass(frozen=True)
class Config:
    """The effective settings, a section per stage, and where each value came from."""

    clean: CleanSettings = field(default_factory=CleanSettings)
    load: LoadSettings = field(default_factory=LoadSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    match: MatchSettings = field(default_factory=MatchSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    output: OutputSettings = field(default_factory=OutputSettings)
    limits: LimitSettings = field(default_factory=LimitSettings)
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    def value(self, key: str) -> Any:
        """The value of a dotted key (``'match.same'``)."""
        if key not in _BY_KEY:
            raise ConfigError(f"unknown setting '{key}'")
        section, name = key.split(".", 1)
        return getattr(getattr(self, section), name)

    @property
    def values(self) -> dict[str, Any]:
        """Every setting by dotted key."""
        return {s.key: self.value(s.key) for s in SETTINGS}

    def source(self, key: str) -> str:
        return self.sources.get(key, BUILTIN)

    def replace(self, overrides: Mapping[str, Any], source: str = "command line") -> Config:
        """A copy with ``overrides`` (dotted keys) checked and applied."""
        values = self.values
        sources = dict(self.sources)
        for key, value in overrides.items():
            values[key] = _check(key, value, source)
            sources[key] = source
        return _build(values, sources)


SECTIONS: dict[str, type[Any]] = {
    f.name: f.type if isinstance(f.type, type) else globals()[str(f.type)]
    for f in dataclasses.fields(Config) if f.name != "sources"}

def _default(f: dataclasses.Field[Any]) -> Any:
    return f.default if f.default_factory is dataclasses.MISSING else f.default_factory()


SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f"{name}.{f.name}", _default(f), f.metadata["help"], f.metadata["lo"],
            f.metadata["hi"], f.metadata["choices"])
    for name, cls in SECTIONS.items() for f in dataclasses.fields(cls))

_BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def _build(values: Mapping[str, Any], sources: Mapping[str, str]) -> Config:
    """The ``Config`` of checked flat values (every key present), its relations checked."""
    _check_relations(values, sources)
    parts: dict[str, dict[str, Any]] = {name: {} for name in SECTIONS}
    for key, value in values.items():
        section, name = key.split(".", 1)
        parts[section][name] = value
    return Config(**{name: SECTIONS[name](**kw) for name, kw in parts.items()},
                  sources=dict(sources))


def defaults() -> Config:
    return Config()


def _type_name(v: Any) -> str:
    return {bool: "true/false", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a mapping to non-empty lists of names"
            }.get(type(v), type(v).__name__)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _is_names(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


# the values a setting takes, by the type of its default (bool before int: a bool is an int)
_TYPE_RULES: tuple[tuple[type, Any], ...] = (
    (bool, lambda v: isinstance(v, bool)),
    (int, lambda v: isinstance(v, int) and not isinstance(v, bool)),
    (float, _is_number),
    (str, lambda v: isinstance(v, str)),
    (list, _is_names),
    (dict, lambda v: isinstance(v, dict) and all(
        isinstance(k, str) and x and _is_names(x) for k, x in v.items())),
)


def _check(key: str, value: Any, where: str) -> Any:
    """``value`` for setting ``key`` as it is kept (an integer for a number setting becomes a
    float), or a ``ConfigError`` saying what is wrong with it."""
    spec = _BY_KEY.get(key)
    if spec is None:
        raise ConfigError(f"unknown setting '{key}'", where=where)
    rule = next(ok for kind, ok in _TYPE_RULES if isinstance(spec.default, kind))
    if not rule(value):
        raise ConfigError(f"'{key}' must be {_type_name(spec.default)}, got {_short(value)}",
                          where=where)
    if isinstance(spec.default, float):
        value = _as_float(value)
    _check_range(key, value, spec, where)
    _check_choice(key, value, spec.choices, where)
    return value


def _as_float(value: int | float) -> float:
    try:
        return float(value)
    except OverflowError:  # an integer of hundreds of digits
        return math.inf


def _check_range(key: str, value: Any, spec: Setting, where: str) -> None:
    if not _is_number(value):
        return
    problem = None
    if isinstance(value, float) and not math.isfinite(value):
        problem = "must be a finite number"
    elif isinstance(value, int) and abs(value) > MAX_INT:
        problem = f"must be at most {MAX_INT}"
    elif spec.lo is not None and value < spec.lo:
        problem = f"must be at least {spec.lo:g}"
    elif spec.hi is not None and value > spec.hi:
        problem = f"must be at most {spec.hi:g}"
    if problem:
        raise ConfigError(f"'{key}' {problem}, got {_short(value)}", where=where)


def _check_choice(key: str, value: Any, choices: tuple[str, ...], where: str) -> None:
    if not choices:
        return
    wrong = [v for v in (value if isinstance(value, list | dict) else [value])
             if v not in choices]
    if wrong:
        raise ConfigError(f"'{key}' must be {_one_of(choices)}, got {_short(wrong[0])}",
                          where=where)


def _one_of(choices: tuple[str, ...]) -> str:
    return ", ".join(choices[:-1]) + " or " + choices[-1] if len(choices) > 1 else choices[0]


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
    # the shipped config.yaml says every setting at its default: no YAML to parse (importing
    # PyYAML and parsing cost a command ~10 ms)
    data = _default_data() if text == render_yaml() else _read_yaml(text, where)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("config must be a mapping of settings", where=where)
    flat = _flatten(data, where)
    return {k: _check(k, v, f"{where}: {k}") for k, v in flat.items()}


def _read_yaml(text: str, where: str) -> Any:
    """The YAML document ``text`` (``_parse_yaml``), its errors as ``ConfigError``."""
    import yaml

    try:
        return _parse_yaml(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise ConfigError(f"invalid YAML: {problem}", where=where + line) from e
    except ValueError as e:  # PyYAML's int() of a number over 4,300 digits
        raise ConfigError(f"invalid value: {str(e).split(';')[0]}", where=where) from e


def _default_data() -> dict[str, dict[str, Any]]:
    """What YAML reads from ``render_yaml()``: every setting at its default, by section."""
    out: dict[str, dict[str, Any]] = {}
    for key, value in defaults().values.items():
        section, name = key.split(".", 1)
        out.setdefault(section, {})[name] = value
    return out


def _parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` refusing aliases. A file that parses is read with LibYAML when
    PyYAML has it (ten times faster: the pure-Python parser spends 10 ms on the shipped
    config.yaml); one with an alias or an error is read again by the pure-Python loader, so
    the error is worded as always."""
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            if not any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=fast)):
                return yaml.load(text, Loader=fast)
        except yaml.YAMLError:
            pass
    return yaml.load(text, Loader=_safe_loader())


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
    values = base.values
    values.update(flat)
    return _build(values, {k: str(path) for k in flat})


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
        lines.append(f"  {name}: {json.dumps(cfg.value(s.key), ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


README_START = "<!-- settings: made by tools/write_config.py from newsdigest/config.py -->"
README_END = "<!-- end of settings -->"


def render_markdown() -> str:
    """Every setting as a Markdown table (the README's), from the same fields as the YAML."""
    import json

    rows = [README_START, "", "| setting | default | what it does |", "|---|---|---|"]
    for s in SETTINGS:
        default = json.dumps(s.default, ensure_ascii=False)
        if len(default) > 40:
            default = default[:37] + "..."
        bounds = [f"at least {s.lo:g}" if s.lo is not None else "",
                  f"at most {s.hi:g}" if s.hi is not None else "",
                  f"{'keys' if isinstance(s.default, dict) else 'one of'} {', '.join(s.choices)}"
                  if s.choices else ""]
        extra = "; ".join(b for b in bounds if b)
        text = s.help + (f" ({extra})" if extra else "")
        rows.append(f"| `{s.key}` | `{default}` | {text.replace('|', '/')} |")
    return "\n".join([*rows, "", README_END])
