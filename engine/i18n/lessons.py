"""Translation strings: what each tutorial's preset shows (snapshots, the learned line, accuracy). Key -> (English, Korean)."""

_LESSONS = {
    "after_steps": ("after {n} iterations", "{n} 이터레이션 후"),
    "lines_title": ("The model's line", "모델의 직선"),
    "curves_title": ("The model's curve", "모델의 곡선"),
    "equation": ("Learned line: **H(x) = {w}·x {sign} {b}** (x = {feature}, H(x) = the predicted {target}; "
                 "W = {w}, b = {b_signed})",
                 "학습한 직선: **H(x) = {w}·x {sign} {b}** (x = {feature}, H(x) = 예측한 {target}; "
                 "W = {w}, b = {b_signed})"),
    "snapshots_title": ("The model along the way", "학습 도중의 모델"),
    "snapshots_help": ("The run kept a copy of the model after 10, 100, 1,000 … iterations. Compare the score "
                       "early on with the score at the end: did more iterations help?",
                       "학습하는 동안 10, 100, 1,000 … 이터레이션마다 모델을 복사해 두었습니다. 초반의 점수와 "
                       "마지막 점수를 비교해 보세요. 이터레이션을 더 돌린 것이 도움이 되었나요?"),
    "snapshots_not_kept": ("{n} of this run's copies along the way were not kept in the workspace (the model is too "
                           "big to keep them all), so this table and chart leave them out. The final model is kept "
                           "in full.",
                           "이 모델은 커서 학습 도중의 복사본 중 {n}개는 작업 공간에 저장하지 않았습니다. 그래서 이 표와 "
                           "차트에는 빠져 있습니다. 마지막 모델은 그대로 저장되어 있습니다."),
    "accuracy_axis": ("accuracy", "정확도"),
    "share_of_row": ("share of the true class", "정답 클래스 중 비율"),
    "confusion_shares": ("Show each true class's shares (%)", "정답 클래스별 비율(%)로 보기"),
    "init_zeros": ("Starting weights: W = 0 and b = 0, as tutorial 004 starts.",
                   "시작 가중치: 튜토리얼 004처럼 W = 0, b = 0에서 시작합니다."),
    "init_zeros_mlp": ("Starting weights: all 0. With hidden layers that is a trap: every unit gets the same "
                       "gradient and they stay alike (with ReLU only the output bias moves). Use the default start.",
                       "시작 가중치: 모두 0. 은닉층이 있으면 함정입니다. 모든 유닛이 같은 기울기를 받아 계속 똑같이 "
                       "움직여요 (ReLU라면 출력층의 편향만 움직입니다). 기본 시작값을 쓰세요."),
    "init_default": ("Default start", "기본 시작값"),
    "col_step": ("iteration", "이터레이션"),
    "col_epoch": ("epoch", "에포크"),
    "col_mae_test": ("test MAE", "테스트 MAE"),
    "col_mae_train": ("training MAE", "학습 MAE"),
    "col_accuracy_test": ("test accuracy", "테스트 정확도"),
    "col_accuracy_train": ("training accuracy", "학습 정확도"),
    "look_seed000": ("**Look at** the dashed line after 1,000 iterations against the final one, and the test MAE in "
                     "'The model along the way'. The tutorial got about 9.26 after 1,000 iterations and 6.81 after "
                     "100,000.",
                     "**볼 곳:** 1,000 이터레이션 후의 점선과 마지막 직선, 그리고 '학습 도중의 모델' 표의 테스트 MAE. "
                     "튜토리얼은 1,000 이터레이션 후 약 9.26, 100,000 이터레이션 후 6.81을 얻었습니다."),
    "look_seed001": ("**Look at** RMSE on the Evaluate page (the price is min-max scaled, so it is a share of the "
                     "price range). The tutorial got about 0.07 on the training rows and 0.11 on the test rows.",
                     "**볼 곳:** 평가 페이지의 RMSE (집값을 최소-최대 스케일링했으므로 가격 범위에 대한 비율입니다). "
                     "튜토리얼은 학습 데이터에서 약 0.07, 테스트 데이터에서 약 0.11을 얻었습니다."),
    "look_seed003": ("**Look at** the accuracy per epoch, training and test, beside the loss. The tutorial computed "
                     "gradients numerically, could afford only 100 iterations and stayed near 10% (guessing); "
                     "backpropagation makes 20 epochs a matter of seconds.",
                     "**볼 곳:** 손실 옆의 에포크별 정확도 (학습, 테스트). 튜토리얼은 기울기를 수치 미분으로 구해서 "
                     "100 이터레이션밖에 돌리지 못했고 정확도가 무작위로 고르는 수준인 10% 근처에 머물렀습니다. 역전파로는 "
                     "20 에포크가 몇 초면 끝납니다."),
    "look_seed004": ("**Look at** H(x) = Wx + b under the chart and the cost falling from 18.67 (W = b = 0). The "
                     "data is exactly y = 2x, so W heads for 2 and b for 0.",
                     "**볼 곳:** 그래프 아래의 H(x) = Wx + b와 18.67 (W = b = 0일 때)에서 내려가는 비용. 데이터가 "
                     "정확히 y = 2x이므로 W는 2로, b는 0으로 다가갑니다."),
}

STRINGS: dict[str, tuple[str, str]] = {f"lessons.{k}": v for k, v in _LESSONS.items()}
