"""Build the fact database from the article and the curated file.

`extract_records` turns text into plain rows and refuses anything it cannot account for;
`write_database` stores the rows with sqlite-utils into a temporary file and renames it over
the target, so a failed build never harms the database that was there. The output depends
only on its inputs (no clock time inside), so two builds give byte-identical files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from gannan_gui import __version__
from gannan_gui.article import ArticleError, ParsedArticle, parse_article, read_article_file
from gannan_gui.curation import Curation, CurationError, load_curation
from gannan_gui.extract import Figure, clause_bounds, find_figures, numeral_runs, suggest_quote
from gannan_gui.files import OutputError, atomic_output
from gannan_gui.paths import bundled_curation
from gannan_gui.schema import FTS_COLUMNS, SCHEMA_VERSION


class BuildError(Exception):
    """The build cannot go on; the message says why in one line."""


@dataclass
class Records:
    """Every row of one document, ready to be written."""

    document: dict
    sections: list[dict] = field(default_factory=list)
    paragraphs: list[dict] = field(default_factory=list)
    categories: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    entity_facts: list[dict] = field(default_factory=list)
    not_facts: list[dict] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def _occurrences(text: str, needle: str, lo: int, hi: int) -> list[int]:
    found, pos = [], text.find(needle, lo, hi)
    while pos != -1:
        found.append(pos)
        pos = text.find(needle, pos + 1, hi)
    return found


def _locate_once(text: str, needle: str, lo: int, hi: int, what: str) -> int:
    found = _occurrences(text, needle, lo, hi)
    if not found:
        raise CurationError(f"curated {what} {needle!r} is not in the article")
    if len(found) > 1:
        raise CurationError(f"curated {what} {needle!r} occurs {len(found)} times; make it longer")
    return found[0]


def _context(text: str, start: int, end: int, width: int = 8) -> str:
    return text[max(0, start - width):end + width].replace("\n", " ")


def extract_records(article: ParsedArticle, curation: Curation, document_id: int = 1) -> Records:
    """Rows for one article: refuses uncurated figures and unexplained numerals."""
    text = article.text
    body_lo = article.sections[0].start
    body_hi = article.sections[-1].end

    # Numerals that are not facts, each occurrence of each curated text.
    not_fact_spans: list[tuple[int, int]] = []
    records = Records(document={})
    for item in curation.not_facts:
        found = _occurrences(text, item.text, body_lo, body_hi)
        if not found:
            raise CurationError(f"not-a-fact text {item.text!r} is not in the article")
        for pos in found:
            not_fact_spans.append((pos, pos + len(item.text)))
            records.not_facts.append({
                "document_id": document_id, "text": item.text, "why": item.why,
                "char_start": pos, "char_end": pos + len(item.text),
            })
    records.not_facts.sort(key=lambda r: r["char_start"])
    for i, row in enumerate(records.not_facts, 1):
        row["id"] = document_id * 10_000 + i

    figures: list[Figure] = find_figures(text, body_lo, body_hi, not_fact_spans)
    covered = [(f.start, f.end) for f in figures] + not_fact_spans
    for start, end in numeral_runs(text, body_lo, body_hi):
        if not any(s <= start and end <= e for s, e in covered):
            raise BuildError(
                f"numeral {text[start:end]!r} in «{_context(text, start, end)}» (offset {start})"
                " is neither a fact nor listed under not_facts in the curated file"
            )

    # Sections and paragraphs.
    paragraph_ids: list[tuple[int, int, int]] = []  # (start, end, id)
    section_ids: dict[str, int] = {}
    paragraph_number = 0
    for position, section in enumerate(article.sections, 1):
        section_id = document_id * 100 + position
        section_ids[section.key] = section_id
        records.sections.append({
            "id": section_id, "document_id": document_id, "position": position,
            "key": section.key, "kind": section.kind, "heading": section.heading,
            "subheading": section.subheading,
            "char_start": section.start, "char_end": section.end,
        })
        for paragraph in section.paragraphs:
            paragraph_number += 1
            paragraph_id = document_id * 1000 + paragraph_number
            paragraph_ids.append((paragraph.start, paragraph.end, paragraph_id))
            records.paragraphs.append({
                "id": paragraph_id, "document_id": document_id, "section_id": section_id,
                "position": paragraph_number, "text": paragraph.text,
                "char_start": paragraph.start, "char_end": paragraph.end,
            })

    def paragraph_of(start: int) -> int:
        for lo, hi, pid in paragraph_ids:
            if lo <= start < hi:
                return pid
        raise BuildError(f"offset {start} is outside every paragraph")

    # Categories, in file order; a category tied to a section takes its heading as name.
    sections_by_key = {s.key: s for s in article.sections}
    category_ids: dict[str, int] = {}
    for position, cat in enumerate(curation.categories, 1):
        name = cat.name
        if cat.section:
            if cat.section not in sections_by_key:
                raise CurationError(f"category {cat.key!r} names unknown section {cat.section!r}")
            section = sections_by_key[cat.section]
            name = name or f"{section.heading} {section.subheading}".strip()
        category_ids[cat.key] = document_id * 100 + position
        records.categories.append({
            "id": category_ids[cat.key], "document_id": document_id,
            "parent_id": category_ids.get(cat.parent) if cat.parent else None,
            "position": position, "key": cat.key, "name": name, "name_en": cat.name_en,
            "section_id": section_ids.get(cat.section),
        })

    # Facts: each figure must sit in exactly one curated quote, and each quote hold one figure.
    curated_spans = []
    for item in curation.facts:
        start = _locate_once(text, item.quote, body_lo, body_hi, "fact quote")
        curated_spans.append((start, start + len(item.quote), item))
    fact_ids_by_quote: dict[str, int] = {}
    for position, figure in enumerate(figures, 1):
        owners = [c for c in curated_spans if c[0] <= figure.start and figure.end <= c[1]]
        if len(owners) != 1:
            hint = suggest_quote(text, figure, body_lo, body_hi)
            raise BuildError(
                f"figure {figure.text!r} (offset {figure.start}) has "
                f"{'no' if not owners else 'more than one'} curated fact; "
                f"add one to the curated file, e.g. quote {hint!r}"
            )
        start, end, item = owners[0]
        fact_id = document_id * 1000 + position
        fact_ids_by_quote[item.quote] = fact_id
        records.facts.append({
            "id": fact_id, "document_id": document_id,
            "category_id": category_ids[item.category],
            "paragraph_id": paragraph_of(start), "position": position,
            "label": item.label, "label_en": item.label_en,
            "value": figure.value, "unit": figure.unit, "unit_kind": figure.unit_kind,
            "base_value": figure.base_value, "base_unit": figure.base_unit,
            "qualifier": figure.qualifier, "period": figure.period,
            "quote": item.quote, "char_start": start, "char_end": end,
            "figure_start": figure.start, "figure_end": figure.end,
        })
    for start, _end, item in curated_spans:
        if item.quote not in fact_ids_by_quote:
            raise CurationError(
                f"curated fact quote {item.quote!r} (offset {start}) holds no figure")

    # Entities: the name (inside its context when one is given) and the clause naming it.
    credits_lo = article.sections[-1].end
    for position, ent in enumerate(curation.entities, 1):
        if ent.kind == "person":
            name_start = _locate_once(text, ent.name, credits_lo, len(text), "person")
            line_start = text.rfind("\n", 0, name_start) + 1
            line_end = text.find("\n", name_start)
            quote_start, quote_end = line_start, line_end if line_end != -1 else len(text)
            paragraph_id = None
        else:
            lo, hi = body_lo, body_hi
            if ent.context:
                lo = _locate_once(text, ent.context, body_lo, body_hi, "context")
                hi = lo + len(ent.context)
            found = _occurrences(text, ent.name, lo, hi)
            if not found:
                raise CurationError(f"curated entity {ent.name!r} is not in the article")
            name_start = found[0]
            quote_start, quote_end = clause_bounds(text, name_start, name_start + len(ent.name),
                                                   body_lo, body_hi)
            paragraph_id = paragraph_of(name_start)
        if ent.note and ent.note not in text:
            raise CurationError(f"note {ent.note!r} of entity {ent.name!r} is not in the article")
        entity_id = document_id * 1000 + position
        kind_zh, kind_en = curation.entity_kinds[ent.kind]
        records.entities.append({
            "id": entity_id, "document_id": document_id,
            "category_id": category_ids[ent.category], "paragraph_id": paragraph_id,
            "position": position, "name": ent.name, "kind": ent.kind,
            "kind_label": kind_zh, "kind_label_en": kind_en, "note": ent.note,
            "quote": text[quote_start:quote_end], "char_start": quote_start,
            "char_end": quote_end, "name_start": name_start,
            "name_end": name_start + len(ent.name),
        })
        linked = set()
        for quote in ent.facts:
            if quote not in fact_ids_by_quote:
                raise CurationError(f"entity {ent.name!r} links to unknown fact quote {quote!r}")
            linked.add(fact_ids_by_quote[quote])
        for fact in records.facts:  # facts stated in the same clause as the entity
            if fact["char_start"] < quote_end and quote_start < fact["char_end"]:
                linked.add(fact["id"])
        records.entity_facts.extend({"entity_id": entity_id, "fact_id": fid}
                                    for fid in sorted(linked))

    used = {c["category_id"] for c in records.facts} | {e["category_id"] for e in records.entities}
    parents = {c["parent_id"] for c in records.categories}
    for cat in records.categories:
        if cat["id"] not in used and cat["id"] not in parents:
            raise CurationError(f"category {cat['key']!r} holds no fact, entity or subcategory")

    article_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    records.document = {
        "id": document_id, "title": article.title, "published": article.published,
        "view_count": article.view_count, "site": curation.site, "url": curation.url,
        "reporter": article.reporter, "editor": article.editor,
        "previous_title": article.previous_title, "next_title": article.next_title,
        "text": text, "sha256": article_hash,
    }
    records.meta = {
        "schema_version": str(SCHEMA_VERSION),
        "builder": f"gannan-gui {__version__}",
        "article_sha256": article_hash,
        "curation_sha256": hashlib.sha256(curation.raw).hexdigest(),
        "data_version": f"{article.published}+{article_hash[:8]}",
        "built_from": article.published,
    }
    return records


def write_database(records: Records, path: Path) -> None:
    """Write rows to `path` atomically: a temporary file in the same folder, then a rename."""
    import sqlite_utils  # only the build needs it; the app reads with sqlite3

    try:
        with atomic_output(path) as tmp:
            db = sqlite_utils.Database(tmp, recreate=True)
            _write_tables(db, records)
            db.execute("VACUUM")
            db.close()
    except OutputError as exc:
        raise BuildError(str(exc)) from None


def _write_tables(db, records: Records) -> None:
    doc_fk = [("document_id", "documents", "id")]
    db["documents"].insert(records.document, pk="id")
    db["sections"].insert_all(records.sections, pk="id", foreign_keys=doc_fk)
    db["paragraphs"].insert_all(records.paragraphs, pk="id", foreign_keys=[
        *doc_fk, ("section_id", "sections", "id")])
    db["categories"].create({
        "id": int, "document_id": int, "parent_id": int, "position": int, "key": str,
        "name": str, "name_en": str, "section_id": int,
    }, pk="id", foreign_keys=[*doc_fk, ("parent_id", "categories", "id"),
                              ("section_id", "sections", "id")])
    db["categories"].insert_all(records.categories)
    db["facts"].insert_all(records.facts, pk="id", foreign_keys=[
        *doc_fk, ("category_id", "categories", "id"), ("paragraph_id", "paragraphs", "id")])
    db["entities"].create({
        "id": int, "document_id": int, "category_id": int, "paragraph_id": int,
        "position": int, "name": str, "kind": str, "kind_label": str, "kind_label_en": str,
        "note": str, "quote": str, "char_start": int, "char_end": int, "name_start": int,
        "name_end": int,
    }, pk="id", foreign_keys=[*doc_fk, ("category_id", "categories", "id"),
                              ("paragraph_id", "paragraphs", "id")])
    db["entities"].insert_all(records.entities)
    db["entity_facts"].insert_all(records.entity_facts, pk=("entity_id", "fact_id"),
                                  foreign_keys=[("entity_id", "entities", "id"),
                                                ("fact_id", "facts", "id")])
    db["not_facts"].insert_all(records.not_facts, pk="id", foreign_keys=doc_fk)
    db["meta"].insert_all([{"key": k, "value": v} for k, v in records.meta.items()], pk="key")
    for table, columns in FTS_COLUMNS.items():
        db[table].enable_fts(columns, tokenize="trigram", create_triggers=False)
    for table, column in [("facts", "category_id"), ("entities", "category_id"),
                          ("paragraphs", "section_id"), ("categories", "parent_id")]:
        db[table].create_index([column])
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def build(article_path: Path, out_path: Path, curation_path: Path | None = None) -> Records:
    """Read, extract, write. Raises BuildError, ArticleError or CurationError (one line each)."""
    text = read_article_file(article_path)
    article = parse_article(text, str(article_path))
    curation = load_curation(curation_path or bundled_curation())
    records = extract_records(article, curation)
    write_database(records, out_path)
    return records


BUILD_ERRORS = (BuildError, ArticleError, CurationError)
