"""Translation strings: navigation, home page and shared page messages. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.group_workflow": ("Workflow", "학습 흐름"),
    "nav.group_labs": ("Labs", "실험실"),
    "nav.home": ("Home", "홈"),
    "nav.data": ("Data", "데이터"),
    "nav.model": ("Model", "모델"),
    "nav.train": ("Train", "학습"),
    "nav.evaluate": ("Evaluate", "평가"),
    "nav.cv": ("Cross-validate", "교차 검증"),
    "nav.runs": ("Runs", "실행 기록"),
    "nav.lab_cost": ("Hypothesis and cost", "가설과 비용"),
    "nav.lab_descent": ("Gradient descent", "경사 하강법"),
    "nav.lab_optimizers": ("Optimizers on surfaces", "곡면 위의 옵티마이저"),
    "nav.lab_gradients": ("Numerical vs. autograd", "수치 미분 vs. 자동 미분"),
    "nav.lab_zero_grad": ("zero_grad", "zero_grad"),
    "nav.lab_losses": ("Loss functions", "손실 함수"),
    "nav.lab_activations": ("Activation functions", "활성화 함수"),
    "nav.lab_batches": ("Batch, epoch, iteration", "배치, 에포크, 이터레이션"),
    "nav.lab_xor": ("XOR", "XOR 문제"),
    "nav.lab_schedules": ("Learning-rate schedules", "학습률 스케줄"),
    "nav.lab_overfitting": ("Overfitting and dropout", "과적합과 드롭아웃"),
    "nav.lab_anatomy": ("Model anatomy", "모델 해부"),
    "home.title": ("Deep Learning Study Lab", "딥러닝 스터디 랩"),
    "home.intro": (
        "Learn the basics of deep learning with PyTorch by doing them. Pick a dataset, build a model, "
        "watch it train, check how good it really is, and take home a plain PyTorch script that does the "
        "same. Every number you see is computed live by real PyTorch code.",
        "PyTorch로 딥러닝의 기초를 직접 해 보며 익히는 곳입니다. 데이터를 고르고, 모델을 만들고, 학습되는 "
        "모습을 지켜본 뒤, 모델이 정말 얼마나 잘하는지 확인하고, 같은 일을 하는 순수 PyTorch 스크립트를 "
        "내려받을 수 있습니다. 화면의 모든 숫자는 실제 PyTorch 코드가 그 자리에서 계산한 값입니다."),
    "home.path_title": ("The learning path", "학습 순서"),
    "home.step_data": ("Choose a built-in dataset or upload your own CSV; look at it before you model it.",
                       "내장 데이터셋을 고르거나 CSV를 올리세요. 모델을 만들기 전에 데이터부터 살펴봅니다."),
    "home.step_model": ("Linear regression or a multi-layer perceptron: layers, activations, dropout.",
                        "선형 회귀 또는 다층 퍼셉트론: 층, 활성화 함수, 드롭아웃을 정합니다."),
    "home.step_train": ("Loss, optimizer, learning rate, batch size, epochs — then watch the loss fall.",
                        "손실 함수, 옵티마이저, 학습률, 배치 크기, 에포크를 정하고 손실이 줄어드는 것을 봅니다."),
    "home.step_evaluate": ("Measure the model on data it never saw during training.",
                           "학습 중에 한 번도 보지 못한 데이터로 모델을 평가합니다."),
    "home.step_cv": ("k-fold cross-validation: a fairer score than one lucky split.",
                     "k-겹 교차 검증: 한 번의 운 좋은 분할보다 공정한 점수를 얻습니다."),
    "home.step_runs": ("Compare your runs, download the model and a script that reproduces it.",
                       "실행 기록을 비교하고, 모델과 같은 결과를 내는 스크립트를 내려받습니다."),
    "home.presets": ("Following a tutorial? On the Train page, open **Tutorial presets** to load its settings and "
                     "dataset in one click (tutorials 000, 001, 003 and 004).",
                     "튜토리얼을 따라 하는 중인가요? 학습 페이지의 **튜토리얼 설정 불러오기**에서 그 튜토리얼의 설정과 "
                     "데이터셋을 한 번에 불러올 수 있습니다 (튜토리얼 000, 001, 003, 004)."),
    "home.labs_title": ("Labs", "실험실"),
    "home.labs_intro": ("Each lab in the sidebar lets you touch one idea: cost, gradients, optimizers, "
                        "losses, activations, batches, XOR, schedules, overfitting.",
                        "왼쪽의 실험실마다 개념 하나를 직접 만져 볼 수 있습니다: 비용, 기울기, 옵티마이저, "
                        "손실 함수, 활성화 함수, 배치, XOR, 학습률 스케줄, 과적합."),
    "ui.need_dataset": ("Choose a dataset first on the Data page.", "먼저 데이터 페이지에서 데이터셋을 고르세요."),
}
