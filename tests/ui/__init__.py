# pytest puts tests/ on sys.path, so this package is imported as ``ui`` and hides the application's ``ui``;
# its modules (ui.common.bus, ui.views...) are then found through the editable install, i.e. in whichever checkout was
# installed. Searching this checkout's ui/ too makes the window tests test the code beside them.
from pathlib import Path

__path__.append(str(Path(__file__).resolve().parents[2] / "ui"))
