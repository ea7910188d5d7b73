"""PDF pages on screen: ``render_pages`` (any thread: pdfium to QImage, no widgets), ``PdfPreview``, a
scrolling column of pages fitted to its width, and ``PdfOutput``: export to a file, open in a viewer."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from smallcrm.private_files import private_temp, write_private
from ui.operations import read_op

RENDER_SCALE = 2.0  # 144 dpi: sharp when fitted to a preview pane, cheap enough to redo per keystroke pause
MAX_PAGES = 20
_PDFIUM = threading.Lock()  # pdfium is not thread-safe: one render at a time


def render_pages(pdf: bytes, scale: float = RENDER_SCALE, max_pages: int = MAX_PAGES, control=None
                 ) -> list[QImage]:
    """The pages of a PDF as images (safe off the UI thread: QImage is not a widget)."""
    images: list[QImage] = []
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            for index in range(min(len(document), max_pages)):
                if control is not None:
                    control.check()
                page = document[index]
                bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB, 3 bytes a pixel
                image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGB888)
                images.append(image.copy())  # own the pixels before the bitmap goes
                bitmap.close()
                page.close()
        finally:
            document.close()
    return images


class PdfPreview(QScrollArea):
    """Pages stacked vertically on a grey desk, each as wide as the pane allows."""

    MARGIN = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(260)
        self._desk = QWidget()
        self._desk.setObjectName("pdfDesk")
        self._desk.setStyleSheet("#pdfDesk { background: #5f6368; }")
        self._layout = QVBoxLayout(self._desk)
        self._layout.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        self._layout.setSpacing(self.MARGIN)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #f1f3f4; font-size: 13px;")
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self.setWidget(self._desk)
        self.images: list[QImage] = []
        self.page_labels: list[QLabel] = []

    def show_message(self, text: str) -> None:
        """Replace the pages with a line of text (no customer yet, nothing to show)."""
        self.set_images([])
        self.message.setText(text)
        self.message.show()

    def set_note(self, text: str) -> None:
        """A line above the pages that leaves them in place (e.g. the last render is stale)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_images(self, images: list[QImage]) -> None:
        self.images = list(images)
        while len(self.page_labels) > len(images):
            self.page_labels.pop().deleteLater()
        while len(self.page_labels) < len(images):
            page = QLabel()
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._layout.insertWidget(self._layout.count() - 1, page)
            self.page_labels.append(page)
        if images:
            self.message.hide()
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.viewport().width() - 2 * self.MARGIN, 120)
        ratio = self.devicePixelRatioF()
        for label, image in zip(self.page_labels, self.images, strict=True):
            scaled = image.scaledToWidth(int(width * ratio), Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            label.setPixmap(QPixmap.fromImage(scaled))
            label.setFixedHeight(int(scaled.height() / ratio))


def file_name(number: str, fallback: str) -> str:
    """A safe file name for a document number ("12/2026/A" → "12-2026-A.pdf")."""
    cleaned = re.sub(r"[^\w.-]+", "-", number.strip()).strip("-")
    return f"{cleaned or fallback}.pdf"


class PdfOutput:
    """Export a document to a file the user picks, or open it in the system's viewer. The PDF is made and
    written in the background; ``ask_save_path`` and ``open_path`` are what tests replace."""

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PdfOutput", "Export PDF"),
                                              suggested, QCoreApplication.translate("PdfOutput", "PDF (*.pdf)"))
        return path or None

    @classmethod
    def open_path(cls, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    @classmethod
    def export(cls, ctx, parent: QWidget | None, make_pdf: Callable[[], bytes], name: str,
               on_done: Callable[[str], None], on_error: Callable[[Exception], None]) -> None:
        folder = ctx.settings.value("pdf/folder", str(Path.home()), type=str)
        path = cls.ask_save_path(parent, str(Path(folder) / name))
        if not path:
            return
        ctx.settings.setValue("pdf/folder", str(Path(path).parent))

        def body() -> str:
            Path(path).write_bytes(make_pdf())
            return path

        read_op(ctx, parent, "pdf-export", body, on_done, on_error=on_error,
                title=QCoreApplication.translate("PdfOutput", "Exporting PDF"))

    @classmethod
    def open(cls, ctx, parent: QWidget, make_pdf: Callable[[], bytes], name: str,
             on_error: Callable[[Exception], None]) -> None:
        def body() -> str:
            return str(write_private(private_temp("previews") / name, make_pdf()))

        read_op(ctx, parent, "pdf-open", body, cls.open_path, on_error=on_error,
                title=QCoreApplication.translate("PdfOutput", "Preparing PDF"))
