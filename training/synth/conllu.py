"""Tokens, sentences and CoNLL-U output in the style of the UD v2 Dutch treebanks.

UPOS and FEATS are never written by hand: they come from the tag -> (UPOS, FEATS) mapping that
``tagmap`` extracts from the treebank files, so the synthetic data cannot drift from the
conventions the pipeline is trained on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from training.synth.tagmap import feats_for, upos_for

PUNCT = {".", ",", "?", "!", ":", ";"}
AUX_DEPRELS = {"aux", "aux:pass", "cop"}


@dataclass(eq=False)
class Tok:
    """One token; ``head`` points at another Tok (None for the root)."""

    form: str
    lemma: str
    xpos: str
    deprel: str = "dep"
    head: Tok | None = None
    upos: str | None = None
    space_after: bool = True
    misc: list[str] = field(default_factory=list)

    def attach(self, head: Tok | None, deprel: str) -> Tok:
        self.head = head
        self.deprel = deprel
        return self

    def resolved_upos(self) -> str:
        if self.xpos.startswith("WW"):  # treebank: AUX exactly for aux, aux:pass and cop
            return "AUX" if self.deprel in AUX_DEPRELS else "VERB"
        return self.upos or upos_for(self.xpos)


def punct(char: str) -> Tok:
    return Tok(char, char, "LET", upos="PUNCT")


class Sentence:
    """An ordered list of tokens with a single root."""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks

    def text(self) -> str:
        out = []
        for i, tok in enumerate(self.toks):
            out.append(tok.form)
            if i < len(self.toks) - 1 and self._space_after(i):
                out.append(" ")
        return "".join(out)

    def _space_after(self, i: int) -> bool:
        tok = self.toks[i]
        if not tok.space_after:
            return False
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return not (nxt is not None and nxt.xpos == "LET" and nxt.form in PUNCT)

    def validate(self) -> None:
        roots = [t for t in self.toks if t.head is None]
        if len(roots) != 1:
            raise ValueError(f"{len(roots)} roots in: {self.text()}")
        ids = {id(t) for t in self.toks}
        for tok in self.toks:
            if tok.head is not None and id(tok.head) not in ids:
                raise ValueError(f"head outside sentence for {tok.form!r} in: {self.text()}")
            seen = set()
            cur: Tok | None = tok
            while cur is not None:
                if id(cur) in seen:
                    raise ValueError(f"cycle at {tok.form!r} in: {self.text()}")
                seen.add(id(cur))
                cur = cur.head
            if tok.head is None and tok.deprel != "root":
                tok.deprel = "root"

    def to_conllu(self, sent_id: str) -> str:
        self.validate()
        index = {id(t): i + 1 for i, t in enumerate(self.toks)}
        lines = [f"# sent_id = {sent_id}", f"# text = {self.text()}"]
        for i, tok in enumerate(self.toks):
            head = 0 if tok.head is None else index[id(tok.head)]
            deprel = "root" if tok.head is None else tok.deprel
            upos = tok.resolved_upos()
            misc = list(tok.misc)
            if i < len(self.toks) - 1 and not self._space_after(i):
                misc.append("SpaceAfter=No")
            cols = [
                str(i + 1),
                tok.form,
                tok.lemma,
                upos,
                tok.xpos,
                feats_for(tok.xpos, upos),
                str(head),
                deprel,
                f"{head}:{deprel}",
                "|".join(misc) if misc else "_",
            ]
            lines.append("\t".join(cols))
        return "\n".join(lines) + "\n"
