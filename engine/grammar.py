"""Grammar the translation table needs around filled-in values: Korean particles and English plurals.

Korean particles change with the sound a word ends in (책을 / 사과를), so a string that puts a value
before a particle cannot be written once. The table writes the particle as a field of its own, right
after the value; it is chosen by how the text before it is read aloud:

    "'{value}'{은} 올바른 값이 아닙니다"   → "'adam'은 …", "'sgd'는 …"
    "손실이 {loss:.4f}{이} 되었습니다"      → "0.1623이 …", "1.4가 …"
    "합이 {total}{이라서}"                  → "3이라서", "2라서"

A particle field is one of 은/는, 이/가, 을/를, 와/과, (으)로… (으로, 로, 으로서, 로는, …) or the copula
이… (이라서, 이고, 이었습니다, 이어야 …; after a vowel 이 drops or merges: 라서, 고, 였습니다, 여야).
Either spelling of a pair may be written. Closing quotes and brackets before the field are skipped.

English plurals go in the count's own format spec after "@": "{n:@epoch}" → "1 epoch" / "2 epochs",
"{n:,@row}" → "1,024 rows", "{n:@child|children}" for an irregular plural.
"""
from __future__ import annotations

import re
import string

# Particle pairs: (after a final consonant, after a vowel).
_PAIRS = {"은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"), "가": ("이", "가"),
          "을": ("을", "를"), "를": ("을", "를"), "과": ("과", "와"), "와": ("과", "와")}
_SKIPPED = " \t'\"’”)]}」』>`.…"  # closing marks read silently before a particle
# The final consonant of each digit as read in Sino-Korean (일 → ㄹ, 이 → none, 삼 → ㅁ, …).
_DIGIT_FINAL = {"0": "ㅇ", "1": "ㄹ", "2": "", "3": "ㅁ", "4": "", "5": "", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ", "9": ""}
# Round numbers end in the unit: 십 (10), 백 (100), 천 (1,000); from 10,000 on 만, 억 (10^8), 조 (10^12), 경 (10^16).
_TENS_FINAL = {1: "ㅂ", 2: "ㄱ", 3: "ㄴ"}
_MYRIAD_FINAL = {1: "ㄴ", 2: "ㄱ", 3: "", 4: "ㅇ"}
# English letter names as Koreans say them (엘, 엠, 엔, 알 end in a consonant; 에이, 비, 씨, … in a vowel).
_LETTER_FINAL = {"l": "ㄹ", "m": "ㅁ", "n": "ㄴ", "r": "ㄹ"}
# Words the app shows whose usual Korean reading the spelling rules below would miss (알엠에스프롭, 엑스오알).
_WORD_FINAL = {"rmsprop": "ㅂ", "xor": "ㄹ"}
_VOWELS = set("aeiouy")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?$")
_LATIN = re.compile(r"[A-Za-z]+$")


def _hangul_final(ch: str) -> str | None:
    """The final consonant of a Hangul syllable as a jamo ("" for none); None if `ch` is not a syllable."""
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    final = code % 28
    return "" if final == 0 else "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"[final - 1]


def _number_final(text: str) -> str:
    """The final sound of a number read in Sino-Korean (1.4 → 사, 100 → 백, 20,000 → 만)."""
    digits = text.replace(",", "")
    if "." in digits or "e" in digits.lower():  # decimals and exponents are read digit by digit at the end
        return _DIGIT_FINAL[digits[-1]]
    stripped = digits.lstrip("0")
    if not stripped:
        return _DIGIT_FINAL["0"]  # 영
    zeros = len(stripped) - len(stripped.rstrip("0"))
    if zeros == 0:
        return _DIGIT_FINAL[stripped[-1]]
    # The last word read is the unit of the lowest non-zero digit: 십, 백, 천 within the first four places
    # (110 → 백십), beyond them the group's 만/억/조 (100,000 → 십만, 20,000 → 이만).
    return _TENS_FINAL[zeros] if zeros < 4 else _MYRIAD_FINAL[min(zeros // 4, 4)]


def _latin_final(word: str) -> str:
    """The final sound of a Latin-letter word as Koreans say it: "adam" → 아담 (ㅁ), "sgd" → 에스지디 (none)."""
    lower = word.lower()
    if lower in _WORD_FINAL:
        return _WORD_FINAL[lower]
    if word[-1].isupper() or len(word) == 1 or not _VOWELS & set(lower):
        return _LETTER_FINAL.get(lower[-1], "")  # an acronym or a letter (MSE, lr, AdamW) ends in a letter name
    if lower.endswith("ng"):
        return "ㅇ"
    if lower[-1] in "lmn":
        return _LETTER_FINAL[lower[-1]]  # as in the letter names 엘, 엠, 엔
    if lower.endswith("ck"):
        return "ㄱ"
    # p, t, k after one short vowel become a final consonant (step → 스텝, net → 넷); elsewhere a vowel 으 follows
    # (rent → 렌트), as do b, d, g, s, x … (grad → 그라드, loss → 로스).
    # A silent final r leaves a vowel (layer → 레이어).
    if lower[-1] in "ptk" and len(lower) >= 3 and lower[-2] in _VOWELS and lower[-3] not in _VOWELS:
        return {"p": "ㅂ", "t": "ㅅ", "k": "ㄱ"}[lower[-1]]
    return ""


def final_sound(text: str) -> str | None:
    """How `text` ends when read aloud in Korean: a final consonant jamo, "" for a vowel, None if unknown.

    Closing quotes and brackets are skipped; numbers are read in Sino-Korean (3 → 삼, 10 → 십), Latin words
    by their usual Korean reading.
    """
    text = text.rstrip(_SKIPPED)
    if not text:
        return None
    last = text[-1]
    final = _hangul_final(last)
    if final is not None:
        return final
    if last.isdigit() and (number := _NUMBER.search(text)):
        return _number_final(number.group())
    if last.isascii() and last.isalpha():
        return _latin_final(_LATIN.search(text).group())
    if "α" <= last.lower() <= "ω" or last == "%":  # Greek letter names (감마, 에타) and 퍼센트 end in a vowel
        return ""
    return None


def particle(before: str, name: str) -> str:
    """The particle `name` (either spelling: 을 or 를, 으로 or 로, 이라서 …) in the form that fits after `before`."""
    final = final_sound(before)
    if name in _PAIRS:
        consonant, vowel = _PAIRS[name]
        return f"{consonant}({vowel})" if final is None else consonant if final else vowel
    if name.startswith(("으로", "로")):
        rest = name.removeprefix("으").removeprefix("로")
        return f"(으)로{rest}" if final is None else f"로{rest}" if final in ("", "ㄹ") else f"으로{rest}"
    rest = name[1:]  # the copula 이다: 이라서 / 라서, 이었 / 였, 이어야 / 여야
    if final is None:
        return f"(이){rest}"
    if final:
        return name
    merged = {"어": "여", "었": "였", "에": "예"}.get(rest[:1])
    return merged + rest[1:] if merged else rest


def is_particle(name: str) -> bool:
    """Whether a format field name is a particle (은, 를, 으로, 이라서 …) rather than a value's name."""
    return bool(name) and all("가" <= ch <= "힣" for ch in name) and (
        name in _PAIRS or name.startswith(("으로", "로", "이")))


class _Formatter(string.Formatter):
    """str.format plus the plural spec "{n:@word}" / "{n:,@word|words}"."""

    def format_field(self, value, spec: str) -> str:
        if "@" not in spec:
            return super().format_field(value, spec)
        number_spec, words = spec.split("@", 1)
        singular, _, plural = words.partition("|")
        word = singular if _is_one(value) else plural or singular + "s"
        return f"{super().format_field(value, number_spec)} {word}"


def _is_one(count) -> bool:
    """Whether a count (a number or an already formatted string such as "1" or "1,000") is exactly one."""
    try:
        return float(str(count).replace(",", "")) == 1
    except ValueError:
        return False


_FORMATTER = _Formatter()


def fill(text: str, params: dict) -> str:
    """`text` with its {fields} filled from `params`, particles fitted to what precedes them, plurals agreed."""
    out: list[str] = []
    for literal, field, spec, conversion in _FORMATTER.parse(text):
        out.append(literal)
        if field is None:
            continue
        if is_particle(field):
            out.append(particle("".join(out), field))
            continue
        if any("가" <= ch <= "힣" for ch in field):
            raise ValueError(f"{field!r} in {text!r} is not a particle this formatter knows")
        value, _ = _FORMATTER.get_field(field, (), params)
        value = _FORMATTER.convert_field(value, conversion)
        out.append(_FORMATTER.format_field(value, fill(spec, params) if "{" in spec else spec))
    return "".join(out)
