"""A refused file, export or print is explained in the interface's language, not in English."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from endoaid import i18n
from endoaid.consultation import PriceBookError, SessionError, load_price_book_file, load_session
from endoaid.errors import UserError
from endoaid.report.build import ExportError, check_target
from endoaid.ui.common.error_words import error_text, worded_codes
from endoaid.ui.kiosk.output import KioskOutputError, save_to_folder

REPO = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
RAISING = ["endoaid/consultation", "endoaid/report", "endoaid/ui/kiosk/output.py"]


def _codes_raised() -> set[str]:
    """Return every code= given to an error in the layers whose errors the app shows."""
    found: set[str] = set()
    for place in RAISING:
        root = REPO / place
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in files:
            if path.name == "profile.py":  # profile codes are worded by the profile page
                continue
            if path.parent.name == "predict":  # TumourDetailsError carries its own Chinese
                continue
            if path.name == "personal_figures.py":  # PersonalRefused is worded in her language
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    for keyword in node.keywords:
                        if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
                            found.add(keyword.value.value)
    return found


def test_every_code_the_layers_raise_is_worded_in_the_interface():
    raised = _codes_raised()
    assert len(raised) >= 25  # the scan found the raising sites
    assert raised - worded_codes() == set()


def _caught(call) -> UserError:
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


def _real_errors(tmp_path: Path) -> list[UserError]:
    """Make each kind of refusal happen for real, as a person would meet it."""
    damaged = tmp_path / "broken.endoaid.json"
    damaged.write_text('{"schema_version": 1, "ratings": {"keep', encoding="utf-8")
    newer = tmp_path / "future.endoaid.json"
    newer.write_text(json.dumps({"schema_version": 99}), encoding="utf-8")
    wrong_field = tmp_path / "odd.endoaid.json"
    wrong_field.write_text(json.dumps({"schema_version": 1, "years": "many"}), encoding="utf-8")
    prices = tmp_path / "clinic-prices.toml"
    prices.write_text('id = "clinic"\nitems = [1, 2', encoding="utf-8")
    return [
        _caught(lambda: load_session(tmp_path / "missing.endoaid.json")),
        _caught(lambda: load_session(damaged)),
        _caught(lambda: load_session(newer)),
        _caught(lambda: load_session(wrong_field)),
        _caught(lambda: load_price_book_file(prices)),
        _caught(lambda: load_price_book_file(tmp_path / "prices.csv")),
        _caught(lambda: check_target(tmp_path / "no-such-folder" / "summary.pdf")),
        _caught(lambda: save_to_folder(None, None, tmp_path / "gone")),  # type: ignore[arg-type]
    ]


def test_each_refusal_is_said_in_chinese_with_its_file_name(tmp_path, clean_language):
    i18n.install_translators(clean_language, "zh_CN")
    errors = _real_errors(tmp_path)
    kinds = {type(e) for e in errors}
    assert {SessionError, PriceBookError, ExportError, KioskOutputError} <= kinds
    for error in errors:
        text = error_text(error)
        assert CJK.search(text), text
        words = text
        for value in error.details.values():  # paths and OS reasons stay as they are
            words = words.replace(value, "")
        assert not re.search(r"\b(does not|cannot|is not|folder|file)\b", words), text
        for name in ("missing.endoaid.json", "broken.endoaid.json", "clinic-prices.toml"):
            if name in str(error):
                assert name in text
        assert "\n" not in text


def test_in_english_the_sentence_keeps_the_names_and_the_reason(tmp_path, clean_language):
    i18n.install_translators(clean_language, "en")
    for error in _real_errors(tmp_path):
        text = error_text(error)
        assert text and not CJK.search(text)
        for value in error.details.values():
            if value and value in str(error) and "/" not in value:
                assert value in text, (value, text)


def test_an_error_without_a_code_keeps_its_own_sentence(clean_language):
    i18n.install_translators(clean_language, "zh_CN")
    assert error_text(UserError("Something plain went wrong.")) == "Something plain went wrong."


def test_the_session_dialog_speaks_chinese(qtbot, pack, tmp_path, clean_language):
    from endoaid.consultation import Session
    from endoaid.ui.app.main_window import MainWindow
    from endoaid.ui.clinician import tools as clinician_tools
    from endoaid.ui.common.state import ConsultationState

    i18n.install_translators(clean_language, "zh_CN")
    window = MainWindow(ConsultationState(pack, Session(lang="zh_CN")))
    qtbot.addWidget(window)
    window.show()
    damaged = tmp_path / "broken.endoaid.json"
    damaged.write_text('{"schema_version": 1, "ratings": {"keep', encoding="utf-8")
    assert not clinician_tools.open_session_file(window, damaged)
    box = window.problem_box
    assert box is not None
    assert CJK.search(box.windowTitle()) and CJK.search(box.text())
    assert "broken.endoaid.json" in box.text()
