"""Presentation mode: the slide list (no Qt), the keys, the screens, the presenter view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gannan_gui.qt import app as app_module
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.presentation import Presentation, PresentationWindow, choose_screens
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import FactBase
from gannan_gui.views.slides import SlideDeck, build_slides, fact_slide


def test_slides_follow_the_category_tree(facts: FactBase) -> None:
    slides = build_slides(facts)
    assert slides[0].kind == "title" and "山海同心结硕果" in slides[0].title
    assert slides[-1].kind == "end" and "gnrtv.cn" in " ".join(slides[-1].lines)
    titles = [s.title for s in slides]
    assert titles.index("资金与项目") < titles.index("结对帮扶") < titles.index("下一步行动")
    funds = slides[titles.index("资金与项目")]
    assert [f.figure for f in funds.figures] == ["14.93亿元", "971个", "60%以上"]
    assert funds.figures[0].note == "“十四五”以来 · 累计"
    assert [g.unit_kind for g in funds.charts] == ["money", "count", "percent"]
    shown = {f.fact_id for s in slides for f in s.figures}
    assert shown == {f.id for f in facts.facts}  # every figure is presented once
    industry = slides[titles.index("特色产业与品牌")]
    assert industry.kind == "names" and ("甘南牦牛", "区域公用品牌") in industry.names


def test_each_slide_quotes_each_sentence_once_in_reading_order(facts: FactBase,
                                                             tmp_path: Path) -> None:
    """The presenter view and the speaker notes: a clause naming five villages is quoted
    once, not five times; figures of one clause are listed before it."""
    from pptx import Presentation as Deck

    from gannan_gui.output.exports import export_file
    from gannan_gui.views.tables import build_export

    slides = build_slides(facts, None)
    for slide in slides:
        lines = slide.quote.splitlines()
        assert len(lines) == len(set(lines)), slide.title
    names = next(s for s in slides if s.title == "特色产业与品牌")
    assert len(names.names) == 11 and len(names.quote.splitlines()) == 4
    text = facts.document.text
    positions = [text.find(line.partition("“")[2].rstrip("”") or line)
                 for line in names.quote.splitlines()]
    assert positions == sorted(positions) and -1 not in positions
    export_file(build_export(facts), tmp_path / "deck.pptx", "pptx")
    notes = [s.notes_slide.notes_text_frame.text for s in Deck(tmp_path / "deck.pptx").slides
             if s.has_notes_slide]
    assert any(n == names.quote for n in notes)
    assert all(len(n.splitlines()) == len(set(n.splitlines())) for n in notes)


def test_category_scope_and_fact_slide(facts: FactBase) -> None:
    pairing = next(c for c in facts.categories if c.key == "pairing")
    slides = build_slides(facts, pairing.id)
    assert [s.kind for s in slides] == ["title", "category", "end"]
    assert slides[0].lines[-1] == "结对帮扶"
    fact = facts.facts[0]
    alone = fact_slide(facts, fact)
    assert alone.figures[0].figure == "14.93亿元" and fact.quote in alone.quote


def test_deck_moves_and_jumps(facts: FactBase) -> None:
    deck = SlideDeck(build_slides(facts))
    deck.previous()
    assert deck.index == 0
    deck.last()
    assert deck.index == len(deck.slides) - 1
    deck.next()
    assert deck.index == len(deck.slides) - 1
    for digit in "13":
        deck.type_digit(digit)
    deck.confirm()
    assert deck.index == 12 and deck.typed == ""
    deck.type_digit("9")
    deck.type_digit("9")
    deck.confirm()
    assert deck.index == len(deck.slides) - 1  # past the end: the last slide
    with pytest.raises(ValueError):
        SlideDeck([])


@pytest.fixture()
def show(qtbot, facts: FactBase) -> PresentationWindow:
    window = PresentationWindow(SlideDeck(build_slides(facts)))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize(("keys", "index"), [
    ([Qt.Key.Key_Right], 1), ([Qt.Key.Key_Down], 1), ([Qt.Key.Key_Space], 1),
    ([Qt.Key.Key_PageDown], 1), ([Qt.Key.Key_Return], 1), ([Qt.Key.Key_Enter], 1),
    ([Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left], 1),
    ([Qt.Key.Key_Right, Qt.Key.Key_Up], 0), ([Qt.Key.Key_Right, Qt.Key.Key_Backspace], 0),
    ([Qt.Key.Key_Right, Qt.Key.Key_PageUp], 0), ([Qt.Key.Key_End], 14),
    ([Qt.Key.Key_End, Qt.Key.Key_Home], 0), ([Qt.Key.Key_5, Qt.Key.Key_Return], 4),
    ([Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_Enter], 11),
])
def test_keys(qtbot, show: PresentationWindow, keys, index: int) -> None:
    for key in keys:
        qtbot.keyClick(show, key)
    assert show.deck.index == index


def test_black_and_white_screens(qtbot, show: PresentationWindow) -> None:
    qtbot.keyClick(show, Qt.Key.Key_B)
    assert show.canvas.blank == "black"
    image = show.canvas.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    qtbot.keyClick(show, Qt.Key.Key_Right)  # any key brings the slide back, without moving
    assert show.canvas.blank == "" and show.deck.index == 0
    qtbot.keyClick(show, Qt.Key.Key_W)
    image = show.canvas.grab().toImage()
    assert image.pixelColor(10, image.height() // 2).name() == "#ffffff"
    assert show.canvas.blank == "white"


def test_click_goes_on_and_escape_ends(qtbot, show: PresentationWindow) -> None:
    qtbot.mouseClick(show.canvas, Qt.MouseButton.LeftButton)
    assert show.deck.index == 1
    qtbot.mouseClick(show.canvas, Qt.MouseButton.RightButton)
    assert show.deck.index == 0
    with qtbot.waitSignal(show.closed):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()


def test_slides_paint_something_at_every_size(show: PresentationWindow) -> None:
    for size in ((1024, 768), (1920, 1080), (3840, 2160)):
        show.canvas.resize(*size)
        for index in range(len(show.deck.slides)):
            show.deck.go(index)
            show.refresh()
            image = show.canvas.grab().toImage()
            assert image.width() == size[0]
            dark = sum(image.pixelColor(x, y).lightness() < 128
                       for x in range(0, size[0], size[0] // 40)
                       for y in range(0, size[1], size[1] // 40))
            assert dark > 3  # text is there


def test_screen_choice(qapp) -> None:
    screens = QGuiApplication.screens()
    assert len(screens) == 2  # tests/screens.json: a laptop and a projector
    slides, presenter, warning = choose_screens(None)
    assert slides is screens[1] and presenter is screens[0] and not warning
    slides, presenter, _ = choose_screens(1)
    assert slides is screens[0] and presenter is screens[1]
    slides, _, warning = choose_screens(7)
    assert slides is screens[1] and "7" in warning


def test_full_screen_on_the_chosen_screen_with_presenter_view(qtbot, facts: FactBase) -> None:
    running = Presentation(SlideDeck(build_slides(facts)), screen_number=2)
    qtbot.addWidget(running.window)
    qtbot.addWidget(running.presenter)
    projector = QGuiApplication.screens()[1]
    assert running.window.isFullScreen()
    assert running.window.screen() is projector
    assert running.window.geometry() == projector.geometry()
    view = running.presenter
    assert view is not None and view.screen() is QGuiApplication.screens()[0]
    qtbot.keyClick(running.window, Qt.Key.Key_Right)
    assert view.current.slide is running.window.deck.current
    assert view.following.slide is running.window.deck.slides[2]
    assert view.counter.text().startswith("2 / ")
    assert ":" in view.clock.text()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the presenter's keyboard drives it too
    assert running.window.deck.index == 2
    running.window.close()
    assert not view.isVisible()


def test_main_window_f5_and_back(qtbot, facts: FactBase, tmp_path: Path) -> None:
    app_module.make_application()
    window = MainWindow(facts, open_settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    fact = facts.facts[3]
    window.select_key(f"fact:{fact.id}")
    qtbot.keyClick(window.tree, Qt.Key.Key_F5)
    running = window.present_actions.presentation
    assert running is not None and running.window.isFullScreen()
    qtbot.addWidget(running.window)
    assert len(running.window.deck.slides) == 15
    qtbot.keyClick(running.window, Qt.Key.Key_Escape)
    assert window.present_actions.presentation is None
    assert window.current_node().key == f"fact:{fact.id}"  # back where the user was
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)  # Enter on a fact presents it alone
    alone = window.present_actions.presentation.window
    qtbot.addWidget(alone)
    assert [s.kind for s in alone.deck.slides] == ["fact"]
    assert fact.quote in alone.deck.current.quote
    alone.close()


def test_present_category_uses_the_chosen_screen(qtbot, facts: FactBase, tmp_path: Path) -> None:
    window = MainWindow(facts, open_settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.present_actions.set_presentation_screen(1)
    pairing = next(c for c in facts.categories if c.key == "pairing")
    window.select_key(f"category:{pairing.id}")
    window.present_actions.present_category_action.trigger()
    running = window.present_actions.presentation
    qtbot.addWidget(running.window)
    assert running.window.screen() is QGuiApplication.screens()[0]
    assert [s.kind for s in running.window.deck.slides] == ["title", "category", "end"]
    running.window.close()


def test_chinese_slides_carry_no_english_and_no_repeated_kind(facts: FactBase) -> None:
    slides = build_slides(facts)
    parts = [s for s in slides if s.kind == "part"]
    assert parts and all(not s.subtitle for s in parts)
    outlook = next(s for s in slides if s.title == "下一步行动")
    assert outlook.names and all(kind == "" for _name, kind in outlook.names)
    brands = next(s for s in slides if s.title == "特色产业与品牌")
    assert any(kind for _name, kind in brands.names)  # mixed kinds are still named


def test_f1_shows_the_presenter_keys_over_the_slide(qtbot, facts: FactBase) -> None:
    from gannan_gui.views.keys import PRESENTER_KEYS

    show = PresentationWindow(SlideDeck(build_slides(facts)))
    qtbot.addWidget(show)
    show.resize(1024, 768)
    show.show()
    plain = show.canvas.grab().toImage()
    show.handle_key(Qt.Key.Key_F1)
    assert show.canvas.show_keys
    with_keys = show.canvas.grab().toImage()
    assert with_keys != plain
    show.handle_key(Qt.Key.Key_Question, "?")
    assert not show.canvas.show_keys and show.deck.index == 0  # no slide was skipped
    show.handle_key(Qt.Key.Key_F1)
    show.handle_key(Qt.Key.Key_Escape)  # Esc closes the panel first, not the show
    assert show.isVisible() and not show.canvas.show_keys
    assert any("Esc" in keys for keys, _ in PRESENTER_KEYS)


def test_f1_in_the_window_lists_every_key(qtbot, facts: FactBase, tmp_path: Path) -> None:
    window = MainWindow(facts, open_settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.help_actions.keys_action.trigger()
    dialog = window.help_actions.keys_dialog
    qtbot.addWidget(dialog)
    shown = dialog.layout().itemAt(0).widget().toPlainText()
    for action in window.findChildren(type(window.help_actions.keys_action)):
        shortcut = action.shortcut().toString()
        if shortcut:
            assert shortcut.replace("Alt+Left", "Alt+←").replace("Alt+Right", "Alt+→") in shown \
                or shortcut in shown, (action.text(), shortcut)
    assert "演示时" in shown and "黑屏" in shown


def test_alt_f5_rehearses_on_a_single_screen(qtbot, facts: FactBase, monkeypatch) -> None:
    from gannan_gui.qt import presentation as module

    laptop = QGuiApplication.screens()[0]
    monkeypatch.setattr(module, "choose_screens", lambda number: (laptop, None, ""))
    running = module.Presentation(SlideDeck(build_slides(facts)), presenter_only=True)
    view = running.presenter
    qtbot.addWidget(view)
    qtbot.addWidget(running.window)
    assert view.isVisible() and not running.window.isVisible()
    assert view.current.slide is running.window.deck.current
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert running.window.deck.index == 1 and view.current.slide is running.window.deck.current
    assert view.quote.text() == (running.window.deck.current.quote or "—")  # the notes
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_slide_text_never_leaves_one_character_alone(qapp) -> None:
    from PySide6.QtGui import QFontMetricsF

    from gannan_gui.qt.painting.slide import _font, _lines, without_orphan

    metrics = QFontMetricsF(_font(40))
    text = "打造各类产业园区和特色产业基地"
    # A width at which the last character would stand alone: one character short of all.
    full = metrics.horizontalAdvance(text)
    width = next(w for w in range(int(full) - 1, int(full / 3), -1)
                 if _lines(text, metrics, w) > _lines(text[:-1], metrics, w))
    fixed = without_orphan(text, metrics, width)
    assert fixed < width
    assert _lines(text, metrics, fixed) == _lines(text[:-1], metrics, fixed)
    assert without_orphan("基地", metrics, 10) == 10  # too short to matter


def test_past_the_last_slide_the_show_ends_on_black_then_any_key_leaves(
        qtbot, show: PresentationWindow) -> None:
    deck = show.deck
    qtbot.keyClick(show, Qt.Key.Key_End)
    qtbot.keyClick(show, Qt.Key.Key_Right)  # past the last: the end of the show
    assert deck.ended and show.canvas.ended and deck.position_text() == "放映结束"
    assert show.isVisible()  # the audience sees black, not the presenter's desktop
    qtbot.keyClick(show, Qt.Key.Key_Left)  # back to the last slide
    assert not deck.ended and deck.index == len(deck.slides) - 1
    qtbot.keyClick(show, Qt.Key.Key_Space)
    qtbot.keyClick(show, Qt.Key.Key_Space)  # on the end screen, a key ends the show
    assert not show.isVisible()


def test_a_black_screen_blacks_the_projector_only_and_the_timer_pauses_and_resets(
        qtbot, facts: FactBase, monkeypatch) -> None:
    import time as clock

    running = Presentation(SlideDeck(build_slides(facts)), screen_number=2)
    qtbot.addWidget(running.window)
    qtbot.addWidget(running.presenter)
    view = running.presenter
    qtbot.keyClick(running.window, Qt.Key.Key_B)
    assert running.window.canvas.blank == "black"  # the audience: black
    assert view.current.blank == "" and view.current.slide is running.window.deck.current
    assert "黑屏" in view.projector.text()  # the presenter: the slide, and what they see
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.projector.text() == "" and running.window.canvas.blank == ""
    now = [clock.monotonic() + 125]
    monkeypatch.setattr("gannan_gui.qt.presentation.time.monotonic", lambda: now[0])
    view.toggle_pause()  # at 2:05
    now[0] += 300  # a five-minute break
    view.tick()
    assert view.elapsed.text().startswith("已用 02:0") and "已暂停" in view.elapsed.text()
    view.toggle_pause()
    now[0] += 60
    view.tick()
    assert view.elapsed.text().startswith("已用 03:0")  # the break is not counted
    view.reset_timer()
    assert view.elapsed.text() == "已用 00:00"
    running.window.close()


def test_slides_of_several_figures_say_each_figures_period(facts: FactBase,
                                                           tmp_path: Path) -> None:
    from pptx import Presentation as Deck

    from gannan_gui.output.exports import export_file
    from gannan_gui.views.tables import build_export

    funds = next(s for s in build_slides(facts) if s.title == "资金与项目")
    assert [(f.figure, f.period) for f in funds.figures][:2] == [
        ("14.93亿元", "“十四五”以来"), ("971个", "“十四五”以来")]
    export_file(build_export(facts), tmp_path / "deck.pptx", "pptx")
    texts = [shape.text_frame.text for slide in Deck(tmp_path / "deck.pptx").slides
             for shape in slide.shapes if shape.has_text_frame]
    assert texts.count("“十四五”以来") >= 2


def test_on_a_4_3_projector_a_slide_of_figures_and_a_chart_is_not_left_half_empty(
        qapp, facts: FactBase) -> None:
    """12.47亿元, 282个, 35个 and one chart of two bars used to sit in the top 40 %."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from gannan_gui.qt.painting.slide import paint_slide

    slide = next(s for s in build_slides(facts) if s.title == "消费帮扶与农畜产品")
    image = QImage(1024, 768, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_slide(painter, QRectF(0, 0, 1024, 768), slide)
    painter.end()
    inked = [y for y in range(40, 700) if any(image.pixelColor(x, y).lightness() < 200
                                              for x in range(0, 1024, 4))]
    assert inked and inked[-1] > 768 * 0.6  # the content reaches into the lower part
    assert inked[0] < 768 * 0.12  # and the title stays at the top
