from pathlib import Path

import pytest

from gannan_gui.common.paths import bundled_article
from gannan_gui.pipeline.article import ArticleError, parse_article, read_article_file


def test_bundled_article_is_the_source_byte_for_byte() -> None:
    source = Path(__file__).resolve().parents[2] / "shared" / "source" / "article.txt"
    if not source.exists():
        pytest.skip("the shared source folder is not beside this checkout")
    assert bundled_article().read_bytes() == source.read_bytes()


def test_parts_of_the_page(article_text: str) -> None:
    article = parse_article(article_text)
    assert article.title == "山海同心结硕果 协作帮扶谱新篇——天津市与甘南州协作帮扶综述"
    assert (article.published, article.view_count) == ("2025-12-16", 220)
    assert (article.reporter, article.editor) == ("高淑兰", "马晓娟")
    assert article.previous_title.startswith("甘南: 优化营商环境攻坚")
    assert article.next_title == "关于禁烧农作物秸秆的通告"
    assert [s.key for s in article.sections] == ["lead", "part1", "part2", "part3", "outlook"]
    assert [(s.heading, s.subheading) for s in article.sections if s.kind == "part"] == [
        ("资金赋能产业", "筑牢协作帮扶根基"),
        ("产销劳务联动", "拓宽群众增收渠道"),
        ("民族团结聚力", "筑牢协同发展保障"),
    ]
    assert [len(s.paragraphs) for s in article.sections] == [2, 4, 4, 2, 1]


def test_paragraph_offsets_point_into_the_text(article_text: str) -> None:
    article = parse_article(article_text)
    for paragraph in article.paragraphs:
        assert article_text[paragraph.start:paragraph.end] == paragraph.text


@pytest.mark.parametrize(("content", "message"), [
    (b"", "空的"),
    (b"   \n\n", "空的"),
    ("标题".encode("gbk") + b"\xff\xfe", "不是 UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "二进制"),
])
def test_unreadable_article_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        read_article_file(path)
    assert str(path) in str(info.value)


def test_missing_article_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="找不到"):
        read_article_file(tmp_path / "nope.txt")


def test_text_that_is_not_the_article() -> None:
    with pytest.raises(ArticleError, match="发布日期"):
        parse_article("一行\n另一行\n第三行\n")
