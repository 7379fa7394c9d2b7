"""Markdown: a readable document per klanttype -> droom -> element.

Text from the dream file and the generator is escaped so that Markdown renderers show it as
written: no accidental emphasis, links, headings or raw HTML (``<script>`` stays visible text).
"""

from __future__ import annotations

import re

from dreamcontent.export.base import Exporter, aantal, clean_text, element_meta
from dreamcontent.generate.result import GeneratedElement, GenerationResult

# Inline characters with a Markdown meaning; escaped with a backslash (CommonMark).
_INLINE_RE = re.compile(r"([\\`*_\[\]<>|~])")
# Entity-like sequences (&amp; &#39;) would be decoded by a renderer: escape their '&'.
_ENTITY_RE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Line starts that would become a heading, list item, quote or rule.
_BLOCK_START_RE = re.compile(r"^(\s*)([#>+=-]|\d+[.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    """Escape text for use inside a Markdown paragraph, list item or heading."""
    text = clean_text(text)
    text = _INLINE_RE.sub(r"\\\1", text)
    text = _ENTITY_RE.sub(r"\\&", text)
    return _BLOCK_START_RE.sub(lambda m: m.group(1) + _escape_block(m.group(2)), text)


def _escape_block(marker: str) -> str:
    if marker[0].isdigit():  # "1." -> "1\."
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def _one_line(text: str) -> str:
    """Headings and list items hold one line: join any line breaks with a space."""
    return " ".join(md_escape(text).split("\n")).strip()


def _element_meta(ge: GeneratedElement) -> str:
    return element_meta(ge, text=_one_line)


def render_markdown(result: GenerationResult, **_options: object) -> bytes:
    org = result.source.organisatie
    out: list[str] = [f"# Droomvragen en content: {_one_line(org.naam)}", ""]
    if org.aanbod:
        out += [f"Aanbod: {_one_line(org.aanbod)}", ""]
    out += [f"Bron: {_one_line(str(result.source.path))}", ""]

    for gk in result.klanttypen:
        kt = gk.klanttype
        out += [f"## Klanttype: {_one_line(kt.naam)}", ""]
        if kt.omschrijving:
            out += [md_escape(kt.omschrijving), ""]
        for gd in gk.dromen:
            d = gd.droom
            out += [f"### Droom: {_one_line(d.droom)}", ""]
            meta = f"Niveau: {d.niveau.value}"
            if d.concurrent_elementen is not None:
                n = d.concurrent_elementen
                meta += f" · de beste concurrent dekt {aantal(n, 'element', 'elementen')}"
            meta += " · " + aantal(len(gd.elementen), "geselecteerd element",
                                   "geselecteerde elementen")
            out += [meta, ""]
            for nr, ge in enumerate(gd.elementen, start=1):
                out += [f"#### {nr}. {_one_line(ge.element.naam)}", "", _element_meta(ge), ""]
                out += ["**Vragen**", ""]
                out += [f"{i}. {_one_line(v)}" for i, v in enumerate(ge.vragen, start=1)]
                out += ["", f"**{_one_line(ge.content.titel)}**", ""]
                out += [md_escape(ge.content.tekst), ""]
                out += [f"*Beeldidee:* {_one_line(ge.content.beeld)}", ""]
    # exactly one trailing newline
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8")


EXPORTER = Exporter(
    name="md",
    extension="md",
    binary=False,
    description="Markdown-document per klanttype, droom en element",
    render=render_markdown,
)

__all__ = ["EXPORTER", "md_escape", "render_markdown"]
