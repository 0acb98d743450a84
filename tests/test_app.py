"""The app shell: renders, navigates, switches language; engine stays UI-free."""
import ast
import pathlib

from conftest import open_page


def test_home_renders_in_both_languages():
    at = open_page()
    assert not at.exception
    assert at.title[0].value == "Deep Learning Study Lab"
    at.session_state["lang"] = "ko"
    at.run()
    assert not at.exception
    assert at.title[0].value == "딥러닝 스터디 랩"


def test_engine_never_imports_streamlit():
    engine = pathlib.Path(__file__).resolve().parent.parent / "engine"
    for path in engine.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] == "streamlit" for n in names), path


def test_translation_table_is_complete():
    import string

    from engine.grammar import is_particle
    from engine.i18n import TABLE
    for key, (en, ko) in TABLE.items():
        assert en.strip() and ko.strip(), key
        # a Korean particle ({을}, {으로} …) is a field only Korean has
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f and not is_particle(f)} for text in (en, ko)]
        assert fields[0] == fields[1], key


def test_every_widget_that_holds_a_value_has_a_key():
    """Without a key a widget's identity includes its translated label, so a language switch would reset it."""
    holding = {"selectbox", "slider", "select_slider", "number_input", "checkbox", "radio", "multiselect",
               "segmented_control", "pills", "toggle", "text_input", "text_area", "file_uploader", "data_editor"}
    root = pathlib.Path(__file__).resolve().parent.parent
    missing = [f"{path.name}:{node.lineno} {node.func.attr}"
               for path in sorted([*root.glob("pages/*.py"), *root.glob("ui/*.py")])
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in holding
               and not any(keyword.arg == "key" for keyword in node.keywords)]
    assert not missing, missing
