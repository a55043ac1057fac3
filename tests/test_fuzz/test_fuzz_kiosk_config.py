"""Broken kiosk configurations: refused in one sentence (kiosk mode stays off), never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given

from endoaid.ui.kiosk.config import KioskConfig, KioskConfigError, load_kiosk_config
from tests.test_fuzz.mutations import mutated
from tests.test_fuzz.verdict import fuzz_settings, refused_or_loaded
from tests.test_ui.kiosk_helpers import PIN_HASH

VALID = (
    f'pin_hash = "{PIN_HASH}"\nidle_seconds = 90\ncountdown_seconds = 20\n'
    'export_folder = "/srv/endoaid/exports"\nprinter = "Reception"\nlanguage = "zh_CN"\n'
    'text_size = "A+"\nprice_book_files = ["/srv/endoaid/clinic.toml"]\n'
    'default_price_book = "uk-nhs-2026"\n'
).encode()
FUZZ = fuzz_settings(80)


@FUZZ
@given(mutated(VALID, "toml"))
def test_a_broken_kiosk_configuration_is_refused_in_one_sentence_or_read(case):
    """Flipped, cut, retyped, huge, deep, re-encoded or doubled: one sentence or a config."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kiosk.toml"
        path.write_bytes(case[1])
        result = refused_or_loaded(load_kiosk_config, path)
        assert isinstance(result, KioskConfig | KioskConfigError)


def test_deeply_nested_values_are_refused_in_one_sentence(tmp_path):
    """10,000 nested arrays (which exhaust Python's recursion) are refused, not a crash."""
    path = tmp_path / "kiosk.toml"
    path.write_text(f'pin_hash = "{PIN_HASH}"\nprinter = ' + "[" * 10_000 + "]" * 10_000)
    result = refused_or_loaded(load_kiosk_config, path)
    assert isinstance(result, KioskConfigError)
