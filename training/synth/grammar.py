"""Sentence shapes of marketing Dutch, composed from clauses, phrases and lexicons.

Each shape is a function ``(g: Gen) -> (tokens, final punctuation)``; ``SHAPES`` lists them
with weights. Shapes deliberately mix the constructions the pipeline gets wrong when trained on
newspaper text: jij/je/u in every role, verb-first questions, inversion without -t,
possessive je before a subject noun, imperatives, passives vs copular worden and
zijn-perfects of change-of-state verbs.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from training.synth.clause import Clause, realize
from training.synth.conllu import Tok, punct
from training.synth.froglex import frog_verbs
from training.synth.lexicon import (
    ADJECTIVES,
    ADVERBS_MANNER,
    ADVERBS_TIME,
    FRONT_ADVERBS,
    HEDGES,
    NOUNS,
    PERSON_PRED,
    VERB,
    VERBS,
    Noun,
    nouns_of,
)
from training.synth.morph import Verb, adj_e, comparative
from training.synth.phrases import (
    Phrase,
    noun_tok,
    np,
    obj_pron,
    pp,
    proper_name,
    subj_pron,
    word,
)
from training.synth.tblex import (
    treebank_adjectives,
    treebank_intransitive_verbs,
    treebank_nouns,
    treebank_verbs,
)

Shape = Callable[["Gen"], tuple[list[Tok], str]]

# Share of words drawn from the treebank vocabulary (lexical variety, see tblex).
TB_NOUN_P = 0.15
TB_ADJ_P = 0.15
TB_VERB_P = 0.15

SECOND_PERSON_SUBJ = ["jij", "je", "je", "je", "u"]
POSS_2 = ["je", "je", "jouw", "uw"]
OWN_POSS = ["onze", "onze", "mijn"]


class Gen:
    """Random choices for one sentence."""

    def __init__(self, rng: random.Random, *, breadth: float = 0.0) -> None:
        self.rng = rng
        self.breadth = breadth  # share of verbs drawn from Frog-attested verbs (froglex)
        self.formal = rng.random() < 0.22  # u/uw register for the whole sentence
        self.neutral = False  # no second person at all (news-style third-person statements)

    def poss2(self) -> str:
        """Second person possessive in the sentence's register."""
        return "uw" if self.formal else self.choice(["je", "je", "je", "jouw"])

    def you_obj(self) -> str:
        return "u" if self.formal else self.choice(["je", "je", "jou"])

    def choice(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ---- noun phrases
    def noun(self, *classes: str) -> Noun:
        if self.chance(TB_NOUN_P) and not set(classes) & {"PERS", "TIME"}:
            return self.choice(treebank_nouns())
        return self.choice(nouns_of(*classes))

    def adj_for(self, noun: Noun) -> str | None:
        if self.chance(TB_ADJ_P) or noun.cls == "TB":
            return self.choice(treebank_adjectives())
        options = [a for a, cls in ADJECTIVES.items() if noun.cls in cls]
        return self.choice(options) if options else None

    def np_of(self, classes: tuple[str, ...] | str, *, det: str | None = None,
              adj_p: float = 0.4, plural: bool | None = None, poss: str | None = None) -> Phrase:
        if isinstance(classes, str):
            classes = (classes,)
        noun = self.noun(*classes)
        if plural is None:
            plural = not noun.mass and self.chance(0.3)
        if det is None:
            if poss is not None:
                det = f"poss:{poss}"
            else:
                det = self.choice(["def", "def", "indef", "poss:je", "poss:jouw", "poss:uw",
                                   "poss:onze", "dem_near", "poss:je", "bare" if plural else
                                   "indef"])
        if det in ("poss:je", "poss:jouw", "poss:uw"):
            det = self.choice(["def", "poss:hun", "poss:zijn", "def"]) if self.neutral \
                else "poss:" + self.poss2()
        if det == "indef" and noun.mass:
            det = "bare"
        if det == "bare" and not plural and not noun.mass:
            det = "indef"
        adj = self.adj_for(noun) if self.chance(adj_p) else None
        dim = self.chance(0.06)
        phrase = np(noun, det, plural=plural, adj=adj, dim=dim)
        if self.chance(0.14) and det not in ("welke", "hoeveel"):
            inner_cls = self.choice(["PERS", "PROD", "EVENT", "TOPIC"])
            inner = np(self.noun(inner_cls), self.choice(["def", "poss:hun" if self.neutral
                                                          else "poss:" + self.poss2(),
                                                          "poss:onze", "indef"]),
                       plural=self.chance(0.3))
            van = pp("van", inner, "nmod")
            inner.head.attach(phrase.head, "nmod")
            phrase.toks.extend(van.toks)
        return phrase

    def person_np(self, *, plural: bool | None = None, poss_p: float = 0.5) -> Phrase:
        r = self.rng.random()
        if r < 0.12:
            return proper_name(self.rng, "person")
        if r < 0.2:
            return proper_name(self.rng, "company")
        det = None
        if self.chance(poss_p):
            det = "poss:" + self.choice([self.poss2(), self.poss2(), "onze", "onze", "jullie",
                                         "zijn", "haar", "hun"])
            if self.neutral and det in ("poss:je", "poss:jouw", "poss:uw", "poss:jullie"):
                det = self.choice(["poss:hun", "poss:zijn", "poss:haar", "def"])
        return self.np_of("PERS", det=det, plural=plural, adj_p=0.2)

    # ---- subjects
    def subject(self, kinds: str = "2") -> Phrase:
        """kinds: string of categories: 2 (jij/je/u), w (wij/we), j (jullie), i (ik),
        3 (3rd person NP), m (men)."""
        k = self.choice(list(kinds))
        if self.neutral and k in "2j":
            k = self.choice(["3", "p"])
        if k == "2":
            return subj_pron("u" if self.formal else self.choice(["jij", "je", "je", "je"]))
        if k == "w":
            return subj_pron(self.choice(["wij", "we", "we"]))
        if k == "j":
            return subj_pron("jullie")
        if k == "i":
            return subj_pron("ik")
        if k == "m":
            return subj_pron("men")
        if k == "p":
            return subj_pron(self.choice(["hij", "zij_sg", "ze_sg", "zij_pl", "ze_pl"]))
        return self.person_np()

    # ---- adverbs
    def adv(self, pool: list[tuple[str, str]]) -> Tok:
        form, xpos = self.choice(pool)
        return word(form, xpos)

    def some_advs(self, p: float = 0.5) -> list[Tok]:
        out = []
        if self.chance(p):
            out.append(self.adv(ADVERBS_MANNER + HEDGES))
        if self.chance(p * 0.6):
            out.append(self.adv(ADVERBS_TIME))
        forms = set()
        uniq = []
        for t in out:
            if t.form not in forms:
                forms.add(t.form)
                uniq.append(t)
        return uniq

    # ---- verbs and objects
    def trans_verb(self, classes: tuple[str, ...] | None = None) -> Verb:
        if self.breadth and self.chance(self.breadth):
            return self.choice(frog_verbs())
        if self.chance(TB_VERB_P):
            return self.choice(treebank_verbs())
        pool = [v for v in VERBS if "tr" in v.frames and v.objs
                and v.inf not in ("hebben", "willen")]
        if classes:
            pool = [v for v in pool if set(v.objs) & set(classes)] or pool
        return self.choice(pool)

    def object_for(self, verb: Verb, *, det: str | None = None) -> Phrase:
        cls = self.choice(verb.objs) if verb.objs else "TOPIC"
        if cls == "PERS":
            return self.person_np()
        return self.np_of(cls, det=det)

    def pp_for(self, verb: Verb) -> Phrase:
        cls = self.choice(verb.objs) if verb.objs else "TOPIC"
        inner = self.person_np() if cls == "PERS" else self.np_of(cls)
        return pp(verb.pp, inner, "obl:arg")

    def obl_extra(self) -> Phrase:
        """A free adverbial PP: met onze app, voor je klanten, in 2025, binnen een week..."""
        r = self.rng.random()
        if r < 0.12 and self.neutral:
            r = 0.2
        if r < 0.12:  # voor jou / met je / bij u
            prep = self.choice(["voor", "met", "bij", "samen met", "naast"])
            you = obj_pron(self.you_obj() if self.chance(0.8) else "jullie")
            if prep == "samen met":
                samen = word("samen", "BW")
                out = pp("met", you)
                samen.attach(you.head, "advmod")
                out.toks.insert(0, samen)
                return out
            return pp(prep, you)
        if r < 0.3:
            return pp("met", self.np_of(("PROD", "TOPIC"), adj_p=0.2))
        if r < 0.45:
            return pp("voor", self.person_np(plural=True))
        if r < 0.6:
            det = self.choice(["indef", "num", "indef"])
            return pp(self.choice(["binnen", "in", "na"]),
                      np(self.noun("TIME"), det, plural=det == "num",
                         num=self.choice(["twee", "drie", "vier", "zes", "tien"])))
        if r < 0.75:
            return pp(self.choice(["tijdens", "na", "voor"]), self.np_of("EVENT", adj_p=0.2))
        if r < 0.85:
            return pp("in", proper_name(self.rng, "city"))
        return pp(self.choice(["zonder", "met"]), self.np_of(("GOAL", "MEAS"), det="bare",
                                                            adj_p=0.3))


def _cap(toks: list[Tok]) -> list[Tok]:
    if toks and toks[0].form[:1].islower():
        toks[0].form = toks[0].form[0].upper() + toks[0].form[1:]
    return toks


def finish(toks: list[Tok], end: str) -> tuple[list[Tok], str]:
    return toks, end


def _root_of(toks: list[Tok]) -> Tok:
    roots = [t for t in toks if t.head is None]
    assert len(roots) == 1, [t.form for t in roots]
    return roots[0]


# ------------------------------------------------------------------------------------------
# Shapes
# ------------------------------------------------------------------------------------------

def s_statement(g: Gen) -> tuple[list[Tok], str]:
    """Active statement, V2, any subject, varied tense and front."""
    verb = g.trans_verb()
    subj = g.subject(g.choice(["2", "w", "3", "2w3", "j", "i", "m"]))
    c = Clause(verb=verb, subj=subj, obj=g.object_for(verb))
    c.tense = g.choice(["pres"] * 5 + ["past", "perf", "fut", "modal", "modal"])
    if c.tense == "modal":
        c.modal = g.choice(["kunnen", "moeten", "mogen", "willen"])
    c.advs = g.some_advs(0.55)
    if g.chance(0.5):
        c.obls.append(g.obl_extra())
    front = None
    r = g.rng.random()
    if r < 0.2 and c.advs:
        front = c.advs[0]
    elif r < 0.3:
        form, xpos = g.choice(FRONT_ADVERBS)
        ft = word(form, xpos)
        c.advs.insert(0, ft)
        front = ft
    elif r < 0.4 and c.obls:
        front = c.obls[0]
    return finish(realize(c, "v2", g.rng, front=front), ".")


def s_yn_question(g: Gen) -> tuple[list[Tok], str]:
    """Verb-first question: Heb jij ...? Kun je ...? Wil je ...? Snap je ...?"""
    r = g.rng.random()
    subj = g.subject(g.choice(["2", "2", "2", "j", "w3"]))
    if r < 0.25:
        verb = g.trans_verb()
        c = Clause(verb=verb, subj=subj, obj=g.object_for(verb), tense="modal",
                   modal=g.choice(["kunnen", "willen", "moeten", "mogen", "zullen"]))
        if c.modal == "zullen":
            c.tense = "fut"
    elif r < 0.35:
        verb = VERB[g.choice(["snappen", "weten", "begrijpen", "zien", "herkennen", "kennen",
                              "vinden", "horen"])]
        obj = obj_pron(g.choice(["dat", "dit", "het"])) if verb.inf != "vinden" else None
        c = Clause(verb=verb, subj=subj, obj=obj)
        if verb.inf == "vinden":
            c.obj = obj_pron("het")
            adj = word(g.choice(["lastig", "moeilijk", "belangrijk", "handig", "fijn", "leuk",
                                 "spannend", "eng", "zonde", "normaal"]), "ADJ|vrij|basis|zonder")
            c.extra_end = [Phrase([adj], adj, extra={"deprel": "xcomp"})]
    elif r < 0.5:
        verb = VERB[g.choice(["hebben", "willen", "zoeken", "missen", "kennen", "gebruiken",
                              "hebben", "krijgen"])]
        obj = g.np_of(("TOPIC", "GOAL", "PROD", "EVENT"), det=g.choice(
            ["bare", "indef", "poss:je", "def", "geen"]), plural=g.chance(0.4))
        c = Clause(verb=verb, subj=subj, obj=obj)
    else:
        verb = g.trans_verb()
        c = Clause(verb=verb, subj=subj, obj=g.object_for(verb))
        c.tense = g.choice(["pres"] * 6 + ["perf", "past"])
    c.advs = g.some_advs(0.4)
    if g.chance(0.35):
        c.obls.append(g.obl_extra())
    toks = realize(c, "v1", g.rng)
    if g.chance(0.08):
        en = word(g.choice(["En", "Maar", "Of"]), "VG|neven")
        en.attach(c.head, "cc")
        toks.insert(0, en)
    return finish(toks, "?")


def s_poss_subject_question(g: Gen) -> tuple[list[Tok], str]:
    """Verb-first question whose subject is a possessive NP: Wordt je agenda voller?
    Vindt je moeder dat ook? Groeit je omzet?"""
    poss = g.poss2()
    r = g.rng.random()
    if r < 0.3:
        noun = g.choice([n for n in NOUNS if n.lemma in (
            "agenda", "werkdruk", "omzet", "team", "website", "planning", "stress", "afzet",
            "conditie", "winst", "werk", "bereik", "klantenservice", "administratie",
            "prestatie", "wachttijd", "budget", "kosten", "marge", "mailbox")] or NOUNS[:1])
        subj = np(noun, f"poss:{poss}")
        adj = g.choice(["voller", "beter", "groter", "drukker", "sneller", "zichtbaarder",
                        "sterker", "hoger", "lager", "zwaarder", "makkelijker", "kleiner"])
        pred = word(adj, "ADJ|vrij|comp|zonder", lemma=_comp_lemma(adj))
        c = Clause(subj=subj, copula="worden", pred=Phrase([pred], pred))
        c.tense = g.choice(["pres", "pres", "pres", "past", "perf"])
        c.advs = [word(g.choice(["steeds", "ook", "nog", "echt", "al"]), "BW")] if g.chance(
            0.6) else []
    elif r < 0.55:
        subj = g.person_np(plural=g.chance(0.3), poss_p=1.0)
        subj = _with_poss(g, subj, poss)
        verb = VERB[g.choice(["vinden", "weten", "snappen", "zien", "begrijpen", "merken"
                              if "merken" in VERB else "zien"])]
        c = Clause(verb=verb, subj=subj, obj=obj_pron(g.choice(["dat", "dit", "het"])))
        if verb.inf == "vinden":
            adj = word(g.choice(["lastig", "belangrijk", "handig", "fijn", "nodig", "prettig"]),
                       "ADJ|vrij|basis|zonder")
            c.obj = obj_pron("het")
            c.extra_end = [Phrase([adj], adj, extra={"deprel": "xcomp"})]
        c.advs = [word(g.choice(["ook", "ook", "echt", "al"]), "BW")] if g.chance(0.6) else []
    elif r < 0.8:
        verb = g.choice([v for v in VERBS if "amount" in v.tags])
        noun = g.noun("MEAS", "GOAL")
        subj = np(noun, f"poss:{poss}", plural=not noun.mass and g.chance(0.3))
        c = Clause(verb=verb, subj=subj, tense=g.choice(["pres", "pres", "perf"]))
        c.advs = g.some_advs(0.3)
    else:
        subj = g.person_np(plural=g.chance(0.4), poss_p=1.0)
        subj = _with_poss(g, subj, poss)
        verb = g.trans_verb()
        c = Clause(verb=verb, subj=subj, obj=g.object_for(verb))
        c.tense = g.choice(["pres", "pres", "modal"])
        c.modal = g.choice(["kunnen", "willen", "moeten"])
    return finish(realize(c, "v1", g.rng), "?")


def _comp_lemma(comp: str) -> str:
    table = {"voller": "vol", "beter": "goed", "groter": "groot", "drukker": "druk",
             "sneller": "snel", "zichtbaarder": "zichtbaar", "sterker": "sterk", "hoger": "hoog",
             "lager": "laag", "zwaarder": "zwaar", "makkelijker": "makkelijk",
             "kleiner": "klein", "belangrijker": "belangrijk", "duurder": "duur",
             "goedkoper": "goedkoop", "leuker": "leuk", "slimmer": "slim",
             "gezonder": "gezond", "fitter": "fit", "rustiger": "rustig",
             "lastiger": "lastig", "moeilijker": "moeilijk", "groener": "groen",
             "eenvoudiger": "eenvoudig", "persoonlijker": "persoonlijk", "meer": "veel",
             "minder": "weinig", "populairder": "populair", "complexer": "complex"}
    return table.get(comp, comp[:-2] if comp.endswith("er") else comp)


def _with_poss(g: Gen, phrase: Phrase, poss: str) -> Phrase:
    """Replace the determiner of a person NP by the possessive ``poss``."""
    if phrase.noun is None:
        return phrase
    return np(phrase.noun, f"poss:{poss}", plural=phrase.plural)


def s_wh_question(g: Gen) -> tuple[list[Tok], str]:
    """Open question with a question word or phrase first."""
    r = g.rng.random()
    subj = g.subject(g.choice(["2", "2", "2", "j", "w", "3"]))
    verb = g.trans_verb()
    c = Clause(verb=verb, subj=subj)
    c.tense = g.choice(["pres"] * 6 + ["modal", "modal", "perf", "past"])
    c.modal = g.choice(["kunnen", "willen", "moeten", "zullen"])
    if c.modal == "zullen" and c.tense == "modal":
        c.tense = "fut"
    front: object
    if r < 0.2:
        w = obj_pron("wat")
        c.obj = w
        front = w
    elif r < 0.3:
        c.obj = g.object_for(verb, det="welke")
        front = c.obj
    elif r < 0.38:
        c.obj = g.object_for(verb, det="hoeveel")
        if c.obj.noun is not None and not c.obj.noun.mass:
            c.obj = np(c.obj.noun, "hoeveel", plural=True)
        front = c.obj
    else:
        c.obj = g.object_for(verb)
        wh = g.choice(["waarom", "hoe", "wanneer", "waar", "waarmee", "waardoor", "hoe vaak",
                       "in hoeverre", "op welke manier", "met wie", "hoe snel", "hoe lang",
                       "waarvoor"])
        if wh in ("waarom", "hoe", "wanneer", "waarmee", "waardoor", "waarvoor"):
            t = word(wh, "BW")
            c.advs.insert(0, t)
            front = t
        elif wh == "waar":
            t = word("waar", "VNW|vb|adv-pron|obl|vol|3o|getal")
            c.advs.insert(0, t)
            front = t
        elif wh in ("hoe vaak", "hoe snel", "hoe lang"):
            h = word("hoe", "BW")
            a = word(wh.split()[1], "ADJ|vrij|basis|zonder")
            h.attach(a, "advmod")
            ph = Phrase([h, a], a)
            c.adv_phrases.insert(0, ph)
            front = ph
        elif wh == "in hoeverre":
            p = word("in", "VZ|init")
            h = word("hoeverre", "BW")
            p.attach(h, "case")
            ph = Phrase([p, h], h, extra={"deprel": "obl"})
            c.adv_phrases.insert(0, ph)
            front = ph
        elif wh == "op welke manier":
            ph = pp("op", np(next(n for n in NOUNS if n.lemma == "tijd"), "welke")
                    if False else _manier("welke"))
            c.obls.insert(0, ph)
            front = ph
        else:
            who = obj_pron("wie")
            ph = pp("met", Phrase([who.head], who.head))
            c.obls.insert(0, ph)
            front = ph
    c.advs += [a for a in g.some_advs(0.3) if a.form not in ("hoe", "waar")]
    return finish(realize(c, "v2", g.rng, front=front), "?")


def _manier(det: str) -> Phrase:
    noun = Noun("manier", "de", "manieren", "TOPIC")
    return np(noun, det)


def s_wh_subject(g: Gen) -> tuple[list[Tok], str]:
    """Wie/wat as subject, also as the second clause after want: ..., want wie neemt er nog
    de tijd?"""
    who = subj_pron(g.choice(["wie", "wie", "wat"]))
    if who.key == "wie":
        verb = g.trans_verb()
        c = Clause(verb=verb, subj=who, obj=g.object_for(verb))
        if g.chance(0.4):
            c.er = True
        c.advs = [word(g.choice(["nog", "echt", "nu", "al", "eigenlijk"]), "BW" if g.chance(
            0.8) else "BW")] if g.chance(0.5) else []
    else:
        verb = VERB[g.choice(["helpen", "motiveren", "inspireren", "ondersteunen"])]
        c = Clause(verb=verb, subj=who, obj=obj_pron(g.you_obj()))
        c.advs = g.some_advs(0.3)
    second = realize(c, "v2", g.rng)
    if g.chance(0.5):
        return finish(second, "?")
    # first clause: a short statement
    first_c = _short_statement(g)
    first = realize(first_c, "v2", g.rng)
    comma = punct(",")
    want = word("want", "VG|neven")
    want.attach(c.head, "cc")
    comma.attach(c.head, "punct")
    assert first_c.head is not None and c.head is not None
    c.head.attach(first_c.head, "conj")
    return finish(first + [comma, want] + second, "?")


def _short_statement(g: Gen) -> Clause:
    r = g.rng.random()
    if r < 0.5:
        noun = g.noun("TOPIC", "GOAL")
        adj = g.choice(["belangrijk", "lastig", "nodig", "waardevol", "cruciaal", "handig",
                        "essentieel", "slim"])
        pred = word(adj, "ADJ|vrij|basis|zonder")
        return Clause(subj=np(noun, "def"), copula="zijn", pred=Phrase([pred], pred))
    verb = g.trans_verb()
    return Clause(verb=verb, subj=g.subject("2w3"), obj=g.object_for(verb),
                  advs=g.some_advs(0.3))


def s_imperative(g: Gen) -> tuple[list[Tok], str]:
    """Imperative: Ontdek ..., Plan nu je gratis intake, Bel ons vandaag, Schrijf je in."""
    r = g.rng.random()
    if r < 0.25:
        verb = g.choice([v for v in VERBS if "refl" in v.frames])
        refl = obj_pron("u" if g.formal else "je")
        c = Clause(verb=verb, refl=refl)
        if verb.pp and g.chance(0.7):
            c.obls.append(g.pp_for(verb))
    elif r < 0.4:
        verb = g.choice([v for v in VERBS if "pers" in v.frames])
        c = Clause(verb=verb, obj=obj_pron(g.choice(["ons", "ons", "mij", "me"])))
        if verb.inf in ("helpen",):
            c.obj = obj_pron("jezelf") if g.chance(0.3) else c.obj
    else:
        verb = g.trans_verb()
        obj = g.object_for(verb, det=g.choice(["poss:je", "poss:je", "poss:jouw", "def",
                                               "indef", None]))
        c = Clause(verb=verb, obj=obj)
        if g.chance(0.25):
            c.obls.append(g.obl_extra())
    c.advs = [t for t in g.some_advs(0.45) if t.form not in ("zelf",)]
    if g.chance(0.3):
        c.advs.insert(0, word(g.choice(["nu", "vandaag", "direct", "meteen", "gerust",
                                        "snel", "eerst"]),
                              "BW" if g.chance(0.5) else "BW"))
        if c.advs[0].form in ("direct", "snel"):
            c.advs[0].xpos = "ADJ|vrij|basis|zonder"
    toks = realize(c, "imp", g.rng)
    end = g.choice([".", "!", ".", "."])
    if g.chance(0.3):
        sub_c, sub_toks = _sub_clause(g, g.choice(["als", "als", "zodra", "voordat", "zodat",
                                                   "wanneer"]))
        assert sub_c.head is not None and c.head is not None
        sub_c.head.attach(c.head, "advcl")
        if g.chance(0.4):
            comma = punct(",")
            comma.attach(sub_c.head, "punct")
            sub_toks = [comma] + sub_toks
        toks = toks + sub_toks
    elif g.chance(0.2) and c.refl is None:
        te_toks, te_head = om_te(g)
        te_head.attach(c.head, "advcl")
        toks = toks + te_toks
    return finish(toks, end)


def s_passive(g: Gen) -> tuple[list[Tok], str]:
    """Passive with worden (present/past/modal), zijn-perfect passive, optional door-agent."""
    verb = g.trans_verb(("DOC", "EVENT", "PROD", "TOPIC"))
    cls = g.choice(verb.objs) if verb.objs else "TOPIC"
    if cls == "PERS":
        subj = g.choice([subj_pron(g.choice(["u", "je", "jij", "wij", "jullie"])),
                         g.person_np()])
    else:
        subj = g.np_of(cls, det=g.choice(["poss:je", "poss:jouw", "poss:uw", "def", "poss:je",
                                          "indef", "poss:onze"]))
    c = Clause(verb=verb, subj=subj)
    r = g.rng.random()
    if r < 0.35:
        c.voice, c.tense = "pass", "pres"
    elif r < 0.5:
        c.voice, c.tense = "pass", "past"
    elif r < 0.65:
        c.voice, c.tense = "pass", "modal"
        c.modal = g.choice(["kunnen", "moeten", "mogen"])
    elif r < 0.72:
        c.voice, c.tense = "pass", "fut"
    else:
        c.voice, c.tense = "pass_perf", "pres"
        if g.chance(0.2):
            c.tense = "past"
    if g.chance(0.35):
        agent_np = g.choice([obj_pron("ons"), obj_pron("ons"), g.person_np()])
        c.agent = pp("door", agent_np, "obl:agent")
    c.advs = g.some_advs(0.5)
    if g.chance(0.2):
        c.obls.append(g.obl_extra())
    order = "v1" if g.chance(0.3) else "v2"
    front = None
    if order == "v2" and c.advs and g.chance(0.25):
        front = c.advs[0]
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


def s_impersonal_passive(g: Gen) -> tuple[list[Tok], str]:
    """Er wordt gemeten / Er wordt naar de klant geluisterd / Wordt er ...?"""
    verb = VERB[g.choice(["meten", "luisteren", "werken", "praten", "nadenken", "wachten",
                          "trainen", "samenwerken", "reageren", "kijken", "sporten",
                          "betalen", "gebeld" if False else "bellen", "denken"])]
    c = Clause(verb=verb, er=True, voice="pass")
    c.tense = g.choice(["pres", "pres", "past", "modal"])
    c.modal = g.choice(["kunnen", "moeten", "mogen"])
    if verb.pp and g.chance(0.7):
        c.obls.append(g.pp_for(verb))
    c.advs = g.some_advs(0.5)
    r = g.rng.random()
    if r < 0.25:
        return finish(realize(c, "v1", g.rng), "?")
    if r < 0.45 and c.advs:
        return finish(realize(c, "v2", g.rng, front=c.advs[0]), ".")
    # "Er wordt ..." - er in front
    c.er = False
    er = Tok("er", "er", "VNW|aanw|adv-pron|stan|red|3|getal")
    c.advs.insert(0, er)
    return finish(realize(c, "v2", g.rng, front=er), ".")


def s_copular(g: Gen) -> tuple[list[Tok], str]:
    """Copular zijn/worden with adjective or noun: wordt steeds belangrijker, werd directeur,
    Jij bent klaar voor de marathon."""
    r = g.rng.random()
    if r < 0.3:
        subj = g.np_of(("TOPIC", "GOAL", "PROD", "MEAS"), det=g.choice(
            ["def", "poss:je", "poss:jouw", "poss:onze", "poss:uw", "dem_near"]))
        comp = comparative(g.choice(["belangrijk", "makkelijk", "duur", "druk", "groot",
                                     "zichtbaar", "snel", "goed", "lastig", "persoonlijk",
                                     "eenvoudig", "leuk", "slim", "rustig", "populair"]))
        pred = word(comp, "ADJ|vrij|comp|zonder", lemma=_comp_lemma(comp))
        c = Clause(subj=subj, copula="worden", pred=Phrase([pred], pred))
        c.tense = g.choice(["pres", "pres", "past", "perf", "fut"])
        if g.chance(0.6):
            c.advs = [word(g.choice(["steeds", "nog", "alleen", "snel", "elk jaar"
                                     if False else "ook"]), "BW")]
            if c.advs[0].form == "snel":
                c.advs[0].xpos = "ADJ|vrij|basis|zonder"
    elif r < 0.45:
        subj = g.subject("3p")
        noun = g.choice(nouns_of("PERS"))
        pred = np(noun, g.choice(["bare", "bare", "indef"]), plural=False)
        if subj.plural:
            pred = np(noun, "bare", plural=True)
        c = Clause(subj=subj, copula="worden", pred=pred)
        c.tense = g.choice(["past", "past", "perf", "pres", "fut"])
        if g.chance(0.3):
            c.obls.append(pp("bij", proper_name(g.rng, "company")))
    elif r < 0.75:
        subj = g.subject("22jw3")
        adj = g.choice(PERSON_PRED) if subj.pron else g.choice(PERSON_PRED + ["actief"])
        pred = word(adj, "ADJ|vrij|basis|zonder")
        ph = Phrase([pred], pred)
        c = Clause(subj=subj, copula="zijn", pred=ph)
        if adj in ("klaar", "benieuwd", "tevreden", "blij") and g.chance(0.6):
            prep = {"klaar": "voor", "benieuwd": "naar", "tevreden": "over", "blij": "met"}[adj]
            inner = g.np_of(("EVENT", "PROD", "GOAL", "DOC"))
            p = pp(prep, inner, "obl")
            p.head.attach(pred, "obl")
            ph.toks += p.toks
        c.tense = g.choice(["pres"] * 4 + ["past", "past", "fut", "modal"])
        c.modal = g.choice(["kunnen", "moeten", "mogen"])
    else:
        subj = g.np_of(("TOPIC", "PROD", "EVENT", "DOC", "GOAL"), det=g.choice(
            ["def", "poss:je", "poss:onze", "poss:jouw", "dem_near", "poss:uw"]))
        noun = subj.noun
        assert noun is not None
        adj = g.adj_for(noun) or "goed"
        pred = word(adj, "ADJ|vrij|basis|zonder")
        c = Clause(subj=subj, copula="zijn", pred=Phrase([pred], pred))
        c.tense = g.choice(["pres"] * 5 + ["past", "fut"])
    if g.chance(0.3) and not c.advs:
        c.advs = [g.adv(HEDGES + [("echt", "ADJ|vrij|basis|zonder"), ("ook", "BW"),
                                  ("nu", "BW"), ("altijd", "BW")])]
    order = g.choice(["v2", "v2", "v1"])
    front = None
    if order == "v2" and g.chance(0.2):
        form, xpos = g.choice(FRONT_ADVERBS)
        ft = word(form, xpos)
        c.advs.insert(0, ft)
        front = ft
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


def s_unaccusative(g: Gen) -> tuple[list[Tok], str]:
    """Perfects with zijn of change-of-state verbs (active): Onze omzet is gegroeid."""
    verb = g.choice([v for v in VERBS if "unacc" in v.frames] + [VERB["starten"]] * 2)
    if verb.inf in ("starten", "beginnen", "stoppen"):
        subj = g.choice([g.subject("2wj3"), g.np_of("EVENT", det=g.choice(
            ["def", "poss:je", "poss:onze"]))])
        if verb.inf != "starten" and g.chance(0.5) and verb.pp:
            pass
    else:
        noun = g.noun("MEAS", "GOAL")
        subj = np(noun, g.choice(["poss:onze", "poss:" + g.poss2(), "def",
                                  "poss:" + g.poss2()]),
                  plural=not noun.mass and g.chance(0.3))
    c = Clause(verb=verb, subj=subj)
    c.tense = g.choice(["perf", "perf", "perf", "pres", "past", "pluperf"])
    advs = g.some_advs(0.4)
    if g.chance(0.4):
        pct = word(g.choice(["flink", "sterk", "fors", "enorm", "snel"]), "ADJ|vrij|basis|zonder")
        advs.append(pct)
    c.advs = advs
    if g.chance(0.3):
        c.obls.append(g.obl_extra())
    order = g.choice(["v2", "v2", "v2", "v1"])
    front = None
    if order == "v2" and c.obls and g.chance(0.3):
        front = c.obls[0]
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


SUBORDINATORS = ["als", "omdat", "zodat", "terwijl", "wanneer", "zodra", "voordat", "nadat"]


def _sub_clause(g: Gen, conj: str) -> tuple[Clause, list[Tok]]:
    """Verb-final clause introduced by conj (als/omdat/zodat/...)."""
    verb = g.choice([v for v in VERBS if set(v.frames) & {"tr", "intr", "pp", "refl", "pers"}
                     and not set(v.frames) & {"cop", "modal", "ctrl", "caus", "thing", "reflq"}
                     and v.inf not in ("hebben", "willen", "zijn", "worden")])
    tb_intr = g.chance(0.1)
    if tb_intr:
        verb = g.choice(treebank_intransitive_verbs())
    if g.chance(0.3):
        subj = g.person_np(plural=True, poss_p=0.5)
    else:
        subj = g.subject(g.choice(["2", "2", "2", "w3", "j"]))
    c = Clause(verb=verb, subj=subj)
    if "tr" in verb.frames and verb.objs:
        c.obj = g.object_for(verb)
    elif "pers" in verb.frames:
        c.obj = g.person_np() if g.chance(0.5) else obj_pron(
            g.choice(["ons", "hen", "ze"]) if subj.person == "2" else g.you_obj())
    elif "refl" in verb.frames:
        key = {"1": "me", "2": "je", "u": "zich", "3": "zich"}.get(subj.person, "zich")
        if subj.key in ("wij", "we"):
            key = "ons"
        elif subj.key == "jullie":
            key = "je"
        c.refl = obj_pron(key)
        if verb.pp:
            c.obls.append(g.pp_for(verb))
    elif "pp" in verb.frames and verb.pp:
        c.obls.append(g.pp_for(verb))
    c.tense = g.choice(["pres"] * 5 + ["modal", "perf", "past"])
    c.modal = g.choice(["kunnen", "moeten", "willen"])
    if tb_intr and c.tense == "perf":
        c.tense = "pres"
    c.advs = g.some_advs(0.35)
    conj_words = conj.split()
    mark = []
    for w in conj_words:
        if w == "zonder":
            mark.append(word("zonder", "VZ|init"))
        else:
            mark.append(word(w, "VG|onder"))
    toks = realize(c, "sub", g.rng, mark=mark)
    assert c.head is not None
    mark[0].attach(c.head, "mark")
    for m in mark[1:]:
        m.attach(mark[0], "fixed")
    return c, toks


def s_subordinate(g: Gen) -> tuple[list[Tok], str]:
    """Main clause + adverbial clause (als/omdat/zodat/terwijl/zonder dat), either order."""
    conj = g.choice(SUBORDINATORS + ["zonder dat", "als", "als", "omdat"])
    sub_c, sub_toks = _sub_clause(g, conj)
    verb = g.trans_verb()
    main = Clause(verb=verb, subj=g.subject(g.choice(["2", "2", "w", "3", "2w"])),
                  obj=g.object_for(verb))
    main.tense = g.choice(["pres"] * 5 + ["modal", "fut"])
    main.modal = g.choice(["kunnen", "moeten", "willen"])
    main.advs = g.some_advs(0.3)
    comma = punct(",")
    if g.chance(0.45) and conj not in ("zodat", "zonder dat"):
        # Als je ..., krijg je ... (sub clause in first position -> inversion)
        ph = Phrase(sub_toks + [comma], sub_c.head)  # type: ignore[arg-type]
        if g.chance(0.3):
            imp = Clause(verb=verb, obj=main.obj, advs=main.advs)
            toks = realize(imp, "imp", g.rng)
            assert imp.head is not None and sub_c.head is not None
            sub_c.head.attach(imp.head, "advcl")
            comma.attach(sub_c.head, "punct")
            return finish(sub_toks + [comma] + toks, g.choice([".", "!"]))
        toks = realize(main, "v2", g.rng, front=ph)
        assert main.head is not None and sub_c.head is not None
        sub_c.head.attach(main.head, "advcl")
        comma.attach(sub_c.head, "punct")
        return finish(toks, ".")
    order = "v1" if g.chance(0.25) else "v2"
    toks = realize(main, order, g.rng)
    assert main.head is not None and sub_c.head is not None
    sub_c.head.attach(main.head, "advcl")
    if g.chance(0.5):
        comma.attach(sub_c.head, "punct")
        toks = toks + [comma] + sub_toks
    else:
        toks = toks + sub_toks
    return finish(toks, "?" if order == "v1" else ".")


def s_complement(g: Gen) -> tuple[list[Tok], str]:
    """Verb + dat/of/wh complement clause: Wij weten dat jij ..., Weet jij hoe ...?,
    Ontdek hoe je ..., Vraag je je af of ...?"""
    r = g.rng.random()
    conj = g.choice(["dat", "dat", "of", "hoe", "waarom", "wat", "wanneer", "welke"])
    if r >= 0.7 and conj == "dat":
        conj = g.choice(["of", "hoe", "waarom"])
    emb_verb = g.trans_verb()
    emb_subj = g.subject(g.choice(["2", "2", "w", "3", "j"]))
    if g.chance(0.3):
        emb_subj = g.person_np(plural=True)
    emb = Clause(verb=emb_verb, subj=emb_subj)
    mark: list[Tok] = []
    if conj in ("dat", "of"):
        emb.obj = g.object_for(emb_verb)
        mark = [word(conj, "VG|onder")]
    elif conj in ("hoe", "waarom", "wanneer"):
        emb.obj = g.object_for(emb_verb)
        mark = [word(conj, "BW")]
    elif conj == "wat":
        w = obj_pron("wat")
        emb.obj = w
        mark = list(w.toks)
    else:  # welke N
        emb.obj = g.object_for(emb_verb, det="welke")
        mark = list(emb.obj.toks)
    emb.tense = g.choice(["pres"] * 4 + ["modal", "perf"])
    emb.modal = g.choice(["kunnen", "moeten", "willen"])
    emb.advs = g.some_advs(0.3)
    if conj == "wat" or conj == "welke":
        ph_obj = emb.obj
        emb_toks = realize(emb, "sub", g.rng)
        emb_toks = mark + [t for t in emb_toks if t not in mark]
        del ph_obj
    else:
        emb_toks = realize(emb, "sub", g.rng, mark=mark)
        assert emb.head is not None
        mark[0].attach(emb.head, "mark" if conj in ("dat", "of") else "advmod")
    assert emb.head is not None
    comp = Phrase(emb_toks, emb.head, extra={"deprel": "ccomp"})
    if r < 0.35:
        verb = VERB[g.choice(["weten", "zien", "snappen", "begrijpen", "merken" if "merken" in
                              VERB else "zien", "denken", "vinden", "zeggen", "horen"])]
        if conj not in ("dat",) and verb.inf in ("denken", "vinden", "zeggen"):
            verb = VERB["weten"]
        subj = g.subject(g.choice(["w", "2", "i", "3", "m"]))
        c = Clause(verb=verb, subj=subj, extra_end=[comp])
        c.advs = g.some_advs(0.3)
        order = "v1" if subj.person in ("2", "u", "pl") and g.chance(0.5) else "v2"
        return finish(realize(c, order, g.rng), "?" if order == "v1" else ".")
    if r < 0.7:
        verb = VERB[g.choice(["ontdekken", "bekijken", "lezen", "zien", "vertellen", "horen",
                              "ontdekken", "leren"])]
        if conj == "of":
            verb = VERB["bekijken"]
        c = Clause(verb=verb, extra_end=[comp])
        if verb.inf == "vertellen":
            c.iobj = obj_pron("ons")
        c.advs = [word(g.choice(["nu", "snel", "hier", "vandaag", "zelf"]), "BW")] if g.chance(
            0.4) else []
        for a in c.advs:
            if a.form == "snel":
                a.xpos = "ADJ|vrij|basis|zonder"
            if a.form == "hier":
                a.xpos = "VNW|aanw|adv-pron|obl|vol|3o|getal"
        return finish(realize(c, "imp", g.rng), g.choice([".", "!", "."]))
    # Vraag je je (wel eens) af of/hoe ...? / Stel je voor dat ... / Kun je je voorstellen ...
    subj = g.subject("2")
    refl = obj_pron("zich" if subj.key == "u" else "je")
    if g.chance(0.4) and conj != "of":
        verb = VERB["voorstellen"]
        if g.chance(0.5):
            c = Clause(verb=verb, refl=obj_pron("u" if g.formal else "je"), extra_end=[comp])
            return finish(realize(c, "imp", g.rng), ".")
        c = Clause(verb=verb, subj=subj, refl=refl, extra_end=[comp], tense="modal",
                   modal="kunnen")
        return finish(realize(c, "v1", g.rng), "?")
    verb = VERB["afvragen"]
    c = Clause(verb=verb, subj=subj, refl=refl, extra_end=[comp])
    if g.chance(0.5):
        c.advs = [word("wel", "BW"), word("eens", "BW")]
    return finish(realize(c, "v1", g.rng), "?")


def s_relative(g: Gen) -> tuple[list[Tok], str]:
    """Noun phrase with a relative clause: Klanten die ... , ..."""
    noun = g.noun("PERS", "PROD", "DOC", "EVENT")
    plural = not noun.mass and g.chance(0.5)
    antecedent = np(noun, g.choice(["def", "indef", "poss:onze", "poss:" + g.poss2(), "alle"
                                    if plural else "def"]), plural=plural)
    neuter_sg = not plural and noun.gender == "het"
    rel_form = "dat" if neuter_sg else "die"
    rel_xpos = "VNW|betr|pron|stan|vol|3|ev" if neuter_sg else \
        "VNW|betr|pron|stan|vol|persoon|getal"
    rel = Tok(rel_form, rel_form, rel_xpos)
    rel_ph = Phrase([rel], rel, person="pl" if plural else "3", pron=True)
    if noun.cls == "PERS" and g.chance(0.6):
        verb = g.trans_verb()
        rc = Clause(verb=verb, subj=rel_ph, obj=g.object_for(verb))
        rc.tense = g.choice(["pres", "pres", "perf", "past"])
    else:
        verb = g.trans_verb((noun.cls,))
        if noun.cls not in verb.objs:
            verb = g.choice([v for v in VERBS if noun.cls in v.objs and "tr" in v.frames]
                            or [verb])
        rc = Clause(verb=verb, subj=g.subject(g.choice(["2", "w", "3"])), obj=rel_ph)
        rc.tense = g.choice(["pres", "pres", "perf", "modal"])
        rc.modal = g.choice(["kunnen", "willen", "moeten"])
    rc.advs = g.some_advs(0.3)
    if rc.obj is rel_ph:
        rel_toks = realize(rc, "sub", g.rng)
        rel_toks = [rel] + [t for t in rel_toks if t is not rel]
    else:
        rel_toks = realize(rc, "sub", g.rng)
    assert rc.head is not None
    rc.head.attach(antecedent.head, "acl:relcl")
    full = Phrase(antecedent.toks + rel_toks, antecedent.head, person=antecedent.person,
                  noun=noun, plural=plural)
    # matrix clause: antecedent as subject or object
    if noun.cls == "PERS" and g.chance(0.6):
        mverb = g.trans_verb()
        m = Clause(verb=mverb, subj=full, obj=g.object_for(mverb))
        m.tense = g.choice(["pres", "pres", "perf", "past", "modal"])
        m.modal = g.choice(["kunnen", "willen", "moeten"])
        comma = punct(",")
        comma.attach(rc.head, "punct")
        full.toks.append(comma)
        return finish(realize(m, "v2", g.rng), ".")
    mverb = g.choice([v for v in VERBS if noun.cls in v.objs and "tr" in v.frames] or
                     [g.trans_verb()])
    if g.chance(0.7):  # extraposed: Wij willen een licentie kopen die ...
        obj_only = Phrase(antecedent.toks, antecedent.head, noun=noun, plural=plural)
        rel_ph2 = Phrase(rel_toks, rc.head, extra={"noattach": True})
        comma2 = punct(",")
        if g.chance(0.3):
            comma2.attach(rc.head, "punct")
            rel_ph2.toks = [comma2] + rel_ph2.toks
        m = Clause(verb=mverb, subj=g.subject(g.choice(["2", "w", "2"])), obj=obj_only,
                   extra_end=[rel_ph2])
        m.tense = g.choice(["pres", "pres", "modal", "fut", "perf"])
        m.modal = g.choice(["kunnen", "willen", "moeten", "mogen"])
        order = "v1" if m.subj is not None and m.subj.person in ("2", "u") and g.chance(
            0.4) else "v2"
        return finish(realize(m, order, g.rng), "?" if order == "v1" else ".")
    m = Clause(verb=mverb, subj=g.subject(g.choice(["2", "w", "2"])), obj=full)
    m.tense = g.choice(["pres", "pres", "modal", "fut"])
    m.modal = g.choice(["kunnen", "willen", "moeten", "mogen"])
    order = "v1" if m.subj is not None and m.subj.person in ("2", "u") and g.chance(0.4) \
        else "v2"
    return finish(realize(m, order, g.rng), "?" if order == "v1" else ".")


def s_object_you(g: Gen) -> tuple[list[Tok], str]:
    """You as object: Wij helpen je graag. We bellen u morgen. Dit helpt jou verder."""
    verb = g.choice([v for v in VERBS if "pers" in v.frames])
    subj = g.choice([subj_pron(g.choice(["wij", "we", "we"])), g.person_np(poss_p=0.3),
                     subj_pron(g.choice(["dit", "dat"])), proper_name(g.rng, "company")])
    if subj.key == "PERS" and subj.noun is None:
        pass
    obj = obj_pron(g.you_obj() if g.chance(0.85) else "jullie")
    c = Clause(verb=verb, subj=subj, obj=obj)
    c.tense = g.choice(["pres"] * 5 + ["fut", "modal", "perf", "past"])
    c.modal = g.choice(["kunnen", "willen"])
    if c.tense == "modal" and c.modal == "willen":
        c.tense = "pres"
        c.ctrl = ""
    c.advs = g.some_advs(0.6)
    if g.chance(0.35):
        c.obls.append(pp(g.choice(["met", "bij"]), g.np_of(("TOPIC", "GOAL", "DOC", "EVENT"),
                                                           det=g.choice(["poss:je", "poss:uw",
                                                                         "def"]))))
    order = "v2"
    front = None
    if c.advs and g.chance(0.3):
        front = c.advs[0]
    if g.chance(0.15):
        order = "v1"
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


def s_formal(g: Gen) -> tuple[list[Tok], str]:
    """Formal u/uw: Heeft u vragen over uw factuur? Wij sturen u uw offerte."""
    g.formal = True
    r = g.rng.random()
    if r < 0.35:
        verb = VERB[g.choice(["hebben", "hebben", "zoeken", "ontvangen", "krijgen", "missen"])]
        obj = g.np_of(("TOPIC", "DOC", "PROD"), det=g.choice(["bare", "indef", "poss:uw"]),
                      plural=g.chance(0.5))
        c = Clause(verb=verb, subj=subj_pron("u"), obj=obj)
        if g.chance(0.6):
            c.obls.append(pp(g.choice(["over", "bij", "voor", "met"]),
                             g.np_of(("DOC", "PROD", "EVENT", "TOPIC"), det="poss:uw")))
        return finish(realize(c, "v1", g.rng), "?")
    if r < 0.6:
        verb = g.choice([v for v in VERBS if "ditr" in v.frames])
        subj = subj_pron(g.choice(["wij", "we"]))
        c = Clause(verb=verb, subj=subj, iobj=obj_pron("u"),
                   obj=g.object_for(verb, det=g.choice(["poss:uw", "indef", "def", "poss:uw"])))
        c.tense = g.choice(["pres", "pres", "fut", "perf"])
        c.advs = g.some_advs(0.4)
        return finish(realize(c, "v2", g.rng), ".")
    verb = g.trans_verb()
    c = Clause(verb=verb, subj=subj_pron("u"), obj=g.object_for(verb, det="poss:uw"))
    c.tense = g.choice(["pres", "pres", "modal", "perf", "past"])
    c.modal = g.choice(["kunnen", "moeten", "mogen", "willen"])
    c.advs = g.some_advs(0.5)
    order = g.choice(["v1", "v2", "v2"])
    front = None
    if order == "v2" and c.advs and g.chance(0.4):
        front = c.advs[0]
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


def s_control(g: Gen) -> tuple[list[Tok], str]:
    """gaan/willen/proberen/blijven + infinitive: Wij gaan je helpen. Probeer je ... te ...?"""
    ctrl = g.choice(["gaan", "gaan", "willen", "proberen", "blijven", "proberen", "durven",
                     "hoeven"])
    verb = g.trans_verb()
    subj = g.subject(g.choice(["2", "w", "2", "3", "j"]))
    c = Clause(verb=verb, subj=subj, obj=g.object_for(verb), ctrl=ctrl)
    if ctrl == "hoeven":
        c.negate = True
    c.advs = g.some_advs(0.4)
    if g.chance(0.15):
        c.tense, c.modal = "modal", g.choice(["kunnen", "moeten", "zullen"])
    if ctrl in ("gaan", "willen", "blijven") and g.chance(0.2):
        c.tense = "past" if c.tense == "pres" else c.tense
    order = g.choice(["v2", "v2", "v1"])
    if g.chance(0.15) and ctrl in ("proberen", "gaan", "blijven", "durven"):
        c.subj = None
        c.tense = "pres"
        return finish(realize(c, "imp", g.rng), ".")
    return finish(realize(c, order, g.rng), "?" if order == "v1" else ".")


def s_nominal(g: Gen) -> tuple[list[Tok], str]:
    """Nominal style: Het maken van een keuze is lastig. Wij dragen zorg voor ..."""
    r = g.rng.random()
    if r < 0.6:
        verb = g.trans_verb()
        det = Tok("het", "het", "LID|bep|stan|evon")
        inf = Tok(verb.inf, verb.inf, "WW|inf|nom|zonder|zonder-n")
        det.attach(inf, "det")
        obj = g.object_for(verb)
        van = pp("van", obj, "nmod")
        obj.head.attach(inf, "nmod")
        subj = Phrase([det, inf] + van.toks, inf)
        adj = g.choice(["lastig", "belangrijk", "niet moeilijk" if False else "eenvoudig",
                        "leuk", "een vak apart" if False else "tijdrovend", "essentieel",
                        "makkelijker dan je denkt" if False else "makkelijk", "cruciaal"])
        pred = word(adj, "ADJ|vrij|basis|zonder")
        c = Clause(subj=subj, copula="zijn", pred=Phrase([pred], pred))
        c.advs = g.some_advs(0.3)
        order = "v1" if g.chance(0.3) else "v2"
        return finish(realize(c, order, g.rng), "?" if order == "v1" else ".")
    # zorg dragen voor
    dragen = VERB.get("dragen")
    subj = g.subject(g.choice(["w", "3", "2"]))
    zorg = Tok("zorg", "zorg", "N|soort|ev|basis|zijd|stan")
    zorg_ph = Phrase([zorg], zorg)
    target = pp("voor", g.np_of(("DOC", "TOPIC", "PROD", "GOAL"), det=g.choice(
        ["poss:je", "poss:uw", "def", "poss:jouw"])), "obl")
    assert dragen is not None
    c = Clause(verb=dragen, subj=subj, obj=zorg_ph, obls=[target])
    c.advs = g.some_advs(0.3)
    c.tense = g.choice(["pres", "pres", "fut", "modal"])
    c.modal = "kunnen"
    return finish(realize(c, "v2", g.rng), ".")


def s_hedge(g: Gen) -> tuple[list[Tok], str]:
    """Hedged statements and questions: Misschien wil je ..., Eigenlijk weet je ..."""
    form, xpos = g.choice(HEDGES[:5] + [("Wellicht", "BW"), ("Misschien", "BW")])
    hedge = word(form, xpos)
    verb = g.trans_verb()
    subj = g.subject(g.choice(["2", "2", "2", "w", "3", "m"]))
    c = Clause(verb=verb, subj=subj, obj=g.object_for(verb))
    c.tense = g.choice(["pres", "modal", "modal", "pres"])
    c.modal = g.choice(["kunnen", "willen", "moeten", "mogen"])
    c.advs = [hedge] + [a for a in g.some_advs(0.3) if a.form != hedge.form.lower()]
    if g.chance(0.3):
        c.ctrl = "proberen"
        c.tense = "pres"
    return finish(realize(c, "v2", g.rng, front=hedge), ".")


def s_past_narrative(g: Gen) -> tuple[list[Tok], str]:
    """Past tense and perfects in customer stories."""
    subj = g.choice([proper_name(g.rng, "person"), proper_name(g.rng, "company"),
                     g.person_np(poss_p=0.6), subj_pron(g.choice(["wij", "we", "ik", "hij",
                                                                  "zij_sg", "ze_pl"]))])
    verb = g.trans_verb()
    c = Clause(verb=verb, subj=subj, obj=g.object_for(verb))
    c.tense = g.choice(["past", "past", "perf", "pluperf"])
    c.advs = g.some_advs(0.4)
    front = None
    if g.chance(0.35):
        tp = pp(g.choice(["in", "na", "binnen"]), np(g.noun("TIME"), "indef"))
        if g.chance(0.5):
            vorig = Noun("week", "de", "weken", "TIME")
            tp = np(vorig, "bare", adj=None)
            adj = Tok("vorige", "vorig", "ADJ|prenom|basis|met-e|stan")
            adj.attach(tp.head, "amod")
            tp.toks.insert(0, adj)
            tp.extra["deprel"] = "obl"
        c.obls.append(tp)
        front = tp
    return finish(realize(c, "v2", g.rng, front=front), ".")


def s_jullie(g: Gen) -> tuple[list[Tok], str]:
    """Plural address: Zoeken jullie een nieuwe coach? Hoe gaat het met jullie team?"""
    verb = g.trans_verb()
    subj = subj_pron("jullie")
    c = Clause(verb=verb, subj=subj, obj=g.object_for(verb, det=g.choice(
        ["poss:jullie", "indef", "def", "poss:jullie"])))
    c.tense = g.choice(["pres", "pres", "modal", "perf"])
    c.modal = g.choice(["kunnen", "willen", "moeten"])
    c.advs = g.some_advs(0.4)
    order = g.choice(["v1", "v2"])
    return finish(realize(c, order, g.rng), "?" if order == "v1" else ".")


def s_refl(g: Gen) -> tuple[list[Tok], str]:
    """Reflexive verbs with every subject: Je meldt je aan. Meld jij je ook aan? U vergist zich."""
    verb = g.choice([v for v in VERBS if "refl" in v.frames])
    subj = g.subject(g.choice(["2", "2", "w", "3", "j", "i"]))
    key = {"1": "me", "2": "je", "u": "u", "3": "zich"}.get(subj.person, "zich")
    if subj.key in ("wij", "we"):
        key = "ons"
    elif subj.key == "jullie":
        key = "je"
    if subj.key == "u":
        key = "zich"
    c = Clause(verb=verb, subj=subj, refl=obj_pron(key))
    if verb.pp and g.chance(0.6):
        c.obls.append(g.pp_for(verb))
    c.tense = g.choice(["pres", "pres", "pres", "modal", "modal", "perf", "fut"])
    c.modal = g.choice(["kunnen", "kunnen", "moeten", "mogen"])
    c.advs = g.some_advs(0.5)
    order = g.choice(["v1", "v2", "v2"])
    front = None
    if order == "v2" and c.advs and g.chance(0.3):
        front = c.advs[0]
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


def s_pp_object(g: Gen) -> tuple[list[Tok], str]:
    """Verbs with a prepositional object: Denk jij aan je herstel? Wij zorgen voor je omzet."""
    verb = g.choice([v for v in VERBS if "pp" in v.frames and v.pp])
    subj = g.subject(g.choice(["2", "2", "w", "3", "j"]))
    c = Clause(verb=verb, subj=subj, obls=[g.pp_for(verb)])
    c.tense = g.choice(["pres", "pres", "pres", "modal", "perf", "past"])
    c.modal = g.choice(["kunnen", "moeten", "willen"])
    c.advs = g.some_advs(0.4)
    order = g.choice(["v1", "v2", "v2"])
    front = None
    if order == "v2" and g.chance(0.2):
        front = c.obls[0]
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


def s_existential(g: Gen) -> tuple[list[Tok], str]:
    """Er is/zijn ...: Er is altijd een coach die met je meedenkt. Zijn er nog vragen?"""
    noun = g.noun("TOPIC", "PROD", "EVENT", "PERS", "GOAL")
    plural = not noun.mass and g.chance(0.45)
    subj = np(noun, g.choice(["indef", "bare", "geen", "veel" if plural else "indef"]),
              plural=plural, adj=g.adj_for(noun) if g.chance(0.3) else None)
    zijn = VERB["zijn"]
    person = "pl" if plural else "3"
    r = g.rng.random()
    c_head = Tok("", "zijn", "")
    form, xpos = (zijn.present(person), zijn.present_tag(person))
    if r < 0.2:
        form, xpos = zijn.past(plural), "WW|pv|verl|mv" if plural else "WW|pv|verl|ev"
    c_head = Tok(form, "zijn", xpos, upos="VERB")
    er = Tok("er", "er", "VNW|aanw|adv-pron|stan|red|3|getal")
    er.attach(c_head, "advmod")
    subj.head.attach(c_head, "nsubj")
    advs = g.some_advs(0.4)
    for a in advs:
        a.attach(c_head, "advmod")
    extra: list[Tok] = []
    if g.chance(0.4):
        o = g.obl_extra()
        o.head.attach(c_head, "obl")
        extra = o.toks
    question = g.chance(0.35)
    if question:
        toks = [c_head, er] + advs + subj.toks + extra
        return finish(toks, "?")
    return finish([er, c_head] + advs + subj.toks + extra, ".")


def s_coordination(g: Gen) -> tuple[list[Tok], str]:
    """Two short main clauses joined by en/maar/dus/of: Jij kiest het doel en wij doen de
    rest. Je traint hard, maar rust je ook genoeg?"""
    shapes = [s_statement, s_object_you, s_unaccusative, s_copular, s_pp_object, s_passive]
    for _ in range(20):
        first, first_end = g.choice(shapes)(g)
        if first_end == ".":
            break
    second_shape = g.choice(shapes + [s_yn_question, s_wh_question, s_imperative])
    second, end = second_shape(g)
    if second_shape is s_imperative:
        end = "."
    r1, r2 = _root_of(first), _root_of(second)
    conj_form = g.choice(["en", "en", "maar", "maar", "want", "of"])
    if conj_form in ("want", "of") and second[0].xpos.startswith("WW|pv") and end == "?":
        conj_form = "maar"  # "want" + yes/no question is odd
    if conj_form == "want" and second_shape is s_imperative:
        conj_form = "en"  # no imperative after "want"
    cc = word(conj_form, "VG|neven")
    cc.attach(r2, "cc")
    r2.attach(r1, "conj")
    out = list(first)
    if conj_form != "en" or g.chance(0.2):
        comma = punct(",")
        comma.attach(r2, "punct")
        out.append(comma)
    if second and second[0].form[:1].isupper() and not second[0].xpos.startswith(
            ("N|eigen", "SPEC")):
        second[0].form = second[0].form[0].lower() + second[0].form[1:]
    return finish(out + [cc] + second, end)


def s_intro(g: Gen) -> tuple[list[Tok], str]:
    """A sentence with an intro phrase: 'Goed nieuws: ...', 'Kortom, ...', 'Eerlijk is
    eerlijk, ...' kept simple: a fronted adverbial and a comma."""
    inner_shape = g.choice([s_statement, s_yn_question, s_imperative, s_object_you])
    toks, end = inner_shape(g)
    root = _root_of(toks)
    form = g.choice(["Kortom", "Ja", "Nee", "Oké", "Goed"])
    xpos = {"Ja": "TSW", "Nee": "TSW", "Oké": "TSW", "Goed": "ADJ|vrij|basis|zonder",
            "Kortom": "BW", "Dus": "BW"}[form]
    intro = word(form, xpos)
    intro.attach(root, "discourse" if xpos == "TSW" else "advmod")
    if xpos == "TSW":
        intro.upos = "INTJ"
        intro.deprel = "parataxis"
    comma = punct(",")
    comma.attach(intro if xpos == "TSW" else root, "punct")
    if toks and toks[0].form[:1].isupper() and not toks[0].xpos.startswith(("N|eigen", "SPEC")):
        toks[0].form = toks[0].form[0].lower() + toks[0].form[1:]
    return finish([intro, comma] + toks, end)


def om_te(g: Gen, with_om: bool = True) -> tuple[list[Tok], Tok]:
    """(om) [object] [particle] te + infinitive: om je doelen te bespreken."""
    verb = g.trans_verb()
    inf = Tok(verb.base if verb.prt else verb.inf, verb.inf, "WW|inf|vrij|zonder", upos="VERB")
    toks: list[Tok] = []
    if with_om:
        om = Tok("om", "om", "VZ|init")
        om.attach(inf, "mark")
        toks.append(om)
    obj = g.object_for(verb)
    obj.head.attach(inf, "obj")
    toks += obj.toks
    if g.chance(0.3):
        a = g.adv(ADVERBS_MANNER + ADVERBS_TIME)
        a.attach(inf, "advmod")
        toks.insert(1 if with_om else 0, a)
    if verb.prt:
        prt = Tok(verb.prt, verb.prt, "VZ|fin")
        from training.synth.phrases import particle_tok
        prt = particle_tok(verb.prt)
        prt.attach(inf, "compound:prt")
        toks.append(prt)
    te = Tok("te", "te", "VZ|init")
    te.attach(inf, "mark")
    return toks + [te, inf], inf


def s_wist_je(g: Gen) -> tuple[list[Tok], str]:
    """Wist je dat ...? Weet jij dat ...? Wist u dat ...?"""
    subj = g.subject("2")
    weten = VERB["weten"]
    past = g.chance(0.7)
    emb_verb = g.trans_verb()
    emb_subj = g.choice([g.person_np(plural=True, poss_p=0.3), g.person_np(poss_p=0.5),
                         subj_pron("u" if g.formal else g.choice(["je", "jij"]))])
    if g.chance(0.3):
        q = Tok(g.choice(["veel", "de meeste"]) if False else "veel", "veel",
                "VNW|onbep|grad|stan|prenom|zonder|agr|basis")
        noun = g.noun("PERS")
        emb_subj = np(noun, "bare", plural=True)
        q.attach(emb_subj.head, "det")
        emb_subj.toks.insert(0, q)
    emb = Clause(verb=emb_verb, subj=emb_subj, obj=g.object_for(emb_verb))
    emb.tense = g.choice(["pres", "pres", "pres", "perf", "modal"])
    emb.modal = g.choice(["kunnen", "moeten", "willen"])
    emb.advs = g.some_advs(0.5)
    if g.chance(0.4):
        emb.obls.append(g.obl_extra())
    dat = word("dat", "VG|onder")
    emb_toks = realize(emb, "sub", g.rng, mark=[dat])
    assert emb.head is not None
    dat.attach(emb.head, "mark")
    comp = Phrase(emb_toks, emb.head, extra={"deprel": "ccomp"})
    c = Clause(verb=weten, subj=subj, extra_end=[comp], tense="past" if past else "pres")
    if g.chance(0.3):
        c.advs = [word(g.choice(["al", "eigenlijk", "trouwens"]), "BW")]
        if c.advs[0].form == "eigenlijk":
            c.advs[0].xpos = "ADJ|vrij|basis|zonder"
    return finish(realize(c, "v1", g.rng), "?")


def s_vind_je_het(g: Gen) -> tuple[list[Tok], str]:
    """Vind je het lastig om ... te ...? Ik vind het belangrijk dat ... ."""
    vinden = VERB["vinden"]
    subj = g.subject(g.choice(["2", "2", "2", "i", "w", "3"]))
    het = obj_pron("het")
    adj = word(g.choice(["lastig", "moeilijk", "belangrijk", "fijn", "leuk", "spannend",
                         "makkelijk", "zonde", "normaal", "logisch", "vervelend", "handig",
                         "prettig", "nodig"]), "ADJ|vrij|basis|zonder")
    adj_ph = Phrase([adj], adj, extra={"deprel": "xcomp"})
    if g.chance(0.6):
        te_toks, te_head = om_te(g, with_om=g.chance(0.8))
        comp = Phrase(te_toks, te_head, extra={"deprel": "ccomp", "noattach": True})
    else:
        emb_verb = g.trans_verb()
        emb = Clause(verb=emb_verb, subj=g.subject("23w"), obj=g.object_for(emb_verb))
        emb.advs = g.some_advs(0.3)
        mark = word(g.choice(["dat", "als"]), "VG|onder")
        emb_toks = realize(emb, "sub", g.rng, mark=[mark])
        assert emb.head is not None
        mark.attach(emb.head, "mark")
        comp = Phrase(emb_toks, emb.head, extra={"deprel": "ccomp", "noattach": True})
    c = Clause(verb=vinden, subj=subj, obj=het, extra_end=[adj_ph, comp])
    c.advs = [g.adv(HEDGES[:6] + [("ook", "BW"), ("soms", "BW"), ("nog", "BW")])] if g.chance(
        0.4) else []
    toks_order = "v1" if subj.person in ("2", "u") and g.chance(0.7) else "v2"
    toks = realize(c, toks_order, g.rng)
    het.head.deprel = "expl"
    assert c.head is not None
    comp.head.attach(c.head, "ccomp" if comp.head.xpos.startswith("WW|pv") else "ccomp")
    return finish(toks, "?" if toks_order == "v1" else ".")


def s_purpose(g: Gen) -> tuple[list[Tok], str]:
    """Main clause + om ... te: Wij bellen je om je afspraak te bevestigen."""
    verb = g.trans_verb()
    subj = g.subject(g.choice(["2", "w", "3", "2"]))
    c = Clause(verb=verb, subj=subj, obj=g.object_for(verb))
    c.tense = g.choice(["pres", "pres", "modal", "fut"])
    c.modal = g.choice(["kunnen", "moeten"])
    c.advs = g.some_advs(0.3)
    te_toks, te_head = om_te(g)
    order = g.choice(["v2", "v2", "v1"])
    toks = realize(c, order, g.rng)
    assert c.head is not None
    te_head.attach(c.head, "advcl")
    return finish(toks + te_toks, "?" if order == "v1" else ".")


def s_wat_houdt_je(g: Gen) -> tuple[list[Tok], str]:
    """Wh-subject with you as object: Wat houdt je tegen? Wat levert het je op?
    Wat kost het je?"""
    r = g.rng.random()
    you = obj_pron(g.you_obj())
    if r < 0.4:
        verb = VERB[g.choice(["tegenhouden", "motiveren", "inspireren", "helpen",
                              "ondersteunen", "verrassen"])]
        c = Clause(verb=verb, subj=subj_pron("wat"), obj=you)
        c.tense = g.choice(["pres", "pres", "past", "perf"])
        c.advs = [word(g.choice(["nog", "echt", "eigenlijk", "precies", "nu"]), "BW")] if \
            g.chance(0.5) else []
        for a in c.advs:
            if a.form in ("eigenlijk", "precies"):
                a.xpos = "ADJ|vrij|basis|zonder"
        return finish(realize(c, "v2", g.rng), "?")
    verb = VERB[g.choice(["opleveren", "kosten", "opleveren"])]
    w = obj_pron("wat")
    subj = g.choice([subj_pron("het"), subj_pron("dat"),
                     g.np_of(("EVENT", "PROD", "TOPIC"), det=g.choice(["def", "dem_near",
                                                                       "poss:onze"]))])
    c = Clause(verb=verb, subj=subj, obj=w, iobj=you)
    c.tense = g.choice(["pres", "pres", "fut", "perf"])
    c.advs = g.some_advs(0.3)
    return finish(realize(c, "v2", g.rng, front=w), "?")


def s_tag_question(g: Gen) -> tuple[list[Tok], str]:
    """Statement + tag: ..., toch? / ..., of niet?"""
    for _ in range(20):
        toks, end = g.choice([s_statement, s_copular, s_object_you, s_unaccusative])(g)
        if end == ".":
            break
    root = _root_of(toks)
    comma = punct(",")
    if g.chance(0.7):
        tag = word("toch", "BW")
        tag.attach(root, "advmod")
        comma.attach(tag, "punct")
        return finish(toks + [comma, tag], "?")
    of = word("of", "VG|neven")
    niet = word("niet", "BW")
    niet.attach(root, "conj")
    of.attach(niet, "cc")
    comma.attach(niet, "punct")
    return finish(toks + [comma, of, niet], "?")


def s_hoe_adj(g: Gen) -> tuple[list[Tok], str]:
    """Wh-question with a fronted predicate: Hoe fit ben jij? Hoe gezond is jouw bedrijf?
    Hoe tevreden zijn je klanten?"""
    adj = g.choice(["fit", "gezond", "tevreden", "zeker", "klaar", "belangrijk", "groot",
                    "zichtbaar", "sterk", "duurzaam", "slim", "veilig", "snel", "goed",
                    "vindbaar", "wendbaar", "klantvriendelijk", "digitaal", "productief"])
    hoe = word("hoe", "BW")
    a = word(adj, "ADJ|vrij|basis|zonder")
    hoe.attach(a, "advmod")
    pred = Phrase([hoe, a], a)
    if g.chance(0.5):
        subj = g.subject("2j")
    else:
        noun = g.noun("PERS", "PROD", "GOAL", "TOPIC")
        subj = np(noun, "poss:" + g.choice([g.poss2(), g.poss2(), "jullie", "onze"]),
                  plural=not noun.mass and g.chance(0.4))
    c = Clause(subj=subj, copula="zijn", pred=pred)
    c.tense = g.choice(["pres", "pres", "pres", "past"])
    if g.chance(0.3):
        c.advs = [word(g.choice(["eigenlijk", "echt", "nu", "nog"]), "BW")]
        if c.advs[0].form in ("eigenlijk", "echt"):
            c.advs[0].xpos = "ADJ|vrij|basis|zonder"
    return finish(realize(c, "v2", g.rng, front=pred), "?")


def s_fragment(g: Gen) -> tuple[list[Tok], str]:
    """Verbless marketing fragments: Klaar voor de volgende stap? Meer tijd voor jezelf?
    Zin in een nieuwe uitdaging? Jouw doel, onze aanpak. Het resultaat: meer rust."""
    r = g.rng.random()
    if r < 0.25:
        head = word(g.choice(["klaar", "benieuwd", "nieuwsgierig", "klaar"]),
                    "ADJ|vrij|basis|zonder")
        prep = {"klaar": "voor", "benieuwd": "naar", "nieuwsgierig": "naar"}[head.form]
        inner = g.np_of(("EVENT", "GOAL", "PROD", "TOPIC"), det=g.choice(
            ["def", "poss:je", "poss:jouw", "indef"]))
        p = pp(prep, inner)
        p.head.attach(head, "obl")
        return finish([head] + p.toks, "?")
    if r < 0.45:
        noun_form = g.choice(["zin", "tijd", "behoefte", "ruimte"])
        head = Tok(noun_form, noun_form, "N|soort|ev|basis|zijd|stan")
        toks = [head]
        if g.chance(0.4):
            meer = Tok("meer", "veel", "VNW|onbep|grad|stan|prenom|zonder|agr|comp")
            meer.attach(head, "det")
            toks.insert(0, meer)
        prep = {"zin": "in", "tijd": "voor", "behoefte": "aan", "ruimte": "voor"}[noun_form]
        if g.chance(0.3) and prep == "voor":
            inner = obj_pron(g.choice(["jezelf", "jou", "je"]) if not g.formal else "u")
        else:
            inner = g.np_of(("EVENT", "GOAL", "PROD", "TOPIC", "PERS"), det=g.choice(
                ["indef", "poss:je", "poss:jouw", "def", "bare"]))
        p = pp(prep, inner, "nmod")
        p.head.attach(head, "nmod")
        return finish(toks + p.toks, "?")
    if r < 0.7:
        left = g.np_of(("GOAL", "TOPIC", "PERS", "EVENT"), det="poss:" + g.poss2(), adj_p=0.2)
        right = g.np_of(("TOPIC", "GOAL", "PROD"), det="poss:" + g.choice(["onze", "onze",
                                                                            "jullie"]),
                        adj_p=0.2)
        comma = punct(",")
        right.head.attach(left.head, "conj" if g.chance(0.5) else "parataxis")
        comma.attach(right.head, "punct")
        return finish(left.toks + [comma] + right.toks, ".")
    left = np(g.choice([Noun("resultaat", "het", "resultaten", "GOAL"),
                        Noun("voordeel", "het", "voordelen", "GOAL"),
                        Noun("doel", "het", "doelen", "GOAL"),
                        Noun("uitkomst", "de", "uitkomsten", "GOAL")]), "def")
    colon = punct(":")
    right = g.np_of(("GOAL", "MEAS", "TOPIC"), det=g.choice(["bare", "meer", "indef"]),
                    adj_p=0.3)
    if g.chance(0.5):
        extra = pp(g.choice(["voor", "in", "met"]), g.np_of(("PERS", "TOPIC", "GOAL"),
                                                            det="poss:" + g.poss2()))
        extra.head.attach(right.head, "nmod")
        right.toks += extra.toks
    right.head.attach(left.head, "parataxis")
    colon.attach(right.head, "punct")
    return finish(left.toks + [colon] + right.toks, g.choice([".", "!"]))


def s_laten(g: Gen) -> tuple[list[Tok], str]:
    """laten + infinitive: Laat je inspireren. Laat ons je helpen. Laat je niet afleiden."""
    laten = VERB["laten"]
    r = g.rng.random()
    verb = g.choice([v for v in VERBS if "pers" in v.frames])
    inf = Tok(verb.inf, verb.inf, "WW|inf|vrij|zonder", upos="VERB")
    if r < 0.55:
        head = Tok(laten.present("imp"), "laten", "WW|pv|tgw|ev", upos="VERB")
        you = obj_pron("u" if g.formal else "je")
        you.head.attach(head, "obj")
        inf.attach(head, "xcomp")
        toks = [head] + you.toks
        if g.chance(0.4):
            a = g.adv([("vooral", "BW"), ("gerust", "ADJ|vrij|basis|zonder"), ("niet", "BW"),
                       ("graag", "BW"), ("verrassen" and "ook", "BW")])
            a.attach(inf, "advmod")
            toks.append(a)
        if g.chance(0.35):
            p = pp(g.choice(["door", "door"]), g.np_of(("PERS", "PROD", "DOC", "TB"),
                                                     det=g.choice(["poss:onze", "def"])),
                   "obl:agent")
            p.head.attach(inf, "obl:agent")
            toks += p.toks
        return finish(toks + [inf], g.choice([".", "!"]))
    # Laat ons je helpen / Laat onze coach je begeleiden
    head = Tok(laten.present("imp"), "laten", "WW|pv|tgw|ev", upos="VERB")
    causer = obj_pron("ons") if g.chance(0.6) else g.person_np(poss_p=1.0)
    causer.head.attach(head, "obj")
    inf.attach(head, "xcomp")
    you = obj_pron(g.you_obj())
    you.head.attach(inf, "obj")
    toks = [head] + causer.toks + you.toks
    if g.chance(0.4):
        p = g.obl_extra()
        p.head.attach(inf, "obl")
        toks += p.toks
    return finish(toks + [inf], g.choice([".", "!", "."]))


def s_ook_jij(g: Gen) -> tuple[list[Tok], str]:
    """Focus particle before a fronted subject: Ook jij verdient rust. Juist u ..."""
    verb = g.trans_verb()
    subj = subj_pron("u" if g.formal else "jij") if g.chance(0.7) else g.person_np()
    focus = word(g.choice(["ook", "ook", "juist", "zelfs", "alleen"]), "BW")
    if focus.form == "juist":
        focus.xpos = "ADJ|vrij|basis|zonder"
    focus.attach(subj.head, "advmod")
    subj.toks.insert(0, focus)
    c = Clause(verb=verb, subj=subj, obj=g.object_for(verb))
    c.tense = g.choice(["pres", "pres", "modal", "fut"])
    c.modal = g.choice(["kunnen", "mogen"])
    c.advs = g.some_advs(0.3)
    return finish(realize(c, "v2", g.rng), g.choice([".", "!"]))


STRANDED = {"met": "mee", "tot": "toe"}


def s_r_pronoun(g: Gen) -> tuple[list[Tok], str]:
    """Split R-pronouns: Waar wacht je nog op? Daar zorgen wij voor. Denk er eens over na.
    Heb jij er ook last van? (R-pronoun obl:arg/obl of the verb, stranded VZ|fin as its case)"""
    verb = g.choice([v for v in VERBS if v.pp and ("pp" in v.frames or "refl" in v.frames)
                     and v.pp in ("op", "aan", "over", "voor", "naar", "met", "in", "van")])
    prep = Tok(STRANDED.get(verb.pp, verb.pp), STRANDED.get(verb.pp, verb.pp), "VZ|fin")
    r = g.rng.random()
    kind = "waar" if r < 0.45 else "daar" if r < 0.7 else "er"
    if kind == "waar":
        rtok = Tok("waar", "waar", "VNW|vb|adv-pron|obl|vol|3o|getal")
    elif kind == "daar":
        rtok = Tok("daar", "daar", "VNW|aanw|adv-pron|obl|vol|3o|getal")
    else:
        rtok = Tok("er", "er", "VNW|aanw|adv-pron|stan|red|3|getal")
    prep.attach(rtok, "case")
    rph = Phrase([rtok], rtok, extra={"deprel": "obl:arg", "early": kind == "er"})
    subj = g.subject(g.choice(["2", "2", "w", "3", "j"]))
    c = Clause(verb=verb, subj=subj, adv_phrases=[rph], stranded=[prep])
    if "refl" in verb.frames:
        key = {"1": "me", "2": "je", "u": "zich", "3": "zich"}.get(subj.person, "zich")
        if subj.key in ("wij", "we"):
            key = "ons"
        elif subj.key == "jullie":
            key = "je"
        c.refl = obj_pron(key)
    c.tense = g.choice(["pres"] * 5 + ["perf", "modal", "fut", "past"])
    c.modal = g.choice(["kunnen", "moeten", "willen"])
    c.advs = [a for a in g.some_advs(0.5) if a.form not in ("zelf",)]
    if kind == "waar":
        return finish(realize(c, "v2", g.rng, front=rph), "?")
    if kind == "daar":
        return finish(realize(c, "v2", g.rng, front=rph), ".")
    if g.chance(0.35) and "refl" not in verb.frames:
        c.subj = None
        c.tense = "pres"
        if g.chance(0.5):
            c.advs = [word("eens", "BW")] + c.advs
        return finish(realize(c, "imp", g.rng), g.choice([".", "!"]))
    order = g.choice(["v1", "v2"])
    return finish(realize(c, order, g.rng), "?" if order == "v1" else ".")


def s_ervoor(g: Gen) -> tuple[list[Tok], str]:
    """Hoe zorg je ervoor dat ...? Wij zorgen ervoor dat ... Zorg ervoor dat ...
    Ben jij er klaar voor?"""
    if g.chance(0.25):
        subj = g.subject("2j")
        klaar = word(g.choice(["klaar", "klaar", "benieuwd", "blij", "trots", "zeker"]),
                     "ADJ|vrij|basis|zonder")
        prep_form = {"klaar": "voor", "benieuwd": "naar", "blij": "mee", "trots": "op",
                     "zeker": "van"}[klaar.form]
        er = Tok("er", "er", "VNW|aanw|adv-pron|stan|red|3|getal")
        prep = Tok(prep_form, prep_form, "VZ|fin")
        prep.attach(er, "case")
        er.attach(klaar, "obl")
        pred = Phrase([er] + ([word(g.choice(["al", "ook", "echt"]), "BW")]
                              if g.chance(0.4) else []) + [klaar, prep], klaar)
        for t in pred.toks[1:-2]:
            t.attach(klaar, "advmod")
            if t.form == "echt":
                t.xpos = "ADJ|vrij|basis|zonder"
        c = Clause(subj=subj, copula="zijn", pred=pred)
        return finish(realize(c, "v1", g.rng), "?")
    zorgen = VERB["zorgen"]
    ervoor = Tok("ervoor", "ervoor", "BW")
    eph = Phrase([ervoor], ervoor, extra={"deprel": "obl:arg", "early": True})
    emb_verb = g.trans_verb()
    emb = Clause(verb=emb_verb, subj=g.subject(g.choice(["2", "3", "w", "2"])),
                 obj=g.object_for(emb_verb))
    emb.tense = g.choice(["pres", "pres", "modal"])
    emb.modal = g.choice(["kunnen", "moeten"])
    emb.advs = g.some_advs(0.3)
    dat = word("dat", "VG|onder")
    emb_toks = realize(emb, "sub", g.rng, mark=[dat])
    assert emb.head is not None
    dat.attach(emb.head, "mark")
    comp = Phrase(emb_toks, emb.head, extra={"deprel": "ccomp"})
    r = g.rng.random()
    if r < 0.4:
        hoe = word("hoe", "BW")
        c = Clause(verb=zorgen, subj=g.subject("2j"), adv_phrases=[eph], advs=[hoe],
                   extra_end=[comp])
        return finish(realize(c, "v2", g.rng, front=hoe), "?")
    if r < 0.7:
        c = Clause(verb=zorgen, subj=g.subject("w3"), adv_phrases=[eph], extra_end=[comp])
        c.tense = g.choice(["pres", "pres", "fut"])
        return finish(realize(c, "v2", g.rng), ".")
    c = Clause(verb=zorgen, adv_phrases=[eph], extra_end=[comp])
    return finish(realize(c, "imp", g.rng), g.choice([".", "!"]))


def s_conditional_v1(g: Gen) -> tuple[list[Tok], str]:
    """Verb-first conditional clause: Mocht je vragen hebben, neem dan contact op.
    Kies je voor een jaarabonnement, dan krijg je twee maanden gratis."""
    subj = g.subject("2")
    if g.chance(0.45):
        mogen = VERB["mogen"]
        lex = VERB[g.choice(["hebben", "hebben", "willen", "zoeken", "missen", "krijgen"])] \
            if g.chance(0.6) else g.trans_verb()
        obj = g.np_of(("TOPIC", "DOC", "PROD", "EVENT"), det=g.choice(
            ["bare", "indef", "poss:je", "def"]), plural=g.chance(0.6), adj_p=0.2)
        inf = Tok(lex.inf, lex.inf, "WW|inf|vrij|zonder", upos="VERB")
        mocht = Tok("mocht", "mogen", "WW|pv|verl|ev", upos="AUX")
        mocht.attach(inf, "aux")
        subj.head.attach(inf, "nsubj")
        obj.head.attach(inf, "obj")
        cond = [mocht] + subj.toks + obj.toks + [inf]
        del mogen
        cond_head = inf
    else:
        lex = g.choice([v for v in VERBS if "pp" in v.frames and v.pp] + [VERB["kiezen"]] * 3)
        c1 = Clause(verb=lex, subj=subj)
        if lex.pp:
            c1.obls.append(g.pp_for(lex))
        else:
            c1.obj = g.object_for(lex)
        c1.advs = [a for a in g.some_advs(0.3) if a.form not in ("zelf",)]
        cond = realize(c1, "v1", g.rng)
        assert c1.head is not None
        cond_head = c1.head
    comma = punct(",")
    comma.attach(cond_head, "punct")
    dan = word("dan", "BW")
    if g.chance(0.5):  # imperative main clause: neem dan contact op / bel ons dan
        verb = g.choice([VERB["bellen"], VERB["mailen"], g.trans_verb(), VERB["helpen"]])
        main = Clause(verb=verb, obj=obj_pron("ons") if "pers" in verb.frames
                      else g.object_for(verb), advs=[dan])
        toks = realize(main, "imp", g.rng)
    else:
        verb = g.trans_verb()
        main = Clause(verb=verb, subj=g.subject("2w"), obj=g.object_for(verb), advs=[dan])
        main.tense = g.choice(["pres", "pres", "modal", "fut"])
        main.modal = g.choice(["kunnen", "mogen"])
        toks = realize(main, "v2", g.rng, front=dan)
    assert main.head is not None
    cond_head.attach(main.head, "advcl")
    return finish(cond + [comma] + toks, g.choice([".", "!", "."]))


def s_ditransitive(g: Gen) -> tuple[list[Tok], str]:
    """You as indirect object: Wij sturen je de offerte. We geven jou graag tips.
    Stuurt je coach je een schema?"""
    verb = g.choice([v for v in VERBS if "ditr" in v.frames])
    subj = g.choice([subj_pron(g.choice(["wij", "we", "we"])), g.person_np(poss_p=0.4),
                     proper_name(g.rng, "company")])
    iobj = obj_pron(g.you_obj())
    c = Clause(verb=verb, subj=subj, iobj=iobj, obj=g.object_for(verb))
    c.tense = g.choice(["pres", "pres", "pres", "fut", "perf", "modal"])
    c.modal = g.choice(["kunnen", "willen"])
    if c.modal == "willen" and c.tense == "modal":
        c.tense = "pres"
    c.advs = g.some_advs(0.5)
    order = g.choice(["v2", "v2", "v2", "v1"])
    front = None
    if order == "v2" and c.advs and g.chance(0.3):
        front = c.advs[0]
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


def s_imp_coord(g: Gen) -> tuple[list[Tok], str]:
    """Coordinated imperatives: Bekijk onze tarieven en plan direct een afspraak in.
    Kies je pakket, betaal veilig en start vandaag. ..., maar reken op een uur."""
    parts = []
    heads = []
    for _ in range(g.choice([2, 2, 3])):
        verb = g.trans_verb()
        c = Clause(verb=verb, obj=g.object_for(verb, det=g.choice(
            ["poss:je", "def", "indef", "poss:onze", None])))
        if g.chance(0.4):
            c.advs = [g.adv(ADVERBS_MANNER + ADVERBS_TIME)]
        parts.append(realize(c, "imp", g.rng))
        heads.append(c.head)
    out = list(parts[0])
    for i, (toks, head) in enumerate(zip(parts[1:], heads[1:], strict=True), 1):
        assert head is not None and heads[0] is not None
        head.attach(heads[0], "conj")
        toks[0].form = toks[0].form.lower()
        if i == len(parts) - 1:
            cc = word(g.choice(["en", "en", "en", "of", "maar"]), "VG|neven")
            cc.attach(head, "cc")
            if cc.form == "maar":
                comma = punct(",")
                comma.attach(head, "punct")
                out.append(comma)
            out += [cc] + toks
        else:
            comma = punct(",")
            comma.attach(head, "punct")
            out += [comma] + toks
    return finish(out, g.choice([".", "!"]))


def s_intransitive(g: Gen) -> tuple[list[Tok], str]:
    """Verbs without an object, any order: Twijfel je nog? Je klanten haken af. Sluit dit aan?"""
    pool = [v for v in VERBS if "intr" in v.frames and not set(v.frames) & {"cop", "modal"}]
    verb = g.choice(treebank_intransitive_verbs()) if g.chance(0.5) else g.choice(pool)
    subj = g.subject(g.choice(["2", "2", "3", "w", "j"]))
    if g.chance(0.3):
        subj = g.person_np(plural=g.chance(0.5))
    c = Clause(verb=verb, subj=subj)
    c.tense = g.choice(["pres"] * 5 + ["past", "modal"] + (["perf"] if verb in pool else []))
    c.modal = g.choice(["kunnen", "moeten", "willen"])
    c.advs = g.some_advs(0.6)
    if g.chance(0.3):
        c.obls.append(g.obl_extra())
    order = g.choice(["v1", "v2", "v2"])
    front = None
    if order == "v2" and c.obls and g.chance(0.3):
        front = c.obls[0]
    return finish(realize(c, order, g.rng, front=front), "?" if order == "v1" else ".")


# ------------------------------------------------------------------------------------------
# Third-person plural subjects, verb-final clusters, past plurals and the roles of "je"
# ------------------------------------------------------------------------------------------

PLURAL_ADJ = ["klein", "groot", "nieuw", "jong", "lokaal", "modern", "kritisch", "ervaren",
              "tevreden", "oud", "bekend", "zelfstandig", "slim", "druk"]
SUB_CONJ_PL = ["omdat", "omdat", "terwijl", "als", "zodat", "nadat", "wanneer", "zodra",
               "toen", "voordat"]
R_WORDS = ["waarmee", "waarbij", "waardoor", "waarin", "waarvoor", "waarop", "waaruit"]
WH_ADVS = ["waarom", "hoe", "wanneer"]
COPULA_PL_ADJ = ["duur", "populair", "actief", "kritisch", "zichtbaar", "belangrijk",
                 "verantwoordelijk", "onzeker", "positief", "voorzichtig", "bereid"]
TIME_FRONTS = ["Morgen", "Daarna", "Straks", "Vandaag", "Binnenkort", "Eerst", "Dan",
               "Vanavond", "Daarom", "Ook"]


def plural_subject(g: Gen, *, pron_p: float = 0.25,
                   classes: tuple[str, ...] = ("PERS", "SOC", "SOC")) -> Phrase:
    """A third-person plural subject: ze/zij, de klanten, veel ondernemers, steeds meer
    consumenten, onze coaches, jonge ouders uit Utrecht..."""
    if g.chance(pron_p):
        return subj_pron(g.choice(["ze_pl", "ze_pl", "zij_pl"]))
    cls = g.choice(classes)
    noun = g.choice([n for n in nouns_of(cls) if not n.mass])
    det = g.choice(["def", "def", "bare", "bare", "veel", "alle", "poss:onze", "meer",
                    "dem_near", "poss:hun", "num", "def"])
    adj = g.choice(PLURAL_ADJ) if g.chance(0.3) else None
    if det in ("num",):
        adj = None
    phrase = np(noun, det, plural=True, adj=adj,
                num=g.choice(["twee", "drie", "vijf", "tien", "honderd"]))
    if det == "meer":
        steeds = word("steeds", "BW")
        steeds.attach(phrase.toks[0], "advmod")
        phrase.toks.insert(0, steeds)
    if g.chance(0.15):
        mod = pp(g.choice(["uit", "in"]), proper_name(g.rng, "city"), "nmod")
        mod.head.attach(phrase.head, "nmod")
        phrase.toks.extend(mod.toks)
    elif g.chance(0.1):
        inner = g.np_of(("PROD", "TOPIC", "EVENT"), det=g.choice(["def", "bare", "indef"]),
                        adj_p=0.2)
        mod = pp(g.choice(["van", "met", "zonder"]), inner, "nmod")
        mod.head.attach(phrase.head, "nmod")
        phrase.toks.extend(mod.toks)
    phrase.person = "pl"
    phrase.plural = True
    return phrase


def _time_np(adj_form: str, adj_lemma: str, noun: str, gender: str) -> Phrase:
    """volgende week / vorig jaar / elke dag as an obl phrase."""
    n = Tok(noun, noun, f"N|soort|ev|basis|{'zijd' if gender == 'de' else 'onz'}|stan")
    if adj_form in ("elke", "deze"):
        a = Tok(adj_form, adj_lemma, "VNW|onbep|det|stan|prenom|met-e|evz" if adj_form == "elke"
                else "VNW|aanw|det|stan|prenom|met-e|rest")
        a.attach(n, "det")
    else:
        xpos = "ADJ|prenom|basis|met-e|stan" if adj_form.endswith("e") else \
            "ADJ|prenom|basis|zonder"
        a = Tok(adj_form, adj_lemma, xpos)
        a.attach(n, "amod")
    return Phrase([a, n], n, extra={"deprel": "obl"})


def time_phrase(g: Gen, past: bool = False) -> Phrase:
    """A time NP that fits the tense: volgende week / elke dag vs vorige week / vorig jaar."""
    if past:
        return g.choice([
            lambda: _time_np("vorige", "vorig", "week", "de"),
            lambda: _time_np("vorige", "vorig", "maand", "de"),
            lambda: _time_np("vorig", "vorig", "jaar", "het"),
            lambda: _time_np("elke", "elk", "dag", "de"),
        ])()
    return g.choice([
        lambda: _time_np("volgende", "volgend", "week", "de"),
        lambda: _time_np("volgende", "volgend", "maand", "de"),
        lambda: _time_np("elke", "elk", "dag", "de"),
        lambda: _time_np("elke", "elk", "week", "de"),
        lambda: _time_np("deze", "deze", "week", "de"),
    ])()


def _plural_clause(g: Gen, *, rel: Phrase | None = None, rel_role: str = "subj",
                   past_only: bool = False, singular_p: float = 0.0) -> Clause:
    """A clause with a third-person plural subject and material in the middle field.

    rel: a relative pronoun phrase used as subject (rel_role "subj"/"pass") or object.
    singular_p: chance of a singular third-person subject instead (the contrast: omdat de prijs
    afwijkt / omdat de prijzen afwijken).
    """
    r = g.rng.random()
    subj = rel if rel is not None and rel_role in ("subj", "pass") else plural_subject(g)
    if rel is None and g.chance(singular_p):
        subj = g.np_of(("PERS", "SOC"), det=g.choice(["def", "indef", "poss:onze", "def"]),
                       plural=False, adj_p=0.25)
    if rel is not None and rel_role == "pass" or rel is None and r < 0.15:
        verb = g.choice([v for v in VERBS if "tr" in v.frames and v.objs
                         and v.inf not in ("hebben", "willen")])
        if rel is None:
            subj = plural_subject(g, pron_p=0.1, classes=tuple(
                c for c in verb.objs if c in ("PERS", "PROD", "DOC", "EVENT", "TOPIC"))
                or ("PROD",))
        c = Clause(verb=verb, subj=subj, voice="pass")
        c.tense = g.choice(["pres", "pres", "modal", "pres"])
        c.modal = g.choice(["kunnen", "moeten", "mogen", "zullen"])
        if g.chance(0.3):
            c.agent = pp("door", plural_subject(g, pron_p=0.0), "obl:agent")
        elif g.chance(0.4):
            c.obls.append(g.obl_extra())
        if past_only:
            c.tense = "past"
        return c
    if rel is not None and rel_role == "obj":
        verb = g.trans_verb()
        c = Clause(verb=verb, subj=plural_subject(g), obj=rel)
    elif r < 0.6:
        verb = g.trans_verb()
        obj = g.object_for(verb)
        if g.chance(0.15):
            obj = obj_pron(g.choice(["het", "het", "dat", "dit"]))
        c = Clause(verb=verb, subj=subj, obj=obj)
    elif r < 0.75:
        verb = g.choice([v for v in VERBS if "pp" in v.frames and v.pp])
        c = Clause(verb=verb, subj=subj, obls=[g.pp_for(verb)])
    elif r < 0.87 and rel_role != "obj":
        # copular zijn: dat de strips veeleer bandwerk zijn, die erg tevreden zijn
        if g.chance(0.6):
            pred_tok = word(g.choice(PERSON_PRED + COPULA_PL_ADJ), "ADJ|vrij|basis|zonder")
            pred = Phrase([pred_tok], pred_tok)
            if g.chance(0.3):
                deg = word(g.choice(["erg", "heel", "vaak", "nog", "niet", "al"]), "BW")
                if deg.form in ("erg", "vaak"):
                    deg.xpos = "ADJ|vrij|basis|zonder"
                deg.attach(pred_tok, "advmod")
                pred.toks.insert(0, deg)
        else:
            plural = subj.person == "pl"
            pred = np(g.choice([n for n in nouns_of("PERS") if not n.mass]),
                      "bare" if plural else "indef", plural=plural,
                      adj=g.choice(PLURAL_ADJ) if g.chance(0.5) else None)
        c = Clause(subj=subj, copula="zijn", pred=pred)
        c.tense = g.choice(["pres", "pres", "past", "past", "modal"])
        c.modal = g.choice(["kunnen", "moeten", "zullen"])
        if c.tense == "modal" and c.modal == "zullen":
            c.tense = "fut"
        if past_only:
            c.tense = "past"
        ok = {form for form, _ in HEDGES + ADVERBS_TIME} - {"snel", "direct", "gewoon", "echt"}
        c.advs = [a for a in g.some_advs(0.3) if a.form in ok]  # not "goed blij"
        return c
    else:
        pool = [v for v in VERBS if "intr" in v.frames and not set(v.frames) & {"cop", "modal"}]
        verb = g.choice(treebank_intransitive_verbs()) if g.chance(0.4) else g.choice(pool)
        c = Clause(verb=verb, subj=subj)
    c.tense = g.choice(["pres"] * 4 + ["past"] * 3 + ["perf", "modal", "modal"])
    if verb in treebank_intransitive_verbs() and c.tense == "perf":
        c.tense = "past"
    if past_only:
        c.tense = g.choice(["past", "past", "past", "pluperf"])
    if c.tense == "past" and verb.past(True) == verb.base:
        # zetten/bevatten: past plural = present plural; use the perfect so the tag is clear
        c.tense = "perf"
    c.modal = g.choice(["kunnen", "moeten", "willen", "zullen", "mogen"])
    if c.tense == "modal" and c.modal == "zullen":
        c.tense = "fut"
    if c.tense == "pres" and g.chance(0.12) and c.obj is not None:
        c.ctrl = g.choice(["gaan", "blijven", "proberen", "willen"])
    c.advs = g.some_advs(0.35)
    if g.chance(0.35):
        c.obls.append(g.obl_extra())
    if g.chance(0.15):
        c.adv_phrases.append(time_phrase(g, past=c.tense in ("past", "pluperf", "perf")))
        time_words = {form for form, _ in ADVERBS_TIME}
        c.advs = [a for a in c.advs if a.form not in time_words]
    return c


def _plural_coord(g: Gen, first: Clause, toks: list[Tok]) -> list[Tok]:
    """Second finite verb sharing the plural subject: ze testen het en sturen het op."""
    verb = g.trans_verb()
    second = Clause(verb=verb, subj=subj_pron("ze_pl"), obj=g.object_for(verb))
    if g.chance(0.3):
        second.obj = obj_pron("het")
    second.tense = "past" if first.tense == "past" else "pres"
    if verb.past(True) == verb.base:  # zetten: past = present plural
        second.tense = "pres"
        if first.tense == "past":
            return toks
    second.advs = g.some_advs(0.25)
    stoks = realize(second, "v2", g.rng)
    assert second.subj is not None and second.head is not None and first.head is not None
    stoks = [t for t in stoks if t is not second.subj.head]
    cc = word(g.choice(["en", "en", "en", "maar", "of"]), "VG|neven")
    cc.attach(second.head, "cc")
    second.head.attach(first.head, "conj")
    return toks + [cc] + stoks


def s_plural_main(g: Gen) -> tuple[list[Tok], str]:
    """Main clause with a third-person plural subject: SV, inverted after a fronted adverbial,
    PP or object, or a wh-question. Daarom kiezen steeds meer ondernemers voor ...;
    Waarom haken klanten af?; Ze testen het en sturen het op."""
    g.neutral = g.chance(0.45)
    c = _plural_clause(g)
    r = g.rng.random()
    front: object = None
    end = "."
    if r < 0.35:
        pass
    elif r < 0.6:
        past = c.tense in ("past", "perf", "pluperf")
        extra = [("Toen", "BW"), ("Sindsdien", "BW")] if past else [("Voortaan", "BW")]
        fronts = [f for f in FRONT_ADVERBS if not past or f[0] not in (
            "Morgen", "Straks", "Binnenkort", "Vandaag", "Nu", "Tegenwoordig")]
        form, xpos = g.choice(fronts + extra + [("Daardoor", "BW"), ("Inmiddels", "BW")])
        ft = word(form, xpos)
        c.advs = [a for a in c.advs if a.form.lower() != form.lower()]
        c.advs.insert(0, ft)
        front = ft
    elif r < 0.75 and c.obls:
        front = c.obls[-1]
    elif r < 0.85 and c.obj is not None and not c.obj.pron and c.voice == "act":
        front = c.obj
        end = "obj"
    else:
        wh = word(g.choice(WH_ADVS), "BW")
        c.advs = [a for a in c.advs if a.form != "snel"]
        c.advs.insert(0, wh)
        front = wh
        end = "?"
    toks = realize(c, "v2", g.rng, front=front)
    if end == "obj":  # no coordination after a fronted object
        return finish(toks, ".")
    if end == "." and c.voice == "act" and c.tense in ("pres", "past") and not c.ctrl \
            and g.chance(0.3):
        toks = _plural_coord(g, c, toks)
    return finish(toks, end)


def s_plural_sub(g: Gen) -> tuple[list[Tok], str]:
    """Verb-final adverbial or complement clause with a plural subject and material before
    the verb(s): ..., omdat de componenten bescherming bieden; Ik weet dat ze het hebben
    gedaan; Toen ze de slavernij afschaften, ..."""
    g.neutral = g.chance(0.45)
    r = g.rng.random()
    if r < 0.4:  # complement clause
        conj = g.choice(["dat", "dat", "dat", "of"])
        sub = _plural_clause(g)
        mark = [word(conj, "VG|onder")]
        stoks = realize(sub, "sub", g.rng, mark=mark)
        assert sub.head is not None
        mark[0].attach(sub.head, "mark")
        comp = Phrase(stoks, sub.head, extra={"deprel": "ccomp"})
        mverb = VERB[g.choice(["weten", "zien", "merken", "denken", "zeggen", "horen", "lezen",
                               "vinden" if conj == "dat" else "weten", "begrijpen"])]
        if conj == "of" and mverb.inf in ("denken", "zeggen", "vinden", "merken"):
            mverb = VERB["weten"]
        msubj = g.subject(g.choice(["w", "i", "3", "2", "p"])) if g.chance(0.6) else \
            plural_subject(g)
        m = Clause(verb=mverb, subj=msubj, extra_end=[comp])
        m.tense = g.choice(["pres", "pres", "pres", "past", "perf"])
        m.advs = [a for a in g.some_advs(0.25) if a.form not in ("graag", "samen")]
        order = "v1" if msubj.person in ("2", "u") and g.chance(0.4) else "v2"
        return finish(realize(m, order, g.rng), "?" if order == "v1" else ".")
    conj = g.choice(SUB_CONJ_PL)
    sub = _plural_clause(g, past_only=conj == "toen", singular_p=0.25)
    mark = [word(conj, "VG|onder")]
    stoks = realize(sub, "sub", g.rng, mark=mark)
    assert sub.head is not None
    mark[0].attach(sub.head, "mark")
    verb = g.trans_verb()
    msubj = plural_subject(g) if g.chance(0.5) else g.subject(g.choice(["w", "3", "2", "p"]))
    m = Clause(verb=verb, subj=msubj, obj=g.object_for(verb))
    m.tense = "past" if conj == "toen" else g.choice(["pres", "pres", "modal", "fut", "past"])
    if sub.tense in ("past", "pluperf"):
        m.tense = "past"
    elif m.tense == "past":
        m.tense = "pres"
    m.modal = g.choice(["kunnen", "moeten", "willen"])
    m.advs = g.some_advs(0.25)
    comma = punct(",")
    if g.chance(0.45) and conj != "zodat":
        ph = Phrase(stoks + [comma], sub.head)
        toks = realize(m, "v2", g.rng, front=ph)
        assert m.head is not None
        sub.head.attach(m.head, "advcl")
        comma.attach(sub.head, "punct")
        return finish(toks, ".")
    toks = realize(m, "v2", g.rng)
    assert m.head is not None
    sub.head.attach(m.head, "advcl")
    if g.chance(0.6):
        comma.attach(sub.head, "punct")
        toks = toks + [comma]
    return finish(toks + stoks, ".")


def _rel_pron(plural: bool, neuter_sg: bool = False) -> Phrase:
    if neuter_sg and not plural:
        rel = Tok("dat", "dat", "VNW|betr|pron|stan|vol|3|ev")
    else:
        rel = Tok("die", "die", "VNW|betr|pron|stan|vol|persoon|getal")
    return Phrase([rel], rel, person="pl" if plural else "3", pron=True, plural=plural)


def s_plural_relative(g: Gen) -> tuple[list[Tok], str]:
    """Relative clauses with plural verbs: dieren die voor de veeteelt worden gebruikt;
    klanten die ons al jaren volgen; de producten die onze klanten het vaakst kopen;
    een regeling waarbij boeren minder mest gebruiken."""
    g.neutral = g.chance(0.45)
    r = g.rng.random()
    if r < 0.3:  # R-pronoun relative: waarmee/waarbij/... + plural subject
        noun = g.noun("PROD", "EVENT", "TOPIC", "DOC")
        antecedent = np(noun, g.choice(["indef", "indef", "def"]), plural=False,
                        adj=g.adj_for(noun) if g.chance(0.3) else None)
        sub = _plural_clause(g)
        rw = word(g.choice(R_WORDS), "BW")
        stoks = realize(sub, "sub", g.rng, mark=[rw])
        assert sub.head is not None
        rw.attach(sub.head, "advmod")
        sub.head.attach(antecedent.head, "acl:relcl")
        if g.chance(0.5):  # Het is een methode waarbij ...
            pron = subj_pron(g.choice(["het", "dit", "dat"]))
            cop = Tok(g.choice(["is", "is", "was"]), "zijn", "WW|pv|tgw|ev", upos="AUX")
            if cop.form == "was":
                cop.xpos = "WW|pv|verl|ev"
            pron.head.attach(antecedent.head, "nsubj")
            cop.attach(antecedent.head, "cop")
            return finish(pron.toks + [cop] + antecedent.toks + stoks, ".")
        verb = g.choice([v for v in VERBS if noun.cls in v.objs and "tr" in v.frames]
                        or [g.trans_verb()])
        obj_only = Phrase(antecedent.toks, antecedent.head, noun=noun)
        rel_ph = Phrase(stoks, sub.head, extra={"noattach": True})
        m = Clause(verb=verb, subj=g.subject(g.choice(["w", "3", "p", "2"])), obj=obj_only,
                   extra_end=[rel_ph])
        m.tense = g.choice(["pres", "pres", "past", "perf", "modal"])
        m.modal = g.choice(["kunnen", "willen", "moeten"])
        return finish(realize(m, "v2", g.rng), ".")
    # die-relative with a plural antecedent
    antecedent = plural_subject(g, pron_p=0.0, classes=("PERS", "SOC", "PROD", "DOC",
                                                        "EVENT"))
    cls = antecedent.noun.cls if antecedent.noun is not None else "PERS"
    rel = _rel_pron(True)
    role = g.choice(["subj", "subj", "pass", "pass", "obj"])
    if role == "subj" and cls not in ("PERS", "SOC"):
        role = "pass"
    if role == "pass":
        pool = [v for v in VERBS if cls in v.objs and "tr" in v.frames]
        if not pool:
            role = "subj"
    if role == "pass":
        verb = g.choice(pool)
        rc = Clause(verb=verb, subj=rel, voice="pass")
        rc.tense = g.choice(["pres", "pres", "modal"])
        rc.modal = g.choice(["kunnen", "moeten", "mogen"])
        if g.chance(0.5):
            rc.obls.append(g.obl_extra())
        elif g.chance(0.4):
            rc.agent = pp("door", plural_subject(g, pron_p=0.0), "obl:agent")
        rc.advs = g.some_advs(0.3)
    elif role == "obj":
        pool = [v for v in VERBS if cls in v.objs and "tr" in v.frames] or [g.trans_verb()]
        rc = Clause(verb=g.choice(pool), subj=plural_subject(g), obj=rel)
        rc.tense = g.choice(["pres", "pres", "past", "perf", "modal"])
        rc.modal = g.choice(["kunnen", "willen", "moeten"])
        rc.advs = g.some_advs(0.35)
    else:
        rc = _plural_clause(g, rel=rel, rel_role="subj")
    rtoks = realize(rc, "sub", g.rng)
    if role == "obj":
        rtoks = [rel.head] + [t for t in rtoks if t is not rel.head]
    assert rc.head is not None
    rc.head.attach(antecedent.head, "acl:relcl")
    if cls in ("PERS", "SOC") and g.chance(0.55):  # as subject of the main clause
        full = Phrase(antecedent.toks + rtoks, antecedent.head, person="pl", plural=True)
        comma = punct(",")
        comma.attach(rc.head, "punct")
        full.toks.append(comma)
        if g.chance(0.5):
            mverb = g.trans_verb()
            m = Clause(verb=mverb, subj=full, obj=g.object_for(mverb))
        else:
            mverb = g.choice([v for v in VERBS if "pp" in v.frames and v.pp])
            m = Clause(verb=mverb, subj=full, obls=[g.pp_for(mverb)])
        m.tense = g.choice(["pres", "pres", "past", "perf", "modal"])
        m.modal = g.choice(["kunnen", "moeten", "willen"])
        m.advs = g.some_advs(0.3)
        return finish(realize(m, "v2", g.rng), ".")
    obj_only = Phrase(antecedent.toks, antecedent.head, noun=antecedent.noun, plural=True)
    verb = g.choice([v for v in VERBS if cls in v.objs and "tr" in v.frames]
                    or [VERB["helpen"]])
    rel_ph = Phrase(rtoks, rc.head, extra={"noattach": True})
    m = Clause(verb=verb, subj=g.subject(g.choice(["w", "2", "3", "p"])), obj=obj_only,
               extra_end=[rel_ph])
    m.tense = g.choice(["pres", "pres", "past", "modal", "perf"])
    m.modal = g.choice(["kunnen", "willen", "moeten"])
    order = "v1" if m.subj is not None and m.subj.person in ("2", "u") and g.chance(0.4) \
        else "v2"
    if order == "v1" and m.subj is not None and m.subj.key == "je":
        m.subj = subj_pron("jij")  # "Bezorgde je links ...?" would be ambiguous
    return finish(realize(m, order, g.rng), "?" if order == "v1" else ".")


def s_je_roles(g: Gen) -> tuple[list[Tok], str]:
    """je after an inverted verb and in imperatives, in every role:
    Morgen stuur ik je de offerte. Daarna bellen we je. Stuur ik je volgende week een update?
    Stap je over? Meld je aan. Help je klanten. Help je ons?"""
    g.formal = False
    r = g.rng.random()
    if r < 0.35:  # object / indirect object je after an inverted verb
        subj = subj_pron(g.choice(["ik", "we", "we", "wij"])) if g.chance(0.75) else \
            g.person_np(poss_p=1.0)
        if g.chance(0.55):
            verb = g.choice([v for v in VERBS if "ditr" in v.frames
                             and v.inf not in ("kosten", "opleveren")])
            c = Clause(verb=verb, subj=subj, iobj=obj_pron("je"),
                       obj=g.object_for(verb, det=g.choice(["def", "indef", "poss:onze", None])))
        else:
            verb = g.choice([v for v in VERBS if "pers" in v.frames])
            c = Clause(verb=verb, subj=subj, obj=obj_pron("je"))
        c.tense = g.choice(["pres", "pres", "pres", "fut", "modal"])
        c.modal = g.choice(["kunnen", "willen"])
        if c.tense == "modal" and c.modal == "willen":
            c.tense = "pres"
        if g.chance(0.4):
            c.adv_phrases.append(time_phrase(g))  # present/future: volgende week, elke dag
        if g.chance(0.5):
            ft = word(g.choice(TIME_FRONTS), "BW")
            if ft.form in ("Morgen", "Vandaag", "Vanavond", "Straks", "Binnenkort"):
                c.adv_phrases = []  # not "Morgen ... volgende maand"
            c.advs.insert(0, ft)
            return finish(realize(c, "v2", g.rng, front=ft), ".")
        if c.adv_phrases and g.chance(0.5):
            return finish(realize(c, "v2", g.rng, front=c.adv_phrases[0]), ".")
        return finish(realize(c, "v1", g.rng), "?")
    if r < 0.5:  # Stap je over? Doe je mee? Haak je af?
        verb = g.choice([v for v in VERBS if v.prt and set(v.frames) & {"intr", "unacc"}])
        c = Clause(verb=verb, subj=subj_pron("je"))
        c.tense = g.choice(["pres", "pres", "pres", "perf"])
        c.advs = [a for a in g.some_advs(0.4) if a.form not in ("samen",)]
        return finish(realize(c, "v1", g.rng), "?")
    if r < 0.65:  # reflexive imperative: Meld je aan, Geef je op, Schrijf je vandaag in
        verb = g.choice([v for v in VERBS if "refl" in v.frames])
        c = Clause(verb=verb, refl=obj_pron("je"))
        if verb.pp and (g.chance(0.5) or not verb.prt):  # Richt je op ..., Meld je (aan)
            c.obls.append(g.pp_for(verb))
        if g.chance(0.5):
            c.advs = [word(g.choice(["nu", "vandaag", "gerust", "snel", "eerst", "ook"]), "BW")]
            if c.advs[0].form == "snel":
                c.advs[0].xpos = "ADJ|vrij|basis|zonder"
        return finish(realize(c, "imp", g.rng), g.choice([".", "!"]))
    if r < 0.85:  # possessive je after an imperative: Help je klanten, Verras je team
        verb = g.choice([v for v in VERBS if "pers" in v.frames and "ditr" not in v.frames])
        noun = g.noun("PERS")
        obj = np(noun, "poss:je", plural=not noun.mass and g.chance(0.6),
                 adj=g.adj_for(noun) if g.chance(0.2) else None)
        c = Clause(verb=verb, obj=obj)
        if g.chance(0.4):
            c.obls.append(g.obl_extra())
        c.advs = [a for a in g.some_advs(0.3) if a.form not in ("zelf",)]
        return finish(realize(c, "imp", g.rng), g.choice([".", "!", "."]))
    # contrast: subject je in a yes/no question with a pronoun object: Help je ons?
    verb = g.choice([v for v in VERBS if "pers" in v.frames])
    c = Clause(verb=verb, subj=subj_pron("je"), obj=obj_pron(g.choice(["ons", "hen", "mij",
                                                                       "hem", "haar"])))
    c.tense = g.choice(["pres", "pres", "perf", "past"])
    c.advs = [a for a in g.some_advs(0.4) if a.form not in ("samen",)]
    return finish(realize(c, "v1", g.rng), "?")


SHAPES: list[tuple[Shape, float]] = [
    (s_intransitive, 3),
    (s_conditional_v1, 3),
    (s_ditransitive, 3),
    (s_imp_coord, 3),
    (s_ervoor, 2),
    (s_r_pronoun, 3),
    (s_hoe_adj, 2),
    (s_fragment, 3),
    (s_laten, 2),
    (s_ook_jij, 1.5),
    (s_wist_je, 3),
    (s_vind_je_het, 4),
    (s_purpose, 3),
    (s_wat_houdt_je, 3),
    (s_tag_question, 2),
    (s_coordination, 8),
    (s_intro, 2),
    (s_statement, 10),
    (s_yn_question, 12),
    (s_poss_subject_question, 8),
    (s_wh_question, 11),
    (s_wh_subject, 3),
    (s_imperative, 11),
    (s_passive, 8),
    (s_impersonal_passive, 3),
    (s_copular, 8),
    (s_unaccusative, 5),
    (s_subordinate, 10),
    (s_complement, 5),
    (s_relative, 5),
    (s_object_you, 6),
    (s_formal, 5),
    (s_control, 5),
    (s_nominal, 2),
    (s_hedge, 4),
    (s_past_narrative, 4),
    (s_jullie, 2),
    (s_refl, 4),
    (s_pp_object, 5),
    (s_existential, 3),
    (s_plural_main, 16),
    (s_plural_sub, 12),
    (s_plural_relative, 11),
    (s_je_roles, 10),
]


def generate_sentence(rng: random.Random, *, breadth: float = 0.0) -> tuple[str, list[Tok]]:
    """One sentence; ``breadth`` is the share of verbs taken from the Frog-attested list."""
    shapes, weights = zip(*SHAPES, strict=True)
    shape = rng.choices(shapes, weights=weights)[0]
    g = Gen(rng, breadth=breadth)
    toks, end = shape(g)
    toks = list(toks)
    root = _root_of(toks)
    p = punct(end)
    p.attach(root, "punct")
    toks.append(p)
    if rng.random() < 0.04:
        pass  # keep lowercase start (social-media style)
    else:
        _cap(toks)
    return shape.__name__, toks


__all__ = ["SHAPES", "generate_sentence", "adj_e", "noun_tok"]
