"""The rule base class and the registry every rule module adds itself to.

A rule reads a parsed paragraph (a spaCy ``Doc``) and yields ``Hit``s; it never changes the
Doc. Word lists and lookup tables are built once, at import or construction time. Each rule's
docstring carries ``Bad:`` and ``Good:`` example lines: the tests run them and
``dreamcontent regels`` / docs/rules.md are generated from them.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from dreamcontent.lint.finding import Hit, Severity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from dreamcontent.lint.config import LintConfig


@dataclass
class TextState:
    """Per-text scratch space shared by the paragraphs of one text (for text-level rules)."""

    data: dict[str, Any] = field(default_factory=dict)


class DocView:
    """Per-Doc lists built once and shared by all rules (Token objects, lower-case forms,
    which tokens are words, sentence ranges), so that no rule iterates the Doc again."""

    __slots__ = ("doc", "tokens", "lower", "is_word", "verbs", "_sents", "_text")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = list(doc)
        self.lower = [t.lower_ for t in self.tokens]
        self.is_word = [not (t.is_punct or t.is_space) and any(c.isalnum() for c in t.text)
                        for t in self.tokens]
        #: tokens the tagger or the morphologizer calls a verb
        self.verbs = [t for t in self.tokens
                      if t.pos in _VERB_POS or t.tag_.startswith("WW")]
        self._sents: list[tuple[int, int]] | None = None
        self._text: str | None = None

    @property
    def text(self) -> str:
        """``doc.text``, built once (spaCy rebuilds it on every access)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def having(self, forms: frozenset[str] | set[str] | Any) -> list[Token]:
        """Tokens whose lower-case form is in ``forms`` (a cheap pre-filter)."""
        toks = self.tokens
        return [toks[i] for i, w in enumerate(self.lower) if w in forms]

    @property
    def sent_ranges(self) -> list[tuple[int, int]]:
        """(start, end) token indices of each sentence (see grammar.sentence_ranges)."""
        if self._sents is None:
            from dreamcontent.lint.grammar import sentence_ranges

            self._sents = sentence_ranges(self.tokens)
        return self._sents

    def words_in(self, start: int, end: int) -> int:
        return sum(self.is_word[start:end])


def _verb_pos() -> frozenset[int]:
    from spacy.symbols import AUX, VERB

    return frozenset({VERB, AUX})


_VERB_POS = _verb_pos()


def view(doc: Doc, state: TextState) -> DocView:
    """The shared DocView of ``doc`` (built on first use)."""
    v = state.data.get("view")
    if v is None or v.doc is not doc:
        v = DocView(doc)
        state.data["view"] = v
    return v


class Rule:
    """Base class. Subclasses set ``id``, ``severity``, ``title`` and ``message``."""

    id: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    #: short Dutch name shown in `dreamcontent regels`
    title: ClassVar[str] = ""
    #: Dutch message template; rules format it with the words they found
    message: ClassVar[str] = ""
    #: True when the rule offers safe automatic fixes (`--fix`)
    fixable: ClassVar[bool] = False
    #: config overrides under which the docstring examples are run (e.g. a smaller limit)
    example_config: ClassVar[dict[str, Any]] = {}

    def __init__(self, config: LintConfig) -> None:
        self.config = config

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        """Yield hits for one paragraph (offsets into ``doc.text``)."""
        raise NotImplementedError

    def finish(self, state: TextState) -> Iterator[Hit]:
        """Yield text-level hits once the whole text was seen.

        Their offsets are offsets into the original text: ``check`` can map a Doc offset with
        ``state.data["to_source"]``.
        """
        return iter(())

    # --- documentation -------------------------------------------------------------------

    @classmethod
    def doc_parts(cls) -> RuleDoc:
        return parse_docstring(cls.__doc__ or "")


@dataclass
class RuleDoc:
    summary: str
    body: str
    bad: list[str]
    good: list[str]


def parse_docstring(doc: str) -> RuleDoc:
    """Split a rule docstring into summary, body and its Bad/Good example sentences.

    One example per ``Bad:`` / ``Good:`` line; a following line indented deeper continues it.
    """
    lines = inspect.cleandoc(doc).splitlines()
    summary = lines[0].strip() if lines else ""
    body: list[str] = []
    bad: list[str] = []
    good: list[str] = []
    current: list[str] | None = None
    for raw in lines[1:]:
        ln = raw.strip()
        if ln.startswith("Bad:"):
            bad.append(ln[4:].strip())
            current = bad
        elif ln.startswith("Good:"):
            good.append(ln[5:].strip())
            current = good
        elif current is not None and ln and raw.startswith("  "):
            current[-1] = f"{current[-1]} {ln}"
        else:
            current = None
            body.append(ln)
    return RuleDoc(summary, "\n".join(body).strip(), bad, good)


#: rule id -> rule class, in registration order
RULES: dict[str, type[Rule]] = {}


def rule(cls: type[Rule]) -> type[Rule]:
    """Class decorator: register a rule under its stable id."""
    if not cls.id or cls.id in RULES:
        raise ValueError(f"rule id missing or duplicated: {cls.id!r}")
    RULES[cls.id] = cls
    return cls
