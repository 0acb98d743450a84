"""Translation strings: data (reading CSV files, turning tables into datasets). Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "data.table_gone": ("The table '{name}' this run was trained on is no longer kept (its upload was deleted), so "
                        "its rows, script and data cannot be shown or exported. Upload the same file again on the "
                        "Data page to bring them back.",
                        "이 실행이 학습한 표 '{name}'{은} 더 이상 남아 있지 않습니다 (올린 파일이 지워졌습니다). 그래서 "
                        "행을 보여 주거나 스크립트와 데이터를 내보낼 수 없습니다. 데이터 페이지에서 같은 파일을 다시 "
                        "올리면 되돌아옵니다."),
    # read_csv: the file itself
    "data.too_big": ("The file is {size} MB, over the {limit} MB limit. Upload a smaller file, "
                     "for example with fewer rows or only the columns you need.",
                     "파일 크기가 {size} MB로, 제한({limit} MB)을 넘습니다. 행을 줄이거나 필요한 열만 남겨 "
                     "더 작은 파일로 올려 주세요."),
    "data.not_found": ("Could not open the file '{path}'. Check that the path is right and the file exists.",
                       "'{path}' 파일을 열 수 없습니다. 경로가 맞는지, 파일이 있는지 확인하세요."),
    "data.source_type": ("Cannot read a table from a {kind}. Give a file path, bytes or an uploaded file.",
                         "{kind}에서는 표를 읽을 수 없습니다. 파일 경로, 바이트 또는 업로드한 파일을 넘겨 주세요."),
    "data.empty": ("The file is empty (or holds only spaces and blank lines). Choose a CSV file that contains a table.",
                   "파일이 비어 있습니다 (또는 공백과 빈 줄뿐입니다). 표가 들어 있는 CSV 파일을 골라 주세요."),
    "data.excel": ("This is an Excel workbook (.xlsx/.xls) or a ZIP archive, not a CSV file. In Excel choose "
                   "File > Save As > 'CSV UTF-8 (comma delimited)' and upload that file (unzip a .zip first).",
                   "CSV 파일이 아니라 엑셀 통합 문서(.xlsx/.xls) 또는 ZIP 압축 파일입니다. 엑셀에서 "
                   "파일 > 다른 이름으로 저장 > 'CSV UTF-8(쉼표로 분리)'을 골라 저장한 파일을 올려 주세요 "
                   "(.zip이면 먼저 압축을 푸세요)."),
    "data.image": ("This is an image, not a CSV table. Upload a .csv file with one row per example.",
                   "이미지 파일이지 CSV 표가 아닙니다. 예제 하나가 한 행인 .csv 파일을 올려 주세요."),
    "data.binary": ("This file contains binary data (such as zero bytes), so it is not a text CSV file. "
                    "Export your table as CSV and upload that.",
                    "이 파일에는 바이너리 데이터(0 바이트 등)가 들어 있어 텍스트 CSV 파일이 아닙니다. "
                    "표를 CSV로 내보낸 뒤 그 파일을 올려 주세요."),
    "data.encoding": ("The text encoding of this file is unknown (tried UTF-8, UTF-16, CP949/EUC-KR and "
                      "Windows-1252). Save it again as 'CSV UTF-8' and upload it.",
                      "파일의 글자 인코딩을 읽을 수 없습니다 (UTF-8, UTF-16, CP949/EUC-KR, Windows-1252를 "
                      "시도했습니다). "
                      "'CSV UTF-8' 형식으로 다시 저장해서 올려 주세요."),
    # read_csv: the table inside
    "data.quoting": ("A quotation mark (\") in the row starting on line {line} is not closed properly. "
                     "Check that line for a stray or missing \" character.",
                     "{line}번째 줄에서 시작하는 행의 따옴표(\")가 제대로 닫히지 않았습니다. "
                     "그 줄에 따옴표가 빠졌거나 잘못 들어갔는지 확인하세요."),
    "data.ragged": ("Line {line} has {found} value(s) but the header has {expected} (columns split at "
                    "{delimiter}). Every row needs the same number of columns: check that line for a missing or "
                    "extra delimiter, or a delimiter inside a value that should be in quotes.",
                    "{line}번째 줄에는 값이 {found}개 있는데 머리글 행에는 열이 {expected}개 있습니다 "
                    "(열 구분자: {delimiter}). 모든 행의 열 수가 같아야 합니다. 그 줄에 구분자가 빠졌거나 더 "
                    "들어갔는지, 따옴표로 감싸야 할 값 안에 구분자가 있는지 확인하세요."),
    "data.too_many_columns": ("The file has {n:,} columns; this app reads at most {max:,}. "
                              "Keep only the columns you need.",
                              "파일의 열이 {n:,}개입니다. 이 앱은 최대 {max:,}개까지 읽습니다. 필요한 열만 남겨 주세요."),
    "data.no_rows": ("The file has a header row ({columns}) but no data rows. Add rows of data below the header.",
                     "머리글 행({columns})만 있고 데이터 행이 없습니다. 머리글 아래에 데이터 행을 추가하세요."),
    "data.one_column": ("Only one column was found and it is not numbers, so this does not look like a table. "
                        "Separate the columns with commas, semicolons, tabs or | characters.",
                        "열이 하나뿐이고 숫자도 아니어서 표로 보이지 않습니다. 열을 쉼표, 세미콜론, 탭 또는 | "
                        "문자로 구분해 주세요."),
    "data.unreadable": ("The file could not be read as a table. Check that it is a plain CSV file with one "
                        "header row and one row per example.",
                        "파일을 표로 읽을 수 없습니다. 머리글 행 하나와 예제마다 한 행으로 된 일반 CSV 파일인지 "
                        "확인하세요."),
    "data.excel_unreadable": ("This file looks like an Excel workbook or a ZIP archive, but no sheet could be "
                              "read from it. Open it in Excel and save it again as .xlsx or as 'CSV UTF-8'.",
                              "엑셀 통합 문서나 ZIP 압축 파일처럼 보이지만 시트를 읽을 수 없습니다. 엑셀에서 열어 "
                              ".xlsx 또는 'CSV UTF-8' 형식으로 다시 저장해 주세요."),
    "data.xls": ("This is an old Excel workbook (.xls), which this app cannot read. In Excel choose File > Save As "
                 "and save it as an .xlsx workbook or as 'CSV UTF-8', then upload that file.",
                 "예전 엑셀 형식(.xls) 파일이라 이 앱에서 읽을 수 없습니다. 엑셀에서 파일 > 다른 이름으로 저장을 "
                 "골라 .xlsx 통합 문서나 'CSV UTF-8' 형식으로 저장한 뒤 그 파일을 올려 주세요."),
    # read_csv: notes
    "data.note_encoding": ("The file was read as {encoding} text, not UTF-8.",
                           "이 파일은 UTF-8이 아니라 {encoding} 인코딩으로 읽었습니다."),
    "data.note_first_sheet": ("The workbook has {n} sheets; the first one, '{sheet}', was read.",
                              "통합 문서에 시트가 {n}개 있어서 첫 번째 시트 '{sheet}'{을} 읽었습니다."),
    "data.note_title_skipped": ("The lines above the table ({text}) look like a title, so the table starts below "
                                "them.",
                                "표 위의 줄({text})은 제목으로 보여서 건너뛰고 그 아래부터 표로 읽었습니다."),
    "data.note_trailing_empty": ("{n} empty column(s) without a name at the right edge were left out.",
                                 "오른쪽 끝에 이름도 값도 없는 빈 열 {n}개는 뺐습니다."),
    "data.note_totals": ("{n} row(s) labeled as totals (e.g. '{example}') were left out: they add up other rows "
                         "and are not examples of their own.",
                         "합계 행 {n}개(예: '{example}')를 뺐습니다. 다른 행을 더한 값이라 예제 하나로 볼 수 "
                         "없기 때문입니다."),
    "data.note_marks": ("The column '{column}' held numbers written with {marks}; the marks were removed and the "
                        "numbers kept as written (37% becomes 37).",
                        "'{column}' 열의 숫자에 {marks} 표시가 붙어 있어서 표시는 떼고 숫자만 그대로 남겼습니다 "
                        "(37%는 37이 됩니다)."),
    "data.note_unnamed": ("Columns without a name were called {names}.",
                          "이름이 없는 열에 {names}{이라는} 이름을 붙였습니다."),
    "data.note_duplicate_names": ("Some column names appear more than once ({names}); the repeats were renamed "
                                  "with .1, .2, ... so every column has its own name.",
                                  "같은 열 이름이 여러 번 나옵니다 ({names}). 열마다 이름이 달라지도록 반복된 "
                                  "이름 뒤에 .1, .2, ...를 붙였습니다."),
    "data.note_no_header": ("The first row holds only numbers, so it was read as data, not as a header; "
                            "the columns were named col_1 ... col_{n}.",
                            "첫 행이 숫자로만 되어 있어 머리글이 아니라 데이터로 읽었습니다. "
                            "열 이름은 col_1 ... col_{n}{으로} 붙였습니다."),
    # make_dataset: choices
    "data.bad_task": ("'{task}' is not a task. Choose one of: {allowed}.",
                      "'{task}'{은} 올바른 문제 유형이 아닙니다. 다음 중에서 고르세요: {allowed}."),
    "data.no_target": ("There is no column named '{column}' to predict. Choose the target from the table's columns.",
                       "예측할 '{column}' 열이 표에 없습니다. 표에 있는 열 중에서 타깃을 골라 주세요."),
    "data.unknown_features": ("These feature columns are not in the table: {columns}.",
                              "다음 특성 열이 표에 없습니다: {columns}."),
    "data.target_in_features": ("'{column}' is the target, so it cannot also be a feature. Remove it from the features.",
                                "'{column}' 열은 타깃이므로 특성으로도 쓸 수 없습니다. 특성 목록에서 빼 주세요."),
    "data.no_features": ("There are no usable feature columns. Choose at least one non-empty column besides "
                         "the target '{column}'.",
                         "쓸 수 있는 특성 열이 없습니다. 타깃 '{column}' 말고 비어 있지 않은 열을 하나 이상 골라 주세요."),
    "data.too_many_features": ("There are {n:,} feature columns (after encoding categories); this app allows at "
                               "most {max:,}. Choose fewer features.",
                               "(범주를 인코딩한 뒤) 특성 열이 {n:,}개입니다. 이 앱은 최대 {max:,}개까지 "
                               "허용합니다. 특성을 줄여 주세요."),
    # make_dataset: values
    "data.text_column": ("The column '{column}' holds text with {n} different values (e.g. '{example}'), too many "
                         "to encode as categories (at most {max}). Remove it from the features or turn it into numbers.",
                         "'{column}' 열에는 서로 다른 텍스트 값이 {n}개 있어 (예: '{example}') 범주로 인코딩하기에 "
                         "너무 많습니다 (최대 {max}개). 특성에서 빼거나 숫자로 바꿔 주세요."),
    "data.target_not_numeric": ("Regression needs a numeric target, but '{column}' holds text (e.g. '{example}'). "
                                "Choose a classification task or a numeric column.",
                                "회귀에는 숫자 타깃이 필요한데 '{column}' 열에는 텍스트가 들어 있습니다 "
                                "(예: '{example}'). 분류 문제를 고르거나 숫자 열을 타깃으로 고르세요."),
    "data.too_few_rows": ("The table has only {n} row(s); at least 2 are needed to train and test a model.",
                          "표에 행이 {n}개뿐입니다. 모델을 학습하고 평가하려면 2개 이상 필요합니다."),
    "data.too_few_usable_rows": ("Only {n} usable row(s) remain after removing rows with missing, infinite or "
                                 "huge values; at least 2 are needed. The column '{column}' has the most such "
                                 "cells ({bad}): fill them in or leave that column out.",
                                 "빈 값, 무한대 또는 아주 큰 값이 있는 행을 빼고 나니 쓸 수 있는 행이 {n}개뿐입니다 "
                                 "(2개 이상 필요). 그런 칸이 가장 많은 열은 '{column}'입니다 ({bad}개). "
                                 "값을 채우거나 그 열을 빼 주세요."),
    "data.constant_target": ("The target '{column}' has the same value ({value}) in every row, so there is "
                             "nothing to learn. Choose a column whose values vary.",
                             "타깃 '{column}'의 값이 모든 행에서 같아서 ({value}) 배울 것이 없습니다. "
                             "값이 달라지는 열을 골라 주세요."),
    "data.one_class": ("The target '{column}' has only one class ('{label}'), so there is nothing to tell apart. "
                       "Classification needs at least two classes.",
                       "타깃 '{column}'에 클래스가 하나('{label}')뿐이라 구별할 것이 없습니다. "
                       "분류에는 클래스가 두 개 이상 필요합니다."),
    "data.too_many_classes": ("The target '{column}' has {n} different values, too many classes (at most {max}). "
                              "If it holds measurements, choose regression; if it is an ID or a name, choose "
                              "another target.",
                              "타깃 '{column}'에 서로 다른 값이 {n}개 있어 클래스가 너무 많습니다 (최대 {max}개). "
                              "측정값이라면 회귀를 고르고, ID나 이름이라면 다른 타깃을 골라 주세요."),
    "data.target_empty": ("The target column '{column}' is empty: it has no values to learn from. Choose another "
                          "column as the target.",
                          "타깃 열 '{column}'{이} 비어 있어서 배울 값이 없습니다. 다른 열을 타깃으로 골라 주세요."),
    "data.binary_needs_two": ("A binary task needs exactly 2 classes, but '{column}' has {n}. Choose 'multiclass'.",
                              "이진 분류에는 클래스가 정확히 2개 필요한데 '{column}'에는 {n}개 있습니다. "
                              "문제 유형에서 '다중 분류'를 고르세요."),
    # make_dataset: notes
    "data.note_empty_column": ("The column '{column}' is empty and was left out.",
                               "'{column}' 열은 비어 있어서 뺐습니다."),
    "data.note_text_to_numbers": ("The column '{column}' held numbers written as text; they were converted to numbers.",
                                  "'{column}' 열의 숫자가 텍스트로 적혀 있어서 숫자로 바꿨습니다."),
    "data.note_not_numbers": ("The column '{column}' is mostly numbers; {n} cell(s) that were not (e.g. '{example}') "
                              "were treated as missing.",
                              "'{column}' 열은 대부분 숫자입니다. 숫자가 아닌 칸 {n}개(예: '{example}')는 "
                              "빈 값으로 처리했습니다."),
    "data.note_one_hot": ("The text column '{column}' was one-hot encoded into {n:@column} of 0/1, one per category.",
                          "텍스트 열 '{column}'{을} 원-핫 인코딩해서 범주마다 0/1 열 하나씩, {n}개 열로 바꿨습니다."),
    "data.note_dropped_rows": ("{n:,} of {total:,@row} had a missing, infinite or huge (over 1e30) value and "
                               "were removed.",
                               "전체 {total:,}행 중 {n:,}행에 빈 값, 무한대 또는 아주 큰 값(1e30 초과)이 있어서 뺐습니다."),
    "data.note_rows_by_column": ("The column that cost the most rows is '{column}' ({n:,} rows without a usable "
                                 "value).",
                                 "가장 많은 행을 빠지게 한 열은 '{column}'입니다 (쓸 수 있는 값이 없는 행 {n:,}개)."),
    "data.note_id_like": ("The column '{column}' has a different value in every row, like an ID, a row number or a "
                          "name, so it was left out of the features: it cannot teach the model anything that "
                          "carries over to new rows. You can still add it.",
                          "'{column}' 열은 행마다 값이 달라 ID나 행 번호, 이름처럼 보여서 특성에서 뺐습니다. 새 행에 "
                          "통하는 규칙을 가르쳐 주지 못하기 때문입니다. 필요하면 직접 다시 넣을 수 있습니다."),
    "data.note_free_text": ("The column '{column}' holds free text ({n} different values), too many to use as "
                            "categories, so it was left out of the features. You can still add it.",
                            "'{column}' 열은 서로 다른 값이 {n}개인 자유 텍스트라 범주로 쓰기 어려워서 특성에서 "
                            "뺐습니다. 필요하면 직접 다시 넣을 수 있습니다."),
    "data.note_mostly_empty": ("The column '{column}' is empty in {n:,} of {total:,} rows; using it would remove "
                               "those rows, so it was left out of the features. You can still add it.",
                               "'{column}' 열은 전체 {total:,}행 중 {n:,}행이 비어 있습니다. 이 열을 쓰면 그 행들을 "
                               "빼야 해서 특성에서 뺐습니다. 필요하면 직접 다시 넣을 수 있습니다."),
    "data.note_date": ("The column '{column}' holds dates; it was turned into the numbers {parts}.",
                       "'{column}' 열은 날짜라서 {parts} 숫자 열로 바꿨습니다."),
}
