"""Every action of the window and every key of the presentation, declared once: the menus
and their shortcuts, the F1 help, the presenter's key panel and the README's key tables are
all made from these tables (a test checks the README). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class ActionSpec:
    """One menu action: its menu text, shortcuts (Qt's portable spelling: 'Ctrl+Shift+P',
    'Alt+Left'), status-bar tip, and the line the F1 help gives it ('' for none), with its
    keys as the help writes them when that is not the shortcuts themselves."""

    text: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    help: str = ""
    help_keys: str = ""

    @property
    def keys_text(self) -> str:
        return self.help_keys or " / ".join(self.shortcuts)


#: The window's actions, by the name the code asks for them with, in the help's order.
ACTIONS: dict[str, ActionSpec] = {
    "find": ActionSpec("查找(&F)", ("Ctrl+F",), help="搜索数据、名称和原文"),
    "back": ActionSpec("后退(&B)", ("Alt+Left",), "回到上一个查看的内容 (Alt+←)",
                       help="后退 / 前进", help_keys="Alt+← / Alt+→，鼠标侧键"),
    "forward": ActionSpec("前进(&F)", ("Alt+Right",), "前进到下一个查看的内容 (Alt+→)"),
    "copy_citation": ActionSpec("复制引文(&C)", ("Ctrl+Shift+C",), "复制所选数据的原文引文和出处",
                                help="复制引文（原文和出处）"),
    "print_preview": ActionSpec("打印预览(&P)…", ("Ctrl+P",), "预览并打印所选范围的摘要",
                                help="打印预览"),
    "export_pdf": ActionSpec("导出摘要为 PDF(&D)…", ("Ctrl+Shift+P",),
                             "把所选范围的摘要保存为 PDF", help="导出摘要为 PDF"),
    "expand": ActionSpec("全部展开", ("Ctrl+E",), help="全部展开 / 全部折叠",
                         help_keys="Ctrl+E / Ctrl+Shift+E"),
    "collapse": ActionSpec("全部折叠", ("Ctrl+Shift+E",)),
    "zoom_in": ActionSpec("放大(&I)", ("Ctrl+=", "Ctrl++"), "放大整个窗口的文字和图表",
                          help="放大 / 缩小 / 实际大小",
                          help_keys="Ctrl+= / Ctrl+- / Ctrl+0，Ctrl+滚轮"),
    "zoom_out": ActionSpec("缩小(&O)", ("Ctrl+-",), "缩小整个窗口的文字和图表"),
    "zoom_reset": ActionSpec("实际大小(&A)", ("Ctrl+0",), "恢复正常大小"),
    "reviewed_only": ActionSpec("只显示已审核的数据",
                                tip="导入的报道只显示审核时接受的数据：浏览、打印、演示和导出都一样"),
    "indicators": ActionSpec("指标(&D)…", ("Ctrl+Shift+I",),
                             "同一指标在各篇报道、各年份和各地的数值：表格和图表",
                             help="指标：同一指标在各篇报道、各年份和各地的数值"),
    "present": ActionSpec("从头演示全文(&P)", ("F5",), "全屏演示全文，Esc 结束",
                          help="从头演示全文"),
    "present_category": ActionSpec("演示当前类别(&C)", ("Shift+F5",), "全屏演示所选类别",
                                   help="演示当前类别"),
    "presenter_view": ActionSpec("演示者视图(&V)", ("Alt+F5",),
                                 "在笔记本一块屏幕上排练：当前页、下一页、原文和计时",
                                 help="演示者视图：在一块屏幕上排练"),
    "present_fact": ActionSpec("单独演示所选数据", tip="全屏演示所选数据及其原文 (Enter)"),
    "open_database": ActionSpec("打开数据库(&O)…", ("Ctrl+O",), "打开另一个事实数据库文件",
                                help="打开另一个数据库"),
    "import": ActionSpec("导入报道(&I)…", ("Ctrl+I",),
                         "把报道（文本或网页）导入自己的资料库，数据待审核",
                         help="导入报道到自己的资料库"),
    "paste": ActionSpec("从剪贴板导入(&V)…", ("Ctrl+Shift+V",),
                        "把在浏览器、WPS 或 Word 中复制的报道导入自己的资料库",
                        help="从剪贴板导入报道（在浏览器、WPS 或 Word 中复制的）"),
    "review": ActionSpec("审核导入的数据(&R)…", ("Ctrl+R",),
                         "逐项接受、否决或更正这篇报道中程序提出的数据",
                         help="审核导入报道中的数据（Enter 接受，Delete 否决，PgUp / PgDn 移动，"
                              "Alt+D 改指标，Ctrl+Z 撤销）"),
    "import_folder": ActionSpec("导入文件夹…",
                                tip="把一个文件夹（含子文件夹）中的所有报道导入自己的资料库"),
    "report_details": ActionSpec("编辑报道详情…", tip="修改当前报道的标题、日期、来源、作者和地区"),
    "remove_report": ActionSpec("从资料库中移除此报道…",
                                tip="把当前报道及其数据从自己的资料库中删除"),
    "manage_library": ActionSpec("管理资料库中的报道(&M)…",
                                 tip="按日期、标题、来源排序列出资料库中的报道，可编辑详情或一次移除多篇"),
    "open_original": ActionSpec("打开原文件(&W)",
                                tip="用系统中的程序打开这篇报道导入时的文件（Word、PDF、表格或网页）"),
    "connect_shared": ActionSpec("连接共享资料库(&L)…",
                                 tip="打开单位服务器（PostgreSQL）上的共享资料库；多人可同时导入和审核"),
    "own_library": ActionSpec("改用自己的资料库", tip="回到本机上自己的资料库文件"),
    "export_chart_png": ActionSpec("导出图表为 PNG…"),
    "export_chart_svg": ActionSpec("导出图表为 SVG…"),
    "quit": ActionSpec("退出(&Q)", ("Ctrl+Q",), help="退出"),
    "keys": ActionSpec("快捷键(&K)", ("F1",), "窗口和演示中的所有按键 (F1)", help="显示快捷键"),
    "about": ActionSpec("关于 gannan-gui"),
}

#: What the window does with keys and the mouse that no menu action is: (keys, what).
#: Placed in the help after the action named first.
WINDOW_GESTURES: tuple[tuple[str, str, str], ...] = (
    ("find", "Esc（在搜索框中）", "清除搜索，回到搜索前查看的内容"),
    ("back", "↑ ↓", "在分类树中上下移动"),
    ("back", "← →", "折叠 / 展开类别"),
    ("back", "Ctrl+点击，Shift+点击", "选择多项数据（打印和导出所选）"),
    ("back", "Enter（在数据上）", "单独演示这项数据及其原文"),
    ("back", "Enter（在类别上）", "展开 / 折叠这个类别"),
    ("back", "Tab，再按方向键", "到图表中，在各项数据之间移动"),
    ("back", "Ctrl+C", "复制所选数据：数值、标签、时期和引文"),
    ("paste", "把文件或文件夹拖到窗口上", "导入其中的报道"),
)


def window_keys() -> tuple[tuple[str, str], ...]:
    """The F1 help's window table: each action's help line, and the gestures after theirs."""
    rows: list[tuple[str, str]] = []
    for name, spec in ACTIONS.items():
        if spec.help:
            rows.append((spec.keys_text, spec.help))
        rows += [(keys, what) for after, keys, what in WINDOW_GESTURES if after == name]
    return tuple(rows)


@dataclass(frozen=True)
class PresenterKey:
    """What the presentation does with keys: a command, the keys (Qt's names, as in
    Qt.Key.Key_Right) and characters that give it, and its help line. `also` is what the
    help adds that is not a key (the mouse)."""

    command: str
    keys: tuple[str, ...]
    help: str
    texts: tuple[str, ...] = ()
    also: str = ""
    shown: str = ""  # the help's keys when they are not keys (digits, then Enter)


#: How the help writes Qt's key names.
KEY_NAMES = {"Right": "→", "Down": "↓", "Left": "←", "Up": "↑", "Space": "空格",
             "PageDown": "PgDn", "PageUp": "PgUp", "Return": "Enter", "Backspace": "Backspace",
             "Home": "Home", "End": "End", "Escape": "Esc"}

PRESENTER: tuple[PresenterKey, ...] = (
    PresenterKey("next", ("Right", "Down", "Space", "PageDown", "N"), "下一张",
                 also="Enter，鼠标左键"),
    PresenterKey("previous", ("Left", "Up", "Backspace", "PageUp", "P"), "上一张",
                 also="鼠标右键"),
    PresenterKey("first", ("Home",), "第一张"),
    PresenterKey("last", ("End",), "最后一张"),
    PresenterKey("jump", ("Return", "Enter"), "跳到那一张", shown="数字，再按 Enter"),
    PresenterKey("black", ("B",), "投影屏幕黑屏，任意键恢复", texts=(".",)),
    PresenterKey("white", ("W",), "投影屏幕白屏，任意键恢复", texts=(",",)),
    PresenterKey("end_of_show", (), "黑屏结束放映；← 回到最后一张，其他键退出",
                 shown="最后一张之后"),
    PresenterKey("help", ("F1",), "显示或隐藏这些按键", texts=("?",)),
    PresenterKey("quit", ("Escape",), "结束演示，回到窗口"),
)


def presenter_key_text(row: PresenterKey) -> str:
    if row.shown:
        return row.shown
    names = [KEY_NAMES.get(k, k) for k in row.keys] + list(row.texts)
    keys = " / ".join(names) if len(names) <= 2 and row.texts else " ".join(names)
    return f"{keys}，{row.also}" if row.also else keys


def presenter_keys() -> tuple[tuple[str, str], ...]:
    return tuple((presenter_key_text(row), row.help) for row in PRESENTER)


WINDOW_KEYS = window_keys()
PRESENTER_KEYS = presenter_keys()


def keys_html() -> str:
    """Both tables, for the help dialog."""
    def table(title: str, rows: tuple[tuple[str, str], ...]) -> str:
        body = "".join(f'<tr><td style="padding:3px 14px 3px 0;"><b>{escape(k)}</b></td>'
                       f"<td>{escape(what)}</td></tr>" for k, what in rows)
        return f"<h3>{escape(title)}</h3><table>{body}</table>"
    return table("窗口", WINDOW_KEYS) + table("演示时", PRESENTER_KEYS)


def keys_markdown() -> str:
    """Both tables as the README has them, between its keys markers."""
    def table(title: str, rows: tuple[tuple[str, str], ...]) -> str:
        body = "\n".join(f"| {k} | {what} |" for k, what in rows)
        return f"**{title}**\n\n| 按键 | 作用 |\n| --- | --- |\n{body}\n"
    return table("窗口", WINDOW_KEYS) + "\n" + table("演示时", PRESENTER_KEYS)
