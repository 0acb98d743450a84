"""Translation strings: the Overfitting and dropout lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
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
        "Overfitting: the loss on the training points fell to {train}, below their noise level {train_noise}, while "
        "the test loss is {test}. The model bent itself through the noise of its own points, which tells nothing "
        "about new ones. Try fewer units, dropout or weight decay.",
        "과적합입니다: 학습 점에서의 손실은 그 점들의 잡음 수준 {train_noise}보다도 낮은 {train}까지 내려갔는데 테스트 "
        "손실은 {test}입니다. 모델이 학습 점의 잡음까지 지나가도록 휘어졌고, 그 잡음은 새 점에 대해 아무것도 알려 주지 "
        "않습니다. 유닛 수를 줄이거나 드롭아웃이나 가중치 감쇠를 써 보세요."),
    "lab_overfitting.verdict_underfit": (
        "Underfitting: the model misses part of the wave. On the training points its loss is {train} (their noise "
        "level: {train_noise}), on the test points {test} (noise level {noise}, what the true curve sin(x) itself "
        "scores there); a curve that follows the wave comes close to the noise on both, and at least one of these is "
        "well above it. The model is too small or too held back. Try more units or less dropout / weight decay.",
        "과소적합(underfitting)입니다: 모델이 사인 곡선을 다 따라가지 못합니다. 학습 점에서의 손실은 {train}(그 점들의 "
        "잡음 수준 {train_noise}), 테스트 손실은 {test}(잡음 수준 {noise}, 진짜 곡선 sin(x)가 테스트 점에서 받는 "
        "점수)입니다. 곡선을 제대로 따라가는 모델이라면 두 손실 모두 잡음 수준에 가까울 텐데, 적어도 하나가 그보다 한참 "
        "높습니다. 모델이 너무 작거나 너무 많이 제약받고 있습니다. 유닛을 늘리거나 드롭아웃 / 가중치 감쇠를 줄여 보세요."),
    "lab_overfitting.verdict_good": (
        "A good fit: test loss {test}, close to the noise level {noise} (what the true curve sin(x) itself scores on "
        "the test points, so no model can do much better), and the loss on the training points, {train}, is close to "
        "their noise level {train_noise} too, not far below it.",
        "잘 맞았습니다: 테스트 손실 {test}{이} 잡음 수준 {noise}(진짜 곡선 sin(x)가 테스트 점에서 받는 점수라서 어떤 "
        "모델도 이보다 많이 좋아질 수 없음)에 가깝고, 학습 점에서의 손실 {train}도 그 점들의 잡음 수준 {train_noise}에 "
        "가까우며 그보다 한참 낮아지지 않았습니다."),
    "lab_overfitting.result_stale": (
        "The result below is from earlier settings. Press Train to train the settings shown above.",
        "아래 결과는 이전 설정으로 학습한 것입니다. 위에 보이는 설정으로 학습하려면 '학습하기'를 누르세요."),
    "lab_overfitting.train_series_dropout": ("train (dropout on)", "학습 (드롭아웃 켬)"),
    "lab_overfitting.curves_help": (
        "Both losses are the MSE of the model after each epoch. The verdict uses the final ones; on the training "
        "points: {train}.",
        "두 손실 모두 에포크마다 잰 모델의 MSE입니다. 판정은 마지막 값을 씁니다. 학습 점에서는 {train}입니다."),
    "lab_overfitting.curves_dropout": (
        "The train curve is the loss measured while training, with dropout on: each step scores a thinned network, so "
        "it sits higher than the full network's. The verdict uses the training points' loss with dropout off "
        "(model.eval()), as for the test points: {train}.",
        "학습 곡선은 학습하는 동안, 즉 드롭아웃을 켠 채로 잰 손실입니다. 매 스텝 유닛 일부를 끈 신경망을 재므로 전체 "
        "신경망의 손실보다 높게 나옵니다. 판정은 테스트 점과 같이 드롭아웃을 끄고(model.eval()) 잰 학습 점의 손실 "
        "{train}{을} 씁니다."),
    "lab_overfitting.sweep_title": ("Capacity sweep: hidden units → train and test loss",
                                    "용량 훑어보기: 은닉 유닛 수 → 학습 손실과 테스트 손실"),
    "lab_overfitting.sweep_help": (
        "Trains the same network ({layers} hidden layer(s), your dropout, weight decay and epochs) with 1, 2, 4, … "
        "256 units per layer. The gray dashed line is the noise level {noise}: the test loss of the true curve.",
        "같은 신경망(은닉층 {layers}개, 지금의 드롭아웃, 가중치 감쇠, 에포크)을 층마다 유닛 1, 2, 4, … 256개로 "
        "학습합니다. 회색 점선은 잡음 수준 {noise}, 즉 진짜 곡선의 테스트 손실입니다."),
    "lab_overfitting.sweep_run": ("Run the sweep (9 networks)", "훑어보기 실행 (신경망 9개)"),
    "lab_overfitting.sweep_running": ("Training every width, 1 to 256 units per layer, at once…",
                                      "층마다 유닛 1개부터 256개까지, 모든 너비를 한꺼번에 학습 중…"),
    "lab_overfitting.sweep_stale": ("This sweep used earlier settings.", "이 훑어보기는 이전 설정의 결과입니다."),
    "lab_overfitting.sweep_axis": ("final loss (MSE, log scale)", "최종 손실 (MSE, 로그 눈금)"),
    "lab_overfitting.noise_line": ("noise level", "잡음 수준"),
    "lab_overfitting.sweep_summary": (
        "Lowest test loss: {best} units ({best_test}). 1 unit: test {low}. 256 units: test {high}, train "
        "{high_train}. Both losses are measured with dropout off.",
        "테스트 손실이 가장 낮은 것은 유닛 {best}개 ({best_test})입니다. 유닛 1개: 테스트 {low}. 유닛 256개: 테스트 "
        "{high}, 학습 {high_train}. 두 손실 모두 드롭아웃을 끄고 잰 값입니다."),
    "lab_overfitting.sweep_region": (
        "From {start} to {end} units the training loss still falls (from {train_from} to {train_to}) but the test "
        "loss never gets below {best_test}: there the extra capacity fits the noise of the training points, not the "
        "wave.",
        "유닛 {start}개에서 {end}개로 가는 동안 학습 손실은 {train_from}에서 {train_to}{으로} 내려가는데 테스트 손실은 "
        "{best_test}보다 내려가지 않습니다. 이 구간에서 늘어난 용량은 사인 곡선이 아니라 학습 점의 잡음을 맞추는 데 "
        "쓰입니다."),
    "lab_overfitting.sweep_no_region": (
        "Here the test loss is lowest at the widest network: with these settings more capacity did not start fitting "
        "the noise within this sweep.",
        "여기서는 가장 넓은 신경망에서 테스트 손실이 가장 낮습니다. 이 설정에서는 이 범위 안에서 용량을 늘려도 잡음을 "
        "맞추기 시작하지 않았습니다."),
    "lab_overfitting.tried": ("Settings you tried", "시도한 설정"),
    "lab_overfitting.col_layers": ("layers × units", "층 × 유닛"),
    "lab_overfitting.col_dropout": ("dropout", "드롭아웃"),
    "lab_overfitting.col_wd": ("weight decay", "가중치 감쇠"),
    "lab_overfitting.col_train": ("final train loss (dropout off)", "최종 학습 손실 (드롭아웃 끔)"),
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
    "lab_overfitting.cv_axis": ("validation loss (MSE)", "검증 손실 (MSE)"),
    "lab_overfitting.cv_summary": (
        "Validation loss (MSE, as everywhere on this page) {mean} ± {std} (mean ± standard deviation over the 5 "
        "folds); the best fold scored {lo} and the worst {hi}. A single split could have reported either.",
        "검증 손실(이 페이지의 다른 곳과 같은 MSE) {mean} ± {std}(폴드 5개의 평균 ± 표준편차). 가장 좋은 폴드는 {lo}, "
        "가장 나쁜 폴드는 {hi}{이었습니다}. 분할을 한 번만 했다면 둘 중 "
        "어느 값이든 나올 수 있었습니다."),
    "lab_overfitting.cv_versus": (
        "With these settings the single split (train on the 20 training points, test on the other 20) scores "
        "{single}, while the folds average {mean}. They measure "
        "different things: the single split's model learns from all 20 training points and nearly every test point lies "
        "between two of them, whereas each fold's model learns from only 16 and is scored on the 4 points left "
        "out, which can sit in the wider gaps their removal leaves; with just 4 points a score also moves a lot "
        "with one noisy point.",
        "이 설정에서 단일 분할(학습 점 20개로 학습하고 나머지 20개로 테스트)의 테스트 손실은 {single}{이고}, 폴드들의 "
        "평균은 {mean}입니다. 둘은 다른 것을 잽니다. "
        "단일 분할의 모델은 학습 점 20개를 모두 보고 배우며 테스트 점은 거의 모두 학습 점 두 개 사이에 있습니다. 반면 "
        "각 폴드의 모델은 16개만 보고 배운 뒤 빠진 4개로 평가되는데, 이 점들은 빠지면서 생긴 더 넓은 빈틈에 놓일 수 "
        "있습니다. 점이 4개뿐이면 노이즈가 큰 점 하나만으로도 점수가 크게 움직입니다."),
    "lab_overfitting.cv_single_within": (
        "The single split's {single} lies within the folds' range ({lo} to {hi}): it is one of the scores a "
        "different choice of held-out rows could give.",
        "단일 분할의 {single}{은} 폴드들의 범위({lo}~{hi}) 안에 있습니다. 어떤 행을 떼어 두느냐에 따라 나올 수 있는 "
        "점수 중 하나입니다."),
    "lab_overfitting.cv_single_below": (
        "The single split's {single} is below even the best fold ({lo}): that split was kinder than any fold, so one "
        "split alone would make the model look better than the folds suggest for other rows.",
        "단일 분할의 {single}{은} 가장 좋은 폴드({lo})보다도 낮습니다. 그 분할이 어느 폴드보다 유리했던 것이라서, "
        "분할 한 번만 보면 다른 행에서 폴드들이 보여 주는 것보다 모델이 더 좋아 보입니다."),
    "lab_overfitting.cv_single_above": (
        "The single split's {single} is above even the worst fold ({hi}): that split was harder than any fold, so "
        "one split alone would make the model look worse than the folds suggest.",
        "단일 분할의 {single}{은} 가장 나쁜 폴드({hi})보다도 높습니다. 그 분할이 어느 폴드보다 불리했던 것이라서, "
        "분할 한 번만 보면 폴드들이 보여 주는 것보다 모델이 더 나빠 보입니다."),
    "lab_overfitting.cv_mean_line": ("long dashes: mean of the folds {value}", "긴 점선: 폴드 평균 {value}"),
    "lab_overfitting.cv_single_line": ("short dashes: single split's test loss {value}",
                                         "짧은 점선: 단일 분할의 테스트 손실 {value}"),
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
}
