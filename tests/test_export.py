"""Exporters: golden files (md, html, json, csv), parsed xlsx/docx, escaping, determinism.

The results are built by hand here, so these tests do not depend on the generator or the
Dutch pipeline. Refresh the golden files after an intended change with
``DREAMCONTENT_UPDATE_GOLDEN=1 pytest tests/test_export.py`` and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from dreamcontent.errors import ConfigError, DreamFileError
from dreamcontent.export import FORMATS, get_exporter, render
from dreamcontent.export.base import ROW_COLUMNS, neutralise_formula
from dreamcontent.export.markdown import md_escape
from dreamcontent.export.reader import load_result_json, result_from_json_dict
from dreamcontent.export.xlsx import sheet_title
from dreamcontent.generate.result import (
    Content,
    GeneratedDroom,
    GeneratedElement,
    GeneratedKlanttype,
    GenerationResult,
)
from dreamcontent.model import Dimensie, DreamFile, Droom, Element, Klanttype, Niveau, Organisatie

GOLDEN = Path(__file__).parent / "golden" / "export"
UPDATE = os.environ.get("DREAMCONTENT_UPDATE_GOLDEN") == "1"

NASTY = "<script>alert('x')</script> & \"Tom\" & 'Co'"
FORMULA = '=HYPERLINK("http://kwaad.example","klik")'


def _ge(naam: str, impact: int, *, latent: bool = False, partner: str | None = None,
        dimensie: Dimensie | None = None, beeld: str | None = None, index: int = 0,
        vragen: list[str] | None = None, titel: str = "", tekst: str = "",
        content_beeld: str = "") -> GeneratedElement:
    e = Element(naam=naam, impact=impact, latent=latent, partner=partner, dimensie=dimensie,
                beeld=beeld, index=index)
    return GeneratedElement(
        element=e,
        vragen=vragen or [],
        content=Content(titel=titel, tekst=tekst, beeld=content_beeld or beeld or ""),
    )


def build_result() -> GenerationResult:
    """A small hand-made result with every field used and tricky text in several places."""
    hardloper = [
        _ge("sterkere heupspieren", 8, latent=True, dimensie=Dimensie.ZELFONTPLOOIING,
            beeld="hardloper op een dijk", index=0,
            vragen=[
                "Wat kost het jou als sterkere heupspieren ontbreken?",
                "Hoe merk jij dat je heupen de marathon aankunnen?",
                "Welke training sla jij over omdat je heupen het niet volhouden?",
            ],
            titel="Je heupen dragen je marathon",
            tekst=("Je droomt van een pijnvrije marathon. Elke stap vraagt iets van je "
                   "heupen.\n\nSterke heupspieren houden je knieën recht. Zo loop je "
                   "verder zonder pijn. Wat doe jij deze week voor je heupen?")),
        _ge("hardloopschoenen die bij je looppatroon passen", 7,
            partner="Loopwinkel De Kilometer", dimensie=Dimensie.ZEKERHEID, index=1,
            vragen=[
                "Hoe weet jij dat je schoenen bij je looppatroon passen?",
                "Wanneer koop jij nieuwe schoenen?",
                "Wat verandert er als je schoenen echt passen?",
            ],
            titel="Schoenen die met je meelopen",
            tekst=("Samen met Loopwinkel De Kilometer kijk je naar je looppatroon. "
                   "Welke schoen past bij jou?"),
            content_beeld="loopanalyse op de loopband in de winkel"),
    ]
    injectie = [
        _ge(NASTY, 10, latent=True, partner=FORMULA, dimensie=Dimensie.ERKENNING, index=0,
            vragen=[FORMULA, "+31 6 1234 5678 bellen?", "-10% korting @ iedereen?"],
            titel="# Geen kop & <b>geen</b> vet",
            tekst="@handle\n- geen lijst\n1. geen telling\n*geen* _nadruk_ [link](x)",
            content_beeld="\tbeeld met tab"),
    ]
    kt1 = Klanttype(naam="recreatieve hardloper", dromen=[],
                    omschrijving="loopt drie keer per week; één doel: de marathon")
    d1 = Droom(droom="een pijnvrije marathon in het voorjaar", elementen=[g.element for g in
               hardloper], niveau=Niveau.PERSOONLIJK, concurrent_elementen=6)
    kt1.dromen.append(d1)
    kt2 = Klanttype(naam="ondernemer <b>&</b> 'zzp'er'", dromen=[])
    d2 = Droom(droom="een bedrijf dat groeit zonder dat jij elke avond doorwerkt",
               elementen=[g.element for g in injectie], niveau=Niveau.ORGANISATIE)
    kt2.dromen.append(d2)
    source = DreamFile(
        organisatie=Organisatie(naam="Fysio Vooruit & Co", aanbod="sportfysiotherapie"),
        klanttypen=[kt1, kt2],
        path="dreams/voorbeeld.yaml",
    )
    return GenerationResult(source=source, klanttypen=[
        GeneratedKlanttype(kt1, [GeneratedDroom(d1, hardloper)]),
        GeneratedKlanttype(kt2, [GeneratedDroom(d2, injectie)]),
    ])


@pytest.fixture(scope="module")
def result() -> GenerationResult:
    return build_result()


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
    assert path.exists(), f"golden file {path} missing; run with DREAMCONTENT_UPDATE_GOLDEN=1"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{name} differs from its golden file"


def xlsx_cells(data: bytes) -> dict[str, list[list[Any]]]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def docx_paragraphs(data: bytes) -> list[list[Any]]:
    from docx import Document

    doc = Document(io.BytesIO(data))
    out = []
    for p in doc.paragraphs:
        italic = bool(p.runs) and all(r.italic for r in p.runs)
        bold = bool(p.runs) and all(r.bold for r in p.runs)
        out.append([p.style.name, p.text, "cursief" if italic else "vet" if bold else ""])
    return out


# --- golden files -----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv"])
def test_text_formats_match_golden(result: GenerationResult, fmt: str) -> None:
    check_golden(f"voorbeeld.{fmt}", render(result, fmt).decode("utf-8"))


def test_xlsx_cells_match_golden(result: GenerationResult) -> None:
    cells = xlsx_cells(render(result, "xlsx"))
    check_golden("voorbeeld.xlsx.json", json.dumps(cells, ensure_ascii=False, indent=1) + "\n")


def test_xlsx_per_klanttype_cells_match_golden(result: GenerationResult) -> None:
    cells = xlsx_cells(render(result, "xlsx", layout="klanttype"))
    assert list(cells) == ["recreatieve hardloper", "ondernemer <b>&< b> 'zzp'er"]
    check_golden("voorbeeld-klanttype.xlsx.json",
                 json.dumps(cells, ensure_ascii=False, indent=1) + "\n")


def test_docx_paragraphs_match_golden(result: GenerationResult) -> None:
    paras = docx_paragraphs(render(result, "docx"))
    check_golden("voorbeeld.docx.json", json.dumps(paras, ensure_ascii=False, indent=1) + "\n")


# --- structure and contract -------------------------------------------------------------------

def test_formats_registry_has_six_formats_with_interface() -> None:
    assert list(FORMATS) == ["md", "html", "json", "csv", "xlsx", "docx"]
    for name, exp in FORMATS.items():
        assert exp.name == name and exp.extension == name
        assert exp.binary == (name in ("xlsx", "docx"))
        assert callable(exp.render) and exp.description


def test_unknown_format_is_a_dutch_config_error(result: GenerationResult) -> None:
    with pytest.raises(ConfigError, match="onbekend formaat 'pdf'; kies uit: md, html"):
        render(result, "pdf")
    with pytest.raises(ConfigError, match="onbekende xlsx-indeling"):
        render(result, "xlsx", layout="per-droom")
    assert get_exporter("csv") is FORMATS["csv"]


def test_json_is_the_generator_contract(result: GenerationResult) -> None:
    data = json.loads(render(result, "json"))
    assert data == result.to_json_dict()
    el = data["klanttypen"][0]["dromen"][0]["elementen"][1]
    assert el["partner"] == "Loopwinkel De Kilometer"
    assert len(el["vragen"]) == 3 and set(el["content"]) == {"titel", "tekst", "beeld"}
    assert "één doel" in render(result, "json").decode("utf-8")  # real UTF-8, not \u escapes


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_rendering_twice_gives_identical_bytes(fmt: str) -> None:
    assert render(build_result(), fmt) == render(build_result(), fmt)


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_zip_members_carry_no_clock_time(result: GenerationResult, fmt: str) -> None:
    with zipfile.ZipFile(io.BytesIO(render(result, fmt))) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        core = zf.read("docProps/core.xml").decode("utf-8")
    assert "2000-01-01T00:00:00Z" in core
    assert core.count("2000-01-01") >= 2  # created and modified


def test_csv_columns_rows_and_bom(result: GenerationResult) -> None:
    plain = render(result, "csv")
    assert not plain.startswith(b"\xef\xbb\xbf")
    with_bom = render(result, "csv", bom=True)
    assert with_bom.startswith(b"\xef\xbb\xbf") and with_bom[3:] == plain
    table = list(csv.reader(io.StringIO(plain.decode("utf-8"), newline="")))
    assert tuple(table[0]) == ROW_COLUMNS
    assert len(table) == 1 + 3 * 4  # 3 elements x (3 questions + 1 content piece)
    first = dict(zip(ROW_COLUMNS, table[1], strict=True))
    assert first == {
        "klanttype": "recreatieve hardloper", "droom": "een pijnvrije marathon in het voorjaar",
        "niveau": "persoonlijk", "element": "sterkere heupspieren", "impact": "8",
        "latent": "ja", "partner": "", "dimensie": "zelfontplooiing", "soort": "vraag",
        "tekst": "Wat kost het jou als sterkere heupspieren ontbreken?",
    }
    content = dict(zip(ROW_COLUMNS, table[4], strict=True))
    assert content["soort"] == "content"
    assert content["tekst"].startswith("Je heupen dragen je marathon\n\nJe droomt van")
    assert [r[8] for r in table[1:9]] == ["vraag"] * 3 + ["content"] + ["vraag"] * 3 + [
        "content"]
    assert dict(zip(ROW_COLUMNS, table[5], strict=True))["latent"] == "nee"


# --- escaping and formula neutralisation ------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+31", "'+31"), ("-10%", "'-10%"), ("@handle", "'@handle"),
    ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Wat kost het?", "Wat kost het?"), ("1+1=2", "1+1=2"), ("e-mail", "e-mail"), ("", ""),
])
def test_neutralise_formula(value: str, expected: str) -> None:
    assert neutralise_formula(value) == expected


def test_html_escapes_every_value(result: GenerationResult) -> None:
    page = render(result, "html").decode("utf-8")
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;Tom&#34;" in page
    assert "ondernemer &lt;b&gt;&amp;&lt;/b&gt; &#39;zzp&#39;er&#39;" in page
    assert "=HYPERLINK(&#34;http://kwaad.example&#34;,&#34;klik&#34;)" in page
    assert "Fysio Vooruit &amp; Co" in page
    # self-contained: no external resources, scripts forbidden by policy
    assert "src=" not in page and "<link" not in page and "@import" not in page
    assert "default-src 'none'" in page


def test_csv_neutralises_formulas(result: GenerationResult) -> None:
    table = list(csv.reader(io.StringIO(render(result, "csv").decode("utf-8"), newline="")))
    nasty = [dict(zip(ROW_COLUMNS, r, strict=True))
             for r in table[1:] if r[0].startswith("ondernemer")]
    assert [r["tekst"] for r in nasty[:3]] == [
        "'" + FORMULA, "'+31 6 1234 5678 bellen?", "'-10% korting @ iedereen?"]
    assert all(r["partner"] == "'" + FORMULA for r in nasty)
    assert nasty[0]["element"] == NASTY  # not a formula trigger: kept as written
    assert nasty[3]["tekst"].startswith("# Geen kop")
    for r in table[1:]:
        for cell in r:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_xlsx_neutralises_formulas_and_stores_strings(result: GenerationResult) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(render(result, "xlsx")))
    ws = wb.active
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:J13"
    assert all(c.font.bold for c in ws[1])
    assert ws.column_dimensions["J"].width == 80
    formulas = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    texts = [c.value for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert "'" + FORMULA in texts and FORMULA not in texts
    assert all(not t.startswith(("=", "+", "-", "@", "\t")) for t in texts)
    assert ws.cell(row=2, column=5).value == 8  # impact stays a number
    with zipfile.ZipFile(io.BytesIO(render(result, "xlsx"))) as zf:
        sheet_xml = zf.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml


def test_markdown_escapes_markup(result: GenerationResult) -> None:
    md = render(result, "md").decode("utf-8")
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\# Geen kop & \\<b\\>geen\\</b\\> vet" in md
    assert "\\- geen lijst\n1\\. geen telling\n\\*geen\\* \\_nadruk\\_ \\[link\\](x)" in md


@pytest.mark.parametrize("raw, escaped", [
    ("gewoon tekst", "gewoon tekst"),
    ("a*b*", "a\\*b\\*"),
    ("# kop", "\\# kop"),
    ("  - item", "  \\- item"),
    ("12. punt", "12\\. punt"),
    ("Tom & Jerry", "Tom & Jerry"),
    ("&amp; en &#39;", "\\&amp; en \\&#39;"),
    ("<b>", "\\<b\\>"),
])
def test_md_escape(raw: str, escaped: str) -> None:
    assert md_escape(raw) == escaped


def test_docx_structure(result: GenerationResult) -> None:
    paras = docx_paragraphs(render(result, "docx"))
    styles = [p[0] for p in paras]
    assert styles[0] == "Title"
    assert ["Heading 1", "Klanttype: recreatieve hardloper", ""] in paras
    assert ["Heading 2", "Droom: een pijnvrije marathon in het voorjaar", ""] in paras
    assert ["Heading 3", "1. sterkere heupspieren", ""] in paras
    bullets = [p[1] for p in paras if p[0] == "List Bullet"]
    assert bullets[:3] == build_result().klanttypen[0].dromen[0].elementen[0].vragen
    assert ["Normal", "Beeldidee: hardloper op een dijk", "cursief"] in paras
    assert ["Normal", "Je heupen dragen je marathon", "vet"] in paras


def test_control_characters_do_not_break_xml_formats() -> None:
    r = build_result()
    r.klanttypen[0].dromen[0].elementen[0].vragen[0] = "Wat\x00 kost\x1b het?"
    for fmt in ("xlsx", "docx", "html"):
        data = render(r, fmt)
        assert b"\x00" not in data.replace(b"\x00", b"") or fmt in ("xlsx", "docx")
    assert "Wat kost het?" in [p[1] for p in docx_paragraphs(render(r, "docx"))]
    assert "Wat kost het?" in xlsx_cells(render(r, "xlsx"))["Droomcontent"][1]


@pytest.mark.parametrize("name, taken, expected", [
    ("recreatieve hardloper", set(), "recreatieve hardloper"),
    ("a/b: c?", set(), "a b c"),
    ("x" * 40, set(), "x" * 31),
    ("Blad", {"blad"}, "Blad (2)"),
    ("[]", set(), "Blad"),
])
def test_sheet_title(name: str, taken: set[str], expected: str) -> None:
    assert sheet_title(name, set(taken)) == expected


# --- reading a JSON export back ---------------------------------------------------------------

@pytest.mark.parametrize("fmt", list(FORMATS))
def test_json_round_trip_renders_the_same(result: GenerationResult, fmt: str) -> None:
    back = result_from_json_dict(json.loads(render(result, "json")))
    assert render(back, fmt) == render(result, fmt)


def test_reading_a_bad_json_export_names_file_and_place(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text('{"organisatie": {"naam": "X"},\n "klanttypen": [}', encoding="utf-8")
    with pytest.raises(DreamFileError) as err:
        load_result_json(bad)
    assert str(err.value).startswith(f"{bad}:2:")
    assert "geen geldige JSON" in str(err.value)
    data = json.loads(render(build_result(), "json"))
    data["klanttypen"][0]["dromen"][0]["elementen"][1]["impact"] = 11
    with pytest.raises(DreamFileError, match=r"klanttypen\[0\]\.dromen\[0\]\.elementen\[1\]"
                                             r"\.impact: impact moet een heel getal"):
        result_from_json_dict(data, "x.json")


def test_csv_semicolon_for_dutch_excel(result: GenerationResult) -> None:
    data = render(result, "csv", delimiter=";", bom=True).decode("utf-8-sig")
    assert data.startswith("klanttype;droom;niveau;element;impact;latent;")
    table = list(csv.reader(io.StringIO(data, newline=""), delimiter=";"))
    comma = list(csv.reader(io.StringIO(render(result, "csv").decode("utf-8"), newline="")))
    assert table == comma  # same cells, other separator
    with pytest.raises(ConfigError, match="onbekend scheidingsteken"):
        render(result, "csv", delimiter="|")


def test_docx_each_klanttype_after_the_first_starts_a_new_page(result: GenerationResult) -> None:
    from docx import Document

    doc = Document(io.BytesIO(render(result, "docx")))
    h1 = [p for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert [bool(p.paragraph_format.page_break_before) for p in h1] == [False, True]
