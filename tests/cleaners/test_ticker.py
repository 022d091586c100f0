"""The ticker cleaner: runs of symbol-and-price lines with an optional short heading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.cleaners.base import Document
from newsclean.cleaners.ticker import _LINE_RE, Ticker, parse_ticker_line
from newsclean.config import Config
from newsclean.model import Category
from newsclean.text.detect import detect_language
from newsclean.text.segment import segment_text

OPENING = (
    "Central banks in Asia held interest rates steady on Thursday as policymakers waited for clearer "
    "signs that inflation was cooling."
)
CLOSING = "Analysts expect volatility to remain high until the next round of inflation data is published."


def removed_texts(text: str) -> list[str]:
    doc = Document.build(segment_text(text), detect_language(text), Config())
    verdicts = Ticker().judge(doc, {})
    for verdict in verdicts:
        assert verdict.reason.endswith(".")
    return [doc.segments[i].text for v in verdicts for i in v.indices]


@pytest.mark.parametrize(
    ("junk", "removed"),
    [
        (  # crypto list under a short heading, at the end
            "Top coins\nBTC $64,210.55 +1.4%\nETH $3,105.20 -0.8%\nSOL $142.07 +3.1%\nDOGE $0.1583 +0.2%",
            [
                "Top coins",
                "BTC $64,210.55 +1.4%",
                "ETH $3,105.20 -0.8%",
                "SOL $142.07 +3.1%",
                "DOGE $0.1583 +0.2%",
            ],
        ),
        (  # several pairs on one line, no heading
            "AAPL 189.84 +1.2% MSFT 415.10 -0.3% NVDA 903.56 +2.8%",
            ["AAPL 189.84 +1.2% MSFT 415.10 -0.3% NVDA 903.56 +2.8%"],
        ),
        (  # currency pairs, heading separated by a blank line
            "Currencies\n\nEUR/USD 1.0842 -0.15%\nGBP/USD 1.2650 +0.05%\nUSD/JPY 151.32 +0.21%",
            ["Currencies", "EUR/USD 1.0842 -0.15%", "GBP/USD 1.2650 +0.05%", "USD/JPY 151.32 +0.21%"],
        ),
        (  # German number format and arrows
            "Börse aktuell\nDAX 18.235,40 ▲0,8%\nMDAX 26.112,09 ▼0,2%\nEuro Stoxx 50 4.982,11 ▲0,4%",
            ["Börse aktuell", "DAX 18.235,40 ▲0,8%", "MDAX 26.112,09 ▼0,2%", "Euro Stoxx 50 4.982,11 ▲0,4%"],
        ),
        (  # commodities by name, no heading
            "Gold $2,331.50\nSilver $27.44\nBrent Crude $82.10",
            ["Gold $2,331.50", "Silver $27.44", "Brent Crude $82.10"],
        ),
        (  # pipe-separated index bar
            "Dow Jones 39,087.38 | Nasdaq 16,274.94 | S&P 500 5,137.08",
            ["Dow Jones 39,087.38 | Nasdaq 16,274.94 | S&P 500 5,137.08"],
        ),
        (  # Russian exchange-rate box
            "Курсы валют\nUSD 92,45 ₽\nEUR 99,80 ₽\nCNY 12,71 ₽",
            ["Курсы валют", "USD 92,45 ₽", "EUR 99,80 ₽", "CNY 12,71 ₽"],
        ),
        (  # French spacing: grouped with a space, "%" after a space
            "Marchés\nCAC 40 8 045,30 +0,4 %\nEuro Stoxx 50 4 982,11 -0,1 %\nBrent 82,10 $",
            ["Marchés", "CAC 40 8 045,30 +0,4 %", "Euro Stoxx 50 4 982,11 -0,1 %", "Brent 82,10 $"],
        ),
        (  # arrows only as the change, two pairs then one
            "FTSE 100 8,100.2 ▲ CAC 40 8,045.3 ▼\nNikkei 225 38,500.12 ▲",
            ["FTSE 100 8,100.2 ▲ CAC 40 8,045.3 ▼", "Nikkei 225 38,500.12 ▲"],
        ),
    ],
)
def test_ticker_runs_are_removed(junk: str, removed: list[str]) -> None:
    assert removed_texts(f"{OPENING}\n\n{junk}\n\n{CLOSING}\n") == removed


@pytest.mark.parametrize(
    "lines",
    [
        "Bitcoin traded at $61,963 on Tuesday, up 2%.",
        "BTC 61,963.30\nETH 2,416.68",  # only two items
        "Labour 412\nConservatives 121\nLib Dems 72",  # seat counts carry no price mark
        "Shares of Apple rose 1.2% to $189.84, while Microsoft fell 0.3% to $415.10.",
        "Arsenal 2-1 Chelsea\nLiverpool 3-0 Everton\nFulham 1-1 Brentford",
        "Founded 1998\nEmployees 4,200\nRevenue $3.1bn",
        "The index closed at 5,137.08\nThe dollar slipped 0.2%\nGold held near $2,330",
    ],
)
def test_prose_and_other_number_lines_stay(lines: str) -> None:
    assert removed_texts(f"{OPENING}\n\n{lines}\n\n{CLOSING}\n") == []


def test_long_title_above_a_run_is_not_taken_as_heading() -> None:
    title = "Stocks climb as investors cheer hopes of a rate cut"
    text = f"{title}\nDAX 18.235,40 ▲0,8%\nCAC 40 8.045,30 ▲0,4%\nFTSE 100 8.100,20 ▼0,1%\n\n{CLOSING}\n"
    assert title not in removed_texts(text)
    assert len(removed_texts(text)) == 3


def test_lines_removed_earlier_break_a_run() -> None:
    text = f"{OPENING}\n\nBTC 1.52\nETH 2.57\nSOL 3.55\n\n{CLOSING}\n"
    doc = Document.build(segment_text(text), detect_language(text), Config())
    assert Ticker().judge(doc, {}) != []
    assert Ticker().judge(doc, {2: Category.SITE_CHROME}) == []


def test_a_table_of_scores_with_one_decimal_is_the_articles() -> None:
    scores = [("Ontario", "88.4"), ("Quebec", "81.0"), ("Manitoba", "77.9"), ("Alberta", "64.2")]
    rows = "\n".join(f"{name} {score}" for name, score in scores)
    text = f"{OPENING}\n\nProvince Readiness index\n{rows}\n\n{CLOSING}\n"
    assert removed_texts(text) == []
    # The same rows as quotes, with a change or a currency, are a ticker.
    quoted = rows.replace(".4", ".4 +0.3%").replace(".0", ".0 -1.2%").replace(".9", ".9 +0.1%")
    assert removed_texts(f"{OPENING}\n\n{quoted}\n\n{CLOSING}\n") != []


@pytest.mark.parametrize(
    ("line", "items"),
    [("BTC $61,963 ETH $2,416 SOL $142", 3), ("USDT 1.00", 1), ("S&P 500 5,123.40 (+0.4%)", 1)],
)
def test_parse_counts_items(line: str, items: int) -> None:
    parsed = parse_ticker_line(line)
    assert parsed is not None
    assert parsed.items == items


TICKERISH = st.lists(
    st.one_of(
        st.sampled_from(["BTC", "^DJI", "Gold", "EUR/USD", "Ölpreis", "ǅx", "Ⓐ", "Ⅻ", "2024", "US$", "▲"]),
        st.from_regex(r"[+\-−]?\d{1,3}([,.]\d{1,3}){0,2}%?", fullmatch=True),
        st.text(max_size=4),
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(TICKERISH)
def test_parse_ticker_line_equals_the_bare_pattern(text: str) -> None:
    plain = _LINE_RE.fullmatch(text) if len(text) <= 400 else None
    parsed = parse_ticker_line(text)
    assert (parsed is None) == (plain is None)
    if plain is not None and parsed is not None:
        assert parsed.items == len(plain.captures("item"))


def test_runs_are_cut_by_removed_lines() -> None:
    text = "\n".join([OPENING, "BTC $61,963", "ETH $2,416", "SOL $142", "XRP $0.52", CLOSING])
    doc = Document.build(segment_text(text), detect_language(text), Config())
    verdicts = Ticker().judge(doc, {3: Category.SITE_CHROME})
    assert verdicts == []
    verdicts = Ticker().judge(doc, {4: Category.SITE_CHROME})
    assert [v.indices for v in verdicts] == [(1, 2, 3)]


# A markets report's own table of figures: one labelled figure a line, between its sentences.
REPORTS = [
    (
        "Tokyo shares ended the week lower as exporters fell on a stronger yen.",
        "Main indices at the close",
        ["Nikkei 225: 38,211.05 (-0.87%)", "Topix: 2,704.18 (-0.52%)", "Hang Seng: 16,512.92 (+0.31%)"],
        "Trading volumes were thin ahead of a public holiday on Monday.",
    ),
    (
        "La Bourse de Milan a fini la séance sur un léger repli, pénalisée par les valeurs bancaires.",
        "Les indices",
        ["FTSE MIB: 33.918,40 (-0,42%)", "DAX: 18.102,77 (+0,12%)", "Euro Stoxx 50: 4.911,06 (-0,18%)"],
        "Les investisseurs attendent désormais la réunion de la Banque centrale européenne.",
    ),
    (
        "O dólar recuou pelo terceiro dia seguido, acompanhando o exterior.",
        None,
        ["Dólar: 5,0712 (-0,44%)", "Euro: 5,4890 (-0,21%)", "Ibovespa: 127.015 (+0,62%)"],
        "Na próxima semana, o mercado acompanha a decisão do Copom sobre os juros.",
    ),
]


@pytest.mark.parametrize(("above", "heading", "table", "below"), REPORTS, ids=["en", "fr", "pt"])
def test_a_table_of_labelled_figures_between_the_articles_sentences_stays(
    above: str, heading: str | None, table: list[str], below: str
) -> None:
    lines = [above, *([heading] if heading else []), *table, below]
    assert removed_texts("\n\n".join(lines) + "\n") == []
    # At the text's end, with no sentence of the article below, the same lines are a widget's.
    assert removed_texts("\n\n".join(lines[:-1]) + "\n")[-3:] == table


def test_figures_without_a_label_s_colon_or_several_to_a_line_still_go_between_sentences() -> None:
    above, _, _, below = REPORTS[0]
    bare = ["Nikkei 225 38,211.05 -0.87%", "Topix 2,704.18 -0.52%", "Hang Seng 16,512.92 +0.31%"]
    assert removed_texts("\n\n".join([above, *bare, below]) + "\n") == bare
    row = "Nikkei 225: 38,211.05 | Topix: 2,704.18 | Hang Seng: 16,512.92"
    assert removed_texts("\n\n".join([above, row, below]) + "\n") == [row]


def test_in_the_default_chain_a_reports_table_of_figures_stays() -> None:
    above, heading, table, below = REPORTS[0]
    story = [OPENING, above, heading, *table, below, CLOSING]
    result = Pipeline().clean_text("\n\n".join(story))
    assert list(result.paragraphs) == story


# A small table of the article's flattened to one row a line: a place's name, then plain figures.
TABLES = {
    "English, tab-separated, under a subheading and a header row": (
        "Average rents rose fastest in the north of the country, the housing agency said on Monday.",
        ["Rents by city", "City\tMonthly rent (£)\tChange (%)"],
        ["Newcastle\t812\t+6.1", "Sheffield\t845\t+5.4", "Liverpool\t868\t+4.9", "Nottingham\t901\t+3.2"],
        "Rents in the capital fell slightly for the second quarter in a row.",
    ),
    "Dutch, space-separated": (
        "De gemiddelde huizenprijs daalde in het eerste kwartaal in bijna alle grote steden.",
        [],
        [
            "Amsterdam 512 400 -1,8",
            "Rotterdam 331 200 -2,5",
            "Utrecht 458 900 -3,1",
            "Groningen 289 700 -6,4",
        ],
        "Het aantal verkochte woningen steeg wel, met negen procent.",
    ),
    "Polish, under a subheading": (
        "Ceny mieszkań w największych miastach spadły w pierwszym kwartale, podał urząd statystyczny.",
        ["Ceny w miastach"],
        ["Warszawa\t15 240\t−1,2", "Kraków\t14 180\t−2,0", "Gdańsk\t13 560\t−0,7"],
        "Liczba transakcji wzrosła jednak o siedem procent.",
    ),
}


@pytest.mark.parametrize("name", list(TABLES))
def test_a_small_table_of_places_with_plain_figures_between_paragraphs_stays(name: str) -> None:
    above, headings, rows, below = TABLES[name]
    story = [above, *headings, *rows, below]
    result = Pipeline().clean_text("\n\n".join(story))
    assert list(result.paragraphs) == [" ".join(line.split("\t")) for line in story]


@pytest.mark.parametrize(
    "rows",
    [
        ["BTC 61963.30 +1.42", "ETH 3105.20 -0.81", "SOL 142.07 +3.10"],  # codes
        ["Nikkei 225 38,211.05 -0.87", "FTSE 100 8,100.20 +0.12", "CAC 40 8,045.30 -0.41"],  # index names
        ["Gold $2,331.50 +0.4%", "Silver $27.44 -0.2%", "Copper $4.51 +1.1%"],  # with their marks
        ["Bitcoin 67,000 ▲", "Ethereum 3,105 ▼", "Solana 142 ▲"],  # arrows
    ],
)
def test_ticker_rows_between_paragraphs_still_go(rows: list[str]) -> None:
    above, _, _, below = TABLES["Dutch, space-separated"]
    assert removed_texts("\n\n".join([above, *rows, below]) + "\n") == rows
