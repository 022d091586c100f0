"""Phrase rules in Indonesian, Malay and Vietnamese, round fifteen: page furniture that the earlier tables
missed (pagination of split articles, view counters, reader-reaction widgets, send-a-tip and contributor
buttons, ad-free and ad-skip prompts, channel and Google News prompts, subscription upsells and login walls,
comment-moderation messages, source and desk-initial lines, Zalo prompts, loading and live-blog labels), and
article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Indonesian
    (SC, "Lihat Semua", "site_chrome.id.menu-label"),
    (SC, "Sedang memuat komentar...", "site_chrome.id.menu-label"),
    (SC, "Selanjutnya", "site_chrome.id.menu-label"),
    (SC, "Kontak Redaksi", "site_chrome.id.menu-label"),
    (SC, "Susunan Redaksi", "site_chrome.id.menu-label"),
    (SC, "Kata kunci:", "site_chrome.id.menu-label"),
    (SC, "Masuk | Daftar", "site_chrome.id.menu-label"),
    (SC, "Klik di sini untuk baca artikel selengkapnya", "site_chrome.id.menu-label"),
    (SC, "Ringkasan Singkat", "site_chrome.id.ai-summary"),
    (SC, "Poin-poin utama", "site_chrome.id.ai-summary"),
    (SC, "Artikel ini diproduksi dengan bantuan AI dan diperiksa redaksi", "site_chrome.id.ai-summary"),
    (SC, "Tautan telah tersalin", "site_chrome.id.tools"),
    (SC, "Download sebagai PDF", "site_chrome.id.tools"),
    (SC, "Perkecil", "site_chrome.id.tools"),
    (SC, "Konten terkait", "site_chrome.id.related"),
    (SC, "Trending hari ini", "site_chrome.id.related"),
    (SC, "Terbaru dari rubrik ini", "site_chrome.id.related"),
    (SC, "Lihat Video", "site_chrome.id.gallery"),
    (SC, "Pembaruan terkini di atas", "site_chrome.id.live"),
    (SC, "Pembaruan otomatis nonaktif", "site_chrome.id.live"),
    (SC, "Lanjut baca ke halaman 3", "site_chrome.id.pagination"),
    (SC, "Halaman: 1 2 3 4 Berikutnya", "site_chrome.id.pagination"),
    (SC, "1 2 3 Selanjutnya", "site_chrome.id.pagination"),
    (SC, "Telah dibaca 12.345 kali", "site_chrome.id.counters"),
    (SC, "Ditonton 3,4 rb kali", "site_chrome.id.counters"),
    (SC, "Bagaimana reaksi kamu tentang artikel ini?", "site_chrome.id.feedback"),
    (SC, "Berita ini bermanfaat untuk Anda?", "site_chrome.id.feedback"),
    (SC, "Beri penilaian untuk artikel ini", "site_chrome.id.feedback"),
    (SC, "Kirimkan tulisan Anda ke redaksi", "site_chrome.id.tip-label"),
    (SC, "Gabung jadi kontributor di Kompasiana", "site_chrome.id.tip-label"),
    (SC, "Laporkan konten ini", "site_chrome.id.tip-label"),
    (SC, "Punya kisah menarik? Ceritakan ke kami", "site_chrome.id.tip-label"),
    (AD, "Kerjasama Iklan", "advertisement.id.ad-tools"),
    (AD, "Skip iklan", "advertisement.id.ad-tools"),
    (AD, "Iklan ini akan hilang dalam 10 detik", "advertisement.id.ad-tools"),
    (AD, "Nikmati artikel tanpa iklan, klik sini", "advertisement.id.ad-tools"),
    (AD, "Mau baca tanpa iklan? Berlangganan sekarang", "advertisement.id.ad-tools"),
    (AD, "Unduh aplikasi Kumparan sekarang juga", "advertisement.id.app-promo"),
    (
        SO,
        "Bergabunglah untuk mendapatkan berita terbaru di saluran WhatsApp kami",
        "social.id.channel-prompt",
    ),
    (SO, "Dapatkan update berita terkini melalui channel Telegram Suara.com", "social.id.channel-prompt"),
    (SO, "Baca berita terbaru lainnya di Google News", "social.id.channel-prompt"),
    (SO, "Follow penulis ini", "social.id.channel-prompt"),
    (SO, "Anda telah mengikuti topik ini", "social.id.channel-prompt"),
    (SO, "Jangan lupa follow akun Instagram kami ya", "social.id.channel-prompt"),
    (SO, "Kirim lewat Telegram", "social.id"),
    (SO, "Simak podcast Tempo", "social.id.media-promo"),
    (SO, "Tonton siaran langsung di iNews TV", "social.id.media-promo"),
    (NL, "Kamu berhasil mendaftar newsletter harian", "newsletter.id.status"),
    (NL, "Alamat email berhasil terdaftar", "newsletter.id.status"),
    (NL, "Daftar sekarang untuk mendapatkan rangkuman berita setiap pagi", "newsletter.id.sign-up-prompt"),
    (PW, "Nikmati akses premium ke seluruh liputan investigasi", "paywall.id.upsell"),
    (PW, "Jadilah member VIP", "paywall.id.upsell"),
    (PW, "Khusus bagi pelanggan premium", "paywall.id.upsell"),
    (PW, "Kamu belum masuk", "paywall.id.upsell"),
    (PW, "Lanjutkan dengan Facebook", "paywall.id.upsell"),
    (PW, "Berita gratis kamu tinggal satu bulan ini", "paywall.id.meter"),
    (CM, "Belum ada komentar. Jadilah orang pertama yang berkomentar", "comments.id.widget"),
    (CM, "Pedoman Berkomentar", "comments.id.widget"),
    (CM, "Komentar kamu akan muncul setelah disetujui admin", "comments.id.moderation"),
    (CM, "Harap berkomentar dengan santun dan tidak mengandung SARA", "comments.id.moderation"),
    (CO, "Kami menghormati privasi kamu", "cookie.id.consent-wall"),
    (
        PU,
        "Disclaimer: Berita ini tidak merupakan rekomendasi untuk membeli saham tertentu.",
        "publisher.id.disclaimer",
    ),
    (PU, "Baca artikel detikfinance, “Rupiah Menguat Pagi Ini” selengkapnya", "publisher.id.republished"),
    (
        PU,
        "Dilarang mengutip dan menyebarluaskan isi berita ini untuk kepentingan komersial"
        " tanpa izin tertulis dari redaksi.",
        "publisher",
    ),
    (PU, "Sumber: Detik.com", "publisher.id.source-line"),
    (PU, "Sumber gambar: Reuters/Willy Kurniawan", "publisher.id.source-line"),
    (PU, "Laporan Reporter Tribunnews.com, Ibriza Fasti Ifhami", "publisher.id.source-line"),
    (PU, "(ant/dal)", "publisher.id.desk-initials"),
]

NEGATIVES: list[str] = [
    # --- Indonesian
    "Hingga berita ini diturunkan, belum ada komentar dari pihak kepolisian.",
    "Belum ada komentar resmi dari kementerian terkait tuduhan tersebut.",
    "Warga dilarang mengambil pasir di pantai tanpa izin dari pemerintah desa.",
    "Dilarang menyebarluaskan data pribadi tanpa izin, kata juru bicara kementerian.",
    "Ia mengaku sudah lama ingin menjadi penulis sebelum bekerja sebagai guru.",
    "Jangan lupa ikuti petunjuk dokter saat minum obat ini, kata dia.",
    "Polisi memeriksa tersangka yang diduga membagikan konten hoaks ke grup WhatsApp warga.",
    "Perusahaan itu memasang iklan besar di sepanjang jalan tol Trans Jawa.",
    "Kota Bogor kini bebas iklan rokok di ruang publik sejak tahun lalu.",
    "Rapat itu membahas laporan wartawan tentang dugaan korupsi di dinas pendidikan.",
    "Video itu telah dilihat lebih dari dua juta kali sejak diunggah pada Senin.",
    "Siswa yang ingin menjadi pelanggan perpustakaan digital harus mendaftar di sekolah.",
    "Penonton dapat menyaksikan siaran langsung pertandingan itu di televisi nasional.",
    "Pengadilan memerintahkan situs itu menghapus komentar yang dianggap menghina.",
    "Dia mengatakan tagar itu trending di media sosial selama dua hari.",
    "Redaksi majalah itu menolak mencabut laporan investigasinya.",
    "Menteri meminta perusahaan itu memberikan akses penuh kepada auditor.",
    "Ia dilarang memasuki gedung itu tanpa izin tertulis dari pengadilan.",
    "Selanjutnya, polisi akan memeriksa saksi lain pekan depan.",
    "Ringkasan eksekutif laporan itu menyebutkan kerugian negara mencapai Rp 2 triliun.",
    "Suka atau tidak, harga bahan bakar akan naik bulan depan.",
    "Tim kampanye mengirim opini tertulis kepada komisi pemilihan umum.",
]
