"""The learner's language and the one way to a translated string; below every other ui module, so any of
them (ui.names, ui.state …) can name things in the learner's language without importing each other."""
import streamlit as st

from engine.i18n import t


def browser_lang() -> str:
    """The app's language closest to the browser's own: Korean for a browser set to Korean (ko, ko-KR), else English.
    A new learner starts in it; a returning one gets the language saved in their workspace (ui.workspace.restore)."""
    return "ko" if (st.context.locale or "").lower().startswith("ko") else "en"


def lang() -> str:
    """The learner's language code ("en" or "ko")."""
    return st.session_state.get("lang") or "en"


def tr(key: str, **params) -> str:
    """The text for `key` in the learner's language."""
    return t(key, lang(), **params)
