"""Guards against a Qt binding that leaks references (PySide6 6.12.0 on Python 3.11 did)."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_emitting_and_void_calls_keep_reference_counts(qapp: object) -> None:
    emitter = _Emitter()
    plain = QObject()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
        plain.setObjectName("x")
    after = sys.getrefcount(True), sys.getrefcount(None)
    # Small drifts are the interpreter's own; a leak loses one reference per call.
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50
