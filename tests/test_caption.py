"""The caption cleaner: credited descriptions, credit lines, picture descriptions; captions go to metadata."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.cleaners.base import Document, Verdict
from newsclean.cleaners.caption import Caption, caption_with_credit, credit_only, strong_caption
from newsclean.config import Config
from newsclean.detect import detect_language
from newsclean.segment import segment_text

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
        (  # credit alone, next to prose: removed without a caption
            "(Getty Images)",
            ["(Getty Images)"],
            [],
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


@pytest.mark.parametrize(
    ("function", "text", "expected"),
    [
        (credit_only, "Getty Images", True),
        (credit_only, "Image credit: NASA", True),
        (credit_only, "Reuters", False),
        (credit_only, "Picture: Sam Lee", True),
        (credit_only, "Image: NASA/JPL-Caltech", True),
        (credit_only, "عکس: ایرنا", True),
        (credit_only, "(AFP Photo)", True),
        (credit_only, "© 2023 Harbour Times", False),
        (strong_caption, "In this Jan. 5, 2020, file photo, workers repair the bridge", True),
        (strong_caption, "A photo taken on Monday shows smoke above the port", True),
        (strong_caption, "She refused to pose for a photo with the minister.", False),
    ],
)
def test_shape_helpers(function: object, text: str, expected: bool) -> None:
    assert callable(function)
    assert function(text) is expected


def test_caption_with_credit_keeps_sentences_with_bare_agency() -> None:
    assert caption_with_credit("The minister resigned on Friday. (Reuters)") is None


def test_description_below_a_credit_goes_with_it() -> None:
    below = "Smoke rises over the hills behind the harbour at dusk"
    text = f"{TITLE}\n\n{FIRST}\n\n© EPA-EFE / Mia Kern\n{below}\n\n{LAST}\n"
    assert judge(text) == (
        ["© EPA-EFE / Mia Kern", "Smoke rises over the hills behind the harbour at dusk"],
        ["Smoke rises over the hills behind the harbour at dusk"],
    )


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
