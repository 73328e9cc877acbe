"""The one way a user learns that something went wrong: a single line, and an exit code.

Every error a user can cause (a bad article, a missing database, an unwritable path) is a
`UserError` whose message names the file and the reason; commands print it with
`error_line()` and exit with `EXIT_FAILURE`. Anything else is a bug and may show a traceback.
"""

from __future__ import annotations

import sys

from gannan_gui import APP_NAME

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UserError(Exception):
    """A failure the user can act on; the message is meant to be read by them."""


def error_line(message: object) -> str:
    """'gannan-gui: <message>', on one line whatever the message holds."""
    text = " ".join(str(message).split())
    return f"{APP_NAME}: {text}"


def report(message: object) -> int:
    """Print the error line on stderr; returns EXIT_FAILURE for `return report(...)`."""
    print(error_line(message), file=sys.stderr)
    return EXIT_FAILURE
