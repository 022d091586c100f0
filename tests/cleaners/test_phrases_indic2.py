"""Phrase rules in Nepali, Punjabi, Gujarati, Kannada, Malayalam and Sinhala: page furniture goes, article
sentences with the same words stay."""

from __future__ import annotations

import pytest
from tests.cleaners.test_phrases import (
    BODY,
    assert_heading_goes_with_signup,
    assert_kept_by_every_phrase_cleaner,
    assert_removed_with_rule,
    judge,
)

from newsclean.cleaners.phrases import PhraseCleaner
from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Nepali (what it spells like Hindi goes by the Hindi rules)
    (SC, "सामग्रीमा जानुहोस्", "site_chrome.ne.skip-link"),
    (SC, "मुख्य सामग्रीमा जानुहोस्", "site_chrome.ne.skip-link"),
    (SC, "नेभिगेसन छोड्नुहोस्", "site_chrome.ne.skip-link"),
    (SC, "प्रिन्ट गर्नुहोस्", "site_chrome.ne.tools"),
    (SC, "लिंक कपी गर्नुहोस्", "site_chrome.ne.tools"),
    (SC, "लिङ्क कपी भयो!", "site_chrome.ne.tools"),
    (SC, "यो समाचार सुन्नुहोस्", "site_chrome.ne.tools"),
    (SC, "लाइभ", "site_chrome.ne.tools"),
    (SC, "पढ्न लाग्ने समय: ५ मिनेट", "site_chrome.ne.tools"),
    (SC, "३ मिनेटमा पढ्नुहोस्", "site_chrome.ne.tools"),
    (SC, "मेनु", "site_chrome.ne.menu-label"),
    (SC, "खोज्नुहोस्", "site_chrome.ne.menu-label"),
    (SC, "गृहपृष्ठ", "site_chrome.ne.menu-label"),
    (SC, "बन्द गर्नुहोस्", "site_chrome.ne.menu-label"),
    (SC, "लग इन गर्नुहोस्", "site_chrome.ne.menu-label"),
    (SC, "दर्ता गर्नुहोस्", "site_chrome.ne.menu-label"),
    (SC, "मेरो खाता", "site_chrome.ne.menu-label"),
    (SC, "माथि जानुहोस्", "site_chrome.ne.menu-label"),
    (SC, "हाम्रो बारेमा", "site_chrome.ne.menu-label"),
    (SC, "हामीलाई सम्पर्क गर्नुहोस्", "site_chrome.ne.menu-label"),
    (SC, "नियम र सर्तहरू", "site_chrome.ne.menu-label"),
    (SC, "त्रुटि रिपोर्ट गर्नुहोस्", "site_chrome.ne.menu-label"),
    (SC, "थप हेर्नुहोस्", "site_chrome.ne.menu-label"),
    (SC, "अर्को समाचार »", "site_chrome.ne.menu-label"),
    (SC, "पृष्ठ ५ मध्ये २", "site_chrome.ne.menu-label"),
    (SC, "लेखकको बारेमा", "site_chrome.ne.menu-label"),
    (SC, "थप पढ्नुहोस्", "site_chrome.ne.menu-label"),
    (SC, "यो पनि पढ्नुहोस्:", "site_chrome.ne.menu-label"),
    (SC, "अद्यावधिक:", "site_chrome.ne.menu-label"),
    (SC, "३ घण्टा अगाडि", "site_chrome.ne.relative-time"),
    (SC, "केही मिनेट अघि", "site_chrome.ne.relative-time"),
    (SC, "प्रकाशित: २ दिन अघि", "site_chrome.ne.relative-time"),
    (CM, "प्रतिक्रियाहरू", "comments.ne.widget"),
    (CM, "१२ कमेन्ट", "comments.ne.widget"),
    (CM, "कमेन्टहरू (३)", "comments.ne.widget"),
    (CM, "सबै प्रतिक्रिया हेर्नुहोस्", "comments.ne.widget"),
    (CM, "जवाफ दिनुहोस्", "comments.ne.widget"),
    (CM, "प्रतिक्रिया बन्द छ।", "comments.ne.widget"),
    (CM, "आफ्नो प्रतिक्रिया लेख्नुहोस्", "comments.ne.prompt"),
    (CM, "पहिलो प्रतिक्रिया दिनुहोस्!", "comments.ne.prompt"),
    (CM, "यस समाचारमा प्रतिक्रिया दिने पहिलो व्यक्ति बन्नुहोस्।", "comments.ne.prompt"),
    (CM, "छलफलमा सहभागी हुनुहोस्", "comments.ne.prompt"),
    (NL, "न्युजलेटर", "newsletter.ne.label"),
    (NL, "न्युजलेटरको सदस्यता लिनुहोस्", "newsletter.ne.label"),
    (NL, "तपाईंको इमेल ठेगाना*", "newsletter.ne.label"),
    (NL, "सदस्यता लिनुहोस्", "newsletter.ne.label"),
    (PW, "पहिले नै सदस्य हुनुहुन्छ? लग इन गर्नुहोस्", "paywall.ne.already-subscriber"),
    (PW, "के तपाईं पहिले नै ग्राहक हुनुहुन्छ? लगइन", "paywall.ne.already-subscriber"),
    (PW, "पहिले नै खाता छ? लग इन गर्नुहोस्", "paywall.ne.already-subscriber"),
    (SO, "सेयर गर्नुहोस्", "social.ne.label"),
    (SO, "यो समाचार सेयर गर्नुहोस्", "social.ne.label"),
    (SO, "हामीलाई फलो गर्नुहोस्", "social.ne.label"),
    (AD, "स्पोन्सर्ड", "advertisement.ne.label"),
    (AD, "स्पोन्सर्ड सामग्री", "advertisement.ne.label"),
    (CO, "यो वेबसाइटले कुकीहरू प्रयोग गर्छ। थप जानकारीका लागि हाम्रो नीति हेर्नुहोस्।", "cookie.ne.site-uses"),
    (CO, "हामी कुकीहरू प्रयोग गर्छौं ताकि तपाईंको अनुभव राम्रो होस्।", "cookie.ne.site-uses"),
    (PU, "सबै अधिकार सुरक्षित छ।", "publisher.ne.rights-reserved"),
    (PU, "कान्तिपुर मिडिया समूह, सबै अधिकार सुरक्षित", "publisher.ne.rights-reserved"),
    # --- Punjabi in Gurmukhi; a nukta letter precomposed ("\u0a59"), as the letter and a nukta, or bare
    (SC, "ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ", "site_chrome.pa.skip-link"),
    (SC, "ਮੁੱਖ ਸਮੱਗਰੀ ਤੇ ਜਾਓ", "site_chrome.pa.skip-link"),
    (SC, "ਨੈਵੀਗੇਸ਼ਨ ਛੱਡੋ", "site_chrome.pa.skip-link"),
    (SC, "ਪ੍ਰਿੰਟ ਕਰੋ", "site_chrome.pa.tools"),
    (SC, "ਲਿੰਕ ਕਾਪੀ ਹੋ ਗਿਆ!", "site_chrome.pa.tools"),
    (SC, "ਇਹ \u0a59ਬਰ ਸੁਣੋ", "site_chrome.pa.tools"),
    (SC, "ਲਾਈਵ ਟੀਵੀ", "site_chrome.pa.tools"),
    (SC, "ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ: 4 ਮਿੰਟ", "site_chrome.pa.tools"),
    (SC, "੩ ਮਿੰਟ ਵਿੱਚ ਪੜ੍ਹੋ", "site_chrome.pa.tools"),
    (SC, "ਮੀਨੂ", "site_chrome.pa.menu-label"),
    (SC, "ਖੋਜੋ", "site_chrome.pa.menu-label"),
    (SC, "ਮੁੱਖ ਪੰਨਾ", "site_chrome.pa.menu-label"),
    (SC, "ਬੰਦ ਕਰੋ", "site_chrome.pa.menu-label"),
    (SC, "ਲੌਗ ਇਨ ਕਰੋ", "site_chrome.pa.menu-label"),
    (SC, "ਮੇਰਾ ਖਾਤਾ", "site_chrome.pa.menu-label"),
    (SC, "ਉੱਪਰ ਜਾਓ", "site_chrome.pa.menu-label"),
    (SC, "ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ", "site_chrome.pa.menu-label"),
    (SC, "ਪਰਦੇਦਾਰੀ ਨੀਤੀ", "site_chrome.pa.menu-label"),
    (SC, "ਨਿਯਮ ਅਤੇ ਸ\u0a3cਰਤਾਂ", "site_chrome.pa.menu-label"),
    (SC, "ਗਲਤੀ ਦੀ ਰਿਪੋਰਟ ਕਰੋ", "site_chrome.pa.menu-label"),
    (SC, "ਹੋਰ ਦੇਖੋ", "site_chrome.pa.menu-label"),
    (SC, "ਅਗਲੀ ਖ਼ਬਰ »", "site_chrome.pa.menu-label"),
    (SC, "ਪੰਨਾ 2 / 5", "site_chrome.pa.menu-label"),
    (SC, "ਲੇਖਕ ਬਾਰੇ", "site_chrome.pa.menu-label"),
    (SC, "ਲੇਖਕ: ਜਸਪ੍ਰੀਤ ਸਿੰਘ", "site_chrome.pa.menu-label"),
    (SC, "ਹੋਰ ਪੜ੍ਹੋ", "site_chrome.pa.menu-label"),
    (SC, "ਇਹ ਵੀ ਪੜ੍ਹੋ:", "site_chrome.pa.menu-label"),
    (SC, "3 ਘੰਟੇ ਪਹਿਲਾਂ", "site_chrome.pa.relative-time"),
    (SC, "ਕੁਝ ਮਿੰਟ ਪਹਿਲਾਂ", "site_chrome.pa.relative-time"),
    (SC, "ਅਪਡੇਟ: ੨ ਦਿਨ ਪਹਿਲਾਂ", "site_chrome.pa.relative-time"),
    (CM, "ਟਿੱਪਣੀਆਂ", "comments.pa.widget"),
    (CM, "12 ਟਿੱਪਣੀਆਂ", "comments.pa.widget"),
    (CM, "ਕਮੈਂਟਸ (3)", "comments.pa.widget"),
    (CM, "ਜਵਾਬ ਦਿਓ", "comments.pa.widget"),
    (CM, "ਟਿੱਪਣੀਆਂ ਬੰਦ ਹਨ।", "comments.pa.widget"),
    (CM, "ਆਪਣੀ ਟਿੱਪਣੀ ਲਿਖੋ", "comments.pa.prompt"),
    (CM, "ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਟਿੱਪਣੀ ਕਰੋ!", "comments.pa.prompt"),
    (CM, "ਚਰਚਾ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ", "comments.pa.prompt"),
    (NL, "ਨਿਊਜ਼ਲੈਟਰ", "newsletter.pa.label"),
    (NL, "ਨਿਊਜ਼ਲੈਟਰ ਲਈ ਸਾਈਨ ਅੱਪ ਕਰੋ", "newsletter.pa.label"),
    (NL, "ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ*", "newsletter.pa.label"),
    (PW, "ਪਹਿਲਾਂ ਹੀ ਸਬਸਕ੍ਰਾਈਬਰ ਹੋ? ਲੌਗ ਇਨ ਕਰੋ", "paywall.pa.already-subscriber"),
    (PW, "ਕੀ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਮੈਂਬਰ ਹੋ? ਸਾਈਨ ਇਨ ਕਰੋ", "paywall.pa.already-subscriber"),
    (PW, "ਪਹਿਲਾਂ ਤੋਂ ਖਾਤਾ ਹੈ? ਲੌਗ ਇਨ ਕਰੋ", "paywall.pa.already-subscriber"),
    (SO, "ਸ਼ੇਅਰ ਕਰੋ", "social.pa.label"),
    (SO, "ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ", "social.pa.label"),
    (AD, "ਇਸ਼ਤਿਹਾਰ", "advertisement.pa.label"),
    (AD, "ਸਪਾਂਸਰਡ", "advertisement.pa.label"),
    (CO, "ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ। ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਨੀਤੀ ਪੜ੍ਹੋ।", "cookie.pa.site-uses"),
    (CO, "ਅਸੀਂ ਕੂਕੀਜ਼ ਵਰਤਦੇ ਹਾਂ।", "cookie.pa.site-uses"),
    (PU, "ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ।", "publisher.pa.rights-reserved"),
    (PU, "ਅਜੀਤ ਪ੍ਰਕਾਸ਼ਨ, ਸਾਰੇ ਅਧਿਕਾਰ ਰਾਖਵੇਂ ਹਨ", "publisher.pa.rights-reserved"),
    # --- Gujarati
    (SC, "સામગ્રી પર જાઓ", "site_chrome.gu.skip-link"),
    (SC, "નેવિગેશન છોડો", "site_chrome.gu.skip-link"),
    (SC, "પ્રિન્ટ કરો", "site_chrome.gu.tools"),
    (SC, "લિંક કૉપિ કરો", "site_chrome.gu.tools"),
    (SC, "આ સમાચાર સાંભળો", "site_chrome.gu.tools"),
    (SC, "લાઇવ", "site_chrome.gu.tools"),
    (SC, "વાંચવાનો સમય: ૪ મિનિટ", "site_chrome.gu.tools"),
    (SC, "3 મિનિટ વાંચન", "site_chrome.gu.tools"),
    (SC, "મેનુ", "site_chrome.gu.menu-label"),
    (SC, "શોધો", "site_chrome.gu.menu-label"),
    (SC, "મુખ્ય પૃષ્ઠ", "site_chrome.gu.menu-label"),
    (SC, "લૉગ ઇન કરો", "site_chrome.gu.menu-label"),
    (SC, "મારું એકાઉન્ટ", "site_chrome.gu.menu-label"),
    (SC, "અમારો સંપર્ક કરો", "site_chrome.gu.menu-label"),
    (SC, "ગોપનીયતા નીતિ", "site_chrome.gu.menu-label"),
    (SC, "ભૂલની જાણ કરો", "site_chrome.gu.menu-label"),
    (SC, "વધુ જુઓ", "site_chrome.gu.menu-label"),
    (SC, "આગળના સમાચાર »", "site_chrome.gu.menu-label"),
    (SC, "પાનું 2 / 5", "site_chrome.gu.menu-label"),
    (SC, "લેખક: કિરણ પટેલ", "site_chrome.gu.menu-label"),
    (SC, "આ પણ વાંચો:", "site_chrome.gu.menu-label"),
    (SC, "3 કલાક પહેલાં", "site_chrome.gu.relative-time"),
    (SC, "થોડી મિનિટો પહેલા", "site_chrome.gu.relative-time"),
    (SC, "અપડેટ: ૨ દિવસ પહેલાં", "site_chrome.gu.relative-time"),
    (CM, "ટિપ્પણીઓ", "comments.gu.widget"),
    (CM, "12 ટિપ્પણીઓ", "comments.gu.widget"),
    (CM, "કોમેન્ટ્સ (3)", "comments.gu.widget"),
    (CM, "જવાબ આપો", "comments.gu.widget"),
    (CM, "ટિપ્પણીઓ બંધ છે.", "comments.gu.widget"),
    (CM, "તમારી ટિપ્પણી લખો", "comments.gu.prompt"),
    (CM, "ટિપ્પણી કરનાર પ્રથમ વ્યક્તિ બનો!", "comments.gu.prompt"),
    (CM, "ચર્ચામાં જોડાઓ", "comments.gu.prompt"),
    (NL, "ન્યૂઝલેટર", "newsletter.gu.label"),
    (NL, "ન્યૂઝલેટર માટે સાઇન અપ કરો", "newsletter.gu.label"),
    (NL, "તમારું ઇમેઇલ સરનામું*", "newsletter.gu.label"),
    (PW, "પહેલેથી જ સબ્સ્ક્રાઇબર છો? લોગ ઇન કરો", "paywall.gu.already-subscriber"),
    (PW, "શું તમે પહેલેથી સભ્ય છો? સાઇન ઇન કરો", "paywall.gu.already-subscriber"),
    (PW, "પહેલેથી એકાઉન્ટ છે? લોગ ઇન કરો", "paywall.gu.already-subscriber"),
    (SO, "શેર કરો", "social.gu.label"),
    (SO, "અમને ફોલો કરો", "social.gu.label"),
    (AD, "જાહેરાત", "advertisement.gu.label"),
    (AD, "સ્પોન્સર્ડ કન્ટેન્ટ", "advertisement.gu.label"),
    (CO, "આ વેબસાઇટ કૂકીઝનો ઉપયોગ કરે છે. વધુ માહિતી માટે અમારી નીતિ વાંચો.", "cookie.gu.site-uses"),
    (CO, "અમે કૂકીઝનો ઉપયોગ કરીએ છીએ.", "cookie.gu.site-uses"),
    (PU, "સર્વાધિકાર સુરક્ષિત.", "publisher.gu.rights-reserved"),
    (PU, "ગુજરાત સમાચાર, બધા હકો અનામત", "publisher.gu.rights-reserved"),
]

NEGATIVES: list[tuple[Category, str]] = [
    # (category the sentence talks about, article sentence every phrase cleaner must keep)
    # --- Nepali
    (SC, "प्रहरीले तीन घण्टा अगाडि घटनाको जानकारी पाएको थियो।"),
    (SC, "पाँच वर्ष अघि सबै कुरा फरक थियो।"),
    (SC, "नगरपालिकाको वेबसाइटको गृहपृष्ठमा सेवाहरूको नयाँ मेनु राखिएको छ।"),
    (SC, "खेलको प्रत्यक्ष प्रसारण राति आठ बजे सरकारी टेलिभिजनमा हुनेछ।"),
    (SC, "मेयरले दुई घण्टाको बहसपछि बैठक बन्द गर्न आदेश दिए।"),
    (SC, "लेखकले आफ्नो अर्को उपन्यास गाउँको पृष्ठभूमिमा लेख्ने बताए।"),
    (CM, "मन्त्रीले यस विषयमा प्रतिक्रिया दिन अस्वीकार गरे।"),
    (CM, "मेयरले सबैलाई छलफलमा सहभागी हुनुहोस् भनी आग्रह गरे।"),
    (CM, "विपक्षी दलले छलफलमा भाग लिने बताएको छ।"),
    (PW, "भारत र जापान पहिले नै सदस्य हुन्, अब ब्राजिल पनि जोडिनेछ।"),
    (NL, "कम्पनीले हरेक हप्ता ग्राहकहरूलाई एउटा इमेल पठाउँछ।"),
    (SO, "कम्पनीको सेयर मूल्य आज तीन प्रतिशतले बढ्यो।"),
    # --- Punjabi
    (SC, "ਪੁਲਿਸ ਨੂੰ ਤਿੰਨ ਘੰਟੇ ਪਹਿਲਾਂ ਘਟਨਾ ਦੀ ਜਾਣਕਾਰੀ ਮਿਲੀ ਸੀ।"),
    (SC, "ਪੰਜ ਸਾਲ ਪਹਿਲਾਂ ਸਭ ਕੁਝ ਵੱਖਰਾ ਸੀ।"),
    (SC, "ਨਗਰ ਨਿਗਮ ਦੀ ਵੈੱਬਸਾਈਟ ਦੇ ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਸੇਵਾਵਾਂ ਦਾ ਨਵਾਂ ਮੀਨੂ ਜੋੜਿਆ ਗਿਆ ਹੈ।"),
    (SC, "ਮੈਚ ਦਾ ਲਾਈਵ ਪ੍ਰਸਾਰਣ ਰਾਤ ਅੱਠ ਵਜੇ ਸਰਕਾਰੀ ਚੈਨਲ 'ਤੇ ਹੋਵੇਗਾ।"),
    (SC, "ਮੇਅਰ ਨੇ ਦੋ ਘੰਟੇ ਦੀ ਬਹਿਸ ਤੋਂ ਬਾਅਦ ਮੀਟਿੰਗ ਬੰਦ ਕਰਨ ਦਾ ਹੁਕਮ ਦਿੱਤਾ।"),
    (CM, "ਮੰਤਰੀ ਨੇ ਇਸ ਮਾਮਲੇ 'ਤੇ ਟਿੱਪਣੀ ਕਰਨ ਤੋਂ ਇਨਕਾਰ ਕਰ ਦਿੱਤਾ।"),
    (CM, "ਮੇਅਰ ਨੇ ਕਿਹਾ ਕਿ ਸਾਰੀਆਂ ਪਾਰਟੀਆਂ ਚਰਚਾ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ।"),
    (PW, "ਭਾਰਤ ਅਤੇ ਜਾਪਾਨ ਪਹਿਲਾਂ ਹੀ ਮੈਂਬਰ ਹਨ, ਹੁਣ ਬ੍ਰਾਜ਼ੀਲ ਵੀ ਜੁੜੇਗਾ।"),
    (SO, "ਕੰਪਨੀ ਦੇ ਸ਼ੇਅਰ ਅੱਜ ਤਿੰਨ ਫੀਸਦੀ ਚੜ੍ਹੇ।"),
    # --- Gujarati
    (SC, "પોલીસને ત્રણ કલાક પહેલાં ઘટનાની જાણ થઈ હતી."),
    (SC, "પાંચ વર્ષ પહેલાં બધું અલગ હતું."),
    (SC, "મહાનગરપાલિકાની વેબસાઇટના મુખ્ય પૃષ્ઠ પર સેવાઓનું નવું મેનુ ઉમેરાયું છે."),
    (SC, "મેચનું લાઇવ પ્રસારણ રાત્રે આઠ વાગ્યે સરકારી ચેનલ પર થશે."),
    (SC, "મેયરે બે કલાકની ચર્ચા પછી બેઠક બંધ કરવાનો આદેશ આપ્યો."),
    (CM, "મંત્રીએ આ મુદ્દે ટિપ્પણી કરવાનો ઇનકાર કર્યો."),
    (CM, "વિપક્ષે જણાવ્યું કે તેઓ ચર્ચામાં જોડાશે."),
    (PW, "ભારત અને જાપાન પહેલેથી સભ્ય છે, હવે બ્રાઝિલ પણ જોડાશે."),
    (AD, "સરકારે નવી યોજનાની જાહેરાત કરી છે."),
    (SO, "કંપનીના શેર આજે ત્રણ ટકા વધ્યા."),
]


@pytest.mark.parametrize(("category", "line", "rule_prefix"), POSITIVES)
def test_junk_line_is_removed_with_its_rule(category: Category, line: str, rule_prefix: str) -> None:
    assert_removed_with_rule(category, line, rule_prefix)


@pytest.mark.parametrize(("topic", "sentence"), NEGATIVES)
def test_article_sentence_is_kept_by_every_phrase_cleaner(topic: Category, sentence: str) -> None:
    assert_kept_by_every_phrase_cleaner(sentence, topic)


HEADINGS: list[tuple[str, str]] = [
    # (newsletter heading, the sign-up line below it)
    ("अनलाइनखबर न्युजलेटर", "न्युजलेटरको सदस्यता लिनुहोस्"),
    ("ਅਜੀਤ ਨਿਊਜ਼ਲੈਟਰ", "ਨਿਊਜ਼ਲੈਟਰ ਲਈ ਸਾਈਨ ਅੱਪ ਕਰੋ"),
    ("દિવ્ય ભાસ્કર ન્યૂઝલેટર", "ન્યૂઝલેટર માટે સાઇન અપ કરો"),
]


@pytest.mark.parametrize(("heading", "signup"), HEADINGS)
def test_newsletter_heading_goes_with_the_signup_line_below_it(heading: str, signup: str) -> None:
    assert_heading_goes_with_signup(heading, signup)


@pytest.mark.parametrize("heading", [heading for heading, _ in HEADINGS])
def test_newsletter_heading_alone_stays(heading: str) -> None:
    assert judge(PhraseCleaner(Category.NEWSLETTER), f"{BODY}\n{heading}\n") == []
