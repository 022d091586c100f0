"""Phrase rules in Turkish and Persian, round fourteen: page furniture that the earlier tables missed
(policy links, "share with your friends" buttons, inbox pitches and newsletter confirmations, offer lines and
free trials, consent walls, source credits, AI summaries, gift links and text-size tools, live-blog
refresh prompts, comment sorting, gallery controls), and article sentences with the same words
(run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Turkish
    (SC, "Gizlilik ve Çerez Politikası", "site_chrome.tr.menu-label"),
    (SC, "Kişisel Verilerin Korunması Kanunu Aydınlatma Metni", "site_chrome.tr.menu-label"),
    (SC, "KVKK Aydınlatma Metni", "site_chrome.tr.menu-label"),
    (SC, "Yayın İlkelerimiz", "site_chrome.tr.menu-label"),
    (SC, "Bize Reklam Verin", "site_chrome.tr.menu-label"),
    (SO, "Haberi sevdiklerinizle paylaşın", "social.tr.label"),
    (SO, "Arkadaşlarınla paylaş", "social.tr.label"),
    (SO, "1.250 kez paylaşıldı", "social"),
    (SO, "Google Discover'da bizi takip edin", "social.tr.follow"),
    (NL, "Haftanın öne çıkan yazıları her cuma gelen kutunuzda", "newsletter.tr.pitch"),
    (NL, "Ekonomi gündemi her akşam e-posta kutunuza gelsin", "newsletter.tr.pitch"),
    (NL, "Günün özeti gelen kutunuza gelsin", "newsletter.tr.pitch"),
    (NL, "Aboneliğinizi tamamlamak için lütfen gelen kutunuzu kontrol edin", "newsletter.tr"),
    (NL, "Girdiğiniz e-posta adresi geçersiz.", "newsletter.tr.form-message"),
    (NL, "Bülten aboneliğinizden başarıyla çıkarıldınız.", "newsletter.tr.form-message"),
    (PW, "Premium aboneliğe ilk 3 ay sadece 49,90 TL", "paywall.tr.offer-line"),
    (PW, "İlk ay %50 indirimle abone olun", "paywall.tr.offer-line"),
    (PW, "7 gün ücretsiz deneyin", "paywall.tr.offer-line"),
    (PW, "Haberin devamını okumak için ücretsiz hesap oluşturun", "paywall.tr.keep-reading"),
    (PW, "Bu ayki ücretsiz haber hakkınız doldu.", "paywall.tr.limit"),
    (
        CO,
        "Web sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.",
        "cookie.tr.site-uses",
    ),
    (CO, "Deneyiminizi kişiselleştirmek amacıyla çerezlerden yararlanıyoruz.", "cookie.tr.site-uses"),
    (
        CO,
        "Reklamsız devam etmek için abone olun veya kişiselleştirilmiş reklamları kabul edin",
        "cookie.tr.consent-wall",
    ),
    (CO, "Reklamlı devam et", "cookie.tr.consent-wall"),
    (PU, "Haberin kaynağı: Anadolu Ajansı", "publisher.tr"),
    (PU, "Kaynak: TÜİK", "publisher.tr.source"),
    (PU, "Kaynaklar: Dünya Bankası, IMF", "publisher.tr.source"),
    (
        PU,
        "Sitede yer alan içerikler 5846 sayılı Fikir ve Sanat Eserleri Kanunu kapsamında korunmaktadır.",
        "publisher.tr.republishing",
    ),
    (SC, "Yapay zekâ tarafından özetlenmiştir", "site_chrome.tr.ai-summary"),
    (SC, "YZ asistanı (Beta)", "site_chrome.tr.ai-summary"),
    (SC, "Haberin öne çıkan noktaları", "site_chrome.tr.ai-summary"),
    (SC, "Hediye bağlantısı oluştur", "site_chrome.tr.tools"),
    (SC, "Yazı boyutu", "site_chrome.tr.tools"),
    (SC, "Metni seslendir", "site_chrome.tr.tools"),
    (SC, "Yer imlerine ekle", "site_chrome.tr.tools"),
    (SC, "Güncellemeleri görmek için sayfayı yenileyiniz", "site_chrome.tr.live-blog"),
    (SC, "Otomatik yenileme açık", "site_chrome.tr.live-blog"),
    (SC, "Canlı anlatım sona erdi", "site_chrome.tr.live-blog"),
    (SC, "En son güncellemeye git", "site_chrome.tr.live-blog"),
    (CM, "Okur yorumları", "comments.tr.widget"),
    (CM, "En yeni | En eski | En çok beğenilen", "comments.tr.widget"),
    (CM, "Sıralama: En popüler", "comments.tr.widget"),
    (CM, "Yorumları görüntüle", "comments.tr.widget"),
    (CM, "Görüşlerinizi bizimle paylaşın", "comments.tr.widget"),
    (SC, "Galeriyi başlat", "site_chrome.tr.gallery"),
    (SC, "24 fotoğraf", "site_chrome.tr.gallery"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Turkish
    ("tr", "Kişisel verilerin korunması kanununa aykırı davranan şirkete para cezası verildi."),
    ("tr", "Vali, yeni gelişmeleri vatandaşlarla paylaşacaklarını söyledi."),
    ("tr", "Kadın, yaşadıklarını arkadaşlarıyla paylaştıktan sonra polise başvurdu."),
    ("tr", "Fotoğraf sosyal medyada bir günde on binlerce kez paylaşıldı."),
    ("tr", "Muhtar, her sabah mahalle sakinlerinin sorunlarını dinlediğini anlattı."),
    ("tr", "Bakanlık, e-posta kutusuna gelen sahte mesajlara karşı vatandaşları uyardı."),
    ("tr", "Şirket, abonelik ücretlerine ilk ay için indirim uygulayacağını açıkladı."),
    ("tr", "Kurum, çerezler konusunda internet sitelerine yeni kurallar getirdi."),
    ("tr", "Gazete, reklam gelirlerinin düşmesi nedeniyle abonelik sistemine geçti."),
    ("tr", "Raporun kaynakları arasında Dünya Bankası verileri de yer alıyor."),
    (
        "tr",
        "Mahkeme, fotoğrafların 5846 sayılı Fikir ve Sanat Eserleri Kanunu'na aykırı kullanıldığını söyledi.",
    ),
    (
        "tr",
        "Yapay zekâ şirketleri haber içeriklerini izinsiz kullandıkları gerekçesiyle dava edildi.",
    ),
    ("tr", "Öğrenciler, sınavda yazı boyutunun çok küçük olduğundan şikâyet etti."),
    ("tr", "Hakim, tanığın ifadesini dinledikten sonra duruşmayı erteledi."),
    ("tr", "Müze, ziyaretçilere yeni bir dijital galeri sunacak."),
    ("tr", "Okur yorumlarına göre dergi son sayısında okurların beklentisini karşıladı."),
    ("tr", "Sıralamada en yeni modeller ilk sıralarda yer aldı."),
    ("tr", "Kaza yerinden 24 fotoğraf bilirkişi raporuna eklendi."),
    ("tr", "Bakan, müzakerelerin sonuçlarını kamuoyuyla paylaşacaklarını belirtti."),
    ("tr", "Canlı yayında konuşan başkan, istifa etmeyeceğini söyledi."),
    ("tr", "Kulüp, yeni sezonda seyircilerin maçları ücretsiz deneme yayınıyla izleyebileceğini duyurdu."),
    ("tr", "Ekipler sayfayı yenileyen kullanıcıların sisteme erişemediğini tespit etti."),
]
