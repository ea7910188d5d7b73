"""The X-library check before Qt starts: which setups it looks at, the line it prints, and that its list is
what PySide6's xcb plugin really loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui import app, platform_check
from ui.platform_check import XCB_LIBRARIES, check_x_libraries, missing_libraries, uses_xcb

X11 = {"DISPLAY": ":0"}


def loader_without(*absent: str):
    """A fake dynamic loader that loads every library but ``absent``, and remembers what it was asked."""
    asked: list[str] = []

    def load(soname: str) -> bool:
        asked.append(soname)
        return soname not in absent

    load.asked = asked
    return load


def test_qt_uses_xcb_on_an_x11_linux_desktop_only():
    assert uses_xcb("linux", X11)
    assert uses_xcb("linux", {"QT_QPA_PLATFORM": "xcb"})
    assert uses_xcb("linux", {"QT_QPA_PLATFORM": "xcb:nomitshm", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses_xcb("linux", {"QT_QPA_PLATFORM": "offscreen", **X11})
    assert not uses_xcb("linux", {"WAYLAND_DISPLAY": "wayland-0", **X11})  # Qt 6 takes wayland first
    assert not uses_xcb("linux", {"XDG_SESSION_TYPE": "wayland", **X11})
    assert not uses_xcb("win32", X11)
    assert not uses_xcb("darwin", X11)


def test_nothing_is_said_when_everything_loads():
    load = loader_without()
    assert check_x_libraries("linux", X11, load) is None
    assert load.asked == [library.soname for library in XCB_LIBRARIES]


def test_nothing_is_loaded_when_qt_will_not_use_x11():
    load = loader_without("libxcb-icccm.so.4")
    assert check_x_libraries("linux", {"QT_QPA_PLATFORM": "offscreen"}, load) is None
    assert load.asked == []


def test_the_line_names_the_packages_of_a_fresh_debian():
    line = check_x_libraries("linux", X11, loader_without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert "\n" not in line
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 " in line
    assert line.endswith("(Fedora: sudo dnf install xcb-util-wm xcb-util-keysyms)")


def test_a_fedora_package_holding_several_libraries_is_named_once():
    missing = missing_libraries(loader_without("libxcb-shm.so.0", "libxcb-sync.so.1"))
    line = platform_check.missing_message(missing)
    assert "apt install libxcb-shm0 libxcb-sync1 " in line
    assert line.count("libxcb)") == 1 and "dnf install libxcb)" in line


def test_the_real_loader_loads_the_c_library_and_not_a_made_up_one():
    assert platform_check._load("libc.so.6")
    assert not platform_check._load("libsmallcrm-no-such-library.so.9")


def test_the_window_stops_before_qt_with_the_line_and_a_non_zero_code(monkeypatch, capsys):
    monkeypatch.setattr(app, "has_display", lambda: True)
    monkeypatch.setattr(app, "check_x_libraries", lambda: "smallcrm-desktop: the X11 libraries ... missing")
    monkeypatch.setattr(app, "QApplication", None)  # reaching Qt would fail the test

    assert app.main([]) == platform_check.EXIT_MISSING_LIBRARIES
    assert capsys.readouterr().err == "smallcrm-desktop: the X11 libraries ... missing\n"


def _xcb_plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("ldd") is None, reason="ldd and the xcb plugin: Linux")
def test_the_list_holds_every_x_library_the_installed_xcb_plugin_loads():
    """ldd names what the plugin and its Qt libraries load (a missing one shows as "not found", by name)."""
    plugin = _xcb_plugin()
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    qt_folder = str(plugin.parents[3])
    system = {m.group(1) for line in out.splitlines() if qt_folder not in line
              if (m := re.match(r"\s*(lib\S+\.so\.\d+)", line))}
    wanted = {name for name in system if re.match(r"lib(xcb|X11|xkbcommon|EGL|GL\.|fontconfig|freetype|dbus|glib)",
                                                  name)}
    assert wanted <= {library.soname for library in XCB_LIBRARIES}


def test_the_readmes_apt_line_installs_every_library_the_check_knows():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("sudo apt install "))
    assert {library.debian for library in XCB_LIBRARIES} <= set(line.split())
