import sys

from smallcrm.cli import main

sys.exit(main())
