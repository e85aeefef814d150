from __future__ import annotations

from pathlib import Path

import pytest

from newsdigest import config
from newsdigest.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "c.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_config_lists_every_setting_with_its_default() -> None:
    assert (ROOT / "config.yaml").read_text(encoding="utf-8") == config.render_yaml()
    assert config.load(str(ROOT / "config.yaml")).values == config.defaults().values


def test_a_file_of_the_defaults_is_read_without_yaml_as_yaml_reads_it() -> None:
    """``read_file`` skips PyYAML for a file that is ``render_yaml()`` (the shipped one)."""
    assert repr(config._parse_yaml(config.render_yaml())) == repr(config._default_data())


def test_readme_lists_every_setting_as_the_fields_describe_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert config.render_markdown() in readme  # python tools/write_config.py rewrites it
    assert all(f"`{s.key}`" in config.render_markdown() for s in config.SETTINGS)


def test_no_file_means_builtin_defaults(isolated: Path) -> None:
    cfg = config.load(env={"HOME": str(isolated)}, cwd=isolated)
    assert cfg.values == config.defaults().values
    assert cfg.source("match.same") == config.BUILTIN


def test_precedence_explicit_env_cwd_user(tmp_path: Path) -> None:
    user = tmp_path / "xdg" / "newsdigest"
    user.mkdir(parents=True)
    (user / "config.yaml").write_text("digest:\n  top: 1\n")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    assert config.load(env=env, cwd=cwd).digest.top == 1
    (cwd / "config.yaml").write_text("digest:\n  top: 2\n")
    assert config.load(env=env, cwd=cwd).digest.top == 2
    envfile = write(tmp_path, "digest:\n  top: 3\n")
    env["NEWSDIGEST_CONFIG"] = str(envfile)
    cfg = config.load(env=env, cwd=cwd)
    assert cfg.digest.top == 3
    assert cfg.source("digest.top") == str(envfile)
    explicit = tmp_path / "x.yaml"
    explicit.write_text("digest: {top: 4}\n")
    assert config.load(str(explicit), env=env, cwd=cwd).digest.top == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("digest:\n  topp: 3\n", "unknown setting 'digest.topp'"),
        ("nonsense: 1\n", "unknown setting 'nonsense'"),
        ("digest:\n  top: three\n", "'digest.top' must be an integer"),
        ("digest:\n  top: true\n", "'digest.top' must be an integer"),
        ("match:\n  same: 140\n", "'match.same' must be at most 100"),
        ("match:\n  same: 40\n  related: 60\n", "'match.related' must not exceed 'match.same'"),
        ("clean:\n  boilerplate: All news\n", "'clean.boilerplate' must be a list"),
        ("cluster:\n  linkage: bogus\n", "'cluster.linkage' must be weighted or average"),
        ("load:\n  html_extractor: lynx\n", "'load.html_extractor' must be auto, trafilatura"),
        ("match:\n  conflicts: [figure, colour]\n", "'match.conflicts' must be figure"),
        ("- a\n- b\n", "config must be a mapping"),
        ("digest: [\n", "invalid YAML"),
        ("x: !!python/object/apply:os.system ['echo hi']\n", "invalid YAML"),
        ("a: &a [1, 2]\nb: &b [*a, *a]\nc: [*b, *b]\n", "aliases (*name) are not allowed"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        config.load(str(path))
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "digest:\n  top: 3\n  bad: [\n")
    with pytest.raises(ConfigError, match=r"c\.yaml:\d+: invalid YAML"):
        config.load(str(path))


def test_named_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        config.load(str(tmp_path / "missing.yaml"))


def test_command_line_overrides_are_checked() -> None:
    cfg = config.defaults().replace({"digest.top": 2})
    assert cfg.digest.top == 2
    assert cfg.source("digest.top") == "command line"
    with pytest.raises(ConfigError, match="must be at least 0"):
        config.defaults().replace({"digest.top": -1})


def test_settings_are_typed_fields_and_the_listing_is_made_from_them() -> None:
    cfg = config.defaults()
    assert cfg.match.same == 55.7 and cfg.cluster.linkage == "weighted"
    keys = [s.key for s in config.SETTINGS]
    assert len(keys) == len(set(keys)) and "cluster.date_window" in keys
    for s in config.SETTINGS:  # every field has a description and its default in the file
        assert s.help and cfg.value(s.key) == s.default
        assert f"# {s.help}" in config.render_yaml()
    with pytest.raises(AttributeError):
        cfg.match.same = 3.0  # type: ignore[misc]
