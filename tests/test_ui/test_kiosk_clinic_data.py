"""The kiosk configuration can name a newer content pack and the clinic's own price books."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from endoaid.consultation import Session
from endoaid.resources import CONTENT_OVERRIDE
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.kiosk.clinic_data import load_configured_price_books, use_configured_content
from endoaid.ui.kiosk.config import KioskConfigError, parse_config
from tests.test_ui.kiosk_helpers import PIN_HASH

LOCAL_BOOK = """
id = "clinic-local"
name = { en = "Our clinic's prices", zh_CN = "本院价格" }
currency = "CNY"
region = "Clinic"
valid_from = 2026-10-01
source_summary = { en = "Clinic pharmacy list, October 2026", zh_CN = "本院药房价目表，2026年10月" }

[[items]]
id = "goserelin-3-6mg"
name = { en = "Goserelin 3.6 mg implant", zh_CN = "戈舍瑞林3.6毫克植入剂" }
price = "700.00"
unit = "implant"
source = "Clinic pharmacy list"
source_date = 2026-10-01
confidence = "high"
"""


def _forget_env(monkeypatch, name: str) -> None:
    """Unset `name` for one test, restoring the old value (or absence) afterwards."""
    monkeypatch.setenv(name, "")  # records the old state, so the code under test cannot leak
    monkeypatch.delenv(name)


def _config(tmp_path: Path, **extra: object):
    return parse_config({"pin_hash": PIN_HASH, **extra}, tmp_path / "kiosk.toml")


def test_configured_price_book_is_the_starting_price_book(pack, tmp_path):
    """A price book file named in the configuration loads and every new patient starts on it."""
    book_file = tmp_path / "local.toml"
    book_file.write_text(LOCAL_BOOK, encoding="utf-8")
    config = _config(tmp_path, price_book_files=[str(book_file)], default_price_book="clinic-local")
    state = ConsultationState(pack, Session(), kiosk=True)
    load_configured_price_books(state, config)
    assert state.price_book().id == "clinic-local"
    state.session.clear()
    assert state.price_book().id == "clinic-local"


def test_unloadable_price_book_refuses_to_start(pack, tmp_path):
    """A configured price book that cannot be read stops kiosk mode with one sentence."""
    config = _config(tmp_path, price_book_files=[str(tmp_path / "missing.toml")])
    state = ConsultationState(pack, Session(), kiosk=True)
    with pytest.raises(KioskConfigError, match="cannot be used"):
        load_configured_price_books(state, config)


def test_unknown_default_price_book_refuses_to_start(pack, tmp_path):
    """A default price book that exists nowhere is refused, naming it."""
    config = _config(tmp_path, default_price_book="nowhere")
    state = ConsultationState(pack, Session(), kiosk=True)
    with pytest.raises(KioskConfigError, match="'nowhere'"):
        load_configured_price_books(state, config)


def test_configured_content_pack_is_used(tmp_path, monkeypatch):
    """A content_pack folder in the configuration becomes the pack the app loads."""
    _forget_env(monkeypatch, CONTENT_OVERRIDE)
    folder = tmp_path / "content"
    folder.mkdir()
    use_configured_content(_config(tmp_path, content_pack=str(folder)))
    assert os.environ[CONTENT_OVERRIDE] == str(folder)


def test_missing_content_pack_folder_refuses_to_start(tmp_path, monkeypatch):
    """A content_pack folder that does not exist is refused before anything starts."""
    _forget_env(monkeypatch, CONTENT_OVERRIDE)
    with pytest.raises(KioskConfigError, match="does not exist"):
        use_configured_content(_config(tmp_path, content_pack=str(tmp_path / "gone")))
    assert CONTENT_OVERRIDE not in os.environ


def test_price_book_files_must_be_a_list_of_paths(tmp_path):
    """A single string where a list belongs is one clear sentence."""
    with pytest.raises(KioskConfigError, match="must be a list of file paths"):
        _config(tmp_path, price_book_files="local.toml")


def test_kiosk_keeps_matplotlib_cache_private(monkeypatch):
    """matplotlib's cache goes to a private temporary folder in kiosk mode."""
    from endoaid.ui.kiosk.clinic_data import use_private_caches

    _forget_env(monkeypatch, "MPLCONFIGDIR")
    use_private_caches()
    folder = Path(os.environ["MPLCONFIGDIR"])
    assert folder.is_dir() and folder.name.startswith("endoaid-kiosk-")
    assert str(Path.home()) not in str(folder)
