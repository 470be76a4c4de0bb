"""The course's look in one place: the palette and font size every figure and widget uses."""

from __future__ import annotations

STYLE = {
    "cell": "#dbe9f6",
    "back": "#a9c6e3",
    "edge": "#2c5d8a",
    "text": "#1b2a38",
    "muted": "#6b7b8c",
    "font": 10,
}

# Colours by meaning, shared by every figure, widget and feedback box: red for what is wrong
# or highlighted, green for what is right, blue for the other quantity; pale ones fill boxes.
RED = "#c62828"
GREEN = "#2e7d32"
BLUE = "#1565c0"
PURPLE = "#6a1b9a"
GREY = "#999999"
DARK_GREY = "#616161"
LIGHT_GREY = "#dddddd"
YELLOW = "#ffd54f"
PALE_RED = "#ffebee"
PALE_GREEN = "#e8f5e9"
PALE_BLUE = "#e3f2fd"
PALE_PURPLE = "#f3e5f5"
PALE_GREY = "#f5f5f5"
PALE_ORANGE = "#fff3e0"
PALE_CELL = "#eef4fa"


def set_title(ax, text: str, **options) -> None:
    """A title at the top of the axes. Given its height (y=1, matplotlib's own place for an axes
    with no ticks on top), matplotlib skips measuring every tick label to place it: about
    20 ms less for each figure a widget draws."""
    ax.set_title(text, y=1.0, **options)
