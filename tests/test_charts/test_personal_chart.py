"""Her PREDICT icon chart: three groups in every view, readable without colour."""

from __future__ import annotations

from matplotlib.patches import PathPatch

from endoaid.charts import figure_to_svg, personal_icon_chart
from endoaid.charts.style import number
from endoaid.consultation.personal_figures import personal_figures
from endoaid.consultation.predict import make_tumour_details

TUMOUR = make_tumour_details(age=58, size_mm=22, grade=2, nodes=1, er="positive")


def test_table_and_legend_show_the_same_three_groups(pack):
    """The table's columns and the legend both name alive, breast-cancer and other deaths."""
    figures = personal_figures(pack, "treatment-duration", TUMOUR)
    spec = personal_icon_chart(figures)
    assert spec.table.header[1:] == ["alive", "died of breast cancer", "died of other causes"]
    assert [row[1] for row in spec.table.rows] == [number(a.alive) for a in figures.arms]
    legend = spec.figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == [
        "died of breast cancer",
        "died of other causes",
        "alive",
    ]
    assert spec.title == "PREDICT Breast v3.0, estimated for you"
    assert spec.time_frame == "10 years from now"  # she stands 5 years after diagnosis


def test_every_arm_draws_100_icons_and_marks_other_deaths_with_a_stroke(pack):
    """Each arm has 100 icons in three fills; other-cause deaths also carry a stroke."""
    figures = personal_figures(pack, "postmenopausal-endocrine", TUMOUR)
    spec = personal_icon_chart(figures, icon="square")
    for ax, arm in zip(spec.figure.axes, figures.arms, strict=True):
        patches = [c for c in ax.get_children() if isinstance(c, PathPatch)]
        fills = [p for p in patches if p.get_fill()]
        icons = sum(len(p.get_path().vertices) // 5 for p in fills)  # a square has 5 vertices
        assert icons == 100
        strokes = [p for p in patches if not p.get_fill()]
        assert len(strokes) == (1 if arm.counts()[2] else 0)
    assert b"<text" in figure_to_svg(spec.figure)  # the legend is real text, not paths
