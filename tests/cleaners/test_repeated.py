"""The ``repeated`` cleaner: a site's profiled lines go, article lines stay, other sites are untouched.

The corpus tests use ``benchmarks/site_corpus.py``: the real chrome of dev pages around
other dev pages' articles, several pages per site.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from benchmarks.metric import aggregate, match, tokenize
from benchmarks.profile_gain import learn, lines_of
from benchmarks.site_corpus import Page, build

import newsclean
from newsclean import Category, Config, Learner, Profile
from newsclean.pipeline import default_chain
from newsclean.profiles.learn import document_lines

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://www.example.com/news/{}.html"
MENU = "Home\nWorld\nBusiness\nSport"
NOTICE = "Our journalism is funded by readers like you, and we thank every one of them for it."
ARTICLES = [
    "The council voted on Tuesday to approve the new budget for the city's schools.",
    "Rain is expected across the region this weekend, forecasters said on Friday.",
    "The club signed a new striker from abroad on a three-year deal, it said.",
    "Shares in the carmaker rose after it reported record sales for the quarter.",
    "The museum will reopen its east wing in May after two years of repairs.",
    "Farmers in the valley say the drought has cut their harvest by a third.",
]


def page(article: str, notice: bool = True) -> str:
    middle = f"\n\n{NOTICE}" if notice else ""
    return (
        f"{MENU}\n\n{article}\n\nThe {article[4:30]} story was first reported by local radio on Monday."
        f"{middle}\n\nOfficials said more details on the {article[4:30]} story would follow."
        "\n\nMore stories from our local team every single day\n\n"
        "Copyright Example Media Group. All rights reserved."
    )


def profile_of(pages: list[str], site: str = "example.com", **options: object) -> Profile:
    learner = Learner(newsclean.LearnOptions(**options))  # type: ignore[arg-type]
    for text in pages:
        learner.add(site, document_lines(text))
    return learner.profile()


def repeated(result: newsclean.Result) -> list[str]:
    return [r.text for r in result.removed if r.category == Category.REPEATED.value]


PROFILE = profile_of([page(a) for a in ARTICLES])
WITH = Config(profile=PROFILE)


def test_profiled_lines_of_the_site_go_with_their_count_in_the_reason() -> None:
    text = page("A new bridge over the river will open to traffic next month, the city said.")
    result = newsclean.clean(text, url=SITE.format("new"), config=WITH)
    assert "More stories from our local team every single day" in "\n".join(repeated(result)).split("\n")
    reasons = {r.reason for r in result.removed if r.category == "repeated"}
    assert any(re.search(r"seen on 6 of 6 pages of example\.com", reason) for reason in reasons)
    assert "A new bridge over the river" in result.body
    assert "first reported by local radio" in result.body  # sentences alike are not the same line


def test_a_site_not_in_the_profile_and_a_document_without_site_are_untouched() -> None:
    text = page("A new bridge over the river will open to traffic next month, the city said.")
    plain = newsclean.clean(text, url="https://other.example.org/a", config=Config()).to_dict()
    for url in ("https://other.example.org/a", None):
        got = newsclean.clean(text, url=url, config=WITH).to_dict()
        assert got["metadata"].pop("config_hash") != plain["metadata"]["config_hash"]
        expected = dict(plain, metadata={k: v for k, v in plain["metadata"].items() if k != "config_hash"})
        got["metadata"]["url"] = expected["metadata"]["url"] = None
        assert got == expected


def test_site_keyword_names_the_site_whatever_the_url() -> None:
    text = page("A new bridge over the river will open to traffic next month, the city said.")
    mirror = "https://mirror.example.net/x"
    assert repeated(newsclean.clean(text, url=mirror, site="example.com", config=WITH))
    assert not repeated(newsclean.clean(text, url=SITE.format("x"), site="elsewhere", config=WITH))


def test_mid_article_prose_is_protected_unless_on_most_pages() -> None:
    # The notice sits between paragraphs on 3 of 6 pages: half, not most.
    pages = [page(a, notice=i < 3) for i, a in enumerate(ARTICLES)]
    config = Config(profile=profile_of(pages))
    text = page("A new bridge over the river will open to traffic next month, the city said.")
    assert NOTICE in newsclean.clean(text, url=SITE.format("x"), config=config).body
    # On all 6 pages it is the site's, not the article's.
    assert NOTICE not in newsclean.clean(text, url=SITE.format("x"), config=WITH).body


def test_a_menu_label_used_as_a_subheading_stays() -> None:
    article = (
        "The central bank left its main rate unchanged on Thursday, as expected by analysts.\n\n"
        "Business\n\n"
        "Companies said higher borrowing costs had already slowed their investment plans this year."
    )
    result = newsclean.clean(article, url=SITE.format("x"), config=WITH)
    assert "Business" in result.paragraphs
    assert not repeated(result)


def test_chain_order_and_disabling() -> None:
    names = [c.name for c in default_chain()]
    assert names.index("related") < names.index("repeated") < names.index("boilerplate")
    text = page("A new bridge over the river will open to traffic next month, the city said.")
    off = Config(profile=PROFILE, disabled_cleaners=("repeated",))
    assert not repeated(newsclean.clean(text, url=SITE.format("x"), config=off))


def test_every_category_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Junk taxonomy") :]
    for category in Category:
        assert f"| `{category.value}` |" in table, category


# --- on the multi-page corpus built from real pages -------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> list[Page]:
    return build(sites=3, pages=4)


def clean_all(corpus: list[Page], config: Config) -> list[newsclean.Result]:
    return [newsclean.clean(p.text, url=p.url, kind="text", config=config) for p in corpus]


def test_corpus_generation_is_deterministic(corpus: list[Page]) -> None:
    assert build(sites=3, pages=4) == corpus
    assert len({p.site for p in corpus}) == 3
    assert len({p.truth for p in corpus}) == len(corpus)  # every article used once


def test_on_real_chrome_repeated_lines_go_and_article_lines_stay(corpus: list[Page]) -> None:
    profile = learn(corpus)
    assert {s.site for s in profile.sites} == {p.site for p in corpus}
    with_profile = clean_all(corpus, Config(profile=profile))
    without = clean_all(corpus, Config())
    taken = 0
    for page, result in zip(corpus, with_profile, strict=True):
        truth = " " + " ".join(tokenize(page.truth)) + " "
        for line in repeated(result):
            taken += 1
            assert " " + " ".join(tokenize(line)) + " " not in truth, line
    assert taken >= 10 * len(corpus)
    gain = aggregate([match(p.truth, r.body) for p, r in zip(corpus, with_profile, strict=True)])
    base = aggregate([match(p.truth, r.body) for p, r in zip(corpus, without, strict=True)])
    assert gain.precision > base.precision + 0.02
    assert gain.recall >= base.recall - 0.002


def test_profile_is_the_same_bytes_for_a_shuffled_corpus(corpus: list[Page]) -> None:
    shuffled = corpus[:]
    random.Random(7).shuffle(shuffled)
    assert learn(shuffled).canonical == learn(corpus).canonical


def test_html_pages_learn_and_clean_on_the_same_extracted_lines() -> None:
    # More sites than the shared corpus: on few of them is the repeated chrome inside what
    # trafilatura extracts and not already named by an earlier cleaner (or lifted as the headline).
    pages = [p for p in build(sites=8, pages=4) if len(p.html) < 300_000]  # small pages keep it fast
    profile = learn(pages, None, lines_of(pages, "html"))
    known = {s.site for s in profile.sites}
    assert known  # some chrome is inside what trafilatura extracts
    config = Config(profile=profile)
    sites_cleaned = set()
    for page in pages:
        result = newsclean.clean(page.html, url=page.url, kind="html", config=config)
        if repeated(result):  # profiled lines that earlier cleaners did not name already
            sites_cleaned.add(page.site)
        truth = " " + " ".join(tokenize(page.truth)) + " "
        assert all(" " + " ".join(tokenize(line)) + " " not in truth for line in repeated(result))
        # Every profiled line the body holds without the profile is gone with it.
        profiled = {e.sample for site in profile.sites if site.site == page.site for e in site.entries}
        plain = newsclean.clean(page.html, url=page.url, kind="html").body.split("\n")
        assert not set(plain) & profiled & set(result.body.split("\n"))
    # Some sites' repeated chrome is left for the profile to clean.
    assert sites_cleaned and sites_cleaned <= known


def test_a_line_the_site_prints_on_every_page_is_not_taken_for_the_headline() -> None:
    slogan = "Trusted Local Reporting Since the Year Nineteen Twenty"

    def slogan_page(article: str) -> str:
        return f"{slogan}\n\n{article}\n\nOfficials said more details would follow later this week."

    profile = profile_of([slogan_page(a) for a in ARTICLES])
    text = slogan_page("A new bridge over the river will open to traffic next month, the city said.")
    without = newsclean.clean(text, url=SITE.format("new"))
    assert without.metadata.title == slogan  # the slogan looks like a headline on a page alone
    result = newsclean.clean(text, url=SITE.format("new"), config=Config(profile=profile))
    assert result.metadata.title != slogan
    assert slogan in repeated(result)
