"""Translation strings: the Data page. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "data_page.upload_limit": ("Press “Upload” or drop a file on the box. At most {mb} MB per file: {types}.",
                               "“Upload”를 누르거나 파일을 상자에 끌어다 놓으세요. 파일 하나에 최대 {mb}MB: {types}."),
    "data_page.upload_first": ("Upload a table file to use it.", "표 파일을 올리면 그 데이터를 씁니다."),
    "data_page.upload_or_pick": ("Upload a table file, or pick one you uploaded before.",
                                 "표 파일을 올리거나 전에 올린 표를 고르세요."),
    "data_page.kept_uploads": ("Your uploaded tables", "내가 올린 표"),
    "data_page.kept_uploads_help": ("Every file you upload is kept in your workspace with the target, features and "
                                    "task you chose for it: pick one to use it again.",
                                    "올린 파일은 고른 타깃, 특성, 문제 유형과 함께 작업 공간에 보관됩니다. 골라서 "
                                    "다시 쓸 수 있습니다."),
    "data_page.pick_upload": ("Pick a table", "표 고르기"),
    "data_page.upload_label": ("{name} · {size} KB · uploaded {when}", "{name} · {size} KB · {when}에 올림"),
    "data_page.delete_upload": ("Delete this table", "이 표 지우기"),
    "data_page.delete_upload_question": (
        "Delete the uploaded table '{name}' from your workspace? This cannot be undone.",
        "올린 표 '{name}'{을} 작업 공간에서 지울까요? 되돌릴 수 없습니다."),
    "data_page.delete_upload_runs": (
        "What was trained on it stays ({runs}): scores, loss curves and predictions keep working, but until you "
        "upload the same file again those runs cannot show its rows or export its data and script.",
        "이 표로 학습한 실행({runs})은 남습니다. 점수와 손실 곡선은 그대로이고 예측도 할 수 있지만, 같은 파일을 "
        "다시 올리기 전까지는 표의 행을 보여 주거나 데이터와 스크립트를 내보낼 수 없습니다."),
    "data_page.delete_upload_yes": ("Yes, delete '{name}'", "예, '{name}' 지우기"),
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
        "Standardizing (where you start) gives every feature mean 0 and spread 1, so one learning rate suits them "
        "all; on raw values a column like area in m² can make the steps overshoot. Scalers are fitted on the "
        "training rows only, then applied to the test rows, so the test set stays unseen.",
        "표준화(처음 설정)는 모든 특성을 평균 0, 퍼짐 1로 맞춰서 학습률 하나가 모든 특성에 알맞게 합니다. 원래 값을 "
        "그대로 쓰면 m² 단위 면적 같은 열 때문에 걸음이 최솟값을 지나칠 수 있습니다. 스케일러는 학습 데이터로만 맞춘 "
        "뒤 테스트 데이터에 그대로 적용합니다. 그래서 테스트 데이터는 끝까지 보지 않은 데이터로 남습니다."),
    "data_page.scaling_none": ("none (raw values)", "없음 (원래 값)"),
    "data_page.scaling_standard": ("standardize (mean 0, std 1)", "표준화 (평균 0, 표준편차 1)"),
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
    "data_page.dtypes": ("Column kinds and missing values (as read)", "열의 종류와 결측값 (읽은 그대로)"),
    "data_page.col_kind": ("kind", "종류"),
    "data_page.kind_integer": ("integer", "정수"),
    "data_page.kind_decimal": ("decimal", "소수"),
    "data_page.kind_date": ("date", "날짜"),
    "data_page.kind_text": ("text", "텍스트"),
    "data_page.model_float32": ("The model sees every feature as a float32 number (torch's usual 32-bit decimal): "
                                "whole numbers become 3.0, dates become year, month and day, and text becomes "
                                "one 0/1 column per value.",
                                "모델은 모든 특성을 float32 숫자(torch가 주로 쓰는 32비트 소수)로 받습니다. 정수는 "
                                "3.0처럼, 날짜는 연·월·일로, 텍스트는 값마다 0/1 열 하나로 바뀝니다."),
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
}
