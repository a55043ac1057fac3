"""File dialogs of the clinician tools, and where a clinic's price books are saved.

Below both the tools and the price editor, which each open one (so neither imports the other
for it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QWidget


def file_dialog() -> type[QFileDialog]:
    """Return QFileDialog, imported once a dialog opens (the first window does without it)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog


def price_books_folder() -> Path:
    """Return the folder a clinic's price books are saved in by default (made when missing)."""
    from endoaid.user_folders import price_books_dir

    folder = price_books_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # the file dialog still opens; the clinician picks another place
        return Path.home()
    return folder


def ask_price_book_target(parent: QWidget, book_id: str) -> Path | None:
    """File dialog for where to save a price book; return the path chosen, or None."""
    name, _f = file_dialog().getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Save the price book"),
        str(price_books_folder() / f"{book_id}.toml"),
        QCoreApplication.translate("MainWindow", "Price books (*.toml)"),
    )
    return Path(name) if name else None
