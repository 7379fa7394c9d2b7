"""The generator: per selected element three open questions from three angles, and a content
piece of 60-120 words ending with a challenging question, plus an image suggestion.

Deterministic: one ``random.Random(seed + stable hash of the dream text)`` per dream; phrasings
are spread over a dream by always picking the least-used skeleton (random only breaks ties).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dreamcontent.errors import LanguageError, TemplateError
from dreamcontent.generate.bank import Bank, Phrasing, TemplateFile, default_templates_dir
from dreamcontent.generate.result import (
    Content,
    GeneratedDroom,
    GeneratedElement,
    GeneratedKlanttype,
    GenerationResult,
)
from dreamcontent.model import DreamFile, Droom, Element, Location, Niveau
from dreamcontent.nl import nouns, perspective

MAX_QUESTION_WORDS = 20
MIN_CONTENT_WORDS = 60
MAX_CONTENT_WORDS = 120
MAX_SENTENCE_WORDS = 20
MAX_AVG_SENTENCE_WORDS = 15

OPEN_STARTS = (
    "wat", "hoe", "welk", "welke", "waarom", "wanneer", "waar", "wie", "hoeveel",
    "in hoeverre", "op welk", "op welke", "met wie", "bij wie", "voor wie", "van wie",
    "aan wie", "tot wanneer", "sinds wanneer", "in welk", "in welke", "met welk", "met welke",
)
_WAAR = re.compile(r"^waar[a-z]*$")
_JIJ = re.compile(r"\b(?:jij|je|jou|jouw|jezelf)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'‘“])")
_WORD = re.compile(r"[\w’'-]+")

#: Linter callable: texts -> findings per text (``dreamcontent.lint.lint_texts``).
LintFn = Callable[[list[str]], list[list[Any]]]


# ---- small text checks (also used by the tests) ---------------------------------------------

def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def is_open_question(text: str) -> bool:
    t = text.strip().lower()
    if not t.endswith("?"):
        return False
    first = t.split(" ", 1)[0].strip(",")
    if _WAAR.match(first):
        return True
    return any(t == s or t.startswith(s + " ") for s in OPEN_STARTS)


def addresses_reader(text: str) -> bool:
    return _JIJ.search(text) is not None


def stable_hash(text: str) -> int:
    """A process-independent hash (Python's ``hash()`` is salted per process)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


# ---- selection ------------------------------------------------------------------------------

def select_elements(droom: Droom, top: int = 12) -> list[Element]:
    """Rank by impact (high first), latent before non-latent at equal impact, then file order."""
    ranked = sorted(
        enumerate(droom.elementen),
        key=lambda ie: (-ie[1].impact, not ie[1].latent, ie[1].index, ie[0]),
    )
    return [e for _, e in ranked[: max(top, 0)]]


def prepare_texts(texts: Sequence[tuple[str, Location | None, str]], nlp: Any = None
                  ) -> list[nouns.NounPhrase]:
    """Customer-side text -> jij-vorm, then noun-phrase analysis; both batched with nlp.pipe.

    ``texts`` holds (text, location, what) with ``what`` "droom" or "element" for messages.
    """
    if nlp is None:
        from dreamcontent.nl.pipeline import get_nlp

        nlp = get_nlp()
    cleaned = [(_clean(t), loc, what) for t, loc, what in texts]
    need = sorted({t for t, _, _ in cleaned if perspective.needs_conversion(t)})
    docs = dict(zip(need, nlp.pipe(need), strict=True)) if need else {}
    converted = [
        perspective.to_jij(docs[t], what=what, loc=loc) if t in docs else t
        for t, loc, what in cleaned
    ]
    return nouns.analyse_texts(converted, nlp)


# ---- template variables ---------------------------------------------------------------------

class ElementVars:
    """What templates see as ``e`` (noun-phrase forms) and ``element`` (the data)."""

    def __init__(self, element: Element, np: nouns.NounPhrase) -> None:
        self._np = np
        self.np = np.np
        self.de_np = np.de_np
        self.een_np = np.een_np
        self.kern = np.core_text
        self.postmod = np.postmod
        self.heeft_bijzin = np.postmod == "clause"
        self.is_plural = np.is_plural
        self.is_neuter = np.is_neuter
        self.is_mass = np.is_mass
        self.is_handeling = np.kind == "inf"
        self.pron = np.pron
        self.die = np.die
        self.lidwoord = np.lidwoord
        self.naam = element.naam
        self.impact = element.impact
        self.latent = element.latent
        self.partner = element.partner
        self.dimensie = element.dimensie.value if element.dimensie else None
        self.beeld = element.beeld

    def verb(self, infinitive: str) -> str:
        return self._np.verb(infinitive)

    def __str__(self) -> str:
        return self.np


class DroomVars:
    def __init__(self, droom: Droom, jij: str) -> None:
        self.tekst = droom.droom
        self.jij = jij
        self.niveau = droom.niveau.value
        self.is_organisatie = droom.niveau == Niveau.ORGANISATIE
        self._loc = droom.loc  # for messages only (the sandbox hides "_" attributes)

    def __str__(self) -> str:
        return self.jij


@dataclass
class _Rendered:
    text: str
    source: str  # "vragen/implicatie.j2:5 (kosten)"
    user_spans: list[tuple[int, int]]
    #: the phrasings that make up the text, to re-render them with a neutral element
    parts: list[tuple[TemplateFile, Phrasing]] = field(default_factory=list)
    variables: dict[str, Any] = field(default_factory=dict)
    suffix: str = ""  # fixed text after the parts (tests lint a part with a question after it)


def _neutral_np(np: nouns.NounPhrase) -> nouns.NounPhrase:
    """A plain noun phrase with the same number, gender and kind as ``np``."""
    if np.kind == "inf":
        text = definite = indefinite = "elke dag wandelen"
    elif np.plural:
        text, definite, indefinite = "vaste coaches", "de vaste coaches", "vaste coaches"
    elif np.neuter:
        text, definite, indefinite = "een vast plan", "het vaste plan", "een vast plan"
    else:
        text, definite, indefinite = "een vaste coach", "de vaste coach", "een vaste coach"
    head = text.split()[-1]
    return nouns.NounPhrase(
        text=text, head=head, plural=np.plural, neuter=np.neuter, mass=False, kind=np.kind,
        determiner=None, proper=False, definite_text=definite, indefinite_text=indefinite,
        core_text=text, postmod=None,
    )


def _neutral_variables(variables: dict[str, Any]) -> dict[str, Any]:
    ev: ElementVars = variables["e"]
    e = Element(naam=ev.naam, impact=ev.impact, latent=ev.latent,
                partner="Partner Noord" if ev.partner else None, beeld=ev.beeld)
    nev = ElementVars(e, _neutral_np(ev._np))
    nev.dimensie = ev.dimensie
    droom = variables["droom"]
    ndv = DroomVars.__new__(DroomVars)
    ndv.tekst, ndv.jij = "een gezond bedrijf", "een gezond bedrijf"
    ndv.niveau, ndv.is_organisatie = droom.niveau, droom.is_organisatie
    return {**variables, "e": nev, "element": nev, "droom": ndv,
            "partner": "Partner Noord" if variables.get("partner") else None}


def _user_spans(text: str, inserted: Sequence[str]) -> list[tuple[int, int]]:
    spans = []
    low = text.lower()
    for ins in inserted:
        if not ins:
            continue
        start = 0
        key = ins.lower()
        while (i := low.find(key, start)) >= 0:
            spans.append((i, i + len(ins)))
            start = i + 1
    return spans


def _clean(text: str) -> str:
    return text.strip().rstrip(".!;,").strip()


# ---- the generator --------------------------------------------------------------------------

def _samples() -> list[dict[str, Any]]:
    """Neutral template variables: singular de-word, het-word, plural and infinitive."""
    base = nouns.NounPhrase(text="x", head="x", plural=False, neuter=False, mass=False,
                            kind="np", determiner=None, proper=False, definite_text="x",
                            indefinite_text="x", core_text="x")
    kinds = [(False, False, "np"), (False, True, "np"), (True, False, "np"), (False, True, "inf")]
    out = []
    for plural, neuter, kind in kinds:
        np = _neutral_np(nouns.NounPhrase(**{**base.__dict__, "plural": plural,
                                             "neuter": neuter, "kind": kind}))
        e = Element(naam=np.text, impact=5, latent=True, partner="Partner Noord")
        ev = ElementVars(e, np)
        droom = Droom(droom="een gezond bedrijf", elementen=[e])
        out.append({"e": ev, "element": ev, "droom": DroomVars(droom, "een gezond bedrijf"),
                    "partner": "Partner Noord", "klanttype": "klant", "organisatie": "Bedrijf"})
    return out


def validate_bank(bank: Bank) -> None:
    """Render every phrasing once per kind of noun phrase, so a broken or closed-question
    template fails before any output is made (naming its file and line)."""
    for variables in _samples():
        for angle in bank.angles:
            for ph in angle.phrasings:
                Generator._check_question(angle, ph, bank.render(angle, ph, variables))
        for tf in bank.parts.values():
            for ph in tf.phrasings:
                bank.render(tf, ph, variables)


class Generator:
    def __init__(self, bank: Bank, *, seed: int = 0, lint: LintFn | None = None) -> None:
        self.bank = bank
        self.seed = seed
        self.lint = lint
        validate_bank(bank)

    # -- language preparation (batched) --
    def _prepare(self, dream: DreamFile, selection: dict[int, list[Element]]
                 ) -> tuple[dict[int, str], dict[int, nouns.NounPhrase]]:
        keys: list[tuple[str, int]] = []
        texts: list[tuple[str, Location | None, str]] = []
        for kt in dream.klanttypen:
            for d in kt.dromen:
                keys.append(("droom", id(d)))
                texts.append((d.droom, d.loc, "droom"))
                for e in selection[id(d)]:
                    keys.append(("element", id(e)))
                    texts.append((e.naam, e.loc, "element"))
        analysed = prepare_texts(texts)
        droom_out: dict[int, str] = {}
        nps: dict[int, nouns.NounPhrase] = {}
        for (kind, key), np in zip(keys, analysed, strict=True):
            if kind == "droom":
                droom_out[key] = np.np
            else:
                nps[key] = np
        return droom_out, nps

    def generate(self, dream: DreamFile, *, top: int = 12, gate: bool = True) -> GenerationResult:
        selection = {id(d): select_elements(d, top) for kt in dream.klanttypen for d in kt.dromen}
        droom_jij, nps = self._prepare(dream, selection)
        rendered: list[tuple[_Rendered, Element]] = []
        result = GenerationResult(source=dream, klanttypen=[])
        for kt in dream.klanttypen:
            gk = GeneratedKlanttype(klanttype=kt, dromen=[])
            for d in kt.dromen:
                gd = GeneratedDroom(droom=d, elementen=[])
                dv = DroomVars(d, droom_jij[id(d)])
                state = _DreamState(random.Random(self.seed + stable_hash(d.droom)))
                for e in selection[id(d)]:
                    ge, items = self._element(dream, kt.naam, dv, e, nps[id(e)], state)
                    gd.elementen.append(ge)
                    rendered.extend((r, e) for r in items)
                gk.dromen.append(gd)
            result.klanttypen.append(gk)
        if gate:
            self._gate(rendered)
        return result

    # -- per element --
    def _vars(self, dream: DreamFile, klanttype: str, dv: DroomVars, e: Element,
              np: nouns.NounPhrase) -> dict[str, Any]:
        ev = ElementVars(e, np)
        return {
            "e": ev, "element": ev, "droom": dv, "partner": e.partner,
            "klanttype": klanttype, "organisatie": dream.organisatie.naam,
        }

    def _element(self, dream: DreamFile, klanttype: str, dv: DroomVars, e: Element,
                 np: nouns.NounPhrase, state: _DreamState
                 ) -> tuple[GeneratedElement, list[_Rendered]]:
        variables = self._vars(dream, klanttype, dv, e, np)
        inserted = [np.np, np.de_np, np.een_np, dv.jij, e.partner or ""]
        angles = self._angles_for(e, state)
        questions: list[_Rendered] = []
        used_angles: list[str] = []
        for want_latent in angles:
            q = self._question(e, variables, inserted, state, used_angles, want_latent)
            questions.append(q)
        closing = self._question(e, variables, inserted, state, used_angles, None)
        content, parts = self._content(e, variables, inserted, state, closing)
        ge = GeneratedElement(
            element=e, vragen=[q.text for q in questions], content=content,
            bronnen=[q.source for q in questions],
        )
        return ge, [*questions, *parts]

    def _angles_for(self, e: Element, state: _DreamState) -> list[bool | None | str]:
        """Slot plan: True = a latent-surfacing angle, False = a payoff angle, 'dim' = the
        element's dimension angle when the bank has one."""
        dim = e.dimensie.value if e.dimensie else None
        has_dim = dim is not None and any(a.dimensie == dim for a in self.bank.angles)
        if e.latent:
            plan: list[bool | None | str] = [True, True, "dim" if has_dim else None]
        else:
            plan = [False, "dim" if has_dim else True, None]
        return plan

    def _question(self, e: Element, variables: dict[str, Any], inserted: list[str],
                  state: _DreamState, used_angles: list[str], want: bool | None | str
                  ) -> _Rendered:
        dim = e.dimensie.value if e.dimensie else None
        pool = [a for a in self.bank.angles if a.name not in used_angles
                and (a.dimensie is None or a.dimensie == dim)]
        if want == "dim":
            first = [a for a in pool if a.dimensie is not None]
        elif want is None:
            first = [a for a in pool if a.dimensie is None]
        else:
            first = [a for a in pool if a.dimensie is None and a.latent == want]
        rest = [a for a in pool if a not in first]
        too_long: list[str] = []
        long_np = _is_long(variables["e"])
        for group in (first, rest):
            # every phrasing of the group's angles competes: least-used phrasing first, then
            # least-used angle, seeded ties; so no skeleton dominates a dream. Rendering is
            # lazy: the first phrasing in that order that fits wins (for a long name, the first
            # that also ends with the name, so it reads well).
            ranked = sorted(((state.rank(a, ph), a, ph) for a in group for ph in a.phrasings),
                            key=lambda r: r[0])
            fallback: tuple[TemplateFile, Phrasing, str] | None = None
            chosen: tuple[TemplateFile, Phrasing, str] | None = None
            for _key, angle, ph in ranked:
                text = self.bank.render(angle, ph, variables)
                self._check_question(angle, ph, text)
                if len(words(text)) > MAX_QUESTION_WORDS:
                    too_long.append(text)
                    continue
                if (not long_np or _ends_with_np(text, variables["e"])) and not _clash(
                        text, variables["e"]):
                    chosen = (angle, ph, text)
                    break
                if fallback is None:
                    fallback = (angle, ph, text)
            chosen = chosen or fallback
            if chosen is None:
                continue
            angle, ph, text = chosen
            state.use(angle, ph)
            used_angles.append(angle.name)
            return _Rendered(text, ph.source, _user_spans(text, inserted), [(angle, ph)],
                             variables)
        raise LanguageError(
            f"de elementnaam '{e.naam}' is te lang: geen enkele vraag blijft binnen "
            f"{MAX_QUESTION_WORDS} woorden (bijvoorbeeld: '{too_long[0] if too_long else ''}'). "
            "Maak de naam korter.",
            path=e.loc.path if e.loc else None, line=e.loc.line if e.loc else None,
            column=e.loc.column if e.loc else None,
        )

    @staticmethod
    def _check_question(angle: TemplateFile, ph: Phrasing, text: str) -> None:
        problems = []
        if not is_open_question(text):
            problems.append("is geen open vraag (begin met wat, hoe, welke, waarom, "
                            "wanneer, waar, wie, hoeveel ... en eindig met '?')")
        if not addresses_reader(text):
            problems.append("spreekt de lezer niet aan met jij/je")
        if problems:
            raise TemplateError(
                f"formulering '{ph.name}' levert '{text}' op, en die {' en '.join(problems)}",
                path=angle.path, line=ph.line,
            )

    def _part(self, name: str, variables: dict[str, Any], inserted: list[str],
              state: _DreamState, skip: Sequence[str] = (), prefer_np_end: bool = False
              ) -> _Rendered:
        tf = self.bank.parts[name]
        phs = [p for p in state.order_phrasings(tf) if p.name not in skip] or \
            state.order_phrasings(tf)
        ph = phs[0]
        text = self.bank.render(tf, ph, variables)
        ev = variables["e"]
        if _clash(text, ev) or (prefer_np_end and not _ends_with_np(text, ev)):
            for other in phs[1:]:
                alt = self.bank.render(tf, other, variables)
                if not _clash(alt, ev) and (not prefer_np_end or _ends_with_np(alt, ev)):
                    ph, text = other, alt
                    break
        state.use(tf, ph)
        return _Rendered(text, ph.source, _user_spans(text, inserted), [(tf, ph)], variables)

    def _content(self, e: Element, variables: dict[str, Any], inserted: list[str],
                 state: _DreamState, closing: _Rendered
                 ) -> tuple[Content, list[_Rendered]]:
        titel = self._part("titel", variables, inserted, state,
                           prefer_np_end=_is_long(variables["e"]))
        opening = self._fitting_part("opening", e, variables, inserted, state)
        body = [opening]
        body.append(self._part("latent" if e.latent else "belang", variables, inserted, state))
        if e.dimensie and "dimensie" in self.bank.parts:
            dim = self._part("dimensie", variables, inserted, state)
            if dim.text:
                body.append(dim)
        body.append(self._part("partner" if e.partner else "zonder_partner", variables,
                               inserted, state))
        extra: list[_Rendered] = []
        while _count(body, extra, closing) < MIN_CONTENT_WORDS and len(extra) < 3:
            if e.latent and not any(x.source.startswith("content/belang") for x in extra):
                extra.append(self._part("belang", variables, inserted, state))
            else:
                extra.append(self._part("verdieping", variables, inserted, state,
                                        skip=[x.source.split("(")[-1][:-1] for x in extra]))
        pieces = [*body[:-1], *extra, body[-1], closing]
        tekst = " ".join(p.text for p in pieces)
        n = len(words(tekst))
        if not MIN_CONTENT_WORDS <= n <= MAX_CONTENT_WORDS:
            raise TemplateError(
                f"het contentstuk voor '{e.naam}' telt {n} woorden; het moet tussen "
                f"{MIN_CONTENT_WORDS} en {MAX_CONTENT_WORDS} liggen. Formuleringen: "
                + ", ".join(p.source for p in pieces),
                path=self.bank.parts["opening"].path,
            )
        beeld = e.beeld or self._part("beeld", variables, inserted, state).text
        whole = _Rendered(tekst, " + ".join(p.source for p in pieces),
                          _user_spans(tekst, inserted), [x for p in pieces for x in p.parts],
                          variables)
        return Content(titel=titel.text, tekst=tekst, beeld=beeld), [titel, whole]

    def _fitting_part(self, name: str, e: Element, variables: dict[str, Any],
                      inserted: list[str], state: _DreamState) -> _Rendered:
        """A part whose sentences stay within the sentence limit (the dream text can be long)."""
        tf = self.bank.parts[name]
        for ph in state.order_phrasings(tf):
            text = self.bank.render(tf, ph, variables)
            if all(len(words(s)) <= MAX_SENTENCE_WORDS for s in sentences(text)):
                state.use(tf, ph)
                return _Rendered(text, ph.source, _user_spans(text, inserted), [(tf, ph)],
                                 variables)
        d = variables["droom"]
        loc = getattr(d, "_loc", None) or e.loc
        raise LanguageError(
            f"de droom '{d.tekst}' is te lang voor een zin van hoogstens {MAX_SENTENCE_WORDS} "
            "woorden. Maak de droom korter.",
            path=loc.path if loc else None, line=loc.line if loc else None,
            column=loc.column if loc else None,
        )

    # -- quality gate --
    def _gate(self, rendered: list[tuple[_Rendered, Element]]) -> None:
        if self.lint is None or not rendered:
            return
        faults = template_faults(self.bank, [r for r, _ in rendered], self.lint)
        if not faults:
            return
        i, f = faults[0]
        r, e = rendered[i]
        where = f"{e.loc.path}:{e.loc.line}" if e.loc else e.naam
        tf, ph = r.parts[0] if len(r.parts) == 1 else (None, None)
        raise TemplateError(
            f"gegenereerde tekst haalt de stijlcheck niet ({f.rule}: {f.message}) in "
            f"'{r.text}'. Template: {r.source}; element: {where}",
            path=tf.path if tf else None, line=ph.line if ph else None,
        )


def template_faults(bank: Bank, rendered: Sequence[_Rendered], lint: LintFn
                    ) -> list[tuple[int, Any]]:
    """The quality gate: lint every text (one batched call) and return (index, finding) for
    the findings that are the template's fault.

    A finding that starts inside the user's own words (element name, dream, partner) is
    theirs. Any other finding is re-checked on the same phrasings filled with a neutral element
    and dream of the same number and gender: only when the rule fires there too is it the
    template's fault (a quoted name like 'Grip op je cijfers' can confuse a rule on its own).
    """
    unique = list(dict.fromkeys(r.text for r in rendered))  # questions and titles repeat
    by_text = dict(zip(unique, lint(unique), strict=True))
    findings = [by_text[r.text] for r in rendered]
    suspects = []
    for i, (r, found) in enumerate(zip(rendered, findings, strict=True)):
        bad = [f for f in found if not _inside_user_text(f, r)]
        if bad:
            suspects.append((i, bad))
    if not suspects:
        return []
    neutral = []
    for i, _bad in suspects:
        r = rendered[i]
        nv = _neutral_variables(r.variables)
        neutral.append(" ".join([*(bank.render(tf, ph, nv) for tf, ph in r.parts), r.suffix])
                       .strip())
    faults: list[tuple[int, Any]] = []
    for (i, bad), found in zip(suspects, lint(neutral), strict=True):
        rules = {f.rule for f in found}
        faults.extend((i, f) for f in bad if f.rule in rules)
    return faults


def _clash(text: str, ev: ElementVars) -> bool:
    """The word before the name also occurs in it: "zonder een jaarrekening zonder verrassingen",
    "met offertes met een vaste marge". Such a phrasing is only a last resort."""
    for form in (ev.np, ev.de_np):
        i = text.find(form)
        if i > 0:
            before = words(text[:i])
            if before and before[-1].lower() in {w.lower() for w in words(form)}:
                return True
    return False


def _is_long(ev: ElementVars) -> bool:
    return ev.postmod == "clause" or len(words(ev.np)) >= 6


def _ends_with_np(text: str, ev: ElementVars) -> bool:
    core = text.rstrip("?.! ")
    return core.endswith(ev.np) or core.endswith(ev.de_np)


def _inside_user_text(finding: Any, r: _Rendered) -> bool:
    """A finding that starts inside inserted user text (element name, dream, partner) is about
    the user's own words ("hoe je het hebt aangepakt"), not about the template."""
    start = getattr(finding, "start", None)
    if start is None:
        return False
    return any(s <= start < e for s, e in r.user_spans)


def _count(body: Sequence[_Rendered], extra: Sequence[_Rendered], closing: _Rendered) -> int:
    return sum(len(words(p.text)) for p in [*body, *extra, closing])


class _DreamState:
    """Usage counters for one dream: least-used angle and phrasing first, seeded tie-breaks."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.angle_use: Counter[str] = Counter()
        self.phrase_use: Counter[str] = Counter()
        self._tiebreak: dict[str, float] = {}

    def _tb(self, key: str) -> float:
        if key not in self._tiebreak:
            self._tiebreak[key] = self.rng.random()
        return self._tiebreak[key]

    def rank(self, tf: TemplateFile, ph: Phrasing) -> tuple[int, int, float, str]:
        """Sort key of a phrasing: its use so far, its angle's use, a seeded tie-break."""
        key = f"{tf.rel}#{ph.name}"
        return (self.phrase_use[key], self.angle_use[tf.rel], self._tb(key), key)

    def order_phrasings(self, tf: TemplateFile) -> list[Phrasing]:
        jitter = {p.name: self.rng.random() for p in tf.phrasings}
        return sorted(tf.phrasings, key=lambda p: (
            self.phrase_use[f"{tf.rel}#{p.name}"], jitter[p.name], p.name))

    def use(self, tf: TemplateFile, ph: Phrasing) -> None:
        self.angle_use[tf.rel] += 1
        self.phrase_use[f"{tf.rel}#{ph.name}"] += 1


def _default_lint() -> LintFn | None:
    """``dreamcontent.lint.lint_texts`` once it exists; None keeps the gate pluggable."""
    try:
        from dreamcontent.lint import lint_texts
    except ImportError:
        return None
    return lint_texts


_BANK_CACHE: dict[tuple[object, ...], Bank] = {}
_BANK_CACHE_SIZE = 8


def load_bank(templates_dir: Path | None = None) -> Bank:
    """The template bank for ``templates_dir``, built once and reused while no template file
    changes (the key holds every ``.j2`` file's path, mtime and size). A loaded ``Bank`` is
    read-only, so one instance can serve many ``generate`` calls and threads."""
    dirs = ([Path(templates_dir)] if templates_dir is not None else []) + [
        default_templates_dir()
    ]
    files: list[tuple[str, int, int]] = []
    for d in dirs:
        if d.is_dir():
            for f in sorted(d.rglob("*.j2")):
                st = f.stat()
                files.append((str(f), st.st_mtime_ns, st.st_size))
    key = (str(templates_dir), tuple(files))
    bank = _BANK_CACHE.get(key)
    if bank is None:
        bank = Bank(templates_dir)  # raises TemplateError for a missing or broken bank
        if len(_BANK_CACHE) >= _BANK_CACHE_SIZE:
            _BANK_CACHE.pop(next(iter(_BANK_CACHE)))
        _BANK_CACHE[key] = bank
    return bank


def generate(dream: DreamFile, *, top: int = 12, templates_dir: Path | None = None,
             seed: int = 0, gate: bool = True) -> GenerationResult:
    """Generate questions and content for the top elements of every dream in ``dream``."""
    bank = load_bank(templates_dir)
    gen = Generator(bank, seed=seed, lint=_default_lint() if gate else None)
    return gen.generate(dream, top=top, gate=gate)
