"""The contact's picture and its chat and social addresses on the contact form (its days are
ui/common/date_field.py's DateField)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from smallcrm.images import MAX_BYTES
from smallcrm.services.parties.handles import handle_text, service_name, service_title, split_handle
from smallcrm.services.parties.photos import Photo
from ui.common.value_list import ValueListEditor

# the services offered first (any other may be typed): the chats and the networks Italian customers use most
CHAT_SERVICES = ("whatsapp", "telegram", "skype", "signal", "microsoft teams", "jabber", "matrix")
SOCIAL_SERVICES = ("linkedin", "facebook", "instagram", "twitter", "youtube", "tiktok", "mastodon", "github", "xing")

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


class HandleListEditor(ValueListEditor):
    """Chat or social addresses: on each line the service (from the list, or typed) and the address. ``values()``
    gives them as the service reads them ("skype: joe.doe"), a blank line kept in place for an error's index; a
    service with no address comes as "skype:", which the service refuses under that line."""

    def __init__(self, services: tuple[str, ...], placeholder: str, add_text: str,
                 parent: QWidget | None = None) -> None:
        self._services = services
        self._combos: dict[QLineEdit, QComboBox] = {}
        super().__init__(placeholder, add_text, parent)

    def add_line(self, text: str) -> QLineEdit:
        service, value = split_handle(text)
        edit = super().add_line(value)
        edit.setCursorPosition(0)  # a long link shows its start (the site), not its end
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(["", *(service_title(s) for s in self._services)])
        combo.setCurrentText(service_title(service))
        combo.lineEdit().setPlaceholderText(self.tr("Service"))
        # a colon, a slash or an @ would end up in the address: the service is a name
        combo.lineEdit().setValidator(QRegularExpressionValidator(QRegularExpression(r"[^:/@]{0,40}"), combo))
        combo.setMinimumContentsLength(9)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentTextChanged.connect(self.edited)
        self._combos[edit] = combo
        line = edit.parentWidget().layout()
        line.insertWidget(0, combo)
        line.setStretchFactor(edit, 1)  # the address takes the room: a profile's link is long
        return edit

    def _remove(self, row: QWidget) -> None:
        if len(self._rows) == 1:
            self._combos[self._rows[0][1]].setCurrentText("")
        super()._remove(row)

    def service(self, index: int) -> QComboBox:
        """The service chosen on the line at ``index``."""
        return self._combos[self._rows[index][1]]

    def remove_button(self, index: int) -> QWidget:
        return self._rows[index][2]

    def values(self) -> list[str]:
        found = []
        for _, edit, _ in self._rows:
            service, value = service_name(self._combos[edit].currentText()), edit.text().strip()
            found.append(handle_text(service, value).strip() if service or value else "")
        return found
