from datetime import date

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.ui.deferred_reload import DeferredReload


def make(qtbot: QtBot, day: list[date]) -> tuple[QWidget, DeferredReload, list[int]]:
    view = QWidget()
    qtbot.addWidget(view)
    reloads: list[int] = []

    def reload() -> None:
        reloads.append(1)
        deferred.loaded(day[0])

    deferred = DeferredReload(view, reload, lambda: day[0])
    view.show()
    qtbot.waitExposed(view)
    return view, deferred, reloads


def test_a_burst_of_requests_costs_one_reload(qtbot: QtBot) -> None:
    _view, deferred, reloads = make(qtbot, [date(2026, 11, 27)])
    reloads.clear()
    for _ in range(5):
        deferred.request()
    qtbot.waitUntil(lambda: not deferred.scheduled())
    assert reloads == [1]
    assert not deferred.pending()


def test_a_hidden_view_waits_until_shown(qtbot: QtBot) -> None:
    view, deferred, reloads = make(qtbot, [date(2026, 11, 27)])
    view.hide()
    reloads.clear()
    deferred.request()
    qtbot.waitUntil(lambda: not deferred.scheduled())
    assert reloads == []
    assert deferred.pending()
    view.show()
    assert reloads == [1]


def test_showing_after_the_day_turned_over_reloads(qtbot: QtBot) -> None:
    day = [date(2026, 11, 27)]
    view, _deferred, reloads = make(qtbot, day)
    view.hide()
    reloads.clear()
    view.show()
    assert reloads == []  # nothing changed
    view.hide()
    day[0] = date(2026, 11, 28)
    view.show()
    assert reloads == [1]


def test_a_held_view_loads_only_after_release(qtbot: QtBot) -> None:
    view, deferred, reloads = make(qtbot, [date(2026, 11, 27)])
    view.hide()
    reloads.clear()
    deferred.hold()
    deferred.request()
    view.show()
    qtbot.wait(10)
    assert reloads == []
    assert deferred.pending()
    deferred.release()
    assert reloads == []  # on the next turn, not inside release()
    qtbot.waitUntil(lambda: not deferred.pending())
    assert reloads == [1]
