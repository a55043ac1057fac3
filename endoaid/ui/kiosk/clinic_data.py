"""The clinic's own content pack and price books named in the kiosk configuration."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from endoaid.consultation import load_price_book_file
from endoaid.errors import UserError
from endoaid.resources import CONTENT_OVERRIDE
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.kiosk.config import KioskConfig, KioskConfigError


def use_configured_content(config: KioskConfig) -> None:
    """Point the content loader at the configured pack folder, before the window is built."""
    if config.content_pack is not None:
        if not config.content_pack.is_dir():
            raise KioskConfigError(
                f"The content pack folder {config.content_pack} named in the kiosk "
                "configuration does not exist."
            )
        os.environ[CONTENT_OVERRIDE] = str(config.content_pack)


def load_configured_price_books(state: ConsultationState, config: KioskConfig) -> None:
    """Add the configured price books to the state; refuse to start when one cannot load."""
    for path in config.price_book_files:
        try:
            book = load_price_book_file(path)
        except (UserError, OSError) as exc:
            raise KioskConfigError(
                f"The price book {path} named in the kiosk configuration cannot be used: {exc}"
            ) from None
        state.price_books[book.id] = book
    if config.default_price_book is not None:
        if config.default_price_book not in state.price_books:
            raise KioskConfigError(
                f"The kiosk configuration names the price book '{config.default_price_book}', "
                "which is neither shipped nor in its price_book_files."
            )
        state.clinic_price_book = config.default_price_book


def use_private_caches() -> None:
    """Keep matplotlib's font cache out of the user's folders: a kiosk leaves nothing behind."""
    if "MPLCONFIGDIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="endoaid-kiosk-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        os.environ["MPLCONFIGDIR"] = folder
