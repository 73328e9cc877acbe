import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gannan_gui.common.paths import bundled_article, bundled_curation, bundled_database
from gannan_gui.pipeline.article import parse_article
from gannan_gui.pipeline.build import build
from gannan_gui.pipeline.curation import CurationError, load_curation, parse_curation
from gannan_gui.pipeline.extract import find_figures
from gannan_gui.pipeline.records import BuildError, extract_records
from gannan_gui.pipeline.schema import SCHEMA_VERSION


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gannan_gui", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def records_for(text: str, curation_changes=None):
    raw = json.loads(bundled_curation().read_bytes())
    if curation_changes:
        curation_changes(raw)
    curation = parse_curation(json.dumps(raw, ensure_ascii=False).encode())
    return extract_records(parse_article(text), curation)


def test_headline_figures(article_text: str) -> None:
    facts = {(f["value"], f["unit"]): f for f in records_for(article_text).facts}
    aid = facts[("14.93", "亿元")]
    assert (aid["base_value"], aid["base_unit"], aid["unit_kind"]) == (1_493_000_000, "元", "money")
    assert (aid["qualifiers"], aid["period"]) == (["累计"], "“十四五”以来")
    assert facts[("971", "个")]["label"] == "实施帮扶项目"
    assert facts[("174", "家")]["qualifiers"] == ["累计"]
    workers = facts[("2.9", "万名")]
    assert (workers["base_value"], workers["base_unit"], workers["unit_kind"]) == (
        29_000, "人", "people")
    assert facts[("0.21", "万人次")]["base_value"] == 2_100
    assert facts[("60", "%")]["bound"] == "以上"
    assert facts[("131", "所")]["label"] == "结对学校"
    assert facts[("282", "个")]["period"] == "截至目前"
    assert facts[("54", "亿元")]["qualifiers"] == ["达"]
    assert facts[("4", "个")]["qualifiers"] == ["其中"]


def test_every_figure_of_the_article_is_a_fact(article_text: str) -> None:
    records = records_for(article_text)
    assert len(records.facts) == 21
    assert {f["unit"] for f in records.facts} == {
        "亿元", "个", "%", "家", "万名", "万人", "万人次", "所"}


def test_quotes_and_offsets_match_the_document_text(article_text: str) -> None:
    records = records_for(article_text)
    text = records.document["text"]
    assert text == article_text
    for row in [*records.facts, *records.entities]:
        assert text[row["char_start"]:row["char_end"]] == row["quote"]
    for fact in records.facts:
        assert fact["value"] in fact["quote"]
    for entity in records.entities:
        assert text[entity["name_start"]:entity["name_end"]] == entity["name"]
    for paragraph in records.paragraphs:
        assert text[paragraph["char_start"]:paragraph["char_end"]] == paragraph["text"]


def test_named_things_with_their_kinds(article_text: str) -> None:
    kinds = {e["name"]: e["kind"] for e in records_for(article_text).entities}
    assert kinds["甘南牦牛"] == "regional_brand"
    assert kinds["临潭当归"] == "gi_product"
    assert kinds["拉卜楞工匠"] == "labour_brand"
    assert kinds["扎尕那村"] == "village"
    assert kinds["兰洽会"] == "platform"
    assert kinds["高淑兰"] == kinds["马晓娟"] == "person"
    honours = {e["name"]: e["note"] for e in records_for(article_text).entities}
    assert honours["扎尕那村"] == "联合国世界旅游组织“最佳旅游乡村”"


def test_chinese_numeral_figures_are_found() -> None:
    text = "共建二十七个示范村,培训一百三十一所学校"
    figures = find_figures(text, 0, len(text))
    assert [(f.value, f.unit, f.base_value) for f in figures] == [
        ("二十七", "个", 27), ("一百三十一", "所", 131)]
    assert figures[0].qualifiers == () and figures[0].bound == ""


def test_numerals_that_are_not_facts_are_skipped() -> None:
    text = "“五个认同”深入人心,建成9个园区"
    figures = find_figures(text, 0, len(text), skip=[(1, 5)])
    assert [f.text for f in figures] == ["9个"]


def test_unlisted_numeral_fails_the_build(article_text: str) -> None:
    def drop_first_batch(raw):
        raw["not_facts"] = [n for n in raw["not_facts"] if n["text"] != "第三批"]
    with pytest.raises(BuildError, match="第三批"):
        records_for(article_text, drop_first_batch)


def test_curated_quote_missing_from_article_fails(article_text: str) -> None:
    def invent_quote(raw):
        raw["facts"][0]["quote"] = "累计落实天津财政援助资金15亿元"
    with pytest.raises(CurationError, match="not in the article"):
        records_for(article_text, invent_quote)


def test_figure_without_curation_fails_with_a_suggestion(article_text: str) -> None:
    def forget_schools(raw):
        raw["facts"] = [f for f in raw["facts"] if f["quote"] != "131所学校"]
    with pytest.raises(BuildError, match="131所") as info:
        records_for(article_text, forget_schools)
    assert "131所学校" in str(info.value)


def test_not_a_fact_text_must_be_in_the_article(article_text: str) -> None:
    def invent(raw):
        raw["not_facts"].append({"text": "三十六计", "why": "idiom"})
    with pytest.raises(CurationError, match="三十六计"):
        records_for(article_text, invent)


def test_changed_article_number_is_caught(article_text: str) -> None:
    changed = article_text.replace("实施帮扶项目971个", "实施帮扶项目972个")
    with pytest.raises(CurationError, match="971"):
        records_for(changed)


def test_malformed_curated_file(tmp_path: Path) -> None:
    bad = tmp_path / "curation.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CurationError, match="not valid"):
        load_curation(bad)


def test_two_builds_are_identical_and_equal_the_bundled_database(tmp_path: Path) -> None:
    first, second = tmp_path / "one.db", tmp_path / "two.db"
    build(bundled_article(), first)
    build(bundled_article(), second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == bundled_database().read_bytes(), (
        "data/gannan.db is stale: run 'gannan-gui build'")


def test_database_for_other_tools(built_db: Path) -> None:
    db = sqlite3.connect(built_db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    text, = db.execute("SELECT text FROM documents").fetchone()
    for quote, start, end in db.execute("SELECT quote, char_start, char_end FROM facts"):
        assert text[start:end] == quote
    # sqlite3 counts characters like Python does, so substr() agrees with the offsets.
    assert db.execute(
        "SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE substr(d.text, f.char_start + 1, f.char_end - f.char_start) != f.quote"
    ).fetchone()[0] == 0
    # Datasette finds full-text indexes by this shape: <table>_fts with content=<table>.
    sql, = db.execute("SELECT sql FROM sqlite_master WHERE name = 'facts_fts'").fetchone()
    assert 'content="facts"' in sql and "trigram" in sql
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["built_from"] == "2025-12-16" and len(meta["article_sha256"]) == 64
    assert db.execute("SELECT count(*) FROM categories WHERE parent_id IS NOT NULL"
                      ).fetchone()[0] >= 8
    assert db.execute("SELECT count(*) FROM facts WHERE category_id IS NULL").fetchone()[0] == 0


def test_cli_builds_a_database(tmp_path: Path) -> None:
    out = tmp_path / "x.db"
    result = run_cli("build", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "21 项数据" in result.stdout and out.exists()


@pytest.mark.parametrize(("content", "message"), [
    (b"", "空的"), (b"\xff\xfe\x00\x01binary", "二进制"), (b"\xc4\xe3\xba\xc3", "UTF-8"),
])
def test_bad_article_leaves_the_old_database_alone(tmp_path: Path, content: bytes,
                                                   message: str) -> None:
    article, out = tmp_path / "bad.txt", tmp_path / "keep.db"
    article.write_bytes(content)
    out.write_bytes(b"previous database")
    result = run_cli("build", "--article", str(article), "--out", str(out))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert message in result.stderr and str(article) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == b"previous database"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "keep.db"]


def test_missing_article_and_unwritable_folder(tmp_path: Path) -> None:
    result = run_cli("build", "--article", str(tmp_path / "none.txt"),
                     "--out", str(tmp_path / "x.db"))
    assert result.returncode != 0 and "找不到" in result.stderr
    result = run_cli("build", "--out", str(tmp_path / "no" / "such" / "x.db"))
    assert result.returncode != 0 and "不存在" in result.stderr
    assert "Traceback" not in result.stderr


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("gannan-gui ")


def test_build_never_writes_into_the_installed_package(tmp_path: Path) -> None:
    from gannan_gui.common.paths import PACKAGE_DIR

    target = PACKAGE_DIR / "data" / "gannan.db"
    result = run_cli("build", "--out", str(target))
    assert result.returncode == 1 and "只读" in result.stderr
    assert not target.exists()


def test_ranges_are_found_as_ranges() -> None:
    text = "其中三四个项目已投产，另有三四千户群众受益。"
    figures = find_figures(text, 0, len(text))
    assert [(f.text, f.base_value, f.base_value_high) for f in figures] == [
        ("三四个", 3, 4), ("三四千户", 3000, 4000)]


def test_an_unreadable_numeral_is_one_clear_line(tmp_path: Path, article_text: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(article_text.replace("实施帮扶项目971个", "实施帮扶项目一二三四个"),
                       encoding="utf-8")
    result = run_cli("build", "--article", str(article), "--out", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "一二三四个" in result.stderr and not (tmp_path / "x.db").exists()


def test_a_range_in_the_article_is_stored_as_a_range(tmp_path: Path, article_text: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(article_text.replace("打造各类产业园区9个", "打造各类产业园区一二十个"),
                       encoding="utf-8")
    curation = json.loads(bundled_curation().read_bytes())
    for fact in curation["facts"]:
        if fact["quote"] == "打造各类产业园区9个":
            fact["quote"] = "打造各类产业园区一二十个"
    curated = tmp_path / "curation.json"
    curated.write_text(json.dumps(curation, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "x.db"
    result = run_cli("build", "--article", str(article), "--curation", str(curated),
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    row = sqlite3.connect(out).execute(
        "SELECT value, base_value, base_value_high FROM facts WHERE label = '产业园区'").fetchone()
    assert row == ("一二十", 10, 20)


def test_ids_never_collide_across_reports(tmp_path: Path, article_text: str) -> None:
    """Many categories, and a second report in the same file: every id stays unique."""
    import sqlite_utils

    from gannan_gui.pipeline.writer import append_records, write_database

    records = records_for(article_text)
    records.categories += [dict(records.categories[-1], id=100 + i, position=100 + i,
                                key=f"extra{i}", parent_id=None) for i in range(150)]
    out = tmp_path / "two.db"
    write_database(records, out)
    db = sqlite_utils.Database(out)
    second = append_records(db, records_for(article_text))
    db.conn.commit()
    for table in ("categories", "facts", "entities", "paragraphs", "sections"):
        ids = [r[0] for r in db.execute(f"SELECT id FROM {table}")]
        assert len(ids) == len(set(ids)), table
    assert second.document["id"] == 2
    assert {f["category_id"] for f in second.facts} <= {c["id"] for c in second.categories}
    assert db.execute("SELECT count(*) FROM facts WHERE document_id = 2").fetchone()[0] == 21


@pytest.mark.parametrize(("name", "transform"), [
    ("bom", lambda t: "\ufeff" + t),
    ("crlf", lambda t: t.replace("\n", "\r\n")),
    ("cr", lambda t: t.replace("\n", "\r")),
    ("nel", lambda t: t.replace("\n", "\x85")),
    ("u2028", lambda t: t.replace("\n", "\u2028")),
])
def test_any_line_ending_and_a_bom_read_the_same(tmp_path: Path, article_text: str, name: str,
                                                 transform) -> None:
    article = tmp_path / f"{name}.txt"
    article.write_text(transform(article_text), encoding="utf-8", newline="")
    records = build(article, tmp_path / f"{name}.db")
    assert records.document["title"] == "山海同心结硕果 协作帮扶谱新篇——天津市与甘南州协作帮扶综述"
    people = {e["name"]: e["quote"] for e in records.entities if e["kind"] == "person"}
    assert people == {"高淑兰": "记者 高淑兰", "马晓娟": "编辑 马晓娟"}
    text = records.document["text"]
    for fact in records.facts:
        assert text[fact["char_start"]:fact["char_end"]] == fact["quote"]
    assert len(records.facts) == 21
