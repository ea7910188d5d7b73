"""Files on a timeline entry: a paperclip on the row, and a double click opens them in the system's program
(copied under their own names to a temporary folder: the stored copies are named by their content)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QCursor, QDesktopServices, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from smallcrm.private_files import private_folder, private_temp, write_private
from smallcrm.services.timeline.attachments import list_attachments, read_attachment
from ui.common.context import AppContext
from ui.operations import read_op


def paint_paperclip(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A paperclip drawn with lines (no font has one everywhere), in a 10 × 16 grid fitted to ``rect``."""
    scale = min(rect.width() / 10, rect.height() / 16)
    left = rect.left() + (rect.width() - 10 * scale) / 2
    top = rect.top() + (rect.height() - 16 * scale) / 2

    def at(x: float, y: float) -> QPointF:
        return QPointF(left + x * scale, top + y * scale)

    def box(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(left + x * scale, top + y * scale, w * scale, h * scale)

    path = QPainterPath(at(6.5, 5))
    path.lineTo(at(6.5, 12.5))
    path.arcTo(box(2, 10, 4.5, 4.5), 0, -180)  # the bottom bend, left leg up
    path.lineTo(at(2, 3.5))
    path.arcTo(box(2, 0.5, 7, 6), 180, -180)  # the top bend, right leg down
    path.lineTo(at(9, 13.5))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = rect.center()
    painter.translate(centre)
    painter.rotate(40)  # tilted, as paperclips are drawn
    painter.translate(-centre)
    painter.setPen(QPen(colour, max(1.3, 1.3 * scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def paperclip_pixmap(size: int, colour: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_paperclip(painter, QRectF(0, 0, size, size), colour or QColor("#546e7a"))
    painter.end()
    return pixmap


def open_path(path: str) -> None:
    """Open a file in the system's program for it (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def choose(parent: QWidget, copies: list[tuple[str, str]]) -> str | None:
    """Which of several files to open (a menu at the pointer; tests replace this)."""
    menu = QMenu(parent)
    for name, path in copies:
        menu.addAction(name).setData(path)
    picked = menu.exec(QCursor.pos())
    return picked.data() if picked is not None else None


def open_entry_files(ctx: AppContext, communication_id: int, parent: QWidget) -> None:
    """Open the file of a timeline entry (with several, the user picks one)."""

    def copies(db) -> list[tuple[str, str]]:
        """Each file copied to a folder of its own (the originals are shared: never opened for writing); the
        database's handle says where the originals are."""
        folder = private_folder(private_temp("attachments") / str(communication_id))
        copied = []
        for attachment in list_attachments(communication_id):
            target = folder / attachment.file_name
            write_private(target, read_attachment(db, attachment.id))  # decrypted, for the other program
            copied.append((attachment.file_name, str(target)))
        return copied

    def opened(copied: list[tuple[str, str]]) -> None:
        path = copied[0][1] if len(copied) == 1 else (choose(parent, copied) if copied else None)
        if path:
            open_path(path)

    read_op(ctx, parent, "files", copies, opened)
