"""Reader comment threads after the article.

Comments are prose, so phrase rules cannot see them; what marks them is their place:
a thread heading ("12 thoughts on “…”", "3 Responses to …", "Comments (8)", "Leave a Reply")
that follows the article, after which everything is the readers' and not the author's. A
heading that names the post ("Discussion about this post") opens the thread wherever it stands:
a rendering that lost the article starts with it.

Extractors that keep comments without their heading (trafilatura's default output appends them
to the text) leave only the readers' voice: reactions to the post ("Great article!", "Thanks
for sharing", "Hi Anna,", "@mark I agree"). A run of paragraphs after most of the text, opened
by such a reaction and holding several more of them, is a thread too (reactions in English,
German, French, Spanish, Italian and Portuguese).
An article that ends by thanking its readers has one such line, not a run of them. When the
author signed the post off ("— JS") a little above the first reaction, the thread starts under
the signature: the first comments need not be reactions.

A bare label ("Comments") is a thread's heading only when commenters' signatures follow it
("Posted by: Anna at May 2, 2025 10:14 AM" under each comment, as blog engines print them).
A count of none ("Comments (0)") heads no thread: it sits beside the byline, above the story.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category
from newsclean.text.features import word_count
from newsclean.text.stopwords import top_stopword_share

_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# Thread headings in en, de, fr, es, pt, it, ru, ar, fa, nl, pl, tr, id, vi, uk, sv, da, no, fi, cs,
# sk, hu, ro, el, hi, mr, bn, ur, ta, te, he, th, ms, bg, sr, hr, sl, lt, lv, et, ca, az, kk, uz, ka, hy,
# sq, mk, be, gl, eu, is, af, cy, ne, pa, gu, kn, ml, si, km, my, am, zh, ja, ko; each must be
# the whole line. A bare Chinese "评论" is a site's section label: a count or a qualifier must go with it.
_HEADING = regex.compile(
    rf"""^(?:
        {_COUNT}\s(?:thoughts?|responses?|replies|comments?|reactions?)(?:\s(?:on|to)\s.{{1,200}})?
      | (?:reader\s|user\s)?comments?\s*\(\d+\)|(?:reader|user)\scomments?\s*\d+(?:\stotal)?
      | (?:top[-\s]rated|most[-\s]liked|featured|best|latest|newest|reader|user)\scomments?
        (?:\s*\(view\sall\))?
      | (?:leave|post|add)\sa\s(?:reply|comment)(?:\s(?:to\s.{{1,200}}|cancel\sreply))?
      | (?:join\sthe\s(?:conversation|discussion)|reader\s(?:comments|discussion)|comments\sare\sclosed\.?)
      | discussion\sabout\sthis\s(?:post|article|story)
      | \d+\skommentare?(?:\szu\s.{{1,200}})?|kommentare\s*\(\d+\)|schreibe\seinen\skommentar
      | \d+\s(?:commentaires?|réactions?)(?:\ssur\s.{{1,200}})?|(?:commentaires|réactions)\s*\(\d+\)
      | laisser\sun\scommentaire
      | \d+\s(?:comentarios?|reacciones)(?:\s(?:a|en|sobre)\s.{{1,200}})?|comentarios\s*\(\d+\)
      | deja\sun\scomentario
      | \d+\s(?:comentários?|reações)|deixe\sum\scomentário
      | \d+\s(?:commenti?|reazioni)|lascia\sun\scommento
      | \d+\sкомментари(?:й|я|ев)|комментарии\s*\(\d+\)|оставить\sкомментарий
      | \d+\sتعليقا?ت?|اترك\sتعليقا
      | \d+\sدیدگاه|دیدگاهتان\sرا\sبنویسید
      | \d+\sreacties?|reacties\s*\(\d+\)|laat\seen\sreactie\sachter
      | \d+\skomentarz(?:e|y)?|komentarze\s*\(\d+\)|dodaj\skomentarz
      | \d+\syorum(?:lar)?|yorumlar\s*\(\d+\)|yorum\syap(?:ın)?
      | \d+\skomentar|komentar\s*\(\d+\)|tinggalkan\skomentar
      | \d+\sbình\sluận|bình\sluận\s*\(\d+\)|gửi\sbình\sluận
      | \d+\sкоментар(?:і|ів)?|коментарі\s*\(\d+\)|залишити\sкоментар
      | \d+\skommentar(?:er)?|kommentarer\s*\(\d+\)|lämna\sen\skommentar|legg\sigjen\sen\skommentar
      | skriv\sen\skommentar|\d+\skommentti(?:a)?|kommentit\s*\(\d+\)|jätä\skommentti
      | \d+\skoment(?:ář|áře|ářů|ár|áre|árov)|koment(?:áře|áre)\s*\(\d+\)|(?:přidat|pridať)\skoment(?:ář|ár)
      | diskus(?:e|ia)\sk\sčlánku|diskus(?:e|ia)\s*\(\d+\)
      | \d+\shozzászólás|hozzászólások\s*\(\d+\)|szólj\shozzá!?
      | \d+\scomentari(?:i|u)|comentarii\s*\(\d+\)|lasă\sun\scomentariu
      | \d+\sσχόλι(?:α|ο)|σχόλια\s*\(\d+\)|αφήστε\s(?:ένα\s)?σχόλιο
      | \d+\s(?:टिप्पणियां|टिप्पणियाँ|टिप्पणी|कमेंट्स?|प्रतिक्रिया)|(?:टिप्पणियां|टिप्पणियाँ|कमेंट्स)\s*\(\d+\)
      | (?:अपनी\s)?टिप्पणी\s(?:दें|लिखें|करें)|प्रतिक्रिया\sद्या
      | \d+\s(?:মন্তব্য|কমেন্ট)|মন্তব্য\s*\(\d+\)|মন্তব্য\sকরুন
      | \d+\s(?:تبصرے|تبصرہ)|تبصرے\s*\(\d+\)|(?:اپنا\s)?تبصرہ\s(?:لکھیں|کریں|بھیجیں)
      | \d+\sகருத்து(?:கள்|க்கள்)|கருத்து(?:கள்|க்கள்)\s*\(\d+\)|\d+\sవ్యాఖ్యలు|వ్యాఖ్యలు\s*\(\d+\)
      | \d+\s?תגובות|תגובות\s*\(\d+\)|(?:הוספת|הוסיפו|השאירו|השאר)\sתגובה
      | \d+\s?ความคิดเห็น|ความคิดเห็น\s*\(\d+\)|แสดงความคิดเห็น
      | \d+\skomen|komen\s*\(\d+\)|tinggalkan\skomen
      | \d+\sкоментар(?:а|и)|коментари\s*\(\d+\)|(?:добави|напиши|напишете|оставите)\sкоментар
      | \d+\skomentar(?:a|i|jev|ji)|komentari\s*\(\d+\)|(?:ostavite|ostavi|napišite|dodaj|oddaj)\skomentar
      | \d+\skomentar(?:ai|as|ų)|komentarai\s*\(\d+\)|(?:parašykite|rašyti)\skomentarą
      | \d+\skomentār(?:i|s|u)|komentāri\s*\(\d+\)|pievienot\skomentāru
      | \d+\skommentaari?|kommentaarid\s*\(\d+\)|lisa\skommentaar
      | \d+\scomentaris?|comentaris\s*\(\d+\)|deixa\sun\scomentari
      | \d+\sşərh|şərhlər\s*\(\d+\)|şərh\syaz(?:ın)?|\d+\sпікір|пікірлер\s*\(\d+\)|пікір\sқалдыру
      | \d+\sizoh|izohlar\s*\(\d+\)|izoh\sqoldiring|\d+\sკომენტარი|კომენტარები\s*\(\d+\)
      | \d+\sմեկնաբանություն|մեկնաբանություններ\s*\(\d+\)|\d+\skoment(?:e)?|komente\s*\(\d+\)
      | lini\snjë\skoment|остави\sкоментар|\d+\sкаментар(?:ы|ыі|аў)?|каментары\s*\(\d+\)
      | deixa\sun\scomentario|\d+\siruzkin(?:ak)?|iruzkinak\s*\(\d+\)|utzi\s(?:zure\s)?iruzkina
      | \d+\sathugasemd(?:ir)?|athugasemdir\s*\(\d+\)|lewer\skommentaar|\d+\ssylw(?:adau)?
      | sylwadau\s*\(\d+\)|gadael\ssylw|टिप्पणीहरू\s*\(\d+\)|\d+\sटिप्पणीहरू
      | \d+\sਟਿੱਪਣੀਆਂ|ਟਿੱਪਣੀਆਂ\s*\(\d+\)|ਟਿੱਪਣੀ\sਕਰੋ|\d+\sટિપ્પણીઓ|ટિપ્પણીઓ\s*\(\d+\)|ટિપ્પણી\sકરો
      | \d+\s(?:ಕಾಮೆಂಟ್‌?ಗಳು|ಪ್ರತಿಕ್ರಿಯೆಗಳು)|(?:ಕಾಮೆಂಟ್‌?ಗಳು|ಪ್ರತಿಕ್ರಿಯೆಗಳು)\s*\(\d+\)|\d+\s(?:അഭിപ്രായങ്ങൾ|കമന്റുകൾ)
      | (?:അഭിപ്രായങ്ങൾ|കമന്റുകൾ)\s*\(\d+\)|\d+\sඅදහස්|අදහස්\s*\(\d+\)|අදහස්\sදක්වන්න
      | \d+\s?មតិ(?:យោបល់)?|មតិយោបល់\s*\(\d+\)|\d+\s?မှတ်ချက်(?:များ)?|မှတ်ချက်များ\s*\(\d+\)
      | \d+\sአስተያየቶች|አስተያየቶች\s*\(\d+\)|አስተያየት\sይስጡ
      | (?:热门|熱門|最新|全部|精彩|网友|網友|读者|讀者)(?:评论|評論|跟贴|跟帖|留言)
        (?:\s*[(（]\s*\d+\s*[)）]|\s*共?\s*\d+\s*条)?
      | (?:评论|評論|留言)\s*(?:[(（]\s*\d+\s*[)）]|共?\s*\d+\s*[条條])|共?\s*\d+\s*[条條](?:评论|評論|留言)
      | (?:みんなの|読者の)?コメント(?:一覧|\s*[(（]\s*\d+\s*[)）]|\s*\d+\s*件)|(?:みんなの|読者の)コメント
      | (?:전체\s?)?댓글\s*(?:\d+\s*개?|[(（]\s*\d+\s*[)）])
    )[\s.:!：]*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_HEADING_MAX_WORDS = 30
# A count of none heads no thread: "Comments (0)" beside a post's byline sits above the article.
_NO_COMMENTS = regex.compile(r"^0\s|[(（]\s*0\s*[)）]|(?<!\d)0\s*[条條件개]")
# The heading must follow an article: a thread can be far longer than the story, so what counts is
# that a story of some length comes first, not its share of the page.
_MIN_WORDS_BEFORE = 50
_MIN_PARAGRAPHS_BEFORE = 2
# ... except a heading that names the post it discusses, which no page prints above its article: a
# rendering that lost the article (a newsletter's page whose body the renderer left out) opens
# with it, and all it holds below is the readers'.
_NAMES_POST = "discussion about this "  # then "post", "article" or "story", as _HEADING has it
# A reader's reaction to the post, as the whole paragraph's opening (or an "@" reply): praise
# naming the post ("Great read!", "Such a helpful list"), thanks (not "thanks to ..." nor the
# author's "thanks all for reading"), a greeting by name, agreement, laughter, applause
# ("Kudos to the author", "Great decision!", and as a whole sentence "Well done!", "Respect!",
# "About time 😉", "So true!", "Spot on."), delight ending in "!" ("Exciting to see this!"), in
# English and in five other European languages. Second person alone is no
# cue (how-to articles address the reader), nor a bare "Yes." or "Exactly." (interviews).
_REACTION = regex.compile(
    r"""(?:
        (?:so\s|such\san?\s|what\san?\s|really\s|very\s|absolutely\s|(?P<a>an?\s(?:really\s|very\s|truly\s)?))?
        (?:great|excellent|awesome|nice|wonderful|fantastic|amazing|informative|helpful|useful
          |interesting|insightful|brilliant|cool|lovely|fabulous|terrific|super|thoughtful|good)
        \b[^.!?\n]{0,40}?\b
        (?:article|post|read|list|piece|write-?up|site|blog|summary|job|work|info|information|content
          |stuff|tips|ideas?|review|column|series|guide|points?|suggestions?|explanation|analysis
          |discussion|breakdown|overview|round-?up|insight|thought|perspective|reminder|resource|advice)s?\b
        # after "A great ...", the praise is the whole clause ("A great list, too bad ..."), not a
        # subject ("A good idea is to start early")
        (?(a)(?=\s*(?:[,.!:;–—-]|$)))
      | (?:great|excellent|awesome|nice|wonderful|fantastic|amazing|brilliant|lovely|terrific)
        \b[^.!?\n,]{0,40},\s(?-i:\p{Lu}\p{Ll}+)\s*[.!]
      | (?:so|very|really|super|truly)\s(?:\p{L}+ly\s)?
        (?:helpful|useful|informative|interesting|insightful|inspiring|well[\s-]written)\s*!
      | (?:many\s|huge\s|big\s)?(?:thanks?|thank\syou|thx)\b
        (?!\s(?:to|(?:(?:all|everyone|everybody|again|folks)\s)?for\s(?:reading|watching|listening|following|joining))\b)
      | (?:hi|hello|hey|dear)\s+\p{Lu}[\p{L}.]*\s*[,!]
      | @\p{L}[\p{L}\d_.’']*(?:[,:]?\s+|\s[-–—]\s)\p{L}[^<>{}=;]*$
      | pingback:
      | (?:i|we)\s(?:agree|disagree|second)\b
      | (?:i|we)\s(?:really\s|truly\s)?(?:love|loved|enjoyed|appreciate|appreciated)\s(?:this|your|the)\s
        (?:post|article|read|piece|list|series|blog)\b
      | (?:love|loved)\s(?:this|these|it|your)\b
      | kudos\b | great\s(?:decision|move|idea|initiative)\b
      | (?:thumbs\sup|bravo|well\sdone|way\sto\sgo|nice\sone|respect|about\stime|well\ssaid|so\strue|spot\son
          |couldn'?t\sagree\smore|same\shere|totally\sagree)(?=\s*(?:[!.,]|\p{So}|$))
      | (?:exciting|great|good|nice|glad|happy)\sto\s(?:see|hear|read)\b[^.!?\n]{0,80}!
      # The same in German, French, Spanish, Italian and Portuguese: thanks (not "thanks to":
      # "gracias a la lluvia"), a greeting by name, praise naming the post, agreement.
      | (?:vielen\s)?dank(?:e|\sschön)?\b(?!\s(?:an|der|des|dem|einer?)\b)
      | (?:merci|gracias|muchas\sgracias|grazie|grazie\smille|obrigad[oa]|muito\sobrigad[oa])\b
        (?!\s(?:à|a|al|alla|ao|à\sla|aux)\b)
      | (?:hallo|liebe[rs]?|guten\s(?:morgen|tag|abend)|bonjour|salut|cher|chère|hola|buenos\sdías|querid[oa]
          |ciao|buongiorno|car[oa]|olá|oi|bom\sdia)\s+(?-i:\p{Lu})[\p{L}.]*\s*[,!]
      | (?:ein\s)?(?:toller|super|schöner|guter|sehr\sguter|interessanter|klasse)
        \s(?:artikel|beitrag|post|blog|text)\b
      | (?:super|très\sbon|excellent|bel|bon)\s(?:article|billet|post|blog)\b
      | (?:excelente|buen|muy\sbuen|gran)\s(?:artículo|post|blog|aporte)\b
      | (?:ottimo|bell'|bellissimo|grande)\s?(?:articolo|post|blog)\b
      | (?:ótimo|excelente|bom|muito\sbom)\s(?:artigo|post|texto|blog)\b
      | (?:ich\sstimme|je\ssuis\sd'accord|estoy\sde\sacuerdo|sono\sd'accordo|concordo)\b
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
# The languages _REACTION reads; in a page of another language its cues are other words (Hmong
# "lol", a romanised "thx"). An undetected language may be one of them.
_REACTION_STOPLISTS = ("en", "de", "fr", "es", "it", "pt")
_REACTION_LANGUAGES = frozenset({None, *_REACTION_STOPLISTS})
# Reactions anywhere in the paragraph; each needs one of _ANYWHERE_KEYS in it, a cheaper test first.
_REACTION_ANYWHERE = regex.compile(
    r"\byour\s(?:article|post|blog\spost|write-?up)\b(?!['’])|\bkeep\sup\sthe\s(?:good|great)\swork\b"
    r"|\b(?:lol|omg|imho?|ha(?:ha)+)\b",
    regex.IGNORECASE,
)
_ANYWHERE_KEYS = ("your", "keep up", "lol", "omg", "imh", "haha")
# ... in a paragraph of one of those languages: at least this share of its words are its stop words.
_ANYWHERE_MIN_STOPWORDS = 0.15
# A commenter's signature under each comment, as Movable Type and TypePad blogs print it:
# "Posted by: Anna at May 2, 2025 10:14 AM" (the post's own byline has no colon). Two of them
# make a bare label above them, a few lines up at most, the thread's heading.
_SIGNATURE = regex.compile(r"^(?:posted|written|submitted)\sby:\s.{1,60}?\s(?:at|on|\||[-—–])\s.*\d", regex.I)
_SIGNATURE_MAX_WORDS = 20
_SIGNATURES_MIN = 2
_LABEL = regex.compile(r"^(?:comments?|responses?|replies|discussion)[\s.:]*$", regex.I)
_LABEL_REACH = 12
# The thread holds this many reactions within this many paragraphs from the first, and reactions
# are at least this share of all its paragraphs; the text before it holds this share of the characters.
_REACTIONS_MIN = 3
_REACTIONS_WINDOW = 30
_REACTIONS_SHARE = 0.05
_ARTICLE_SHARE = 0.3
# The author's sign-off ("— JS", "-Steve") ends the post: when a thread of reactions follows it,
# the readers' comments start right under it, though the first ones are no reactions.
# A hyphen with a space after it is a list's bullet ("- Java"), as is any dash on the lines around.
_SIGN_OFF = regex.compile(r"^(?:[—–]{1,2}\s?|-{1,2})(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*$")
_DASHED = regex.compile(r"^[—–-]")


class CommentThread(Cleaner):
    """Remove a readers' comment thread: its heading and everything after it."""

    name = "comment_thread"
    category = Category.COMMENTS

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """One verdict for the thread, when a thread heading follows most of the article's prose."""
        # A heading the comment-phrase rules already took still opens the thread below it.
        visible = [s.index for s in doc.segments if removed.get(s.index) in (None, Category.COMMENTS)]
        prose_words = [doc.segments[i].words if doc.prose[i] and i not in removed else 0 for i in visible]
        # Signed comments under a bare label come before the form that ends many threads ("Post a comment").
        signed = _signed(doc, visible, removed)
        before = paragraphs = 0
        for position, index in enumerate(visible):
            segment = doc.segments[index]
            if signed and signed[0].indices[0] <= index:
                return signed
            # is_thread_heading, with the word count every segment already has asked first.
            if (
                segment.words <= _HEADING_MAX_WORDS
                and (
                    (before >= _MIN_WORDS_BEFORE and paragraphs >= _MIN_PARAGRAPHS_BEFORE)
                    or segment.text[: len(_NAMES_POST)].casefold() == _NAMES_POST
                )
                and _HEADING.match(segment.text) is not None
                and _NO_COMMENTS.search(segment.text) is None
            ):
                text = segment.text
                thread = tuple(i for i in visible[position:] if i not in removed)
                if not thread:
                    return ()
                return [Verdict(thread, f"A readers' comment thread, from its heading {text[:60]!r} on.")]
            before += prose_words[position]
            paragraphs += prose_words[position] > 0
        if signed or doc.language.language not in _REACTION_LANGUAGES:
            return signed
        return _reactions(doc, [i for i in visible if i not in removed])


def _signed(doc: Document, visible: list[int], removed: Mapping[int, Category]) -> Sequence[Verdict]:
    """A thread under a bare label ("Comments"), when commenters' signatures follow it.

    The label alone may be a share bar's; two signature lines below it make it a thread's heading.
    """
    signatures = [
        position
        for position, i in enumerate(visible)
        if doc.segments[i].words <= _SIGNATURE_MAX_WORDS and _SIGNATURE.match(doc.segments[i].text)
    ]
    if len(signatures) < _SIGNATURES_MIN:
        return ()
    first = signatures[0]
    labels = [
        position
        for position in range(max(0, first - _LABEL_REACH), first)
        if _LABEL.match(doc.segments[visible[position]].text) is not None
    ]
    if not labels:
        return ()
    start = labels[-1]
    before = [i for i in visible[:start] if doc.prose[i] and i not in removed]
    if len(before) < _MIN_PARAGRAPHS_BEFORE or sum(doc.segments[i].words for i in before) < _MIN_WORDS_BEFORE:
        return ()
    thread = tuple(i for i in visible[start:] if i not in removed)
    if not thread:
        return ()
    label = doc.segments[visible[start]].text
    return [
        Verdict(
            thread,
            f"A readers' comment thread under {label[:30]!r}: {len(signatures)} comments signed below it.",
            rule="comment_thread.en.signatures",
        )
    ]


def _reactions(doc: Document, kept: list[int]) -> Sequence[Verdict]:
    """A thread without heading: from a reader's reaction on, when more reactions follow it."""
    lengths = [len(doc.segments[i].text) for i in kept]
    total = sum(lengths)
    chars = first = 0
    while first < len(kept) and chars < _ARTICLE_SHARE * total:
        chars += lengths[first]
        first += 1
    tail = kept[first:]
    reacts = [is_reaction(doc.segments[i].text) for i in tail]
    # after[k]: reactions from tail position k to the end.
    after = list(itertools.accumulate(reversed(reacts), initial=0))[::-1]
    if after[0] < _REACTIONS_MIN:
        return ()
    # As below a thread heading, an article of some length must come first.
    words = sum(doc.segments[i].words for i in kept[:first] if doc.prose[i])
    paragraphs = sum(1 for i in kept[:first] if doc.prose[i])
    for position, index in enumerate(tail):
        window_end = min(len(tail), position + _REACTIONS_WINDOW)
        if (
            reacts[position]
            and words >= _MIN_WORDS_BEFORE
            and paragraphs >= _MIN_PARAGRAPHS_BEFORE
            and after[position] - after[window_end] >= _REACTIONS_MIN
            and after[position] >= _REACTIONS_SHARE * (len(tail) - position)
        ):
            text = doc.segments[index].text
            start = _signed_off(doc, kept, first + position)
            under = "" if start == first + position else ", and the comments under the author's sign-off"
            reason = (
                f"Readers' comments: {after[position]} reactions to the post, from {text[:60]!r} on{under}."
            )
            return [
                Verdict(
                    tuple(kept[start:]),
                    reason,
                    rule="comment_thread.en.reactions",
                )
            ]
        if doc.prose[index]:
            words += doc.segments[index].words
            paragraphs += 1
    return ()


def _signed_off(doc: Document, kept: list[int], start: int) -> int:
    """Where the thread of reactions from ``kept[start]`` on starts: under the author's sign-off above it.

    The sign-off must close an article of some length, as a thread heading must.
    """
    for position in range(start - 1, max(start - _REACTIONS_WINDOW, 0), -1):
        if _SIGN_OFF.match(doc.segments[kept[position]].text) and not any(
            _DASHED.match(doc.segments[kept[near]].text) for near in (position - 1, position + 1)
        ):
            before = [i for i in kept[:position] if doc.prose[i]]
            long_enough = len(before) >= _MIN_PARAGRAPHS_BEFORE and (
                sum(doc.segments[i].words for i in before) >= _MIN_WORDS_BEFORE
            )
            return position + 1 if long_enough else start
    return start


def is_reaction(text: str) -> bool:
    """Whether the paragraph reads as a reader's reaction to the post (in six European languages).

    >>> is_reaction("Great read, thanks for putting it together!")
    True
    >>> is_reaction("Thanks to the council, the library opened on time.")
    False
    """
    if _REACTION.match(text) is not None:
        return True
    folded = text.lower()
    return (
        any(key in folded for key in _ANYWHERE_KEYS)
        and _REACTION_ANYWHERE.search(text) is not None
        # The cues are words of the languages _REACTION reads: "lol" is a word of Hmong, for one.
        and top_stopword_share(text, _REACTION_STOPLISTS) >= _ANYWHERE_MIN_STOPWORDS
    )


def is_thread_heading(text: str) -> bool:
    """Whether ``text`` is the heading of a comment thread.

    >>> is_thread_heading("12 thoughts on “How to grow tomatoes”")
    True
    >>> is_thread_heading("The council received 12 comments on the plan.")
    False
    """
    return (
        _HEADING.match(text) is not None
        and _NO_COMMENTS.search(text) is None
        and word_count(text) <= _HEADING_MAX_WORDS
    )
