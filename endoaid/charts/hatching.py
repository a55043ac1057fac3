"""Hatching drawn as plain lines, so bars stay readable in greyscale and cheap in the PDF.

matplotlib writes hatches as SVG <pattern> fills; QtSvg turns each into a PDF tiling pattern
that is slow to paint and adds 100-300 kB per chart. Lines clipped to the rectangle look the
same and cost almost nothing. The lines are laid out for the axes' current size, so their
angle shifts a little if the layout changes later; their spacing stays even.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection

SPACING_PT = 5.0
"""Distance between hatch lines, in points."""

_DIRECTIONS: dict[str, tuple[str, ...]] = {
    "///": ("up",),
    "\\\\\\": ("down",),
    "xx": ("up", "down"),
    "---": ("flat",),
    "|||": ("tall",),
    "++": ("flat", "tall"),
}


def _segments(
    width: float, height: float, direction: str
) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Return hatch segments inside a width × height box (in points) for one direction."""
    out: list[tuple[tuple[float, float], tuple[float, float]]] = []
    if direction == "flat":
        for y in np.arange(SPACING_PT / 2, height, SPACING_PT):
            out.append(((0.0, float(y)), (width, float(y))))
    elif direction == "tall":
        for x in np.arange(SPACING_PT / 2, width, SPACING_PT):
            out.append(((float(x), 0.0), (float(x), height)))
    else:
        # Lines y = x - c ("up") or y = -x + c ("down"), spaced SPACING_PT apart.
        step = SPACING_PT * np.sqrt(2)
        for c in np.arange(-height + step / 2, width, step):
            x0, x1 = max(0.0, float(c)), min(width, float(c) + height)
            if x1 <= x0:
                continue
            if direction == "up":
                out.append(((x0, x0 - c), (x1, x1 - c)))
            else:
                out.append(((x0, height - (x0 - c)), (x1, height - (x1 - c))))
    return out


def add_hatch(
    ax: Axes, x: float, y: float, width: float, height: float, hatch: str, colour: str
) -> LineCollection | None:
    """Draw `hatch` ("///", "xx", …) over the data rectangle (x, y, width, height)."""
    directions = _DIRECTIONS.get(hatch)
    if not directions or width == 0 or height == 0:
        return None
    to_display = ax.transData
    (dx0, dy0), (dx1, dy1) = to_display.transform([(x, y), (x + width, y + height)])
    points_per_pixel = 72 / ax.figure.dpi
    left, bottom = min(dx0, dx1), min(dy0, dy1)
    w_pt = abs(dx1 - dx0) * points_per_pixel
    h_pt = abs(dy1 - dy0) * points_per_pixel
    segments_pt = [s for d in directions for s in _segments(w_pt, h_pt, d)]
    if not segments_pt:
        return None
    display = np.array(segments_pt) / points_per_pixel + np.array([left, bottom])
    data = to_display.inverted().transform(display.reshape(-1, 2)).reshape(-1, 2, 2)
    lines = LineCollection(list(data), colors=colour, linewidths=0.7, zorder=2.5)
    ax.add_collection(lines, autolim=False)
    return lines
