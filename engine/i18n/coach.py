"""Translation strings: the coach's advice after a run (engine/coach.py). Key -> (English, Korean)."""

_COACH = {
    "title": ("Coach", "코치"),
    "nothing": ("Nothing stands out in this run: the loss settled, and the model beats simple guessing.",
                "이번 학습에서 눈에 띄는 문제는 없습니다. 손실이 자리를 잡았고, 모델이 단순히 평균이나 가장 흔한 답을 고르는 것보다 낫습니다."),
    "diverged": ("The steps were too big: the loss blew up. Try the learning rate {lower} instead of {lr} (÷10).",
                 "걸음이 너무 컸습니다. 손실이 폭발했어요. 학습률을 {lr} 대신 {lower}로 (÷10) 해 보세요."),
    "bouncing": ("The loss keeps jumping up and down without getting lower: the learning rate {lr} is too high for "
                 "this problem. Try {lower} (÷10).",
                 "손실이 낮아지지 않고 계속 오르내립니다. 이 문제에는 학습률 {lr}이 너무 큽니다. {lower}로 (÷10) "
                 "해 보세요."),
    "still_improving": ("The loss was still falling at the end ({drop} lower over the last {window} epochs): it has "
                        "not finished learning. Train for more epochs than {epochs}, or try a larger learning rate.",
                        "마지막까지 손실이 내려가고 있었습니다 (마지막 {window} 에포크 동안 {drop} 감소). 아직 다 배우지 "
                        "못했어요. 에포크를 {epochs}보다 늘리거나, 학습률을 키워 보세요."),
    "scale": ("The features are not scaled and their spreads differ about {ratio}×: '{big}' swamps '{small}', and "
              "one learning rate cannot suit both. Choose standard or min-max scaling.",
              "특성이 스케일링되지 않았고 퍼진 정도가 약 {ratio}배 차이 납니다. '{big}'{이} '{small}'{을} "
              "압도해서 학습률 하나로는 둘 다 맞출 수 없어요. 표준화나 최소-최대 스케일링을 골라 보세요."),
    "id_feature": ("'{name}' only numbers the rows, like an ID. The model can memorize it, but it tells nothing "
                   "about a new row: leave it out on the Data page.",
                   "'{name}'{은} ID처럼 행에 번호만 붙입니다. 모델이 외울 수는 있지만 새로운 행에 대해서는 아무것도 "
                   "알려주지 않아요. 데이터 페이지에서 빼 보세요."),
    "majority": ("Accuracy {acc} is no better than always answering '{cls}', the most common class ({base} of the "
                 "test rows): the model has not learned anything useful yet.",
                 "정확도 {acc}{은} 가장 흔한 클래스 '{cls}'만 계속 답할 때({base})보다 낫지 않습니다. 모델이 아직 "
                 "쓸모 있는 것을 배우지 못했어요."),
}

STRINGS: dict[str, tuple[str, str]] = {f"coach.{k}": v for k, v in _COACH.items()}
