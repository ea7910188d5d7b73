"""Where the files SmallCRM reads at run time live: the documents' fonts, the icons, the compiled translations.

SmallCRM runs three ways, and the files sit in a different place in each:

- from the repository (``make run``, an editable install): ``resources/fonts``, ``resources/icons`` and
  ``translations`` (whose ``.qm`` files ``make translations`` compiles);
- from an installed wheel: the wheel's build step (``setup.py``) copies them, the translations compiled, into
  the package as ``smallcrm/_data/<name>``, because nothing outside a package's folder survives ``pip install``;
- from a PyInstaller bundle: its spec (``packaging/smallcrm.spec``) places them at the same ``smallcrm/_data``.

Every reader asks :func:`resource_dir`; the build step and the spec read :data:`SOURCES` and :data:`PATTERNS`,
so a folder that moves, moves here only. No Qt here: the core (the PDF fonts) asks too.
"""

from __future__ import annotations

from pathlib import Path

# the name the desktop knows SmallCRM by: the .desktop file and the AppStream metainfo (packaging/linux), the
# macOS bundle identifier; Qt gives it to Wayland so that the window gets the menu entry's icon. Never changed
# once released: software centres and upgrades recognise the application by it.
APP_ID = "org.smallcrm.SmallCRM"

PACKAGE = Path(__file__).resolve().parent
PACKAGED = PACKAGE / "_data"  # in a wheel or a bundle
REPOSITORY = PACKAGE.parent
# each kind of file: its folder in the repository, relative to the repository's root
SOURCES = {"fonts": "resources/fonts", "icons": "resources/icons", "translations": "translations"}
# the files of each folder that the program reads (the translations' .ts sources are compiled to .qm to ship)
PATTERNS = {"fonts": ("*.ttf", "*.txt"), "icons": ("*.svg", "*.png"), "translations": ("*.qm",)}


def resource_dir(name: str) -> Path:
    """The folder of one kind of file (a key of :data:`SOURCES`): the packaged copy when there is one.

    The packaged copy wins because an installed wheel or a bundle has no repository beside it; in the
    repository there is no ``_data`` (it is made only inside a wheel's or a bundle's build folder).
    """
    packaged = PACKAGED / name
    return packaged if packaged.is_dir() else REPOSITORY / SOURCES[name]


def icon_files() -> dict[int, Path]:
    """The application icon as PNGs, by size in pixels (16 ... 512), from ``icons/smallcrm-<size>.png``."""
    found = {}
    for path in resource_dir("icons").glob("smallcrm-*.png"):
        size = path.stem.rsplit("-", 1)[1]
        if size.isdigit():
            found[int(size)] = path
    return dict(sorted(found.items()))
