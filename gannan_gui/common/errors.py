"""The one way a user learns that something went wrong: a single line, and an exit code.

Every error a user can cause (a bad article, a missing database, an unwritable path) is a
`UserError` whose message names the file and the reason; commands print it with
`error_line()` and exit with `EXIT_FAILURE`. Anything else is a bug and may show a traceback.
"""

from __future__ import annotations

import errno
import sys

from gannan_gui import APP_NAME

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UserError(Exception):
    """A failure the user can act on; the message is meant to be read by them."""


#: What the operating system's reasons mean, in the user's words (strerror is English).
OS_REASONS = {
    errno.EACCES: "没有权限", errno.EPERM: "不允许此操作", errno.ENOENT: "文件或文件夹不存在",
    errno.ENOSPC: "磁盘空间已满", errno.EROFS: "所在位置只读", errno.EISDIR: "这是一个文件夹",
    errno.ENOTDIR: "路径中有一项不是文件夹", errno.ENAMETOOLONG: "文件名太长",
    errno.EEXIST: "文件已存在", errno.EIO: "读写设备出错", errno.EDQUOT: "超出磁盘配额",
    errno.EBUSY: "文件正被占用", errno.ETXTBSY: "文件正被占用", errno.ELOOP: "符号链接过多",
}


def os_reason(error: BaseException) -> str:
    """Why an operating-system call failed, in Chinese when the reason is a common one."""
    number = getattr(error, "errno", None)
    if number in OS_REASONS:
        return OS_REASONS[number]
    return getattr(error, "strerror", None) or str(error)


def error_line(message: object) -> str:
    """'gannan-gui: <message>', on one line whatever the message holds."""
    text = " ".join(str(message).split())
    return f"{APP_NAME}: {text}"


def report(message: object) -> int:
    """Print the error line on stderr; returns EXIT_FAILURE for `return report(...)`."""
    print(error_line(message), file=sys.stderr)
    return EXIT_FAILURE
