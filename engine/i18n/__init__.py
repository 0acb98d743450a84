"""One translation table for every user-facing string (English and Korean).

Each area keeps its strings in its own module of this package (`STRINGS = {key: (english, korean)}`)
so pages can grow side by side; they are merged here into the single table `TABLE`, where a key may
appear only once.
"""
import importlib
import pkgutil

from engine.grammar import fill

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


class Key(str):
    """A message parameter that is itself a translation key (e.g. a task's name): t() shows it in the message's
    language, so an error raised once in the engine reads right in either language."""


def t(key: str, lang: str = "en", **params) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from params.

    Besides str.format's fields, a Korean particle after a value is a field of its own ("{loss}{이}",
    "'{name}'{을}", "{n}{으로}", "{total}{이라서}") and an English count can agree with its noun
    ("{n:@epoch}" → "1 epoch" / "2 epochs"): see engine.grammar.
    """
    en, ko = TABLE[key]
    text = ko if lang == "ko" else en
    params = {name: t(value, lang) if isinstance(value, Key) else value for name, value in params.items()}
    return fill(text, params) if params else text
