"""Build the hand-annotated marketing evaluation set (CoNLL-U) from its annotation source.

Source format (``marketing-eval.src.txt``), one sentence per block::

    @ website-hero | fysiotherapie
    Word/0/root jij/1/nsubj onze/5/nmod:poss nieuwe/5/amod collega/1/xcomp ?/1/punct

Every token is ``form/head/deprel`` (heads are 1-based, 0 = root), optionally followed by
``{XPOS}`` to fix the CGN tag and ``[lemma]`` to fix the lemma by hand. Dependencies are always
written by hand. Tags and lemmas start from Frog's output (cached in ``frog-pretag.tsv`` so a
rebuild is deterministic and does not need Frog), then the hand corrections apply:

1. an explicit ``{XPOS}`` in the source;
2. the second-person and first-person-plural pronouns (je, jij, jou, jouw, u, uw, jullie, ons)
   get their tag from their hand-annotated function (subject, object/reflexive, possessive);
3. otherwise Frog's tag.

UPOS and FEATS are derived from the tag with the tag -> (UPOS, FEATS) table extracted from the
UD Dutch treebanks (``treebank-tagmap.tsv``, plus ``supplement-tags.tsv`` for the few CGN tags
the treebank files happen not to contain, such as the tag of *uw*).

Usage (from the repository root)::

    python training/marketing/eval/build.py            # build, print problems and statistics
    python training/marketing/eval/build.py --tagmap   # re-extract treebank-tagmap.tsv
    python training/marketing/eval/build.py --review N # print tags of sentences N.. for review
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "marketing-eval.src.txt"
OUT = HERE / "marketing-eval.conllu"
FROG_CACHE = HERE / "frog-pretag.tsv"
TAGMAP = HERE / "treebank-tagmap.tsv"
SUPPLEMENT = HERE / "supplement-tags.tsv"
TREEBANK_DIR = HERE.parents[2].parent / "shared" / "ud-dutch"
TREEBANK_FILES = (
    "nl_alpino-ud-dev.conllu",
    "nl_alpino-ud-test.conllu",
    "nl_lassysmall-ud-dev.conllu",
)

NO_SPACE_BEFORE = {",", ".", "?", "!", ":", ";", ")", "…", "%"}
NO_SPACE_AFTER = {"("}

AUX_DEPRELS = {"aux", "aux:pass", "cop"}
NOMINAL_DEPRELS = {
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "obl:arg",
    "obl:agent",
    "nmod",
    "root",
    "conj",
    "appos",
    "expl",
    "expl:pv",
}

TAG_JE_SUBJ = "VNW|pers|pron|nomin|red|2v|ev"
TAG_JE_OBJ = "VNW|pr|pron|obl|red|2v|getal"
TAG_JE_POSS = "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr"
TAG_JIJ = "VNW|pers|pron|nomin|vol|2v|ev"
TAG_JOU = "VNW|pers|pron|obl|vol|2v|ev"
TAG_JOUW = "VNW|bez|det|stan|vol|2v|ev|prenom|zonder|agr"
TAG_U_SUBJ = "VNW|pers|pron|nomin|vol|2b|getal"
TAG_U_OBJ = "VNW|pr|pron|obl|vol|2|getal"
TAG_UW = "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr"
TAG_JULLIE_PRON = "VNW|pers|pron|stan|nadr|2v|mv"
TAG_JULLIE_POSS = "VNW|bez|det|stan|nadr|2v|mv|prenom|zonder|agr"
TAG_ONS_OBJ = "VNW|pr|pron|obl|vol|1|mv"
TAG_ONS_POSS = "VNW|bez|det|stan|vol|1|mv|prenom|zonder|evon"

SUBJECT_DEPRELS = {"nsubj", "nsubj:pass", "csubj"}
POSS_DEPRELS = {"nmod:poss", "det"}

KEY_FORMS = {"je", "jij", "jou", "jouw", "u", "uw"}


@dataclass
class Token:
    form: str
    head: int
    deprel: str
    xpos_override: str | None = None
    lemma_override: str | None = None
    xpos: str = ""
    lemma: str = ""
    upos: str = ""
    feats: str = "_"
    frog_tag: str = ""
    frog_lemma: str = ""
    space_after: bool = True


@dataclass
class Sentence:
    sid: str
    genre: str
    sector: str
    tokens: list[Token] = field(default_factory=list)
    line: int = 0

    @property
    def text(self) -> str:
        return "".join(t.form + (" " if t.space_after else "") for t in self.tokens).rstrip()


TOKEN_RE = re.compile(
    r"^(?P<form>.+)/(?P<head>\d+)/(?P<deprel>[a-z:]+)(?:\{(?P<xpos>[^}]+)\})?(?:\[(?P<lemma>[^\]]+)\])?$"
)


def parse_source(path: Path = SRC) -> list[Sentence]:
    sentences: list[Sentence] = []
    meta: tuple[str, str] | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = [p.strip() for p in line[1:].split("|")]
            if len(parts) != 2:
                raise SystemExit(f"{path}:{lineno}: meta line needs 'genre | sector'")
            meta = (parts[0], parts[1])
            continue
        if meta is None:
            raise SystemExit(f"{path}:{lineno}: sentence without a preceding '@ genre | sector'")
        sent = Sentence(
            sid=f"mkt-eval-{len(sentences) + 1:04d}", genre=meta[0], sector=meta[1], line=lineno
        )
        for item in line.split():
            m = TOKEN_RE.match(item)
            if not m:
                raise SystemExit(f"{path}:{lineno}: cannot parse token {item!r}")
            sent.tokens.append(Token(m["form"], int(m["head"]), m["deprel"], m["xpos"], m["lemma"]))
        for i, tok in enumerate(sent.tokens):
            nxt = sent.tokens[i + 1].form if i + 1 < len(sent.tokens) else None
            tok.space_after = not (
                nxt is None or nxt in NO_SPACE_BEFORE or tok.form in NO_SPACE_AFTER
            )
        sentences.append(sent)
        meta = meta  # the meta line applies until the next one
    return sentences


# --- Frog -------------------------------------------------------------------------------------


def frog_to_cgn(tag: str) -> str:
    """``WW(pv,tgw,ev)`` -> ``WW|pv|tgw|ev``; ``LET()`` -> ``LET``."""
    m = re.match(r"^([A-Z]+)\((.*)\)$", tag)
    if not m:
        return tag
    return m[1] + ("|" + m[2].replace(",", "|") if m[2] else "")


def load_frog_cache() -> dict[str, list[tuple[str, str, str]]]:
    cache: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    if FROG_CACHE.exists():
        for line in FROG_CACHE.read_text(encoding="utf-8").splitlines()[1:]:
            key, _idx, form, tag, lemma = line.split("\t")
            cache[key].append((form, tag, lemma))
    return cache


def run_frog(lines: list[str]) -> list[list[tuple[str, str, str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.txt"
        inp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        proc = subprocess.run(
            ["frog", "--threads=1", "-t", str(inp), "-n", "--skip=tmnc"],
            capture_output=True,
            text=True,
            check=True,
        )
    blocks: list[list[tuple[str, str, str]]] = [[]]
    for line in proc.stdout.splitlines():
        if not line.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        cols = line.split("\t")
        blocks[-1].append((cols[1], frog_to_cgn(cols[4]), cols[2]))
    if not blocks[-1]:
        blocks.pop()
    if len(blocks) != len(lines):
        raise SystemExit(f"frog returned {len(blocks)} sentences for {len(lines)}")
    return blocks


def frog_tags(sentences: list[Sentence], *, run: bool = True) -> None:
    """Attach Frog's tag and lemma to every token (from the cache; Frog runs on the rest)."""
    cache = load_frog_cache()
    todo = [
        s
        for s in sentences
        if [f for f, _, _ in cache.get(s.text, [])] != [t.form for t in s.tokens]
    ]
    if todo and not run:
        raise LookupError(f"{len(todo)} sentences are not in {FROG_CACHE.name}; run build.py")
    if todo:
        results = run_frog([" ".join(t.form for t in s.tokens) for s in todo])
        for s, res in zip(todo, results, strict=True):
            cache[s.text] = res
    rows = ["text\tindex\tform\tfrog_tag\tfrog_lemma"]
    for s in sentences:
        for i, (tok, (form, tag, lemma)) in enumerate(zip(s.tokens, cache[s.text], strict=True), 1):
            if form != tok.form:
                raise SystemExit(f"{s.sid}: frog token {form!r} != {tok.form!r}")
            tok.frog_tag, tok.frog_lemma = tag, lemma
            rows.append(f"{s.text}\t{i}\t{form}\t{tag}\t{lemma}")
    if todo:
        FROG_CACHE.write_text("\n".join(rows) + "\n", encoding="utf-8")


# --- treebank tables --------------------------------------------------------------------------


def read_conllu_rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            yield cols


def extract_tagmap() -> None:
    pairs: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for name in TREEBANK_FILES:
        for cols in read_conllu_rows(TREEBANK_DIR / name):
            if cols[4] == "_":
                continue
            pairs[(cols[4], cols[3], cols[5])] += 1
    TAGMAP.write_text(
        "xpos\tupos\tfeats\tcount\n"
        + "".join(f"{x}\t{u}\t{f}\t{n}\n" for (x, u, f), n in sorted(pairs.items())),
        encoding="utf-8",
    )


def load_tagmap() -> dict[str, list[tuple[str, str, int]]]:
    table: dict[str, list[tuple[str, str, int]]] = collections.defaultdict(list)
    for path in (TAGMAP, SUPPLEMENT):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith(("#", "xpos\t")):
                continue
            x, u, f, n = line.split("\t")[:4]
            table[x].append((u, f, int(n)))
    for cands in table.values():
        cands.sort(key=lambda c: -c[2])
    return table


def load_lemmas() -> dict[tuple[str, str], str]:
    """Most frequent treebank lemma for each (lower-cased form, XPOS)."""
    counts: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for name in TREEBANK_FILES:
        for cols in read_conllu_rows(TREEBANK_DIR / name):
            if cols[4] != "_":
                counts[(cols[1].lower(), cols[4], cols[2])] += 1
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for (form, xpos, lemma), n in sorted(counts.items()):
        if (form, xpos) not in best or n > best[(form, xpos)][0]:
            best[(form, xpos)] = (n, lemma)
    return {k: v[1] for k, v in best.items()}


# --- gold derivation --------------------------------------------------------------------------


def pronoun_tag(tok: Token) -> str | None:
    form, rel = tok.form.lower(), tok.deprel
    poss = rel in POSS_DEPRELS
    subj = rel in SUBJECT_DEPRELS
    if form == "je":
        return TAG_JE_POSS if poss else TAG_JE_SUBJ if subj else TAG_JE_OBJ
    if form == "jij":
        return TAG_JIJ
    if form == "jou":
        return TAG_JOU
    if form == "jouw":
        return TAG_JOUW
    if form == "u":
        return TAG_U_SUBJ if subj else TAG_U_OBJ
    if form == "uw":
        return TAG_UW
    if form == "jullie":
        return TAG_JULLIE_POSS if poss else TAG_JULLIE_PRON
    if form == "ons":
        return TAG_ONS_POSS if poss else TAG_ONS_OBJ
    return None


def choose_upos_feats(tok: Token, tagmap: dict[str, list[tuple[str, str, int]]]) -> tuple[str, str]:
    cands = [c for c in tagmap[tok.xpos] if "ExtPos" not in c[1]]
    if not cands:
        raise KeyError(tok.xpos)

    def pick(upos: str) -> tuple[str, str] | None:
        for u, f, _ in cands:
            if u == upos:
                return u, f
        return None

    rel = tok.deprel
    if tok.xpos.startswith("WW"):
        choice = pick("AUX") if rel in AUX_DEPRELS else pick("VERB")
        return choice or (cands[0][0], cands[0][1])
    if "adv-pron" in tok.xpos:
        # er/daar/hier/waar: PRON only as expletive, otherwise ADV (as in the treebank)
        return pick("PRON" if rel == "expl" else "ADV") or (cands[0][0], cands[0][1])
    if rel == "det":
        return pick("DET") or (cands[0][0], cands[0][1])
    if rel in {"advmod", "amod"}:
        # adverbial use: ADV wherever the treebank has it for this tag (BW, VNW, TW)
        return pick("ADV") or (cands[0][0], cands[0][1])
    if rel in NOMINAL_DEPRELS:
        return pick("PRON") or pick(cands[0][0]) or (cands[0][0], cands[0][1])
    if tok.xpos == "LET":
        return "PUNCT", "_"
    return cands[0][0], cands[0][1]


def derive(sentences: list[Sentence]) -> list[str]:
    tagmap = load_tagmap()
    lemmas = load_lemmas()
    problems: list[str] = []
    for s in sentences:
        for i, tok in enumerate(s.tokens, 1):
            tok.xpos = tok.xpos_override or pronoun_tag(tok) or tok.frog_tag
            if tok.xpos == "SPEC|deeleigen" and tok.deprel != "flat":
                # a one-word name (weekday, month, place) is N|eigen in the treebank
                tok.xpos = "N|eigen|ev|basis|zijd|stan"
            if tok.xpos not in tagmap:
                problems.append(
                    f"{s.sid} line {s.line}: token {i} {tok.form!r}: tag {tok.xpos} unknown"
                )
                continue
            tok.upos, tok.feats = choose_upos_feats(tok, tagmap)
            if tok.lemma_override:
                tok.lemma = tok.lemma_override
            else:
                tb = lemmas.get((tok.form.lower(), tok.xpos))
                if tb and "_" not in tb and not tok.xpos.startswith(("N|eigen", "SPEC")):
                    tok.lemma = tb
                else:
                    tok.lemma = tok.frog_lemma.replace("_", "")
                if tok.xpos.startswith("N|eigen") or tok.xpos.startswith("SPEC"):
                    tok.lemma = tok.form
                elif (
                    tok.lemma[:1].isupper()
                    and not tok.lemma.isupper()
                    and not tok.xpos.startswith("ADJ")
                ):
                    # common words get a lower-case lemma (adjectives of names keep theirs:
                    # Nederlandse -> Nederlands, as in the treebank)
                    tok.lemma = tok.lemma.lower()
        # separable verbs: the lemma includes the particle (treebank: "aan_sporen" -> "aansporen")
        for tok in s.tokens:
            if tok.deprel == "compound:prt" and not tok.lemma_override:
                head = s.tokens[tok.head - 1]
                prt = tok.form.lower()
                if (
                    head.xpos.startswith("WW")
                    and not head.lemma_override
                    and not head.lemma.startswith(prt)
                ):
                    head.lemma = prt + head.lemma
        problems.extend(check_sentence(s))
    return problems


def check_sentence(s: Sentence) -> list[str]:
    out: list[str] = []
    n = len(s.tokens)
    where = f"{s.sid} (src line {s.line})"
    roots = [i for i, t in enumerate(s.tokens, 1) if t.head == 0]
    if len(roots) != 1:
        out.append(f"{where}: {len(roots)} roots")
    for i, t in enumerate(s.tokens, 1):
        if not 0 <= t.head <= n or t.head == i:
            out.append(f"{where}: token {i} {t.form!r} bad head {t.head}")
        if (t.head == 0) != (t.deprel == "root"):
            out.append(f"{where}: token {i} {t.form!r} root/head mismatch")
    for i in range(1, n + 1):
        seen, j = set(), i
        while j:
            if j in seen:
                out.append(f"{where}: cycle through token {i}")
                break
            seen.add(j)
            j = s.tokens[j - 1].head if 0 < j <= n else 0
    if out:
        return out
    for i, t in enumerate(s.tokens, 1):
        h = s.tokens[t.head - 1] if t.head else None
        lab = f"{where}: token {i} {t.form!r}"
        if t.deprel in AUX_DEPRELS and not t.xpos.startswith("WW"):
            out.append(f"{lab}: {t.deprel} but tag {t.xpos}")
        if t.deprel in {"det", "nmod:poss"} and t.head < i:
            out.append(f"{lab}: {t.deprel} attached to the left")
        if t.deprel == "punct" and t.xpos != "LET":
            out.append(f"{lab}: punct but tag {t.xpos}")
        if t.xpos == "LET" and t.deprel != "punct":
            out.append(f"{lab}: LET but deprel {t.deprel}")
        if t.deprel == "compound:prt" and h is not None and not h.xpos.startswith("WW"):
            out.append(f"{lab}: compound:prt on non-verb {h.form!r}")
        if (
            t.deprel in {"nsubj:pass", "aux:pass"}
            and h is not None
            and not h.xpos.startswith("WW|vd")
        ):
            out.append(f"{lab}: {t.deprel} under non-participle {h.form!r}")
        if (
            t.xpos.startswith("WW|pv")
            and t.form.lower().endswith("dt")
            and "met-t" not in t.xpos
            and "verl" not in t.xpos
        ):
            out.append(f"{lab}: -dt form tagged {t.xpos}")
        if t.xpos == "WW|pv|tgw|met-t":
            subj = [
                k
                for k, c in enumerate(s.tokens, 1)
                if (c.head == i or (t.deprel in AUX_DEPRELS and c.head == t.head))
                and c.deprel in SUBJECT_DEPRELS
                and c.form.lower() in {"je", "jij"}
            ]
            if (
                subj
                and subj[0] > i
                and t.form.lower() not in {"kunt", "bent", "wilt", "zult", "hebt"}
            ):
                out.append(f"{lab}: inverted jij/je with met-t tag")
    return out


def render(sentences: list[Sentence]) -> str:
    parts = []
    for s in sentences:
        lines = [
            f"# sent_id = {s.sid}",
            f"# genre = {s.genre}",
            f"# sector = {s.sector}",
            f"# text = {s.text}",
        ]
        for i, t in enumerate(s.tokens, 1):
            misc = "_" if t.space_after or i == len(s.tokens) else "SpaceAfter=No"
            lines.append(
                "\t".join(
                    [
                        str(i),
                        t.form,
                        t.lemma,
                        t.upos,
                        t.xpos,
                        t.feats,
                        str(t.head),
                        t.deprel,
                        "_",
                        misc,
                    ]
                )
            )
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts) + "\n"


def write_conllu(sentences: list[Sentence], path: Path = OUT) -> None:
    path.write_text(render(sentences), encoding="utf-8")


def stats(sentences: list[Sentence]) -> dict[str, object]:
    c: collections.Counter[str] = collections.Counter()
    agree = collections.Counter()
    for s in sentences:
        for t in s.tokens:
            c["tokens"] += 1
            form = t.form.lower()
            if form in KEY_FORMS:
                c[f"{form}:{t.deprel}"] += 1
                c["key_pronouns"] += 1
                agree["key_total"] += 1
                agree["key_ok"] += t.frog_tag == t.xpos
            if t.xpos.startswith("WW|pv"):
                c["finite_verbs"] += 1
                agree["pv_total"] += 1
                agree["pv_ok"] += t.frog_tag == t.xpos
            c[f"deprel:{t.deprel}"] += 1
            agree["all_total"] += 1
            agree["all_ok"] += t.frog_tag == t.xpos
    return {"sentences": len(sentences), "counts": c, "agree": agree}


def review(sentences: list[Sentence], start: int) -> None:
    for s in sentences[start - 1 :]:
        print(f"{s.sid} [{s.line}] {s.text}")
        for i, t in enumerate(s.tokens, 1):
            mark = "" if t.frog_tag == t.xpos else f"   (frog {t.frog_tag})"
            print(f"   {i:>2} {t.form:<16} {t.lemma:<16} {t.xpos:<46} {t.head:>2} {t.deprel}{mark}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--tagmap", action="store_true", help="re-extract the treebank tables")
    ap.add_argument("--review", type=int, default=0, help="print sentences from this number on")
    args = ap.parse_args(argv)
    if args.tagmap:
        extract_tagmap()
    sentences = parse_source()
    frog_tags(sentences)
    problems = derive(sentences)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    if args.review:
        review(sentences, args.review)
    write_conllu(sentences)
    st = stats(sentences)
    c, a = st["counts"], st["agree"]
    print(
        f"sentences {st['sentences']}  tokens {c['tokens']}  finite verbs {c['finite_verbs']}  "
        f"key pronouns {c['key_pronouns']}  aux:pass {c['deprel:aux:pass']}"
    )
    for k in sorted(k for k in c if ":" in k and not k.startswith("deprel")):
        print(f"  {k} {c[k]}")
    if a["key_total"]:
        print(
            f"frog agreement: key pronouns {a['key_ok']}/{a['key_total']}, finite verbs "
            f"{a['pv_ok']}/{a['pv_total']}, all tokens {a['all_ok']}/{a['all_total']}"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
