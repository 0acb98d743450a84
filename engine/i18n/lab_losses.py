"""Translation strings: the Loss functions lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "lab_losses.title": ("Loss functions", "손실 함수"),
    "lab_losses.intro": (
        "A loss function turns \"how wrong is the model?\" into a single number that training pushes down. "
        "For numbers (regression), MSE squares each error, so big misses count a lot; MAE takes the plain "
        "size of each error; Huber is squared for small errors and linear for big ones. For classes, "
        "cross-entropy looks at the probability the model gave the right answer and punishes confident "
        "mistakes hard. Change the sliders and numbers below and watch each loss react.",
        "손실 함수는 \"모델이 얼마나 틀렸나?\"를 학습이 줄여 나갈 숫자 하나로 바꿉니다. 숫자를 맞히는 회귀에서 MSE는 "
        "오차를 제곱하므로 크게 틀린 점이 아주 크게 반영되고, MAE는 오차의 크기를 그대로 쓰며, Huber는 작은 오차는 "
        "제곱으로, 큰 오차는 직선으로 셉니다. 클래스를 맞히는 분류에서 교차 엔트로피(cross-entropy)는 정답에 준 확률을 "
        "보고, 자신 있게 틀린 경우를 강하게 벌합니다. 아래 슬라이더와 숫자를 바꾸며 손실이 어떻게 반응하는지 보세요."),
    "lab_losses.tab_regression": ("MSE, MAE, Huber", "MSE, MAE, Huber"),
    "lab_losses.tab_bce": ("Binary cross-entropy", "이진 교차 엔트로피"),
    "lab_losses.tab_softmax": ("Softmax + cross-entropy", "소프트맥스 + 교차 엔트로피"),
    "lab_losses.tab_mistakes": ("Common mistakes", "흔한 실수"),
    "lab_losses.residuals_help": (
        "Five residuals (prediction − target): four small ones and one outlier you control.",
        "잔차(예측 − 정답) 다섯 개: 작은 값 네 개와 직접 조절하는 이상치(outlier) 하나입니다."),
    "lab_losses.outlier": ("Outlier's residual", "이상치의 잔차"),
    "lab_losses.delta": ("Huber delta (where squared turns linear)", "Huber delta (제곱에서 직선으로 바뀌는 지점)"),
    "lab_losses.curves": ("Loss of one point vs its residual", "잔차에 따른 한 점의 손실"),
    "lab_losses.shares": ("Each point's share of the total loss", "전체 손실에서 각 점이 차지하는 비율"),
    "lab_losses.outlier_share": (
        "The outlier (point 5) makes up {mse} of the MSE, {mae} of the MAE and {huber} of the Huber loss.",
        "이상치(5번 점)는 MSE의 {mse}, MAE의 {mae}, Huber 손실의 {huber}{를} 차지합니다."),
    "lab_losses.point": ("point", "점"),
    "lab_losses.share": ("share", "비율"),
    "lab_losses.residual": ("residual", "잔차"),
    "lab_losses.loss": ("loss", "손실"),
    "lab_losses.bce_help": (
        "For a yes/no answer the model gives p, the probability of \"yes\". If the truth is yes the loss is "
        "−log p; if it is no, −log(1 − p). Both are small when the model is right and shoot up when it is "
        "confidently wrong.",
        "예/아니오 문제에서 모델은 \"예\"일 확률 p를 냅니다. 정답이 예이면 손실은 −log p, 아니오이면 −log(1 − p)입니다. "
        "둘 다 맞히면 작고, 자신 있게 틀리면 급격히 커집니다."),
    "lab_losses.p": ("Predicted probability p", "예측 확률 p"),
    "lab_losses.if_one": ("loss if the truth is 1: −log p", "정답이 1일 때 손실: −log p"),
    "lab_losses.if_zero": ("loss if the truth is 0: −log(1 − p)", "정답이 0일 때 손실: −log(1 − p)"),
    "lab_losses.target": ("truth", "정답"),
    "lab_losses.softmax_help": (
        "Ten digits, the right answer is the label. Edit the probabilities (they are re-normalized to sum "
        "to 1) and compare the tutorial's MSE, 0.5·Σ(y − t)², with the cross-entropy −log(y[label]).",
        "숫자 10개 중 정답은 레이블입니다. 확률을 고치면 합이 1이 되도록 다시 맞춥니다. 튜토리얼식 MSE인 "
        "0.5·Σ(y − t)²와 교차 엔트로피 −log(y[label])을 비교해 보세요."),
    "lab_losses.preset": ("Start from", "시작 예시"),
    "lab_losses.preset_right": ("0.6 on the right class (index 2)", "정답(2번)에 0.6"),
    "lab_losses.preset_wrong": ("0.6 moved to index 7", "0.6을 7번으로 옮김"),
    "lab_losses.label": ("Label (the right class)", "레이블 (정답 클래스)"),
    "lab_losses.sum_note": ("Your numbers sum to {total}; they were divided by it so they sum to 1.",
                            "입력한 값의 합이 {total}{이라서}, 합이 1이 되도록 그 값으로 나눴습니다."),
    "lab_losses.mse": ("MSE, 0.5·Σ(y − t)²", "MSE, 0.5·Σ(y − t)²"),
    "lab_losses.ce": ("Cross-entropy, −log y[label]", "교차 엔트로피, −log y[label]"),
    "lab_losses.probs_chart": ("Probabilities (the label's bar is highlighted)", "확률 (레이블 막대는 강조)"),
    "lab_losses.class": ("class", "클래스"),
    "lab_losses.prob": ("probability", "확률"),
    "lab_losses.is_label": ("label", "레이블"),
    "lab_losses.sparse_title": ("Sparse labels vs one-hot targets", "희소 레이블 vs 원-핫 타깃"),
    "lab_losses.sparse_help": (
        "nn.CrossEntropyLoss takes raw scores (logits). The target can be the class index (\"sparse\", e.g. 2) "
        "or a probability vector (one-hot, e.g. [0, 0, 1]). For a one-hot target they are the same loss; the "
        "index form is shorter and saves memory.",
        "nn.CrossEntropyLoss는 소프트맥스 전 점수(logits)를 받습니다. 타깃은 클래스 번호(\"희소\", 예: 2)일 수도, "
        "확률 벡터(원-핫, 예: [0, 0, 1])일 수도 있습니다. 원-핫이면 두 방식의 손실은 같고, 번호 방식이 더 짧고 "
        "메모리를 덜 씁니다."),
    "lab_losses.logits": ("Logits (comma-separated)", "로짓 (쉼표로 구분)"),
    "lab_losses.class_index": ("Right class (index)", "정답 클래스 (번호)"),
    "lab_losses.with_index": ("loss with the index", "번호로 준 손실"),
    "lab_losses.with_onehot": ("loss with one-hot", "원-핫으로 준 손실"),
    "lab_losses.double_title": ("Mistake 1: softmax before CrossEntropyLoss", "실수 1: CrossEntropyLoss 앞에 softmax"),
    "lab_losses.double_help": (
        "CrossEntropyLoss applies softmax itself. Squashing first applies it twice: the loss is wrong and "
        "the gradient that reaches the logits is smaller, so learning slows down.",
        "CrossEntropyLoss는 안에서 softmax를 직접 합니다. 먼저 softmax를 하면 두 번 하게 되어 손실 값이 틀어지고, "
        "로짓에 돌아가는 기울기도 작아져서 학습이 느려집니다."),
    "lab_losses.case": ("case", "경우"),
    "lab_losses.case_correct": ("CrossEntropyLoss(logits)", "CrossEntropyLoss(logits)"),
    "lab_losses.case_double": ("CrossEntropyLoss(softmax(logits))", "CrossEntropyLoss(softmax(logits))"),
    "lab_losses.grad_norm": ("gradient size ‖∂loss/∂logits‖", "기울기 크기 ‖∂손실/∂로짓‖"),
    "lab_losses.bce_title": ("Mistake 2: BCELoss on raw logits", "실수 2: 로짓을 그대로 BCELoss에"),
    "lab_losses.bce_mistake_help": (
        "nn.BCELoss expects probabilities in [0, 1]. Raw model outputs (logits) can be any number, so torch "
        "refuses them. Use nn.BCEWithLogitsLoss, which applies the sigmoid inside (and is more stable).",
        "nn.BCELoss는 [0, 1] 범위의 확률을 받습니다. 모델의 원래 출력(로짓)은 아무 수나 될 수 있어서 torch가 거부합니다. "
        "안에서 시그모이드를 적용하는 nn.BCEWithLogitsLoss를 쓰세요 (수치적으로도 더 안정적입니다)."),
    "lab_losses.bin_logits": ("Binary logits (comma-separated)", "이진 분류 로짓 (쉼표로 구분)"),
    "lab_losses.bin_targets": ("Targets, 0 or 1 (comma-separated)", "정답, 0 또는 1 (쉼표로 구분)"),
    "lab_losses.bce_refused": (
        "BCELoss refused these logits: {outside} lie outside [0, 1], and BCELoss only takes probabilities. "
        "Use BCEWithLogitsLoss on logits (below), or turn them into probabilities with torch.sigmoid first.",
        "BCELoss가 이 로짓을 거부했습니다. {outside}{은} [0, 1] 밖에 있는데, BCELoss는 확률만 받습니다. 로짓에는 "
        "BCEWithLogitsLoss를 쓰거나(아래), 먼저 torch.sigmoid로 확률로 바꾸세요."),
    "lab_losses.fix_logits": ("Fix the logits above to see this mistake's numbers.",
                              "위의 로짓을 고치면 이 실수의 숫자를 볼 수 있습니다."),
    "lab_losses.torch_said": ("torch's own words (your script prints the same):",
                              "torch가 낸 원래 메시지 (스크립트를 돌려도 똑같이 나옵니다):"),
    "lab_losses.no_error": ("Every logit happens to lie in [0, 1], so BCELoss ran without complaint, but it treated "
                            "scores as probabilities: the number is meaningless.",
                            "로짓이 모두 우연히 [0, 1] 안에 있어서 BCELoss가 오류 없이 돌았지만, 점수를 확률로 취급했으므로 "
                            "그 값은 의미가 없습니다."),
    "lab_losses.with_logits": ("BCEWithLogitsLoss(logits)", "BCEWithLogitsLoss(logits)"),
    "lab_losses.sigmoid_then": ("BCELoss(sigmoid(logits)) — the same", "BCELoss(sigmoid(logits)) — 같은 값"),
    "lab_losses.targets_len": ("Give one target per logit ({n:@logit}, {m:@target}), each 0 or 1.",
                               "로짓마다 정답을 하나씩, 0 또는 1로 주세요 (로짓 {n}개, 정답 {m}개)."),
    "lab_losses.bad_probs": ("Probabilities must be numbers of at least 0.", "확률은 0 이상의 수여야 합니다."),
    "lab_losses.zero_probs": ("At least one probability must be above 0.", "확률 중 하나 이상은 0보다 커야 합니다."),
    "lab_losses.bad_numbers": ("'{text}' is not a comma-separated list of numbers, e.g. 2.0, 1.0, 0.1.",
                               "'{text}'{은} 쉼표로 구분한 숫자 목록이 아닙니다. 예: 2.0, 1.0, 0.1"),
    "lab_losses.too_few_numbers": ("Give at least {n} finite numbers.", "유한한 숫자를 {n}개 이상 입력하세요."),
    "lab_losses.index_range": ("The class index must be between 0 and {n}.", "클래스 번호는 0에서 {n} 사이여야 합니다."),
}
