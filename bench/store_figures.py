"""Without a window, on a copy of the scale notebook: the autosave commit and one brief.

Autosave commit: `store.meetings.save_notes` (what the notes' autosave calls: one
transaction, committed with `synchronous=FULL`), 200 times on random meetings with their
own notes plus a few words. Baseline: the same UPDATE and COMMIT through the sqlite3
module with the notebook's pragmas, the floor of a durable write on this disk.

One brief: what `partnerdesk brief` does for one partner (read its facts, build the
brief, lay it out to fit one page, write the PDF), for the partner with the most meetings
and then 10 partners at random; the first includes loading the brief modules, Jinja2
and the template.
Baseline: a one-paragraph QTextDocument written to a PDF with QPdfWriter.

Usage: python bench/store_figures.py NOTEBOOK OUTPUT_DIR   (prints one BENCH line)
"""

import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from figures import emit, summary_ms

SAVES = 200
BRIEFS = 10
SEED = 11


def main(notebook: Path, output_dir: Path) -> None:
    from partnerdesk.store.store import Store

    figures: dict[str, Any] = {}
    with sqlite3.connect(f"file:{notebook}?mode=ro", uri=True) as reader:
        meetings = [
            row[0] for row in reader.execute("SELECT id FROM meetings WHERE deleted_at IS NULL")
        ]
        busiest = reader.execute(
            "SELECT partner_id FROM meetings WHERE deleted_at IS NULL "
            "GROUP BY partner_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        partners = [
            row[0] for row in reader.execute("SELECT id FROM partners WHERE deleted_at IS NULL")
        ]
    rng = random.Random(SEED)
    chosen = rng.sample(meetings, min(SAVES, len(meetings)))

    store = Store.open(notebook, output_dir / "backups", create=False)
    try:
        notes = {m.id: m.notes for m in store.meetings.get_many(chosen)}
        samples = []
        for number, meeting_id in enumerate(chosen):
            text = notes[meeting_id] + f"\n\nFollow-up {number}: send the summary."
            started = time.perf_counter()
            store.meetings.save_notes(meeting_id, text)
            samples.append(time.perf_counter() - started)
        figures["autosave_commit"] = summary_ms(samples)
        figures["autosave_raw"] = summary_ms(raw_commits(notebook, chosen, notes))
        figures.update(brief_figures(store, [busiest, *rng.sample(partners, BRIEFS)], output_dir))
    finally:
        store.close()
    emit(figures)
    os._exit(0)


def raw_commits(notebook: Path, chosen: list[int], notes: dict[int, str]) -> list[float]:
    connection = sqlite3.connect(notebook, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        connection.execute(f"PRAGMA {pragma}")
    samples = []
    try:
        for number, meeting_id in enumerate(chosen):
            text = notes[meeting_id] + f"\n\nFollow-up {number}: call back."
            started = time.perf_counter()
            connection.execute("BEGIN")
            connection.execute(
                "UPDATE meetings SET notes = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                (text, "2026-11-27 10:00:00.000000", meeting_id),
            )
            connection.execute("COMMIT")
            samples.append(time.perf_counter() - started)
    finally:
        connection.close()
    return samples


def brief_figures(store: Any, partner_ids: list[int], output_dir: Path) -> dict[str, Any]:
    from datetime import date

    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import (
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QGuiApplication(["bench"])
    # The floor first, so that Qt's PDF engine and fonts are warm for both.
    floor = []
    for number in range(BRIEFS):
        started = time.perf_counter()
        writer = QPdfWriter(str(output_dir / f"floor-{number}.pdf"))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
            )
        )
        document = QTextDocument()
        document.setPlainText("One paragraph on one page, the least a PDF can say.")
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        painter = QPainter(writer)
        document.drawContents(painter)
        painter.end()
        floor.append(time.perf_counter() - started)

    samples = []
    for number, partner_id in enumerate(partner_ids):
        started = time.perf_counter()
        # Inside the timing: the first brief pays for loading the brief modules (and
        # Jinja2 with them), as the first brief in a running PartnerDesk does.
        from partnerdesk.briefs.layout import PageSetup, PaperSize
        from partnerdesk.briefs.pdf import write_brief_pdf
        from partnerdesk.domain.brief import build_brief

        content = build_brief(store.briefs.facts(partner_id), date.today())
        write_brief_pdf(content, output_dir / f"brief-{number}.pdf", PageSetup(PaperSize.A4))
        samples.append(time.perf_counter() - started)
    del application
    return {
        "brief_first": samples[0] * 1000,
        "brief": summary_ms(samples[1:]),
        "brief_floor": summary_ms(floor),
    }


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
