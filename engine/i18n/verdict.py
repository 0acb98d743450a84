"""Translation strings: the fit verdict of engine/fit.py (Evaluate page and coach: scores, curves, baselines)."""

STRINGS: dict[str, tuple[str, str]] = {
    "verdict.none": ("No scores to compare.", "비교할 점수가 없습니다."),
    "verdict.no_test": ("No test rows, so overfitting cannot be judged: hold out some rows to check it.",
                        "테스트 데이터가 없어서 과적합인지 판단할 수 없습니다. 일부 행을 테스트용으로 떼어 두세요."),
    "verdict.overfit_reg": ("Overfitting: the test RMSE is {ratio}× the training RMSE. The model memorized the "
                            "training rows; try dropout, weight decay, fewer units or fewer epochs.",
                            "과적합: 테스트 RMSE가 학습 RMSE의 {ratio}배입니다. 모델이 학습 데이터를 외워 버렸습니다. "
                            "드롭아웃, 가중치 감쇠, 더 적은 유닛이나 에포크를 시도해 보세요."),
    "verdict.mild_reg": ("A small gap: the test RMSE is {ratio}× the training RMSE. Some overfitting, which is "
                         "usual; watch that it does not grow.",
                         "약간의 차이: 테스트 RMSE가 학습 RMSE의 {ratio}배입니다. 조금 과적합되었지만 흔한 "
                         "정도입니다. 차이가 더 벌어지지 않는지 지켜보세요."),
    "verdict.split_gap_reg": ("The test RMSE is {ratio}× the training RMSE, but this is a straight line: with "
                              "{weights} weights for {rows} training rows it has almost nothing it could memorize. "
                              "The gap comes from which rows the split held out (the test rows happen to lie "
                              "farther from the line). The Cross-validate page shows how much it changes with "
                              "the split.",
                              "테스트 RMSE가 학습 RMSE의 {ratio}배이지만, 이 모델은 직선입니다. 학습 데이터 "
                              "{rows}개에 가중치가 {weights}개뿐이라 외울 수 있는 것이 거의 없습니다. 이 차이는 "
                              "어떤 행이 테스트용으로 빠졌는지에서 옵니다(테스트 행이 마침 직선에서 더 멀리 "
                              "있습니다). 나누는 방법에 따라 얼마나 달라지는지는 교차 검증 페이지에서 볼 수 "
                              "있습니다."),
    "verdict.good_reg": ("A good fit: the test RMSE is {ratio}× the training RMSE, so the model does about as well "
                         "on new rows as on the ones it learned from.",
                         "잘 맞습니다: 테스트 RMSE가 학습 RMSE의 {ratio}배라서, 새 데이터에서도 학습한 데이터만큼 "
                         "잘합니다."),
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
    "verdict.overfit_curve": ("Overfitting: the test loss (on the held-out rows) was lowest at epoch {best} and is now "
                              "{rise} higher, while the training loss kept falling. The model is memorizing its "
                              "training rows. Stop earlier, add dropout or weight decay, or use a smaller model.",
                              "과적합입니다. 테스트 손실은 {best} 에포크에서 가장 낮았고 지금은 {rise} 더 높은데, "
                              "학습 손실은 계속 내려갔습니다. 모델이 학습 데이터를 외우고 있어요. 더 일찍 멈추거나, "
                              "드롭아웃이나 가중치 감쇠를 더하거나, 더 작은 모델을 써 보세요."),
    "verdict.underfit_cls": ("Underfitting: the training loss is still {share} of what always answering the class "
                             "shares would cost. The model is too simple for the data or has not trained long enough: "
                             "train longer, or add a hidden layer.",
                             "과소적합입니다. 학습 손실이 아직 항상 클래스 비율대로 답할 때 손실의 {share}입니다. "
                             "모델이 데이터에 비해 너무 단순하거나 충분히 학습하지 못했어요. 더 오래 학습하거나 "
                             "은닉층을 더해 보세요."),
    "verdict.underfit_line": ("Underfitting: the training loss is {times}× what the best straight line reaches on "
                              "these rows. The model has not finished learning: train longer or with a larger "
                              "learning rate (for a network, more units can help too).",
                              "과소적합입니다. 학습 손실이 이 데이터에 가장 잘 맞는 직선이 내는 손실의 {times}배입니다. "
                              "아직 다 배우지 못했어요. 더 오래, 또는 더 큰 학습률로 학습해 보세요 (신경망이라면 "
                              "유닛을 늘리는 것도 도움이 됩니다)."),
}
