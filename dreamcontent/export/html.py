"""HTML: one self-contained, printable page with a table of contents.

No external assets (embedded CSS, system fonts) and a Content-Security-Policy that allows no
scripts at all. The Jinja template (package data, not the user's template bank) autoescapes
every value, so text such as ``<script>`` or ``&`` shows up literally.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from dreamcontent.export.base import Exporter, clean_text
from dreamcontent.generate.result import GenerationResult

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "page.html.j2"


@functools.lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template(TEMPLATE_NAME)


def impact_band(impact: int) -> str:
    if impact >= 8:
        return "hoog"
    if impact >= 5:
        return "midden"
    return "laag"


def page_context(result: GenerationResult) -> dict[str, Any]:
    """Plain data for the template; anchors are positional, so always unique and stable."""
    c = clean_text
    klanttypen = []
    n_dromen = n_elementen = 0
    for ki, gk in enumerate(result.klanttypen, start=1):
        dromen = []
        for di, gd in enumerate(gk.dromen, start=1):
            n_dromen += 1
            elementen = []
            for ei, ge in enumerate(gd.elementen, start=1):
                n_elementen += 1
                e = ge.element
                elementen.append({
                    "anchor": f"k{ki}-d{di}-e{ei}",
                    "naam": c(e.naam),
                    "impact": e.impact,
                    "impact_band": impact_band(e.impact),
                    "latent": e.latent,
                    "dimensie": e.dimensie.value if e.dimensie else None,
                    "partner": c(e.partner) if e.partner else None,
                    "vragen": [c(v) for v in ge.vragen],
                    "titel": c(ge.content.titel),
                    "alineas": [p.strip() for p in c(ge.content.tekst).split("\n\n")
                                if p.strip()],
                    "beeld": c(ge.content.beeld),
                })
            dromen.append({
                "anchor": f"k{ki}-d{di}",
                "droom": c(gd.droom.droom),
                "niveau": gd.droom.niveau.value,
                "concurrent": gd.droom.concurrent_elementen,
                "elementen": elementen,
            })
        klanttypen.append({
            "anchor": f"k{ki}",
            "naam": c(gk.klanttype.naam),
            "omschrijving": c(gk.klanttype.omschrijving) if gk.klanttype.omschrijving else None,
            "dromen": dromen,
        })
    org = result.source.organisatie
    return {
        "org": {"naam": c(org.naam), "aanbod": c(org.aanbod) if org.aanbod else None},
        "bron": c(str(result.source.path)),
        "klanttypen": klanttypen,
        "totals": {"klanttypen": len(klanttypen), "dromen": n_dromen,
                   "elementen": n_elementen},
    }


def render_html(result: GenerationResult, **_options: object) -> bytes:
    return _template().render(page_context(result)).encode("utf-8")


EXPORTER = Exporter(
    name="html",
    extension="html",
    binary=False,
    description="een losse, printbare webpagina met inhoudsopgave",
    render=render_html,
)
