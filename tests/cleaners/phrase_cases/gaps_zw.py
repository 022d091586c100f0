"""Phrase rules in Indonesian, round thirteen: page furniture that the earlier tables missed
(audio players with their length, save and gift buttons, photo-gallery controls, live-blog refresh lines,
"send a tip" and "report an error" prompts, consent-or-pay walls, comment-section headings and sorting,
newsletter confirmations and errors, subscription prices, app banners, embed placeholders, investment
disclaimers), and article sentences with the same words (run by
``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Indonesian
    (SC, "Dengarkan artikel ini (5 menit)", "site_chrome.id.tools"),
    (SC, "Putar audio · 3:20", "site_chrome.id.tools"),
    (SC, "Ditambahkan ke daftar bacaan", "site_chrome.id.tools"),
    (SC, "Dihapus dari bookmark", "site_chrome.id.tools"),
    (SC, "Simpan", "site_chrome.id.tools"),
    (SC, "Hadiahkan artikel ini ke teman Anda", "site_chrome.id.tools"),
    (SC, "Bagikan artikel ini secara gratis kepada kerabat", "site_chrome.id.tools"),
    (SC, "Kamu masih bisa menghadiahkan 3 artikel lagi bulan ini", "site_chrome.id.tools"),
    (SC, "Foto 5/9", "site_chrome.id.gallery"),
    (SC, "Gambar 1 dari 6", "site_chrome.id.gallery"),
    (SC, "Swipe untuk lihat foto lainnya", "site_chrome.id.gallery"),
    (SC, "Foto sebelumnya", "site_chrome.id.gallery"),
    (SC, "Lihat semua foto", "site_chrome.id.gallery"),
    (SC, "Klik untuk memperbesar gambar", "site_chrome.id.gallery"),
    (SC, "Segarkan halaman", "site_chrome.id.live"),
    (SC, "3 update terbaru", "site_chrome.id.live"),
    (SC, "Ada postingan baru", "site_chrome.id.live"),
    (SC, "Lihat 2 postingan baru", "site_chrome.id.live"),
    (SC, "LIVE UPDATE", "site_chrome.id.live"),
    (
        SC,
        "Punya foto atau video kejadian di sekitar Anda? Kirimkan ke nomor WhatsApp redaksi",
        "site_chrome.id.tip",
    ),
    (SC, "Menemukan salah ketik di artikel ini? Beri tahu kami", "site_chrome.id.tip"),
    (SC, "Kirimkan tulisan Anda ke redaksi melalui email", "site_chrome.id.tip"),
    (SC, "Laporkan kesalahan pada berita ini", "site_chrome.id.tip"),
    (SC, "Berita untuk Kamu", "site_chrome.id.related"),
    (SC, "Artikel Menarik Lainnya", "site_chrome.id.related"),
    (SC, "Tag Terkait", "site_chrome.id.related"),
    (SC, "Terbaru dari detikNews", "site_chrome.id.related"),
    (SC, "Rangkuman artikel ini disusun menggunakan AI", "site_chrome.id.ai-summary"),
    (SC, "Sembunyikan ringkasan", "site_chrome.id.ai-summary"),
    (CO, "Portal kami menerapkan cookie demi kenyamanan Anda membaca berita", "cookie.id.site-uses"),
    (CO, "Saya setuju dan lanjutkan", "cookie.id.consent-wall"),
    (CO, "Izinkan cookie atau berlangganan tanpa iklan", "cookie.id.consent-wall"),
    (CO, "Lanjutkan tanpa iklan", "cookie.id.consent-wall"),
    (CO, "Tolak dan berlangganan", "cookie.id.consent-wall"),
    (CM, "Tanggapan (14)", "comments.id.widget"),
    (CM, "Kolom Diskusi", "comments.id.widget"),
    (CM, "Berikan tanggapan Anda di bawah ini", "comments.id.widget"),
    (CM, "Urutkan berdasarkan: Terpopuler", "comments.id.widget"),
    (CM, "Komentar Terbaru", "comments.id.widget"),
    (CM, "Tampilkan 4 balasan", "comments.id.widget"),
    (NL, "Terima kasih! Kamu telah berlangganan buletin pagi kami", "newsletter.id.status"),
    (NL, "Langganan tidak berhasil. Mohon coba kembali", "newsletter.id.status"),
    (NL, "Silakan buka inbox email kamu untuk verifikasi", "newsletter.id.confirm"),
    (NL, "Email konfirmasi sudah dikirim ke alamat Anda", "newsletter.id.confirm"),
    (NL, "Masukkan email yang benar", "newsletter.id.label"),
    (PW, "Langganan hanya Rp 1.000 per hari", "paywall.id.label"),
    (PW, "Coba gratis 30 hari pertama", "paywall.id.label"),
    (PW, "Lihat paket langganan", "paywall.id.label"),
    (PW, "Login / Daftar gratis untuk membaca artikel ini", "paywall.id.label"),
    (SO, "Jadikan Tribunnews.com sumber berita pilihan Anda di Google", "social.id.google-source"),
    (SO, "Dapatkan breaking news langsung di ponsel Anda lewat saluran kami", "social.id.follow"),
    (SO, "Saksikan tayangan lengkapnya di bawah ini", "social.id.media-promo"),
    (SO, "Klik di sini untuk menonton video", "social.id.media-promo"),
    (SO, "[Gambas:Video 20detik]", "social.id.media-promo"),
    (SO, "Simak Video: Banjir Rendam Ribuan Rumah di Demak", "social.id.media-promo"),
    (AD, "Buka di aplikasi", "advertisement.id.app-promo"),
    (AD, "Lanjutkan membaca di app Kumparan", "advertisement.id.app-promo"),
    (AD, "Konten di bawah ini merupakan iklan dari Advernative", "advertisement.id.label"),
    (PU, "Dilarang menyalin foto dan berita tersebut tanpa izin redaksi", "publisher.id"),
    (
        PU,
        "Dilarang menayangkan ulang sebagian atau keseluruhan foto dan artikel di atas tanpa izin tertulis. "
        "Pelanggaran akan diproses hukum.",
        "publisher.id.rights-reserved",
    ),
    (PU, "Disclaimer: Setiap keputusan investasi adalah tanggung jawab pembaca", "publisher.id.disclaimer"),
    (PU, "Penafian: Artikel ini bukan rekomendasi untuk membeli saham tertentu", "publisher.id.disclaimer"),
    (PU, "Keputusan investasi sepenuhnya berada di tangan pembaca.", "publisher.id.disclaimer"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Indonesian
    ("id", "Pemerintah menyimpan cadangan beras sebanyak dua juta ton di gudang Bulog."),
    ("id", "Warga diminta menyimpan dokumen penting di tempat yang aman selama musim banjir."),
    ("id", "Polisi memutar rekaman audio percakapan tersangka di depan majelis hakim."),
    ("id", "Foto-foto itu diambil dari kamera pengawas di lobi hotel."),
    ("id", "Galeri nasional memamerkan 120 lukisan karya seniman muda dari berbagai daerah."),
    ("id", "Ada lima pembaruan dalam aturan lalu lintas yang mulai berlaku bulan depan."),
    ("id", "Warga yang punya informasi soal keberadaan pelaku diminta menghubungi polisi."),
    ("id", "Wartawan itu mengirimkan foto kejadian kepada redaksi beberapa menit setelah ledakan."),
    ("id", "Kementerian menemukan kesalahan data penerima bantuan di sejumlah kabupaten."),
    ("id", "Pilihan warga pada pemilu lalu menunjukkan perubahan besar di daerah itu."),
    ("id", "Tanggapan pemerintah atas kritik mahasiswa dinilai terlalu lambat."),
    ("id", "Komentar warganet di media sosial menjadi sorotan setelah video itu viral."),
    ("id", "Pelanggan mengeluhkan harga langganan internet yang naik mulai Rp 50.000 per bulan."),
    ("id", "Paket bantuan sosial dibagikan kepada warga terdampak gempa."),
    ("id", "Perusahaan itu menerapkan cookie pelacak tanpa persetujuan pengguna, menurut regulator."),
    ("id", "Menteri setuju dan meminta pembahasan dilanjutkan pekan depan."),
    ("id", "Keputusan investasi perusahaan pelat merah itu harus melalui persetujuan pemegang saham."),
    ("id", "Analis mengatakan keputusan investasi sepenuhnya ada di tangan investor masing-masing."),
    ("id", "Aplikasi itu bisa dibuka di ponsel dengan sistem operasi apa pun."),
    ("id", "Warga bisa membaca pengumuman itu di aplikasi milik pemerintah daerah."),
    ("id", "Video yang ditonton jutaan kali itu memperlihatkan banjir di pusat kota."),
    ("id", "Laporan langsung dari lokasi bencana disiarkan oleh stasiun televisi pemerintah."),
    ("id", "Hakim melarang media menayangkan ulang rekaman sidang tanpa izin pengadilan."),
    ("id", "Pengunjung dilarang mengambil foto tersebut tanpa izin pengelola museum."),
    ("id", "Update terbaru"),
    ("id", "Rangkuman hasil rapat itu dibuat oleh sekretariat dan dibagikan kepada anggota dewan."),
]
