"""The zh_CN interface catalogue: every source string translated, the .qm built from the .ts."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from .pseudo_locale import translation_tool

REPO = Path(__file__).resolve().parents[2]
LANG = "zh_CN"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    """The translation tool, skipped when PySide6's lupdate/lrelease are not installed."""
    module = translation_tool()
    try:
        module.find_tool("pyside6-lupdate")
        module.find_tool("pyside6-lrelease")
    except module.ToolMissing as missing:
        pytest.skip(str(missing))
    return module


@pytest.mark.parametrize("lang", [LANG, "en"])
def test_every_source_string_has_a_finished_chinese_translation(
    tool: ModuleType, tmp_path: Path, lang: str
) -> None:
    """lupdate over today's sources finds no string without a finished zh_CN translation.

    The English catalogue holds the plural strings only: each needs its "1" and "many" forms.
    """
    ts = tmp_path / f"endoaid_{lang}.ts"
    shutil.copyfile(tool.ts_path(lang), ts)
    tool.run_lupdate(ts, lang, tool.python_sources())
    missing = tool.unfinished_messages(ts)
    assert not missing, f"{len(missing)} string(s) untranslated:\n" + "\n".join(missing)


def test_unfinished_strings_are_found_in_a_catalogue(tool: ModuleType, tmp_path: Path) -> None:
    """The completeness check lists new strings and passes finished ones (it can fail)."""
    source = tmp_path / "window.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("Window", "Choose a chart")\n'
        'QCoreApplication.translate("Window", "Side effects")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "sample.ts"
    tool.run_lupdate(ts, LANG, [source])
    assert tool.unfinished_messages(ts) == ["Window: Choose a chart", "Window: Side effects"]
    text = ts.read_text(encoding="utf-8").replace(
        '<source>Side effects</source>\n        <translation type="unfinished"></translation>',
        "<source>Side effects</source>\n        <translation>副作用</translation>",
    )
    ts.write_text(text, encoding="utf-8")
    assert tool.unfinished_messages(ts) == ["Window: Choose a chart"]


@pytest.mark.parametrize("lang", [LANG, "en"])
def test_committed_qm_is_built_from_the_committed_ts(
    tool: ModuleType, tmp_path: Path, lang: str
) -> None:
    """Rebuilding the .qm from the committed .ts gives the committed .qm byte for byte."""
    rebuilt = tmp_path / f"endoaid_{lang}.qm"
    tool.run_lrelease(tool.ts_path(lang), rebuilt)
    assert rebuilt.read_bytes() == tool.qm_path(lang).read_bytes(), (
        f"endoaid_{lang}.qm is stale: run tools/update_translations.py and commit both files"
    )


def test_committed_qm_loads_and_translates_every_finished_string(
    tool: ModuleType, qapp: object
) -> None:
    """QTranslator loads the shipped .qm and gives each finished .ts translation back."""
    import xml.etree.ElementTree as ElementTree

    translator = QTranslator()
    assert translator.load(str(tool.qm_path(LANG)))
    assert translator.language() == LANG
    for context in ElementTree.parse(tool.ts_path(LANG)).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            source = message.findtext("source", default="")
            assert translator.translate(name, source) == (translation.text or "")
