"""Translation strings: the Train and Evaluate pages. Key -> (English, Korean)."""

_TRAIN = {
    "intro": ("Pick how the model learns: the loss it minimises, the optimizer that takes the steps, how big the "
              "steps are, and how many rows each step looks at. Then train and watch it learn.",
              "모델이 배우는 방법을 고르세요: 줄일 손실 함수, 한 걸음씩 움직이는 옵티마이저(optimizer), 걸음의 크기, "
              "한 걸음마다 볼 데이터 행 수. 그런 다음 학습시키면서 배우는 모습을 지켜보세요."),
    "presets": ("Tutorial presets", "튜토리얼 설정 불러오기"),
    "preset_seed000": ("Tutorial 000: rent vs. area (linear regression)", "튜토리얼 000: 면적과 월세 (선형 회귀)"),
    "preset_seed001": ("Tutorial 001: house prices MLP 13-50-30-1", "튜토리얼 001: 집값 MLP 13-50-30-1"),
    "preset_seed003": ("Tutorial 003: MNIST 784-50-10 with mini-batch SGD",
                       "튜토리얼 003: MNIST 784-50-10, 미니배치 SGD"),
    "preset_seed000_help": ("One straight line (nn.Linear(1, 1)), MSE, plain SGD with lr 0.0005, each step on a "
                            "random half of the training rows, 50,000 epochs = 100,000 iterations.",
                            "직선 하나(nn.Linear(1, 1)), MSE, 학습률 0.0005의 기본 SGD, 매 걸음 학습 데이터의 무작위 "
                            "절반 사용, 50,000 에포크 = 100,000 이터레이션."),
    "preset_seed004": ("Tutorial 004: hours → score, H(x) = Wx + b", "튜토리얼 004: 공부 시간 → 점수, H(x) = Wx + b"),
    "preset_seed004_help": ("Three points (1, 2), (2, 4), (3, 6); W and b start at 0; plain SGD with lr 0.01 on all "
                            "three points at once, 1,000 epochs, nothing scaled.",
                            "점 세 개 (1, 2), (2, 4), (3, 6); W와 b는 0에서 시작; 학습률 0.01의 기본 SGD로 세 점을 "
                            "한꺼번에, 1,000 에포크, 스케일링 없음."),
    "preset_seed001_help": ("13 inputs → 50 → 30 → 1 with ReLU and dropout 0.5, Adam lr 0.001 with weight decay "
                            "1e-7, batches of 32, 400 epochs, inputs and price min-max scaled, half the rows held out.",
                            "입력 13개 → 50 → 30 → 1, ReLU와 드롭아웃 0.5, Adam 학습률 0.001과 가중치 감쇠 1e-7, "
                            "배치 32, 400 에포크, 입력과 집값을 최소-최대 스케일링, 데이터의 절반은 테스트용."),
    "preset_seed003_help": ("784 pixels → 50 sigmoid units → 10 digits, plain SGD with lr 0.1, batches of 100, "
                            "pixels min-max scaled to 0–1, 20 epochs.",
                            "픽셀 784개 → 시그모이드 유닛 50개 → 숫자 10개, 학습률 0.1의 기본 SGD, 배치 100, 픽셀을 "
                            "0–1로 최소-최대 스케일링, 20 에포크."),
    "preset_ready": ("{preset}: the dataset and the settings are loaded. Press Train.",
                     "{preset}: 데이터셋과 설정을 불러왔습니다. 학습 시작을 누르세요."),
    "model_line": ("Model: **{layers}** ({activation}, dropout {dropout}) on **{dataset}**.",
                   "모델: **{layers}** ({activation}, 드롭아웃 {dropout}), 데이터: **{dataset}**."),
    "change_model": ("Change the model", "모델 바꾸기"),
    "loss": ("Loss function", "손실 함수"),
    "suggested": (" — suggested", " — 추천"),
    "why_mse": ("Why MSE: squaring punishes big misses most and gives smooth gradients, the usual start for numbers.",
                "MSE를 추천하는 이유: 제곱하면 크게 틀린 예측을 가장 크게 벌하고 기울기가 매끄러워서, 숫자를 맞히는 "
                "문제의 기본 선택입니다."),
    "why_bce": ("Why binary cross-entropy: it scores the predicted probability of the right one of two classes.",
                "이진 교차 엔트로피를 쓰는 이유: 두 클래스 중 정답 쪽에 준 확률을 점수로 매기기 때문입니다."),
    "why_ce": ("Why cross-entropy: softmax turns the outputs into class probabilities, and the loss is −log of "
               "the probability given to the right class.",
               "교차 엔트로피를 쓰는 이유: softmax가 출력을 클래스별 확률로 바꾸고, 손실은 정답 클래스에 준 확률의 "
               "−log입니다."),
    "optimizer": ("Optimizer", "옵티마이저 (optimizer)"),
    "lr": ("Learning rate", "학습률 (learning rate)"),
    "lr_help": ("How far each step moves the weights along the negative gradient. Useful values span many powers "
                "of ten, so use ÷10 and ×10 to jump between them.",
                "한 걸음마다 가중치를 기울기 반대 방향으로 얼마나 움직일지 정합니다. 쓸 만한 값이 10의 거듭제곱 "
                "단위로 넓게 퍼져 있으니 ÷10, ×10 버튼으로 옮겨 다니세요."),
    "lr_down": ("Learning rate ÷ 10", "학습률 ÷ 10"),
    "lr_up": ("Learning rate × 10", "학습률 × 10"),
    "momentum": ("Momentum", "모멘텀 (momentum)"),
    "momentum_help": ("How much of the previous step carries over: 0.9 keeps rolling in a steady direction.",
                      "이전 걸음을 얼마나 이어받을지 정합니다. 0.9면 꾸준한 방향으로 계속 굴러갑니다."),
    "betas_help": ("Adam's β1 averages the gradients (like momentum), β2 averages their squares (the step-size scale).",
                   "Adam의 β1은 기울기의 평균(모멘텀처럼), β2는 기울기 제곱의 평균(걸음 크기 조절)을 얼마나 길게 "
                   "기억할지 정합니다."),
    "weight_decay": ("Weight decay", "가중치 감쇠 (weight decay)"),
    "weight_decay_help": ("Pulls every weight a little towards 0 at each step, which discourages overfitting.",
                          "매 걸음 모든 가중치를 0 쪽으로 조금 당겨서 과적합을 줄여 줍니다."),
    "scheduler": ("Learning-rate schedule", "학습률 스케줄러"),
    "sched_none": ("none (constant)", "없음 (일정)"),
    "milestones_bad": ("Milestones must be whole epoch numbers separated by commas, e.g. 30, 80.",
                       "milestones는 쉼표로 구분한 에포크 번호(정수)여야 합니다. 예: 30, 80."),
    "batch": ("Rows per step (batch)", "한 걸음에 쓰는 행 수 (배치)"),
    "batch_full": ("full batch", "전체 배치"),
    "batch_one": ("1 (SGD)", "1 (SGD)"),
    "batch_mini": ("mini-batch", "미니배치"),
    "batch_size": ("Batch size", "배치 크기"),
    "epochs": ("Epochs", "에포크 (epochs)"),
    "steps": ("Iterations per epoch = ⌈{n} training rows / batch {b}⌉ = **{per_epoch}**, so {epochs:@epoch} = "
              "**{total:@step}** (weight updates) in total.",
              "에포크당 반복(iteration) = ⌈학습 데이터 {n}행 / 배치 {b}⌉ = **{per_epoch}번**, 따라서 {epochs} 에포크 = "
              "모두 **{total}걸음** (가중치 업데이트)."),
    "split_title": ("Test split, scaling and seed", "테스트 분할, 스케일링, 시드"),
    "test_size": ("Test share", "테스트 비율"),
    "own_split": ("This dataset ships its own test rows ({n}); they are used unless the share is 0.",
                  "이 데이터셋에는 정해진 테스트 행({n}개)이 있어서, 비율이 0이 아니면 그 행을 씁니다."),
    "scaling": ("Input scaling", "입력 스케일링"),
    "scaling_none": ("none", "없음"),
    "scaling_standard": ("standard (mean 0, std 1)", "표준화 (평균 0, 표준편차 1)"),
    "scaling_minmax": ("min-max (0 to 1)", "최소-최대 (0~1)"),
    "scale_target": ("Scale the target too (min-max)", "타깃도 스케일링 (최소-최대)"),
    "scale_target_help": ("The loss is then measured on the 0–1 scale, as in tutorial 001.",
                          "그러면 손실도 0–1 스케일에서 잽니다 (튜토리얼 001과 같음)."),
    "seed": ("Seed", "시드 (seed)"),
    "live": ("Live charts", "실시간 차트"),
    "live_help": ("Redraw the charts a few times a second while training. Off: draw only at the end, which is a "
                  "little faster.",
                  "학습하는 동안 1초에 몇 번씩 차트를 다시 그립니다. 끄면 끝날 때만 그려서 조금 더 빠릅니다."),
    "train": ("Train", "학습 시작"),
    "stop": ("Stop", "멈추기"),
    "stop_help": ("Stops after the current step and keeps what the model has learned.",
                  "지금 걸음이 끝나면 멈추고, 모델이 배운 것은 그대로 남깁니다."),
    "run_name": ("run {n}: {dataset} {model} {optimizer} lr {lr}", "실행 {n}: {dataset} {model} {optimizer} 학습률 {lr}"),
    "linear": ("linear", "선형"),
    "progress": ("step {step} / {total} · epoch {epoch} · {rate} steps/s · {eta} left",
                 "{step} / {total}걸음 · {epoch} 에포크 · 초당 {rate}걸음 · 남은 시간 {eta}"),
    "batch_loss": ("batch loss {loss}", "배치 손실 {loss}"),
    "seconds": ("{s} s", "{s}초"),
    "minutes": ("{m} min {s} s", "{m}분 {s}초"),
    "loss_title": ("Loss per epoch", "에포크별 손실"),
    "pred_title": ("What the model predicts now", "지금 모델의 예측"),
    "series_train": ("train", "학습"),
    "series_val": ("validation", "검증"),
    "epoch": ("epoch", "에포크"),
    "loss_axis": ("loss", "손실"),
    "part_train": ("training rows", "학습 데이터"),
    "part_test": ("test rows", "테스트 데이터"),
    "actual": ("actual", "실제 값"),
    "predicted": ("predicted", "예측 값"),
    "boundary_legend": ("P(class 1)", "P(클래스 1)"),
    "none_yet": ("No run on this dataset yet: press Train.", "이 데이터셋으로 학습한 실행이 아직 없습니다. 학습 시작을 누르세요."),
    "done": ("{epochs:@epoch} completed in {seconds} s ({mode}).", "{epochs} 에포크 완료, {seconds}초 ({mode})."),
    "live_on": ("live charts on", "실시간 차트 켬"),
    "live_off": ("live charts off", "실시간 차트 끔"),
    "final_train": ("Last training loss", "마지막 학습 손실"),
    "final_val": ("Last validation loss", "마지막 검증 손실"),
    "to_evaluate": ("Evaluate this run", "이 실행 평가하기"),
}

_EVAL = {
    "intro": ("How good is a trained model on rows it never learned from? Pick a kept run to see its test scores, "
              "where it goes wrong, and what it predicts for your own input.",
              "학습에 쓰지 않은 데이터에서 모델이 얼마나 잘할까요? 저장된 실행을 골라 테스트 점수, 틀리는 곳, 직접 "
              "넣은 입력에 대한 예측을 확인하세요."),
    "no_runs": ("No trained runs yet. Train a model first.", "아직 학습한 실행이 없습니다. 먼저 모델을 학습시키세요."),
    "pick": ("Run", "실행"),
    "rolled_back": ("The scores below belong to the weights after the last good epoch ({epochs}; 0 means the "
                    "untrained starting weights): the blown-up weights were thrown away.",
                    "아래 점수는 마지막으로 정상이던 에포크({epochs}, 0이면 학습 전 처음 가중치)의 가중치로 잰 "
                    "것입니다. 발산한 가중치는 버렸습니다."),
    "test_title": ("Scores on the test rows", "테스트 데이터 점수"),
    "train_only_title": ("Scores on the training rows", "학습 데이터 점수"),
    "on_train_data": ("This run held out no rows (test share 0), so these scores are on the training data itself. "
                      "They show how well the model fits, not how well it generalises.",
                      "이 실행은 테스트용 행을 따로 두지 않았습니다 (테스트 비율 0). 그래서 이 점수는 학습 데이터로 "
                      "잰 것이고, 새 데이터에 얼마나 잘 맞을지가 아니라 학습 데이터에 얼마나 잘 맞췄는지를 보여 줍니다."),
    "m_mse": ("{label}", "{label}"),
    "m_rmse": ("{label}", "{label}"),
    "m_mae": ("{label} (average absolute error)", "{label} (평균 절대 오차)"),
    "m_r2": ("{label}", "{label} (결정 계수)"),
    "m_accuracy": ("Accuracy", "정확도 (accuracy)"),
    "m_precision": ("Precision", "정밀도 (precision)"),
    "m_recall": ("Recall", "재현율 (recall)"),
    "m_f1": ("{label}", "{label} 점수"),
    "mae_note": ("MAE is the tutorials' \"average absolute error\": on average the prediction misses the true "
                 "{target} by this much. RMSE is in the same units but weighs big misses more; R² = 1 is perfect, "
                 "0 is no better than always guessing the mean.",
                 "MAE는 튜토리얼의 \"평균 절대 오차\"입니다. 예측이 실제 {target}에서 평균적으로 이만큼 빗나갑니다. "
                 "RMSE도 단위는 같지만 크게 틀린 것에 더 무게를 둡니다. R²는 1이면 완벽, 0이면 늘 평균을 찍는 "
                 "것과 다름없습니다."),
    "units_note": ("The target was min-max scaled for training; these scores are on that 0–1 scale (as in "
                   "tutorial 001), while charts and tables below are in the target's own units.",
                   "학습할 때 타깃을 최소-최대 스케일링했으므로 이 점수는 0–1 스케일입니다 (튜토리얼 001과 같음). "
                   "아래 차트와 표는 타깃의 원래 단위입니다."),
    "cls_note": ("Accuracy is the share of rows classified right. Precision: of the rows predicted as a class, how "
                 "many really are; recall: of the rows of a class, how many were found; F1 combines the two "
                 "(averaged over classes when there are more than two).",
                 "정확도는 맞게 분류한 행의 비율입니다. 정밀도: 어떤 클래스로 예측한 행 중 실제로 그 클래스인 비율, "
                 "재현율: 어떤 클래스의 행 중 찾아낸 비율, F1은 둘을 합친 점수입니다 (클래스가 셋 이상이면 클래스별 "
                 "평균)."),
    "pred_actual": ("Predicted vs. actual", "예측 값 vs. 실제 값"),
    "pred_actual_help": ("A perfect model puts every dot on the dashed diagonal.",
                         "완벽한 모델이라면 모든 점이 점선 대각선 위에 놓입니다."),
    "actual": ("actual {target}", "실제 {target}"),
    "predicted": ("predicted {target}", "예측한 {target}"),
    "residuals": ("Residuals", "잔차 (residual)"),
    "residual": ("residual (predicted − actual)", "잔차 (예측 − 실제)"),
    "residuals_help": ("Residuals should scatter evenly around 0. A curve or a funnel shape means the model "
                       "misses a pattern in the data.",
                       "잔차는 0 주위에 고르게 흩어져야 합니다. 곡선이나 깔때기 모양이 보이면 모델이 데이터의 패턴을 "
                       "놓치고 있다는 뜻입니다."),
    "confusion": ("Confusion matrix", "혼동 행렬 (confusion matrix)"),
    "confusion_help": ("Each row is a true class, each column a predicted one: the diagonal counts the right "
                       "answers, every other cell a kind of mistake.",
                       "행은 실제 클래스, 열은 예측한 클래스입니다. 대각선은 맞힌 개수, 나머지 칸은 틀린 종류별 "
                       "개수입니다."),
    "pred_class": ("predicted class", "예측한 클래스"),
    "true_class": ("true class", "실제 클래스"),
    "compare_title": ("Training vs. test", "학습 데이터 vs. 테스트 데이터"),
    "col_metric": ("metric", "지표"),
    "col_train": ("training rows", "학습 데이터"),
    "col_test": ("test rows", "테스트 데이터"),
    "rules_reg": ("Rules used: training R² below {r2} → underfitting; test RMSE ≥ {over}× training RMSE → "
                  "overfitting; {mild}–{over}× → a small gap; otherwise a good fit.",
                  "판단 기준: 학습 R²가 {r2} 미만 → 과소적합, 테스트 RMSE ≥ 학습 RMSE의 {over}배 → 과적합, "
                  "{mild}–{over}배 → 약간의 차이, 그 밖에는 잘 맞음."),
    "rules_cls": ("Rules used: training accuracy below {acc} → underfitting; training accuracy ≥ {gap} points above "
                  "test → overfitting; {mild_gap}–{gap} points → a small gap; otherwise a good fit.",
                  "판단 기준: 학습 정확도가 {acc} 미만 → 과소적합, 학습 정확도가 테스트보다 {gap}%p 이상 높음 → "
                  "과적합, {mild_gap}–{gap}%p → 약간의 차이, 그 밖에는 잘 맞음."),
    "worst_title": ("Worst predictions", "가장 많이 틀린 예측"),
    "col_row": ("row", "행"),
    "col_actual": ("actual", "실제"),
    "col_predicted": ("predicted", "예측"),
    "col_error": ("error", "오차"),
    "col_abs_error": ("absolute error", "절대 오차"),
    "col_confidence": ("confidence", "확신도"),
    "col_p_actual": ("P(actual class)", "P(실제 클래스)"),
    "col_wrong": ("wrong", "틀림"),
    "worst_reg_help": ("Rows of the dataset with the largest absolute error (row = its number in the table on the "
                       "Data page).",
                       "절대 오차가 가장 큰 행들입니다 (행 = 데이터 페이지 표에서의 번호)."),
    "worst_cls_help": ("Wrong rows first, the most confident mistakes on top; then right rows the model was least "
                       "sure about.",
                       "틀린 행이 먼저, 그중 가장 확신하며 틀린 행이 맨 위에 옵니다. 그다음은 맞혔지만 가장 자신 없던 "
                       "행입니다."),
    "worst_images_help": ("Each caption: predicted (true) and the model's confidence; red = wrong.",
                          "각 이미지 아래: 예측 (정답)과 모델의 확신도. 빨간색은 틀린 것입니다."),
    "own_title": ("Predict your own input", "직접 입력해서 예측하기"),
    "own_help": ("Type feature values (they start at the training medians) and predict.",
                 "특성 값을 입력하고 예측하세요 (처음 값은 학습 데이터의 중앙값입니다)."),
    "predict": ("Predict", "예측하기"),
    "prediction": ("Prediction", "예측"),
    "probability": ("probability", "확률"),
    "pick_image": ("Test image", "테스트 이미지"),
    "true_label": ("true: {label}", "정답: {label}"),
}

STRINGS: dict[str, tuple[str, str]] = {
    **{f"train_page.{k}": v for k, v in _TRAIN.items()},
    **{f"eval_page.{k}": v for k, v in _EVAL.items()},
}
