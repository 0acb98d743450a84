"""Translation strings: one-line hints after a training run (engine/hints.py). Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "hint.still_improving": ("The loss was still clearly falling at the last of {epochs} epochs: the model has not "
                             "finished learning. Train for more epochs, or try a larger learning rate.",
                             "{epochs}번째 에포크에서도 손실이 아직 눈에 띄게 줄고 있었습니다. 모델이 학습을 다 "
                             "마치지 못했으니 에포크를 늘리거나 학습률을 조금 키워 보세요."),
}
