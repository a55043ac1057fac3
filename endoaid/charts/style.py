"""The look every chart shares: one colour per option, greyscale cues, one font, ChartSpec."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import matplotlib
from matplotlib.figure import Figure

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour
# vision deficiency. Black is left out: it is used for text and marks.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
)
BASELINE_COLOUR = "#999999"
"""The baseline (no further endocrine therapy) is always grey: it is the yardstick."""

HATCHES: tuple[str, ...] = ("", "///", "\\\\\\", "xx", "---", "|||", "++")
"""Line hatches only: dotted ones ("..", "oo") make huge SVG paths that are slow to draw."""
MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X")
LINESTYLES: tuple[str, ...] = ("-", "--", "-.", ":", (0, (5, 1, 1, 1)), (0, (1, 1)), (0, (8, 2)))
INK = "#222222"
MUTED = "#666666"
DEFAULT_FONT = "DejaVu Sans"
SHIPPED_FONT = "endoaid Sans SC"
"""The shipped Latin + Chinese family; endoaid.fonts registers it with matplotlib and Qt."""

_font_family: str | None = None


def set_font_family(family: str | None) -> None:
    """Use `family` for every chart built from now on (None: choose automatically)."""
    global _font_family
    _font_family = family


def font_family() -> str:
    """Return the one font family charts are drawn with.

    The shipped family once `endoaid.fonts.register_matplotlib_fonts()` has run (the app and
    the PDF do that first), else matplotlib's own DejaVu Sans. Charts never import the font
    module themselves: it also knows Qt, and charts stay free of Qt.
    """
    if _font_family is not None:
        return _font_family
    from matplotlib import font_manager

    if any(f.name == SHIPPED_FONT for f in font_manager.fontManager.ttflist):
        return SHIPPED_FONT
    return DEFAULT_FONT


@dataclass(frozen=True)
class OptionStyle:
    """How one option is drawn everywhere: colour, plus hatch, marker and line for greyscale."""

    colour: str
    hatch: str
    marker: str
    linestyle: str | tuple[int, tuple[int, ...]]


def _slot(option_ref: str) -> int:
    # A stable hash, not Python's salted hash(): the same option gets the same colour in
    # every run, every chart and every window.
    digest = hashlib.sha256(option_ref.encode()).digest()
    return int.from_bytes(digest[:4], "big") % len(OKABE_ITO)


def option_colours(option_refs: Sequence[str]) -> dict[str, str]:
    """Return one colour-blind-safe colour per option id, the same for an id everywhere.

    Each option has a preferred slot in the Okabe-Ito palette from its id; when two options
    shown together want the same slot, the later one takes the next free slot, so options
    side by side never share a colour. The baseline is always grey.
    """
    return {ref: style.colour for ref, style in option_styles(option_refs).items()}


def option_styles(option_refs: Sequence[str]) -> dict[str, OptionStyle]:
    """Return colour, hatch, marker and line style for each option (see `option_colours`)."""
    taken: set[int] = set()
    styles: dict[str, OptionStyle] = {}
    for ref in option_refs:
        if ref == "no-endocrine-therapy":
            styles[ref] = OptionStyle(BASELINE_COLOUR, "", "x", ":")
            continue
        slot = _slot(ref)
        while slot in taken and len(taken) < len(OKABE_ITO):
            slot = (slot + 1) % len(OKABE_ITO)
        taken.add(slot)
        # Hatch and marker follow the position among the options shown, so two options
        # side by side always differ in greyscale too.
        index = len(taken) - 1
        styles[ref] = OptionStyle(
            OKABE_ITO[slot],
            HATCHES[index % len(HATCHES)],
            MARKERS[index % len(MARKERS)],
            LINESTYLES[index % len(LINESTYLES)],
        )
    return styles


@dataclass(frozen=True)
class ChartTable:
    """The chart's numbers as text: one header row and the data rows."""

    header: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class ChartSpec:
    """A finished chart: the figure and everything needed to read it without seeing it."""

    figure: Figure
    title: str
    caption: str
    units: str
    time_frame: str
    source: list[str]
    table: ChartTable
    notes: list[str] = field(default_factory=list)


@contextmanager
def chart_style() -> Iterator[None]:
    """Build figures inside this block: one font family, calm sizes, opaque legends."""
    with matplotlib.rc_context(
        {
            "font.family": [font_family()],
            "font.size": 10,
            "axes.edgecolor": MUTED,
            "axes.labelcolor": INK,
            "axes.titlesize": 11,
            # A fixed title height: no chart has labels above its axes, and leaving it to
            # matplotlib measures every tick label again on each draw (a third of the time
            # an icon array takes to draw).
            "axes.titley": 1.0,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "xtick.color": INK,
            "ytick.color": INK,
            "legend.framealpha": 1.0,
            "legend.edgecolor": MUTED,
            "hatch.color": INK,
            "hatch.linewidth": 0.8,
            "svg.fonttype": "none",
            "svg.hashsalt": "endoaid",
        }
    ):
        yield


def new_figure(width_in: float = 7.0, height_in: float = 3.6) -> Figure:
    """Return an empty figure of the size used in the app and the PDF."""
    return Figure(figsize=(width_in, height_in), layout="constrained")


def figure_to_svg(figure: Figure) -> bytes:
    """Return the figure as SVG with real text (not paths) in exactly one font family."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "endoaid"}):
        figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def figure_to_png(figure: Figure, dpi: int = 100) -> bytes:
    """Return the figure as PNG (for screenshots and previews)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def number(value: float) -> str:
    """Return a count as people say it: 29 or 28.9, never 29.0."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
