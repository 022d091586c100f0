"""The phrase-rule cleaners: junk lines in nine languages go, article sentences about the same topics stay."""

from __future__ import annotations

import pytest
from tests.rules.helpers import every_bucket

from newsclean import Pipeline
from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.context import ContextRule
from newsclean.cleaners.guard import SafetyGuard
from newsclean.cleaners.phrases import PhraseCleaner, phrase_cleaners
from newsclean.config import Config
from newsclean.model import Category
from newsclean.rules import rule_categories, rule_index, rule_table
from newsclean.rules.table import prepare
from newsclean.text.detect import LanguageGuess
from newsclean.text.segment import segment_text

BODY = (
    "The regional council approved a new flood defence plan on Tuesday after months of debate.\n\n"
    "Engineers said the walls along the river would be raised by half a metre over three years.\n\n"
    "Residents of the lower town, flooded twice since 2019, welcomed the decision and asked for speed.\n"
)


def doc_of(text: str, config: Config | None = None) -> Document:
    return Document.build(segment_text(text), LanguageGuess(None, 0.0, None), config or Config())


def judge(cleaner: Cleaner, text: str, config: Config | None = None) -> list[Verdict]:
    return list(cleaner.judge(doc_of(text, config), {}))


POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    (Category.SITE_CHROME, "Skip to navigation", "site_chrome.en"),
    (Category.SITE_CHROME, "Watch live", "site_chrome.en"),
    (Category.SITE_CHROME, "Copy link", "site_chrome.en"),
    (Category.SITE_CHROME, "09:15 GMT 3 March 2022", "site_chrome.en.page-clock"),
    (Category.SITE_CHROME, "in #politics 2 years ago (edited)", "site_chrome.any.platform-line"),
    (Category.SITE_CHROME, "Printer-friendly version", "site_chrome.en"),
    (
        Category.SITE_CHROME,
        "www.harbour-post.org desk@harbour-post.org Deutsch Français",
        "site_chrome.any.url-email",
    ),
    (Category.SITE_CHROME, "Home › World › Europe", "site_chrome.any.breadcrumb"),
    (Category.SITE_CHROME, "harbour-crane-night-view-02.jpg", "site_chrome.any.file-name"),
    (Category.SITE_CHROME, "logo_white_2x_final", "site_chrome.any.file-name"),
    # an image's name with spaces, or written twice as an image's alt and title texts are
    (Category.SITE_CHROME, "Marta Kowalczyk.jpg", "site_chrome.any.file-name"),
    (Category.SITE_CHROME, "Ferry-Terminal.png", "site_chrome.any.file-name"),
    (Category.SITE_CHROME, "brand_mark.svgbrand_mark.svg", "site_chrome.any.file-name"),
    # four or more short links set apart by vertical bars, in any language
    (Category.SITE_CHROME, "Politik | Wirtschaft | Sport | Kultur | Reisen", "site_chrome.any.pipe-menu"),
    # a page's view counter, and a Japanese article's page counter
    (Category.SOCIAL, "Leído 1.523 veces", "social.any.view-counter"),
    (Category.SOCIAL, "Просмотров: 2 041", "social.any.view-counter"),
    (Category.SOCIAL, "3.870 Aufrufe", "social.any.view-counter"),
    (Category.SITE_CHROME, "（2/4ページ）", "site_chrome.ja.pager"),
    (Category.SITE_CHROME, "次のページへ", "site_chrome.ja.pager"),
    # a post's age, in languages with no rule of their own for it
    (Category.SITE_CHROME, "12 minuten geleden", "site_chrome.any.relative-time"),
    (Category.SITE_CHROME, "3 dni temu", "site_chrome.any.relative-time"),
    (Category.SITE_CHROME, "2 gün önce", "site_chrome.any.relative-time"),
    (Category.SITE_CHROME, "5日前", "site_chrome.any.relative-time"),
    (Category.SITE_CHROME, "منذ 5 دقائق", "site_chrome.any.relative-time"),
    # a post's time as today or yesterday and a clock
    (Category.SITE_CHROME, "Vandaag, 08:05", "site_chrome.any.today-clock"),
    (Category.SITE_CHROME, "Gestern um 21:10 Uhr", "site_chrome.any.today-clock"),
    (Category.SITE_CHROME, "Вчера, 09:45", "site_chrome.any.today-clock"),
    # a typo-report widget
    (
        Category.SITE_CHROME,
        "Если вы обнаружили ошибку в тексте, выделите её и нажмите Ctrl+Enter.",
        "site_chrome.any.typo-report",
    ),
    (
        Category.SITE_CHROME,
        "Помітили помилку в тексті? Виділіть її та натисніть Ctrl + Enter",
        "site_chrome.any.typo-report",
    ),
    (
        Category.SITE_CHROME,
        "Atzīmējiet fragmentu un nospiediet Ctrl+Enter, lai to nosūtītu redaktoram.",
        "site_chrome.any.typo-report",
    ),
    (Category.SITE_CHROME, "Listen on: Spotify | Apple | Pocket Casts | RSS", "site_chrome.any.pipe-menu"),
    (
        Category.SITE_CHROME,
        "Contacto   |   Aviso legal   |   Privacidad   |   Cookies",
        "site_chrome.any.pipe-menu",
    ),
    (Category.SITE_CHROME, "5 min read", "site_chrome.en.reading-time"),
    (Category.SITE_CHROME, "12 minute read time", "site_chrome.en.reading-time"),
    (Category.SITE_CHROME, "Estimated reading time: 7 minutes", "site_chrome.en.reading-time"),
    (Category.SITE_CHROME, "Published 3 hours ago", "site_chrome.en.reading-time"),
    (Category.SITE_CHROME, "Your shopping cart is empty", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Forgot your password? Get help", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Log in / Register", "site_chrome.en.menu-label"),
    # an accordion's controls, an author box's link
    (Category.SITE_CHROME, "Expand All", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Full Bio", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Table of Content ▼", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Jump to section", "site_chrome.en.skip-link"),
    (Category.SITE_CHROME, "Go to contents", "site_chrome.en.skip-link"),
    # skip links run together by the scraper
    (Category.SITE_CHROME, "Skip to navigationSkip to search | Skip to footer", "site_chrome.en.skip-link"),
    (Category.SITE_CHROME, "3 months ago", "site_chrome.en.reading-time"),
    (Category.SITE_CHROME, "Press ESC to close", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Ana Ortiz's avatar", "site_chrome.en.menu-label"),
    (
        Category.SITE_CHROME,
        "An official website of the United States government Here's how you know",
        "site_chrome.en.menu-label",
    ),
    (Category.COOKIE, "Harbour Post respects your privacy", "cookie.en.name-respects-privacy"),
    (Category.SITE_CHROME, "Zum Inhalt springen", "site_chrome.de"),
    (Category.SITE_CHROME, "Aller au contenu principal", "site_chrome.fr"),
    (Category.SITE_CHROME, "Saltar al contenido", "site_chrome.es"),
    (Category.SITE_CHROME, "Ir para o conteúdo principal", "site_chrome.pt"),
    (Category.SITE_CHROME, "Vai al contenuto", "site_chrome.it"),
    (Category.SITE_CHROME, "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", "site_chrome.ru"),
    (Category.SITE_CHROME, "انتقل إلى المحتوى الرئيسي", "site_chrome.ar"),
    (Category.SITE_CHROME, "پرش به محتوا", "site_chrome.fa"),
    (Category.PAYWALL, "Subscribe now to keep reading and get unlimited access.", "paywall.en"),
    (Category.PAYWALL, "You’ve reached your monthly limit of free articles.", "paywall.en.article-limit"),
    (Category.PAYWALL, "This article is only available to subscribers.", "paywall.en.subscribers-only"),
    (Category.PAYWALL, "Members-only story", "paywall.en.subscribers-only-label"),
    (
        Category.NEWSLETTER,
        "Join our e-mail list and get the weekly digest of new recipes straight to your inbox",
        "newsletter.en.sign-up-start",
    ),
    (Category.PAYWALL, "This is subscriber-only content", "paywall.en.subscribers-only-label"),
    (Category.PAYWALL, "Already a subscriber? Sign in", "paywall.en.already-subscriber"),
    (
        Category.PAYWALL,
        "If you value our reporting on the harbour, please consider subscribing today.",
        "paywall.en.if-you-enjoyed",
    ),
    (Category.PAYWALL, "If you liked this story, join our members for $5.", "paywall.en.if-you-enjoyed"),
    (Category.PAYWALL, "Log in to comment", "paywall.en.comment-account"),
    (
        Category.PAYWALL,
        "Para poder comentar debes estar registrado en el club de lectores y haber iniciado sesión",
        "paywall.es.comment-account",
    ),
    (Category.PAYWALL, "¿Quieres comentar? Entra o regístrate", "paywall.es.comment-account"),
    (
        Category.PAYWALL,
        "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
        "paywall.de.comment-account",
    ),
    (
        Category.PAYWALL,
        "Your plan lets you join the conversation. Before you post, choose a display name on your profile.",
        "paywall.en.comment-account",
    ),
    (Category.PAYWALL, "Dieser Artikel ist exklusiv für Abonnenten.", "paywall.de"),
    (Category.PAYWALL, "Il vous reste 80 % de cet article à lire.", "paywall.fr"),
    (Category.PAYWALL, "Suscríbete para seguir leyendo", "paywall.es"),
    (Category.PAYWALL, "Esta matéria é exclusiva para assinantes.", "paywall.pt"),
    (Category.PAYWALL, "Questo articolo è riservato agli abbonati.", "paywall.it"),
    (Category.PAYWALL, "Оформите подписку, чтобы продолжить чтение", "paywall.ru"),
    (Category.PAYWALL, "اشترك الآن لمواصلة القراءة", "paywall.ar"),
    (Category.PAYWALL, "برای ادامه مطالعه، وارد شوید", "paywall.fa"),
    (Category.NEWSLETTER, "Sign up for our daily newsletter", "newsletter.en"),
    (
        Category.NEWSLETTER,
        "Get the latest headlines delivered straight to your inbox.",
        "newsletter.en.inbox",
    ),
    (Category.NEWSLETTER, "Enter your email address", "newsletter.en"),
    (Category.NEWSLETTER, "Thanks for signing up!", "newsletter.en.confirmation"),
    (
        Category.NEWSLETTER,
        "Weekly tide tables in your mailbox. No spam, we promise. You can unsubscribe at any time.",
        "newsletter.en.unsubscribe",
    ),
    (
        Category.NEWSLETTER,
        "I agree that Harbour Post can send me its Morning Tide e-mails.",
        "newsletter.en.opt-in",
    ),
    (
        Category.NEWSLETTER,
        "Please tick the opt-in box to confirm you want to subscribe.",
        "newsletter.en.opt-in",
    ),
    (
        Category.NEWSLETTER,
        "By subscribing, you agree to our Terms and Privacy Policy.",
        "newsletter.en.consent",
    ),
    (
        Category.NEWSLETTER,
        "By entering your email address you agree to our Terms of Use and consent to receive our emails.",
        "newsletter.en.consent",
    ),
    (
        Category.NEWSLETTER,
        "By providing a phone number and submitting the form, you are consenting to be contacted by SMS.",
        "newsletter.en.consent",
    ),
    (
        Category.NEWSLETTER,
        "By clicking Request Info below, I consent to receive recurring marketing texts and calls.",
        "newsletter.en.consent",
    ),
    (Category.NEWSLETTER, "Text HELP for help. Reply STOP to opt out of messages.", "newsletter.en.consent"),
    (Category.NEWSLETTER, "Thanks! Your submission has been received.", "newsletter.en.form-message"),
    (Category.NEWSLETTER, "Did someone forward this email? Subscribe here.", "newsletter.en.forwarded"),
    (Category.PAYWALL, "This episode is for paid subscribers", "paywall.en.subscribers-only"),
    (Category.PAYWALL, "This article is exclusive to STAT+ subscribers", "paywall.en.subscribers-only"),
    (
        Category.ADVERTISEMENT,
        "Harbour Guide is reader-supported: when you buy via a link, we may earn an affiliate commission.",
        "advertisement.en.affiliate",
    ),
    (
        Category.ADVERTISEMENT,
        "This guide includes affiliate links. They never shape what our testers recommend.",
        "advertisement.en.affiliate",
    ),
    (
        Category.ADVERTISEMENT,
        "Northwind may earn an affiliate commission when you shop through links on this page.",
        "advertisement.en.affiliate",
    ),
    (
        Category.ADVERTISEMENT,
        "Heads up: we use a few affiliate links to gear we like.",
        "advertisement.en.affiliate",
    ),
    (
        Category.ADVERTISEMENT,
        "We also may use affiliate links in our reviews. Thank you!",
        "advertisement.en.affiliate",
    ),
    (Category.ADVERTISEMENT, "I sometimes use affiliate links to books.", "advertisement.en.affiliate"),
    (
        Category.ADVERTISEMENT,
        "If you buy a tent through these links, we may get a small cut at no cost to you.",
        "advertisement.en.affiliate",
    ),
    (
        Category.ADVERTISEMENT,
        "Trail Weekly has affiliate partnerships with outdoor retailers.",
        "advertisement.en.affiliate",
    ),
    (
        Category.ADVERTISEMENT,
        "A few links in this guide are affiliate links. Visit our disclosure page to learn more.",
        "advertisement.en.affiliate",
    ),
    (
        Category.ADVERTISEMENT,
        "Harbor Cards may be compensated when you click on a link or when an account is opened.",
        "advertisement.en.disclosure",
    ),
    (
        Category.ADVERTISEMENT,
        "Some offers on this page come from lenders from which RateDesk receives compensation.",
        "advertisement.en.disclosure",
    ),
    (
        Category.ADVERTISEMENT,
        "This compensation may influence which products we write about and where they appear.",
        "advertisement.en.disclosure",
    ),
    (
        Category.ADVERTISEMENT,
        "Several of the card offers you see here come from issuers from which Point Atlas receives"
        " compensation when a reader clicks through or an application is approved. This compensation"
        " may impact where and in what order the cards appear. Our editors write and rate every card"
        " on their own, and we do not cover every offer on the market. Read our advertising policy to"
        " see how we make money and how we choose what to review.",
        "advertisement.en.disclosure",
    ),
    (
        Category.ADVERTISEMENT,
        "Loan Compass earns commissions from featured partners. How we rate lenders.",
        "advertisement.en.affiliate",
    ),
    (
        Category.ADVERTISEMENT,
        "If you sign up through our link we get a commission, at no extra cost to you.",
        "advertisement.en.affiliate",
    ),
    (
        Category.NEWSLETTER,
        "Subscribe to stay up to date with our research and upcoming events.",
        "newsletter.en.sign-up-start",
    ),
    (Category.NEWSLETTER, "Be sure to sign up so we can stay in touch!", "newsletter.en.sign-up-start"),
    (Category.SITE_CHROME, "Get in touch with us today", "site_chrome.en.cta-button"),
    (
        Category.SITE_CHROME,
        "On Behalf of Harbor & Vale Law Group | Mar 3, 2024 | Personal Injury",
        "site_chrome.en.on-behalf-of",
    ),
    (Category.SITE_CHROME, "91% of readers found this guide helpful.", "site_chrome.en.feedback"),
    (
        Category.SITE_CHROME,
        "Have a question about your ferry refund? Fill out the form below and our team will reply.",
        "site_chrome.en.form-prompt",
    ),
    (Category.SITE_CHROME, "Bottom of Page", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Published in Harbours, Ferry Design & Safety", "site_chrome.en.posted-in"),
    (
        Category.SITE_CHROME,
        "Sorry, something went wrong. Please try again later.",
        "site_chrome.en.error-message",
    ),
    (Category.SITE_CHROME, "vor 3 Stunden", "site_chrome.de.relative-time"),
    (Category.SITE_CHROME, "Il y a 2 jours", "site_chrome.fr.relative-time"),
    (Category.SITE_CHROME, "Dernière mise à jour : il y a 38 secondes", "site_chrome.fr.relative-time"),
    (Category.SITE_CHROME, "05:22 - Source: CNN", "site_chrome.en.player"),
    (Category.SITE_CHROME, "How can we improve?", "site_chrome.en.feedback"),
    (Category.SITE_CHROME, "15 seconds ago (7:18 PM)", "site_chrome.en.reading-time"),
    (
        Category.COMMENTS,
        'To reply to a comment: click "Reply" at the bottom of the comment; after being approved your'
        " comment will appear directly underneath it.",
        "comments.en.form",
    ),
    (Category.SITE_CHROME, "Thanks for your feedback!", "site_chrome.en.feedback"),
    (Category.SITE_CHROME, "Zuletzt aktualisiert: vor 5 Minuten", "site_chrome.de.relative-time"),
    (Category.SITE_CHROME, "Última actualización: hace 3 horas", "site_chrome.es.relative-time"),
    (Category.SITE_CHROME, "Ultimo aggiornamento: 2 ore fa", "site_chrome.it.relative-time"),
    (Category.SITE_CHROME, "Última atualização: há 2 horas", "site_chrome.pt.relative-time"),
    (Category.SITE_CHROME, "Hace una hora", "site_chrome.es.relative-time"),
    (Category.SITE_CHROME, "Há 5 minutos", "site_chrome.pt.relative-time"),
    (Category.SITE_CHROME, "Aggiornato 4 ore fa", "site_chrome.it.relative-time"),
    (Category.SITE_CHROME, "2 часа назад", "site_chrome.ru.relative-time"),
    (Category.SITE_CHROME, "← Previous Post | Next Post →", "site_chrome.en.pager"),
    (Category.SITE_CHROME, "Senior Staff Writer", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Editor in Chief", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Search our archives", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Click on a star to rate it!", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Book your free consultation today", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Get the Template >", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Watch Now →", "site_chrome.en.cta-button"),
    # a button's label alone: a start, a sign-up, a free trial of the product a post promotes
    (Category.SITE_CHROME, "GET STARTED NOW", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Enroll today", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Try Harbourline Pro for free!", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Try for free", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Sign up for free →Contact Sales →", "site_chrome.en.cta-button"),
    (Category.NEWSLETTER, "Join the mailing list, it's free", "newsletter.en.label"),
    (
        Category.PUBLISHER,
        "To find out more about how we test and rank e-bikes, read our methodology.",
        "publisher.en.methodology",
    ),
    (Category.PUBLISHER, "See our editorial guidelines for details.", "publisher.en.methodology"),
    (Category.NEWSLETTER, "Stay informed with the latest from our newsroom", "newsletter.en.label"),
    (Category.SITE_CHROME, "« Anterior | Siguiente »", "site_chrome.es.pager"),
    (Category.SITE_CHROME, "Précédent Suivant", "site_chrome.fr.pager"),
    (Category.SITE_CHROME, "The .gov means it’s official.", "site_chrome.en.widget-label"),
    (Category.NEWSLETTER, "Oops, we already have this email address!", "newsletter.en.form-message"),
    (Category.NEWSLETTER, "Breaking news alerts", "newsletter.en.label"),
    (Category.NEWSLETTER, "Sign up for our eNewsletters", "newsletter.en.label"),
    (Category.NEWSLETTER, "Get the latest Harbourline news", "newsletter.en.latest"),
    (
        Category.NEWSLETTER,
        "Get the latest news about our live events and online courses.",
        "newsletter.en.latest",
    ),
    (
        Category.NEWSLETTER,
        "Get the latest travel tips, crucial news, flight & hotel deal alerts...",
        "newsletter.en.latest",
    ),
    (
        Category.NEWSLETTER,
        "Receive the latest case studies and data on lead gen along with our updates and promotions.",
        "newsletter.en.latest",
    ),
    (
        Category.NEWSLETTER,
        "Get our alerts. The headlines that matter most, delivered weekday mornings.",
        "newsletter.en.inbox",
    ),
    (Category.SOCIAL, "Share your thoughts with your friends", "social.en.share"),
    (Category.SOCIAL, "Click to Tweet", "social.en.share"),
    (Category.SOCIAL, "Share 0", "social.en.counters"),
    (Category.SOCIAL, "Tweet 1.2K", "social.en.counters"),
    (Category.SOCIAL, "Subscribe to Harbour Post on YouTube", "social.en.subscribe-channel"),
    (
        Category.SOCIAL,
        "Chat with us on Messenger. See what is happening in the world as it happens.",
        "social.en.subscribe-channel",
    ),
    (Category.SITE_CHROME, "Can't find what you're looking for?", "site_chrome.en.search-prompt"),
    (
        Category.SITE_CHROME,
        "Thanks for your message! We will review it and will get back to you within two days.",
        "site_chrome.en.contact-reply",
    ),
    (
        Category.SITE_CHROME,
        "Make the Harbour Post a preferred source on Google to see more of our reporting.",
        "site_chrome.en.preferred-source",
    ),
    (Category.PAYWALL, "Become a paid subscriber to read the whole interview.", "paywall.en"),
    (Category.PAYWALL, "Get full access to every story for $1 a week", "paywall.en.offer"),
    (Category.SITE_CHROME, "Published Date - 09:15 AM, Sat - 14 June 23", "site_chrome.en.post-date"),
    (Category.SITE_CHROME, "Updated Date – 6:40 PM, Fri – 2 May 25", "site_chrome.en.post-date"),
    (Category.SITE_CHROME, "Published November 20th, 2019 - 07:29 GMT", "site_chrome.en.post-date"),
    (Category.PAYWALL, "Already convinced? Become a member today.", "paywall.en.offer"),
    (Category.PAYWALL, "Sign up to get unlimited access.", "paywall.en.offer"),
    (
        Category.NEWSLETTER,
        "Oops! Something went wrong while submitting the form.",
        "newsletter.en.form-message",
    ),
    (Category.NEWSLETTER, "Melden Sie sich jetzt für unseren kostenlosen Newsletter an.", "newsletter.de"),
    (Category.NEWSLETTER, "Inscrivez-vous à notre newsletter quotidienne", "newsletter.fr"),
    (Category.NEWSLETTER, "Suscríbete a nuestro boletín", "newsletter.es"),
    (Category.NEWSLETTER, "Receba as principais notícias do dia no seu e-mail", "newsletter.pt"),
    (Category.NEWSLETTER, "Iscriviti alla newsletter", "newsletter.it"),
    (Category.NEWSLETTER, "Подпишитесь на нашу рассылку", "newsletter.ru"),
    (Category.NEWSLETTER, "اشترك في النشرة الإخبارية", "newsletter.ar"),
    (Category.NEWSLETTER, "عضویت در خبرنامه", "newsletter.fa"),
    (Category.COOKIE, "This website uses cookies to improve your experience.", "cookie.en.site-uses"),
    (Category.COOKIE, "We use cookies and similar technologies to personalise content and ads.", "cookie.en"),
    (Category.COOKIE, "By continuing to browse this site, you agree to our use of cookies.", "cookie.en"),
    (Category.COOKIE, "Accept all cookies", "cookie.en.buttons"),
    (
        Category.COOKIE,
        "On our site we place cookies and related tools to read device data (for example the browser"
        " you use). " + "It serves purposes such as statistics, ads and embedded media. " * 6,
        "cookie.en.banner-opening",
    ),
    (Category.COOKIE, "Measure content performance", "cookie.en.consent-purposes"),
    (
        Category.COOKIE,
        "Use limited data to select content. Develop and improve services. Measure advertising performance.",
        "cookie.en.consent-purposes",
    ),
    (
        Category.COOKIE,
        "Personalized ads and content, ad and content measurement, audience insights and product development",
        "cookie.en.consent-purposes",
    ),
    (
        Category.COOKIE,
        "Precise geolocation and information about device characteristics can be used. "
        "With your consent, your location may be used for the purposes set out here.",
        "cookie.en.consent-descriptions",
    ),
    (Category.COOKIE, "Cookie settings", "cookie.en.buttons"),
    (Category.COOKIE, "Diese Website verwendet Cookies.", "cookie.de"),
    (Category.COOKIE, "Ce site utilise des cookies pour améliorer votre expérience.", "cookie.fr"),
    (
        Category.COOKIE,
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "cookie.es",
    ),
    (Category.COOKIE, "Este site utiliza cookies para melhorar sua experiência.", "cookie.pt"),
    (Category.COOKIE, "Questo sito utilizza cookie tecnici e di profilazione.", "cookie.it"),
    (Category.COOKIE, "Мы используем файлы cookie, чтобы сайт работал лучше.", "cookie.ru"),
    (Category.COOKIE, "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "cookie.ar"),
    (Category.COOKIE, "این سایت از کوکی‌ها استفاده می‌کند.", "cookie.fa"),
    (Category.SOCIAL, "Follow us on Twitter", "social.en"),
    (Category.SOCIAL, "Like us on Facebook", "social.en.follow"),
    (Category.SOCIAL, "Share on Facebook", "social.en"),
    (Category.SOCIAL, "Facebook Twitter WhatsApp Email", "social.any.button-row"),
    (Category.SOCIAL, "Weibo WeChat Linked in Copy URL", "social.any.button-row"),
    (Category.SOCIAL, "Follow Coastline Radio on Instagram for daily updates", "social.en.follow-start"),
    (Category.SOCIAL, "Please follow Coastline Radio on Twitter and Facebook.", "social.en.follow-start"),
    (Category.SOCIAL, "Join our Discord server for early access to new levels", "social.en.join-start"),
    (
        Category.SOCIAL,
        "Join the Allotment Growers Facebook group – https://fb.example/groups/ag",
        "social.en.join-start",
    ),
    (Category.SOCIAL, "Share this article", "social.en"),
    (Category.SOCIAL, "Folgen Sie uns auf Instagram", "social.de"),
    (Category.SOCIAL, "Suivez-nous sur Facebook", "social.fr"),
    (Category.SOCIAL, "Síguenos en Twitter", "social.es"),
    (Category.SOCIAL, "Siga-nos no Instagram", "social.pt"),
    (Category.SOCIAL, "Seguici su Instagram", "social.it"),
    (Category.SOCIAL, "Подписывайтесь на наш канал в Telegram", "social.ru"),
    (Category.SOCIAL, "تابعونا على تويتر", "social.ar"),
    (Category.SOCIAL, "ما را در اینستاگرام دنبال کنید", "social.fa"),
    (Category.PUBLISHER, "© 2024 Riverside Media Group. All rights reserved.", "publisher."),
    (Category.PUBLISHER, "Copyright 2019 Northern Daily Ltd", "publisher.any.copyright-year"),
    (Category.PUBLISHER, "Copyright @ 2021 Northern Daily Ltd", "publisher.any.copyright-year"),
    (Category.PUBLISHER, "© Northern Daily Media Group, 2021", "publisher.any.copyright-year"),
    (Category.PUBLISHER, "Copyright (с) ООО «Северная газета», 2021.", "publisher.any.copyright-year"),
    # a copyright footer that goes on in the site's own words, past what the year-closed rule covers
    (
        Category.PUBLISHER,
        "© 2021 Hafenblatt Medien GmbH. Alle Inhalte sind urheberrechtlich geschützt und dürfen nicht"
        " ohne schriftliche Genehmigung der Redaktion weiterverwendet werden.",
        "publisher.any.copyright-notice",
    ),
    (
        Category.PUBLISHER,
        "Copyright © 2016-2024 Северная газета. Все права защищены. Перепечатка материалов разрешена"
        " только со ссылкой на источник и с согласия редакции издания.",
        "publisher.any.copyright-notice",
    ),
    (
        Category.PUBLISHER,
        "Любое воспроизведение материалов без разрешения редакции воспрещается.",
        "publisher.ru",
    ),
    (
        Category.PUBLISHER,
        "This story is protected by copyright. No part of it may be copied without written permission.",
        "publisher.en.rights-reserved",
    ),
    (Category.PUBLISHER, "No part of this website may be republished without consent.", "publisher.en"),
    (Category.PUBLISHER, "This article was originally published on The Conversation.", "publisher.en"),
    (
        Category.PUBLISHER,
        "This post was originally written by Dana Whit.",
        "publisher.en.originally-published",
    ),
    (
        Category.PUBLISHER,
        "To find out more about republishing our stories, visit our licensing page.",
        "publisher.en",
    ),
    (
        Category.PUBLISHER,
        "Harbour Post delivers independent coverage of the Gulf and East Africa.",
        "publisher.en",
    ),
    (
        Category.PUBLISHER,
        "The views expressed in this article are those of the author.",
        "publisher.en.disclaimer",
    ),
    (Category.PUBLISHER, "Alle Rechte vorbehalten.", "publisher.de"),
    (Category.PUBLISHER, "Tous droits réservés", "publisher.fr"),
    (Category.PUBLISHER, "Todos los derechos reservados.", "publisher.es"),
    (Category.PUBLISHER, "Este artigo foi publicado originalmente no site The Conversation.", "publisher.pt"),
    (Category.PUBLISHER, "Riproduzione riservata", "publisher.it"),
    (Category.PUBLISHER, "Все права защищены.", "publisher.ru"),
    (Category.PUBLISHER, "جميع الحقوق محفوظة", "publisher.ar"),
    (Category.PUBLISHER, "تمامی حقوق این سایت محفوظ است.", "publisher.fa"),
    (Category.ADVERTISEMENT, "Advertisement", "advertisement.en.label"),
    (Category.ADVERTISEMENT, "Sponsored content", "advertisement.en.label"),
    (Category.ADVERTISEMENT, "Story continues below advertisement", "advertisement.en"),
    (Category.ADVERTISEMENT, "Article Continues Below", "advertisement.en.continues-below"),
    (Category.ADVERTISEMENT, "The story continues after this ad", "advertisement.en"),
    (Category.ADVERTISEMENT, "ADVERTISEMENT - SCROLL TO CONTINUE READING", "advertisement.en"),
    (Category.ADVERTISEMENT, "Anzeige", "advertisement.de"),
    (Category.ADVERTISEMENT, "Publicité", "advertisement.fr"),
    (Category.ADVERTISEMENT, "Publicidad", "advertisement.es"),
    (Category.ADVERTISEMENT, "Continua após a publicidade", "advertisement.pt"),
    (Category.ADVERTISEMENT, "Pubblicità", "advertisement.it"),
    (Category.ADVERTISEMENT, "Реклама", "advertisement.ru"),
    (Category.ADVERTISEMENT, "إعلان", "advertisement.ar"),
    (Category.ADVERTISEMENT, "تبلیغات", "advertisement.fa"),
    (Category.COMMENTS, "Comments (12)", "comments.en.widget"),
    (Category.COMMENTS, "Leave a comment", "comments.en"),
    (Category.COMMENTS, "Join the discussion", "comments.en"),
    (Category.COMMENTS, "Show comments", "comments.en.widget"),
    (Category.COMMENTS, "Loading comments…", "comments.en.widget"),
    (Category.COMMENTS, "There are no comments yet.", "comments.en.widget"),
    (Category.COMMENTS, "Comments ( 3 )", "comments.en.widget"),
    (Category.COMMENTS, "All Comments", "comments.en.widget"),
    (Category.COMMENTS, "Pingback: How the harbour bridge was rebuilt in a year", "comments.en.pingback"),
    (Category.COMMENTS, "2. Pingback von Hafenblog - Lesezeichen | 11.09.2011 23:31", "comments.de.pingback"),
    (Category.COMMENTS, "Discussion about this story", "comments.en.widget"),
    (Category.COMMENTS, "Community guidelines | Discussion", "comments.en.widget"),
    (
        Category.COMMENTS,
        "Your email address will not be published. Required fields are marked *",
        "comments.en.form-notice",
    ),
    (
        Category.COMMENTS,
        "Please keep your name and email apart in the form. Your email address will not be published."
        " Required fields are marked *. Be kind to other readers: comments that insult or harass"
        " anyone are deleted, and repeated offenders are blocked. Read our full comment policy before"
        " you post, and report any comment you think breaks it.",
        "comments.en.form-notice",
    ),
    (Category.COMMENTS, "View 48 comments", "comments.en.widget"),
    (Category.COMMENTS, "Kommentare (5)", "comments.de"),
    (Category.COMMENTS, "Laisser un commentaire", "comments.fr"),
    (Category.COMMENTS, "Deja un comentario", "comments.es"),
    (Category.COMMENTS, "Deixe seu comentário", "comments.pt"),
    (Category.COMMENTS, "Lascia un commento", "comments.it"),
    (Category.COMMENTS, "Оставить комментарий", "comments.ru"),
    (Category.COMMENTS, "أضف تعليقك", "comments.ar"),
    (Category.COMMENTS, "نظر خود را بنویسید", "comments.fa"),
]

NEGATIVES: list[tuple[Category, str]] = [
    # (category the sentence talks about, article sentence every phrase cleaner must keep)
    (Category.SITE_CHROME, "The museum will print a new catalogue of the collection next spring."),
    (Category.SITE_CHROME, "Live music returned to the city's parks on Saturday after a two-year pause."),
    (Category.SITE_CHROME, "The search for the missing hikers resumed at dawn on Sunday."),
    (Category.SITE_CHROME, "Home prices rose 4% in the year to March, the agency said."),
    # leaving a site, and a PDF, in the article's own words
    (Category.SITE_CHROME, "You are leaving the harbour town for good, the mayor told the ferry crew."),
    (Category.SITE_CHROME, "Residents said they would need the report to view the plans in full."),
    # reviews and a show the article reports on are no show's ask
    (Category.PUBLISHER, "Owners asked happy clients to leave a review after each visit."),
    (Category.PUBLISHER, "Critics who liked the show praised its cast and its score."),
    (Category.PUBLISHER, "The word about the harbour podcast spread fast among fishermen."),
    # a question the article puts in brackets, in a sentence, is no explainer link
    (
        Category.SITE_CHROME,
        "The council asked one question (what is the harbour for?) and waited for answers.",
    ),
    (
        Category.SITE_CHROME,
        "Readers can reach the newsroom at tips@harbour-post.org with corrections and story ideas.",
    ),
    (Category.SITE_CHROME, "Der Minister sagte, die Suche nach einer Lösung gehe weiter."),
    # a phone number, an index of letters and a hyphenated phrase in a sentence are no file names
    (Category.SITE_CHROME, "1-800-555-0199"),
    (Category.SITE_CHROME, "A-C-F-K-Z"),
    (Category.SITE_CHROME, "The state-of-the-art terminal opens in May."),
    # a table's row, a sentence and a credit that hold vertical bars
    (Category.SITE_CHROME, "| Ferry | Departs | Arrives | Fare |"),
    (Category.SITE_CHROME, "Fares rose | crossings fell | the pier closed | and traders lost 5% of sales."),
    (Category.SITE_CHROME, "Photo: Marta Kowalczyk | Harbour Post | Archive"),
    # a sentence that names an image file
    (Category.SITE_CHROME, "The agency posted the map as ferry-routes.png"),
    (Category.SITE_CHROME, "She sent us the photo, harbour.jpg, on Monday."),
    (Category.PAYWALL, "Subscriptions to the paper rose 10% last year."),
    (Category.SITE_CHROME, "Shoppers found the cart empty when the site crashed on Black Friday."),
    (Category.SITE_CHROME, "Three months ago the harbour was closed to all traffic."),
    (Category.COOKIE, "The new law respects your privacy more than the old one did, lawyers said."),
    (
        Category.NEWSLETTER,
        "Regulators said customers must be able to unsubscribe from marketing e-mails at any time.",
    ),
    (Category.NEWSLETTER, "The court said users had not agreed that the firm could send them offers."),
    (Category.PAYWALL, "The streaming service said it had reached 200 million subscribers in the quarter."),
    (Category.PAYWALL, "Readers who subscribe to both newspapers pay less, according to the survey."),
    (Category.PAYWALL, "The feature is available for Prime members in the US from Tuesday."),
    (Category.PAYWALL, "If you enjoyed the film, the novel it is based on will not disappoint you."),
    (Category.PAYWALL, "She said that if you value this story, you should tell it to your children."),
    (Category.PAYWALL, "Die Zahl der Abonnenten stieg im vergangenen Jahr um zehn Prozent."),
    (Category.PAYWALL, "El periódico perdió miles de suscriptores tras la subida de precios."),
    (Category.PAYWALL, "Only registered voters may sign in at the polling station, officials said."),
    (Category.NEWSLETTER, "The newsletter, first published in 1998, has 40,000 readers."),
    (Category.NEWSLETTER, "She signed up for the army at the age of 18."),
    (Category.NEWSLETTER, "By providing a phone number, the caller agreed to be recorded, the court heard."),
    (Category.NEWSLETTER, "Strikers told workers to reply stop to the company's survey texts."),
    (Category.NEWSLETTER, "Experts say you should never reply STOP to unsubscribe from a scam text."),
    (Category.NEWSLETTER, "Residents can sign up for the vaccine at any pharmacy from Monday."),
    (Category.NEWSLETTER, "Police said the suspect had sent threatening emails to the mayor's office."),
    (Category.NEWSLETTER, "Der Newsletter des Vereins erscheint seit 1998 viermal im Jahr."),
    (Category.NEWSLETTER, "La lettre d'information du ministère a été envoyée à tous les maires."),
    (Category.COOKIE, "Cookies baked by the school raised $300 for charity."),
    (Category.COOKIE, "The regulator fined the company for placing tracking cookies without consent."),
    (Category.COOKIE, "Girl Scout cookie sales fell for the third year in a row."),
    (Category.COOKIE, "Die Bäckerei verkauft ihre Cookies inzwischen in zwölf Filialen."),
    (Category.COOKIE, "Företagen använder kakor för att spåra kunder, enligt rapporten."),
    (Category.COOKIE, "Tutkijoiden mukaan verkkokaupat käyttävät evästeitä mainontaan."),
    (Category.COOKIE, "Les cookies publicitaires sont dans le viseur de la CNIL depuis 2020."),
    (Category.SOCIAL, "He shared the video on Facebook, where it was viewed a million times."),
    (Category.SOCIAL, "The minister has 2 million followers on Twitter."),
    (Category.SOCIAL, "Share prices fell sharply in early trading on Monday."),
    (Category.SOCIAL, "He asked fans to follow him on Instagram before the concert."),
    (Category.SOCIAL, "Sie teilte das Video auf Facebook, wo es tausendfach geteilt wurde."),
    (Category.SOCIAL, "Miles de usuarios compartieron la imagen en Twitter durante la noche."),
    (Category.PUBLISHER, "The company said it would defend its copyright in court."),
    (Category.SITE_CHROME, "来源于群众的意见很多，市长在会上说。"),
    (Category.SITE_CHROME, "수정 사항이 많다고 시장은 회의에서 말했다."),
    (Category.SITE_CHROME, "How can we improve the harbour for the people who live next to it?"),
    (Category.SITE_CHROME, "Source: the harbour authority's annual report for 2023."),
    (Category.PAYWALL, "Para comentar la noticia, el alcalde pidió una reunión con los vecinos del puerto."),
    (Category.SITE_CHROME, "La dernière mise à jour du logiciel date d'il y a deux ans, selon les experts."),
    (
        Category.PUBLISHER,
        "Copyright law changed in 2019, and the court said © marks on the maps did not matter.",
    ),
    (Category.PUBLISHER, "The book was first published in 1962 and became a bestseller."),
    (Category.PUBLISHER, "Several newspapers refused to republish the cartoons."),
    (Category.PUBLISHER, "The report was first published in the journal Nature in March."),
    (Category.PUBLISHER, "All rights to the land were transferred to the tribe in 1994."),
    (Category.PUBLISHER, "Die Rechte an dem Song liegen bei der Plattenfirma."),
    (Category.ADVERTISEMENT, "Advertisement revenue fell 20% in the quarter, the company said."),
    (Category.ADVERTISEMENT, "The ad campaign was launched in 2019 and ran for six months."),
    (Category.ADVERTISEMENT, "Sponsors pulled out of the tournament after the scandal."),
    (Category.ADVERTISEMENT, "The story continues to unfold as rescuers search the rubble."),
    (Category.ADVERTISEMENT, "The article continues below the fold in the print edition, editors said."),
    (Category.ADVERTISEMENT, "Die Anzeige gegen den Bürgermeister wurde fallen gelassen."),
    (Category.ADVERTISEMENT, "La publicité politique est interdite pendant la campagne."),
    (Category.COMMENTS, "The company said it would comment on the findings next week."),
    (Category.COMMENTS, "Officials declined to comment on the report."),
    (Category.COMMENTS, "In comments to reporters, the minister rejected the claims."),
    (Category.COMMENTS, "The discussion lasted three hours and ended without a deal."),
    (Category.COMMENTS, "Der Sprecher wollte die Vorwürfe nicht kommentieren."),
    (Category.COMMENTS, "El portavoz se negó a hacer comentarios sobre el caso."),
    (Category.COMMENTS, "Вопрос о том, что вы думаете о реформе, задали всем участникам опроса."),
    (Category.PAYWALL, "Подписчики канала выросли вдвое за год, сообщила компания."),
    (Category.COOKIE, "أعلنت الشركة أن موقعها الجديد سيطلق الشهر المقبل في الرياض."),
    (Category.NEWSLETTER, "خبرنامه داخلی وزارتخانه هر هفته برای کارمندان ارسال می شود."),
]


# Widget, disclosure and form lines common across blog and news platforms.
POSITIVES += [
    (Category.COMMENTS, "Most liked comments", "comments.en"),
    (Category.COMMENTS, "Rating: -3 Votes", "comments.en"),
    (Category.COMMENTS, "14 Responses", "comments.en"),
    (Category.COMMENTS, "Feel free to leave a comment!", "comments.en"),
    (Category.COMMENTS, "Keine Antworten", "comments.de"),
    (Category.COMMENTS, "12 commentaires", "comments.fr"),
    (Category.SOCIAL, "Please share if you enjoyed this!", "social.en"),
    (Category.SOCIAL, "Follow our complete coverage of the World Cup at https://example.com/worldcup",
     "social.en"),
    (Category.ADVERTISEMENT, "As an Amazon Associate I earn from qualifying purchases.", "advertisement.en"),
    (Category.ADVERTISEMENT, "Dieser Beitrag enthält Affiliate-Links.", "advertisement.de"),
    (Category.ADVERTISEMENT, "Cet article contient des liens d'affiliation.", "advertisement.fr"),
    (Category.ADVERTISEMENT, "Este artículo contiene enlaces de afiliados.", "advertisement.es"),
    (Category.PUBLISHER, "Citation: Rivers are warming faster (2021, May 3) retrieved 5 May 2021 from https://example.org/n/1",
     "publisher.en"),
    (Category.PUBLISHER, "To order presentation-ready copies, use the Order Reprints tool.", "publisher.en"),
    (Category.NEWSLETTER, "Please check your inbox to confirm your subscription.", "newsletter.en"),
    (Category.SITE_CHROME, "Now playing", "site_chrome.en"),
    (Category.SITE_CHROME, "View gallery (12)", "site_chrome.en"),
    (Category.SITE_CHROME, "(24 photos)", "site_chrome.en"),
    (Category.SITE_CHROME, "Increase text size", "site_chrome.en"),
    (Category.SITE_CHROME, "Schrift vergrößern", "site_chrome.de"),
    # an author box's heading or byline, a post's label, in each language with phrase tables
    (Category.SITE_CHROME, "Über den Autor", "site_chrome.de.menu-label"),
    (Category.SITE_CHROME, "Verfasst von Anna Berg", "site_chrome.de.menu-label"),
    (Category.SITE_CHROME, "À propos de l'auteure", "site_chrome.fr.menu-label"),
    (Category.SITE_CHROME, "Mis à jour le :", "site_chrome.fr.menu-label"),
    (Category.SITE_CHROME, "Escrito por María López", "site_chrome.es.menu-label"),
    (Category.SITE_CHROME, "Sobre o autor", "site_chrome.pt.menu-label"),
    (Category.SITE_CHROME, "Scritto da Anna Berg", "site_chrome.it.menu-label"),
    (Category.SITE_CHROME, "Об авторе", "site_chrome.ru.menu-label"),
    (Category.PUBLISHER, "Write to Maria Lopez at maria.lopez@example.com", "publisher.en"),
    (Category.PUBLISHER, "Contact the authors at news@example.org and desk@example.org", "publisher.en"),
    (Category.COMMENTS, "By posting a comment, you agree to our terms and to data processing.",
     "comments.en"),
    (Category.COOKIE, "You can withdraw your consent at any time in the settings.", "cookie.en"),
    (Category.COOKIE, "Ihre Daten werden nur gespeichert, solange es für die Bearbeitung nötig ist.",
     "cookie.de"),
    (Category.NEWSLETTER, "Get our morning briefing delivered straight to your inbox.", "newsletter.en"),
    (Category.NEWSLETTER, "Thank you for subscribing!", "newsletter.en"),
    (Category.ADVERTISEMENT, "Tap here to download our weather app", "advertisement.en"),
    (Category.ADVERTISEMENT, "Get the Daily Ledger app", "advertisement.en"),
    (Category.ADVERTISEMENT, "If you purchase a product through our links, we may earn a fee.",
     "advertisement.en"),
]  # fmt: skip
POSITIVES += [
    (Category.SITE_CHROME, "Table of contents", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Back to all stories", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Back to the main menu", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "(Up)", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Back to top ↑", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Available Downloads", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "About the author", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "In this guide", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Like Loading…", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "No posts yet.", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Written by Maria Lopez", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Written by: Maria Lopez, Senior Analyst", "site_chrome.en.widget-label"),
    (
        Category.SITE_CHROME,
        "Written by: Maria Lopez, Senior AnalystUpdated Mar 4, 2031",
        "site_chrome.en.widget-label",
    ),
    (Category.SITE_CHROME, "written byChief Features Editor", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "About the Authors", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Founder and CEO", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Co-founder & Editor-in-Chief", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Published", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "EMBED:", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Medically reviewed by", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Last updated:", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Article reviewed by:", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "See all stories by Maria Lopez", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Mar 04, 2024 • 9 Minute Read", "site_chrome.en.post-details"),
    (
        Category.SITE_CHROME,
        "It looks like you're using an outdated browser. Switch to a modern browser for the best experience.",
        "site_chrome.en.browser-notice",
    ),
    (
        Category.SITE_CHROME,
        "We've detected you are on Internet Explorer. Please update to a newer browser.",
        "site_chrome.en.browser-notice",
    ),
    (
        Category.SITE_CHROME,
        "This form is protected by reCAPTCHA; Google's privacy policy and terms apply.",
        "site_chrome.en.form-notice",
    ),
    (Category.SITE_CHROME, "* Opens in a new tab", "site_chrome.en.widget-label"),
    (Category.SOCIAL, "Share this on Telegram", "social.en.share"),
    (Category.COMMENTS, "No comments yet", "comments.en.widget"),
    (Category.PUBLISHER, "Have a confidential news tip? Contact our newsroom.", "publisher.en.news-tip"),
    (Category.PUBLISHER, "+ Got a Tip?", "publisher.en.news-tip"),
    (Category.PAYWALL, "Don't have an account yet? Sign up", "paywall.en.account-prompt"),
    (Category.PAYWALL, "Create a free account or log in", "paywall.en.account-prompt"),
    (Category.PAYWALL, "Sign in to continue", "paywall.en.account-prompt"),
    (Category.SITE_CHROME, "Download the white paper", "site_chrome.en.download-button"),
    (Category.SITE_CHROME, "Get a Quote from Harbour Removals", "site_chrome.en.cta-button"),
    (
        Category.SITE_CHROME,
        "Privacy Notice | Terms of Service | Cookie Settings | Do Not Sell My Personal Information",
        "site_chrome.en.footer-row",
    ),
    (Category.SITE_CHROME, "About Contact Careers Advertise", "site_chrome.en.footer-row"),
    (Category.SITE_CHROME, "Browse all videos", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Please fill in all required fields", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Your Email (required)", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Read the article", "site_chrome.en.cta-button"),
    (Category.SOCIAL, "Follow us on", "social.en.label"),
    (Category.COMMENTS, "Be the first to share your thoughts!", "comments.en.prompt"),
    (Category.NEWSLETTER, "Want more like this?", "newsletter.en.label"),
    (Category.SITE_CHROME, "LEARN MORE", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Read more »", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Let's talk", "site_chrome.en.cta-button"),
    (Category.SOCIAL, "* 4.3K shares", "social.en.counters"),
    (
        Category.SITE_CHROME,
        "* Council approves the new ferry timetable for winter ~4 hours ago",
        "site_chrome.en.listing-meta",
    ),
    (
        Category.SITE_CHROME,
        "Harbour wall repairs to start in March 23 comments",
        "site_chrome.en.listing-meta",
    ),
    (Category.SITE_CHROME, "Posted: 2 days ago | Last modified: 1 day ago", "site_chrome.en.listing-meta"),
    (
        Category.SITE_CHROME,
        "PUBLISHED: 09:12, Mon, Mar 4, 2024 | UPDATED: 10:30, Mon, Mar 4, 2024",
        "site_chrome.en.post-date",
    ),
    (Category.SITE_CHROME, "(Published Friday, March 8, 2024)", "site_chrome.en.post-date"),
    (Category.SITE_CHROME, "* Last updated on 3rd April 2024 at 9:15 am", "site_chrome.en.post-date"),
    (Category.SITE_CHROME, "Posted by Anna Lee at March 8, 2024 11:15 AM", "site_chrome.en.post-date"),
    (Category.SITE_CHROME, "Posted by HarbourNews on Tuesday, May 7, 2024", "site_chrome.en.post-date"),
    (Category.SOCIAL, "312 Likes", "social.en.counters"),
    (Category.SOCIAL, "Share all sharing options", "social.en.label"),
    (Category.COMMENTS, "87 Reader Comments", "comments.en.counters"),
    (Category.SITE_CHROME, "Download PDF Download EPUB", "site_chrome.en.download-button"),
    (Category.SITE_CHROME, "Download now ->", "site_chrome.en.download-button"),
    (
        Category.COOKIE,
        "Marketing cookies are used to show visitors ads that match their interests.",
        "cookie.en.policy-table",
    ),
    (
        Category.COOKIE,
        "_ga 2 years The _ga cookie, installed by Google Analytics, counts visitors.",
        "cookie.en.policy-table",
    ),
    (
        Category.NEWSLETTER,
        "By subscribing to our newsletter, you agree to the terms and the privacy policy.",
        "newsletter.en.consent",
    ),
    (
        Category.NEWSLETTER,
        "By submitting this form, you have read the privacy notice.",
        "newsletter.en.consent",
    ),
    (Category.NEWSLETTER, "I have read and accept the privacy policy.", "newsletter.en.consent"),
    (Category.NEWSLETTER, "I consent to receive e-mails from the publisher.", "newsletter.en.consent"),
    (Category.SITE_CHROME, "Travel | Weekend Guides | 7 min read", "site_chrome.en.post-details"),
    (Category.SITE_CHROME, "Updated 12.03.2024 · 4 min read", "site_chrome.en.post-details"),
    (
        Category.SITE_CHROME,
        "This field is for validation purposes and should be left unchanged.",
        "site_chrome.en.widget-label",
    ),
    (Category.COMMENTS, "12 more comments...", "comments.en.widget"),
    (Category.ADVERTISEMENT, "Start your free trial", "advertisement.en.free-trial"),
    (Category.ADVERTISEMENT, "Book a free demo", "advertisement.en.free-trial"),
    (Category.ADVERTISEMENT, "Free 30-day trial. No credit card required.", "advertisement.en.free-trial"),
    (Category.ADVERTISEMENT, "No credit card needed", "advertisement.en.free-trial"),
    (Category.COMMENTS, "Expand full comment", "comments.en.widget"),
    (Category.NEWSLETTER, "Ready for more?", "newsletter.en.label"),
    (
        Category.SITE_CHROME,
        "Do you want to get browser notifications for breaking news?",
        "site_chrome.en.notifications",
    ),
    (Category.NEWSLETTER, "Join the e-mail list", "newsletter.en.label"),
    (Category.ADVERTISEMENT, "Affiliate disclosure", "advertisement.en.label"),
    (Category.SOCIAL, "Share your experience", "social.en.label"),
    (Category.ADVERTISEMENT, "Claim your free 30-day trial now", "advertisement.en.free-trial"),
    (
        Category.PUBLISHER,
        "Please consider supporting our nonprofit reporting with a gift of any size.",
        "publisher.en.support",
    ),
]

NEGATIVES += [
    # an offer's words inside a sentence of news
    (Category.PAYWALL, "Subscribers in Athens and Sofia will get unlimited access to the archive from May."),
    (Category.PAYWALL, "She went on to become a member of parliament in 2019."),
    (Category.PAYWALL, "The ruling means researchers can finally get full access to the census records."),
    (Category.PAYWALL, "Investors hope the deal will unlock full access to the Chinese market."),
    (
        Category.SITE_CHROME,
        "Published in 1962 - the year of the missile crisis - the novel sold two million copies.",
    ),
]

NEGATIVES += [
    # a heading or an advice that starts like a button is the article's
    (Category.SITE_CHROME, "Getting started with the harbour ferry app"),
    (Category.SITE_CHROME, "Try 3 ferry routes per week"),
    (Category.SITE_CHROME, "Try it now, before the tide turns."),
    (Category.SITE_CHROME, "Join today's walking tour of the harbour."),
    # a quote the article sets in a "Click to tweet" box keeps the box's label glued to it
    (Category.SOCIAL, "Every harbour town lives on the tides of its trade.”Click To Tweet"),
    (Category.PAYWALL, "- Courses – sell lessons and member-only content to paying students."),
    (Category.PAYWALL, "The club publishes premium-only articles for its donors each month."),
    (Category.SOCIAL, "..#..XXX..#.."),
    (Category.NEWSLETTER, "Joining the mailing list was optional, the organisers wrote in their newsletter."),
    (Category.SOCIAL, "XX XXX"),
    (Category.SITE_CHROME, "Back to the drawing board, the coach told reporters after the defeat."),
    (Category.SITE_CHROME, "In this article we follow three nurses through a night shift at the clinic."),
    (Category.SITE_CHROME, "Written by hand, the letters took the prisoners weeks to finish."),
    (Category.SITE_CHROME, "Written by Tolstoy, it runs to a thousand pages"),
    (Category.SITE_CHROME, "The founder and CEO resigned."),
    (Category.SITE_CHROME, "Get the Template"),
    (Category.SITE_CHROME, "Up"),
    (Category.SITE_CHROME, "The icon of the city"),
    (Category.SITE_CHROME, "How To Become A Data Analyst"),
    (Category.SITE_CHROME, "By then the council had voted"),
    (Category.SITE_CHROME, "-- By Anna Berg"),
    (Category.SITE_CHROME, "By 2030"),
    (Category.SITE_CHROME, "- Strength and Conditioning Consultant"),
    # A letter's salutation addresses a role: it is the letter's first line, not an author box.
    (Category.SITE_CHROME, "Dear Editor,"),
    (Category.SITE_CHROME, "Dear Letters Editor,"),
    (Category.SITE_CHROME, "Hello Program Director,"),
    (Category.SITE_CHROME, "To The Managing Editor:"),
    (Category.SITE_CHROME, "Hiring a project manager"),
    (Category.SITE_CHROME, "Keep reading the signs, the ranger said."),
    (Category.SITE_CHROME, "We visited 12 times that year."),
    (Category.SITE_CHROME, "Reed"),
    (Category.SITE_CHROME, "Edited by the author himself in 1931, it sold well"),
    (Category.SITE_CHROME, "Back to top form, the champion won again."),
    (Category.SITE_CHROME, "Go to Settings > Privacy > Location"),
    (Category.SITE_CHROME, "Up Next: Best 4K Video Cameras →"),
    (Category.SITE_CHROME, "Get a taste of the city. It is worth it →"),
    (Category.NEWSLETTER, "Get the latest updates for Windows by opening Settings."),
    (Category.NEWSLETTER, "Get the latest news from the ministry before you travel. Rules change often."),
    (Category.SITE_CHROME, "Published in 1962, the novel sold a million copies in its first year."),
    (Category.SITE_CHROME, "The whole report makes a 9 min read."),
    (Category.SITE_CHROME, "The old browser you are using at work was replaced in May, the IT team said."),
    (
        Category.SITE_CHROME,
        "The link opens in a new window on most phones, testers found, which annoyed users.",
    ),
    (Category.PUBLISHER, "The waiter said he had got a tip of 20 dollars from the minister."),
    (Category.PAYWALL, "Residents who have an account with the council can pay their bills online."),
    (Category.SITE_CHROME, "Download speeds doubled in the county, the regulator said on Friday."),
    (Category.SITE_CHROME, "Download Firefox for free"),
    (Category.SITE_CHROME, "Read more:"),
    (Category.SITE_CHROME, "Privacy and terms of use were the main topics at the hearing."),
    (Category.SITE_CHROME, "Read the article of the treaty before you vote, the senator said."),
    (Category.NEWSLETTER, "Want more like this? The council says it will build three more parks."),
    (Category.SITE_CHROME, "Learn more about the ferry timetable on the council's website."),
    (Category.SOCIAL, "The clip drew 2 million views within a day of its release."),
    (Category.SITE_CHROME, "The ferry left the harbour for the last time 3 days ago."),
    (Category.SITE_CHROME, "Published in 1962, the novel sold a million copies"),
    (Category.SITE_CHROME, "Posted by the council on its website in March 2024"),
    (Category.SITE_CHROME, "Updated by the ministry on Friday, the figures show a rise in rents"),
    (Category.SITE_CHROME, "Updated figures for 2024 show a rise in rents"),
    (Category.SITE_CHROME, "She moved to the island with her family 10 months ago, she said"),
    (Category.COOKIE, "The bakery said its cookies are sold out by noon most days."),
    (Category.COOKIE, "Store staff access information on a device the company owns, the audit found."),
    (
        Category.COOKIE,
        "Editors measure content performance with a few simple page metrics, she said.",
    ),
    (Category.COOKIE, "Regulators said third-party cookies help advertisers follow users across sites."),
    (Category.PAYWALL, "To create an account, the bank asked customers for two forms of identity."),
    (Category.NEWSLETTER, "By submitting the budget late, the minister angered the finance committee."),
    (Category.NEWSLETTER, "The court said it had read the privacy policy of the app before ruling."),
    (Category.COMMENTS, "There were no comments yet from the ministry on Monday evening."),
    (Category.SITE_CHROME, "Her column is short — a 3 minute read at most."),
    (Category.SITE_CHROME, "Veröffentlicht wurde der Bericht erst nach der Wahl, sagte die Ministerin."),
    (Category.SITE_CHROME, "Escrito por un grupo de vecinos, el manifiesto pide más autobuses nocturnos."),
    (Category.SITE_CHROME, "Reviewed by three judges, the entries were ranked on Friday evening."),
    (Category.SITE_CHROME, "Read more stories from the valley in our weekend edition, the editor wrote."),
    (Category.ADVERTISEMENT, "The company said it would book a demo flight for investors next spring."),
    (Category.ADVERTISEMENT, "The gym offers a free 7-day trial, and members said it was worth trying."),
    (Category.NEWSLETTER, "Ready for more rain? Forecasters expect another wet week in the valley."),
    (Category.SOCIAL, "Survivors were invited to share your story sessions at the library, organisers said."),
    (
        Category.ADVERTISEMENT,
        "Patients in the 90-day trial received the drug or a placebo, the researchers said.",
    ),
    (
        Category.PUBLISHER,
        "The foundation is supporting independent journalism in three rural counties, it said.",
    ),
    (
        Category.SITE_CHROME,
        "The app will send you notifications when the river rises above the warning level.",
    ),
]

NEGATIVES += [
    (Category.COMMENTS, "The survey drew 14 responses from teachers in the region, the union said."),
    (Category.ADVERTISEMENT, "The broker said it would earn a commission on every sale, analysts noted."),
    (
        Category.ADVERTISEMENT,
        "Creators earn a commission when fans buy games or gear through their affiliate links.",
    ),
    (Category.ADVERTISEMENT, "The agent may earn a commission of 3% on the sale of the house, she said."),
    (Category.ADVERTISEMENT, '"We could be compensated by the state for the lost harvest," a farmer said.'),
    (Category.ADVERTISEMENT, "The fund from which flood victims receive compensation was set up in 2019."),
    (Category.SITE_CHROME, "On behalf of the council, the mayor thanked the volunteers on Mar 3, 2024."),
    (Category.SITE_CHROME, "About 91% of readers found this guide helpful, the survey said."),
    (Category.SITE_CHROME, "Applicants must complete the form by Friday, the ministry said."),
    (Category.COMMENTS, "The platform said comments with slurs will be removed within a day."),
    (Category.COMMENTS, "Comments from the minister will be published on Friday."),
    (Category.ADVERTISEMENT, "Reklama w telewizji kosztuje coraz więcej, podał urząd."),
    (Category.ADVERTISEMENT, "Reklam harcamaları bu yıl yüzde on arttı."),
    (Category.SOCIAL, "Dela ut mat till hemlösa varje vecka, säger föreningen."),
    (Category.SOCIAL, "Podijeli se s nama, rekao je gradonačelnik novinarima u utorak."),
    (Category.SITE_CHROME, "Published in Harbour Weekly, the survey found most ferries ran late."),
    (
        Category.ADVERTISEMENT,
        "Under the new rules, passengers may be compensated when a flight is cancelled less than two"
        " weeks before departure, and airlines could be fined when they fail to tell travellers what"
        " they are owed. Consumer groups said the change was overdue, while carriers warned that fares"
        " would rise to cover the cost of the payments.",
    ),
    (Category.ADVERTISEMENT, "Nurses may be compensated if they work a second shift, the hospital said."),
    (Category.ADVERTISEMENT, "The brokerage earns commissions from trades its clients place each day."),
    (Category.ADVERTISEMENT, "Scammers may also use fake links to lure shoppers, the police warned."),
    (Category.COMMENTS, "There are no comments from the ministry on the report so far, officials said."),
    (
        Category.NEWSLETTER,
        "Residents can sign up for the scheme to stay informed about flood levels, the council said.",
    ),
    (Category.SITE_CHROME, "Volunteers get in touch with every family on the list before the holidays."),
    (Category.PUBLISHER, "Copyright reform was passed by parliament in 2019."),
    (Category.SITE_CHROME, "Something went wrong with the launch of the rocket, officials said."),
    (Category.SITE_CHROME, "Hace una hora, el alcalde anunció el cierre del puerto."),
    (Category.SITE_CHROME, "Il y a deux jours, le maire a annoncé la fermeture du port."),
    (Category.SITE_CHROME, "Previous next steps were agreed at the summit, the minister said."),
    (Category.PUBLISHER, "The regulator wants to learn more about how we test new drugs on children."),
    (Category.NEWSLETTER, "Farmers struggle to keep up with the latest rules on water use."),
    (Category.SITE_CHROME, "Police will search the site again on Monday, the chief said."),
    (Category.SITE_CHROME, "Clients can book a free consultation with a lawyer at the centre each week."),
    (Category.NEWSLETTER, "Newspapers were delivered every morning by children on bicycles, she recalled."),
    (Category.SOCIAL, "Fans were asked to share their thoughts on the new stadium with the club."),
    (Category.SITE_CHROME, "The agency said it would get back to the families within a month of the survey."),
    (
        Category.NEWSLETTER,
        "Subscribers to the service will get the latest figures each morning, the agency said.",
    ),
    (Category.COMMENTS, "All comments made at the hearing will be published by the council next week."),
    (Category.SOCIAL, "Reporters will follow coverage of the trial closely when it opens on Monday."),
    (Category.SOCIAL, "Parents who join the school's Facebook group get the closure notices first."),
    (Category.SITE_CHROME, "The museum said 24 photos from the archive would be shown for the first time."),
    (Category.SITE_CHROME, "The font size on the ballot confused voters, election officials said."),
    (Category.PUBLISHER, "Police said they would write to residents at the end of the month."),
    (Category.COOKIE, "The court ruled that patients may withdraw consent for the trial, the judge said."),
    (
        Category.NEWSLETTER,
        "The agency thanked residents for signing up to the flood warning scheme in March.",
    ),
]

# A link to more, as a whole line that is no sentence.
POSITIVES += [
    (
        Category.SITE_CHROME,
        "Learn more about the Harbour Business School MBA Program",
        "site_chrome.en.more-link",
    ),
    (Category.SITE_CHROME, "Discover more from Quayside Dental", "site_chrome.en.more-link"),
    (Category.SITE_CHROME, "Read More By Lena Marsh >", "site_chrome.en.more-link"),
    (Category.SITE_CHROME, "Click here to read the Harbour Post e-paper", "site_chrome.en.more-link"),
    (Category.SITE_CHROME, "Find out more about our ferry timetables...", "site_chrome.en.more-link"),
]
# German WordPress labels: a closed thread, a pingback, a "load more" button.
POSITIVES += [
    (Category.COMMENTS, "Kommentare geschlossen", "comments.de.widget"),
    (Category.COMMENTS, "Die Kommentare sind geschlossen.", "comments.de.form"),
    (Category.COMMENTS, "Pingback von Zehn Wege, den Hafen zu sehen", "comments.de.pingback"),
    (Category.SITE_CHROME, "Lade weitere Inhalte", "site_chrome.de.menu-label"),
    (Category.SITE_CHROME, "Mehr erfahren", "site_chrome.de.menu-label"),
    # the button that continues a post's excerpt, in each language
    (Category.SITE_CHROME, "Continue reading →", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Weiterlesen", "site_chrome.de.menu-label"),
    (Category.SITE_CHROME, "Lire la suite", "site_chrome.fr.menu-label"),
    (Category.SITE_CHROME, "Seguir leyendo", "site_chrome.es.menu-label"),
    (Category.SITE_CHROME, "Continuar lendo", "site_chrome.pt.menu-label"),
    (Category.SITE_CHROME, "Continua a leggere", "site_chrome.it.menu-label"),
    (Category.SITE_CHROME, "Читать далее", "site_chrome.ru.menu-label"),
]
NEGATIVES += [
    (Category.COMMENTS, "Nach den Drohungen wurden die Kommentare geschlossen, sagte die Redaktion."),
    (Category.SITE_CHROME, "Wer mehr erfahren will, kann das Museum am Hafen besuchen."),
    (Category.SITE_CHROME, "Continue reading the report, the minister told the committee."),
    (Category.SITE_CHROME, "Lire la suite du rapport prendra du temps, a dit le ministre."),
]
# The U.S. government's site banner and a news theme's sign-in box.
POSITIVES += [
    (Category.SITE_CHROME, "Official websites use .gov", "site_chrome.en.gov-banner"),
    (
        Category.SITE_CHROME,
        "A .gov website belongs to an official government organization in the United States.",
        "site_chrome.en.gov-banner",
    ),
    (
        Category.SITE_CHROME,
        "A lock ( Locked padlock icon ) or https:// means you've safely connected to the .gov website.",
        "site_chrome.en.gov-banner",
    ),
    (Category.SITE_CHROME, "Welcome! Log into your account", "site_chrome.en.login-form"),
    (Category.SITE_CHROME, "Recover your password", "site_chrome.en.login-form"),
]
NEGATIVES += [
    (Category.SITE_CHROME, "Official websites use .gov addresses, the agency reminded residents."),
    (Category.SITE_CHROME, "Change your password every few months, the bank advised its customers."),
]
NEGATIVES += [
    # a sentence, a line that introduces a list, and a "Read more:" headline link are no such link
    (Category.SITE_CHROME, "Learn more about the scheme on the council's website."),
    (Category.SITE_CHROME, "Find out more about the ferry's history below:"),
    (Category.SITE_CHROME, "Click here for the latest flood warnings, the council said."),
    (Category.SITE_CHROME, "Read more: Ferry fares rise again"),
]

# A shared story's tail: its production credit, the reporter's contact line, a donation ask, the
# republishing offer.
POSITIVES += [
    (
        Category.PUBLISHER,
        "This story was produced in partnership with the Coastal Investigations Desk.",
        "publisher.en.produced-by",
    ),
    (
        Category.PUBLISHER,
        "This article about river pollution was written by Ana Ruiz and produced by Riverside Report.",
        "publisher.en.produced-by",
    ),
    (
        Category.PUBLISHER,
        "Contact reporter Tom Alder at (312) 555-0199 or talder@example.org.",
        "publisher.en.contact-reporter",
    ),
    (Category.PUBLISHER, "Before you go, we have a small favour to ask.", "publisher.en.support"),
    (
        Category.PUBLISHER,
        "If this story helped you, please consider pitching in with a gift of any size.",
        "publisher.en.support",
    ),
    (
        Category.PUBLISHER,
        "Republish our articles free of charge, online or in print.",
        "publisher.en.republishing",
    ),
    (Category.PUBLISHER, "Lena Marsh contributed reporting from Oslo.", "publisher.en.contributed"),
    (Category.PUBLISHER, "The Associated Press contributed to this report.", "publisher.en.contributed"),
]
# A video player's notice, a gallery's way back, a saved-reading button and a feedback link.
POSITIVES += [
    (Category.SITE_CHROME, "Media playback is unsupported on your device", "site_chrome.en.player"),
    (Category.SITE_CHROME, "Back to Gallery", "site_chrome.en.player"),
    (Category.SITE_CHROME, "Read Later", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Give Feedback", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Register Now", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Live chat with us", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Article written by:", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Post Tags", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "- No Categories", "site_chrome.en.widget-label"),
]
# A post's details whose date or name the rendering left out.
POSITIVES += [
    (Category.SITE_CHROME, "Posted on", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Filed under:", "site_chrome.en.widget-label"),
]
NEGATIVES += [(Category.SITE_CHROME, "Posted on Monday, the notice drew a long queue at the library.")]
# A shop button's price and retailer, and a product box's price.
POSITIVES += [
    (Category.ADVERTISEMENT, "$75 at Amazon", "advertisement.en.price-button"),
    (Category.ADVERTISEMENT, "$115 at Wayfair$115 at Nordstrom", "advertisement.en.price-button"),
    (Category.ADVERTISEMENT, "$7 at pooky.com", "advertisement.en.price-button"),
    (Category.ADVERTISEMENT, "Starting at $20.00", "advertisement.en.price-button"),
]
NEGATIVES += [
    (Category.ADVERTISEMENT, "$75 at the door"),
    (Category.ADVERTISEMENT, "Tickets cost $75 at Harbour Hall on Friday night."),
    (Category.ADVERTISEMENT, "Prices starting at $20 put the service within reach of students."),
]
# What a rendering prints for a picture or an embed it cannot show.
POSITIVES += [
    (Category.SITE_CHROME, "image", "site_chrome.en.media-placeholder"),
    (Category.SITE_CHROME, "Video", "site_chrome.en.media-placeholder"),
    (Category.SITE_CHROME, "Article content", "site_chrome.en.media-placeholder"),
]
NEGATIVES += [
    (Category.SITE_CHROME, "Video of the crash was shared widely on Monday."),
    (Category.SITE_CHROME, "Article content must be reviewed by two editors."),
]
# A marker under the story, and a blog's subscription box, often split over two lines.
POSITIVES += [
    (Category.SITE_CHROME, "End of Article", "site_chrome.en.menu-label"),
    (Category.NEWSLETTER, "Sign up to get posts via email,", "newsletter.en.posts-by-email"),
    (Category.NEWSLETTER, "or grab the RSS feed.", "newsletter.en.posts-by-email"),
    (Category.NEWSLETTER, "Subscribe to receive new articles by e-mail", "newsletter.en.posts-by-email"),
    (Category.SITE_CHROME, "Request a Quote", "site_chrome.en.cta-button"),
    (Category.SITE_CHROME, "Schedule your demo", "site_chrome.en.cta-button"),
]
NEGATIVES += [
    (Category.SITE_CHROME, "The end of the article was rewritten after the minister's office complained."),
    (Category.NEWSLETTER, "Readers can sign up to get posts via email, the company said on Monday."),
    (Category.NEWSLETTER, "Follow the RSS feed of the agency for a list of every recall issued this year."),
    (Category.SITE_CHROME, "Get a quote from three movers first."),
    (Category.PUBLISHER, "The article was originally written by hand, then typed up by the clerk."),
    (Category.SITE_CHROME, "Expand all the night crossings to every island"),
]
# A newsletter platform's prompts, an "ask an AI" widget, a writer's support button, share and
# navigation labels.
POSITIVES += [
    (
        Category.NEWSLETTER,
        "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.",
        "newsletter.en.free-posts",
    ),
    (Category.NEWSLETTER, "Give a gift subscription", "newsletter.en.free-posts"),
    (Category.NEWSLETTER, "Join 12,000+ subscribers to get weekly design notes", "newsletter.en.free-posts"),
    (Category.NEWSLETTER, "Never miss another post", "newsletter.en.get-our"),
    (Category.SITE_CHROME, "Summarize with AI: ChatGPT Perplexity Claude", "site_chrome.en.ai-summary"),
    (Category.SITE_CHROME, "Summarise this article using AI", "site_chrome.en.ai-summary"),
    (Category.PUBLISHER, "Support my writing!", "publisher.en.creator-support"),
    (Category.PUBLISHER, "Buy me a coffee", "publisher.en.creator-support"),
    (Category.SOCIAL, "Share it", "social.en.label"),
    (Category.SOCIAL, "Like what you read? Share with a friend", "social.en.label"),
    (Category.SITE_CHROME, "← All Posts", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "View posts by category", "site_chrome.en.menu-label"),
]
NEGATIVES += [
    (Category.SITE_CHROME, "The study will summarize with AI tools the records of every patient since 2019."),
    (Category.PUBLISHER, "Residents asked the council to support their work on the flood barrier."),
    (Category.PUBLISHER, "Buy me a coffee, he joked to the reporters waiting outside the courthouse."),
    (Category.SOCIAL, "She said she would share it with a friend who works at the ministry."),
    (Category.NEWSLETTER, "Join 500 other volunteers who clean the river banks every spring, they said."),
    (Category.SITE_CHROME, "All posts in the series were reviewed by two editors before publication."),
]
# Review badges, blog platform footers, shop buttons, support and sign-up prompts, navigation.
POSITIVES += [
    (Category.SITE_CHROME, "Fact checked", "site_chrome.en.review-badge"),
    (Category.SITE_CHROME, "Medically reviewed by Anna Berg, MD", "site_chrome.en.review-badge"),
    (Category.SITE_CHROME, "Edited by: Anna Berg", "site_chrome.en.review-badge"),
    (Category.SITE_CHROME, "Fact Checked by: Anna Berg", "site_chrome.en.review-badge"),
    (Category.SITE_CHROME, "SCROLL FOR MORE", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "No topics found.", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "This slideshow requires JavaScript.", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Accessibility Toolbar", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "(Visited 1,902 times, 364 visits today)", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "On this page:", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Keep Reading", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "DMCA.com Protection Status", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "✅ Thank you for completing the survey!", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "ree", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "Autocapture video.mp4", "site_chrome.any.file-name"),
    (Category.SITE_CHROME, "IMG_2671", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "chevron_left Browse All Posts", "site_chrome.any.icon-ligature"),
    (Category.SITE_CHROME, "Read in Full chevron_right", "site_chrome.any.icon-ligature"),
    (Category.SITE_CHROME, "Screenshot 2025-12-15 at 11", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "image/svg+xml", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "Show Sidebar", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "National Biotech Reporter", "site_chrome.en.author-role"),
    (Category.SITE_CHROME, "By Anna Berg", "site_chrome.en.byline"),
    (Category.SITE_CHROME, "by News Desk", "site_chrome.en.byline"),
    (Category.SITE_CHROME, "Senior Life and Trends Reporter", "site_chrome.en.author-role"),
    (Category.SITE_CHROME, "Research & Insights Lead", "site_chrome.en.author-role"),
    (Category.SITE_CHROME, "Article by", "site_chrome.en.menu-label"),
    (
        Category.SITE_CHROME,
        "Podcast: Play in new window | Download (Duration: 13:55 — 9.6MB) | Embed",
        "site_chrome.en.podcast-player",
    ),
    (Category.SITE_CHROME, "Please set an alt value for this image...", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "Youtube Placeholder", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "Tide Charts Explorer (What is the Explorer?)", "site_chrome.en.explainer-link"),
    (Category.PUBLISHER, "Help us spread the word about this podcast!", "publisher.en.show-promo"),
    (
        Category.SITE_CHROME,
        "You are now leaving our website. The linked site is run by a third party with its own terms.",
        "site_chrome.en.exit-notice",
    ),
    (
        Category.SITE_CHROME,
        "This file is in portable document format (PDF). Most readers are a free download.",
        "site_chrome.en.exit-notice",
    ),
    (
        Category.SITE_CHROME,
        "To view these files, you will need the free Adobe Acrobat Reader.",
        "site_chrome.en.exit-notice",
    ),
    (
        Category.PUBLISHER,
        "Tell two friends about the show. If you enjoyed the episode, please rate it and share it.",
        "publisher.en.show-promo",
    ),
    (Category.PUBLISHER, "Please leave us a five-star review on Apple Podcasts.", "publisher.en.show-promo"),
    (
        Category.SITE_CHROME,
        "Harbour Watch Alerts (What are Harbour Alerts?)",
        "site_chrome.en.explainer-link",
    ),
    (Category.SITE_CHROME, "author image", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "Anna Berg's image", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "• icon", "site_chrome.any.image-placeholder"),
    (Category.SITE_CHROME, "Listen to this article in summarized format", "site_chrome.en.reading-time"),
    (Category.SITE_CHROME, "Proudly powered by WordPress", "site_chrome.en.platform-footer"),
    (Category.SITE_CHROME, "Published with Ghost", "site_chrome.en.platform-footer"),
    (Category.SITE_CHROME, "Go back home", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Contact us today!", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Schedule a free strategy call", "site_chrome.en.cta-button"),
    (Category.ADVERTISEMENT, "Check price on Amazon", "advertisement.en.label"),
    (Category.ADVERTISEMENT, "Sponsor message", "advertisement.en.label"),
    (Category.PUBLISHER, "Help keep The Harbour Review free and independent", "publisher.en.support"),
    (Category.PUBLISHER, "Fund this blog", "publisher.en.creator-support"),
    (Category.NEWSLETTER, "Join my newsletter", "newsletter.en.label"),
    (Category.NEWSLETTER, "Be the first to hear about new workshops.", "newsletter.en.first-to-know"),
    (Category.SOCIAL, "Share this on:", "social.en.label"),
]
NEGATIVES += [
    (Category.SITE_CHROME, "Fact-checked by the paper's research desk, the claims did not hold up."),
    (Category.SITE_CHROME, "The site was built with WordPress and hosted on a server in the basement."),
    (Category.ADVERTISEMENT, "Shoppers can buy on Amazon or at the store, the company said."),
    (Category.PUBLISHER, "Volunteers help keep the shelter free and open to anyone who needs a bed."),
    (Category.NEWSLETTER, "Be the first to arrive at the auction if you want a seat, the organisers said."),
    (Category.SITE_CHROME, "Go back home, the officer told the crowd gathered outside the stadium."),
]
# A blog's copyright and post links, a partner label, a sign-up's thanks.
POSITIVES += [
    (Category.PUBLISHER, "Copyright Anna Berg 2014-2025. CC BY-SA 4.0.", "publisher.any.copyright-year"),
    (Category.SITE_CHROME, "Newer post: Why our builds got slower", "site_chrome.en.post-nav"),
    (Category.SITE_CHROME, "Previous entry »", "site_chrome.en.post-nav"),
    (Category.SITE_CHROME, "Random post · Newer post →", "site_chrome.en.post-nav"),
    (Category.ADVERTISEMENT, "In partnership with", "advertisement.en.label"),
    (Category.NEWSLETTER, "Please check your inbox for your welcome email.", "newsletter.en.confirmation"),
]
NEGATIVES += [
    (Category.PUBLISHER, "Copyright Office staff registered 1200 claims in 2020."),
    (Category.SITE_CHROME, "Next post the team will cover the budget vote in more detail."),
    (Category.ADVERTISEMENT, "In partnership with the city, the group built 40 homes."),
]
# A broadcaster's transcript note, a branded story's credit, a feedback widget.
POSITIVES += [
    (
        Category.PUBLISHER,
        "Accuracy and availability of KQED transcripts may vary. Transcript text may be revised.",
        "publisher.en.transcript-notice",
    ),
    (
        Category.PUBLISHER,
        "This is a rush transcript. Copy may not be in its final form.",
        "publisher.en.transcript-notice",
    ),
    (
        Category.PUBLISHER,
        "This post was created in partnership with Harbour Bakery by our branded content studio.",
        "publisher.en.produced-by",
    ),
    (Category.SITE_CHROME, "Was this page helpful? Yes No", "site_chrome.en.feedback"),
]
NEGATIVES += [
    (Category.PUBLISHER, "The transcript of the hearing was released on Friday and runs to 300 pages."),
    (Category.PUBLISHER, "The post was created in 1998 to coordinate the relief effort, officials said."),
    (Category.SITE_CHROME, "Was the strike helpful to the workers? Most said it was not."),
]
# A post-rating widget and a few more widget labels.
POSITIVES += [
    (Category.SITE_CHROME, "How helpful was this article?", "site_chrome.en.rating-widget"),
    (
        Category.SITE_CHROME,
        "No votes so far! Be the first to rate this article.",
        "site_chrome.en.rating-widget",
    ),
    (Category.SITE_CHROME, "Average rating 4.2 / 5. Vote count: 37", "site_chrome.en.rating-widget"),
    (Category.SITE_CHROME, "Date Last Reviewed:", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "New Call-to-action", "site_chrome.en.widget-label"),
]
# The same widget in German, French, Spanish, Portuguese and Italian.
POSITIVES += [
    (Category.SITE_CHROME, "Bewerten Sie diesen Artikel!", "site_chrome.de.rating-widget"),
    (Category.SITE_CHROME, "Notez cet article", "site_chrome.fr.rating-widget"),
    (Category.SITE_CHROME, "Actualmente puntuada con 4 estrella(s) sobre 5", "site_chrome.es.rating-widget"),
    (Category.SITE_CHROME, "* Puntúalo 2 estrellas", "site_chrome.es.rating-widget"),
    (Category.SITE_CHROME, "Avalie esta notícia", "site_chrome.pt.rating-widget"),
    (Category.SITE_CHROME, "Vota con 5 stelle", "site_chrome.it.rating-widget"),
]
NEGATIVES += [
    (Category.SITE_CHROME, "Das Hotel wurde von den Gästen mit 4 Sternen bewertet, heißt es im Bericht."),
    (Category.PUBLISHER, "Trotz sorgfältiger Kontrolle der Anlage kam es zu einem Leck, so der Betreiber."),
    (Category.ADVERTISEMENT, "Für den Vertrag zahlt der Händler eine Provision, so das Gericht."),
    (Category.SITE_CHROME, "El restaurante fue puntuado con 3 estrellas por la guía, según el jurado."),
    (Category.SITE_CHROME, "Valora esta noticia el ministro, que la calificó de histórica el lunes pasado."),
]
NEGATIVES += [
    (Category.SITE_CHROME, "How useful was this vaccine in the trials, the panel asked."),
    (Category.SITE_CHROME, "The average rating of 4.2 out of 5 came from 37 votes, the survey found."),
]
# Disclaimers, comment widgets, shop and share buttons, a blog theme's post footer, contact prompts.
POSITIVES += [
    (Category.SITE_CHROME, "Rate this post!", "site_chrome.en.rating-widget"),
    (
        Category.PUBLISHER,
        "The views expressed by the contributors of this blog are their own.",
        "publisher.en.disclaimer",
    ),
    (
        Category.PUBLISHER,
        "The views expressed on harbour-review.org are not necessarily those of its board.",
        "publisher.en.disclaimer",
    ),
    (Category.COMMENTS, "Comment on this story", "comments.en.widget"),
    (
        Category.COMMENTS,
        "The Harbour Review moderates comments to ensure a civil debate.",
        "comments.en.form",
    ),
    (Category.ADVERTISEMENT, "Order this book from Kobo", "advertisement.en.label"),
    (Category.ADVERTISEMENT, "Brought to you by", "advertisement.en.label"),
    (
        Category.NEWSLETTER,
        "Join over 9,000 energy professionals in receiving our free weekly newsletter",
        "newsletter.en.free-posts",
    ),
    (Category.SOCIAL, "facebook icon twitter icon email icon", "social.en.logos"),
    (Category.SOCIAL, "Share this with your network:", "social.en.logos"),
    (Category.SITE_CHROME, "Posted in Travel, Food Tagged Lisbon, Porto", "site_chrome.en.posted-in"),
    (Category.SITE_CHROME, "Book a call now", "site_chrome.en.cta-button"),
    (
        Category.SITE_CHROME,
        "Fill out the form and our team will contact you within 48 hours.",
        "site_chrome.en.contact-reply",
    ),
]
NEGATIVES += [
    (Category.PUBLISHER, "The opinions expressed by the panel are not necessarily shared by the ministry."),
    (Category.SITE_CHROME, "Posted in Kabul since 2019, the diplomat said the talks had stalled."),
    (Category.ADVERTISEMENT, "The book is available at Amazon and in most bookstores, the publisher said."),
    (Category.SOCIAL, "The twitter logo was replaced by an X in July 2023, the company said."),
]
# Page labels, logos' image texts, a code-sharing site's chrome, a preprint server's thanks.
POSITIVES += [
    (Category.SITE_CHROME, "You are reading:", "site_chrome.en.widget-label"),
    (Category.SITE_CHROME, "Start typing to search", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Harbour Review logo", "site_chrome.en.logo"),
    (Category.SITE_CHROME, "Instantly share code, notes, and snippets.", "site_chrome.en.gist"),
    (Category.SITE_CHROME, "Last active March 3, 2025 09:14", "site_chrome.en.gist"),
    (
        Category.PUBLISHER,
        "We gratefully acknowledge support from the Harbour Foundation and all contributors.",
        "publisher.en.support",
    ),
]
NEGATIVES += [
    (Category.SITE_CHROME, "The new logo"),
    (
        Category.PUBLISHER,
        "We gratefully acknowledge the support of the families who spoke to us for this story.",
    ),
]
# Blog platform footers as WordPress themes print them in other languages.
POSITIVES += [
    (Category.SITE_CHROME, "Stolz präsentiert von WordPress", "site_chrome.de.platform-footer"),
    (Category.SITE_CHROME, "Fièrement propulsé par WordPress", "site_chrome.fr.platform-footer"),
    (Category.SITE_CHROME, "Funciona gracias a WordPress", "site_chrome.es.platform-footer"),
    (Category.SITE_CHROME, "Orgulhosamente mantido com WordPress", "site_chrome.pt.platform-footer"),
    (Category.SITE_CHROME, "Orgogliosamente powered by WordPress", "site_chrome.it.platform-footer"),
]
NEGATIVES += [
    (Category.SITE_CHROME, "Le site est propulsé par WordPress depuis 2010, a précisé le développeur."),
    (Category.SITE_CHROME, "La web funciona gracias a WordPress desde 2010, explicó el desarrollador."),
]
# Episode links, a skip link, a collapsed box's buttons, a form's button, a feedback widget's thanks.
POSITIVES += [
    (Category.SITE_CHROME, "Next Episode", "site_chrome.en.post-nav"),
    (Category.SITE_CHROME, "Skip to table of contents", "site_chrome.en.skip-link"),
    (Category.SITE_CHROME, "Show More Show Less", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Submit Form", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Rights & Permissions", "site_chrome.en.menu-label"),
    (Category.SITE_CHROME, "Thank you for your feedback!", "site_chrome.en.feedback"),
    (Category.PUBLISHER, "Please consider supporting us.", "publisher.en.support"),
]
NEGATIVES += [
    (Category.SITE_CHROME, "Submit your application by Friday, the council said."),
    (Category.PUBLISHER, "Please consider supporting the food bank, the mayor told residents."),
]
NEGATIVES += [
    (Category.SITE_CHROME, "Media playback of the debate was unsupported on older phones, users said."),
    (Category.SITE_CHROME, "Read later chapters of the report for the council's reply."),
    (Category.SITE_CHROME, "Register now, the council urged voters, because the deadline is Friday."),
    (Category.PUBLISHER, "The report was produced by the ministry's statistics office in March."),
    (Category.PUBLISHER, "The documentary was produced in partnership with the national broadcaster."),
    (Category.PUBLISHER, "Residents can contact the county clerk's office at 555-123-4567 for a permit."),
    (Category.PUBLISHER, "Neighbours pitching in to rebuild the barn worked through the weekend."),
    (Category.PUBLISHER, "Farmers contributed to this report's survey of rents, the ministry said."),
    # moderation rules an article reports
    (Category.COMMENTS, "The company said comments reflect the views of their authors, not of the paper."),
    (
        Category.COMMENTS,
        "Meta said on Tuesday it reserves the right to remove comments that break its rules.",
    ),
    (Category.COMMENTS, "The court ruled that the comments were the responsibility of the platform."),
]

# A comment section's house rules, printed over the readers' comments.
POSITIVES += [
    (
        Category.COMMENTS,
        "Comments are the opinions of their authors and not of Harbour News.",
        "comments.en.house-rules",
    ),
    (
        Category.COMMENTS,
        "The views expressed in the comments do not necessarily reflect the views of the publisher.",
        "comments.en.house-rules",
    ),
    (Category.COMMENTS, "We reserve the right to delete any comment.", "comments.en.house-rules"),
    (
        Category.COMMENTS,
        "- El contenido de los comentarios es la opinión de los usuarios y no de este diario.",
        "comments.es.house-rules",
    ),
    (
        Category.COMMENTS,
        "No está permitido verter comentarios injuriantes o ilícitos.",
        "comments.es.house-rules",
    ),
    (
        Category.COMMENTS,
        "Os comentários são de inteira responsabilidade de seus autores.",
        "comments.pt.house-rules",
    ),
    (
        Category.COMMENTS,
        "Les commentaires sont publiés sous la seule responsabilité de leurs auteurs.",
        "comments.fr.house-rules",
    ),
    (Category.COMMENTS, "Die Kommentare geben die Meinung der Verfasser wieder.", "comments.de.house-rules"),
    (Category.COMMENTS, "I commenti riflettono le opinioni degli utenti.", "comments.it.house-rules"),
    (Category.COMMENTS, "التعليقات المنشورة لا تعبر عن رأي الموقع.", "comments.ar.house-rules"),
    (
        Category.COMMENTS,
        "الآراء الواردة أدناه لا تعبر بالضرورة عن رأي الصحيفة، بل عن وجهات نظر أصحابها.",
        "comments.ar.house-rules",
    ),
    (Category.COMMENTS, "يحتفظ الموقع بحق حذف أي تعليق مسيء.", "comments.ar.house-rules"),
    (
        Category.COMMENTS,
        (
            "نرحب بتعليقاتكم ونقاشاتكم المفيدة، ولكي لا نضطر إلى مراجعة "
            "التعليقات قبل نشرها نرجو منكم الالتزام بآداب الحوار وعدم "
            "الإساءة إلى أي شخص أو جهة، والابتعاد عن الألفاظ النابية "
            "والتعليقات الخارجة عن موضوع الخبر، علماً بأن التعليقات "
            "المخالفة ستحذف فوراً ودون إشعار مسبق من إدارة الموقع التي "
            "تحتفظ بحقها في ذلك كاملاً."
        ),
        "comments.ar.house-rules",
    ),
    # a comment button alone on its line
    (Category.COMMENTS, "Comentar", "comments.es.widget"),
    (Category.COMMENTS, "Commenter", "comments.fr.widget"),
    (Category.COMMENTS, "Comente", "comments.pt.widget"),
    # an advertisement's label alone on its line, in languages with few rules of their own
    (Category.ADVERTISEMENT, "Advertentie", "advertisement.nl.label"),
    (Category.ADVERTISEMENT, "REKLAMA", "advertisement.pl.label"),
    (Category.ADVERTISEMENT, "Reklam", "advertisement.tr.label"),
    (Category.ADVERTISEMENT, "Konten Bersponsor", "advertisement.id.label"),
    (Category.ADVERTISEMENT, "Quảng cáo", "advertisement.vi.label"),
    (Category.ADVERTISEMENT, "スポンサーリンク", "advertisement.ja.label"),
    (Category.ADVERTISEMENT, "广告", "advertisement.zh.label"),
    (Category.ADVERTISEMENT, "광고", "advertisement.ko.label"),
    (Category.ADVERTISEMENT, "Annons", "advertisement.sv.label"),
    (Category.ADVERTISEMENT, "Kaupallinen yhteistyö", "advertisement.fi.label"),
    (Category.ADVERTISEMENT, "Hirdetés", "advertisement.hu.label"),
    (Category.ADVERTISEMENT, "Διαφήμιση", "advertisement.el.label"),
    # a share or follow button's label alone on its line
    (Category.SOCIAL, "Deel dit artikel", "social.nl.label"),
    (Category.SOCIAL, "Udostępnij", "social.pl.label"),
    (Category.SOCIAL, "Bizi takip edin", "social.tr.label"),
    (Category.SOCIAL, "Chia sẻ bài viết", "social.vi.label"),
    (Category.SOCIAL, "Поділитися", "social.uk.label"),
    (Category.SOCIAL, "Sledujte nás", "social.cs.label"),
    (Category.SOCIAL, "Κοινοποίηση", "social.el.label"),
    (Category.SOCIAL, "공유하기", "social.ko.label"),
    # what a comment may not hold, and what becomes of it
    (
        Category.COMMENTS,
        "Comments containing personal attacks will not be published.",
        "comments.en.house-rules",
    ),
    (
        Category.COMMENTS,
        "Comentarios con lenguaje ofensivo no serán publicados.",
        "comments.es.house-rules",
    ),
    (
        Category.COMMENTS,
        "AVISO: Comentários que desrespeitem outros leitores não serão aprovados.",
        "comments.pt.house-rules",
    ),
    (
        Category.COMMENTS,
        "Les commentaires contenant des insultes seront supprimés.",
        "comments.fr.house-rules",
    ),
    (
        Category.COMMENTS,
        "Kommentare mit Beleidigungen werden nicht freigeschaltet.",
        "comments.de.house-rules",
    ),
    (
        Category.COMMENTS,
        "Commenti con insulti verranno rimossi.",
        "comments.it.house-rules",
    ),
]


def assert_removed_with_rule(category: Category, line: str, rule_prefix: str) -> None:
    """``line`` above an article goes alone, by a rule of ``rule_prefix`` in ``category``."""
    verdicts = judge(PhraseCleaner(category), f"{line}\n\n{BODY}")
    assert [v.indices for v in verdicts] == [(0,)]
    rule = verdicts[0].rule
    assert rule is not None
    assert rule.startswith(rule_prefix)
    assert f"rule {rule}" in verdicts[0].reason


def assert_kept_by_every_phrase_cleaner(sentence: str, label: object) -> None:
    """No phrase cleaner fires on an article that ends with ``sentence``."""
    text = f"{BODY}\n{sentence}\n"
    fired = {c.name: [v.rule for v in judge(c, text)] for c in phrase_cleaners()}
    assert fired == {c.name: [] for c in phrase_cleaners()}, label


def assert_heading_goes_with_signup(heading: str, signup: str) -> None:
    """A newsletter heading goes with the sign-up line right below it, as one removal."""
    verdicts = judge(PhraseCleaner(Category.NEWSLETTER), f"{BODY}\n{heading}\n\n{signup}\n")
    assert [v.indices for v in verdicts] == [(3, 4)]
    assert "heading above it" in verdicts[0].reason


@pytest.mark.parametrize(("category", "line", "rule_prefix"), POSITIVES)
def test_junk_line_is_removed_with_its_rule(category: Category, line: str, rule_prefix: str) -> None:
    assert_removed_with_rule(category, line, rule_prefix)


@pytest.mark.parametrize(("topic", "sentence"), NEGATIVES)
def test_article_sentence_is_kept_by_every_phrase_cleaner(topic: Category, sentence: str) -> None:
    assert_kept_by_every_phrase_cleaner(sentence, topic)


@pytest.mark.parametrize(
    ("heading", "signup"),
    [
        ("The Weekend Read newsletter", "Sign up to receive our best long reads every Saturday morning."),
        ("Newsletter: Business Today", "Get our business briefing in your inbox every weekday."),
        ("Der Wirtschafts-Newsletter", "Melden Sie sich jetzt zum Newsletter an."),
        (
            "La lettre d'information Planète",
            "Recevez chaque semaine l'essentiel de l'actualité climat dans votre boîte mail.",
        ),
        ("خبرنامه هفتگی", "ایمیل خود را وارد کنید"),
    ],
)
def test_newsletter_heading_goes_with_the_signup_line_below_it(heading: str, signup: str) -> None:
    assert_heading_goes_with_signup(heading, signup)


def test_bare_newsletter_label_is_removed_on_its_own() -> None:
    verdicts = judge(
        PhraseCleaner(Category.NEWSLETTER),
        f"{BODY}\nNewsletter\n\nSubscribe to our free climate newsletter.\n",
    )
    assert [(v.indices, v.rule) for v in verdicts] == [
        ((3,), "newsletter.en.label"),
        ((4,), "newsletter.en.sign-up-start"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A newsletter-like heading with no sign-up line below it is an ordinary subheading.
        f"The newsletter wars\n\n{BODY}",
        # A heading above prose, not above a sign-up line, stays.
        f"{BODY}\nInside the newsletter business\n\nThe council meets again in May to review the costs.\n",
    ],
)
def test_newsletter_heading_alone_stays(text: str) -> None:
    assert judge(PhraseCleaner(Category.NEWSLETTER), text) == []


def test_verdict_names_rule_language_and_category_in_reason() -> None:
    (verdict,) = judge(PhraseCleaner(Category.PAYWALL), f"{BODY}\nLog in to comment\n")
    assert verdict.rule == "paywall.en.comment-account"
    assert verdict.language == "en"
    assert verdict.reason == (
        "Matches paywall rule paywall.en.comment-account: a prompt to sign in or subscribe."
    )


def test_language_neutral_rule_records_no_language() -> None:
    (verdict,) = judge(PhraseCleaner(Category.SOCIAL), f"{BODY}\nFacebook | Twitter | Telegram\n")
    assert verdict.rule == "social.any.button-row"
    assert verdict.language is None


def test_segments_removed_earlier_are_not_judged_again() -> None:
    doc = doc_of(f"Advertisement\n\n{BODY}")
    assert PhraseCleaner(Category.ADVERTISEMENT).judge(doc, {0: Category.SITE_CHROME}) == []


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        ((), ["advertisement.en.label", "advertisement.de.label", "advertisement.any.ad-marking"]),
        (("en",), ["advertisement.en.label", "advertisement.any.ad-marking"]),
        (("de", "fr"), ["advertisement.de.label", "advertisement.any.ad-marking"]),
    ],
)
def test_rule_languages_restrict_the_rules_that_apply(
    languages: tuple[str, ...], expected: list[str]
) -> None:
    text = f"Advertisement\n\n{BODY}\nAnzeige\n\nerid: 2VtzqwXYZ12\n"
    verdicts = judge(PhraseCleaner(Category.ADVERTISEMENT), text, Config(rule_languages=languages))
    assert [v.rule for v in verdicts] == expected


def test_cleaners_are_guarded_uniquely_named_and_cover_their_categories() -> None:
    cleaners = phrase_cleaners()
    assert all(c.guarded for c in cleaners)
    assert len({c.name for c in cleaners}) == len(cleaners)
    # One phrase cleaner per rule table (test_rules checks which tables exist).
    assert {c.category for c in cleaners} == {Category(name) for name in rule_categories()}
    assert cleaners[-1].name == "site_chrome"


ARTICLE = """Skip to main content
Menu
Home › Science › Climate

Reading time: 4 minutes

Glaciers in the northern range lost a fifth of their ice in a decade, a new survey has found.

The researchers compared satellite images from 2013 and 2023 with measurements taken on the ground.

Advertisement

"We expected losses, but not at this speed," said the lead author, who has studied it since 2001.

The survey's newsletter, first sent to members in 1990, will publish the full data set in June.

Share this article
Facebook Twitter WhatsApp

Climate Weekly newsletter

Sign up for our climate newsletter to get the week's key stories in your inbox.

Comments (3)
Log in to comment

© 2025 Northern Range Media Ltd. All rights reserved.
We use cookies to improve your experience on our site.
"""

NEWSLETTER_BLOCK = "\n".join(
    (
        "Climate Weekly newsletter",
        "Sign up for our climate newsletter to get the week's key stories in your inbox.",
    )
)
ARTICLE_BODY = (
    "Glaciers in the northern range lost a fifth of their ice in a decade, a new survey has found.",
    "The researchers compared satellite images from 2013 and 2023 with measurements taken on the ground.",
    '"We expected losses, but not at this speed," said the lead author, who has studied it since 2001.',
    "The survey's newsletter, first sent to members in 1990, will publish the full data set in June.",
)


def test_pipeline_end_to_end_keeps_the_article_and_records_each_removal() -> None:
    result = Pipeline(cleaners=[*phrase_cleaners(), SafetyGuard(), ContextRule()]).clean_text(ARTICLE)
    assert result.paragraphs == ARTICLE_BODY
    assert result.stats.guarded == ()
    by_text = {r.text: r.category for r in result.removed}
    assert by_text == {
        "Skip to main content": "site_chrome",
        "Menu": "site_chrome",
        "Home › Science › Climate": "site_chrome",
        "Reading time: 4 minutes": "site_chrome",
        "Advertisement": "advertisement",
        "Share this article": "social",
        "Facebook Twitter WhatsApp": "social",
        NEWSLETTER_BLOCK: "newsletter",
        "Comments (3)": "comments",
        "Log in to comment": "paywall",
        "© 2025 Northern Range Media Ltd. All rights reserved.": "publisher",
        "We use cookies to improve your experience on our site.": "cookie",
    }
    assert all(r.cleaner == r.category for r in result.removed)
    assert all(r.reason.startswith(f"Matches {r.category} rule {r.category}.") for r in result.removed)


def test_pipeline_output_is_deterministic() -> None:
    first = Pipeline(cleaners=[*phrase_cleaners(), SafetyGuard(), ContextRule()]).clean_text(ARTICLE)
    again = Pipeline(cleaners=[*phrase_cleaners(), SafetyGuard(), ContextRule()]).clean_text(ARTICLE)
    assert first.to_dict() == again.to_dict()


@pytest.fixture(scope="module")
def fixture_segments() -> list[str]:
    import gzip
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for path in sorted(root.glob("renderings/inscriptis/*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts.append(fh.read())
    return [seg.text for text in texts for seg in segment_text(text)]


@pytest.mark.parametrize("languages", [(), ("en",), ("de", "fa")])
def test_table_prefilter_never_hides_a_match(languages: tuple[str, ...], fixture_segments: list[str]) -> None:
    names = tuple(c.category.value for c in phrase_cleaners())
    index = rule_index(names, languages)
    tables = {name: rule_table(name, languages) for name in names}
    matched = 0
    for text in fixture_segments:
        prepared = prepare(text)
        found = index.first_rules(text)
        for name, table in tables.items():
            rule = every_bucket(table, prepared)
            assert table.match(text) == rule, (name, text)
            assert found.get(name) == rule, (name, text)
            matched += rule is not None
    assert matched > 20  # the check saw real matches, not only misses


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank said its app, which sends alerts straight to your inbox, had two million users.",
        "According to the charity, thank you for subscribing was the most-read email it sent all year.",
        "Der Verlag sagte, man könne sich kostenlos für den Newsletter anmelden, um Rabatte zu erhalten.",
        "Według regulatora ta strona używa plików cookies bez zgody użytkowników.",
        "Regulatorul a declarat că acest site folosește cookie-uri fără acordul utilizatorilor.",
        "ಈ ವೆಬ್‌ಸೈಟ್ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ ಎಂದು ಬಳಕೆದಾರರು ದೂರಿದ್ದಾರೆ.",  # Kannada: a quotative
        "Volgens de toezichthouder gebruikt deze website cookies zonder toestemming van bezoekers.",
        "Ráðherrann sagði að þessi vefur notar vafrakökur án samþykkis notenda.",
        "Dywedodd y rheoleiddiwr fod mae'r wefan hon yn defnyddio cwcis heb ganiatâd defnyddwyr.",
        "Реттеушінің сөзінше, сайт cookie файлдарын пайдаланады, бірақ келісім сұрамайды.",
        "მარეგულირებლის თქმით, საიტი იყენებს ქუქი-ფაილებს მომხმარებლების თანხმობის გარეშე.",
        "Կարգավորողի խոսքով՝ կայքը օգտագործում է թխուկներ առանց օգտատերերի համաձայնության։",
        "Rregullatori tha se kjo faqe përdor cookies pa pëlqimin e përdoruesve.",
        "ਰੈਗੂਲੇਟਰ ਨੇ ਕਿਹਾ ਕਿ ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ ਪਰ ਉਪਭੋਗਤਾਵਾਂ ਦੀ ਸਹਿਮਤੀ ਨਹੀਂ ਲੈਂਦੀ।",
    ],
)
def test_a_sentence_that_reports_a_prompt_is_not_one(sentence: str) -> None:
    text = "\n\n".join([*ARTICLE_BODY[:2], sentence, *ARTICLE_BODY[2:]])
    result = Pipeline().clean_text(text)
    assert sentence in result.paragraphs
    assert all(sentence not in r.text for r in result.removed)


def test_the_same_prompt_without_an_attribution_still_goes() -> None:
    prompt = "Get the best stories delivered straight to your inbox every morning."
    result = Pipeline().clean_text("\n\n".join([*ARTICLE_BODY, prompt]))
    assert [r.category for r in result.removed if r.text == prompt] == ["newsletter"]


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        ("Readers who saw the spill can send photographs to the newsroom at:", True),
        ("Contact:", False),  # a label, not a sentence of the article
        ("Readers who saw the spill can send photographs to the newsroom.", False),
    ],
)
def test_an_address_a_sentence_introduces_with_a_colon_stays(above: str, kept: bool) -> None:
    address = "harbour.tips@example.org"
    result = Pipeline().clean_text("\n\n".join([*ARTICLE_BODY, above, address]))
    assert (address in result.paragraphs) is kept
    assert (address in [r.text for r in result.removed]) is not kept


# Japanese, Chinese and Korean prompts and notices, each with a sentence of its own that stays.
POSITIVES_CJK: list[tuple[Category, str, str]] = [
    (Category.PAYWALL, "この記事は有料会員限定です。", "paywall.ja.members-only"),
    (Category.PAYWALL, "電子版に登録すると続きをお読みいただけます。", "paywall.ja.members-only"),
    (Category.PAYWALL, "＞ 新規会員登録", "paywall.ja.account-label"),
    (Category.PAYWALL, "ログイン", "paywall.ja.account-label"),
    (Category.PAYWALL, "登录后查看全文", "paywall.zh.login-to-read"),
    (Category.PAYWALL, "로그인 후 이용 가능합니다.", "paywall.ko.members-only"),
    (Category.SITE_CHROME, "2024-01-05 08:15:30 来源： 新华网", "site_chrome.zh.source-date"),
    (Category.SITE_CHROME, "字体：大 中 小", "site_chrome.zh.page-tools"),
    (
        Category.SITE_CHROME,
        "기사입력 2024-01-05 08:15:30 기사수정 2024-01-05 09:02:11",
        "site_chrome.ko.post-date",
    ),
    (Category.SITE_CHROME, "입력 : 2024.01.05 08:15 | 수정 : 2024.01.05 09:02", "site_chrome.ko.post-date"),
    (Category.SITE_CHROME, "폰트 뉴스듣기", "site_chrome.ko.page-tools"),
    (
        Category.PUBLISHER,
        "모든 콘텐츠를 블로그 등에서 무단 사용하는 것은 저작권법에 저촉되며, 법적 제재를 받을 수 있습니다.",
        "publisher.ko.reproduction",
    ),
    (Category.PUBLISHER, "記事・写真の無断転載を禁じます。", "publisher.ja.reproduction"),
    (Category.PUBLISHER, "版权所有，未经授权不得转载。", "publisher.zh.reproduction"),
    (Category.PUBLISHER, "（责任编辑：李明）", "publisher.zh.editor"),
    (
        Category.PUBLISHER,
        "Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für externe Links.",
        "publisher.de.disclaimer",
    ),
    (
        Category.ADVERTISEMENT,
        "Für Links auf dieser Seite zahlt der Händler ggf. eine Provision.",
        "advertisement.de.notice",
    ),
    (Category.NEWSLETTER, "Ich akzeptiere die Datenschutzbestimmungen.", "newsletter.de.consent"),
    (Category.PUBLISHER, "【纠错】 【责任编辑:王芳 】", "publisher.zh.editor"),
    (Category.PUBLISHER, "<저작권자 ⓒ 한국일보, 무단 전재 및 재배포 금지>", "publisher.ko.reproduction"),
    (Category.SOCIAL, "この記事をシェアする", "social.ja.share"),
    (Category.SOCIAL, "保存 共有 その他", "social.ja.share"),
    (Category.SOCIAL, "このニュースをシェア", "social.ja.share"),
    (Category.SOCIAL, "このエントリーをはてなブックマークに追加", "social.ja.share"),
    (Category.SOCIAL, "分享到：微博 微信", "social.zh.share"),
    (Category.SOCIAL, "扫一扫，分享到微信", "social.zh.share"),
    (Category.COMMENTS, "发表评论", "comments.zh.widget"),
    (Category.COMMENTS, "コメント（3）", "comments.ja.widget"),
    (Category.COMMENTS, "댓글 쓰기", "comments.ko.widget"),
]
POSITIVES += POSITIVES_CJK

NEGATIVES += [
    (Category.PAYWALL, "市は会員登録の手続きを簡単にすると発表した。"),
    (Category.PAYWALL, "登录系统在周一晚上出现故障，数千名用户受到影响。"),
    (Category.PUBLISHER, "出版社は写真の無断転載について裁判所に訴えた。"),
    (Category.PUBLISHER, "该公司表示，版权问题将在下个月的会议上讨论。"),
    (Category.SOCIAL, "分享经济的未来"),
    # a sentence that gives a day and a time, or an age
    (Category.SITE_CHROME, "Hij verhuisde 5 jaar geleden naar Amsterdam om daar te studeren."),
    (Category.SITE_CHROME, "3년 전 그는 서울로 이사했다."),
    (Category.SITE_CHROME, "Today at 5:30 the council meets to vote on the harbour budget."),
    # a count in a sentence, and a page named in one
    (Category.SOCIAL, "La película fue vista 3.000 veces en su primera semana."),
    (Category.SITE_CHROME, "詳しくは次のページで説明する。"),
    # a keyboard shortcut in a tutorial, even in the editor
    (Category.SITE_CHROME, "Press Ctrl+Enter to run the cell and print the result."),
    (Category.SITE_CHROME, "В редакторе нажмите Ctrl+Enter, чтобы выполнить запрос."),
    # an opinion the article reports, and a ruling on comments it reports
    (Category.COMMENTS, "وقال الوزير إن الآراء الواردة في التقرير لا تعبر عن رأي الحكومة."),
    (Category.COMMENTS, "Le juge a refusé de commenter la décision du tribunal administratif."),
    (Category.SOCIAL, "このニュースをシェアした人は千人を超えた。"),
    (Category.SOCIAL, "彼は友人と喜びを共有した。"),
    (Category.COMMENTS, "市长拒绝对此事发表评论。"),
    (Category.COMMENTS, "주민들은 시의 계획에 대해 댓글로 의견을 남겼다고 밝혔다."),
]


# Chinese portal furniture: comment toolbars and house rules, disclaimers, page buttons, footers,
# datelines, share rows and a WeChat account's calls; with sentences of news that use the same words.
POSITIVES += [
    (Category.COMMENTS, "回复 踩 2 赞 31 收藏", "comments.zh.toolbar"),
    (Category.COMMENTS, "昨天 21:05 举报 赞 9 回复", "comments.zh.toolbar"),
    (Category.COMMENTS, "查看全部回复 举报", "comments.zh.toolbar"),
    (Category.COMMENTS, "暂时没有评论，快来抢沙发", "comments.zh.toolbar"),
    (Category.COMMENTS, "评论仅代表网友个人观点，不代表本站立场。", "comments.zh.house-rules"),
    (Category.COMMENTS, "用户留言仅供其表达个人意见，并不代表本网观点。", "comments.zh.house-rules"),
    (Category.PUBLISHER, "免责声明：本文内容来自网络，如有侵权请联系删除。", "publisher.zh.disclaimer"),
    (Category.PUBLISHER, "本文仅代表作者本人观点，不代表本报立场。", "publisher.zh.views-notice"),
    (Category.PUBLISHER, "以上内容为用户上传，本平台仅提供信息存储服务。", "publisher.zh.views-notice"),
    (Category.SITE_CHROME, "返回顶部", "site_chrome.zh.buttons"),
    (Category.SITE_CHROME, "缩小字体 放大字体 | 打印 | 关闭", "site_chrome.zh.buttons"),
    (Category.SITE_CHROME, "点击加载更多", "site_chrome.zh.buttons"),
    (
        Category.SITE_CHROME,
        "关于本站 联系我们 隐私政策 网站地图 © 2024 示例网",
        "site_chrome.zh.footer-links",
    ),
    (Category.SITE_CHROME, "沪ICP备10000000号-2 沪公网安备31010000000000号", "site_chrome.zh.licence"),
    (Category.SITE_CHROME, "不良信息举报电话：021-00000000", "site_chrome.zh.licence"),
    (Category.SITE_CHROME, "发布时间：2024-05-18 来源：市科协", "site_chrome.zh.post-date"),
    (Category.SITE_CHROME, "日期：2023年3月2日 | 浏览量：120", "site_chrome.zh.post-date"),
    (Category.SITE_CHROME, "凤凰网首页 > 财经 > 正文", "site_chrome.any.breadcrumb"),
    (Category.SOCIAL, "微博 | 微信 | QQ空间 | 豆瓣", "social.zh.platforms"),
    (Category.SOCIAL, "点击上方蓝字关注我们", "social.zh.wechat"),
    (Category.SOCIAL, "长按识别二维码，获取更多资讯", "social.zh.wechat"),
    (Category.SOCIAL, "3、回复【天气】查看本周预报", "social.zh.wechat-menu"),
    (Category.PUBLISHER, "本文仅代表作者个人观点。", "publisher.zh.views-notice"),
    (Category.SOCIAL, "朋友圈", "social.zh.platforms"),
    (Category.SITE_CHROME, "下一篇：暴雨过后 城区积水基本排净", "site_chrome.zh.post-nav"),
    (Category.SITE_CHROME, "上一篇 : 没有了", "site_chrome.zh.post-nav"),
    (Category.SITE_CHROME, "您的位置：首页 > 本地新闻", "site_chrome.zh.location"),
    (Category.SITE_CHROME, "2024-03-01 08:15:00 来源: 南方日报 举报", "site_chrome.zh.source-date"),
    (Category.SITE_CHROME, "A+ A-", "site_chrome.any.type-size"),
    (Category.SITE_CHROME, "正在加载…", "site_chrome.zh.buttons"),
    (Category.SITE_CHROME, "新闻 > 国内 > 正文", "site_chrome.zh.crumbs"),
    (Category.COMMENTS, "跟贴 5 参与 120", "comments.zh.toolbar"),
    (Category.COMMENTS, "写评论 已有3条评论", "comments.zh.form"),
    (Category.COMMENTS, "昵称： 验证码：", "comments.zh.form"),
    (Category.SOCIAL, "扫码下载客户端", "social.zh.wechat"),
    (Category.PUBLISHER, "作者：李华 责任编辑：王小明", "publisher.zh.editor"),
    # the same buttons and rows on Japanese and Korean pages
    (Category.SITE_CHROME, "ページトップへ戻る", "site_chrome.ja.buttons"),
    (Category.SITE_CHROME, "文字サイズ 小 中 大 印刷する", "site_chrome.ja.buttons"),
    (Category.SITE_CHROME, "この記事の写真を見る", "site_chrome.ja.buttons"),
    (Category.SITE_CHROME, "이전 기사 다음 기사", "site_chrome.ko.buttons"),
    (Category.SITE_CHROME, "기자 구독 좋아요", "site_chrome.ko.buttons"),
    (Category.SOCIAL, "카카오톡 페이스북 트위터 링크복사", "social.ko.platforms"),
    (Category.COMMENTS, "12 人参与 3 评论", "comments.zh.toolbar"),
    (Category.SOCIAL, "用微信扫一扫", "social.zh.wechat"),
    (Category.ADVERTISEMENT, "下载本地宝客户端，随时查看最新政策→【下载地址】", "advertisement.zh.app-promo"),
    (Category.ADVERTISEMENT, "点击下载新闻APP", "advertisement.zh.app-promo"),
    (Category.COMMENTS, "返信 2 違反報告", "comments.ja.toolbar"),
    (Category.COMMENTS, "共感した 12 なるほど 3 うーん 1 返信", "comments.ja.toolbar"),
    (Category.COMMENTS, "답글 3 신고", "comments.ko.toolbar"),
    (Category.COMMENTS, "공감 15 비공감 2", "comments.ko.toolbar"),
]
NEGATIVES += [
    (Category.COMMENTS, "他在回复记者提问时表示，政府将继续推进改革。"),
    (Category.COMMENTS, "专家提醒，网上的评论仅供参考，网友应理性看待。"),
    (Category.PUBLISHER, "律师表示，这份声明仅代表公司的立场。"),
    (Category.SITE_CHROME, "市民可向违法和不良信息举报中心反映问题，中心承诺三日内答复。"),
    (Category.SITE_CHROME, "该公司在官网的关于我们页面介绍了创始团队和发展历程。"),
    (Category.SITE_CHROME, "发布时间定在明年三月，届时将公布详细方案。"),
    (Category.SOCIAL, "他每天都会刷微博和微信，了解家乡的最新消息。"),
    (Category.SITE_CHROME, "上一篇报道刊发后，多名读者打来电话提供线索。"),
    (Category.SITE_CHROME, "Der Wert T + 1 ergibt sich aus der Tabelle."),
    (Category.COMMENTS, "共有3条评论称赞了这项决定，市长对此表示感谢。"),
    (Category.SITE_CHROME, "続きを読むかどうかは読者が決める、と編集長は語った。"),
    (Category.SITE_CHROME, "시민들은 이전 기사에서 지적된 문제가 아직 해결되지 않았다고 말했다."),
    (Category.SOCIAL, "그는 카카오톡과 페이스북으로 소식을 전했다."),
    (Category.COMMENTS, "市は住民からの通報を受けて調査を始めたと発表した。"),
    (Category.ADVERTISEMENT, "警方提醒，用户下载该APP后发现个人信息被泄露，应及时报警。"),
    (Category.COMMENTS, "경찰은 주민의 신고를 받고 현장에 출동했다고 밝혔다."),
    # the same call inside a longer notice of the article's own is part of the notice
    (
        Category.SOCIAL,
        "接种前，市民须长按识别下方二维码进入预约页面，填写姓名、身份证号码和联系电话，并选择接种地点与时间，完成后凭短信到场。",
    ),
]

# Dutch, Polish, Turkish, Indonesian, Vietnamese and Ukrainian notices, with sentences that stay.
POSITIVES += [
    (Category.COOKIE, "Deze website gebruikt cookies om uw ervaring te verbeteren.", "cookie.nl.site-uses"),
    (Category.COOKIE, "Ta strona używa plików cookies. Dowiedz się więcej.", "cookie.pl.site-uses"),
    (Category.COOKIE, "Sitemizde çerezler kullanıyoruz.", "cookie.tr.site-uses"),
    (Category.COOKIE, "Situs ini menggunakan cookie untuk pengalaman terbaik.", "cookie.id.site-uses"),
    (Category.COOKIE, "Trang web này sử dụng cookie để cải thiện trải nghiệm.", "cookie.vi.site-uses"),
    (Category.COOKIE, "Цей сайт використовує файли cookie.", "cookie.uk.site-uses"),
    (Category.COOKIE, "Vi använder kakor för att förbättra webbplatsen.", "cookie.sv.site-uses"),
    (Category.NEWSLETTER, "Prenumerera på vårt nyhetsbrev!", "newsletter.sv.sign-up"),
    (Category.NEWSLETTER, "Tilmeld dig vores nyhedsbrev", "newsletter.da.sign-up"),
    (Category.NEWSLETTER, "Meld deg på nyhetsbrevet vårt", "newsletter.no.sign-up"),
    (Category.NEWSLETTER, "Tilaa uutiskirjeemme", "newsletter.fi.sign-up"),
    (Category.NEWSLETTER, "Přihlaste se k odběru newsletteru", "newsletter.cs.sign-up"),
    (Category.NEWSLETTER, "Prihláste sa na odber newslettera", "newsletter.sk.sign-up"),
    (Category.NEWSLETTER, "Iratkozzon fel hírlevelünkre!", "newsletter.hu.sign-up"),
    (Category.NEWSLETTER, "Abonează-te la newsletter", "newsletter.ro.sign-up"),
    (Category.NEWSLETTER, "Εγγραφείτε στο newsletter μας", "newsletter.el.sign-up"),
    (Category.NEWSLETTER, "Piesakies LSM pasta saņemšanai!", "newsletter.lv.sign-up"),
    (Category.NEWSLETTER, "Užsiprenumeruokite naujienlaiškį", "newsletter.lt.sign-up"),
    (Category.NEWSLETTER, "Telli meie uudiskiri", "newsletter.et.sign-up"),
    (Category.NEWSLETTER, "Pretplatite se na newsletter", "newsletter.hr.sign-up"),
    (Category.NEWSLETTER, "Абонирайте се за нашия бюлетин", "newsletter.bg.sign-up"),
    (Category.COOKIE, "Denne hjemmeside bruger cookies til statistik.", "cookie.da.site-uses"),
    (Category.COOKIE, "Dette nettstedet bruker informasjonskapsler.", "cookie.no.site-uses"),
    (Category.COOKIE, "Tämä sivusto käyttää evästeitä.", "cookie.fi.site-uses"),
    (Category.COOKIE, "Tento web používá soubory cookies.", "cookie.cs.site-uses"),
    (Category.COOKIE, "Táto stránka používa súbory cookies.", "cookie.sk.site-uses"),
    (Category.COOKIE, "A weboldal sütiket használ a jobb élmény érdekében.", "cookie.hu.site-uses"),
    (Category.COOKIE, "Acest site folosește cookie-uri.", "cookie.ro.site-uses"),
    (Category.COOKIE, "Αυτός ο ιστότοπος χρησιμοποιεί cookies.", "cookie.el.site-uses"),
    (Category.COOKIE, "Informējam, ka portālā tiek izmantotas sīkdatnes.", "cookie.lv.site-uses"),
    (Category.COOKIE, "Ši svetainė naudoja slapukus.", "cookie.lt.site-uses"),
    (Category.COOKIE, "See veebileht kasutab küpsiseid.", "cookie.et.site-uses"),
    (Category.COOKIE, "Ova stranica koristi kolačiće.", "cookie.hr.site-uses"),
    (Category.COOKIE, "Този сайт използва бисквитки.", "cookie.bg.site-uses"),
    (Category.PUBLISHER, "De Stadskrant. Alle rechten voorbehouden.", "publisher.nl.rights-reserved"),
    (
        Category.PUBLISHER,
        "Gazeta Miejska. Wszelkie prawa zastrzeżone.",
        "publisher.pl.rights-reserved",
    ),
    (Category.PUBLISHER, "Tüm hakları saklıdır.", "publisher.tr.rights-reserved"),
    (Category.PUBLISHER, "Hak cipta dilindungi undang-undang.", "publisher.id.rights-reserved"),
    (Category.PUBLISHER, "Bản quyền thuộc về Báo Thành Phố.", "publisher.vi.rights-reserved"),
    (Category.PUBLISHER, "Усі права захищені.", "publisher.uk.rights-reserved"),
    (Category.SOCIAL, "Volg ons op Instagram", "social.nl.follow"),
    (Category.SOCIAL, "Obserwuj nas na Facebooku", "social.pl.follow"),
    (Category.SOCIAL, "Bizi Twitter'da takip edin", "social.tr.follow"),
    (Category.SOCIAL, "Ikuti kami di Instagram", "social.id.follow"),
    (Category.SOCIAL, "Theo dõi chúng tôi trên Facebook", "social.vi.follow"),
    (Category.SOCIAL, "Підписуйтесь на наш Telegram-канал", "social.uk.follow"),
]

NEGATIVES += [
    (Category.COOKIE, "De bakker gebruikt cookies van zijn grootmoeder als inspiratie, vertelt hij."),
    (Category.PUBLISHER, "De rechter zei dat alle rechten van de huurders worden beschermd."),
    (Category.PUBLISHER, "Pracownicy mówią, że ich prawa są zastrzeżone w umowie od lat."),
    (Category.SOCIAL, "Polisi terus mengikuti kami di lokasi, kata warga kepada wartawan."),
    (Category.SOCIAL, "Người dân theo dõi diễn biến cơn bão qua đài phát thanh địa phương."),
]


POSITIVES += [
    (Category.NEWSLETTER, "Schrijf je in voor onze nieuwsbrief en mis niets.", "newsletter.nl.sign-up"),
    (Category.NEWSLETTER, "Zapisz się do naszego newslettera", "newsletter.pl.sign-up"),
    (Category.NEWSLETTER, "E-bültenimize abone olun", "newsletter.tr.sign-up"),
    (Category.NEWSLETTER, "Berlangganan newsletter kami", "newsletter.id.sign-up"),
    (Category.NEWSLETTER, "Đăng ký nhận bản tin mỗi sáng", "newsletter.vi.sign-up"),
    (Category.NEWSLETTER, "Підпишіться на нашу розсилку", "newsletter.uk.sign-up"),
]

NEGATIVES += [
    (Category.NEWSLETTER, "Veel lezers schreven zich in voor de cursus van de gemeente."),
    (Category.NEWSLETTER, "Mieszkańcy mogą zapisać się na listę oczekujących w urzędzie."),
    (Category.NEWSLETTER, "Warga yang ingin berlangganan listrik harus datang ke kantor PLN."),
]

POSITIVES += [
    (Category.PAYWALL, "Log in om verder te lezen.", "paywall.nl.keep-reading"),
    (Category.PAYWALL, "Zaloguj się, aby czytać dalej.", "paywall.pl.keep-reading"),
    (Category.PAYWALL, "Haberin devamını okumak için abone olun.", "paywall.tr.keep-reading"),
    (Category.PAYWALL, "Berlangganan untuk membaca artikel ini selengkapnya.", "paywall.id.keep-reading"),
    (Category.PAYWALL, "Đăng nhập để đọc tiếp.", "paywall.vi.keep-reading"),
    (Category.PAYWALL, "Оформіть передплату, щоб читати далі.", "paywall.uk.keep-reading"),
]

NEGATIVES += [
    (Category.PAYWALL, "Wie een abonnement heeft, kan de krant voortaan ook op zondag lezen."),
    (Category.PAYWALL, "Uczniowie mogą zalogować się do systemu, aby sprawdzić oceny."),
    (Category.PAYWALL, "Pelanggan listrik diminta membaca meteran sendiri bulan ini."),
    (Category.PAYWALL, "Українці можуть оформити підписку на газету на пошті."),
]

POSITIVES += [
    (Category.ADVERTISEMENT, "Use Coupon Code SPRING25", "advertisement.en.coupon-code"),
    (Category.ADVERTISEMENT, "Use promo code HOME10 or HOME20 at checkout", "advertisement.en.coupon-code"),
]

NEGATIVES += [
    (Category.ADVERTISEMENT, "Use the promo code printed on the receipt to claim the refund."),
    (Category.ADVERTISEMENT, "Shoppers who used the coupon code SAVE20 last year found it had expired."),
]

POSITIVES += [
    (Category.ADVERTISEMENT, "Amazon $24.99", "advertisement.en.price-button"),
    (Category.ADVERTISEMENT, "Best Buy $499.99", "advertisement.en.price-button"),
]

NEGATIVES += [
    (Category.ADVERTISEMENT, "Amazon $4.5 billion in quarterly profit surprised analysts."),
    (Category.ADVERTISEMENT, "Target $100 million at the new distribution centre, the chain said."),
]


LETTERS = (
    "Letters: ferry timetables and the harbour wall\n\n"
    "Readers write about the new timetable and the storm damage.\n\n"
    "The early boat matters most\n\n"
    "{salutation}\n\n"
    "Your report on the new ferry timetable left out the people who depend on the early boat. I have "
    "taken the 6.10 crossing to work every weekday for eleven years.\n\n"
    "Cutting it would leave most of my neighbours with a two-hour detour by road.\n\n"
    "Ines Rowe, Northport\n"
)


@pytest.mark.parametrize(
    "salutation",
    [
        "Dear Editor,",
        "Dear Features Editor,",
        # The other languages have no role rule; their salutations stay as well.
        "Sehr geehrte Redaktion,",
        "Cher rédacteur,",
    ],
)
def test_a_letters_salutation_stays_in_the_letter(salutation: str) -> None:
    result = Pipeline().clean_text(LETTERS.format(salutation=salutation))
    assert salutation in result.paragraphs
    assert "The early boat matters most" in result.paragraphs
