"""The finished look: one icon set on the navigation, the menus and the main buttons; a dark palette when the
system is dark (forced here, as a desktop would set it), the light one otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from ui.common import theme
from ui.common.icons import PROPERTY


@pytest.fixture
def restore_palette(qapp):
    yield
    qapp.setPalette(qapp.style().standardPalette())
    qapp.setProperty("smallcrm_scheme", None)


def test_the_sidebar_menus_and_main_buttons_have_icons(window):
    assert all(not window.sidebar.item(row).icon().isNull() for row in range(window.sidebar.count()))
    menu = window.file_menu
    for action in (menu.new_person, menu.import_action, menu.export_action, menu.backup_action, menu.open_action,
                   menu.quit_action, window.about_action, window.shortcuts_action):
        assert not action.icon().isNull() and action.icon().pixmap(16, 16).toImage().width() == 16, action.text()
    contacts = window.show_section("contacts")
    assert not contacts.import_button.icon().isNull() and not contacts.vcard_button.icon().isNull()
    assert not window.show_section("quotes").new_button.icon().isNull()


def _brightness(color) -> float:
    return color.lightnessF()


def test_the_dark_scheme_gives_a_dark_window_and_light_text(window, monkeypatch, restore_palette, qapp):
    monkeypatch.setenv(theme.FORCED, "dark")
    assert theme.apply_scheme(qapp) == Qt.ColorScheme.Dark
    palette = qapp.palette()
    assert _brightness(palette.color(QPalette.ColorRole.Window)) < 0.25
    assert _brightness(palette.color(QPalette.ColorRole.Base)) < 0.25
    assert _brightness(palette.color(QPalette.ColorRole.WindowText)) > 0.75
    assert theme.is_dark()
    # the icons were drawn again in the light text colour: a dark glyph would vanish on a dark button
    button = window.show_section("contacts").import_button
    assert button.property(PROPERTY)
    image = button.icon().pixmap(24, 24).toImage()
    inked = [image.pixelColor(x, y) for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 200]
    assert inked and min(c.lightnessF() for c in inked) > 0.6

    monkeypatch.setenv(theme.FORCED, "light")
    assert theme.apply_scheme(qapp) == Qt.ColorScheme.Light
    assert _brightness(qapp.palette().color(QPalette.ColorRole.Window)) > 0.75
    assert not theme.is_dark()


def test_the_system_scheme_is_followed_when_nothing_is_forced(monkeypatch, restore_palette, qapp):
    monkeypatch.delenv(theme.FORCED, raising=False)
    monkeypatch.setattr(theme.QGuiApplication.styleHints(), "colorScheme", lambda: Qt.ColorScheme.Dark,
                        raising=False)
    assert theme.system_scheme() == Qt.ColorScheme.Dark


def test_muted_text_follows_the_scheme(qtbot, monkeypatch, restore_palette, qapp):
    from PySide6.QtWidgets import QLabel

    label = theme.mute(QLabel("Person · Customer"), 0.8)
    qtbot.addWidget(label)
    monkeypatch.setenv(theme.FORCED, "dark")
    theme.apply_scheme(qapp)
    dark = label.palette().color(QPalette.ColorRole.WindowText)
    assert dark.lightnessF() > 0.75 and abs(dark.alphaF() - 0.8) < 0.01  # light text on the dark window
    monkeypatch.setenv(theme.FORCED, "light")
    theme.apply_scheme(qapp)
    assert label.palette().color(QPalette.ColorRole.WindowText).lightnessF() < 0.25


def test_the_home_cards_turn_dark_with_the_scheme(window, monkeypatch, restore_palette, qapp, qtbot):
    home = window.show_section("home")
    card = home.cards["tasks"]
    monkeypatch.setenv(theme.FORCED, "dark")
    theme.apply_scheme(qapp)
    qtbot.wait(20)
    image = card.grab().toImage()
    assert image.pixelColor(image.width() - 12, image.height() // 2).lightnessF() < 0.3  # not a white card
    title = home.title.grab().toImage()
    inked = [title.pixelColor(x, y) for x in range(title.width()) for y in range(title.height())]
    assert max(c.lightnessF() for c in inked) > 0.7  # the heading is light on the dark window
