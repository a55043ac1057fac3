"""Chart builders: matplotlib Figures (never pyplot, never Qt) shared by the app and the PDF."""

from __future__ import annotations

from endoaid.charts.cost import cost_chart
from endoaid.charts.duration import duration_chart
from endoaid.charts.icons import icon_array_chart
from endoaid.charts.personal import personal_icon_chart
from endoaid.charts.reversibility import reversibility_chart
from endoaid.charts.side_effects import side_effects_chart
from endoaid.charts.style import (
    ChartSpec,
    ChartTable,
    figure_to_png,
    figure_to_svg,
    font_family,
    option_colours,
    option_styles,
    set_font_family,
)

__all__ = [
    "ChartSpec",
    "ChartTable",
    "cost_chart",
    "duration_chart",
    "figure_to_png",
    "figure_to_svg",
    "font_family",
    "icon_array_chart",
    "option_colours",
    "option_styles",
    "personal_icon_chart",
    "reversibility_chart",
    "set_font_family",
    "side_effects_chart",
]
