"""Create or edit a person or a company.

Errors from the service appear under the field they name and the cursor goes there; the dialog keeps what
was typed. After a create that looks like an existing record, a panel offers to open or merge into it.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import PartyKind, Stage
from smallcrm.services.parties.merge import merge_parties
from smallcrm.services.parties.parties import (
    AddressDraft,
    PartyDraft,
    create_party,
    draft_of,
    get_party,
    unlink_person_from_company,
    update_party,
)
from smallcrm.services.parties.photos import get_photo, remove_photo, set_photo
from smallcrm.services.views import PartyRef, PartyView
from smallcrm.validation import format_phone
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.dialog_buttons import save_cancel
from ui.common.field_errors import FieldErrors
from ui.common.labels import label
from ui.common.value_list import ValueListEditor
from ui.operations import write_op
from ui.parties.party_details import E164
from ui.parties.party_fields import CHAT_SERVICES, SOCIAL_SERVICES, HandleListEditor, PhotoPicker
from ui.parties.party_lookup import CompanyPicker


def _section(text: str) -> QLabel:
    header = QLabel(text)
    font = header.font()
    font.setWeight(QFont.Weight.DemiBold)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    header.setFont(font)
    header.setContentsMargins(0, 10, 0, 2)
    return header


class DuplicatePanel(QFrame):
    """What the new record may duplicate, with a way to open it or to fold the new one into it."""

    def __init__(self, form: PartyForm) -> None:
        super().__init__()
        self.setObjectName("duplicates")
        self.setStyleSheet("#duplicates { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 6px; }"
                           "#duplicates QLabel { background: transparent; }")
        self._form = form
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self._layout.addWidget(self.title)
        self.buttons: dict[int, tuple[QPushButton, QPushButton]] = {}
        self.hide()

    def show_for(self, new: PartyView) -> None:
        self.title.setText(self.tr("<b>Saved.</b> It looks like a record you already have:"))
        for ref in new.likely_duplicates:
            self._layout.addWidget(self._row(ref))
        self.show()

    def _row(self, ref: PartyRef) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 2, 0, 0)
        name = QLabel(f"<b>{escape(ref.name)}</b> · {escape(label(ref.kind))}")
        open_button = QPushButton(self.tr("Open existing"))
        merge_button = QPushButton(self.tr("Merge into existing"))
        open_button.clicked.connect(lambda: self._form.open_existing(ref.id))
        merge_button.clicked.connect(lambda: self._form.merge_into(ref.id))
        box.addWidget(name, 1)
        box.addWidget(open_button)
        box.addWidget(merge_button)
        self.buttons[ref.id] = (open_button, merge_button)
        return row


class PartyForm(QDialog):
    def __init__(self, ctx: AppContext, kind: PartyKind = PartyKind.PERSON, party_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.party_id = party_id
        self.saved_id: int | None = None
        self._old_company: int | None = None
        company_name = ""
        if party_id is not None:
            view = get_party(party_id)
            self._base = draft_of(view)
            kind = view.kind
            main = next((a for a in view.companies if a.is_primary), None)
            if main is not None:
                self._old_company, company_name = main.company.id, main.company.name
        else:
            self._base = PartyDraft(kind=PartyKind(kind))
        self.kind = PartyKind(kind)  # a signal's argument arrives as plain text
        self.errors = FieldErrors()
        self._build()
        self._load(self._base, company_name)
        if party_id is not None and view.has_photo:
            self.photo.show_current(get_photo(party_id))
        if party_id is None:
            self.setWindowTitle(self.tr("New person") if self.is_person else self.tr("New company"))
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", view.name))

    @property
    def is_person(self) -> bool:
        return self.kind == PartyKind.PERSON

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        errors = self.errors
        self.first_name, self.last_name, self.name = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_prefix, self.middle_name, self.name_suffix = QLineEdit(), QLineEdit(), QLineEdit()
        self.nickname, self.department = QLineEdit(), QLineEdit()
        self.birthday, self.anniversary = (DateField(optional=True, popup=False) for _ in range(2))
        self.photo = PhotoPicker()
        self.job_title, self.role = QLineEdit(), QLineEdit()
        self.company = CompanyPicker(self.ctx)
        self.stage = QComboBox()
        for stage in Stage:
            self.stage.addItem(label(stage), str(stage))
        self.emails = ValueListEditor(self.tr("name@example.com"), self.tr("+ Add e-mail"))
        self.phones = ValueListEditor(self.tr("+39 02 1234 5678"), self.tr("+ Add phone"))
        self.websites = ValueListEditor(self.tr("www.example.com"), self.tr("+ Add website"))
        self.ims = HandleListEditor(CHAT_SERVICES, self.tr("User name or number"), self.tr("+ Add chat"))
        self.socials = HandleListEditor(SOCIAL_SERVICES, self.tr("Profile link or user name"),
                                        self.tr("+ Add social profile"))
        self.street, self.postal_code, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.province = QLineEdit(maxLength=2, placeholderText=self.tr("MI"))
        self.country = QLineEdit(maxLength=2, placeholderText=self.tr("IT"))
        self.vat_number, self.tax_code, self.tags = QLineEdit(), QLineEdit(), QLineEdit()
        self.sdi_code = QLineEdit(maxLength=7, placeholderText=self.tr("7 characters, e.g. M5UXCR1"))
        self.sdi_pec = QLineEdit(placeholderText=self.tr("or a PEC address"))
        self.tags.setPlaceholderText(self.tr("VIP, newsletter, fair 2025"))
        self.source, self.owner = QLineEdit(), QLineEdit()
        self.source.setPlaceholderText(self.tr("Where the contact comes from"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        for small in (self.postal_code, self.province, self.country):
            small.setFixedWidth(90 if small is self.postal_code else 44)  # "27613-3502" fits

        left = QFormLayout()
        left.addRow(_section(self.tr("Person") if self.is_person else self.tr("Company")))
        if self.is_person:
            names = QHBoxLayout()
            names.addWidget(errors.wrap("first_name", self.first_name), 1)
            names.addWidget(errors.wrap("last_name", self.last_name), 1)
            self.first_name.setPlaceholderText(self.tr("First name"))
            self.last_name.setPlaceholderText(self.tr("Last name"))
            left.addRow(self.tr("Name"), names)
            parts = QHBoxLayout()
            for key, edit, hint, width in (("name_prefix", self.name_prefix, self.tr("Title (Dott.)"), 1),
                                           ("middle_name", self.middle_name, self.tr("Middle name"), 2),
                                           ("name_suffix", self.name_suffix, self.tr("Suffix (Jr.)"), 1)):
                edit.setPlaceholderText(hint)
                edit.setToolTip(hint)  # the hint stays readable once the field is filled
                parts.addWidget(errors.wrap(key, edit), width)
            left.addRow(self.tr("Title, middle, suffix"), parts)
            left.addRow(self.tr("Nickname"), errors.wrap("nickname", self.nickname))
            left.addRow(self.tr("Job title"), errors.wrap("job_title", self.job_title))
            left.addRow(self.tr("Company"), errors.wrap("company", self.company, aliases=("company_id",)))
            work = QHBoxLayout()  # one row, as the days below: the form, with its chats, fits a 720-pixel screen
            work.addWidget(errors.wrap("role", self.role), 1)
            work.addWidget(QLabel(self.tr("Department")))
            work.addWidget(errors.wrap("department", self.department), 1)
            left.addRow(self.tr("Role"), work)
            days = QHBoxLayout()
            days.addWidget(errors.wrap("birthday", self.birthday), 1)
            days.addWidget(QLabel(self.tr("Anniversary")))
            days.addWidget(errors.wrap("anniversary", self.anniversary), 1)
            left.addRow(self.tr("Birthday"), days)
        else:
            left.addRow(self.tr("Name"), errors.wrap("name", self.name))
            left.addRow(self.tr("Department"), errors.wrap("department", self.department))
        left.addRow(self.tr("Stage"), errors.wrap("stage", self.stage))
        left.addRow(self.tr("Photo"), errors.wrap("photo", self.photo))  # here: the right column has the chats
        left.addRow(_section(self.tr("Contact")))
        for key, text, editor in (("emails", self.tr("E-mail"), self.emails), ("phones", self.tr("Phone"), self.phones),
                                  ("websites", self.tr("Website"), self.websites)):
            errors.add(key, editor, editor.error, editor.line)
            left.addRow(text, editor)

        right = QFormLayout()
        right.addRow(_section(self.tr("Address")))
        right.addRow(self.tr("Street"), errors.wrap("street", self.street))
        place = QHBoxLayout()
        place.addWidget(errors.wrap("postal_code", self.postal_code))
        place.addWidget(errors.wrap("city", self.city), 1)
        place.addWidget(errors.wrap("province", self.province))
        self.postal_code.setPlaceholderText(self.tr("ZIP"))
        self.city.setPlaceholderText(self.tr("City"))
        right.addRow(self.tr("Place"), place)
        right.addRow(self.tr("Country"), errors.wrap("country", self.country))
        right.addRow(_section(self.tr("Chat and social")))  # here, not under Contact: the left column is longer
        for key, text, editor in (("ims", self.tr("Chat"), self.ims), ("socials", self.tr("Social"), self.socials)):
            errors.add(key, editor, editor.error, editor.line)
            right.addRow(text, editor)
        right.addRow(_section(self.tr("Business")))
        right.addRow(self.tr("VAT number"), errors.wrap("vat_number", self.vat_number))
        right.addRow(self.tr("Tax code"), errors.wrap("tax_code", self.tax_code))
        right.addRow(self.tr("SdI code"), errors.wrap("sdi_code", self.sdi_code))
        right.addRow(self.tr("SdI PEC"), errors.wrap("sdi_pec", self.sdi_pec))
        right.addRow(self.tr("Tags"), errors.wrap("tags", self.tags))
        right.addRow(self.tr("Source"), errors.wrap("source", self.source))
        right.addRow(self.tr("Owner"), errors.wrap("owner", self.owner))
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setVerticalSpacing(6)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.fields = QWidget()
        body = QVBoxLayout(self.fields)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(columns)
        body.addWidget(_section(self.tr("Notes")))
        body.addWidget(errors.wrap("notes", self.notes))

        self.duplicates = DuplicatePanel(self)
        self.buttons = save_cancel(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.fields)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)
        self.resize(1000, 0)  # room for the name's parts in Italian and Romanian (a 1366 screen has it)

    # -- values --------------------------------------------------------------------------------
    def _load(self, draft: PartyDraft, company_name: str) -> None:
        for edit, value in ((self.first_name, draft.first_name), (self.last_name, draft.last_name),
                            (self.name, draft.name), (self.job_title, draft.job_title), (self.role, draft.role),
                            (self.vat_number, draft.vat_number), (self.tax_code, draft.tax_code),
                            (self.sdi_code, draft.sdi_code), (self.sdi_pec, draft.sdi_pec),
                            (self.country, draft.country), (self.source, draft.source),
                            (self.owner, draft.owner or ""), (self.tags, ", ".join(draft.tags)),
                            (self.name_prefix, draft.name_prefix), (self.middle_name, draft.middle_name),
                            (self.name_suffix, draft.name_suffix), (self.nickname, draft.nickname),
                            (self.department, draft.department)):
            edit.setText(value)
        self.birthday.set_day(draft.birthday)
        self.anniversary.set_day(draft.anniversary)
        self.stage.setCurrentIndex(max(self.stage.findData(str(draft.stage)), 0))
        self.emails.set_values(draft.emails)
        # a number an import could not read stays as it was typed, for someone to fix
        self.phones.set_values([format_phone(p) if E164.fullmatch(p) else p for p in draft.phones])
        self.websites.set_values(draft.websites)
        self.ims.set_values(draft.ims)
        self.socials.set_values(draft.socials)
        self.notes.setPlainText(draft.notes)
        self.company.set_company(draft.company_id, company_name)
        if draft.addresses:
            first = draft.addresses[0]
            for edit, value in ((self.street, first.street), (self.postal_code, first.postal_code),
                                (self.city, first.city), (self.province, first.province)):
                edit.setText(value)
        (self.first_name if self.is_person else self.name).setFocus()

    def draft(self) -> PartyDraft:
        """What the fields say, on top of the record as loaded (so fields not shown here are kept)."""
        base = self._base
        old = base.addresses[0] if base.addresses else AddressDraft()
        address = replace(old, street=self.street.text(), postal_code=self.postal_code.text(),
                          city=self.city.text(), province=self.province.text().upper())
        owner = self.owner.text().strip()
        return replace(
            base, kind=self.kind, first_name=self.first_name.text(), last_name=self.last_name.text(),
            name=self.name.text() if not self.is_person else base.name, job_title=self.job_title.text(),
            stage=self.stage.currentData(), source=self.source.text(), notes=self.notes.toPlainText(),
            owner=owner if owner or self.party_id is not None else None,
            vat_number=self.vat_number.text(), tax_code=self.tax_code.text(), country=self.country.text(),
            sdi_code=self.sdi_code.text(), sdi_pec=self.sdi_pec.text(),
            emails=self.emails.values(), phones=self.phones.values(), websites=self.websites.values(),
            ims=self.ims.values(), socials=self.socials.values(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            name_prefix=self.name_prefix.text(), middle_name=self.middle_name.text(),
            name_suffix=self.name_suffix.text(), nickname=self.nickname.text(), department=self.department.text(),
            birthday=self.birthday.day() if self.is_person else base.birthday,
            anniversary=self.anniversary.day() if self.is_person else base.anniversary,
            addresses=[address, *base.addresses[1:]],
            company_id=self.company.company_id if self.is_person else None,
            role=self.role.text() if self.is_person else "",
        )

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled() or self.save_button.isHidden():  # saving, or saved already
            return
        self.errors.clear()
        if self.is_person and self.company.text().strip() and self.company.company_id is None:
            self.errors.message("company", self.tr("Choose a company from the list, or leave the field empty"))
            return
        if self.is_person and not dates_ok(self.birthday, self.anniversary):
            return
        draft, party_id = self.draft(), self.party_id
        unlink = self._old_company if self.is_person and draft.company_id is None else None
        picture = self.photo.changed  # None: as it was; b"": removed; bytes: the new picture

        def body(db):
            if party_id is None:
                view, changes = create_party(db, draft)
            else:
                view, changes = update_party(db, party_id, draft)
                if unlink is not None:
                    changes.merge(unlink_person_from_company(db, party_id, unlink))
            if picture is not None:
                changes.merge(set_photo(db, view.id, picture)[1] if picture else remove_photo(db, view.id))
            return (get_party(view.id) if unlink is not None or picture is not None else view), changes

        write_op(self.ctx, body, parent=self, on_done=self._saved, errors=self.errors, busy=(self.save_button,))

    def _saved(self, view: PartyView) -> None:
        self.saved_id = view.id
        if self.party_id is None and view.likely_duplicates:
            self.party_id = view.id
            self.fields.setEnabled(False)
            self.save_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep both"))
            self.buttons.rejected.disconnect()
            self.buttons.rejected.connect(self.accept)
            self.duplicates.show_for(view)
            return
        self.accept()

    def open_existing(self, existing_id: int) -> None:
        self.saved_id = existing_id
        self.accept()

    def merge_into(self, existing_id: int) -> None:
        """Fold the record just created into the existing one, which is the one kept."""
        new_id = self.saved_id

        def done(_kept: PartyView) -> None:
            self.saved_id = existing_id
            self.accept()

        write_op(self.ctx, lambda db: merge_parties(db, existing_id, new_id), parent=self, on_done=done)

    # -- running -------------------------------------------------------------------------------
    @classmethod
    def create(cls, ctx: AppContext, kind: PartyKind, parent: QWidget | None = None) -> int | None:
        """Ask for a new person or company; the id of the record to show, or None if cancelled."""
        dialog = cls(ctx, kind, None, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.saved_id if accepted else None

    @classmethod
    def edit(cls, ctx: AppContext, party_id: int, parent: QWidget | None = None, focus: str = "") -> bool:
        """Edit a party, the cursor in the field ``focus`` (what an invoice lacks: "street", "tax_code"...)."""
        dialog = cls(ctx, PartyKind.PERSON, party_id, parent)
        if focus == "name" and dialog.is_person:
            focus = "last_name"
        widget = getattr(dialog, focus, None) if focus else None
        if isinstance(widget, QWidget):
            widget.setFocus()
        return dialog.exec() == QDialog.DialogCode.Accepted
