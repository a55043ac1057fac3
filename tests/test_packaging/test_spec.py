"""The PyInstaller spec ships the resources and leaves out the Qt parts endoaid never uses."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from .conftest import PACKAGING

SPEC = PACKAGING / "endoaid.spec"


@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    """The spec parsed as Python."""
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


@pytest.fixture(scope="module")
def spec_rules(spec_tree: ast.Module) -> dict[str, Any]:
    """The spec's name lists and filter functions, run without PyInstaller."""
    wanted = {"EXCLUDED_MODULES", "QT_MODULES_USED", "MPL_DROP"}
    nodes: list[ast.stmt] = []
    for node in spec_tree.body:
        if isinstance(node, ast.FunctionDef):
            nodes.append(node)
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in wanted or name.startswith("UNUSED_"):
                nodes.append(node)
    namespace: dict[str, Any] = {}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def _analysis_keywords(tree: ast.Module) -> dict[str, ast.expr]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Analysis":
            return {kw.arg: kw.value for kw in node.keywords if kw.arg}
    raise AssertionError("the spec has no Analysis(...) call")


def test_spec_puts_the_resources_folder_at_resources(spec_tree: ast.Module) -> None:
    """The checkout's resources/ lands at resources/ in the bundle, where the app looks."""
    datas = ast.unparse(_analysis_keywords(spec_tree)["datas"])
    assert "(str(RESOURCES), 'resources')" in datas
    assert "copy_metadata('endoaid')" in datas  # --version reads the package metadata


def test_spec_checks_resources_before_building() -> None:
    """A direct `pyinstaller endoaid.spec` also refuses an incomplete checkout."""
    assert "check_or_exit(RESOURCES)" in SPEC.read_text(encoding="utf-8")


def test_spec_excludes_webengine_qml_and_3d(spec_rules: dict[str, Any]) -> None:
    """WebEngine, QML/Quick, 3D and Multimedia bindings are excluded from the analysis."""
    excluded = set(spec_rules["EXCLUDED_MODULES"])
    for module in ("QtWebEngineWidgets", "QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore"):
        assert f"PySide6.{module}" in excluded
    assert "PySide6.QtMultimedia" in excluded


def test_spec_keeps_the_qt_modules_the_app_uses(spec_rules: dict[str, Any]) -> None:
    """Widgets, SVG, printing and the PDF preview are neither excluded nor filtered out."""
    used = set(spec_rules["QT_MODULES_USED"])
    assert {"PySide6.QtWidgets", "PySide6.QtSvg", "PySide6.QtPrintSupport"} <= used
    assert {"PySide6.QtPdf", "PySide6.QtPdfWidgets"} <= used
    assert not used & set(spec_rules["EXCLUDED_MODULES"])


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6\\Qt\\plugins\\sqldrivers\\qsqlite.dll",
    ],
)
def test_unused_qt_libraries_are_filtered_out(spec_rules: dict[str, Any], path: str) -> None:
    """Big Qt libraries and plugins endoaid never loads are dropped by name."""
    assert spec_rules["keep_binary"](path) is False


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6\\Qt6Widgets.dll",
    ],
)
def test_needed_qt_libraries_are_kept(spec_rules: dict[str, Any], path: str) -> None:
    """Widgets, PDF, SVG, printing and the platform plugins survive the filter."""
    assert spec_rules["keep_binary"](path) is True


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", True),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/cmr10.ttf", False),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", False),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtwebengine_zh_CN.qm", False),
        ("resources/translations/endoaid_zh_CN.qm", True),
        ("resources/fonts/EndoaidSansSC-Regular.otf", True),
    ],
)
def test_data_files_are_trimmed_to_what_is_used(
    spec_rules: dict[str, Any], path: str, kept: bool
) -> None:
    """matplotlib keeps its rc file and two fonts; Qt keeps its Chinese dialogs; ours all stay."""
    assert spec_rules["keep_data"](path) is kept


def test_spec_reads_the_version_from_the_package() -> None:
    """The macOS bundle version comes from importlib.metadata, not a typed number."""
    text = SPEC.read_text(encoding="utf-8")
    assert 'VERSION = metadata.version("endoaid")' in text
    assert '"CFBundleShortVersionString": VERSION' in text


def test_entry_script_is_the_one_the_spec_freezes() -> None:
    """The spec freezes packaging/endoaid_main.py, which exists."""
    assert 'HERE / "endoaid_main.py"' in SPEC.read_text(encoding="utf-8")
    assert Path(PACKAGING / "endoaid_main.py").is_file()
