"""Noun-phrase analysis for templates: head noun, number, gender, article, adjective forms.

``analyse_np(doc)`` reads a parsed element name (CGN tags in ``token.tag_``, UD morphology and
dependencies) and returns a :class:`NounPhrase` with ready-made forms, so template authors never
choose articles or conjugate by hand::

    np.np            "sterkere heupspieren"          (as written, in jij-vorm)
    np.de_np         "de sterkere heupspieren"       (definite)
    np.verb("ontbreken")  "ontbreken" / "ontbreekt"  (agrees with the head noun)

Rules combine tags, morphology, dependencies and small word lists, because the tagger is good
but not perfect. Grammar facts: DUTCH_NOTES.md ("Noun phrases in templates").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dreamcontent.nl import verbs

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token

INDEFINITE = frozenset({"een", "'n"})
DEFINITE = frozenset({"de", "het", "'t"})
POSSESSIVE = frozenset({
    "mijn", "m'n", "jouw", "je", "zijn", "z'n", "haar", "ons", "onze", "jullie", "hun", "uw",
})
DEMONSTRATIVE = frozenset({"deze", "dit", "die", "dat", "zo'n", "zulke"})
QUANTIFIERS = frozenset({
    "elke", "ieder", "iedere", "alle", "veel", "vele", "weinig", "genoeg", "voldoende", "meer",
    "minder", "geen", "sommige", "enkele", "meerdere", "diverse", "allerlei", "wat", "twee",
    "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "beide", "elk", "welk",
    "welke", "nog",
})
#: Words that start a post-modifier (relative clause, subordinate clause) after the head.
CLAUSE_STARTERS = frozenset({
    "die", "dat", "wat", "waar", "waarmee", "waarin", "waardoor", "waarop", "waarvoor",
    "waarbij", "waarvan", "wie", "zodat", "als", "wanneer", "omdat", "zonder", "terwijl",
    "om", "zodra",
})
COORDINATORS = frozenset({"en", "&", "+", "plus"})

#: Mass nouns: always singular, no indefinite article ("voldoende slaap ontbreekt").
MASS_NOUNS = frozenset({
    "slaap", "rust", "tijd", "geld", "energie", "zekerheid", "vertrouwen", "kennis", "aandacht",
    "ruimte", "steun", "hulp", "begeleiding", "voeding", "water", "informatie", "overzicht",
    "structuur", "balans", "plezier", "motivatie", "discipline", "regelmaat", "herstel",
    "conditie", "kracht", "uithoudingsvermogen", "focus", "vrijheid", "duidelijkheid", "zin",
    "lef", "moed", "geduld", "stilte", "liefde", "erkenning", "waardering", "respect",
    "groei", "omzet", "winst", "cashflow", "inkomen", "werk", "vrije tijd", "ontspanning",
    "beweging", "flexibiliteit", "snelheid", "kwaliteit", "veiligheid", "gezondheid",
    "voldoening", "inspiratie", "feedback", "advies", "zelfvertrouwen", "eten", "drinken",
    "voedsel", "personeel", "materiaal", "gereedschap", "support", "coaching", "training",
})
#: Neuter (het-)nouns that are common in dream files, for when the tagger gives no gender.
NEUTER_NOUNS = frozenset({
    "herstel", "vertrouwen", "overzicht", "plezier", "geld", "water", "inzicht", "plan",
    "schema", "team", "netwerk", "advies", "gesprek", "moment", "doel", "resultaat", "lichaam",
    "gevoel", "ritme", "tempo", "budget", "proces", "systeem", "programma", "product",
    "contact", "werk", "leven", "huis", "bedrijf", "kantoor", "schoeisel", "voedsel", "gezin",
    "kind", "boek", "idee", "beeld", "verhaal", "evenement", "abonnement", "platform",
    "zelfvertrouwen", "inkomen", "personeel", "materiaal", "gereedschap", "uithoudingsvermogen",
    "vermogen", "verschil", "succes", "risico", "probleem", "antwoord", "overleg", "begin",
    "einde", "weekend", "jaar", "uur", "klimaat", "lijf", "hoofd", "hart", "been",
    "dak", "salaris", "pensioen", "spaargeld", "eten", "drinken", "sporten", "lopen", "slapen",
    "horloge", "spreekuur", "label", "energielabel", "contract", "pakket", "traject",
    "onderzoek", "testament", "verlof", "respect",
})
#: De-words the tagger tends to call neuter; compounds ending in them are de-words too.
COMMON_NOUNS = frozenset({"warming-up", "cooling-down", "cashflow", "workshop", "app", "website",
                          "mail", "check", "scan", "training", "coaching", "avond", "dag",
                          "week", "maand", "middag", "ochtend", "les", "sessie", "cursus",
                          "dienst", "afspraak", "aanpak", "rapportage", "uurprijs", "prijs",
                          "marge", "buffer", "planning", "begroting"})
#: Endings that always make a de-word (longer than the ending itself).
_COMMON_ENDINGS = ("heid", "ing", "teit", "tie", "sie", "erij", "arij", "schap")
_NEUTER_SUFFIXES = ("isme", "ment", "sel", "um", "schap", "aat")
_COMMON_SUFFIXES = ("heid", "ing", "ie", "teit", "tuur", "nis")
_DIMINUTIVE = re.compile(r"(?:[^aeiou]je|tje|pje|kje|etje|jes)$")


def _tag(tok: Token) -> str:
    return tok.tag_ or ""


def _is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") or _tag(tok).startswith("N|")


def _is_proper(tok: Token) -> bool:
    if not tok.text[:1].isupper():
        return False
    return tok.pos_ == "PROPN" or _tag(tok).startswith(("N|eigen", "SPEC"))


def _is_punct(tok: Token) -> bool:
    if tok.text in COORDINATORS:
        return False
    return tok.is_punct or tok.pos_ == "PUNCT" or _tag(tok).startswith("LET")


_VGROUP = r"(?:ij|[aeiouy])+"
_LAST_SYLLABLE = re.compile(f"({_VGROUP})([^aeiouy]+)$")
_UNCHANGING = frozenset({"extra", "plus", "top", "gratis", "oranje", "prima", "super", "half"})


def _unstressed(before: str, vowel: str) -> bool:
    """A single e/i after earlier vowels is unstressed (simpel, prettig): no doubling."""
    return vowel in ("e", "i") and re.search(_VGROUP, before) is not None


def inflect_adjective(adj: str) -> str:
    """The -e form of an attributive adjective: groot -> grote, snel -> snelle, lief -> lieve."""
    low = adj.lower()
    if not low or low in _UNCHANGING or low.endswith("e"):
        return adj
    if low[-1] in "aouy" or low.endswith("en") or (low[-1] == "i" and low[-2:-1] not in "aeou"):
        return adj  # prima, retro, houten, gouden
    if low.endswith(("ij", "i")):
        return adj + "e"  # vrij -> vrije, mooi -> mooie
    m = _LAST_SYLLABLE.search(low)
    if m is None:
        return adj + "e"
    vowels, cons = m.group(1), m.group(2)
    before = low[: m.start()]
    base = adj
    if len(vowels) == 2 and vowels[0] == vowels[1] and len(cons) == 1:
        base = adj[: m.start()] + adj[m.start()] + adj[-1]  # groot -> grot(e)
    elif len(vowels) == 1 and len(cons) == 1 and not _unstressed(before, vowels):
        return adj + adj[-1] + "e"  # snel -> snelle, vlot -> vlotte
    if len(vowels) >= 2 and len(cons) == 1:
        if base.endswith("f"):
            base = base[:-1] + "v"
        elif base.endswith("s"):
            base = base[:-1] + "z"
    return base + "e"


def uninflect_adjective(adj: str) -> str:
    """The bare form after een + het-word: grote -> groot, snelle -> snel, juiste -> juist."""
    low = adj.lower()
    if low.endswith(("aie", "oie", "ije")):
        return adj[:-1]
    if not low.endswith("e") or len(low) < 3 or low.endswith(("ee", "ie")):
        return adj
    base = adj[:-1]
    blow = base.lower()
    if blow.endswith(("ig", "lijk", "isch", "er")):
        return base
    m = _LAST_SYLLABLE.search(blow)
    if m is None:
        return base
    vowels, cons = m.group(1), m.group(2)
    before = blow[: m.start()]
    if len(cons) == 2 and cons[0] == cons[1]:
        return base[:-1]  # snelle -> snel
    long_vowel = len(vowels) >= 2
    if len(vowels) == 1 and len(cons) == 1 and vowels in "aeou" and not _unstressed(
        before, vowels
    ):
        base = base[:-1] + vowels + base[-1]  # grote -> groot
        long_vowel = True
    if long_vowel and base.endswith("v"):
        base = base[:-1] + "f"
    elif long_vowel and base.endswith("z"):
        base = base[:-1] + "s"
    return base


@dataclass(frozen=True)
class NounPhrase:
    """One analysed element name. ``text`` is already in jij-vorm."""

    text: str
    head: str
    plural: bool
    neuter: bool
    mass: bool
    kind: str  # "np" (noun phrase), "inf" (infinitive phrase), "pron" (iemand, iets ...)
    determiner: str | None  # first word if it is an article, possessive, quantifier ...
    proper: bool  # starts with a proper name: keep its capital, add no article
    definite_text: str  # the definite form, prepared at analysis time
    indefinite_text: str
    core_text: str  # before a relative clause or prepositional phrase, as written
    postmod: str | None = None  # "clause" (die/dat/waar...), "pp" (met, voor ...) or None

    # ---- forms for templates -------------------------------------------------------------
    @property
    def np(self) -> str:
        return self.text

    @property
    def de_np(self) -> str:
        return self.definite_text

    @property
    def een_np(self) -> str:
        return self.indefinite_text

    @property
    def is_plural(self) -> bool:
        return self.plural

    @property
    def is_neuter(self) -> bool:
        return self.neuter

    @property
    def is_mass(self) -> bool:
        return self.mass

    @property
    def lidwoord(self) -> str:
        """The definite article the head takes: de or het."""
        return "het" if self.neuter and not self.plural else "de"

    @property
    def pron(self) -> str:
        """Personal pronoun referring back: ze (plural), het (het-word), hij (de-word)."""
        if self.plural:
            return "ze"
        return "het" if self.neuter or self.kind == "inf" else "hij"

    @property
    def die(self) -> str:
        """Relative/demonstrative pronoun: die (de-words, plural) or dat (het-words)."""
        if self.plural:
            return "die"
        return "dat" if self.neuter or self.kind == "inf" else "die"

    def verb(self, infinitive: str) -> str:
        """Present-tense form agreeing with this phrase as subject: ontbreekt / ontbreken."""
        return verbs.agree(infinitive, plural_subject=self.plural)

    def __str__(self) -> str:
        return self.text


def _lower_first(text: str, keep: bool) -> str:
    if keep or not text:
        return text
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:2].isupper():  # acronym such as GPS-horloge
        return text
    if "-" in first and first.split("-")[1][:1].islower() and first[:1].isupper() and len(
        first.split("-")[0]
    ) > 1 and first.split("-")[0].lower() not in ("e", "a"):
        return text  # brand compound such as Strava-abonnement
    return text[:1].lower() + text[1:]


def _gender_from_lexicon(head: str) -> bool | None:
    low = head.lower()
    last = low.split("-")[-1]
    for word in (low, last):
        if word in NEUTER_NOUNS:
            return True
    for n in sorted(NEUTER_NOUNS, key=len, reverse=True):  # compounds: hardloopschema
        if len(n) >= 4 and last.endswith(n):
            return True
    if _DIMINUTIVE.search(last) and len(last) > 4:
        return True
    if last.endswith(_COMMON_SUFFIXES):
        return False
    if last.endswith(_NEUTER_SUFFIXES):
        return True
    return None


def _is_adjective(tok: Token) -> bool:
    """Prenominal adjective, including participles used as one (een goed onderbouwde prijs)."""
    tag = _tag(tok)
    return tok.pos_ == "ADJ" or tag.startswith("ADJ") or tag.startswith("WW|vd|prenom") or (
        tag.startswith("WW|od|prenom"))


def _listed_common(head: str) -> bool:
    low = head.lower().split("-")[-1]
    if low in COMMON_NOUNS or any(len(low) > len(n) + 2 and low.endswith(n)
                                  for n in COMMON_NOUNS if len(n) >= 3):
        return True
    # "schap" is mixed (het landschap); only the other endings are reliable
    return len(low) > 5 and low.endswith(_COMMON_ENDINGS[:-1])


def _gender_from_adjective(toks: Sequence[Token], head: Token) -> bool | None:
    """After "een" a de-word's adjective ends in -e (een vaste dag), a het-word's does not
    (een vast plan). True = neuter, False = common, None = no evidence."""
    before = [t for t in toks if t.i < head.i and not _is_punct(t)]
    if not before:
        return None
    adj = before[-1]
    if not _is_adjective(adj):
        return None
    w = adj.lower_
    if w.endswith("e") and uninflect_adjective(w) != w:
        return False
    if not w.endswith("e") and inflect_adjective(w) != w:
        return True
    return None


def _listed_neuter(head: str) -> bool:
    """The head or its last compound part is a listed het-word (hardloopschema, Strava-abonnement).
    Compounds take the gender of their last part."""
    low = head.lower().split("-")[-1]
    return low in NEUTER_NOUNS or any(
        len(n) >= 5 and low.endswith(n) for n in NEUTER_NOUNS
    )


def _is_mass(head: str) -> bool:
    low = head.lower()
    if low in MASS_NOUNS:
        return True
    return any(len(m) >= 5 and low.endswith(m) for m in MASS_NOUNS if " " not in m)


def analyse_np(doc: Doc) -> NounPhrase:
    """Analyse a parsed element name (already in jij-vorm). Never raises on odd input."""
    toks = [t for t in doc if not t.is_space]
    words = [t for t in toks if not _is_punct(t)]
    text = doc.text.strip()
    if not words:
        return _make(text, head=text, plural=False, neuter=False, mass=False, kind="np",
                     det=None, proper=False, toks=toks, cut=len(toks))

    # 1. Where does the core (determiner + adjectives + head) end?
    cut = len(toks)
    seen_noun = False
    for i, t in enumerate(toks):
        low = t.lower_
        tag = _tag(t)
        relative = i > 0 and (tag.startswith("VNW|betr") or low in ("die", "waar") or (
            low.startswith("waar") and len(low) > 5))
        if relative and not seen_noun and (low == "die" or not _tag(toks[i - 1]).startswith(
                ("WW|inf", "VZ"))):
            cut = i  # "buren die vragen ...": a relative clause always follows a noun
            break
        if seen_noun and (
            tag.startswith("VNW|betr") or tag.startswith("VG|onder")
            or low in CLAUSE_STARTERS or low == ","
            or (t.pos_ == "ADP" or tag.startswith("VZ")) and low not in COORDINATORS
            or t.dep_ in ("acl:relcl", "acl")
        ):
            cut = i
            break
        if _is_noun(t):
            seen_noun = True
    core = toks[:cut]
    core_words = [t for t in core if not _is_punct(t)]
    nouns = [t for t in core_words if _is_noun(t)]

    first = words[0]
    det = first.lower_ if first.lower_ in (
        INDEFINITE | DEFINITE | POSSESSIVE | DEMONSTRATIVE | QUANTIFIERS
    ) or _tag(first).startswith(("LID", "TW")) else None
    if det in ("wat",) and (first.tag_.startswith("VNW|vrag") or not nouns):
        det = None

    # 2. Infinitive phrases ("elke dag stretchen", "weten wat je eet") are singular, neuter.
    root = next((t for t in words if t.dep_ == "ROOT"), None)
    last = core_words[-1] if core_words else words[-1]
    die_follows = len(words) > 1 and words[1].lower_ == "die"  # "buren die ...": a noun
    is_inf = not die_follows and (
        _tag(first).startswith("WW") and first.lower_.endswith("en") and det is None
        and not _is_noun(first)
        or _tag(last).startswith("WW") and last.lower_.endswith("en") and not _is_noun(last)
        and last.i == words[-1].i and cut == len(toks)
        and not (len(words) > 1 and words[-2].lower_ in COORDINATORS)
        or _tag(last).startswith("WW|inf") and not _is_noun(last)
        or (root is not None and _tag(root).startswith("WW|inf") and not nouns)
    )
    if not is_inf and not nouns and cut < len(toks) and core_words and _postmod(
            toks, cut) == "clause" and not _tag(core_words[-1]).startswith("VNW"):
        nouns = [core_words[-1]]  # the tagger missed the noun before a relative clause
    if is_inf or not nouns:
        pron = next((t for t in core_words if t.pos_ == "PRON"
                     or _tag(t).startswith("VNW|onbep|pron")), None)
        if not is_inf and pron is not None:
            return _make(text, head=pron.text, plural=False, neuter=False, mass=False,
                         kind="pron", det=None, proper=False, toks=toks, cut=cut)
        head_tok = root if root is not None else last
        return _make(text, head=head_tok.text, plural=False, neuter=True, mass=True,
                     kind="inf", det=det, proper=False, toks=toks, cut=cut)

    head = nouns[-1]
    # 3. Number: coordination of nouns is plural ("rust en herstel", "rust & regelmaat").
    coord = any(
        t.lower_ in COORDINATORS and 0 < k < len(core_words) - 1
        and _noun_like(core_words[k - 1]) and _noun_like(core_words[k + 1])
        for k, t in enumerate(core_words)
    )
    tag = _tag(head)
    morph_num = head.morph.get("Number", [])
    mass = _is_mass(head.text) and not coord
    if coord:
        plural = True
    elif mass and head.lower_ in MASS_NOUNS:
        plural = False  # listed mass nouns are singular whatever the tagger says
    elif "|mv|" in tag + "|" or tag.endswith("|mv") or "Plur" in morph_num:
        plural = True
    elif "|ev|" in tag + "|" or "Sing" in morph_num:
        plural = False
    else:
        plural = _looks_plural(head.text) and not mass
    if not _is_noun(head):
        plural = _looks_plural(head.text) and not mass
    if not plural and not mass and head.lemma_.lower() in ("", head.lower_) and _PLURAL_ES.search(
        head.lower_
    ) and head.lower_ not in SINGULAR_ES:
        plural = True  # the tagger said "ev" for offertes/bonnetjes: the ending says plural
    if det in ("elke", "ieder", "iedere", "elk", "een", "'n"):
        plural = False
    # 4. Gender
    neuter: bool
    if "|onz|" in tag + "|" or "|dim|" in tag or "Gender=Neut" in str(head.morph):
        neuter = True
    elif "|zijd|" in tag + "|" or "Gender=Com" in str(head.morph):
        neuter = False
    elif det in ("het", "'t", "dit") and not plural:
        neuter = True
    elif det in ("de", "deze") and not plural:
        neuter = False
    else:
        neuter = bool(_gender_from_lexicon(head.text))
    # the lexicon is the tie-breaker when the tagger's gender contradicts a listed word
    if _listed_neuter(head.text):
        neuter = True
    elif _listed_common(head.text):
        neuter = False
    if det in ("het", "'t", "dit") and not plural:
        neuter = True
    if det in INDEFINITE and not plural:
        evidence = _gender_from_adjective(toks, head)
        if evidence is not None:
            neuter = evidence  # the user's own "een vaste dag" / "een vast plan" decides
    proper = _is_proper(first) and det is None
    return _make(text, head=head.text, plural=plural, neuter=neuter, mass=mass, kind="np",
                 det=det, proper=proper, toks=toks, cut=cut, core_nouns=nouns)


_PLURAL_ES = re.compile(r"(?:[bcdfgklmnprtvz]es|jes|ers|els|ens)$")
SINGULAR_ES = frozenset({"proces", "congres", "adres", "succes", "exces", "expres", "kompres",
                         "interes", "vers", "kers", "beurs", "koers", "pers", "mens", "wens",
                         "grens", "kans", "dans", "glans", "lens", "trens", "balans"})


def _noun_like(tok: Token) -> bool:
    """A conjunct of a coordinated noun phrase (the tagger may call "rust" a verb)."""
    tag = _tag(tok)
    return not (tok.pos_ in ("ADJ", "DET", "ADV", "NUM") or tag.startswith(
        ("ADJ", "LID", "BW", "TW", "VNW")) or _is_punct(tok))


def _looks_plural(word: str) -> bool:
    low = word.lower()
    return (low.endswith(("en", "s")) and not low.endswith(("heid", "ing", "ns", "ss", "us"))
            and len(low) > 3)


def _postmod(toks: Sequence[Token], cut: int) -> str | None:
    if cut >= len(toks):
        return None
    t = toks[cut]
    if (t.pos_ == "ADP" or _tag(t).startswith("VZ")) and t.lower_ not in ("zonder", "om"):
        return "pp"
    return "clause"


def _make(text: str, *, head: str, plural: bool, neuter: bool, mass: bool, kind: str,
          det: str | None, proper: bool, toks: Sequence[Token], cut: int,
          core_nouns: Sequence[Token] = ()) -> NounPhrase:
    first_keep = proper or (bool(toks) and _is_proper(toks[0]))
    written = _lower_first(text, first_keep)
    core_text = "".join(t.text_with_ws for t in toks[:cut]).strip()
    core_text = _lower_first(core_text, first_keep)
    article = "het" if neuter and not plural else "de"
    definite, indefinite = written, written
    if kind == "np" and toks:
        rest = written[len(toks[0].text):] if det else ""
        if det in INDEFINITE:
            # een groot plan -> het grote plan: adjectives take -e; after een a de-word's
            # adjectives already have it (een vaste coach -> de vaste coach)
            definite = article + (_inflect_span(toks, cut, core_nouns, inflect=True)
                                  if neuter else rest)
            indefinite = written
        elif det in DEFINITE:
            definite = written
            if plural or mass:
                indefinite = rest.lstrip()
            else:
                indefinite = "een" + (
                    _inflect_span(toks, cut, core_nouns, inflect=False) if neuter else rest
                )
        elif det is None and not proper:
            definite = f"{article} {written}"
            indefinite = written if plural or mass else f"een {_bare_een(written, neuter)}"
    return NounPhrase(
        text=written, head=head, plural=plural, neuter=neuter, mass=mass, kind=kind,
        determiner=det, proper=proper, definite_text=definite, indefinite_text=indefinite,
        core_text=core_text, postmod=_postmod(toks, cut),
    )


def _bare_een(written: str, neuter: bool) -> str:
    if not neuter:
        return written
    words = written.split(" ")
    if len(words) > 1 and words[0].endswith("e"):
        words[0] = uninflect_adjective(words[0])
    return " ".join(words)


def _inflect_span(toks: Sequence[Token], cut: int, nouns: Sequence[Token], *,
                  inflect: bool) -> str:
    """Text after the first token, with prenominal adjectives (re)inflected."""
    head_i = nouns[-1].i if nouns else cut
    out = []
    rest = list(toks[1:])
    for k, t in enumerate(rest):
        w = t.text
        is_adj = _is_adjective(t)
        nxt = rest[k + 1] if k + 1 < len(rest) else None
        # "een goed onderbouwd plan": goed modifies the next adjective and stays as it is
        adverb = nxt is not None and nxt.i < head_i and t.whitespace_ != "" and _is_adjective(
            nxt)
        if is_adj and not adverb and t.i < head_i and t.i < (toks[0].i + cut):
            w = inflect_adjective(w) if inflect else uninflect_adjective(w)
        out.append(w + t.whitespace_)
    return (" " + "".join(out)).rstrip() if out else ""


# ---- batch analysis with a cache ------------------------------------------------------------

_CACHE: dict[str, NounPhrase] = {}
_CACHE_MAX = 50_000


def analyse_texts(texts: Iterable[str], nlp: Language | None = None) -> list[NounPhrase]:
    """Analyse many element names at once (one ``nlp.pipe`` call), with a process-wide cache."""
    items = list(texts)
    todo = sorted({t for t in items if t not in _CACHE})
    if len(_CACHE) + len(todo) > _CACHE_MAX:  # a long-running web server: start afresh
        _CACHE.clear()
        todo = sorted(set(items))
    if todo:
        if nlp is None:
            from dreamcontent.nl.pipeline import get_nlp

            nlp = get_nlp()
        for t, doc in zip(todo, nlp.pipe(todo), strict=True):
            _CACHE[t] = analyse_np(doc)
    return [_CACHE[t] for t in items]


def clear_cache() -> None:
    _CACHE.clear()
