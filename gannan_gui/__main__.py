"""`python -m gannan_gui` runs the same program as `gannan-gui`."""

import sys

from gannan_gui.cli import main

sys.exit(main())
