"""The Flask app behind ``dreamcontent serve``: two pages, Schrijfcheck and Droomvragen.

Server-rendered Jinja pages (autoescape on, ``StrictUndefined``) with a little plain
JavaScript; no build step, no external assets. The app only calls the library through the
adapters in ``dreamcontent.web.services``; tests replace those with fakes via ``create_app``.

Bad input never gives a 500: request bodies are capped (``MAX_CONTENT_LENGTH``), texts have
a character limit, uploads must be UTF-8 text, and every error status renders a Dutch page.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from importlib import resources
from typing import Any

from flask import Flask, abort, render_template, request, send_file
from jinja2 import StrictUndefined
from markupsafe import escape
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge, SecurityError

from dreamcontent.errors import DreamcontentError, DreamFileError, ModelError
from dreamcontent.web.highlight import SEVERITIES, SEVERITY_LABELS, Span, highlight
from dreamcontent.web.services import (
    LibraryDreams,
    LibraryExporter,
    LibraryGenerator,
    LibraryLinter,
    Problem,
    Readability,
    finding_to_span,
    problems_of,
)

log = logging.getLogger(__name__)

#: Largest request body (form with a pasted text or an uploaded dream file).
MAX_REQUEST_BYTES = 2 * 1024 * 1024
#: Largest text the Schrijfcheck analyses in one go.
MAX_TEXT_CHARS = 50_000
#: Largest dream file (characters).
MAX_DREAM_CHARS = 500_000
#: Elements per dream: default and upper bound of the form field.
DEFAULT_TOP = 12
MAX_TOP = 50
#: How many generation results the download buttons can reuse without generating again.
RESULT_CACHE_SIZE = 8
#: A text to try the Schrijfcheck with (link "Bekijk een voorbeeld").
SAMPLE_TEXT = (
    "Uw aanvraag wordt door ons zo snel mogelijk behandeld. Binnen drie werkdagen ontving u "
    "van ons een offerte op maat.\n\nJij kiest zelf wanneer je begint. Heeft u nog vragen? "
    "Bel ons gerust."
)
LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]

MIMETYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

ERROR_PAGES: dict[int, tuple[str, str]] = {
    400: ("Dit verzoek klopt niet", "De pagina kreeg gegevens die ze niet kan lezen. "
          "Ga terug en probeer het opnieuw."),
    403: ("Geen toegang", "Deze pagina is alleen bereikbaar vanaf je eigen computer."),
    404: ("Pagina niet gevonden", "Dit adres bestaat niet. Kies hierboven Schrijfcheck of "
          "Droomvragen."),
    405: ("Dat kan zo niet", "Deze pagina werkt via het formulier. Ga terug en gebruik de knop."),
    413: ("Te groot", "Je tekst of bestand is groter dan {limit}. Maak het kleiner of verdeel "
          "het over meer keren."),
    500: ("Er ging iets mis", "Dit is een fout in dreamcontent, niet in jouw invoer. "
          "Probeer het opnieuw; blijft het misgaan, meld het dan met de tekst die je gebruikte."),
}


class InputProblem(Exception):
    """Bad form input: shown on the page itself with status 400."""


@dataclass
class DreamPage:
    """Everything the Droomvragen template shows."""

    yaml: str
    filename: str
    top: int
    problems: list[Problem] | None = None
    error: str | None = None
    result: Any = None
    formats: list[Any] | None = None
    checked: bool = False


class ResultCache:
    """A small thread-safe LRU of generation results, keyed by a hash of the request."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            return None

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


def example_dream() -> str:
    """The example dream file the Droomvragen page starts with."""
    return resources.files("dreamcontent.web").joinpath("voorbeeld.yaml").read_text("utf-8")


def _size_label(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n // 1024} kB"


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_upload(data: bytes, filename: str) -> str:
    """An uploaded file as text, or InputProblem with a Dutch message naming the file."""
    if not data.strip():
        raise InputProblem(f"{filename}: het bestand is leeg.")
    if b"\x00" in data[:8192]:
        raise InputProblem(f"{filename}: dit lijkt een binair bestand (bijvoorbeeld Word of "
                           "Excel), geen YAML-tekst. Kies een .yaml-bestand.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputProblem(f"{filename}: het bestand is geen geldige UTF-8-tekst (byte "
                           f"{exc.start + 1}). Sla het op als UTF-8 en probeer opnieuw.") from None
    return _normalise_newlines(text)


def plain_page(title: str, text: str) -> str:
    """A self-contained error page that needs no templates or URL building."""
    return (f'<!doctype html><html lang="nl"><meta charset="utf-8"><title>{escape(title)}'
            f"</title><h1>{escape(title)}</h1><p>{escape(text)}</p></html>")


def error_text(exc: BaseException) -> str:
    """``str(exc)``, falling back to the bare message if the error was built incompletely."""
    try:
        return str(exc)
    except Exception:  # an error whose location fields were never set
        return str(exc.args[0]) if exc.args else exc.__class__.__name__


def safe_stem(filename: str) -> str:
    """A download name stem from a user's file name (letters, digits, - and _ only)."""
    stem = re.sub(r"\.(ya?ml|txt)$", "", filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1],
                  flags=re.IGNORECASE)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")
    return stem[:60] or "droomvragen"


def result_counts(result: Any) -> dict[str, int]:
    klanttypen = list(result.klanttypen)
    dromen = [gd for gk in klanttypen for gd in gk.dromen]
    elementen = [ge for gd in dromen for ge in gd.elementen]
    return {"klanttypen": len(klanttypen), "dromen": len(dromen),
            "elementen": len(elementen), "vragen": sum(len(ge.vragen) for ge in elementen)}


def create_app(*, linter: Any = None, dreams: Any = None, generator: Any = None,
               exporter: Any = None, public: bool = False,
               example: str | None = None) -> Flask:
    """Build the app. Leave the service arguments out to use the real library APIs.

    ``public=False`` (the default) only answers requests addressed to the loopback host
    (guards against DNS rebinding); ``dreamcontent serve --openbaar`` passes ``True``.
    """
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        MAX_FORM_MEMORY_SIZE=MAX_REQUEST_BYTES,
        TEMPLATES_AUTO_RELOAD=False,
        JSON_AS_ASCII=False,
    )
    if not public:
        app.config["TRUSTED_HOSTS"] = LOCAL_HOSTS
    app.jinja_env.undefined = StrictUndefined
    app.jinja_env.autoescape = True
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    lint_service = linter or LibraryLinter()
    dream_service = dreams or LibraryDreams()
    gen_service = generator or LibraryGenerator()
    export_service = exporter or LibraryExporter()
    cache = ResultCache(RESULT_CACHE_SIZE)
    example_text = example if example is not None else example_dream()
    app.extensions["dreamcontent"] = {"linter": lint_service, "cache": cache}

    app.jinja_env.globals.update(
        severity_labels=SEVERITY_LABELS,
        max_text_chars=MAX_TEXT_CHARS,
        max_top=MAX_TOP,
    )

    # ---------------------------------------------------------------- helpers

    def spans_for(text: str) -> tuple[list[Any], list[Span]]:
        findings = lint_service.lint(text)
        spans = [finding_to_span(i, f, fixable=lint_service.is_fixable(f))
                 for i, f in enumerate(findings)]
        return findings, spans

    def render_check(text: str, *, notice: str | None = None, error: str | None = None,
                     status: int = 200) -> tuple[str, int]:
        spans: list[Span] = []
        marked = None
        score: Readability | None = None
        if text.strip() and error is None:
            findings, spans = spans_for(text)
            spans.sort(key=lambda s: (s.start if s.start is not None else -1, s.id))
            marked = highlight(text, spans)
            score = lint_service.readability(text)
        counts = {sev: sum(1 for s in spans if s.severity == sev) for sev in SEVERITIES}
        html = render_template(
            "schrijfcheck.html", page="schrijfcheck", text=text, spans=spans, marked=marked,
            counts=counts, fixable=sum(1 for s in spans if s.fixable), readability=score,
            notice=notice, error=error)
        return html, status

    def form_text(name: str, limit: int, what: str) -> str:
        text = _normalise_newlines(request.form.get(name, ""))
        if len(text) > limit:
            raise InputProblem(f"{what} is {len(text):,} tekens lang; het maximum is "
                               f"{limit:,} tekens.".replace(",", "."))
        return text

    def form_top() -> int:
        raw = request.form.get("top", "").strip() or str(DEFAULT_TOP)
        if not re.fullmatch(r"[0-9]{1,3}", raw) or not 1 <= int(raw) <= MAX_TOP:
            raise InputProblem(f"Aantal elementen per droom moet een getal van 1 tot en met "
                               f"{MAX_TOP} zijn, niet '{raw[:20]}'.")
        return int(raw)

    def read_dream_form() -> tuple[str, str]:
        """The dream text and its file name, from the upload (preferred) or the text area."""
        upload = request.files.get("bestand")
        if upload is not None and upload.filename:
            filename = upload.filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
            data = upload.read(MAX_DREAM_CHARS * 4 + 1)
            text = decode_upload(data, filename)
            if len(text) > MAX_DREAM_CHARS:
                raise InputProblem(f"{filename}: het bestand is te groot (maximaal "
                                   f"{MAX_DREAM_CHARS:,} tekens).".replace(",", "."))
            return text, filename
        filename = request.form.get("bestandsnaam", "").strip()[:120] or "droombestand.yaml"
        return form_text("yaml", MAX_DREAM_CHARS, "Het droombestand"), filename

    def cache_key(text: str, top: int) -> str:
        return hashlib.sha256(f"{top}\n{text}".encode()).hexdigest()

    def generate_cached(text: str, filename: str, top: int) -> Any:
        key = cache_key(text, top)
        result = cache.get(key)
        if result is None:
            dream = dream_service.load(text, filename)
            result = gen_service.generate(dream, top=top)
            cache.put(key, result)
        return result

    def render_dreams(page: DreamPage, status: int = 200) -> tuple[str, int]:
        counts = result_counts(page.result) if page.result is not None else None
        source_lines = None
        bad_lines: dict[int, list[Problem]] = {}
        if page.problems:
            for problem in page.problems:
                if problem.line is not None:
                    bad_lines.setdefault(problem.line, []).append(problem)
            source_lines = page.yaml.split("\n")
        html = render_template("droomvragen.html", page="droomvragen", p=page, counts=counts,
                               source_lines=source_lines, bad_lines=bad_lines)
        return html, status

    # ----------------------------------------------------------------- routes

    @app.get("/")
    def index() -> str:
        return render_template("start.html", page="start")

    @app.route("/schrijfcheck", methods=["GET", "POST"])
    def schrijfcheck() -> tuple[str, int]:
        if request.method == "GET":
            return render_check(SAMPLE_TEXT if request.args.get("voorbeeld") else "")
        try:
            text = form_text("tekst", MAX_TEXT_CHARS, "Je tekst")
        except InputProblem as exc:
            return render_check("", error=str(exc), status=400)
        # The per-finding "Pas toe" buttons send only ``vondst`` (they share one form).
        default = "verbeter-een" if "vondst" in request.form else "controleer"
        action = request.form.get("actie") or default
        if not text.strip():
            return render_check(text, error="Plak of typ eerst een tekst.", status=400)
        if action == "controleer":
            return render_check(text)
        if action not in {"verbeter", "verbeter-een"}:
            return render_check(text, error="Onbekende actie.", status=400)
        findings = lint_service.lint(text)
        chosen = [f for f in findings if lint_service.is_fixable(f)]
        if action == "verbeter-een":
            wanted = request.form.get("vondst", "")
            if not re.fullmatch(r"[0-9]{1,6}", wanted) or int(wanted) >= len(findings) \
                    or not lint_service.is_fixable(findings[int(wanted)]):
                return render_check(text, error="Deze verbetering hoort niet (meer) bij je "
                                    "tekst. Controleer de tekst opnieuw.", status=400)
            chosen = [findings[int(wanted)]]
        if not chosen:
            return render_check(text, notice="Er zijn geen veilige verbeteringen om toe te "
                                "passen.")
        fixed = lint_service.apply_fixes(text, chosen)
        if fixed == text:
            return render_check(text, notice="De verbeteringen veranderden niets aan je tekst.")
        n = len(chosen)
        word = "verbetering" if n == 1 else "verbeteringen"
        return render_check(fixed, notice=f"{n} {word} toegepast. Hieronder zie je de nieuwe "
                            "tekst, opnieuw gecontroleerd.")

    @app.route("/droomvragen", methods=["GET", "POST"])
    def droomvragen() -> tuple[str, int]:
        if request.method == "GET":
            return render_dreams(DreamPage(example_text, "voorbeeld.yaml", DEFAULT_TOP))
        page = DreamPage(_normalise_newlines(request.form.get("yaml", ""))[:MAX_DREAM_CHARS],
                         "droombestand.yaml", DEFAULT_TOP)
        try:
            page.top = form_top()
            page.yaml, page.filename = read_dream_form()
        except InputProblem as exc:
            page.error = str(exc)
            return render_dreams(page, 400)
        if not page.yaml.strip():
            page.error = "Het droombestand is leeg. Plak YAML in het tekstvak of kies een bestand."
            return render_dreams(page, 400)
        action = request.form.get("actie", "genereer")
        try:
            if action == "controleer":
                dream_service.load(page.yaml, page.filename)
                page.checked = True
                return render_dreams(page)
            page.result = generate_cached(page.yaml, page.filename, page.top)
            page.formats = export_service.formats()
        except DreamFileError as exc:
            page.problems = problems_of(exc)
            return render_dreams(page, 422)
        except DreamcontentError as exc:  # e.g. a template problem or a missing model
            page.error = error_text(exc)
            return render_dreams(page, 503 if isinstance(exc, ModelError) else 422)
        return render_dreams(page)

    @app.post("/droomvragen/download")
    def download() -> Any:
        fmt = request.form.get("formaat", "")
        formats = {f.name: f for f in export_service.formats()}
        if fmt not in formats:
            abort(400)
        try:
            top = form_top()
            text, filename = read_dream_form()
            if not text.strip():
                raise InputProblem("Het droombestand is leeg.")
            result = generate_cached(text, filename, top)
        except (InputProblem, DreamFileError) as exc:
            page = DreamPage(_normalise_newlines(request.form.get("yaml", ""))[:MAX_DREAM_CHARS],
                             "droombestand.yaml", DEFAULT_TOP)
            if isinstance(exc, DreamFileError):
                page.problems = problems_of(exc)
            else:
                page.error = str(exc)
            return render_dreams(page, 400)
        data = export_service.render(result, fmt)
        info = formats[fmt]
        mimetype = MIMETYPES.get(info.extension, "application/octet-stream")
        return send_file(io.BytesIO(data), mimetype=mimetype,
                         as_attachment=True,
                         download_name=f"{safe_stem(filename)}.{info.extension}")

    # ----------------------------------------------------------------- errors

    def error_page(status: int, detail: str | None = None) -> tuple[str, int]:
        title, text = ERROR_PAGES.get(status, ERROR_PAGES[400 if status < 500 else 500])
        text = text.format(limit=_size_label(MAX_REQUEST_BYTES))
        try:
            return render_template("fout.html", page="fout", status=status, title=title,
                                   text=text, detail=detail), status
        except Exception:  # e.g. no URL adapter for a refused host: a bare page instead
            return plain_page(title, text), status

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(exc: RequestEntityTooLarge) -> tuple[str, int]:
        return error_page(413)

    @app.errorhandler(SecurityError)
    def untrusted_host(exc: SecurityError) -> tuple[str, int]:
        title, text = ERROR_PAGES[403]
        return plain_page(title, text), 403

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[str, int]:
        return error_page(exc.code or 500)

    @app.errorhandler(DreamcontentError)
    def library_error(exc: DreamcontentError) -> tuple[str, int]:
        status = 503 if isinstance(exc, ModelError) else 422
        title = "Het taalmodel is niet beschikbaar" if status == 503 else "Dat lukte niet"
        return render_template("fout.html", page="fout", status=status, title=title,
                               text="dreamcontent meldt:", detail=error_text(exc)), status

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> tuple[str, int]:
        log.exception("onverwachte fout bij %s %s", request.method, request.path)
        return error_page(500)

    @app.after_request
    def security_headers(response: Any) -> Any:
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if response.mimetype == "text/html" and not response.headers.get(
                "Content-Disposition"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app
