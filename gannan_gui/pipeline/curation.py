"""The curated file: what code cannot know about the article, checked against it.

It names categories, gives figures cleaner and English labels, lists named things and the
numerals that are not facts. Anything it quotes must be in the article: every check of the
curated file, against itself and against the article, lives here. No Qt, no database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gannan_gui.common.errors import UserError


class CurationError(UserError):
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
    items: list[CuratedFact | CuratedEntity] = [*facts, *entities]
    for item in items:
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


# --- checks that tie the curated file to the article ----------------------------------------
def occurrences(text: str, needle: str, lo: int, hi: int) -> list[int]:
    """Every offset of `needle` in text[lo:hi]."""
    found, pos = [], text.find(needle, lo, hi)
    while pos != -1:
        found.append(pos)
        pos = text.find(needle, pos + 1, hi)
    return found


def locate_once(text: str, needle: str, lo: int, hi: int, what: str) -> int:
    """The one offset of a curated text in the article; it must be there exactly once."""
    found = occurrences(text, needle, lo, hi)
    if not found:
        raise CurationError(f"curated {what} {needle!r} is not in the article")
    if len(found) > 1:
        raise CurationError(f"curated {what} {needle!r} occurs {len(found)} times; make it longer")
    return found[0]


def locate_not_facts(text: str, curation: Curation, lo: int, hi: int
                     ) -> list[tuple[NotAFact, int]]:
    """Each occurrence of each listed not-a-fact numeral, in reading order."""
    located = []
    for item in curation.not_facts:
        found = occurrences(text, item.text, lo, hi)
        if not found:
            raise CurationError(f"not-a-fact text {item.text!r} is not in the article")
        located += [(item, pos) for pos in found]
    return sorted(located, key=lambda pair: pair[1])


def check_every_quote_used(quotes: list[tuple[int, CuratedFact]], used: set[str]) -> None:
    for start, item in quotes:
        if item.quote not in used:
            raise CurationError(
                f"curated fact quote {item.quote!r} (offset {start}) holds no figure")


def check_entity_refs(entity: CuratedEntity, text: str, known_quotes: set[str]) -> None:
    if entity.note and entity.note not in text:
        raise CurationError(f"note {entity.note!r} of entity {entity.name!r} is not in the article")
    for quote in entity.facts:
        if quote not in known_quotes:
            raise CurationError(f"entity {entity.name!r} links to unknown fact quote {quote!r}")


def check_categories_hold_something(curation: Curation) -> None:
    """Every category holds a fact, an entity or a subcategory."""
    used = {f.category for f in curation.facts} | {e.category for e in curation.entities}
    parents = {c.parent for c in curation.categories}
    for category in curation.categories:
        if category.key not in used and category.key not in parents:
            raise CurationError(
                f"category {category.key!r} holds no fact, entity or subcategory")
