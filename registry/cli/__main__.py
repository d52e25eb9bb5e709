"""``python -m registry.cli``: the same as the ``registry`` command."""

import sys

from registry.cli.parser import main

sys.exit(main())
