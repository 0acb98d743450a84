"""Translation strings: the study path (chapters, steps, hints, check messages). Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.study": ("Study path", "학습 경로"),
    "study.title": ("Study path", "학습 경로"),
    "study.intro": (
        "Five chapters follow the five tutorials. Each step asks you to do something in the app, to predict a "
        "number before you look, or to explain what you saw. Steps tick themselves when the app sees you did "
        "them, and your progress is kept for your next visit.",
        "다섯 개의 장이 다섯 편의 튜토리얼을 따라갑니다. 각 단계는 앱에서 직접 해 보거나, 보기 전에 숫자를 "
        "예측하거나, 본 것을 설명하도록 합니다. 해낸 단계는 앱이 알아보고 저절로 체크하며, 진행 상황은 다음 "
        "방문 때도 남아 있습니다."),
    "study.overall": ("{done} of {total} steps done", "전체 {total}단계 중 {done}단계 완료"),
    "study.chapter_progress": ("{done} / {total} steps", "{done} / {total}단계"),
    "study.kind_do": ("Do", "해 보기"),
    "study.kind_predict": ("Predict", "예측하기"),
    "study.kind_explain": ("Explain", "설명하기"),
    "study.go": ("Open {page}", "{page} 열기"),
    "study.done_at": ("Done on {at}", "{at}에 완료"),
    "study.done_with": ("Done on {at}. The run it counts now: “{run}”", "{at}에 완료 · 지금 기준이 되는 실행: “{run}”"),
    "study.show_hint": ("Show a hint ({shown} of {total} shown)", "힌트 보기 ({total}개 중 {shown}개 봄)"),
    "study.hint": ("Hint {n}: {text}", "힌트 {n}: {text}"),
    "study.your_answer": ("Your answer", "내 답"),
    "study.check_answer": ("Check my answer", "답 확인"),
    "study.choose": ("Pick one", "하나를 고르세요"),
    "study.answer_waiting": ("Answer first, then check.", "먼저 답을 정한 다음 확인하세요."),
    "study.predict_right": ("Right: the app computes {truth:.4g}.", "맞았습니다. 앱이 계산한 값도 {truth:.4g}입니다."),
    "study.predict_high": ("The answer is below {answer:g}. Try again.", "정답은 {answer:g}보다 작습니다. 다시 해 보세요."),
    "study.predict_low": ("The answer is above {answer:g}. Try again.", "정답은 {answer:g}보다 큽니다. 다시 해 보세요."),
    "study.reset": ("Reset my progress", "진행 상황 초기화"),
    "study.reset_confirm": ("Yes, forget every ticked step and answer", "네, 완료한 단계와 답을 모두 지웁니다"),
    "study.reset_warning": ("This clears the ticks and answers of the whole study path (your runs stay).",
                            "학습 경로 전체의 완료 표시와 답이 지워집니다 (학습 실행 기록은 그대로 남습니다)."),
    "study.reset_done": ("Progress reset.", "진행 상황을 초기화했습니다."),
    "study.continue": ("Continue where you left off: {chapter} — {step}", "이어서 하기: {chapter} — {step}"),
    "study.all_done": ("Every step of the study path is done. Well done!", "학습 경로의 모든 단계를 마쳤습니다. 잘하셨습니다!"),
    "study.open_path": ("Open the study path", "학습 경로 열기"),

    # Chapter 000: linear regression on rent
    "study.c000.title": ("000 · Linear regression: rent from area", "000 · 선형 회귀: 면적으로 월세 예측"),
    "study.c000.intro": ("One weight, one bias and many small steps downhill.",
                         "가중치 하나, 편향 하나, 그리고 내리막을 향한 수많은 작은 걸음."),
    "study.c000_linear.task": (
        "Choose the rent dataset and train a linear model (no hidden layers) on it.",
        "rent 데이터셋을 고르고 선형 모델(은닉층 없음)을 학습하세요."),
    "study.c000_linear.hint1": ("On the Model page, set the number of hidden layers to 0.",
                                "모델 페이지에서 은닉층 수를 0으로 두세요."),
    "study.c000_linear.hint2": ("The Train page's tutorial 000 preset does all of it in one click.",
                                "학습 페이지의 튜토리얼 000 프리셋을 누르면 한 번에 준비됩니다."),
    "study.c000_iterations.task": (
        "Train the rent line for about 1,000 iterations, then for 100,000, and compare their test errors (MAE).",
        "rent 직선을 약 1,000 이터레이션, 그리고 100,000 이터레이션 학습한 뒤 두 실행의 테스트 오차(MAE)를 비교하세요."),
    "study.c000_iterations.hint1": ("Iterations = epochs × iterations per epoch; the Train page shows both.",
                                    "이터레이션 = 에포크 × 에포크당 이터레이션입니다. 학습 페이지에 둘 다 나옵니다."),
    "study.c000_iterations.hint2": ("With half the rows per batch, one epoch is 2 iterations: 500 epochs ≈ 1,000.",
                                    "배치에 행의 절반을 쓰면 한 에포크가 2 이터레이션이므로 500 에포크 ≈ 1,000입니다."),
    "study.c000_iterations.hint3": ("Keep the learning rate small (5e-4) and the features unscaled, as the tutorial does.",
                                    "튜토리얼처럼 학습률은 작게(5e-4), 입력은 스케일링하지 않은 채로 두세요."),
    "study.c000_curve.task": ("For a line fitted with MSE, what does the loss look like as a function of the weight W?",
                              "MSE로 직선을 맞출 때, 가중치 W에 따른 손실은 어떤 모양일까요?"),
    "study.c000_curve.hint1": ("Write the loss for one point: (W·x − y)². What kind of function of W is that?",
                               "점 하나의 손실 (W·x − y)²를 써 보세요. W에 대해 어떤 함수인가요?"),
    "study.c000_curve.hint2": ("The gradient-descent lab draws it for you.", "경사 하강법 실험실이 그 곡선을 그려 줍니다."),
    "study.c000_curve.choice_bowl": ("A bowl (a parabola) with one lowest point", "가장 낮은 점이 하나인 그릇 모양(포물선)"),
    "study.c000_curve.choice_wavy": ("A wavy curve with many valleys", "골짜기가 여러 개인 물결 모양"),
    "study.c000_curve.choice_line": ("A straight line that keeps falling", "계속 내려가는 직선"),
    "study.c000_curve.why_bowl": (
        "Right. Each point adds a square of a linear function of W, so the sum is a parabola: one minimum, "
        "and gradient descent cannot get stuck elsewhere.",
        "맞습니다. 점마다 W의 일차식을 제곱해 더하므로 합은 포물선이 됩니다. 최솟값이 하나뿐이라 경사 하강법이 "
        "다른 곳에 갇히지 않습니다."),
    "study.c000_curve.why_wavy": (
        "Not for this model: a sum of squares of linear functions of W has no bumps. Wavy losses come from "
        "networks with hidden layers.",
        "이 모델에서는 아닙니다. W의 일차식 제곱을 더한 함수에는 굴곡이 없습니다. 울퉁불퉁한 손실은 은닉층이 "
        "있는 신경망에서 나타납니다."),
    "study.c000_curve.why_line": (
        "A loss cannot fall forever: it is a sum of squares, never below 0, and it rises again when W overshoots.",
        "손실은 끝없이 내려갈 수 없습니다. 제곱의 합이라 0보다 작아지지 않고, W가 지나치면 다시 커집니다."),
    "study.c000_lr.task": (
        "Find the largest learning rate that still trains on rent: train one run that converges and one that "
        "diverges, with learning rates at most 2× apart and everything else the same.",
        "rent에서 학습이 되는 가장 큰 학습률을 찾으세요. 다른 설정은 같게 두고, 학습률이 2배 이내로 차이 나는 "
        "수렴한 실행과 발산한 실행을 하나씩 만드세요."),
    "study.c000_lr.hint1": ("Start from a rate that works and double it until the run diverges.",
                            "잘 되는 학습률에서 시작해 발산할 때까지 두 배씩 키워 보세요."),
    "study.c000_lr.hint2": ("The Train page says when a run diverged, and at which epoch.",
                            "학습 페이지는 실행이 발산하면 몇 번째 에포크에서 그랬는지 알려 줍니다."),
    "study.c000_lr.hint3": ("Then try the rate halfway between the last good one and the first bad one.",
                            "그다음 마지막으로 된 값과 처음으로 안 된 값의 중간을 시험해 보세요."),
    "study.c000_why.task": ("Why does the test error keep falling between 1,000 and 100,000 iterations?",
                            "1,000 이터레이션과 100,000 이터레이션 사이에 테스트 오차가 계속 줄어드는 이유는 무엇일까요?"),
    "study.c000_why.hint1": ("How far does W move in one step when the learning rate is 5e-4?",
                             "학습률이 5e-4일 때 W는 한 걸음에 얼마나 움직일까요?"),
    "study.c000_why.hint2": ("Does nn.Linear(1, 1) gain parameters while it trains?",
                             "nn.Linear(1, 1)은 학습하는 동안 파라미터가 늘어날까요?"),
    "study.c000_why.choice_small_steps": ("Each step moves W and b only a little, so reaching the bottom takes many steps",
                                          "한 걸음마다 W와 b가 조금씩만 움직여서 바닥까지 가려면 걸음이 많이 필요하다"),
    "study.c000_why.choice_more_params": ("The model grows more parameters the longer it trains",
                                          "오래 학습할수록 모델의 파라미터가 늘어난다"),
    "study.c000_why.choice_new_data": ("Each epoch brings new rows the model has not seen",
                                       "에포크마다 모델이 보지 못한 새 행이 들어온다"),
    "study.c000_why.why_small_steps": (
        "Right. A small learning rate makes every update short; the line is still traveling toward the "
        "least-squares line after 1,000 steps.",
        "맞습니다. 학습률이 작으면 갱신 한 번의 폭이 짧아서, 1,000걸음 뒤에도 직선은 아직 최소제곱 직선을 "
        "향해 가는 중입니다."),
    "study.c000_why.why_more_params": (
        "No: the model is fixed when you build it. nn.Linear(1, 1) has 2 parameters from the first step to the last.",
        "아닙니다. 모델의 구조는 만들 때 정해집니다. nn.Linear(1, 1)은 처음부터 끝까지 파라미터가 2개입니다."),
    "study.c000_why.why_new_data": (
        "No: every epoch uses the same training rows; only the order of the batches changes.",
        "아닙니다. 모든 에포크가 같은 학습 행을 씁니다. 바뀌는 것은 배치의 순서뿐입니다."),

    # Chapter 001: the house-price MLP
    "study.c001.title": ("001 · A multi-layer perceptron for house prices", "001 · 집값을 예측하는 다층 퍼셉트론"),
    "study.c001.intro": ("Hidden layers, dropout and Adam; then cross-validation tells how sure the score is.",
                         "은닉층, 드롭아웃, Adam을 쓰고, 교차 검증으로 점수를 얼마나 믿을 수 있는지 확인합니다."),
    "study.c001_count.task": ("Before you build it: how many parameters does a 13-50-30-1 network have?",
                              "만들기 전에 예측해 보세요. 13-50-30-1 신경망의 파라미터는 몇 개일까요?"),
    "study.c001_count.hint1": ("A layer from a inputs to b outputs has a·b weights and b biases.",
                               "입력 a개, 출력 b개인 층에는 가중치 a·b개와 편향 b개가 있습니다."),
    "study.c001_count.hint2": ("The first layer: 13·50 + 50 = 700.", "첫 번째 층은 13·50 + 50 = 700개입니다."),
    "study.c001_count.hint3": ("Add the 50→30 and 30→1 layers the same way.", "50→30 층과 30→1 층도 같은 방법으로 더하세요."),
    "study.c001_build.task": ("Choose house_prices and build the 13-50-30-1 network on the Model page.",
                              "house_prices를 고르고 모델 페이지에서 13-50-30-1 신경망을 만드세요."),
    "study.c001_build.hint1": ("Two hidden layers: 50 units, then 30.", "은닉층 두 개: 50 유닛, 그다음 30 유닛입니다."),
    "study.c001_build.hint2": ("The Model page counts the parameters under the diagram.",
                               "모델 페이지의 그림 아래에 파라미터 수가 나옵니다."),
    "study.c001_train.task": (
        "Train the 13-50-30-1 network so that its test RMSE on the min-max scaled price is below 0.12 "
        "(the tutorial got about 0.11).",
        "13-50-30-1 신경망을 학습해, 최소-최대 스케일링한 집값 기준 테스트 RMSE를 0.12 아래로 만드세요 "
        "(튜토리얼은 약 0.11)."),
    "study.c001_train.hint1": ("The Train page's tutorial 001 preset uses the tutorial's settings.",
                               "학습 페이지의 튜토리얼 001 프리셋이 튜토리얼의 설정을 씁니다."),
    "study.c001_train.hint2": ("The RMSE only compares with 0.11 when the target is scaled to 0–1 too.",
                               "타깃도 0~1로 스케일링해야 RMSE를 0.11과 비교할 수 있습니다."),
    "study.c001_train.hint3": ("Adam with lr 0.001 and batches of 32 for 400 epochs is what the tutorial ran.",
                               "튜토리얼은 Adam, 학습률 0.001, 배치 32, 400 에포크로 학습했습니다."),
    "study.c001_dropout.task": ("What does a dropout layer do when the model is evaluated (model.eval())?",
                                "모델을 평가할 때(model.eval()) 드롭아웃 층은 무엇을 할까요?"),
    "study.c001_dropout.hint1": ("Dropout is a training trick: would you want random answers at test time?",
                                 "드롭아웃은 학습용 기법입니다. 평가할 때 답이 무작위로 바뀌면 좋을까요?"),
    "study.c001_dropout.hint2": ("The overfitting lab shows dropout's passes with and without eval().",
                                 "과적합 실험실에서 eval() 전후의 드롭아웃 동작을 볼 수 있습니다."),
    "study.c001_dropout.choice_half": ("It still drops half of the units", "여전히 유닛의 절반을 끈다"),
    "study.c001_dropout.choice_off": ("Nothing: every unit is used", "아무것도 하지 않아 모든 유닛이 쓰인다"),
    "study.c001_dropout.choice_random": ("It drops a new random share each time", "매번 무작위로 다른 비율을 끈다"),
    "study.c001_dropout.why_off": (
        "Right. In eval mode dropout passes everything through; during training PyTorch scaled the kept units up "
        "by 1/(1−p), so no rescaling is needed now.",
        "맞습니다. 평가 모드에서 드롭아웃은 모든 값을 그대로 통과시킵니다. 학습 중에 남긴 유닛을 1/(1−p)배로 "
        "키워 두었기 때문에 지금은 따로 보정할 필요가 없습니다."),
    "study.c001_dropout.why_half": (
        "That is training mode. Evaluating with units dropped would give a different answer on every call.",
        "그건 학습 모드의 동작입니다. 평가할 때도 유닛을 끄면 부를 때마다 답이 달라집니다."),
    "study.c001_dropout.why_random": (
        "No: the share p is fixed when you build the layer, and in eval mode nothing is dropped at all.",
        "아닙니다. 비율 p는 층을 만들 때 정해지고, 평가 모드에서는 아무것도 끄지 않습니다."),
    "study.c001_cv.task": ("Run 3-fold cross-validation on house_prices with a min-max scaled target and get a mean "
                           "RMSE below 0.10.",
                           "타깃을 최소-최대 스케일링한 house_prices로 3겹 교차 검증을 해서 평균 RMSE를 0.10 아래로 "
                           "만드세요."),
    "study.c001_cv.hint1": ("Set up the tutorial 001 model first; the Cross-validate page uses the same settings.",
                            "먼저 튜토리얼 001 모델을 준비하세요. 교차 검증 페이지는 같은 설정을 씁니다."),
    "study.c001_cv.hint2": ("Each fold trains on two thirds of the rows, so it can score a little worse than one split.",
                            "각 폴드는 행의 3분의 2로 학습하므로 한 번의 분할보다 점수가 조금 나쁠 수 있습니다."),

    # Chapter 002: losses, batches and optimizers
    "study.c002.title": ("002 · Losses, batches and optimizers", "002 · 손실 함수, 배치, 옵티마이저"),
    "study.c002.intro": ("How the loss is measured, how many rows each step sees, and how the step is taken.",
                         "손실을 어떻게 재는지, 한 걸음에 몇 행을 보는지, 걸음을 어떻게 내딛는지 알아봅니다."),
    "study.c002_iterations.task": ("2,000 training rows in batches of 200: how many iterations make one epoch?",
                                   "학습 행 2,000개를 200개씩 배치로 나누면 한 에포크는 몇 이터레이션일까요?"),
    "study.c002_iterations.hint1": ("An epoch is one pass over every training row.", "에포크는 모든 학습 행을 한 번 보는 것입니다."),
    "study.c002_iterations.hint2": ("Each iteration uses one batch.", "이터레이션 한 번에 배치 하나를 씁니다."),
    "study.c002_batches.task": ("Train the same model on the same data twice: once full-batch, once with mini-batches.",
                                "같은 데이터로 같은 모델을 두 번 학습하세요. 한 번은 전체 배치, 한 번은 미니배치로."),
    "study.c002_batches.hint1": ("Batch size is on the Train page; empty or 'full' means every row at once.",
                                 "배치 크기는 학습 페이지에 있습니다. 비워 두거나 '전체'면 모든 행을 한꺼번에 씁니다."),
    "study.c002_batches.hint2": ("Compare the iterations per epoch the two runs took.",
                                 "두 실행의 에포크당 이터레이션 수를 비교해 보세요."),
    "study.c002_optimizers.task": ("Train the same model on the same data with SGD and with Adam, and compare the losses.",
                                   "같은 데이터로 같은 모델을 SGD와 Adam으로 학습하고 손실을 비교하세요."),
    "study.c002_optimizers.hint1": ("Change only the optimizer between the two runs.", "두 실행 사이에 옵티마이저만 바꾸세요."),
    "study.c002_optimizers.hint2": ("The Runs page draws both loss curves on one chart.",
                                    "실행 기록 페이지에서 두 손실 곡선을 한 차트로 볼 수 있습니다."),
    "study.c002_loss.task": ("The target has three classes. Which loss fits?", "타깃의 클래스가 세 개입니다. 어떤 손실 함수가 맞을까요?"),
    "study.c002_loss.hint1": ("The model outputs one score (logit) per class.", "모델은 클래스마다 점수(로짓)를 하나씩 냅니다."),
    "study.c002_loss.hint2": ("The losses lab compares them on the same output.", "손실 함수 실험실에서 같은 출력으로 비교해 볼 수 있습니다."),
    "study.c002_loss.choice_mse": ("Mean squared error (nn.MSELoss)", "평균 제곱 오차 (nn.MSELoss)"),
    "study.c002_loss.choice_bce": ("Binary cross-entropy (nn.BCEWithLogitsLoss)", "이진 교차 엔트로피 (nn.BCEWithLogitsLoss)"),
    "study.c002_loss.choice_ce": ("Cross-entropy (nn.CrossEntropyLoss)", "교차 엔트로피 (nn.CrossEntropyLoss)"),
    "study.c002_loss.why_ce": (
        "Right. CrossEntropyLoss takes the three logits and the class index, applies softmax itself and "
        "punishes a confident wrong answer hard.",
        "맞습니다. CrossEntropyLoss는 로짓 세 개와 클래스 번호를 받아 스스로 소프트맥스를 적용하고, 자신 있게 "
        "틀린 답을 크게 벌합니다."),
    "study.c002_loss.why_mse": (
        "MSE treats class numbers as amounts, as if class 2 were 'twice' class 1; classes have no such order.",
        "MSE는 클래스 번호를 양으로 다뤄서 2번 클래스가 1번의 '두 배'인 것처럼 봅니다. 클래스에는 그런 순서가 없습니다."),
    "study.c002_loss.why_bce": ("BCE is for two classes (or several yes/no labels); one answer out of three needs "
                                "cross-entropy over all three.",
                                "BCE는 클래스가 두 개일 때(또는 예/아니오 레이블이 여러 개일 때) 씁니다. 셋 중 하나를 "
                                "고르려면 셋 모두에 대한 교차 엔트로피가 필요합니다."),
    "study.c002_xor.task": ("Make a network get all four XOR points right with as few hidden units as you can.",
                            "은닉 유닛을 되도록 적게 써서 XOR의 네 점을 모두 맞히는 신경망을 만드세요."),
    "study.c002_xor.hint1": ("A model with no hidden layer cannot do it: no straight line separates XOR's classes.",
                             "은닉층이 없는 모델로는 안 됩니다. 어떤 직선도 XOR의 두 클래스를 나누지 못합니다."),
    "study.c002_xor.hint2": ("Use the xor dataset with test share 0: there are only four points.",
                             "xor 데이터셋을 테스트 비율 0으로 쓰세요. 점이 네 개뿐입니다."),
    "study.c002_xor.hint3": ("Two hidden units with tanh can do it; a larger learning rate (0.05 with Adam) helps.",
                             "tanh 은닉 유닛 두 개로도 됩니다. 학습률을 키우면(Adam 0.05) 도움이 됩니다."),

    # Chapter 003: gradients and MNIST
    "study.c003.title": ("003 · Gradients and MNIST", "003 · 기울기와 MNIST"),
    "study.c003.intro": ("Numerical differentiation, cross-entropy on softmax outputs, and a network that reads digits.",
                         "수치 미분, 소프트맥스 출력의 교차 엔트로피, 그리고 숫자를 읽는 신경망."),
    "study.c003_gradient.task": ("f(x0, x1) = x0² + x1². Predict ∂f/∂x0 at the point (3, 4).",
                                 "f(x0, x1) = x0² + x1²입니다. 점 (3, 4)에서 ∂f/∂x0를 예측하세요."),
    "study.c003_gradient.hint1": ("Treat x1 as a constant and differentiate x0².", "x1을 상수로 보고 x0²를 미분하세요."),
    "study.c003_gradient.hint2": ("The gradients lab computes it with central differences.",
                                  "기울기 실험실이 중앙 차분으로 계산해 줍니다."),
    "study.c003_cross_entropy.task": (
        "A softmax output gives 0.6 to the right class (the tutorial's [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], "
        "label 2). Predict the cross-entropy loss.",
        "소프트맥스 출력이 정답 클래스에 0.6을 줍니다 (튜토리얼의 [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], "
        "정답 2). 교차 엔트로피 손실을 예측하세요."),
    "study.c003_cross_entropy.hint1": ("Only the right class's probability counts: −log(p).",
                                       "정답 클래스의 확률만 쓰입니다: −log(p)."),
    "study.c003_cross_entropy.hint2": ("log is the natural logarithm; −log(1) = 0 and −log(0.5) ≈ 0.69.",
                                       "log는 자연로그입니다. −log(1) = 0, −log(0.5) ≈ 0.69입니다."),
    "study.c003_autograd.task": ("Why does PyTorch train with automatic differentiation instead of numerical gradients?",
                                 "PyTorch는 왜 수치 미분 대신 자동 미분으로 학습할까요?"),
    "study.c003_autograd.hint1": ("How many forward passes does a central difference need per parameter?",
                                  "중앙 차분은 파라미터 하나마다 순전파를 몇 번 해야 할까요?"),
    "study.c003_autograd.hint2": ("The gradients lab times both on a small network.",
                                  "기울기 실험실에서 작은 신경망으로 두 방법의 시간을 재 볼 수 있습니다."),
    "study.c003_autograd.choice_exact": ("Numerical gradients are always wrong", "수치 미분은 항상 틀리다"),
    "study.c003_autograd.choice_cheap": ("Backpropagation gets every gradient for about the cost of one more pass",
                                         "역전파는 순전파 한 번 정도의 비용으로 모든 기울기를 구한다"),
    "study.c003_autograd.choice_no_math": ("Autograd does not need the model's formula at all",
                                           "자동 미분은 모델의 식이 전혀 필요 없다"),
    "study.c003_autograd.why_cheap": (
        "Right. Central differences need two forward passes per parameter — about 80,000 for the 784-50-10 "
        "network's 39,760 parameters — while backward() gets all of them in one sweep.",
        "맞습니다. 중앙 차분은 파라미터마다 순전파가 두 번 필요해서 784-50-10 신경망의 파라미터 39,760개라면 약 "
        "80,000번이 듭니다. backward()는 한 번에 모두 구합니다."),
    "study.c003_autograd.why_exact": (
        "Not wrong: with h = 1e-4 they agree with autograd to many digits. They are just far too slow.",
        "틀리지 않습니다. h = 1e-4면 자동 미분과 여러 자리까지 같습니다. 다만 너무 느립니다."),
    "study.c003_autograd.why_no_math": (
        "Autograd follows the operations your forward pass really ran; it needs them, it just applies the chain "
        "rule for you.",
        "자동 미분은 순전파에서 실제로 실행된 연산을 따라갑니다. 식이 필요 없는 것이 아니라, 연쇄 법칙을 대신 "
        "적용해 주는 것입니다."),
    "study.c003_mnist.task": ("Train the 784-50-10 network on mnist_5k to at least 85% test accuracy.",
                              "mnist_5k로 784-50-10 신경망을 학습해 테스트 정확도 85% 이상을 얻으세요."),
    "study.c003_mnist.hint1": ("One hidden layer of 50 units.", "50 유닛짜리 은닉층 하나입니다."),
    "study.c003_mnist.hint2": ("The Train page's tutorial 003 preset sets it up.", "학습 페이지의 튜토리얼 003 프리셋이 준비해 줍니다."),
    "study.c003_mnist.hint3": ("Scaled pixels and mini-batches of 100 train it in a few seconds.",
                               "픽셀을 스케일링하고 100개씩 미니배치로 학습하면 몇 초면 됩니다."),

    # Chapter 004: hypothesis and cost
    "study.c004.title": ("004 · Hypothesis and cost", "004 · 가설과 비용"),
    "study.c004.intro": ("H(x) = Wx + b, its mean squared error by hand, and what zero_grad() is for.",
                         "H(x) = Wx + b, 손으로 계산하는 평균 제곱 오차, 그리고 zero_grad()가 필요한 이유."),
    "study.c004_cost.task": ("The hypothesis y = 13x + 1 on the points (2, 25), (3, 50), (4, 42), (5, 61): predict its MSE.",
                             "가설 y = 13x + 1을 점 (2, 25), (3, 50), (4, 42), (5, 61)에 쓸 때의 MSE를 예측하세요."),
    "study.c004_cost.hint1": ("First the predictions: 27, 40, 53, 66.", "먼저 예측값을 구하세요: 27, 40, 53, 66."),
    "study.c004_cost.hint2": ("Square each error, add them up, divide by 4.", "오차를 각각 제곱해 더한 뒤 4로 나누세요."),
    "study.c004_slip.task": ("The tutorial prints 52.5 for that MSE. What went wrong?",
                             "튜토리얼은 이 MSE를 52.5로 적었습니다. 무엇이 잘못되었을까요?"),
    "study.c004_slip.hint1": ("Recompute the four errors one by one.", "오차 네 개를 하나씩 다시 계산해 보세요."),
    "study.c004_slip.hint2": ("The cost lab lists each point's error.", "가설과 비용 실험실에 점별 오차가 나옵니다."),
    "study.c004_slip.choice_third": ("The third error is 42 − 53 = −11, not −9", "세 번째 오차는 −9가 아니라 42 − 53 = −11이다"),
    "study.c004_slip.choice_mean": ("It divided by 3 instead of 4", "4가 아니라 3으로 나눴다"),
    "study.c004_slip.choice_square": ("It forgot to square the errors", "오차를 제곱하지 않았다"),
    "study.c004_slip.why_third": (
        "Right. With −9 the squares add to 210 and 210 / 4 = 52.5; with the true −11 they add to 250, and "
        "250 / 4 = 62.5.",
        "맞습니다. −9로 계산하면 제곱의 합이 210이고 210 / 4 = 52.5입니다. 올바른 −11로 계산하면 합이 250이고 "
        "250 / 4 = 62.5입니다."),
    "study.c004_slip.why_mean": ("Dividing 250 by 3 gives 83.3, not 52.5. Look at the errors instead.",
                                 "250을 3으로 나누면 52.5가 아니라 83.3입니다. 오차 쪽을 살펴보세요."),
    "study.c004_slip.why_square": ("Without squares the errors −2, 10, −11, −5 would average −2, not 52.5.",
                                   "제곱하지 않으면 오차 −2, 10, −11, −5의 평균은 52.5가 아니라 −2입니다."),
    "study.c004_accumulate.task": (
        "z = 2w. Call z.backward() three times without zeroing w.grad in between. Predict w.grad after the third call.",
        "z = 2w입니다. 사이에 w.grad를 0으로 만들지 않고 z.backward()를 세 번 부르면, 세 번째 뒤 w.grad는 "
        "얼마일까요?"),
    "study.c004_accumulate.hint1": ("Each backward() adds dz/dw = 2 to what .grad already holds.",
                                    "backward()는 부를 때마다 .grad에 이미 있는 값에 dz/dw = 2를 더합니다."),
    "study.c004_accumulate.hint2": ("The zero_grad lab shows the sums call by call.", "zero_grad 실험실에서 호출마다의 합을 볼 수 있습니다."),
    "study.c004_train.task": ("Train a linear model on study_hours (hours → score) until its line H(x) = Wx + b is "
                              "within 0.1 of the best line in both W and b.",
                              "study_hours(공부 시간 → 점수)로 선형 모델을 학습해, 직선 H(x) = Wx + b의 W와 b가 모두 "
                              "가장 좋은 직선과 0.1 이내가 되게 하세요."),
    "study.c004_train.hint1": ("The three points lie exactly on y = 2x: the best line is W = 2, b = 0.",
                               "세 점은 정확히 y = 2x 위에 있습니다. 가장 좋은 직선은 W = 2, b = 0입니다."),
    "study.c004_train.hint2": ("Use test share 0: with three points every one is needed for training.",
                               "테스트 비율을 0으로 하세요. 점이 세 개뿐이라 모두 학습에 써야 합니다."),
    "study.c004_train.hint3": ("If b is still far off, train for more epochs: b moves more slowly than W here.",
                               "b가 아직 멀다면 에포크를 늘리세요. 여기서는 b가 W보다 천천히 움직입니다."),

    # What the do-checks found
    "study.check.no_linear_rent": ("No linear run on rent with a test score yet ({n} runs on rent so far).",
                                   "테스트 점수가 있는 rent 선형 모델 실행이 아직 없습니다 (지금까지 rent 실행 {n}개)."),
    "study.check.linear_rent": ("Your best linear rent run has test MAE {mae:.2f}.",
                                "가장 좋은 rent 선형 실행의 테스트 MAE는 {mae:.2f}입니다."),
    "study.check.iterations_missing": (
        "Needed: a run of 500–2,000 iterations and one of at least 50,000. You have {short} short and {long} long "
        "(your linear rent runs took {steps} iterations).",
        "500~2,000 이터레이션 실행 하나와 50,000 이터레이션 이상 실행 하나가 필요합니다. 지금은 짧은 실행 "
        "{short}개, 긴 실행 {long}개입니다 (rent 선형 실행의 이터레이션: {steps})."),
    "study.check.iterations_better": (
        "After {short_steps:,} iterations test MAE {short_mae:.2f}; after {long_steps:,} it is {long_mae:.2f}.",
        "{short_steps:,} 이터레이션 뒤 테스트 MAE {short_mae:.2f}, {long_steps:,} 이터레이션 뒤 {long_mae:.2f}입니다."),
    "study.check.iterations_not_better": (
        "Your long run ({long_steps:,} iterations, MAE {long_mae:.2f}) is not better than the short one "
        "({short_steps:,}, MAE {short_mae:.2f}): with a large learning rate both are already at the bottom. Use a "
        "small one (5e-4) and raw areas.",
        "긴 실행({long_steps:,} 이터레이션, MAE {long_mae:.2f})이 짧은 실행({short_steps:,}, MAE {short_mae:.2f})보다 "
        "낫지 않습니다. 학습률이 크면 둘 다 이미 바닥에 있습니다. 작은 학습률(5e-4)과 스케일링하지 않은 면적을 쓰세요."),
    "study.check.lr_bracket": ("lr {ok:g} trains and lr {bad:g} diverges: the limit lies between them.",
                               "학습률 {ok:g}에서는 학습되고 {bad:g}에서는 발산합니다. 한계는 그 사이에 있습니다."),
    "study.check.lr_bracket_missing": (
        "Needed on rent, with the same settings: a run that converges and a run that diverges. You have {ok} "
        "converged and {bad} diverged.",
        "rent에서 같은 설정으로 수렴한 실행과 발산한 실행이 하나씩 필요합니다. 지금은 수렴 {ok}개, 발산 {bad}개입니다."),
    "study.check.lr_bracket_wide": (
        "lr {ok:g} trains and {bad:g} diverges: {ratio:.3g}× apart. Narrow it to 2× or less.",
        "학습률 {ok:g}에서는 학습되고 {bad:g}에서는 발산합니다. {ratio:.3g}배 차이이니 2배 이내로 좁히세요."),
    "study.check.no_model": ("Choose a dataset first; then the Model page builds a model for it.",
                             "먼저 데이터셋을 고르세요. 그러면 모델 페이지가 그에 맞는 모델을 만듭니다."),
    "study.check.house_network": ("Your model {layers}1 on house_prices has {params:,} parameters.",
                                  "house_prices의 모델 {layers}1의 파라미터는 {params:,}개입니다."),
    "study.check.house_network_not_yet": (
        "Your model now: {layers} on {dataset}, {params:,} parameters. The goal is 13-50-30-1 on house_prices.",
        "지금 모델: {dataset}의 {layers}, 파라미터 {params:,}개. 목표는 house_prices의 13-50-30-1입니다."),
    "study.check.house_rmse_missing": (
        "No 13-50-30-1 run on house_prices with a scaled target yet ({n} house_prices runs so far).",
        "타깃을 스케일링한 house_prices의 13-50-30-1 실행이 아직 없습니다 (지금까지 house_prices 실행 {n}개)."),
    "study.check.house_rmse": ("Test RMSE {rmse:.3f}, below {goal}.", "테스트 RMSE는 {rmse:.3f}이며 목표 {goal}보다 낮습니다."),
    "study.check.house_rmse_high": ("Your best test RMSE is {rmse:.3f}; the target is under {goal}.",
                                    "가장 좋은 테스트 RMSE는 {rmse:.3f}입니다. 목표는 {goal} 미만입니다."),
    "study.check.house_cv_missing": ("No 3-fold cross-validation of house_prices with a scaled target yet.",
                                     "타깃을 스케일링한 house_prices의 3겹 교차 검증 결과가 아직 없습니다."),
    "study.check.house_cv": ("Mean RMSE over 3 folds {rmse:.3f}, below {goal}.",
                             "3개 폴드의 평균 RMSE는 {rmse:.3f}이며 목표 {goal}보다 낮습니다."),
    "study.check.house_cv_high": ("Your best 3-fold mean RMSE is {rmse:.3f}; the target is under {goal}.",
                                  "가장 좋은 3겹 평균 RMSE는 {rmse:.3f}입니다. 목표는 {goal} 미만입니다."),
    "study.check.sgd_vs_adam": ("On {dataset}: final training loss {sgd:.4g} with SGD, {adam:.4g} with Adam "
                                "({winner} went lower).",
                                "{dataset}에서 마지막 학습 손실은 SGD {sgd:.4g}, Adam {adam:.4g}입니다 "
                                "(더 낮은 쪽: {winner})."),
    "study.check.sgd_vs_adam_missing": (
        "Needed: an SGD run and an Adam run of the same model on the same data. You have {sgd} SGD and {adam} Adam "
        "runs.",
        "같은 데이터, 같은 모델로 SGD 실행과 Adam 실행이 하나씩 필요합니다. 지금은 SGD 실행 {sgd}개, Adam 실행 "
        "{adam}개입니다."),
    "study.check.batch_modes": ("On {dataset}: full batch took {full_steps:,} iterations, batches of {batch} took "
                                "{mini_steps:,}.",
                                "{dataset}에서 전체 배치는 {full_steps:,} 이터레이션, 배치 {batch}개씩은 "
                                "{mini_steps:,} 이터레이션이 걸렸습니다."),
    "study.check.batch_modes_missing": (
        "Needed: the same model on the same data, full-batch and mini-batch. You have {full} full-batch and {mini} "
        "mini-batch runs.",
        "같은 데이터, 같은 모델로 전체 배치 실행과 미니배치 실행이 필요합니다. 지금은 전체 배치 {full}개, "
        "미니배치 {mini}개입니다."),
    "study.check.xor": ("Solved with {units} hidden units in all. Can you use fewer?",
                        "은닉 유닛 {units}개로 풀었습니다. 더 적게도 될까요?"),
    "study.check.xor_missing": ("No network with hidden layers solved XOR yet ({n} xor runs, best accuracy {best:.0%}).",
                                "아직 은닉층이 있는 신경망이 XOR를 풀지 못했습니다 (xor 실행 {n}개, 최고 정확도 {best:.0%})."),
    "study.check.mnist_missing": ("No 784-50-10 run on mnist_5k yet ({n} mnist_5k runs so far).",
                                  "mnist_5k의 784-50-10 실행이 아직 없습니다 (지금까지 mnist_5k 실행 {n}개)."),
    "study.check.mnist": ("Test accuracy {accuracy:.1%}.", "테스트 정확도 {accuracy:.1%}입니다."),
    "study.check.mnist_low": ("Your best test accuracy is {accuracy:.1%}; the target is {goal:.0%}.",
                              "가장 좋은 테스트 정확도는 {accuracy:.1%}입니다. 목표는 {goal:.0%}입니다."),
    "study.check.hours_missing": ("No linear run on study_hours yet.", "study_hours의 선형 모델 실행이 아직 없습니다."),
    "study.check.hours": ("Your line: H(x) = {W:.3f}x + {b:.3f}; the best line is {W_best:.3f}x + {b_best:.3f}.",
                          "학습한 직선: H(x) = {W:.3f}x + {b:.3f}. 가장 좋은 직선은 {W_best:.3f}x + {b_best:.3f}입니다."),
    "study.check.hours_far": ("Your closest line is H(x) = {W:.3f}x + {b:.3f}; the best is {W_best:.3f}x + {b_best:.3f}. "
                              "Both W and b must be within 0.1.",
                              "가장 가까운 직선은 H(x) = {W:.3f}x + {b:.3f}이고, 가장 좋은 직선은 {W_best:.3f}x + "
                              "{b_best:.3f}입니다. W와 b 모두 0.1 이내여야 합니다."),
}
