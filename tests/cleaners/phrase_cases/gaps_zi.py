"""Phrase rules in Indonesian, Malay, Vietnamese and Hindi, round four: page furniture that the earlier
tables missed (AI summaries, saved-article notes, Google preferred-source and video or podcast promos,
sign-up confirmations, paywall meters, consent walls, comment disclaimers, link-list headings, editing
credits), and article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Indonesian
    (SC, "Lompati ke isi utama", "site_chrome.id.skip-link"),
    (SC, "Menuju konten utama", "site_chrome.id.skip-link"),
    (SC, "Menu Utama", "site_chrome.id.menu-label"),
    (SC, "Indeks", "site_chrome.id.menu-label"),
    (SC, "Lupa password?", "site_chrome.id.menu-label"),
    (SC, "Daftar akun baru", "site_chrome.id.menu-label"),
    (SC, "Masuk dengan Google", "site_chrome.id.menu-label"),
    (SC, "Belum punya akun? Daftar sekarang", "site_chrome.id.menu-label"),
    (SC, "Atur ulang kata sandi", "site_chrome.id.menu-label"),
    (SC, "Berita ini telah disimpan", "site_chrome.id.tools"),
    (SC, "Hapus dari daftar bacaan", "site_chrome.id.tools"),
    (SC, "Dengarkan versi audio artikel ini", "site_chrome.id.tools"),
    (SC, "BACA JUGA:", "site_chrome.id.related"),
    (SC, "Lihat Juga", "site_chrome.id.related"),
    (SC, "Berita Lainnya", "site_chrome.id.related"),
    (SC, "Paling Banyak Dibaca", "site_chrome.id.related"),
    (SC, "Pilihan Redaksi", "site_chrome.id.related"),
    (SC, "Rekomendasi untuk Kamu", "site_chrome.id.related"),
    (SC, "Jangan Lewatkan", "site_chrome.id.related"),
    (SC, "Kamu mungkin juga suka", "site_chrome.id.related"),
    (SC, "Terbaru Hari Ini", "site_chrome.id.related"),
    (SC, "Video Terkait", "site_chrome.id.related"),
    (SC, "Rangkuman AI", "site_chrome.id.ai-summary"),
    (SC, "Ringkasan artikel oleh AI", "site_chrome.id.ai-summary"),
    (
        SC,
        "Artikel ini dihasilkan dengan bantuan kecerdasan buatan dan diperiksa oleh redaksi.",
        "site_chrome.id.ai-summary",
    ),
    (SC, "Penulis: Andi Saputra | Editor: Dewi Lestari", "site_chrome.id.credit"),
    (SC, "Pewarta: Hendra Kurniawan", "site_chrome.id.credit"),
    (SC, "Penyunting: M. Arif", "site_chrome.id.credit"),
    (SO, "Jadikan Tempo sumber berita favorit Anda di Google", "social.id.google-source"),
    (SO, "Tambahkan kami sebagai sumber tepercaya di Google Search", "social.id.google-source"),
    (SO, "Saksikan tayangan lengkapnya di kanal YouTube Kompas TV", "social.id.media-promo"),
    (SO, "Simak siniar selengkapnya di Spotify", "social.id.media-promo"),
    (NL, "Periksa email Anda untuk memverifikasi langganan", "newsletter.id.confirm"),
    (NL, "Kami telah mengirimkan tautan konfirmasi ke email Anda.", "newsletter.id.confirm"),
    (NL, "Pendaftaran berhasil!", "newsletter.id.status"),
    (NL, "Email ini sudah terdaftar", "newsletter.id.status"),
    (NL, "Anda sudah berlangganan buletin kami", "newsletter.id.status"),
    (PW, "Sisa 1 artikel gratis lagi bulan ini", "paywall.id.meter"),
    (PW, "Ini artikel gratis terakhir Anda bulan ini", "paywall.id.meter"),
    (PW, "Kuota baca gratis Anda sudah habis", "paywall.id.meter"),
    (PW, "Kamu punya 3 artikel premium tersisa", "paywall.id.meter"),
    (CO, "Terima semua", "cookie"),
    (CO, "Kelola pilihan", "cookie.id.consent-wall"),
    (CO, "Simpan preferensi saya", "cookie.id.consent-wall"),
    (CO, "Hanya yang diperlukan", "cookie.id.consent-wall"),
    (CO, "Kami menghargai privasi Anda", "cookie.id.consent-wall"),
    (
        CM,
        "Setiap komentar yang dikirim menjadi tanggung jawab pengirim dan diatur dalam UU ITE.",
        "comments.id.disclaimer",
    ),
    (CM, "Komentar pembaca tidak mewakili pandangan redaksi.", "comments.id.disclaimer"),
    (PU, "Hak Cipta © 2024 Tribunnews. Semua hak dilindungi undang-undang", "publisher.id.rights-reserved"),
    (PU, "Kompas Gramedia. Seluruh hak cipta dilindungi undang-undang", "publisher.id.rights-reserved"),
    (
        AD,
        "Jika Anda membeli produk melalui tautan di halaman ini, kami bisa mendapat komisi.",
        "advertisement.id.affiliate",
    ),
    (AD, "Kami dapat mendapat sedikit komisi dari link di artikel ini", "advertisement.id.affiliate"),
    # --- POSITIVES END
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Indonesian
    ("id", "Menu makan siang gratis di sekolah itu kini ditambah buah dan susu."),
    ("id", "Ringkasan laporan keuangan perusahaan itu dibuat oleh auditor independen."),
    ("id", "Ringkasan putusan hakim dibacakan selama dua jam di ruang sidang."),
    ("id", "Editor senior majalah itu mengundurkan diri setelah berita tersebut terbit."),
    ("id", "Penulis buku itu mengaku terinspirasi dari kisah kakeknya di Aceh."),
    ("id", "Komentar menteri itu sepenuhnya menjadi tanggung jawab pribadinya, kata juru bicara partai."),
    ("id", "Komentar pejabat itu tidak mencerminkan sikap kami, kata ketua serikat pekerja."),
    ("id", "Kami menghargai privasi Anda, kata juru bicara bank itu kepada para nasabah."),
    ("id", "Warga diminta menolak semua bentuk politik uang menjelang pemilihan kepala daerah."),
    ("id", "Perusahaan itu mengelola pilihan investasi dana pensiun pegawai negeri."),
    ("id", "Pendaftaran berhasil menarik lebih dari dua ribu peserta dari berbagai daerah."),
    ("id", "Sisa dua artikel dalam rancangan undang-undang itu masih dibahas oleh panitia kerja."),
    ("id", "Anda memiliki dua pilihan, kata hakim kepada terdakwa sebelum sidang ditutup."),
    ("id", "Video yang diunggah di YouTube itu telah ditonton jutaan kali dalam sepekan."),
    ("id", "Ia mendengarkan podcast itu di Spotify setiap pagi sebelum berangkat bekerja."),
    ("id", "Jadikan pertanian sumber utama pendapatan desa, kata bupati dalam pidatonya."),
    ("id", "Artikel tersebut disimpan di arsip nasional sejak tahun 1950."),
    ("id", "Baca juga laporan lengkap kami tentang banjir di Demak pada edisi besok."),
    ("id", "Berita terkini soal gempa disiarkan langsung oleh stasiun televisi daerah."),
    ("id", "Hak cipta atas lagu itu dipersoalkan oleh ahli waris penciptanya."),
    ("id", "Menurut dia, semua hak dilindungi undang-undang, termasuk hak atas tanah adat."),
    ("id", "Kami mendapat komisi dari pemerintah untuk membangun jembatan tersebut."),
    ("id", "Pewarta foto itu terluka saat meliput demonstrasi di depan gedung DPR."),
    ("id", "Indeks harga konsumen naik 0,3 persen pada bulan Mei."),
    ("id", "Lupa membawa kartu identitas, puluhan pemilih tidak bisa mencoblos."),
    ("id", "Email tersebut sudah terdaftar sebagai barang bukti dalam berkas perkara."),
    # --- NEGATIVES END
]
