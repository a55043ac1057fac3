"""Enum properties set by key name (how the first window avoids Qt's namespace enums)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from endoaid.ui.common.qt_properties import set_enum_property


def test_a_key_name_sets_the_same_value_as_the_enum(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    set_enum_property(label, "alignment", "AlignRight|AlignTop")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    set_enum_property(label, "textInteractionFlags", "TextSelectableByMouse")
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


@pytest.mark.parametrize(
    ("name", "keys"), [("alignment", "AlignMiddle"), ("alignmnet", "AlignCenter"), ("text", "")]
)
def test_a_wrong_property_or_key_is_refused_at_once(qtbot, name, keys):
    label = QLabel("kept")
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match=name):
        set_enum_property(label, name, keys)
    assert label.text() == "kept"


def test_the_first_window_sets_its_enum_properties(window):
    """What the window sets by name really took: centred footer, selectable words, no
    sideways scrolling, step buttons reached by Tab and click."""
    page = window.current_page()
    assert window.footer.alignment() == Qt.AlignmentFlag.AlignCenter
    assert page.intro.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert page.scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert all(b.focusPolicy() == Qt.FocusPolicy.StrongFocus for b in window.step_bar.buttons())
