"""One translation table for every user-facing string (English and Korean).

Each area keeps its strings in its own module of this package (`STRINGS = {key: (english, korean)}`)
so pages can grow side by side; they are merged here into the single table `TABLE`, where a key may
appear only once.
"""
import importlib
import pkgutil

LANGS = ("en", "ko")
LANG_NAMES = {"en": "English", "ko": "한국어"}


def _merge() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, pair in module.STRINGS.items():
            if key in table:
                raise KeyError(f"translation key {key!r} defined twice (again in {info.name})")
            table[key] = pair
    return table


TABLE = _merge()


def t(key: str, lang: str = "en", **params) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from params."""
    en, ko = TABLE[key]
    text = ko if lang == "ko" else en
    return text.format(**params) if params else text
