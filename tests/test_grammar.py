"""Korean particles and English plurals in the translation table, against hand-written readings."""
import string

import pytest

from engine.config import TrainConfig
from engine.errors import ConfigError
from engine.grammar import fill, final_sound, is_particle
from engine.i18n import TABLE, t

# value → (을/를, 이/가, (으)로) as a Korean speaker says it; the reading is written out for the reviewer.
EXPECTED = {
    # numbers, read in Sino-Korean
    0: ("을", "이", "으로"),        # 영
    1: ("을", "이", "로"),          # 일 (ㄹ takes 로)
    2: ("를", "가", "로"),          # 이
    3: ("을", "이", "으로"),        # 삼
    4: ("를", "가", "로"),          # 사
    6: ("을", "이", "으로"),        # 육
    7: ("을", "이", "로"),          # 칠
    8: ("을", "이", "로"),          # 팔
    9: ("를", "가", "로"),          # 구
    10: ("을", "이", "으로"),       # 십
    20: ("을", "이", "으로"),       # 이십
    100: ("을", "이", "으로"),      # 백
    110: ("을", "이", "으로"),      # 백십
    1000: ("을", "이", "으로"),     # 천
    20000: ("을", "이", "으로"),    # 이만
    100000: ("을", "이", "으로"),   # 십만
    10 ** 8: ("을", "이", "으로"),  # 억
    "1,024": ("를", "가", "로"),    # 천이십사
    0.1623: ("을", "이", "으로"),   # 영 점 일육이삼
    1.4: ("를", "가", "로"),        # 일 점 사
    "1e-05": ("를", "가", "로"),    # … 오
    "col_3": ("을", "이", "으로"),  # 콜 삼
    # Korean words
    "학습": ("을", "이", "으로"),
    "모델": ("을", "이", "로"),
    "데이터": ("를", "가", "로"),
    "집값": ("을", "이", "으로"),
    # Latin names by their usual Korean reading
    "mse": ("를", "가", "로"),      # 엠에스이
    "MSE": ("를", "가", "로"),
    "sgd": ("를", "가", "로"),      # 에스지디
    "adam": ("을", "이", "으로"),   # 아담
    "Adam": ("을", "이", "으로"),
    "AdamW": ("를", "가", "로"),    # 아담더블유
    "RMSprop": ("을", "이", "으로"),  # 알엠에스프롭
    "XOR": ("을", "이", "로"),      # 엑스오알
    "lr": ("을", "이", "로"),       # 엘알
    "relu": ("를", "가", "로"),     # 렐루
    "tanh": ("를", "가", "로"),     # 탄에이치
    "rent": ("를", "가", "로"),     # 렌트
    "step": ("을", "이", "으로"),   # 스텝
    "model": ("을", "이", "로"),    # 모델
    "nan": ("을", "이", "으로"),    # 난
    "house_prices": ("를", "가", "로"),  # 하우스 프라이시스
    "warmup": ("을", "이", "으로"),  # 웜업
    # closing quotes and brackets are skipped
    "'실행 3'": ("을", "이", "으로"),
    "run (CSV)": ("를", "가", "로"),  # … 씨에스브이
    "[30, 80]": ("을", "이", "으로"),  # 팔십
}


@pytest.mark.parametrize("value", list(EXPECTED), ids=str)
def test_particles_follow_the_last_sound(value):
    obj, subj, towards = EXPECTED[value]
    assert fill("{v}{을}", {"v": value}) == f"{value}{obj}"
    assert fill("{v}{를}", {"v": value}) == f"{value}{obj}"  # either spelling picks the same form
    assert fill("{v}{가}", {"v": value}) == f"{value}{subj}"
    assert fill("{v}{으로}", {"v": value}) == f"{value}{towards}"
    topic, also = {"을": ("은", "과"), "를": ("는", "와")}[obj]
    assert fill("{v}{는}", {"v": value}) == f"{value}{topic}"
    assert fill("{v}{와}", {"v": value}) == f"{value}{also}"


def test_copula_drops_or_merges_after_a_vowel():
    assert fill("{v}{이라서}", {"v": 1.4}) == "1.4라서"
    assert fill("{v}{이라서}", {"v": 3}) == "3이라서"
    assert fill("{v}{이었습니다}", {"v": 2}) == "2였습니다"
    assert fill("{v}{이었습니다}", {"v": 0.5}) == "0.5였습니다"
    assert fill("{v}{이었습니다}", {"v": 10}) == "10이었습니다"
    assert fill("{v}{이어야}", {"v": "(3, 4)"}) == "(3, 4)여야"
    assert fill("{v}{이고}", {"v": "0.21"}) == "0.21이고"
    assert fill("{v}{로서}", {"v": "학습"}) == "학습으로서"


def test_format_specs_still_apply_before_the_particle():
    assert fill("{v:.4f}{이}", {"v": 0.16233}) == "0.1623이"  # 삼
    assert fill("{v:.1f}{이}", {"v": 1.44}) == "1.4가"       # 사
    assert fill("'{v}'{을} 쓰세요", {"v": "mse"}) == "'mse'를 쓰세요"


def test_unknown_endings_keep_both_forms():
    assert final_sound("→") is None
    assert fill("{v}{을}", {"v": "→"}) == "→을(를)"
    assert fill("{v}{으로}", {"v": "∞"}) == "∞(으)로"


def test_plural_spec_agrees_with_the_count():
    assert fill("{n:@epoch}", {"n": 1}) == "1 epoch"
    assert fill("{n:@epoch}", {"n": 2}) == "2 epochs"
    assert fill("{n:@epoch}", {"n": 0}) == "0 epochs"
    assert fill("{n:,@row}", {"n": 1024}) == "1,024 rows"
    assert fill("{n:@epoch}", {"n": "1"}) == "1 epoch"  # counts the pages format themselves
    assert fill("{n:@child|children}", {"n": 3}) == "3 children"
    assert t("train_page.done", "en", epochs="1", seconds="0.1", mode="live").startswith("1 epoch ")
    assert t("train_page.done", "en", epochs="2", seconds="0.1", mode="live").startswith("2 epochs ")


def test_table_messages_use_the_particle_helper():
    assert t("config.batch_too_big", "ko", batch=100, n=80).startswith("배치 크기 100이 ")
    assert t("config.batch_too_big", "ko", batch=64, n=50).startswith("배치 크기 64가 ")
    assert "손실이 nan이 되어" in t("train.diverged", "ko", epochs=2, loss="nan")
    assert "'mse'를 쓰세요" in t("config.loss_task", "ko", loss="ce", task="회귀", suggested="mse")


def test_engine_errors_name_the_task_and_losses_in_the_learners_language():
    with pytest.raises(ConfigError) as caught:
        TrainConfig(loss="ce").loss_for("regression")
    assert caught.value.message("ko") == ("'교차 엔트로피 (cross-entropy)' 손실은 회귀 문제에 맞지 않습니다. "
                                          "'MSE (평균 제곱 오차)'를 쓰세요.")
    assert "does not fit a regression task" in caught.value.message("en")


def _fields(text):
    return [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]


def test_every_table_string_fills_and_writes_no_neutral_particle():
    """Each string formats with its fields; no Korean string falls back to the 을(를) / (으)로 notation."""
    for key, (en, ko) in TABLE.items():
        for text in (en, ko):
            names = [f for f in _fields(text) if f and not is_particle(f)]
            if names:
                fill(text, {name.split(".")[0].split("[")[0]: 1 for name in names})
        for neutral in ("을(를)", "를(을)", "이(가)", "가(이)", "은(는)", "는(은)", "와(과)", "과(와)", "(으)로"):
            assert neutral not in ko, (key, ko)
        for field in _fields(ko):
            assert not any("가" <= ch <= "힣" for ch in field or "") or is_particle(field), (key, field)
