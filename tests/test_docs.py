"""The README documents every command and option, and gives the test command CI runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from gannan_gui.cli import make_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _options(parser: argparse.ArgumentParser) -> set[str]:
    found = set()
    for action in parser._actions:
        found |= {o for o in action.option_strings if o.startswith("--") and o != "--help"}
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.add(name)
                found |= _options(sub)
    return found


def test_every_command_and_option_is_in_the_readme() -> None:
    missing = sorted(o for o in _options(make_parser()) if o not in README)
    assert not missing, f"undocumented in README.md: {missing}"


def test_ci_runs_the_readmes_test_command() -> None:
    command = ("python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && "
               ".venv/bin/python -m pytest")
    assert command in README
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_no_arguments_means_the_same_as_the_parsers_defaults(monkeypatch) -> None:
    """The double-click fast path skips argparse; it must agree with it."""
    import gannan_gui.qt.app as app_module
    from gannan_gui import cli

    seen: dict = {}
    monkeypatch.setattr(app_module, "run_window", lambda args: seen.update(vars(args)) or 0)
    assert cli.main([]) == 0
    assert seen == vars(cli.make_parser(with_commands=False).parse_args([]))


def test_help_is_in_chinese() -> None:
    import subprocess
    import sys

    text = subprocess.run([sys.executable, "-m", "gannan_gui", "--help"], capture_output=True,
                          text=True, check=True).stdout
    assert text.startswith("用法：gannan-gui") and "显示本帮助并退出" in text
    assert "show this help" not in text and "usage:" not in text


def test_no_display_is_one_clear_line() -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    child = subprocess.run([sys.executable, "-m", "gannan_gui"], capture_output=True,
                           text=True, env=env, timeout=60, check=False)
    assert child.returncode == 1
    assert child.stderr.strip().splitlines() == [child.stderr.strip()]
    assert "没有图形显示" in child.stderr
