"""Running the rules: text -> blocks -> ``nlp.pipe`` (batched) -> rules -> findings.

Every text is split into blocks (paragraphs, list items, headings; .docx paragraphs) at
paragraph boundaries. Whitespace inside a block is collapsed for the parser; an offset table
maps positions back to the original text. Blocks longer than ``MAX_BLOCK_CHARS`` are cut at a
sentence end, so very large files stream through the pipeline in bounded memory.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dreamcontent.lint.base import Rule, TextState, view
from dreamcontent.lint.config import LintConfig
from dreamcontent.lint.finding import Finding, Hit
from dreamcontent.lint.readability import Readability, ReadabilityCounter
from dreamcontent.lint.readers import SWITCH_RE, Source
from dreamcontent.lint.rules import RULES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

MAX_BLOCK_CHARS = 20_000
BATCH_SIZE = 64
_WORD = re.compile(r"\S+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


@dataclass
class Block:
    """One paragraph of prose: normalised text plus the map back to source offsets."""

    text: str
    norm_starts: list[int]
    src_starts: list[int]

    def to_source(self, i: int) -> int:
        k = bisect.bisect_right(self.norm_starts, i) - 1
        if k < 0:
            return self.src_starts[0]
        return self.src_starts[k] + (i - self.norm_starts[k])

    def contiguous(self, start: int, end: int) -> bool:
        """True when [start, end) maps to an equally long source range (no masked gap)."""
        return self.to_source(end) - self.to_source(start) == end - start


def _normalise(prose: str, start: int, end: int) -> Block | None:
    pieces = []
    norm_starts = []
    src_starts = []
    pos = 0
    for m in _WORD.finditer(prose, start, end):
        w = m.group()
        norm_starts.append(pos)
        src_starts.append(m.start())
        pieces.append(w)
        pos += len(w) + 1
    if not pieces:
        return None
    return Block(" ".join(pieces), norm_starts, src_starts)


def _cut_points(src: Source) -> list[int]:
    prose = src.prose
    cuts = {0, len(prose)}
    if src.mode == "lines":
        cuts.update(m.end() for m in re.finditer(r"\n", prose))
    else:
        cuts.update(m.end() for m in _BLANK_LINES.finditer(prose))
        cuts.update(src.breaks)
    return sorted(c for c in cuts if 0 <= c <= len(prose))


def iter_blocks(src: Source) -> Iterator[Block]:
    cuts = _cut_points(src)
    prose = src.prose
    for a, b in zip(cuts, cuts[1:], strict=False):
        while b - a > MAX_BLOCK_CHARS:
            mid = _split_point(prose, a, a + MAX_BLOCK_CHARS)
            blk = _normalise(prose, a, mid)
            if blk is not None:
                yield blk
            a = mid
        blk = _normalise(prose, a, b)
        if blk is not None:
            yield blk


def _split_point(prose: str, a: int, limit: int) -> int:
    """A sentence end (else a space) before ``limit`` to cut an oversized block."""
    window_start = max(a + 1, limit - 4000)
    for m in reversed(list(re.finditer(r"[.!?]\s", prose[window_start:limit]))):
        return window_start + m.end()
    space = prose.rfind(" ", a + 1, limit)
    return space + 1 if space > a else limit


class LineIndex:
    """Offset -> (line, column), both 1-based."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


class Switches:
    """Inline switches: ``<!-- dreamcontent-disable passief -->`` … ``-enable``, next line."""

    def __init__(self, text: str, index: LineIndex) -> None:
        self.events: list[tuple[int, str, frozenset[str]]] = []
        self.next_line: list[tuple[int, frozenset[str]]] = []
        for m in SWITCH_RE.finditer(text):
            kind = m.group(1)
            ids = frozenset(x for x in re.split(r"[\s,]+", m.group(2).strip()) if x)
            line, _ = index.position(m.start())
            if kind == "disable-next-line":
                end_line, _ = index.position(m.end())
                self.next_line.append((end_line + 1, ids))
            elif kind == "disable-line":
                self.next_line.append((line, ids))
            else:
                self.events.append((m.start(), kind, ids))

    def __bool__(self) -> bool:
        return bool(self.events or self.next_line)

    def disabled(self, rule_id: str, offset: int, line: int) -> bool:
        for ln, ids in self.next_line:
            if ln == line and (not ids or rule_id in ids):
                return True
        off = False
        for pos, kind, ids in self.events:
            if pos > offset:
                break
            if not ids or rule_id in ids:
                off = kind == "disable"
        return off


@dataclass
class Report:
    """Findings and readability of one input."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    readability: Readability | None = None
    source: Source | None = None


class Linter:
    """Rules instantiated once for a configuration; lints many sources with one nlp.pipe."""

    def __init__(self, config: LintConfig | None = None, nlp: Language | None = None) -> None:
        self.config = config or LintConfig()
        self._nlp = nlp
        self.rules: list[Rule] = [RULES[i](self.config) for i in self.config.active_rule_ids()]
        self.severity = {r.id: self.config.severity_of(r.id) for r in self.rules}
        self._passive = next((r for r in self.rules if r.id == "passief"), None) or \
            RULES["passief"](self.config)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from dreamcontent.nl.pipeline import get_nlp

            self._nlp = get_nlp()
        return self._nlp

    def lint_sources(self, sources: Iterable[Source], *, batch_size: int = BATCH_SIZE,
                     readability: bool = True) -> Iterator[Report]:
        """Lint many sources in one stream through ``nlp.pipe``; one Report per source.

        ``readability=False`` skips the readability counts (the quality gate needs only the
        findings).
        """
        jobs = self._jobs(sources, readability)
        # Read the first source before the pipeline is loaded: when nothing can be read (a
        # missing file), the caller reports that at once instead of after the model load.
        first = next(jobs, None)
        if first is None:
            return
        jobs = itertools.chain([first], jobs)
        current: _SourceRun | None = None
        for doc, (run, block, last) in self.nlp.pipe(jobs, as_tuples=True,
                                                     batch_size=batch_size):
            if run is not current:
                current = run
            if block is not None:
                run.add(doc, block)
            if last:
                yield run.finish()

    def lint_sources_parallel(self, sources: Iterable[Source], n_process: int, *,
                              readability: bool = True) -> Iterator[Report]:
        """``lint_sources`` with whole sources spread over ``n_process`` forked processes.

        The pipeline is loaded first and shared copy-on-write; each worker lints one source
        at a time and sends back only its Report (the parent re-attaches the Source, which
        ``--fix`` needs). Reports come in input order and equal the serial ones. Without the
        ``fork`` start method, inside a daemonic worker or with ``n_process < 2`` this is
        ``lint_sources``.
        """
        import collections
        import multiprocessing as mp

        if n_process < 2 or "fork" not in mp.get_all_start_methods() or \
                mp.current_process().daemon:
            yield from self.lint_sources(sources, readability=readability)
            return
        it = iter(sources)
        first = next(it, None)  # as in lint_sources: a missing file is reported before loading
        if first is None:
            return
        _ = self.nlp
        sent: collections.deque[Source] = collections.deque()

        def feed() -> Iterator[Source]:
            for src in itertools.chain([first], it):
                sent.append(src)
                yield src

        global _FORKED
        _FORKED = (self, readability)
        try:
            with mp.get_context("fork").Pool(n_process) as pool:
                for rep in pool.imap(_lint_in_worker, feed(), chunksize=1):
                    rep.source = sent.popleft()
                    yield rep
        finally:
            _FORKED = None

    def _jobs(self, sources: Iterable[Source], readability: bool = True
              ) -> Iterator[tuple[str, tuple]]:
        for src in sources:
            run = _SourceRun(self, src, readability)
            prev: Block | None = None
            for blk in iter_blocks(src):
                if prev is not None:
                    yield prev.text, (run, prev, False)
                prev = blk
            if prev is None:
                yield "", (run, None, True)
            else:
                yield prev.text, (run, prev, True)


#: The linter the forked workers of ``lint_sources_parallel`` use (inherited at fork time).
_FORKED: tuple[Linter, bool] | None = None


def _lint_in_worker(src: Source) -> Report:
    assert _FORKED is not None
    linter, readability = _FORKED
    report = next(linter.lint_sources([src], readability=readability))
    report.source = None  # the parent has it; do not send the text back
    return report


class _SourceRun:
    """State while one source's blocks come back from the pipeline."""

    def __init__(self, linter: Linter, src: Source, readability: bool = True) -> None:
        self.linter = linter
        self.src = src
        self.index = LineIndex(src.text)
        self.switches = Switches(src.text, self.index)
        self.state = TextState()
        self.findings: list[Finding] = []
        self.counter = ReadabilityCounter() if readability else None

    def add(self, doc: Doc, block: Block) -> None:
        self.state.data["to_source"] = block.to_source
        passive_hits: list[Hit] = []
        for rule in self.linter.rules:
            for hit in rule.check(doc, self.state):
                self._emit(rule.id, hit, block)
                if rule.id == "passief":
                    passive_hits.append(hit)
        if self.counter is None:
            return
        if "passief" not in self.linter.severity:
            passive_hits = list(self.linter._passive.check(doc, self.state))
        self.counter.add(view(doc, self.state), [h.start for h in passive_hits])
        # Neither Docs nor blocks are kept: memory stays bounded for large files.

    def _emit(self, rule_id: str, hit: Hit, block: Block | None) -> None:
        if block is None:  # text-level hit: offsets are already source offsets
            start, end = hit.start, hit.end
        else:
            start = block.to_source(hit.start)
            end = block.to_source(max(hit.start, hit.end - 1)) + 1 if hit.end > hit.start \
                else start
        line, col = self.index.position(start)
        if self.switches and self.switches.disabled(rule_id, start, line):
            return
        end_line, end_col = self.index.position(max(start, end - 1))
        fix = hit.fix
        fa = hit.start if hit.fix_start is None else hit.fix_start
        fb = hit.end if hit.fix_end is None else hit.fix_end
        if fix is not None and (not self.src.fixable or block is None
                                or not block.contiguous(fa, fb)):
            fix = None
        fix_start = fix_end = None
        if fix is not None and block is not None and (fa, fb) != (hit.start, hit.end):
            fix_start, fix_end = block.to_source(fa), block.to_source(fb - 1) + 1
        self.findings.append(Finding(
            path=self.src.path, line=line, column=col, end_line=end_line,
            end_column=end_col + 1, start=start, end=end, rule=rule_id,
            severity=self.linter.severity[rule_id], message=hit.message,
            suggestion=hit.suggestion, fix=fix, fix_start=fix_start, fix_end=fix_end,
        ))

    def finish(self) -> Report:
        for rule in self.linter.rules:
            for hit in rule.finish(self.state):
                self._emit(rule.id, hit, None)
        self.findings.sort(key=lambda f: (f.start, f.rule))
        result = self.counter.result() if self.counter is not None else None
        return Report(self.src.path, self.findings, result, self.src)
