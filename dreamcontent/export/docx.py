"""DOCX (python-docx): a Word document with headings per klanttype, droom and element.

Per element: a line with impact, latent, dimension and partner; the three questions as a
bulleted list; the content piece with its title; the image idea in italics. Document
properties carry a fixed date so re-running produces identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io

from dreamcontent.export.base import Exporter, aantal, clean_text, element_meta, normalise_zip
from dreamcontent.generate.result import GeneratedElement, GenerationResult

FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _meta_line(ge: GeneratedElement) -> str:
    meta = element_meta(ge)
    return meta[:1].upper() + meta[1:]  # "Impact 8/10 · …" as a sentence in the document


def render_docx(result: GenerationResult, **_options: object) -> bytes:
    from docx import Document
    from docx.shared import Pt

    def t(text: str) -> str:
        return clean_text(text)

    doc = Document()
    org = result.source.organisatie
    doc.add_heading(t(f"Droomvragen en content: {org.naam}"), level=0)
    if org.aanbod:
        doc.add_paragraph(t(f"Aanbod: {org.aanbod}"))

    for ki, gk in enumerate(result.klanttypen):
        kt = gk.klanttype
        heading = doc.add_heading(t(f"Klanttype: {kt.naam}"), level=1)
        if ki > 0:  # every klanttype starts on a new page when printed
            heading.paragraph_format.page_break_before = True
        if kt.omschrijving:
            doc.add_paragraph(t(kt.omschrijving))
        for gd in gk.dromen:
            d = gd.droom
            doc.add_heading(t(f"Droom: {d.droom}"), level=2)
            meta = f"Niveau: {d.niveau.value}"
            if d.concurrent_elementen is not None:
                n = d.concurrent_elementen
                meta += f" · de beste concurrent dekt {aantal(n, 'element', 'elementen')}"
            doc.add_paragraph(meta)
            for nr, ge in enumerate(gd.elementen, start=1):
                doc.add_heading(t(f"{nr}. {ge.element.naam}"), level=3)
                meta_p = doc.add_paragraph()
                meta_run = meta_p.add_run(t(_meta_line(ge)))
                meta_run.font.size = Pt(9)
                doc.add_paragraph().add_run("Vragen").bold = True
                for vraag in ge.vragen:
                    doc.add_paragraph(t(vraag), style="List Bullet")
                doc.add_paragraph().add_run(t(ge.content.titel)).bold = True
                for block in t(ge.content.tekst).split("\n\n"):
                    if block.strip():
                        doc.add_paragraph(block.strip())
                beeld = doc.add_paragraph()
                beeld.add_run("Beeldidee: ").italic = True
                beeld.add_run(t(ge.content.beeld)).italic = True

    cp = doc.core_properties
    cp.author = "dreamcontent"
    cp.last_modified_by = "dreamcontent"
    cp.title = t(f"Droomvragen en content: {org.naam}")[:250]
    cp.revision = 1
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


EXPORTER = Exporter(
    name="docx",
    extension="docx",
    binary=True,
    description="Word-document met koppen, vragenlijsten en contentstukken",
    render=render_docx,
)
