"""Translation strings: the exported notebook's explanations and the bundle's README. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    # notebook cells (engine/notebook.py), one per step of engine.codegen.script_steps
    "codegen.md_title": (
        "# {title}: a run from Deep Learning Study Lab\n\n"
        "This notebook trains the same network as the app, with plain PyTorch. Run the cells from top to bottom: "
        "on the CPU the losses and scores it prints are the app's numbers for this run.",
        "# {title}: Deep Learning Study Lab에서 가져온 실행\n\n"
        "이 노트북은 앱과 똑같은 신경망을 순수 PyTorch로 학습합니다. 셀을 위에서부터 차례로 실행하세요. "
        "CPU에서는 출력되는 손실과 점수가 앱에서 본 이 실행의 값과 같습니다."),
    "codegen.md_setup": (
        "## 1. Setup\n\n"
        "The libraries, the device and the seed. The seed fixes every random choice of the run: which rows are "
        "held out, the starting weights and the order of the batches. Change `DEVICE` to train on a GPU; there "
        "the last digits can differ, because a GPU adds numbers up in a different order.",
        "## 1. 준비\n\n"
        "라이브러리, 장치(device), 시드를 정합니다. 시드는 이 실행의 무작위 선택을 모두 고정합니다. 어떤 행을 "
        "테스트용으로 떼어 둘지, 처음 가중치, 배치의 순서가 모두 시드를 따릅니다. `DEVICE`를 바꾸면 GPU에서 "
        "학습할 수 있는데, GPU는 덧셈 순서가 달라서 마지막 자릿수가 조금 다를 수 있습니다."),
    "codegen.md_data": (
        "## 2. Data\n\n"
        "The table has {rows} rows. `X` holds the {features} input columns as 32-bit floats and `y` the target "
        "`{target}`. {where}",
        "## 2. 데이터\n\n"
        "표는 {rows}개 행입니다. `X`에는 입력 열 {features}개가 32비트 실수로, `y`에는 타깃 `{target}`{이} "
        "들어갑니다. {where}"),
    "codegen.md_data_embedded": (
        "The CSV text is written into the cell itself, so the notebook needs no other file.",
        "CSV 내용이 셀 안에 그대로 들어 있어서 다른 파일 없이 실행됩니다."),
    "codegen.md_data_file": (
        "The data is too big to write into the notebook: keep `{file}` from the bundle in the notebook's folder "
        "(in Colab, upload it first).",
        "데이터가 커서 노트북 안에 넣지 않았습니다. 내려받은 묶음의 `{file}` 파일을 노트북과 같은 폴더에 "
        "두세요 (Colab에서는 먼저 올려 주세요)."),
    "codegen.md_split": (
        "## 3. Train/test split\n\n"
        "Rows the model never trains on tell how well it does on data it has not seen. {how}",
        "## 3. 학습/테스트 나누기\n\n"
        "모델이 학습에 쓰지 않은 행이 있어야 처음 보는 데이터에서 얼마나 잘하는지 알 수 있습니다. {how}"),
    "codegen.md_split_none": (
        "This run held nothing out (test share 0), so the scores at the end are measured on the training rows.",
        "이 실행은 테스트용 행을 떼어 두지 않았으므로 (테스트 비율 0) 마지막 점수는 학습 행에서 잰 값입니다."),
    "codegen.md_split_fixed": (
        "The data comes with its own split: the `split` column marks the test rows.",
        "이 데이터에는 나누는 방법이 정해져 있습니다. `split` 열이 테스트 행을 표시합니다."),
    "codegen.md_split_random": (
        "A seeded draw keeps {share} of the rows for testing; the same seed always picks the same rows.",
        "시드를 정한 무작위 추첨으로 행의 {share}를 테스트용으로 떼어 둡니다. 시드가 같으면 언제나 같은 행이 "
        "뽑힙니다."),
    "codegen.md_scaling": (
        "## 4. Scaling and tensors\n\n"
        "A scaler (when the run uses one) learns its statistics from the training rows only, so nothing about "
        "the test rows leaks into training. Then the arrays become tensors on the device.",
        "## 4. 스케일링과 텐서\n\n"
        "스케일러를 쓰는 실행이라면 스케일러는 학습 행만 보고 통계를 계산합니다. 그래야 테스트 행의 정보가 "
        "학습에 새어 들어가지 않습니다. 그다음 배열을 장치 위의 텐서로 바꿉니다."),
    "codegen.md_model": (
        "## 5. Model\n\n"
        "`nn.Sequential` runs its layers in order: each `nn.Linear` computes weights × inputs + bias, and the "
        "activation function between them lets the network bend. The last layer gives raw outputs (a value, or "
        "one logit per class). Seeding right before building gives the app's starting weights.",
        "## 5. 모델\n\n"
        "`nn.Sequential`은 층을 차례로 실행합니다. `nn.Linear`는 가중치 × 입력 + 편향을 계산하고, 그 사이의 "
        "활성화 함수 덕분에 신경망이 곡선도 표현할 수 있습니다. 마지막 층은 가공하지 않은 출력(값 하나, 또는 "
        "클래스마다 로짓 하나)을 냅니다. 만들기 바로 전에 시드를 정하므로 처음 가중치가 앱과 같습니다."),
    "codegen.md_loss": (
        "## 6. Loss function\n\n"
        "The loss function turns the gap between the outputs and the targets into one number; training "
        "tries to make it small.",
        "## 6. 손실 함수\n\n"
        "손실 함수는 출력과 정답의 차이를 숫자 하나로 바꿉니다. 학습은 이 숫자를 줄이려고 합니다."),
    "codegen.md_optimizer": (
        "## 7. Optimizer\n\n"
        "The optimizer moves every weight a little against its gradient; the learning rate sets how far. A "
        "scheduler, when the run has one, changes the learning rate after each epoch.",
        "## 7. 옵티마이저\n\n"
        "옵티마이저는 모든 가중치를 기울기의 반대 방향으로 조금씩 옮깁니다. 얼마나 옮길지는 학습률이 "
        "정합니다. 스케줄러가 있는 실행이라면 에포크가 끝날 때마다 학습률을 바꿉니다."),
    "codegen.md_loop": (
        "## 8. Training loop\n\n"
        "One epoch passes over every training row once, in batches of a shuffled order. For each batch: clear "
        "the old gradients, run the model forward, compute the loss, backpropagate, take an optimizer step. "
        "The printed loss of an epoch is the average over its rows.",
        "## 8. 학습 반복\n\n"
        "에포크 한 번은 섞은 순서대로 배치를 나누어 모든 학습 행을 한 번씩 봅니다. 배치마다 이전 기울기 "
        "지우기, 순전파, 손실 계산, 역전파, 옵티마이저 한 걸음을 차례로 합니다. 출력되는 에포크 손실은 그 "
        "에포크의 모든 행에 대한 평균입니다."),
    "codegen.md_plot": (
        "### Loss curve\n\nThe training loss per epoch (a table when matplotlib is not installed).",
        "### 손실 곡선\n\n에포크마다의 학습 손실입니다 (matplotlib이 없으면 표로 보여 줍니다)."),
    "codegen.md_evaluation": (
        "## 9. Evaluation\n\n"
        "With dropout switched off, the model predicts the test rows (the training rows when none were held "
        "out), and the scores are computed by the same functions as the app's Evaluate page.",
        "## 9. 평가\n\n"
        "드롭아웃을 끈 상태로 테스트 행(떼어 둔 행이 없으면 학습 행)을 예측하고, 앱의 평가 페이지와 같은 "
        "함수로 점수를 계산합니다."),
    # the bundle's README (engine/bundle.py)
    "codegen.readme": (
        "# {title}\n\n"
        "A training run from Deep Learning Study Lab, ready to run anywhere with plain PyTorch.\n\n"
        "- `train.py`: the whole run as one script\n"
        "- `train.ipynb`: the same code as a notebook, step by step with explanations\n"
        "- `{data}`: the data\n"
        "- `requirements.txt`: the libraries it needs\n\n"
        "## Run it\n\n"
        "```\n"
        "pip install -r requirements.txt\n"
        "python train.py\n"
        "```\n\n"
        "It prints the training loss of every epoch and then the test scores; on the CPU they match the app. "
        "Options: `--device cpu` or `--device cuda` (default: cuda when there is one), `--seed N`. On a GPU the "
        "last digits can differ.\n\n"
        "For Jupyter or Colab, open `train.ipynb` (in Colab, upload `{data}` next to it if the notebook asks "
        "for it) and run the cells from top to bottom.\n",
        "# {title}\n\n"
        "Deep Learning Study Lab에서 한 학습 실행입니다. 순수 PyTorch로 어디서나 실행할 수 있습니다.\n\n"
        "- `train.py`: 실행 전체를 담은 스크립트\n"
        "- `train.ipynb`: 같은 코드를 단계별 설명과 함께 담은 노트북\n"
        "- `{data}`: 데이터\n"
        "- `requirements.txt`: 필요한 라이브러리\n\n"
        "## 실행하기\n\n"
        "```\n"
        "pip install -r requirements.txt\n"
        "python train.py\n"
        "```\n\n"
        "에포크마다 학습 손실을 출력하고, 마지막에 테스트 점수를 출력합니다. CPU에서는 앱에서 본 값과 같습니다. "
        "옵션: `--device cpu` 또는 `--device cuda` (기본값: GPU가 있으면 cuda), `--seed N`. GPU에서는 마지막 "
        "자릿수가 조금 다를 수 있습니다.\n\n"
        "Jupyter나 Colab에서는 `train.ipynb`를 열고 셀을 위에서부터 차례로 실행하세요 (Colab에서 노트북이 "
        "`{data}` 파일을 찾으면 같은 폴더에 올려 주세요).\n"),
}
