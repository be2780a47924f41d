"""PartnerDesk started as `partnerdesk --db NOTEBOOK` would start it, timed to the list filled.

The command line's own `main` runs; the only addition is a QApplication made first, so a
timer can watch for the main window and report when its partner list is filled and
painted (see `ready.py`), and again when Today and the calendar have loaded too.

Usage: python bench/start_app.py NOTEBOOK   (PARTNERDESK_HOME should name a scratch folder)
"""

import sys

from ready import report_when_ready


def main(notebook: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])

    def watch() -> None:
        windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
        if not windows:
            QTimer.singleShot(0, watch)
            return
        window = windows[0]
        partner_list = window.findChild(QTableView, "partnerList")

        def settled() -> bool:
            return not (window.today_view.reload_pending() or window.calendar.reload_pending())

        report_when_ready(window, lambda: partner_list.model().rowCount() > 0, settled)

    QTimer.singleShot(0, watch)
    from partnerdesk.cli.main import main as partnerdesk_main

    sys.exit(partnerdesk_main(["--db", notebook]))


if __name__ == "__main__":
    main(sys.argv[1])
