"""A long chosen entry ends in '…' where it does not fit, with the whole text as its tooltip."""

from __future__ import annotations

import pytest

from endoaid.ui.widgets.eliding_combo import ElidingComboBox

LONG = "UK NHS reference prices (Drug Tariff July 2026; National Cost Collection 2024/25)"


@pytest.fixture
def combo(qtbot) -> ElidingComboBox:
    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.addItems(["Short", LONG])
    box.setCurrentIndex(1)
    return box


@pytest.mark.parametrize("width", [0, 40, 120, 300, 2000])
def test_the_shown_text_fits_and_marks_a_cut(combo, width):
    shown = combo.shown_text(width)
    assert combo.fontMetrics().horizontalAdvance(shown) <= max(width, 0)
    if shown != LONG:
        assert shown == "" or (shown.endswith("…") and LONG.startswith(shown[:-1]))


def test_a_wide_box_shows_the_whole_text_and_a_narrow_one_a_marked_cut(combo):
    assert combo.shown_text(2000) == LONG
    narrow = combo.shown_text(200)
    assert narrow.endswith("…") and len(narrow) < len(LONG)


def test_the_whole_chosen_text_is_the_tooltip(combo):
    assert combo.toolTip() == LONG
    combo.setCurrentIndex(0)
    assert combo.toolTip() == "Short"


def test_painting_draws_the_text_shortened_to_the_edit_field(qtbot, combo, monkeypatch):
    """What is painted is shown_text for the room left beside the arrow, at every width."""
    asked: list[int] = []
    original = combo.shown_text
    monkeypatch.setattr(combo, "shown_text", lambda width: asked.append(width) or original(width))
    for width in (60, 200, 900):
        combo.resize(width, 32)
        combo.show()
        combo.grab()
        assert asked and 0 < asked[-1] < width
