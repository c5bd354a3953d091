"""A python-docx document as the bytes of a .docx package, in one pass and reproducibly.

python-docx's own ``save`` stamps every member with the current time, so the same document
gave different bytes; re-zipping its output fixed the stamps but compressed every member
twice. This writes the members python-docx writes, in its order and with its content types,
compressed once, each stamped with :data:`ZIP_TIME`. From the built-in template the extended
properties name opscontent as the application, and the template's thumbnail (a blank page) is
left out.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

__all__ = ["ZIP_TIME", "package_bytes"]

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The time stamp of every file in the package: the earliest a zip can hold, as reproducible
builds use, so that the same document gives the same bytes."""
_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>opscontent</Application></Properties>"
)
"""The extended properties: the generator is opscontent (the template said Microsoft Word)."""
_THUMBNAIL_MEMBER = "docProps/thumbnail.jpeg"
_THUMBNAIL_REFERENCE = re.compile(rb"<(Relationship|Override)[^>]*thumbnail[^>]*/>")
_FILE_MODE = 0o600 << 16
"""The permissions zipfile gives a member written from bytes (rw-------)."""


def package_bytes(document: Any, *, built_in: bool) -> bytes:
    """The .docx bytes of ``document`` (a python-docx ``Document``).

    ``built_in``: the document was made from the built-in template (the thumbnail is dropped
    and the application named).
    """
    package = document.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    members: list[tuple[str, bytes]] = [
        ("[Content_Types].xml", _content_types(parts)),
        ("_rels/.rels", package.rels.xml),
    ]
    for part in parts:
        members.append((part.partname.membername, part.blob))
        if len(part.rels):
            members.append((part.partname.rels_uri.membername, part.rels.xml))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name, written in members:
            if built_in and name == _THUMBNAIL_MEMBER:
                continue
            data = _from_built_in(name, written) if built_in else written
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = _FILE_MODE
            target.writestr(info, data)
    return buffer.getvalue()


def _from_built_in(name: str, data: bytes) -> bytes:
    """A member of a package made from the built-in template: no thumbnail, our application."""
    if name in ("_rels/.rels", "[Content_Types].xml"):
        return _THUMBNAIL_REFERENCE.sub(b"", data)
    return _APP_XML if name == "docProps/app.xml" else data


def _content_types(parts: list[Any]) -> bytes:
    """``[Content_Types].xml`` as python-docx writes it.

    A default per known extension (sorted), an override per other part (sorted by name).
    """
    from docx.opc.constants import CONTENT_TYPE  # noqa: PLC0415 - the [docx] extra, on use
    from docx.opc.oxml import CT_Types, serialize_part_xml  # noqa: PLC0415
    from docx.opc.spec import default_content_types  # noqa: PLC0415

    defaults = {"rels": CONTENT_TYPE.OPC_RELATIONSHIPS, "xml": CONTENT_TYPE.XML}
    overrides = {}
    for part in parts:
        ext = part.partname.ext
        if (ext.lower(), part.content_type) in default_content_types:
            defaults[ext.lower()] = part.content_type
        else:
            overrides[part.partname] = part.content_type
    types = CT_Types.new()  # type: ignore[no-untyped-call]
    for ext in sorted(defaults):
        types.add_default(ext, defaults[ext])
    for partname in sorted(overrides):
        types.add_override(partname, overrides[partname])
    data: bytes = serialize_part_xml(types)
    return data
