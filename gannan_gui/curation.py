"""The curated file: what code cannot know about the article, checked against it.

It names categories, gives figures cleaner and English labels, lists named things and the
numerals that are not facts. Anything it quotes must be in the article; the checks that
tie it to the extracted figures live in :mod:`gannan_gui.build`. No Qt, no database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


class CurationError(Exception):
    """The curated file is unreadable or disagrees with the article."""


@dataclass(frozen=True)
class CuratedCategory:
    key: str
    name: str  # empty when taken from a section heading
    name_en: str
    parent: str = ""
    section: str = ""


@dataclass(frozen=True)
class CuratedFact:
    quote: str
    label: str
    label_en: str
    category: str


@dataclass(frozen=True)
class CuratedEntity:
    name: str
    kind: str
    category: str
    context: str = ""
    note: str = ""  # an honour or a role, quoted from the article
    facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotAFact:
    text: str
    why: str


@dataclass
class Curation:
    site: str
    url: str
    categories: list[CuratedCategory]
    facts: list[CuratedFact]
    entity_kinds: dict[str, tuple[str, str]]
    entities: list[CuratedEntity]
    not_facts: list[NotAFact]
    raw: bytes = field(repr=False, default=b"")


def _require(obj: dict, key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise CurationError(f"{where}: missing text field {key!r}")
    return value


def parse_curation(raw: bytes, source: str = "curation") -> Curation:
    """Read the curated JSON, checking its shape and its internal references."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CurationError(f"{source}: not valid UTF-8 JSON ({exc})") from None
    if not isinstance(data, dict):
        raise CurationError(f"{source}: expected a JSON object at the top")
    try:
        document = data["document"]
        categories = [
            CuratedCategory(
                key=_require(c, "key", f"{source}: category"),
                name=c.get("name", ""),
                name_en=_require(c, "name_en", f"{source}: category {c.get('key')}"),
                parent=c.get("parent", ""),
                section=c.get("section", ""),
            )
            for c in data["categories"]
        ]
        facts = [
            CuratedFact(
                quote=_require(f, "quote", f"{source}: fact"),
                label=_require(f, "label", f"{source}: fact {f.get('quote')}"),
                label_en=_require(f, "label_en", f"{source}: fact {f.get('quote')}"),
                category=_require(f, "category", f"{source}: fact {f.get('quote')}"),
            )
            for f in data["facts"]
        ]
        kinds = {key: (zh, en) for key, (zh, en) in data["entity_kinds"].items()}
        entities = [
            CuratedEntity(
                name=_require(e, "name", f"{source}: entity"),
                kind=_require(e, "kind", f"{source}: entity {e.get('name')}"),
                category=_require(e, "category", f"{source}: entity {e.get('name')}"),
                context=e.get("context", ""),
                note=e.get("honour", "") or e.get("role", ""),
                facts=tuple(e.get("facts", ())),
            )
            for e in data["entities"]
        ]
        not_facts = [NotAFact(_require(n, "text", f"{source}: not_facts"), n.get("why", ""))
                     for n in data["not_facts"]]
        site, url = document["site"], document["url"]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CurationError(f"{source}: unexpected structure ({exc!r})") from None

    keys = [c.key for c in categories]
    if len(set(keys)) != len(keys):
        raise CurationError(f"{source}: a category key is used twice")
    for c in categories:
        if c.parent and c.parent not in keys:
            raise CurationError(f"{source}: category {c.key!r} has unknown parent {c.parent!r}")
        if not c.name and not c.section:
            raise CurationError(f"{source}: category {c.key!r} needs a name or a section")
    for item in [*facts, *entities]:
        if item.category not in keys:
            raise CurationError(f"{source}: unknown category {item.category!r} in {item}")
    for e in entities:
        if e.kind not in kinds:
            raise CurationError(f"{source}: entity {e.name!r} has unknown kind {e.kind!r}")
    return Curation(site, url, categories, facts, kinds, entities, not_facts, raw)


def load_curation(path: Path) -> Curation:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CurationError(f"{path}: cannot read curated file ({exc.strerror})") from None
    return parse_curation(raw, str(path))
