"""The app's vocabulary: one Korean and one English word per idea, its PyTorch name and a one-line definition.

Every UI string uses these words (a test rejects the listed wrong variants, e.g. 에폭 for 에포크); the
Glossary page shows the table, and widgets use the definitions as hover help (ui.help.help_for).
"""
from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True)
class Term:
    key: str
    ko: str
    en: str
    torch: str  # the PyTorch (or scikit-learn) name a learner meets in code; "" if there is none
    define_en: str
    define_ko: str
    pages: tuple[str, ...]  # app pages where the term matters, in navigation order
    variants_ko: tuple[str, ...] = ()  # spellings the UI must not use
    variants_en: tuple[str, ...] = ()


def _term(key, ko, en, torch, define_en, define_ko, pages, variants_ko=(), variants_en=()):
    return Term(key, ko, en, torch, define_en, define_ko, tuple(f"pages/{p}.py" for p in pages.split()),
                tuple(variants_ko), tuple(variants_en))


TERMS: tuple[Term, ...] = (
    _term("dataset", "데이터셋", "dataset", "torch.utils.data.Dataset",
          "The table of examples the model learns from: input columns and the column to predict.",
          "모델이 배울 예제들의 표입니다. 입력 열들과 예측할 열로 이루어집니다.",
          "data lab_batches", ["데이타셋", "데이터 셋"]),
    _term("feature", "특성", "feature", "",
          "One input column the model reads to make its prediction.",
          "모델이 예측할 때 읽는 입력 열 하나입니다.",
          "data model", ["피처", "피쳐"]),
    _term("target", "타깃", "target", "y",
          "The column the model learns to predict.",
          "모델이 맞히도록 배우는 열입니다.",
          "data evaluate", ["타겟", "목표값"]),
    _term("standardization", "표준화", "standardization", "StandardScaler",
          "Rescaling a column to mean 0 and standard deviation 1, so every input has a similar size.",
          "열을 평균 0, 표준편차 1로 바꿔서 모든 입력의 크기를 비슷하게 맞추는 일입니다.",
          "data train", ["표준 정규화"]),
    _term("minmax", "최소-최대 스케일링", "min-max scaling", "MinMaxScaler",
          "Rescaling a column so its smallest value becomes 0 and its largest 1.",
          "열의 가장 작은 값이 0, 가장 큰 값이 1이 되도록 바꾸는 일입니다.",
          "data train evaluate", ["민맥스", "min-max 스케일링"]),
    _term("one_hot", "원-핫 인코딩", "one-hot encoding", "F.one_hot",
          "Turning a text column into one 0/1 column per category.",
          "텍스트 열을 범주마다 0/1 열 하나씩으로 바꾸는 일입니다.",
          "data", ["원핫"]),
    _term("label", "레이블", "label", "",
          "The right answer of one example: its class, or the number to predict.",
          "예제 하나의 정답으로, 그 예제의 클래스나 맞혀야 할 숫자입니다.",
          "data lab_losses", ["라벨"]),
    _term("training_set", "학습 데이터", "training set", "train_test_split",
          "The rows the model learns from; the optimizer only ever sees these.",
          "모델이 배우는 데 쓰는 행들로, 옵티마이저는 이 행들만 봅니다.",
          "data train lab_batches lab_overfitting", ["훈련 데이터", "트레이닝 데이터"]),
    _term("test_set", "테스트 데이터", "test set", "train_test_split",
          "Rows held back from training, used only to check how well the model generalises.",
          "학습에 쓰지 않고 남겨 둔 행으로, 모델이 처음 보는 데이터에서 얼마나 잘하는지 잴 때만 씁니다.",
          "data evaluate lab_overfitting", ["테스트셋"]),
    _term("linear_regression", "선형 회귀", "linear regression", "nn.Linear",
          "A model that predicts a number as a weighted sum of the inputs plus a bias.",
          "입력에 가중치를 곱해 더하고 편향을 더한 값으로 숫자를 예측하는 모델입니다.",
          "model lab_cost lab_descent", ["선형회귀"]),
    _term("mlp", "다층 퍼셉트론", "multi-layer perceptron (MLP)", "nn.Sequential",
          "Linear layers stacked with an activation function between them, so the model can bend.",
          "선형 층 사이에 활성화 함수를 넣어 쌓은 모델로, 곧은 선이 아닌 관계도 배울 수 있습니다.",
          "model lab_xor lab_anatomy", ["다층퍼셉트론"]),
    _term("hidden_layer", "은닉층", "hidden layer", "nn.Linear",
          "A layer between the input and the output; its units are learned intermediate features.",
          "입력과 출력 사이에 있는 층입니다. 그 유닛들은 모델이 스스로 만든 중간 특성입니다.",
          "model lab_xor lab_anatomy", ["은닉 층", "히든 레이어"]),
    _term("weight", "가중치", "weight", ".weight",
          "A number the model multiplies an input by; training adjusts it.",
          "모델이 입력에 곱하는 수로, 학습하면서 조정됩니다.",
          "model lab_cost lab_descent lab_anatomy", ["웨이트"]),
    _term("bias", "편향", "bias", ".bias",
          "A number the model adds after the weighted sum, so the line need not pass through 0.",
          "가중치를 곱해 더한 뒤에 더하는 수로, 직선이 원점을 지나지 않아도 되게 해 줍니다.",
          "model lab_cost lab_anatomy", ["바이어스"]),
    _term("parameter", "파라미터", "parameter", "model.parameters()",
          "Every number training can change: all weights and biases of the model.",
          "학습으로 바뀌는 모든 수, 곧 모델의 가중치와 편향 전부입니다.",
          "model lab_anatomy lab_gradients", ["매개 변수"]),
    _term("activation", "활성화 함수", "activation function", "nn.ReLU",
          "A non-linear function applied after a layer, without which stacked layers stay one straight line.",
          "층 다음에 적용하는 비선형 함수입니다. 이것이 없으면 층을 쌓아도 결국 직선 하나입니다.",
          "model lab_activations lab_xor", ["활성 함수", "활성함수", "활성화함수"]),
    _term("dropout", "드롭아웃", "dropout", "nn.Dropout",
          "During training, switching off a random share of units each step so the model cannot rely on any one.",
          "학습하는 동안 걸음마다 유닛 일부를 무작위로 꺼서, 모델이 어느 한 유닛에 기대지 못하게 합니다.",
          "model lab_overfitting lab_anatomy", ["드랍아웃", "드롭 아웃"]),
    _term("logit", "로짓", "logit", "",
          "A raw model output before softmax or sigmoid turns it into a probability.",
          "소프트맥스나 시그모이드로 확률로 바꾸기 전의 모델 출력값입니다.",
          "model lab_losses"),
    _term("loss", "손실 함수", "loss function", "nn.MSELoss",
          "A number that says how wrong the predictions are; training tries to make it small.",
          "예측이 얼마나 틀렸는지를 나타내는 수입니다. 학습은 이 값을 줄이려고 합니다.",
          "train lab_losses lab_zero_grad", ["손실함수", "로스 함수"]),
    _term("cost", "비용 함수", "cost function", "",
          "The loss averaged over all training examples for one choice of the weights.",
          "가중치를 하나로 정했을 때 모든 학습 예제에 대한 손실의 평균입니다.",
          "lab_cost lab_descent", ["비용함수", "코스트 함수"]),
    _term("mse", "평균 제곱 오차", "mean squared error (MSE)", "nn.MSELoss",
          "The average of the squared differences between prediction and target.",
          "예측과 타깃의 차이를 제곱해서 평균 낸 값입니다.",
          "train evaluate lab_cost lab_losses", ["평균제곱오차"]),
    _term("mae", "평균 절대 오차", "mean absolute error (MAE)", "nn.L1Loss",
          "The average size of the differences between prediction and target, without squaring.",
          "예측과 타깃의 차이의 크기를 제곱하지 않고 평균 낸 값입니다.",
          "evaluate lab_losses", ["평균절대오차"]),
    _term("cross_entropy", "교차 엔트로피", "cross-entropy", "nn.CrossEntropyLoss",
          "The classification loss: small when the model gives the right class a high probability.",
          "분류에 쓰는 손실입니다. 정답 클래스에 높은 확률을 줄수록 작아집니다.",
          "train lab_losses", ["크로스 엔트로피", "크로스엔트로피", "교차엔트로피"]),
    _term("regression", "회귀", "regression", "",
          "A task whose target is a number, such as a price.",
          "집값처럼 숫자를 예측하는 문제입니다.",
          "data train evaluate"),
    _term("binary", "이진 분류", "binary classification", "nn.BCEWithLogitsLoss",
          "A task with two classes, such as yes or no.",
          "예/아니오처럼 클래스가 두 개인 문제입니다.",
          "data train evaluate lab_xor", ["이진분류"]),
    _term("multiclass", "다중 분류", "multiclass classification", "nn.CrossEntropyLoss",
          "A task with three or more classes, such as the digits 0 to 9.",
          "숫자 0~9처럼 클래스가 셋 이상인 문제입니다.",
          "data train evaluate", ["다중분류", "멀티클래스", "다중 클래스 분류"]),
    _term("gradient", "기울기", "gradient", ".grad",
          "How much the loss changes when a parameter changes a little; its sign says which way is uphill.",
          "파라미터를 조금 바꿀 때 손실이 얼마나 바뀌는지 나타냅니다. 부호가 오르막 방향을 알려 줍니다.",
          "lab_descent lab_gradients lab_zero_grad lab_optimizers", ["그래디언트", "그라디언트", "그레디언트"]),
    _term("gradient_descent", "경사 하강법", "gradient descent", "optim.SGD",
          "Repeatedly moving the parameters a small step against the gradient to lower the loss.",
          "파라미터를 기울기의 반대 방향으로 조금씩 옮기기를 되풀이해 손실을 낮추는 방법입니다.",
          "train lab_descent lab_optimizers", ["경사하강법"]),
    _term("backprop", "역전파", "backpropagation", "loss.backward()",
          "Computing every parameter's gradient from the loss backwards through the layers.",
          "손실에서 시작해 층을 거꾸로 거슬러 가며 모든 파라미터의 기울기를 계산하는 일입니다.",
          "lab_gradients lab_zero_grad", ["백프로파게이션", "백프롭"]),
    _term("autograd", "자동 미분", "automatic differentiation (autograd)", "torch.autograd",
          "PyTorch recording each operation so backward() can compute exact gradients.",
          "PyTorch가 연산을 기록해 두었다가 backward()로 정확한 기울기를 계산하는 기능입니다.",
          "lab_gradients", ["자동미분", "오토그래드"]),
    _term("numerical_gradient", "수치 미분", "numerical differentiation", "",
          "Estimating a gradient by nudging each parameter by a tiny h and measuring the loss change.",
          "파라미터마다 아주 작은 h만큼 움직여 손실의 변화를 재서 기울기를 어림하는 방법입니다.",
          "lab_gradients", ["수치미분"]),
    _term("zero_grad", "기울기 초기화", "zeroing the gradients", "optimizer.zero_grad()",
          "Resetting .grad to 0 before each backward(), because PyTorch adds new gradients to the old ones.",
          "backward() 전에 .grad를 0으로 되돌리는 일입니다. PyTorch는 새 기울기를 이전 값에 더하기 때문입니다.",
          "lab_zero_grad"),
    _term("optimizer", "옵티마이저", "optimizer", "torch.optim",
          "The rule that turns gradients into parameter updates (SGD, momentum, Adam, …).",
          "기울기를 받아 파라미터를 어떻게 바꿀지 정하는 규칙으로, SGD, 모멘텀, Adam 등이 있습니다.",
          "train lab_optimizers lab_schedules", ["옵티마이져", "최적화기"], ["optimiser"]),
    _term("learning_rate", "학습률", "learning rate", "lr",
          "How big a step the optimizer takes along the gradient each update.",
          "옵티마이저가 한 번 업데이트할 때 기울기를 따라 얼마나 크게 움직일지 정하는 값입니다.",
          "train lab_cost lab_descent lab_optimizers lab_schedules", ["러닝 레이트", "러닝레이트", "학습 속도"]),
    _term("momentum", "모멘텀", "momentum", "momentum=",
          "Carrying part of the previous step into the next, so the optimizer keeps rolling through small bumps.",
          "이전 걸음의 일부를 다음 걸음에 이어 가서, 옵티마이저가 작은 굴곡을 넘어 계속 굴러가게 합니다.",
          "train lab_optimizers", ["모멘툼"]),
    _term("weight_decay", "가중치 감쇠", "weight decay", "weight_decay",
          "Pulling every weight slightly towards 0 each step, which discourages extreme weights.",
          "걸음마다 모든 가중치를 0 쪽으로 조금 당겨서, 지나치게 큰 가중치를 막습니다.",
          "train lab_overfitting", ["가중치 감소", "웨이트 디케이"]),
    _term("scheduler", "학습률 스케줄러", "learning-rate scheduler", "torch.optim.lr_scheduler",
          "A rule that changes the learning rate as training goes on, e.g. lowering it every few epochs.",
          "학습이 진행되면서 학습률을 바꾸는 규칙입니다. 예를 들어 몇 에포크마다 학습률을 낮춥니다.",
          "train lab_schedules", ["스케쥴러", "스케쥴"]),
    _term("batch", "배치", "batch", "DataLoader",
          "The group of rows used for one update; the batch size is how many rows it holds.",
          "한 번의 업데이트에 쓰는 행들의 묶음입니다. 배치 크기는 그 행의 개수입니다.",
          "train lab_batches", ["뱃치", "배치 사이즈", "배치사이즈"]),
    _term("mini_batch", "미니배치", "mini-batch", "DataLoader(batch_size=…)",
          "A batch smaller than the whole training set, so one epoch takes several updates.",
          "전체 학습 데이터보다 작은 배치로, 한 에포크에 업데이트를 여러 번 하게 됩니다.",
          "train lab_batches", ["미니 배치"]),
    _term("epoch", "에포크", "epoch", "for epoch in range(…)",
          "One full pass over all training rows.",
          "학습 데이터 전체를 한 번 모두 훑는 것입니다.",
          "train lab_batches lab_xor lab_schedules lab_overfitting", ["에폭", "에포치", "이포크"]),
    _term("iteration", "이터레이션", "iteration", "optimizer.step()",
          "One update of the parameters from one batch; an epoch has as many as it has batches.",
          "배치 하나로 파라미터를 한 번 업데이트하는 것입니다. 한 에포크에는 배치 수만큼 있습니다.",
          "train lab_batches", ["이터레이숀"]),
    _term("overfitting", "과적합", "overfitting", "",
          "Learning the training rows so closely that the model does worse on new data.",
          "학습 데이터에 너무 꼭 맞춰져서 새 데이터에서는 오히려 못하게 되는 것입니다.",
          "evaluate lab_overfitting", ["과대적합", "오버피팅"]),
    _term("underfitting", "과소적합", "underfitting", "",
          "A model too simple or trained too briefly to capture the pattern, even on the training rows.",
          "모델이 너무 단순하거나 덜 학습되어서 학습 데이터의 패턴조차 잡지 못하는 것입니다.",
          "evaluate lab_overfitting", ["언더피팅"]),
    _term("cross_validation", "교차 검증", "cross-validation", "KFold",
          "Splitting the data into k folds and testing on each one in turn, for a fairer score.",
          "데이터를 k개의 폴드로 나눠 돌아가며 하나씩 테스트해서 더 공정한 점수를 얻는 방법입니다.",
          "cross_validate lab_overfitting", ["교차검증", "크로스 밸리데이션"]),
    _term("accuracy", "정확도", "accuracy", "",
          "The share of examples whose predicted class is right.",
          "예측한 클래스가 맞은 예제의 비율입니다.",
          "evaluate cross_validate lab_xor"),
    _term("precision", "정밀도", "precision", "precision_score",
          "Of the examples predicted as a class, the share that really belong to it.",
          "어떤 클래스라고 예측한 예제 가운데 실제로 그 클래스인 비율입니다.",
          "evaluate", ["프리시전"]),
    _term("recall", "재현율", "recall", "recall_score",
          "Of the examples that really belong to a class, the share the model found.",
          "실제로 어떤 클래스인 예제 가운데 모델이 찾아낸 비율입니다.",
          "evaluate", ["리콜"]),
    _term("seed", "시드", "seed", "torch.manual_seed",
          "The starting number of the random generator; the same seed gives the same run.",
          "난수 생성기의 시작 값입니다. 시드가 같으면 같은 결과가 나옵니다.",
          "train lab_xor", ["씨드"]),
)

BY_KEY = {term.key: term for term in TERMS}


def term(key: str) -> Term:
    """The glossary entry `key` (e.g. "learning_rate")."""
    return BY_KEY[key]


def word(key: str, lang: str) -> str:
    """The glossary's word for `key` in `lang`."""
    entry = BY_KEY[key]
    return entry.ko if lang == "ko" else entry.en


def definition(key: str, lang: str) -> str:
    """The one-line definition of `key` in `lang`."""
    entry = BY_KEY[key]
    return entry.define_ko if lang == "ko" else entry.define_en


def wrong_variants(lang: str) -> dict[str, str]:
    """Each spelling the UI must not use in `lang` → the glossary word to use instead."""
    return {variant: (entry.ko if lang == "ko" else entry.en)
            for entry in TERMS for variant in (entry.variants_ko if lang == "ko" else entry.variants_en)}
