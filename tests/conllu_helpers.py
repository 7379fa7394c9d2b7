"""Reading CoNLL-U files and the tag inventory for the corpus tests (shared helpers)."""

from __future__ import annotations

import collections
from pathlib import Path


class Sent:
    def __init__(self, comments: dict[str, str], rows: list[list[str]], lineno: int) -> None:
        self.comments = comments
        self.rows = rows
        self.lineno = lineno

    def __repr__(self) -> str:
        return f"<sentence {self.comments.get('sent_id')} at line {self.lineno}>"


def read_conllu(path: Path) -> list[Sent]:
    sents: list[Sent] = []
    comments: dict[str, str] = {}
    rows: list[list[str]] = []
    start = 1
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line:
            if rows or comments:
                sents.append(Sent(comments, rows, start))
            comments, rows, start = {}, [], lineno + 1
        elif line.startswith("#"):
            key, _, value = line[1:].partition("=")
            comments[key.strip()] = value.strip()
        else:
            rows.append(line.split("\t"))
    if rows or comments:
        sents.append(Sent(comments, rows, start))
    return sents


def read_tagmap(*paths: Path) -> dict[str, set[tuple[str, str]]]:
    table: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith(("#", "xpos\t")):
                continue
            xpos, upos, feats = line.split("\t")[:3]
            table[xpos].add((upos, feats))
    return table


def check_tree(s: Sent) -> None:
    """One root (relation ``root``), heads in range and not self, no cycles."""
    heads = [int(r[6]) for r in s.rows]
    n = len(heads)
    assert heads.count(0) == 1, s
    for i, (h, row) in enumerate(zip(heads, s.rows, strict=True), 1):
        assert 0 <= h <= n and h != i, (s, row)
        assert (h == 0) == (row[7] == "root"), (s, row)
    for i in range(1, n + 1):
        seen: set[int] = set()
        j = i
        while j:
            assert j not in seen, (s, f"cycle through token {i}")
            seen.add(j)
            j = heads[j - 1]


def check_columns(s: Sent) -> None:
    """Ten non-empty columns, tokens numbered from 1, no space inside a form."""
    assert s.rows, s
    for i, row in enumerate(s.rows, 1):
        assert len(row) == 10, (s, row)
        assert row[0] == str(i), (s, row)
        assert all(col != "" for col in row), (s, row)
        assert " " not in row[1], (s, row)


FINITE_CLAUSE_RELS = frozenset(("root", "advcl", "acl:relcl", "ccomp", "parataxis", "csubj"))


def finite_clause_problems(s: Sent) -> list[str]:
    """Every clause with a subject and no *te*/*om* has exactly one finite verb (``WW|pv``)
    among its head and that head's aux/aux:pass/cop children. Catches plural present verbs
    annotated as infinitives (a Frog pre-tag slip: "dat wij ... voeden")."""
    kids: dict[int, list[list[str]]] = collections.defaultdict(list)
    for row in s.rows:
        kids[int(row[6])].append(row)
    problems = []
    for i, row in enumerate(s.rows, 1):
        children = kids[i]
        if any(c[7] == "mark" and c[1].lower() in ("te", "om") for c in children):
            continue
        subject = any(c[7] in ("nsubj", "nsubj:pass", "expl") for c in children)
        if not subject or not (row[7] in FINITE_CLAUSE_RELS or row[7] == "conj"):
            continue
        chain = ([row] if row[4].startswith("WW") else []) + [
            c for c in children if c[7] in ("aux", "aux:pass", "cop")]
        finite = [c[1] for c in chain if c[4].startswith("WW|pv")]
        if chain and len(finite) != 1:
            problems.append(f"{s}: clause of '{row[1]}' has {len(finite)} finite verbs "
                            f"({', '.join(c[1] + '/' + c[4] for c in chain)})")
    return problems


def bare_stem_met_t(rows: list[list[str]]) -> list[str]:
    """Finite present verbs tagged ``WW|pv|tgw|met-t`` whose form is the bare stem.

    CGN (and the treebank: 120 such tokens, all ``tgw|ev``) gives ``met-t`` only to a form
    that adds the *-t* (*werk-t*, *word-t*). A stem that already ends in *t* (*plant*, *test*,
    *laat*, *kost*, *besluit*) stays ``tgw|ev``, also with a third-person or *u* subject.
    """
    from dreamcontent.nl.verbs import VerbFormError, stem

    problems = []
    for row in rows:
        if len(row) < 5 or row[4] != "WW|pv|tgw|met-t":
            continue
        form, lemma = row[1].lower(), row[2].replace("_", "").lower()
        try:
            bare = stem(lemma)
        except VerbFormError:
            continue
        if form == bare and form.endswith("t"):
            problems.append(f"{row[1]} ({lemma}) is a bare stem: WW|pv|tgw|ev, not met-t")
    return problems
