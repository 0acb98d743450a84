"""Wording shared by the labs: American spelling in every English string, and one Korean name per activation."""
import re

import pytest
from conftest import open_page

from engine.i18n import TABLE, t

ALLOWED = {"rise", "rises", "raise", "raised", "noise", "noises", "otherwise", "likewise", "precise", "precisely",
           "exercise", "exercises", "promise", "promised", "surprise", "surprising", "surprised", "premise",
           "advise", "revise", "revised", "concise", "wise", "clockwise", "pairwise", "elementwise", "stepwise",
           "piecewise", "arise", "arises", "praise", "comprise", "comprises", "comprising",
           "expertise", "paradise", "franchise", "despise", "disguise", "compromise", "demise", "poise",
           "rising", "raising", "promising", "exercising", "advising", "revising", "arising", "praising"}


def test_english_strings_use_american_spelling():
    found = {}
    for key, (english, _) in TABLE.items():
        for word in re.findall(r"[A-Za-z]+", english):
            lower = word.lower()
            if lower in ALLOWED:
                continue
            if re.fullmatch(r"colours?|centre[ds]?|centred|grey|labelled|travelling|towards|behaviour|modelling",
                            lower) or re.fullmatch(r"[a-z]+(is(e|es|ed|ing)|isation|isations)", lower):
                found.setdefault(key, []).append(word)
    assert found == {}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_xor_lists_activations_by_the_activations_labs_names(lang):
    at = open_page("pages/lab_xor.py", lang)
    shown = at.selectbox(key="xor_act").options
    # the activations lab's own names (identity is its "linear"), in this language
    for name in ("sigmoid", "tanh", "relu"):
        assert t(f"lab_activations.name.{name}", lang) in shown
    assert t("lab_activations.name.linear", lang) in shown
    if lang == "ko":
        assert "시그모이드 (Sigmoid)" in shown and "선형 (항등)" in shown and "Identity" not in shown
