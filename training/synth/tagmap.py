"""The CGN tag -> (UPOS, FEATS) mapping, extracted from the UD Dutch treebanks.

For every XPOS (CGN tag) the treebank files give the UPOS values it occurs with and, per
(XPOS, UPOS) pair, the FEATS string. We take the most frequent FEATS per pair (ignoring the
``ExtPos`` feature, which marks multiword expressions) and the most frequent UPOS per tag.

A handful of genuine CGN tags that marketing Dutch needs never occur in the three treebank
files (formal "uw", object "u", possessive "jullie"). They are listed in ``EXTRA_TAGS`` with
features derived by analogy from their closest treebank neighbour, and the tests accept them
explicitly.
"""

from __future__ import annotations

import functools
import os
from collections import Counter, defaultdict
from pathlib import Path

UD_DIR = Path(os.environ.get("DREAMCONTENT_UD_DIR", "/work/shared/ud-dutch"))
UD_FILES = ("nl_alpino-ud-dev.conllu", "nl_alpino-ud-test.conllu", "nl_lassysmall-ud-dev.conllu")

#: CGN tags absent from the treebank files: tag -> (UPOS, FEATS). Tag spelling as Frog emits it.
EXTRA_TAGS: dict[str, tuple[str, str]] = {
    # "uw": like je/jouw (VNW|bez|det|stan|red|2v|ev|...) but person 2 without v/b.
    "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr": ("PRON", "Person=2|Poss=Yes|PronType=Prs"),
    # object "u" ("Wij bellen u"): like object "je" (VNW|pr|pron|obl|red|2v|getal).
    "VNW|pr|pron|obl|vol|2|getal": ("PRON", "Case=Acc|Person=2|PronType=Prs"),
    # possessive "jullie": like "je" possessive.
    "VNW|bez|det|stan|nadr|2v|mv|prenom|zonder|agr": ("PRON", "Person=2|Poss=Yes|PronType=Prs"),
    # possessive "haar" (zij): like "zijn" possessive.
    "VNW|bez|det|stan|vol|3v|ev|prenom|zonder|agr": ("PRON", "Person=3|Poss=Yes|PronType=Prs"),
}


def _strip_extpos(feats: str) -> str:
    parts = [f for f in feats.split("|") if f and f != "_" and not f.startswith("ExtPos=")]
    return "|".join(parts) if parts else "_"


@functools.lru_cache(maxsize=1)
def treebank_tables() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(xpos -> most frequent UPOS, (xpos, upos) -> most frequent FEATS) from the treebanks."""
    upos_count: dict[str, Counter[str]] = defaultdict(Counter)
    feats_count: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for name in UD_FILES:
        with open(UD_DIR / name, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) != 10 or not cols[0].isdigit() or cols[4] == "_":
                    continue
                upos_count[cols[4]][cols[3]] += 1
                feats_count[(cols[4], cols[3])][_strip_extpos(cols[5])] += 1
    upos = {tag: c.most_common(1)[0][0] for tag, c in upos_count.items()}
    feats = {key: c.most_common(1)[0][0] for key, c in feats_count.items()}
    for tag, (u, f) in EXTRA_TAGS.items():
        upos.setdefault(tag, u)
        feats.setdefault((tag, u), f)
    return upos, feats


def known_tags() -> set[str]:
    return set(treebank_tables()[0])


def upos_for(xpos: str) -> str:
    try:
        return treebank_tables()[0][xpos]
    except KeyError:
        raise KeyError(f"CGN tag not in the treebank tag set: {xpos}") from None


def feats_for(xpos: str, upos: str) -> str:
    upos_map, feats = treebank_tables()
    if (xpos, upos) in feats:
        return feats[(xpos, upos)]
    if xpos not in upos_map:
        raise KeyError(f"CGN tag not in the treebank tag set: {xpos}")
    # AUX/VERB pairs share their features; fall back to the tag's main UPOS.
    return feats[(xpos, upos_map[xpos])]
