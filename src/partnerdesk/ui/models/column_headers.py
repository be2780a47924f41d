"""The horizontal header of a model whose columns are named by a list of words."""

from collections.abc import Sequence

from PySide6.QtCore import Qt


def header_text(
    headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """The column's name for the display role of the horizontal header, else nothing."""
    if (
        role == Qt.ItemDataRole.DisplayRole
        and orientation == Qt.Orientation.Horizontal
        and 0 <= section < len(headers)
    ):
        return headers[section]
    return None
