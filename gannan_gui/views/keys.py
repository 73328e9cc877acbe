"""Every key of the window and of the presentation, in the words the help shows. No Qt."""

from __future__ import annotations

from html import escape

WINDOW_KEYS = (
    ("Ctrl+F", "搜索数据、名称和原文"),
    ("Esc（在搜索框中）", "清除搜索，回到搜索前查看的内容"),
    ("Alt+← / Alt+→，鼠标侧键", "后退 / 前进"),
    ("↑ ↓", "在分类树中上下移动"),
    ("← →", "折叠 / 展开类别"),
    ("Ctrl+点击，Shift+点击", "选择多项数据（打印和导出所选）"),
    ("Enter（在数据上）", "单独演示这项数据及其原文"),
    ("Enter（在类别上）", "展开 / 折叠这个类别"),
    ("Tab，再按方向键", "到图表中，在各项数据之间移动"),
    ("Ctrl+C", "复制所选数据：数值、标签、时期和引文"),
    ("Ctrl+Shift+C", "复制引文（原文和出处）"),
    ("Ctrl+P", "打印预览"),
    ("Ctrl+Shift+P", "导出摘要为 PDF"),
    ("Ctrl+E / Ctrl+Shift+E", "全部展开 / 全部折叠"),
    ("Ctrl+= / Ctrl+- / Ctrl+0，Ctrl+滚轮", "放大 / 缩小 / 实际大小"),
    ("F5", "从头演示全文"),
    ("Shift+F5", "演示当前类别"),
    ("Alt+F5", "演示者视图：在一块屏幕上排练"),
    ("Ctrl+O", "打开另一个数据库"),
    ("Ctrl+I", "导入报道到自己的资料库"),
    ("Ctrl+Shift+V", "从剪贴板导入报道（在浏览器、WPS 或 Word 中复制的）"),
    ("把文件或文件夹拖到窗口上", "导入其中的报道"),
    ("Ctrl+R", "审核导入报道中的数据（Enter 接受，Delete 否决，PgUp / PgDn 移动，Ctrl+Z 撤销）"),
    ("Ctrl+Shift+I", "指标：同一指标在各篇报道、各年份和各地的数值"),
    ("Ctrl+Q", "退出"),
    ("F1", "显示快捷键"),
)

PRESENTER_KEYS = (
    ("→ ↓ 空格 PgDn Enter，鼠标左键", "下一张"),
    ("← ↑ Backspace PgUp，鼠标右键", "上一张"),
    ("Home / End", "第一张 / 最后一张"),
    ("数字，再按 Enter", "跳到那一张"),
    ("B / W（或 . / ,）", "投影屏幕黑屏 / 白屏，任意键恢复"),
    ("最后一张之后", "黑屏结束放映；← 回到最后一张，其他键退出"),
    ("F1 或 ?", "显示或隐藏这些按键"),
    ("Esc", "结束演示，回到窗口"),
)


def keys_html() -> str:
    """Both tables, for the help dialog."""
    def table(title: str, rows: tuple[tuple[str, str], ...]) -> str:
        body = "".join(f'<tr><td style="padding:3px 14px 3px 0;"><b>{escape(k)}</b></td>'
                       f"<td>{escape(what)}</td></tr>" for k, what in rows)
        return f"<h3>{escape(title)}</h3><table>{body}</table>"
    return table("窗口", WINDOW_KEYS) + table("演示时", PRESENTER_KEYS)
