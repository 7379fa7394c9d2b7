"""Loading dream files (YAML) into the typed model, with line-accurate Dutch validation.

The YAML is *composed* into PyYAML nodes (not constructed into Python objects), so every value
keeps its line and column. A small schema walker then turns the nodes into the dataclasses of
:mod:`dreamcontent.model` and collects every problem it finds on the way, instead of stopping
at the first one. All problems of a file are raised together as one :class:`DreamFileProblems`
(a :class:`~dreamcontent.errors.DreamFileError`): ``str(err)`` lists them one per line as
``file:line:col: Dutch message``, sorted by position; ``err.problems`` holds them one by one.

Decisions worth knowing (also documented for users in the README section):

* ``impact: "8"`` (a whole number in quotes) is accepted as 8: spreadsheet exports and
  cautious writers quote everything, and the value is unambiguous. Text such as ``acht``,
  ``8,5`` or ``8.0`` is refused.
* ``latent`` accepts ``true``/``false``, ``ja``/``nee`` and ``yes``/``no`` in any case, quoted
  or not; anything else is refused.
* ``niveau`` and ``dimensie`` are matched case-insensitively and without accents
  (``Beïnvloeder`` is ``beinvloeder``); near misses get a suggestion.
* Text values are stripped and runs of whitespace (also newlines from ``|``/``>`` blocks)
  become one space; a tab after the indentation is read as a space (PyYAML would refuse it),
  a tab in the indentation is an error. A plain value that YAML would read as a number, date
  or boolean is kept as written where text belongs (``naam: 2024`` is the text "2024").
* Top-level keys starting with ``x-`` are free extension fields: they are not validated and end
  up, as plain Python data, in :attr:`DreamFile.extra`.
* Anchors and aliases (``&naam`` / ``*naam``) are allowed, but a file that would expand to more
  than :data:`MAX_NODES` values ("billion laughs") or nests deeper than :data:`MAX_DEPTH` is
  refused while it is being composed, before anything is expanded.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dreamcontent.errors import DreamcontentError, DreamFileError
from dreamcontent.io import read_text_file
from dreamcontent.model import (
    Dimensie,
    DreamFile,
    Droom,
    Element,
    Klanttype,
    Location,
    Niveau,
    Organisatie,
)

__all__ = [
    "DREAM_SUFFIXES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_ELEMENT_NAME",
    "MAX_NODES",
    "MAX_PROBLEMS",
    "DreamFileProblems",
    "LoadResult",
    "find_dream_files",
    "load_dream_file",
    "load_dream_files",
    "load_dream_text",
]

#: File name endings that count as dream files when a directory is expanded.
DREAM_SUFFIXES = (".yaml", ".yml")
#: Largest dream file we read (bytes / characters); real files are a few kilobytes.
MAX_BYTES = 1_000_000
#: Most values a file may expand to through aliases (the whole tree, aliases counted in full).
MAX_NODES = 50_000
#: Deepest nesting of lists and blocks; a valid dream file needs 7 levels.
MAX_DEPTH = 64
#: Longest element name (characters); the generator puts names inside its own sentences.
MAX_ELEMENT_NAME = 120
#: At most this many problems are listed for one file; the rest is summarised in one line.
MAX_PROBLEMS = 100

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map", "binary")
}
_WHOLE_NUMBER = re.compile(r"\+?[0-9]+")
_TRUE = {"true", "ja", "yes"}
_FALSE = {"false", "nee", "no"}


def _n(number: int) -> str:
    """A whole number the Dutch way: 1.000.000."""
    return f"{number:,}".replace(",", ".")


class DreamFileProblems(DreamFileError):
    """All problems found in one dream file (or one path), sorted by position.

    ``str(err)`` lists them one per line (``file:line:col: message``); ``err.problems`` holds
    them as separate :class:`DreamFileError` objects with ``path``, ``line``, ``column`` and
    ``message``. ``err.path``/``err.line``/``err.column`` are those of the first problem.
    """

    def __init__(self, problems: Sequence[DreamFileError]) -> None:
        if not problems:
            raise ValueError("DreamFileProblems needs at least one problem")
        first = problems[0]
        super().__init__(first.message, path=first.path, line=first.line, column=first.column)
        self.problems: list[DreamFileError] = list(problems)

    def __str__(self) -> str:
        return "\n".join(DreamFileError.__str__(p) for p in self.problems)


@dataclass
class LoadResult:
    """The outcome for one path in :func:`load_dream_files`: a dream file or its error."""

    path: Path
    dream: DreamFile | None = None
    error: DreamFileError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------------------------
# Public API


def load_dream_file(path: str | Path) -> DreamFile:
    """Read and validate one dream file.

    Raises :class:`DreamFileProblems` (a ``DreamFileError``) naming the file, also when the
    file is missing, a directory, binary, not UTF-8 or too large.
    """
    p = Path(path)
    try:
        size = p.stat().st_size if p.is_file() else 0
    except OSError:
        size = 0
    if size > MAX_BYTES:
        raise DreamFileProblems([DreamFileError(
            f"het bestand is te groot voor een droombestand ({_n(size)} bytes, maximaal "
            f"{_n(MAX_BYTES)})", path=str(path))])
    try:
        text = read_text_file(p)
    except DreamcontentError as exc:
        raise DreamFileProblems([DreamFileError(exc.message, path=str(path))]) from None
    return load_dream_text(text, path=str(path))


def load_dream_text(text: str, path: str | Path = "<tekst>") -> DreamFile:
    """Validate dream-file text (YAML); ``path`` names it in messages and locations."""
    path = str(path)
    if len(text) > MAX_BYTES:
        raise DreamFileProblems([DreamFileError(
            f"de tekst is te lang voor een droombestand (maximaal {_n(MAX_BYTES)} tekens)",
            path=path)])
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    walker = _Walker(path)
    root = walker.compose(text)
    dream = walker.dream_file(root) if root is not None else None
    if walker.problems or dream is None:
        raise DreamFileProblems(walker.sorted_problems())
    return dream


def find_dream_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand ``paths`` into dream files.

    A file is returned as given (whatever its name); a directory expands recursively to its
    ``*.yaml``/``*.yml`` files, sorted, skipping hidden files and folders (names starting with
    a dot). Duplicates are dropped, order is kept. A path that does not exist raises
    :class:`DreamFileProblems` naming it. A directory without dream files adds nothing.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.suffix.lower() in DREAM_SUFFIXES and f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif p.exists():
            found = [p]
        else:
            raise DreamFileProblems([DreamFileError("bestand of map niet gevonden", path=str(raw))])
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def load_dream_files(paths: Iterable[str | Path]) -> list[LoadResult]:
    """Load every dream file named by ``paths`` (directories expand), continuing past errors.

    Each file gives one :class:`LoadResult` (in the order of :func:`find_dream_files`); a path
    that does not exist, or a directory without ``*.yaml``/``*.yml`` files, gives one result
    with an error and no dream. Never raises for bad input.
    """
    results: list[LoadResult] = []
    seen: set[Path] = set()
    for raw in paths:
        try:
            files = find_dream_files([raw])
        except DreamFileError as exc:
            results.append(LoadResult(Path(raw), error=exc))
            continue
        if not files:
            results.append(LoadResult(Path(raw), error=DreamFileProblems([DreamFileError(
                "geen droombestanden (*.yaml, *.yml) in deze map", path=str(raw))])))
            continue
        for f in files:
            if f.resolve() in seen:
                continue
            seen.add(f.resolve())
            try:
                results.append(LoadResult(f, dream=load_dream_file(f)))
            except DreamFileError as exc:
                results.append(LoadResult(f, error=exc))
    return results


# --------------------------------------------------------------------------------------------
# Composing with limits


class _Refused(Exception):
    """Raised inside the composer when a limit is hit; carries a Dutch message and a mark."""

    def __init__(self, message: str, mark: yaml.Mark | None) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


class _LimitedLoader(yaml.SafeLoader):
    """A SafeLoader that only composes, and refuses alias bombs and absurd nesting.

    Each composed node's expanded size (itself plus all values below it, counting what an
    alias points to in full) is computed bottom-up while composing, so a "billion laughs"
    file is refused after reading a few hundred bytes instead of being expanded.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._sizes: dict[int, int] = {}
        self._depth = 0
        self._composed = 0  # nodes really in the file (aliases not expanded)

    def compose_node(self, parent: Node | None, index: object) -> Node:  # type: ignore[override]
        alias_mark = None
        alias_name = None
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            alias_mark, alias_name = event.start_mark, event.anchor
        else:
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise _Refused(
                    f"het bestand is te diep genest (meer dan {MAX_DEPTH} niveaus); "
                    "dit wordt geweigerd", self.peek_event().start_mark)
        node = super().compose_node(parent, index)  # type: ignore[arg-type]
        if alias_mark is not None:
            if id(node) not in self._sizes:
                raise _Refused(
                    f"de verwijzing '*{alias_name}' verwijst naar zichzelf; dit wordt geweigerd",
                    alias_mark)
            return node
        self._depth -= 1
        self._composed += 1
        if self._composed > MAX_NODES:
            raise _Refused(
                f"het bestand is te groot: meer dan {_n(MAX_NODES)} waarden",
                node.start_mark)
        if isinstance(node, SequenceNode):
            size = 1 + sum(self._sizes[id(child)] for child in node.value)
        elif isinstance(node, MappingNode):
            size = 1 + sum(self._sizes[id(k)] + self._sizes[id(v)] for k, v in node.value)
        else:
            size = 1
        if size > MAX_NODES:
            raise _Refused(
                "te veel herhaling via ankers en verwijzingen (&naam en *naam): het bestand "
                f"zou uitgroeien tot meer dan {_n(MAX_NODES)} waarden; dit wordt geweigerd",
                node.start_mark)
        self._sizes[id(node)] = size
        return node


def _tabs_after_indent_to_spaces(text: str) -> str:
    """Replace tabs after a line's indentation by spaces (same columns).

    PyYAML refuses a tab anywhere outside quotes ("naam:<tab>Fysio", pasted from a
    spreadsheet). Every text value has its whitespace collapsed anyway, so a space means the
    same; tabs *in* the indentation stay and are reported, since there they change structure.
    """
    if "\t" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        body = line.lstrip(" \t")
        if "\t" in body:
            lines[i] = line[: len(line) - len(body)] + body.replace("\t", " ")
    return "\n".join(lines)


#: Characters PyYAML treats as line breaks while editors and our line count do not (NEL, line
#: and paragraph separator, pasted from word processors): read as a space, keeping columns.
_ODD_BREAKS = {0x85: " ", 0x2028: " ", 0x2029: " "}

_BRACKET = re.compile(r"[\[\]{}]")


def _flow_too_deep(text: str) -> tuple[int, int] | None:
    """Line and column where ``[``/``{`` brackets nest deeper than MAX_DEPTH, else None.

    PyYAML's scanner is quadratic in the nesting depth of flow collections (it rechecks every
    open level for each token), so thousands of ``[`` would take seconds before the composer
    could refuse them. This crude count (it also counts brackets inside text) runs first; a
    real dream file never comes near the limit.
    """
    depth = 0
    for m in _BRACKET.finditer(text):
        depth += 1 if m.group() in "[{" else -1
        depth = max(depth, 0)
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, m.start()) + 1
            column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            return line, column
    return None


# --------------------------------------------------------------------------------------------
# Translating PyYAML syntax errors


def _found(problem: str) -> str:
    m = re.search(r"but (?:found|got) (.+)$", problem)
    if not m:
        return "iets onverwachts"
    what = m.group(1).strip()
    names = {
        "'<stream end>'": "het einde van het bestand",
        "'<block mapping start>'": "een nieuwe sleutel",
        "'<block sequence start>'": "een lijstitem ('-')",
        "'<block end>'": "het einde van een blok",
        "'<scalar>'": "tekst",
        "'?'": "een sleutel",
        "'-'": "een lijstitem ('-')",
        "':'": "een ':'",
    }
    return names.get(what, what)


def _translate_yaml_error(exc: yaml.MarkedYAMLError) -> tuple[str, yaml.Mark | None]:
    """A Dutch message and the best mark for a PyYAML syntax error."""
    problem = exc.problem or ""
    context = exc.context or ""
    pmark, cmark = exc.problem_mark, exc.context_mark
    if problem == "mapping values are not allowed here":
        return ("hier mag geen ':' staan; staat er een dubbele punt in de tekst? Zet de hele "
                "tekst dan tussen aanhalingstekens", pmark)
    if problem == "could not find expected ':'":
        return ("na deze sleutel ontbreekt een ':' (of de regel eronder springt verkeerd in)",
                cmark or pmark)
    if "that cannot start any token" in problem:
        m = re.search(r"found character '(.+)' that", problem)
        char = m.group(1) if m else "?"
        if char == "\\t":
            return "tab gevonden; gebruik hier een spatie in plaats van een tab", pmark
        return (f"een waarde mag niet met '{char}' beginnen; zet de waarde tussen "
                "aanhalingstekens", pmark)
    if "quoted scalar" in context and problem == "found unexpected end of stream":
        return ("dit aanhalingsteken wordt nergens gesloten", cmark or pmark)
    if "quoted scalar" in context and "escape character" in problem:
        m = re.search(r"character '(.+)'", problem)
        char = m.group(1) if m else "?"
        return (f"onbekende code '\\{char}' tussen dubbele aanhalingstekens; gebruik enkele "
                "aanhalingstekens of schrijf '\\\\'", pmark)
    if problem.startswith("found undefined alias"):
        m = re.search(r"alias '(.+)'", problem)
        name = m.group(1) if m else "?"
        return f"onbekende verwijzing '*{name}': er staat geen anker '&{name}' boven", pmark
    if "found duplicate anchor" in context:
        m = re.search(r"anchor '(.+)'", context)
        name = m.group(1) if m else "?"
        line = f" (regel {cmark.line + 1})" if cmark else ""
        return f"het anker '&{name}' bestaat al{line}; geef het een andere naam", pmark
    if "expected a single document" in context:
        return ("het bestand bevat meer dan één YAML-document (gescheiden door '---'); zet alles "
                "in één document", pmark)
    if context in ("while scanning an anchor", "while scanning an alias"):
        return "na '&' of '*' moet direct een naam staan (letters of cijfers)", pmark
    if context == "while scanning a block scalar":
        return "na '|' of '>' mag op dezelfde regel alleen '+', '-' of een cijfer staan", pmark
    if context == "while parsing a flow sequence":
        return (f"lijst tussen [ ] is niet goed afgesloten: verwacht ',' of ']', maar vond "
                f"{_found(problem)}", pmark)
    if context == "while parsing a flow mapping":
        return (f"blok tussen {{ }} is niet goed afgesloten: verwacht ',' of '}}', maar vond "
                f"{_found(problem)}", pmark)
    if problem.startswith("expected <block end>"):
        found = _found(problem)
        if found == "tekst":
            return ("onverwachte tekst; staat er iets achter een afsluitend aanhalingsteken, of "
                    "springt deze regel verkeerd in?", pmark)
        return (f"de inspringing klopt niet: hier staat {found} op een plek waar het blok "
                "erboven al af is; lijn deze regel uit met de regels erboven", pmark)
    if problem.startswith("expected the node content"):
        return f"hier verwacht ik een waarde, maar vond {_found(problem)}", pmark
    return f"ongeldige YAML ({problem or context})", pmark or cmark


# --------------------------------------------------------------------------------------------
# The schema walker

# keys per level; the first entries are required
_KEYS: dict[str, tuple[str, ...]] = {
    "bestand": ("organisatie", "klanttypen"),
    "organisatie": ("naam", "aanbod"),
    "klanttype": ("naam", "omschrijving", "dromen"),
    "droom": ("droom", "niveau", "concurrent_elementen", "elementen"),
    "element": ("naam", "impact", "latent", "partner", "dimensie", "beeld"),
}
_REQUIRED: dict[str, tuple[str, ...]] = {
    "bestand": ("organisatie", "klanttypen"),
    "organisatie": ("naam",),
    "klanttype": ("naam", "dromen"),
    "droom": ("droom", "elementen"),
    "element": ("naam", "impact"),
}
# "bij een element", "mist ..." phrasing per level
_AT: dict[str, str] = {
    "bestand": "bovenaan het bestand",
    "organisatie": "bij de organisatie",
    "klanttype": "bij een klanttype",
    "droom": "bij een droom",
    "element": "bij een element",
}
_THIS: dict[str, str] = {
    "bestand": "het bestand",
    "organisatie": "de organisatie",
    "klanttype": "dit klanttype",
    "droom": "deze droom",
    "element": "dit element",
}

T = TypeVar("T")
#: a block's keys: key -> (key node, value node)
Fields = dict[str, tuple[Node, Node]]
E = TypeVar("E", Niveau, Dimensie)


def _fold(text: str) -> str:
    """Lower case without accents, for forgiving comparisons (Beïnvloeder == beinvloeder)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


_INVISIBLE = {0x200B: None, 0xFEFF: None, 0x00AD: None}  # zero-width space, BOM, soft hyphen


def _clean(text: str) -> str:
    """Strip and collapse whitespace, drop invisible characters pasted along, and normalise to
    NFC so composed and decomposed accents compare equal (é is é)."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def _kind(node: Node) -> str:
    """What a node is, in Dutch, for 'gevonden: ...' and 'geen ...' phrases."""
    if isinstance(node, SequenceNode):
        return "een lijst"
    if isinstance(node, MappingNode):
        return "een blok met sleutels"
    return "tekst"


def _shown(node: Node) -> str:
    """A node's value as the user wrote it, for '(gevonden: ...)'."""
    if not isinstance(node, ScalarNode):
        return _kind(node)
    if node.tag == _NULL and node.value.strip() in ("", "~"):
        return "niets"
    value = node.value.strip()
    if len(value) > 40:
        value = value[:39] + "…"
    if node.style in ("'", '"'):
        return f"{node.style}{value}{node.style}"
    return value


class _Walker:
    """Composes the YAML and turns nodes into model objects, collecting problems."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[DreamFileError] = []
        # values of duplicate keys that YAML drops, per mapping node: still checked
        self._shadowed: dict[int, list[tuple[str, Node]]] = {}

    # -- problems ------------------------------------------------------------------------------

    def add(self, where: Node | yaml.Mark | None, message: str) -> None:
        mark = where.start_mark if isinstance(where, Node) else where
        if mark is None:
            self.problems.append(DreamFileError(message, path=self.path))
        else:
            self.problems.append(DreamFileError(
                message, path=self.path, line=mark.line + 1, column=mark.column + 1))

    def sorted_problems(self) -> list[DreamFileError]:
        unique: dict[tuple[int, int, str], DreamFileError] = {}
        for p in self.problems:
            unique.setdefault((p.line or 0, p.column or 0, p.message), p)
        ordered = [unique[k] for k in sorted(unique, key=lambda k: (k[0], k[1]))]
        if len(ordered) > MAX_PROBLEMS:
            rest = len(ordered) - MAX_PROBLEMS
            ordered = ordered[:MAX_PROBLEMS]
            ordered.append(DreamFileError(f"… en nog {rest} problemen", path=self.path))
        return ordered

    def loc(self, node: Node) -> Location:
        return Location(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    # -- composing -----------------------------------------------------------------------------

    def compose(self, text: str) -> Node | None:
        if not text.strip():
            self.add(None, "het bestand is leeg; een droombestand begint met 'organisatie:' en "
                           "'klanttypen:'")
            return None
        deep = _flow_too_deep(text)
        if deep is not None:
            self.problems.append(DreamFileError(
                f"het bestand is te diep genest (meer dan {MAX_DEPTH} niveaus); dit wordt "
                "geweigerd", path=self.path, line=deep[0], column=deep[1]))
            return None
        text = text.translate(_ODD_BREAKS)
        try:
            loader = _LimitedLoader(_tabs_after_indent_to_spaces(text))
        except yaml.reader.ReaderError as exc:
            self._reader_error(text, exc)
            return None
        try:
            root = loader.get_single_node()
        except _Refused as exc:
            self.add(exc.mark, exc.message)
            return None
        except yaml.MarkedYAMLError as exc:
            tabs = self._indent_tabs(text)
            if tabs:
                for line, column in tabs:
                    self.problems.append(DreamFileError(
                        "tab in de inspringing; gebruik spaties om in te springen",
                        path=self.path, line=line, column=column))
            else:
                message, mark = _translate_yaml_error(exc)
                self.add(mark, message)
            return None
        except yaml.reader.ReaderError as exc:
            self._reader_error(text, exc)
            return None
        except yaml.YAMLError as exc:  # unmarked and not a reader error: not seen in practice
            self.add(None, f"ongeldige YAML ({exc})")
            return None
        except RecursionError:
            self.add(None, "het bestand is te diep genest; dit wordt geweigerd")
            return None
        finally:
            loader.dispose()
        if root is None:
            self.add(None, "het bestand bevat alleen commentaar; een droombestand begint met "
                           "'organisatie:' en 'klanttypen:'")
        return root

    def _reader_error(self, text: str, exc: yaml.reader.ReaderError) -> None:
        """A control character PyYAML refuses: name it by code point and position."""
        pos = max(0, min(exc.position, len(text)))
        line = text.count("\n", 0, pos) + 1
        column = pos - (text.rfind("\n", 0, pos) + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1])
        self.problems.append(DreamFileError(
            f"onzichtbaar stuurteken U+{code:04X} in de tekst; haal het weg (typ de tekst op "
            "deze plek eventueel opnieuw)", path=self.path, line=line, column=column))

    @staticmethod
    def _indent_tabs(text: str) -> list[tuple[int, int]]:
        out = []
        for number, line in enumerate(text.split("\n"), start=1):
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if "\t" in indent:
                out.append((number, indent.index("\t") + 1))
        return out

    # -- generic readers -----------------------------------------------------------------------

    def check_tags(self, node: Node) -> bool:
        if node.tag not in _STANDARD_TAGS:
            self.add(node, f"het YAML-label '{node.tag}' wordt niet ondersteund; haal het weg")
            return False
        return True

    def mapping(self, node: Node, level: str, what: str) -> Fields | None:
        """The keys of a mapping node (key -> (key node, value node)), or None if not a mapping.

        Reports unknown keys (with a suggestion or the allowed keys), keys that belong to
        another level, duplicate keys and missing required keys.
        """
        if not isinstance(node, MappingNode):
            if isinstance(node, ScalarNode) and level == "element" and node.tag != _NULL:
                self.add(node, "een element moet sleutels hebben, geen losse tekst; schrijf "
                               f"bijvoorbeeld '- naam: {_clean(node.value)[:40]}' met "
                               "'impact:' eronder")
            elif isinstance(node, ScalarNode) and node.tag == _NULL:
                self.add(node, f"{what} is leeg; verwacht sleutels ({self._keys_hint(level)})")
            else:
                self.add(node, f"{what} moet sleutels hebben ({self._keys_hint(level)}), "
                               f"geen {_kind(node).removeprefix('een ')}")
            return None
        self.check_tags(node)
        allowed = _KEYS[level]
        fields: Fields = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == _NULL:
                self.add(key_node, "een sleutel moet een woord zijn, zoals 'naam'")
                continue
            key = key_node.value.strip()
            if key in fields:
                first = fields[key][0].start_mark.line + 1
                self.add(key_node, f"dubbele sleutel '{key}' (ook op regel {first}); "
                                   "laat er één staan")
                self._shadowed.setdefault(id(node), []).append((key, fields[key][1]))
            elif key in allowed or level == "bestand" and key.startswith("x-"):
                pass
            else:
                self.add(key_node, self._unknown_key(key, level))
                continue
            fields[key] = (key_node, value_node)
        for key in _REQUIRED[level]:
            if key not in fields:
                self.add(node, f"{_THIS[level]} mist de verplichte sleutel '{key}'")
        return fields

    @staticmethod
    def _keys_hint(level: str) -> str:
        return ", ".join(f"{k}:" for k in _KEYS[level])

    @staticmethod
    def _unknown_key(key: str, level: str) -> str:
        allowed = _KEYS[level]
        elsewhere = [lvl for lvl, keys in _KEYS.items() if key in keys and lvl != level]
        if elsewhere:
            return (f"de sleutel '{key}' hoort niet {_AT[level]} maar "
                    f"{_AT[elsewhere[-1]]}; klopt de inspringing?")
        match = difflib.get_close_matches(_fold(key), allowed, n=1, cutoff=0.6)
        if match:
            return f"onbekende sleutel '{key}' — bedoel je '{match[0]}'?"
        return f"onbekende sleutel '{key}' ({_AT[level]} horen: {', '.join(allowed)})"

    def sequence(self, node: Node, key: str, singular: str) -> list[Node] | None:
        """The items of a list node, or None (reported) if it is not a non-empty list."""
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            self.add(node, f"{key} is leeg; voeg minstens één {singular} toe")
            return None
        if not isinstance(node, SequenceNode):
            self.add(node, f"{key} moet een lijst zijn (elk item op een regel die met '- ' "
                           f"begint), geen {_kind(node).removeprefix('een ')}")
            return None
        self.check_tags(node)
        if not node.value:
            self.add(node, f"{key} is leeg; voeg minstens één {singular} toe")
            return None
        return list(node.value)

    def text(self, node: Node, key: str, *, required: bool) -> str | None:
        """A text value: stripped, whitespace collapsed; None if empty (reported if required)."""
        if not isinstance(node, ScalarNode):
            self.add(node, f"{key} moet tekst zijn, geen {_kind(node).removeprefix('een ')}")
            return None
        if not self.check_tags(node):
            return None
        value = "" if node.tag == _NULL and node.value.strip() in ("", "~", "null") else node.value
        value = _clean(value)
        if not value:
            if required:
                self.add(node, f"{key} mag niet leeg zijn")
            return None
        return value

    def whole_number(self, node: Node, key: str, low: int, high: int | None) -> int | None:
        if high is None:
            expected = f"{key} moet een heel getal van {low} of hoger zijn"
        else:
            expected = f"{key} moet een heel getal van {low} tot {high} zijn"
        if isinstance(node, ScalarNode) and self.check_tags(node):
            raw = node.value.strip()
            if _WHOLE_NUMBER.fullmatch(raw):
                number = int(raw)
                if number >= low and (high is None or number <= high):
                    return number
        self.add(node, f"{expected} (gevonden: {_shown(node)})")
        return None

    def boolean(self, node: Node, key: str) -> bool | None:
        if isinstance(node, ScalarNode) and self.check_tags(node):
            raw = node.value.strip().casefold()
            if raw in _TRUE:
                return True
            if raw in _FALSE:
                return False
        self.add(node, f"{key} moet ja, nee, true of false zijn (gevonden: {_shown(node)})")
        return None

    def choice(self, node: Node, key: str, enum: type[E], unknown: str) -> E | None:
        """One of an enum's values, matched without case and accents; ``unknown`` starts the
        message for anything else ("onbekend niveau")."""
        values = [e.value for e in enum]
        value = self.text(node, key, required=False)
        if value is None:
            return None  # not text (reported) or empty (the default applies)
        folded = _fold(value)
        if folded in values:
            return enum(folded)
        match = difflib.get_close_matches(folded, values, n=1, cutoff=0.6)
        if match:
            self.add(node, f"{unknown} '{value}' — bedoel je '{match[0]}'?")
        else:
            self.add(node, f"{unknown} '{value}' (kies uit: {', '.join(values)})")
        return None

    def read(self, node: Node, level: str, what: str,
             readers: dict[str, Callable[[Node], Any]]) -> tuple[dict[str, Any], Fields] | None:
        """Check a block's keys and read each value with its reader (key -> value or None).

        An optional key left empty ("partner:") gives None, so the default applies. The value
        of a duplicate key that YAML would drop is still checked, so no problem hides there.
        """
        fields = self.mapping(node, level, what)
        if fields is None:
            return None
        required = _REQUIRED[level]

        def one(key: str, value: Node) -> Any:
            if (key not in required and isinstance(value, ScalarNode) and value.tag == _NULL
                    and value.style is None):
                return None
            return readers[key](value)

        for key, value in self._shadowed.pop(id(node), []):
            if key in readers:
                one(key, value)
        values = {key: one(key, value) for key, (_, value) in fields.items() if key in readers}
        return values, fields

    def locs(self, fields: Fields) -> dict[str, Location]:
        return {key: self.loc(value) for key, (_, value) in fields.items()}

    def items(self, node: Node, key: str, singular: str, name_key: str, scope: str,
              build: Callable[[Node, int], T | None]) -> list[T]:
        """Build every item of a list; names must be unique within the list."""
        out: list[T] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(self.sequence(node, key, singular) or []):
            self.unique(seen, item, name_key, singular, scope)
            built = build(item, index)
            if built is not None:
                out.append(built)
        return out

    # -- the schema ----------------------------------------------------------------------------

    def dream_file(self, root: Node) -> DreamFile | None:
        if isinstance(root, SequenceNode):
            self.add(root, "het bestand begint met een lijst; een droombestand begint met de "
                           "sleutels 'organisatie:' en 'klanttypen:'")
            return None
        if isinstance(root, ScalarNode):
            self.add(root, "dit is geen droombestand: het bevat alleen losse tekst; een "
                           "droombestand begint met 'organisatie:' en 'klanttypen:'")
            return None
        read = self.read(root, "bestand", "het bestand", {
            "organisatie": self.organisatie,
            "klanttypen": lambda n: self.items(n, "klanttypen", "klanttype", "naam",
                                               "in dit bestand", self.klanttype),
        })
        if read is None:
            return None
        values, fields = read
        extra: dict[str, object] = {}
        for key, (_, value) in fields.items():
            if key.startswith("x-"):
                try:
                    extra[key] = yaml.constructor.SafeConstructor().construct_document(value)
                except yaml.YAMLError:
                    self.add(value, f"{key} bevat een YAML-label dat niet ondersteund wordt "
                                    "(zoals !!python/...); haal het weg")
        if not values.get("organisatie") or not values.get("klanttypen") or self.problems:
            return None
        return DreamFile(organisatie=values["organisatie"], klanttypen=values["klanttypen"],
                         path=self.path, extra=extra)

    def organisatie(self, node: Node) -> Organisatie | None:
        read = self.read(node, "organisatie", "organisatie", {
            "naam": lambda n: self.text(n, "naam", required=True),
            "aanbod": lambda n: self.text(n, "aanbod", required=False),
        })
        if read is None or read[0].get("naam") is None:
            return None
        values, fields = read
        return Organisatie(naam=values["naam"], aanbod=values.get("aanbod"), loc=self.loc(node),
                           locs=self.locs(fields))

    def klanttype(self, node: Node, index: int = 0) -> Klanttype | None:
        read = self.read(node, "klanttype", "een klanttype", {
            "naam": lambda n: self.text(n, "naam", required=True),
            "omschrijving": lambda n: self.text(n, "omschrijving", required=False),
            "dromen": lambda n: self.items(n, "dromen", "droom", "droom", "bij dit klanttype",
                                           self.droom),
        })
        if read is None:
            return None
        values, fields = read
        if values.get("naam") is None or not values.get("dromen"):
            return None
        return Klanttype(naam=values["naam"], dromen=values["dromen"],
                         omschrijving=values.get("omschrijving"), loc=self.loc(node),
                         locs=self.locs(fields))

    def droom(self, node: Node, index: int = 0) -> Droom | None:
        read = self.read(node, "droom", "een droom", {
            "droom": lambda n: self.text(n, "droom", required=True),
            "niveau": lambda n: self.choice(n, "niveau", Niveau, "onbekend niveau"),
            "concurrent_elementen": lambda n: self.whole_number(n, "concurrent_elementen", 0,
                                                                None),
            "elementen": lambda n: self.items(n, "elementen", "element", "naam", "in deze droom",
                                              self.element),
        })
        if read is None:
            return None
        values, fields = read
        if values.get("droom") is None or not values.get("elementen"):
            return None
        return Droom(droom=values["droom"], elementen=values["elementen"],
                     niveau=values.get("niveau") or Niveau.PERSOONLIJK,
                     concurrent_elementen=values.get("concurrent_elementen"), loc=self.loc(node),
                     locs=self.locs(fields))

    def element(self, node: Node, index: int) -> Element | None:
        read = self.read(node, "element", "een element", {
            "naam": self.element_name,
            "impact": lambda n: self.whole_number(n, "impact", 1, 10),
            "latent": lambda n: self.boolean(n, "latent"),
            "partner": lambda n: self.text(n, "partner", required=False),
            "dimensie": lambda n: self.choice(n, "dimensie", Dimensie, "onbekende dimensie"),
            "beeld": lambda n: self.text(n, "beeld", required=False),
        })
        if read is None:
            return None
        values, fields = read
        if values.get("naam") is None or values.get("impact") is None:
            return None
        return Element(naam=values["naam"], impact=values["impact"],
                       latent=bool(values.get("latent")), partner=values.get("partner"),
                       dimensie=values.get("dimensie"), beeld=values.get("beeld"), index=index,
                       loc=self.loc(node), locs=self.locs(fields))

    def element_name(self, node: Node) -> str | None:
        """An element's name: text, and a phrase rather than a sentence (the templates put it
        inside their own sentences: "Als sterkere heupspieren ontbreken, ...")."""
        name = self.text(node, "naam", required=True)
        if name is None:
            return None
        if len(name) > MAX_ELEMENT_NAME:
            self.add(node, f"de naam van een element is te lang ({len(name)} tekens, maximaal "
                           f"{MAX_ELEMENT_NAME}); beschrijf het element korter")
            return None
        if name[-1] in ".!?" and not name.endswith("..."):
            self.add(node, f"de naam van een element is een woordgroep, geen zin; haal de "
                           f"'{name[-1]}' aan het eind weg")
            return None
        return name

    def unique(self, seen: dict[str, int], node: Node, key: str, noun: str, scope: str) -> None:
        """Report a list item whose name (the text under ``key``) an earlier item already had.

        Compared without case, accents and extra spaces; items without a usable name are
        skipped here (their own checks report them).
        """
        if not isinstance(node, MappingNode):
            return
        name = None
        for key_node, value_node in node.value:
            if (isinstance(key_node, ScalarNode) and key_node.value.strip() == key
                    and isinstance(value_node, ScalarNode)):
                name = _clean(value_node.value)
        if not name:
            return
        folded = _fold(name)
        if folded in seen:
            self.add(node, f"{noun} '{name}' staat twee keer {scope} (ook op regel "
                           f"{seen[folded]})")
        else:
            seen[folded] = node.start_mark.line + 1
