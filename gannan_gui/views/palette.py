"""The app's colours, named once: the window, the slides, the printout and exports use these.

Hex strings, so Qt-free code (HTML, office files) and Qt painters (QColor(ACCENT)) share them.
The light theme is kept everywhere, whatever the system's theme.
"""

TEXT = "#202124"
MUTED = "#5f6368"
ACCENT = "#b3261e"  # the red of the figures; dark enough to print and project
MARK = "#ffe08a"  # search matches and the quoted sentence
BAR = "#5b7db1"
PENDING_BAR = "#b9c8de"  # a figure not yet reviewed: the bar colour, paler
AXIS = "#9aa0a6"
RULE = "#c4c7c5"
HEADER_FILL = "#eef2f7"
ROW_SHADE = "#f8f9fa"
BACKGROUND = "#ffffff"
SLIDE_TEXT = "#1a1a1a"
SLIDE_MUTED = "#4a4f55"
BAND = "#1f4e79"  # the slides' top band
PLACEHOLDER = "#e8eaed"  # an empty slide canvas
#: An indicator's series in turn, in the window's chart and the exported chart alike.
SERIES = ("#2f6f9f", "#c0504d", "#4f8a3c", "#8064a2", "#d08a2a", "#3f9fa3")
CONFLICT_FILL = "#fbe3e0"  # a value another report gives otherwise
