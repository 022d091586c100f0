"""Phrase rules in Russian, round eleven: less obvious page
furniture that the earlier tables missed (AI summaries, save buttons, channel promos, paywall meters, sign-in
widgets), and article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Russian
    (SC, "Поиск по сайту", "site_chrome.ru.menu-label"),
    (SC, "Версия для слабовидящих", "site_chrome.ru.menu-label"),
    (SC, "Не помните пароль?", "site_chrome.ru.menu-label"),
    (SC, "Вход или регистрация", "site_chrome.ru.menu-label"),
    (SC, "Читайте также:", "site_chrome.ru.menu-label"),
    (SC, "Похожие публикации", "site_chrome.ru.menu-label"),
    (SC, "Еще по теме", "site_chrome.ru.menu-label"),
    (SC, "Самое обсуждаемое", "site_chrome.ru.menu-label"),
    (SC, "Главные новости часа", "site_chrome.ru.menu-label"),
    (SC, "Предыдущая новость", "site_chrome.ru.menu-label"),
    (SC, "Теги:", "site_chrome.ru.menu-label"),
    (SC, "Загрузка…", "site_chrome.ru.menu-label"),
    (SC, "Сообщить об опечатке", "site_chrome.ru.menu-label"),
    (SC, "Послушать новость (3 мин.)", "site_chrome.ru.tools"),
    (SC, "Отправить ссылку другу", "site_chrome.ru.tools"),
    (SC, "Сохранить на потом", "site_chrome.ru.tools"),
    (SC, "Читать позже", "site_chrome.ru.tools"),
    (SC, "Прочтение займёт около 6 минут", "site_chrome.ru.tools"),
    (SC, "7 мин. на прочтение", "site_chrome.ru.tools"),
    (SC, "Пересказ статьи с помощью YandexGPT", "site_chrome.ru.ai-summary"),
    (SC, "Кратко от ИИ", "site_chrome.ru.ai-summary"),
    (SC, "Нейропересказ", "site_chrome.ru.ai-summary"),
    (SC, "Иллюстрация создана с помощью Midjourney", "site_chrome.ru.ai-summary"),
    (SC, "Войти через Госуслуги", "site_chrome.ru.login"),
    (SC, "Вход по номеру телефона", "site_chrome.ru.login"),
    (SC, "Еще нет аккаунта? Создайте его", "site_chrome.ru.login"),
    (SC, "Авторизуйтесь, чтобы добавить статью в избранное", "site_chrome.ru.login"),
    (SC, "Слушайте новый выпуск подкаста «Деньги» на всех площадках", "site_chrome.ru.media-promo"),
    (SC, "Подкаст «Что случилось» — слушайте в Яндекс Музыке", "site_chrome.ru.media-promo"),
    (SC, "Смотрите наши видео на RuTube", "site_chrome.ru.media-promo"),
    (SO, "Подписывайтесь на канал в MAX", "social.ru.channel"),
    (SO, "Наш канал в Дзене", "social.ru.channel"),
    (SO, "Самые свежие новости — в нашем Телеграме", "social.ru.channel"),
    (SO, "Добавьте «Известия» в избранные источники Google", "social.ru.channel"),
    (SO, "Сделайте РБК предпочтительным источником в Google", "social.ru.channel"),
    (SO, "Поделиться в ВКонтакте", "social.ru"),
    (SO, "Отправить в Viber", "social.ru.label"),
    (NL, "Укажите свой рабочий e-mail", "newsletter.ru.email-field"),
    (NL, "Подтвердите подписку по ссылке из письма", "newsletter.ru.confirmation-line"),
    (NL, "Указанный e-mail уже зарегистрирован", "newsletter.ru.confirmation-line"),
    (PW, "Осталась одна бесплатная статья на этой неделе", "paywall.ru.meter"),
    (PW, "У вас осталось 4 из 5 бесплатных материалов", "paywall.ru.meter"),
    (PW, "Первый месяц за 1 ₽", "paywall.ru.meter"),
    (PW, "Получите 14 дней бесплатно", "paywall.ru.meter"),
    (CO, "Мы собираем метрические данные и файлы куки, чтобы сайт работал лучше", "cookie.ru.site-uses"),
    (CO, "Хорошо, согласен", "cookie.ru.buttons"),
    (CO, "Понятно, закрыть", "cookie.ru.buttons"),
    (CM, "Обсуждение (14)", "comments.ru.widget"),
    (CM, "Комментарии для сайта Cackle", "comments.ru.widget"),
    (AD, "Предложения партнеров", "advertisement.ru.label"),
    (AD, "Материалы наших партнёров", "advertisement.ru.label"),
    (
        AD,
        "Мы можем получать вознаграждение за покупки по ссылкам в этой статье",
        "advertisement.ru.affiliate",
    ),
    (
        PU,
        "Данное сообщение (материал) создано и распространено иностранным агентом Иванов Иван Иванович",
        "publisher.ru.foreign-agent",
    ),
    (
        PU,
        "Настоящий материал произведен, распространен и (или) направлен иностранным агентом ООО «Медиа»",
        "publisher.ru.foreign-agent",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Russian
    ("ru", "Он не стал давать краткий пересказ встречи журналистам, сославшись на договоренности."),
    ("ru", "Войти через главный вход журналистам в тот день не позволили."),
    ("ru", "Нет аккаунта в соцсетях только у двух кандидатов из десяти."),
    ("ru", "Осталось три бесплатных места в лагере для детей из многодетных семей."),
    ("ru", "Первый месяц бесплатно получат все новые клиенты банка, пообещал его председатель."),
    ("ru", "Мы собираем данные о пользователях только с их согласия, заявил представитель компании."),
    ("ru", "Обсудить этот вопрос стороны договорились в следующем месяце."),
    ("ru", "Новости партнеров компании обсуждались на закрытом совещании."),
    ("ru", "Редакция может получать письма от читателей круглосуточно."),
    ("ru", "Подтвердите подписку на журнал, попросил оператор пенсионерку по телефону."),
    ("ru", "По теме доклада высказались все участники конференции."),
    ("ru", "Загрузка зерна в порту Новороссийска возобновилась в понедельник."),
    ("ru", "Отложить выборы на год предложили депутаты городской думы."),
    ("ru", "Наш канал в Telegram заблокировали, сообщил главный редактор издания."),
    ("ru", "Добавьте нас в друзья, попросили волонтеры жителей района."),
    ("ru", "Смотрите видео на нашем сайте, призвал мэр жителей города."),
    ("ru", "Данный материал подготовлен при участии экспертов университета."),
    ("ru", "Главное сегодня — не допустить паники, сказал министр."),
    ("ru", "Все выпуски программы будут доступны на сайте телеканала."),
    ("ru", "Отправить в Telegram сообщение можно и без подключения к интернету."),
    ("ru", "Слушайте, сказал он, мы не можем ждать еще целый год."),
    ("ru", "Компания может получать комиссию с каждой продажи, следует из отчета."),
]
