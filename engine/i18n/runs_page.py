"""Translation strings: the Runs page. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "runs_page.intro": ("Every run you keep lands here: compare their curves, scores and settings, download a "
                        "model or a plain PyTorch script that repeats the run, or load a model file back.",
                        "저장한 실행은 모두 여기에 모입니다. 손실 곡선, 점수, 설정을 비교하고, 모델이나 같은 실행을 "
                        "되풀이하는 순수 PyTorch 스크립트를 내려받거나, 모델 파일을 다시 불러올 수 있습니다."),
    "runs_page.none": ("No runs yet. Train a model on the Train page (or run a final test after "
                       "cross-validation) and it will appear here.",
                       "아직 실행 기록이 없습니다. 학습 페이지에서 모델을 학습하면 (또는 교차 검증 뒤 최종 테스트를 "
                       "하면) 여기에 나타납니다."),
    "runs_page.pick": ("Runs to compare", "비교할 실행"),
    "runs_page.curves": ("Loss per epoch of each run (training rows and the held-out test rows)",
                         "실행별 에포크 손실 (학습 데이터와 떼어 둔 테스트 데이터)"),
    "runs_page.curves_dataset": ("Dataset: {dataset}", "데이터셋: {dataset}"),
    "runs_page.train": ("train", "학습"),
    "runs_page.test": ("test", "테스트"),
    "runs_page.col_run": ("run", "실행"),
    "runs_page.col_dataset": ("dataset", "데이터셋"),
    "runs_page.col_test": ("test {metric}", "테스트 {metric}"),
    "runs_page.col_train": ("train {metric}", "학습 {metric}"),
    "runs_page.col_epochs": ("epochs run", "실행한 에포크"),
    "runs_page.col_stopped": ("ended", "종료"),
    "runs_page.col_seconds": ("time", "시간"),
    "runs_page.col_field": ("setting", "설정"),
    "runs_page.col_value": ("value", "값"),
    "runs_page.finished": ("finished", "끝까지 학습"),
    "runs_page.stopped_learner": ("stopped by you", "직접 멈춤"),
    "runs_page.stopped_diverged": ("diverged after {epochs} epochs", "{epochs} 에포크 뒤 발산"),
    "runs_page.together_note": ("{runs}: kept from Try several at once, so the time is that of the whole group "
                                "trained together.",
                                "{runs}: '여러 개를 한 번에 비교하기'에서 보관한 실행이라 시간은 함께 학습한 "
                                "전체의 시간입니다."),
    "runs_page.scaled_note": ("{runs}: trained on a min-max scaled target, so RMSE and MAE are on its 0–1 scale. "
                              "Compare them only with runs that scaled the target the same way.",
                              "{runs}: 타깃을 최소-최대 스케일링해서 학습했으므로 RMSE와 MAE가 0–1 스케일입니다. "
                              "타깃을 똑같이 스케일링한 실행끼리만 비교하세요."),
    "runs_page.metrics_help": ("Test scores come from rows the model never trained on; an empty cell (a gray "
                               "None) means the run had no test rows. A train score much better than the test "
                               "score is a sign of overfitting.",
                               "테스트 점수는 모델이 학습에 쓰지 않은 행에서 나옵니다. 빈 칸(회색 None)은 테스트 행이 "
                               "없던 실행입니다. 학습 점수가 테스트 점수보다 훨씬 좋다면 과적합(overfitting)의 신호입니다."),
    "runs_page.diff_title": ("What differs between two runs", "두 실행의 설정 차이"),
    "runs_page.diff_a": ("First run", "첫 번째 실행"),
    "runs_page.diff_b": ("Second run", "두 번째 실행"),
    "runs_page.diff_same_run": ("Pick two different runs.", "서로 다른 두 실행을 고르세요."),
    "runs_page.diff_none": ("These two runs used exactly the same settings and data.",
                            "두 실행은 설정과 데이터가 완전히 같습니다."),
    "runs_page.export_title": ("Take a run home", "실행 내려받기"),
    "runs_page.export_pick": ("Run", "실행"),
    "runs_page.download_model": ("Download the model (.pt)", "모델 내려받기 (.pt)"),
    "runs_page.model_help": ("The file holds the trained weights plus the settings, feature names and scaling "
                             "needed to rebuild the network — only numbers and text, no code. Load it with "
                             "torch.load(path, weights_only=True), or upload it below.",
                             "이 파일에는 학습된 가중치와 함께, 신경망을 다시 만드는 데 필요한 설정, 특성 이름, "
                             "스케일링 값이 들어 있습니다. 숫자와 글자뿐이고 코드는 없습니다. "
                             "torch.load(path, weights_only=True)로 읽거나 아래에서 올려 보세요."),
    "runs_page.script_title": ("The same run as a plain PyTorch script", "같은 실행을 순수 PyTorch 스크립트로"),
    "runs_page.script_help": ("Run it with python, with the data file in the same folder: it prints the training "
                              "loss of every epoch, which should match this run's curve, then the Evaluate page's "
                              "scores.",
                              "데이터 파일을 같은 폴더에 두고 python으로 실행하세요. 에포크마다 학습 손실을 출력하며 "
                              "이 실행의 곡선과 같은 값이 나와야 하고, 마지막에 평가 페이지의 점수를 출력합니다."),
    "runs_page.download_script": ("Download the script (.py)", "스크립트 내려받기 (.py)"),
    "runs_page.download_bundle": ("Download everything (.zip)", "모두 내려받기 (.zip)"),
    "runs_page.download_notebook": ("Download a notebook (.ipynb)", "노트북 내려받기 (.ipynb)"),
    "runs_page.formats_help": ("The .py is the script alone: it needs {data} next to it. The .zip holds the script, "
                               "the notebook, {data}, requirements.txt and a README: unzip it anywhere and run "
                               "python train.py. The .ipynb is the same code in Jupyter or Colab, step by step "
                               "with explanations and a loss plot.",
                               ".py는 스크립트만 들어 있어서 같은 폴더에 {data} 파일이 필요합니다. .zip에는 스크립트, "
                               "노트북, {data}, requirements.txt, README가 모두 들어 있으니 아무 곳에나 풀고 "
                               "python train.py를 실행하세요. .ipynb는 같은 코드를 Jupyter나 Colab에서 단계별 설명과 "
                               "손실 그래프와 함께 실행하는 노트북입니다."),
    "runs_page.download_csv": ("Download the cleaned table ({file})", "정리된 표 내려받기 ({file})"),
    "runs_page.load_title": ("Load a model file", "모델 파일 불러오기"),
    "runs_page.upload": ("A .pt file downloaded from this app", "이 앱에서 내려받은 .pt 파일"),
    "runs_page.upload_help": ("The file is read with weights_only=True: only tensors and plain values are accepted, "
                              "so a file carrying code is refused without running it.",
                              "파일은 weights_only=True로 읽습니다. 텐서와 단순한 값만 받아들이므로, 코드가 든 "
                              "파일은 실행하지 않고 거부합니다."),
    "runs_page.loaded": ("Loaded a {task} model for '{target}' from '{dataset}' with {params} parameters. "
                         "Features: {features}",
                         "'{dataset}' 데이터의 '{target}'{을} 예측하는 {task} 모델을 불러왔습니다. "
                         "파라미터 {params}개, 특성: {features}"),
}
