"""Translation strings: the Cross-validate page. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "cv_page.score": ("Validation {metric}: {score}", "검증 {metric}: {score}"),
    "cv_page.score_help_rmse": ("Mean ± standard deviation of the {k} fold RMSEs (lower is better), in {target}'s "
                                "own units.",
                                "폴드 {k}개의 RMSE 평균 ± 표준편차입니다 (낮을수록 좋음). {target}의 원래 단위로 잰 "
                                "값입니다."),
    "cv_page.score_help_rmse_scaled": ("Mean ± standard deviation of the {k} fold RMSEs (lower is better).",
                                       "폴드 {k}개의 RMSE 평균 ± 표준편차입니다 (낮을수록 좋음)."),
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
}
