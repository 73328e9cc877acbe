"""What every exported file says about itself (title, subject, author, dates), the same in
Word, PowerPoint and Excel: the report's own title, who wrote it, and when the file was made,
instead of a library's defaults (python-docx's 'python-docx' of 2013). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from gannan_gui import APP_NAME
from gannan_gui.views.tables import ExportContent
from gannan_gui.views.words import author_of


@dataclass(frozen=True)
class FileProperties:
    title: str
    subject: str
    author: str  # the report's author, else its source
    comments: str  # where the report was published
    created: datetime  # now, in UTC: office files keep no time zone


def file_properties(content: ExportContent) -> FileProperties:
    doc = content.document
    author = author_of(doc) or APP_NAME
    where = " ".join(part for part in (doc.site, doc.published, doc.url) if part)
    return FileProperties(doc.title, content.scope, author, where,
                          datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None))
