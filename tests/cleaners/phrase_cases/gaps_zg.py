"""Phrase rules in Turkish, round eleven: page furniture that the earlier tables missed (listen, save and
AI-summary buttons, consent-wall buttons, paywall meters, related-story labels, podcast and video
promos), and article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Turkish
    (SC, "Tüm kategoriler", "site_chrome.tr.menu-label"),
    (SC, "Tüm yazarlar", "site_chrome.tr.menu-label"),
    (SC, "Son dakika haberleri", "site_chrome.tr.menu-label"),
    (SC, "En çok okunanlar", "site_chrome.tr.menu-label"),
    (SC, "Çok izlenen haberler", "site_chrome.tr.menu-label"),
    (SC, "Şifremi unuttum", "site_chrome.tr.menu-label"),
    (SC, "Bu haberi dinle", "site_chrome.tr.tools"),
    (SC, "Makaleyi sesli dinleyin", "site_chrome.tr.tools"),
    (SC, "Haberi sesli oku", "site_chrome.tr.tools"),
    (SC, "Sesli özet", "site_chrome.tr.tools"),
    (SC, "Kaydedilenlere ekle", "site_chrome.tr.tools"),
    (SC, "Sonra okumak için kaydet", "site_chrome.tr.tools"),
    (SC, "Yapay zeka özeti", "site_chrome.tr.tools"),
    (SC, "Haberin özeti", "site_chrome.tr.tools"),
    (SC, "Yayınlanma: 14.03.2025 10:32 Güncelleme: 14.03.2025 11:05", "site_chrome.tr.dateline"),
    (SC, "Yayın tarihi: 02.11.2024 - 08:15, Son güncelleme: 02.11.2024 09:40", "site_chrome.tr.dateline"),
    (SC, "İlgili Haberler", "site_chrome.tr.related"),
    (SC, "Benzer içerikler", "site_chrome.tr.related"),
    (SC, "Bunlar da ilginizi çekebilir", "site_chrome.tr.related"),
    (SC, "Sizin için seçtiklerimiz", "site_chrome.tr.related"),
    (SC, "Editörün seçtikleri", "site_chrome.tr.related"),
    (SC, "Haberlerden anında haberdar olmak için bildirimlere izin verin", "site_chrome.tr.notifications"),
    (SC, "Son dakika bildirimlerini açın", "site_chrome.tr.notifications"),
    (SC, "Podcast'imizi Spotify'da dinleyin", "site_chrome.tr.media-promo"),
    (SC, "Videoyu izlemek için tıklayın", "site_chrome.tr.media-promo"),
    (SC, "Tüm bölümleri dinleyin", "site_chrome.tr.media-promo"),
    (SC, "Foto galeri", "site_chrome.tr.media-promo"),
    (SO, "Haberi paylaşın", "social.tr.label"),
    (SO, "Arkadaşlarınızla paylaşın", "social.tr.label"),
    (SO, "Bizi Google'da tercih edilen kaynak olarak ekleyin", "social.tr.preferred-source"),
    (SO, "Sabah'ı Google'da tercih ettiğiniz kaynaklara ekleyin", "social.tr.preferred-source"),
    (NL, "Kayıt işleminiz başarıyla tamamlandı.", "newsletter.tr.form-message"),
    (NL, "Bu e-posta adresi zaten kayıtlı.", "newsletter.tr.form-message"),
    (NL, "E-bültene abone olmak için e-posta adresinizi yazın", "newsletter.tr.email-prompt"),
    (NL, "Bültenimize kaydolmak için lütfen e-posta adresinizi giriniz", "newsletter"),
    (PW, "Bu içerik abonelerimize özeldir.", "paywall.tr.keep-reading"),
    (PW, "Bu makale yalnızca üyelerimize özel", "paywall.tr.keep-reading"),
    (PW, "Abonelikleri karşılaştır", "paywall.tr.label"),
    (PW, "Abonelik paketlerini inceleyin", "paywall.tr.label"),
    (PW, "Bu ay 2 ücretsiz haber hakkınız kaldı", "paywall.tr.meter"),
    (PW, "Son ücretsiz makalenizi okuyorsunuz", "paywall.tr.meter"),
    (CO, "Tümünü kabul et", "cookie.tr.buttons"),
    (CO, "Reddet", "cookie.tr.buttons"),
    (CO, "Tercihleri kaydet", "cookie.tr.buttons"),
    (CO, "Yalnızca gerekli çerezler", "cookie.tr.buttons"),
    (PU, "Haberin izinsiz kopyalanması yasaktır.", "publisher.tr.no-copying"),
    (PU, "Fotoğrafların izinsiz kullanılması ve çoğaltılması yasaktır", "publisher.tr.no-copying"),
    (
        PU,
        "Bu haberin tüm yayın hakları İhlas Haber Ajansı'na aittir. Kaynak gösterilmeden alıntılanamaz.",
        "publisher.tr.republishing",
    ),
    (
        AD,
        "Bu yazıda bağlantılar aracılığıyla yapılan alışverişlerden komisyon alabiliriz.",
        "advertisement.tr.affiliate",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Turkish
    ("tr", "Bakan, şirketin verilerini düzenleyici kurumlarla paylaşacağını söyledi."),
    ("tr", "Muhalefet, tüm kategorilerde vergi indirimi yapılmasını talep etti."),
    ("tr", "Son dakika golüyle kazanan takım, ligde liderliğe yükseldi."),
    ("tr", "Uygulama, kullanıcıların bildirimlere izin vermesini zorunlu tutuyor."),
    ("tr", "Tanık, ifadesinde olayı sesli olarak dinlediğini söyledi."),
    ("tr", "Şirket, yapay zeka özetleri konusunda yeni bir ürün tanıttı."),
    ("tr", "Bakanlık, ilgili haberlerin yalanlanması için açıklama yaptı."),
    ("tr", "Bu öneri, uzmanların da ilginizi çekebilir dediği bir konuda yeni bir tartışma başlattı."),
    ("tr", "Sendika, işverenin teklifini kabul etmeyeceğini duyurdu."),
    ("tr", "Mahkeme, itirazı reddetti ve kararı onadı."),
    ("tr", "Milletvekilleri, yasa teklifini oy çokluğuyla kabul etti."),
    ("tr", "Gazeteci, haberin izinsiz kopyalanmasının telif hakkı ihlali olduğunu belirtti."),
    ("tr", "Kulüp, son ücretsiz transfer hakkını genç bir oyuncu için kullandı."),
    ("tr", "Belediye, Google'da en çok aranan kelimelerin listesini yayımladı."),
    ("tr", "Savcılık, videoyu izleyen tanıkların ifadesine başvurdu."),
    ("tr", "Podcast yayıncısı, programında ekonomistlerle enflasyonu tartıştı."),
    ("tr", "Abone sayısı artan dijital yayın platformu, fiyatlarını yüzde 30 zamladı."),
    ("tr", "Kayıt işlemleri pazartesi günü başlayacak ve iki hafta sürecek."),
    ("tr", "Yolcular, tercih edilen kaynak ülkelerden gelen uçuşlarda gecikme yaşandığını anlattı."),
    ("tr", "Ailesi, gencin son dakika haberleriyle yaşadığı şoku anlattı."),
    ("tr", "Şirket, bağlantılar aracılığıyla yapılan satışlardan elde edilen gelirin arttığını açıkladı."),
    ("tr", "Öğrenciler, kütüphanede benzer içerikler arayan araştırmacılara yardım etti."),
]
