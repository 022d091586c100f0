"""Phrase rules in Icelandic, Afrikaans and Welsh, round ten: page furniture that the earlier tables
missed, and article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Icelandic
    (SC, "Íþróttir", "site_chrome.is.menu-label"),
    (SC, "Viðskipti", "site_chrome.is.menu-label"),
    (SC, "Lífið", "site_chrome.is.menu-label"),
    (SC, "Innlent", "site_chrome.is.menu-label"),
    (SC, "Birtist fyrst 4. janúar 2025 kl. 08.15 GMT", "site_chrome.is.post-date"),
    (SC, "Síðast uppfært: þriðjudaginn 5. nóv. 2024 | 10:12", "site_chrome.is.post-date"),
    (SC, "Uppfært 12.3.2024 kl. 15:10", "site_chrome.is.post-date"),
    (SC, "Birt: 7. ágúst 2023", "site_chrome.is.post-date"),
    (SC, "Nýjustu fréttir", "site_chrome.is.related"),
    (SC, "Mest lesið í vikunni", "site_chrome.is.related"),
    (SC, "Meira um málið", "site_chrome.is.related"),
    (SC, "Þér gæti einnig líkað", "site_chrome.is.related"),
    (SC, "Mest lesnu fréttirnar", "site_chrome.is.related"),
    (SO, "Deildu fréttinni á Facebook", "social.is.label"),
    (SO, "Deila á X", "social.is.label"),
    (SO, "Fylgstu með RÚV á Instagram og TikTok", "social.is.label"),
    (SO, "Líkaðu við okkur á Facebook", "social.is.label"),
    (SO, "Senda frétt á vin", "social.is.label"),
    (SO, "Senda með tölvupósti", "social.is.label"),
    (NL, "Sláðu inn netfang", "newsletter.is.label"),
    (NL, "Skrifaðu netfangið þitt", "newsletter.is.label"),
    (NL, "Fáðu nýjustu fréttirnar beint í pósthólfið", "newsletter.is.signup"),
    (NL, "Fáðu það helsta sent vikulega í tölvupósti", "newsletter.is.signup"),
    (NL, "Takk fyrir að skrá þig!", "newsletter.is.signup"),
    (NL, "Skráning tókst", "newsletter.is.signup"),
    (NL, "Þú hefur verið skráður á póstlistann", "newsletter.is.signup"),
    (PW, "Kaupa áskrift", "paywall.is.label"),
    (PW, "Gerstu áskrifandi hjá Heimildinni", "paywall.is.label"),
    (PW, "Prófaðu frítt í mánuð", "paywall.is.label"),
    (PW, "Efnið er aðeins fyrir áskrifendur", "paywall.is.label"),
    (PW, "Þessi frétt er einungis ætluð áskrifendum", "paywall.is.label"),
    (PW, "Skráðu þig inn til að lesa alla greinina", "paywall.is.keep-reading"),
    (PW, "Til að halda áfram að lesa þarft þú að skrá þig inn", "paywall.is.keep-reading"),
    (PW, "Þú hefur lesið 3 af 5 fríum greinum", "paywall.is.keep-reading"),
    (CO, "Leyfa allar vafrakökur", "cookie.is.buttons"),
    (CO, "Hafna öllum", "cookie.is.buttons"),
    (CO, "Samþykkja", "cookie.is.buttons"),
    (CO, "Vafrakökustillingar", "cookie.is.buttons"),
    (CO, "Aðeins nauðsynlegar vafrakökur", "cookie.is.buttons"),
    (CM, "Engar athugasemdir enn", "comments.is.widget"),
    (CM, "Bæta við athugasemd", "comments.is.widget"),
    (AD, "Kynning", "advertisement.is.label"),
    (AD, "Samstarf", "advertisement.is.label"),
    (AD, "Unnið í samstarfi við Bónus", "advertisement.is.label"),
    (AD, "Styrkt efni", "advertisement.is.label"),
    (PU, "© Sýn hf. Allur réttur áskilinn", "publisher.is.rights-reserved"),
    (PU, "Höfundarréttur áskilinn", "publisher.is.rights-reserved"),
    (PU, "Öll afritun efnis er óheimil án skriflegs leyfis", "publisher.is.republishing"),
    (PU, "Bannað er að endurbirta efni vefsins án samþykkis Árvakurs", "publisher.is.republishing"),
    (PU, "Heimildir: Reuters, AFP", "publisher.is.source"),
    (PU, "Heimild: mbl.is", "publisher.is.source"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Icelandic
    ("is", "Ráðherra sagðist ætla að deila skýrslunni með Alþingi á næstu dögum."),
    ("is", "Fjölskyldan fylgdist með björgunaraðgerðunum frá ströndinni í alla nótt."),
    ("is", "Blaðið birti frétt um málið á forsíðu sinni á þriðjudag."),
    ("is", "Uppfært mat Seðlabankans gerir ráð fyrir 3 prósenta verðbólgu árið 2025."),
    ("is", "Fyrirtækið mun bjóða viðskiptavinum áskrift að streymisveitu sinni frá og með mars."),
    ("is", "Áskrifendum Stöðvar 2 fækkaði um tvö þúsund á síðasta ári."),
    ("is", "Innskráning í nýja kerfið gekk illa hjá mörgum notendum á mánudag."),
    ("is", "Samþykkt var að hafna tillögu minnihlutans um lækkun fasteignagjalda."),
    ("is", "Bæjarstjórn samþykkti samstarf við nágrannasveitarfélögin um sorphirðu."),
    ("is", "Kynning á nýju skipulagi fór fram í ráðhúsinu á fimmtudagskvöld."),
    ("is", "Vafrakökur eru notaðar til að fylgjast með hegðun notenda, segir sérfræðingur."),
    ("is", "Heimildir fréttastofunnar herma að ráðherrann muni segja af sér."),
    ("is", "Óheimilt er að birta nöfn vitnanna samkvæmt úrskurði dómara."),
    ("is", "Afritun gagnanna var óheimil, að sögn Persónuverndar."),
    ("is", "Allur réttur hans til bóta féll niður þegar fresturinn rann út."),
    ("is", "Engar athugasemdir voru gerðar við ársreikning félagsins."),
    ("is", "Hún sagðist hafa lesið fréttina í tölvupósti frá samstarfsmanni."),
    ("is", "Tengdar fréttir af málinu birtust í erlendum fjölmiðlum strax daginn eftir."),
    ("is", "Mest lesið var viðtal við forsetann sem birtist á sunnudag."),
    ("is", "Netfang hans var birt á vef ráðuneytisins fyrir mistök."),
    ("is", "Stofnunin vinnur í samstarfi við háskóla og rannsóknarsetur víða um heim."),
    ("is", "Til að lesa skýrsluna þarf almenningur að sækja um aðgang hjá ráðuneytinu."),
    ("is", "Lögreglan fylgist með ástandinu á Reykjanesbraut."),
    ("is", "Auglýsingar á samfélagsmiðlum verða bannaðar í kosningabaráttunni."),
    ("is", "Senda þurfti tólf sjúklinga á Landspítalann eftir slysið."),
]
