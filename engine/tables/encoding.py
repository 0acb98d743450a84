"""Bytes of an uploaded text table → text: UTF-8 (BOM or not), UTF-16, CP949/EUC-KR or Western cp1252.

A hand-written order of tries, not a statistical detector: on the short files learners upload,
charset-normalizer read a two-line cp1252 table with `°C` as Big5, while these rules get it right.
CP949 and cp1252 both decode most byte strings; a CP949 reading counts only when most of its Hangul
syllables are in the common KS X 1001 set (two bytes each >= 0xA1, as in EUC-KR). A cp1252 `°C`
(b"\\xb0C") read as CP949 is `캜`, a syllable outside that set, so such a file is read as cp1252.
"""
from __future__ import annotations

import codecs
import re

from engine.errors import DataError

# Files people often upload by mistake, recognised by their first bytes. An .xlsx workbook is a ZIP
# archive; an old .xls is an OLE2 compound file.
SIGNATURES = (
    (b"PK\x03\x04", "data.excel"),
    (b"\xd0\xcf\x11\xe0", "data.excel"),
    (b"\x89PNG", "data.image"),
    (b"\xff\xd8\xff", "data.image"),
    (b"GIF8", "data.image"),
)
ENCODING_NAMES = {"utf-16": "UTF-16", "cp949": "CP949 (EUC-KR)", "cp1252": "Windows-1252 (Western)"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding) for the bytes of a text table; DataError for binaries and unknown encodings."""
    for signature, key in SIGNATURES:
        if raw.startswith(signature):
            raise DataError(key)
    text, encoding = _try_decodings(raw)
    if text is None:
        raise DataError("data.binary" if b"\x00" in raw else "data.encoding")
    # Zero bytes, or many control characters, mean a binary file that merely happened to decode.
    if "\x00" in text or len(_CONTROL.findall(text)) > len(text) / 100:
        raise DataError("data.binary")
    return text, encoding


def encoding_note(encoding: str) -> list[tuple[str, dict]]:
    """A note naming the encoding when it was not UTF-8 (the one every modern tool writes)."""
    return [] if encoding == "utf-8" else [("data.note_encoding", {"encoding": ENCODING_NAMES[encoding]})]


def _try_decodings(raw: bytes) -> tuple[str | None, str]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decoded(raw, "utf-16"), "utf-16"  # Excel's "Unicode text" export
    utf16 = _bomless_utf16(raw)
    if utf16:
        return _decoded(raw, utf16), "utf-16"
    text = _decoded(raw, "utf-8-sig")  # also reads plain UTF-8
    if text is not None:
        return text, "utf-8"
    korean = _decoded(raw, "cp949")  # a superset of EUC-KR
    if korean is not None and _looks_korean(korean):
        return korean, "cp949"
    western = _decoded(raw, "cp1252")
    if western is not None:
        return western, "cp1252"
    return korean, "cp949"


def _decoded(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _bomless_utf16(raw: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte of a text is zero (ASCII in UTF-16 without a BOM)."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd_zeros, even_zeros = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) / 2  # ASCII puts a zero in every other byte; Hangul rarely does
    if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_korean(text: str) -> bool:
    """Whether most Hangul syllables of a CP949 reading are common ones (in EUC-KR), as real Korean text is."""
    syllables = _HANGUL.findall(text)
    if not syllables:
        return True  # only ASCII and symbols: CP949 and cp1252 agree on what matters
    common = sum(1 for s in syllables if s.encode("cp949")[1] >= 0xA1)
    return common >= 0.5 * len(syllables)
