"""The frozen app from packaging/build.sh runs headless: version, content check, PDF export.

Slow (a build takes about a minute, the first one longer while the build venv is made), so it
is marked `packaging` and skipped where PyInstaller is not installed. A bundle newer than every
source file is reused; set ENDOAID_REBUILD=1 to force a build.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

from endoaid import __version__

from .conftest import PACKAGING, REPO

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install pyinstaller to run packaging tests)",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh runs on Linux"),
]

BUNDLE = REPO / "dist" / "endoaid"
BINARY = BUNDLE / "endoaid"
SIZE_BUDGET = 250 * 1024 * 1024
NOT_YET = "not available in this version yet"


def _newest_source_mtime() -> float:
    """Return the newest modification time among the files that go into the bundle."""
    roots = [REPO / "endoaid", REPO / "resources", REPO / "pyproject.toml"]
    roots += [p for p in PACKAGING.iterdir() if p.name != "build"]
    newest = 0.0
    for root in roots:
        files = root.rglob("*") if root.is_dir() else [root]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    """A fresh dist/endoaid/, built by packaging/build.sh unless an up-to-date one exists."""
    fresh = BINARY.is_file() and BINARY.stat().st_mtime > _newest_source_mtime()
    if not fresh or os.environ.get("ENDOAID_REBUILD"):
        result = subprocess.run(
            [str(PACKAGING / "build.sh")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        assert result.returncode == 0, f"build.sh failed:\n{result.stderr[-4000:]}"
    return BUNDLE


def _frozen(
    *args: str, cwd: Path | None = None, binary: Path = BINARY
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(binary), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=cwd,
    )


def test_frozen_app_prints_the_package_version(bundle: Path) -> None:
    """`endoaid --version` from the bundle names the version of the package it was built from."""
    result = _frozen("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"endoaid {__version__}"


def test_frozen_app_finds_and_validates_its_content_pack(bundle: Path, tmp_path: Path) -> None:
    """`endoaid content check` passes on the pack inside the bundle, from any folder."""
    result = _frozen("content", "check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "is valid" in result.stdout


def test_frozen_app_exports_a_pdf(bundle: Path, tmp_path: Path) -> None:
    """`endoaid export` from the bundle writes a PDF with no window and no Python around."""
    out = tmp_path / "summary.pdf"
    result = _frozen(
        "export",
        "-o",
        str(out),
        "--decision",
        "ovarian-suppression-method",
        "--menopause",
        "pre",
        "--setting",
        "early",
        cwd=tmp_path,
    )
    if result.returncode == 2 and NOT_YET in result.stderr:
        pytest.skip(f"the frozen app says: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    assert "Traceback" not in result.stderr


def test_frozen_app_exports_chinese_that_can_be_read_back(bundle: Path, tmp_path: Path) -> None:
    """A Chinese PDF from the bundle holds real ideographs: the CJK font travelled with it."""
    from pypdf import PdfReader

    out = tmp_path / "summary-zh.pdf"
    result = _frozen(
        "export", "-o", str(out), "--decision", "ovarian-suppression-method",
        "--menopause", "pre", "--setting", "early", "--lang", "zh_CN", cwd=tmp_path,
    )  # fmt: skip
    if result.returncode == 2 and NOT_YET in result.stderr:
        pytest.skip(f"the frozen app says: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    ideographs = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    radicals = [ch for ch in text if "\u2e80" <= ch <= "\u2fdf"]
    assert len(ideographs) > 20 and not radicals


def test_frozen_window_starts_headless(bundle: Path, tmp_path: Path) -> None:
    """`endoaid --smoke-test` opens the main window offscreen and exits 0: Qt's plugins are in."""
    result = _frozen("--smoke-test", cwd=tmp_path)
    if result.returncode == 2 and NOT_YET in result.stderr:
        pytest.skip(f"the frozen app says: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("startup_ms=")
    assert "Traceback" not in result.stderr


@pytest.fixture
def bundle_without_resources(bundle: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the bundle (binary copied, the rest linked) whose resources/ is gone."""
    copy = tmp_path / "endoaid"
    (copy / "_internal").mkdir(parents=True)
    (copy / "endoaid").write_bytes(BINARY.read_bytes())
    (copy / "endoaid").chmod(0o755)
    for entry in (bundle / "_internal").iterdir():
        if entry.name != "resources":
            (copy / "_internal" / entry.name).symlink_to(entry)
    yield copy / "endoaid"


def test_frozen_app_without_resources_says_so_in_one_line(
    bundle_without_resources: Path, tmp_path: Path
) -> None:
    """A bundle whose resources were deleted exits 2 with one line, not a traceback."""
    result = _frozen("content", "check", cwd=tmp_path, binary=bundle_without_resources)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2
    assert len(lines) == 1 and "resources folder is missing" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_bundle_stays_under_the_size_budget(bundle: Path) -> None:
    """The unpacked Linux bundle is smaller than 250 MB."""
    total = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert total < SIZE_BUDGET, f"bundle is {total / 2**20:.0f} MB"


def test_bundle_carries_desktop_files_with_the_package_version(bundle: Path) -> None:
    """share/ holds the desktop file, the icons, and metainfo stamped with this version."""
    share = bundle / "share"
    assert (share / "applications" / "endoaid.desktop").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "endoaid.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "endoaid.png").is_file()
    metainfo = share / "metainfo" / "io.github.endoaid.Endoaid.metainfo.xml"
    versions = [r.get("version") for r in ElementTree.parse(metainfo).iter("release")]
    assert versions == [__version__]
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout
