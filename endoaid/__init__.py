"""endoaid: a shared decision-making aid for endocrine therapy after breast-cancer surgery."""

from __future__ import annotations

from importlib import metadata

from endoaid.qtfix import pin_none

# Before any Qt call anywhere in the process (app, export, tests): see endoaid.qtfix.
pin_none()

try:
    __version__ = metadata.version("endoaid")
except metadata.PackageNotFoundError:  # running from a checkout without an install
    __version__ = "0.0.0+checkout"

__all__ = ["__version__"]
