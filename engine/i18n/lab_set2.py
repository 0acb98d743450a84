"""Strings of the zero_grad, loss-function, activation and batch labs. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    # zero_grad
    "lab_zero_grad.title": ("Why zero_grad()?", "왜 zero_grad()를 할까?"),
    "lab_zero_grad.intro": (
        "When you call backward(), PyTorch does not overwrite a parameter's .grad: it adds the new gradient "
        "to whatever is already stored there. That is handy when you want to sum gradients over several "
        "small batches, but in an ordinary training loop it means each step would use the sum of every "
        "gradient so far. So a loop clears the stored gradients first with optimizer.zero_grad(), then "
        "computes fresh ones with backward(), then lets step() move the weights. Try it below: first with a "
        "single tensor, then in a small training loop.",
        "backward()를 호출하면 PyTorch는 파라미터의 .grad를 새 값으로 바꾸지 않고, 이미 들어 있던 값에 새 기울기를 "
        "더합니다. 여러 작은 배치의 기울기를 합치고 싶을 때는 편리하지만, 평범한 학습 루프에서는 매 스텝이 지금까지의 "
        "모든 기울기를 더한 값을 쓰게 된다는 뜻입니다. 그래서 학습 루프는 먼저 optimizer.zero_grad()로 저장된 기울기를 "
        "지우고, backward()로 새 기울기를 구한 다음, step()으로 가중치를 움직입니다. 아래에서 텐서 하나로 먼저 확인하고, "
        "이어서 작은 학습 루프에서도 살펴보세요."),
    "lab_zero_grad.part1": ("1. One tensor, many backward() calls", "1. 텐서 하나, backward() 여러 번"),
    "lab_zero_grad.part1_help": (
        "z = 2·w, so dz/dw = 2 no matter what w is. Each backward() adds 2 to w.grad unless you clear it.",
        "z = 2·w 이므로 w가 얼마든 dz/dw = 2입니다. 지우지 않으면 backward()를 할 때마다 w.grad에 2가 더해집니다."),
    "lab_zero_grad.w0": ("Start value of w", "w의 시작값"),
    "lab_zero_grad.calls": ("Number of backward() calls", "backward() 호출 횟수"),
    "lab_zero_grad.reset": ("Clear the gradient before each call (w.grad.zero_())",
                            "호출 전마다 기울기 지우기 (w.grad.zero_())"),
    "lab_zero_grad.last_grad": ("w.grad after {n:@call}", "{n}번 호출 후 w.grad"),
    "lab_zero_grad.col_call": ("call", "호출"),
    "lab_zero_grad.col_grad": ("w.grad", "w.grad"),
    "lab_zero_grad.col_true": ("true dz/dw", "실제 dz/dw"),
    "lab_zero_grad.piled": ("Without clearing, w.grad after call k is 2·k: the gradients of all calls added up.",
                            "지우지 않으면 k번째 호출 뒤 w.grad는 2·k입니다. 모든 호출의 기울기가 더해진 값입니다."),
    "lab_zero_grad.fixed": ("Cleared before each call, w.grad is the true derivative 2 every time.",
                            "호출 전마다 지우면 w.grad는 매번 진짜 미분값 2입니다."),
    "lab_zero_grad.part2": ("2. The same mistake in a training loop", "2. 학습 루프에서 같은 실수를 하면"),
    "lab_zero_grad.part2_help": (
        "Fit H(x) = Wx + b to the study-hours points x = 1, 2, 3 → y = 2, 4, 6 with optim.SGD, starting from "
        "W = b = 0. Both runs are identical except for the optimizer.zero_grad() line.",
        "공부 시간 데이터 x = 1, 2, 3 → y = 2, 4, 6에 H(x) = Wx + b를 optim.SGD로 맞춥니다 (W = b = 0에서 시작). "
        "두 실행은 optimizer.zero_grad() 한 줄만 다릅니다."),
    "lab_zero_grad.lr": ("Learning rate", "학습률"),
    "lab_zero_grad.steps": ("Steps", "스텝 수"),
    "lab_zero_grad.with": ("with zero_grad()", "zero_grad() 있음"),
    "lab_zero_grad.without": ("without zero_grad()", "zero_grad() 없음"),
    "lab_zero_grad.final_loss": ("Final loss, {which}", "마지막 손실, {which}"),
    "lab_zero_grad.final_loss_help": ("The loss at the final W and b, i.e. after the last step() (W beside it).",
                                      "마지막 step() 뒤의 W와 b(옆에 보이는 W)에서 잰 손실입니다."),
    "lab_zero_grad.final_W": ("Final W, {which}", "마지막 W, {which}"),
    "lab_zero_grad.loss_chart": ("Loss per step", "스텝별 손실"),
    "lab_zero_grad.W_chart": ("W per step (the best W is near 2)", "스텝별 W (가장 좋은 W는 2 근처)"),
    "lab_zero_grad.table_title": ("Without zero_grad(): the gradient step() uses is the running sum",
                                  "zero_grad() 없이: step()이 쓰는 기울기는 누적 합입니다"),
    "lab_zero_grad.col_step": ("step", "스텝"),
    "lab_zero_grad.col_new": ("new dW of this step", "이번 스텝의 새 dW"),
    "lab_zero_grad.col_used": ("W.grad used by step()", "step()이 쓴 W.grad"),
    "lab_zero_grad.col_W": ("W after the step", "스텝 후 W"),
    "lab_zero_grad.explain": (
        "Without the reset, the piled-up gradient keeps pushing W in the old direction long after it has "
        "passed the best value, so W swings back and forth around 2 and the loss never settles.",
        "초기화하지 않으면 쌓인 기울기가 W가 가장 좋은 값을 지나친 뒤에도 계속 예전 방향으로 밀어서, W는 2 주변을 "
        "오가며 흔들리고 손실은 자리를 잡지 못합니다."),
    "lab_zero_grad.code": ("The same in PyTorch", "PyTorch 코드"),
    # losses
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
        "Ten digits, the right answer is the label. Edit the probabilities (they are re-normalised to sum "
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
    "lab_losses.torch_said": ("nn.BCELoss()(logits, targets) raised:", "nn.BCELoss()(logits, targets) 오류:"),
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
    # activations
    "lab_activations.title": ("Activation functions", "활성화 함수"),
    "lab_activations.intro": (
        "Between two linear layers a network puts a non-linear function, the activation; without it, any "
        "stack of layers collapses into one straight-line model. During training the gradient flows back "
        "through each activation and is multiplied by its derivative f′ there. Pick a function, compare it "
        "with others (solid: f, dashed: f′, derivatives by autograd) and see how much gradient is left after "
        "many layers.",
        "신경망은 두 선형층 사이에 비선형 함수인 활성화 함수를 넣습니다. 이것이 없으면 층을 아무리 쌓아도 결국 하나의 "
        "직선 모델이 됩니다. 학습할 때 기울기는 각 활성화 함수를 거꾸로 지나며 그 자리의 도함수 f′와 곱해집니다. "
        "함수를 하나 고르고 다른 함수와 겹쳐 비교해 보세요 (실선: f, 점선: f′, 도함수는 autograd로 구함). 층을 "
        "여러 개 지나면 기울기가 얼마나 남는지도 볼 수 있습니다."),
    "lab_activations.function": ("Function", "함수"),
    "lab_activations.compare": ("Compare with", "함께 볼 함수"),
    "lab_activations.slope": ("LeakyReLU negative slope", "LeakyReLU 음수 쪽 기울기"),
    "lab_activations.max_slope": ("Largest slope, max f′(x)", "가장 큰 기울기, 최대 f′(x)"),
    "lab_activations.layers": ("Layers the gradient passes back through", "기울기가 거꾸로 지나는 층 수"),
    "lab_activations.after_layers": ("At best left after {n} layers, (max f′)^{n}",
                                     "{n}개 층을 지난 뒤 최대로 남는 양, (최대 f′)^{n}"),
    "lab_activations.chart": ("f(x) (solid) and its derivative f′(x) (dashed)", "f(x) (실선)와 도함수 f′(x) (점선)"),
    "lab_activations.value": ("value", "값"),
    "lab_activations.product_chart": ("Gradient left at best after n layers: (max f′)ⁿ",
                                      "n개 층을 지난 뒤 최대로 남는 기울기: (최대 f′)ⁿ"),
    "lab_activations.layers_axis": ("layers n", "층 수 n"),
    "lab_activations.left_axis": ("(max f′)ⁿ, log scale", "(최대 f′)ⁿ, 로그 눈금"),
    "lab_activations.vanishing": (
        "Backpropagation multiplies the gradient by f′ once per layer. Sigmoid's slope is at most 0.25 (at x = 0), "
        "so even in the best case {n} sigmoid layers leave 0.25^{n} = {sigmoid} of the gradient: the first layers "
        "barely learn. This is the vanishing gradient. Tanh's and ReLU's slopes reach 1, which is why hidden layers "
        "use them; ReLU's slope is 0 for x < 0, so a unit that stays there passes nothing back.",
        "역전파는 층을 하나 지날 때마다 기울기에 f′를 곱합니다. 시그모이드의 기울기는 최대 0.25(x = 0에서)이므로, "
        "가장 좋은 경우에도 시그모이드 층 {n}개를 지나면 기울기가 0.25^{n} = {sigmoid}만 남습니다. 그래서 앞쪽 층은 "
        "거의 학습하지 못합니다. 이것이 기울기 소실(vanishing gradient)입니다. Tanh와 ReLU의 기울기는 1까지 가므로 "
        "은닉층에 쓰입니다. 다만 ReLU는 x < 0에서 기울기가 0이라, 계속 그쪽에 있는 유닛은 아무것도 전달하지 못합니다."),
    "lab_activations.name.linear": ("Linear (identity)", "선형 (항등)"),
    "lab_activations.name.sigmoid": ("Sigmoid", "시그모이드 (Sigmoid)"),
    "lab_activations.name.tanh": ("Tanh", "Tanh"),
    "lab_activations.name.relu": ("ReLU", "ReLU"),
    "lab_activations.name.leaky_relu": ("LeakyReLU", "LeakyReLU"),
    "lab_activations.name.elu": ("ELU", "ELU"),
    "lab_activations.name.selu": ("SELU", "SELU"),
    "lab_activations.name.logsigmoid": ("LogSigmoid", "LogSigmoid"),
    "lab_activations.use.linear": ("The output layer of a regression model: the prediction may be any number.",
                                   "회귀 모델의 출력층: 예측값이 어떤 수든 될 수 있을 때 씁니다."),
    "lab_activations.use.sigmoid": ("Turns a score into a probability for yes/no outputs; rare in hidden layers "
                                    "because it saturates on both sides.",
                                    "예/아니오 출력에서 점수를 확률로 바꿉니다. 양쪽이 포화되므로 은닉층에는 잘 쓰지 않습니다."),
    "lab_activations.use.tanh": ("Zero-centred cousin of sigmoid (outputs in −1…1); common in RNNs, still saturates.",
                                 "시그모이드와 비슷하지만 0을 중심으로 −1…1을 냅니다. RNN에서 자주 쓰며, 역시 포화됩니다."),
    "lab_activations.use.relu": ("The default for hidden layers: cheap and never saturates for x > 0, but gives "
                                 "zero gradient for x < 0.",
                                 "은닉층의 기본값: 계산이 싸고 x > 0에서는 포화되지 않지만, x < 0에서는 기울기가 0입니다."),
    "lab_activations.use.leaky_relu": ("ReLU with a small slope for x < 0, so units that go negative can still learn.",
                                       "x < 0에서도 작은 기울기를 주는 ReLU: 음수 쪽으로 간 유닛도 계속 배울 수 있습니다."),
    "lab_activations.use.elu": ("Smooth for x < 0 and tends to −1 there; pushes mean activations towards 0.",
                                "x < 0에서 부드럽게 −1로 다가갑니다. 출력 평균을 0에 가깝게 해 줍니다."),
    "lab_activations.use.selu": ("Scaled ELU; with the right initialisation it keeps activations normalised in "
                                 "deep plain networks.",
                                 "크기를 조정한 ELU: 알맞은 초기화와 함께 쓰면 깊은 신경망에서도 출력 분포를 정규화된 상태로 유지합니다."),
    "lab_activations.use.logsigmoid": ("log(sigmoid(x)), computed stably; used inside losses and log-probabilities.",
                                       "log(sigmoid(x))를 안정적으로 계산합니다. 손실 함수나 로그 확률 계산 안에서 씁니다."),
    "lab_activations.softmax_title": ("Softmax with a temperature", "온도(temperature)가 있는 소프트맥스"),
    "lab_activations.softmax_help": (
        "Softmax turns a vector of scores into probabilities. Dividing the scores by a temperature T first "
        "changes how sure it sounds: a large T flattens the probabilities towards equal shares, a small T "
        "puts almost everything on the largest score.",
        "소프트맥스는 점수 벡터를 확률로 바꿉니다. 먼저 점수를 온도 T로 나누면 확신의 정도가 바뀝니다. T가 크면 확률이 "
        "고르게 퍼지고, T가 작으면 가장 큰 점수에 거의 전부가 몰립니다."),
    "lab_activations.logits": ("Logits (comma-separated)", "로짓 (쉼표로 구분)"),
    "lab_activations.temperature": ("Temperature T", "온도 T"),
    "lab_activations.top": ("Largest probability", "가장 큰 확률"),
    "lab_activations.uniform": ("Equal share would be", "고르게 나누면"),
    "lab_activations.index": ("index", "번호"),
    "lab_activations.prob": ("probability", "확률"),
    # batches
    "lab_batches.title": ("Batch, epoch, iteration", "배치, 에포크, 이터레이션"),
    "lab_batches.intro": (
        "An epoch is one pass over all training samples. The batch size is how many samples the model looks "
        "at before each weight update, and an iteration (or step) is one such update. So one epoch takes "
        "N / B iterations, rounded up, because the last batch may be smaller. Batch size is a trade-off: the "
        "full batch gives smooth but few updates per epoch, batch size 1 (SGD) gives many noisy updates, "
        "and mini-batches sit in between.",
        "에포크(epoch)는 학습 데이터 전체를 한 번 다 보는 것입니다. 배치 크기(batch size)는 가중치를 한 번 고치기 전에 "
        "보는 샘플 수이고, 이터레이션(iteration, 또는 스텝)은 그런 업데이트 한 번입니다. 그래서 한 에포크는 N / B번의 "
        "이터레이션이며, 마지막 배치가 작을 수 있어 올림합니다. 배치 크기는 맞바꿈입니다: 전체 배치는 매끄럽지만 에포크당 "
        "업데이트가 적고, 배치 크기 1(SGD)은 업데이트가 많지만 들쭉날쭉하며, 미니배치는 그 사이에 있습니다."),
    "lab_batches.calc": ("Calculator", "계산기"),
    "lab_batches.n": ("Training samples N", "학습 샘플 수 N"),
    "lab_batches.b": ("Batch size B", "배치 크기 B"),
    "lab_batches.e": ("Epochs E", "에포크 E"),
    "lab_batches.drop_last": ("Drop the last, smaller batch (drop_last=True)", "마지막 작은 배치 버리기 (drop_last=True)"),
    "lab_batches.per_epoch": ("Iterations per epoch", "에포크당 이터레이션"),
    "lab_batches.total": ("Total updates", "전체 업데이트 수"),
    "lab_batches.last": ("Size of the last batch", "마지막 배치 크기"),
    "lab_batches.formula_ceil": ("⌈{n} / {b}⌉ = {it:@iteration} per epoch; × {e:@epoch} = {total:@update}.",
                                 "⌈{n} / {b}⌉ = 에포크당 {it}번; × {e} 에포크 = 업데이트 {total}번."),
    "lab_batches.formula_floor": ("⌊{n} / {b}⌋ = {it:@iteration} per epoch; × {e:@epoch} = {total:@update} "
                                  "({dropped:@sample} skipped each epoch).",
                                  "⌊{n} / {b}⌋ = 에포크당 {it}번; × {e} 에포크 = 업데이트 {total}번 "
                                  "(에포크마다 샘플 {dropped}개는 건너뜀)."),
    "lab_batches.no_batch": ("The batch is larger than the data and the last batch is dropped: nothing would be "
                             "trained. Turn off drop_last or use a smaller batch.",
                             "배치가 데이터보다 크고 마지막 배치를 버리므로 아무것도 학습하지 않습니다. drop_last를 끄거나 "
                             "배치를 줄이세요."),
    "lab_batches.compare": ("Batch GD vs SGD vs mini-batch", "배치 경사 하강법 vs SGD vs 미니배치"),
    "lab_batches.compare_help": (
        "The same linear model rent = w·area + b (area standardised), the same starting weights, learning "
        "rate and number of epochs on the {n} training rows of the rent data; only the batch size differs.",
        "같은 선형 모델 rent = w·area + b (면적은 표준화), 같은 시작 가중치·학습률·에포크로 월세 데이터의 학습용 {n}행을 "
        "학습합니다. 배치 크기만 다릅니다."),
    "lab_batches.mini": ("Mini-batch size", "미니배치 크기"),
    "lab_batches.epochs": ("Epochs", "에포크"),
    "lab_batches.lr": ("Learning rate", "학습률"),
    "lab_batches.running": ("Training three models…", "모델 세 개를 학습하는 중…"),
    "lab_batches.mode.batch": ("batch GD (B = {n})", "배치 GD (B = {n})"),
    "lab_batches.mode.sgd": ("SGD (B = 1)", "SGD (B = 1)"),
    "lab_batches.mode.mini": ("mini-batch (B = {b})", "미니배치 (B = {b})"),
    "lab_batches.col_mode": ("method", "방법"),
    "lab_batches.col_per_epoch": ("steps per epoch", "에포크당 스텝"),
    "lab_batches.col_steps": ("total steps", "전체 스텝"),
    "lab_batches.col_final": ("final loss on all rows", "전체 행에 대한 마지막 손실"),
    "lab_batches.epoch_chart": ("Training loss per epoch", "에포크별 학습 손실"),
    "lab_batches.step_chart": ("Loss of the batch at each step (log step axis)", "스텝별 배치 손실 (스텝 축은 로그)"),
    "lab_batches.path_chart": ("Paths of (w, b) over the loss surface", "손실 곡면 위의 (w, b) 경로"),
    "lab_batches.upto": ("Show the paths up to epoch (0 = the start)", "이 에포크까지 경로 보기 (0 = 출발점)"),
    "lab_batches.path_help": (
        "Lighter is lower loss. Batch GD walks straight downhill; SGD zig-zags because every step follows one "
        "sample; the mini-batch path is in between. The cross marks the best (w, b).",
        "색이 밝을수록 손실이 낮습니다. 배치 GD는 곧장 내려가고, SGD는 매 스텝 샘플 하나만 보고 움직여서 지그재그로 "
        "가며, 미니배치는 그 중간입니다. 십자 표시는 가장 좋은 (w, b)입니다."),
    "lab_batches.step": ("step", "스텝"),
    "lab_batches.epoch": ("epoch", "에포크"),
    "lab_batches.loss": ("loss", "손실"),
    "lab_batches.code": ("The same in PyTorch", "PyTorch 코드"),
}
