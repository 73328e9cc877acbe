"""Text an office file can hold: XML 1.0 has no place for control characters (a report or a
label may carry one, from a damaged file or a paste), and python-docx and python-pptx
refuse them outright. They are taken out of everything an export writes. No Qt."""

from __future__ import annotations

import dataclasses
import re

#: Characters XML 1.0 cannot hold (tab, line feed and carriage return it can).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value):
    """The same value with every string in it, however deep (dataclasses, tuples, lists),
    free of characters XML cannot hold; what needs no change is returned as it is."""
    if isinstance(value, str):
        return NOT_XML.sub("", value) if NOT_XML.search(value) else value
    if isinstance(value, (tuple, list)):
        cleaned = [xml_safe(item) for item in value]
        if all(a is b for a, b in zip(cleaned, value, strict=True)):
            return value
        return type(value)(cleaned)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            new = xml_safe(old)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
