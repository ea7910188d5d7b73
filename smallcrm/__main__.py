import sys

from smallcrm.cli import main

if __name__ == "__main__":  # an import's worker processes load this module again: they must not run the CLI
    sys.exit(main())
