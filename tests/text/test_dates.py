"""parse_date and is_date_line: a table of formats and languages, and of strings that are not dates."""

from __future__ import annotations

import pytest

from newsclean.text.dates import is_date_line, parse_date

EN = ("en",)


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        # Numeric forms: unambiguous, ambiguous (month-first in English, day-first otherwise), dotted.
        ("9/23/2019", None, "2019-09-23"),
        ("23/09/2019", None, "2019-09-23"),
        ("04/05/2020", None, "2020-04-05"),
        ("04/05/2020", EN, "2020-04-05"),
        ("04/05/2020", ("fr",), "2020-05-04"),
        ("04-05-2020", ("de",), "2020-05-04"),
        ("05.11.2018", EN, "2018-11-05"),
        ("2018/11/05", None, "2018-11-05"),
        ("2020-02-29", None, "2020-02-29"),
        # ISO 8601 timestamps keep hours and minutes, and the offset they state.
        ("2019-07-04T18:30:00Z", None, "2019-07-04T18:30+00:00"),
        ("2019-07-04T18:30:00.000+05:30", None, "2019-07-04T18:30+05:30"),
        ("2019-07-04 18:30", None, "2019-07-04T18:30"),
        # English datelines with labels, weekdays, times, zones and bullets.
        ("3 JULY 2019 · 6:05PM", None, "2019-07-03T18:05"),
        ("July 3rd, 2019", None, "2019-07-03"),
        ("Sept. 14, 2017 9:41 a.m. ET", None, "2017-09-14T09:41"),
        ("Last updated: 2 February 2022", None, "2022-02-02"),
        ("Posted on Friday, 12 June 2015 at 12:00 am", None, "2015-06-12T00:00"),
        ("Wed 1 Jan 2014 23:59 GMT", None, "2014-01-01T23:59+00:00"),
        ("Published 10:15 AM PDT, Mon May 6, 2019", None, "2019-05-06T10:15-07:00"),
        ("Dec 25 2020 | 8:00 pm CET", None, "2020-12-25T20:00+01:00"),
        ("14 March 2023 11:00 UTC+3", None, "2023-03-14T11:00+03:00"),
        ("Date: 30/11/2012", ("es",), "2012-11-30"),
        # Other languages through dateparser.
        ("Veröffentlicht am 3. Mai 2018, 07:45 Uhr", ("de",), "2018-05-03T07:45"),
        ("Aktualisiert: 21.10.2020", ("de",), "2020-10-21"),
        ("mardi 5 mars 2019 à 14h20", ("fr",), "2019-03-05T14:20"),
        ("Mis à jour le 30/11/2012", ("fr",), "2012-11-30"),
        ("5 de marzo de 2019", ("es",), "2019-03-05"),
        ("Publicado em 5 de março de 2019", ("pt",), "2019-03-05"),
        ("5 marzo 2019", ("it",), "2019-03-05"),
        ("5 maart 2019", ("nl",), "2019-03-05"),
        ("5 marca 2019", ("pl",), "2019-03-05"),
        ("5 Mart 2019", ("tr",), "2019-03-05"),
        ("5 марта 2019", ("ru",), "2019-03-05"),
        ("Обновлено: 5 марта 2019, 14:20", ("ru",), "2019-03-05T14:20"),
        ("٥ مارس ٢٠١٩", ("ar",), "2019-03-05"),
        # The Levantine month names, alone, with hamza or without, and paired with the other name.
        ("الثلاثاء، 5 آذار 2019", ("ar",), "2019-03-05"),
        ("12 تشرين الأول 2021", ("ar",), "2021-10-12"),
        ("3 ايار 2020", ("ar",), "2020-05-03"),
        ("1 كانون الثاني/يناير 2022", ("ar",), "2022-01-01"),
        ("17 يوليو/تموز 2018", ("ar",), "2018-07-17"),
        ("۵ مارس ۲۰۱۹", ("fa",), "2019-03-05"),
        ("2019年3月5日", ("zh-cn",), "2019-03-05"),
        ("5 de marzo de 2019", None, "2019-03-05"),
    ],
)
def test_parse_date(text: str, languages: tuple[str, ...] | None, expected: str) -> None:
    assert parse_date(text, languages=languages) == expected


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("2 hours ago", None),
        ("3 days ago", EN),
        ("yesterday", EN),
        ("hace 2 horas", ("es",)),
        ("vor 3 Stunden", ("de",)),
        ("12:30", None),
        ("18:45 GMT", None),
        ("Version 2.0", None),
        ("Room 17/2016", EN),
        ("March 2019", EN),
        ("Chapter 11", None),
        ("31/02/2019", EN),
        ("13/13/2019", EN),
        ("Copyright 2019 Example Media", EN),
        ("The summit opened on 5 March 2019 in Hanoi.", EN),
        ("Prices rose 12.5% in 2019 after 3 cuts", EN),
        ("Call +44 20 7946 0958", EN),
        ("2 hours ago 2019", EN),
        ("", None),
    ],
)
def test_parse_date_rejects(text: str, languages: tuple[str, ...] | None) -> None:
    assert parse_date(text, languages=languages) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saturday 9 November 2019 • 10:02", True),
        ("Updated: Nov 9, 2019", True),
        ("2019-11-09", True),
        ("Berlin, 9 November 2019 — The wall fell thirty years ago", False),
        ("Event tickets on sale from 9 November 2019", False),
        ("Listen live", False),
    ],
)
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text, languages=EN) is expected


def test_parse_date_is_deterministic_for_relative_phrases() -> None:
    # A relative phrase resolved against "now" would change with the calendar; it must not parse at all.
    results = {parse_date("last Tuesday 2019", languages=EN) for _ in range(3)}
    assert results == {None}


@pytest.mark.parametrize("text", ["12. März 1750", "3 de março de 2250", "1750年3月12日", "12 марта 0999 г."])
def test_years_out_of_range_give_none_in_any_language(text: str) -> None:
    assert parse_date(text, languages=("de", "pt", "ja", "ru")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Monday November 18, 2019 7:45 am PST by Joe Rossignol",
        "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy",
        "October 15, 2018 / 0 Comments / in Harbour News / by admin",
    ],
)
def test_a_date_beside_other_words_is_settled_without_dateparser(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean.text import dates

    def refuse(*args: object) -> None:
        raise AssertionError("dateparser asked")

    monkeypatch.setattr(dates, "_dateparser_path", refuse)
    assert parse_date(text, languages=("en",)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("* Nov 20 2019, 10:18am ist", "2019-11-20T10:18"),  # one word left: dateparser still decides
        ("11.24.2025", "2025-11-24"),  # impossible as day.month: dateparser reads it month first
    ],
)
def test_what_the_quick_forms_cannot_settle_goes_to_dateparser(text: str, expected: str) -> None:
    assert parse_date(text, languages=("en",)) == expected


def test_has_calendar_date() -> None:
    from newsclean.text.dates import has_calendar_date

    assert has_calendar_date("Workshop on 3 March 2024 in the town hall")
    assert has_calendar_date("Posted 2024-03-03 by the editors")
    assert not has_calendar_date("The 2024 budget in ten charts")
    assert not has_calendar_date("Version 2.1.10 is out")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12. März 2024 um 10:15 Uhr", "2024-03-12T10:15"),
        ("Montag, 4. November 2024", "2024-11-04"),
        ("mardi 5 novembre 2024 à 18 h 30", "2024-11-05T18:30"),
        ("5 de noviembre de 2024 a las 18:30", "2024-11-05T18:30"),
        ("sexta-feira, 8 de novembro de 2024 às 09:05", "2024-11-08T09:05"),
        ("8 novembre 2024 alle 09:05", "2024-11-08T09:05"),
        ("8 november 2024 om 09:05", "2024-11-08T09:05"),
        ("8 ноября 2024 г.", "2024-11-08"),
        ("8 listopada 2024 r.", "2024-11-08"),
        ("8 Kasım 2024", "2024-11-08"),
        ("8 Agustus 2024", "2024-08-08"),
    ],
)
def test_month_names_of_other_languages_are_read_without_dateparser(
    text: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean.text import dates

    def refuse(*args: object) -> None:
        raise AssertionError("dateparser asked")

    monkeypatch.setattr(dates, "_dateparser_path", refuse)
    assert parse_date(text, thorough=False) == expected
    assert dates.has_calendar_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "Veröffentlicht am 12. März 2024 von Anna Berg",  # a byline beside the date
        "12 mars 2024 : le conseil vote le budget du port",  # a headline
    ],
)
def test_a_date_in_another_language_beside_other_words_is_no_dateline(text: str) -> None:
    assert parse_date(text, languages=("de", "fr")) is None


def test_words_that_are_no_month_before_a_year_are_skipped() -> None:
    assert parse_date("12 apples 2024, 3 March 2025", thorough=False) is None  # more than a date
    from newsclean.text.dates import date_start

    assert date_start("12 apples 2024, 3 March 2025") == 16
