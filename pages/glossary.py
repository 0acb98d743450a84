"""Glossary: every term the app uses in Korean and English, its PyTorch name, meaning and pages."""
import pandas as pd
import streamlit as st

from engine.glossary import TERMS
from ui.state import end_page, lang, tr

NAV_KEYS = {"cross_validate": "nav.cv"}  # page file stem → its navigation title, where the two differ


def _matches(term, query: str) -> bool:
    text = " ".join([term.ko, term.en, term.torch, term.define_en, term.define_ko]).lower()
    return query.lower() in text


def _page_title(path: str) -> str:
    stem = path.removeprefix("pages/").removesuffix(".py")
    return tr(NAV_KEYS.get(stem, f"nav.{stem}"))


st.title(tr("nav.glossary"))
st.caption(tr("glossary.intro"))
query = st.text_input(tr("glossary.search"), key="glossary_search", placeholder=tr("glossary.search_placeholder"))
shown = [term for term in TERMS if _matches(term, query.strip())]
if not shown:
    st.info(tr("glossary.none", query=query), icon=":material/search_off:")
    end_page()

first, second = ("ko", "en") if lang() == "ko" else ("en", "ko")
columns = {"ko": tr("glossary.col_ko"), "en": tr("glossary.col_en")}
table = pd.DataFrame({
    columns[first]: [getattr(term, first) for term in shown],
    columns[second]: [getattr(term, second) for term in shown],
    tr("glossary.col_torch"): [term.torch for term in shown],
    tr("glossary.col_meaning"): [term.define_ko if lang() == "ko" else term.define_en for term in shown],
})
st.table(table.set_index(columns[first]))  # a static table wraps the definitions instead of cutting them off
st.caption(tr("glossary.count", n=len(shown)))

st.subheader(tr("glossary.where_title"))
for term in shown:
    name, other = (term.ko, term.en) if lang() == "ko" else (term.en, term.ko)
    label, links = st.columns([1, 4], vertical_alignment="center")
    label.markdown(f"**{name}** ({other})")
    row = links.container(horizontal=True)  # the links flow one after another, each as wide as its title
    for path in term.pages:
        row.page_link(path, label=_page_title(path), width="content")
