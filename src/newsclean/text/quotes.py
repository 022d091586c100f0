"""Quotations: a paragraph set in quotation marks, in the marks of any language."""

from __future__ import annotations

from newsclean.text.features import word_count

# Each opening mark and the marks that may close it: English “…” and ‘…’, German and Czech „…“
# and ‚…‘, Swedish and Finnish ”…”, guillemets either way round (French and Russian «…», Danish
# and German »…«), CJK corner brackets, and straight quotes.
_CLOSING = {
    '"': '"',
    "'": "'",
    "“": "”“",
    "‘": "’‘",
    "„": "“”",
    "‚": "‘’",
    "”": "”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
}
# A quotation says something: a quoted name or title ("«Lihobory»") is not one.
_MIN_QUOTED_WORDS = 4


def is_quotation(text: str) -> bool:
    """Whether ``text`` opens with a quotation mark and the quotation fills most of it.

    After the closing mark may come the attribution ("..., the minister said."), shorter than the
    quotation itself.

    >>> is_quotation("“We will rebuild every school before winter,” the minister wrote on X.")
    True
    >>> is_quotation("«Решение принято окончательно и обжалованию не подлежит»")
    True
    >>> is_quotation("“Harbour Lights”, a film by Lena Okafor, opens in cinemas across the country today.")
    False
    """
    text = text.strip()
    closers = _CLOSING.get(text[:1])
    if closers is None:
        return False
    end = max(text.rfind(mark, 1) for mark in closers)
    if end <= 0:
        return False
    quoted, after = text[1:end], text[end + 1 :]
    return len(after.strip()) < len(quoted) and word_count(quoted) >= _MIN_QUOTED_WORDS
