"""Themes people can read: the normal or high-contrast stylesheet, at text size A, A+ or A++.

The shipped stylesheet (resources/styles/endoaid.qss) stays the base; kiosk.qss makes touch
targets large and high-contrast.qss recolours everything. Text sizes scale every `font-size` in
points and the application font, so nothing keeps a fixed small size. Also here: the WCAG 2.2
contrast ratio used by the tests and the stylesheet parser they share.
"""

from __future__ import annotations

import gc
import re

from endoaid.records import record
from endoaid.resources import resource_path

TEXT_SCALES = {"A": 1.0, "A+": 1.2, "A++": 1.4}
CLINICIAN_POINT_SIZE = 12
KIOSK_POINT_SIZE = 15
KIOSK_MIN_POINTS = 14
# Patterns, compiled (and cached) by `re` on first use: the first window needs none of them.
_POINTS = r"(font-size\s*:\s*)(\d+(?:\.\d+)?)pt"
_COMMENT = r"(?s)/\*.*?\*/"
_RULE = r"([^{}]+)\{([^{}]*)\}"
_HEX = r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"


def read_style(name: str) -> str:
    """Return a stylesheet from resources/styles (empty when it is missing)."""
    try:
        return resource_path("styles", name).read_text(encoding="utf-8")
    except OSError:
        return ""


def scale_points(stylesheet: str, factor: float) -> str:
    """Return the stylesheet with every `font-size: Npt` multiplied by factor."""
    if factor == 1.0:
        return stylesheet

    def bigger(match: re.Match[str]) -> str:
        size = float(match.group(2)) * factor
        return f"{match.group(1)}{size:g}pt"

    return re.sub(_POINTS, bigger, stylesheet)


def raise_points(stylesheet: str, minimum: float) -> str:
    """Return the stylesheet with every `font-size: Npt` below minimum raised to it."""

    def at_least(match: re.Match[str]) -> str:
        return f"{match.group(1)}{max(float(match.group(2)), minimum):g}pt"

    return re.sub(_POINTS, at_least, stylesheet)


def compose_stylesheet(*, kiosk: bool, high_contrast: bool, text_size: str = "A") -> str:
    """Return the whole stylesheet: base, then kiosk sizes, then high-contrast colours, then
    the chrome (step bar) sizes that do not grow with the text.

    In kiosk mode no text is set below KIOSK_MIN_POINTS, whatever the base stylesheet says.
    """
    parts = [read_style("endoaid.qss")]
    if kiosk:
        parts.append(read_style("kiosk.qss"))
    if high_contrast:
        parts.append(read_style("high-contrast.qss"))
    text = "\n".join(parts)
    if kiosk:
        text = raise_points(text, KIOSK_MIN_POINTS)
    text = scale_points(text, TEXT_SCALES[text_size])
    if kiosk:
        text += "\n" + read_style("kiosk-chrome.qss")
    elif text_size != "A":
        text += "\n" + read_style("clinician-chrome.qss")
    return text


def base_point_size(*, kiosk: bool, text_size: str = "A") -> float:
    """Return the application font size in points for this mode and text size."""
    base = KIOSK_POINT_SIZE if kiosk else CLINICIAN_POINT_SIZE
    return base * TEXT_SCALES[text_size]


def apply_theme(
    app: object,
    lang: str,
    *,
    kiosk: bool,
    high_contrast: bool,
    text_size: str = "A",
    window: object | None = None,
) -> None:
    """Set the application font, and the stylesheet on `window` (or the whole application)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QFont, QGuiApplication

    from endoaid.fonts import FontMissing, apply_ui_font

    size = base_point_size(kiosk=kiosk, text_size=text_size)
    stylesheet = compose_stylesheet(kiosk=kiosk, high_contrast=high_contrast, text_size=text_size)
    # WORKAROUND: Qt walks the widgets while re-polishing. Widgets waiting for deleteLater, or
    # dropped ones that Python's cyclic collector frees in the middle of that walk (e.g. an old
    # matplotlib canvas), made it crash in tests. Delete them first; no collection during it.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            apply_ui_font(app, lang, size)
        except FontMissing:  # the system font still works for English
            font = QFont(QGuiApplication.font())
            font.setPointSizeF(size)
            app.setFont(font)  # type: ignore[attr-defined]
        if window is not None:
            # Widgets built before the application font was set keep their old font unless
            # the window passes the new one down itself.
            window.setFont(QGuiApplication.font())  # type: ignore[attr-defined]
            window.setStyleSheet(stylesheet)  # type: ignore[attr-defined]
        else:
            app.setStyleSheet(stylesheet)  # type: ignore[attr-defined]
    finally:
        if was_enabled:
            gc.enable()


# --- contrast ----------------------------------------------------------------------------


def hex_to_rgb(text: str) -> tuple[int, int, int]:
    """Return (r, g, b) for '#rrggbb' or '#rgb'."""
    value = text.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    """Return the WCAG 2.2 relative luminance of an sRGB colour (0 black to 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """Return the WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@record(kw_only=False)
class StyleRule:
    """One rule of a stylesheet: its selectors and its declarations."""

    selectors: tuple[str, ...]
    declarations: dict[str, str]

    def colour(self, name: str) -> tuple[int, int, int] | None:
        """Return the first hex colour of a declaration (e.g. 'color', 'background'), or None."""
        value = self.declarations.get(name)
        match = re.search(_HEX, value) if value else None
        return hex_to_rgb(match.group(0)) if match else None


def stylesheet_rules(stylesheet: str) -> list[StyleRule]:
    """Return the rules of a Qt stylesheet in order (comments dropped)."""
    rules = []
    for selector_text, body in re.findall(_RULE, re.sub(_COMMENT, "", stylesheet)):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                key, value = part.split(":", 1)
                declarations[key.strip().lower()] = value.strip()
        selectors = tuple(s.strip() for s in selector_text.split(",") if s.strip())
        rules.append(StyleRule(selectors, declarations))
    return rules
