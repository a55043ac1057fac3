"""Text contrast of at least 4.5:1 (WCAG 2.2 AA) in the normal and the high-contrast theme.

Measured on screen: each visible text's colour (the stylesheet's, as Qt resolved it) against
the colour actually painted most behind it in a grab of the whole window. Tab labels take their
colour from `QTabBar::tab` rules, not the palette: the stylesheet-rule test covers those.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.theme_contrast import (
    compose_stylesheet,
    contrast_ratio,
    hex_to_rgb,
    relative_luminance,
    stylesheet_rules,
)
from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release

AA = 4.5
TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)


def test_the_contrast_ratio_matches_the_wcag_reference_values():
    """Black on white is 21:1, a colour on itself 1:1, #767676 on white just passes AA."""
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast_ratio((31, 78, 102), (31, 78, 102)) == pytest.approx(1)
    assert contrast_ratio(hex_to_rgb("#767676"), hex_to_rgb("#ffffff")) == pytest.approx(
        4.54, abs=0.01
    )
    assert relative_luminance(hex_to_rgb("#fff")) == pytest.approx(1)


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint32)
    return data.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()]


def _background(pixels: np.ndarray, rect: QRect) -> tuple[int, int, int]:
    crop = pixels[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1]
    values, counts = np.unique(crop, return_counts=True)
    top = int(values[np.argmax(counts)])
    return (top >> 16) & 0xFF, (top >> 8) & 0xFF, top & 0xFF


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        return bool(widget.currentText())
    if isinstance(widget, QPlainTextEdit):
        return bool(widget.toPlainText())
    text = getattr(widget, "text", lambda: "")()
    return bool(text.strip())


def low_contrast_texts(window: MainWindow, root: QWidget | None = None) -> list[str]:
    """Return 'what: ratio' for every visible text below 4.5:1 on the window as painted.

    Only texts inside `root` (default: the window) are measured, e.g. an overlay on top.
    """
    image = window.grab().toImage()
    scale = image.width() / max(1, window.width())
    pixels = _pixels(image)
    problems = []
    for widget in (root or window).findChildren(QWidget):
        if not isinstance(widget, TEXT_WIDGETS) or not widget.isVisible():
            continue
        if not widget.isEnabled() or not _has_text(widget):
            continue  # WCAG exempts inactive controls
        region = widget.visibleRegion().boundingRect()
        if region.width() < 4 or region.height() < 4:
            continue
        top_left = widget.mapTo(window, region.topLeft())
        rect = QRect(
            QPoint(int(top_left.x() * scale), int(top_left.y() * scale)),
            region.size() * scale,
        ).intersected(image.rect())
        if rect.isEmpty():
            continue
        colour = widget.palette().color(widget.foregroundRole())
        ratio = contrast_ratio(
            (colour.red(), colour.green(), colour.blue()), _background(pixels, rect)
        )
        if ratio < AA:
            label = getattr(widget, "text", lambda: "")() or widget.accessibleName()
            problems.append(
                f"{type(widget).__name__}#{widget.objectName()} {label[:30]!r}: {ratio:.2f}"
            )
    return problems


def test_the_measurement_catches_pale_text(qtbot, window):
    """A pale grey label on the page background is reported (the check can fail)."""
    window.setStyleSheet(compose_stylesheet(kiosk=False, high_contrast=False))
    pale = QLabel("Pale words", window.current_page().body)
    pale.setStyleSheet("color: #b0b0b0;")
    window.current_page().body_layout.insertWidget(0, pale)
    pale.show()
    qtbot.wait(5)
    assert any("Pale words" in problem for problem in low_contrast_texts(window))


def walk_pages(qtbot, window: MainWindow) -> dict[str, list[str]]:
    """Fill in a consultation, then measure every page; return the problems per page."""
    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    window.state.session.own_concerns = ["A concern of mine"]
    problems = {}
    for index, page in enumerate(window.pages):
        window.go_to(index)
        qtbot.wait(5)
        if found := low_contrast_texts(window):
            problems[page.page_id] = found
    return problems


def test_clinician_mode_text_meets_aa_contrast_on_every_page(qtbot, window):
    """The normal theme as the consultation room sees it."""
    window.setStyleSheet(compose_stylesheet(kiosk=False, high_contrast=False))
    assert walk_pages(qtbot, window) == {}


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_kiosk_text_meets_aa_contrast_on_every_page(qtbot, pack, high_contrast):
    """Both kiosk themes, with the kiosk bar and the overlays, at 4.5:1 or more."""
    window = open_kiosk(qtbot, pack, kiosk_config())
    try:
        window.kiosk_shell.set_high_contrast(high_contrast)
        problems = walk_pages(qtbot, window)
        shell = window.kiosk_shell
        shell.still_there.start()
        qtbot.wait(5)
        if found := low_contrast_texts(window, shell.still_there):
            problems["still-there"] = found
        shell.still_there.stop()
        shell.pin_prompt.ask()
        shell.pin_prompt.message.setText("That PIN is not right. Please try again.")
        qtbot.wait(5)
        if found := low_contrast_texts(window, shell.pin_prompt):
            problems["pin"] = found
        shell.pin_prompt.cancel()
        assert problems == {}
    finally:
        release(window)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_every_stylesheet_rule_with_text_and_background_colours_meets_aa(high_contrast):
    """Rules that set both a text colour and a background pass 4.5:1 (disabled ones exempt)."""
    stylesheet = compose_stylesheet(kiosk=True, high_contrast=high_contrast)
    problems = []
    for rule in stylesheet_rules(stylesheet):
        if any(":disabled" in s or "selection" in s for s in rule.selectors):
            continue
        text = rule.colour("color")
        back = rule.colour("background") or rule.colour("background-color")
        if text and back and contrast_ratio(text, back) < AA:
            problems.append(f"{rule.selectors}: {contrast_ratio(text, back):.2f}")
        chosen = rule.colour("selection-color"), rule.colour("selection-background-color")
        if all(chosen) and contrast_ratio(*chosen) < AA:
            problems.append(f"{rule.selectors} selection: {contrast_ratio(*chosen):.2f}")
    assert problems == []
