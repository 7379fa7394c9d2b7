"""CSV: one row per question and one per content piece, for spreadsheets and CMS imports.

Columns: klanttype, droom, niveau, element, impact, latent (ja/nee), partner, dimensie,
soort (vraag/content), tekst. A content row holds the title on its first line, a blank line,
then the piece. Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab
or carriage return) get a leading single quote (OWASP "CSV injection" advice).
"""

from __future__ import annotations

import csv
import io

from dreamcontent.errors import ConfigError
from dreamcontent.export.base import ROW_COLUMNS, Exporter, clean_text, neutralise_formula, rows
from dreamcontent.generate.result import GenerationResult


def csv_cell(value: object) -> str:
    text = str(value)
    # neutralise on the raw text (a leading CR is a trigger), then normalise line ends
    return clean_text(neutralise_formula(text))


def csv_rows(result: GenerationResult) -> list[list[str]]:
    """The data rows (no header), neutralised, as written to the file."""
    return [[csv_cell(v) for v in row.values()] for row in rows(result)]


#: CLI names of the field separators. Dutch Excel expects a semicolon.
DELIMITERS = {"komma": ",", "puntkomma": ";"}


def render_csv(result: GenerationResult, *, bom: bool = False, header: bool = True,
               delimiter: str = ",", **_options: object) -> bytes:
    """Render CSV (RFC 4180: double quotes, CRLF; comma unless ``delimiter`` says ";").

    ``bom=True`` adds a UTF-8 BOM so Excel opens accents correctly.
    """
    if delimiter not in DELIMITERS.values():
        raise ConfigError(f"onbekend scheidingsteken '{delimiter}'; kies ',' of ';'")
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    if header:
        writer.writerow(ROW_COLUMNS)
    writer.writerows(csv_rows(result))
    return buf.getvalue().encode("utf-8-sig" if bom else "utf-8")


EXPORTER = Exporter(
    name="csv",
    extension="csv",
    binary=False,
    description="een rij per vraag en per contentstuk (spreadsheet, CMS-import)",
    render=render_csv,
)
