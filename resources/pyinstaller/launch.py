"""Entry point for the bundled (PyInstaller) gannan-gui: the same program as `gannan-gui`."""

import sys

from gannan_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
