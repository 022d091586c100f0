"""Reader comment threads: a thread heading after the article takes everything below it."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.cleaners.thread import CommentThread, is_reaction, is_thread_heading

ARTICLE = [
    "The city opened its first public library in the northern district on Saturday, officials said.",
    "The building holds 40,000 books and a makerspace with 3D printers for local students.",
    "Construction took two years and cost less than planned, according to the mayor's office.",
    "Librarians said more than 2,000 residents had already signed up for cards during the opening weekend.",
]
REPLIES = [
    "Great news, I will take my kids there next weekend.",
    "Finally! We have waited a decade for this. Thanks to everyone who campaigned for it.",
    "Reply",
]


@pytest.mark.parametrize(
    "heading",
    [
        "14 thoughts on “A new library for the north”",
        "3 Responses to A new library for the north",
        "Comments (12)",
        "Leave a Reply",
        "Top Rated Comments",
        "Discussion about this post",
        "27 Kommentare",
        "5 commentaires sur « Une nouvelle bibliothèque »",
        "8 comentarios",
        "12 комментариев",
    ],
)
def test_thread_after_the_article_is_removed(heading: str) -> None:
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join([*ARTICLE, heading, *REPLIES]))
    assert list(result.paragraphs) == ARTICLE
    assert {r.category for r in result.removed} == {"comments"}


@pytest.mark.parametrize(
    "lines",
    [
        # a heading-like line before the article does not cut it
        ["Comments (3)", *ARTICLE, "The library opens daily from 9am until 8pm, except on public holidays."],
        # a sentence that mentions comments is prose
        [*ARTICLE, "The council received 12 comments on the plan before approving it in June."],
        # no thread heading at all
        [*ARTICLE, *REPLIES[:2]],
    ],
)
def test_article_without_a_trailing_thread_is_kept(lines: list[str]) -> None:
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


def test_a_heading_naming_the_post_opens_a_thread_with_no_article_above() -> None:
    # A rendering that lost the article: all it holds is the comment section.
    lines = ["Discussion about this post", *REPLIES]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == []


def test_a_counted_heading_with_no_article_above_opens_no_thread() -> None:
    lines = ["14 thoughts on “A new library for the north”", *ARTICLE[:1], *REPLIES]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One thought on “Spring gardening”", True),
        ("Leave a comment", True),
        ("Comments are closed.", True),
        ("Three people were hurt in the crash", False),
        ("Comment: the council should think again", False),
        ("12 reacties", True),
        ("Komentarze (4)", True),
        ("Yorum yap", True),
        ("Tinggalkan komentar", True),
        ("3 bình luận", True),
        ("Залишити коментар", True),
        ("De reacties van de buren waren positief", False),
        ("Yorumlar çok sert oldu, dedi bakan", False),
        ("Reader Discussion", True),
        ("Reader Comments 3 Total", True),
        ("READER DISCUSSION", True),
        ("Reader discussion of the plan ran late into the night", False),
        ("10 réactions", True),
        ("Réactions (4)", True),
        ("12 reacciones", True),
        ("7 reazioni", True),
        ("4 reações", True),
        ("10 réactions en chaîne ont été observées au laboratoire", False),
        ("热门评论 8 条", True),
        ("全部评论（23）", True),
        ("共 16 条评论", True),
        ("最新留言：", True),
        ("コメント一覧", True),
        ("コメント 5件", True),
        ("みんなのコメント", True),
        ("Diskuse k článku", True),
        ("Diskusia (14)", True),
        ("読者のコメント（12）", True),
        ("댓글 12개", True),
        ("전체 댓글 (4)", True),
        ("12 kommentarer", True),
        ("Kommentarer (4)", True),
        ("Lämna en kommentar", True),
        ("5 kommenttia", True),
        ("8 komentářů", True),
        ("Komentáre (3)", True),
        ("14 hozzászólás", True),
        ("Szólj hozzá!", True),
        ("7 comentarii", True),
        ("Lasă un comentariu", True),
        ("3 σχόλια", True),
        ("Αφήστε ένα σχόλιο", True),
        ("Kommentarer från läsarna var hårda", False),
        ("12 komentářů přišlo během hodiny", False),
        ("3 σχόλια του υπουργού προκάλεσαν αντιδράσεις", False),
        ("12 टिप्पणियां", True),
        ("टिप्पणी करें", True),
        ("৫ মন্তব্য", True),
        ("12 تبصرے", True),
        ("5 கருத்துகள்", True),
        ("12 תגובות", True),
        ("הוספת תגובה", True),
        ("12 ความคิดเห็น", True),
        ("5 komen", True),
        ("12 коментара", True),
        ("Ostavite komentar", True),
        ("8 komentarjev", True),
        ("3 komentāri", True),
        ("4 kommentaari", True),
        ("Deixa un comentari", True),
        ("12 टिप्पणियां मिलीं और सरकार ने जवाब दिया", False),
        ("12 תגובות הגיעו למשרד תוך שעה", False),
        ("Komen itu menyakitkan, kata menteri", False),
        ("8 komentarjev je bilo izbrisanih", False),
        ("12 şərh", True),
        ("Пікірлер (4)", True),
        ("3 კომენტარი", True),
        ("7 մեկնաբանություն", True),
        ("Lini një koment", True),
        ("8 каментараў", True),
        ("Utzi iruzkina", True),
        ("4 athugasemdir", True),
        ("Gadael sylw", True),
        ("5 टिप्पणीहरू", True),
        ("12 ਟਿੱਪਣੀਆਂ", True),
        ("12 ટિપ્પણીઓ", True),
        ("ટિપ્પણી કરો", True),
        ("12 ಕಾಮೆಂಟ್‌ಗಳು", True),
        ("5 ಪ್ರತಿಕ್ರಿಯೆಗಳು", True),
        ("12 അഭിപ്രായങ്ങൾ", True),
        ("12 අදහස්", True),
        ("អត្ថាធិប្បាយ", False),
        ("12 មតិ", True),
        ("၁၂ မှတ်ချက်များ", True),
        ("12 አስተያየቶች", True),
        ("አስተያየት ይስጡ", True),
        ("12 ਟਿੱਪਣੀਆਂ ਆਈਆਂ ਅਤੇ ਸਰਕਾਰ ਨੇ ਜਵਾਬ ਦਿੱਤਾ", False),
        ("12 അഭിപ്രായങ്ങൾ മന്ത്രാലയത്തിന് ലഭിച്ചു", False),
        ("12 አስተያየቶች ለሚኒስቴሩ ደርሰዋል", False),
        ("12 komente u fshinë nga faqja", False),
        ("4 athugasemdir bárust ráðuneytinu í gær", False),
        # a site's section label, and sentences about comments
        ("评论", False),
        ("网友评论称这项政策来得太晚", False),
        ("コメントは控えたいと述べた", False),
        ("みんなのコメントを読んだ市長は計画を見直した", False),
        ("Diskuse k článku o rozpočtu se protáhla do noci.", False),
    ],
)
def test_is_thread_heading(text: str, expected: bool) -> None:
    assert is_thread_heading(text) is expected


# Comments as an extractor appends them without their heading: only the readers' voice marks them.
UNHEADED = [
    "Such a useful guide, thank you! We visited on Sunday and the children loved the makerspace.",
    "Does anyone know whether the library lends laptops as well as books?",
    "Thanks for writing this up, Maria.",
    "Hi Tom, yes they do: ask at the front desk with your card.",
    "@Lena I agree, the opening hours are much better than in the old building.",
    "Loved this, more local news like this please.",
]


def test_unheaded_thread_of_reactions_is_removed() -> None:
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join([*ARTICLE, *UNHEADED]))
    assert list(result.paragraphs) == ARTICLE
    [removal] = result.removed
    assert (removal.category, removal.rule) == ("comments", "comment_thread.en.reactions")
    assert all(line in removal.text for line in UNHEADED)


APPLAUSE = [
    "This is what a public library should look like.",
    "About time 🙂",
    "Kudos to the architects, the reading room is beautiful.",
    "Respect!",
    "Great decision to keep the old facade.",
]


def test_unheaded_thread_of_applause_is_removed() -> None:
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join([*ARTICLE, *APPLAUSE]))
    assert list(result.paragraphs) == [*ARTICLE, APPLAUSE[0]]
    [removal] = result.removed
    assert removal.rule == "comment_thread.en.reactions"


def test_the_authors_sign_off_stays_above_the_thread() -> None:
    sign_off = "Thanks all for reading along, and tell us what you would change!"
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join([*ARTICLE, sign_off, *UNHEADED]))
    assert list(result.paragraphs) == [*ARTICLE, sign_off]


@pytest.mark.parametrize(
    "tail",
    [
        # an article that thanks its readers once
        ["Thanks to everyone who came to the opening, and thank you for reading.", "Thanks for the support!"],
        # an interview: bare answers and thanks are the interviewee's
        ["Will it open on Sundays?", "Yes.", "And for students?", "Exactly.", "Thank you.", "Thank you."],
        # a how-to that speaks to its reader
        [
            "Set your site's language before you publish your first post.",
            "Check your post's preview on a phone as well as on a computer.",
            "Your site should load in under two seconds.",
        ],
    ],
)
def test_article_ending_with_reader_address_is_kept(tail: list[str]) -> None:
    lines = [*ARTICLE, *tail]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


# Readers' first comments, under the author's signature, before any reaction.
FIRST_COMMENTS = [
    "I grew up two streets from the new building and never thought the council would manage it.",
    "Does the makerspace need volunteers on weekends? I could help with the printers.",
]


@pytest.mark.parametrize("sign_off", ["— JS", "-Steve", "– Ann Hill"])
def test_comments_start_under_the_authors_sign_off(sign_off: str) -> None:
    lines = [*ARTICLE, sign_off, *FIRST_COMMENTS, *UNHEADED]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == [*ARTICLE, sign_off]
    [removal] = result.removed
    assert removal.text.startswith(FIRST_COMMENTS[0])
    assert "sign-off" in removal.reason


@pytest.mark.parametrize(
    "lines",
    [
        # no reactions below the signature: nothing tells the text under it is the readers'
        [*ARTICLE, "— JS", *FIRST_COMMENTS, ARTICLE[0]],
        # a signature far above the reactions is no longer the one that closes the post
        [*ARTICLE, "— JS", *[f"{line} (part {n})" for n in range(8) for line in ARTICLE], *UNHEADED],
        # a list's items are no signature, bulleted with a hyphen and a space or with any dash
        [*ARTICLE, "The makerspace teaches:", "- Python", "- Java", ARTICLE[0], *UNHEADED],
        [*ARTICLE, "The makerspace teaches:", "–Python", "–Java", ARTICLE[0], *UNHEADED],
    ],
)
def test_text_under_a_sign_off_without_reactions_close_below_stays(lines: list[str]) -> None:
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    kept = list(result.paragraphs)
    assert kept[: len(lines) - len(UNHEADED)] == lines[: len(lines) - len(UNHEADED)]


def test_a_sign_off_above_a_short_text_does_not_open_the_thread() -> None:
    # The signature must close an article of some length, as a thread heading must.
    lines = ["Library opens.", "— JS", *FIRST_COMMENTS, *ARTICLE, *UNHEADED]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == ["Library opens.", "— JS", *FIRST_COMMENTS, *ARTICLE]


def test_reactions_before_most_of_the_text_do_not_cut_it() -> None:
    # A post that opens by answering its readers is not a thread: most of the text comes after.
    lines = [UNHEADED[2], UNHEADED[3], UNHEADED[4], *ARTICLE, *ARTICLE[::-1]]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brilliant write-up, I shared it with my whole team.", True),
        ("Thank you so much for this!", True),
        ("Hello Priya, the second recipe works with oat milk too.", True),
        ("@sam_k that happened to me as well, try clearing the cache.", True),
        ("@Priya – the second recipe works with oat milk too.", True),
        ("We agree with the other readers here.", True),
        ("LOL, my cat does exactly the same thing.", True),
        ("Keep up the good work, this blog gets better every month.", True),
        ("So incredibly helpful!", True),
        ("Great trend-spotting, Dylan. Thanks!", True),
        ("A great list, too bad the old branch is not on it.", True),
        ("A really interesting article – my town did the same.", True),
        ("I appreciate this post, it answered all my questions.", True),
        ("A good idea is to bring your card on the first visit.", False),
        ("So useful for students.", False),
        ("Good morning, Vietnam.", False),
        ("Great Britain, France and Spain sent delegations.", False),
        # in German, French, Spanish, Italian and Portuguese
        ("Liebe Anna, danke für die Tipps!", True),
        ("Guten Morgen Martina, eine schöne Tasche.", True),
        ("Toller Beitrag, weiter so!", True),
        ("Merci pour cet article, très utile.", True),
        ("Gracias por compartir, me sirvió mucho.", True),
        ("Ottimo articolo, complimenti.", True),
        ("Obrigado pelo texto!", True),
        ("Je suis d'accord avec Paul.", True),
        ("Was für eine Story hahaha", True),
        ("Dank der neuen Regeln sank die Zahl der Unfälle.", False),
        ("Vielen Dank an alle, die gekommen sind.", False),
        ("Merci à la mairie pour son soutien.", False),
        ("Gracias a la lluvia, el partido se retrasó.", False),
        ("Grazie al sindaco la biblioteca ha riaperto.", False),
        ("Hallo zusammen, heute geht es um die neue Bibliothek.", False),
        ("Thanks to a late goal, the home side won the cup.", False),
        ("Thanks all for reading, and see you next week.", False),
        ("Yes.", False),
        ("Your post's title should say what the post is about.", False),
        ("Great Britain reported its warmest June on record.", False),
        ("@media (max-width: 600px) { body { margin: 0; } }", False),
        # applause: as an opening, or as a whole sentence
        ("Kudos to the volunteers who kept the branch open.", True),
        ("Great initiative, our town should copy it.", True),
        ("Well done!", True),
        ("Respect. Not many councils would have paid for this.", True),
        ("About time 🙂", True),
        ("Well done steaks were the most ordered dish.", False),
        ("Respect for the planning rules delayed the opening.", False),
        ("About time zones: the catalogue shows opening hours in local time.", False),
        ("Bravo Company held its reunion at the library.", False),
        # agreement as a whole sentence, praise of the writer's insights, and delight with an
        # exclamation mark
        ("So true, our branch closed the same way.", True),
        ("Spot on!", True),
        ("Couldn't agree more.", True),
        ("Great insights, thanks for sharing.", True),
        ("What a thoughtful perspective.", True),
        ("Exciting to see these trends in one place! Will there be a part two?", True),
        ("So true to its name, the river floods every spring.", False),
        ("Spot on the map where the bridge will stand.", False),
        ("Good to see the council act at last, the mayor said.", False),
        # the cues are words of these languages only
        ("Peb lub zos tau txais ib lub tsev kawm ntawv tshiab lol thiab cov me nyuam zoo siab heev.", False),
    ],
)
def test_is_reaction(text: str, expected: bool) -> None:
    assert is_reaction(text) is expected


ARTIKEL = [
    "Die Stadt hat am Samstag ihre erste öffentliche Bibliothek im Norden eröffnet, sagten Beamte.",
    "Das Gebäude hat 40.000 Bücher und eine Werkstatt mit 3D-Druckern für Schüler aus der Gegend.",
    "Der Bau dauerte zwei Jahre und kostete weniger als geplant, teilte das Büro des Bürgermeisters mit.",
    "Mehr als 2.000 Menschen haben sich am Eröffnungswochenende einen Ausweis geholt.",
]
KOMMENTARE = [
    "Liebe Redaktion, danke für den Bericht!",
    "Wir waren am Sonntag dort, die Kinder wollten gar nicht mehr gehen.",
    "Toller Artikel, endlich gute Nachrichten aus dem Norden.",
    "Vielen Dank für die Öffnungszeiten, die habe ich gesucht.",
]


def test_an_unheaded_thread_in_german_is_removed() -> None:
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join([*ARTIKEL, *KOMMENTARE]))
    assert list(result.paragraphs) == ARTIKEL
    assert result.removed[0].rule == "comment_thread.en.reactions"


def test_reactions_need_an_article_above_them() -> None:
    lines = ["The library opens on Saturday.", *UNHEADED]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


def test_reactions_followed_by_much_more_text_are_no_thread() -> None:
    # A few reactions quoted in a long report are under a twentieth of what follows them.
    body = [f"{line} (part {n})" for n in range(30) for line in ARTICLE]
    lines = [*body[:40], *UNHEADED[:3], *body[40:]]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


@pytest.mark.parametrize("heading", ["1 Reaction", "2 Reactions"])
def test_a_counted_thread_heading_is_the_threads_in_the_whole_chain(heading: str) -> None:
    # Line rules run before the thread cleaner; none may take its heading as a mere counter.
    result = Pipeline().clean_text("\n\n".join([*ARTICLE, heading, *REPLIES]))
    assert list(result.paragraphs) == ARTICLE
    assert [r.cleaner for r in result.removed if r.text.startswith(heading)] == ["comment_thread"]


SIGNED = [
    "The makerspace is the best part, my daughter printed a dinosaur on the first day.",
    "Posted by: Marta at March 3, 2026 09:12 AM",
    "Will it open on Sundays? The old branch never did, which made it useless for shift workers.",
    "Posted by: Keith Ober at March 3, 2026 11:40 AM",
]


@pytest.mark.parametrize("label", ["Comments", "Responses:"])
def test_signed_comments_under_a_bare_label_are_a_thread(label: str) -> None:
    byline = "Posted by Anne Lind at March 2, 2026 04:15 PM"  # the post's own: no colon
    form = "Post a comment"  # a thread heading as well, further down
    lines = [*ARTICLE, byline, label, *SIGNED, form, "Name:", "Email address:"]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == [*ARTICLE, byline]
    assert result.removed[0].rule == "comment_thread.en.signatures"


@pytest.mark.parametrize(
    "lines",
    [
        # a bare label without signed comments below it: a share bar's
        [*ARTICLE[:2], "Comments", *ARTICLE[2:]],
        # one signed comment is not enough to tell
        [*ARTICLE, "Comments", *SIGNED[:2]],
        # signatures with no label above them: where the thread starts is unknown
        [*ARTICLE, *SIGNED],
    ],
)
def test_a_bare_label_or_a_lone_signature_is_no_thread(lines: list[str]) -> None:
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


@pytest.mark.parametrize("count", ["Comments (0)", "0 Comments", "Kommentare (0)"])
def test_a_count_of_no_comments_beside_the_byline_heads_no_thread(count: str) -> None:
    # Above the story, among its byline and date: a page's prose above it (teasers, a standfirst)
    # can hold enough words for a heading after it to look like a thread's.
    story = [
        "The east bank ferry will run every twenty minutes from May, the harbour authority said on Friday.",
        "Two new boats join the fleet in April, and the night crossings stop at midnight as before.",
    ]
    lines = [*ARTICLE, "By Jane Doe", count, *story]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


# A Chinese story and its readers' comments, each comment under its toolbar line.
ARTICLE_ZH = [
    "北区首座公共图书馆周六正式开放，市政府官员在开馆仪式上介绍了建设情况。",
    "新馆藏书四万册，并设有配备三维打印机的创客空间，供附近学生免费使用。",
    "工程历时两年，总造价低于预算，市长办公室表示今后还将在南区再建一座。",
    "图书馆负责人说，开馆首个周末已有两千多名居民办理了借书证，远超预期。",
]
REPLIES_ZH = [
    "终于等到了，周末就带孩子去看看。",
    "回复 踩 0 赞 12 收藏",
    "希望开放时间能再长一些。",
    "回复 踩 1 赞 4 收藏",
]


@pytest.mark.parametrize("heading", ["热门评论 2 条", "全部评论（2）"])
def test_a_chinese_thread_after_the_article_is_removed(heading: str) -> None:
    result = Pipeline().clean_text("\n\n".join([*ARTICLE_ZH, heading, *REPLIES_ZH]))
    assert list(result.paragraphs) == ARTICLE_ZH
    assert {r.category for r in result.removed} == {"comments"}


@pytest.mark.parametrize("count", ["评论（0）", "0条评论"])
def test_a_chinese_count_of_no_comments_heads_no_thread(count: str) -> None:
    lines = [
        *ARTICLE_ZH,
        count,
        "另据了解，新馆每天上午九点开放，晚上八点闭馆，节假日照常开放，读者可凭身份证免费办理借书证。",
    ]
    result = Pipeline(cleaners=[CommentThread()]).clean_text("\n\n".join(lines))
    assert list(result.paragraphs) == lines


def test_a_page_in_another_language_has_no_thread_of_reactions() -> None:
    # Reactions are read in six European languages; a page detected in another language has its
    # own words that look like the cues.
    from newsclean.cleaners.base import Document
    from newsclean.config import Config
    from newsclean.text.detect import LanguageGuess
    from newsclean.text.segment import segment_text

    text = "\n\n".join([*ARTICLE, *UNHEADED])
    thread = CommentThread()
    english = Document.build(segment_text(text), LanguageGuess("en", 0.9, "Latin"), Config())
    assert list(thread.judge(english, {}))
    other = Document.build(segment_text(text), LanguageGuess("vi", 0.9, "Latin"), Config())
    assert list(thread.judge(other, {})) == []
