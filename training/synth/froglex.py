"""Verb breadth from Frog's tagger lexicon, checked against our own morphology.

Frog (Debian ``frogdata``, GPL-3) ships the word list its tagger was trained with, each form
with the CGN tags it received and how often. At *training-data build time* only, this module
reads that list to find weak verbs whose whole paradigm, as ``morph.Verb`` generates it, is
attested with the matching tag: the plural present (``WW|pv|tgw|mv``), the third-person
present (``met-t``), the past singular and the participle. Only the infinitives (and the
particle split) are kept, in ``frog_verbs.txt``; every form the generator writes comes from
our morphology. Nothing of Frog is shipped or used at run time.

    python -m training.synth.froglex      # rewrite training/synth/frog_verbs.txt
"""

from __future__ import annotations

import functools
import re
import sys
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from training.synth.morph import Verb  # noqa: E402

FROG_LEXICON = Path("/usr/share/frog/nld/Frog.mbt.1.0.lex")
OUT = Path(__file__).resolve().parent / "frog_verbs.txt"
# Separable particles, longest first so that "terug" wins over "te".
PARTICLES = sorted(
    ["aan", "af", "bij", "binnen", "buiten", "door", "in", "mee", "na", "neer", "om", "op",
     "over", "rond", "samen", "tegen", "terug", "thuis", "toe", "uit", "voor", "vast", "los",
     "weg", "achter", "dicht", "open", "vrij", "kapot", "schoon", "bekend", "goed", "tegemoet",
     "voorbij", "voort", "teweeg", "plaats", "deel", "stil", "klaar"],
    key=len, reverse=True)
INSEP = ("be", "ge", "ver", "ont", "her", "er", "onder", "over", "door", "mis", "vol", "achter",
         "om", "voor")
WORD = re.compile(r"^[a-z]{4,}$")
MIN_COUNT = 1  # a form must carry the tag at least this often in Frog's lexicon

# Strong and irregular verbs of Dutch (base: past singular, past plural, participle), from
# the standard grammar; a compound (aanbieden, verbieden, opschrijven) inherits the pattern
# of its base and is kept only when Frog's lexicon attests its forms.
STRONG = {
    "bakken": "bakte,bakten,gebakken", "bederven": "bedierf,bedierven,bedorven",
    "bedriegen": "bedroog,bedrogen,bedrogen", "beginnen": "begon,begonnen,begonnen",
    "bergen": "borg,borgen,geborgen", "bewegen": "bewoog,bewogen,bewogen",
    "bidden": "bad,baden,gebeden", "bieden": "bood,boden,geboden",
    "binden": "bond,bonden,gebonden", "blijken": "bleek,bleken,gebleken",
    "blijven": "bleef,bleven,gebleven", "blinken": "blonk,blonken,geblonken",
    "breken": "brak,braken,gebroken", "brengen": "bracht,brachten,gebracht",
    "buigen": "boog,bogen,gebogen", "denken": "dacht,dachten,gedacht",
    "doen": "deed,deden,gedaan", "dragen": "droeg,droegen,gedragen",
    "drijven": "dreef,dreven,gedreven", "dringen": "drong,drongen,gedrongen",
    "drinken": "dronk,dronken,gedronken", "duiken": "dook,doken,gedoken",
    "dwingen": "dwong,dwongen,gedwongen", "eten": "at,aten,gegeten",
    "gaan": "ging,gingen,gegaan", "gelden": "gold,golden,gegolden",
    "genieten": "genoot,genoten,genoten", "geven": "gaf,gaven,gegeven",
    "gieten": "goot,goten,gegoten", "glijden": "gleed,gleden,gegleden",
    "graven": "groef,groeven,gegraven", "grijpen": "greep,grepen,gegrepen",
    "hangen": "hing,hingen,gehangen", "heffen": "hief,hieven,geheven",
    "helpen": "hielp,hielpen,geholpen", "houden": "hield,hielden,gehouden",
    "kiezen": "koos,kozen,gekozen", "kijken": "keek,keken,gekeken",
    "klimmen": "klom,klommen,geklommen", "klinken": "klonk,klonken,geklonken",
    "komen": "kwam,kwamen,gekomen", "kopen": "kocht,kochten,gekocht",
    "krijgen": "kreeg,kregen,gekregen", "krimpen": "kromp,krompen,gekrompen",
    "laden": "laadde,laadden,geladen", "laten": "liet,lieten,gelaten",
    "lezen": "las,lazen,gelezen", "liegen": "loog,logen,gelogen",
    "liggen": "lag,lagen,gelegen", "lijden": "leed,leden,geleden",
    "lijken": "leek,leken,geleken", "lopen": "liep,liepen,gelopen",
    "meten": "mat,maten,gemeten", "nemen": "nam,namen,genomen",
    "prijzen": "prees,prezen,geprezen", "raden": "raadde,raadden,geraden",
    "rijden": "reed,reden,gereden", "rijzen": "rees,rezen,gerezen",
    "roepen": "riep,riepen,geroepen", "ruiken": "rook,roken,geroken",
    "scheiden": "scheidde,scheidden,gescheiden", "schenken": "schonk,schonken,geschonken",
    "scheppen": "schiep,schiepen,geschapen", "schieten": "schoot,schoten,geschoten",
    "schijnen": "scheen,schenen,geschenen", "schrijven": "schreef,schreven,geschreven",
    "schrikken": "schrok,schrokken,geschrokken", "schuiven": "schoof,schoven,geschoven",
    "slaan": "sloeg,sloegen,geslagen", "slapen": "sliep,sliepen,geslapen",
    "sluiten": "sloot,sloten,gesloten", "smijten": "smeet,smeten,gesmeten",
    "snijden": "sneed,sneden,gesneden", "spreken": "sprak,spraken,gesproken",
    "springen": "sprong,sprongen,gesprongen", "staan": "stond,stonden,gestaan",
    "steken": "stak,staken,gestoken", "stelen": "stal,stalen,gestolen",
    "sterven": "stierf,stierven,gestorven", "stijgen": "steeg,stegen,gestegen",
    "stoten": "stootte,stootten,gestoten", "strijden": "streed,streden,gestreden",
    "trekken": "trok,trokken,getrokken", "treden": "trad,traden,getreden",
    "vallen": "viel,vielen,gevallen", "vangen": "ving,vingen,gevangen",
    "varen": "voer,voeren,gevaren", "vechten": "vocht,vochten,gevochten",
    "verliezen": "verloor,verloren,verloren", "vinden": "vond,vonden,gevonden",
    "vliegen": "vloog,vlogen,gevlogen", "vragen": "vroeg,vroegen,gevraagd",
    "vriezen": "vroor,vroren,gevroren", "wassen": "waste,wasten,gewassen",
    "wegen": "woog,wogen,gewogen", "werpen": "wierp,wierpen,geworpen",
    "werven": "wierf,wierven,geworven", "wijken": "week,weken,geweken",
    "wijten": "weet,weten,geweten", "wijzen": "wees,wezen,gewezen",
    "weten": "wist,wisten,geweten", "winden": "wond,wonden,gewonden",
    "winnen": "won,wonnen,gewonnen",
    "zenden": "zond,zonden,gezonden", "zien": "zag,zagen,gezien",
    "zingen": "zong,zongen,gezongen", "zinken": "zonk,zonken,gezonken",
    "zitten": "zat,zaten,gezeten", "zoeken": "zocht,zochten,gezocht",
    "zuigen": "zoog,zogen,gezogen", "zwemmen": "zwom,zwommen,gezwommen",
    "zweren": "zwoer,zwoeren,gezworen", "zwijgen": "zweeg,zwegen,gezwegen",
}


def read_lexicon(path: Path = FROG_LEXICON) -> dict[str, dict[str, int]]:
    """form -> {CGN tag in treebank notation: count}."""
    out: dict[str, dict[str, int]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 3 or not WORD.match(parts[1]):
                continue
            tags: dict[str, int] = defaultdict(int)
            for item in parts[2:]:
                tag, _, count = item.rpartition(":")
                head, _, rest = tag.partition("(")
                rest = rest.rstrip(")")
                tags[head + ("|" + rest.replace(",", "|") if rest else "")] += int(count)
            out[parts[1]] = dict(tags)
    return out


def _has(lex: dict[str, dict[str, int]], form: str, prefix: str) -> bool:
    return sum(c for t, c in lex.get(form, {}).items() if t.startswith(prefix)) >= MIN_COUNT


def _strong(inf: str) -> list[Verb]:
    """``inf`` as a strong base, a particle + strong base or an inseparable prefix + base."""
    out = []
    for base, forms in STRONG.items():
        if not inf.endswith(base):
            continue
        past, past_pl, part = forms.split(",")
        head = inf[: -len(base)]
        if not head:
            out.append(Verb(inf=inf, strong=(past, past_pl, part)))
        elif head in PARTICLES:
            out.append(Verb(inf=inf, prt=head, strong=(past, past_pl, part)))
        elif head in ("be", "ge", "ver", "ont", "her", "er", "onder", "over", "door", "mis",
                      "om", "voor", "achter"):
            bare = part[2:] if part.startswith("ge") else part
            out.append(Verb(inf=inf, insep=True,
                            strong=(head + past, head + past_pl, head + bare)))
    return out


def _candidates(inf: str, lex: dict[str, dict[str, int]]) -> list[Verb]:
    out = _strong(inf)
    for prt in PARTICLES:
        if inf.startswith(prt) and len(inf) - len(prt) >= 4:
            out.append(Verb(inf=inf, prt=prt, insep=inf[len(prt):].startswith(INSEP)))
    out.append(Verb(inf=inf, insep=inf.startswith(INSEP)))
    out.append(Verb(inf=inf, insep=not inf.startswith(INSEP)))
    if inf[-4:] in ("eren", "elen", "enen", "emen"):  # stressed: accepteren -> accepteer
        stem = inf[:-4] + "ee" + inf[-3]
        out.append(Verb(inf=inf, insep=True, stem_override=stem))
        out.append(Verb(inf=inf, insep=False, stem_override=stem))
    return out


def attested(verb: Verb, lex: dict[str, dict[str, int]]) -> bool:
    """The third-person present, the participle and a past form of ``verb``, as our
    morphology writes them, occur in Frog's lexicon with the matching tag."""
    try:
        met_t = verb.present("3")
        past = verb.past(False)
        part = verb.participle()
    except IndexError:
        return False
    if verb.present_tag("3") != "WW|pv|tgw|met-t":
        return False  # stems in -t: the 3rd person equals the stem; too little to check
    if not (_has(lex, met_t, "WW|pv|tgw|met-t") and _has(lex, part, "WW|vd")):
        return False
    return _has(lex, past, "WW|pv|verl|ev") or _has(lex, verb.past(True), "WW|pv|verl|mv")


def attested_verbs(lex: dict[str, dict[str, int]]) -> list[Verb]:
    """Infinitives of Frog's lexicon (mostly tagged as verbs) with one analysis whose forms
    are all attested; the first analysis that passes wins (strong ones first)."""
    out = []
    for form, tags in sorted(lex.items()):
        if not form.endswith("en") or tags.get("WW|inf|vrij|zonder", 0) < 3:
            continue
        inf_share = sum(c for t, c in tags.items() if t.startswith("WW")) / sum(tags.values())
        if inf_share < 0.8:
            continue  # also a common noun or adjective: leave to the hand-made lexicon
        for verb in _candidates(form, lex):
            if attested(verb, lex):
                out.append(verb)
                break
    return out


def write(verbs: list[Verb], path: Path = OUT) -> None:
    lines = [f"{v.inf}\t{v.prt}\t{int(v.insep)}\t{v.stem_override or ''}\t"
             + (",".join(v.strong) if v.strong else "") for v in verbs]
    path.write_text("# infinitive\tparticle\tinseparable\tstem if not regular\t"
                    "strong past,past plural,participle (see froglex.py)\n"
                    + "\n".join(lines) + "\n", encoding="utf-8")


def load(path: Path = OUT) -> list[Verb]:
    verbs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        inf, prt, insep, stem, strong = line.split("\t")
        verbs.append(Verb(inf=inf, prt=prt, insep=insep == "1", stem_override=stem or None,
                          strong=tuple(strong.split(",")) if strong else None,  # type: ignore[arg-type]
                          objs=("TB",), frames=("tr",)))
    return verbs


@functools.lru_cache(maxsize=1)
def frog_verbs() -> list[Verb]:
    """The committed list (``frog_verbs.txt``) minus verbs of the hand-made lexicon."""
    from training.synth.lexicon import VERB

    return [v for v in load() if v.inf not in VERB]


def main() -> int:
    verbs = attested_verbs(read_lexicon())
    write(verbs)
    print(f"{len(verbs)} verbs -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
