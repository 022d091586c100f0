"""Date and dateline strings to ISO 8601.

Output convention: ``YYYY-MM-DD``; when the text gives a clock time, ``YYYY-MM-DDTHH:MM``
(seconds dropped), followed by a UTC offset (``+00:00``, ``-04:00``) only when the text states
one: a numeric offset, ``Z``, UTC/GMT, or a zone abbreviation that has a single meaning (EDT, CEST).
Ambiguous ones (ET, IST, CST) are accepted but give no offset.

Ambiguous numeric dates (both fields 12 or less): separated by ``/`` or ``-`` they read
month-first when the first language is English or no language is given (the US habit of
English sites), day-first otherwise; separated by ``.`` they always read day-first, as every
language writing dots does. Two-digit years are not read.

Only strings that are essentially a date parse: a label ("Published:", "Mis à jour le"),
a weekday, a time, a zone and separators may surround it, nothing else. Relative phrases
("2 hours ago") and bare times give ``None``: a date needs a four-digit year, so the result
never depends on today's date. Numeric forms and month names in English and the other
languages of ``_MONTH_NAMES`` go through this module's regexes; other forms fall back to
dateparser, imported lazily because it is slow to load.
"""

from __future__ import annotations

import datetime
import functools
import unicodedata
from typing import Any

import regex

_MAX_DATELINE_CHARS = 90
_MAX_DATELINE_WORDS = 12
_MIN_YEAR, _MAX_YEAR = 1800, 2199
# dateparser resolves relative phrases against this; results using it are rejected by the year check.
_RELATIVE_BASE = datetime.datetime(2000, 1, 1)

# Month names read without dateparser: English (with its abbreviations) and the other languages
# of European and Indonesian news sites, in the case their dates use (genitive in Russian, Polish
# and Czech, partitive in Finnish), also without accents as some sites write them.
_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("jan", "january", "januar", "januari", "janvier", "enero", "gennaio", "janeiro", "января",
     "stycznia", "ledna", "ocak", "tammikuuta"),
    ("feb", "february", "februar", "februari", "février", "fevrier", "febrero", "febbraio",
     "fevereiro", "февраля", "lutego", "února", "unora", "şubat", "subat", "helmikuuta"),
    ("mar", "march", "märz", "maerz", "maart", "mars", "marzo", "março", "marco", "марта", "marca",
     "března", "brezna", "mart", "maret", "marts", "maaliskuuta"),
    ("apr", "april", "avril", "abril", "aprile", "апреля", "kwietnia", "dubna", "nisan",
     "huhtikuuta"),
    ("may", "mai", "mayo", "maggio", "maio", "mei", "maj", "мая", "maja", "května", "kvetna", "mayıs",
     "mayis", "toukokuuta"),
    ("jun", "june", "juni", "juin", "junio", "giugno", "junho", "июня", "czerwca", "června", "cervna",
     "haziran", "kesäkuuta", "kesakuuta"),
    ("jul", "july", "juli", "juillet", "julio", "luglio", "julho", "июля", "lipca", "července",
     "cervence", "temmuz", "heinäkuuta", "heinakuuta"),
    ("aug", "august", "augustus", "augusti", "août", "aout", "agosto", "августа", "sierpnia", "srpna",
     "ağustos", "agustos", "agustus", "elokuuta"),
    ("sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "сентября",
     "września", "wrzesnia", "září", "zari", "eylül", "eylul", "syyskuuta"),
    ("oct", "october", "oktober", "octobre", "octubre", "ottobre", "outubro", "октября",
     "października", "pazdziernika", "října", "rijna", "ekim", "lokakuuta"),
    ("nov", "november", "novembre", "noviembre", "novembro", "ноября", "listopada", "listopadu",
     "kasım", "kasim", "marraskuuta"),
    ("dec", "december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro",
     "desember", "декабря", "grudnia", "prosince", "aralık", "aralik", "joulukuuta"),
)  # fmt: skip
_MONTH_NUMBER = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
_ENGLISH_MONTHS = frozenset(
    ("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
     "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
     "december")
)  # fmt: skip
# A word where a month name stands; :data:`_MONTH_NUMBER` decides whether it is one (a regex of
# all the names would cost twice the time on every line with a year).
_MONTH = r"(?<!\p{L})(?P<month>\p{L}{3,}+)\.?"
# The month names of Syria, Lebanon, Jordan, Palestine and Iraq, which dateparser does not know,
# as the ones it does; keyed without hamza or madda on the alef ("أيار" is also written "ايار"). A
# page may give both names ("28 آب/اغسطس 2013"): the pair becomes one.
_LEVANTINE_NAMES = {
    "كانون الثاني": "يناير", "شباط": "فبراير", "اذار": "مارس", "نيسان": "أبريل", "ايار": "مايو",
    "حزيران": "يونيو", "تموز": "يوليو", "اب": "أغسطس", "ايلول": "سبتمبر", "تشرين الاول": "أكتوبر",
    "تشرين الثاني": "نوفمبر", "كانون الاول": "ديسمبر",
}  # fmt: skip
_BARE_ALEF = str.maketrans("أآ", "اا")
_LEVANTINE_MONTH = regex.compile(
    r"(?<!\p{L})(?:\p{Arabic}+\s?/\s?)?(?P<name>كانون ال(?:ثاني|[أا]ول)|تشرين ال(?:ثاني|[أا]ول)|شباط"
    r"|[آا]ذار|نيسان|[أا]يار|حزيران|تموز|آب|[أا]يلول)(?:\s?/\s?\p{Arabic}+)?(?!\p{L})"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_ISO = regex.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?P<offset>Z|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC = regex.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})(?![\d:])"
)
# "3 March 2024", "3rd of March 2024", "3. März 2024", "3 de marzo de 2024", "3 марта 2024 г.".
_DAY_MONTH = regex.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}}){_ORDINAL}\.?\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}"
    r"(?:\s*(?:г\.|года|r\.|roku)(?!\p{L}))?",
    regex.IGNORECASE,
)
_MONTH_DAY = regex.compile(rf"{_MONTH}\s*(?P<day>\d{{1,2}}){_ORDINAL},?\s+{_YEAR}", regex.IGNORECASE)
_TIME = regex.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})(?:(?::|\s?h\s?)(?P<minute>[0-5]\d)(?::[0-5]\d)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\b\.?)?(?![\d:])",
    regex.IGNORECASE,
)
# Zone abbreviations with one meaning; others (ET, IST, CST, ...) are accepted without an offset.
_ZONE_MINUTES = {
    "Z": 0, "UTC": 0, "GMT": 0, "WET": 0, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
}  # fmt: skip
_ZONE = regex.compile(
    r"(?<!\p{L})(?:(?P<name>MSK|UTC|GMT|[A-Z]{0,4}T|Z)(?!\p{L})(?P<shift>[+-]\d{1,2}(?::?\d{2})?)?"
    r"|(?P<offset>[+-]\d{2}:?\d{2}))"
)
# Words a dateline may carry around its date, in any order: labels, weekdays, joiners.
_LABELS = (
    "published", "first published", "last updated", "updated", "posted", "last modified", "modified",
    "date", "dated", "released", "veröffentlicht", "zuletzt aktualisiert", "aktualisiert", "stand",
    "datum", "erstellt", "publié", "publiée", "mis à jour", "mise à jour", "modifié", "publicado",
    "publicada", "actualizado", "atualizado", "fecha", "data", "pubblicato", "aggiornato",
    "gepubliceerd", "bijgewerkt", "opublikowano", "zaktualizowano", "опубликовано", "обновлено",
    "дата публикации", "дата", "yayınlanma", "güncelleme", "tarih", "تاريخ النشر", "نشر في",
    "آخر تحديث", "تاريخ", "تاریخ انتشار", "تاریخ", "publikováno", "julkaistu", "päivitetty",
)  # fmt: skip
_JOINERS = r"on|at|am|um|uhr|le|el|il|em|op|om|à|a las|às|alle|kl|klo|в|في|the|of"
_LABEL = regex.compile(
    r"^\s*(?:" + "|".join(regex.escape(x) for x in sorted(_LABELS, key=len, reverse=True)) + r")"
    rf"(?!\p{{L}})(?:\s*:|\s+(?:{_JOINERS})(?!\p{{L}}))*\s*[:|\-–—]?\s*",
    regex.IGNORECASE,
)
# Weekdays in German, French, Spanish, Italian, Portuguese, Dutch, Russian and Polish, besides the
# English ones (a weekday in another language leaves the line to dateparser).
_WEEKDAYS = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes",
    "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "lunedì", "lunedi",
    "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi",
    "sabato", "domenica", "segunda-feira", "terça-feira", "terca-feira", "quarta-feira",
    "quinta-feira", "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
    "воскресенье", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
)  # fmt: skip
_FILLER = regex.compile(
    r"(?<!\p{L})(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
    + "".join("|" + regex.escape(day) for day in sorted(_WEEKDAYS, key=len, reverse=True))
    + rf"|{_JOINERS})(?!\p{{L}})\.?|[\p{{P}}\p{{S}}\s]+",
    regex.IGNORECASE,
)
_ANY_DIGIT = regex.compile(r"\d")
# Words of two letters or more left beside a date; this many make the line more than a dateline.
_OTHER_WORD = regex.compile(r"\p{L}{2,}")
_MAX_OTHER_WORDS = 2
_YEAR_ONLY = regex.compile(r"(?<!\d)\d{4}(?!\d)")
_DIGIT_RUN = regex.compile(r"\d+")
_WORD = regex.compile(r"\w+")


def parse_date(text: str, *, languages: tuple[str, ...] | None = None, thorough: bool = True) -> str | None:
    """The ISO 8601 form of a date or dateline, or ``None`` when ``text`` is not essentially a date.

    ``languages`` (ISO 639-1 codes, most likely first) guide numeric order and dateparser;
    ``thorough=False`` skips dateparser and reads only numeric and ISO forms and the month names
    of :data:`_MONTH_NAMES`.

    >>> parse_date("8/17/2016")
    '2016-08-17'
    >>> parse_date("Updated 3:45 PM EDT, Tue March 2, 2021")
    '2021-03-02T15:45-04:00'
    >>> parse_date("2 hours ago") is None
    True
    """
    if len(text) > _MAX_DATELINE_CHARS or not _ANY_DIGIT.search(text):
        return None
    plain = _ascii_digits(text).strip()
    if len(_WORD.findall(plain)) > _MAX_DATELINE_WORDS:
        return None
    stripped = _LABEL.sub("", plain, count=1)
    iso = _ISO.fullmatch(stripped)
    if iso is not None:
        return _compose(
            int(iso["year"]), int(iso["month"]), int(iso["day"]),
            _clock(iso["hour"], iso["minute"], None), _offset(iso["offset"]),
        )  # fmt: skip
    fast, settled = _fast_path(stripped, _month_first(languages))
    if fast is not None or settled or not thorough:
        return fast
    return _dateparser_path(stripped, languages)


def is_date_line(text: str, *, languages: tuple[str, ...] | None = None, thorough: bool = True) -> bool:
    """Whether the line is a date or dateline and nothing else.

    >>> is_date_line("18 AUGUST 2016 • 11:13AM")
    True
    >>> is_date_line("Talks resumed on 18 August 2016 in Geneva.")
    False
    """
    return parse_date(text, languages=languages, thorough=thorough) is not None


def has_calendar_date(text: str) -> bool:
    """Whether ``text`` holds a whole calendar date (day, month and year) in a numeric, ISO or English form.

    >>> has_calendar_date("Posted on December 18, 2025 by Jane Doe"), has_calendar_date("The 2025 budget")
    (True, False)
    """
    return date_start(text) is not None


def date_start(text: str) -> int | None:
    """Where the first whole calendar date of ``text`` starts (the forms of :func:`has_calendar_date`).

    >>> date_start("By Jane Doe March 3, 2024"), date_start("The 2025 budget")
    (12, None)
    """
    if _ANY_DIGIT.search(text) is None:
        return None
    found = _find_date(_ascii_digits(text), True)  # the same length as ``text``: spans carry over
    return None if found is None else found[1][0]


def leading_date(text: str, languages: tuple[str, ...] | None = None) -> tuple[str, int] | None:
    """The date a line opens with (ISO ``YYYY-MM-DD``) and where it ends, in the quick forms.

    >>> leading_date("08/01/2014 Minister resigns over harbour deal", ("es",))
    ('2014-01-08', 10)
    >>> leading_date("Minister resigns on 08/01/2014") is None
    True
    """
    if _ANY_DIGIT.search(text, 0, 12) is None:
        return None
    found = _find_date(_ascii_digits(text), _month_first(languages))
    if found is None or found[1][0] != 0:
        return None
    (year, month, day), (_, end), _ = found
    iso = _compose(year, month, day, None, None)
    return None if iso is None else (iso, end)


# A clock time right after a date ("2019-09-09 19:28", "... 07:05:12").
_CLOCK_AFTER = regex.compile(r"\s+(?P<hour>\d{1,2}):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?!\d)")


def trailing_date(
    text: str, languages: tuple[str, ...] | None = None, words_after: int = 3
) -> tuple[str, int] | None:
    """The date a line closes with (ISO, with its clock time when one follows it) and where it starts.

    At most ``words_after`` words may follow (a section's name); the date must not open the line.

    >>> trailing_date("Minister resigns over harbour deal 2019-09-09 19:28 Politics")
    ('2019-09-09T19:28', 35)
    >>> trailing_date("Minister resigns on 08/01/2014 after a long inquiry into the deal") is None
    True
    """
    if _ANY_DIGIT.search(text) is None:
        return None
    digits = _ascii_digits(text)
    found = _find_date(digits, _month_first(languages))
    if found is None or found[1][0] == 0:
        return None
    (year, month, day), (start, end), _ = found
    rest = digits[end:]
    after = _CLOCK_AFTER.match(rest)
    clock = _clock(after["hour"], after["minute"], None) if after is not None else None
    if after is not None:
        rest = rest[after.end() :]
    if len(rest.split()) > words_after:
        return None
    iso = _compose(year, month, day, clock, None)
    return None if iso is None else (iso, start)


def _fast_path(text: str, month_first: bool) -> tuple[str | None, bool]:
    """The date read in the quick forms, and whether that settles it (no need to ask dateparser).

    A date found beside two or more other words ("... by Joe Rossignol", "... Science &
    Astronomy") settles it as no dateline: dateparser reads a string only when all of it is a date.
    """
    found = _find_date(text, month_first)
    if found is None:
        return None, False
    (year, month, day), (start, end), plain = found
    rest = text[:start] + " " + text[end:]
    clock: tuple[int, int] | None = None
    time_match = next((m for m in _TIME.finditer(rest) if m["minute"] or m["ampm"]), None)
    if time_match is not None:
        clock = _clock(time_match["hour"], time_match["minute"], time_match["ampm"])
        if clock is None:
            return None, False
        rest = rest[: time_match.start()] + " " + rest[time_match.end() :]
    zones = list(_ZONE.finditer(rest))
    offset = next((o for o in map(_zone_offset, zones) if o is not None), None)
    rest = _FILLER.sub(" ", _ZONE.sub(" ", rest))
    if rest.strip():
        # Beside another language's month name, the other words may be its labels, which
        # dateparser knows and these regexes do not: only a numeric or English date settles it.
        return None, plain and len(_OTHER_WORD.findall(rest)) >= _MAX_OTHER_WORDS
    iso = _compose(year, month, day, clock, offset if clock is not None else None)
    return iso, iso is not None  # an impossible reading ("11.24.2025" as day.month) is dateparser's


def _find_date(text: str, month_first: bool) -> tuple[tuple[int, int, int], tuple[int, int], bool] | None:
    """The first whole date of ``text``: its year, month and day, its span, and whether it is
    numeric or English (other words beside it then settle that ``text`` is no dateline)."""
    numeric = _NUMERIC.search(text)
    if numeric is not None:
        a, b, c = (int(numeric[k]) for k in "abc")
        if len(numeric["a"]) == 4:
            ymd = (a, b, c)
        elif len(numeric["c"]) != 4:
            return None
        elif numeric["sep"] == "." or a > 12 or (not month_first and b <= 12):
            ymd = (c, b, a)
        else:
            ymd = (c, a, b)
        return ymd, numeric.span(), True
    if _YEAR_ONLY.search(text) is None:
        return None  # the named forms need a four-digit year: most lines with figures have none
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for named in pattern.finditer(text):
            name = named["month"].casefold()
            month = _MONTH_NUMBER.get(name)
            if month is not None:
                return (int(named["year"]), month, int(named["day"])), named.span(), name in _ENGLISH_MONTHS
    return None


def _dateparser_path(text: str, languages: tuple[str, ...] | None) -> str | None:
    text = _LEVANTINE_MONTH.sub(lambda m: _LEVANTINE_NAMES[m["name"].translate(_BARE_ALEF)], text)
    years = set(_YEAR_ONLY.findall(text))
    # A day needs a number besides the year (CJK writes 日 after it, still a digit run). The
    # result's year must be one of these, and in range: without such a year it is None.
    if not any(_MIN_YEAR <= int(year) <= _MAX_YEAR for year in years) or len(_DIGIT_RUN.findall(text)) < 2:
        return None
    import dateparser

    settings: dict[str, Any] = {
        "STRICT_PARSING": False,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": _RELATIVE_BASE,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    parsed = dateparser.parse(text, languages=_dateparser_languages(languages), settings=settings)
    if parsed is None or f"{parsed.year:04d}" not in years:
        return None
    has_time = any(m["minute"] or m["ampm"] for m in _TIME.finditer(text))
    clock = (parsed.hour, parsed.minute) if has_time else None
    return _compose(parsed.year, parsed.month, parsed.day, clock, None)


def _dateparser_languages(languages: tuple[str, ...] | None) -> list[str] | None:
    if not languages:
        return None
    supported = _dateparser_locales()
    codes = [c for c in dict.fromkeys(code.split("-")[0].lower() for code in languages) if c in supported]
    # Unknown codes would make dateparser raise; detecting among all languages is slower but safe.
    return codes or None


@functools.lru_cache(maxsize=1)
def _dateparser_locales() -> frozenset[str]:
    from dateparser.languages.loader import default_loader

    return frozenset(default_loader.get_locale_map())


def _month_first(languages: tuple[str, ...] | None) -> bool:
    return not languages or languages[0].split("-")[0].lower() == "en"


def _clock(hour: str | None, minute: str | None, ampm: str | None) -> tuple[int, int] | None:
    if hour is None:
        return None
    h, m = int(hour), int(minute or 0)
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm[0].lower() == "p" else 0)
    return (h, m) if h < 24 and m < 60 else None


def _zone_offset(zone: regex.Match[str]) -> str | None:
    if zone["offset"]:
        return _offset(zone["offset"])
    base = _ZONE_MINUTES.get(zone["name"])
    if base is None:
        return None
    shift = zone["shift"]
    if shift:
        sign = -1 if shift[0] == "-" else 1
        digits = shift[1:].replace(":", "")
        hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
        base += sign * (int(hours) * 60 + int(minutes))
    return _format_offset(base)


def _offset(text: str | None) -> str | None:
    if not text:
        return None
    if text == "Z":
        return "+00:00"
    digits = text[1:].replace(":", "")
    sign = -1 if text[0] == "-" else 1
    return _format_offset(sign * (int(digits[:2]) * 60 + int(digits[2:])))


def _format_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _compose(
    year: int, month: int, day: int, clock: tuple[int, int] | None, offset: str | None
) -> str | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None
    if clock is None:
        return date.isoformat()
    return f"{date.isoformat()}T{clock[0]:02d}:{clock[1]:02d}{offset or ''}"


def _ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and other decimal digits as ASCII, so one set of regexes reads them."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text)
