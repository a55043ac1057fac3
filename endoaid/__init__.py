"""endoaid: a shared decision-making aid for endocrine therapy after breast-cancer surgery."""

from __future__ import annotations

from endoaid.qtfix import pin_singletons

__version__ = "0.1.0"
"""The one place the version is written; the build (hatch) and the frozen app read it here."""

# Before any Qt call anywhere in the process (app, export, tests): see endoaid.qtfix.
pin_singletons()

__all__ = ["__version__"]
