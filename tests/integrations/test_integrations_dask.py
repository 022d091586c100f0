"""The Dask adapter: bags and dataframes give the local results, record for record, on any scheduler."""

from __future__ import annotations

import hashlib
import importlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean.integrations import COLUMNS
from newsclean.integrations.dask import clean_bag, clean_dataframe, frame_dtypes

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = [
    "Последние новости\n\n"
    "The ferry operator said on Monday that crossings to the island would double in summer, after "
    "bookings rose sharply for a second year.\n\n"
    "Tickets for the extra sailings go on sale next week.\n\n"
    "Comments (12)",
    "Publicité\n\n"
    "Le conseil régional a voté jeudi un budget en hausse pour les lycées, selon un communiqué publié "
    "dans la soirée.\n\n"
    "Les travaux de rénovation commenceront dès la rentrée prochaine dans une dizaine d'établissements.",
    "Lees ook: vijf tips voor de zomer\n\n"
    "De gemeente heeft dinsdag bekendgemaakt dat de brug over het kanaal drie maanden dicht gaat voor "
    "groot onderhoud, zo meldt een woordvoerder.\n\n"
    "Fietsers kunnen tijdelijk gebruikmaken van een pont.",
]
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # an image, not text
# Texts, records with and without id/url, and three documents newsclean must refuse.
ITEMS: list[Any] = [
    ARTICLES[0],
    {"id": "fr-7", "text": ARTICLES[1], "url": "https://region.example.fr/budget"},
    ARTICLES[2].encode("utf-8"),
    {"text": ARTICLES[2], "url": "https://stad.example.nl/brug"},
    BINARY,
    {"id": 99, "body": ARTICLES[0]},  # the text is under another key
    17,
]


def local_record(item: Any) -> dict[str, Any]:
    """The record a plain, single-process ``newsclean.clean`` run gives."""
    text, url = (item.get("text"), item.get("url")) if isinstance(item, dict) else (item, None)
    digest = None
    if isinstance(text, (str, bytes)):
        digest = hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()[:16]
    doc_id = item.get("id", digest) if isinstance(item, dict) else digest
    try:
        if not isinstance(text, (str, bytes)):
            raise newsclean.InputError(f"the text is {type(text).__name__}, not str or bytes")
        result = newsclean.clean(text, url=url)
    except newsclean.NewscleanError as exc:
        return {"id": doc_id, "source": url, "error": {"type": type(exc).__name__, "message": str(exc)}}
    return {"id": doc_id, "source": url, **result.to_dict()}


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as dask_client,
    ):
        yield dask_client


@pytest.fixture(params=["synchronous", "distributed"])
def scheduler(request: pytest.FixtureRequest) -> Any:
    if request.param == "distributed":
        return request.getfixturevalue("client")
    return request.param


def test_bag_gives_the_local_records_in_order(scheduler: Any) -> None:
    db = pytest.importorskip("dask.bag")
    out = clean_bag(db.from_sequence(ITEMS, npartitions=3)).compute(scheduler=scheduler)
    expected = [local_record(item) for item in ITEMS]
    assert out == expected
    assert json.dumps(out, sort_keys=True) == json.dumps(expected, sort_keys=True)
    refused = ["DecodeError", "InputError", "InputError"]
    assert [r.get("error", {}).get("type") for r in out] == [None, None, None, None, *refused]
    assert [r["id"] for r in out][1::4] == ["fr-7", 99]
    assert "foreign_language" in {removal["category"] for removal in out[0]["removed"]}


@pytest.mark.parametrize(
    ("option", "default", "renamed"),
    [("text_key", "text", "content"), ("url_key", "url", "link"), ("id_key", "id", "uid")],
)
def test_bag_reads_the_named_keys(option: str, default: str, renamed: str) -> None:
    db = pytest.importorskip("dask.bag")
    base = {"text": ARTICLES[1], "url": "https://b.example.fr/x", "id": "u1"}
    item = {(renamed if key == default else key): value for key, value in base.items()}
    keys: dict[str, Any] = {option: renamed}
    (out,) = clean_bag(db.from_sequence([item]), **keys).compute(scheduler="synchronous")
    expected_body = newsclean.clean(ARTICLES[1], url="https://b.example.fr/x").body
    assert (out["id"], out["source"], out["body"]) == ("u1", "https://b.example.fr/x", expected_body)


def frame_rows() -> dict[str, list[Any]]:
    return {
        "text": [*ARTICLES, None, ARTICLES[1]],
        "url": ["https://ferry.example.com/a", None, "https://stad.example.nl/b", None, None],
        "section": ["travel", "regions", "city", "empty", "regions"],
    }


def test_dataframe_adds_the_local_columns_and_keeps_the_old_ones(scheduler: Any) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    rows = frame_rows()
    ddf = dd.from_pandas(pd.DataFrame(rows), npartitions=2)
    lazy = clean_dataframe(ddf, url_column="url")
    assert list(lazy.columns) == [*rows, *COLUMNS]
    out = lazy.compute(scheduler=scheduler)
    assert out["section"].tolist() == rows["section"]
    assert out.index.tolist() == list(range(len(rows["text"])))
    for i, (text, url) in enumerate(zip(rows["text"], rows["url"], strict=True)):
        got = out.iloc[i]
        if text is None:
            assert got["body"] is pd.NA and got["removed_categories"] == []
            assert got["newsclean_error"].startswith("InputError: the text is")
            continue
        result = newsclean.clean(text, url=url)
        assert got["newsclean_error"] is pd.NA
        assert got["body"] == result.body
        meta = result.metadata
        for name in ("title", "date", "language", "script"):
            assert got[name] == getattr(meta, name) if getattr(meta, name) is not None else got[name] is pd.NA
        assert got["removed_categories"] == sorted({r.category for r in result.removed})
    assert "foreign_language" in out.iloc[0]["removed_categories"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda dd, pd: clean_dataframe(dd.from_pandas(pd.DataFrame({"t": ["x"]}))), "no column 'text'"),
        (lambda dd, pd: clean_dataframe(dd.from_pandas(pd.DataFrame({"text": ["x"]})), url_column="link"),
         "no column 'link'"),
        (lambda dd, pd: clean_bag(dd, kind="markdown"), "kind must be"),  # type: ignore[arg-type]
    ],
)  # fmt: skip
def test_configuration_mistakes_fail_fast(call: Callable[[Any, Any], Any], message: str) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    with pytest.raises(newsclean.ConfigError, match=message):
        call(dd, pd)


@pytest.mark.parametrize(
    ("function", "hidden"),
    [
        (lambda m: m.clean_bag(object()), ["dask", "dask.bag"]),
        (lambda m: m.clean_dataframe(object()), ["dask", "dask.dataframe", "dask.dataframe.utils"]),
    ],
)
def test_missing_dask_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, function: Callable[[Any], Any], hidden: list[str]
) -> None:
    for name in hidden:
        monkeypatch.setitem(sys.modules, name, None)
    # A fresh import proves the module itself does not need dask.
    monkeypatch.delitem(sys.modules, "newsclean.integrations.dask")
    module = importlib.import_module("newsclean.integrations.dask")
    message = r"Dask integration .*pip install 'newsclean\[dask\]'"
    with pytest.raises(newsclean.MissingExtraError, match=message):
        function(module)


def test_dataframe_columns_have_declared_dtypes_that_arrow_writes(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    pytest.importorskip("pyarrow")
    ddf = dd.from_pandas(pd.DataFrame(frame_rows()), npartitions=2)
    lazy = clean_dataframe(ddf, url_column="url")
    declared = frame_dtypes()
    assert {name: lazy.dtypes[name] for name in COLUMNS} == declared
    assert object not in declared.values()
    out = lazy.compute(scheduler="synchronous")
    assert {name: out.dtypes[name] for name in COLUMNS} == declared
    # Dask builds the Arrow schema from its metadata: object columns there fail to convert.
    lazy.to_parquet(tmp_path / "out", write_index=False, compute_kwargs={"scheduler": "synchronous"})
    back = pd.read_parquet(tmp_path / "out", dtype_backend="pyarrow")
    assert back["body"].tolist() == out["body"].tolist()
    assert back["removed_categories"].tolist() == out["removed_categories"].tolist()


def readme_block(heading: str) -> str:
    """The first Python code block under ``heading`` in the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(f"\n{heading}\n", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_readme_recipe_runs_as_written(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    recipe = readme_block("### Dask bags and dataframes")
    address = 'Client("tcp://machine-a:8786")'
    assert recipe.count(address) == 1
    local = 'Client(n_workers=1, threads_per_worker=1, dashboard_address=":0")'
    (tmp_path / "recipe.py").write_text(recipe.replace(address, local), encoding="utf-8")

    records = [
        {"id": "fr-7", "text": ARTICLES[1], "url": "https://region.example.fr/budget"},
        {"id": "nl-1", "text": ARTICLES[2]},
        {"id": "no-text", "url": "https://x.example.com/"},
    ]
    (tmp_path / "scraped").mkdir()
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    (tmp_path / "scraped" / "feed.jsonl").write_text(lines, encoding="utf-8")
    news = {
        "content": [ARTICLES[0], None, ARTICLES[1]],
        "url": ["https://ferry.example.com/a", None, None],
        "section": ["travel", "empty", "regions"],
    }
    (tmp_path / "news").mkdir()
    pd.DataFrame(news).to_parquet(tmp_path / "news" / "part-0.parquet")

    done = subprocess.run(
        [sys.executable, "recipe.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]

    parts = sorted((tmp_path / "clean").glob("part-*.jsonl"))
    written = [json.loads(line) for part in parts for line in part.read_text("utf-8").splitlines()]
    assert written == [local_record(r) for r in records]
    assert written[2]["error"]["type"] == "InputError"

    back = pd.read_parquet(tmp_path / "clean-parquet", dtype_backend="pyarrow")
    assert back["section"].tolist() == ["travel", "regions"]  # the row without text is filtered out
    results = [newsclean.clean(ARTICLES[0], url=news["url"][0]), newsclean.clean(ARTICLES[1])]
    assert back["body"].tolist() == [result.body for result in results]
    assert back["removed_categories"].tolist() == [
        sorted({r.category.value for r in result.removed}) for result in results
    ]
    assert back["newsclean_error"].isna().all()
