"""Properties on arbitrary input: clean never fails unexpectedly, and the body comes from the input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.text.repair import repair

TEXTY = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\n\n\n  ...,:;!?©•|-\u00a0\u200b\r\tАБВабвاب中文日本")),
    ),
    max_size=400,
)
LINES = st.lists(
    st.one_of(
        st.text(min_size=0, max_size=120),
        st.sampled_from(
            [
                "Skip to main content",
                "Listen Live",
                "BTC 61963.30",
                "By Jane Doe",
                "8/17/2016",
                "Tags: a, b, c",
                "The minister said the talks would resume next week.",
                "",
                "© AFP / Someone",
                "Related",
                "http://example.com/x",
            ]
        ),
    ),
    max_size=25,
).map("\n".join)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def squash(text: str) -> str:
    return " ".join(text.split())


@SETTINGS
@given(st.one_of(TEXTY, LINES))
def test_clean_never_raises_on_text_and_body_traces_back(text: str) -> None:
    result = newsclean.clean(text, kind="text")
    source = squash(repair(text).text)
    for paragraph in result.paragraphs:
        assert squash(paragraph) in source
    assert result.body == "\n\n".join(result.paragraphs)


@SETTINGS
@given(st.binary(max_size=400))
def test_clean_on_bytes_returns_a_result_or_a_decode_error(data: bytes) -> None:
    try:
        result = newsclean.clean(data, kind="text")
    except newsclean.DecodeError as exc:
        assert str(exc)
    else:
        assert result.metadata.encoding
