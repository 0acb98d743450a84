"""Translation strings: the Model anatomy lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
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
