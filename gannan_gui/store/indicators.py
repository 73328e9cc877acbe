"""Reading an indicator's values out of a library file, a library on a server or the bundled
database, and giving figures their indicator. The SQL is SQLite's with ? placeholders, which
a server connection takes as it is. No Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from gannan_gui.pipeline.indicators import Indicator, Vocabulary, bundled_vocabulary
from gannan_gui.store.models import LEADING_APPROXIMATIONS, leading_approximation, written_figure

#: How the words that make a figure approximate begin: 约60%, 近3000人, 突破5亿元, 460余个;
#: those written before it are the ones its figure as written shows (models).
APPROXIMATE_WORDS = (*LEADING_APPROXIMATIONS, "多", "余", "左右", "以上")


@dataclass(frozen=True, slots=True)
class IndicatorValue:
    """One figure stating an indicator, with where it comes from."""

    report: str  # its report as keys name it: 'b' (the bundled one), 'l12'
    document_id: int
    fact_id: int
    title: str
    published: str  # the report's date, YYYY-MM-DD
    label: str
    figure: str  # as written: '14.93亿元', '3800余个'
    base_value: float
    base_unit: str
    unit_kind: str
    approximate: bool  # 约, 近, 余, 以上…: not an exact count
    scope: str
    period_kind: str
    period_from: str
    period_to: str
    review: str  # accepted or proposed
    indicator: str = ""

    @property
    def reviewed(self) -> bool:
        return self.review == "accepted"


VALUES_SQL = (
    "SELECT f.document_id, f.id, f.label, f.written, f.value, f.unit, f.bound, "
    "f.base_value, f.base_unit, f.unit_kind, f.qualifiers, f.scope, f.period_kind, "
    "f.period_from, f.period_to, f.review, f.indicator FROM facts f "
    # indicator != '': what lets SQLite use the partial index (idx_facts_indicator)
    "WHERE f.indicator != '' AND f.indicator IN ({marks}) AND f.review != 'rejected'{scoped}")
COUNTS_SQL = ("SELECT indicator, count(*) FROM facts WHERE indicator != '' "
              "AND review != 'rejected' GROUP BY indicator")


def _approximate(bound: str, qualifiers) -> bool:
    """True for 约60%, 近3000人, 超过5亿元, 460余个: read from the stored words (a JSON list)
    without parsing it, which took most of the time of listing thousands of values."""
    if bound:
        return True
    text = str(qualifiers or "")
    if "\\u" in text:  # written with escapes: parse it after all
        try:
            words = json.loads(text)
        except ValueError:
            return False
        return isinstance(words, list) and any(
            str(w).startswith(APPROXIMATE_WORDS) for w in words)
    return any(f'"{word}' in text for word in APPROXIMATE_WORDS)


def values_of(connection, keys: Iterable[str], report_of,
              scopes: Iterable[str] | None = None) -> list[IndicatorValue]:
    """The figures (not rejected) stating one of these indicators (of these scopes only,
    when given); `report_of(document_id)` names each one's report."""
    keys = tuple(keys)
    scopes = None if scopes is None else tuple(scopes)
    if not keys or scopes == ():
        return []
    scoped = "" if scopes is None else f" AND f.scope IN ({', '.join('?' for _ in scopes)})"
    rows = connection.execute(
        VALUES_SQL.format(marks=", ".join("?" for _ in keys), scoped=scoped),
        (*keys, *(scopes or ()))).fetchall()
    # the reports' titles and dates once each, not joined to every value
    documents = {int(doc): (str(title), str(published or "")) for doc, title, published in
                 _documents(connection, {row[0] for row in rows})}
    found = []
    for (doc, fact_id, label, written, value, unit, bound, base_value, base_unit, unit_kind,
         qualifiers, scope, kind, start, end, review, indicator) in rows:
        approximate = _approximate(bound, qualifiers)
        title, published = documents.get(int(doc), ("", ""))
        found.append(IndicatorValue(
            report_of(doc), int(doc), int(fact_id), title, published,
            str(label), leading_approximation(str(qualifiers or ""))
            + written_figure(str(written or ""), str(value), str(unit), str(bound)),
            float(base_value), str(base_unit), str(unit_kind), approximate, str(scope or ""),
            str(kind or ""), str(start or ""), str(end or ""), str(review), str(indicator)))
    return found


def _documents(connection, ids: set) -> list:
    found: list = []
    ordered = sorted(ids)
    for at in range(0, len(ordered), 500):  # within any server's or SQLite's limit
        chunk = ordered[at:at + 500]
        found += connection.execute(
            f"SELECT id, title, published FROM documents WHERE id IN "
            f"({', '.join('?' for _ in chunk)})", chunk).fetchall()
    return found


def counts_of(connection) -> dict[str, int]:
    """How many figures (not rejected) state each indicator."""
    return {str(key): int(count) for key, count in connection.execute(COUNTS_SQL).fetchall()}


OWN_COLUMNS = ("key", "name", "name_en", "units", "stated", "words", "not_words")


def own_indicators(connection) -> list[Indicator]:
    """The indicators a library's users added; none in a library of an older version."""
    try:
        rows = connection.execute("SELECT key, name, name_en, units, stated, words, not_words "
                                  "FROM indicators ORDER BY added_at, key").fetchall()
    except Exception as exc:
        if "indicators" in str(exc):
            return []
        raise
    found = []
    for row in rows:
        try:
            found.append(Indicator.from_row(dict(zip(OWN_COLUMNS, row, strict=True))))
        except (TypeError, ValueError):
            continue  # a row written by hand, unreadable: left out, not fatal
    return found


def vocabulary_of(connection) -> Vocabulary:
    """The app's indicators, then this library's own."""
    return bundled_vocabulary().with_own(own_indicators(connection))


def fill_indicators(db, reviews: tuple[str, ...] = ("proposed", "accepted"),
                    vocabulary: Vocabulary | None = None, document_id: int | None = None
                    ) -> int:
    """Give the figures that have no indicator yet (of one report, or all) the one their
    label states, inside the caller's transaction; how many got one."""
    from gannan_gui.store.search import simplified

    vocabulary = vocabulary or vocabulary_of(db)
    marks = ", ".join("?" for _ in reviews)
    one = "" if document_id is None else " AND document_id = ?"
    rows = db.execute(f"SELECT id, label, unit_kind FROM facts WHERE indicator = '' "
                      f"AND review IN ({marks}){one}",
                      (*reviews, *(() if document_id is None else (document_id,)))).fetchall()
    updates = [(key, fact_id) for fact_id, label, unit_kind in rows
               if (key := vocabulary.propose(simplified(str(label)), str(unit_kind)))]
    if updates:
        db.executemany("UPDATE facts SET indicator = ? WHERE id = ?", updates)
    return len(updates)


#: Another report's figure that contradicts one figure (its indicator, scope and stated
#: period alike, its value different beyond what an approximation allows): one indexed
#: lookup a figure, so a report's figures are checked when it is opened.
CONTRADICTION_SQL = (
    "SELECT 1 FROM facts o JOIN documents od ON od.id = o.document_id "
    "WHERE o.indicator = ? AND o.indicator != '' AND o.scope = ? AND o.period_kind = ? "
    "AND o.period_from = ? AND o.review != 'rejected' AND o.document_id != ? "
    "AND o.base_unit = ? AND o.base_value != ? "
    "AND (? = 'year' OR COALESCE(NULLIF(o.period_to, ''), od.published) = ?) "
    "AND NOT ((? OR o.bound != '' OR {approximate}) AND abs(o.base_value - ?) <= ? * "
    "(CASE WHEN abs(o.base_value) > abs(?) THEN abs(o.base_value) ELSE abs(?) END)) LIMIT 1")


def contradicted_in(connection, values: Iterable[IndicatorValue], document_id: int,
                    tolerance: float) -> set[int]:
    """The fact ids of `values` (figures of report `document_id`, or of another file) that
    some report of this library contradicts; figures whose period is not stated are left
    to the indicator view, which knows how each indicator is stated."""
    approximate = " OR ".join("o.qualifiers LIKE ?" for _ in APPROXIMATE_WORDS)
    sql = CONTRADICTION_SQL.format(approximate=approximate)
    patterns = [f'%"{word}%' for word in APPROXIMATE_WORDS]
    found = set()
    for v in values:
        if not v.period_kind or not v.indicator:
            continue
        end = v.period_to or v.published
        row = connection.execute(sql, (
            v.indicator, v.scope, v.period_kind, v.period_from, document_id, v.base_unit,
            v.base_value, v.period_kind, end, v.approximate, *patterns, v.base_value, tolerance,
            v.base_value, v.base_value)).fetchone()
        if row is not None:
            found.add(v.fact_id)
    return found
