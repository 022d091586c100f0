"""Phrase rules in Chinese, Japanese and Korean, round four: page furniture that the earlier tables
missed (listening and AI-summary tools, related-link headings, paywall meters, sign-up messages,
consent buttons, app banners, follow prompts), and article sentences with the same words (run by
``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Chinese
    (SC, "一键听新闻", "site_chrome.zh.tools"),
    (SC, "聽新聞", "site_chrome.zh.tools"),
    (SC, "AI 朗读", "site_chrome.zh.tools"),
    (SC, "智能摘要", "site_chrome.zh.tools"),
    (SC, "本文摘要由AI生成，仅供参考", "site_chrome.zh.tools"),
    (SC, "以下內容由人工智能生成，僅供參考", "site_chrome.zh.tools"),
    (SC, "简体 | 繁體", "site_chrome.zh.menu-label"),
    (SC, "切換至簡體中文", "site_chrome.zh.menu-label"),
    (SC, "网站导航", "site_chrome.zh.menu-label"),
    (SC, "無障礙瀏覽", "site_chrome.zh.menu-label"),
    (SC, "免费注册 | 登录", "site_chrome.zh.menu-label"),
    (SC, "手机版 电脑版", "site_chrome.zh.menu-label"),
    (SC, "退出登录", "site_chrome.zh.menu-label"),
    (SC, "相关阅读：", "site_chrome.zh.related"),
    (SC, "【相關報導】", "site_chrome.zh.related"),
    (SC, "你可能也会喜欢", "site_chrome.zh.related"),
    (SC, "大家都在看", "site_chrome.zh.related"),
    (SC, "24小时热榜", "site_chrome.zh.related"),
    (SC, "点击排行", "site_chrome.zh.related"),
    (SC, "编辑精选", "site_chrome.zh.related"),
    (SC, "进入专题", "site_chrome.zh.more-links"),
    (SC, "点击观看完整视频", "site_chrome.zh.more-links"),
    (SC, "订阅我们的播客", "site_chrome.zh.more-links"),
    (SC, "我要纠错", "site_chrome.zh.more-links"),
    (SC, "发现错别字？点此纠错", "site_chrome.zh.more-links"),
    (SC, "原题：降息之后，房贷利率还会降吗？", "site_chrome.zh.original-title"),
    (PU, "责任编辑：王明 | 审校：刘洋 | 终审：陈刚", "publisher.zh.editor"),
    (PU, "（编辑：李华 校对：张强）", "publisher.zh.editor"),
    (PU, "本文系转载，不代表本网立场", "publisher.zh.views-notice"),
    (PU, "文中观点仅供参考，并不代表本站观点。", "publisher.zh.views-notice"),
    (PW, "已有帳號？點此登入", "paywall.zh.already-subscriber"),
    (PW, "还没有账号？免费注册", "paywall.zh.already-subscriber"),
    (PW, "您本月还可免费阅读 3 篇文章", "paywall.zh.meter"),
    (PW, "本月剩余免费文章：2篇", "paywall.zh.meter"),
    (PW, "这是您本月的第2篇免费文章，共5篇", "paywall.zh.meter"),
    (PW, "您本月的免费阅读额度已用完，订阅后可继续阅读全文", "paywall.zh.meter"),
    (NL, "感谢订阅！请前往邮箱点击确认链接", "newsletter.zh.confirmation"),
    (NL, "電子郵件格式不正確，請重新輸入", "newsletter.zh.confirmation"),
    (NL, "请输入有效的邮箱地址", "newsletter"),
    (NL, "您已订阅", "newsletter.zh.confirmation"),
    (NL, "可随时取消订阅", "newsletter.zh.confirmation"),
    (CO, "自定义Cookie设置", "cookie.zh.buttons"),
    (CO, "全部接受", "cookie.zh.buttons"),
    (CO, "同意並繼續", "cookie.zh.buttons"),
    (CO, "仅接受必要项", "cookie.zh.buttons"),
    (AD, "下载新闻客户端", "advertisement.zh.app-read"),
    (AD, "App内阅读体验更好", "advertisement.zh.app-read"),
    (AD, "客户端下载", "advertisement.zh.app-read"),
    (SO, "+关注", "social.zh.follow"),
    (SO, "关注作者", "social.zh.follow"),
    (SO, "點擊關注，第一時間獲取最新消息", "social.zh.follow"),
    (SO, "在Google新闻上订阅我们", "social.zh.follow"),
    (SO, "设为Google首选来源", "social.zh.follow"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- Chinese
    ("zh", "该公司表示，目前已有超过五百万用户在线注册了新的电子社保卡。"),
    ("zh", "警方在搜索过程中发现了一辆被遗弃的汽车。"),
    ("zh", "当地政府切换到应急模式，暂停了所有户外活动。"),
    ("zh", "这份简体中文版报告将于下周在北京正式发布。"),
    ("zh", "多名网友在社交媒体上表示，这篇报道引发了广泛关注。"),
    ("zh", "专家建议投资者关注最新的政策动向，谨慎入市。"),
    ("zh", "这家公司把自己的搜索服务加入谷歌新闻以外的多个平台。"),
    ("zh", "该节目在播客平台上的收听量已突破一千万次。"),
    ("zh", "观众可以通过电视直播观看这场比赛的完整视频回放。"),
    ("zh", "记者发现，该报告中存在多处错误，相关部门已经要求更正。"),
    ("zh", "编辑部决定暂停出版这本杂志，并裁减部分员工。"),
    ("zh", "他说，这篇文章的观点并不代表政府的官方立场。"),
    ("zh", "已有账号的用户需要重新登录才能使用新功能。"),
    ("zh", "该报本月已有三篇文章因涉嫌抄袭被撤下。"),
    ("zh", "许多读者在邮件中感谢订阅本报多年来的陪伴。"),
    ("zh", "欧盟要求网站必须让用户能像接受Cookie一样轻松地拒绝Cookie。"),
    ("zh", "调查显示，近六成网民会在手机客户端阅读新闻。"),
    ("zh", "人工智能生成的新闻摘要正在改变读者获取信息的方式。"),
    ("zh", "国家图书馆推出无障碍阅读服务，方便视障人士借阅图书。"),
    ("zh", "相关新闻发布会将于明天上午十点举行。"),
    ("zh", "他呼吁各方全部接受调解方案，尽快结束罢工。"),
    ("zh", "该作者表示，将在下月推出新书并举办签售会。"),
]
