"""Phrase rules in Chinese (Simplified and Traditional sites) and Korean, round fourteen: page furniture
that the earlier tables missed (bookmark and copy states, scan-to-read and app banners, machine-made
summary notes, tip lines, player fallbacks, reading length, end marks, feedback widgets, read counters,
tag lines, read-on links, account links, pop-up buttons, fan-page prompts, newsletter pitches, paywall
meters and trial ends, comment counts), and article sentences with the same words (run by
``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Chinese
    (SC, "已收藏", "site_chrome.zh.saved-state"),
    (SC, "取消收藏", "site_chrome.zh.saved-state"),
    (SC, "已加入書籤", "site_chrome.zh.saved-state"),
    (SC, "複製成功", "site_chrome.zh.saved-state"),
    (SC, "已复制到剪贴板", "site_chrome.zh.saved-state"),
    (SC, "扫码用手机阅读本文", "site_chrome.zh.mobile-read"),
    (SC, "掃一掃，在手機上瀏覽", "site_chrome.zh.mobile-read"),
    (SC, "以上摘要由AI生成，仅供参考", "site_chrome.zh.ai-note"),
    (SC, "本文由人工智慧翻譯，請以原文為準", "site_chrome.zh.ai-note"),
    (SC, "AI辅助生成", "site_chrome.zh.ai-note"),
    (SC, "報料請致電 2811 0000", "site_chrome.zh.tip-call"),
    (SC, "如有新聞線索，歡迎聯絡我們", "site_chrome.zh.tip-call"),
    (SC, "您的浏览器不支持 audio 元素", "site_chrome.zh.browser"),
    (SC, "很抱歉，你的瀏覽器版本過低", "site_chrome.zh.browser"),
    (SC, "全文约1800字，预计阅读时间4分钟", "site_chrome.zh.length"),
    (SC, "本文共3200餘字", "site_chrome.zh.length"),
    (SC, "阅读本文大约需要3分钟", "site_chrome.zh.length"),
    (SC, "（全文完）", "site_chrome.zh.end-mark"),
    (SC, "本文有帮助吗？ 有帮助 没帮助", "site_chrome.zh.feedback"),
    (SC, "喜歡這篇文章嗎？", "site_chrome.zh.feedback"),
    (SC, "浏览量：3.4万", "site_chrome.zh.counters"),
    (SC, "2.1万次阅读", "site_chrome.zh.counters"),
    (SC, "關鍵字：颱風、停班停課", "site_chrome.zh.tags"),
    (SC, "相关标签", "site_chrome.zh.tags"),
    (SC, "按此閱讀全文", "site_chrome.zh.read-on"),
    (SC, "看更多影片", "site_chrome.zh.read-on"),
    (SC, "點擊展開剩餘70%", "site_chrome.zh.read-on"),
    (SC, "更多三立新聞網報導", "site_chrome.zh.read-on"),
    (SC, "上一篇", "site_chrome"),
    (SC, "返回網易，查看更多", "site_chrome.zh.read-on"),
    (SC, "用戶註冊", "site_chrome.zh.account"),
    (SC, "免費加入會員", "site_chrome.zh.account"),
    (SC, "開啟推播通知", "site_chrome.zh.prompts"),
    (SC, "以後再說", "site_chrome.zh.prompts"),
    (SC, "视频加载中…", "site_chrome"),
    (SC, "舉報 / 反饋", "site_chrome.zh.prompts"),
    (AD, "在客户端内阅读全文", "advertisement.zh.app-open"),
    (AD, "下载澎湃新闻，看更多精彩", "advertisement.zh.app-open"),
    (AD, "专业财经资讯，尽在每经APP", "advertisement.zh.app-open"),
    (AD, "本文来自界面新闻，更多资讯请下载“界面新闻”客户端", "advertisement.zh.app-open"),
    (AD, "廣告 請向下滑動", "advertisement.zh.label-more"),
    (AD, "推廣廣告", "advertisement.zh.label-more"),
    (CM, "回應 12", "comments.zh.count-more"),
    (CM, "25 條評論", "comments"),
    (CM, "查看其他 8 則回覆", "comments.zh.count-more"),
    (CM, "目前有2條留言，快來搶沙發", "comments.zh.prompt"),
    (PW, "你已讀完本週的全部免費文章", "paywall.zh.meter"),
    (PW, "您今日的免费额度已看完", "paywall.zh.meter"),
    (PW, "试读已结束，订阅后继续阅读全文", "paywall"),
    (PW, "訂閱即享無限暢讀", "paywall.zh.trial-end"),
    (PW, "会员套餐", "paywall.zh.trial-end"),
    (SO, "追蹤聯合新聞網粉絲專頁", "social.zh.fan-page"),
    (SO, "點我加入ETtoday LINE官方帳號", "social"),
    (SO, "转发给让更多朋友看到", "social.zh.fan-page"),
    (SO, "别忘了点赞、转发、收藏", "social.zh.fan-page"),
    (SO, "點讚 在看", "social.zh.fan-page"),
    (NL, "每個工作日，精選新聞直送你的收件匣", "newsletter.zh.pitch"),
    (NL, "订阅《财新》简报", "newsletter.zh.pitch"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Chinese
    ("zh", "博物馆表示，这批文物已收藏多年，计划明年首次对外展出。"),
    ("zh", "调查显示，七成受访者习惯用手机看新闻，而非电视。"),
    ("zh", "警方呼吁知情市民拨打热线电话，提供与案件有关的线索。"),
    ("zh", "这份报告由人工智能辅助生成，但经过了三名专家的审核。"),
    ("zh", "律师说，当事人已将起诉书寄到你的信箱这种说法并不属实。"),
    ("zh", "她的浏览器被植入了恶意插件，导致银行账户被盗。"),
    ("zh", "全文共五章，详细记录了这场地震的救援经过。"),
    ("zh", "这项补贴政策对中小企业有帮助吗？经济学者看法不一。"),
    ("zh", "这段视频的观看次数在一天内突破了一千万。"),
    ("zh", "标签印刷企业的订单在今年上半年明显增加。"),
    ("zh", "教育部长呼吁学生继续阅读经典著作，提升人文素养。"),
    ("zh", "该平台今年的会员注册人数比去年增长了三成。"),
    ("zh", "专家批评银行不再提醒客户更新密码的做法。"),
    ("zh", "他宣布加入该球队的粉丝团体后，引发网友热议。"),
    ("zh", "试读结束后，读者需要购买完整版才能继续阅读这本小说。"),
    ("zh", "市场监管部门认定该广告涉嫌虚假宣传，已责令下架。"),
    ("zh", "她说自己已阅读完本月所有免费文章，但仍不愿付费订阅。"),
    ("zh", "社区留言板上的留言多达3000条，大多与停车问题有关。"),
    ("zh", "这名歌手在演唱会上呼吁粉丝记得投票。"),
    ("zh", "電信公司表示，將在客戶端內推出新的防詐騙功能。"),
    ("zh", "該公司宣布訂閱方案將於下月調漲兩成。"),
    ("zh", "消息人士透露，双方谈判进展顺利，有望在月底前达成协议。"),
]
