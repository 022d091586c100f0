"""Phrase rules in Korean and Japanese, round fifteen: page furniture that the earlier tables missed
(comment-section headings and comment-system messages, channel links and alert buttons, social log-in
buttons, paywall notices and subscription upsells, sign-up confirmations, post dates with weekdays and
hours, AI-summary notes, gift-article buttons, portal furniture, copyright notices), and article sentences
with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Korean
    (CM, "베스트 댓글", "comments.ko.headings"),
    (CM, "인기 댓글 (12)", "comments.ko.headings"),
    (CM, "가장 많이 본 댓글", "comments.ko.headings"),
    (CM, "댓글 운영 원칙", "comments.ko.headings"),
    (CM, "댓글 더 불러오기", "comments.ko.headings"),
    (CM, "댓글 접기", "comments.ko.headings"),
    (CM, "작성자에 의해 삭제된 댓글입니다.", "comments.ko.status"),
    (CM, "클린봇 정책에 따라 블라인드 처리된 댓글입니다.", "comments.ko.status"),
    (CM, "아직 등록된 댓글이 없습니다.", "comments.ko.status"),
    (CM, "댓글을 불러오는 중입니다...", "comments.ko.status"),
    (CM, "답글이 등록되었습니다.", "comments.ko.status"),
    (SO, "공식 유튜브 채널 바로가기", "social.ko.channel"),
    (SO, "네이버 포스트 바로가기", "social.ko.channel"),
    (SO, "공식 인스타그램", "social.ko.channel"),
    (SO, "텔레그램 채널로 실시간 속보 받아보세요", "social.ko.channel"),
    (SO, "카카오톡 채널에서 오늘의 뉴스 만나보세요", "social.ko.channel"),
    (SO, "연재 구독하고 다음 회 알림 받기", "social.ko.alerts"),
    (SO, "팔로우하면 새 글 소식을 받아보세요", "social.ko.alerts"),
    (SO, "키워드 알림 설정", "social.ko.alerts"),
    (SO, "새 기사 알림 신청하기", "social.ko.alerts"),
    (SO, "이 기자의 구독자 수 2,318명", "social.ko.alerts"),
    (SO, "구독자 1.2만명", "social.ko.alerts"),
    (SO, "공유 창 닫기", "social.ko.share-panel"),
    (SO, "SNS 퍼가기", "social.ko.share-panel"),
    (SO, "공유 링크 만들기", "social.ko.share-panel"),
    (PW, "회원가입 없이 카카오 계정으로 로그인", "paywall.ko.login-wall"),
    (PW, "네이버 아이디로 로그인", "paywall.ko.login-wall"),
    (PW, "Google 계정으로 계속하기", "paywall.ko.login-wall"),
    (PW, "간편 회원가입", "paywall.ko.login-wall"),
    (PW, "아이디 찾기 | 비밀번호 재설정", "paywall.ko.login-wall"),
    (PW, "비밀번호를 잊으셨나요?", "paywall.ko.login-wall"),
    (PW, "로그인 상태 유지", "paywall.ko.login-wall"),
    (PW, "본 콘텐츠는 프리미엄 회원에게만 제공됩니다.", "paywall.ko.subscribers-only"),
    (PW, "이 기사의 나머지 내용은 구독 후 확인하실 수 있습니다.", "paywall.ko.subscribers-only"),
    (PW, "전체 기사를 읽으시려면 회원가입이 필요합니다.", "paywall.ko.subscribers-only"),
    (PW, "지금 구독 시작하기", "paywall.ko.upsell2"),
    (PW, "열람권 구매하기", "paywall.ko.upsell2"),
    (PW, "연간 구독 최대 40% 할인", "paywall.ko.upsell2"),
    (PW, "월 9,900원으로 모든 기사 구독하기", "paywall.ko.upsell2"),
    (NL, "뉴스레터 신청이 정상적으로 접수되었습니다.", "newsletter.ko.done"),
    (NL, "가입이 완료되었습니다! 감사합니다.", "newsletter.ko.done"),
    (NL, "구독 완료! 감사합니다", "newsletter.ko.done"),
    (SC, "기사입력 2026년 03월 14일 16시 05분", "site_chrome.ko.post-date3"),
    (SC, "최종수정 2026.03.14 (토) 17:20", "site_chrome.ko.post-date3"),
    (SC, "등록일 2026-03-14 | 수정일 2026-03-15", "site_chrome.ko.post-date3"),
    (SC, "2026년 3월 14일 (토요일) 오후 4:05", "site_chrome.ko.post-date3"),
    (SC, "이 기사는 AI가 요약한 내용입니다.", "site_chrome.ko"),
    (
        SC,
        "인공지능이 정리한 요약입니다. 자세한 내용은 기사 원문을 참고해 주세요.",
        "site_chrome.ko.ai-summary",
    ),
    (SC, "정확한 내용은 본문을 확인하시기 바랍니다", "site_chrome.ko.ai-summary"),
    (
        SC,
        "자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 "
        "제외될 수 있어, 전체 맥락을 이해하기 위해서는 기사 본문 전체보기를 권장합니다.",
        "site_chrome.ko.ai-summary",
    ),
    (SC, "오디오 재생 속도 설정", "site_chrome.ko.player2"),
    (
        SC,
        "모바일 데이터를 사용해 동영상을 재생할 경우 별도의 데이터 요금이 부과될 수 있습니다.",
        "site_chrome.ko.player2",
    ),
    (SC, "본문 글자 크기 조정", "site_chrome.ko.player2"),
    (SC, "선물하기", "site_chrome.ko.gift"),
    (SC, "이 기사는 김민수님이 선물한 기사입니다.", "site_chrome.ko.gift"),
    (SC, "이달 남은 기사 선물 횟수: 5회", "site_chrome.ko.gift"),
    (SC, "언론사 홈 바로가기", "site_chrome.ko.portal"),
    (SC, "언론사 구독 해지", "site_chrome.ko.portal"),
    (SC, "언론사가 선정한 주요기사 혹은 심층기획 기사입니다.", "site_chrome.ko.portal"),
    (SC, "이전 업데이트 더보기", "site_chrome.ko.portal"),
    (PU, "모든 콘텐츠의 저작권은 서울경제신문에 있습니다.", "publisher.ko.ownership"),
    (PU, "무단 전재 및 재배포 금지", "publisher.ko"),
    (PU, "재배포 금지", "publisher.ko.no-redistribution"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Korean
    ("ko", "경찰은 작성자에 의해 삭제된 게시물도 복구해 수사 자료로 활용할 계획이라고 밝혔다."),
    ("ko", "포털 업체들은 베스트 댓글 제도를 폐지한 뒤 악성 댓글이 줄었다고 설명했다."),
    ("ko", "이 유튜브 채널은 개설 석 달 만에 구독자 수 50만명을 넘어섰다."),
    ("ko", "정부는 공식 유튜브 채널을 통해 브리핑을 생중계했다."),
    ("ko", "텔레그램 채널로 불법 촬영물을 유포한 혐의로 20대 남성이 구속됐다."),
    ("ko", "업체 측은 회원가입 없이 카카오 계정으로 로그인할 수 있도록 절차를 간소화했다고 밝혔다."),
    ("ko", "해커들은 비밀번호를 잊으셨나요라는 문구가 담긴 가짜 메일을 보내 개인정보를 빼냈다."),
    ("ko", "이 할인 혜택은 유료 회원에게만 제공되며 다음 달부터 적용된다."),
    ("ko", "회사는 지난해 디지털 구독 시작 이후 가입자가 두 배로 늘었다고 발표했다."),
    ("ko", "소비자원은 월 9,900원으로 구독을 시작한 이용자 상당수가 해지에 어려움을 겪었다고 밝혔다."),
    ("ko", "신청이 완료되면 지원금은 다음 달 15일 계좌로 입금된다."),
    ("ko", "회의는 2026년 3월 14일 오후 4시에 시작돼 밤늦게까지 이어졌다."),
    ("ko", "연구진은 인공지능이 정리한 요약이 실제 논문 내용과 다른 경우가 많다고 지적했다."),
    ("ko", "정확한 내용은 조사가 끝나야 알 수 있다고 소방 당국은 설명했다."),
    ("ko", "모바일 데이터를 사용하는 이용자가 늘면서 통신사들의 요금 경쟁이 치열해지고 있다."),
    ("ko", "대통령은 정상회담에서 상대국 정상에게 전통 공예품을 선물했다."),
    ("ko", "언론사 홈페이지에 대한 사이버 공격이 잇따르고 있다고 보안업체는 경고했다."),
    ("ko", "이전 업데이트에서 발견된 보안 결함은 아직 해결되지 않았다."),
    ("ko", "법원은 이 노래의 저작권은 작곡가에게 있다고 판단했다."),
    ("ko", "출판사는 저작권자의 허락 없이 재배포하는 행위를 금지한다고 밝혔다."),
    ("ko", "그는 키워드 알림 설정 기능이 사생활을 침해할 수 있다고 우려했다."),
    ("ko", "새 기사 작성 지침에 따라 기자들은 출처를 반드시 밝혀야 한다."),
]
