"""Translation strings: what each tutorial's preset shows (snapshots, the learned line, accuracy). Key -> (English, Korean)."""

_LESSONS = {
    "after_steps": ("after {n} iterations", "{n} 이터레이션 후"),
    "lines_title": ("The model's line", "모델의 직선"),
    "equation": ("Learned line: **H(x) = {w}·x {sign} {b}** (x = {feature}, H(x) = the predicted {target}; "
                 "W = {w}, b = {sign}{b})",
                 "학습한 직선: **H(x) = {w}·x {sign} {b}** (x = {feature}, H(x) = 예측한 {target}; "
                 "W = {w}, b = {sign}{b})"),
    "snapshots_title": ("The model along the way", "학습 도중의 모델"),
    "snapshots_help": ("The run kept a copy of the model after 10, 100, 1,000 … iterations. Compare the error "
                       "early on with the error at the end: did more iterations help?",
                       "학습하는 동안 10, 100, 1,000 … 이터레이션마다 모델을 복사해 두었습니다. 초반의 오차와 "
                       "마지막 오차를 비교해 보세요. 이터레이션을 더 돌린 것이 도움이 되었나요?"),
    "col_step": ("iteration", "이터레이션"),
    "col_epoch": ("epoch", "에포크"),
    "col_mae_test": ("test MAE", "테스트 MAE"),
    "col_mae_train": ("training MAE", "학습 MAE"),
    "col_accuracy_test": ("test accuracy", "테스트 정확도"),
    "col_accuracy_train": ("training accuracy", "학습 정확도"),
}

STRINGS: dict[str, tuple[str, str]] = {f"lessons.{k}": v for k, v in _LESSONS.items()}
