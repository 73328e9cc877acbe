"""The category tree as plain objects: root, categories, then their facts and entities.

The Qt tree model adapts this; the slides and the summary walk it in the same order, so the
reading order is defined once. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from gannan_gui.store.database import FactBase
from gannan_gui.store.models import Category, Entity, Fact
from gannan_gui.views.words import OVERVIEW, count_text

ROOT, CATEGORY, FACT, ENTITY = "root", "category", "fact", "entity"
#: A page of a category's rows: a category of more than PAGE_ROWS figures and names holds
#: them in pages of that many, so the tree lays out a page when it is opened, not 50,000 rows
#: when the category is (each a call into Python: half a second for 50,000).
PAGE = "page"
PAGE_ROWS = 500
PAGE_IDS = 1_000_000  # a page's id: its category's id times this, plus its number
TOP = "top"  # the invisible node above the visible rows
YEAR = "year"  # a year of a large library's reports: 2024年 holds that year's reports
SCOPE_SEPARATOR = "|"  # 'l12|fact:3': fact 3 of report l12, when several reports are shown
BUNDLED = "b"  # the scope of the bundled report's keys in such a tree: 'b|fact:3'


@dataclass(eq=False, slots=True)  # slots: a library of 10,000 reports holds as many
class TreeNode:
    kind: str  # root, category, fact, entity
    item_id: int  # 0 for the root
    name: str
    detail: str  # second column: a figure, an entity kind, a count
    parent: TreeNode | None = None
    children: list[TreeNode] = field(default_factory=list)
    scope: str = ""  # the report, when the tree shows several: 'b', 'l12'
    loaded: bool = True  # False for a report whose categories are read when first needed
    pending: bool = False  # a proposed figure, not yet reviewed
    conflict: bool = False  # another report gives its indicator, scope and period otherwise

    @property
    def key(self) -> str:
        """Stable identity across runs, for remembering the selection: 'fact:1001', or
        'l12|fact:1001' in a tree of several reports."""
        local = f"{self.kind}:{self.item_id}"
        return f"{self.scope}{SCOPE_SEPARATOR}{local}" if self.scope else local

    @property
    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    def walk(self) -> Iterator[TreeNode]:
        yield self
        for child in self.children:
            yield from child.walk()

    def add(self, child: TreeNode) -> TreeNode:
        child.parent = self
        self.children.append(child)
        return child


def build_tree(base: FactBase, scope: str = "") -> TreeNode:
    """Root ('全文概览'), then categories in curated order, each with its facts and entities;
    `scope` names the report in a tree of several."""
    root = TreeNode(ROOT, 0, OVERVIEW, count_text(len(base.facts), len(base.entities)))

    def add_category(parent: TreeNode, category: Category) -> None:
        facts = base.facts_in(category.id)
        entities = base.entities_in(category.id)
        node = parent.add(TreeNode(CATEGORY, category.id, category.name,
                                   count_text(len(facts), len(entities))))
        for child in base.child_categories(category.id):
            add_category(node, child)
        rows = [*(fact_node(f) for f in base.facts_in(category.id, recursive=False)),
                *(entity_node(e) for e in base.entities_in(category.id, recursive=False))]
        if len(rows) <= PAGE_ROWS:
            for row in rows:
                node.add(row)
            return
        for number, start in enumerate(range(0, len(rows), PAGE_ROWS)):
            chunk = rows[start:start + PAGE_ROWS]
            page = node.add(TreeNode(PAGE, category.id * PAGE_IDS + number,
                                     f"第 {start + 1:,}–{start + len(chunk):,} 项",
                                     f"{len(chunk)} 项"))
            for row in chunk:
                page.add(row)

    for category in base.top_categories():
        add_category(root, category)
    if scope:
        for node in root.walk():
            node.scope = scope
    return root


def fact_node(fact: Fact) -> TreeNode:
    return TreeNode(FACT, fact.id, fact.label, fact.figure_as_written,
                    pending=not fact.reviewed)


def entity_node(entity: Entity) -> TreeNode:
    return TreeNode(ENTITY, entity.id, entity.name, entity.kind_label)


def find_node(root: TreeNode, key: str) -> TreeNode | None:
    return next((n for n in root.walk() if n.key == key), None)
