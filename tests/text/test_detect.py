"""Script and language detection: tables of samples, determinism, and accuracy on the langid corpus."""

from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import subprocess
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean.errors import MissingExtraError
from newsclean.text.detect import (
    JAPANESE,
    SCRIPTS,
    LanguageGuess,
    detect_language,
    dominant_script,
    script_counts,
)

CORPUS = pathlib.Path(__file__).resolve().parents[1] / "data" / "langid"
LANGUAGES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no", "fi", "pl", "cs",
    "hu", "ro", "tr", "ru", "uk", "bg", "el", "ar", "fa", "he", "zh", "ja", "ko",
)  # fmt: skip


def _corpus(section: str) -> list[tuple[str, str]]:
    items = []
    for lang in LANGUAGES:
        current = ""
        for line in (CORPUS / f"{lang}.txt").read_text("utf-8").splitlines():
            if line.startswith("["):
                current = line.strip("[]")
            elif line.strip() and current == section:
                items.append((lang, line.strip()))
    return items


NEGATIVES = [line for line in (CORPUS / "negatives.txt").read_text("utf-8").splitlines() if line]


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Wahlen in Thüringen", "Latin"),
        ("Выборы в Думу", "Cyrillic"),
        ("Εκλογές στην Ελλάδα", "Greek"),
        ("انتخابات مجلس الشعب", "Arabic"),
        ("بازار تهران", "Arabic"),
        ("בחירות לכנסת", "Hebrew"),
        ("北京举行新闻发布会", "Han"),
        ("東京で記者会見が行われた", JAPANESE),
        ("ニュース速報", JAPANESE),  # kana alone is still Japanese writing
        ("대한민국 國會", "Hangul"),  # Korean with a little hanja stays Hangul
        ("ข่าวเศรษฐกิจวันนี้", "Thai"),
        ("भारत में चुनाव", "Devanagari"),
        ("বাংলাদেশের খবর", "Bengali"),
        ("საქართველოს ამბები", "Georgian"),
        ("Հայաստանի լուրեր", "Armenian"),
        ("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "Other"),
        ("Moscow: Москва встречает гостей", "Cyrillic"),
        ("ab вг", "Latin"),  # a tie goes to the script listed first, whatever the order of the text
        ("вг ab", "Latin"),
        ("Cafe\u0301 au lait", "Latin"),  # combining accents belong to no script
        ("12:30 — 45%", None),
        ("", None),
    ],
)
def test_dominant_script(text: str, script: str | None) -> None:
    assert dominant_script(text) == script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello мир", {"Latin": 5, "Cyrillic": 3}),
        ("2024: 3 dogs, 4 cats!", {"Latin": 8}),
        ("e\u0301té", {"Latin": 3}),  # the combining accent is Inherited, not Latin
        ("東京タワーへ行く", {"Han": 3, "Katakana": 2, "Hiragana": 2}),  # the long-vowel mark is Common
        ("हिन्दी", {"Devanagari": 6}),  # vowel signs and virama are Devanagari marks, counted
        ("١٢٣ سلام", {"Arabic": 4}),  # Arabic-Indic digits are not letters
        ("...", {}),
    ],
)
def test_script_counts(text: str, expected: dict[str, int]) -> None:
    assert dict(script_counts(text)) == expected


_ONE_SCRIPT = [
    (name, regex.compile(rf"[\p{{Script={name}}}&&[\p{{L}}\p{{M}}]]", regex.V1)) for name in SCRIPTS
]
_ANY_SCRIPT_LETTER = regex.compile(r"[\p{L}--[\p{Script=Common}\p{Script=Inherited}]]", regex.V1)


def _scripts_one_by_one(text: str) -> dict[str, int]:
    """Each character's script straight from the Unicode properties, one pattern per script."""
    counts: dict[str, int] = {}
    for ch in text:
        names = [name for name, pattern in _ONE_SCRIPT if pattern.match(ch)]
        if not names and _ANY_SCRIPT_LETTER.match(ch):
            names = ["Other"]
        assert len(names) <= 1, (hex(ord(ch)), names)
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return counts


def test_script_counts_classify_every_bmp_character_by_its_script_property() -> None:
    chars = [chr(c) for c in range(0x80, 0x10000)]
    for start in range(0, len(chars), 4096):
        block = chars[start : start + 4096]
        assert dict(script_counts("".join(block))) == _scripts_one_by_one("".join(block))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_script_counts_do_not_depend_on_character_order(text: str) -> None:
    # Each letter counts for its own script, wherever it stands (astral characters included).
    assert dict(script_counts(text)) == _scripts_one_by_one(text)
    assert script_counts(text[::-1]) == script_counts(text)
    assert list(script_counts(text[::-1])) == list(script_counts(text))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Opposition leaders accused the government of hiding the true cost of the railway project."),
        ("de", "Die Opposition wirft der Regierung vor, die wahren Kosten des Bahnprojekts zu verschweigen."),
        ("fr", "L'opposition accuse le gouvernement de cacher le coût réel du projet ferroviaire."),
        ("es", "La oposición acusa al Gobierno de ocultar el coste real del proyecto ferroviario."),
        ("pt", "A oposição acusa o governo de esconder o custo real do projeto ferroviário."),
        ("it", "L'opposizione accusa il governo di nascondere il costo reale del progetto ferroviario."),
        ("nl", "De oppositie verwijt de regering de echte kosten van het spoorproject te verzwijgen."),
        ("sv", "Oppositionen anklagar regeringen för att dölja järnvägsprojektets verkliga kostnader."),
        ("da", "Oppositionen beskylder regeringen for at skjule de reelle udgifter til jernbaneprojektet."),
        ("no", "Opposisjonen beskylder regjeringen for å skjule de reelle kostnadene ved jernbanen."),
        ("fi", "Oppositio syyttää hallitusta rautatiehankkeen todellisten kustannusten salaamisesta."),
        ("pl", "Opozycja zarzuca rządowi ukrywanie prawdziwych kosztów projektu kolejowego."),
        ("cs", "Opozice obviňuje vládu, že tají skutečné náklady železničního projektu."),
        ("hu", "Az ellenzék azzal vádolja a kormányt, hogy eltitkolja a vasúti projekt valódi költségeit."),
        ("ro", "Opoziția acuză guvernul că ascunde costul real al proiectului feroviar."),
        ("tr", "Muhalefet, hükümeti demiryolu projesinin gerçek maliyetini gizlemekle suçluyor."),
        ("ru", "Оппозиция обвиняет правительство в том, что оно скрывает реальную стоимость проекта."),
        ("uk", "Опозиція звинувачує уряд у тому, що він приховує реальну вартість проєкту."),
        ("bg", "Опозицията обвинява правителството, че крие истинската цена на железопътния проект."),
        ("el", "Η αντιπολίτευση κατηγορεί την κυβέρνηση ότι αποκρύπτει το πραγματικό κόστος του έργου."),
        ("ar", "تتهم المعارضة الحكومة بإخفاء التكلفة الحقيقية لمشروع السكك الحديدية."),
        ("fa", "مخالفان دولت را متهم می‌کنند که هزینه واقعی پروژه راه‌آهن را پنهان می‌کند."),
        ("ur", "اپوزیشن نے حکومت پر ریلوے منصوبے کی اصل لاگت چھپانے کا الزام لگایا ہے۔"),
        ("he", "האופוזיציה מאשימה את הממשלה בהסתרת העלות האמיתית של פרויקט הרכבת."),
        ("zh", "反对派指责政府隐瞒铁路项目的真实成本。"),
        ("ja", "野党は、政府が鉄道計画の本当の費用を隠していると批判した。"),
        ("ko", "야당은 정부가 철도 사업의 실제 비용을 숨기고 있다고 비판했다."),
        ("fa", "پلیس چند نفر را دستگیر کرد."),  # short: told from Arabic by its letters
        ("ar", "اعتقلت الشرطة عدة أشخاص."),
    ],
)
def test_language_of_sentences(lang: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.language == lang
    assert 0.0 < guess.score <= 1.0


@pytest.mark.parametrize("text", [*NEGATIVES, "Read more", "Live", "© 2024 Reuters", "p. 12", "🙂🙂🙂", ""])
def test_unjudgeable_text_has_no_language(text: str) -> None:
    guess = detect_language(text)
    assert guess.language is None
    assert guess.score == 0.0


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Buy Now", "Latin"),
        ("12/08/2016", None),
        ("ΕΡΤ", "Greek"),
        ("საქართველოს პარლამენტმა კანონი მიიღო", "Georgian"),
    ],
)
def test_unjudged_text_keeps_its_script(text: str, script: str | None) -> None:
    # Georgian has a script but no language langdetect knows: no guess rather than a wrong one.
    assert detect_language(text) == LanguageGuess(None, 0.0, script)


def test_script_languages_are_answered_from_the_script() -> None:
    assert detect_language("Σεισμός στην Κρήτη χωρίς ζημιές") == LanguageGuess("el", 1.0, "Greek")
    assert detect_language("地震で新幹線が止まった") == LanguageGuess("ja", 1.0, JAPANESE)


def test_sample_is_bounded_by_max_chars() -> None:
    english = "The minister said the talks would continue next week in the capital. "
    german = "Der Minister sagte, die Gespräche würden nächste Woche in der Hauptstadt fortgesetzt. " * 20
    assert detect_language(english + german, max_chars=len(english)).language == "en"
    assert detect_language(english + german).language == "de"


def test_guess_is_frozen() -> None:
    guess = detect_language("Die Regierung hat den Haushalt für das kommende Jahr beschlossen.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        guess.language = "en"  # type: ignore[misc]


@pytest.mark.parametrize("text", ["Ingen kom til skade ved ulykken.", "Матч перенесли из-за снегопада."])
def test_deterministic_across_calls_and_global_seed(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from langdetect import DetectorFactory

    first = detect_language(text)
    for other, _ in zip(LANGUAGES, range(8), strict=False):
        detect_language(f"{other} — {text[::-1]}")
    assert [detect_language(text) for _ in range(3)] == [first] * 3
    for seed in (1234, None, 7):
        monkeypatch.setattr(DetectorFactory, "seed", seed)
        assert detect_language(text) == first


def test_deterministic_across_processes() -> None:
    # Another process, with another hash seed and the scripts' factories loaded in another order.
    texts = [
        "Президент заявил, что переговоры продолжатся.",
        "Ingen kom til skade ved ulykken.",
        "Der Zug fällt heute aus.",
    ]
    program = (
        "import sys, json\n"
        "from newsclean.text.detect import detect_language\n"
        "texts = json.loads(sys.stdin.read())\n"
        "print(json.dumps([list(vars(detect_language(t)).values()) for t in reversed(texts)]))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run(
        [sys.executable, "-c", program],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    theirs = [LanguageGuess(*values) for values in json.loads(done.stdout)][::-1]
    assert theirs == [detect_language(text) for text in texts]
    assert [guess.language for guess in theirs] == ["ru", "no", "de"]


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="backend"):
        detect_language("Some text here for the test", backend="fasttext")


def test_missing_cld2_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pycld2", None)  # makes ``import pycld2`` fail
    with pytest.raises(MissingExtraError, match=r"newsclean\[cld2\]"):
        detect_language("The minister said the talks would continue next week.", backend="cld2")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said the talks would continue next week.", "en"),
        ("Министр заявил, что переговоры продолжатся на следующей неделе.", "ru"),
        ("وزير الخارجية يصل إلى العاصمة في زيارة رسمية", "ar"),
        ("Buy Now", None),
    ],
)
def test_cld2_backend(text: str, lang: str | None) -> None:
    pytest.importorskip("pycld2")
    assert detect_language(text, backend="cld2").language == lang


LONG_EN = (
    "The regional council approved the new budget on Tuesday after a long debate, and the mayor said "
    "the money would go to schools, roads and the hospital that was damaged in the spring floods."
)
# Malay, which CLD2 knows and langdetect does not (it hears Indonesian).
LONG_MS = (
    "Kerajaan negeri mengumumkan peruntukan tambahan untuk membaiki jalan raya dan sekolah yang rosak "
    "akibat banjir besar pada bulan lalu, kata menteri besar dalam satu kenyataan kepada pemberita."
)


def test_hybrid_is_the_default_backend() -> None:
    from newsclean.config import Config

    assert Config().langid_backend == "hybrid"


def test_hybrid_takes_cld2_on_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.text import detect

    def no_langdetect(text: str, script: str) -> dict[str, float]:
        raise AssertionError("langdetect should not run")

    monkeypatch.setattr(detect, "_langdetect", no_langdetect)
    assert detect_language(LONG_EN).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks would continue next week.",  # under 20 words: langdetect
        "Portion Fix Containers: 1 Green, 1 Purple, 1 Blue",
        LONG_MS,  # CLD2 says Malay, a language langdetect does not know: langdetect decides
    ],
)
def test_hybrid_leaves_short_or_unknown_to_langdetect(text: str) -> None:
    assert detect_language(text) == detect_language(text, backend="langdetect")


def test_hybrid_keeps_langdetects_language_names() -> None:
    import pycld2

    assert pycld2.detect(LONG_MS)[2][0][1] == "ms"
    assert detect_language(LONG_MS).language != "ms"


def test_corpus_accuracy_beats_plain_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    import langdetect
    from langdetect import DetectorFactory

    sentences, paragraphs = _corpus("sentences"), _corpus("paragraphs")
    assert len(sentences) >= 15 * len(LANGUAGES)
    assert len(paragraphs) >= 3 * len(LANGUAGES)
    monkeypatch.setattr(DetectorFactory, "seed", 0)
    plain_codes = {"zh-cn": "zh", "zh-tw": "zh"}
    plain = sum(
        plain_codes.get(code, code) == lang
        for lang, code in ((lang, langdetect.detect(text)) for lang, text in sentences)
    )
    ours = sum(detect_language(text).language == lang for lang, text in sentences)
    assert ours >= plain
    assert ours / len(sentences) >= 0.985
    wrong = [(lang, text) for lang, text in paragraphs if detect_language(text).language != lang]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("der Hund und die Katze", ["en", "de", "nl", "fr"]),
        ("Le chat et le chien sont dans la maison", ["en", "fr", "es", "it"]),
        ("Gallery: Harbour Lights 2024", ["en", "de"]),
        ("", ["en"]),
        ("words only", []),
        ("se de la", ["es", "fr", "pt", "xx"]),
    ],
)
def test_top_stopword_share_is_the_largest_share_among_the_languages(text: str, languages: list[str]) -> None:
    from newsclean.text.stopwords import stopword_share, top_stopword_share

    shares = [stopword_share(text, lang) for lang in languages]
    assert top_stopword_share(text, languages) == max((s for s in shares if s is not None), default=0.0)


def test_script_languages_are_the_languages_detection_gives_in_that_script() -> None:
    from newsclean.text.detect import script_languages

    assert {"en", "de", "so", "vi"} <= script_languages("Latin")
    assert "ru" not in script_languages("Latin")
    assert script_languages("Arabic") == frozenset({"ar", "fa", "ur"})
    assert "ja" in script_languages("Han") and "ja" in script_languages("Japanese")
