"""Phrase rules in Georgian, Armenian and Amharic, round ten: page furniture that the earlier tables
missed, and article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Georgian
    (SO, "გამოგვყევით სოციალურ ქსელებში", "social.ka.follow"),
    (SO, "გამოგვიწერეთ Facebook-ზე", "social.ka.follow"),
    (SO, "შემოგვიერთდით ტელეგრამზე", "social.ka.follow"),
    (SO, "გამოგვყევით Instagram-ზე და TikTok-ზე", "social.ka.follow"),
    (SO, "გააზიარეთ ფეისბუქზე", "social.ka.follow"),
    (SO, "WhatsApp-ით გაზიარება", "social.ka.follow"),
    (SO, "მოიწონეთ ჩვენი გვერდი", "social.ka.follow"),
    (SO, "გამოიწერეთ ჩვენი YouTube არხი", "social.ka.follow"),
    (NL, "გამოიწერეთ ჩვენი ყოველკვირეული ბიულეტენი და მიიღეთ მთავარი ამბები", "newsletter.ka.sign-up"),
    (NL, "გამოიწერე ჩვენი ნიუსლეთერი", "newsletter.ka.sign-up"),
    (NL, "მიიღეთ უახლესი სიახლეები ელ-ფოსტაზე", "newsletter.ka.sign-up"),
    (NL, "შეიყვანეთ თქვენი ელ-ფოსტა", "newsletter.ka.email-field"),
    (NL, "მიუთითეთ ელ. ფოსტის მისამართი*", "newsletter.ka.email-field"),
    (NL, "თქვენი იმეილი", "newsletter.ka.email-field"),
    (NL, "გმადლობთ გამოწერისთვის!", "newsletter.ka.confirmation-line"),
    (NL, "მადლობა, რომ გამოიწერეთ ჩვენი ნიუსლეთერი", "newsletter.ka.confirmation-line"),
    (NL, "თქვენ წარმატებით გამოიწერეთ სიახლეები", "newsletter.ka.confirmation-line"),
    (NL, "გამოწერა წარმატებით დასრულდა", "newsletter.ka.confirmation-line"),
    (PW, "ეს სტატია ხელმისაწვდომია მხოლოდ გამომწერებისთვის.", "paywall.ka.subscribers-only"),
    (
        PW,
        "სტატიის სრული ვერსია ხელმისაწვდომია მხოლოდ პრემიუმ მომხმარებლებისთვის",
        "paywall.ka.subscribers-only",
    ),
    (PW, "გამოიწერეთ, რომ წაიკითხოთ სრული სტატია", "paywall.ka.keep-reading"),
    (PW, "სრული სტატიის წასაკითხად გაიარეთ ავტორიზაცია", "paywall.ka.keep-reading"),
    (PW, "კითხვის გასაგრძელებლად გახდით გამომწერი", "paywall.ka.keep-reading"),
    (PW, "კომენტარის დასატოვებლად გაიარეთ ავტორიზაცია", "paywall.ka.comment-account"),
    (PW, "შედით სისტემაში, რომ დატოვოთ კომენტარი", "paywall.ka.comment-account"),
    (CO, "ყველას მიღება", "cookie.ka.buttons"),
    (CO, "ქუქი-ფაილების პარამეტრები", "cookie.ka.buttons"),
    (CO, "ვეთანხმები და ვაგრძელებ", "cookie.ka.buttons"),
    (AD, "სარეკლამო ადგილი", "advertisement.ka.label"),
    (PU, "წყარო: ინტერპრესნიუსი", "publisher.ka.agency"),
    (PU, "წყარო — Reuters", "publisher.ka.agency"),
    (PU, "წყარო: interpressnews.ge", "publisher.ka.agency"),
    (PU, "© 2024 ნეტგაზეთი. ყველა უფლება დაცულია.", "publisher"),
    (PU, "ნეტგაზეთი. ყველა უფლება დაცულია.", "publisher.ka.rights-reserved"),
    (PU, "ყველა უფლება დაცულია | კონფიდენციალურობის პოლიტიკა", "publisher.ka.rights-reserved"),
    (
        PU,
        "საიტზე განთავსებული მასალების გამოყენება რედაქციის ნებართვის გარეშე აკრძალულია",
        "publisher.ka.reuse",
    ),
    (PU, "მასალის ციტირებისას წყაროს მითითება სავალდებულოა", "publisher.ka.reuse"),
    (PU, "ინფორმაციის გავრცელებისას აქტიური ბმულის მითითება აუცილებელია.", "publisher.ka.reuse"),
    (SC, "გამოქვეყნდა: 12.03.2024", "site_chrome.ka.post-date"),
    (SC, "გამოქვეყნებულია: 12 მარტი, 2024", "site_chrome.ka.post-date"),
    (SC, "ბოლო განახლება: 5 აპრილი 2025, 10:15", "site_chrome.ka.post-date"),
    (SC, "ავტორი: ნინო ბერიძე", "site_chrome.ka.byline"),
    (SC, "ნახვები: 1520", "site_chrome.ka.byline"),
    (SC, "3 400 ნახვა", "site_chrome.ka.byline"),
    (SC, "დაწვრილებით", "site_chrome.ka.menu-label"),
    (SC, "ყველა სიახლე", "site_chrome.ka.menu-label"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Georgian
    ("ka", "მოსამართლის თქმით, კონსტიტუციით გარანტირებული ყველა უფლება დაცულია კანონით."),
    ("ka", "ომბუდსმენის განცხადებით, ციხეებში პატიმრების ყველა უფლება დაცულია, თუმცა პრობლემები რჩება."),
    ("ka", "მინისტრის თქმით, კომპანია თავის მონაცემებს მარეგულირებელს გაუზიარებს."),
    ("ka", "ათასობით მომხმარებელმა სტრიმინგის სერვისის გამოწერა გააუქმა ფასების ზრდის შემდეგ."),
    ("ka", "სამინისტრო ყოველკვირეულ საინფორმაციო ბიულეტენს ყველა სკოლას ელ-ფოსტით უგზავნის."),
    ("ka", "ახალი კანონი საიტებს ქუქი-ფაილების შესახებ მომხმარებლის ინფორმირებას ავალდებულებს."),
    ("ka", "პრემიერ-მინისტრმა ჟურნალისტების კითხვებს კომენტარი არ გაუკეთა."),
    ("ka", "კომისიამ ტელევიზიას ალკოჰოლის რეკლამის გამო ჯარიმა დააკისრა."),
    ("ka", "პარლამენტმა კანონი მიიღო, რომელიც ქალაქის ცენტრში სარეკლამო ბანერებს ზღუდავს."),
    ("ka", "წყაროს თქმით, მოლაპარაკებები კვირის ბოლომდე გაგრძელდება."),
    ("ka", "ანგარიში ოთხშაბათს გამოქვეყნდა და მასში ნათქვამია, რომ ინფლაცია შემცირდა."),
    ("ka", "ახალი კანონის თანახმად, პერსონალური მონაცემების გამოყენება პირის თანხმობის გარეშე აკრძალულია."),
    ("ka", "ჰაკერებმა ბანკის სისტემაში შესვლა ყალბი პაროლებით სცადეს."),
    ("ka", "მთავრობამ სოციალური ქსელების რეგულირების ახალი წესები დაამტკიცა."),
    ("ka", "მომხმარებლებმა გამოწერის ფასის ზრდა სოციალურ ქსელებში გააკრიტიკეს."),
    ("ka", "მინისტრმა თავისი გეგმა ფეისბუქზე გააზიარა და ოპოზიციას დიალოგისკენ მოუწოდა."),
    ("ka", "გამოძიების მასალების გამოყენება სასამართლოს ნებართვის გარეშე დაუშვებელია, განმარტა ადვოკატმა."),
    ("ka", "ეს სერვისი ხელმისაწვდომი იქნება მხოლოდ გამომწერებისთვის, აცხადებენ კომპანიაში."),
    ("ka", "სპორტსმენებმა მადლობა გადაუხადეს გულშემატკივრებს მხარდაჭერისთვის და გამოწერისთვის არხზე."),
    ("ka", "წიგნის ავტორი: ეს არის ისტორია ჩემი ოჯახის შესახებ, რომელიც ომმა გაანადგურა."),
    ("ka", "მედიაპლატფორმამ გამოაცხადა, რომ სტატიის სრული ვერსია მომავალი თვიდან ფასიანი იქნება."),
    ("ka", "გამოქვეყნებულია ახალი კვლევა, რომლის თანახმად 12 პროცენტი უმუშევარია."),
]
