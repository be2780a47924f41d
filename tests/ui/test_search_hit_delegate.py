"""Search hits are painted from kept pictures, and a hit that changed is painted anew."""

import dataclasses

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from partnerdesk.ui.models.search_results_model import SearchResultsModel
from partnerdesk.ui.search_hit_delegate import SearchHitDelegate

HIT = SearchHit(
    kind=Entity.MEETING,
    id=7,
    partner_id=1,
    partner_name="Northwind Bank",
    title=f"Talk about the {HIGHLIGHT_START}internship{HIGHLIGHT_END} program",
    snippet=f"…ten {HIGHLIGHT_START}interns{HIGHLIGHT_END} for the summer…",
    date=None,
    rank=-1.0,
)


def painted(view: QListView, delegate: SearchHitDelegate, hit: SearchHit, selected: bool) -> QImage:
    model = SearchResultsModel()
    model.set_hits([hit])
    view.setModel(model)
    index = model.index(model.first_hit_row() or 0)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = QRect(0, 0, 420, delegate.sizeHint(option, index).height())
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def test_a_hit_painted_again_looks_the_same_and_a_changed_one_differs(qtbot: QtBot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    delegate = SearchHitDelegate(view)
    first = painted(view, delegate, HIT, selected=False)
    assert painted(view, delegate, HIT, selected=False) == first
    # Another score is not another picture; other words marked, or a selection, are.
    assert painted(view, delegate, dataclasses.replace(HIT, rank=-9.0), selected=False) == first
    other_words = dataclasses.replace(HIT, snippet="…ten interns for the summer…")
    assert painted(view, delegate, other_words, selected=False) != first
    assert painted(view, delegate, HIT, selected=True) != first
    assert painted(view, delegate, HIT, selected=False) == first
