"""Before Qt starts on X11: are the libraries of Qt's xcb plugin there? One clear line naming the package if not.

Without them Qt aborts with "Could not load the Qt platform plugin "xcb" ... no Qt platform plugin could be
initialized", a core dump, and a hint to reinstall the application: on a fresh Debian or Ubuntu that is wrong,
what is missing is one or two system packages (libxcb-icccm4 and libxcb-keysyms1, which no desktop pulls in).
So before the QApplication is made the libraries are loaded here with ctypes, as the plugin's loader would
load them, and the missing ones are named with the Debian/Ubuntu and the Fedora packages that hold them.

The list is what ``ldd`` shows for PySide6's ``plugins/platforms/libqxcb.so`` outside PySide6's own folder
(tests/ui/test_platform_check.py checks it against the installed plugin, so a new PySide6 that needs one more
library fails a test instead of a user). No Qt import here: this must run before Qt is touched.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

EXIT_MISSING_LIBRARIES = 3


@dataclass(frozen=True)
class Library:
    soname: str
    debian: str  # the Debian/Ubuntu package that holds it
    fedora: str  # the Fedora package that holds it


# what libqxcb.so (Qt 6.8 ... 6.11) loads from the system; the first ones are those a fresh desktop lacks
XCB_LIBRARIES = (
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libxcb.so.1", "libxcb1", "libxcb"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libX11.so.6", "libx11-6", "libX11"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
)


def uses_xcb(platform: str, environ: Mapping[str, str]) -> bool:
    """Will Qt use its X11 (xcb) plugin? Only Linux and the like; not when another plugin is asked for
    (offscreen in the tests, wayland), nor on a Wayland session, where Qt 6 takes its wayland plugin."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE", "") != "wayland"


def _load(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(load: Callable[[str], bool] = _load) -> list[Library]:
    """The libraries of :data:`XCB_LIBRARIES` that ``load`` (the dynamic loader, by default) cannot load."""
    return [library for library in XCB_LIBRARIES if not load(library.soname)]


def _unique(names: list[str]) -> str:
    return " ".join(dict.fromkeys(names))


def missing_message(missing: list[Library]) -> str:
    """The one line that names what to install, for Debian/Ubuntu and for Fedora."""
    return (f"smallcrm-desktop: the X11 libraries Qt needs are missing ({', '.join(m.soname for m in missing)}); "
            f"install them with: sudo apt install {_unique([m.debian for m in missing])} "
            f"(Fedora: sudo dnf install {_unique([m.fedora for m in missing])})")


def check_x_libraries(platform: str = sys.platform, environ: Mapping[str, str] = os.environ,
                      load: Callable[[str], bool] = _load) -> str | None:
    """The line to print when Qt is about to use X11 and some of its libraries are missing; else None."""
    if not uses_xcb(platform, environ):
        return None
    missing = missing_libraries(load)
    return missing_message(missing) if missing else None
