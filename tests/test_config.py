"""Config: defaults, validation and TOML loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Config, ConfigError


def test_from_toml_reads_top_level_and_section(tmp_path: Path) -> None:
    flat = tmp_path / "flat.toml"
    flat.write_text('guard_share = 0.4\ndisabled_cleaners = ["duplicate"]\n', encoding="utf-8")
    section = tmp_path / "section.toml"
    section.write_text("[newsclean]\nstraighten_quotes = true\n", encoding="utf-8")
    assert Config.from_toml(flat) == Config(guard_share=0.4, disabled_cleaners=("duplicate",))
    assert Config.from_toml(section).straighten_quotes is True


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("guard_sharee = 0.4", "unknown config option"),
        ("guard_share = 'high'", "must be a number"),
        ("guard_share = 1.5", "guard_share"),
        ("straighten_quotes = 1", "true or false"),
        ("disabled_cleaners = 'duplicate'", "list of strings"),
        ("langid_backend = 'fasttext'", "langid_backend"),
        ("not toml at all = = =", "not valid TOML"),
        ("max_input_chars = 0", "max_input_chars must be an integer from 1 to"),
        ("max_input_chars = -1", "max_input_chars must be an integer from 1 to"),
        ("max_input_chars = 1e15", "max_input_chars must be an integer from 1 to"),
        ("max_input_chars = 1000000000000000", "max_input_chars must be an integer from 1 to"),
        ("max_input_chars = '20'", "max_input_chars must be an integer"),
        ("guard_share = -0.1", "guard_share must be in"),
        ("guard_share = nan", "guard_share must be in"),
        ("foreign_min_score = 1.01", "foreign_min_score must be in"),
        ("foreign_min_score = true", "foreign_min_score must be a number"),
        ("language_sample_chars = -3000", "language_sample_chars must be an integer"),
        ("language_sample_chars = 3000.5", "language_sample_chars must be an integer"),
        ("min_foreign_chars = -1", "min_foreign_chars must be an integer"),
        ("html_favor = 3", "html_favor must be one of balanced, fast, precision, recall"),
        ("rule_languages = [1, 2]", "list of strings"),
        ("disabled_cleaner = ['caption']", "did you mean 'disabled_cleaners'"),
        ("[newsclean]\nmax_input_char = 5", "did you mean 'max_input_chars'"),
        ("x = " + "[" * 2000 + "]" * 2000, "nests values too deeply|not valid TOML"),
    ],
)
def test_bad_files_raise_config_error_with_a_clear_message(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        Config.from_toml(path)


@pytest.mark.parametrize(
    "options",
    [
        {"max_input_chars": 0},
        {"max_input_chars": -1},
        {"max_input_chars": 10**15},
        {"max_input_chars": 1e15},
        {"guard_share": 0.0},
        {"guard_share": 2},
        {"foreign_min_score": -0.5},
        {"language_sample_chars": -1},
        {"min_foreign_chars": -40},
        {"straighten_quotes": "yes"},
        {"disabled_cleaners": "caption"},
        {"rule_languages": [None]},
    ],
)
def test_construction_checks_every_range_too(options: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match="must be"):
        Config(**options)  # type: ignore[arg-type]


def test_lists_become_tuples_and_whole_shares_floats_so_equal_configs_hash_alike() -> None:
    config = Config(disabled_cleaners=["caption"], guard_share=1)  # type: ignore[arg-type]
    assert config == Config(disabled_cleaners=("caption",), guard_share=1.0)
    assert config.hash() == Config(disabled_cleaners=("caption",), guard_share=1.0).hash()


def test_a_non_utf8_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes("# café\nguard_share = 0.4\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        Config.from_toml(path)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        Config.from_toml(tmp_path / "absent.toml")


def test_hash_is_stable_and_option_sensitive() -> None:
    assert Config().hash() == Config().hash()
    assert Config().hash() != Config(straighten_quotes=True).hash()
    assert len(Config().hash()) == 16
