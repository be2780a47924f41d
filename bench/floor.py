"""The stack floor (DESIGN §6): the least any PySide6 + SQLAlchemy program can do at start.

A QMainWindow that imports SQLAlchemy's ORM, runs one query on the notebook (the first
page of partner names, as the partner list shows them) and shows itself. `run.py` starts
it in a fresh process beside PartnerDesk itself and compares the two.

Usage: python bench/floor.py NOTEBOOK
"""

import gc
import sys

from ready import report_when_ready


def main(notebook: str) -> None:
    # As PartnerDesk does: no garbage collection while starting (see cli/main.py).
    gc.disable()
    # SQLAlchemy before PySide6, the cheaper order: PySide6 reads the source of every
    # module imported after it (looking for its `__feature__` switches, PYSIDE-2029).
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    engine = create_engine(f"sqlite+pysqlite:///{notebook}")
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

    app = QApplication(sys.argv[:1])
    with Session(engine) as session:
        names = session.scalars(
            text(
                "SELECT name FROM partners WHERE deleted_at IS NULL "
                "ORDER BY name COLLATE NOCASE, id LIMIT 200"
            )
        ).all()
    window = QMainWindow()
    shown = QListWidget(window)
    shown.addItems(list(names))
    window.setCentralWidget(shown)
    window.resize(1500, 900)
    window.show()
    report_when_ready(window, shown, lambda: shown.count() > 0)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
