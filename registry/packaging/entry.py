"""The bundle's program: the ``registry`` command (the desktop application when no command is given)."""

import sys

from registry.cli import main

if __name__ == "__main__":
    sys.exit(main())
