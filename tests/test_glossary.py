"""The glossary: one word per idea, used by every UI string, and its page in both languages."""
import pathlib

import pytest

from conftest import open_page
from engine.glossary import TERMS, definition, wrong_variants
from engine.i18n import TABLE

APP = pathlib.Path("app.py").read_text(encoding="utf-8")


def variant_uses(table: dict) -> list[tuple]:
    """(key, variant, glossary word) for every string of `table` that spells a glossary term wrongly."""
    found = []
    for lang, column in (("en", 0), ("ko", 1)):
        for variant, right in wrong_variants(lang).items():
            found += [(key, variant, right) for key, pair in table.items() if variant.lower() in pair[column].lower()]
    return found


def test_the_check_catches_wrong_variants():
    fake = {"a": ("Pick an optimiser.", "옵티마이저를 고르세요."), "b": ("Epochs", "에폭 수"),
            "c": ("Epochs", "에포크 수"), "d": ("dropout", "드랍아웃")}
    assert sorted(variant_uses(fake)) == [("a", "optimiser", "optimizer"), ("b", "에폭", "에포크"),
                                          ("d", "드랍아웃", "드롭아웃")]


def test_every_ui_string_uses_the_glossary_words():
    assert variant_uses(TABLE) == []


def test_glossary_definitions_use_their_own_words():
    definitions = {term.key: (term.define_en, term.define_ko) for term in TERMS}
    assert variant_uses(definitions) == []


def test_every_term_is_complete_and_unique():
    assert 30 <= len(TERMS) <= 60
    for field in ("key", "ko", "en"):
        values = [getattr(term, field) for term in TERMS]
        assert len(values) == len(set(values)), field
    for term in TERMS:
        assert term.ko and term.en and term.define_en.endswith(".") and term.define_ko.endswith("다.")
        assert term.pages and all(f'"{page}"' in APP for page in term.pages), term.key
        assert term.ko not in term.variants_ko and term.en not in term.variants_en
    required = {("에포크", "epoch"), ("학습률", "learning rate"), ("배치", "batch"), ("옵티마이저", "optimizer"),
                ("기울기", "gradient"), ("손실 함수", "loss function")}
    assert required <= {(term.ko, term.en) for term in TERMS}
    assert {term.en: term.torch for term in TERMS}["learning rate"] == "lr"
    assert definition("epoch", "ko") == "학습 데이터 전체를 한 번 모두 훑는 것입니다."


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_glossary_page_searches_and_links_pages(lang):
    at = open_page("pages/glossary.py", lang)
    assert not at.exception
    assert at.title[0].value == ("용어집" if lang == "ko" else "Glossary")
    table = at.table[0].value
    assert len(table) == len(TERMS)
    assert len(at.get("page_link")) == sum(len(term.pages) for term in TERMS)

    at.text_input(key="glossary_search").input("grad").run()
    expected = [term for term in TERMS
                if "grad" in " ".join([term.ko, term.en, term.torch, term.define_en, term.define_ko]).lower()]
    shown = at.table[0].value
    assert list(shown.index) == [term.ko if lang == "ko" else term.en for term in expected]
    assert len(at.get("page_link")) == sum(len(term.pages) for term in expected)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_config_widgets_explain_their_term_on_hover(lang):
    from engine import datasets

    at = open_page("pages/train.py", lang, state={"dataset": datasets.load("rent")})
    assert not at.exception
    assert at.number_input(key="train_page_epochs").help == definition("epoch", lang)
    assert at.selectbox(key="train_page_optimizer").help == definition("optimizer", lang)
    at.switch_page("pages/model.py")
    at.run()
    assert at.selectbox(key="model_activation").help == definition("activation", lang)
