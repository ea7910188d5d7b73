"""Light and dark, as the system says (Qt 6.5+: ``QStyleHints.colorScheme()``), and again when it changes.

The window is drawn by Fusion in both, with a palette made here: the platform's own style ignores a dark
scheme on some desktops, and a palette of our own looks the same on Linux, Windows and macOS. The scheme may
be forced with ``SMALLCRM_COLOR_SCHEME=dark`` (or ``light``): for screenshots, tests and a user who prefers it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ui.common.icons import refresh_icons

FORCED = "SMALLCRM_COLOR_SCHEME"
MUTED = "smallcrm_muted"  # the alpha of a muted widget
Role, Group = QPalette.ColorRole, QPalette.ColorGroup

DARK = {Role.Window: "#26292e", Role.WindowText: "#e6e8eb", Role.Base: "#1d1f23", Role.AlternateBase: "#2b2f35",
        Role.ToolTipBase: "#32363d", Role.ToolTipText: "#e6e8eb", Role.PlaceholderText: "#8b929b",
        Role.Text: "#e6e8eb", Role.Button: "#31353b", Role.ButtonText: "#e6e8eb", Role.BrightText: "#ff6b6b",
        Role.Light: "#454a52", Role.Midlight: "#3a3f46", Role.Mid: "#4a5058", Role.Dark: "#16181b",
        Role.Shadow: "#0b0c0e", Role.Highlight: "#3d7fc4", Role.HighlightedText: "#ffffff", Role.Link: "#7fb7ff",
        Role.LinkVisited: "#b69cff"}
DARK_DISABLED = {Role.WindowText: "#7c828a", Role.Text: "#7c828a", Role.ButtonText: "#7c828a",
                 Role.Base: "#232529", Role.Button: "#2a2d32", Role.Highlight: "#4a5058"}


def system_scheme() -> Qt.ColorScheme:
    """The scheme to draw in: the forced one if set, else the system's (Unknown counts as light)."""
    forced = os.environ.get(FORCED, "").strip().lower()
    if forced in ("dark", "light"):
        return Qt.ColorScheme.Dark if forced == "dark" else Qt.ColorScheme.Light
    return QGuiApplication.styleHints().colorScheme()


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    """Fusion's light palette, or our dark one."""
    app = QApplication.instance()
    if scheme != Qt.ColorScheme.Dark:
        return app.style().standardPalette()
    palette = QPalette()
    for role, color in DARK.items():
        palette.setColor(role, QColor(color))
    for role, color in DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(color))
    return palette


def mute(widget: QWidget, alpha: float = 0.62) -> QWidget:
    """Secondary text: the application's text colour, see-through. Only that colour is set on the widget, from
    the application's palette (not the widget's, which may hold an older scheme's), and the alpha is kept in
    the ``smallcrm_muted`` property so that ``apply_scheme`` mutes it again in a new scheme."""
    palette = QPalette()  # nothing set but the one colour: everything else follows the application
    colour = QColor(QApplication.palette().color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(alpha)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(palette)
    widget.setProperty(MUTED, alpha)
    return widget


def unmute(widget: QWidget) -> None:
    """Back to the application's plain text colour."""
    widget.setPalette(QPalette())
    widget.setProperty(MUTED, None)


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
    """Draw the application in ``scheme`` (the system's when None); the icons follow. Returns the scheme."""
    scheme = system_scheme() if scheme is None else scheme
    app.setPalette(palette_for(scheme))
    app.setProperty("smallcrm_scheme", "dark" if scheme == Qt.ColorScheme.Dark else "light")
    for widget in app.allWidgets():
        if widget.property(MUTED) is not None:
            mute(widget, float(widget.property(MUTED)))
        if widget.styleSheet():  # its palette(...) colours were read when it was set: read them again
            widget.setStyleSheet(widget.styleSheet())
    refresh_icons(app.topLevelWidgets())
    return scheme


def is_dark() -> bool:
    """Whether the window is drawn dark now (for the few colours picked in code, e.g. a warning's)."""
    app = QApplication.instance()
    return app is not None and app.property("smallcrm_scheme") == "dark"


def follow_system_scheme(app: QApplication) -> Qt.ColorScheme:
    """Fusion, in the system's scheme now and whenever the system changes it (unless it is forced)."""
    app.setStyle("Fusion")
    if not os.environ.get(FORCED):
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
    return apply_scheme(app)
