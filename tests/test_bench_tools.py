"""The quality benchmark's tools: C4 line rules, folds by site, the cross-validated tuner, the
snippet rates and the removal ledger's judgement of removed lines."""

from __future__ import annotations

import pytest
from benchmarks import c4
from benchmarks.folds import assign, folds, site
from benchmarks.ledger import Judge, Tally
from benchmarks.metric import Counts
from benchmarks.outside import Snippet, lead_kept, real_world_snippets
from benchmarks.quality import normalise, snippets_in
from benchmarks.render import CORPORA
from benchmarks.titles import outcome
from benchmarks.tune import cross_validate, joint


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The council met on Monday to vote.", True),
        ("Did the council vote?", True),
        ("“We will build it,” she said.”", True),
        ("Too short.", False),
        ("A heading without an end mark", False),
        ("Please enable JavaScript to view the comments.", False),
        ("This site uses cookies to improve your experience.", False),
        ("Read our privacy policy for more details.", False),
        ("Read the rest of the story...", False),
        ("Lorem ipsum dolor sit amet.", False),
        ("The code is function() { return 1; }.", False),
    ],
)
def test_c4_keeps_only_sentence_lines(line: str, kept: bool) -> None:
    assert c4.keep_line(line) is kept


def test_c4_removes_citation_markers_and_can_drop_a_page() -> None:
    text = "The bridge opened in 1932.[1]\nIt carries two lanes.[citation needed]\nMenu"
    assert c4.clean(text) == "The bridge opened in 1932.\nIt carries two lanes."
    # Page rules (off by default): fewer than 5 sentences drop the page.
    assert c4.clean(text, page_filters=True) == ""


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.nytimes.com/2020/01/01/a.html", "nytimes.com"),
        ("https://edition.cnn.com/x", "cnn.com"),
        ("https://news.bbc.co.uk/x", "bbc.co.uk"),
        ("https://www.abc.net.au/news", "abc.net.au"),
        ("https://someone.substack.com/p/post", "substack.com"),
        ("https://example.io", "example.io"),
    ],
)
def test_site_is_the_registrable_domain(url: str, expected: str) -> None:
    assert site(url) == expected


def test_folds_keep_a_site_together_and_balance_pages() -> None:
    urls = {f"p{i:02d}": f"https://site{i % 7}.com/{i}" for i in range(30)}
    fold_of = assign(urls, 3)
    for s in {site(u) for u in urls.values()}:
        assert len({fold_of[k] for k, u in urls.items() if site(u) == s}) == 1
    sizes = [sum(1 for f in fold_of.values() if f == i) for i in range(3)]
    assert max(sizes) - min(sizes) <= 5
    assert assign(dict(reversed(list(urls.items()))), 3) == fold_of


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_folds_are_balanced_and_disjoint_by_site(name: str) -> None:
    truth = CORPORA[name].truth()
    fold_of = folds(name)
    assert sorted(fold_of) == sorted(truth)
    sizes = [list(fold_of.values()).count(i) for i in range(5)]
    assert max(sizes) - min(sizes) <= max(2, len(truth) // 20), sizes
    by_site: dict[str, set[int]] = {}
    for key, item in truth.items():
        by_site.setdefault(site(item["url"]), set()).add(fold_of[key])
    assert all(len(f) == 1 for f in by_site.values())


GOOD, BAD = Counts(1.0, 0.0, 0.0), Counts(0.0, 0.0, 1.0)


def test_tuner_picks_on_the_other_folds() -> None:
    per_doc = {
        "a": {"p": GOOD, "q": GOOD, "r": BAD},
        "b": {"p": BAD, "q": GOOD, "r": GOOD},
    }
    cv = cross_validate(per_doc, {"p": 0, "q": 1, "r": 2}, k=3)
    # Holding p out, b wins on q and r; holding q out, a and b tie (the first listed wins);
    # holding r out, a wins on p and q.
    assert cv.chosen == ("b", "a", "a")
    assert [s.f1 for s in cv.held] == [0.0, 1.0, 0.0]
    assert cv.best == "a" and cv.all_pages["a"].f1 == pytest.approx(0.8)
    assert cv.score.recall == pytest.approx(1 / 3)


def test_tuner_gap_is_best_all_pages_minus_cross_validated() -> None:
    per_doc = {
        "a": {"p": GOOD, "q": BAD, "r": BAD},
        "b": {"p": BAD, "q": GOOD, "r": BAD},
        "c": {"p": BAD, "q": BAD, "r": GOOD},
    }
    cv = cross_validate(per_doc, {"p": 0, "q": 1, "r": 2}, k=3)
    assert cv.score.f1 == 0.0
    assert cv.gap == pytest.approx(cv.all_pages["a"].f1)


def test_joint_choice_uses_both_corpora() -> None:
    one = {"a": {"p": GOOD, "q": GOOD}, "b": {"p": BAD, "q": BAD}}
    two = {"a": {"x": BAD, "y": BAD}, "b": {"x": GOOD, "y": GOOD}}
    # Alone, each corpus picks its own winner; jointly the two tie and the first listed wins.
    both = joint({"one": one, "two": two}, {"one": {"p": 0, "q": 1}, "two": {"x": 0, "y": 1}}, k=2)
    assert both["one"].chosen == both["two"].chosen == ("a", "a")
    assert cross_validate(two, {"x": 0, "y": 1}, k=2).chosen == ("b", "b")


def test_snippets_compare_case_folded_tokens() -> None:
    assert normalise("Hello, WORLD!") == " hello world "
    text = "Prices rose 3.5% in May — the most since 2008."
    assert snippets_in(["prices ROSE 3 5%", "in May, the most", "rose 3"], text) == (3, 3)
    # Whole tokens only: "pri" is not "prices".
    assert snippets_in(["pri", "2008 and"], text) == (0, 2)


def test_judge_lines() -> None:
    judge = Judge(
        "The council met on Monday. It voted to close the old bridge for repairs.",
        keep=["It voted to close the old bridge"],
    )
    assert judge.article_line("It voted to close the old bridge for repairs.")
    assert not judge.article_line("Sign up for our daily newsletter here")
    # Short lines: their token sequence must occur in the truth (case matters, as in the metric).
    assert judge.article_line("Monday")
    assert not judge.article_line("monday")
    assert not judge.article_line("•")
    # A removal holding a must-keep snippet is article text as a whole.
    assert judge.lines("Menu\nit voted TO close the old bridge") == [
        ("Menu", True),
        ("it voted TO close the old bridge", True),
    ]


def test_judge_counts_only_the_truth_the_output_lacks() -> None:
    paragraph = "The bridge will close for repairs on Monday, the council said."
    # The output kept the paragraph once; the truth has it once: a removed repeat is no loss.
    assert not Judge(paragraph, body=paragraph).article_line(paragraph)
    # The truth has it twice: the removed second copy is article text.
    assert Judge(f"{paragraph}\n{paragraph}", body=paragraph).article_line(paragraph)
    # Nothing kept, two copies removed, one in the truth: only the first counts.
    judge = Judge(paragraph)
    assert [judge.article_line(paragraph) for _ in range(2)] == [True, False]
    # Short lines too: "Monday" is in the kept sentence already.
    assert not Judge(paragraph, body=paragraph).article_line("Monday")
    # A must-keep snippet the output has already does not make a removal article text.
    assert Judge("x", keep=["Keep this sentence."], body="Keep this sentence.").lines("Keep this") == [
        ("Keep this", False)
    ]


def test_tally_precision_counts_characters() -> None:
    tally = Tally("related")
    tally.add("c", "k1", 0, [("Read more about this", False), ("Article sentence", True)])
    tally.add("c", "k2", 1, [("Related stories", False)])
    assert tally.removals == 2
    assert tally.chars == len("Read more about this") + len("Article sentence") + len("Related stories")
    assert tally.precision == pytest.approx(1 - len("Article sentence") / tally.chars)
    assert len(tally.hurt) == 1
    assert [e[3] for e in tally.pick(3)] == ["Article sentence"]


@pytest.mark.parametrize(
    ("found", "truth", "expected"),
    [
        ("Harbour bridge reopens", "Harbour Bridge Reopens!", "exact"),
        ("Harbour bridge reopens", "Harbour bridge reopens | Coastal Herald", "partial"),
        ("Harbour bridge", "Harbour bridge reopens after repairs", "partial"),
        ("Skip to main content", "Harbour bridge reopens", "wrong"),
        ("bridge reop", "Harbour bridge reopens", "wrong"),  # whole tokens only
        (None, "Harbour bridge reopens", "none"),
        ("", "Harbour bridge reopens", "none"),
    ],
)
def test_title_outcomes(found: str | None, truth: str, expected: str) -> None:
    assert outcome(found, truth) == expected


def test_real_world_snippets_are_read_from_text_output_tests_only() -> None:
    source = """
MOCK_PAGES = {'http://a.example/x': 'a.html', 'http://b.example/y': 'b.html'}
def test_pages(xmloutput=False):
    result = load_mock_page('http://a.example/x', xmloutput)
    assert 'Kept words' in result and 'Menu' not in result
    result = load_mock_page('http://b.example/y', True)
    assert '<head>' in result
def test_more():
    result = load_mock_page('http://b.example/y')
    assert 'Later words' in result
    assert len(result) > 10
"""
    pages, found = real_world_snippets(source)
    assert pages == {"http://a.example/x": "a.html", "http://b.example/y": "b.html"}
    assert found == [
        Snippet("http://a.example/x", "Kept words", keep=True),
        Snippet("http://a.example/x", "Menu", keep=False),
        Snippet("http://b.example/y", "Later words", keep=True),
    ]


@pytest.mark.parametrize(
    ("expected", "output", "kept"),
    [
        ("Rates rise — again, said the bank.", "Menu\nRates rise again, said the bank on Monday.", True),
        # A lead cut inside its last word still counts; one missing a word does not.
        ("The bank raised rates agai", "The bank raised rates again.", True),
        ("The bank raised rates again.", "The bank raised again.", False),
        # Tokens match whole: "rates" is not "pirates".
        ("Rates rise", "Pirates rise", False),
    ],
)
def test_lead_kept(expected: str, output: str, kept: bool) -> None:
    assert lead_kept(expected, output) is kept
