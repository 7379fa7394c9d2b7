"""The Jinja template bank: question angles (``vragen/*.j2``) and content parts (``content/*.j2``).

Each ``.j2`` file holds several phrasings, one Jinja macro per phrasing; the file name is the
angle (``vragen/implicatie.j2``) or the content part (``content/opening.j2``). A file may set
``{% set latent = true %}`` to mark an angle that surfaces what the customer has not noticed.
Files called ``vragen/dimensie_<naam>.j2`` are used only for elements with that dimensie.

A user bank (``--templates DIR``) overlays the default bank: a file with the same relative path
replaces the default one, new files add angles, and a file without macros switches that angle
off. Rendering happens in a sandbox with ``StrictUndefined``; every Jinja problem becomes a
:class:`TemplateError` naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from dreamcontent.errors import TemplateError

QUESTION_DIR = "vragen"
CONTENT_DIR = "content"
CONTENT_PARTS = ("titel", "opening", "belang", "latent", "partner", "zonder_partner",
                 "verdieping", "beeld")
#: Parts a bank may leave out (the generator then skips them).
OPTIONAL_PARTS = ("dimensie",)
_MACRO = re.compile(r"\{%-?\s*macro\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(")


def default_templates_dir() -> Path:
    """The shipped bank: the installed ``dreamcontent/_templates``, else the source tree's."""
    pkg = Path(__file__).resolve().parent.parent
    installed = pkg / "_templates"
    if installed.is_dir():
        return installed
    return pkg.parent / "templates"


@dataclass
class Phrasing:
    """One macro in a template file."""

    file: str  # display path, e.g. "vragen/implicatie.j2"
    name: str
    line: int

    @property
    def source(self) -> str:
        return f"{self.file}:{self.line} ({self.name})"


@dataclass
class TemplateFile:
    name: str  # angle or part name: the file stem
    rel: str  # path relative to the bank, with forward slashes
    path: str  # full path for messages
    template: jinja2.Template
    latent: bool = False
    dimensie: str | None = None
    phrasings: list[Phrasing] = field(default_factory=list)


def _hoofdletter(value: object) -> str:
    s = str(value)
    return s[:1].upper() + s[1:]


def _template_line(tb: TracebackType | None, filename: str,
                   template: jinja2.Template | None = None) -> int | None:
    """The template line of the innermost frame of the compiled template in ``tb``."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
            if template is not None:
                line = template.get_corresponding_lineno(line)
        tb = tb.tb_next
    return line


class Bank:
    """A loaded template bank (default bank, optionally overlaid by a user directory)."""

    def __init__(self, templates_dir: Path | None = None) -> None:
        dirs = []
        if templates_dir is not None:
            templates_dir = Path(templates_dir)
            if not templates_dir.is_dir():
                raise TemplateError(
                    f"de map met templates bestaat niet: {templates_dir}", path=templates_dir
                )
            dirs.append(templates_dir)
        dirs.append(default_templates_dir())
        self.dirs = dirs
        # The last template module per template file, with the variables it was made from:
        # a question or part tries several phrasings of one file for the same element, and
        # evaluating the whole file once per phrasing was 39% of generate (BENCHMARKS.md).
        self._modules: dict[int, tuple[dict[str, Any], Any]] = {}
        self.env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
        )
        self.env.filters["hoofdletter"] = _hoofdletter
        self.angles: list[TemplateFile] = []
        self.parts: dict[str, TemplateFile] = {}
        for rel in self._list(QUESTION_DIR):
            tf = self._load(rel)
            if tf.phrasings:
                self.angles.append(tf)
        for part in CONTENT_PARTS:
            rel = f"{CONTENT_DIR}/{part}.j2"
            tf = self._load(rel)
            if not tf.phrasings:
                raise TemplateError(
                    f"het contentdeel '{part}' heeft geen enkele formulering (macro)",
                    path=tf.path,
                )
            self.parts[part] = tf
        for part in OPTIONAL_PARTS:
            rel = f"{CONTENT_DIR}/{part}.j2"
            if any((d / rel).is_file() for d in dirs):
                tf = self._load(rel)
                if tf.phrasings:
                    self.parts[part] = tf
        general = [a for a in self.angles if a.dimensie is None]
        if len(general) < 3:
            raise TemplateError(
                "de templatebank heeft minstens drie vraaghoeken nodig in 'vragen/' "
                f"(gevonden: {len(general)})", path=str(dirs[0]),
            )

    def _list(self, sub: str) -> list[str]:
        names: set[str] = set()
        for d in self.dirs:
            folder = d / sub
            if folder.is_dir():
                names.update(p.name for p in folder.glob("*.j2"))
        return [f"{sub}/{n}" for n in sorted(names)]

    def _find(self, rel: str) -> Path:
        for d in self.dirs:
            p = d / rel
            if p.is_file():
                return p
        raise TemplateError(f"template ontbreekt: {rel}", path=str(self.dirs[0] / rel))

    def _load(self, rel: str) -> TemplateFile:
        path = self._find(rel)
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateError(f"kan template niet lezen: {exc}", path=path) from exc
        try:
            template = self.env.get_template(rel)
            module = template.make_module({})
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"fout in template: {exc.message}", path=path, line=exc.lineno
            ) from exc
        except jinja2.TemplateError as exc:
            line = _template_line(exc.__traceback__, template.filename or str(path), template)
            raise TemplateError(f"fout in template: {exc}", path=path, line=line) from exc
        stem = Path(rel).stem
        tf = TemplateFile(
            name=stem, rel=rel, path=str(path), template=template,
            latent=bool(getattr(module, "latent", False)),
            dimensie=stem[len("dimensie_"):] if stem.startswith("dimensie_") else None,
        )
        for m in _MACRO.finditer(source):
            name = m.group(1)
            if name.startswith("_"):
                continue  # helper macros are not phrasings
            if not callable(getattr(module, name, None)):
                continue
            line = source.count("\n", 0, m.start()) + 1
            tf.phrasings.append(Phrasing(file=rel, name=name, line=line))
        return tf

    def render(self, tf: TemplateFile, phrasing: Phrasing, variables: dict[str, Any]) -> str:
        """Render one phrasing with the given variables; whitespace is normalised."""
        filename = tf.template.filename or tf.path
        try:
            cached = self._modules.get(id(tf))
            if cached is not None and cached[0] is variables:
                module = cached[1]
            else:
                module = tf.template.make_module(variables)
                self._modules[id(tf)] = (variables, module)
            macro: Callable[[], str] = getattr(module, phrasing.name)
            out = str(macro())
        except jinja2.TemplateError as exc:
            line = _template_line(exc.__traceback__, filename, tf.template) or phrasing.line
            raise TemplateError(
                f"fout bij het invullen van formulering '{phrasing.name}': {exc}",
                path=tf.path, line=line,
            ) from exc
        except (TypeError, ValueError, AttributeError) as exc:
            line = _template_line(exc.__traceback__, filename, tf.template) or phrasing.line
            raise TemplateError(
                f"fout bij het invullen van formulering '{phrasing.name}': {exc}",
                path=tf.path, line=line,
            ) from exc
        return " ".join(out.split())
