"""Translation strings of the saved workspace (engine.store). Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "store.saving_to": ("Your work is saved in {path}.",
                        "작업 내용은 {path}에 저장됩니다."),
    "store.moved_aside": ("The saved workspace file was damaged, so a fresh one was started. The damaged file was "
                          "kept as {path}; nothing in it was deleted.",
                          "저장된 작업 공간 파일이 손상되어 새 파일로 시작했습니다. 손상된 파일은 {path}{으로} 옮겨 "
                          "두었고, 그 안의 내용은 지우지 않았습니다."),
    "store.not_saving": ("Your work cannot be saved at {path} (the folder is read-only or the disk is full). The app "
                         "keeps working, but what you do now is lost when the app stops.",
                         "{path}에 작업 내용을 저장할 수 없습니다 (읽기 전용 폴더이거나 디스크가 가득 찼습니다). 앱은 "
                         "계속 쓸 수 있지만, 지금부터 한 작업은 앱을 끄면 사라집니다."),
    "store.disk_full": ("The workspace file {path} stopped accepting changes (the disk may be full). The app keeps "
                        "working in memory: what you do from now on is lost when the app stops.",
                        "작업 공간 파일 {path}에 더 이상 저장할 수 없습니다 (디스크가 가득 찼을 수 있습니다). 앱은 "
                        "메모리에서 계속 동작하지만, 지금부터 한 작업은 앱을 끄면 사라집니다."),
    "store.newer_file": ("The workspace file {path} was written by a newer version of this app. It is left untouched; "
                         "this time nothing is saved.",
                         "작업 공간 파일 {path}{은} 이 앱의 더 새로운 버전이 만든 파일입니다. 파일은 그대로 두고, "
                         "이번에는 아무것도 저장하지 않습니다."),
    "store.foreign_file": ("{path} is not a Study Lab workspace file. It is left untouched and nothing is saved; set "
                           "STUDYLAB_DB to another file name.",
                           "{path}{은} Study Lab 작업 공간 파일이 아닙니다. 파일은 그대로 두고 아무것도 저장하지 "
                           "않습니다. STUDYLAB_DB를 다른 파일 이름으로 정해 주세요."),
    "store.unreadable": ("The workspace file could not be read; it may have been damaged while the app was running. "
                         "Restart the app: it keeps the damaged file aside and starts a fresh one.",
                         "작업 공간 파일을 읽을 수 없습니다. 앱이 실행되는 동안 손상되었을 수 있습니다. 앱을 다시 "
                         "시작하면 손상된 파일은 따로 보관하고 새 파일로 시작합니다."),
    "store.busy": ("The workspace file is busy (another program is writing to it). Try again in a moment.",
                   "다른 프로그램이 작업 공간 파일에 쓰고 있어 지금은 저장할 수 없습니다. 잠시 뒤에 다시 해 보세요."),
    "store.no_run": ("That run is no longer in your workspace (it may have been deleted in another tab).",
                     "그 실행 기록은 작업 공간에 더 이상 없습니다 (다른 탭에서 지웠을 수 있습니다)."),
    "store.no_upload": ("That uploaded table is no longer in your workspace.",
                        "그 업로드한 표는 작업 공간에 더 이상 없습니다."),
    "store.run_damaged": ("The saved run '{name}' could not be read back: its stored data is damaged.",
                          "저장된 실행 기록 '{name}'{을} 다시 읽을 수 없습니다. 저장된 데이터가 손상되었습니다."),
    "store.bad_name": ("A name needs 1 to {max} characters.",
                       "이름은 1자에서 {max}자 사이여야 합니다."),
    "store.bad_workspace": ("That workspace name is not valid.",
                            "올바른 작업 공간 이름이 아닙니다."),
    "store.not_plain": ("Only plain values (text, numbers, lists, dictionaries) can be saved as {what}.",
                        "{what}에는 단순한 값(글자, 숫자, 리스트, 딕셔너리)만 저장할 수 있습니다."),
    "store.bad_import": ("This file is not a Study Lab workspace export, or it is damaged; nothing was imported.",
                         "이 파일은 Study Lab 작업 공간 내보내기 파일이 아니거나 손상되었습니다. 아무것도 가져오지 "
                         "않았습니다."),
}
