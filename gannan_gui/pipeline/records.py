"""Turn a parsed article and its curated file into plain rows, refusing what is unaccounted for.

Each step below builds one kind of row. Ids are local to the records (1, 2, 3 … per table);
the writer shifts them past what a database already holds, so several reports share a file
without ever colliding. No Qt, no database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from gannan_gui import __version__
from gannan_gui.common.errors import UserError
from gannan_gui.pipeline.article import ParsedArticle, line_bounds
from gannan_gui.pipeline.curation import (
    CuratedFact,
    Curation,
    CurationError,
    check_categories_hold_something,
    check_entity_refs,
    check_every_quote_used,
    locate_not_facts,
    locate_once,
    occurrences,
)
from gannan_gui.pipeline.extract import (
    Figure,
    clause_bounds,
    numeral_runs,
    scan_figures,
    suggest_quote,
)
from gannan_gui.pipeline.indicators import bundled_vocabulary
from gannan_gui.pipeline.schema import SCHEMA_VERSION
from gannan_gui.pipeline.scopes import scope_columns

#: What the bundled report is about.
BUNDLED_REGION = "甘南州"


class BuildError(UserError):
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
    original: dict | None = None  # an imported report's file (the originals table)


def _context(text: str, start: int, end: int, width: int = 8) -> str:
    return text[max(0, start - width):end + width].replace("\n", " ")


def _not_fact_rows(records: Records, article: ParsedArticle, curation: Curation,
                   lo: int, hi: int) -> list[tuple[int, int]]:
    """Rows for the numerals that are not facts; returns their spans."""
    for number, (item, pos) in enumerate(locate_not_facts(article.text, curation, lo, hi), 1):
        records.not_facts.append({
            "id": number, "document_id": 1, "text": item.text, "why": item.why,
            "char_start": pos, "char_end": pos + len(item.text),
        })
    return [(r["char_start"], r["char_end"]) for r in records.not_facts]


def _accounted_figures(text: str, lo: int, hi: int, skip: list[tuple[int, int]]
                       ) -> list[Figure]:
    """The figures of the body; every other numeral must be a listed not-a-fact."""
    figures, unread = scan_figures(text, lo, hi, skip)
    if unread:
        first = unread[0]
        raise BuildError(f"cannot read the numeral {first.text!r} in "
                         f"«{_context(text, first.start, first.end)}» (offset {first.start}): "
                         f"{first.reason}; list it under not_facts or reword the article")
    covered = [(f.start, f.end) for f in figures] + skip
    for start, end in numeral_runs(text, lo, hi):
        if not any(s <= start and end <= e for s, e in covered):
            raise BuildError(
                f"numeral {text[start:end]!r} in «{_context(text, start, end)}» (offset {start})"
                " is neither a fact nor listed under not_facts in the curated file"
            )
    return figures


def _section_rows(records: Records, article: ParsedArticle) -> Callable[[int], int]:
    """Rows for sections and paragraphs; returns a function from offset to paragraph id."""
    spans: list[tuple[int, int, int]] = []
    for section_id, section in enumerate(article.sections, 1):
        records.sections.append({
            "id": section_id, "document_id": 1, "position": section_id,
            "key": section.key, "kind": section.kind, "heading": section.heading,
            "subheading": section.subheading,
            "char_start": section.start, "char_end": section.end,
        })
        for paragraph in section.paragraphs:
            paragraph_id = len(records.paragraphs) + 1
            spans.append((paragraph.start, paragraph.end, paragraph_id))
            records.paragraphs.append({
                "id": paragraph_id, "document_id": 1, "section_id": section_id,
                "position": paragraph_id, "text": paragraph.text,
                "char_start": paragraph.start, "char_end": paragraph.end,
                "search_text": paragraph.text,  # the bundled report is simplified already
            })

    def paragraph_at(offset: int) -> int:
        for lo, hi, paragraph_id in spans:
            if lo <= offset < hi:
                return paragraph_id
        raise BuildError(f"offset {offset} is outside every paragraph")
    return paragraph_at


def _category_rows(records: Records, article: ParsedArticle, curation: Curation
                   ) -> dict[str, int]:
    """Rows for the category tree in file order; a category tied to a section takes its
    heading as name. Returns ids by curated key."""
    sections = {s.key: s for s in article.sections}
    section_ids = {r["key"]: r["id"] for r in records.sections}
    ids: dict[str, int] = {}
    for position, category in enumerate(curation.categories, 1):
        name = category.name
        if category.section:
            if category.section not in sections:
                raise CurationError(
                    f"category {category.key!r} names unknown section {category.section!r}")
            section = sections[category.section]
            name = name or f"{section.heading} {section.subheading}".strip()
        ids[category.key] = position
        records.categories.append({
            "id": position, "document_id": 1,
            "parent_id": ids.get(category.parent) if category.parent else None,
            "position": position, "key": category.key, "name": name,
            "name_en": category.name_en, "section_id": section_ids.get(category.section),
        })
    return ids


def _fact_rows(records: Records, text: str, figures: list[Figure], curation: Curation,
               category_ids: dict[str, int], paragraph_at: Callable[[int], int],
               lo: int, hi: int, published: str = "") -> dict[str, int]:
    """Each figure must sit in exactly one curated quote, and each quote hold one figure.
    Returns fact ids by quote."""
    quotes: list[tuple[int, CuratedFact]] = [
        (locate_once(text, item.quote, lo, hi, "fact quote"), item) for item in curation.facts]
    ids: dict[str, int] = {}
    for position, figure in enumerate(figures, 1):
        owners = [(start, item) for start, item in quotes
                  if start <= figure.start and figure.end <= start + len(item.quote)]
        if len(owners) != 1:
            hint = suggest_quote(text, figure, lo, hi)
            raise BuildError(
                f"figure {figure.text!r} (offset {figure.start}) has "
                f"{'no' if not owners else 'more than one'} curated fact; "
                f"add one to the curated file, e.g. quote {hint!r}"
            )
        start, item = owners[0]
        ids[item.quote] = position
        records.facts.append({
            "id": position, "document_id": 1,
            "category_id": category_ids[item.category],
            "paragraph_id": paragraph_at(start), "position": position,
            "label": item.label, "label_en": item.label_en,
            "value": figure.value, "unit": figure.unit, "unit_kind": figure.unit_kind,
            "base_value": figure.base_value, "base_value_high": figure.base_value_high,
            "base_unit": figure.base_unit, "qualifiers": list(figure.qualifiers),
            "bound": figure.bound, "period": figure.period,
            # the bundled report is about Gannan: its region, unless a sentence names a county
            **scope_columns(text, figure, lo, hi, published, BUNDLED_REGION, ""),
            "indicator": bundled_vocabulary().propose(item.label, figure.unit_kind),
            "quote": item.quote, "char_start": start, "char_end": start + len(item.quote),
            "figure_start": figure.start, "figure_end": figure.end,
            "written": text[figure.start:figure.end],
            "review": "accepted",  # curated with the app
            "relation": figure.relation, "related_id": None,
            "search_text": item.quote,  # simplified already; the same length as the quote
        })
    check_every_quote_used(quotes, set(ids))
    return ids


def _entity_rows(records: Records, article: ParsedArticle, curation: Curation,
                 category_ids: dict[str, int], fact_ids: dict[str, int],
                 paragraph_at: Callable[[int], int], lo: int, hi: int) -> None:
    """The name (inside its context when one is given) and the clause naming it; people are
    found in the credits."""
    text = article.text
    credits_lo = article.sections[-1].end
    for position, entity in enumerate(curation.entities, 1):
        check_entity_refs(entity, text, set(fact_ids))
        if entity.kind == "person":
            name_start = locate_once(text, entity.name, credits_lo, len(text), "person")
            quote_start, quote_end = line_bounds(text, name_start)
            paragraph_id = None
        else:
            search_lo, search_hi = lo, hi
            if entity.context:
                search_lo = locate_once(text, entity.context, lo, hi, "context")
                search_hi = search_lo + len(entity.context)
            found = occurrences(text, entity.name, search_lo, search_hi)
            if not found:
                raise CurationError(f"curated entity {entity.name!r} is not in the article")
            name_start = found[0]
            quote_start, quote_end = clause_bounds(text, name_start,
                                                   name_start + len(entity.name), lo, hi)
            paragraph_id = paragraph_at(name_start)
        kind_zh, kind_en = curation.entity_kinds[entity.kind]
        records.entities.append({
            "id": position, "document_id": 1,
            "category_id": category_ids[entity.category], "paragraph_id": paragraph_id,
            "position": position, "name": entity.name, "kind": entity.kind,
            "kind_label": kind_zh, "kind_label_en": kind_en, "note": entity.note,
            "quote": text[quote_start:quote_end], "char_start": quote_start,
            "char_end": quote_end, "name_start": name_start,
            "name_end": name_start + len(entity.name),
        })
        linked = {fact_ids[quote] for quote in entity.facts}
        linked |= {fact["id"] for fact in records.facts  # stated in the same clause
                   if fact["char_start"] < quote_end and quote_start < fact["char_end"]}
        records.entity_facts.extend({"entity_id": position, "fact_id": fact_id}
                                    for fact_id in sorted(linked))


def _document_and_meta(records: Records, article: ParsedArticle, curation: Curation) -> None:
    article_hash = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    records.document = {
        "id": 1, "title": article.title, "published": article.published,
        "view_count": article.view_count, "site": curation.site, "url": curation.url,
        "reporter": article.reporter, "editor": article.editor,
        "previous_title": article.previous_title, "next_title": article.next_title,
        "text": article.text, "sha256": article_hash,
        "origin": "bundled", "source_name": "article.txt",
    }
    records.meta = {
        "schema_version": str(SCHEMA_VERSION),
        "builder": f"gannan-gui {__version__}",
        "article_sha256": article_hash,
        "curation_sha256": hashlib.sha256(curation.raw).hexdigest(),
        "data_version": f"{article.published}+{article_hash[:8]}",
        "built_from": article.published,
    }


def extract_records(article: ParsedArticle, curation: Curation) -> Records:
    """Rows for one article: refuses uncurated figures and unexplained numerals."""
    text = article.text
    lo, hi = article.sections[0].start, article.sections[-1].end
    check_categories_hold_something(curation)
    records = Records(document={})
    not_fact_spans = _not_fact_rows(records, article, curation, lo, hi)
    figures = _accounted_figures(text, lo, hi, not_fact_spans)
    paragraph_at = _section_rows(records, article)
    category_ids = _category_rows(records, article, curation)
    fact_ids = _fact_rows(records, text, figures, curation, category_ids, paragraph_at, lo, hi,
                          article.published)
    _entity_rows(records, article, curation, category_ids, fact_ids, paragraph_at, lo, hi)
    _document_and_meta(records, article, curation)
    return records
