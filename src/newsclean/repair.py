"""Encoding repair with ftfy: mojibake, entities, control characters, odd spaces, line breaks, NFC."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import ftfy
import regex

from newsclean.config import Config

# Characters that are spaces to a reader but not to a tokenizer.
_ODD_SPACES = regex.compile(r"[\p{Zs}\t\v\f]&&[^ ]", regex.V1)
_ZERO_WIDTH = regex.compile("[\u200b\u2060\ufeff]")


@dataclass(frozen=True)
class Repaired:
    """Repaired text and the names of the repairs that changed it."""

    text: str
    fixes: tuple[str, ...]


def repair(text: str, *, config: Config | None = None) -> Repaired:
    """Fix mojibake and normalise whitespace; text that needs nothing comes back unchanged.

    >>> repair("cafÃ©").text
    'café'
    >>> repair("plain text").fixes
    ()
    """
    config = config or Config()
    fixes: list[str] = []
    ftfy_config = ftfy.TextFixerConfig(
        uncurl_quotes=config.straighten_quotes, normalization="NFC", explain=True
    )
    fixed, explanation = ftfy.fix_and_explain(text, config=ftfy_config)
    if fixed != text:
        for step in explanation or ():
            name = step[1] if isinstance(step, tuple) else str(step)
            if name not in fixes:
                fixes.append(name)
    text = fixed
    step_text = _ZERO_WIDTH.sub("", text)
    if step_text != text:
        fixes.append("remove_zero_width")
        text = step_text
    step_text = _ODD_SPACES.sub(" ", text)
    if step_text != text:
        fixes.append("normalize_spaces")
        text = step_text
    step_text = unicodedata.normalize("NFC", text)
    if step_text != text:
        fixes.append("nfc")
        text = step_text
    return Repaired(text, tuple(fixes))
