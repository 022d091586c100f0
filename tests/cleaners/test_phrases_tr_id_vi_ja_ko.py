"""Phrase rules in Turkish, Indonesian, Vietnamese, Japanese and Korean: page furniture goes, prose stays."""

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

SC = Category.SITE_CHROME
CM = Category.COMMENTS
NL = Category.NEWSLETTER
PW = Category.PAYWALL

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Turkish ---
    (SC, "İçeriğe geç", "site_chrome.tr.skip-link"),
    (SC, "Ana içeriğe atla", "site_chrome.tr.skip-link"),
    (SC, "Menüye geç", "site_chrome.tr.skip-link"),
    (SC, "Yazdır", "site_chrome.tr.tools"),
    (SC, "Linki kopyala", "site_chrome.tr.tools"),
    (SC, "Bağlantı kopyalandı", "site_chrome.tr.tools"),
    (SC, "Haberi sesli dinle", "site_chrome.tr.tools"),
    (SC, "Canlı yayın", "site_chrome.tr.tools"),
    (SC, "Okuma süresi: 4 dk", "site_chrome.tr.tools"),
    (SC, "5 dakikalık okuma", "site_chrome.tr.tools"),
    (SC, "Arama", "site_chrome.tr.menu-label"),
    (SC, "Ara", "site_chrome.tr.menu-label"),
    (SC, "Anasayfa", "site_chrome.tr.menu-label"),
    (SC, "Giriş yap", "site_chrome.tr.menu-label"),
    (SC, "GİRİŞ YAP", "site_chrome.tr.menu-label"),
    (SC, "Hesabım", "site_chrome.tr.menu-label"),
    (SC, "Künye", "site_chrome.tr.menu-label"),
    (SC, "Gizlilik Politikası", "site_chrome.tr.menu-label"),
    (SC, "Daha fazla yükle", "site_chrome.tr.menu-label"),
    (SC, "Devamını oku »", "site_chrome.tr.menu-label"),
    (SC, "Sonraki haber", "site_chrome.tr.menu-label"),
    (SC, "Sayfa 2 / 5", "site_chrome.tr.menu-label"),
    (SC, "Yazan: Ayşe Demir", "site_chrome.tr.menu-label"),
    (SC, "Son güncelleme:", "site_chrome.tr.menu-label"),
    (SC, "Güncelleme: 3 saat önce", "site_chrome.tr.relative-time"),
    (SC, "5 dakika önce güncellendi", "site_chrome.tr.relative-time"),
    (SC, "birkaç dakika önce", "site_chrome.tr.relative-time"),
    (CM, "Yorumlar (12)", "comments.tr.widget"),
    (CM, "3 yorum", "comments.tr.widget"),
    (CM, "Yanıtla", "comments.tr.widget"),
    (CM, "Şikayet et", "comments.tr.widget"),
    (CM, "Tüm yorumları göster", "comments.tr.widget"),
    (CM, "Yorumlar kapatılmıştır.", "comments.tr.widget"),
    (CM, "Siz ne düşünüyorsunuz? Yorumunuzu aşağıya yazın.", "comments.tr.prompt"),
    (CM, "Bu habere ilk yorumu siz yapın!", "comments.tr.prompt"),
    (CM, "Haberle ilgili tartışmaya katılın", "comments.tr.prompt"),
    (NL, "E-Bülten", "newsletter.tr.label"),
    (NL, "E-posta adresiniz *", "newsletter.tr.label"),
    (NL, "Bültene abone ol", "newsletter.tr.label"),
    (PW, "Zaten abone misiniz? Giriş yapın", "paywall.tr.already-subscriber"),
    (PW, "Aboneyseniz giriş yapın.", "paywall.tr.already-subscriber"),
    # --- Indonesian ---
    (SC, "Langsung ke konten", "site_chrome.id.skip-link"),
    (SC, "Lompat ke konten utama", "site_chrome.id.skip-link"),
    (SC, "Cetak", "site_chrome.id.tools"),
    (SC, "Salin tautan", "site_chrome.id.tools"),
    (SC, "Link berhasil disalin", "site_chrome.id.tools"),
    (SC, "Dengarkan artikel ini", "site_chrome.id.tools"),
    (SC, "Siaran Langsung", "site_chrome.id.tools"),
    (SC, "Waktu baca: 4 menit", "site_chrome.id.tools"),
    (SC, "3 menit membaca", "site_chrome.id.tools"),
    (SC, "Beranda", "site_chrome.id.menu-label"),
    (SC, "Cari", "site_chrome.id.menu-label"),
    (SC, "Masuk", "site_chrome.id.menu-label"),
    (SC, "Kembali ke atas", "site_chrome.id.menu-label"),
    (SC, "Pedoman Media Siber", "site_chrome.id.menu-label"),
    (SC, "Kebijakan Privasi", "site_chrome.id.menu-label"),
    (SC, "Muat lebih banyak", "site_chrome.id.menu-label"),
    (SC, "Baca selengkapnya »", "site_chrome.id.menu-label"),
    (SC, "Artikel berikutnya", "site_chrome.id.menu-label"),
    (SC, "Halaman 2 dari 5", "site_chrome.id.menu-label"),
    (SC, "Ditulis oleh Rina Sari", "site_chrome.id.menu-label"),
    (SC, "Diperbarui:", "site_chrome.id.menu-label"),
    (SC, "Diperbarui 2 jam yang lalu", "site_chrome.id.relative-time"),
    (SC, "beberapa menit yang lalu", "site_chrome.id.relative-time"),
    (SC, "Baru saja", "site_chrome.id.relative-time"),
    (CM, "Komentar (5)", "comments.id.widget"),
    (CM, "12 Komentar", "comments.id.widget"),
    (CM, "Balas", "comments.id.widget"),
    (CM, "Lihat semua komentar", "comments.id.widget"),
    (CM, "Kolom komentar ditutup.", "comments.id.widget"),
    (CM, "Tinggalkan komentar", "comments.id.widget"),
    (CM, "Bagaimana pendapat Anda? Silakan tinggalkan komentar di bawah ini.", "comments.id.prompt"),
    (CM, "Jadilah yang pertama berkomentar!", "comments.id.prompt"),
    (CM, "Tuliskan komentar Anda tentang berita ini", "comments.id.prompt"),
    (NL, "Nawala", "newsletter.id.label"),
    (NL, "Alamat email *", "newsletter.id.label"),
    (NL, "Masukkan email Anda", "newsletter.id.label"),
    (PW, "Sudah berlangganan? Masuk", "paywall.id.already-subscriber"),
    (PW, "Sudah punya akun? Silakan login di sini", "paywall.id.already-subscriber"),
    # --- Vietnamese ---
    (SC, "Chuyển đến nội dung", "site_chrome.vi.skip-link"),
    (SC, "Bỏ qua đến nội dung chính", "site_chrome.vi.skip-link"),
    (SC, "In bài viết", "site_chrome.vi.tools"),
    (SC, "Sao chép liên kết", "site_chrome.vi.tools"),
    (SC, "Đã sao chép link", "site_chrome.vi.tools"),
    (SC, "Nghe bài viết", "site_chrome.vi.tools"),
    (SC, "Trực tiếp", "site_chrome.vi.tools"),
    (SC, "Thời gian đọc: 5 phút", "site_chrome.vi.tools"),
    (SC, "3 phút đọc", "site_chrome.vi.tools"),
    (SC, "Trang chủ", "site_chrome.vi.menu-label"),
    (SC, "Tìm kiếm", "site_chrome.vi.menu-label"),
    (SC, "Đăng nhập", "site_chrome.vi.menu-label"),
    (SC, "Lên đầu trang", "site_chrome.vi.menu-label"),
    (SC, "Liên hệ quảng cáo", "site_chrome.vi.menu-label"),
    (SC, "Chính sách bảo mật", "site_chrome.vi.menu-label"),
    (SC, "Xem thêm", "site_chrome.vi.menu-label"),
    (SC, "Bài tiếp theo", "site_chrome.vi.menu-label"),
    (SC, "Trang 2/5", "site_chrome.vi.menu-label"),
    (SC, "Viết bởi Nguyễn Văn An", "site_chrome.vi.menu-label"),
    (SC, "Cập nhật:", "site_chrome.vi.menu-label"),
    (SC, "Cập nhật 2 giờ trước", "site_chrome.vi.relative-time"),
    (SC, "vài phút trước", "site_chrome.vi.relative-time"),
    (SC, "Vừa xong", "site_chrome.vi.relative-time"),
    (CM, "Bình luận (3)", "comments.vi.widget"),
    (CM, "Ý kiến bạn đọc", "comments.vi.widget"),
    (CM, "Trả lời", "comments.vi.widget"),
    (CM, "Báo cáo vi phạm", "comments.vi.widget"),
    (CM, "Xem tất cả bình luận", "comments.vi.widget"),
    (CM, "Gửi bình luận", "comments.vi.widget"),
    (CM, "Hãy là người đầu tiên bình luận về bài viết này", "comments.vi.prompt"),
    (CM, "Mời bạn đọc gửi ý kiến về bài viết", "comments.vi.prompt"),
    (CM, "Chia sẻ ý kiến của bạn", "comments.vi.prompt"),
    (NL, "Bản tin", "newsletter.vi.label"),
    (NL, "Nhập email của bạn", "newsletter.vi.label"),
    (NL, "Địa chỉ email *", "newsletter.vi.label"),
    (PW, "Bạn đã là hội viên? Đăng nhập", "paywall.vi.already-subscriber"),
    (PW, "Đã có tài khoản? Đăng nhập ngay", "paywall.vi.already-subscriber"),
    # --- Japanese ---
    (SC, "本文へ移動", "site_chrome.ja.skip-link"),
    (SC, "メインコンテンツへスキップ", "site_chrome.ja.skip-link"),
    (SC, "この記事は約3分で読めます", "site_chrome.ja.tools"),
    (SC, "読了時間：約5分", "site_chrome.ja.tools"),
    (SC, "リンクをコピー", "site_chrome.ja.tools"),
    (SC, "メニュー", "site_chrome.ja.menu-label"),
    (SC, "利用規約 プライバシーポリシー お問い合わせ サイトマップ", "site_chrome.ja.menu-label"),
    (SC, "• プライバシー・ポリシー", "site_chrome.ja.menu-label"),
    (SC, "執筆者：山田太郎", "site_chrome.ja.menu-label"),
    (SC, "更新日時：", "site_chrome.ja.menu-label"),
    (SC, "更新：3時間前", "site_chrome.ja.relative-time"),
    (SC, "3時間前に配信", "site_chrome.ja.relative-time"),
    (SC, "たった今", "site_chrome.ja.relative-time"),
    (CM, "最初のコメントを書いてみませんか", "comments.ja.prompt"),
    (CM, "コメントをお寄せください", "comments.ja.prompt"),
    (NL, "メールマガジン登録", "newsletter.ja.label"),
    (NL, "ニュースレターの登録はこちら", "newsletter.ja.label"),
    (PW, "すでに会員の方はこちら", "paywall.ja.already-subscriber"),
    (PW, "有料会員の方はログイン", "paywall.ja.already-subscriber"),
    # --- Korean ---
    (SC, "본문 바로가기", "site_chrome.ko.skip-link"),
    (SC, "본문 바로가기 주메뉴 바로가기", "site_chrome.ko.skip-link"),
    (SC, "읽는 시간 3분", "site_chrome.ko.tools"),
    (SC, "링크가 복사되었습니다.", "site_chrome.ko.tools"),
    (SC, "전체메뉴", "site_chrome.ko.menu-label"),
    (SC, "회사소개 광고문의 개인정보처리방침 청소년보호정책 이메일무단수집거부", "site_chrome.ko.menu-label"),
    (SC, "기자의 다른기사 보기", "site_chrome.ko.menu-label"),
    (SC, "입력 3시간 전", "site_chrome.ko.relative-time"),
    (SC, "방금 전", "site_chrome.ko.relative-time"),
    (CM, "첫 댓글을 남겨주세요.", "comments.ko.prompt"),
    (CM, "이 기사에 첫 번째 댓글을 달아보세요", "comments.ko.prompt"),
    (NL, "뉴스레터 구독하기", "newsletter.ko.label"),
    (NL, "이메일 주소", "newsletter.ko.label"),
    (PW, "이미 회원이신가요? 로그인", "paywall.ko.already-subscriber"),
    (PW, "이미 구독 중이신가요?", "paywall.ko.already-subscriber"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, an article sentence that uses the rules' words in prose)
    ("tr", "Polis, olay yerine üç saat önce ulaştığını açıkladı."),
    ("tr", "Bakan, konuyla ilgili yorum yapmaktan kaçındı."),
    ("tr", "Belediye, sahil yolunu trafiğe kapattı ve yeni bir menü sundu."),
    ("tr", "Yazar, romanının devamını okurlarıyla paylaşmak istediğini söyledi."),
    ("tr", "Canlı yayında konuşan uzman, depremin ardından yeni bir giriş kapısı açıldığını anlattı."),
    ("tr", "Şirket, zaten abone olan müşterilere ek ücret yansıtmayacak."),
    ("tr", "Giriş"),
    ("tr", "Yorum"),
    ("tr", "Yazar: Orhan Pamuk"),
    ("id", "Polisi menerima laporan sekitar tiga jam yang lalu dari warga setempat."),
    ("id", "Warganet Tinggalkan Komentar Pedas di Akun Instagram Menteri"),
    ("id", "Presiden belum memberikan komentar soal rencana itu kepada wartawan."),
    ("id", "Tim SAR masih mencari korban yang hilang di sungai itu."),
    ("id", "Ia mengaku sudah berlangganan koran itu selama dua puluh tahun."),
    ("id", "Mahasiswa Ikuti Diskusi Publik tentang Perubahan Iklim"),
    ("id", "Daftar calon tetap akan diumumkan pekan depan oleh KPU."),
    ("vi", "Cảnh sát nhận được tin báo khoảng hai giờ trước khi vụ cháy bùng phát."),
    ("vi", "Nhiều người để lại bình luận dưới bài đăng của ca sĩ."),
    ("vi", "Các chuyên gia tham gia thảo luận về chính sách thuế mới."),
    ("vi", "Bộ trưởng trả lời chất vấn của đại biểu Quốc hội sáng nay."),
    ("vi", "Cửa hàng đóng cửa sớm vì mưa lớn và trang chủ của họ ngừng hoạt động."),
    ("vi", "Anh đã có tài khoản ngân hàng từ năm 2015."),
    ("vi", "Bản tin thời tiết cho biết bão sẽ đổ bộ vào đêm nay."),
    ("ja", "警察は3時間前に通報を受けたと発表した。"),
    ("ja", "市はホームページで検索できる避難所の一覧を公開した。"),
    ("ja", "首相は記者会見で、コメントを控えると述べた。"),
    ("ja", "同社は利用規約を改定し、会員の方は追加料金なしで利用できるとした。"),
    ("ja", "読者からは多くのコメントが寄せられた。"),
    ("ja", "メールアドレスの流出が確認されたと同社は発表した。"),
    ("ko", "경찰은 3시간 전에 신고를 받았다고 밝혔다."),
    ("ko", "시청 홈페이지에서 검색하면 대피소 목록을 볼 수 있다."),
    ("ko", "네티즌들은 기사에 댓글을 남겼다."),
    ("ko", "그는 이미 회원인 사람들에게는 혜택이 없다고 말했다."),
    ("ko", "회사는 개인정보처리방침을 개정했다고 발표했다."),
    ("ko", "뉴스레터 구독자가 1년 만에 두 배로 늘었다."),
]


@pytest.mark.parametrize(("category", "line", "rule_prefix"), POSITIVES)
def test_junk_line_is_removed_with_its_rule(category: Category, line: str, rule_prefix: str) -> None:
    assert_removed_with_rule(category, line, rule_prefix)


@pytest.mark.parametrize(("lang", "sentence"), NEGATIVES)
def test_article_sentence_is_kept_by_every_phrase_cleaner(lang: str, sentence: str) -> None:
    assert_kept_by_every_phrase_cleaner(sentence, lang)


@pytest.mark.parametrize(
    ("heading", "signup"),
    [
        ("Ekonomi Bülteni", "Bültenimize abone olun, haftanın özetini kaçırmayın."),
        ("Haftalık e-bülten", "E-bültenimize abone olun"),
        ("Bản tin sáng", "Đăng ký nhận bản tin mỗi sáng qua email."),
        ("Bản tin kinh tế hằng tuần", "Đăng ký nhận bản tin"),
    ],
)
def test_newsletter_heading_goes_with_the_signup_line_below_it(heading: str, signup: str) -> None:
    assert_heading_goes_with_signup(heading, signup)


@pytest.mark.parametrize("heading", ["Ekonomi Bülteni", "Bản tin kinh tế hằng tuần"])
def test_newsletter_heading_alone_stays(heading: str) -> None:
    assert judge(PhraseCleaner(Category.NEWSLETTER), f"{BODY}\n{heading}\n") == []
