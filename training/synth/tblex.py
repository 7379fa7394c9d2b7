"""Extra vocabulary taken from the UD Dutch treebanks, for lexical variety.

The hand-made lexicon gives sensible verb-object pairs; these lists add breadth so that the
pipeline learns "je + <any noun>" and "<any verb> jij" from context instead of memorising a
few hundred words. Only facts are taken: a noun's gender and plural as observed, an
adjective's inflected form, and weak/strong verb forms that our morphology reproduces
exactly (a verb is kept only if every form observed in the treebank equals the form
``morph.Verb`` generates, which doubles as a test of the morphology).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from training.synth.lexicon import VERB, Noun
from training.synth.morph import Verb, adj_e
from training.synth.tagmap import UD_DIR, UD_FILES

WORD = re.compile(r"^[a-zë]{3,}$")
# Verbs never seen with an object that are plain intransitives with hebben (many others need
# a prepositional object, an object after all, or zijn in the perfect).
INTRANSITIVE_OK = {"balen", "deugen", "draaien", "gokken", "klagen", "lachen", "leven", "scoren",
                   "wonen", "reizen", "passen"}
INSEP = ("be", "ge", "ver", "ont", "her", "er", "onder", "over", "door", "mis")


def _is_train_sentence(index: int) -> bool:
    """The pipeline's deterministic treebank split (dreamcontent.nl.training.split_of): every
    10th sentence is test, every 20th from the 6th on is dev. Vocabulary is taken from the train
    part only, so that the held-out treebank scores stay honest."""
    return index % 10 != 0 and index % 20 != 5


def _rows():  # type: ignore[no-untyped-def]
    for name in UD_FILES:
        with open(UD_DIR / name, encoding="utf-8") as handle:
            index, in_sentence = 0, False
            for line in handle:
                cols = line.rstrip("\n").split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    in_sentence = True
                    if _is_train_sentence(index):
                        yield cols
                elif not line.strip() and in_sentence:
                    index += 1
                    in_sentence = False


@functools.lru_cache(maxsize=1)
def treebank_nouns() -> list[Noun]:
    sg_gender: dict[str, Counter[str]] = defaultdict(Counter)
    plural: dict[str, Counter[str]] = defaultdict(Counter)
    for cols in _rows():
        form, lemma, xpos = cols[1], cols[2].replace("_", ""), cols[4]
        if not WORD.match(form) or not WORD.match(lemma):
            continue
        if xpos == "N|soort|ev|basis|zijd|stan" and form == lemma:
            sg_gender[lemma]["de"] += 1
        elif xpos == "N|soort|ev|basis|onz|stan" and form == lemma:
            sg_gender[lemma]["het"] += 1
        elif xpos == "N|soort|mv|basis":
            plural[lemma][form] += 1
    out = []
    for lemma, genders in sorted(sg_gender.items()):
        if len(genders) > 1 or not plural[lemma]:
            continue  # keep count nouns with an observed plural only
        gender = next(iter(genders))
        pl = plural[lemma].most_common(1)[0][0] if plural[lemma] else "-"
        out.append(Noun(lemma, gender, pl, "TB", mass=pl == "-"))
    return out


@functools.lru_cache(maxsize=1)
def treebank_adjectives() -> list[str]:
    """Adjective lemmas whose observed -e form equals ``adj_e(lemma)``."""
    seen: dict[str, set[str]] = defaultdict(set)
    for cols in _rows():
        if cols[4] == "ADJ|prenom|basis|met-e|stan" and WORD.match(cols[2]):
            seen[cols[2]].add(cols[1].lower())
    return sorted(lemma for lemma, forms in seen.items() if forms == {adj_e(lemma)})


def _lemmas_with_object() -> set[str]:
    """Verb lemmas that have a nominal ``obj`` dependent somewhere in the treebanks."""
    out: set[str] = set()
    sent: list[list[str]] = []
    for cols in _rows():
        if cols[0] == "1" and sent:
            out |= _objects_in(sent)
            sent = []
        sent.append(cols)
    if sent:
        out |= _objects_in(sent)
    return out


def _objects_in(sent: list[list[str]]) -> set[str]:
    found = set()
    for cols in sent:
        if cols[7] == "obj" and cols[3] in ("NOUN", "PROPN", "PRON"):
            head = int(cols[6])
            if head and sent[head - 1][4].startswith("WW"):
                found.add(sent[head - 1][2])
    return found


def _candidate(lemma: str, participle: str | None) -> Verb:
    prt = ""
    if "_" in lemma:
        prt, lemma_base = lemma.split("_", 1)
        lemma = prt + lemma_base
    insep = False
    if participle:
        base_part = participle[len(prt):] if prt and participle.startswith(prt) else participle
        insep = not base_part.startswith("ge")
    else:
        insep = lemma[len(prt):].startswith(INSEP)
    return Verb(inf=lemma, prt=prt, insep=insep, objs=("TB",), frames=("tr",))


@functools.lru_cache(maxsize=1)
def treebank_verbs() -> list[Verb]:
    """Weak verbs seen with an object whose every observed form we reproduce."""
    return [v for v in _checked_verbs() if "tr" in v.frames]


@functools.lru_cache(maxsize=1)
def treebank_intransitive_verbs() -> list[Verb]:
    """Weak verbs never seen with an object (used without one) whose forms we reproduce."""
    return [v for v in _checked_verbs() if "intr" in v.frames and v.inf in INTRANSITIVE_OK]


@functools.lru_cache(maxsize=1)
def _checked_verbs() -> list[Verb]:
    forms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with_obj = _lemmas_with_object()
    for cols in _rows():
        lemma, xpos, form = cols[2], cols[4], cols[1].lower()
        if not re.match(r"^[a-z]+(_[a-z]+)?$", lemma) or not xpos.startswith("WW"):
            continue
        forms[lemma].add((xpos, form))
    out = []
    for lemma, observed in sorted(forms.items()):
        if lemma.replace("_", "") in VERB or lemma in ("zijn", "hebben", "worden"):
            continue
        part = next((f for x, f in observed if x == "WW|vd|vrij|zonder"), None)
        verb = _candidate(lemma, part)
        if verb.inf in VERB or not verb.inf.endswith("en"):
            continue
        ok = True
        checked = 0
        if not any(x in ("WW|pv|verl|ev", "WW|pv|verl|mv", "WW|vd|vrij|zonder")
                   for x, _ in observed):
            continue  # a strong verb would pass unnoticed without a past or participle
        for xpos, form in observed:
            expect = None
            if xpos == "WW|inf|vrij|zonder":
                expect = verb.inf if not verb.prt else None  # te + base is also possible
            elif xpos == "WW|pv|verl|ev":
                expect = verb.past(False)
            elif xpos == "WW|pv|verl|mv":
                expect = verb.past(True)
            elif xpos == "WW|vd|vrij|zonder":
                expect = verb.participle()
            elif xpos == "WW|pv|tgw|met-t":
                expect = verb.present("3")
            elif xpos == "WW|pv|tgw|mv":
                expect = verb.base
            if expect is None:
                continue
            checked += 1
            if form not in (expect, verb.prt + expect):
                ok = False
                break
        if ok and checked >= 2:
            verb.frames = ("tr",) if lemma in with_obj else ("intr",)
            out.append(verb)
    return out
