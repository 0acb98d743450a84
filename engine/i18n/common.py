"""Translation strings shared by the engine and every page. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    # TrainConfig validation
    "config.hidden_units": ("Every hidden layer needs at least 1 unit.",
                            "은닉층마다 유닛이 1개 이상 있어야 합니다."),
    "config.too_big": ("That network is too big for this app: at most 10 hidden layers of 4,096 units.",
                       "이 앱에서 다루기에 너무 큰 신경망입니다. 은닉층은 최대 10개, 층마다 유닛은 4,096개까지입니다."),
    "config.choice": ("'{value}' is not a valid {name}. Choose one of: {allowed}.",
                      "'{value}'{은} 올바른 {name} 값이 아닙니다. 다음 중에서 고르세요: {allowed}."),
    "config.dropout": ("Dropout must be at least 0 and below 1 (1 would switch off every unit).",
                       "드롭아웃은 0 이상 1 미만이어야 합니다 (1이면 모든 유닛이 꺼집니다)."),
    "config.lr": ("The learning rate must be a number above 0 and at most 10.",
                  "학습률은 0보다 크고 10 이하인 수여야 합니다."),
    "config.momentum": ("Momentum and Adam's betas must be at least 0 and below 1.",
                        "모멘텀과 Adam의 beta 값은 0 이상 1 미만이어야 합니다."),
    "config.weight_decay": ("Weight decay must be 0 or a positive number.",
                            "가중치 감쇠(weight decay)는 0 또는 양수여야 합니다."),
    "config.batch_size": ("The batch size must be at least 1 (or 'full batch').",
                          "배치 크기는 1 이상이어야 합니다 (또는 '전체 배치')."),
    "config.epochs": ("Epochs must be between 1 and {max:,}.",
                      "에포크는 1에서 {max:,} 사이여야 합니다."),
    "config.test_size": ("The test share must be between 0 and 0.9.",
                         "테스트 비율은 0에서 0.9 사이여야 합니다."),
    "config.loss_task": ("The loss '{loss}' does not fit a {task} task; use '{suggested}'.",
                         "'{loss}' 손실은 {task} 문제에 맞지 않습니다. '{suggested}'{을} 쓰세요."),
    "config.scheduler_params": ("The {scheduler} schedule's settings must be numbers (milestones: whole numbers "
                                "separated by commas), and only the ones it has.",
                                "{scheduler} 스케줄의 설정값은 숫자여야 하고(milestones는 쉼표로 구분한 정수), "
                                "그 스케줄에 있는 설정만 쓸 수 있습니다."),
    "config.batch_too_big": ("The batch size {batch} is larger than the {n} training rows; using the full batch.",
                             "배치 크기 {batch}{가} 학습 데이터 {n}행보다 큽니다. 전체 배치로 학습합니다."),
    # training outcomes
    "train.stopped_by_learner": ("Stopped by you. What the model learned so far is kept.",
                                 "직접 멈췄습니다. 지금까지 학습한 내용은 그대로 남아 있습니다."),
    "train.diverged": ("Training stopped after {epochs} epochs: in the next one the loss became {loss}, so that "
                       "epoch was thrown away. The learning rate is probably too high, so each step overshoots the "
                       "minimum. Try a learning rate 10 times smaller.",
                       "{epochs} 에포크 뒤에 학습을 멈췄습니다: 다음 에포크에서 손실이 {loss}{이} 되어 그 에포크는 "
                       "버렸습니다. 학습률이 너무 커서 "
                       "한 걸음마다 최솟값을 지나쳐 버리는 것 같습니다. 학습률을 10배 줄여 보세요."),
    "train.process_lost": ("The training process ended without a result (it may have run out of memory or been "
                           "stopped by the system). Nothing else was changed: press Train to try again, perhaps "
                           "with a smaller model or fewer rows.",
                           "학습 프로세스가 결과 없이 끝났습니다(메모리가 부족했거나 시스템이 멈췄을 수 있습니다). "
                           "다른 것은 바뀌지 않았습니다. 학습 시작을 다시 눌러 보세요. 모델이나 데이터를 줄이면 도움이 "
                           "될 수 있습니다."),
    # cross-validation
    "cv.k_range": ("k must be between 2 and the number of training rows ({n}); you chose {k}.",
                   "k는 2 이상, 학습 데이터 행 수({n}) 이하여야 합니다. 지금 값: {k}."),
    "cv.not_stratified": ("Some class has fewer than {k} rows, so the folds are plain (not stratified).",
                          "어떤 클래스의 행 수가 {k}개보다 적어서 층화(stratified) 없이 그냥 나눴습니다."),
}
