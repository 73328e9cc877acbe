"""gannan-gui: browse, present and print the facts of one news report.

The report is 《山海同心结硕果 协作帮扶谱新篇——天津市与甘南州协作帮扶综述》 (2025-12-16).
Modules at this level need no Qt; everything Qt lives in :mod:`gannan_gui.gui`.
"""

__version__ = "0.1.0"
APP_NAME = "gannan-gui"
