"""Turning input files into prose for the linter, keeping every position in the original.

Markdown and HTML are *masked*: everything that is not prose (code, front matter, URLs, tags,
markup characters) is replaced by spaces of the same length, newlines kept. Offsets in the
masked text are therefore offsets in the original file. ``breaks`` are offsets where a new
block (paragraph, heading, list item, table row) starts even without a blank line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from dreamcontent.errors import InputFileError
from dreamcontent.io import read_text_file

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                 ".htm": "html", ".docx": "docx"}

SWITCH_RE = re.compile(
    r"<!--\s*dreamcontent-(disable-next-line|disable-line|disable|enable)\b(.*?)-->", re.S
)


@dataclass
class Source:
    """One input: the original text, its prose mask and how to split it into blocks."""

    path: str
    text: str
    prose: str
    breaks: list[int] = field(default_factory=list)
    #: "paragraphs": blocks are separated by blank lines (and ``breaks``);
    #: "lines": every line is a block (.docx: one paragraph per line)
    mode: str = "paragraphs"
    kind: str = "text"

    @property
    def fixable(self) -> bool:
        return self.kind in ("text", "markdown", "html")


def _blank(s: str) -> str:
    return re.sub(r"[^\n]", " ", s)


class _Masker:
    """Collects (start, end, replacement) edits of equal length and applies them once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[tuple[int, int, str]] = []
        self.breaks: list[int] = []

    def blank(self, start: int, end: int) -> None:
        if end > start:
            self.edits.append((start, end, _blank(self.text[start:end])))

    def replace(self, start: int, end: int, repl: str) -> None:
        assert len(repl) == end - start
        self.edits.append((start, end, repl))

    def result(self) -> str:
        if not self.edits:
            return self.text
        self.edits.sort()
        out = []
        pos = 0
        for start, end, repl in self.edits:
            if start < pos:  # overlapping edit: blank what is left of it
                if end > pos:
                    out.append(_blank(self.text[pos:end]))
                    pos = end
                continue
            out.append(self.text[pos:start])
            out.append(repl)
            pos = end
        out.append(self.text[pos:])
        result = "".join(out)
        assert len(result) == len(self.text)
        return result


def _mask_switches(m: _Masker) -> None:
    for sw in SWITCH_RE.finditer(m.text):
        m.blank(sw.start(), sw.end())


_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})(?:[ \t]+|$)")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_HR = re.compile(r"^[ \t]{0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_REFDEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]+>|<[^<>\s@]+@[^<>\s]+>")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_EMPHASIS = re.compile(r"\*+|~~|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])")


def _mask_inline(m: _Masker, start: int, end: int) -> None:
    """Inline markup inside one prose line or paragraph range."""
    seg = m.text[start:end]
    for rx in (_INLINE_CODE, _AUTOLINK, _IMAGE, _URL, _EMAIL):
        for mm in rx.finditer(seg):
            m.blank(start + mm.start(), start + mm.end())
    for mm in _LINK.finditer(seg):
        m.blank(start + mm.start(), start + mm.start(1))
        m.blank(start + mm.end(1), start + mm.end())
    for mm in _HTML_TAG.finditer(seg):
        m.blank(start + mm.start(), start + mm.end())
    for mm in _EMPHASIS.finditer(seg):
        m.blank(start + mm.start(), start + mm.end())
    for mm in re.finditer(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);", seg):
        _entity(m, start + mm.start(), start + mm.end())


def _entity(m: _Masker, start: int, end: int) -> None:
    raw = m.text[start:end]
    char = html.unescape(raw)
    if char == raw or len(char) != 1:
        m.blank(start, end)
    else:
        m.replace(start, end, char + " " * (end - start - 1))


def mask_markdown(text: str) -> tuple[str, list[int]]:
    """Prose mask of a Markdown text and its block starts."""
    m = _Masker(text)
    _mask_switches(m)
    for c in _HTML_COMMENT.finditer(text):
        m.blank(c.start(), c.end())
    lines = text.split("\n")
    offsets = []
    pos = 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    i = 0
    # front matter (YAML --- or TOML +++) at the very start
    if lines and lines[0].strip() in ("---", "+++"):
        fence = lines[0].strip()
        for j in range(1, len(lines)):
            if lines[j].strip() in (fence, "..."):
                m.blank(0, offsets[j] + len(lines[j]))
                i = j + 1
                break
    prev_blank = True
    in_list = False
    while i < len(lines):
        ln = lines[i]
        start = offsets[i]
        end = start + len(ln)
        fence_match = _FENCE.match(ln)
        if fence_match:
            marker = fence_match.group(1)
            j = i + 1
            while j < len(lines) and not lines[j].lstrip().startswith(marker):
                j += 1
            last = min(j, len(lines) - 1)
            m.blank(start, offsets[last] + len(lines[last]))
            m.breaks.append(start)
            i = last + 1
            prev_blank = False
            continue
        if not ln.strip():
            prev_blank = True
            i += 1
            continue
        if prev_blank and not in_list and (ln.startswith("    ") or ln.startswith("\t")):
            m.blank(start, end)  # indented code block
            i += 1
            continue
        if _REFDEF.match(ln) or _HR.match(ln):
            m.blank(start, end)
            m.breaks.append(start)
            i += 1
            prev_blank = False
            continue
        h = _HEADING.match(ln)
        q = _QUOTE.match(ln)
        li = _LIST_ITEM.match(ln)
        body = start
        if h:
            m.blank(start, start + h.end())
            m.blank(*_trailing_hashes(ln, start))
            m.breaks.append(start)
            if i + 1 < len(lines):
                m.breaks.append(offsets[i + 1])
        elif q:
            m.blank(start, start + q.end())
            body = start + q.end()
        if li:
            m.blank(start, start + li.end())
            m.breaks.append(start)
            in_list = True
        elif prev_blank:
            in_list = False
        if "|" in ln and ln.strip().startswith("|"):
            for k, ch in enumerate(ln):
                if ch == "|":
                    m.blank(start + k, start + k + 1)
            if re.fullmatch(r"[\s|:\-]+", ln):
                m.blank(start, end)
            m.breaks.append(start)
            if i + 1 < len(lines):
                m.breaks.append(offsets[i + 1])
        _mask_inline(m, body, end)
        prev_blank = False
        i += 1
    return m.result(), sorted(set(m.breaks))


def _trailing_hashes(line: str, start: int) -> tuple[int, int]:
    mm = re.search(r"[ \t]+#+[ \t]*$", line)
    if mm:
        return start + mm.start(), start + mm.end()
    return start, start


_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
    "table", "section", "article", "header", "footer", "blockquote", "dd", "dt", "dl", "hr",
    "nav", "aside", "main", "figure", "figcaption", "body", "html", "head", "title", "option",
    "button", "form", "label", "summary", "details",
})
_SKIP_ELEMENTS = re.compile(
    r"<(script|style|pre|code|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>", re.S | re.I
)
_ANY_TAG = re.compile(r"<!DOCTYPE[^>]*>|<\?.*?\?>|</?([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>", re.S)


def mask_html(text: str) -> tuple[str, list[int]]:
    """Prose mask of an HTML text: only text content outside code/script/style."""
    m = _Masker(text)
    _mask_switches(m)
    for c in _HTML_COMMENT.finditer(text):
        m.blank(c.start(), c.end())
    for el in _SKIP_ELEMENTS.finditer(text):
        m.blank(el.start(), el.end())
        m.breaks.append(el.start())
    for tag in _ANY_TAG.finditer(text):
        m.blank(tag.start(), tag.end())
        name = (tag.group(1) or "").lower()
        if name in _BLOCK_TAGS or not name:
            m.breaks.append(tag.start())
    for mm in re.finditer(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);", text):
        _entity(m, mm.start(), mm.end())
    for rx in (_URL, _EMAIL):
        for mm in rx.finditer(text):
            m.blank(mm.start(), mm.end())
    return m.result(), sorted(set(m.breaks))


_TXT_LIST = re.compile(r"^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+", re.M)


def mask_text(text: str) -> tuple[str, list[int]]:
    """Plain text: only inline switches are masked; list items start their own block."""
    m = _Masker(text)
    _mask_switches(m)
    for mm in _TXT_LIST.finditer(text):
        m.breaks.append(mm.start())
    for mm in _URL.finditer(text):
        m.blank(mm.start(), mm.end())
    for mm in _EMAIL.finditer(text):
        m.blank(mm.start(), mm.end())
    return m.result(), sorted(set(m.breaks))


def source_from_text(text: str, path: str = "<tekst>", kind: str = "text") -> Source:
    """A Source for text already in memory (``kind``: text, markdown or html)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kind == "markdown":
        prose, breaks = mask_markdown(text)
    elif kind == "html":
        prose, breaks = mask_html(text)
    else:
        prose, breaks = mask_text(text)
    return Source(path=path, text=text, prose=prose, breaks=breaks, kind=kind)


def read_docx(path: str | Path) -> Source:
    """A .docx file: one block per Word paragraph; ``line`` in findings = paragraph number."""
    p = Path(path)
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - dependency of the package
        raise InputFileError(f"python-docx ontbreekt ({exc})", path=p) from None
    if not p.exists():
        raise InputFileError("bestand niet gevonden", path=p)
    try:
        document = docx.Document(str(p))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputFileError(
            f"dit is geen geldig Word-bestand (.docx) ({type(exc).__name__})", path=p
        ) from None
    except Exception as exc:  # zipfile.BadZipFile and lxml errors
        raise InputFileError(
            f"dit is geen geldig Word-bestand (.docx) ({type(exc).__name__})", path=p
        ) from None
    paragraphs = [para.text.replace("\n", " ").replace("\r", " ")
                  for para in document.paragraphs]
    text = "\n".join(paragraphs)
    prose, _ = mask_text(text)
    return Source(path=str(p), text=text, prose=prose, breaks=[], mode="lines", kind="docx")


def read_source(path: str | Path) -> Source:
    """Read one file by its suffix (.txt, .md, .markdown, .html, .htm, .docx; else text)."""
    p = Path(path)
    kind = TEXT_SUFFIXES.get(p.suffix.lower(), "text")
    if kind == "docx":
        return read_docx(p)
    text = read_text_file(p)
    return source_from_text(text, str(p), kind)


def expand_paths(paths: list[str]) -> list[Path]:
    """Files to lint: files as given, directories recursively (.txt/.md/.markdown/.html/.docx).

    Hidden directories and files (starting with ".") are skipped inside directories.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = [f for f in p.rglob("*")
                     if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES]
            found = [f for f in found
                     if not any(part.startswith(".") for part in f.relative_to(p).parts)
                     and not f.name.startswith("~$")]
            out.extend(sorted(found))
        else:
            out.append(p)
    return out
