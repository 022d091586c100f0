"""Picture captions and photo credits, lifted into ``Metadata.captions``.

Four shapes are recognised: a short descriptive line ending in an agency credit in
parentheses; a credit line of its own ("© Agency / Name", "Photo: Name/Agency", in several
languages); a description that names its picture ("A handout picture released by ... shows",
"... is seen in this illustration"); and a descriptive line right next to a credit line,
which goes with the credit. Prose that merely mentions a photograph stays.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category
from newsclean.text.features import ends_sentence, fold, word_count, word_count_up_to


@dataclass(frozen=True)
class _Shape:
    """A pattern, with literals that every match of it spells out (folded, see :func:`.fold`).

    A match is only possible when the folded text starts with one of ``openings`` (if any) and
    contains one of ``needles`` (if any): cheap string tests that let most lines skip the pattern.
    """

    pattern: regex.Pattern[str]
    openings: tuple[str, ...] = ()
    needles: tuple[str, ...] = ()

    def search(self, text: str, folded: str) -> bool:
        """``pattern.search(text)`` as a truth value, tried only when the literal tests pass."""
        if self.openings and not folded.startswith(self.openings):
            return False
        for needle in self.needles:
            if needle in folded:
                break
        else:
            if self.needles:
                return False
        return self.pattern.search(text) is not None


@dataclass(frozen=True)
class _Shapes:
    """Shapes tried in turn; a line opening with none of the anchored shapes' openings skips them all."""

    anchored: tuple[_Shape, ...]
    openings: tuple[str, ...]
    free: tuple[_Shape, ...]
    needles: re.Pattern[str] | None
    """Any needle of the free shapes, if all have some (plain literals, found exactly by the stdlib `re`)."""

    def search(self, text: str, folded: str) -> bool:
        """Whether any shape matches ``text`` (as searching with each pattern in turn would tell)."""
        if folded.startswith(self.openings):
            for shape in self.anchored:
                if shape.search(text, folded):
                    return True
        if self.needles is not None and self.needles.search(folded) is None:
            return False
        return any(shape.search(text, folded) for shape in self.free)


def _shapes(*shapes: _Shape) -> _Shapes:
    anchored = tuple(s for s in shapes if s.openings)
    openings = tuple(o for s in anchored for o in s.openings)
    free = tuple(s for s in shapes if not s.openings)
    needles = None
    if all(s.needles for s in free):
        needles = re.compile("|".join(re.escape(n) for s in free for n in s.needles))
    return _Shapes(anchored, openings, free, needles)


def _shape(
    pattern: str, openings: tuple[str, ...] = (), needles: tuple[str, ...] = (), *, flags: int = regex.I
) -> _Shape:
    return _Shape(regex.compile(pattern, flags), openings, needles)


# Wire services and picture agencies whose names end captions as credits. Matched in their own
# case or in capitals only: "(ePA)" in German prose is an abbreviation, not the agency.
_AGENCY_NAMES = (
    "AFP", "AP", "Reuters", "Getty Images", "Getty", "EPA-EFE", "EPA", "EFE", "dpa", "Xinhua",
    "Anadolu Agency", "Anadolu", "Bloomberg", "Shutterstock", "Alamy", "PA Images", "PA Media", "PA Wire",
    "PA", "AAP", "Kyodo", "Yonhap", "ANSA", "TASS", "ИТАР-ТАСС", "РИА Новости", "RIA Novosti", "Sputnik",
    "IRNA", "ISNA", "Tasnim", "SANA", "WANA", "IANS", "PTI", "ANI", "Imago", "picture alliance",
    "picture-alliance", "Keystone", "SIPA", "NurPhoto", "ZUMA Press", "ZUMA Wire", "ZUMA", "SOPA Images",
    "Corbis", "Wikimedia Commons", "Unsplash", "iStock", "NASA", "Handout", "Pool", "Courtesy",
)  # fmt: skip
_AGENCIES = (
    "(?-i:"
    + "|".join(
        regex.escape(variant).replace(r"\ ", r"\s")
        for name in _AGENCY_NAMES
        for variant in dict.fromkeys((name, name.upper()))
    )
    + ")"
)
_PHOTO_WORD = r"(?:photo(?:graph)?s?|images?|pictures?|pics?|foto(?:s|grafia)?|bild(?:er)?|фото)"

# "(AFP)", "(AP Photo/Jane Doe)", "(Getty Images)", "(Photo: Jane Doe)", "(File photo)".
_PAREN_CREDIT = regex.compile(
    rf"\s*\((?P<credit>(?:{_AGENCIES})(?:\s?{_PHOTO_WORD}|\s?File)?(?:\s?/\s?[^()]{{1,60}})?"
    rf"|(?:{_PHOTO_WORD}|credit|courtesy|file\sphoto)\b[^()]{{0,60}})\)\s*$",
    regex.IGNORECASE,
)
_STRONG_PAREN = regex.compile(rf"/|\b{_PHOTO_WORD}\b|\bcredit\b|\bcourtesy\b|\bfile\b", regex.IGNORECASE)

# A whole line that only credits a picture.
_LABEL = (
    r"(?:photo(?:graph)?s?|images?|pictures?|pics?|illustration|credits?|photo\scredits?|image\scredits?"
    r"|image\ssource|crédits?(?:\sphoto)?|fotos?|fotograf(?:ie|ía|ia)|bild(?:er)?|imagen|immagine"
    r"|imagem|créditos?|фото|фотография|изображение|عکس|تصویر|صورة|الصورة|تصوير)"
)
# Each photo word, folded, contains one of these.
_PHOTO_NEEDLES = ("photo", "image", "pic", "foto", "bild", "фото")
_CREDIT_LINE = _shapes(
    _shape(rf"^{_LABEL}\s?[:：]\s*\S", needles=(":", "：")),
    _shape(r"^(?:©|\(c\)|Ⓒ)\s*\S", openings=("©", "(c", "ⓒ")),
    _shape(
        r"^(?:photo(?:graph)?|picture|image|illustration)\s(?:by|courtesy(?:\sof)?)\s\S",
        openings=("photo", "picture", "image", "illustration"),
    ),
    _shape(rf"^(?:{_AGENCIES})\s?{_PHOTO_WORD}(?:\s?/\s?.+)?$", needles=_PHOTO_NEEDLES),
    _shape(rf"^[^/]{{2,40}}\s?/\s?(?:{_AGENCIES})(?:\s?via\s.+)?$", needles=("/",), flags=0),
)
# Copyright footers are publisher notices, not picture credits.
_RIGHTS = regex.compile(
    r"\b(?:rights|reserved|droits|Rechte|derechos|diritti|direitos|права|حقوق)\b", regex.IGNORECASE
)
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_AGENCY_OR_PHOTO = regex.compile(rf"\b(?:{_AGENCIES}|{_PHOTO_WORD})\b", regex.IGNORECASE)
_NAMES_PICTURE = regex.compile(rf"/|\b{_PHOTO_WORD}\b", regex.IGNORECASE)
_CREDIT_MAX_WORDS = 15

# A description ending in "Photograph: Name/Agency" on the same line.
_TRAILING_LABELS = ("Photo", "Image", "Picture", "Foto", "Illustration", "Credit")
_TRAILING_CREDIT = regex.compile(
    r"^(?P<desc>.{10,}?)\s+(?:Photograph|Photo|Image|Picture|Foto|Illustration|Credit)\s?:\s?"
    r"(?P<credit>[^.:]{2,60})$"
)

# Descriptions that say they describe a picture.
_PICTURE = r"(?:photo(?:graph)?|picture|image|pic|screenshot|screen\s?grab|still|illustration|handout)"
_VERB_SHOWS = r"\b(?:shows?|showing|depicts?)\b"
_SHOWS = ("show", "depict")
_STRONG_SHAPES = _shapes(
    _shape(r"^FILE(?:\sPHOTO|\sPIC(?:TURE)?)?\s?[-–—:]\s", openings=("file",), flags=0),
    _shape(
        r"^(?:an?|this)\s+(?:[\w-]+\s+){0,2}?(?:video|image|screen|tv|frame)[\s-]?grab\b",
        openings=("a", "this"),
        needles=("grab",),
    ),
    _shape(
        rf"^(?:an?|this)\s+(?:[\w-]+\s+){{0,2}}?(?:handout|file|undated|aerial|satellite)\s+{_PICTURE}\b.*"
        rf"{_VERB_SHOWS}",
        openings=("a", "this"),
        needles=_SHOWS,
    ),
    _shape(
        rf"^(?:an?|this)\s+{_PICTURE}\s+(?:made|taken|released|obtained|provided|distributed|posted|shared"
        rf"|published|courtesy|from|dated)\b.*{_VERB_SHOWS}",
        openings=("a", "this"),
        needles=_SHOWS,
    ),
    _shape(rf"^file\s+{_PICTURE}s?\b", openings=("file",)),
    _shape(
        r"^(?:an?\s+)?(?:(?:general|aerial|partial|drone|overall)\s+)?view\s+of\b.{3,200}?"
        r"\b(?:is|are)\s+(?:seen|pictured|shown)\b",
        openings=("a", "general", "partial", "drone", "overall", "view"),
        needles=("view",),
    ),
    _shape(
        r"^(?:an?\s+)?(?:general|aerial|drone)\s+view\s+(?:of|shows)\b",
        openings=("a", "general", "drone"),
        needles=("view",),
    ),
    _shape(
        rf"\b(?:is|are|was|were)\s+(?:seen|pictured|shown)\s+in\s+this\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{_PICTURE}\b",
        needles=("this",),
    ),
    _shape(
        rf"\bin\s+this\s+(?:[\w,.-]+\s+){{0,4}}?{_PICTURE}\b\s*(?:(?:taken|made|released|provided|obtained"
        r"|posted|distributed|dated|from|courtesy)\b|,|\.?$)",
        needles=("this",),
    ),
    _shape(r"^pictured\s*[:,]", openings=("pictured",)),
    _shape(
        r"^(?:archivbild|archivfoto|symbolbild|foto\sde\sarchivo|imagen\sde\sarchivo|photo\sd'archives?"
        r"|foto\sd'archivio|foto\sde\sarquivo|imagem\sde\sarquivo|архивное\sфото|на\sснимке)\b",
        openings=("archiv", "symbolbild", "foto", "imagen", "photo", "imagem", "архивное", "на"),
    ),
    _shape(
        r"^(?:sur\scette\s(?:photo|image)|en\sesta\s(?:foto|imagen)|auf\s(?:diesem|dem)\s(?:bild|foto)"
        r"|in\squesta\s(?:foto|immagine)|nesta\s(?:foto|imagem)|на\sэтом\s(?:фото|снимке))\b",
        openings=("sur", "en", "auf", "in", "nesta", "на"),
    ),
)

_CAPTION_MAX_WORDS = 60
_WEAK_CAPTION_MAX_WORDS = 40
_NEIGHBOUR_MIN_WORDS_ABOVE = 4
# A line below a credit is more often a subheading, so it must look more like a description.
_NEIGHBOUR_MIN_WORDS_BELOW = 6


def credit_only(text: str, words: int | None = None) -> bool:
    """Whether ``text`` is a bare picture credit line.

    >>> credit_only("Photo: Maria Lopez/AP")
    True
    >>> credit_only("Credit card debt rose again in March.")
    False
    """
    if words is None:
        words = word_count_up_to(text, _CREDIT_MAX_WORDS + 1)
    return words <= _CREDIT_MAX_WORDS and _credit_only(text, fold(text))


def _credit_only(text: str, folded: str) -> bool:
    paren = _whole_paren_credit(text)
    if not paren and not _CREDIT_LINE.search(text, folded):
        return False
    if _RIGHTS.search(text):
        return False
    if paren:
        return True
    # "© 2024 Site Name" is a publisher footer; a year is allowed only beside an agency or picture word.
    return not (_copyright(text) and _YEAR.search(text)) or _AGENCY_OR_PHOTO.search(text) is not None


def _whole_paren_credit(text: str) -> bool:
    """Whether all of ``text`` is a credit in parentheses (``_PAREN_CREDIT`` matches from the start)."""
    # The pattern's ``\s`` characters are all ``str.isspace``, so stripping cannot hide a match.
    return (
        text.lstrip().startswith("(")
        and text.rstrip().endswith(")")
        and _PAREN_CREDIT.match(text) is not None
    )


def _copyright(text: str) -> bool:
    return text.lstrip().startswith(("©", "Ⓒ", "(c)", "(C)"))


def strong_caption(text: str, words: int | None = None) -> bool:
    """Whether ``text`` describes a picture in words only captions use.

    >>> strong_caption("A handout picture released by the navy shows the ship in port")
    True
    >>> strong_caption("The photograph, taken in 1945, shows the city in ruins.")
    False
    """
    if words is None:
        words = word_count_up_to(text, _CAPTION_MAX_WORDS + 1)
    return words <= _CAPTION_MAX_WORDS and _STRONG_SHAPES.search(text, fold(text))


def caption_with_credit(text: str) -> str | None:
    """The description of a line that ends in a picture credit, or ``None``.

    >>> caption_with_credit("Rescuers search the rubble in Hatay on Monday (AFP)")
    'Rescuers search the rubble in Hatay on Monday'
    >>> caption_with_credit("Talks resumed on Monday, according to Reuters.") is None
    True
    """
    # A credit in parentheses closes the text: skip the search in all other lines.
    paren = _PAREN_CREDIT.search(text) if text.rstrip().endswith(")") else None
    if paren is not None and paren.start() > 0:
        desc = text[: paren.start()].strip()
        words = word_count(desc)
        if _STRONG_PAREN.search(paren.group("credit")):
            return desc if 2 <= words <= _CAPTION_MAX_WORDS else None
        return desc if 3 <= words <= _WEAK_CAPTION_MAX_WORDS and not ends_sentence(desc) else None
    trailing = _TRAILING_CREDIT.match(text) if _trailing_credit_possible(text) else None
    if trailing is not None and word_count(trailing.group("credit")) <= 8:
        desc = trailing.group("desc").strip()
        return desc if word_count(desc) <= _CAPTION_MAX_WORDS else None
    return None


def _trailing_credit_possible(text: str) -> bool:
    """The literals ``_TRAILING_CREDIT`` (case-sensitive) needs: a colon and a label word."""
    return ":" in text and any(label in text for label in _TRAILING_LABELS)


class Caption(Cleaner):
    """Remove picture captions and credits, and record the descriptions as captions."""

    name = "caption"
    category = Category.CAPTION
    guarded = False

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for captioned lines, credit lines and the descriptions beside them."""
        verdicts: list[Verdict] = []
        taken: set[int] = set()
        first_kept = next((s.index for s in doc.segments if s.index not in removed), None)
        for seg in doc.segments:
            i = seg.index
            if i in removed or i in taken:
                continue
            text = seg.text
            desc = caption_with_credit(text)
            # Long lines are neither strong captions nor credit lines: they need no folded view.
            folded = fold(text) if seg.words <= _CAPTION_MAX_WORDS else None
            if desc is not None:
                taken.add(i)
                verdicts.append(_verdict((i,), desc, "A short description ending in a picture credit."))
            elif folded is not None and _STRONG_SHAPES.search(text, folded):
                taken.add(i)
                verdicts.append(_verdict((i,), text, "A line that describes a picture, as captions do."))
            elif (
                folded is not None
                and seg.words <= _CREDIT_MAX_WORDS
                and _credit_only(text, folded)
                and not self._footer(doc, i)
            ):
                taken.add(i)
                # Extractors leave picture captions out; a line kept beside a credit is a heading.
                near = None if doc.extracted else self._description_beside(doc, i, removed, taken, first_kept)
                if near is None:
                    verdicts.append(_verdict((i,), None, "A picture credit line."))
                else:
                    taken.add(near)
                    verdicts.append(
                        _verdict(
                            tuple(sorted((i, near))),
                            doc.segments[near].text,
                            "A picture description next to its credit line.",
                        )
                    )
        return verdicts

    @staticmethod
    def _footer(doc: Document, index: int) -> bool:
        """After the last paragraph, a bare "© Agency" is the article's copyright, not a picture's."""
        text = doc.segments[index].text
        last = doc.last_prose
        return _copyright(text) and last is not None and index > last and _NAMES_PICTURE.search(text) is None

    @staticmethod
    def _description_beside(
        doc: Document, index: int, removed: Mapping[int, Category], taken: set[int], first_kept: int | None
    ) -> int | None:
        """The caption-like line right above (preferred) or below a credit line, if any."""
        for near, min_words in (
            (index - 1, _NEIGHBOUR_MIN_WORDS_ABOVE),
            (index + 1, _NEIGHBOUR_MIN_WORDS_BELOW),
        ):
            # The first kept line is usually the title, whose picture credit follows it.
            if (
                near < 0
                or near >= len(doc.segments)
                or near in removed
                or near in taken
                or near == first_kept
            ):
                continue
            text = doc.segments[near].text
            words = doc.segments[near].words
            if (
                min_words <= words <= _CAPTION_MAX_WORDS
                and not ends_sentence(text)
                and not text.endswith((":", ",", ";"))
                and not text.startswith("(")
                and not credit_only(text, words)
            ):
                return near
        return None


def _verdict(indices: tuple[int, ...], caption: str | None, reason: str) -> Verdict:
    meta = (("captions", (caption,)),) if caption else ()
    return Verdict(indices, reason, meta=meta)
