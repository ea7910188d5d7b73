"""The contact's picture on the contact form (its days are ui/common/date_field.py's DateField)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from smallcrm.images import MAX_BYTES
from smallcrm.services.parties.photos import Photo

THUMB = 56  # pixels


class PhotoPicker(QWidget):
    """The picture as a thumbnail, Choose… and Remove. ``changed``: None (left as it was), b"" (removed) or
    the bytes of a new picture, which the service checks when the form is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed: bytes | None = None
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("border: 1px solid #c9c9c9; border-radius: 4px;")
        self.choose = QPushButton(self.tr("Choose…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(self._remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumb)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        layout.addStretch(1)
        self._show(None)

    def show_current(self, photo: Photo | None) -> None:
        self._show(photo.data if photo else None)

    def set_picture(self, data: bytes) -> None:
        self.changed = data
        self._show(data)

    def _show(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.thumb.setPixmap(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumb.clear()
            self.thumb.setText(self.tr("none") if not data else "?")
        self.remove.setEnabled(bool(data))

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp)"))
        if name:
            with open(Path(name), "rb") as picture:  # one byte past the limit is enough for the service to refuse
                self.set_picture(picture.read(MAX_BYTES + 1))

    def _remove(self) -> None:
        self.changed = b""
        self._show(None)
