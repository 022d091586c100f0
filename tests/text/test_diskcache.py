"""The disk cache of derived data: built once, loaded after, rebuilt whenever an entry is unusable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsclean.text import detect, diskcache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(diskcache.ENV, str(tmp_path))
    return tmp_path


class Builder:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_an_entry_is_built_once_then_loaded(folder: Path) -> None:
    build = Builder({"a": [1.0, 2.0]})
    first = diskcache.cached("thing", "key 1", build, lambda v: isinstance(v, dict))
    second = diskcache.cached("thing", "key 1", build, lambda v: isinstance(v, dict))
    assert first == second == {"a": [1.0, 2.0]}
    assert build.calls == 1
    assert len(list(folder.glob("thing-*.pickle"))) == 1


def test_another_key_is_another_entry(folder: Path) -> None:
    diskcache.cached("thing", "key 1", Builder(1), lambda v: True)
    build = Builder(2)
    assert diskcache.cached("thing", "key 2", build, lambda v: True) == 2
    assert build.calls == 1
    assert len(list(folder.glob("thing-*.pickle"))) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05\x95garbage"])
def test_an_unreadable_entry_is_rebuilt_and_rewritten(folder: Path, damage: bytes) -> None:
    diskcache.cached("thing", "k", Builder([1]), lambda v: True)
    (path,) = folder.glob("thing-*.pickle")
    path.write_bytes(damage)
    build = Builder([1])
    assert diskcache.cached("thing", "k", build, lambda v: True) == [1]
    assert build.calls == 1
    again = Builder([1])
    assert diskcache.cached("thing", "k", again, lambda v: True) == [1]
    assert again.calls == 0


def test_an_entry_the_check_rejects_is_rebuilt(folder: Path) -> None:
    diskcache.cached("thing", "k", Builder("old"), lambda v: True)
    build = Builder("new")
    assert diskcache.cached("thing", "k", build, lambda v: v == "new") == "new"
    assert build.calls == 1


@pytest.mark.parametrize("value", ["off", "", "0"])
def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(diskcache.ENV, value)
    monkeypatch.chdir(tmp_path)
    build = Builder(3)
    assert diskcache.cached("thing", "k", build, lambda v: True) == 3
    assert diskcache.cached("thing", "k", build, lambda v: True) == 3
    assert build.calls == 2
    assert diskcache.cache_dir() is None
    assert list(tmp_path.iterdir()) == []


def test_the_default_place_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(diskcache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert diskcache.cache_dir() == tmp_path / "newsclean"


def test_a_cache_that_cannot_be_written_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv(diskcache.ENV, str(blocker / "cache"))
    build = Builder(4)
    assert diskcache.cached("thing", "k", build, lambda v: True) == 4
    assert diskcache.cached("thing", "k", build, lambda v: True) == 4
    assert build.calls == 2
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_no_temporary_file_is_left_behind(folder: Path) -> None:
    diskcache.cached("thing", "k", Builder(list(range(1000))), lambda v: True)
    assert [p.name.startswith("thing-") and p.suffix == ".pickle" for p in folder.iterdir()] == [True]


TEXTS = (
    "Das ist ein kurzer Satz über die Sprache.",
    "Abonnez-vous à notre lettre d'information",
    "Ferry service to open in spring",
    "OTR 7FAC 6194 DAA9",
)


def test_a_langdetect_factory_loaded_from_the_cache_answers_as_a_built_one(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    detect._langdetect_factory.cache_clear()
    try:
        built = [detect._langdetect(text, "Latin") for text in TEXTS]
        assert len(list(folder.glob("langdetect-*.pickle"))) == 1
        detect._langdetect_factory.cache_clear()

        def no_build(paths: list[str]) -> object:
            raise AssertionError("the factory should have come from the disk cache")

        monkeypatch.setattr(detect, "_build_factory", no_build)
        loaded = [detect._langdetect(text, "Latin") for text in TEXTS]
    finally:
        detect._langdetect_factory.cache_clear()
    assert loaded == built
    assert max(built[0], key=built[0].__getitem__) == "de"


def test_a_langdetect_factory_for_other_languages_is_not_taken(folder: Path) -> None:
    detect._langdetect_factory.cache_clear()
    try:
        detect._langdetect_factory("Latin")
        detect._langdetect_factory("Cyrillic")
        names = sorted(p.name for p in folder.glob("langdetect-*.pickle"))
        assert len(names) == 2
        detect._langdetect_factory.cache_clear()
        cyrillic = detect._langdetect_factory("Cyrillic")
        assert cyrillic is not None
        assert cyrillic.get_lang_list() == ["bg", "mk", "ru", "uk"]
    finally:
        detect._langdetect_factory.cache_clear()
    assert sorted(os.listdir(folder)) == names  # loaded, not written again


def test_a_folder_others_may_write_to_is_never_read(folder: Path) -> None:
    diskcache.cached("thing", "k", Builder("mine"), lambda v: True)
    assert len(list(folder.glob("thing-*.pickle"))) == 1
    folder.chmod(0o777)
    try:
        build = Builder("fresh")
        assert diskcache.cached("thing", "k", build, lambda v: True) == "fresh"
        assert build.calls == 1
    finally:
        folder.chmod(0o700)
    again = Builder("fresh")
    assert diskcache.cached("thing", "k", again, lambda v: True) == "mine"
    assert again.calls == 0


def test_a_new_cache_folder_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(diskcache.ENV, str(tmp_path / "new" / "cache"))
    diskcache.cached("thing", "k", Builder(1), lambda v: True)
    assert (tmp_path / "new" / "cache").stat().st_mode & 0o777 == 0o700


def test_stop_lists_come_from_the_cache_as_justext_gives_them(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import justext

    from newsclean.text import stopwords

    stopwords._stoplists.cache_clear()
    stopwords.stoplist.cache_clear()
    try:
        built = stopwords._stoplists()
        assert len(list(folder.glob("stoplists-*.pickle"))) == 1
        stopwords._stoplists.cache_clear()
        monkeypatch.setattr(stopwords, "_read_stoplists", lambda: pytest.fail("read again"))
        loaded = stopwords._stoplists()
        assert loaded == built
        for language, name in [("en", "English"), ("de", "German"), ("tr", "Turkish"), ("ru", "Russian")]:
            fresh = {word.casefold() for word in justext.get_stoplist(name)} - {""}
            assert stopwords.stoplist(language) == fresh
    finally:
        stopwords._stoplists.cache_clear()
        stopwords.stoplist.cache_clear()
