"""Small Dutch grammar helpers shared by the rules.

They combine the tagger's CGN tag (``token.tag_`` like ``WW|pv|tgw|met-t``), the morphology,
the dependency labels and closed word lists, so that one wrong tag does not decide alone.
"""

from __future__ import annotations

import re
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from dreamcontent.lint.wordlists import words

WORDEN_FORMS = frozenset({"word", "wordt", "worden", "werd", "werden", "geworden"})
ZIJN_FORMS = frozenset({"ben", "bent", "is", "zijn", "was", "waren", "geweest", "wezen"})
HEBBEN_FORMS = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden", "gehad"})
ZULLEN_FORMS = frozenset({"zal", "zult", "zullen", "zul"})
PRESENT_HEBBEN = frozenset({"heb", "hebt", "heeft", "hebben"})
PRESENT_ZIJN = frozenset({"ben", "bent", "is", "zijn"})

CLAUSE_PUNCT = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "…", '"', "“", "”"})


def tag_parts(tok: Token) -> list[str]:
    return tok.tag_.split("|")


def is_verb_tag(tok: Token) -> bool:
    return tok.tag_.startswith("WW")


def is_finite(tok: Token) -> bool:
    if tok.tag_.startswith("WW|pv"):
        return True
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", [])


def is_past_finite(tok: Token) -> bool:
    """A finite verb in the past tense, by tagger + morphology + word lists.

    The tagger alone is not trusted: "zult" is never past, strong forms like "hielpen" always
    are, and a "WW|pv|verl" tag needs the morphologizer's Tense=Past or a weak past form
    (stem + te/de(n)) to count.
    """
    low = tok.lower_
    if not tok.is_alpha or low in words("present_forms") or _nominal_context(tok):
        return False  # after an article, possessive or adjective it is a noun ("jouw vijftigste")
    if low in words("past_forms"):
        return True
    if low in _NOUN_HOMOGRAPHS:
        # "namen", "reden", "lagen": a past only next to a subject pronoun ("ze namen")
        prev, nxt = prev_word(tok), next_word(tok)
        return any(w is not None and w.lower_ in _PLURAL_SUBJECTS for w in (prev, nxt))
    if low.endswith("en") and not low.endswith(("ten", "den")):
        lem = lemma(tok)
        if lem == low or not lem.endswith("en"):
            # the infinitive itself ("overleggen") or a noun ("namen" <- naam); a strong past
            # plural has another verb as its lemma ("wonnen" <- winnen)
            return False
    tag_past = tok.tag_.startswith("WW|pv|verl")
    morph_past = "Past" in tok.morph.get("Tense", []) and "Fin" in tok.morph.get("VerbForm", [])
    if tag_past and morph_past:
        return True
    if tag_past or morph_past or tok.tag_.startswith("WW|pv"):
        return is_weak_past(tok)
    return False


def is_weak_past(tok: Token) -> bool:
    """stem + te/de/ten/den, with the stem from the lemma ("leverde" <- leveren,
    "richtten" <- op_richten, "afschaften" <- af_schaffen). A form equal to the infinitive
    ("zitten", "melden") is not a past."""
    low = tok.lower_
    if not low.endswith(("te", "de", "ten", "den")):
        return False
    raw = tok.lemma_.lower()
    full = raw.replace("_", "")
    if low == full:
        return False
    particle, _, base = raw.rpartition("_")
    candidates: set[str] = set()
    for inf, prefix in ((full, ""), (base, ""), (base, particle)):
        stem = stem_of_infinitive(inf) if inf else None
        if stem is None:
            continue
        candidates.add(prefix + stem)
        if stem.endswith("f"):
            candidates.add(prefix + stem[:-1] + "v")
        elif stem.endswith("s"):
            candidates.add(prefix + stem[:-1] + "z")
    return any(low == st + suf for st in candidates for suf in ("te", "de", "ten", "den"))


_NOUN_HOMOGRAPHS = frozenset({"namen", "reden", "lagen", "zeden", "bogen", "togen", "zaten"})
_DETERMINERS = ("LID", "VNW|bez", "VNW|aanw|det", "VNW|onbep|det", "ADJ|prenom")


def _nominal_context(tok: Token) -> bool:
    """Preceded by an article, possessive or attributive adjective: a noun reading ("de was",
    "jouw vijftigste", "oranje namen")."""
    prev = prev_word(tok)
    # "zijn" before the word is as often the verb as the possessive ("we zijn verhuisd")
    return prev is not None and prev.tag_.startswith(_DETERMINERS) and prev.lower_ != "zijn"


_PARTICLE = (r"(?:aan|af|bij|binnen|door|in|los|mee|na|neer|om|onder|op|over|rond|samen|tegen|"
             r"terug|thuis|toe|uit|vast|voor|weg|achter|dicht|open|vrij|klaar|kapot|schoon|"
             r"goed|mis|weer|teleur|tevoren|voort|vooruit|achteruit|stil)")
_PARTICIPLE_SHAPE = re.compile(rf"^{_PARTICLE}?(?:ge|be|ver|ont|her|er)\w{{3,}}[dtn]$")
_ANY_PARTICIPLE = re.compile(
    rf"^{_PARTICLE}?(?:ge|be|ver|ont|her|er|onder|over|door|om|mis|vol|achter|voor|weer)"
    r"\w{2,}[dtn]$")
_PREFIXED_EN = re.compile(r"^(?:be|ver|ont|her|er)\w{3,}en$")
_PARTICLE_GE_EN = re.compile(rf"^{_PARTICLE}ge\w{{3,}}en$")
_NOUN_SUFFIXES = ("heid", "teit", "ment", "schap", "dom", "sel")
_NOT_PARTICIPLES = frozenset({
    "geld", "gezin", "gebied", "gezicht", "gewicht", "gerecht", "geluid", "geheim", "gevecht",
    "gebed", "genot", "geduld", "gemiddeld", "bericht", "beleid", "verstand", "gesprekken",
    "gebeurtenissen", "verschillen", "verhalen", "bedrijven", "gegevens", "gebouwen",
    "berichten", "verlangen", "vermogen", "vertrouwen", "verleden", "begin", "ontbijt",
    "gevoelen", "gewoon", "gezond", "gelegen", "geschikt", "gemeen", "bekend", "verder",
    "bestand", "verband", "verbond", "beroemd", "gewend", "geliefd", "begeerd",
})


def participle_shape(tok: Token) -> bool:
    """Looks like a past participle: (particle)(ge|be|ver|ont|her|er)...(d|t|n)."""
    low = tok.lower_
    if low in _NOT_PARTICIPLES or not tok.is_alpha:
        return False
    if low in words("unaccusative_participles"):
        return True
    return bool(_PARTICIPLE_SHAPE.match(low))


def is_participle(tok: Token, loose: bool = False) -> bool:
    """A past participle: tagger/morphology agreeing with the word's shape, or the shape of a
    participle where the tagger read a noun ("gegroeid") - never after an article."""
    tagged = tok.tag_.startswith("WW|vd") or (
        "Part" in tok.morph.get("VerbForm", []) and not tok.tag_.startswith(("WW|inf", "WW|pv")))
    if tagged:
        # every Dutch past participle has ge- or an unstressed prefix: "hemd" or "grootst"
        # tagged as a participle is a tagger error
        low = tok.lower_
        return (bool(_ANY_PARTICIPLE.match(low)) and low not in _NOT_PARTICIPLES
                and not low.endswith(_NOUN_SUFFIXES) and not is_present_participle(tok))
    if tok.tag_.startswith("WW|inf") and _PARTICLE_GE_EN.match(tok.lower_):
        return True  # "opgevallen", "aangelopen": particle + ge- is never an infinitive
    if tok.tag_.startswith(("WW|pv", "WW|inf", "VNW", "LID", "VZ", "VG", "TW", "LET")):
        return False
    low = tok.lower_
    if (_nominal_context(tok) or not participle_shape(tok) or is_present_participle(tok)
            or low.endswith(_NOUN_SUFFIXES) or tok.text[:1].isupper()):
        return False  # present participles ("verschillend") are adjectives
    lem = lemma(tok)
    if tok.tag_.startswith("ADJ") or tok.pos_ == "ADJ":
        # the tagger reads an adjective ("getalenteerd"); believe a verb only if the
        # lemmatizer found one, for change-of-state verbs ("gestegen"), or (``loose``) after
        # hebben/worden, which rarely take an adjective of this shape
        return ((lem != low and lem.endswith("en")) or low in words("unaccusative_participles")
                or (loose and low not in words("adjectival_participles")))
    return lem == low or lem.endswith("en")


def is_present_participle(tok: Token) -> bool:
    """"verschillend", "schitterend" (stem + end) - not "gerekend", "verleend", "herkend"."""
    low = tok.lower_.removesuffix("e")
    if not low.endswith("end"):
        return False
    lem = lemma(tok)
    if lem.endswith("en") and lem != tok.lower_:
        return low == lem[:-2] + "end"  # the lemmatizer found the verb: werken -> werkend
    return not low.startswith("ge") and not low.endswith(("eend", "kend", "iend"))


def is_infinitive(tok: Token) -> bool:
    if tok.tag_.startswith("WW|inf"):
        return not tok.tag_.startswith("WW|inf|nom")
    if tok.tag_.startswith("WW|vd") or tok.tag_.startswith("WW|pv"):
        return False
    return "Inf" in tok.morph.get("VerbForm", [])


def is_noun_like(tok: Token) -> bool:
    return tok.tag_.startswith("N|") or tok.pos_ in ("NOUN", "PROPN")


def lemma(tok: Token) -> str:
    return tok.lemma_.lower().replace("_", "")


def is_clause_boundary(tok: Token) -> bool:
    """Punctuation, or a conjunction, that ends a verb cluster's clause for our scans."""
    if tok.is_space:
        return False
    if tok.text in CLAUSE_PUNCT:
        return True
    if tok.tag_.startswith("VNW|betr") or tok.lower_ in _RELATIVE_WAAR:
        return True  # a relative clause starts ("waarin precies omschreven staat")
    return tok.tag_.startswith("VG") or tok.pos_ in ("CCONJ", "SCONJ")


_RELATIVE_WAAR = frozenset({"waarin", "waarmee", "waardoor", "waarop", "waarvan", "waarbij",
                            "waaraan", "waarvoor", "waaruit", "waarover", "waarnaar"})


def _coordinator(t: Token) -> bool:
    return t.tag_.startswith("VG|neven") or t.pos_ == "CCONJ"


def clause_tokens(tok: Token, window: int = 12) -> tuple[list[Token], list[Token]]:
    """Tokens before (nearest first) and after ``tok`` up to a clause boundary.

    After ``tok`` a coordinating conjunction does not end the scan ("werden door de EHBO en
    een arts opgevangen"); callers stop at the next finite verb instead.
    """
    doc = tok.doc
    sent_start, sent_end = 0, len(doc)
    before: list[Token] = []
    i = tok.i - 1
    while i >= sent_start and len(before) < window:
        t = doc[i]
        if is_clause_boundary(t):
            break
        if not t.is_space:
            before.append(t)
        i -= 1
    after: list[Token] = []
    i = tok.i + 1
    while i < sent_end and len(after) < window:
        t = doc[i]
        if is_clause_boundary(t) and not _coordinator(t):
            break
        if not t.is_space:
            after.append(t)
        i += 1
    return before, after


def _is_attributive(part: Token) -> bool:
    """A participle used before a noun ("een geautomatiseerd proces")."""
    if "prenom" in part.tag_ or part.dep_ == "amod":
        return True
    nxt = part.nbor(1) if part.i + 1 < len(part.doc) else None
    return nxt is not None and is_noun_like(nxt) and part.dep_ not in ("ROOT", "root")


def find_participle(aux: Token, loose: bool = False) -> Token | None:
    """The past participle that goes with auxiliary ``aux`` (parse first, then word order).

    ``loose`` (hebben, worden): also participle-shaped words the tagger read as adjectives.
    """
    head = aux.head
    if head is not aux and aux.dep_ in ("aux", "aux:pass") and is_participle(head, loose):
        return head
    before, after = clause_tokens(aux)
    for k, t in enumerate(after):
        if is_participle(t, loose) and not _is_attributive(t):
            return t
        if (loose and k == len(after) - 1 and _ge_form(t) and not _nominal_context(t)
                and not t.text[:1].isupper()
                and (not t.tag_.startswith("WW|inf") or _PREFIXED_EN.match(t.lower_))
                and not (k > 0 and after[k - 1].lower_ == "te")):
            # clause-final participle the tagger read as a noun ("verslagen") or as the
            # infinitive it looks like ("heeft … ontvangen", "wordt … vergeten")
            return t
        if is_finite(t):
            # the tagger may read a clause-final participle as a finite verb ("gebruikt",
            # "verwerkt"); after an auxiliary, a participle shape at the clause end is one
            if k == len(after) - 1 and _ge_form(t):
                return t
            break
    # verb-final clause ("dat je offerte verstuurd wordt", "gelijmd moet worden"): only the
    # verb cluster right before the auxiliary, and only when nothing but verbs follows it up
    # to the next finite verb, which starts the main clause ("De manier waarop dieren
    # gehouden worden, bepaalt ...", often written without the comma)
    rest = list(takewhile(lambda t: not is_finite(t), after))
    if any(not (t.tag_.startswith("WW") or t.pos_ in ("VERB", "AUX")) for t in rest):
        return None
    for k, t in enumerate(before[:3]):
        if k == len(before) - 1:
            break  # the first word of the clause is its subject or topic, not a participle
        if is_participle(t) and not _is_attributive(t):
            return t
        if not (t.tag_.startswith("WW") or t.pos_ in ("VERB", "AUX")):
            break
    return None


def _ge_form(t: Token) -> bool:
    """A participle shape (ge- or an unstressed prefix): "gewerkt", "verwerkt"."""
    low = t.lower_
    return (bool(_ANY_PARTICIPLE.match(low)) and low not in _NOT_PARTICIPLES
            and not low.endswith(_NOUN_SUFFIXES))


def _infinitive_like(t: Token) -> bool:
    """An infinitive, or a form the tagger read as plural present (same spelling)."""
    if is_infinitive(t) or t.tag_.startswith("WW|inf"):
        return True
    return t.tag_.startswith("WW|pv|tgw|mv") or (
        t.lower_ in ("zijn", "gaan", "staan", "doen", "zien", "slaan") and t.tag_.startswith("WW"))


def find_infinitive(aux: Token) -> Token | None:
    head = aux.head
    if head is not aux and aux.dep_ == "aux" and is_infinitive(head):
        return head
    before, after = clause_tokens(aux)
    for t in after:
        if _infinitive_like(t):
            return t
        if is_finite(t):
            break
    # the tagger may read the clause-final infinitive as a noun ("terugbellen"): the last
    # word of the clause, ending in -en, not right after an article
    if after:
        last = after[-1]
        prev = prev_word(last)
        after_article = prev is not None and prev.tag_.startswith(("LID", "ADJ|prenom"))
        if (last.lower_.endswith("en") and last.is_lower and not after_article
                and not last.tag_.startswith(("VNW", "LID", "VZ", "BW", "ADJ"))):
            return last
    for t in before[:3]:
        if _infinitive_like(t):
            return t
        if not t.tag_.startswith("WW"):
            break
    return None


def classify_aux(tok: Token) -> tuple[str, Token] | None:
    """``("passive" | "perfect", participle)`` when ``tok`` is worden/zijn/hebben + participle.

    - worden + participle: passive (copular worden has an adjective or noun, no participle);
    - zijn + participle: perfect for change-of-state verbs (gegroeid, gestart), nothing for
      participles used as adjectives (teleurgesteld), otherwise a passive (is verstuurd);
    - hebben + participle: perfect.
    """
    low = tok.lower_
    if low in WORDEN_FORMS and low != "geworden":
        part = find_participle(tok, loose=True)
        if part is None:
            return None
        if part.lower_ in words("adjectival_participles") and tok.dep_ not in ("aux:pass",):
            return None
        return ("passive", part)
    if low in ZIJN_FORMS:
        prev = prev_word(tok)
        after_subject = prev is not None and prev.lower_ in _PLURAL_SUBJECTS
        possessive_parse = tok.dep_ in ("nmod:poss", "det")
        if (tok.tag_.startswith("VNW") or tok.pos_ in ("DET", "PRON") or possessive_parse) \
                and not after_subject:
            nxt = next_word(tok)
            if nxt is None or is_noun_like(nxt) or nxt.tag_.startswith(("ADJ", "TW")) \
                    or nxt.like_num or _is_attributive(nxt):
                # possessive "zijn" ("zijn team", "zijn 800 winkels", "zijn onverdeelde
                # aandacht")
                return None
        part = find_participle(tok)
        if part is None:
            ipp = _ipp(tok)
            return ("perfect", ipp) if ipp is not None else None
        plow = part.lower_
        if plow in words("unaccusative_participles") or _zijn_verb_lemma(part):
            return ("perfect", part)
        if plow in words("adjectival_participles"):
            return None
        return ("passive", part)
    if low in HEBBEN_FORMS:
        part = find_participle(tok, loose=True) or _ipp(tok)
        if part is None:
            return None
        return ("perfect", part)
    return None


_PLURAL_SUBJECTS = frozenset({"we", "wij", "jullie", "ze", "zij"})


_IPP_VERBS = frozenset({"laten", "kunnen", "willen", "moeten", "mogen", "durven", "hoeven",
                        "zien", "horen", "helpen", "leren", "gaan", "blijven", "komen"})


def _ipp(aux: Token) -> Token | None:
    """The perfect with an infinitive for a participle ("heeft laten groeien", "is gaan
    werken"): a clause-final pair of a modal-like infinitive and another infinitive."""
    _, after = clause_tokens(aux)
    for k, t in enumerate(after[:-1]):
        if t.lower_ == "te" or t.lower_ == "om":
            return None  # "om te kunnen werken": an infinitive clause, not a perfect
        if t.lower_ in _IPP_VERBS and after[k + 1].lower_.endswith("en") \
                and after[k + 1].tag_.startswith("WW"):
            return after[k + 1]
        if is_finite(t):
            break
    return None


def _zijn_verb_lemma(part: Token) -> bool:
    """Participles whose lemma is a typical zijn-verb (by the lemma, for unseen prefixes:
    "afgetreden" <- af_treden, "vervallen" <- vervallen)."""
    lem = lemma(part)
    if lem in _TRANSITIVE_LOOKALIKES:
        return False
    return lem in _ZIJN_VERB_LEMMAS or any(lem.endswith(s) for s in _ZIJN_VERB_LEMMAS)


#: transitive verbs that end like a zijn-verb ("de bank is overvallen" is a passive)
_TRANSITIVE_LOOKALIKES = frozenset({"aanvallen", "overvallen", "betreden", "ondergaan",
                                    "bekeren", "belopen", "overkomen", "bekomen"})


_ZIJN_VERB_LEMMAS = frozenset(
    {"gaan", "komen", "groeien", "stijgen", "dalen", "vallen", "blijven", "worden", "vertrekken",
     "verdwijnen", "verschijnen", "ontstaan", "lukken", "gebeuren", "slagen", "sterven",
     "overlijden", "toenemen", "afnemen", "beginnen", "verhuizen", "lopen", "raken", "belanden",
     "treden", "vervallen", "keren", "vluchten", "zakken", "zinken", "mislukken",
     "ontsnappen", "stappen", "landen", "arriveren", "emigreren", "springen", "kruipen",
     "doorslaan", "omslaan", "inscheuren", "toeslaan", "wegzakken", "opdrogen", "uitdrogen"}
)


def span_text(doc_text: str, a: Token, b: Token) -> str:
    """"wordt verstuurd" for adjacent tokens, "wordt … verstuurd" when words lie between."""
    first, last = (a, b) if a.i <= b.i else (b, a)
    if last.i - first.i <= 3:
        return doc_text[first.idx:last.idx + len(last.text)]
    return f"{first.text} … {last.text}"


SENTENCE_END = frozenset({".", "!", "?", "…", "?!", "!?", "...", "??", "!!"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "»"})


def sentence_ranges(tokens: list[Token]) -> list[tuple[int, int]]:
    """Sentences as (start, end) token indices, split at . ! ? … (with closing quotes and
    brackets), not at the parser's guess.

    The parser's sentence boundaries are unreliable on short marketing copy; the punctuation
    is what a reader sees. A "." followed by a lower-case word does not end a sentence.
    """
    out = []
    start = 0
    n = len(tokens)
    i = 0
    while i < n:
        text = tokens[i].text
        if text in SENTENCE_END or (text[-1:] in "!?" and tokens[i].is_punct):
            j = i + 1
            while j < n and (tokens[j].text in _CLOSERS or tokens[j].text in SENTENCE_END):
                j += 1
            if j < n and text == "." and tokens[j].text[:1].islower():
                i = j
                continue
            out.append((start, j))
            start = j
            i = j
            continue
        i += 1
    if start < n:
        out.append((start, n))
    return [(a, b) for a, b in out if any(not tokens[k].is_space for k in range(a, b))]


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` as Spans (see ``sentence_ranges``)."""
    return [doc[a:b] for a, b in sentence_ranges(list(doc))]


VOWELS = "aeiou"


def stem_of_infinitive(inf: str) -> str | None:
    """Dutch present-tense stem ("ik-vorm") of a regular infinitive, or None when unsure.

    maken -> maak, lopen -> loop, geven -> geef, reizen -> reis, zetten -> zet, bellen -> bel,
    worden -> word, vinden -> vind.
    """
    inf = inf.lower().replace("_", "")
    if not inf.endswith("en") or len(inf) < 4:
        return None
    irregular = _IRREGULAR_STEMS.get(inf)
    if irregular:
        return irregular
    for prefix_len in range(len(inf) - 4, 0, -1):
        rest = inf[prefix_len:]
        if rest in _IRREGULAR_STEMS and inf[:prefix_len] in _SEPARABLE_OR_FIXED_PREFIXES:
            return inf[:prefix_len] + _IRREGULAR_STEMS[rest]
    stem = inf[:-2]
    if stem.endswith("i") or stem.endswith("ë"):
        return None
    # doubled consonant -> single (zetten -> zet)
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        stem = stem[:-1]
    # open syllable keeps a long vowel: mak|en -> maak (single vowel before single consonant)
    elif (
        len(stem) >= 2
        and stem[-1] not in VOWELS
        and stem[-2] in VOWELS
        and (len(stem) < 3 or stem[-3] not in VOWELS)
        and stem[-2] != "e"
        or _long_e(stem)
    ):
        stem = stem[:-1] + stem[-2] + stem[-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    return stem


def _long_e(stem: str) -> bool:
    """geven -> geef but wandelen / openen -> no doubling: only in a stressed single syllable."""
    if len(stem) < 2 or stem[-1] in VOWELS or stem[-2] != "e":
        return False
    if len(stem) >= 3 and stem[-3] in VOWELS:
        return False
    # count vowel groups: a long e only in a one-syllable stem (geven, leven, lezen, nemen)
    groups = 0
    prev = False
    for ch in stem:
        v = ch in VOWELS
        if v and not prev:
            groups += 1
        prev = v
    return groups == 1


_IRREGULAR_STEMS = {
    "zijn": "ben", "hebben": "heb", "kunnen": "kun", "willen": "wil", "zullen": "zul",
    "mogen": "mag", "gaan": "ga", "staan": "sta", "slaan": "sla", "doen": "doe", "zien": "zie",
    "komen": "kom", "worden": "word", "vinden": "vind", "houden": "houd", "bieden": "bied",
    "weten": "weet", "moeten": "moet", "krijgen": "krijg", "nemen": "neem", "geven": "geef",
    "lezen": "lees", "zeggen": "zeg", "leggen": "leg", "brengen": "breng", "denken": "denk",
    "antwoorden": "antwoord", "besteden": "besteed", "verbinden": "verbind", "rijden": "rijd",
    "snijden": "snijd", "lijden": "lijd", "glijden": "glijd", "melden": "meld",
    "worstelen": "worstel", "twijfelen": "twijfel", "wandelen": "wandel", "openen": "open",
    "tekenen": "teken", "rekenen": "reken", "regelen": "regel", "handelen": "handel",
    "veranderen": "verander", "leveren": "lever", "verbeteren": "verbeter", "luisteren": "luister",
    "werken": "werk", "maken": "maak", "spreken": "spreek", "beantwoorden": "beantwoord",
}
_SEPARABLE_OR_FIXED_PREFIXES = frozenset(
    {"aan", "af", "be", "door", "her", "in", "mee", "na", "om", "ont", "op", "over", "terug",
     "toe", "uit", "ver", "voor", "weg", "bij", "onder", "vast", "ge", "samen"}
)


def next_word(tok: Token, n: int = 1) -> Token | None:
    """The n-th following token that is not whitespace, or None."""
    doc = tok.doc
    i = tok.i
    while n > 0:
        i += 1
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i >= len(doc):
            return None
        n -= 1
    return doc[i]


def prev_word(tok: Token) -> Token | None:
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


_SUBJECT_WORDS = frozenset({"ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u",
                            "het", "dit", "dat", "die", "deze", "men", "iemand", "iedereen",
                            "niemand", "alles", "niets", "er"})


def subject_before_verb(verb: Token) -> bool:
    """A noun or subject pronoun before the finite verb in its clause ("Dit helpt je")."""
    t = prev_word(verb)
    while t is not None and not is_clause_boundary(t):
        if is_noun_like(t) or t.lower_ in _SUBJECT_WORDS or t.tag_.startswith("VNW|pers"):
            return True
        t = prev_word(t)
    return False


def match_case(template: str, word: str) -> str:
    """``word`` with the capitalisation of ``template`` ("Wordt" -> "Word", "U" -> "Je")."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
