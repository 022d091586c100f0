"""Tag and keyword lists, lifted into ``Metadata.tags``.

A tag list is a run of three or more short keywords separated by commas, bars or dots,
found after the last prose paragraph, or any keywords after a "Tags:"-style label
(on the same line or on the lines below it). A sentence that lists things has a verb
or sentence punctuation and long items, and stays; so do unlabelled lines of keywords one
under another, a list's entries ("June 4 – Cork, Opera House", then the next date), and an
entry of a short list of sources under its heading ("Sources", "Quellen").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category
from newsclean.text.features import (
    MAX_SOURCES,
    ends_sentence,
    is_citation,
    is_table_row,
    sources_above,
    word_count,
)

# Labels that introduce a tag list, by language (en, de, fr, es, pt, it, ru, ar, fa, zh, ja, ko, then
# nl, pl, tr, id, vi, uk, sv, da, no, fi, cs, sk, hu, ro, el, then hi, mr, bn, ur, ta, te, he, th,
# bg, sr, hr, sl, lt, lv, et, ca, then az, kk, uz, ka, hy, sq, mk, be, gl, eu, is, af, cy, ne, then pa,
# gu, kn, ml, si, km, am).
_LABELS = (
    "tags", "tagged", "tagged with", "tagged as", "topics", "related topics", "keywords", "key words",
    "filed under", "more about",
    "schlagwörter", "schlagworte", "stichwörter", "themen",
    "mots-clés", "mots clés", "mots-clefs", "sujets", "thèmes",
    "etiquetas", "palabras clave", "temas",
    "palavras-chave", "assuntos", "tópicos", "marcadores",
    "parole chiave", "argomenti",
    "теги", "метки", "ключевые слова", "темы",
    "الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم", "وسوم",
    "برچسب‌ها", "برچسب ها", "برچسب", "کلیدواژه‌ها", "کلیدواژه ها", "کلمات کلیدی",
    "标签", "標籤", "热门标签", "熱門標籤", "关键词", "關鍵詞", "关键字", "關鍵字",
    "タグ", "キーワード", "태그", "키워드", "관련 태그",
    "trefwoorden", "onderwerpen", "tagi", "słowa kluczowe", "etiketler", "anahtar kelimeler",
    "kata kunci", "topik", "từ khóa", "từ khoá", "thẻ", "мітки", "ключові слова",
    "taggar", "nyckelord", "ämnen", "nøgleord", "emner", "stikkord", "avainsanat", "tunnisteet",
    "aiheet", "štítky", "klíčová slova", "kľúčové slová", "címkék", "kulcsszavak", "etichete",
    "cuvinte cheie", "ετικέτες", "λέξεις-κλειδιά", "λέξεις κλειδιά",
    "टैग", "टैग्स", "कीवर्ड", "कीवर्ड्स", "टॅग्स", "ট্যাগ", "ট্যাগস", "কিওয়ার্ড", "ٹیگز", "ٹیگ",
    "کلیدی الفاظ", "குறிச்சொற்கள்", "டேக்ஸ்", "ట్యాగ్స్", "ట్యాగ్‌లు", "కీవర్డ్స్", "תגיות", "תגים",
    "מילות מפתח", "แท็ก", "คำค้น", "คำค้นหา", "คีย์เวิร์ด", "етикети", "тагове", "ключови думи",
    "ознаке", "кључне речи", "oznake", "ključne riječi", "ključne reči", "tagovi", "ključne besede",
    "značke", "žymės", "raktažodžiai", "birkas", "atslēgvārdi", "sildid", "märksõnad", "etiquetes",
    "paraules clau", "teqlər", "açar sözlər", "тегтер", "кілт сөздер", "teglar", "kalit so'zlar",
    "kalit soʻzlar", "ტეგები", "საკვანძო სიტყვები", "պիտակներ", "բանալի բառեր", "etiketa", "fjalë kyçe",
    "ознаки", "тагови", "клучни зборови", "тэгі", "ключавыя словы", "palabras chave",
    "etiketak", "gako-hitzak", "efnisorð", "merki", "etikette", "sleutelwoorde", "tagiau", "allweddeiriau",
    "ट्याग", "ट्यागहरू",
    "ਟੈਗ", "ਟੈਗਸ", "ਟੈਗਜ਼", "ਕੀਵਰਡ", "ટૅગ્સ", "ટેગ્સ", "ટેગ", "ಟ್ಯಾಗ್‌ಗಳು", "ಟ್ಯಾಗ್ಗಳು", "ಟ್ಯಾಗ್ಸ್", "ಟ್ಯಾಗ್",
    "ടാഗുകൾ", "ടാഗ്", "ടാഗ്സ്", "ටැග්", "ටැග්ස්", "ស្លាក", "ពាក្យគន្លឹះ", "መለያዎች", "ቁልፍ ቃላት",
)  # fmt: skip
_LABEL_RE = regex.compile(
    r"^(?:"
    + "|".join(regex.escape(label).replace(r"\ ", r"\s") for label in _LABELS)
    + r")(?:\s?[:：៖፦]\s*(?P<rest>.*)|\s*)$",
    regex.IGNORECASE,
)
_SEPARATORS = regex.compile(r"\s*[,|·•،、#]\s*|\s+[/–—-]\s+")
_HASHTAGS = regex.compile(r"^(?:#[\p{L}\p{N}_]+\s*){3,}$")
_HASHTAG = regex.compile(r"#([\p{L}\p{N}_]+)")
_LETTER = regex.compile(r"\p{L}")
_INNER_PUNCT = regex.compile(r"[.!?;:。！？؟\"“”«»]")
# A keyword never starts like a byline or a clause continuation.
_LEADING_WORDS = frozenset(
    {"by", "and", "or", "but", "von", "und", "oder", "par", "et", "ou", "por", "y", "o", "e", "di", "и"}
)
_MAX_KEYWORD_WORDS = 4
_MAX_KEYWORD_CHARS = 40
_MIN_UNLABELLED = 3


def split_keywords(text: str) -> tuple[str, ...] | None:
    """The keywords of a separated list of short phrases, or ``None`` when ``text`` is not such a list.

    >>> split_keywords("economy | elections · Brazil")
    ('economy', 'elections', 'Brazil')
    >>> split_keywords("He visited France, Italy, Spain and Portugal last year.") is None
    True
    """
    if ends_sentence(text):
        return None
    hashtags = _HASHTAGS.match(text)
    if hashtags is not None:
        return tuple(_HASHTAG.findall(text))
    parts = [p.strip() for p in _SEPARATORS.split(text)]
    keywords = tuple(p for p in parts if p)
    if not keywords or not all(_is_keyword(k) for k in keywords):
        return None
    return keywords


def _is_keyword(part: str) -> bool:
    words = part.split()
    return (
        1 <= word_count(part) <= _MAX_KEYWORD_WORDS
        and len(part) <= _MAX_KEYWORD_CHARS
        and _LETTER.search(part) is not None
        and _INNER_PUNCT.search(part) is None
        and bool(words)
        and words[0].casefold() not in _LEADING_WORDS
    )


def tag_label(text: str) -> str | None:
    """What follows a "Tags:"-style label (possibly empty), or ``None`` when ``text`` has no label.

    >>> tag_label("Schlagwörter: Bundestag, Haushalt")
    'Bundestag, Haushalt'
    """
    match = _LABEL_RE.match(text)
    return None if match is None else (match.group("rest") or "").strip()


class Tags(Cleaner):
    """Remove tag lists and record their keywords as tags."""

    name = "tags"
    category = Category.TAGS
    guarded = False

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for labelled keyword lists anywhere and unlabelled ones after the last paragraph."""
        verdicts: list[Verdict] = []
        unlabelled: dict[int, tuple[str, ...]] = {}
        last = doc.last_prose
        n = len(doc.segments)
        i = 0
        while i < n:
            if i in removed:
                i += 1
                continue
            text = doc.segments[i].text
            rest = tag_label(text)
            found = None if rest is None else self._labelled(doc, i, rest, removed)
            if found is not None:
                indices, keywords = found
                verdicts.append(_verdict(indices, keywords, "A labelled list of tags or topics."))
                i = indices[-1] + 1
                continue
            if last is not None and i > last and not is_table_row(text):
                listed = split_keywords(text)
                if listed is not None and len(listed) >= _MIN_UNLABELLED:
                    unlabelled[i] = listed
            i += 1
        kept = [k for k in range(n) if k not in removed] if unlabelled else []
        for k, i in enumerate(kept):
            if i not in unlabelled:
                continue
            # Lines of keywords one under another are a list's entries (tour dates, addresses), not tags;
            # so is an entry of a list of sources under its heading.
            if (k > 0 and kept[k - 1] in unlabelled) or (k + 1 < len(kept) and kept[k + 1] in unlabelled):
                continue
            above = sources_above(doc.segments[kept[m]].text for m in range(k - 1, -1, -1))
            if is_citation(doc.segments[i].text) and above is not None and above < MAX_SOURCES:
                continue
            verdicts.append(
                _verdict((i,), unlabelled[i], "A list of short keywords after the last paragraph.")
            )
        return verdicts

    @staticmethod
    def _labelled(
        doc: Document, index: int, rest: str, removed: Mapping[int, Category]
    ) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
        """The label line and the keyword lines below it (when the label stands alone), with keywords.

        ``None`` when the label does not introduce keywords: what follows it is prose, or a bare
        label stands inside the body with no keyword below it.
        """
        if rest:
            inline = split_keywords(rest)
            return None if inline is None else ((index,), inline)
        indices = [index]
        keywords: list[str] = []
        j = index + 1
        # One keyword per line, or one separated list, below a bare label.
        while j < len(doc.segments) and j not in removed and not doc.prose[j]:
            found = split_keywords(doc.segments[j].text)
            if found is None:
                break
            indices.append(j)
            keywords.extend(found)
            if len(found) > 1:
                break
            j += 1
        last = doc.last_prose
        if not keywords and last is not None and index < last:
            return None
        return tuple(indices), tuple(keywords)


def _verdict(indices: tuple[int, ...], keywords: Sequence[str], reason: str) -> Verdict:
    unique = tuple(dict.fromkeys(k for k in keywords if k))
    return Verdict(indices, reason, meta=(("tags", unique),) if unique else ())
