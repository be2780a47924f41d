"""PartnerDesk started as `partnerdesk --db NOTEBOOK` starts it, timed to the list filled.

The command line's own `main` runs and imports what it imports, in its own order (which
matters: PySide6 inspects every module imported after it). The only addition: when
`partnerdesk.app` has been imported, its `open_main_window` is wrapped so that, once the
window exists, a timer reports when the partner list is filled and painted (see
`ready.py`), and again when Today, its follow-ups and the calendar have loaded too.

Usage: python bench/start_app.py NOTEBOOK   (PARTNERDESK_HOME should name a scratch folder)
"""

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from types import ModuleType
from typing import Any

from ready import report_when_ready

APP_MODULE = "partnerdesk.app"


def watch(window: Any) -> None:
    from PySide6.QtWidgets import QTableView

    partner_list = window.partner_list.model()

    def settled() -> bool:
        today = window.today_view
        # Today's heading is written by its first load; the workspace and the search palette
        # are built after the first frame.
        return (
            window.is_complete()
            and bool(today.heading.text())
            and not (
                today.reload_pending()
                or today.follow_ups.reload_pending()
                or window.calendar.reload_pending()
            )
        )

    view = window.findChild(QTableView, "partnerList")
    report_when_ready(window, view, lambda: partner_list.rowCount() > 0, settled)


def wrap_open_main_window(module: ModuleType) -> None:
    opened = module.open_main_window

    def open_and_watch(*args: Any, **kwargs: Any) -> Any:
        window = opened(*args, **kwargs)
        watch(window)
        return window

    module.open_main_window = open_and_watch


class AppModuleWatcher(importlib.abc.MetaPathFinder):
    """Wraps `open_main_window` as soon as the app module is loaded, wherever from."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != APP_MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None
        assert isinstance(spec.loader, importlib.machinery.SourceFileLoader)
        loader = spec.loader
        load = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            wrap_open_main_window(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main(notebook: str) -> None:
    sys.meta_path.insert(0, AppModuleWatcher())
    from partnerdesk.cli.main import main as partnerdesk_main

    sys.exit(partnerdesk_main(["--db", notebook]))


if __name__ == "__main__":
    main(sys.argv[1])
