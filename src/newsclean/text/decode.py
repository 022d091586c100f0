"""Bytes to text: BOM, strict UTF-8 (undoing double encoding), the declared charset, then detection.

Detection decodes a bounded sample with every candidate code page and keeps the most plausible text
(see :mod:`newsclean.text.plausibility`): the wrong code pages turn letters into symbols, controls,
mixed-script or mixed-case words and words that no language of that code page writes.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass

import regex

from newsclean.errors import DecodeError
from newsclean.text.plausibility import COMMON_SYMBOLS, Plausibility, judge

# Legacy code pages tried when the bytes are not UTF-8, most widespread first (wins ties).
CANDIDATES: tuple[str, ...] = (
    "cp1252", "cp1250", "cp1251", "cp1254", "cp1253", "cp1256", "cp1255", "koi8-r",
    "gb18030", "shift_jis", "euc_kr",
)  # fmt: skip
# Strict multi-byte codecs and the vendor supersets that real pages are usually written in.
_SUPERSETS = {"shift_jis": "cp932", "euc_kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030"}
# Labels browsers read as another encoding (WHATWG Encoding Standard); latin-1 pages are cp1252.
_LABELS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "gb2312": "gb18030",
    "gbk": "gb18030", "iso8859-11": "cp874", "tis-620": "cp874", "euc_kr": "euc_kr", "cp949": "euc_kr",
    "cp932": "shift_jis",
}  # fmt: skip
# Web labels Python's codec registry does not know.
_ALIASES = {
    "x-sjis": "shift_jis", "windows-31j": "cp932", "x-euc-jp": "euc_jp", "ks_c_5601-1987": "euc_kr",
    "x-gbk": "gbk", "x-mac-roman": "mac-roman", "latin-9": "iso8859-15", "iso-8859-8-i": "iso8859-8",
    "x-cp1251": "cp1251",
}  # fmt: skip
# Codecs Python knows that no web page is written in.
_UNSAFE = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "utf-7"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"%PDF-", "a PDF document"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a ZIP archive"), (b"BZh", "bzip2 data"), (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"), (b"\x7fELF", "an executable"), (b"OggS", "Ogg media"),
    (b"RIFF", "RIFF media"), (b"\x28\xb5\x2f\xfd", "zstd data"), (b"wOFF", "a web font"),
    (b"\x00\x00\x01\x00", "an icon"), (b"ID3", "MP3 audio"),
)  # fmt: skip
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# A lead byte of UTF-8 read as latin-1/cp1252, followed by a continuation byte read the same way.
_MOJIBAKE_HINT = re.compile(
    "[\xc2-\xf4][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_SAMPLE_BYTES = 6_000
_REPLACEMENT = "\ufffd"
_REPLACEMENT_BYTES = _REPLACEMENT.encode("utf-8")
# At most this many invalid bytes make ASCII text a candidate for damaged UTF-8 (text with valid
# multi-byte characters always is).
_FEW_INVALID = 3
_ASCII_LETTERS = re.compile(rb"[A-Za-z]")
_LATIN_TEXT_LETTERS = 8
# A letter or mark of a script other than Latin, an invisible character, or a symbol real text hardly uses.
_USUAL = "\\x00-\\x7f" + regex.escape("".join(sorted(COMMON_SYMBOLS)))
_FOREIGN_IN_LATIN = regex.compile(
    rf"[[\p{{L}}\p{{M}}]--[\p{{Latin}}]]|[[\p{{S}}\p{{P}}\p{{No}}\p{{C}}]--[{_USUAL}]]",
    regex.V1,
)
# What one invalid byte costs the damaged-UTF-8 reading, in bits: more than a letter of a legacy
# code page gains by being read as a letter in its word (2 to 10 bits on short texts), less
# than a stray byte costs where it is read as a lone or misplaced letter (12 bits or more).
_INVALID_BITS = 12.0
_DECLARED_MARGIN = 12.0  # bits
_GARBAGE_BITS_PER_BYTE = -6.5
_META_WINDOW = 4096


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the Python codec it was read with, how sure the decoder is (0..1), and its repairs.

    ``fixes`` names what decoding had to repair: ``invalid_utf8_replaced`` (or
    ``invalid_utf16_replaced``...) when a few bytes that were not valid in the codec were
    replaced by U+FFFD, as browsers do; the rest of the document is kept.
    """

    text: str
    encoding: str
    confidence: float
    fixes: tuple[str, ...] = ()


def decode(data: bytes, *, declared_encoding: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`DecodeError` for binary data.

    Order: byte-order mark, strict UTF-8 (UTF-8 that went through cp1252/latin-1 twice is undone),
    UTF-8 apart from a few bytes (a character cut short, a stray byte, a passage in another
    encoding: at least as many valid multi-byte characters as invalid sequences), the declared
    charset (``declared_encoding``, else an HTML ``<meta charset>``) unless another code page
    reads far more plausibly, then detection among :data:`CANDIDATES`, where ASCII text with a
    few invalid bytes may still read best as UTF-8 with those bytes replaced. Binary means
    binary: magic numbers, NUL or control bytes, or bytes no code page reads as text.

    >>> decode("naïve".encode("utf-8")).encoding
    'utf-8'
    >>> decode("Zażółć gęślą jaźń, powiedział rzecznik.".encode("cp1250")).encoding
    'cp1250'
    >>> cut = decode("Schöne Grüße".encode("utf-8")[:-2])
    >>> cut.text, cut.fixes
    ('Schöne Grü\ufffd', ('invalid_utf8_replaced',))
    """
    if not data:
        return Decoded("", "utf-8", 1.0)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"input is binary ({kind}), not text")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _lenient(data, name, kind="byte-order mark")
    wide = _bomless_utf16(data)
    if wide is not None:
        return wide
    _reject_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(undo_double_utf8(text), "utf-8", 1.0)
    text, invalid = _utf8_replaced(data)
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    if valid >= invalid:
        confidence = round(0.5 + 0.49 * valid / (valid + invalid), 3)
        return Decoded(undo_double_utf8(text), "utf-8", confidence, ("invalid_utf8_replaced",))
    declared = _label(declared_encoding) if declared_encoding else declared_charset(data)
    return _detect(data, declared, damaged_utf8=valid > 0 or invalid <= _FEW_INVALID, ascii_text=not valid)


def declared_charset(data: bytes) -> str | None:
    """The Python codec named by an HTML ``<meta charset>`` / ``http-equiv`` tag or an XML declaration.

    Only the first few KB are read; unknown labels give ``None``; labels are read the way browsers do
    (``iso-8859-1`` means cp1252, ``gb2312`` means gb18030, a ``utf-16`` meta in ASCII bytes means UTF-8).

    >>> declared_charset(b'<html><head><meta charset="ISO-8859-1"><title>x</title>')
    'cp1252'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    'koi8-r'
    >>> declared_charset(b"plain text") is None
    True
    """
    head = data[:_META_WINDOW]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    if label.startswith(("utf-16", "utf-32", "ucs-2", "unicode")):
        return "utf-8"  # the tag was readable as ASCII, so the page cannot be UTF-16
    return _label(label)


def undo_double_utf8(text: str) -> str:
    """Undo UTF-8 that was read as cp1252 or latin-1 and encoded to UTF-8 again (up to three times).

    The whole text must re-encode to valid UTF-8, so genuine accented text is left alone.

    >>> undo_double_utf8("Ã‰tÃ© Ã\xa0 MontrÃ©al, cafÃ© crÃ¨me")
    'Été à Montréal, café crème'
    >>> undo_double_utf8("Été à Montréal")
    'Été à Montréal'
    """
    if _REPLACEMENT in text:
        # Bytes replaced while decoding split the text; each piece is undone on its own evidence.
        return _REPLACEMENT.join(undo_double_utf8(piece) for piece in text.split(_REPLACEMENT))
    for _ in range(3):
        if _MOJIBAKE_HINT.search(text) is None:
            break
        try:
            raw = text.translate(_cp1252_to_bytes()).encode("latin-1")
            text = raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            break
    return text


def _label(label: str) -> str | None:
    """The Python codec for a charset label; ``None`` unless it is a known ASCII-compatible text codec."""
    label = label.strip().lower()
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name
        if name in _UNSAFE or b"az09 <>".decode(name) != "az09 <>":
            return None
    except (LookupError, UnicodeError, ValueError):
        return None
    return _LABELS.get(name, name)


def _lenient(data: bytes, name: str, *, kind: str, confidence: float = 1.0) -> Decoded:
    """``data`` in the Unicode codec ``name``; invalid sequences, if fewer than valid ones, are replaced."""
    try:
        return Decoded(data.decode(name), name, confidence)
    except UnicodeDecodeError as exc:
        text = data.decode(name, errors="replace")
        invalid = text.count(_REPLACEMENT) - data.decode(name, errors="ignore").count(_REPLACEMENT)
        if len(text) - invalid <= invalid:
            message = f"input has a {kind} for {name} but is not valid {name} ({exc.reason})"
            raise DecodeError(message) from exc
        fix = "invalid_" + "".join(name.split("-")[:2]) + "_replaced"  # utf-16-le: invalid_utf16_replaced
        return Decoded(text, name, round(confidence * 0.9, 3), (fix,))


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: mostly-Latin text leaves a NUL in every other byte."""
    head = data[:4096]
    units = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if units < 3 or max(even, odd) < 0.4 * units:
        return None
    name = "utf-16-le" if odd > 3 * even else "utf-16-be" if even > 3 * odd else None
    if name is None:
        raise DecodeError("input is binary (NUL-heavy bytes), not text")
    decoded = _lenient(data, name, kind="UTF-16 byte pattern", confidence=0.9)
    if sum(ch < " " and ch not in "\t\n\r\f" for ch in decoded.text) > len(decoded.text) // 50:
        raise DecodeError("input is binary (NUL-heavy bytes), not text")
    return decoded


def _reject_binary(data: bytes) -> None:
    head = data[:65536]
    controls = len(_CONTROL_BYTES.findall(head))
    if head.count(0) > len(head) // 100 or controls > 1 + len(head) // 20:
        raise DecodeError("input is binary (too many NUL or control bytes), not text")


def _detect(
    data: bytes, declared: str | None, *, damaged_utf8: bool = False, ascii_text: bool = False
) -> Decoded:
    sample = _sample(data)
    names = list(CANDIDATES)
    if declared is not None and declared not in names and declared != "utf-8":
        names.append(declared)
    memo: dict[tuple[str, str], float] = {}
    verdicts = {name: judge(_read(sample, name), name, memo=memo) for name in names}
    if damaged_utf8:
        if ascii_text and len(_ASCII_LETTERS.findall(sample)) >= _LATIN_TEXT_LETTERS:
            # In Latin-script text, a few odd bytes read as another script or an unusual symbol are damage.
            names = [n for n in names if not _FOREIGN_IN_LATIN.search(verdicts[n].text)] or names
        # UTF-8 with a few stray bytes, judged without them in the language of the likeliest code page.
        likeliest = max(names, key=lambda n: (verdicts[n].score, -names.index(n)))
        verdicts["utf-8"] = _damaged_utf8(sample, likeliest, memo)
        names.append("utf-8")
    ranked = sorted(names, key=lambda n: (-verdicts[n].score, names.index(n)))
    best = ranked[0]
    # Real text scores above about -5 bits per byte in its code page; random bytes below -7.
    implausible = len(sample) >= 64 and verdicts[best].score < _GARBAGE_BITS_PER_BYTE * len(sample)
    if verdicts[best].garbage or implausible:
        raise DecodeError("input is binary (no code page gives plausible text), not text")
    runner_up = next((n for n in ranked[1:] if verdicts[n].text != verdicts[best].text), None)
    gap = verdicts[best].score - verdicts[runner_up].score if runner_up else 10.0
    # A declared charset stands unless another code page reads far more plausibly.
    if (
        declared in verdicts
        and declared != best
        and not verdicts[declared].garbage
        and verdicts[declared].score >= verdicts[best].score - _DECLARED_MARGIN
    ):
        best, gap = declared, 1.0
    confidence = round(0.5 + 0.49 * gap / (gap + 3.0), 3)
    if best == "utf-8":
        text = undo_double_utf8(_utf8_replaced(data)[0])
        return Decoded(text, "utf-8", confidence, ("invalid_utf8_replaced",))
    name = _final_name(data, best)
    return Decoded(_read(data, name), codecs.lookup(name).name, confidence)


def _damaged_utf8(sample: bytes, likeliest: str, memo: dict[tuple[str, str], float]) -> Plausibility:
    """The plausibility of ``sample`` as UTF-8 whose invalid bytes are damage (replaced by U+FFFD).

    The text without them is judged as if in the ``likeliest`` code page, so that the two
    readings differ only in what the few invalid bytes cost: :data:`_INVALID_BITS` each here.
    """
    text, invalid = _utf8_replaced(sample)
    verdict = judge(text.replace(_REPLACEMENT, ""), likeliest, memo=memo)
    return Plausibility(text, verdict.score - _INVALID_BITS * invalid, verdict.garbage)


def _utf8_replaced(data: bytes) -> tuple[str, int]:
    """``data`` as UTF-8 with each invalid sequence replaced by U+FFFD, and how many were."""
    text = data.decode("utf-8", errors="replace")
    return text, text.count(_REPLACEMENT) - data.count(_REPLACEMENT_BYTES)


def _final_name(data: bytes, name: str) -> str:
    """Prefer the strict codec, fall back to its vendor superset when the bytes need it."""
    superset = _SUPERSETS.get(name)
    if superset is None:
        return name
    try:
        data.decode(name)
    except UnicodeError:
        return superset
    return name


def _read(data: bytes, name: str) -> str:
    table = _single_byte_table(name)
    if table is not None:
        return data.decode("latin-1").translate(table)
    for codec in (name, _SUPERSETS.get(name, name)):
        try:
            return data.decode(codec)
        except UnicodeError:
            continue
    return data.decode(_SUPERSETS.get(name, name), errors="replace")


def _sample(data: bytes) -> bytes:
    """A bounded sample for detection: whole lines, preferring the ones with non-ASCII bytes."""
    if len(data) <= _SAMPLE_BYTES:
        return data
    picked: list[bytes] = []
    size = 0
    for line in data.splitlines(keepends=True):
        if not line.isascii():
            picked.append(line[:_SAMPLE_BYTES])
            size += len(picked[-1])
            if size >= _SAMPLE_BYTES:
                break
    return b"".join(picked) or data[:_SAMPLE_BYTES]


@functools.lru_cache(maxsize=64)
def _single_byte_table(name: str) -> dict[int, str] | None:
    """A latin-1 -> ``name`` translation table for single-byte codecs (``None`` for multi-byte ones).

    Bytes the code page leaves undefined stay C1 controls (below 0xA0) or become U+FFFD, as browsers
    do, so a nearly-right code page never fails outright but is penalised for them.
    """
    # Read-only per-codec tables; the result never depends on call order.
    try:
        if len(bytes(range(256)).decode(name, errors="replace")) != 256:
            return None
    except (LookupError, UnicodeError, TypeError, ValueError):
        return None
    table: dict[int, str] = {}
    for byte in range(0x80, 0x100):
        try:
            char = bytes([byte]).decode(name)
        except UnicodeDecodeError:
            char = chr(byte) if byte < 0xA0 else "\ufffd"
        if char != chr(byte):
            table[byte] = char
    return table


@functools.lru_cache(maxsize=1)
def _cp1252_to_bytes() -> dict[int, str]:
    """Map cp1252's 0x80-0x9F characters back to the latin-1 character of the same byte."""
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        try:
            table[ord(bytes([byte]).decode("cp1252"))] = chr(byte)
        except UnicodeDecodeError:
            continue
    return table


__all__ = ["CANDIDATES", "Decoded", "declared_charset", "decode", "undo_double_utf8"]
