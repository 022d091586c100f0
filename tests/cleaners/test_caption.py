"""The caption cleaner: credited descriptions, credit lines, picture descriptions; captions go to metadata."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.cleaners import caption
from newsclean.cleaners.base import Document, Verdict
from newsclean.cleaners.caption import Caption, alt_text, caption_with_credit, credit_only, strong_caption
from newsclean.config import Config
from newsclean.model import Category
from newsclean.text.detect import detect_language
from newsclean.text.segment import segment_text

TITLE = "Wildfires force thousands to flee coastal towns"
FIRST = (
    "Thousands of residents were ordered to leave their homes on Sunday as strong winds pushed the fires "
    "towards the coast."
)
LAST = "Officials said it could take several days before people are allowed to return to the area."


def judge(text: str) -> tuple[list[str], list[str]]:
    doc = Document.build(segment_text(text), detect_language(text), Config())
    verdicts: list[Verdict] = list(Caption().judge(doc, {}))
    captions = [c for v in verdicts for name, value in v.meta if name == "captions" for c in value]
    for verdict in verdicts:
        assert verdict.reason.endswith(".")
    return [doc.segments[i].text for v in verdicts for i in v.indices], captions


LONG_ALT = (
    "Infographic titled “Ferry Traffic in Numbers.” It shows three bar charts side by side: crossings "
    "per day, passengers per crossing and lorries per crossing, each for the years 2019 to 2025, with "
    "the winter months shaded grey. Below them, a map of the estuary marks the two terminals, the "
    "night route and the dredged channel, and a table lists the six vessels of the fleet with their "
    "year of build, their length and the number of cars and lorries each of them can take on board."
)


@pytest.mark.parametrize(
    ("junk", "removed", "captions"),
    [
        (  # bare agency credit in parentheses
            "Firefighters battle a blaze in the hills above the town on Sunday (Reuters)",
            ["Firefighters battle a blaze in the hills above the town on Sunday (Reuters)"],
            ["Firefighters battle a blaze in the hills above the town on Sunday"],
        ),
        (  # wire-photo style: a full sentence, then the photographer's credit
            "Police officers stand guard outside the courthouse on Monday. (AP Photo/Sam Rivera)",
            ["Police officers stand guard outside the courthouse on Monday. (AP Photo/Sam Rivera)"],
            ["Police officers stand guard outside the courthouse on Monday."],
        ),
        (  # description above a copyright-sign credit
            "Rescue workers carry a survivor from the rubble in Hatay province\n© AFP / Lena Marsh",
            ["Rescue workers carry a survivor from the rubble in Hatay province", "© AFP / Lena Marsh"],
            ["Rescue workers carry a survivor from the rubble in Hatay province"],
        ),
        (  # "Photo:" credit below the description
            "Volunteers hand out water to evacuees at a school gym\nPhoto: Tom Hale/EPA",
            ["Volunteers hand out water to evacuees at a school gym", "Photo: Tom Hale/EPA"],
            ["Volunteers hand out water to evacuees at a school gym"],
        ),
        (  # German credit
            "Der Bundeskanzler besucht das Hochwassergebiet in Bayern\nFoto: dpa/Klaus Berger",
            ["Der Bundeskanzler besucht das Hochwassergebiet in Bayern", "Foto: dpa/Klaus Berger"],
            ["Der Bundeskanzler besucht das Hochwassergebiet in Bayern"],
        ),
        (  # French credit with a space before the colon
            "Des manifestants défilent à Lyon contre la réforme\nPhoto : Marc Petit",
            ["Des manifestants défilent à Lyon contre la réforme", "Photo : Marc Petit"],
            ["Des manifestants défilent à Lyon contre la réforme"],
        ),
        (  # Russian credit
            "Участники акции у здания мэрии в Новосибирске\nФото: Иван Петров",
            ["Участники акции у здания мэрии в Новосибирске", "Фото: Иван Петров"],
            ["Участники акции у здания мэрии в Новосибирске"],
        ),
        (  # a picture description needs no credit
            "A handout picture released by the navy shows sailors boarding the damaged tanker",
            ["A handout picture released by the navy shows sailors boarding the damaged tanker"],
            ["A handout picture released by the navy shows sailors boarding the damaged tanker"],
        ),
        (
            "A drone is seen in this illustration taken on March 3, 2023.",
            ["A drone is seen in this illustration taken on March 3, 2023."],
            ["A drone is seen in this illustration taken on March 3, 2023."],
        ),
        (
            "FILE PHOTO: Cargo ships wait at the northern entrance of the canal",
            ["FILE PHOTO: Cargo ships wait at the northern entrance of the canal"],
            ["FILE PHOTO: Cargo ships wait at the northern entrance of the canal"],
        ),
        (
            "A general view of the burnt hillside is seen from a helicopter",
            ["A general view of the burnt hillside is seen from a helicopter"],
            ["A general view of the burnt hillside is seen from a helicopter"],
        ),
        (  # description and credit on one line
            "Crowds gather in the main square for the vigil. Photograph: Ana Ruiz/Reuters",
            ["Crowds gather in the main square for the vigil. Photograph: Ana Ruiz/Reuters"],
            ["Crowds gather in the main square for the vigil."],
        ),
        (  # "Photo by" and "courtesy" credits after the description, with a final full stop
            "A lighthouse keeper checks the lamp at dusk. Photo by: 'Lena Marsh'.",
            ["A lighthouse keeper checks the lamp at dusk. Photo by: 'Lena Marsh'."],
            ["A lighthouse keeper checks the lamp at dusk."],
        ),
        (
            "Seed heads of wild grasses in the park. Photograph by Tom Hale, courtesy of the park trust.",
            ["Seed heads of wild grasses in the park. Photograph by Tom Hale, courtesy of the park trust."],
            ["Seed heads of wild grasses in the park."],
        ),
        (
            "Jane Doe, Harbour at Night, 1984. Image courtesy the artist.",
            ["Jane Doe, Harbour at Night, 1984. Image courtesy the artist."],
            ["Jane Doe, Harbour at Night, 1984."],
        ),
        (  # an artwork's caption closing with its rights holder
            "Anna Berg, Harbour Lights, Tromsø 1978 © Anna Berg Archive",
            ["Anna Berg, Harbour Lights, Tromsø 1978 © Anna Berg Archive"],
            ["Anna Berg, Harbour Lights, Tromsø 1978"],
        ),
        (
            "Ferry at dawn, gelatin silver print, 1966/printed 2015 (c) Tom Hale",
            ["Ferry at dawn, gelatin silver print, 1966/printed 2015 (c) Tom Hale"],
            ["Ferry at dawn, gelatin silver print, 1966/printed 2015"],
        ),
        (  # the photographer and the agency after the description's last sentence, glued to it
            "Rowers cross the bay at first light on Sunday.Ola Berg / Getty Images",
            ["Rowers cross the bay at first light on Sunday.Ola Berg / Getty Images"],
            ["Rowers cross the bay at first light on Sunday."],
        ),
        (
            "The new pier opened to walkers in May. Tom Hale/Harbour Times/AP",
            ["The new pier opened to walkers in May. Tom Hale/Harbour Times/AP"],
            ["The new pier opened to walkers in May."],
        ),
        (  # a wire photo's caption: the day and the place it was taken close it
            "Commuters wait for a bus in heavy rain, on October 3, 2021 in Quezon City, Philippines.",
            ["Commuters wait for a bus in heavy rain, on October 3, 2021 in Quezon City, Philippines."],
            ["Commuters wait for a bus in heavy rain, on October 3, 2021 in Quezon City, Philippines."],
        ),
        (  # the credit glued to the description's last word
            "Ferries at the old harbour pier in OsloLena Marsh / Shutterstock",
            ["Ferries at the old harbour pier in OsloLena Marsh / Shutterstock"],
            ["Ferries at the old harbour pier in Oslo"],
        ),
        ("Image provided by Harbour Rail.", ["Image provided by Harbour Rail."], []),
        (  # "Credit..." as one site prints its credits, and a credit with spaces inside its parentheses
            "Crowds fill the square before the concert on Friday. Credit... Lena Marsh/The Harbour Times",
            ["Crowds fill the square before the concert on Friday. Credit... Lena Marsh/The Harbour Times"],
            ["Crowds fill the square before the concert on Friday."],
        ),
        (
            "A map of the new ferry routes. ( AP Photo/Lena Marsh )",
            ["A map of the new ferry routes. ( AP Photo/Lena Marsh )"],
            ["A map of the new ferry routes."],
        ),
        # A caption's label or the picture's rights holder left in the text.
        ("Image copyright Harbour Times", ["Image copyright Harbour Times"], []),
        ("Image source, Lena Marsh", ["Image source, Lena Marsh"], []),
        (
            "Image caption Ferry passengers wait at the pier on Friday",
            ["Image caption Ferry passengers wait at the pier on Friday"],
            ["Image caption Ferry passengers wait at the pier on Friday"],
        ),
        (
            "Above: Volunteers repair the old pier before the season opens.",
            ["Above: Volunteers repair the old pier before the season opens."],
            ["Above: Volunteers repair the old pier before the season opens."],
        ),
        (  # credit alone, next to prose: removed without a caption
            "(Getty Images)",
            ["(Getty Images)"],
            [],
        ),
        (  # where the picture comes from, as a whole line
            "Image from Dana's March 2024 review of the box.",
            ["Image from Dana's March 2024 review of the box."],
            [],
        ),
        ("Photo via the city council", ["Photo via the city council"], []),
        ("Courtesy of Lena Marsh", ["Courtesy of Lena Marsh"], []),
        ("Mit freundlicher Genehmigung von Udo Berg", ["Mit freundlicher Genehmigung von Udo Berg"], []),
        # A picture an AI made, credited so.
        ("AI Generated by ChatGPT", ["AI Generated by ChatGPT"], []),
        ("Illustration created with Midjourney", ["Illustration created with Midjourney"], []),
        ("AI-generated image", ["AI-generated image"], []),
        # An image's alternative text, as some renderings give it: the kind of picture, then what it shows.
        (
            "Diagram showing how the ferry timetable changes in winter. It lists the late crossings.",
            ["Diagram showing how the ferry timetable changes in winter. It lists the late crossings."],
            ["Diagram showing how the ferry timetable changes in winter. It lists the late crossings."],
        ),
        (
            "Screenshot of the council's booking page for the new sports hall",
            ["Screenshot of the council's booking page for the new sports hall"],
            ["Screenshot of the council's booking page for the new sports hall"],
        ),
        (
            "A photo of two volunteers planting trees along the river path.",
            ["A photo of two volunteers planting trees along the river path."],
            ["A photo of two volunteers planting trees along the river path."],
        ),
        # A long, careful alternative text (longer than any caption), its title in quotes.
        (LONG_ALT, [LONG_ALT], [LONG_ALT]),
        # An alternative text describing the picture's scene: who is in it, doing what.
        (
            "Young man reading the new timetable at the ferry pier.",
            ["Young man reading the new timetable at the ferry pier."],
            ["Young man reading the new timetable at the ferry pier."],
        ),
        (
            "Two women holding umbrellas outside the town hall",
            ["Two women holding umbrellas outside the town hall"],
            ["Two women holding umbrellas outside the town hall"],
        ),
        (
            "hands typing on a laptop keyboard",
            ["hands typing on a laptop keyboard"],
            ["hands typing on a laptop keyboard"],
        ),
        (
            "A tour group admiring the waterfall from the viewing platform.",
            ["A tour group admiring the waterfall from the viewing platform."],
            ["A tour group admiring the waterfall from the viewing platform."],
        ),
        (
            "Athletic women having a spin class in the new sports hall",
            ["Athletic women having a spin class in the new sports hall"],
            ["Athletic women having a spin class in the new sports hall"],
        ),
        (
            "Super cute kitten asking for one more treat",
            ["Super cute kitten asking for one more treat"],
            ["Super cute kitten asking for one more treat"],
        ),
        # where the picture stands, or its people do, and an accessible description of it
        (
            "Left: Mara Voss, Night Ferry, 1931, private collection.",
            ["Left: Mara Voss, Night Ferry, 1931, private collection."],
            ["Left: Mara Voss, Night Ferry, 1931, private collection."],
        ),
        (
            "Clockwise from top left: the pier, the old terminal and the harbour master's office",
            ["Clockwise from top left: the pier, the old terminal and the harbour master's office"],
            ["Clockwise from top left: the pier, the old terminal and the harbour master's office"],
        ),
        (
            "(L-R) Mara Voss, Jon Tiller and Ines Rowe",
            ["(L-R) Mara Voss, Jon Tiller and Ines Rowe"],
            ["(L-R) Mara Voss, Jon Tiller and Ines Rowe"],
        ),
        (
            "Harbour club coach Mara Voss (left) at a 2016 boat fair in Leeds",
            ["Harbour club coach Mara Voss (left) at a 2016 boat fair in Leeds"],
            ["Harbour club coach Mara Voss (left) at a 2016 boat fair in Leeds"],
        ),
        (
            "This image shows the east bank from the deck of the morning ferry.",
            ["This image shows the east bank from the deck of the morning ferry."],
            ["This image shows the east bank from the deck of the morning ferry."],
        ),
    ],
)
def test_captions_and_credits_are_removed(junk: str, removed: list[str], captions: list[str]) -> None:
    assert judge(f"{TITLE}\n\n{FIRST}\n\n{junk}\n\n{LAST}\n") == (removed, captions)


def test_arabic_caption_with_credit() -> None:
    body = (
        "قالت السلطات إن آلاف السكان غادروا منازلهم يوم الأحد بسبب الرياح القوية "
        "التي دفعت النيران نحو الساحل.\n\n"
        "رجال الإطفاء يكافحون النيران قرب القرية\nصورة: رويترز\n\n"
        "وأضاف المسؤولون أن عودة السكان قد تستغرق عدة أيام حتى تنتهي عمليات التبريد في المنطقة.\n"
    )
    assert judge(body) == (
        ["رجال الإطفاء يكافحون النيران قرب القرية", "صورة: رويترز"],
        ["رجال الإطفاء يكافحون النيران قرب القرية"],
    )


@pytest.mark.parametrize(
    "line",
    [
        "The photograph, taken in 1945, shows the city in ruins.",
        "Credit card debt rose 4% in March, the central bank said.",
        "Talks resumed on Monday, according to a statement seen by Reuters.",
        "© 2024 Northfield Media Group. All rights reserved.",
        "Photographers crowded the steps as the verdict was read out.",
        "The image of the town as a quiet refuge has faded, residents say.",
        "A new approach to rebuilding",
        "Images from the scene were shared widely on social media on Monday night.",
        "She built the archive over forty years. Image by image, it grew into a record of the town.",
        # About a picture, with a verb: a sentence of the article, not the picture's description.
        "A photo of the suspect was released by the police on Monday evening.",
        "A chart of the bank's forecasts shows inflation falling below 2% next year.",
        "A chart titled “Rates.” shows the bank's forecasts for the next three years in one line.",
        "Illustrations of the period show the city walls still standing.",
        # A section's title: the verb is a noun there, written with a capital.
        "Group Training Sessions for Every Level",
        "Drivers Stopping at Red Lights Waste Fuel",
        # AI-made pictures and text, as the article talks about them.
        "AI-generated images flooded the council's inbox before the vote.",
        "The AI generated a timetable that nobody could read.",
        "Photos of the flooded square circulated widely on Monday.",
        "The council kept the old town hall. Picture by picture, the exhibition retraces its history.",
        "Courtesy of the rain, the final was delayed until Monday.",
        "Courtesy of Harbour Rail, every commuter rides free on Sunday.",
        # A copyright sign inside a sentence, glued to a reference or before a lower-case word.
        "Article 53.1© states that providers must publish a summary of the content used for training.",
        "The studio stamped the mark © on every print it sold that year.",
        # An agency named after a sentence without a photographer's name and slash before it.
        "The minister denied the report on Monday. Reuters first reported the talks in May.",
        "Talks resumed on Monday in Geneva, officials told AP.",
        "Photos Reuters took at the scene were shown to the jury on Monday.",
        # The day and the place close a sentence of the story: a past event, or one sentence of several.
        "She was born on May 3, 1950 in Leeds, England.",
        # A picture's caption or source named in a sentence, and "above all".
        "The image caption contest drew three hundred entries this year.",
        "The image source was a phone video that a passenger shared on Monday.",
        "Above all, the council wants lower fares for students.",
        # a direction or a picture in a sentence that does not open with it
        "Left behind: the residents of the east bank, the council's report says.",
        "The image shows how far the water rose in the night, the harbour master said.",
        "Right now, the ferry runs every forty minutes.",
        "Mara Voss (left) and Jon Tiller shook hands after the vote on Monday.",
        "The vote (left to right): five for, three against",
        "The plant shut down. Its last shift ended on May 2, 2020 in Dayton, Ohio.",
        # People doing something, in a sentence: a finite verb, a past tense, a second sentence,
        # a list item's figures or a question.
        "Students taking the late ferry can buy a cheaper ticket on board.",
        "People using the new tram line saved twenty minutes a day",
        "Workers walking to the yard. The gates open at six.",
        "Kids playing outside: half an hour a day",
        "Kids playing outside for 30 minutes a day",
        "Children riding the ferry alone need a permit",
        "Customers using the app pay less for the crossing",
        "Women wearing red marched through the square",
        "People looking for a flat in the city?",
        "• Women holding the banner at the front of the march",
    ],
)
def test_prose_about_pictures_stays(line: str) -> None:
    assert judge(f"{TITLE}\n\n{FIRST}\n\n{line}\n\n{LAST}\n") == ([], [])


def test_title_above_a_credit_is_not_a_caption() -> None:
    removed, captions = judge(f"{TITLE}\nPhoto: Sam Ito/AP\n\n{FIRST}\n\n{LAST}\n")
    assert removed == ["Photo: Sam Ito/AP"]
    assert captions == []


def test_subheading_below_a_credit_with_prose_paragraph_above_stays() -> None:
    removed, _ = judge(f"{TITLE}\n\n{FIRST}\nCredit: Ben Tran/Bloomberg\nWhat comes next\n\n{LAST}\n")
    assert removed == ["Credit: Ben Tran/Bloomberg"]


# Two sentences, as wire captions are: the picture, then the story's context (67 words).
WIRE_CAPTION = (
    "In this photo issued by the Harbour Board, pilots and port officials shake hands after the "
    "agreement at the pilots' station in Eastport, Tuesday, March 3, 2026. The pilots' union had "
    "called a strike over night shifts last month, and ships waited for up to three days to dock "
    "before the board agreed to hire twelve more pilots and to pay a night-shift bonus from May."
)


@pytest.mark.parametrize(
    ("function", "text", "expected"),
    [
        (credit_only, "Getty Images", True),
        # A news site's labels in its language editions: the picture's source, then its caption.
        (credit_only, "Image source, Lena Marsh", True),
        (credit_only, "Автор фото, Reuters", True),
        # the label in more languages
        (credit_only, "Fotoğraf: AA", True),
        (credit_only, "Ảnh: Reuters", True),
        (credit_only, "Zdjęcie: PAP", True),
        (credit_only, "图片：新华社", True),
        (credit_only, "사진: 연합뉴스", True),
        (credit_only, "Φωτογραφία: Eurokinissi", True),
        (credit_only, "फोटो: पीटीआई", True),
        (credit_only, "ছবি: সংগৃহীত", True),
        (credit_only, "צילום: רויטרס", True),
        (credit_only, "ภาพ: รอยเตอร์", True),
        (credit_only, "Снимка: БТА", True),
        (credit_only, "Fotó: MTI/Kovács Attila", True),
        (credit_only, "Fot. Jan Nowak/PAP", True),
        # Korean and Japanese set the label apart with "=", in brackets or not, a giver may follow
        (credit_only, "사진=박서연 기자", True),
        (credit_only, "[사진=뉴시스]", True),
        (credit_only, "사진 제공=부산시", True),
        (credit_only, "그래픽=이도윤 기자", True),
        (credit_only, "写真=時事", True),
        (credit_only, "사진은 부산시가 제공했다.", False),
        # the label first without a colon, then the agency
        (credit_only, "Foto Ansa", True),
        (credit_only, "Photo AFP", True),
        (credit_only, "Foto LaPresse", True),
        (credit_only, "Bild dpa / Lena Marsh", True),
        (credit_only, "Photo gallery", False),
        (credit_only, "Foto del giorno", False),
        (credit_only, "Picha: Maktaba", True),
        (credit_only, "ਫੋਟੋ: ਪੀਟੀਆਈ", True),
        (credit_only, "તસવીર: સંદેશ", True),
        (credit_only, "ಚಿತ್ರ: ಪಿಟಿಐ", True),
        (credit_only, "ഫോട്ടോ: പിടിഐ", True),
        (credit_only, "ඡායාරූපය: රොයිටර්", True),
        (credit_only, "រូបភាព៖ រ៉យទ័រ", True),
        (credit_only, "ဓာတ်ပုံ: Reuters", True),
        (credit_only, "ምስል፦ ሮይተርስ", True),
        (credit_only, "ፎቶ: ሮይተርስ", True),
        (credit_only, "Фота: адкрытыя крыніцы", True),
        (credit_only, "ფოტო: ინტერპრესნიუსი", True),
        (credit_only, "Լուսանկարը՝ Արմենպրես", True),
        (credit_only, "Լուսանկարը: Արմենպրես", True),
        (credit_only, "Argazkia: EFE", True),
        (credit_only, "Mynd: Golli", True),
        (credit_only, "Ljósmynd: Jón Jónsson", True),
        (credit_only, "Llun: PA", True),
        (credit_only, "Surat: Kun.uz", True),
        (credit_only, "तस्बिर: रासस", True),
        (credit_only, "Mynd af forsetanum var tekin í gær.", False),
        (credit_only, "Argazkia egin zuen kazetariak ez zuen baimenik.", False),
        (credit_only, "Фота зрабіў карэспандэнт агенцтва ў Мінску.", False),
        (credit_only, "ಚಿತ್ರ ಬಿಡುಗಡೆಯಾದ ಮೊದಲ ದಿನವೇ ದಾಖಲೆ ಬರೆದಿದೆ.", False),
        (credit_only, "ചിത്രം കാണാൻ ആളുകൾ മണിക്കൂറുകളോളം കാത്തുനിന്നു.", False),
        (credit_only, "फोटो खींचने के लिए लोग घंटों इंतज़ार करते रहे।", False),
        (credit_only, "צילום התמונה נמשך שלוש שעות.", False),
        (credit_only, "Fotó nélkül nem hitték el a történetet.", False),
        (credit_only, "Ảnh đẹp nhất năm nay là của anh ấy.", False),
        (credit_only, "Fuente de la imagen, EPA", True),
        (credit_only, "منبع تصویر، ایرنا", True),
        (credit_only, "Автор фотографии уехал в Осло.", False),
        (strong_caption, "Image caption, Ferry passengers wait at the pier", True),
        (strong_caption, "Подпись к фото, Паром у причала в Осло", True),
        (strong_caption, "Pie de foto, El ferry llega al muelle de Oslo", True),
        (strong_caption, "التعليق على الصورة، العبارة في ميناء أوسلو", True),
        (strong_caption, "Image captions were missing from half of the site's pages.", False),
        (credit_only, "Image credit: NASA", True),
        (credit_only, "Reuters", False),
        (credit_only, "Picture: Sam Lee", True),
        (credit_only, "Credit...Sam Lee/The Harbour Times", True),
        (credit_only, "Credit card fees rose again...", False),
        (credit_only, "Image: NASA/JPL-Caltech", True),
        (credit_only, "عکس: ایرنا", True),
        (credit_only, "(AFP Photo)", True),
        (credit_only, "Lea Marsh/The Valley Courier/Getty Images", True),
        (credit_only, "Omar Reyes | Bloomberg | Getty Images", True),
        (credit_only, "K. Tanaka / AP file", True),
        (credit_only, "Revenue / Costs / Margin", False),
        (credit_only, "© 2023 Harbour Times", False),
        # A credit's label alone on its line, and a Russian "from the personal archive of" credit.
        (credit_only, "Photo:", True),
        (credit_only, "Фото:", True),
        (credit_only, "Фото из личного архива Ивана Петрова", True),
        (credit_only, "Личный архив поэта передали музею в прошлом году.", False),
        (strong_caption, "In this Jan. 5, 2020, file photo, workers repair the bridge", True),
        (strong_caption, "A photo taken on Monday shows smoke above the port", True),
        (strong_caption, "She refused to pose for a photo with the minister.", False),
        (alt_text, "Hero image for blog post 15 Essential Ferry Routes", True),
        (alt_text, "The cover photo for the album was taken in 1969 by his sister.", False),
        (strong_caption, WIRE_CAPTION, True),
        (strong_caption, WIRE_CAPTION + " " + WIRE_CAPTION, False),  # too long for any caption
    ],
)
def test_shape_helpers(function: object, text: str, expected: bool) -> None:
    assert callable(function)
    assert function(text) is expected


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            "Mara Holt, Harbour at Dusk, 2011. Oil on linen – 120 × 90 cm. Courtesy Galerie Nord.",
            "Mara Holt, Harbour at Dusk, 2011. Oil on linen – 120 × 90 cm.",
        ),
        (
            "Tom Reyes, Salt Flats, 1998. Gelatin silver print. Edition of 5. Courtesy Kline Projects, Oslo.",
            "Tom Reyes, Salt Flats, 1998. Gelatin silver print. Edition of 5.",
        ),
        ("Ana Ruiz, Untitled (Blue), 2020. Image courtesy the artist.", "Ana Ruiz, Untitled (Blue), 2020."),
        ("The bridge in 1932; Courtesy of the City Archive", "The bridge in 1932;"),
    ],
)
def test_an_artwork_caption_that_thanks_its_lender_is_a_caption(text: str, description: str) -> None:
    assert caption_with_credit(text) == description


@pytest.mark.parametrize(
    "text",
    [
        "The exhibition opens on Friday, said the curator. Courtesy of the museum, entry is free on Sundays.",
        "The library reopened in May. Courtesy of a grant from the city, it now opens on Sundays.",
        "Everyone thanked the hosts for their courtesy of the highest order.",
    ],
)
def test_sentences_with_courtesy_are_no_credit(text: str) -> None:
    assert caption_with_credit(text) is None


def test_caption_with_credit_keeps_sentences_with_bare_agency() -> None:
    assert caption_with_credit("The minister resigned on Friday. (Reuters)") is None


def test_description_below_a_credit_goes_with_it() -> None:
    below = "Smoke rises over the hills behind the harbour at dusk"
    text = f"{TITLE}\n\n{FIRST}\n\n© EPA-EFE / Mia Kern\n{below}\n\n{LAST}\n"
    assert judge(text) == (
        ["© EPA-EFE / Mia Kern", "Smoke rises over the hills behind the harbour at dusk"],
        ["Smoke rises over the hills behind the harbour at dusk"],
    )


@pytest.mark.parametrize(
    ("above", "removed"),
    [
        # a title-cased section heading above a picture stays; only the credit goes
        ("Best Budget Espresso Machines for Small Kitchens", ["Photo courtesy of Lena Marsh"]),
        ("Weekend Trails Around the Northern Lakes", ["Photo courtesy of Lena Marsh"]),
        # a description above the credit still goes with it
        (
            "Hikers cross the frozen lake north of the village at sunrise",
            ["Hikers cross the frozen lake north of the village at sunrise", "Photo courtesy of Lena Marsh"],
        ),
    ],
)
def test_heading_above_a_credit_is_not_its_description(above: str, removed: list[str]) -> None:
    text = f"{TITLE}\n\n{FIRST}\n\n{above}\nPhoto courtesy of Lena Marsh\n\n{LAST}\n"
    assert judge(text)[0] == removed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weekend Trails Around the Northern Lakes", True),
        ("Über Die Alpen Nach Italien", True),
        ("Hikers cross the frozen lake at sunrise", False),
        ("NASA", False),  # one long word is not a heading
        ("Royal Harbour Lights", False),  # three are as often a name or a picture's title
        ("Mara Quist • Hiking Guides, May 2031", False),  # a byline with its date
        ("Москва Вечером Глазами Фотографов", True),
        # A listicle's headings: the year they are about, prepositions of four letters in lower case.
        ("Best Ferry Passes for Families in 2025", True),
        ("Best for Weekend Trips from Northern Harbours", True),
        ("Ferry Timetable Changes 2025 Winter Season", False),
        ("Rescuers search the rubble in Hatay in 2023", False),
    ],
)
def test_title_case(text: str, expected: bool) -> None:
    assert caption.title_case(text) is expected


def test_copyright_footer_after_the_article_is_left_to_the_publisher_cleaner() -> None:
    assert judge(f"{TITLE}\n\n{FIRST}\n\n{LAST}\n\n© Reuters\n") == ([], [])


def test_abbreviation_in_parentheses_is_not_an_agency() -> None:
    line = "Die Kassen diskutieren seit Jahren über die elektronische Patientenakte (ePA)"
    assert judge(f"{TITLE}\n\n{FIRST}\n\n{line}\n\n{LAST}\n") == ([], [])


def test_pipeline_lifts_captions_into_metadata() -> None:
    caption = "Residents watch the flames from a hillside road"
    text = f"{TITLE}\n\n{FIRST}\n\n{caption}\nPhoto: Ana Ruiz/AFP\n\n{LAST}\n"
    result = Pipeline(cleaners=[Caption()]).clean_text(text)
    assert result.metadata.captions == (caption,)
    assert list(result.paragraphs) == [TITLE, FIRST, LAST]
    assert {r.category for r in result.removed} == {"caption"}


# The prefilters in front of the caption patterns must never hide a match: compare with the patterns alone.
_ALL_SHAPES = list(caption._SHAPES.patterns("strong"))
_ALL_CREDIT_LINES = list(caption._SHAPES.patterns("credit"))
_TRAILING = list(caption._SHAPES.patterns("trailing"))
_ALT = list(caption._SHAPES.patterns("alt"))
(_PAREN,) = caption._SHAPES.patterns("paren")
(_RIGHTS,) = caption._SHAPES.patterns("rights")
(_AGENCY_OR_PHOTO,) = caption._SHAPES.patterns("agency_or_photo")
_WORDS = sorted(
    {
        word
        for pattern in [p.pattern for p in _ALL_SHAPES + _ALL_CREDIT_LINES + _TRAILING + _ALT]
        + [_PAREN.pattern, _RIGHTS.pattern]
        for word in regex.findall(r"[^\W\d_]+", pattern)
        if len(word) > 1 or word in "aA"
    }
)
_PIECES = st.one_of(
    st.sampled_from(_WORDS).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.title(), w.replace("i", "İ"), w.replace("s", "ſ")])
    ),
    st.sampled_from([*" \t\u00a0\n:：/()©Ⓒⓒ,.-", "  "]),
    st.sampled_from(["2024", "1999", "Reuters", "AFP", "AP Photo", "Getty Images", "dpa", "(c)", "(C)"]),
    st.text(max_size=3),
)
_SEEDS = [
    "A handout picture released by the navy shows the ship in port",
    "A drone is seen in this illustration taken on March 3, 2023.",
    "Firefighters at work, in this photo taken on Monday",
    "FILE PHOTO: Cargo ships wait at the northern entrance of the canal",
    "File photo of the harbour",
    "A general view of the burnt hillside is seen from a helicopter",
    "An aerial view shows the flooded town",
    "This video grab shows the launch",
    "A screen grab from state television",
    "Pictured: the new stadium",
    "Архивное фото",
    "На этом фото",
    "Sur cette photo",
    "© AFP / Lena Marsh",
    "(c) Reuters",
    "Photo: Tom Hale/EPA",
    "Foto：dpa",
    "Photo by Jane Doe",
    "Reuters Photo / Jane Doe",
    "Jane Doe / AFP via Getty Images",
    "(Getty Images)",
    "Rescuers at work in Hatay on Monday (AP Photo/Jane Doe)",
    "Crowds gather in the square for the vigil. Photograph: Ana Ruiz/Reuters",
    "Crowds gather in the main square Credit: Ana Ruiz",
    "The lamp at dusk. Photo by: 'Lena Marsh'.",
    "Seed heads in the park. Image courtesy of the park trust",
    "Diagram showing the pipeline",
    "A photo of the harbour at dawn",
    "Rescuers search the rubble in Hatay Photo: Jane Doe/AFP",
    "A file photo made available on Monday showing the harbour",
    "This undated handout image depicts the site",
]


@st.composite
def _near_captions(draw: st.DrawFn) -> str:
    """A known caption or credit with a few random edits: case, spaces, dotted capitals, inserted pieces."""
    chars = list(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(chars)))
        edit = draw(st.sampled_from(["upper", "lower", "dotted", "piece", "delete"]))
        if edit == "piece":
            chars[at:at] = list(draw(_PIECES))
        elif at < len(chars):
            char = chars[at]
            replaced = {"upper": char.upper(), "lower": char.lower(), "dotted": "İ" if char in "iI" else char}
            chars[at : at + 1] = [] if edit == "delete" else [replaced[edit]]
    return "".join(chars)


_CAPTION_TEXTS = st.one_of(st.lists(_PIECES, max_size=14).map("".join), _near_captions())


def _plain_strong_caption(text: str) -> bool:
    return any(p.search(text) is not None for p in _ALL_SHAPES)


def _plain_credit_only(text: str) -> bool:
    if _RIGHTS.search(text):
        return False
    if _PAREN.match(text) is not None:
        return True
    if not any(p.search(text) for p in _ALL_CREDIT_LINES):
        return False
    return (
        not (caption._copyright(text) and caption._YEAR.search(text))
        or _AGENCY_OR_PHOTO.search(text) is not None
    )


@settings(max_examples=1500, deadline=None)
@given(_CAPTION_TEXTS)
def test_pre_checks_agree_with_the_patterns(text: str) -> None:
    assert strong_caption(text, 0) is _plain_strong_caption(text)
    assert credit_only(text, 0) is _plain_credit_only(text)
    if _PAREN.search(text) is not None:
        assert text.rstrip().endswith(")")
    for group, _ in caption._SHAPES.groups:
        found = caption._SHAPES.first(group, text)
        plain = next(filter(None, (p.search(text) for p in caption._SHAPES.patterns(group))), None)
        assert (found and found.span()) == (plain and plain.span()), group


@pytest.mark.parametrize(
    "text",
    [
        "A HANDOUT PICTURE RELEASED BY THE NAVY SHOWS THE SHIP",
        "THİS İS SEEN İN THİS PHOTO",
        "Firefighters at work, in this photo taken on Monday",
        "FILE - Cargo ships wait at the canal",
        "File photo of the harbour",
        "Aerial view of the flooded town",
        "Архивное фото",
        "На этом фото",
        "ⓒ Reuters",
        "(C) AFP",
        "Reuters Photo / Jane Doe",
        "Jane Doe / AFP via Getty Images",
        "\u00a0(AFP)\u2028",
        "Rescuers at work (AP Photo/Jane Doe)\n",
        "Crowds gather in the square for the vigil Photograph: Ana Ruiz/Reuters",
        "The lamp at dusk. Photo by: 'Lena Marsh'.",
        "Seed heads in the park. Image courtesy of the park trust",
        "Diagram showing the pipeline",
        "A photo of the harbour at dawn",
    ],
)
def test_pre_checks_let_every_shape_through(text: str) -> None:
    assert strong_caption(text, 0) is _plain_strong_caption(text)
    assert credit_only(text, 0) is _plain_credit_only(text)
    assert (
        strong_caption(text, 0)
        or credit_only(text, 0)
        or alt_text(text)
        or caption_with_credit(text) is not None
    )


def test_pattern_spaces_are_python_spaces() -> None:
    # Credits in parentheses are pre-checked on the stripped text, which must not strip less than ``\s``.
    chars = "".join(map(chr, range(0x110000)))
    assert all(c.isspace() for c in regex.findall(r"\s", chars))


def test_a_slideshow_run_goes_with_its_captions() -> None:
    # Each picture of a slideshow is announced by its counter; the counters share their total.
    slides = [
        "1 of 3 Volunteers stack sandbags along the river wall on Tuesday.",
        "2 of 3 A shop owner moves stock to the upper floor.",
        "3 of 3",
    ]
    removed, captions = judge(f"{TITLE}\n\n" + "\n".join(slides) + f"\n\n{FIRST}\n\n{LAST}\n")
    assert removed == slides
    assert captions == [
        "Volunteers stack sandbags along the river wall on Tuesday.",
        "A shop owner moves stock to the upper floor.",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # One counter alone: as likely a sentence.
        ["1 of 4 adults say they follow the news every day, the survey found."],
        # Different totals: no slideshow.
        ["1 of 4 adults read a paper daily, the survey found.", "2 of 5 read one weekly, it added."],
        # The same figure twice is no run.
        ["1 of 3 households owns a car.", "1 of 3 households owns a bike."],
    ],
)
def test_figures_that_open_sentences_are_no_slideshow(lines: list[str]) -> None:
    assert judge(f"{TITLE}\n\n{FIRST}\n\n" + "\n\n".join(lines) + f"\n\n{LAST}\n") == ([], [])


def test_a_labelled_credit_line_is_no_description_glued_to_its_credit() -> None:
    # "deLuz / Getty Images" looks glued, but the colon makes the line a credit line of its own.
    assert caption_with_credit("Photo Credit: Estudio deLuz / Getty Images") is None
    assert credit_only("Photo Credit: Estudio deLuz / Getty Images")


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        # a picture's alternative text filled with the post's title, numbered
        ("Wildfires Force Thousands to Flee Coastal Towns 2", True),
        ("Wildfires force thousands to flee coastal towns 14", True),
        # the same words with no number, or another line with a number, are not
        ("Wildfires force thousands to flee coastal towns", False),
        ("Thousands flee coastal towns 2", False),
        ("Wildfires force thousands to flee coastal towns in 2", False),
    ],
)
def test_the_headline_numbered_is_a_pictures_alternative_text(line: str, removed: bool) -> None:
    text = f"{TITLE}\n\n{FIRST}\n\n{line}\n\n{LAST}\n"
    doc = Document.build(segment_text(text), detect_language(text), Config())
    taken = [doc.segments[i].text for v in Caption().judge(doc, {0: Category.METADATA}) for i in v.indices]
    assert taken == ([line] if removed else [])


def test_without_a_headline_no_line_is_its_numbered_copy() -> None:
    line = "Wildfires force thousands to flee coastal towns 2"
    assert judge(f"{TITLE}\n\n{FIRST}\n\n{line}\n\n{LAST}\n") == ([], [])


def test_a_short_metadata_line_numbered_is_no_headline_copy() -> None:
    # a date or label of a word or two lifted as metadata ("Updated") makes no headline
    text = f"Week 12\n\n{FIRST}\n\nWeek 12 3\n\n{LAST}\n"
    doc = Document.build(segment_text(text), detect_language(text), Config())
    assert list(Caption().judge(doc, {0: Category.METADATA})) == []


_STUDIO_LINES = ["Harbour Map Sketch by Tidewater", "Ferry Icons by Tidewater"]


@pytest.mark.parametrize(
    ("url", "lines", "removed"),
    [
        # pictures the site credits to itself, on its own blog
        ("https://www.tidewater.studio/blog/maps", _STUDIO_LINES, _STUDIO_LINES),
        # one such line alone may be the post's byline
        ("https://www.tidewater.studio/blog/maps", _STUDIO_LINES[:1], []),
        # credits to others, a sentence, or a page without a URL
        ("https://www.harbour.example/maps", _STUDIO_LINES, []),
        (
            "https://www.tidewater.studio/blog/maps",
            ["The map was drawn by Tidewater.", "The icons were drawn by Tidewater."],
            [],
        ),
        (None, _STUDIO_LINES, []),
        # a name of two letters is as likely someone's initials
        ("https://jd.example/maps", ["Harbour Map Sketch by JD", "Ferry Icons by JD"], []),
    ],
)
def test_pictures_the_site_credits_to_itself_go(
    url: str | None, lines: list[str], removed: list[str]
) -> None:
    text = f"{TITLE}\n\n{FIRST}\n\n" + "\n\n".join(lines) + f"\n\n{LAST}\n"
    doc = Document.build(segment_text(text), detect_language(text), Config(), url=url)
    assert [doc.segments[i].text for v in Caption().judge(doc, {}) for i in v.indices] == removed


_MIDDLE = "Crews worked through the night to clear the debris from the harbour road before the morning tide."
_LOWER_ALTS = ["ferry crossing the estuary at dawn", "harbour workers loading crates onto the quay"]


def _between_paragraphs(lines: list[str], tail: list[str] | None = None) -> str:
    """``lines`` each between two paragraphs of prose; ``tail`` (short lines) after the last one."""
    body = [FIRST]
    for line in lines:
        body += [line, _MIDDLE]
    body[-1] = LAST if tail is None else _MIDDLE
    return f"{TITLE}\n\n" + "\n\n".join([*body, *(tail or [])]) + "\n"


@pytest.mark.parametrize(
    ("lines", "tail", "removed"),
    [
        # a site's alternative texts, a search phrase in lower case under each picture
        (_LOWER_ALTS, None, _LOWER_ALTS),
        # one such line alone may be a heading written in lower case
        (_LOWER_ALTS[:1], None, []),
        # a brand in lower case has a capital inside its first word; names make a heading
        (["iPhone app design for small teams", "eBay listing photos done right"], None, []),
        (["ferry from Dover to Calais", "talks between Paris and Berlin Officials"], None, []),
        # figures, code and sentences are no picture's description
        (["ferry timetable for 2025", "harbour workers at berth 12"], None, []),
        # a comparison is a heading
        (["python vs rust for embedded work", "tabs vs spaces in the style guide"], None, []),
        (["ferry crossing the estuary at dawn.", "harbour workers loading crates onto the quay."], None, []),
    ],
)
def test_lower_case_alternative_texts_between_paragraphs_go(
    lines: list[str], tail: list[str] | None, removed: list[str]
) -> None:
    assert judge(_between_paragraphs(lines, tail))[0] == removed


def test_lower_case_lines_in_the_page_tail_are_left_to_the_layout_rules() -> None:
    # Below the last paragraph ("tell us about your project" above an FAQ and a share row) such a
    # line is a button or a card, whose removal as a caption would hide it from the footer's zone.
    text = _between_paragraphs(_LOWER_ALTS, ["tell us about your project", "FAQ", "Share", "Copy link", LAST])
    assert judge(text)[0] == _LOWER_ALTS


def test_a_lower_case_line_that_carries_a_sentence_on_stays() -> None:
    text = _between_paragraphs(_LOWER_ALTS).replace(
        FIRST,
        "The council published the list of closures, which runs to\n\nnine roads across the county and the "
        f"harbour\n\n{FIRST}",
    )
    assert judge(text)[0] == _LOWER_ALTS


def test_a_line_of_code_in_lower_case_stays() -> None:
    assert judge(_between_paragraphs([*_LOWER_ALTS, "return pubkeys, nil"]))[0] == _LOWER_ALTS


def test_lower_case_verse_between_paragraphs_stays() -> None:
    couplets = [
        "the sea was grey and calm\n\nthe boats were all at rest",
        "the gulls came in at dusk\n\nthe tide went out at ten",
    ]
    assert judge(_between_paragraphs(couplets))[0] == []


@pytest.mark.parametrize(
    ("lines", "removed"),
    [
        # alternative texts that end in the kind of picture
        (
            ["Harbourline Review Cover", "Anna Berg Profile Image"],
            ["Harbourline Review Cover", "Anna Berg Profile Image"],
        ),
        # one alone may be a heading
        (["Improving Your Brand Image"], []),
        # a heading that opens with an article or a question word, and code, are no alternative texts
        (["The Cover", "How We Chose Our Logo"], []),
        (["logo = load_logo() # icon", "x = 1 # placeholder"], []),
    ],
)
def test_alternative_texts_that_end_in_the_kind_of_picture_go(lines: list[str], removed: list[str]) -> None:
    text = f"{TITLE}\n\n{FIRST}\n\n" + "\n\n".join(lines) + f"\n\n{LAST}\n"
    assert judge(text)[0] == removed


def test_a_credit_without_a_colon_cuts_no_block_of_the_article_off_as_page_navigation() -> None:
    # A whole page laid out as text. Once the credit under the picture is known for one, it leaves
    # no gap between the article's blocks, and the list and subheadings above it stay.
    page = [
        "Home\nPolitics\nBusiness\nSport\nCulture\nLog in",
        "Storms in the North: two rivers burst their banks",
        "ROME — A red alert is in force in the region, where two rivers burst their banks overnight. "
        "Hundreds of people have been evacuated.",
        "By Marco Rossi",
        "The regional president has requested a state of emergency.",
        "The worst-hit areas",
        "- Cesena\n- Faenza\n- Lugo\n- Forlì",
        "Volunteers at work in Faenza after the river burst its banks.",
        "Photo Ansa",
        "The mayor speaks",
        "Mayor, what is the situation now?",
        "Dramatic. The water reached the first floor of some houses in the centre.",
        "What do you need?",
        "Pumps, volunteers and blankets.",
        "Schools will remain closed tomorrow, the mayor announced in the evening.",
        "Legal notice\nPrivacy\nContact\n© 2026 The Daily",
    ]
    result = Pipeline().clean_text("\n\n".join(page))
    body = result.body.splitlines()
    for line in (
        "The worst-hit areas",
        "Faenza",
        "Lugo",
        "The mayor speaks",
        "Pumps, volunteers and blankets.",
    ):
        assert any(line in kept for kept in body), line
    assert "Photo Ansa" not in result.body


# Articles with a picture among their sections, per language: title, paragraphs and the picture's lines.
_PICTURE_ARTICLES = {
    "en": (
        "How the valley's growers saved this year's apple harvest",
        "Growers in the upper valley started picking two weeks early this autumn, after a warm spring "
        "brought the blossom forward and an August storm threatened the crop.",
        "Most orchards now sell directly to the cooperative, which pays a fixed price per crate and "
        "takes care of storage and transport to the markets in the south.",
        "Pickers load crates at an orchard above the village.",
        "Photo: Nora Lind",
    ),
    "es": (
        "Cómo los agricultores del valle salvaron la cosecha de manzanas",
        "Los agricultores del valle alto empezaron a recoger dos semanas antes este otoño, después de "
        "una primavera cálida y de una tormenta en agosto que amenazó la cosecha.",
        "La mayoría de las fincas vende ahora directamente a la cooperativa, que paga un precio fijo "
        "por caja y se encarga del almacenamiento y del transporte a los mercados.",
        "Jornaleros cargan cajas en una finca sobre el pueblo.",
        "Imagen: Marta Ruiz",
    ),
    "de": (
        "Wie die Obstbauern im Tal die Apfelernte gerettet haben",
        "Die Obstbauern im oberen Tal haben in diesem Herbst zwei Wochen früher mit der Ernte begonnen, "
        "nachdem ein warmer Frühling und ein Sturm im August die Ernte bedroht hatten.",
        "Die meisten Höfe verkaufen inzwischen direkt an die Genossenschaft, die einen festen Preis pro "
        "Kiste zahlt und Lagerung und Transport zu den Märkten übernimmt.",
        "Erntehelfer laden Kisten auf einer Plantage oberhalb des Dorfes.",
        "Bild: Jonas Berg",
    ),
}
# A section's heading, and a line that opens a section without a full stop, in each language.
_SECTION_HEADINGS = {
    "en": "What the cooperative pays for a crate this year",
    "es": "Lo que paga la cooperativa por cada caja este año",
    "de": "Was die Genossenschaft in diesem Jahr pro Kiste zahlt",
}
_LEAD_LINES = {
    "en": (
        "The cooperative paid growers more this year. Prices rose by a tenth after the storm. "
        "Growers who sold late got the best price of the season"
    ),
    "es": (
        "La cooperativa pagó más este año. Los precios subieron una décima parte tras la tormenta. "
        "Quienes vendieron tarde obtuvieron el mejor precio"
    ),
    "de": (
        "Die Genossenschaft zahlte in diesem Jahr mehr. Die Preise stiegen nach dem Sturm um ein Zehntel. "
        "Wer spät verkaufte, bekam den besten Preis"
    ),
}


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_a_credit_with_its_caption_above_takes_no_heading_below(lang: str) -> None:
    # The caption (a short sentence) is above the credit; the heading below starts the next section.
    title, first, second, picture, credit = _PICTURE_ARTICLES[lang]
    heading = _SECTION_HEADINGS[lang]
    result = Pipeline().clean_text(f"{title}\n\n{first}\n\n{picture}\n{credit}\n{heading}\n\n{second}\n")
    assert heading in result.paragraphs
    assert credit not in result.body


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_a_line_set_apart_below_a_credit_heads_the_paragraph_after_it(lang: str) -> None:
    title, first, second, _, credit = _PICTURE_ARTICLES[lang]
    heading = _SECTION_HEADINGS[lang]
    result = Pipeline().clean_text(f"{title}\n\n{first}\n\n{credit}\n\n{heading}\n\n{second}\n")
    assert heading in result.paragraphs
    assert credit not in result.body


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_a_paragraph_of_several_sentences_below_a_credit_is_no_description(lang: str) -> None:
    title, first, second, _, credit = _PICTURE_ARTICLES[lang]
    lead = _LEAD_LINES[lang]
    result = Pipeline().clean_text(f"{title}\n\n{first}\n\n{credit}\n{lead}\n\n{second}\n")
    assert lead in result.paragraphs
    assert credit not in result.body


def test_a_line_beside_a_credit_whose_caption_is_below_stays() -> None:
    title, first, second, _, credit = _PICTURE_ARTICLES["en"]
    heading = _SECTION_HEADINGS["en"]
    below = "This image shows pickers loading crates at an orchard above the village."
    result = Pipeline().clean_text(f"{title}\n\n{first}\n\n{heading}\n{credit}\n{below}\n\n{second}\n")
    assert heading in result.paragraphs
    assert result.metadata.captions == (below,)


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_a_description_beside_its_credit_still_goes_with_it(lang: str) -> None:
    # Above the credit or right below it, without a full stop, and set apart or not: the picture's.
    title, first, second, picture, credit = _PICTURE_ARTICLES[lang]
    description = picture.rstrip(".")
    for lines in (
        f"{description}\n\n{credit}",
        f"{description}\n{credit}",
        f"{credit}\n{description}",
    ):
        result = Pipeline().clean_text(f"{title}\n\n{first}\n\n{lines}\n\n{second}\n")
        assert list(result.paragraphs)[-2:] == [first, second], lines
        assert description not in result.body and credit not in result.body, lines
        assert result.metadata.captions == (description,), lines


# A review's credits box under a bare "Credits:" label: the article's, not a picture's credit.
CREDITS_BOXES = {
    "English": (
        "A storm-tossed Tempest opens the summer season at the Playhouse",
        [
            "The Playhouse opens its summer season with a Tempest set on a sinking container ship.",
            "The second half loses some of its pace, but the final scene is worth the wait.",
            "Credits:",
            "- Director: Tom Ellis\n- Set design: Mara Quinn\n- Cast: Ben Ito, Ruth Mayo, Sam Adler",
        ],
    ),
    "French": (
        "La Tempête ouvre la saison d'été du Théâtre du Port",
        [
            "Le Théâtre du Port ouvre sa saison avec une Tempête jouée sur un porte-conteneurs qui coule.",
            "La seconde partie perd un peu de son rythme, mais la dernière scène vaut l'attente.",
            "Crédits :",
            "- Mise en scène : Léa Martin\n- Décors : Paul Roux\n- Avec : Inès Ba, Marc Lenoir, Eva Sorel",
        ],
    ),
}


@pytest.mark.parametrize("name", list(CREDITS_BOXES))
def test_a_credits_label_over_a_review_s_credits_box_stays(name: str) -> None:
    title, lines = CREDITS_BOXES[name]
    body = Pipeline().clean_text("\n\n".join([title, *lines])).body
    for line in lines[-2:]:
        for row in line.split("\n"):
            assert row in body


def test_a_credits_label_over_a_picture_s_credit_still_goes() -> None:
    removed, _ = judge(f"{TITLE}\n\n{FIRST}\n\nCredits:\nPhoto: Ana Ruiz/AFP\n\n{LAST}\n")
    assert removed == ["Credits:", "Photo: Ana Ruiz/AFP"]
