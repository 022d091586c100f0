"""Phrase rules in Vietnamese, Khmer and Burmese, round fourteen: page furniture that the earlier tables
missed (skip links and menu toggles, AI summaries and "listen" players, saved-article and copy-link
messages, app banners, "preferred source" and channel prompts, podcast and video promos, live-blog
counters, hotlines and tip lines, paywall meters and upsells, newsletter status messages, comment
moderation notes, consent walls, gallery controls, republishing notices), and article sentences with
the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Vietnamese
    (SC, "Bỏ qua để tới nội dung", "site_chrome.vi.skip-link"),
    (SC, "Bỏ qua và để đến phần tìm kiếm", "site_chrome.vi.skip-link"),
    (SC, "Nhảy tới chân trang", "site_chrome.vi.skip-link"),
    (SC, "Đi đến phần điều hướng chính", "site_chrome.vi.skip-link"),
    (SC, "Xem tất cả chuyên mục", "site_chrome.vi.menu-label"),
    (SC, "Các danh mục", "site_chrome.vi.menu-label"),
    (SC, "Đóng thanh điều hướng", "site_chrome.vi.menu-label"),
    (SC, "Tóm tắt nhanh bài viết này", "site_chrome.vi.ai-summary"),
    (SC, "Tóm tắt nhanh nội dung", "site_chrome.vi.ai-summary"),
    (SC, "Những điểm chính", "site_chrome.vi.ai-summary"),
    (SC, "Ý chính của bài viết", "site_chrome.vi.ai-summary"),
    (
        SC,
        "Nội dung tóm tắt được tổng hợp bằng trí tuệ nhân tạo, chỉ mang tính tham khảo",
        "site_chrome.vi.ai-summary",
    ),
    (SC, "Nghe đọc bài viết này", "site_chrome.vi.tools"),
    (SC, "Giọng nam miền Nam", "site_chrome.vi.tools"),
    (SC, "Giọng đọc nữ", "site_chrome.vi.tools"),
    (SC, "Giọng nữ Hà Nội", "site_chrome.vi.tools"),
    (SC, "Đã sao chép link vào clipboard", "site_chrome.vi.tools"),
    (SC, "Copy link bài báo", "site_chrome.vi.tools"),
    (SC, "Xem thêm các clip hay", "site_chrome.vi.related"),
    (SC, "Xem thêm tin cùng chủ đề", "site_chrome.vi.related"),
    (SC, "Xem thêm phóng sự", "site_chrome.vi.related"),
    (SC, "Có 12 bài đăng mới", "site_chrome.vi.live-blog"),
    (SC, "Một tin tức mới", "site_chrome.vi.live-blog"),
    (SC, "Có cập nhật mới - nhấn để tải", "site_chrome.vi.live-blog"),
    (SC, "Xem hình ở chế độ toàn màn hình", "site_chrome.vi.gallery"),
    (SC, "Xem ảnh kích thước lớn", "site_chrome.vi.gallery"),
    (PU, "Hotline: 0988 123 456", "publisher.vi.masthead"),
    (PU, "Đường dây nóng bạn đọc: 024 3825 2222 - 0912 345 678", "publisher.vi.masthead"),
    (PW, "Đăng ký tài khoản VIP để đọc tiếp", "paywall.vi.keep-reading"),
    (PW, "Mua gói Plus Tuổi Trẻ Sao để trải nghiệm", "paywall.vi.keep-reading"),
    (CM, "Phản hồi của bạn sẽ được kiểm duyệt trước khi hiển thị.", "comments.vi.prompt"),
    (CM, "Bình luận của bạn sẽ được duyệt trước khi xuất bản", "comments.vi.prompt"),
    (SO, "Theo dõi trên Google Tin tức", "social.vi.follow-line"),
    (SO, "Hãy theo dõi VnExpress qua Zalo để nhận tin nhanh", "social.vi.follow-line"),
    (SO, "Nghe thêm các podcast khác", "social.vi.follow-line"),
    (SO, "Xem video liên quan", "social.vi.follow-line"),
    (CO, "Đồng ý với cookie quảng cáo hoặc đăng ký gói trả phí", "cookie.vi.consent-wall"),
    (CO, "Chấp nhận theo dõi hoặc mua gói đọc không quảng cáo", "cookie.vi.consent-wall"),
    (CO, "Đăng ký gói không quảng cáo chỉ với vài nghìn đồng", "cookie.vi.consent-wall"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Vietnamese
    ("vi", "Theo quy định mới, bình luận sẽ được kiểm duyệt trước khi đăng tải trên các nền tảng."),
    ("vi", "Ông cho biết bình luận của bạn đọc là nguồn thông tin quý giá cho tòa soạn."),
    ("vi", "Người dân có thể theo dõi diễn biến phiên tòa qua trang thông tin của tòa án."),
    ("vi", "Cơ quan chức năng tiếp tục theo dõi sát tình hình trên YouTube và TikTok để xử lý vi phạm."),
    ("vi", "Bộ Thông tin yêu cầu các nền tảng xem xét lại việc đồng ý cookie của người dùng."),
    ("vi", "Người dùng phải chấp nhận quảng cáo hoặc đăng ký gói trả phí, theo chính sách mới của Meta."),
    ("vi", "Ông nói rằng điểm chính của dự luật là bảo vệ quyền lợi người tiêu dùng."),
    ("vi", "Ca sĩ có giọng nữ cao hiếm hoi này vừa ra mắt album mới tại Hà Nội."),
    ("vi", "Cảnh sát đã sao chép dữ liệu từ điện thoại của nghi phạm để phục vụ điều tra."),
    ("vi", "Tòa soạn đã mở đường dây nóng để tiếp nhận phản ánh của người dân về ngập lụt."),
    ("vi", "Khán giả được xem thêm các video hậu trường tại buổi ra mắt phim tối qua."),
    ("vi", "Ngân hàng khuyến khích khách hàng nâng cấp tài khoản để hưởng lãi suất tốt hơn."),
    ("vi", "Hơn 50 tin tức mới về vụ việc đã được đăng tải chỉ trong một buổi sáng."),
    ("vi", "Người xem có thể xem ảnh toàn màn hình trên các thiết bị mới, theo nhà sản xuất."),
    ("vi", "Thanh niên thường nghe podcast trên đường đi làm, khảo sát cho thấy."),
    ("vi", "Bộ trưởng đề nghị các địa phương bỏ qua những thủ tục không cần thiết để đến đích sớm hơn."),
    ("vi", "Tất cả chuyên mục của chương trình đều được khán giả đánh giá cao trong năm qua."),
    ("vi", "Nhiều người theo dõi ca sĩ trên TikTok để cập nhật lịch diễn của cô."),
    ("vi", "Công ty đã mua gói quảng cáo trị giá hàng tỷ đồng trên truyền hình."),
    ("vi", "Thủ tướng nhấn mạnh những điểm chính trong chiến lược phát triển kinh tế số."),
    ("vi", "Hãng cho biết khách hàng có thể đăng ký gói không giới hạn dữ liệu từ tháng sau."),
]
