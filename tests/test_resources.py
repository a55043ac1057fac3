"""Resources are found from an installed package, a frozen app and a source checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from endoaid import resources


@pytest.fixture(autouse=True)
def _fresh_cache():
    resources.resources_root.cache_clear()
    yield
    resources.resources_root.cache_clear()


def _fake_resources(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "content" / "pack.toml").write_text("[pack]\n", encoding="utf-8")
    return root


def test_installed_package_resources_come_first(tmp_path, monkeypatch):
    """A wheel's endoaid/resources is used before anything else."""
    installed = _fake_resources(tmp_path / "site" / "endoaid" / "resources")
    monkeypatch.setattr(resources, "_package_dir", lambda: installed.parent)
    assert resources.resources_root() == installed


def test_frozen_app_resources_are_found(tmp_path, monkeypatch):
    """A PyInstaller bundle's resources/ (sys._MEIPASS) is used when no package copy exists."""
    frozen = _fake_resources(tmp_path / "bundle" / "resources")
    monkeypatch.setattr(resources, "_package_dir", lambda: tmp_path / "none")
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen.parent), raising=False)
    assert resources.resources_root() == frozen


def test_checkout_resources_are_the_fallback(tmp_path, monkeypatch):
    """In a source checkout (editable install) the repository's resources/ is used."""
    monkeypatch.setattr(resources, "_package_dir", lambda: tmp_path / "none")
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    checkout = Path(resources.__file__).resolve().parent.parent / "resources"
    if not (checkout / "content" / "pack.toml").is_file():
        pytest.skip("not running from a source checkout")
    assert resources.resources_root() == checkout


def test_missing_resources_name_the_places_tried(tmp_path, monkeypatch):
    """With no resources anywhere, the error says so in one sentence with the paths."""
    monkeypatch.setattr(resources, "_package_dir", lambda: tmp_path / "a")
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(resources, "__file__", str(tmp_path / "b" / "endoaid" / "resources.py"))
    with pytest.raises(resources.ResourcesMissing, match="resources folder is missing"):
        resources.resources_root()


def test_shipped_content_folder_has_the_pack():
    """The real resources folder holds the content pack."""
    assert (resources.content_dir() / "pack.toml").is_file()


def test_content_override_points_to_another_pack(tmp_path, monkeypatch):
    """ENDOAID_CONTENT names a newer pack folder, used instead of the shipped one."""
    monkeypatch.setenv("ENDOAID_CONTENT", str(tmp_path))
    assert resources.content_dir() == tmp_path
