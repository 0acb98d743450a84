"""Translation strings: the Train page. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "train_page.intro": ("Pick how the model learns: the loss it minimizes, the optimizer that takes the steps, how big the "
              "steps are, and how many rows each step looks at. Then train and watch it learn.",
              "모델이 배우는 방법을 고르세요: 줄일 손실 함수, 한 걸음씩 움직이는 옵티마이저(optimizer), 걸음의 크기, "
              "한 걸음마다 볼 데이터 행 수. 그런 다음 학습시키면서 배우는 모습을 지켜보세요."),
    "train_page.presets": ("Tutorial presets", "튜토리얼 설정 불러오기"),
    "train_page.starting": ("Starting the training… the charts appear after its first steps.",
                            "학습을 시작하는 중입니다… 첫 걸음을 마치면 그래프가 나타납니다."),
    "train_page.preset_seed000": ("Tutorial 000: rent vs. area (linear regression)", "튜토리얼 000: 면적과 월세 (선형 회귀)"),
    "train_page.preset_seed001": ("Tutorial 001: house prices MLP 13-50-30-1", "튜토리얼 001: 집값 MLP 13-50-30-1"),
    "train_page.preset_seed003": ("Tutorial 003: MNIST 784-50-10 with mini-batch SGD",
                       "튜토리얼 003: MNIST 784-50-10, 미니배치 SGD"),
    "train_page.preset_seed000_help": ("One straight line (nn.Linear(1, 1)), MSE, plain SGD with lr 0.0005, each step on a "
                            "random half of the training rows, 50,000 epochs = 100,000 iterations.",
                            "직선 하나(nn.Linear(1, 1)), MSE, 학습률 0.0005의 기본 SGD, 매 걸음 학습 데이터의 무작위 "
                            "절반 사용, 50,000 에포크 = 100,000 이터레이션."),
    "train_page.preset_seed004": ("Tutorial 004: hours → score, H(x) = Wx + b", "튜토리얼 004: 공부 시간 → 점수, H(x) = Wx + b"),
    "train_page.preset_seed004_help": ("Three points (1, 2), (2, 4), (3, 6); W and b start at 0; plain SGD with lr 0.01 on all "
                            "three points at once, 1,000 epochs, nothing scaled.",
                            "점 세 개 (1, 2), (2, 4), (3, 6); W와 b는 0에서 시작; 학습률 0.01의 기본 SGD로 세 점을 "
                            "한꺼번에, 1,000 에포크, 스케일링 없음."),
    "train_page.preset_seed001_help": ("13 inputs → 50 → 30 → 1 with ReLU and dropout 0.5, Adam lr 0.001 with weight decay "
                            "1e-7, batches of 32, 400 epochs, inputs and price min-max scaled, half the rows held out.",
                            "입력 13개 → 50 → 30 → 1, ReLU와 드롭아웃 0.5, Adam 학습률 0.001과 가중치 감쇠 1e-7, "
                            "배치 32, 400 에포크, 입력과 집값을 최소-최대 스케일링, 데이터의 절반은 테스트용."),
    "train_page.preset_seed003_help": ("784 pixels → 50 sigmoid units → 10 digits, plain SGD with lr 0.1, batches of 100, "
                            "pixels min-max scaled to 0–1, 20 epochs.",
                            "픽셀 784개 → 시그모이드 유닛 50개 → 숫자 10개, 학습률 0.1의 기본 SGD, 배치 100, 픽셀을 "
                            "0–1로 최소-최대 스케일링, 20 에포크."),
    "train_page.preset_ready": ("{preset}: the dataset and the settings are loaded. Press Train.",
                     "{preset}: 데이터셋과 설정을 불러왔습니다. 학습 시작을 누르세요."),
    "train_page.model_line": ("Model: **{layers}** ({activation}, dropout {dropout}) on **{dataset}**.",
                   "모델: **{layers}** ({activation}, 드롭아웃 {dropout}), 데이터: **{dataset}**."),
    "train_page.change_model": ("Change the model", "모델 바꾸기"),
    "train_page.loss": ("Loss function", "손실 함수"),
    "train_page.suggested": (" — suggested", " — 추천"),
    "train_page.why_mse": ("Why MSE: squaring punishes big misses most and gives smooth gradients, the usual start for numbers.",
                "MSE를 추천하는 이유: 제곱하면 크게 틀린 예측을 가장 크게 벌하고 기울기가 매끄러워서, 숫자를 맞히는 "
                "문제의 기본 선택입니다."),
    "train_page.why_bce": ("Why binary cross-entropy: it scores the predicted probability of the right one of two classes.",
                "이진 교차 엔트로피를 쓰는 이유: 두 클래스 중 정답 쪽에 준 확률을 점수로 매기기 때문입니다."),
    "train_page.why_ce": ("Why cross-entropy: softmax turns the outputs into class probabilities, and the loss is −log of "
               "the probability given to the right class.",
               "교차 엔트로피를 쓰는 이유: softmax가 출력을 클래스별 확률로 바꾸고, 손실은 정답 클래스에 준 확률의 "
               "−log입니다."),
    "train_page.optimizer": ("Optimizer", "옵티마이저 (optimizer)"),
    "train_page.lr": ("Learning rate", "학습률 (learning rate)"),
    "train_page.lr_help": ("How far each step moves the weights along the negative gradient. Useful values span many powers "
                "of ten, so use ÷10 and ×10 to jump between them.",
                "한 걸음마다 가중치를 기울기 반대 방향으로 얼마나 움직일지 정합니다. 쓸 만한 값이 10의 거듭제곱 "
                "단위로 넓게 퍼져 있으니 ÷10, ×10 버튼으로 옮겨 다니세요."),
    "train_page.lr_down": ("Learning rate ÷ 10", "학습률 ÷ 10"),
    "train_page.lr_up": ("Learning rate × 10", "학습률 × 10"),
    "train_page.momentum": ("Momentum", "모멘텀 (momentum)"),
    "train_page.momentum_help": ("How much of the previous step carries over: 0.9 keeps rolling in a steady direction.",
                      "이전 걸음을 얼마나 이어받을지 정합니다. 0.9면 꾸준한 방향으로 계속 굴러갑니다."),
    "train_page.betas_help": ("Adam's β1 averages the gradients (like momentum), β2 averages their squares (the step-size scale).",
                   "Adam의 β1은 기울기의 평균(모멘텀처럼), β2는 기울기 제곱의 평균(걸음 크기 조절)을 얼마나 길게 "
                   "기억할지 정합니다."),
    "train_page.weight_decay": ("Weight decay", "가중치 감쇠 (weight decay)"),
    "train_page.weight_decay_help": ("Pulls every weight a little toward 0 at each step, which discourages overfitting.",
                          "매 걸음 모든 가중치를 0 쪽으로 조금 당겨서 과적합을 줄여 줍니다."),
    "train_page.scheduler": ("Learning-rate schedule", "학습률 스케줄러"),
    "train_page.sched_none": ("none (constant)", "없음 (일정)"),
    "train_page.milestones_bad": ("Milestones must be whole epoch numbers separated by commas, e.g. 30, 80.",
                       "milestones는 쉼표로 구분한 에포크 번호(정수)여야 합니다. 예: 30, 80."),
    "train_page.batch": ("Rows per step (batch)", "한 걸음에 쓰는 행 수 (배치)"),
    "train_page.batch_full": ("full batch", "전체 배치"),
    "train_page.batch_one": ("1 (SGD)", "1 (SGD)"),
    "train_page.batch_mini": ("mini-batch", "미니배치"),
    "train_page.batch_size": ("Batch size", "배치 크기"),
    "train_page.epochs": ("Epochs", "에포크 (epochs)"),
    "train_page.steps": ("Iterations per epoch = ⌈{n} training rows / batch {b}⌉ = **{per_epoch}**, so {epochs:@epoch} = "
              "**{total:@step}** (weight updates) in total.",
              "에포크당 반복(iteration) = ⌈학습 데이터 {n}행 / 배치 {b}⌉ = **{per_epoch}번**, 따라서 {epochs} 에포크 = "
              "모두 **{total}걸음** (가중치 업데이트)."),
    "train_page.split_title": ("Test split, scaling and seed", "테스트 분할, 스케일링, 시드"),
    "train_page.test_size": ("Test share", "테스트 비율"),
    "train_page.own_split": ("This dataset ships its own test rows ({n}); they are used unless the share is 0.",
                  "이 데이터셋에는 정해진 테스트 행({n}개)이 있어서, 비율이 0이 아니면 그 행을 씁니다."),
    "train_page.scaling": ("Input scaling", "입력 스케일링"),
    "train_page.scaling_none": ("none", "없음"),
    "train_page.scaling_standard": ("standard (mean 0, std 1)", "표준화 (평균 0, 표준편차 1)"),
    "train_page.scaling_minmax": ("min-max (0 to 1)", "최소-최대 (0~1)"),
    "train_page.scale_target": ("Scale the target too (min-max)", "타깃도 스케일링 (최소-최대)"),
    "train_page.scaled_scores": ("Errors on the 0–1 scale too (tutorial 001)", "오차도 0–1 스케일로 (튜토리얼 001)"),
    "train_page.scaled_scores_help": ("Off: the model trains on the 0–1 target, but MSE, RMSE and MAE are given in the "
                                      "target's own units (for example won), which is easier to read. On: they stay on "
                                      "the 0–1 scale, the numbers tutorial 001 reports.",
                                      "끄면: 모델은 0–1로 바꾼 타깃으로 학습하지만 MSE, RMSE, MAE는 타깃의 원래 단위(예: 원)로 "
                                      "보여 줘서 읽기 쉽습니다. 켜면: 튜토리얼 001이 보고하는 것처럼 0–1 스케일로 보여 줍니다."),
    "train_page.scale_target_help": ("The loss is then measured on the 0–1 scale, as in tutorial 001.",
                          "그러면 손실도 0–1 스케일에서 잽니다 (튜토리얼 001과 같음)."),
    "train_page.seed": ("Seed", "시드 (seed)"),
    "train_page.live": ("Live charts", "실시간 차트"),
    "train_page.live_help": ("Redraw the charts a few times a second while training. Off: draw only at the end, which is a "
                  "little faster.",
                  "학습하는 동안 1초에 몇 번씩 차트를 다시 그립니다. 끄면 끝날 때만 그려서 조금 더 빠릅니다."),
    "train_page.train": ("Train", "학습 시작"),
    "train_page.stop": ("Stop", "멈추기"),
    "train_page.stop_help": ("Stops after the current step and keeps what the model has learned.",
                  "지금 걸음이 끝나면 멈추고, 모델이 배운 것은 그대로 남깁니다."),
    "train_page.run_name": ("run {n}: {dataset} {model} {optimizer} lr {lr}", "실행 {n}: {dataset} {model} {optimizer} 학습률 {lr}"),
    "train_page.linear": ("linear", "선형"),
    "train_page.progress": ("step {step} / {total} · epoch {epoch} · {rate} steps/s · {eta} left",
                 "{step} / {total}걸음 · {epoch} 에포크 · 초당 {rate}걸음 · 남은 시간 {eta}"),
    "train_page.batch_loss": ("batch loss {loss}", "배치 손실 {loss}"),
    "train_page.seconds": ("{s} s", "{s}초"),
    "train_page.minutes": ("{m} min {s} s", "{m}분 {s}초"),
    "train_page.loss_title": ("Loss per epoch", "에포크별 손실"),
    "train_page.pred_title": ("What the model predicts now", "지금 모델의 예측"),
    "train_page.series_train": ("train", "학습"),
    "train_page.series_val": ("test (held out)", "테스트"),
    "train_page.epoch": ("epoch", "에포크"),
    "train_page.loss_axis": ("loss", "손실"),
    "train_page.loss_scaled": ("The loss is on {target} scaled to 0–1, the size the model learns it at; the scores "
                               "are in {target}'s own units.",
                               "손실은 0–1 크기로 바꾼 {target} 기준입니다(모델은 이 크기로 배웁니다). 점수는 {target}의 "
                               "원래 단위입니다."),
    "train_page.trained_together": ("Trained in one go with {others:@other run} (Try several at once): the time "
                                    "above is for all {n} of them.",
                                    "'여러 개를 한 번에 비교하기'에서 다른 실행 {others}개와 함께 학습했습니다. 위의 "
                                    "시간은 {n}개 전체를 학습한 시간입니다."),
    "train_page.part_train": ("training rows", "학습 데이터"),
    "train_page.part_test": ("test rows", "테스트 데이터"),
    "train_page.actual": ("actual", "실제 값"),
    "train_page.predicted": ("predicted", "예측 값"),
    "train_page.boundary_legend": ("P(class 1)", "P(클래스 1)"),
    "train_page.none_yet": ("No run on this dataset yet: press Train.", "이 데이터셋으로 학습한 실행이 아직 없습니다. 학습 시작을 누르세요."),
    "train_page.done": ("{epochs:@epoch} completed in {seconds} s ({mode}).", "{epochs} 에포크 완료, {seconds}초 ({mode})."),
    "train_page.live_on": ("live charts on", "실시간 차트 켬"),
    "train_page.live_off": ("live charts off", "실시간 차트 끔"),
    "train_page.mode_together": ("trained several at once", "여러 개를 한 번에 학습"),
    "train_page.final_train": ("Last training loss", "마지막 학습 손실"),
    "train_page.final_val": ("Last test loss", "마지막 테스트 손실"),
    "train_page.to_evaluate": ("Evaluate this run", "이 실행 평가하기"),
}
