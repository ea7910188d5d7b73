"""The bundle's `smallcrm`: the command line, as pip's `smallcrm` script starts it (smallcrm.cli:main)."""

import multiprocessing
import sys

from smallcrm.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # an import's worker processes start this program again, as workers
    sys.exit(main())
