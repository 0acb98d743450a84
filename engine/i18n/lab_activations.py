"""Translation strings: the Activation functions lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
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
        "Backpropagation multiplies the gradient by f′ once per layer. {name}'s slope is at most {top} on this range, "
        "so even in the best case {n} such layers leave {top}^{n} = {left} of the gradient.",
        "역전파는 층을 하나 지날 때마다 기울기에 f′를 곱합니다. {name}: 이 구간에서 기울기는 최대 {top}이므로, "
        "가장 좋은 경우에도 이런 층 {n}개를 지나면 기울기는 원래의 {top}^{n} = {left}배가 됩니다."),
    "lab_activations.vanishing_small": (
        "The first layers barely learn: this is the vanishing gradient (sigmoid, at most 0.25, is the classic case).",
        "그래서 앞쪽 층은 거의 학습하지 못합니다. 이것이 기울기 소실(vanishing gradient)입니다 "
        "(최대 0.25인 시그모이드가 대표적인 예입니다)."),
    "lab_activations.vanishing_kept": (
        "A largest slope near 1 keeps the gradient's size through many layers, which is why hidden layers use such "
        "functions. That is the best case: it takes {name}'s slope at its steepest point, and wherever {name}'s "
        "slope is smaller than that the gradient shrinks with every layer.",
        "최대 기울기가 1에 가까우면 여러 층을 지나도 기울기 크기가 유지되므로 은닉층에 이런 함수를 씁니다. "
        "다만 이것은 가장 좋은 경우입니다. {name}의 기울기가 가장 가파른 곳의 값을 썼으니, {name}의 기울기가 그보다 "
        "작은 곳에서는 층을 지날 때마다 기울기가 줄어듭니다."),
    "lab_activations.vanishing_grows": (
        "A slope above 1 can make the product grow instead of shrink: at worst the gradient explodes.",
        "기울기가 1보다 크면 곱이 줄어들지 않고 커질 수 있습니다. 나쁜 경우 기울기가 폭발합니다."),
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
    "lab_activations.use.tanh": ("Zero-centered cousin of sigmoid (outputs in −1…1); common in RNNs, still saturates.",
                                 "시그모이드와 비슷하지만 0을 중심으로 −1…1을 냅니다. RNN에서 자주 쓰며, 역시 포화됩니다."),
    "lab_activations.use.relu": ("The default for hidden layers: cheap and never saturates for x > 0, but gives "
                                 "zero gradient for x < 0.",
                                 "은닉층의 기본값: 계산이 싸고 x > 0에서는 포화되지 않지만, x < 0에서는 기울기가 0입니다."),
    "lab_activations.use.leaky_relu": ("ReLU with a small slope for x < 0, so units that go negative can still learn.",
                                       "x < 0에서도 작은 기울기를 주는 ReLU: 음수 쪽으로 간 유닛도 계속 배울 수 있습니다."),
    "lab_activations.use.elu": ("Smooth for x < 0 and tends to −1 there; pushes mean activations toward 0.",
                                "x < 0에서 부드럽게 −1로 다가갑니다. 출력 평균을 0에 가깝게 해 줍니다."),
    "lab_activations.use.selu": ("Scaled ELU; with the right initialization it keeps activations normalized in "
                                 "deep plain networks.",
                                 "크기를 조정한 ELU: 알맞은 초기화와 함께 쓰면 깊은 신경망에서도 출력 분포를 정규화된 상태로 유지합니다."),
    "lab_activations.use.logsigmoid": ("log(sigmoid(x)), computed stably; used inside losses and log-probabilities.",
                                       "log(sigmoid(x))를 안정적으로 계산합니다. 손실 함수나 로그 확률 계산 안에서 씁니다."),
    "lab_activations.softmax_title": ("Softmax with a temperature", "온도(temperature)가 있는 소프트맥스"),
    "lab_activations.softmax_help": (
        "Softmax turns a vector of scores into probabilities. Dividing the scores by a temperature T first "
        "changes how sure it sounds: a large T flattens the probabilities toward equal shares, a small T "
        "puts almost everything on the largest score.",
        "소프트맥스는 점수 벡터를 확률로 바꿉니다. 먼저 점수를 온도 T로 나누면 확신의 정도가 바뀝니다. T가 크면 확률이 "
        "고르게 퍼지고, T가 작으면 가장 큰 점수에 거의 전부가 몰립니다."),
    "lab_activations.logits": ("Logits (comma-separated)", "로짓 (쉼표로 구분)"),
    "lab_activations.temperature": ("Temperature T", "온도 T"),
    "lab_activations.top": ("Largest probability", "가장 큰 확률"),
    "lab_activations.uniform": ("Equal share would be", "고르게 나누면"),
    "lab_activations.index": ("index", "번호"),
    "lab_activations.prob": ("probability", "확률"),
}
