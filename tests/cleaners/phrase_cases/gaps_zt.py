"""Phrase rules in Russian, Ukrainian and Polish, round thirteen: page furniture that the earlier tables
missed (AI summaries and synthesized voices, app and channel promotions, live-blog controls, reader-tip
prompts, photo-gallery controls, consent-wall buttons, free-article meters, subscription offers, comment
moderation notes, newsletter confirmations, post and update dates on one line), and article sentences with
the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Russian
    (SC, "Краткий пересказ новости нейросетью", "site_chrome.ru.ai-summary"),
    (SC, "Текст озвучен искусственным интеллектом", "site_chrome.ru.ai-summary"),
    (SC, "Читает синтезатор речи", "site_chrome.ru.ai-summary"),
    (SC, "Пересказ сделан ИИ и может содержать неточности", "site_chrome.ru.ai-summary"),
    (SC, "Нейросеть может ошибаться", "site_chrome.ru.ai-summary"),
    (SC, "Установите приложение, чтобы первыми узнавать о главном", "site_chrome.ru.app-promo"),
    (SC, "Читать в приложении", "site_chrome.ru.app-promo"),
    (SC, "Перейти в приложение", "site_chrome.ru.app-promo"),
    (SC, "Смотрите репортажи на нашем канале в VK Видео", "site_chrome.ru.media-promo"),
    (SC, "Подписаться на подкаст", "site_chrome.ru.media-promo"),
    (SC, "Слушайте нас на всех платформах", "site_chrome.ru.media-promo"),
    (SC, "Опубликовано 03.02.2026 09:15 | Изменено: 03.02.2026 11:40", "site_chrome.ru.post-date"),
    (SC, "Свежие материалы по теме", "site_chrome.ru.menu-label"),
    (SC, "Ещё из рубрики", "site_chrome.ru.menu-label"),
    (SC, "Вам также может быть интересно", "site_chrome.ru.menu-label"),
    (SC, "Не пропустите", "site_chrome"),
    (SC, "Выбор редакции", "site_chrome.ru.menu-label"),
    (SC, "Смотреть все фото (24)", "site_chrome.ru.gallery"),
    (SC, "Снимок 5 / 18", "site_chrome.ru.gallery"),
    (SC, "Следующее фото", "site_chrome.ru.gallery"),
    (SC, "Фоторепортаж: 16 фото", "site_chrome.ru.gallery"),
    (SC, "Открыть на весь экран", "site_chrome.ru.gallery"),
    (SC, "Обновить трансляцию", "site_chrome.ru.live"),
    (SC, "Загрузить 5 новых сообщений", "site_chrome.ru.live"),
    (SC, "2 новые записи", "site_chrome.ru.live"),
    (SC, "Текстовая трансляция завершена", "site_chrome.ru.live"),
    (SC, "Лента обновляется автоматически", "site_chrome.ru.live"),
    (SC, "Закреплённый пост", "site_chrome.ru.live"),
    (SC, "Предложить тему", "site_chrome.ru.tip"),
    (SC, "Знаете интересную историю? Присылайте в редакцию", "site_chrome.ru.tip"),
    (SC, "Пишите нам в телеграм-бот", "site_chrome.ru.tip"),
    (CM, "Все комментарии проходят премодерацию", "comments.ru.widget"),
    (CM, "Комментарии будут опубликованы после модерации", "comments.ru.widget"),
    (CM, "Показать 3 ответа", "comments.ru.widget"),
    (CM, "Сортировка: сначала новые", "comments.ru.widget"),
    (CM, "Перейти к комментариям", "comments.ru.widget"),
    (CO, "Управление файлами cookie", "cookie.ru.buttons"),
    (CO, "Разрешить только необходимые", "cookie.ru.buttons"),
    (CO, "Отклонить все", "cookie.ru.buttons"),
    (CO, "Принять и продолжить бесплатно или оформить подписку", "cookie.ru.buttons"),
    (PW, "Это ваша последняя бесплатная статья в этом месяце", "paywall.ru.meter"),
    (PW, "Вы прочитали 4 из 5 бесплатных материалов", "paywall.ru.meter"),
    (PW, "Купите подписку со скидкой 50%", "paywall.ru.label"),
    (PW, "Получите полный доступ за 299 ₽ в месяц", "paywall.ru.label"),
    (AD, "Реклама: 16+", "advertisement.ru.label"),
    (AD, "Рекламный пост", "advertisement.ru.label"),
    (AD, "Партнёрская публикация", "advertisement.ru.label"),
    (SO, "Наш телеграм-канал в MAX — всё о городе", "social.ru.channel"),
    (SO, "Выберите «Ведомости» приоритетным источником в Google Новостях", "social.ru.channel"),
    (NL, "Подписка подтверждена", "newsletter.ru.confirmation-line"),
    (NL, "Вы успешно отписались от рассылки", "newsletter.ru.confirmation-line"),
    (NL, "Не удалось оформить подписку, попробуйте позже", "newsletter.ru.confirmation-line"),
    (NL, "Письмо с подтверждением отправлено на указанный адрес", "newsletter.ru.confirmation-line"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Russian
    ("ru", "Нейросеть пересказала судье содержание документов, но адвокаты оспорили этот пересказ."),
    ("ru", "Министр заявил, что искусственный интеллект может ошибаться при оценке кредитных рисков."),
    ("ru", "Банк предложил клиентам установить приложение, чтобы получать уведомления о платежах."),
    ("ru", "Жители жалуются, что в приложении для оплаты проезда нельзя открыть историю поездок."),
    ("ru", "Блогер опубликовал видео на своем канале в YouTube и получил миллион просмотров."),
    ("ru", "Документ был опубликован 12 марта и обновлен после замечаний прокуратуры."),
    ("ru", "Следователи изучили фото 3 камер наблюдения, установленных у въезда на парковку."),
    ("ru", "Музей покажет фотографии блокадного Ленинграда на весь экран главного зала."),
    ("ru", "Власти обещают обновить ленту новостей на портале госуслуг к лету."),
    ("ru", "Трансляция матча завершилась скандалом из-за сбоя в работе сервера."),
    ("ru", "Спасатели предложили тему безопасности на льду для обсуждения в школах."),
    ("ru", "Депутат прислал в редакцию письмо с опровержением опубликованных сведений."),
    ("ru", "Комментарии экспертов будут опубликованы после проверки всех данных комиссией."),
    ("ru", "Суд показал присяжным три ответа свидетеля, данные на предварительном следствии."),
    ("ru", "Регулятор потребовал от сайтов разрешить пользователям отклонить все файлы cookie."),
    ("ru", "Это последний бесплатный концерт оркестра в этом сезоне, сообщили организаторы."),
    ("ru", "Чиновники получили полный доступ к базе данных налоговой службы."),
    ("ru", "Реклама: почему бренды уходят с телевидения в соцсети, объясняют аналитики."),
    ("ru", "Партнёрская программа банка позволила клиентам копить баллы за покупки."),
    ("ru", "Подписка подтверждена документами, заявил представитель издательства в суде."),
    ("ru", "Письмо с угрозами отправлено на адрес редакции в понедельник, сообщила полиция."),
    ("ru", "Популярные курорты Краснодарского края в этом году подняли цены на жильё."),
]
