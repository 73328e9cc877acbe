from pathlib import Path

import pytest

from gannan_gui.store.database import DatabaseError, FactBase, open_database
from gannan_gui.store.search import match_spans, search_terms
from gannan_gui.views.words import base_text


def test_the_database_reads_back(facts: FactBase) -> None:
    assert facts.document.title.startswith("山海同心结硕果")
    assert facts.document.site == "gnrtv.cn"
    aid = next(f for f in facts.facts if f.figure == "14.93亿元")
    assert base_text(aid) == "1,493,000,000 元"
    assert [c.name for c in facts.category_path(aid.category_id)] == [
        "资金赋能产业 筑牢协作帮扶根基", "资金与项目"]
    assert facts.facts_in(None) == facts.facts
    top = facts.top_categories()
    assert [c.key for c in top][:3] == ["part1", "part2", "part3"]
    assert len(facts.facts_in(top[0].id)) == 6


def test_entities_link_to_facts(facts: FactBase) -> None:
    brand = next(e for e in facts.entities if e.name == "拉卜楞工匠")
    assert [f.figure for f in facts.facts_of_entity(brand.id)] == ["2.9万名"]
    ganwei = next(e for e in facts.entities if e.name == "甘味")
    assert "35个" in [f.figure for f in facts.facts_of_entity(ganwei.id)]
    assert any("拉卜楞工匠" in s for s in facts.sentences_naming(brand))


@pytest.mark.parametrize(("query", "expected"), [
    ("山", "从渤海之滨到甘南草原"),  # one character: LIKE fallback
    ("牦牛", "甘南牦牛"),  # two characters
    ("就业工厂", "援建乡村就业工厂(帮扶车间)"),  # trigram full-text index
    ("甘南 牦牛", "甘南牦牛"),  # every term must match
])
def test_search_finds_any_chinese_substring(facts: FactBase, query: str, expected: str) -> None:
    hits = facts.search(query)
    assert any(expected in hit.text or expected in hit.title for hit in hits)
    for hit in hits:
        for term in search_terms(query):
            assert term in hit.text or term in hit.title or term.casefold() in hit.text.casefold()


def test_search_highlights_every_match(facts: FactBase) -> None:
    hit = next(h for h in facts.search("亿元") if h.kind == "fact")
    assert [hit.text[s:e] for s, e in hit.spans] == ["亿元"]


@pytest.mark.parametrize("query", [
    '"', "'", "*", "AND", "OR NOT", "NEAR(甘南 天津)", "(", ")", "甘南\"", "-", "^",
    "%", "_", "\\", "facts_fts MATCH", "'; DROP TABLE facts; --", "\x00", "  ", "\t\n",
    "甘" * 500, "😀", "{col}: x",
])
def test_hostile_search_text_never_raises(facts: FactBase, query: str) -> None:
    hits = facts.search(query)
    known = {"fact": facts.fact_by_id, "entity": facts.entity_by_id,
             "paragraph": facts.paragraph_by_id}
    assert all(h.item_id in known[h.kind] for h in hits)  # each a row of the report, shown
    assert len(facts.facts) == 21  # nothing was dropped


def test_percent_and_underscore_are_literal(facts: FactBase) -> None:
    assert [h.kind for h in facts.search("%")] == ["fact", "paragraph"]
    assert facts.search("_") == []


def test_match_spans_merge_overlaps() -> None:
    assert match_spans("甘南甘南", ["甘南", "南甘"]) == ((0, 4),)
    assert match_spans("Abc", ["a"]) == ((0, 1),)


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="找不到"):
        open_database(tmp_path / "none.db")


def test_corrupt_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="不是 SQLite 数据库"):
        open_database(bad)


def test_truncated_database(db_copy: Path) -> None:
    data = db_copy.read_bytes()
    db_copy.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseError):
        open_database(db_copy)


def test_wrong_schema(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(DatabaseError, match="不是 gannan-gui 数据库"):
        open_database(other)


def test_newer_schema_version(db_copy: Path) -> None:
    import sqlite3

    con = sqlite3.connect(db_copy)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="结构版本为 99"):
        open_database(db_copy)


def test_database_is_opened_read_only(db_copy: Path) -> None:
    import sqlite3

    before = db_copy.read_bytes()
    base = open_database(db_copy)
    base.search("甘南")
    base.close()
    assert db_copy.read_bytes() == before
    from gannan_gui.store.database import connect_checked

    reader = connect_checked(db_copy)  # the connection every reader of the app gets
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("DELETE FROM facts")
    reader.close()
