"""Picture captions and photo credits, lifted into ``Metadata.captions``.

Six shapes are recognised: a short descriptive line ending in a credit (an agency in
parentheses, "Photograph: Name/Agency", "Photo by Name.", an artwork's "... 1937 © Name" or
its lender's thanks after its last sentence ("... 120 × 90 cm. Courtesy Galerie Nord."), the
photographer and agency after its last sentence, "... on Sunday.Jane Doe / Getty Images"); a
credit line of its own ("© Agency / Name", "Photo: Name/Agency", in several languages); a
description that names its picture ("A handout picture released by ... shows", "... is seen in
this illustration", "This image shows ...") or where it stands ("Left: ...", "From left: ...",
"(L-R) ...", "Jane Doe (left) at ...") or, as wire photos do, the day and place it was taken
("... , on November 7, 2019 in New Delhi, India."); an image's alternative text, which some
renderings put among the paragraphs ("Diagram showing ...", "Screenshot of ...", the scene:
"Young woman using a phone", or the headline numbered: "The Best Smart Home Lamps 4"); a
slideshow's captions, each opened by its counter ("1 of 4 ...", "2 of 4 ..."); pictures a site
credits to itself ("Color Wheel by Clay" on clay.global, two at least); alternative texts
written in lower case as a search phrase ("girl in a village by the lake"), between paragraphs,
two at least; short lines that end in the kind of picture they stand for ("Harbourline Review
Cover", "Jane Doe Profile Image", two at least, removed as the page's furniture); and a
descriptive line right next to a credit line, which goes with the credit. A credit has one such
line: none on one side when the other side holds the caption already (a line taken as one, a
caption's shape, or a short sentence just above the credit), and below the credit neither a line
of several sentences nor one set apart from the credit that heads a paragraph of the article.
Prose that merely mentions a photograph stays, and so does a bare label ("Credits:") over a row of
"Label: value" that credits no picture ("Director: Jane Doe"): a film's or a show's credits box.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category, Segment
from newsclean.rules.prefilter import Prefilter
from newsclean.text.features import (
    BULLET,
    ends_sentence,
    is_code_line,
    is_structured,
    sentence_ends,
    word_count,
    word_count_up_to,
)
from newsclean.text.slug import name_key, site_name

_Source = tuple[str, int]
"""A pattern and its flags, compiled when first needed (``regex`` keeps what it compiled)."""


@dataclass(frozen=True)
class _Shapes:
    """The caption patterns, in named groups behind one prefilter.

    One RE2 pass over a line (:class:`~newsclean.rules.prefilter.Prefilter`, derived from the
    patterns themselves) names the few patterns that could match it; only those are compiled
    and run, so a short run compiles few of them.
    """

    groups: tuple[tuple[str, tuple[_Source, ...]], ...]

    @functools.cached_property
    def _flat(self) -> tuple[tuple[str, _Source], ...]:
        return tuple((name, source) for name, sources in self.groups for source in sources)

    @functools.cached_property
    def prefilter(self) -> Prefilter:
        """The prefilter of all the patterns, built on first use."""
        return Prefilter.build([pattern for _, (pattern, _) in self._flat])

    def patterns(self, group: str) -> tuple[regex.Pattern[str], ...]:
        """The compiled patterns of ``group``, in order."""
        return tuple(regex.compile(*source) for name, source in self._flat if name == group)

    def candidates(self, text: str) -> frozenset[int]:
        """The patterns (by position among all) that could match ``text``."""
        return self.prefilter.candidates(text)

    def first(
        self, group: str, text: str, candidates: frozenset[int] | None = None
    ) -> regex.Match[str] | None:
        """The first match in ``text`` of the patterns of ``group`` (searching with each in turn).

        ``candidates`` is :meth:`candidates` of ``text`` when the caller has it already.
        """
        flat = self._flat
        for k in sorted(self.candidates(text) if candidates is None else candidates):
            name, source = flat[k]
            if name == group:
                found = regex.compile(*source).search(text)
                if found is not None:
                    return found
        return None


def _sources(*patterns: str | _Source) -> tuple[_Source, ...]:
    """Patterns with their flags: case-insensitive unless given with theirs."""
    return tuple((p, regex.I) if isinstance(p, str) else p for p in patterns)


# Wire services and picture agencies whose names end captions as credits. Matched in their own
# case or in capitals only: "(ePA)" in German prose is an abbreviation, not the agency.
_AGENCY_NAMES = (
    "AFP", "AP", "Reuters", "Getty Images", "Getty", "EPA-EFE", "EPA", "EFE", "dpa", "Xinhua",
    "Anadolu Agency", "Anadolu", "Bloomberg", "Shutterstock", "Alamy", "PA Images", "PA Media", "PA Wire",
    "PA", "AAP", "Kyodo", "Yonhap", "ANSA", "Ansa", "LaPresse", "TASS", "ИТАР-ТАСС", "РИА Новости",
    "RIA Novosti", "Sputnik",
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
_PAREN_CREDIT = _sources(
    rf"\s*\(\s?(?P<credit>(?:{_AGENCIES})(?:\s?{_PHOTO_WORD}|\s?File)?(?:\s?/\s?[^()]{{1,60}})?"
    rf"|(?:{_PHOTO_WORD}|credit|courtesy|file\sphoto)\b[^()]{{0,60}})\)\s*$"
)
_STRONG_PAREN = regex.compile(rf"/|\b{_PHOTO_WORD}\b|\bcredit\b|\bcourtesy\b|\bfile\b", regex.IGNORECASE)

# A whole line that only credits a picture.
_LABEL = (
    r"(?:photo(?:graph)?s?|images?|pictures?|pics?|illustration|credits?|photo\scredits?|image\scredits?"
    r"|image\ssource|crédits?(?:\sphoto)?|fotos?|fotograf(?:ie|ía|ia)|bild(?:er)?|imagen|immagine"
    r"|imagem|créditos?|фото|фотография|изображение|عکس|تصویر|صورة|الصورة|تصوير"
    r"|fotoğraf|zdjęcie|kuva|ảnh|nuotrauka|attēls|fotografija|φωτογραφία|写真|图片|圖片|摄影|攝影|사진"
    r"|fotó|фотографија|снимка|फोटो|फ़ोटो|तस्वीर|छायाचित्र|ছবি|ফটো|فوٹو|புகைப்படம்|படம்|ఫోటో|చిత్రం"
    r"|צילום|תמונה|ภาพ|ภาพประกอบ|gambar|larawan|picha|ਫੋਟੋ|ਤਸਵੀਰ|ફોટો|તસવીર|ಫೋಟೋ|ಚಿತ್ರ|ഫോട്ടോ|ചിത്രം"
    r"|ඡායාරූපය|ඡායාරූප|រូបភាព|រូបថត|ဓာတ်ပုံ|ፎቶ|ምስል|фота|ფოტო|լուսանկար(?:ը)?|argazkia|ljósmynd|mynd"
    r"|llun|surat|तस्बिर)"
)
_CREDIT_LINE = _sources(
    # "Photo: Jane Doe", or the label alone above or below the credit's own line ("Фото:").
    rf"^{_LABEL}\s?[:：៖፦՝]\s*(?:\S|$)",
    # Korean and Japanese sites set the label and the credit apart with "=", often in brackets:
    # "사진=김민준 기자", "[사진=연합뉴스]", "사진 제공=경주시", "자료=통계청" under a chart, "写真=共同".
    r"^[\[(（]?\s?(?:사진|영상|그래픽|이미지|일러스트|자료|출처|写真|画像|図表?)(?:\s?제공)?\s?[=＝]\s?[^=\n]{1,40}$",
    # "Credit...Jane Doe/The Daily Post", as one newspaper prints it under each picture.
    r"^credits?\s?(?:\.\.\.|…)\s?\S",
    # Polish credits abbreviate the label and often drop the colon: "Fot. Jan Nowak/PAP".
    r"^fot\.\s?\p{L}",
    # Russian "from the personal archive of ..." (a family photo's credit).
    r"^(?:фото\s)?(?:из\s)?личн(?:ый|ого)\sархив(?:а)?(?:\s[\p{L}-]+){1,3}$",
    r"^(?:©|\(c\)|Ⓒ)\s*\S",
    r"^(?:photo(?:graph)?|picture|image|illustration)\s(?:by|via|from|courtesy(?:\sof)?|provided\sby)\s\S",
    # "Courtesy of Jane Doe", "Cortesía de ...", "Mit freundlicher Genehmigung von ...": a name
    # follows, and no sentence ("Courtesy of the rain, the final was delayed." stays).
    (
        r"^(?i:courtesy(?:\sof)?|cortes[ií]a\sde|per\sgentile\sconcessione\sdi|avec\sl'aimable\sautorisation\sde"
        r"|mit\sfreundlicher\sgenehmigung(?:\svon)?)\s?:?\s\p{Lu}[^.!?]*$",
        0,
    ),
    rf"^(?:{_AGENCIES})\s?{_PHOTO_WORD}(?:\s?/\s?.+)?$",
    # ... or the word first, without a colon: "Foto Ansa", "Photo AFP / Jane Doe".
    rf"^{_PHOTO_WORD}\s(?:{_AGENCIES})(?:\s?/\s?.+)?$",
    # The picture's rights holder as some sites print it: "Image copyright Reuters", "Image source, Jane Doe".
    r"^(?:(?:image|photo|picture)\s(?:copyright|source|credit)s?|автор\sфото|fuente\sde\sla\simagen|منبع\sتصویر"
    r"|مصدر\sالصورة)\s?[:,،]?\s\S",
    # A picture an AI made, credited so: "AI Generated by ChatGPT", "Image generated with Midjourney",
    # "AI-generated image". A whole line; in a sentence the article talks about such pictures.
    r"^(?:(?:image|photo|picture|illustration|graphic|artwork)\s)?(?:ai[\s-]generated|(?:created|generated|made)"
    r"\s(?:by|with|using|via)\s(?:an?\s)?(?:ai|chatgpt|dall[\s·-]?e(?:\s?\d)?|midjourney|stable\sdiffusion"
    r"|gemini|copilot|firefly|imagen|ideogram|grok|sora)\b)(?:\s(?:image|photo|picture|illustration|art(?:work)?))?"
    r"(?:\s(?:by|with|using|via|from)\s[^.!?,;]{1,30})?\.?$",
    # "Jane Doe / AFP", "Jane Doe/Daily Times/Getty Images", "Jane Doe | Bloomberg | Getty Images".
    (rf"^(?:[^/|]{{2,40}}\s?[/|]\s?){{1,3}}(?:{_AGENCIES})(?:\s(?:file|photo|images?))?(?:\s?via\s.+)?$", 0),
)
# Copyright footers are publisher notices, not picture credits.
_RIGHTS = _sources(r"\b(?:rights|reserved|droits|Rechte|derechos|diritti|direitos|права|حقوق)\b")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_AGENCY_OR_PHOTO = _sources(rf"\b(?:{_AGENCIES}|{_PHOTO_WORD})\b")
_NAMES_PICTURE = regex.compile(rf"/|\b{_PHOTO_WORD}\b", regex.IGNORECASE)
_CREDIT_MAX_WORDS = 15

# A description ending in "Photograph: Name/Agency", "Photo by Name." or "Image courtesy of Name"
# on the same line. The label is capitalised, as it starts a credit; after "by" the credit is a
# name ("... Photo by Jane Doe.", not "... Image by image, the ...").
_CREDIT_LABEL = r"(?:Photograph|Photo|Image|Picture|Foto|Illustration)"
_TRAILING_CREDIT = _sources(
    (
        r"^(?P<desc>.{10,}?)\s+(?:(?:Photograph|Photo|Image|Picture|Foto|Illustration|Credit)\s?:"
        r"|Credit\s?(?:\.\.\.|…))\s?"
        r"(?P<credit>[^.:]{2,60})\.?$",
        0,
    ),
    (
        rf"^(?P<desc>.{{10,}}?)\s+{_CREDIT_LABEL}\s(?:by|credit)\s?:?\s?(?P<credit>['\"‘“]?\p{{Lu}}[^.:]{{1,59}})\.?$",
        0,
    ),
    (rf"^(?P<desc>.{{10,}}?)\s+{_CREDIT_LABEL}\scourtesy(?:\sof)?\s?:?\s(?P<credit>[^.:]{{2,60}})\.?$", 0),
    # An artwork's caption whose last sentence thanks its lender: "Jeff Wall, Figures on a
    # Sidewalk, 2008. Colour photograph – 165 × 134 cm. Courtesy Kestnergesellschaft." A name
    # follows, each part after a comma capitalised ("Courtesy ROCKET, London."); "Courtesy of the
    # museum, entry is free on Sundays." is a sentence.
    (
        r"^(?P<desc>.{10,}?[.;])\s(?:(?:Image|Photo)\s)?[Cc]ourtesy(?:\sof)?\s"
        r"(?P<credit>(?:the\s)?\p{L}[^.!?:;,]{0,60}(?:,\s\p{Lu}[^.!?:;,]{0,40}){0,3})\.?$",
        0,
    ),
    # An artwork's or a photograph's caption closing with its rights holder: "Lee Miller, Portrait
    # of Space, Egypt 1937 © Lee Miller Archives".
    (r"^(?P<desc>.{10,}?)\s(?:©|\(c\)|Ⓒ)\s?(?P<credit>\p{Lu}[^.:©]{1,60})\.?$", 0),
    # A description whose last sentence is followed by the photographer and the agency, often
    # glued to it: "... in 2024.Jane Doe / Getty Images", "... the pier. Jane Doe/AP", or glued to
    # its last word: "Harbor International AirportJane Doe / Shutterstock" (not after a label's
    # colon: "Photo Credit: Fotografía de eLuVe / Getty Images" is a credit line).
    (
        rf"^(?P<desc>.{{10,}}?[.!?”\"]\s?|[^:]{{10,}}?(?<=\p{{Ll}}))"
        rf"(?P<credit>\p{{Lu}}[^/|.!?]{{1,40}}?\s?[/|]\s?(?:[^/|.!?]{{2,40}}\s?[/|]\s?)?"
        rf"(?:{_AGENCIES})(?:\s(?:file|photo|images?))?)$",
        0,
    ),
)

# Descriptions that say they describe a picture.
_PICTURE = r"(?:photo(?:graph)?|picture|image|pic|screenshot|screen\s?grab|still|illustration|handout)"
_VERB_SHOWS = r"\b(?:shows?|showing|depicts?)\b"
_STRONG_SHAPES = _sources(
    (r"^FILE(?:\sPHOTO|\sPIC(?:TURE)?)?\s?[-–—:]\s", 0),
    r"^(?:an?|this)\s+(?:[\w-]+\s+){0,2}?(?:video|image|screen|tv|frame)[\s-]?grab\b",
    rf"^(?:an?|this)\s+(?:[\w-]+\s+){{0,2}}?(?:handout|file|undated|aerial|satellite)\s+{_PICTURE}\b.*"
    rf"{_VERB_SHOWS}",
    rf"^(?:an?|this)\s+{_PICTURE}\s+(?:made|taken|released|issued|supplied|obtained|provided|distributed|posted|shared"
    rf"|published|courtesy|from|dated)\b.*{_VERB_SHOWS}",
    rf"^file\s+{_PICTURE}s?\b",
    r"^(?:an?\s+)?(?:(?:general|aerial|partial|drone|overall)\s+)?view\s+of\b.{3,200}?"
    r"\b(?:is|are)\s+(?:seen|pictured|shown)\b",
    r"^(?:an?\s+)?(?:general|aerial|drone)\s+view\s+(?:of|shows)\b",
    rf"\b(?:is|are|was|were)\s+(?:seen|pictured|shown)\s+in\s+this\s+(?:[\w-]+\s+){{0,2}}?{_PICTURE}\b",
    rf"\bin\s+this\s+(?:[\w,.-]+\s+){{0,4}}?{_PICTURE}\b\s*(?:(?:taken|made|released|issued|supplied|provided|obtained"
    r"|posted|distributed|dated|from|courtesy)\b|,|\.?$)",
    r"^pictured\s*[:,]",
    # A caption's label kept in the text: "Image caption The minister ...", "Above: The new pier",
    # and as a news site's language editions print it ("Подпись к фото, ...", "Pie de foto, ...").
    r"^(?:(?:image|media|video)\scaption|подпись\sк\sфото|pie\sde\sfoto|legenda\sda\sfoto|توضیح\sتصویر"
    r"|التعليق\sعلى\sالصورة)\s?[,:،]?\s\S",
    r"^(?:pictured\s)?(?:above|below)\s?:\s\S",
    # ... where a picture stands, or where its people do: "Left: Edward Burra, Three Sailors ...",
    # "Top right: ...", "From left: ...", "Clockwise from top left: ...".
    r"^(?:(?:top|bottom)\s)?(?:left|right)\s?:\s\S",
    r"^(?:from\sleft|clockwise\sfrom\s(?:(?:top|bottom)\s)?(?:left|right))\s?[:,]\s\S",
    # ... in brackets: "(L-R) Jane Doe, John Roe", or after a name in a line that is no sentence:
    # "The club's coach Jane Doe (left) at the harbour on Sunday".
    r"^\((?:l\s?-\s?r|l\sto\sr|left\sto\sright|from\sleft)\)\s?:?\s?\S",
    r"^(?![^\n]*[.!?][\"”’»)\]]*$)[^\n]{3,200}?\s\((?:left|right|centre|center|(?:second|third)\sfrom\s(?:left|right)"
    r"|from\sleft|l-r)\)",
    # An accessible description of the picture: "This image shows the view from the plane.", "Image
    # shows a rustic menu for a fall gathering."
    rf"^(?:this\s)?{_PICTURE}\sshows\s",
    # A wire photo's caption closes with the day and the place it was taken, a sentence of its own
    # in the present tense: "A bird sits on a street light amid smog, on November 7, 2019 in New
    # Delhi, India." ("She was born on May 3, 1950 in Leeds, England." is a sentence of the story.)
    (
        r"^(?![^.!?]*\b(?i:was|were|had|has|have|will|would|born|died|married)\b)[^.!?]{10,300}?(?:\son|,)\s"
        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:January|February|March"
        r"|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\."
        r"|Dec\.)\s\d{1,2},?\s(?:19|20)\d\d,?\s(?:in|at|near)\s\p{Lu}[\p{L}.'’ -]{1,40}"
        r"(?:,\s\p{Lu}[\p{L}.'’ -]{1,40}){0,2}\.?$",
        0,
    ),
    r"^(?:archivbild|archivfoto|symbolbild|foto\sde\sarchivo|imagen\sde\sarchivo|photo\sd'archives?"
    r"|foto\sd'archivio|foto\sde\sarquivo|imagem\sde\sarquivo|архивное\sфото|на\sснимке)\b",
    r"^(?:sur\scette\s(?:photo|image)|en\sesta\s(?:foto|imagen)|auf\s(?:diesem|dem)\s(?:bild|foto)"
    r"|in\squesta\s(?:foto|immagine)|nesta\s(?:foto|imagem)|на\sэтом\s(?:фото|снимке))\b",
)

# An image's alternative text, which some renderings put among the paragraphs: a noun phrase
# naming the kind of picture ("Screenshot of the settings page", "Diagram showing the pipeline",
# "A photo of a smoothie bowl"). A sentence that reports on a picture has a verb
# ("A photo of the suspect was released on Monday"): see _REPORTING.
_ALT_KIND = (
    r"(?:screen\s?shots?|screen\s?grabs?|diagrams?|infographics?|illustrations?|charts?|graphs?|flowcharts?"
    r"|mock-?ups?|renderings?)"
)
_ALT_TEXT = _sources(
    rf"^(?:an?\s+)?(?:(?:vector|stock|3d|digital|flat)\s+)?{_ALT_KIND}\s+(?:of|showing|illustrating|depicting"
    r"|titled|displaying|comparing|representing)\s",
    r"^(?:an?\s+)?(?:(?:stock|close-up)\s+)?(?:photo(?:graph)?|picture|image|portrait|headshot)\s+of\s",
    # A post's lead picture described by its role: "Hero image for blog post 15 Essential ...".
    r"^(?:an?\s+|the\s+)?(?:hero|featured|feature|header|cover|banner|thumbnail)\s+(?:image|photo|picture)\s+(?:for|of)\s",
)
# An alternative text that describes the picture's scene: people, then what they are doing
# ("Young woman using a language app on her phone", "Hands holding a dumbbell"), as a noun phrase
# of a line of its own. With a finite verb or a past tense it is a sentence ("People using the
# new line saved 20 minutes"): see scene_text.
_SCENE = _sources(
    r"^(?:(?:an?|the|two|three|four|several|some|young|older|elderly|smiling|happy|senior|athletic|cute"
    r"|super\scute|little|close-up\sof)\s+)*"
    r"(?:man|woman|men|women|person|people|couple|hands?|girl|boy|child|children|kids?|family|team|students?"
    r"|workers?|businessman|businesswoman|customers?|drivers?|(?:tour\s)?group|crowd|athletes?|runners?"
    r"|cyclists?|hikers?|travell?ers?|tourists?|friends|colleagues|employees?|doctors?|nurses?|chefs?|baby"
    r"|toddler|kittens?)\s(?:[\w'’-]+\s){0,6}?"
    r"(?:holding|wearing|sitting|standing|using|looking|smiling|working|walking|carrying|showcasing|typing"
    r"|reading|writing|talking|browsing|pointing|playing|taking|enjoying|testing|checking|cooking|eating"
    r"|drinking|lying|riding|posing|shaking|hugging|laughing"
    # Verbs that are as often a noun in a title ("Group Training", "Dog Walking Tips") count in lower case.
    r"|(?-i:doing|having|asking|stopping|admiring|driving|running|hiking|exercising|lifting|stretching"
    r"|planting|painting|cleaning|sleeping|climbing|swimming|dancing|cycling|preparing|serving|waiting"
    r"|watching|listening|relaxing|studying|shopping|packing|loading))\b"
)
_SCENE_MAX_WORDS = 25
# A past tense, or a common verb in the present: the line is a sentence about such people.
_SENTENCE_VERB = regex.compile(
    r"\b(?:\w{3,}ed|need|needs|get|gets|pay|pays|save|saves|spend|spends|make|makes|say|says|find|finds"
    r"|tend|tends|face|faces|prefer|prefers|want|wants|use|uses|take|takes|go|goes|see|sees|feel|feels"
    r"|do|does|don't|doesn't|can't|won't|report|reports|earn|earns|lose|loses|risk|risks)\b",
    regex.IGNORECASE,
)
# A slideshow's counter before each caption ("1 of 4 Firefighters ...", "Photo 2 of 12").
_GALLERY = regex.compile(
    r"^[\W_]{0,3}(?:(?:photo|image|picture|slide)\s+)?(?P<at>\d{1,3})\s+of\s+(?P<total>\d{1,3})(?!\w)\s*(?P<rest>.*)$",
    regex.IGNORECASE | regex.DOTALL,
)
# Finite verbs (and modals) that make a line about a picture a sentence rather than its description.
_REPORTING = regex.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|show|shows|showed"
    r"|reveals?|revealed|suggests?|suggested|went|became|appeared|circulated|emerged)\b",
    regex.IGNORECASE,
)
# A sentence ends at a full stop, closing quotes may follow, before a capital or at the end: in
# 'Infographic titled “Ferry Routes.” It shows ...' the first sentence is the title's.
_FIRST_SENTENCE = regex.compile(r"^.*?(?:[.!?][\"”’»)]*(?:\s+(?=[\p{Lu}\d\"“‘(])|\s*$)|$)", regex.DOTALL)

_SHAPES = _Shapes(
    (
        ("paren", _PAREN_CREDIT),
        ("strong", _STRONG_SHAPES),
        ("alt", _ALT_TEXT),
        ("scene", _SCENE),
        ("credit", _CREDIT_LINE),
        ("trailing", _TRAILING_CREDIT),
        ("rights", _RIGHTS),
        ("agency_or_photo", _AGENCY_OR_PHOTO),
    )
)

# A wire caption runs to two sentences: the picture, then the story's context (60 to 80 words).
_CAPTION_MAX_WORDS = 80
# The headline copied into a picture's alternative text, numbered: "The Best Smart Home Lamps 4".
_NUMBERED = regex.compile(r"^(?P<head>.*\S)\s+\d{1,3}$")
_KEY_WORD = regex.compile(r"[\p{L}\p{N}]+")
_HEADLINE_MIN_WORDS = 3
# A picture credited to the site: "Web Design Process by Clay" on clay.global, twice at least.
_BY_NAME = regex.compile(r"\bby\s+(?P<who>[\p{L}\p{N}][\p{L}\p{N}&.' -]{1,39})$", regex.IGNORECASE)
_SITE_CREDITS_MIN = 2
_WEAK_CAPTION_MAX_WORDS = 40
# An alternative text that names the picture's kind last: "Busuu Review Cover", "Jane Doe Profile
# Image", "Acme logo"; not a sentence, a heading's question or a line of code (only words).
_KINDS = ("cover", "logo", "image", "icon", "headshot", "thumbnail", "banner", "placeholder")
_KIND_LAST = regex.compile(
    r"(?!(?i:the|a|an|our|my|your|how|why|what|this|that)\s)(?:[\p{L}\p{N}&'’.-]+\s){1,6}"
    r"(?i:cover|logo|image|icon|headshot|thumbnail|banner|placeholder)"
)
_KIND_LAST_MAX_WORDS = 7
_KIND_LAST_MIN = 2
# An alternative text written as a search phrase: "girl in a village by the lake", "tiktok monthly
# active users". One such line may be a heading in lower case; a site that writes them so has one
# under each picture.
_LOWER_ALT_MIN_WORDS = 3
_LOWER_ALT_MAX_WORDS = 20
_LOWER_ALT_MIN = 2
# The paragraph above ends a sentence of some length: the line starts nothing it continues.
_LOWER_ALT_PROSE_WORDS = 8
_LOWER_ALT_REACH = 3
# Code, figures, dates, links and handles are no picture's description.
_NOT_ALT = regex.compile(r"[\d=;{}()<>/_\[\]@#|]")
_LOWER_WORD = regex.compile(r"\p{Ll}{2,}")
# No shape fits a longer line: a description has at most 80 words and a credit after it at most
# 8 (after a label) or 60 characters in parentheses (after an agency), with room for rounding.
_LONGEST_CAPTION_WORDS = 120
_NEIGHBOUR_MIN_WORDS_ABOVE = 4
# A line below a credit is more often a subheading, so it must look more like a description.
_NEIGHBOUR_MIN_WORDS_BELOW = 6
# A caption above its credit may end with a full stop; a longer sentence there is the article's.
_SHORT_CAPTION_MAX_WORDS = 15
# Short words ("at", "of", "the", "and") stay lower case in a title-cased heading.
_TITLE_WORD_LETTERS = 4
# Fewer capitalised words are as often a name or a picture's title as a section heading.
_TITLE_MIN_WORDS = 4
_DIGIT = regex.compile(r"\d")
# A heading may close with the year it is about ("Best Boxes for Kids in 2025") and keep its
# prepositions and conjunctions of four letters or more in lower case ("Looks from Designers").
_TRAILING_YEAR = regex.compile(r"\s(?:in|of|for)\s(?:19|20)\d\d\W*$", regex.IGNORECASE)
_TITLE_LOWER = frozenset(
    {"from", "with", "into", "onto", "over", "upon", "than", "that", "when", "like", "near"}
)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


def credit_only(text: str, words: int | None = None) -> bool:
    """Whether ``text`` is a bare picture credit line.

    >>> credit_only("Photo: Maria Lopez/AP")
    True
    >>> credit_only("Credit card debt rose again in March.")
    False
    """
    if words is None:
        words = word_count_up_to(text, _CREDIT_MAX_WORDS + 1)
    return words <= _CREDIT_MAX_WORDS and _credit_only(text)


def _credit_only(text: str, candidates: frozenset[int] | None = None) -> bool:
    paren = _whole_paren_credit(text, candidates)
    if not paren and _SHAPES.first("credit", text, candidates) is None:
        return False
    if _SHAPES.first("rights", text, candidates) is not None:
        return False
    if paren:
        return True
    # "© 2024 Site Name" is a publisher footer; a year is allowed only beside an agency or picture word.
    return (
        not (_copyright(text) and _YEAR.search(text))
        or _SHAPES.first("agency_or_photo", text, candidates) is not None
    )


def _whole_paren_credit(text: str, candidates: frozenset[int] | None = None) -> bool:
    """Whether all of ``text`` is a credit in parentheses (``_PAREN_CREDIT`` matches from the start)."""
    # The pattern's ``\s`` characters are all ``str.isspace``, so stripping cannot hide a match.
    if not (text.lstrip().startswith("(") and text.rstrip().endswith(")")):
        return False
    # The leftmost match starts the text whenever a match from the start exists.
    found = _SHAPES.first("paren", text, candidates)
    return found is not None and found.start() == 0


def _heads_fields(doc: Document, index: int) -> bool:
    """Whether a bare label ending in a colon ("Credits:") heads a "Label: value" row right under it
    that credits no picture ("Director: Jane Doe"): a credits box's heading."""
    if not doc.segments[index].text.rstrip().endswith((":", "：")) or index + 1 >= len(doc.segments):
        return False
    row = BULLET.sub("", doc.segments[index + 1].text, count=1)
    return ":" in row and is_structured(row) and not credit_only(row)


def _copyright(text: str) -> bool:
    return text.lstrip().startswith(("©", "Ⓒ", "(c)", "(C)"))


def picture_credit(text: str) -> bool:
    """Whether ``text`` credits a picture, not the page: a bare credit line that does not open
    with a copyright sign ("© The Daily Post" is the publisher's).

    >>> picture_credit("Photo: Maria Lopez/AP"), picture_credit("© The Daily Post")
    (True, False)
    """
    return not _copyright(text) and credit_only(text)


def strong_caption(text: str, words: int | None = None) -> bool:
    """Whether ``text`` describes a picture in words only captions use.

    >>> strong_caption("A handout picture released by the navy shows the ship in port")
    True
    >>> strong_caption("The photograph, taken in 1945, shows the city in ruins.")
    False
    """
    if words is None:
        words = word_count_up_to(text, _CAPTION_MAX_WORDS + 1)
    return words <= _CAPTION_MAX_WORDS and _SHAPES.first("strong", text) is not None


def alt_text(text: str, candidates: frozenset[int] | None = None) -> bool:
    """Whether ``text`` opens as an image's alternative text: the kind of picture, then what it shows.

    The line's first sentence must have no finite verb: that is a sentence about a picture.

    >>> alt_text("Diagram showing the pipeline from the sensors to the dashboard.")
    True
    >>> alt_text("A photo of the suspect was released by the police on Monday.")
    False
    """
    found = _SHAPES.first("alt", text, candidates)
    if found is None:
        return False
    first = _FIRST_SENTENCE.match(text)
    return first is None or _REPORTING.search(first.group()) is None


def scene_text(text: str, words: int, candidates: frozenset[int] | None = None) -> bool:
    """Whether ``text`` is an image's alternative text describing its scene: who does what.

    >>> scene_text("Young woman using a language app on her smartphone", 8)
    True
    >>> scene_text("People using the new tram line saved twenty minutes a day.", 11)
    False
    """
    return (
        words <= _SCENE_MAX_WORDS
        and _SHAPES.first("scene", text, candidates) is not None
        and _REPORTING.search(text) is None
        and _SENTENCE_VERB.search(text) is None
        and text.count(". ") == 0
        # a list item or a table row ("Kids playing outside: 30 minutes")
        and ":" not in text
        and _DIGIT.search(text) is None
        and not text.rstrip().endswith("?")
    )


def caption_with_credit(text: str, candidates: frozenset[int] | None = None) -> str | None:
    """The description of a line that ends in a picture credit, or ``None``.

    >>> caption_with_credit("Rescuers search the rubble in Hatay on Monday (AFP)")
    'Rescuers search the rubble in Hatay on Monday'
    >>> caption_with_credit("Talks resumed on Monday, according to Reuters.") is None
    True
    """
    # A credit in parentheses closes the text: skip the search in all other lines.
    paren = _SHAPES.first("paren", text, candidates) if text.rstrip().endswith(")") else None
    if paren is not None and paren.start() > 0:
        desc = text[: paren.start()].strip()
        words = word_count(desc)
        if _STRONG_PAREN.search(paren.group("credit")):
            return desc if 2 <= words <= _CAPTION_MAX_WORDS else None
        return desc if 3 <= words <= _WEAK_CAPTION_MAX_WORDS and not ends_sentence(desc) else None
    trailing = _SHAPES.first("trailing", text, candidates)
    if trailing is not None and word_count(trailing.group("credit")) <= 8:
        desc = trailing.group("desc").strip()
        return desc if word_count(desc) <= _CAPTION_MAX_WORDS else None
    return None


def gallery_runs(texts: Mapping[int, str]) -> dict[int, str]:
    """The lines of ``texts`` (by index) that a slideshow counter opens, with their captions.

    A counter must come with another of the same slideshow: two or more lines "k of N" with the
    same N and different k. One line opening with "1 of 4" is as likely a sentence ("1 of 4
    adults ...").

    >>> gallery_runs({0: "1 of 3 Crews clear the road", 1: "Intro text", 2: "2 of 3 The bridge at dawn"})
    {0: 'Crews clear the road', 2: 'The bridge at dawn'}
    >>> gallery_runs({0: "1 of 4 adults say they read the news daily."})
    {}
    """
    found: dict[int, dict[int, tuple[int, str]]] = {}
    for index, text in texts.items():
        head = text[:12].lstrip(" *-•([").lower()
        # Most lines open with neither a figure nor a picture word: no pattern to run on them.
        if not (head[:1].isdigit() or head.startswith(("photo", "image", "picture", "slide"))):
            continue
        match = _GALLERY.match(text)
        if match is None:
            continue
        at, total = int(match.group("at")), int(match.group("total"))
        if 0 < at <= total:
            found.setdefault(total, {})[index] = (at, match.group("rest").strip())
    out: dict[int, str] = {}
    for lines in found.values():
        if len({at for at, _ in lines.values()}) >= 2:
            out.update({index: rest for index, (_, rest) in lines.items()})
    return dict(sorted(out.items()))


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
        gallery = gallery_runs({s.index: s.text for s in doc.segments if s.index not in removed})
        for i, description in gallery.items():
            taken.add(i)
            verdicts.append(_verdict((i,), description, "A slideshow counter and its picture's caption."))
        for i in _numbered_headlines(doc, removed):
            if i not in taken:
                taken.add(i)
                verdicts.append(
                    _verdict((i,), None, "An image's alternative text: the headline with a number after it.")
                )
        for i in _site_credits(doc, removed):
            if i not in taken:
                taken.add(i)
                verdicts.append(_verdict((i,), None, "A picture's title credited to the site itself."))
        for i in _kind_named_last(doc, removed):
            if i not in taken:
                taken.add(i)
                # A logo's or an icon's label is the page's furniture, where a caption is the article's.
                reason = "An image's alternative text that ends in the kind of picture it is."
                verdicts.append(Verdict((i,), reason, category=Category.SITE_CHROME))
        for i in _lower_case_alt_texts(doc, removed):
            if i not in taken:
                taken.add(i)
                reason = "An image's alternative text, a phrase in lower case."
                verdicts.append(_verdict((i,), doc.segments[i].text, reason))
        for seg in doc.segments:
            i = seg.index
            if i in removed or i in taken or seg.words > _LONGEST_CAPTION_WORDS:
                continue
            text = seg.text
            seen = _SHAPES.candidates(text)
            if not seen:  # no caption pattern can match this line
                continue
            desc = caption_with_credit(text, seen)
            # Long lines are neither strong captions nor credit lines; an alternative text may be
            # long (a diagram described part by part), its verbless opening tells it apart.
            short = seg.words <= _CAPTION_MAX_WORDS
            if desc is not None:
                taken.add(i)
                verdicts.append(_verdict((i,), desc, "A short description ending in a picture credit."))
            elif short and _SHAPES.first("strong", text, seen) is not None:
                taken.add(i)
                verdicts.append(_verdict((i,), text, "A line that describes a picture, as captions do."))
            elif alt_text(text, seen):
                taken.add(i)
                verdicts.append(
                    _verdict(
                        (i,), text, "An image's alternative text: the kind of picture and what it shows."
                    )
                )
            elif scene_text(text, seg.words, seen):
                taken.add(i)
                verdicts.append(
                    _verdict((i,), text, "An image's alternative text: who is in the picture, doing what.")
                )
            elif (
                short
                and seg.words <= _CREDIT_MAX_WORDS
                and _credit_only(text, seen)
                and not self._footer(doc, i)
                and not _heads_fields(doc, i)
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
        """The caption-like line right above (preferred) or below a credit line, if any.

        A credit has one description: a line is none when the line on the credit's other side
        is the picture's caption already. Below the credit, a line of several sentences is a
        paragraph, and a line set apart from the credit that a paragraph of the article follows
        heads that paragraph.
        """
        above, below = index - 1, index + 1
        for near, other, min_words in (
            (above, below, _NEIGHBOUR_MIN_WORDS_ABOVE),
            (below, above, _NEIGHBOUR_MIN_WORDS_BELOW),
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
            if not (
                min_words <= words <= _CAPTION_MAX_WORDS
                and not ends_sentence(text)
                and not text.endswith((":", ",", ";"))
                and not text.startswith("(")
                and not credit_only(text, words)
                and not title_case(text)
            ) or _captioned(doc, other, removed, taken, short_sentence=near == below):
                continue
            if near == below and (sentence_ends(text) > 0 or _heads_paragraph(doc, index, near, removed)):
                continue
            return near
        return None


def _captioned(
    doc: Document, index: int, removed: Mapping[int, Category], taken: set[int], *, short_sentence: bool
) -> bool:
    """Whether the line at ``index`` beside a credit is its picture's caption already.

    That is a line taken as one, or one a caption's shape fits; with ``short_sentence``, also a
    short sentence of its own ("The ferry at the new pier."), as a caption above its credit reads.
    """
    if not 0 <= index < len(doc.segments):
        return False
    if index in removed:
        return removed[index] is Category.CAPTION
    if index in taken:
        return True
    seg = doc.segments[index]
    text = seg.text
    if (
        short_sentence
        and seg.words <= _SHORT_CAPTION_MAX_WORDS
        and ends_sentence(text)
        and sentence_ends(text) == 1
    ):
        return True
    if seg.words > _CAPTION_MAX_WORDS:
        return False
    seen = _SHAPES.candidates(text)
    return bool(seen) and (
        caption_with_credit(text, seen) is not None
        or _SHAPES.first("strong", text, seen) is not None
        or alt_text(text, seen)
        or scene_text(text, seg.words, seen)
    )


def _heads_paragraph(doc: Document, credit: int, index: int, removed: Mapping[int, Category]) -> bool:
    """Whether the line at ``index``, below a credit, is set apart from it and a kept paragraph follows:
    the heading of that paragraph, or its first line."""
    after = index + 1
    return (
        doc.segments[index].block != doc.segments[credit].block
        and after < len(doc.segments)
        and after not in removed
        and doc.prose[after]
    )


def _numbered_headlines(doc: Document, removed: Mapping[int, Category]) -> list[int]:
    """Kept lines that repeat the headline with a number after it ("The Best Smart Home Lamps 4").

    A site that fills its pictures' alternative texts with the post's title numbers them; a
    rendering that keeps alternative texts puts one under each picture.
    """
    headlines = {
        _words_key(doc.segments[i].text)
        for i, category in removed.items()
        if category is Category.METADATA and doc.segments[i].words >= _HEADLINE_MIN_WORDS
    }
    if not headlines:
        return []
    found = []
    for seg in doc.segments:
        if seg.index in removed or not seg.text[-1:].isdigit():
            continue
        match = _NUMBERED.match(seg.text)
        if match is not None and _words_key(match.group("head")) in headlines:
            found.append(seg.index)
    return found


def _site_credits(doc: Document, removed: Mapping[int, Category]) -> list[int]:
    """Short lines that credit a picture to the site itself ("Color Wheel by Clay" on clay.global),
    two of them at least: a design studio's blog names each of its pictures so.

    One such line alone may be the post's byline.
    """
    name = site_name(doc.url)
    if not name:
        return []
    found = []
    for seg in doc.segments:
        if seg.index in removed or seg.words > _CREDIT_MAX_WORDS or ends_sentence(seg.text):
            continue
        # Most lines hold no " by " at all: a substring test spares them the pattern.
        match = _BY_NAME.search(seg.text) if "by " in seg.text.casefold() else None
        if match is not None and name_key(match.group("who")) == name:
            found.append(seg.index)
    return found if len(found) >= _SITE_CREDITS_MIN else []


def _kind_named_last(doc: Document, removed: Mapping[int, Category]) -> list[int]:
    """Short kept lines that end in the kind of picture they stand for ("Busuu Review Cover",
    "Jane Doe Profile Image", "Acme logo"), two of them at least.

    A page builder writes a picture's alternative text so; a rendering keeps one where each
    picture was. One such line alone may be a heading ("Improving Your Brand Image").
    """
    found = []
    for seg in doc.segments:
        if seg.index in removed or seg.words > _KIND_LAST_MAX_WORDS:
            continue
        # Segments hold no space at their ends.
        text = seg.text
        if text.lower().endswith(_KINDS) and _KIND_LAST.fullmatch(text) is not None:
            found.append(seg.index)
    return found if len(found) >= _KIND_LAST_MIN else []


def _lower_case_alt_texts(doc: Document, removed: Mapping[int, Category]) -> list[int]:
    """Kept lines written in lower case as a search phrase, between paragraphs, two of them at least.

    An image's alternative text that a rendering keeps among the paragraphs: "girl in a village
    by the lake travel insurance" after a paragraph's full stop and before a capital. A sentence
    never starts so, and a heading rarely: a brand in lower case ("iPhone app design") has a
    capital inside its first word, and a heading of names is mostly capitalised.
    """
    kept = [s for s in doc.segments if s.index not in removed]
    found = []
    for k in range(1, len(kept) - 1):
        seg = kept[k]
        text = seg.text
        if not (_LOWER_ALT_MIN_WORDS <= seg.words <= _LOWER_ALT_MAX_WORDS) or not text[:1].islower():
            continue
        words = text.split()
        if (
            _LOWER_WORD.fullmatch(words[0]) is None
            or text[-1] in '.!?:;,…"”’)'
            or _NOT_ALT.search(text) is not None
            or 3 * sum(1 for w in words if w[:1].isupper()) > len(words)
            or "vs" in words
            or is_code_line(text)
        ):
            continue
        above, below = kept[k - 1], kept[k + 1]
        if (
            _prose(above)
            and below.text[:1].isupper()
            # the article goes on below, maybe under a heading: not the page's tail
            and any(_prose(s) for s in kept[k + 1 : k + 1 + _LOWER_ALT_REACH])
        ):
            found.append(seg.index)
    return found if len(found) >= _LOWER_ALT_MIN else []


def _prose(seg: Segment) -> bool:
    return seg.words >= _LOWER_ALT_PROSE_WORDS and ends_sentence(seg.text)


def _words_key(text: str) -> str:
    return " ".join(_KEY_WORD.findall(text.casefold()))


def title_case(text: str) -> bool:
    """Whether four words or more of four letters or more, and all of them, are capitalised, with no digit
    (a closing year and prepositions such as "from" or "with" aside).

    A section heading above a picture ("Data Science Bootcamp at General Assembly") is kept beside
    its credit line; a caption reads as a phrase ("Rescuers search the rubble in Hatay").

    >>> title_case("Weekend Hiking Routes Near the Coast"), title_case("Hikers cross the ridge at dawn")
    (True, False)
    >>> title_case("Mara Quist • Hiking Guides, May 2031")
    False
    """
    if _DIGIT.search(_TRAILING_YEAR.sub("", text)):  # a date or a figure: a byline or a table row
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) >= _TITLE_WORD_LETTERS]
    return len(long_words) >= _TITLE_MIN_WORDS and all(
        w[0].isupper() or w in _TITLE_LOWER for w in long_words
    )


def _verdict(indices: tuple[int, ...], caption: str | None, reason: str) -> Verdict:
    meta = (("captions", (caption,)),) if caption else ()
    return Verdict(indices, reason, meta=meta)
