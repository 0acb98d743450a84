"""Translation strings: the Cross-validate and Runs pages, and model files. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    # model files (engine/export.py)
    "export.unreadable": ("This file is not a complete model file: it may be cut short, or not a PyTorch file "
                          "at all. Nothing in it was run.",
                          "완전한 모델 파일이 아닙니다. 중간에 잘렸거나 PyTorch 파일이 아닐 수 있습니다. 파일 안의 "
                          "내용은 아무것도 실행하지 않았습니다."),
    "export.unsafe": ("Refused: this file asks to run code while loading, not just to hold numbers ({what}). "
                      "A real model file never needs that, so nothing in it was run.",
                      "거부했습니다: 이 파일은 숫자만 담고 있지 않고, 불러오는 순간 코드를 실행하려 합니다 ({what}). "
                      "정상적인 모델 파일에는 그런 것이 필요 없으므로 아무것도 실행하지 않았습니다."),
    "export.not_ours": ("This is a PyTorch file, but not a model saved by this app (it lacks the config and "
                        "the layer sizes needed to rebuild the network).",
                        "PyTorch 파일이기는 하지만 이 앱에서 저장한 모델이 아닙니다 (신경망을 다시 만드는 데 필요한 "
                        "설정(config)과 층 크기가 없습니다)."),
    "export.bad_config": ("The settings stored in this model file are not valid, so the network cannot be rebuilt.",
                          "이 모델 파일에 저장된 설정이 올바르지 않아서 신경망을 다시 만들 수 없습니다."),
    "export.mismatch_keys": ("The weights do not belong to the network this file describes. Expected the "
                             "parameters {expected}; the file has {found}.",
                             "가중치가 이 파일이 설명하는 신경망의 것이 아닙니다. 필요한 파라미터: {expected}, "
                             "파일에 있는 파라미터: {found}."),
    "export.mismatch_shape": ("The weights do not fit the network this file describes: '{name}' should have "
                              "shape {expected} but has {found}.",
                              "가중치가 이 파일이 설명하는 신경망에 맞지 않습니다: '{name}'의 모양(shape)은 "
                              "{expected}{이어야} 하는데 {found}입니다."),
    # Cross-validate page
    "cv_page.intro": ("One train/test split can be lucky or unlucky. k-fold cross-validation cuts the training "
                      "rows into k folds, trains k fresh models (each one holds out a different fold to score "
                      "on), and reports the average score and how much it varies. The test rows stay untouched "
                      "until the final test.",
                      "학습/테스트 분할 한 번은 운이 좋을 수도, 나쁠 수도 있습니다. k-겹 교차 검증(k-fold "
                      "cross-validation)은 학습 데이터를 k개의 폴드(fold)로 나누고, 매번 다른 폴드 하나를 빼 두고 "
                      "새 모델을 k번 학습한 뒤 빼 둔 폴드로 점수를 매겨, 점수의 평균과 흔들리는 정도를 알려 줍니다. "
                      "테스트 데이터는 마지막 최종 테스트 전까지 건드리지 않습니다."),
    "cv_page.full_batch": ("full batch", "전체 배치"),
    "cv_page.config_summary": ("**Your config** — layers {layers} · activation {activation} · dropout {dropout} · loss {loss} · "
                               "optimizer {optimizer} (lr {lr}) · batch {batch} · {epochs:@epoch} · test share "
                               "{test_size} · scaling {scaling}",
                               "**현재 설정** — 층 {layers} · 활성화 함수 {activation} · 드롭아웃 {dropout} · 손실 {loss} · "
                               "옵티마이저 {optimizer} (학습률 {lr}) · 배치 {batch} · {epochs} 에포크 · 테스트 비율 "
                               "{test_size} · 스케일링 {scaling}"),
    "cv_page.change_config": ("Change these settings on the Train page", "학습 페이지에서 설정 바꾸기"),
    "cv_page.k": ("Number of folds k", "폴드 수 k"),
    "cv_page.k_help": ("Each fold is scored by a model trained on the other k − 1 folds. More folds: more "
                       "training per model and a steadier average, but k times the training time.",
                       "각 폴드는 나머지 k − 1개 폴드로 학습한 모델이 채점합니다. 폴드가 많을수록 모델마다 학습 "
                       "데이터가 많아지고 평균이 안정되지만, 학습 시간도 k배가 됩니다."),
    "cv_page.shuffle": ("Shuffle rows before folding", "나누기 전에 행 섞기"),
    "cv_page.shuffle_help": ("Without shuffling, fold 1 is simply the first rows, fold 2 the next ones, and so "
                             "on — risky when the file is sorted.",
                             "섞지 않으면 1번 폴드는 앞쪽 행들, 2번 폴드는 그다음 행들이 됩니다. 파일이 정렬되어 "
                             "있으면 위험합니다."),
    "cv_page.seed": ("Seed", "시드(seed)"),
    "cv_page.seed_help": ("Fixes the shuffle, the test split and the starting weights. It is the same seed the "
                          "Train page uses.",
                          "섞는 순서, 테스트 분할, 초기 가중치를 고정합니다. 학습 페이지와 같은 시드입니다."),
    "cv_page.run": ("Run k-fold", "k-겹 교차 검증 실행"),
    "cv_page.running": ("Training {k} models, one per fold…", "폴드마다 하나씩, 모델 {k}개를 학습하는 중…"),
    "cv_page.none_yet": ("Choose k and press Run k-fold.", "k를 고르고 'k-겹 교차 검증 실행'을 누르세요."),
    "cv_page.stale": ("The settings changed since this result was computed. Run k-fold again to update it.",
                      "이 결과를 계산한 뒤로 설정이 바뀌었습니다. 다시 실행하면 결과가 갱신됩니다."),
    "cv_page.score": ("Validation {metric}: {mean} ± {std}", "검증 {metric}: {mean} ± {std}"),
    "cv_page.score_help_rmse": ("Mean ± standard deviation of the {k} fold RMSEs (lower is better), on the scale "
                                "the model trains on.",
                                "폴드 {k}개의 RMSE 평균 ± 표준편차입니다 (낮을수록 좋음). 모델이 학습하는 값의 "
                                "스케일 기준입니다."),
    "cv_page.scaled_note": ("The target was min-max scaled for training, so these RMSEs are on its 0–1 scale, like "
                            "tutorial 001's score; multiply by the target's range to get its own units.",
                            "학습할 때 타깃을 최소-최대 스케일링했으므로 이 RMSE는 0–1 스케일입니다 (튜토리얼 001의 "
                            "점수와 같은 방식). 원래 단위로 보려면 타깃의 범위(최댓값 − 최솟값)를 곱하세요."),
    "cv_page.score_help_accuracy": ("Mean ± standard deviation of the {k} fold accuracies (higher is better).",
                                    "폴드 {k}개 정확도(accuracy)의 평균 ± 표준편차입니다 (높을수록 좋음)."),
    "cv_page.fold_series": ("fold {n}", "폴드 {n}"),
    "cv_page.accuracy": ("accuracy", "정확도"),
    "cv_page.epoch": ("epoch", "에포크"),
    "cv_page.loss": ("loss", "손실"),
    "cv_page.train": ("train", "학습"),
    "cv_page.val": ("validation", "검증"),
    "cv_page.curves": ("Loss per epoch, one model per fold", "에포크별 손실 (폴드마다 모델 하나)"),
    "cv_page.col_fold": ("fold", "폴드"),
    "cv_page.col_rows": ("validation rows", "검증 행 수"),
    "cv_page.col_score": ("{metric}", "{metric}"),
    "cv_page.col_which": ("row numbers", "행 번호"),
    "cv_page.strip": ("Which rows went where", "어느 행이 어디로 갔나"),
    "cv_page.strip_help": ("One tick per row of the dataset, on the line of the fold that scored it. Test rows "
                           "are kept out of every fold.",
                           "데이터의 행마다 눈금 하나를, 그 행을 채점한 폴드의 줄에 그렸습니다. 테스트 행은 어느 "
                           "폴드에도 들어가지 않습니다."),
    "cv_page.test_rows": ("test (held out)", "테스트 (따로 보관)"),
    "cv_page.row_index": ("row number", "행 번호"),
    "cv_page.final_title": ("Final test", "최종 테스트"),
    "cv_page.final_help": ("When you are happy with the settings, train once on all training rows and measure "
                           "on the test rows, which no model has seen so far.",
                           "설정이 마음에 들면, 모든 학습 행으로 한 번 학습하고 지금까지 어떤 모델도 보지 못한 "
                           "테스트 행으로 평가합니다."),
    "cv_page.no_test": ("There are no test rows (test share 0). Set a test share on the Train page for a final test.",
                        "테스트 행이 없습니다 (테스트 비율 0). 최종 테스트를 하려면 학습 페이지에서 테스트 비율을 "
                        "정하세요."),
    "cv_page.final_run": ("Train on all training rows and test", "학습 행 전체로 학습하고 테스트"),
    "cv_page.final_running": ("Training the final model…", "최종 모델을 학습하는 중…"),
    "cv_page.run_name": ("Run {n} (final test after k-fold)", "실행 {n} (k-겹 후 최종 테스트)"),
    "cv_page.final_metric": ("Test {metric}", "테스트 {metric}"),
    "cv_page.cv_metric": ("Cross-validated {metric}", "교차 검증 {metric}"),
    "cv_page.kept": ("Kept as '{name}' on the Runs page.", "실행 기록 페이지에 '{name}'{으로} 저장했습니다."),
    # Runs page
    "runs_page.intro": ("Every run you keep lands here: compare their curves, scores and settings, download a "
                        "model or a plain PyTorch script that repeats the run, or load a model file back.",
                        "저장한 실행은 모두 여기에 모입니다. 손실 곡선, 점수, 설정을 비교하고, 모델이나 같은 실행을 "
                        "되풀이하는 순수 PyTorch 스크립트를 내려받거나, 모델 파일을 다시 불러올 수 있습니다."),
    "runs_page.none": ("No runs yet. Train a model on the Train page (or run a final test after "
                       "cross-validation) and it will appear here.",
                       "아직 실행 기록이 없습니다. 학습 페이지에서 모델을 학습하면 (또는 교차 검증 뒤 최종 테스트를 "
                       "하면) 여기에 나타납니다."),
    "runs_page.pick": ("Runs to compare", "비교할 실행"),
    "runs_page.curves": ("Loss per epoch of each run (train and validation)", "실행별 에포크 손실 (학습과 검증)"),
    "runs_page.train": ("train", "학습"),
    "runs_page.val": ("validation", "검증"),
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
    "runs_page.stopped_diverged": ("diverged at epoch {epoch}", "{epoch} 에포크에서 발산"),
    "runs_page.scaled_note": ("{runs}: trained on a min-max scaled target, so RMSE and MAE are on its 0–1 scale. "
                              "Compare them only with runs that scaled the target the same way.",
                              "{runs}: 타깃을 최소-최대 스케일링해서 학습했으므로 RMSE와 MAE가 0–1 스케일입니다. "
                              "타깃을 똑같이 스케일링한 실행끼리만 비교하세요."),
    "runs_page.metrics_help": ("Test scores come from rows the model never trained on; an empty cell means the run "
                               "had no test rows. A train score much better than the test score is a sign of "
                               "overfitting.",
                               "테스트 점수는 모델이 학습에 쓰지 않은 행에서 나옵니다. 빈 칸은 테스트 행이 없던 "
                               "실행입니다. 학습 점수가 테스트 점수보다 훨씬 좋다면 과적합(overfitting)의 신호입니다."),
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
