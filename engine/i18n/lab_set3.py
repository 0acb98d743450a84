"""Translation strings: labs XOR, learning-rate schedules, overfitting and model anatomy. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    # --- XOR ---
    "lab_xor.intro": (
        "XOR is true when exactly one of its two inputs is 1: the points (0,1) and (1,0) are class 1, while (0,0) "
        "and (1,1) are class 0. A model with a single layer can only draw one straight line and call one side "
        "class 1. Try it below: whatever optimizer, learning rate or number of epochs you pick, at least one point "
        "stays on the wrong side. Then add a hidden layer: it bends the space first, and the boundary can wrap "
        "around the points.",
        "XOR은 두 입력 중 정확히 하나만 1일 때 참입니다. (0,1)과 (1,0)은 클래스 1, (0,0)과 (1,1)은 클래스 0입니다. "
        "층이 하나뿐인 모델은 직선 하나를 긋고 한쪽을 클래스 1이라고 부를 수밖에 없습니다. 아래에서 직접 해 보세요. "
        "옵티마이저(optimizer), 학습률, 에포크 수를 무엇으로 하든 적어도 한 점은 잘못된 쪽에 남습니다. 그다음 은닉층을 "
        "추가해 보세요. 은닉층이 공간을 먼저 구부려 주기 때문에 경계선이 점들을 감싸듯 휘어질 수 있습니다."),
    "lab_xor.linear_title": ("1. One layer: a single straight line", "1. 층 하나: 직선 하나"),
    "lab_xor.optimizer": ("Optimizer", "옵티마이저 (optimizer)"),
    "lab_xor.lr": ("Learning rate", "학습률 (learning rate)"),
    "lab_xor.epochs": ("Epochs", "에포크 (epochs)"),
    "lab_xor.seed": ("Seed (starting weights)", "시드 (초기 가중치)"),
    "lab_xor.accuracy": ("Accuracy on the 4 points", "4개 점에 대한 정확도"),
    "lab_xor.final_loss": ("Final loss", "최종 손실"),
    "lab_xor.undecided": ("undecided (p ≈ 0.5)", "결정 못 함 (p ≈ 0.5)"),
    "lab_xor.linear_undecided": (
        "The model says p ≈ 0.5 at all four points: it has not picked a side anywhere, so an accuracy would only "
        "count how 0.5 happened to round. This is no accident: for BCE, a single linear layer's best answer on "
        "XOR is p = 0.5 everywhere (loss ln 2 ≈ 0.693; yours is {loss}). Any tilt of the line that moves (0,1) and "
        "(1,0) towards class 1 moves (0,0) or (1,1) the same way, so every tilt costs as much as it gains.",
        "모델이 네 점 모두에서 p ≈ 0.5라고 답합니다. 어느 쪽도 고르지 못한 것이라, 정확도를 적어도 0.5가 어느 쪽으로 "
        "반올림됐는지를 셀 뿐입니다. 우연이 아닙니다. BCE로 학습하면 선형 층 하나가 XOR에서 낼 수 있는 가장 좋은 답은 "
        "모든 곳에서 p = 0.5입니다 (손실 ln 2 ≈ 0.693, 지금 손실은 {loss}). 직선을 어떻게 기울여 (0,1)과 (1,0)을 "
        "클래스 1 쪽으로 옮기면 (0,0)이나 (1,1)도 같이 옮겨 가므로, 얻는 만큼 잃습니다."),
    "lab_xor.linear_why": (
        "At {accuracy} for now. No straight line can put (0,1) and (1,0) on one side and (0,0) and (1,1) on the "
        "other: the two pairs sit on crossing diagonals. For BCE a single linear layer's best answer is p = 0.5 at "
        "every point (loss ln 2 ≈ 0.693), and more epochs take it there: undecided everywhere, a colourless chart.",
        "지금은 {accuracy}입니다. 어떤 직선도 (0,1)과 (1,0)을 한쪽에, (0,0)과 (1,1)을 다른 쪽에 둘 수 없습니다. "
        "두 쌍이 서로 엇갈린 대각선 위에 있기 때문입니다. BCE로 학습하면 선형 층 하나의 가장 좋은 답은 모든 점에서 "
        "p = 0.5이고 (손실 ln 2 ≈ 0.693), 에포크를 늘리면 그쪽으로 갑니다. 어디서도 결정하지 못해 색이 없는 "
        "그래프가 됩니다."),
    "lab_xor.mlp_title": ("2. Add a hidden layer", "2. 은닉층 추가하기"),
    "lab_xor.units": ("Hidden units", "은닉 유닛 수"),
    "lab_xor.activation": ("Activation", "활성화 함수 (activation)"),
    "lab_xor.train": ("Train", "학습하기"),
    "lab_xor.training": ("Training… epoch {epoch} of {epochs}", "학습 중… {epochs} 에포크 중 {epoch}"),
    "lab_xor.press_train": ("Choose the hidden layer and press Train to watch the boundary bend.",
                            "은닉층을 정하고 '학습하기'를 누르면 경계선이 휘는 모습을 볼 수 있습니다."),
    "lab_xor.trained_with": ("Trained: 2 → {units} ({activation}) → 1, Adam, lr {lr}, {epochs:@epoch}, seed {seed}.",
                             "학습 설정: 2 → {units} ({activation}) → 1, Adam, 학습률 {lr}, {epochs} 에포크, 시드 {seed}."),
    "lab_xor.solved": ("Solved: all four points are on the right side. The hidden layer made a curved boundary.",
                       "해결했습니다: 네 점 모두 올바른 쪽에 있습니다. 은닉층 덕분에 경계선이 휘어졌습니다."),
    "lab_xor.not_solved": (
        "Not solved yet ({accuracy}). Training can get stuck in a poor spot: try another seed, more epochs, or "
        "more hidden units.",
        "아직 풀지 못했습니다 ({accuracy}). 학습이 나쁜 지점에 갇힐 수 있습니다. 다른 시드, 더 많은 에포크, 또는 더 많은 "
        "은닉 유닛을 시도해 보세요."),
    "lab_xor.snapshots": ("How the boundary changed during training", "학습하는 동안 경계선이 바뀐 모습"),
    "lab_xor.snapshot_epoch": ("epoch {epoch}", "{epoch} 에포크"),
    "lab_xor.prob": ("P(class 1)", "P(클래스 1)"),
    "lab_xor.class": ("class {c}", "클래스 {c}"),
    "lab_xor.hidden_title": ("What the hidden layer sees", "은닉층이 보는 세상"),
    "lab_xor.hidden_help": (
        "Each point is moved to (h1, h2), the outputs of the two hidden units. In this new space the two classes "
        "can be split by one straight line: the dashed line is where the output layer switches class.",
        "각 점을 두 은닉 유닛의 출력 (h1, h2) 위치로 옮겼습니다. 이 새로운 공간에서는 두 클래스를 직선 하나로 나눌 수 "
        "있습니다. 점선은 출력층이 클래스를 바꾸는 경계입니다."),
    "lab_xor.hidden_need_two": ("Set the hidden units to 2 and train to see the points in the hidden layer's 2-D space.",
                                "은닉 유닛을 2로 두고 학습하면 은닉층의 2차원 공간에 놓인 점들을 볼 수 있습니다."),
    "lab_xor.code": ("The same in PyTorch", "PyTorch로 쓰면"),
    # --- learning-rate schedules ---
    "lab_schedules.intro": (
        "A learning-rate schedule changes the step size while training runs. Big steps early cover ground fast; "
        "small steps late let the model settle into a minimum instead of bouncing around it. Pick one or more "
        "schedulers and their settings: the chart shows the learning rate each epoch, read from real PyTorch "
        "schedulers. Then train the same small network with a constant rate and with your schedule and compare.",
        "학습률 스케줄은 학습이 진행되는 동안 보폭(step size)을 바꿉니다. 초반의 큰 보폭은 빠르게 멀리 가고, 후반의 "
        "작은 보폭은 최솟값 주변에서 튕기지 않고 자리를 잡게 해 줍니다. 스케줄러를 하나 이상 고르고 설정을 바꿔 보세요. "
        "그래프는 실제 PyTorch 스케줄러에서 읽어 온 에포크별 학습률입니다. 그다음 같은 작은 신경망을 고정 학습률과 "
        "선택한 스케줄로 각각 학습해서 비교해 보세요."),
    "lab_schedules.pick": ("Schedulers", "스케줄러"),
    "lab_schedules.base_lr": ("Starting learning rate", "시작 학습률"),
    "lab_schedules.epochs": ("Epochs", "에포크 (epochs)"),
    "lab_schedules.none_picked": ("Pick at least one scheduler to see its curve.",
                                  "그래프를 보려면 스케줄러를 하나 이상 고르세요."),
    "lab_schedules.name_step": ("StepLR", "StepLR"),
    "lab_schedules.name_multistep": ("MultiStepLR", "MultiStepLR"),
    "lab_schedules.name_exponential": ("ExponentialLR", "ExponentialLR"),
    "lab_schedules.name_cosine": ("CosineAnnealingLR", "CosineAnnealingLR"),
    "lab_schedules.name_warmup": ("Warm-up (LambdaLR)", "워밍업 (LambdaLR)"),
    "lab_schedules.name_multiplicative": ("MultiplicativeLR", "MultiplicativeLR"),
    "lab_schedules.name_constant": ("constant lr", "고정 학습률"),
    "lab_schedules.rule_step": ("`lr × γ^⌊epoch / step_size⌋`: drop by γ every step_size epochs.",
                                "`lr × γ^⌊epoch / step_size⌋`: step_size 에포크마다 γ배로 줄어듭니다."),
    "lab_schedules.rule_multistep": ("Multiply by γ at each milestone epoch.",
                                     "지정한 마일스톤(milestone) 에포크마다 γ를 곱합니다."),
    "lab_schedules.rule_exponential": ("`lr × γ^epoch`: a little smaller every epoch.",
                                       "`lr × γ^epoch`: 매 에포크 조금씩 작아집니다."),
    "lab_schedules.rule_cosine": ("`η_min + (lr − η_min)(1 + cos(π·epoch / T_max)) / 2`: a smooth half cosine down to η_min.",
                                  "`η_min + (lr − η_min)(1 + cos(π·epoch / T_max)) / 2`: η_min까지 부드러운 코사인 곡선으로 내려갑니다."),
    "lab_schedules.rule_warmup": ("`lr × min(1, (epoch + 1) / warm-up epochs)`: start small, ramp up linearly, then stay.",
                                  "`lr × min(1, (epoch + 1) / 워밍업 에포크)`: 작게 시작해 직선으로 올라간 뒤 유지합니다."),
    "lab_schedules.rule_multiplicative": ("Multiply by a factor every epoch: `lr × factor^epoch`.",
                                          "매 에포크 factor를 곱합니다: `lr × factor^epoch`."),
    "lab_schedules.step_size": ("step_size (epochs)", "step_size (에포크)"),
    "lab_schedules.gamma": ("γ (gamma)", "γ (gamma)"),
    "lab_schedules.milestones": ("milestones (epochs, comma-separated)", "마일스톤 (에포크, 쉼표로 구분)"),
    "lab_schedules.bad_milestones": ("Milestones must be whole numbers separated by commas, like 30, 80. Using {used}.",
                                     "마일스톤은 30, 80처럼 쉼표로 구분한 정수여야 합니다. {used}{을} 사용합니다."),
    "lab_schedules.t_max": ("T_max (epochs to reach η_min)", "T_max (η_min까지 걸리는 에포크)"),
    "lab_schedules.eta_min": ("η_min (lowest rate)", "η_min (가장 낮은 학습률)"),
    "lab_schedules.warmup_epochs": ("warm-up epochs", "워밍업 에포크"),
    "lab_schedules.factor": ("factor", "factor (곱하는 값)"),
    "lab_schedules.lr_axis": ("learning rate", "학습률"),
    "lab_schedules.epoch_axis": ("epoch", "에포크"),
    "lab_schedules.curve_title": ("Learning rate per epoch", "에포크별 학습률"),
    "lab_schedules.log_lr": ("Log scale", "로그 눈금"),
    "lab_schedules.training": ("Training: {name}…", "학습 중: {name}…"),
    "lab_schedules.effect_title": ("Effect on training", "학습에 주는 효과"),
    "lab_schedules.effect_help": (
        "A 13-50-30-1 network on the house-price data (Adam, batch 16, half the rows held out) trains twice with "
        "the same seed: once with the constant starting rate, once with the schedule you choose here.",
        "집값 데이터로 13-50-30-1 신경망(Adam, 배치 16, 절반은 테스트용으로 보관)을 같은 시드로 두 번 학습합니다. "
        "한 번은 시작 학습률을 고정해서, 한 번은 여기서 고른 스케줄로 학습합니다."),
    "lab_schedules.which": ("Schedule to compare", "비교할 스케줄"),
    "lab_schedules.train": ("Train both", "둘 다 학습하기"),
    "lab_schedules.press_train": ("Press 'Train both' to compare the loss curves.",
                                  "'둘 다 학습하기'를 누르면 손실 곡선을 비교할 수 있습니다."),
    "lab_schedules.stale": ("These curves are from earlier settings; press 'Train both' again to update them.",
                            "이 곡선은 이전 설정의 결과입니다. 다시 '둘 다 학습하기'를 누르면 갱신됩니다."),
    "lab_schedules.loss_axis": ("test loss (MSE, scaled target)", "테스트 손실 (MSE, 스케일된 타깃)"),
    "lab_schedules.final_test": ("Final test loss · {name}", "최종 테스트 손실 · {name}"),
    "lab_schedules.wiggle": ("Wobble over the last 10 epochs · {name}", "마지막 10 에포크의 흔들림 · {name}"),
    "lab_schedules.wiggle_help": ("Standard deviation of the test loss over the last 10 epochs: smaller means it settled.",
                                  "마지막 10 에포크 동안 테스트 손실의 표준편차입니다. 작을수록 안정적으로 자리를 잡았다는 뜻입니다."),
    "lab_schedules.code": ("The same in PyTorch", "PyTorch로 쓰면"),
    # --- overfitting ---
    "lab_overfitting.intro": (
        "Overfitting means the model learns the noise in its training points instead of the pattern. Here are "
        "40 points of a sine wave with noise: every other point trains the model (filled dots), the rest only test it (rings). A small network "
        "draws a smooth curve; a big one can bend through every training point, so its training loss drops while "
        "its test loss climbs. Dropout and weight decay hold a big network back; cross-validation tells you how "
        "much to trust one test score.",
        "과적합(overfitting)은 모델이 데이터의 패턴 대신 학습 데이터의 잡음까지 외워 버리는 것입니다. 여기 잡음이 섞인 "
        "사인(sine) 곡선의 점 40개가 있습니다. 한 점 건너 하나씩(채운 점) 학습에 쓰고, 나머지(빈 원)는 테스트에만 씁니다. 작은 신경망은 부드러운 "
        "곡선을 그리지만, 큰 신경망은 모든 학습 점을 지나도록 구불구불해질 수 있어서 학습 손실은 줄어드는데 테스트 손실은 "
        "올라갑니다. 드롭아웃(dropout)과 가중치 감쇠(weight decay)는 큰 신경망을 붙잡아 주고, 교차 검증은 테스트 점수 "
        "하나를 얼마나 믿어도 되는지 알려 줍니다."),
    "lab_overfitting.units": ("Hidden units per layer", "층마다 은닉 유닛 수"),
    "lab_overfitting.layers": ("Hidden layers", "은닉층 수"),
    "lab_overfitting.dropout": ("Dropout p", "드롭아웃 p"),
    "lab_overfitting.weight_decay": ("Weight decay", "가중치 감쇠 (weight decay)"),
    "lab_overfitting.epochs": ("Epochs", "에포크 (epochs)"),
    "lab_overfitting.train": ("Train", "학습하기"),
    "lab_overfitting.press_train": ("Pick a capacity and press Train. Try 128 units × 2 layers first, then add dropout.",
                                    "모델 크기를 고르고 '학습하기'를 누르세요. 먼저 128 유닛 × 2층으로 해 보고, 그다음 드롭아웃을 "
                                    "추가해 보세요."),
    "lab_overfitting.curves": ("Train vs test loss", "학습 손실 vs 테스트 손실"),
    "lab_overfitting.train_series": ("train", "학습"),
    "lab_overfitting.epoch_axis": ("epoch", "에포크"),
    "lab_overfitting.loss_axis": ("loss (MSE, log scale)", "손실 (MSE, 로그 눈금)"),
    "lab_overfitting.test_series": ("test", "테스트"),
    "lab_overfitting.fit_title": ("What the model draws through the points", "모델이 점들 사이로 그리는 곡선"),
    "lab_overfitting.part_train": ("train points", "학습 점"),
    "lab_overfitting.part_test": ("test points", "테스트 점"),
    "lab_overfitting.verdict_overfit": (
        "Overfitting: the training loss fell to {train}, below the noise level {noise}, while the test loss is "
        "{test}. The model bent itself through the noise of its own points, which tells nothing about new ones. "
        "Try fewer units, dropout or weight decay.",
        "과적합입니다: 학습 손실은 잡음 수준 {noise}보다도 낮은 {train}까지 내려갔는데 테스트 손실은 {test}입니다. "
        "모델이 학습 점의 잡음까지 지나가도록 휘어졌고, 그 잡음은 새 점에 대해 아무것도 알려 주지 않습니다. 유닛 수를 "
        "줄이거나 드롭아웃이나 가중치 감쇠를 써 보세요."),
    "lab_overfitting.verdict_underfit": (
        "Underfitting: the test loss {test} is well above the noise level {noise} (what the true curve sin(x) itself "
        "scores on the test points), and the training loss is {train}. The model is too small or too held back to "
        "follow the wave. Try more units or less dropout / weight decay.",
        "과소적합(underfitting)입니다: 테스트 손실 {test}{이} 잡음 수준 {noise}(진짜 곡선 sin(x)가 테스트 점에서 받는 "
        "점수)보다 한참 높고, 학습 손실은 {train}입니다. 모델이 너무 작거나 너무 많이 제약받아서 사인 곡선을 따라가지 "
        "못합니다. 유닛을 늘리거나 드롭아웃 / 가중치 감쇠를 줄여 보세요."),
    "lab_overfitting.verdict_good": (
        "A good fit: test loss {test}, close to the noise level {noise} (what the true curve sin(x) itself scores on "
        "the test points, so no model can do much better), and the training loss {train} has not dropped far below it.",
        "잘 맞았습니다: 테스트 손실 {test}{이} 잡음 수준 {noise}(진짜 곡선 sin(x)가 테스트 점에서 받는 점수라서 어떤 "
        "모델도 이보다 많이 좋아질 수 없음)에 가깝고, 학습 손실 {train}도 그보다 한참 낮아지지 않았습니다."),
    "lab_overfitting.sweep_title": ("Capacity sweep: hidden units → train and test loss",
                                    "용량 훑어보기: 은닉 유닛 수 → 학습 손실과 테스트 손실"),
    "lab_overfitting.sweep_help": (
        "Trains the same network ({layers} hidden layer(s), your dropout, weight decay and epochs) with 1, 2, 4, … "
        "256 units per layer. The grey dashed line is the noise level {noise}: the test loss of the true curve.",
        "같은 신경망(은닉층 {layers}개, 지금의 드롭아웃, 가중치 감쇠, 에포크)을 층마다 유닛 1, 2, 4, … 256개로 "
        "학습합니다. 회색 점선은 잡음 수준 {noise}, 즉 진짜 곡선의 테스트 손실입니다."),
    "lab_overfitting.sweep_run": ("Run the sweep (9 networks)", "훑어보기 실행 (신경망 9개)"),
    "lab_overfitting.sweep_running": ("Training {units} units per layer…", "층마다 유닛 {units}개로 학습 중…"),
    "lab_overfitting.sweep_stale": ("This sweep used earlier settings.", "이 훑어보기는 이전 설정의 결과입니다."),
    "lab_overfitting.sweep_axis": ("final loss (MSE, log scale)", "최종 손실 (MSE, 로그 눈금)"),
    "lab_overfitting.noise_line": ("noise level", "잡음 수준"),
    "lab_overfitting.sweep_summary": (
        "Lowest test loss: {best} units ({best_test}). 1 unit: test {low}. 256 units: test {high}, train "
        "{high_train}. Where the training loss keeps falling but the test loss does not, the extra capacity is "
        "fitting the noise of the training points, not the wave.",
        "테스트 손실이 가장 낮은 것은 유닛 {best}개 ({best_test})입니다. 유닛 1개: 테스트 {low}. 유닛 256개: 테스트 "
        "{high}, 학습 {high_train}. 학습 손실은 계속 내려가는데 테스트 손실은 내려가지 않는 구간에서는, 늘어난 용량이 "
        "사인 곡선이 아니라 학습 점의 잡음을 맞추는 데 쓰이고 있습니다."),
    "lab_overfitting.tried": ("Settings you tried", "시도한 설정"),
    "lab_overfitting.col_layers": ("layers × units", "층 × 유닛"),
    "lab_overfitting.col_dropout": ("dropout", "드롭아웃"),
    "lab_overfitting.col_wd": ("weight decay", "가중치 감쇠"),
    "lab_overfitting.col_train": ("final train loss", "최종 학습 손실"),
    "lab_overfitting.col_test": ("final test loss", "최종 테스트 손실"),
    "lab_overfitting.col_verdict": ("verdict", "판정"),
    "lab_overfitting.short_overfit": ("overfit", "과적합"),
    "lab_overfitting.short_underfit": ("underfit", "과소적합"),
    "lab_overfitting.short_good": ("good", "적절"),
    "lab_overfitting.cv_title": ("Why k-fold cross-validation?", "왜 k-겹 교차 검증(k-fold CV)인가?"),
    "lab_overfitting.cv_help": (
        "With only 20 training points, which ones land in the validation part changes the score a lot. k-fold "
        "cross-validation splits the training points into k parts, trains k fresh models (each one scored on a "
        "different part) and reports the average and the spread. A wide spread means one split alone could have "
        "told you a very different story.",
        "학습 점이 20개뿐이면 어떤 점이 검증용으로 뽑히느냐에 따라 점수가 크게 달라집니다. k-겹 교차 검증은 학습 점을 "
        "k개로 나누고, 매번 다른 한 조각으로 평가하는 새 모델을 k번 학습해서 평균과 흩어짐(spread)을 알려 줍니다. "
        "흩어짐이 크다면 분할 한 번만으로는 전혀 다른 결론을 얻었을 수도 있다는 뜻입니다."),
    "lab_overfitting.cv_run": ("Run 5-fold cross-validation with these settings",
                               "이 설정으로 5-겹 교차 검증 실행하기"),
    "lab_overfitting.cv_running": ("Training 5 models…", "모델 5개 학습 중…"),
    "lab_overfitting.cv_fold": ("fold {n}", "{n}번째 폴드"),
    "lab_overfitting.cv_axis": ("validation RMSE", "검증 RMSE"),
    "lab_overfitting.cv_summary": (
        "Validation RMSE {mean} ± {std}; the best fold scored {lo} and the worst {hi}. A single split could have "
        "reported either.",
        "검증 RMSE {mean} ± {std}. 가장 좋은 폴드는 {lo}, 가장 나쁜 폴드는 {hi}{이었습니다}. 분할을 한 번만 했다면 둘 중 "
        "어느 값이든 나올 수 있었습니다."),
    "lab_overfitting.cv_stale": ("This cross-validation used earlier settings.", "이 교차 검증은 이전 설정으로 실행한 결과입니다."),
    "lab_overfitting.dropout_title": ("model.train() vs model.eval() with dropout",
                                      "드롭아웃과 model.train() vs model.eval()"),
    "lab_overfitting.dropout_help": (
        "The same input goes through one Dropout(p) layer five times. In train mode each value is zeroed with "
        "probability p, and the survivors are multiplied by 1/(1−p) = {scale} so the average stays the same. In "
        "eval mode dropout does nothing: the output is the input. That is why you call model.eval() before "
        "testing.",
        "같은 입력을 Dropout(p) 층 하나에 다섯 번 통과시킵니다. 훈련 모드(train)에서는 각 값이 확률 p로 0이 되고, 살아남은 "
        "값에는 1/(1−p) = {scale}{을} 곱해서 평균이 그대로 유지됩니다. 평가 모드(eval)에서 드롭아웃은 아무것도 하지 않아 "
        "출력이 입력과 같습니다. 그래서 테스트 전에 model.eval()을 호출합니다."),
    "lab_overfitting.dropout_p": ("p (drop probability)", "p (버릴 확률)"),
    "lab_overfitting.row_input": ("input x", "입력 x"),
    "lab_overfitting.row_train": ("train() pass {n}", "train() {n}회차"),
    "lab_overfitting.row_eval": ("eval()", "eval()"),
    "lab_overfitting.zeros": ("Zeros in the 5 train-mode passes: {zeros} of {total:@value} ({share}; p = {p}).",
                              "훈련 모드(train()) 5회 통과에서 0이 된 값: {total}개 중 {zeros}개 ({share}, p = {p})."),
    "lab_overfitting.code": ("The same in PyTorch", "PyTorch로 쓰면"),
    # --- anatomy ---
    "lab_anatomy.intro": (
        "A PyTorch model is a stack of layers, and each Linear layer holds a weight matrix and a bias vector. "
        "Here you can open the model up: print it, list its parameters by name and shape, count them by hand, "
        "and compare with torchinfo's summary. The default is the house-price network from the tutorial, "
        "13 inputs → 50 → 30 → 1 output.",
        "PyTorch 모델은 층을 쌓은 것이고, Linear 층마다 가중치 행렬과 편향(bias) 벡터가 들어 있습니다. 여기서 모델을 "
        "열어 볼 수 있습니다. 모델을 출력하고, 파라미터를 이름과 모양(shape)별로 나열하고, 손으로 개수를 세어 보고, "
        "torchinfo 요약표와 비교해 보세요. 기본 모델은 튜토리얼의 집값 신경망인 입력 13 → 50 → 30 → 출력 1입니다."),
    "lab_anatomy.use_mine": ("Use my model (Model page settings and my dataset)",
                             "내 모델 사용하기 (모델 페이지 설정과 내 데이터셋)"),
    "lab_anatomy.no_dataset": ("No dataset chosen yet, so the input width is 13 (the house-price features).",
                               "아직 데이터셋을 고르지 않아서 입력 너비를 13(집값 특성 수)으로 두었습니다."),
    "lab_anatomy.layers": ("Layers: {layers} · activation {activation} · dropout {dropout}",
                           "층: {layers} · 활성화 {activation} · 드롭아웃 {dropout}"),
    "lab_anatomy.linear": ("Layers: {layers} · a linear model: no hidden layer, so no activation and no dropout",
                           "층: {layers} · 선형 모델: 은닉층이 없으므로 활성화 함수도 드롭아웃도 없습니다"),
    "lab_anatomy.hidden": ("Hidden layer widths (comma-separated; empty = linear model)",
                           "은닉층 너비 (쉼표로 구분, 비우면 선형 모델)"),
    "lab_anatomy.hidden_help": ("E.g. 50, 30 is the tutorial's house-price network: 13 → 50 → 30 → 1.",
                                "예: 50, 30은 튜토리얼의 집값 신경망 13 → 50 → 30 → 1입니다."),
    "lab_anatomy.activation": ("Activation", "활성화 함수"),
    "lab_anatomy.dropout": ("Dropout p", "드롭아웃 p"),
    "lab_anatomy.bad_hidden": ("'{text}' is not a list of whole numbers from 1 to 1024 (at most 8 layers); showing "
                               "50, 30.", "'{text}'{은} 1~1024 사이 정수 목록(최대 8개 층)이 아니라서 50, 30을 "
                               "보여 줍니다."),
    "lab_anatomy.print_title": ("print(model)", "print(model)"),
    "lab_anatomy.params_title": ("named_parameters(): every tensor the optimizer updates",
                                 "named_parameters(): 옵티마이저가 업데이트하는 모든 텐서"),
    "lab_anatomy.params_help": (
        "model.parameters() gives the same tensors without names. A weight has shape [outputs, inputs]; "
        "the numbers in the names are the layer's position in nn.Sequential (activations and dropout have no "
        "parameters, so some positions are missing).",
        "model.parameters()는 같은 텐서를 이름 없이 돌려줍니다. 가중치의 모양은 [출력 수, 입력 수]입니다. 이름 속 숫자는 "
        "nn.Sequential 안에서 층의 위치입니다 (활성화 함수와 드롭아웃에는 파라미터가 없어서 빠진 번호가 있습니다)."),
    "lab_anatomy.col_name": ("name", "이름"),
    "lab_anatomy.col_shape": ("shape", "모양 (shape)"),
    "lab_anatomy.col_count": ("count", "개수"),
    "lab_anatomy.formula_title": ("Counting by hand: inputs × outputs + outputs (biases)",
                                  "손으로 세기: 입력 × 출력 + 출력 (편향)"),
    "lab_anatomy.col_layer": ("Linear layer", "Linear 층"),
    "lab_anatomy.col_arithmetic": ("arithmetic", "계산"),
    "lab_anatomy.total": ("Trainable parameters", "학습 가능한 파라미터"),
    "lab_anatomy.summary_title": ("torchinfo summary (a batch of one row)", "torchinfo 요약 (한 행짜리 배치)"),
    "lab_anatomy.peek_title": ("A peek inside: the first layer's weights", "안을 들여다보기: 첫 층의 가중치"),
    "lab_anatomy.peek_help": (
        "Top-left corner of the first weight matrix before training (seed {seed}). PyTorch starts them at random "
        "in ±1/√inputs = ±{bound}, so training has something to break the symmetry with.",
        "학습 전 첫 번째 가중치 행렬의 왼쪽 위 모서리입니다 (시드 {seed}). PyTorch는 가중치를 ±1/√입력 수 = ±{bound} "
        "범위에서 무작위로 시작해서, 학습이 유닛들 사이의 대칭을 깰 수 있게 합니다."),
    "lab_anatomy.unit": ("unit {i}", "유닛 {i}"),
    "lab_anatomy.input": ("input {j}", "입력 {j}"),
    "lab_anatomy.code": ("The same in PyTorch", "PyTorch로 쓰면"),
}
