"""Building blocks: pronouns, noun phrases, prepositional phrases, verb tokens.

Every function returns tokens whose internal heads are already set; the caller attaches the
phrase head to the clause.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from training.synth.conllu import Tok
from training.synth.lexicon import CITIES, COMPANIES, FIRST_NAMES, Noun
from training.synth.morph import Verb, adj_e

# --- pronouns -------------------------------------------------------------------------------

# key -> (form, lemma, xpos, agreement person for the verb)
PRONOUNS: dict[str, tuple[str, str, str, str]] = {
    "ik": ("ik", "ik", "VNW|pers|pron|nomin|vol|1|ev", "1"),
    "jij": ("jij", "jij", "VNW|pers|pron|nomin|vol|2v|ev", "2"),
    "je": ("je", "je", "VNW|pers|pron|nomin|red|2v|ev", "2"),
    "u": ("u", "u", "VNW|pers|pron|nomin|vol|2b|getal", "u"),
    "hij": ("hij", "hij", "VNW|pers|pron|nomin|vol|3|ev|masc", "3"),
    "zij_sg": ("zij", "zij", "VNW|pers|pron|nomin|vol|3v|ev|fem", "3"),
    "ze_sg": ("ze", "ze", "VNW|pers|pron|stan|red|3|ev|fem", "3"),
    "het": ("het", "het", "VNW|pers|pron|stan|red|3|ev|onz", "3"),
    "men": ("men", "men", "VNW|pers|pron|nomin|red|3p|ev|masc", "3"),
    "wij": ("wij", "wij", "VNW|pers|pron|nomin|vol|1|mv", "pl"),
    "we": ("we", "we", "VNW|pers|pron|nomin|red|1|mv", "pl"),
    "jullie": ("jullie", "jullie", "VNW|pers|pron|stan|nadr|2v|mv", "pl"),
    "zij_pl": ("zij", "zij", "VNW|pers|pron|nomin|vol|3p|mv", "pl"),
    "ze_pl": ("ze", "ze", "VNW|pers|pron|stan|red|3|mv", "pl"),
    "dat": ("dat", "dat", "VNW|aanw|pron|stan|vol|3o|ev", "3"),
    "dit": ("dit", "dit", "VNW|aanw|pron|stan|vol|3o|ev", "3"),
    "iedereen": ("iedereen", "iedereen", "VNW|onbep|pron|stan|vol|3p|ev", "3"),
    "niemand": ("niemand", "niemand", "VNW|onbep|pron|stan|vol|3p|ev", "3"),
    "alles": ("alles", "alles", "VNW|onbep|pron|stan|vol|3o|ev", "3"),
    "iets": ("iets", "iets", "VNW|onbep|pron|stan|vol|3o|ev", "3"),
    "niets": ("niets", "niets", "VNW|onbep|pron|stan|vol|3o|ev", "3"),
    "wat": ("wat", "wat", "VNW|vb|pron|stan|vol|3o|ev", "3"),
    "wie": ("wie", "wie", "VNW|vb|pron|stan|vol|3p|getal", "3"),
}

# Object / reflexive forms.
OBJ_PRONOUNS: dict[str, tuple[str, str, str]] = {
    "je": ("je", "je", "VNW|pr|pron|obl|red|2v|getal"),
    "jou": ("jou", "jou", "VNW|pers|pron|obl|vol|2v|ev"),
    "u": ("u", "u", "VNW|pr|pron|obl|vol|2|getal"),
    "ons": ("ons", "ons", "VNW|pr|pron|obl|vol|1|mv"),
    "jullie": ("jullie", "jullie", "VNW|pers|pron|stan|nadr|2v|mv"),
    "hem": ("hem", "hem", "VNW|pers|pron|obl|vol|3|ev|masc"),
    "haar": ("haar", "haar", "VNW|pers|pron|obl|vol|3|getal|fem"),
    "hen": ("hen", "hen", "VNW|pers|pron|obl|vol|3p|mv"),
    "ze": ("ze", "ze", "VNW|pers|pron|stan|red|3|mv"),
    "me": ("me", "me", "VNW|pr|pron|obl|red|1|ev"),
    "mij": ("mij", "mij", "VNW|pr|pron|obl|vol|1|ev"),
    "het": ("het", "het", "VNW|pers|pron|stan|red|3|ev|onz"),
    "zich": ("zich", "zich", "VNW|refl|pron|obl|red|3|getal"),
    "jezelf": ("jezelf", "jezelf", "VNW|pr|pron|obl|nadr|2v|getal"),
    "elkaar": ("elkaar", "elkaar", "VNW|recip|pron|obl|vol|persoon|mv"),
    "dat": ("dat", "dat", "VNW|aanw|pron|stan|vol|3o|ev"),
    "dit": ("dit", "dit", "VNW|aanw|pron|stan|vol|3o|ev"),
    "alles": ("alles", "alles", "VNW|onbep|pron|stan|vol|3o|ev"),
    "iets": ("iets", "iets", "VNW|onbep|pron|stan|vol|3o|ev"),
    "niets": ("niets", "niets", "VNW|onbep|pron|stan|vol|3o|ev"),
    "wat": ("wat", "wat", "VNW|vb|pron|stan|vol|3o|ev"),
    "wie": ("wie", "wie", "VNW|vb|pron|stan|vol|3p|getal"),
}

# Reflexive pronoun for a subject person.
REFLEXIVE = {"1": "me", "2": "je", "u": "u", "3": "zich", "pl_wij": "ons", "pl_jullie": "je",
             "pl": "zich"}

# Possessive determiners: key -> (form, lemma, xpos).
POSSESSIVES: dict[str, tuple[str, str, str]] = {
    "je": ("je", "je", "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr"),
    "jouw": ("jouw", "jou", "VNW|bez|det|stan|vol|2v|ev|prenom|zonder|agr"),
    "uw": ("uw", "uw", "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr"),
    "onze": ("onze", "ons", "VNW|bez|det|stan|vol|1|mv|prenom|met-e|rest"),
    "ons": ("ons", "ons", "VNW|bez|det|stan|vol|1|mv|prenom|zonder|evon"),
    "jullie": ("jullie", "jullie", "VNW|bez|det|stan|nadr|2v|mv|prenom|zonder|agr"),
    "mijn": ("mijn", "mijn", "VNW|bez|det|stan|vol|1|ev|prenom|zonder|agr"),
    "zijn": ("zijn", "zijn", "VNW|bez|det|stan|vol|3|ev|prenom|zonder|agr"),
    "haar": ("haar", "haar", "VNW|bez|det|stan|vol|3v|ev|prenom|zonder|agr"),
    "hun": ("hun", "hun", "VNW|bez|det|stan|vol|3|mv|prenom|zonder|agr"),
}

PARTICLE_TAGS = {"samen": "BW", "terug": "BW", "weg": "BW", "hard": "ADJ|vrij|basis|zonder",
                 "vast": "ADJ|vrij|basis|zonder", "vol": "ADJ|vrij|basis|zonder",
                 "deel": "N|soort|ev|basis|onz|stan"}


@dataclass
class Phrase:
    """Tokens of a phrase, its head, and agreement information (for subjects)."""

    toks: list[Tok]
    head: Tok
    person: str = "3"  # verb agreement: 1, 2, u, 3, pl
    pron: bool = False  # a bare pronoun (goes early in the middle field)
    key: str = ""  # pronoun key or noun class
    noun: Noun | None = None
    plural: bool = False
    extra: dict = field(default_factory=dict)


def subj_pron(key: str) -> Phrase:
    form, lemma, xpos, person = PRONOUNS[key]
    tok = Tok(form, lemma, xpos)
    return Phrase([tok], tok, person=person, pron=True, key=key, plural=person == "pl")


def obj_pron(key: str) -> Phrase:
    form, lemma, xpos = OBJ_PRONOUNS[key]
    tok = Tok(form, lemma, xpos)
    return Phrase([tok], tok, pron=True, key=key)


def word(form: str, xpos: str, lemma: str | None = None, upos: str | None = None) -> Tok:
    return Tok(form, lemma if lemma is not None else form.lower(), xpos, upos=upos)


def noun_tok(noun: Noun, plural: bool = False, dim: bool = False) -> Tok:
    if dim and noun.dim:
        if plural:
            return Tok(noun.dim + "s", noun.dim, "N|soort|mv|dim")
        return Tok(noun.dim, noun.dim, "N|soort|ev|dim|onz|stan")
    if plural:
        return Tok(noun.plural, noun.lemma, "N|soort|mv|basis")
    gender = "zijd" if noun.gender == "de" else "onz"
    return Tok(noun.lemma, noun.lemma, f"N|soort|ev|basis|{gender}|stan")


def adj_tok(adj: str, inflected: bool) -> Tok:
    form = adj_e(adj) if inflected else adj
    if form == adj:
        return Tok(form, adj, "ADJ|prenom|basis|zonder")
    return Tok(form, adj, "ADJ|prenom|basis|met-e|stan")


def np(
    noun: Noun,
    det: str = "def",
    *,
    plural: bool = False,
    adj: str | None = None,
    dim: bool = False,
    num: str | None = None,
) -> Phrase:
    """Noun phrase. det: def, indef, bare, poss:<key>, dem_near, dem_far, geen, elke, welke,
    alle, veel, meer, hoeveel, num."""
    if noun.mass:
        plural = False
    dim = dim and bool(noun.dim)
    neuter_sg = not plural and (dim or noun.gender == "het")
    head = noun_tok(noun, plural, dim)
    toks: list[Tok] = []
    strong_adj = False  # adjective without -e (een/geen/elk/bare + neuter singular)
    if det == "def":
        toks.append(Tok("het", "het", "LID|bep|stan|evon") if neuter_sg
                    else Tok("de", "de", "LID|bep|stan|rest"))
    elif det == "indef":
        if not plural:
            toks.append(Tok("een", "een", "LID|onbep|stan|agr"))
            strong_adj = neuter_sg
    elif det == "bare":
        strong_adj = neuter_sg
    elif det.startswith("poss:"):
        key = det[5:]
        if key in ("onze", "ons"):
            key = "ons" if neuter_sg else "onze"
        form, lemma, xpos = POSSESSIVES[key]
        toks.append(Tok(form, lemma, xpos))
    elif det == "dem_near":
        toks.append(Tok("dit", "dit", "VNW|aanw|det|stan|prenom|zonder|evon") if neuter_sg
                    else Tok("deze", "deze", "VNW|aanw|det|stan|prenom|met-e|rest"))
    elif det == "dem_far":
        toks.append(Tok("dat", "dat", "VNW|aanw|det|stan|prenom|zonder|evon") if neuter_sg
                    else Tok("die", "die", "VNW|aanw|det|stan|prenom|zonder|rest"))
    elif det == "geen":
        toks.append(Tok("geen", "geen", "VNW|onbep|det|stan|prenom|zonder|agr"))
        strong_adj = neuter_sg
    elif det == "elke":
        if neuter_sg:
            toks.append(Tok("elk", "elk", "VNW|onbep|det|stan|prenom|zonder|evon"))
            strong_adj = True
        else:
            toks.append(Tok("elke", "elk", "VNW|onbep|det|stan|prenom|met-e|evz"))
    elif det == "welke":
        if neuter_sg:
            toks.append(Tok("welk", "welk", "VNW|vb|det|stan|prenom|zonder|evon", upos="DET"))
            strong_adj = True
        else:
            toks.append(Tok("welke", "welk", "VNW|vb|det|stan|prenom|met-e|rest"))
    elif det == "alle":
        toks.append(Tok("alle", "al", "VNW|onbep|det|stan|prenom|met-e|agr"))
    elif det == "veel":
        toks.append(Tok("veel", "veel", "VNW|onbep|grad|stan|prenom|zonder|agr|basis"))
        strong_adj = neuter_sg
    elif det == "meer":
        toks.append(Tok("meer", "veel", "VNW|onbep|grad|stan|prenom|zonder|agr|comp"))
        strong_adj = neuter_sg
    elif det == "hoeveel":
        toks.append(Tok("hoeveel", "hoeveel", "TW|hoofd|prenom|stan"))
    elif det == "num":
        toks.append(Tok(num or "twee", num or "twee", "TW|hoofd|prenom|stan"))
    else:
        raise ValueError(det)
    for t in toks:
        if t.xpos.startswith("VNW|bez"):
            t.attach(head, "nmod:poss")
        elif t.xpos.startswith("TW"):
            t.attach(head, "nummod")
        else:
            t.attach(head, "det")
    if adj:
        a = adj_tok(adj, not strong_adj)
        a.attach(head, "amod")
        toks.append(a)
    toks.append(head)
    return Phrase(toks, head, person="pl" if plural else "3", key=noun.cls, noun=noun,
                  plural=plural)


def proper_name(rng: random.Random, kind: str = "company") -> Phrase:
    if kind == "person":
        name, _ = rng.choice(FIRST_NAMES)
        tok = Tok(name, name, "N|eigen|ev|basis|zijd|stan")
        return Phrase([tok], tok, key="PERS")
    if kind == "city":
        name = rng.choice(CITIES)
        tok = Tok(name, name, "N|eigen|ev|basis|onz|stan")
        return Phrase([tok], tok, key="PLACE")
    name = rng.choice(COMPANIES)
    parts = name.split()
    if len(parts) == 1:
        tok = Tok(name, name, "N|eigen|ev|basis|onz|stan")
        return Phrase([tok], tok, key="PERS")
    toks = [Tok(p, p, "SPEC|deeleigen") for p in parts]
    for t in toks[1:]:
        t.attach(toks[0], "flat")
    return Phrase(toks, toks[0], key="PERS")


def pp(prep: str, phrase: Phrase, deprel: str = "obl") -> Phrase:
    p = Tok(prep, prep, "VZ|init")
    p.attach(phrase.head, "case")
    out = Phrase([p, *phrase.toks], phrase.head, key=phrase.key, noun=phrase.noun)
    out.extra["deprel"] = deprel
    return out


def particle_tok(prt: str) -> Tok:
    return Tok(prt, prt, PARTICLE_TAGS.get(prt, "VZ|fin"))


def verb_tok(verb: Verb, form: str, xpos: str, upos: str | None = None) -> Tok:
    return Tok(form, verb.inf, xpos, upos=upos)
