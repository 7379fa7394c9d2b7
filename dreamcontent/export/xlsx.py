"""XLSX (openpyxl): the CSV rows as a spreadsheet with a bold, frozen, filterable header.

Layout ``layout="een"`` (default): one sheet "Droomcontent" with an autofilter over all rows.
``layout="klanttype"``: one sheet per klanttype (names shortened and made unique as Excel
requires). Text that looks like a formula gets a leading single quote and every text cell is
stored as a string, so a spreadsheet never evaluates it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any

from dreamcontent.errors import ConfigError
from dreamcontent.export.base import (
    ROW_COLUMNS,
    Exporter,
    Row,
    clean_text,
    neutralise_formula,
    normalise_zip,
    rows,
)
from dreamcontent.generate.result import GenerationResult

LAYOUTS = ("een", "klanttype")
FIXED_DATE = dt.datetime(2000, 1, 1)
# Column widths in characters, tuned for reading on screen; tekst wraps.
WIDTHS = {
    "klanttype": 22, "droom": 32, "niveau": 13, "element": 30, "impact": 8, "latent": 8,
    "partner": 24, "dimensie": 16, "soort": 9, "tekst": 80,
}
_SHEET_BAD_RE = re.compile(r"[\[\]:*?/\\]")


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name (max 31 chars, none of []:*?/\\)."""
    base = _SHEET_BAD_RE.sub(" ", clean_text(name)).replace("\n", " ").strip(" '") or "Blad"
    base = " ".join(base.split())[:31]
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(title.casefold())
    return title


def _fill_sheet(ws: Any, data: list[Row]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws.append(list(ROW_COLUMNS))
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
    top = Alignment(vertical="top", wrap_text=False)
    wrap = Alignment(vertical="top", wrap_text=True)
    for r, row in enumerate(data, start=2):
        for c, value in enumerate(row.values(), start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, int):
                cell.value = value
            else:
                cell.value = neutralise_formula(clean_text(value))
                cell.data_type = "s"  # never a formula, whatever openpyxl guesses
            cell.alignment = wrap if ROW_COLUMNS[c - 1] in ("tekst", "droom") else top
    for c, name in enumerate(ROW_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = WIDTHS[name]
    ws.freeze_panes = "A2"
    last = get_column_letter(len(ROW_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(data) + 1)}"


def render_xlsx(result: GenerationResult, *, layout: str = "een", **_options: object) -> bytes:
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    if layout not in LAYOUTS:
        message = f"onbekende xlsx-indeling '{layout}'; kies uit: {', '.join(LAYOUTS)}"
        raise ConfigError(message)
    wb = Workbook()
    ws = wb.active
    taken: set[str] = set()
    if layout == "een":
        ws.title = sheet_title("Droomcontent", taken)
        _fill_sheet(ws, list(rows(result)))
    else:
        wb.remove(ws)
        for gk in result.klanttypen:
            sheet = wb.create_sheet(sheet_title(gk.klanttype.naam, taken))
            _fill_sheet(sheet, list(rows(result, [gk])))
        if not wb.worksheets:
            _fill_sheet(wb.create_sheet(sheet_title("Droomcontent", taken)), [])
    props = wb.properties
    props.creator = "dreamcontent"
    props.lastModifiedBy = "dreamcontent"
    props.title = clean_text(f"Droomcontent {result.source.organisatie.naam}")[:200]
    props.created = FIXED_DATE
    props.modified = FIXED_DATE

    buf = io.BytesIO()
    # ExcelWriter directly: openpyxl's save_workbook() would stamp the current time.
    archive = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()
    return normalise_zip(buf.getvalue())


EXPORTER = Exporter(
    name="xlsx",
    extension="xlsx",
    binary=True,
    description="Excel-werkmap met filters en vaste kopregel",
    render=render_xlsx,
)
