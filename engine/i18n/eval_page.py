"""Translation strings: the Evaluate page. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "eval_page.intro": ("How good is a trained model on rows it never learned from? Pick a kept run to see its test scores, "
              "where it goes wrong, and what it predicts for your own input.",
              "학습에 쓰지 않은 데이터에서 모델이 얼마나 잘할까요? 저장된 실행을 골라 테스트 점수, 틀리는 곳, 직접 "
              "넣은 입력에 대한 예측을 확인하세요."),
    "eval_page.no_runs": ("No trained runs yet. Train a model first.", "아직 학습한 실행이 없습니다. 먼저 모델을 학습시키세요."),
    "eval_page.pick": ("Run", "실행"),
    "eval_page.rolled_back": ("The scores below belong to the weights after the last good epoch ({epochs}; 0 means the "
                    "untrained starting weights): the blown-up weights were thrown away.",
                    "아래 점수는 마지막으로 정상이던 에포크({epochs}, 0이면 학습 전 처음 가중치)의 가중치로 잰 "
                    "것입니다. 발산한 가중치는 버렸습니다."),
    "eval_page.test_title": ("Scores on the test rows", "테스트 데이터 점수"),
    "eval_page.train_only_title": ("Scores on the training rows", "학습 데이터 점수"),
    "eval_page.on_train_data": ("This run held out no rows (test share 0), so these scores are on the training data itself. "
                      "They show how well the model fits, not how well it generalizes.",
                      "이 실행은 테스트용 행을 따로 두지 않았습니다 (테스트 비율 0). 그래서 이 점수는 학습 데이터로 "
                      "잰 것이고, 새 데이터에 얼마나 잘 맞을지가 아니라 학습 데이터에 얼마나 잘 맞췄는지를 보여 줍니다."),
    "eval_page.m_mse": ("{label}", "{label}"),
    "eval_page.m_rmse": ("{label}", "{label}"),
    "eval_page.m_mae": ("{label} (average absolute error)", "{label} (평균 절대 오차)"),
    "eval_page.m_r2": ("{label}", "{label} (결정 계수)"),
    "eval_page.m_accuracy": ("Accuracy", "정확도 (accuracy)"),
    "eval_page.m_precision": ("Precision", "정밀도 (precision)"),
    "eval_page.m_recall": ("Recall", "재현율 (recall)"),
    "eval_page.m_f1": ("{label}", "{label} 점수"),
    "eval_page.mae_note": ("MAE is the tutorials' \"average absolute error\": on average the prediction misses the true "
                 "{target} by this much. RMSE is in the same units but weighs big misses more; R² = 1 is perfect, "
                 "0 is no better than always guessing the mean.",
                 "MAE는 튜토리얼의 \"평균 절대 오차\"입니다. 예측이 실제 {target}에서 평균적으로 이만큼 빗나갑니다. "
                 "RMSE도 단위는 같지만 크게 틀린 것에 더 무게를 둡니다. R²는 1이면 완벽, 0이면 항상 평균으로 예측하는 "
                 "것과 다름없습니다."),
    "eval_page.units_note": ("The target was min-max scaled for training; these scores are on that 0–1 scale (as in "
                   "tutorial 001), while charts and tables below are in the target's own units.",
                   "학습할 때 타깃을 최소-최대 스케일링했으므로 이 점수는 0–1 스케일입니다 (튜토리얼 001과 같음). "
                   "아래 차트와 표는 타깃의 원래 단위입니다."),
    "eval_page.cls_note": ("Accuracy is the share of rows classified right. Precision: of the rows predicted as a class, how "
                 "many really are; recall: of the rows of a class, how many were found; F1 combines the two "
                 "(averaged over classes when there are more than two).",
                 "정확도는 맞게 분류한 행의 비율입니다. 정밀도: 어떤 클래스로 예측한 행 중 실제로 그 클래스인 비율, "
                 "재현율: 어떤 클래스의 행 중 찾아낸 비율, F1은 둘을 합친 점수입니다 (클래스가 셋 이상이면 클래스별 "
                 "평균)."),
    "eval_page.pred_actual": ("Predicted vs. actual", "예측 값 vs. 실제 값"),
    "eval_page.pred_actual_help": ("A perfect model puts every dot on the dashed diagonal.",
                         "완벽한 모델이라면 모든 점이 점선 대각선 위에 놓입니다."),
    "eval_page.actual": ("actual {target}", "실제 {target}"),
    "eval_page.predicted": ("predicted {target}", "예측한 {target}"),
    "eval_page.residuals": ("Residuals", "잔차 (residual)"),
    "eval_page.residual": ("residual (predicted − actual)", "잔차 (예측 − 실제)"),
    "eval_page.residuals_help": ("Residuals should scatter evenly around 0. A curve or a funnel shape means the model "
                       "misses a pattern in the data.",
                       "잔차는 0 주위에 고르게 흩어져야 합니다. 곡선이나 깔때기 모양이 보이면 모델이 데이터의 패턴을 "
                       "놓치고 있다는 뜻입니다."),
    "eval_page.confusion": ("Confusion matrix", "혼동 행렬 (confusion matrix)"),
    "eval_page.confusion_help": ("Each row is a true class, each column a predicted one: the diagonal counts the right "
                       "answers, every other cell a kind of mistake.",
                       "행은 실제 클래스, 열은 예측한 클래스입니다. 대각선은 맞힌 개수, 나머지 칸은 틀린 종류별 "
                       "개수입니다."),
    "eval_page.pred_class": ("predicted class", "예측한 클래스"),
    "eval_page.true_class": ("true class", "실제 클래스"),
    "eval_page.compare_title": ("Training vs. test", "학습 데이터 vs. 테스트 데이터"),
    "eval_page.col_metric": ("metric", "지표"),
    "eval_page.col_train": ("training rows", "학습 데이터"),
    "eval_page.col_test": ("test rows", "테스트 데이터"),
    "eval_page.rules_reg": ("Rules used (the coach uses the same): training loss ≥ {line}× the best straight line's → "
                            "underfitting; test RMSE ≥ {over}× training RMSE, or the test loss {rise} above its lowest "
                            "point while the training loss kept falling → overfitting; {mild}–{over}× → a small gap; "
                            "otherwise a good fit.",
                            "판단 기준 (코치도 같은 기준을 씁니다): 학습 손실 ≥ 가장 잘 맞는 직선 손실의 {line}배 → "
                            "과소적합, 테스트 RMSE ≥ 학습 RMSE의 {over}배이거나 학습 손실은 계속 내려가는데 테스트 "
                            "손실이 가장 낮았던 때보다 {rise} 높음 → 과적합, {mild}–{over}배 → 약간의 차이, 그 밖에는 "
                            "잘 맞음."),
    "eval_page.rules_cls": ("Rules used (the coach uses the same): training loss ≥ {share} of always answering the class "
                            "shares → underfitting; training accuracy ≥ {gap} points above test, or the test loss "
                            "{rise} above its lowest point while the training loss kept falling → overfitting; "
                            "{mild_gap}–{gap} points → a small gap; otherwise a good fit.",
                            "판단 기준 (코치도 같은 기준을 씁니다): 학습 손실 ≥ 항상 클래스 비율대로 답할 때 손실의 "
                            "{share} → 과소적합, 학습 정확도가 테스트보다 {gap}%p 이상 높거나 학습 손실은 계속 "
                            "내려가는데 테스트 손실이 가장 낮았던 때보다 {rise} 높음 → 과적합, {mild_gap}–{gap}%p → "
                            "약간의 차이, 그 밖에는 잘 맞음."),
    "eval_page.worst_title": ("Worst predictions", "가장 많이 틀린 예측"),
    "eval_page.col_row": ("row", "행"),
    "eval_page.col_actual": ("actual", "실제"),
    "eval_page.col_predicted": ("predicted", "예측"),
    "eval_page.col_error": ("error", "오차"),
    "eval_page.col_abs_error": ("absolute error", "절대 오차"),
    "eval_page.col_confidence": ("confidence", "확신도"),
    "eval_page.col_p_actual": ("P(actual class)", "P(실제 클래스)"),
    "eval_page.col_wrong": ("wrong", "틀림"),
    "eval_page.worst_reg_help": ("Rows of the dataset with the largest absolute error (row = its number in the table on the "
                       "Data page).",
                       "절대 오차가 가장 큰 행들입니다 (행 = 데이터 페이지 표에서의 번호)."),
    "eval_page.worst_cls_help": ("Wrong rows first, the most confident mistakes on top; then right rows the model was least "
                       "sure about.",
                       "틀린 행이 먼저, 그중 가장 확신하며 틀린 행이 맨 위에 옵니다. 그다음은 맞혔지만 가장 자신 없던 "
                       "행입니다."),
    "eval_page.worst_images_help": ("Each caption: predicted (true) and the model's confidence; red = wrong.",
                          "각 이미지 아래: 예측 (정답)과 모델의 확신도. 빨간색은 틀린 것입니다."),
    "eval_page.own_title": ("Predict your own input", "직접 입력해서 예측하기"),
    "eval_page.own_help": ("Type feature values (they start at the training medians) and predict.",
                 "특성 값을 입력하고 예측하세요 (처음 값은 학습 데이터의 중앙값입니다)."),
    "eval_page.predict": ("Predict", "예측하기"),
    "eval_page.prediction": ("Prediction", "예측"),
    "eval_page.probability": ("probability", "확률"),
    "eval_page.pick_image": ("Test image", "테스트 이미지"),
    "eval_page.true_label": ("true: {label}", "정답: {label}"),
}
