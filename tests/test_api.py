"""The public contract: exported names, result shape, determinism and kinds."""

from __future__ import annotations

import dataclasses
import json

import pytest

import newsclean
from newsclean import Config, Result

EXPECTED_ALL = {
    "Category", "Config", "ConfigError", "DecodeError", "Decoded", "ExtractionError", "InputError", "Kind",
    "LanguageGuess", "LearnOptions", "Learner", "Metadata", "MissingExtraError", "NewscleanError",
    "Pipeline", "Profile", "Removal", "Repaired", "Result", "RuleError", "Segment", "Stats", "check_kind",
    "clean", "clean_html", "decode", "detect_language", "load_profile", "repair", "save_profile",
}  # fmt: skip

ARTICLE = (
    "Skip to main content\n\n"
    "Officials in the port city said on Monday that the new ferry line would open in spring.\n\n"
    "The mayor told reporters the service would carry up to 400 passengers a day.\n"
)


def test_all_is_the_curated_list() -> None:
    assert set(newsclean.__all__) == EXPECTED_ALL
    for name in newsclean.__all__:
        assert hasattr(newsclean, name), name


def test_result_is_frozen_and_to_dict_has_the_contract_keys() -> None:
    result = newsclean.clean(ARTICLE)
    assert isinstance(result, Result)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.body = "x"  # type: ignore[misc]
    record = result.to_dict()
    assert list(record) == ["body", "paragraphs", "paragraph_lines", "metadata", "removed", "stats"]
    assert record["body"] == "\n\n".join(record["paragraphs"])
    json.dumps(record)  # plain JSON types only
    meta_keys = set(record["metadata"])
    contract = {"title", "date", "url", "language", "language_score", "script", "tags", "description",
                "authors", "captions", "encoding", "fixes", "newsclean_version", "config_hash"}  # fmt: skip
    assert contract <= meta_keys
    for removal in record["removed"]:
        assert set(removal) == {"text", "category", "cleaner", "reason", "start_line", "end_line",
                                "language", "script", "rule"}  # fmt: skip


def test_equal_input_gives_equal_output() -> None:
    first = json.dumps(newsclean.clean(ARTICLE).to_dict(), sort_keys=True)
    newsclean.clean("Ein ganz anderer Text über das Wetter in Berlin, der länger ist als nötig.")
    second = json.dumps(newsclean.clean(ARTICLE).to_dict(), sort_keys=True)
    assert first == second


def test_bytes_input_records_the_encoding() -> None:
    data = "Le ministre a déclaré que les négociations reprendraient la semaine prochaine.".encode("cp1252")
    result = newsclean.clean(data, kind="text")
    assert result.metadata.encoding == "cp1252"
    assert "négociations" in result.body


def test_url_argument_goes_to_metadata() -> None:
    result = newsclean.clean(ARTICLE, url="https://example.org/a/1")
    assert result.metadata.url == "https://example.org/a/1"


def test_config_hash_changes_with_options() -> None:
    a = newsclean.clean(ARTICLE).metadata.config_hash
    b = newsclean.clean(ARTICLE, config=Config(guard_share=0.3)).metadata.config_hash
    assert a and b and a != b


@pytest.mark.parametrize("bad", [123, None, ["text"]])
def test_wrong_input_type_is_an_input_error(bad: object) -> None:
    with pytest.raises(newsclean.InputError):
        newsclean.clean(bad)  # type: ignore[arg-type]


def test_unknown_kind_is_a_config_error() -> None:
    with pytest.raises(newsclean.ConfigError):
        newsclean.clean(ARTICLE, kind="pdf")  # type: ignore[arg-type]


def test_errors_form_one_tree() -> None:
    for name in (
        "ConfigError",
        "DecodeError",
        "InputError",
        "RuleError",
        "ExtractionError",
        "MissingExtraError",
    ):
        assert issubclass(getattr(newsclean, name), newsclean.NewscleanError)
