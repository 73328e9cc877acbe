"""What the user typed, turned into terms, and where those terms occur in a text. No Qt."""

from __future__ import annotations

from collections.abc import Iterable

MAX_QUERY_CHARS = 200


def simplified(text: str) -> str:
    """The text in simplified characters, same length; OpenCC is loaded only for Han text."""
    if all(ord(ch) < 0x2E80 for ch in text):
        return text
    from gannan_gui.pipeline.sources import to_simplified

    return to_simplified(text)


def search_terms(query: str) -> list[str]:
    """Whitespace-separated terms of what the user typed, stripped of control characters."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in query[:MAX_QUERY_CHARS])
    return list(dict.fromkeys(t for t in cleaned.split() if t))


def uses_trigrams(terms: list[str]) -> bool:
    """FTS5's trigram index finds terms of three or more characters; shorter ones need LIKE."""
    return all(len(term) >= 3 for term in terms)


def trigram_query(terms: list[str]) -> str:
    """The terms as one FTS5 query of every three characters in them, each quoted: a
    library file's index keeps which rows hold a trigram, not where (detail=none), so the
    rows it finds are then checked for the whole terms. What the user typed is data, never
    query syntax."""
    trigrams = dict.fromkeys(term[i:i + 3] for term in terms for i in range(len(term) - 2))
    return " AND ".join('"' + trigram.replace('"', '""') + '"' for trigram in trigrams)


#: Written after each LIKE, so that %, _ and \ in a term are searched for as themselves.
LIKE_ESCAPE = "ESCAPE '\\'"


def like_pattern(term: str) -> str:
    """'%term%' with LIKE's wildcards in the term escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _folded_with_origins(text: str) -> tuple[str, list[int]]:
    """The case-folded text, and for each of its characters the offset it came from
    (folding can lengthen text: ß becomes ss)."""
    folded_whole = text.casefold()
    if len(folded_whole) == len(text):  # no character grew, so each is where it was
        return folded_whole, list(range(len(text)))
    folded, origins = [], []
    for offset, ch in enumerate(text):
        for part in ch.casefold():
            folded.append(part)
            origins.append(offset)
    return "".join(folded), origins


def match_spans(text: str, terms: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Offsets in `text` of every case-insensitive occurrence of each term, merged, sorted."""
    folded, origins = _folded_with_origins(text)
    spans = []
    for term in terms:
        needle = term.casefold()
        pos = folded.find(needle) if needle else -1
        while pos != -1:
            spans.append((origins[pos], origins[pos + len(needle) - 1] + 1))
            pos = folded.find(needle, pos + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)

