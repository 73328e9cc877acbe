"""Where the bundled files live, in a source checkout and in an installed wheel.

The wheel carries data/ and resources/ inside the package (gannan_gui/data, gannan_gui/
resources); a checkout keeps them at the top level. Nothing here is ever written by the app.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
CHECKOUT_DIR = PACKAGE_DIR.parent


def _first_existing(name: str) -> Path:
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else CHECKOUT_DIR / name


def data_dir() -> Path:
    return _first_existing("data")


def resources_dir() -> Path:
    return _first_existing("resources")


def bundled_database() -> Path:
    return data_dir() / "gannan.db"


def bundled_article() -> Path:
    return data_dir() / "article.txt"


def bundled_curation() -> Path:
    return data_dir() / "curation.json"


def bundled_indicators() -> Path:
    return data_dir() / "indicators.json"
