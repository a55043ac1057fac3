"""Finds the shipped resources folder, from a wheel, a frozen app or a source checkout."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


class ResourcesMissing(RuntimeError):
    """The resources folder cannot be found: the installation is incomplete."""


def _package_dir() -> Path:
    """Return the folder of the endoaid package (plain files: Qt needs real paths anyway)."""
    return Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    # A wheel puts resources/ inside the package (hatchling force-include).
    found: list[Path] = [_package_dir() / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / "resources")
    # A source checkout or an editable install: resources/ beside the package.
    found.append(Path(__file__).resolve().parent.parent / "resources")
    return found


@cache
def resources_root() -> Path:
    """Return the folder holding content/, translations/, fonts/, styles/ and icons/."""
    for candidate in _candidates():
        if (candidate / "content" / "pack.toml").is_file():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise ResourcesMissing(f"endoaid's resources folder is missing (looked in: {tried}).")


def resource_path(*parts: str) -> Path:
    """Return the path of a file or folder inside the resources folder."""
    return resources_root().joinpath(*parts)


CONTENT_OVERRIDE = "ENDOAID_CONTENT"
"""Environment variable naming a content pack folder to use instead of the shipped one.

A clinic rolls out a newer, checked pack this way without rebuilding the app."""


def content_dir() -> Path:
    """Return the content pack folder: the override when set, else the shipped one."""
    override = os.environ.get(CONTENT_OVERRIDE)
    if override:
        return Path(override)
    return resource_path("content")
