"""``dreamcontent zelftoets``: the WHY self-test of the dream method.

Seven statements, each scored 1 to 10. Every score below :data:`DREMPEL` gets concrete advice
that points back to the dream file (which dreams, which elements) and to the commands that help
(``dreamcontent check``, ``dreamcontent purpose``, ``dreamcontent generate``). Scores come from a
terminal session (the CLI asks) or from a YAML answer file, validated here with file:line
messages. Library code: no printing, no exits.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dreamcontent.errors import ConfigError
from dreamcontent.io import read_text_file
from dreamcontent.method.purpose import droom_in_zin
from dreamcontent.method.words import join_nl
from dreamcontent.model import Dimensie, DreamFile, Element

#: Scores below this get advice.
DREMPEL = 8
LAAGSTE, HOOGSTE = 1, 10


@dataclass(frozen=True)
class Stelling:
    key: str
    tekst: str


STELLINGEN: tuple[Stelling, ...] = (
    Stelling("dromen-en-bijdrage",
             "We kennen de dromen van onze klanten en weten meetbaar wat wij bijdragen om ze "
             "waar te maken."),
    Stelling("purpose-met-trots",
             "Iedere collega kan onze purpose uitleggen, en doet dat met trots."),
    Stelling("werk-voor-de-droom",
             "Ons dagelijkse werk is gericht op de droom van de klant."),
    Stelling("weinig-prijsdiscussie",
             "We belanden zelden in een discussie over de prijs."),
    Stelling("gezonde-marge",
             "Onze marge is gezond, nu en over vijf jaar."),
    Stelling("geen-grootheidswaan",
             "Onze purpose is vrij van grootheidswaan."),
    Stelling("klant-voelt-verbonden",
             "Elke klant begrijpt onze purpose en voelt zich sterker met ons verbonden dan met "
             "onze concurrenten."),
)
KEYS: tuple[str, ...] = tuple(s.key for s in STELLINGEN)


# --------------------------------------------------------------------------------------------
# the answer file


def answer_template() -> str:
    """A commented YAML answer file to fill in (every statement as a comment above its key)."""
    lines = [
        "# Antwoorden voor de WHY-zelftoets van dreamcontent.",
        f"# Geef elke stelling een heel getal van {LAAGSTE} (helemaal niet waar) tot "
        f"{HOOGSTE} (helemaal waar).",
        "# Gebruik: dreamcontent zelftoets --antwoorden dit-bestand.yaml",
        "",
    ]
    for i, s in enumerate(STELLINGEN, start=1):
        lines.append(f"# {i}. {s.tekst}")
        lines.append(f"{s.key}: ")
        lines.append("")
    return "\n".join(lines)


def answers_yaml(scores: dict[str, int]) -> str:
    """A filled-in answer file (same layout as :func:`answer_template`)."""
    out = []
    for line in answer_template().splitlines():
        key = line[:-2] if line.endswith(": ") else None
        out.append(f"{key}: {scores[key]}" if key in scores else line)
    return "\n".join(out) + "\n"


def parse_answers(text: str, path: str = "<tekst>") -> dict[str, int]:
    """Validate an answer file: exactly the seven keys, each a whole number from 1 to 10.

    All problems are collected; the ConfigError lists them one per line as
    ``file:line:col: message``.
    """
    problems: list[tuple[int, int, str]] = []

    def problem(node: yaml.Node | None, message: str) -> None:
        if node is None:
            problems.append((0, 0, message))
        else:
            problems.append((node.start_mark.line + 1, node.start_mark.column + 1, message))

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else path
        raise ConfigError(f"{where}: dit is geen geldige YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: dit is geen geldige YAML ({exc})") from None
    if root is None:
        raise ConfigError(f"{path}: het antwoordbestand is leeg; maak een sjabloon met "
                          "'dreamcontent zelftoets --sjabloon'")
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{path}:{root.start_mark.line + 1}:{root.start_mark.column + 1}: "
                          "het antwoordbestand moet per regel 'stelling: score' bevatten")
    scores: dict[str, int] = {}
    for knode, vnode in root.value:
        key = knode.value if isinstance(knode, yaml.ScalarNode) else None
        if not isinstance(key, str) or key not in KEYS:
            hint = difflib.get_close_matches(str(key), KEYS, n=1)
            tip = f" — bedoel je '{hint[0]}'?" if hint else f"; kies uit: {', '.join(KEYS)}"
            problem(knode, f"onbekende stelling '{key}'{tip}")
            continue
        if key in scores:
            problem(knode, f"'{key}' staat er twee keer in")
            continue
        if not (isinstance(vnode, yaml.ScalarNode) and vnode.tag == "tag:yaml.org,2002:int"):
            if not isinstance(vnode, yaml.ScalarNode):
                shown = "een lijst of blok"
            elif vnode.style in ("'", '"'):
                shown = f"tekst {vnode.style}{vnode.value}{vnode.style}; schrijf het getal " \
                        "zonder aanhalingstekens"
            else:
                shown = vnode.value or "leeg"
            problem(vnode, f"'{key}' moet een heel getal van {LAAGSTE} tot {HOOGSTE} zijn "
                           f"(gevonden: {shown})")
            scores.setdefault(key, -1)
            continue
        value = int(yaml.safe_load(vnode.value))
        if not LAAGSTE <= value <= HOOGSTE:
            problem(vnode, f"'{key}' moet een heel getal van {LAAGSTE} tot {HOOGSTE} zijn "
                           f"(gevonden: {value})")
            scores.setdefault(key, -1)
            continue
        scores[key] = value
    missing = [k for k in KEYS if k not in scores]
    if missing:
        problem(None, f"{'ontbreekt' if len(missing) == 1 else 'ontbreken'}: "
                      f"{join_nl([repr(k) for k in missing])}")
    if problems:
        problems.sort(key=lambda p: (p[0] == 0, p[0], p[1]))
        lines = [f"{path}:{ln}:{col}: {msg}" if ln else f"{path}: {msg}"
                 for ln, col, msg in problems]
        raise ConfigError("\n".join(lines))
    return {k: scores[k] for k in KEYS}


def load_answers(path: str | Path) -> dict[str, int]:
    return parse_answers(read_text_file(path), str(path))


# --------------------------------------------------------------------------------------------
# advice


@dataclass
class Uitslag:
    stelling: Stelling
    score: int
    advies: list[str]

    @property
    def laag(self) -> bool:
        return self.score < DREMPEL


@dataclass
class ZelftoetsRapport:
    uitslagen: list[Uitslag]
    droombestand: str | None

    @property
    def gemiddelde(self) -> float:
        return sum(u.score for u in self.uitslagen) / len(self.uitslagen)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "drempel": DREMPEL,
            "droombestand": self.droombestand,
            "gemiddelde": round(self.gemiddelde, 2),
            "stellingen": [
                {
                    "nummer": i,
                    "sleutel": u.stelling.key,
                    "stelling": u.stelling.tekst,
                    "score": u.score,
                    "advies": u.advies,
                }
                for i, u in enumerate(self.uitslagen, start=1)
            ],
        }


def _names(elements: list[Element], n: int = 3) -> str:
    return join_nl([f"'{e.naam}' (impact {e.impact})" for e in elements[:n]])


def _ranked(elements: list[Element]) -> list[Element]:
    return sorted(elements, key=lambda e: (-e.impact, e.index))


def _advies(key: str, dream: DreamFile | None) -> list[str]:
    """Concrete advice for a low score on the statement ``key``."""
    f = dream.path if dream else "DROOMBESTAND"
    elems = [e for kt in dream.klanttypen for d in kt.dromen for e in d.elementen] if dream else []
    dromen = [(kt, d) for kt in dream.klanttypen for d in kt.dromen] if dream else []
    out: list[str] = []
    if key == "dromen-en-bijdrage":
        if dream:
            out.append(f"In {f} staan {len(dromen)} dromen van {len(dream.klanttypen)} "
                       "klanttypen; ga na of dat alle klanttypen zijn die jullie bedienen.")
        else:
            out.append(f"Leg per klanttype de dromen en hun elementen vast in {f} en geef elk "
                       "element een impact van 1 tot 10: dan meet je wat jullie bijdragen.")
        if dream:
            zonder = [d.droom for _, d in dromen if d.concurrent_elementen is None]
            if zonder:
                out.append("Vul concurrent_elementen in bij: "
                           + join_nl([f"'{x}'" for x in zonder]) + ".")
            zelf = [e for e in elems if not e.partner]
            out.append(f"Jullie leveren zelf {len(zelf)} van de {len(elems)} elementen; "
                       "spreek per element af hoe je meet of het de klant dichter bij de droom "
                       "brengt.")
        out.append(f"Draai 'dreamcontent check {f}' voor ontbrekende dimensies en latente "
                   "elementen.")
    elif key == "purpose-met-trots":
        out.append(f"Maak concepten met 'dreamcontent purpose {f}', kies er samen één en laat "
                   "elke collega hem in eigen woorden navertellen.")
        if dream and dromen:
            kt, d = dromen[0]
            out.append(f"Begin bij een echte droom, zoals die van de {kt.naam}: '{d.droom}'.")
    elif key == "werk-voor-de-droom":
        zelf = _ranked([e for e in elems if not e.partner])
        if zelf:
            out.append("Koppel het dagelijkse werk aan de elementen die jullie zelf leveren, "
                       f"te beginnen met {_names(zelf)}.")
        else:
            out.append(f"Zet in {f} bij elk element of jullie het zelf leveren of een partner; "
                       "koppel het dagelijkse werk aan de elementen die jullie zelf leveren.")
        out.append(f"Bespreek in het werkoverleg de vragen uit 'dreamcontent generate {f}': "
                   "welke taak van deze week helpt welke droom?")
    elif key == "weinig-prijsdiscussie":
        latent = _ranked([e for e in elems if e.latent and e.impact >= 7])
        if latent:
            out.append("Praat niet over het product maar over latente elementen met een hoge "
                       f"impact: {_names(latent)}.")
        elif dream:
            out.append(f"{f} heeft nog geen latente elementen met impact 7 of hoger; zoek "
                       "behoeften die de klant zelf nog niet noemt en zet latent: true.")
        else:
            out.append(f"Zoek in {f} de latente elementen (latent: true) met de hoogste "
                       "impact: daar praat je over waarde in plaats van prijs.")
        out.append(f"Stel de gegenereerde vragen uit 'dreamcontent generate {f}' in "
                   "verkoopgesprekken, vóór je een offerte maakt.")
    elif key == "gezonde-marge":
        out.append("Marge komt van iets meer bieden dan de concurrent, niet van een lagere prijs.")
        if dream:
            krap = [d.droom for _, d in dromen if d.concurrent_elementen is not None
                    and len(d.elementen) <= d.concurrent_elementen]
            if krap:
                out.append("Je biedt niet meer dan de concurrent bij: "
                           + join_nl([f"'{x}'" for x in krap]) + ".")
            partners = sorted({e.partner for e in elems if e.partner})
            out.append(f"{len(partners)} partner{'s' if len(partners) != 1 else ''} leveren "
                       "nu elementen; laat partners leveren wat jullie niet zelf hoeven te "
                       "maken en besteed jullie tijd aan de elementen met de hoogste impact.")
        out.append(f"'dreamcontent check {f}' meldt te-weinig-elementen waar je niet meer "
                   "biedt dan de concurrent.")
    elif key == "geen-grootheidswaan":
        out.append(f"Toets jullie purpose met 'dreamcontent purpose {f} --toets \"...\"' en "
                   "vervang woorden als wereld, planeet en revolutie door de droom van een "
                   "klanttype.")
        if dream and dromen:
            kt, d = dromen[0]
            out.append(f"Dicht bij de klant klinkt zo: 'Wij brengen de {kt.naam} dichter bij "
                       f"{droom_in_zin(d.droom)}' — en niet: 'Wij maken de wereld beter'.")
    elif key == "klant-voelt-verbonden":
        verbonden = _ranked([e for e in elems if e.dimensie == Dimensie.VERBONDENHEID])
        if verbonden:
            out.append("Laat de klant de purpose terugzien in elementen van de dimensie "
                       f"verbondenheid, zoals {_names(verbonden)}.")
        elif dream:
            out.append(f"{f} heeft geen elementen met dimensie: verbondenheid; voeg ze toe.")
        out.append(f"Publiceer content over de droom van de klant ('dreamcontent generate {f}') "
                   "en eindig elk stuk met een vraag die de klant aan het denken zet.")
    return out


def evaluate(scores: dict[str, int], dream: DreamFile | None = None) -> ZelftoetsRapport:
    """Score report with advice for every score below :data:`DREMPEL`."""
    uitslagen = []
    for s in STELLINGEN:
        score = scores[s.key]
        if not LAAGSTE <= score <= HOOGSTE:
            raise ConfigError(f"score voor '{s.key}' moet van {LAAGSTE} tot {HOOGSTE} zijn "
                              f"(gevonden: {score})")
        advies = _advies(s.key, dream) if score < DREMPEL else []
        uitslagen.append(Uitslag(s, score, advies))
    return ZelftoetsRapport(uitslagen, dream.path if dream else None)


def format_zelftoets(rap: ZelftoetsRapport) -> str:
    lines = ["WHY-zelftoets", "============="]
    if rap.droombestand:
        lines.append(f"Advies op basis van: {rap.droombestand}")
    for i, u in enumerate(rap.uitslagen, start=1):
        teken = "!" if u.laag else " "
        lines += ["", f"{teken} {i}. {u.stelling.tekst}", f"     score: {u.score}/10"]
        lines += [f"     - {a}" for a in u.advies]
    laag = sum(1 for u in rap.uitslagen if u.laag)
    lines += ["", f"Gemiddelde: {rap.gemiddelde:.1f}. "
              + (f"{laag} stelling{'en' if laag != 1 else ''} onder de {DREMPEL}: begin bij de "
                 "laagste score." if laag else f"Alle stellingen {DREMPEL} of hoger.")]
    if laag and not rap.droombestand:
        lines.append("Tip: geef je droombestand mee (--droombestand) voor advies over jullie "
                     "eigen dromen en elementen.")
    return "\n".join(lines) + "\n"
