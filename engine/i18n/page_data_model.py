"""Translation strings: the Data and Model pages and the built-in datasets' titles. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    # built-in datasets (engine.datasets.info gives these keys)
    "dataset.rent.title": ("Rent vs. flat area (seed 000)", "면적에 따른 월세 (seed 000)"),
    "dataset.rent.desc": (
        "80 made-up flats: area in m² and monthly rent (in 10,000 KRW). One feature, one target: the simplest "
        "regression there is. It ships with a fixed split of 60 training and 20 test rows.",
        "가상의 원룸 80개: 면적(m²)과 월세(만 원). 특성 하나로 타깃 하나를 맞히는, 가장 단순한 회귀 문제입니다. "
        "학습용 60행과 테스트용 20행으로 미리 나뉘어 있습니다."),
    "dataset.study_hours.title": ("Study hours → score, 3 points (seed 004)", "공부 시간 → 점수, 3개 (seed 004)"),
    "dataset.study_hours.desc": (
        "Hours 1, 2, 3 and scores 2, 4, 6: exactly y = 2x, small enough to follow every number by hand.",
        "공부 시간 1, 2, 3과 점수 2, 4, 6: 정확히 y = 2x이고, 모든 숫자를 손으로 따라갈 수 있을 만큼 작습니다."),
    "dataset.study_hours_4.title": ("Study hours → score, 4 points (seed 004)", "공부 시간 → 점수, 4개 (seed 004)"),
    "dataset.study_hours_4.desc": (
        "Hours 2–5 and scores 25, 50, 42, 61: the four points the tutorial measures the line y = 13x + 1 against.",
        "공부 시간 2~5와 점수 25, 50, 42, 61: 튜토리얼이 직선 y = 13x + 1의 오차를 재는 네 점입니다."),
    "dataset.toy_linear.title": ("y = 2x + noise, 5 points (seed 001)", "y = 2x + 잡음, 5개 (seed 001)"),
    "dataset.toy_linear.desc": (
        "x = 0…4 and y = 2x plus a random number between 0 and 1. Train on all five points.",
        "x = 0…4, y = 2x에 0과 1 사이의 난수를 더한 값입니다. 다섯 점 모두로 학습합니다."),
    "dataset.house_prices.title": ("Boston house prices (seed 001)", "보스턴 집값 (seed 001)"),
    "dataset.house_prices.desc": (
        "506 Boston census tracts from 1978: 13 features (crime rate, rooms per dwelling, …) and MEDV, the median "
        "home value in $1000s. The tutorial's 13-50-30-1 network learns it with a 50:50 split.",
        "1978년 보스턴의 인구조사 구역 506개: 특성 13개(범죄율, 주택당 방 수 등)와 타깃 MEDV(주택 가격 중앙값, "
        "1000달러 단위). 튜토리얼의 13-50-30-1 신경망이 50:50으로 나눈 데이터로 학습합니다."),
    "dataset.xor.title": ("XOR, 4 points", "XOR, 4개"),
    "dataset.xor.desc": (
        "The four points of exclusive OR. No straight line separates the classes; one hidden layer can.",
        "배타적 논리합(XOR)의 네 점. 직선 하나로는 두 클래스를 가를 수 없지만, 은닉층 하나면 가능합니다."),
    "dataset.digits.title": ("Handwritten digits 8×8", "손글씨 숫자 8×8"),
    "dataset.digits.desc": (
        "1,797 small images of the digits 0–9 (8×8 pixels, values 0–16), bundled with scikit-learn.",
        "scikit-learn에 들어 있는 0~9 손글씨 숫자 이미지 1,797장 (8×8 픽셀, 값 0~16)."),
    "dataset.mnist_5k.title": ("MNIST, 5,000 images (seed 003)", "MNIST 5,000장 (seed 003)"),
    "dataset.mnist_5k.desc": (
        "5,000 handwritten digits of 28×28 pixels (values 0–255), i.e. 784 features per image and 10 classes.",
        "28×28 픽셀(값 0~255) 손글씨 숫자 5,000장. 이미지 한 장이 특성 784개이고 클래스는 10개입니다."),
    # Data page
    "data_page.intro": ("Choose the data to learn from, then look at it before you build a model.",
                        "학습할 데이터를 고르고, 모델을 만들기 전에 먼저 살펴보세요."),
    "data_page.source": ("Where the data comes from", "데이터 출처"),
    "data_page.source_builtin": ("Built-in dataset", "내장 데이터셋"),
    "data_page.source_upload": ("My file (CSV, Excel)", "내 파일 (CSV, 엑셀)"),
    "data_page.builtin": ("Dataset", "데이터셋"),
    "data_page.house_prices_b": (
        "A warning about this table: its column B is computed from the share of Black residents in each tract, "
        "built on the authors' assumption that racial segregation affects house prices. Because of that, "
        "scikit-learn removed this dataset (deprecated in 1.0, removed in 1.2). It is kept here only because the "
        "tutorial trains on it; you can leave B out under 'Target, features and task'.",
        "이 표에 대한 주의: B 열은 각 구역의 흑인 거주자 비율로 계산한 값으로, 인종 분리가 집값에 영향을 준다는 "
        "원저자의 가정을 담고 있습니다. 이 때문에 scikit-learn은 이 데이터셋을 없앴습니다 (1.0에서 사용 중단 예고, "
        "1.2에서 삭제). 여기서는 튜토리얼이 이 데이터로 학습하기 때문에만 남겨 두었습니다. '타깃, 특성, 문제 유형'에서 "
        "B를 빼고 학습할 수 있습니다."),
    "data_page.upload": ("Upload a table (CSV or Excel)", "표 파일 올리기 (CSV 또는 엑셀)"),
    "data_page.upload_help": ("A CSV, TSV or text file (comma, semicolon, tab or | separated; UTF-8, CP949, "
                              "UTF-16 or Windows-1252), or an Excel .xlsx workbook (its first sheet).",
                              "CSV, TSV, 텍스트 파일(쉼표, 세미콜론, 탭, | 구분; UTF-8, CP949, UTF-16, "
                              "Windows-1252 인코딩) 또는 엑셀 .xlsx 통합 문서(첫 번째 시트)를 읽습니다."),
    "data_page.upload_first": ("Upload a table file to use it. Until then the dataset you chose before stays in use.",
                               "표 파일을 올리면 그 데이터를 씁니다. 그 전까지는 이전에 고른 데이터셋을 그대로 씁니다."),
    "data_page.columns": ("Target, features and task", "타깃, 특성, 문제 유형"),
    "data_page.target": ("Target (what to predict)", "타깃 (맞힐 값)"),
    "data_page.features": ("Features (what the model sees)", "특성 (모델이 보는 값)"),
    "data_page.task": ("Task", "문제 유형"),
    "data_page.task_help": ("Auto: text labels or a few whole numbers are classes, anything else is regression.",
                            "자동: 글자 레이블이나 몇 가지 정수 값이면 분류, 그 밖에는 회귀로 판단합니다."),
    "data_page.task_auto": ("auto-detect", "자동 판단"),
    "data_page.task_regression": ("regression", "회귀"),
    "data_page.task_binary": ("binary", "이진 분류"),
    "data_page.task_multiclass": ("multi-class", "다중 분류"),
    "data_page.kept_previous": ("Still using the previous dataset, {name}.", "이전 데이터셋 {name}{을} 계속 씁니다."),
    "data_page.split_title": ("Scaling and split", "스케일링과 데이터 분할"),
    "data_page.scaling": ("Feature scaling", "특성 스케일링"),
    "data_page.scaling_help": (
        "Standardising (where you start) gives every feature mean 0 and spread 1, so one learning rate suits them "
        "all; on raw values a column like area in m² can make the steps overshoot. Scalers are fitted on the "
        "training rows only, then applied to the test rows, so the test set stays unseen.",
        "표준화(처음 설정)는 모든 특성을 평균 0, 퍼짐 1로 맞춰서 학습률 하나가 모든 특성에 알맞게 합니다. 원래 값을 "
        "그대로 쓰면 m² 단위 면적 같은 열 때문에 걸음이 최솟값을 지나칠 수 있습니다. 스케일러는 학습 데이터로만 맞춘 "
        "뒤 테스트 데이터에 그대로 적용합니다. 그래서 테스트 데이터는 끝까지 보지 않은 데이터로 남습니다."),
    "data_page.scaling_none": ("none (raw values)", "없음 (원래 값)"),
    "data_page.scaling_standard": ("standardise (mean 0, std 1)", "표준화 (평균 0, 표준편차 1)"),
    "data_page.scaling_minmax": ("min-max (0 to 1)", "최소-최대 (0~1)"),
    "data_page.test_size": ("Test share", "테스트 비율"),
    "data_page.test_size_help": ("Share of rows held out to measure the model; 0 trains on every row.",
                                 "모델을 평가하려고 떼어 두는 행의 비율. 0이면 모든 행으로 학습합니다."),
    "data_page.seed": ("Seed", "시드"),
    "data_page.seed_help": ("Fixes the split, the starting weights and the batch order: same seed, same numbers.",
                            "데이터 분할, 초기 가중치, 배치 순서를 고정합니다. 시드가 같으면 결과도 같습니다."),
    "data_page.fixed_split": (
        "This dataset comes with its own split ({train} training, {test} test rows), used whenever the test share "
        "is above 0.",
        "이 데이터셋은 미리 나뉜 분할(학습 {train}행, 테스트 {test}행)을 갖고 있어, 테스트 비율이 0보다 크면 그 분할을 씁니다."),
    "data_page.rows": ("Rows", "행 수"),
    "data_page.n_features": ("Features", "특성 수"),
    "data_page.outputs": ("Model outputs", "모델 출력 수"),
    "data_page.outputs_help": ("1 for regression (the value) and binary classification (one logit); one logit per "
                               "class for multi-class.",
                               "회귀(예측값)와 이진 분류(로짓 하나)는 1, 다중 분류는 클래스마다 로짓 하나씩입니다."),
    "data_page.tab_table": ("Table", "표"),
    "data_page.tab_charts": ("Charts", "차트"),
    "data_page.tab_images": ("Images", "이미지"),
    "data_page.shape": ("{rows:,@row} × {columns:,@column} (the first 100 rows are shown).",
                        "{rows:,}행 × {columns:,}열 (처음 100행을 보여 줍니다)."),
    "data_page.dtypes": ("Column types and missing values", "열의 자료형과 결측값"),
    "data_page.col_dtype": ("type", "자료형"),
    "data_page.col_missing": ("missing", "결측값"),
    "data_page.describe": ("Summary statistics (describe())", "요약 통계 (describe())"),
    "data_page.stat_count": ("count", "개수"),
    "data_page.stat_mean": ("mean", "평균"),
    "data_page.stat_std": ("std", "표준편차"),
    "data_page.stat_min": ("min", "최솟값"),
    "data_page.stat_max": ("max", "최댓값"),
    "data_page.scatter_x": ("Feature on the x axis (the target is on the y axis)", "x축 특성 (y축은 타깃)"),
    "data_page.hist_column": ("Histogram of", "히스토그램을 볼 열"),
    "data_page.count": ("rows", "행 수"),
    "data_page.corr": ("Correlations", "상관관계"),
    "data_page.corr_help": ("Pearson r between each pair of numeric columns: +1 rise together, −1 one rises as the "
                            "other falls, 0 no straight-line relation.",
                            "숫자 열 두 개씩의 피어슨 상관계수 r: +1은 함께 오르고, −1은 하나가 오를 때 다른 하나가 "
                            "내리며, 0은 직선 관계가 없다는 뜻입니다."),
    "data_page.corr_skipped": ("Skipped: {n} numeric columns is more than {max}, too many cells to read.",
                               "생략: 숫자 열이 {n}개로 {max}개보다 많아 칸이 너무 많아서 읽기 어렵습니다."),
    "data_page.images_help": ("A few images of every class, with their row number and label. Each row of the "
                              "table is one image, its pixels laid out as features.",
                              "클래스마다 몇 장씩 고른 이미지와 그 행 번호, 레이블. 표의 한 행이 이미지 한 장이고, "
                              "픽셀 하나하나가 특성입니다."),
    "data_page.image_label": ("row {row}: {label}", "{row}행: {label}"),
    # Model page
    "model_page.intro": ("Design the network: a straight line (linear model) or hidden layers in between (MLP).",
                         "신경망을 설계합니다: 직선 하나(선형 모델) 또는 사이에 은닉층을 둔 다층 퍼셉트론(MLP)."),
    "model_page.preset": ("Start from a tutorial's model", "튜토리얼 모델에서 시작하기"),
    "model_page.preset_help": ("Fills the controls below; change anything afterwards.",
                               "아래 설정을 채워 줍니다. 그다음 무엇이든 바꿔도 됩니다."),
    "model_page.preset_custom": ("— my own —", "— 직접 설정 —"),
    "model_page.preset_linear": ("linear (seed 000)", "선형 (seed 000)"),
    "model_page.preset_seed001": ("13-50-30-1 ReLU dropout 0.5 (seed 001)", "13-50-30-1 ReLU 드롭아웃 0.5 (seed 001)"),
    "model_page.preset_seed003": ("784-50-10 Sigmoid (seed 003)", "784-50-10 Sigmoid (seed 003)"),
    "model_page.kind": ("Model", "모델"),
    "model_page.kind_linear": ("linear", "선형"),
    "model_page.kind_mlp": ("multi-layer perceptron (MLP)", "다층 퍼셉트론 (MLP)"),
    "model_page.linear_help": ("One nn.Linear({n}, {out}) layer: each output is a weighted sum of the inputs plus a bias.",
                               "nn.Linear({n}, {out}) 한 층: 출력마다 입력의 가중합에 편향(bias)을 더한 값입니다."),
    "model_page.layers": ("Hidden layers", "은닉층 수"),
    "model_page.units": ("Units in layer {i}", "{i}층 유닛 수"),
    "model_page.activation": ("Activation", "활성화 함수"),
    "model_page.dropout": ("Dropout", "드롭아웃"),
    "model_page.dropout_help": ("During training, each hidden unit is switched off with this probability; "
                                "at evaluation all units work.",
                                "학습 중에 은닉 유닛 하나하나를 이 확률로 끕니다. 평가할 때는 모든 유닛이 작동합니다."),
    "model_page.diagram": ("Architecture", "구조"),
    "model_page.dot_input": ("Input\\n{n:@feature}", "입력\\n특성 {n}개"),
    "model_page.dot_hidden": ("Hidden layer {i}\\nLinear {fan_in}→{units}\\n{activation}",
                              "은닉층 {i}\\nLinear {fan_in}→{units}\\n{activation}"),
    "model_page.dot_dropout": ("\\ndropout {p:g}", "\\n드롭아웃 {p:g}"),
    "model_page.dot_output": ("Output\\nLinear {fan_in}→{n}\\n", "출력\\nLinear {fan_in}→{n}\\n"),
    "model_page.means_regression": ("{n} value: the prediction", "값 {n}개: 예측값"),
    "model_page.means_binary": ("{n} logit → sigmoid → P(class 1)", "로짓 {n}개 → sigmoid → 클래스 1의 확률"),
    "model_page.means_multiclass": ("{n} logits → softmax → class probabilities",
                                    "로짓 {n}개 → softmax → 클래스별 확률"),
    "model_page.params": ("Parameters", "파라미터"),
    "model_page.total": ("Trainable parameters", "학습되는 파라미터 수"),
    "model_page.formula_row": ("Linear layer {i}: {formula}", "{i}번째 Linear 층: {formula}"),
    "model_page.formula_help": ("inputs × outputs weights, plus one bias per output. Activations and dropout have "
                                "no parameters.",
                                "입력 수 × 출력 수 만큼의 가중치에 출력마다 편향 하나씩을 더합니다. 활성화 함수와 "
                                "드롭아웃에는 파라미터가 없습니다."),
    "model_page.summary": ("Summary table (torchinfo)", "요약표 (torchinfo)"),
    "model_page.col_layer": ("layer", "층"),
    "model_page.col_shape": ("output shape", "출력 모양"),
    "model_page.col_params": ("params", "파라미터 수"),
    "model_page.printed": ("What PyTorch prints", "PyTorch가 출력하는 모델"),
}
