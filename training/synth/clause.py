"""A Dutch clause: verb chain, arguments, and word order (V2, V1, verb-final, imperative).

Dependency conventions follow UD v2 as Alpino-UD annotates them:
- the lexical verb heads the clause; hebben/zijn (perfect), zullen, kunnen, moeten, mogen are
  ``aux``; worden (and zijn in the passive perfect) is ``aux:pass``; a passive subject is
  ``nsubj:pass`` and a door-agent ``obl:agent``;
- copular zijn is ``cop`` and the predicate heads the clause; copular worden is the head and
  its predicate an ``xcomp``;
- willen, gaan, proberen, blijven take an ``xcomp`` infinitive (with ``te`` as ``mark``);
- a separable particle is ``compound:prt``; reflexive je/zich/u of inherently reflexive verbs
  is ``expl:pv``; existential/impersonal er is ``advmod``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from training.synth.conllu import Tok
from training.synth.lexicon import VERB
from training.synth.morph import Verb
from training.synth.phrases import Phrase, particle_tok

AUX_VERBS = {"hebben", "zijn", "zullen", "kunnen", "moeten", "mogen"}


@dataclass
class Clause:
    verb: Verb | None = None  # lexical verb (None for copular zijn)
    subj: Phrase | None = None
    obj: Phrase | None = None
    iobj: Phrase | None = None
    refl: Phrase | None = None  # expl:pv reflexive
    obls: list[Phrase] = field(default_factory=list)  # PPs; deprel in extra["deprel"]
    advs: list[Tok] = field(default_factory=list)  # advmods (single tokens)
    adv_phrases: list[Phrase] = field(default_factory=list)  # advmod/obl phrases (multi-token)
    tense: str = "pres"  # pres, past, perf, pluperf, fut, modal
    modal: str = ""  # kunnen, moeten, mogen, zullen (with tense=modal)
    modal_tense: str = "pres"
    voice: str = "act"  # act, pass, pass_perf
    ctrl: str = ""  # willen, gaan, proberen, blijven, hoeven: xcomp infinitive
    copula: str = ""  # zijn / worden
    pred: Phrase | None = None  # predicate of the copula
    er: bool = False
    negate: bool = False
    agent: Phrase | None = None  # door-PP
    extra_end: list[Phrase] = field(default_factory=list)  # ccomp/xcomp after the verbs
    stranded: list[Tok] = field(default_factory=list)  # "waar ... op": before the verb end

    # filled by realize()
    head: Tok | None = None


def _finite_person(clause: Clause, inverted: bool, imperative: bool) -> str:
    if imperative:
        return "imp"
    if clause.subj is None:
        return "3"
    person = clause.subj.person
    if person == "2" and inverted:
        return "2inv"
    return person


def _finite(verb: Verb, tense: str, person: str) -> tuple[str, str]:
    """(form, xpos) of the finite base form of a verb (no particle)."""
    if tense == "past":
        plural = person == "pl"
        return verb.past(plural), "WW|pv|verl|mv" if plural else "WW|pv|verl|ev"
    if person == "imp":
        return verb.present("imp"), "WW|pv|tgw|ev"
    return verb.present(person), verb.present_tag(person)


def realize(clause: Clause, order: str, rng: random.Random, front: object = None,
            mark: list[Tok] | None = None) -> list[Tok]:
    """Word-order a clause.

    order: "v2" (front = a Phrase/Tok put before the finite verb; None = subject first),
    "v1" (yes/no question), "sub" (verb-final; ``mark`` tokens first), "imp" (imperative).
    Sets clause.head and returns the tokens in order.
    """
    imperative = order == "imp"
    subj_first = order == "v2" and (front is None or front is clause.subj)
    inverted = order in ("v1", "v2") and not subj_first
    person = _finite_person(clause, inverted, imperative)

    # ---- build the verb chain: list of (verb, kind, role) with kind fin/inf/part/teinf
    lex = clause.verb
    chain: list[tuple[Verb, str, str]] = []
    tense = clause.tense
    if clause.copula == "zijn":
        zijn = VERB["zijn"]
        if tense == "modal":
            chain = [(VERB[clause.modal], "fin", "aux"), (zijn, "inf", "cop")]
        elif tense == "fut":
            chain = [(VERB["zullen"], "fin", "aux"), (zijn, "inf", "cop")]
        else:
            chain = [(zijn, "fin", "cop")]
    elif clause.copula == "worden":
        worden = VERB["worden"]
        if tense == "perf":
            chain = [(VERB["zijn"], "fin", "aux"), (worden, "part", "head")]
        elif tense == "modal":
            chain = [(VERB[clause.modal], "fin", "aux"), (worden, "inf", "head")]
        elif tense == "fut":
            chain = [(VERB["zullen"], "fin", "aux"), (worden, "inf", "head")]
        else:
            chain = [(worden, "fin", "head")]
    else:
        assert lex is not None
        if clause.voice == "pass":
            worden = VERB["worden"]
            if tense == "modal":
                chain = [(VERB[clause.modal], "fin", "aux"), (worden, "inf", "aux:pass"),
                         (lex, "part", "head")]
            elif tense == "fut":
                chain = [(VERB["zullen"], "fin", "aux"), (worden, "inf", "aux:pass"),
                         (lex, "part", "head")]
            else:
                chain = [(worden, "fin", "aux:pass"), (lex, "part", "head")]
        elif clause.voice == "pass_perf":
            chain = [(VERB["zijn"], "fin", "aux:pass"), (lex, "part", "head")]
        elif clause.ctrl:
            ctrl = VERB[clause.ctrl]
            kind = "teinf" if clause.ctrl in ("proberen", "hoeven", "blijken") else "inf"
            if tense == "modal":
                chain = [(VERB[clause.modal], "fin", "aux"), (ctrl, "inf", "head"),
                         (lex, kind, "xcomp")]
            else:
                chain = [(ctrl, "fin", "head"), (lex, kind, "xcomp")]
        elif tense in ("perf", "pluperf"):
            chain = [(VERB[lex.perf_aux], "fin", "aux"), (lex, "part", "head")]
        elif tense in ("fut", "modal"):
            modal = "zullen" if tense == "fut" else clause.modal
            role = "aux" if modal in AUX_VERBS else "head"
            if role == "aux":
                chain = [(VERB[modal], "fin", "aux"), (lex, "inf", "head")]
            else:  # willen: VERB + xcomp
                chain = [(VERB[modal], "fin", "head"), (lex, "inf", "xcomp")]
        else:
            chain = [(lex, "fin", "head")]

    fin_tense = "past" if tense in ("past", "pluperf") else "pres"
    if clause.copula and tense == "past":
        fin_tense = "past"
    if tense == "modal" and clause.modal_tense == "past":
        fin_tense = "past"

    # ---- make tokens for the chain
    verb_toks: list[Tok] = []
    prt_tok: Tok | None = None
    te_tok: Tok | None = None
    head: Tok | None = None
    xcomp_tok: Tok | None = None
    for verb, kind, role in chain:
        if kind == "fin":
            form, xpos = _finite(verb, fin_tense, person)
            if verb.base == "kunnen" and person == "2inv" and fin_tense == "pres" \
                    and rng.random() < 0.15:
                form = "kan"  # "kan je" is colloquial but frequent
            separate = order != "sub" and verb.prt
            if verb.prt and not separate:
                form = verb.prt + form
            if separate:
                prt_tok = particle_tok(verb.prt)
        elif kind == "part":
            form, xpos = verb.participle(), "WW|vd|vrij|zonder"
        else:  # inf / teinf
            form, xpos = verb.inf, "WW|inf|vrij|zonder"
            if kind == "teinf":
                te_tok = Tok("te", "te", "VZ|init")
                if verb.prt:
                    prt_tok = particle_tok(verb.prt)
                    form = verb.base
        upos = "AUX" if role in ("aux", "aux:pass", "cop") else "VERB"
        tok = Tok(form, verb.inf, xpos, upos=upos)
        tok.deprel = role
        verb_toks.append(tok)
        if role == "head":
            head = tok
        if role == "xcomp":
            xcomp_tok = tok

    lex_tok = xcomp_tok or head  # where objects attach
    if clause.copula == "zijn":
        assert clause.pred is not None
        head = clause.pred.head
        lex_tok = head
    elif clause.copula == "worden":
        assert clause.pred is not None and head is not None
        clause.pred.head.attach(head, "xcomp")
    assert head is not None and lex_tok is not None
    for tok in verb_toks:
        if tok.deprel in ("aux", "aux:pass", "cop"):
            tok.attach(head, tok.deprel)
        elif tok.deprel == "xcomp":
            tok.attach(head, "xcomp")
    if prt_tok is not None:
        prt_tok.attach(lex_tok, "compound:prt")
    if te_tok is not None:
        te_tok.attach(lex_tok, "mark")
    clause.head = head

    # ---- attach arguments
    passive = clause.voice in ("pass", "pass_perf")
    if clause.subj is not None:
        clause.subj.head.attach(head, "nsubj:pass" if passive else "nsubj")
    if clause.obj is not None:
        clause.obj.head.attach(lex_tok, "obj")
    if clause.iobj is not None:
        clause.iobj.head.attach(lex_tok, "iobj")
    if clause.refl is not None:
        clause.refl.head.attach(lex_tok, "expl:pv")
    for o in clause.obls:
        o.head.attach(lex_tok, o.extra.get("deprel", "obl"))
    if clause.agent is not None:
        clause.agent.head.attach(lex_tok, "obl:agent")
    for a in clause.advs:
        if a.head is None or a.deprel == "dep":
            a.attach(head, "advmod")
    for ap in clause.adv_phrases:
        ap.head.attach(head, ap.extra.get("deprel", "advmod"))
    er_tok = None
    if clause.er:
        er_tok = Tok("er", "er", "VNW|aanw|adv-pron|stan|red|3|getal")
        er_tok.attach(head, "advmod")
    neg_tok = None
    if clause.negate:
        neg_tok = Tok("niet", "niet", "BW")
        neg_tok.attach(head, "advmod")
    for e in clause.extra_end:
        if not e.extra.get("noattach"):
            e.head.attach(lex_tok, e.extra.get("deprel", "ccomp"))

    # ---- linearize
    fin = verb_toks[0]
    nonfin = verb_toks[1:]
    subj_toks = clause.subj.toks if clause.subj is not None else []
    pron_objs: list[Tok] = []
    full_objs: list[Tok] = []
    for ph in (clause.refl, clause.iobj, clause.obj):
        if ph is None or ph is front:
            continue
        (pron_objs if ph.pron else full_objs).extend(ph.toks)
    advs = [a for a in clause.advs if a is not front]
    adv_ph = [t for ap in clause.adv_phrases if ap is not front and not ap.extra.get("early")
              for t in ap.toks]
    # weak R-pronoun "er" goes right after the pronouns: "Denk er eens over na"
    pron_objs += [t for ap in clause.adv_phrases if ap is not front and ap.extra.get("early")
                  for t in ap.toks]
    obls = [t for o in clause.obls if o is not front for t in o.toks]
    agent = clause.agent.toks if clause.agent is not None and clause.agent is not front else []
    pred = clause.pred.toks if clause.pred is not None and clause.pred is not front else []
    er = [er_tok] if er_tok else []
    neg = [neg_tok] if neg_tok else []
    tail = [t for e in clause.extra_end for t in e.toks]

    if order == "sub":
        middle = (subj_toks + er + pron_objs + advs + adv_ph + full_objs + agent + obls
                  + neg + pred + clause.stranded)
        cluster = _sub_cluster(verb_toks, prt_tok, te_tok, rng)
        return (mark or []) + middle + cluster + tail

    front_toks: list[Tok] = []
    if order == "v2":
        if front is None or front is clause.subj:
            front_toks = list(subj_toks)
            subj_toks = []
        elif isinstance(front, Phrase):
            front_toks = list(front.toks)
        elif isinstance(front, Tok):
            front_toks = [front]
        elif isinstance(front, list):
            front_toks = list(front)
    middle = subj_toks + er + pron_objs + advs + adv_ph + full_objs + agent + neg + obls + pred
    end: list[Tok] = list(clause.stranded)
    if prt_tok is not None and te_tok is None:
        end.append(prt_tok)
    for tok in nonfin:
        if tok is xcomp_tok and te_tok is not None:
            if prt_tok is not None:
                end.append(prt_tok)
            end.append(te_tok)
        end.append(tok)
    if len(nonfin) == 2 and nonfin[1].xpos.startswith("WW|vd") and te_tok is None \
            and rng.random() < 0.4:
        # "kan verstuurd worden" as well as "kan worden verstuurd"
        end = [t for t in end if t not in nonfin] + [nonfin[1], nonfin[0]]
    return front_toks + [fin] + middle + end + tail


def _sub_cluster(verb_toks: list[Tok], prt_tok: Tok | None, te_tok: Tok | None,
                 rng: random.Random) -> list[Tok]:
    fin, rest = verb_toks[0], verb_toks[1:]
    if not rest:
        return [fin]
    if te_tok is not None:
        out = [fin]
        for tok in rest:
            if prt_tok is not None and tok.deprel == "xcomp":
                out.append(prt_tok)
            if tok.deprel == "xcomp":
                out.append(te_tok)
            out.append(tok)
        return out
    if len(rest) == 1:
        if rest[0].xpos.startswith("WW|vd") and rng.random() < 0.55:
            return [rest[0], fin]
        return [fin, rest[0]]
    # modal + worden + participle
    if rng.random() < 0.5:
        return [rest[1], fin, rest[0]]
    return [fin, rest[0], rest[1]]
