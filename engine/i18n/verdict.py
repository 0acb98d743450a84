"""Translation strings: the fit verdict engine.evaluation.fit_verdict returns (train vs. test scores)."""

STRINGS: dict[str, tuple[str, str]] = {
    "verdict.none": ("No scores to compare.", "비교할 점수가 없습니다."),
    "verdict.no_test": ("No test rows, so overfitting cannot be judged: hold out some rows to check it.",
                        "테스트 데이터가 없어서 과적합인지 판단할 수 없습니다. 일부 행을 테스트용으로 떼어 두세요."),
    "verdict.underfit_reg": ("Underfitting: even on the training rows R² is only {r2}. The model is too simple or "
                             "has not trained long enough: try more epochs, a better learning rate, or more units.",
                             "과소적합: 학습 데이터에서도 R²가 {r2}밖에 안 됩니다. 모델이 너무 단순하거나 충분히 "
                             "학습하지 못했습니다. 에포크를 늘리거나, 학습률을 조정하거나, 유닛을 늘려 보세요."),
    "verdict.overfit_reg": ("Overfitting: the test RMSE is {ratio}× the training RMSE. The model memorized the "
                            "training rows; try dropout, weight decay, fewer units or fewer epochs.",
                            "과적합: 테스트 RMSE가 학습 RMSE의 {ratio}배입니다. 모델이 학습 데이터를 외워 버렸습니다. "
                            "드롭아웃, 가중치 감쇠, 더 적은 유닛이나 에포크를 시도해 보세요."),
    "verdict.mild_reg": ("A small gap: the test RMSE is {ratio}× the training RMSE. Some overfitting, which is "
                         "usual; watch that it does not grow.",
                         "약간의 차이: 테스트 RMSE가 학습 RMSE의 {ratio}배입니다. 조금 과적합되었지만 흔한 "
                         "정도입니다. 차이가 더 벌어지지 않는지 지켜보세요."),
    "verdict.good_reg": ("A good fit: the test RMSE is {ratio}× the training RMSE, so the model does about as well "
                         "on new rows as on the ones it learned from.",
                         "잘 맞습니다: 테스트 RMSE가 학습 RMSE의 {ratio}배라서, 새 데이터에서도 학습한 데이터만큼 "
                         "잘합니다."),
    "verdict.underfit_cls": ("Underfitting: only {acc} right even on the training rows. Train longer, adjust the "
                             "learning rate, or give the model more units or layers.",
                             "과소적합: 학습 데이터에서도 {acc}만 맞힙니다. 더 오래 학습하거나, 학습률을 조정하거나, "
                             "유닛이나 층을 늘려 보세요."),
    "verdict.overfit_cls": ("Overfitting: training accuracy is {gap} points above test accuracy. Try dropout, "
                            "weight decay or fewer epochs.",
                            "과적합: 학습 정확도가 테스트 정확도보다 {gap}%p 높습니다. 드롭아웃, 가중치 감쇠, 더 적은 "
                            "에포크를 시도해 보세요."),
    "verdict.mild_cls": ("A small gap: training accuracy is {gap} points above test accuracy. Some overfitting, "
                         "which is usual.",
                         "약간의 차이: 학습 정확도가 테스트 정확도보다 {gap}%p 높습니다. 조금 과적합되었지만 흔한 "
                         "정도입니다."),
    "verdict.good_cls": ("A good fit: training and test accuracy are within {gap} points of each other.",
                         "잘 맞습니다: 학습 정확도와 테스트 정확도의 차이가 {gap}%p 이내입니다."),
}
