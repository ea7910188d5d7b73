"""The bundle's `smallcrm-desktop`: the window, as pip's `smallcrm-desktop` script starts it (ui.app:main)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())  # main() calls multiprocessing.freeze_support() first
