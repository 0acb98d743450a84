"""One translation table for every user-facing string (English and Korean).

Each area keeps its strings in its own module (`STRINGS = {key: (english, korean)}`) so that
pages can grow side by side; they are merged here into the single table `TABLE`, and a key may
appear only once.
"""
from engine.i18n import common, data, labs, workflow

LANGS = ("en", "ko")
LANG_NAMES = {"en": "English", "ko": "한국어"}


def _merge(*modules) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for module in modules:
        for key, pair in module.STRINGS.items():
            if key in table:
                raise KeyError(f"translation key {key!r} defined twice ({module.__name__})")
            table[key] = pair
    return table


TABLE = _merge(common, data, workflow, labs)


def t(key: str, lang: str = "en", **params) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from params."""
    en, ko = TABLE[key]
    text = ko if lang == "ko" else en
    return text.format(**params) if params else text
