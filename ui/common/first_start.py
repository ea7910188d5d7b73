"""First start on a new database: demo data to explore, or an empty start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to SmallCRM"))
        intro = QLabel(self.tr("Your data stays on this computer, in one file. How would you like to start?"))
        intro.setWordWrap(True)
        self.demo = QRadioButton(self.tr("With demo data (an Italian shop with 300 contacts), to look around"))
        self.empty = QRadioButton(self.tr("Empty, to enter my own customers"))
        self.demo.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.demo, self.empty, buttons):
            layout.addWidget(widget)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """True for demo data (tests replace this)."""
        dialog = cls(parent)
        dialog.exec()
        return dialog.demo.isChecked()
