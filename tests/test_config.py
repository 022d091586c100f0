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
    ],
)
def test_bad_files_raise_config_error_with_a_clear_message(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        Config.from_toml(path)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        Config.from_toml(tmp_path / "absent.toml")


def test_hash_is_stable_and_option_sensitive() -> None:
    assert Config().hash() == Config().hash()
    assert Config().hash() != Config(straighten_quotes=True).hash()
    assert len(Config().hash()) == 16
