"""Translation strings: the Train and Evaluate pages. Key -> (English, Korean)."""

_TRAIN = {
    "intro": ("Pick how the model learns: the loss it minimises, the optimizer that takes the steps, how big the "
              "steps are, and how many rows each step looks at. Then train and watch it learn.",
              "모델이 배우는 방법을 고르세요: 줄일 손실 함수, 한 걸음씩 움직이는 옵티마이저(optimizer), 걸음의 크기, "
              "한 걸음마다 볼 데이터 행 수. 그런 다음 학습시키면서 배우는 모습을 지켜보세요."),
    "presets": ("Tutorial presets", "튜토리얼 설정 불러오기"),
    "preset_pick": ("Preset", "설정"),
    "preset_none": ("— choose a tutorial —", "— 튜토리얼을 고르세요 —"),
    "preset_seed000": ("Tutorial 000: rent vs. area (linear regression)", "튜토리얼 000: 면적과 월세 (선형 회귀)"),
    "preset_seed001": ("Tutorial 001: house prices MLP 13-50-30-1", "튜토리얼 001: 집값 MLP 13-50-30-1"),
    "preset_seed003": ("Tutorial 003: MNIST 784-50-10 with mini-batch SGD",
                       "튜토리얼 003: MNIST 784-50-10, 미니배치 SGD"),
    "preset_seed000_help": ("One straight line (nn.Linear(1, 1)), MSE, plain SGD with lr 0.0005, each step on a "
                            "random half of the training rows, 50,000 epochs = 100,000 steps.",
                            "직선 하나(nn.Linear(1, 1)), MSE, 학습률 0.0005의 기본 SGD, 매 걸음 학습 데이터의 무작위 "
                            "절반 사용, 50,000 에포크 = 100,000 걸음."),
    "preset_seed001_help": ("13 inputs → 50 → 30 → 1 with ReLU and dropout 0.5, Adam lr 0.001 with weight decay "
                            "1e-7, batches of 32, 400 epochs, inputs and price min-max scaled, half the rows held out.",
                            "입력 13개 → 50 → 30 → 1, ReLU와 드롭아웃 0.5, Adam 학습률 0.001과 가중치 감쇠 1e-7, "
                            "배치 32, 400 에포크, 입력과 집값을 최소-최대 스케일링, 데이터의 절반은 테스트용."),
    "preset_seed003_help": ("784 pixels → 50 sigmoid units → 10 digits, plain SGD with lr 0.1, batches of 100, "
                            "pixels min-max scaled to 0–1, 20 epochs.",
                            "픽셀 784개 → sigmoid 유닛 50개 → 숫자 10개, 학습률 0.1의 기본 SGD, 배치 100, 픽셀을 "
                            "0–1로 최소-최대 스케일링, 20 에포크."),
    "preset_apply": ("Use these settings", "이 설정 사용하기"),
    "preset_wrong_data": ("{preset} expects the dataset '{want}', but the chosen dataset is '{have}'.",
                          "{preset}에는 '{want}' 데이터셋이 필요한데, 지금 고른 데이터셋은 '{have}'입니다."),
    "preset_load": ("Load '{name}'", "'{name}' 불러오기"),
    "preset_ready": ("{preset}: settings and dataset are ready. Press Train.",
                     "{preset}: 설정과 데이터셋이 준비되었습니다. 학습 시작을 누르세요."),
    "model_line": ("Model: **{layers}** ({activation}, dropout {dropout}) on **{dataset}**.",
                   "모델: **{layers}** ({activation}, 드롭아웃 {dropout}), 데이터: **{dataset}**."),
    "change_model": ("Change the model", "모델 바꾸기"),
    "loss": ("Loss function", "손실 함수"),
    "loss_mse": ("MSE (mean squared error)", "MSE (평균 제곱 오차)"),
    "loss_mae": ("MAE / L1 (mean absolute error)", "MAE / L1 (평균 절대 오차)"),
    "loss_huber": ("Huber (MSE near 0, MAE far away)", "Huber (0 근처는 MSE, 멀면 MAE)"),
    "loss_bce": ("Binary cross-entropy", "이진 교차 엔트로피 (binary cross-entropy)"),
    "loss_ce": ("Cross-entropy", "교차 엔트로피 (cross-entropy)"),
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
    "opt_sgd": ("SGD", "SGD (확률적 경사 하강법)"),
    "opt_momentum": ("SGD + momentum", "SGD + 모멘텀"),
    "opt_nesterov": ("SGD + Nesterov momentum", "SGD + 네스테로프 모멘텀"),
    "opt_adagrad": ("Adagrad", "Adagrad"),
    "opt_rmsprop": ("RMSprop", "RMSprop"),
    "opt_adam": ("Adam", "Adam"),
    "opt_adamw": ("AdamW", "AdamW"),
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
    "sched_step": ("StepLR", "StepLR"),
    "sched_multistep": ("MultiStepLR", "MultiStepLR"),
    "sched_exponential": ("ExponentialLR", "ExponentialLR"),
    "sched_cosine": ("CosineAnnealingLR", "CosineAnnealingLR"),
    "sched_warmup": ("Linear warm-up", "선형 워밍업 (warm-up)"),
    "sched_multiplicative": ("MultiplicativeLR", "MultiplicativeLR"),
    "sched_step_help": ("Multiplies the rate by gamma every step_size epochs.",
                        "step_size 에포크마다 학습률에 gamma를 곱합니다."),
    "sched_multistep_help": ("Multiplies the rate by gamma at each listed epoch (milestones, e.g. 30, 80).",
                             "적어 둔 에포크(milestones, 예: 30, 80)마다 학습률에 gamma를 곱합니다."),
    "sched_exponential_help": ("Multiplies the rate by gamma after every epoch.",
                               "에포크가 끝날 때마다 학습률에 gamma를 곱합니다."),
    "sched_cosine_help": ("Lowers the rate along half a cosine wave to eta_min over T_max epochs.",
                          "T_max 에포크 동안 코사인 반 주기를 따라 학습률을 eta_min까지 낮춥니다."),
    "sched_warmup_help": ("Starts small and grows the rate linearly to its full value over warmup_epochs.",
                          "작게 시작해서 warmup_epochs 동안 학습률을 원래 값까지 일정하게 올립니다."),
    "sched_multiplicative_help": ("Multiplies the rate by factor after every epoch.",
                                  "에포크가 끝날 때마다 학습률에 factor를 곱합니다."),
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
    "verdict_none": ("No scores to compare.", "비교할 점수가 없습니다."),
    "verdict_no_test": ("No test rows, so overfitting cannot be judged: hold out some rows to check it.",
                        "테스트 데이터가 없어서 과적합인지 판단할 수 없습니다. 일부 행을 테스트용으로 떼어 두세요."),
    "verdict_underfit_reg": ("Underfitting: even on the training rows R² is only {r2}. The model is too simple or "
                             "has not trained long enough: try more epochs, a better learning rate, or more units.",
                             "과소적합: 학습 데이터에서도 R²가 {r2}밖에 안 됩니다. 모델이 너무 단순하거나 충분히 "
                             "학습하지 못했습니다. 에포크를 늘리거나, 학습률을 조정하거나, 유닛을 늘려 보세요."),
    "verdict_overfit_reg": ("Overfitting: the test RMSE is {ratio}× the training RMSE. The model memorised the "
                            "training rows; try dropout, weight decay, fewer units or fewer epochs.",
                            "과적합: 테스트 RMSE가 학습 RMSE의 {ratio}배입니다. 모델이 학습 데이터를 외워 버렸습니다. "
                            "드롭아웃, 가중치 감쇠, 더 적은 유닛이나 에포크를 시도해 보세요."),
    "verdict_mild_reg": ("A small gap: the test RMSE is {ratio}× the training RMSE. Some overfitting, which is "
                         "usual; watch that it does not grow.",
                         "약간의 차이: 테스트 RMSE가 학습 RMSE의 {ratio}배입니다. 조금 과적합되었지만 흔한 "
                         "정도입니다. 차이가 더 벌어지지 않는지 지켜보세요."),
    "verdict_good_reg": ("A good fit: the test RMSE is {ratio}× the training RMSE, so the model does about as well "
                         "on new rows as on the ones it learned from.",
                         "잘 맞습니다: 테스트 RMSE가 학습 RMSE의 {ratio}배라서, 새 데이터에서도 학습한 데이터만큼 "
                         "잘합니다."),
    "verdict_underfit_cls": ("Underfitting: only {acc} right even on the training rows. Train longer, adjust the "
                             "learning rate, or give the model more units or layers.",
                             "과소적합: 학습 데이터에서도 {acc}만 맞힙니다. 더 오래 학습하거나, 학습률을 조정하거나, "
                             "유닛이나 층을 늘려 보세요."),
    "verdict_overfit_cls": ("Overfitting: training accuracy is {gap} points above test accuracy. Try dropout, "
                            "weight decay or fewer epochs.",
                            "과적합: 학습 정확도가 테스트 정확도보다 {gap}%p 높습니다. 드롭아웃, 가중치 감쇠, 더 적은 "
                            "에포크를 시도해 보세요."),
    "verdict_mild_cls": ("A small gap: training accuracy is {gap} points above test accuracy. Some overfitting, "
                         "which is usual.",
                         "약간의 차이: 학습 정확도가 테스트 정확도보다 {gap}%p 높습니다. 조금 과적합되었지만 흔한 "
                         "정도입니다."),
    "verdict_good_cls": ("A good fit: training and test accuracy are within {gap} points of each other.",
                         "잘 맞습니다: 학습 정확도와 테스트 정확도의 차이가 {gap}%p 이내입니다."),
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
