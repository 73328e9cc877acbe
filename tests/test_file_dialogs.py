"""Every save and open dialog starts where the user last saved or opened, not at home."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from gannan_gui.qt import file_dialogs
from gannan_gui.qt.settings import open_settings


class Window(QWidget):
    def __init__(self, settings) -> None:
        super().__init__()
        self.settings = settings


def test_the_next_save_starts_in_the_folder_of_the_last(qtbot, tmp_path: Path,
                                                        monkeypatch) -> None:
    window = Window(open_settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    offered = []
    answers = iter([str(tmp_path / "reports" / "a.pdf"), ""])

    def dialog(_parent, _title, start, _filter):
        offered.append(start)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    (tmp_path / "reports").mkdir()
    assert file_dialogs.save_as(window, "导出", "结对帮扶-2026-12-01.pdf", "PDF (*.pdf)") == \
        tmp_path / "reports" / "a.pdf"
    assert offered[0] == str(Path.home() / "结对帮扶-2026-12-01.pdf")  # nothing saved yet
    assert file_dialogs.save_as(window, "导出", "b.xlsx", "") is None  # cancelled
    assert offered[1] == str(tmp_path / "reports" / "b.xlsx")


def test_a_remembered_folder_that_is_gone_starts_at_home(qtbot, tmp_path: Path,
                                                         monkeypatch) -> None:
    settings = open_settings(tmp_path / "s.ini")
    file_dialogs.OPEN_FOLDER.write(settings, str(tmp_path / "removed"))
    window = Window(settings)
    qtbot.addWidget(window)
    offered = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda _p, _t, start, _f: (offered.append(start), ([], ""))[1])
    assert file_dialogs.open_files(window, "导入报道", "") == []
    assert offered == [str(Path.home())]
