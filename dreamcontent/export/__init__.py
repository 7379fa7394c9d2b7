"""Export a ``GenerationResult`` to md, html, json, csv, xlsx and docx.

One module per format, each exposing an ``Exporter`` (``name``, ``extension``, ``binary``,
``render(result, **options) -> bytes``). Output is deterministic: the same result gives the
same bytes. Heavy libraries (openpyxl, python-docx, jinja2) are imported only when their
format is rendered. The batch runner (files in, files out) lives in ``dreamcontent.export.batch``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dreamcontent.errors import ConfigError
from dreamcontent.export import csvfmt, docx, html, jsonfmt, markdown, xlsx
from dreamcontent.export.base import Exporter

if TYPE_CHECKING:  # pragma: no cover
    from dreamcontent.generate.result import GenerationResult

#: format name -> exporter, in the order shown to users
FORMATS: dict[str, Exporter] = {
    e.name: e
    for e in (
        markdown.EXPORTER, html.EXPORTER, jsonfmt.EXPORTER,
        csvfmt.EXPORTER, xlsx.EXPORTER, docx.EXPORTER,
    )
}


def get_exporter(fmt: str) -> Exporter:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ConfigError(
            f"onbekend formaat '{fmt}'; kies uit: {', '.join(FORMATS)}"
        ) from None


def render(result: GenerationResult, fmt: str, **options: object) -> bytes:
    """Render ``result`` in format ``fmt`` (md, html, json, csv, xlsx, docx) to bytes."""
    return get_exporter(fmt).render(result, **options)


__all__ = ["FORMATS", "Exporter", "get_exporter", "render"]
