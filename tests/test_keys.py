"""One declaration for each action and key (views.keys): the menus' shortcuts, the F1 help,
the presenter's keys and the README's key tables all come from it and agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.presentation import KEY_COMMANDS, TEXT_COMMANDS, PresentationWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import FactBase
from gannan_gui.views.keys import ACTIONS, PRESENTER, WINDOW_KEYS, keys_markdown
from gannan_gui.views.slides import SlideDeck, build_slides

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
SHOWN_AS = {"Alt+Left": "Alt+←", "Alt+Right": "Alt+→"}


def test_the_readme_key_tables_are_the_declared_ones() -> None:
    start = README.index("<!-- keys: made from gannan_gui.views.keys.keys_markdown() -->")
    end = README.index("<!-- /keys -->")
    assert README[start:end].split("-->", 1)[1].strip() == keys_markdown().strip()


def test_the_help_names_the_first_shortcut_of_every_action() -> None:
    shown = " ".join(keys for keys, _ in WINDOW_KEYS)
    for name, spec in ACTIONS.items():
        if spec.shortcuts:
            first = spec.shortcuts[0]
            assert SHOWN_AS.get(first, first) in shown, name


def test_the_windows_actions_have_the_declared_text_and_shortcuts(
        qtbot, facts: FactBase, tmp_path: Path) -> None:
    window = MainWindow(facts, open_settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    made = window.findChildren(QAction)
    for name, spec in ACTIONS.items():  # 实际大小 says the zoom after its text
        [action] = [a for a in made if a.text().split("\u3000")[0] == spec.text]
        assert [s.toString() for s in action.shortcuts()] == list(spec.shortcuts), name
        assert action.statusTip() == spec.tip, name


def test_every_declared_presenter_key_does_what_the_help_says(qtbot, facts: FactBase) -> None:
    assert set(KEY_COMMANDS.values()) | set(TEXT_COMMANDS.values()) == {
        row.command for row in PRESENTER if row.keys or row.texts}
    for row in PRESENTER:
        for name in row.keys:
            show = PresentationWindow(SlideDeck(build_slides(facts)))
            qtbot.addWidget(show)
            show.deck.go(3)
            key = getattr(Qt.Key, f"Key_{name}")
            handled = show.handle_key(key, "")
            expected = {"next": 4, "previous": 2, "first": 0, "last": len(show.deck.slides) - 1,
                        "jump": 4}.get(row.command)
            if expected is not None:
                assert show.deck.index == expected, (row.command, name)
            elif row.command in ("black", "white"):
                assert show.deck.blank == row.command, name
            elif row.command == "help":
                assert show.canvas.show_keys, name
            assert handled, (row.command, name)


@pytest.mark.parametrize(("text", "blank"), [(".", "black"), (",", "white")])
def test_a_clickers_characters_blank_the_screen(qtbot, facts: FactBase, text: str,
                                                blank: str) -> None:
    show = PresentationWindow(SlideDeck(build_slides(facts)))
    qtbot.addWidget(show)
    assert show.handle_key(0, text) and show.deck.blank == blank
