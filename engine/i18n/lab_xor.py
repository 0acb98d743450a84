"""Translation strings: the XOR lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "lab_xor.fitting": ("Training the single layer for {epochs:@epoch}…", "선형 층 하나를 {epochs} 에포크 동안 학습 중…"),
    "lab_xor.linear_undecided": (
        "The model says p ≈ 0.5 at all four points: it has not picked a side anywhere, so an accuracy would only "
        "count how 0.5 happened to round, and the chart has no color. This is no accident: for BCE, a single "
        "linear layer's best answer on XOR is p = 0.5 everywhere (loss ln 2 ≈ 0.693; yours is {loss}). Any tilt of "
        "the line that moves (0,1) and (1,0) toward class 1 moves (0,0) or (1,1) the same way, so every tilt costs "
        "as much as it gains.",
        "모델이 네 점 모두에서 p ≈ 0.5라고 답합니다. 어느 쪽도 고르지 못했으니, 여기서 정확도를 재 봐야 0.5가 "
        "어느 쪽으로 반올림됐는지를 셀 뿐입니다. 그래서 그래프에도 색이 없습니다. 우연이 아닙니다. BCE로 학습하면 "
        "선형 층 하나가 XOR에서 낼 수 있는 가장 좋은 답은 "
        "모든 곳에서 p = 0.5입니다 (손실 ln 2 ≈ 0.693, 지금 손실은 {loss}). 직선을 어떻게 기울여 (0,1)과 (1,0)을 "
        "클래스 1 쪽으로 옮기면 (0,0)이나 (1,1)도 같이 옮겨 가므로, 얻는 만큼 잃습니다."),
    "lab_xor.linear_why": (
        "At {accuracy} for now. No straight line can put (0,1) and (1,0) on one side and (0,0) and (1,1) on the "
        "other: the two pairs sit on crossing diagonals. For BCE a single linear layer's best answer is p = 0.5 at "
        "every point (loss ln 2 ≈ 0.693). This model has not settled there yet: some points still have p away from "
        "0.5, which is the faint color in the chart. Training longer moves it toward p = 0.5 everywhere.",
        "지금은 {accuracy}입니다. 어떤 직선도 (0,1)과 (1,0)을 한쪽에, (0,0)과 (1,1)을 다른 쪽에 둘 수 없습니다. "
        "두 쌍이 서로 엇갈린 대각선 위에 있기 때문입니다. BCE로 학습하면 선형 층 하나의 가장 좋은 답은 모든 점에서 "
        "p = 0.5입니다(손실 ln 2 ≈ 0.693). 이 모델은 아직 거기에 자리 잡지 못했습니다. p가 0.5에서 벗어난 점이 "
        "남아 있어 그래프에 옅은 색이 보입니다. 더 오래 학습하면 모든 곳에서 p = 0.5 쪽으로 다가갑니다."),
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
    "lab_xor.not_solved_linear": (
        "Not solved ({accuracy}), and it cannot be: with Identity the hidden layer adds no bend, so the two layers "
        "multiply into one linear layer with a straight boundary. No seed, epoch count or number of units changes "
        "that; choose a nonlinear activation such as Tanh or ReLU.",
        "풀지 못했고, 풀 수도 없습니다 ({accuracy}). 항등(Identity) 함수로는 은닉층이 경계를 휘게 하지 못해 두 층이 곱해져 "
        "직선 경계를 가진 선형 층 하나와 같아집니다. 시드, 에포크 수, 유닛 수를 바꿔도 마찬가지이니 Tanh나 ReLU 같은 "
        "비선형 활성화 함수를 고르세요."),
    "lab_xor.snapshots": ("How the boundary changed during training", "학습하는 동안 경계선이 바뀐 모습"),
    "lab_xor.snapshot_epoch": ("epoch {epoch}", "{epoch} 에포크"),
    "lab_xor.prob": ("P(class 1)", "P(클래스 1)"),
    "lab_xor.class": ("class {c}", "클래스 {c}"),
    "lab_xor.hidden_title": ("What the hidden layer sees", "은닉층이 보는 세상"),
    "lab_xor.hidden_help": (
        "Each point is moved to (h1, h2), the outputs of the two hidden units; the dashed line is where the output "
        "layer switches class.",
        "각 점을 두 은닉 유닛의 출력 (h1, h2) 위치로 옮겼습니다. 점선은 출력층이 클래스를 바꾸는 경계입니다."),
    "lab_xor.hidden_split": (
        "In this new space one straight line splits the two classes, and the output layer's line does.",
        "이 새로운 공간에서는 두 클래스를 직선 하나로 나눌 수 있고, 출력층의 직선(점선)이 실제로 나누고 있습니다."),
    "lab_xor.hidden_split_not_yet": (
        "In this new space one straight line could split the two classes, but the output layer's line has not got "
        "there yet: train for more epochs.",
        "이 새로운 공간에서는 두 클래스를 직선 하나로 나눌 수 있지만, 출력층의 직선(점선)이 아직 그 자리에 오지 "
        "못했습니다. 에포크를 늘려 보세요."),
    "lab_xor.hidden_collapsed": (
        "All four points land on one spot, ({h1}, {h2}): the hidden units give every input the same output (with "
        "ReLU, units whose input is below 0 for all four points output 0 and stop learning: they are 'dead'). No "
        "straight line can split points that sit on each other, so the output layer cannot solve XOR from here. "
        "Try another seed, Tanh, or more units.",
        "네 점이 모두 한 자리 ({h1}, {h2})에 모였습니다. 은닉 유닛들이 어떤 입력에도 같은 값을 내놓는다는 뜻입니다 "
        "(ReLU라면 네 점 모두에서 입력이 0보다 작은 유닛은 0만 내놓고 더 배우지 못합니다. 이런 유닛을 '죽은' 유닛이라고 "
        "합니다). 겹쳐 있는 점들은 어떤 직선으로도 나눌 수 없으니 출력층은 여기서 XOR을 풀 수 없습니다. 다른 시드, "
        "Tanh, 또는 더 많은 유닛을 시도해 보세요."),
    "lab_xor.hidden_not_separable": (
        "In this space no straight line splits the two classes yet: points of different classes overlap or still "
        "sit on crossing diagonals, as in the original square. The output layer cannot fix that on its own; train "
        "longer, or try another seed or more units.",
        "이 공간에서는 아직 어떤 직선으로도 두 클래스를 나눌 수 없습니다. 서로 다른 클래스의 점이 겹치거나, 처음의 "
        "정사각형처럼 엇갈린 대각선 위에 있기 때문입니다. 출력층 혼자서는 이를 바로잡을 수 없으니 더 오래 학습하거나 "
        "다른 시드나 더 많은 유닛을 시도해 보세요."),
    "lab_xor.hidden_need_two": ("Set the hidden units to 2 and train to see the points in the hidden layer's 2-D space.",
                                "은닉 유닛을 2로 두고 학습하면 은닉층의 2차원 공간에 놓인 점들을 볼 수 있습니다."),
    "lab_xor.code": ("The same in PyTorch", "PyTorch로 쓰면"),
}
