"""The tagger's second opinion: its best finite-verb tag and its best other tag per token.

The rule components (``dreamcontent.nl.components``) know facts of Dutch clause structure that
the statistical tagger does not: a verb with a finite auxiliary is not finite itself, a word
that the parse makes an adjectival modifier or an oblique is not a finite verb. When such a
fact rules out the tagger's choice, the right replacement is the tagger's own best choice
among the tags the fact allows, not a guess by the rule. ``keep_tag_alternatives`` wraps the
tagger's ``predict`` so that each document remembers, per token, the best tag of each kind
(finite verb ``WW|pv|...``, other verb form, anything else, and noun ``N|...``) with its
probability. This is constrained decoding in its simplest form; the tagger's argmax is not
changed.

``ud_of_tag`` gives the UPOS and features the treebanks use with a tag, for the classes a
retagged word can land in (nouns, names, adjectives, verbs, foreign words and parts of names),
so that ``pos_``/``morph`` stay consistent with ``tag_``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: ``Doc`` extension holding, per token, an ``Alternatives``; ``None`` when the tagger did not
#: run through a wrapped ``predict``.
EXTENSION = "dreamcontent_tag_alternatives"
FINITE_PREFIX = "WW|pv"
VERB_PREFIX = "WW|"
NOUN_PREFIX = "N|"


class Alternatives(NamedTuple):
    """The tagger's best tag in each of four groups (the last inside the third), with its
    probability."""

    finite: tuple[str, float]  # WW|pv|...
    verb: tuple[str, float]  # other verb forms: WW|inf, WW|vd, WW|od
    other: tuple[str, float]  # every tag that is not a verb form
    noun: tuple[str, float] = ("", 0.0)  # common and proper nouns (N|...), a subset of other

    def not_finite(self) -> tuple[str, float]:
        """The best tag that is not a finite verb."""
        return max(self.verb, self.other, key=lambda alt: alt[1])


def _ensure_extension() -> None:
    from spacy.tokens import Doc

    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


_ensure_extension()  # the rule components read it; this module is only imported with spaCy


def keep_tag_alternatives(tagger: Any) -> None:
    """Make ``tagger`` (a spaCy ``Tagger``) store its alternatives on every document it tags.

    Only the instance's ``predict`` is replaced; the tags it sets are exactly the same.
    """
    import numpy

    labels = list(tagger.labels)
    finite = numpy.array([label.startswith(FINITE_PREFIX) for label in labels])
    verb = numpy.array([label.startswith(VERB_PREFIX) for label in labels]) & ~finite
    noun = numpy.array([label.startswith(NOUN_PREFIX) for label in labels])
    columns = [numpy.flatnonzero(group) for group in (finite, verb, ~(finite | verb), noun)]
    if getattr(tagger, "_dreamcontent_alternatives", False) or not all(map(len, columns)):
        return

    def predict(docs: Any) -> Any:
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return type(tagger).predict(tagger, docs)
        scores = tagger.model.predict(docs)
        guesses = tagger._scores2guesses(scores)
        for doc, doc_scores in zip(docs, scores):
            # Tagger.v2 without ``normalize`` predicts logits: probability = exp(x - logsumexp)
            logits = tagger.model.ops.to_numpy(doc_scores)
            top = logits.max(axis=1, keepdims=True)
            log_norm = top[:, 0] + numpy.log(numpy.exp(logits - top).sum(axis=1))
            rows = numpy.arange(len(doc))
            best = []
            for cols in columns:
                pick = cols[logits[:, cols].argmax(axis=1)]
                probs = numpy.exp(logits[rows, pick] - log_norm)
                best.append(list(zip([labels[i] for i in pick], probs.tolist())))
            doc._.set(EXTENSION, [Alternatives(*alts) for alts in zip(*best)])
        return guesses

    tagger.predict = predict
    tagger._dreamcontent_alternatives = True


def alternatives(tok: Token) -> Alternatives | None:
    """The tagger's alternatives for ``tok``, if recorded."""
    doc: Doc = tok.doc
    if not doc.has_extension(EXTENSION):
        return None
    alts = doc._.get(EXTENSION)
    if alts is None or len(alts) != len(doc):
        return None
    return Alternatives(*alts[tok.i])


_NUMBER = {"ev": "Sing", "mv": "Plur"}
_GENDER = {"zijd": "Com", "onz": "Neut", "genus": "Com,Neut"}
_DEGREE = {"basis": "Pos", "comp": "Cmp", "sup": "Sup", "dim": "Pos"}


def _feats(**feats: str | None) -> str:
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items()) if v)


def ud_of_tag(tag: str) -> tuple[str, str] | None:
    """(UPOS, FEATS) the treebanks use with a CGN ``tag`` (their most frequent pairing), for
    nouns, adjectives, verbs and SPEC tags; ``None`` for other classes."""
    parts = tag.split("|")
    cls = parts[0]
    if cls == "N" and len(parts) >= 3:
        gender = next((_GENDER[p] for p in parts[3:] if p in _GENDER), None)
        return (
            "PROPN" if parts[1] == "eigen" else "NOUN",
            _feats(Gender=gender, Number=_NUMBER.get(parts[2])),
        )
    if cls == "ADJ" and len(parts) >= 3:
        degree = next((_DEGREE[p] for p in parts[1:] if p in _DEGREE), None)
        return "ADJ", _feats(Degree=degree)
    if cls == "WW" and len(parts) >= 2:
        form = parts[1]
        if form == "pv":
            number = "Plur" if "mv" in parts else "Sing"
            tense = "Past" if "verl" in parts else "Pres"
            return "VERB", _feats(Number=number, Tense=tense, VerbForm="Fin")
        if form == "inf":
            return "VERB", "VerbForm=Inf"
        if form in ("vd", "od"):  # past and present participles
            return "VERB", "VerbForm=Part"
    if cls == "SPEC" and len(parts) >= 2:
        return {
            "deeleigen": ("PROPN", ""),
            "vreemd": ("X", "Foreign=Yes"),
            "afk": ("X", "Abbr=Yes"),
            "symb": ("SYM", ""),
        }.get(parts[1])
    return None


def retag(tok: Token, tag: str) -> bool:
    """Give ``tok`` the CGN ``tag`` with matching UPOS and features; False (and nothing
    changed) when ``ud_of_tag`` does not know the tag's class."""
    ud = ud_of_tag(tag)
    if ud is None:
        return False
    tok.tag_ = tag
    # A verb keeps the AUX the morphologizer gave it (worden, zijn and modals are AUX in UD).
    tok.pos_ = "AUX" if ud[0] == "VERB" and tok.pos_ == "AUX" else ud[0]
    tok.set_morph(ud[1] or None)
    return True
