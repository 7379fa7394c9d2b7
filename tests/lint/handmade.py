"""Hand-made spaCy Docs for rule tests that are about a rule, not about the model."""

from __future__ import annotations

import functools

import spacy
from spacy.tokens import Doc

# CGN tag -> (UD pos, morph) for the few tags these tests use
_POS = {"WW": "VERB", "VNW": "PRON", "N": "NOUN", "ADJ": "ADJ", "LID": "DET", "VZ": "ADP",
        "BW": "ADV", "LET": "PUNCT", "VG": "CCONJ", "TW": "NUM", "SPEC": "PROPN"}


@functools.cache
def _vocab():  # type: ignore[no-untyped-def]
    return spacy.blank("nl").vocab


def _morph(tag: str) -> str:
    parts = tag.split("|")
    if parts[0] != "WW":
        return ""
    if parts[1] == "pv":
        tense = "Past" if parts[2] == "verl" else "Pres"
        return f"Tense={tense}|VerbForm=Fin"
    return {"vd": "VerbForm=Part", "inf": "VerbForm=Inf"}.get(parts[1], "")


def make_doc(spec: str) -> Doc:
    """Build a Doc from "word/TAG/head/dep/lemma" items separated by spaces.

    ``head`` is the 0-based index of the head (the root points to itself); ``lemma`` may be
    left out (then the lower-cased word). Example: "Heb/WW|pv|tgw|ev/0/ROOT/hebben".
    """
    words, tags, heads, deps, lemmas = [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        words.append(parts[0])
        tags.append(parts[1])
        heads.append(int(parts[2]))
        deps.append(parts[3])
        lemmas.append(parts[4] if len(parts) > 4 else parts[0].lower())
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", "?", "!"}
              for i in range(len(words))]
    pos = [_POS.get(t.split("|")[0], "X") for t in tags]
    for i, t in enumerate(tags):
        if t.startswith("WW") and deps[i].startswith("aux") or deps[i] == "cop":
            pos[i] = "AUX"
    sent_starts = [i == 0 for i in range(len(words))]
    return Doc(_vocab(), words=words, spaces=spaces, tags=tags, pos=pos,
               morphs=[_morph(t) for t in tags], heads=heads, deps=deps, lemmas=lemmas,
               sent_starts=sent_starts)
