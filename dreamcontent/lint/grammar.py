"""Small Dutch grammar helpers shared by the rules.

They combine the tagger's CGN tag (``token.tag_`` like ``WW|pv|tgw|met-t``), the morphology,
the dependency labels and closed word lists, so that one wrong tag does not decide alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

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
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


def is_past_finite(tok: Token) -> bool:
    if tok.tag_.startswith("WW|pv|verl"):
        return True
    if tok.tag_.startswith("WW|pv|tgw") or tok.tag_.startswith("WW|pv|conj"):
        return False
    return is_finite(tok) and "Past" in tok.morph.get("Tense")


def is_participle(tok: Token) -> bool:
    if tok.tag_.startswith("WW|vd"):
        return True
    if tok.tag_.startswith("WW|inf") or tok.tag_.startswith("WW|pv"):
        return False
    return "Part" in tok.morph.get("VerbForm")


def is_infinitive(tok: Token) -> bool:
    if tok.tag_.startswith("WW|inf"):
        return not tok.tag_.startswith("WW|inf|nom")
    if tok.tag_.startswith("WW|vd") or tok.tag_.startswith("WW|pv"):
        return False
    return "Inf" in tok.morph.get("VerbForm")


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
    return tok.tag_.startswith("VG") or tok.pos_ in ("CCONJ", "SCONJ")


def clause_tokens(tok: Token, window: int = 12) -> tuple[list[Token], list[Token]]:
    """Tokens before (nearest first) and after ``tok`` up to a clause boundary."""
    doc = tok.doc
    sent_start = tok.sent.start if doc.has_annotation("SENT_START") else 0
    sent_end = tok.sent.end if doc.has_annotation("SENT_START") else len(doc)
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
        if is_clause_boundary(t):
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


def find_participle(aux: Token) -> Token | None:
    """The past participle that goes with auxiliary ``aux`` (parse first, then word order)."""
    head = aux.head
    if head is not aux and aux.dep_ in ("aux", "aux:pass") and is_participle(head):
        return head
    if aux.dep_ == "cop":
        return None
    before, after = clause_tokens(aux)
    for t in after:
        if is_finite(t):
            break
        if is_participle(t) and not _is_attributive(t):
            return t
    for t in before:
        if is_finite(t):
            break
        if is_participle(t) and not _is_attributive(t):
            return t
    return None


def find_infinitive(aux: Token) -> Token | None:
    head = aux.head
    if head is not aux and aux.dep_ == "aux" and is_infinitive(head):
        return head
    before, after = clause_tokens(aux)
    for t in after:
        if is_finite(t):
            break
        if is_infinitive(t):
            return t
    for t in before:
        if is_finite(t):
            break
        if is_infinitive(t):
            return t
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
        part = find_participle(tok)
        if part is None:
            return None
        if part.lower_ in words("adjectival_participles") and tok.dep_ not in ("aux:pass",):
            return None
        return ("passive", part)
    if low in ZIJN_FORMS:
        part = find_participle(tok)
        if part is None:
            return None
        plow = part.lower_
        if plow in words("unaccusative_participles"):
            return ("perfect", part)
        if plow in words("adjectival_participles"):
            return None
        if tok.dep_ == "aux" and part.dep_ not in ("amod",) and tok.head is part:
            # the parser reads an active perfect (e.g. "is gebeld" is rare; "is gereden")
            return ("perfect", part) if _zijn_verb_lemma(part) else ("passive", part)
        return ("passive", part)
    if low in HEBBEN_FORMS:
        part = find_participle(tok)
        if part is None:
            return None
        return ("perfect", part)
    return None


def _zijn_verb_lemma(part: Token) -> bool:
    """Participles whose lemma is a typical zijn-verb (by the lemma, for unseen prefixes)."""
    lem = lemma(part)
    return lem in _ZIJN_VERB_LEMMAS or any(lem.endswith(s) for s in _ZIJN_VERB_LEMMAS)


_ZIJN_VERB_LEMMAS = frozenset(
    {"gaan", "komen", "groeien", "stijgen", "dalen", "vallen", "blijven", "worden", "vertrekken",
     "verdwijnen", "verschijnen", "ontstaan", "lukken", "gebeuren", "slagen", "sterven",
     "overlijden", "toenemen", "afnemen", "beginnen", "verhuizen", "lopen", "raken", "belanden"}
)


def span_text(doc_text: str, a: Token, b: Token) -> str:
    """"wordt verstuurd" for adjacent tokens, "wordt … verstuurd" when words lie between."""
    first, last = (a, b) if a.i <= b.i else (b, a)
    if last.i - first.i <= 3:
        return doc_text[first.idx:last.idx + len(last.text)]
    return f"{first.text} … {last.text}"


def sentence_of(tok: Token) -> Span:
    return tok.sent


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


def match_case(template: str, word: str) -> str:
    """``word`` with the capitalisation of ``template`` ("Wordt" -> "Word", "U" -> "Je")."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
