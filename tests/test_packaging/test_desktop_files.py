"""The desktop file, AppStream metainfo and icons are valid and carry the package's version."""

from __future__ import annotations

import configparser
import datetime
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QImage

from endoaid import __version__

from .conftest import PACKAGING, REPO, load_script

DESKTOP = PACKAGING / "endoaid.desktop"
METAINFO = PACKAGING / "io.github.endoaid.Endoaid.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=False)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    """desktop-file-validate reports no error and no warning for endoaid.desktop."""
    result = _run("desktop-file-validate", str(DESKTOP))
    problems = [line for line in result.stdout.splitlines() if "hint:" not in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_metainfo_passes_appstream_validation() -> None:
    """appstreamcli validates the metainfo source without errors or warnings."""
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_stamped_metainfo_validates_and_names_the_package_version(tmp_path: Path) -> None:
    """The copy build.sh writes lists one release: the installed package's version."""
    stamp = load_script("stamp_metainfo")
    out = tmp_path / "io.github.endoaid.Endoaid.metainfo.xml"
    assert stamp.main([str(out)]) == 0
    releases = ElementTree.parse(out).getroot().findall("releases/release")
    assert [r.get("version") for r in releases] == [__version__]
    assert releases[0].get("date") == datetime.date.today().isoformat()
    result = _run("appstreamcli", "validate", "--no-net", str(out))
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_source_types_no_version() -> None:
    """The metainfo source holds no release, so the version lives in pyproject.toml only."""
    root = ElementTree.parse(METAINFO).getroot()
    assert root.find("releases") is None
    assert __version__ not in METAINFO.read_text(encoding="utf-8")


def test_metainfo_launches_the_shipped_desktop_file() -> None:
    """The metainfo's launchable names the desktop file that build.sh installs."""
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == _desktop_entry()["TryExec"]


def test_desktop_launcher_opens_a_session_file_or_nothing() -> None:
    """Exec= passes the double-clicked session file (%f), which the window opens; the
    desktop file and the shared-mime-info type name the same MIME type."""
    from endoaid.cli import build_parser, session_argument

    command = _desktop_entry()["Exec"].split()
    assert command == ["endoaid", "%f"]
    args = build_parser().parse_args(session_argument(["/home/her/visit.endoaid.json"]))
    assert args.command is None and str(args.open) == "/home/her/visit.endoaid.json"
    assert build_parser().parse_args([]).command is None  # launched from the menu: no file
    mime = ElementTree.parse(PACKAGING / "endoaid-session.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-endoaid-session"
    assert kind.find("m:glob", ns).get("pattern") == "*.endoaid.json"
    assert _desktop_entry()["MimeType"] == "application/x-endoaid-session;"


def test_desktop_file_offers_chinese_names() -> None:
    """The launcher shows a Simplified Chinese name and comment to zh_CN desktops."""
    entry = _desktop_entry()
    assert entry["Name[zh_CN]"] and entry["Comment[zh_CN]"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in entry["Comment[zh_CN]"])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_every_size(size: int) -> None:
    """The icon theme gets a square PNG of the named size, from the SVG source."""
    path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "endoaid.png"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_desktop_icon_name_matches_the_icon_files() -> None:
    """Icon= in the desktop file is the file name of the themed icons and the SVG source."""
    name = _desktop_entry()["Icon"]
    assert (REPO / "resources" / "icons" / f"{name}.svg").is_file()
    assert (PACKAGING / "icons" / "hicolor" / "48x48" / "apps" / f"{name}.png").is_file()


def test_windows_icon_holds_small_and_large_sizes() -> None:
    """The .ico has 16 px for lists and 256 px for large views on Windows."""
    from PIL import Image

    with Image.open(PACKAGING / "icons" / "endoaid.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(sizes)
