"""The web app's page logic with fake services (Flask test client; no browser, no spaCy).

The end-to-end tests with the real linter, loader, generator and exporters and a real
browser are in test_web_browser.py.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from test_web_fakes import Fakes, make_fakes
from werkzeug.test import TestResponse

from dreamcontent.errors import ModelError, TemplateError
from dreamcontent.generate.result import GenerationResult
from dreamcontent.web.app import MAX_REQUEST_BYTES, MAX_TEXT_CHARS, create_app, safe_stem

EXAMPLE = """organisatie:
  naam: Bakkerij <b>Brood</b>
klanttypen:
  - naam: thuiswerker
    dromen:
      - droom: elke dag vers brood
        elementen:
          - naam: bezorging voor acht uur
            impact: 8
            latent: true
          - naam: een broodabonnement
            impact: 6
"""


@pytest.fixture
def fakes() -> Fakes:
    return make_fakes()


@pytest.fixture
def client(fakes: Fakes) -> FlaskClient:
    return create_app(**fakes.kwargs()).test_client()


def body(response: TestResponse) -> str:
    return response.get_data(as_text=True)


# ----------------------------------------------------------------------------- general


def test_pages_are_dutch_and_carry_security_headers(client: FlaskClient) -> None:
    for path in ("/", "/schrijfcheck", "/droomvragen"):
        r = client.get(path)
        assert r.status_code == 200
        assert '<html lang="nl">' in body(r)
        assert "script-src 'self'" in r.headers["Content-Security-Policy"]
        assert r.headers["X-Content-Type-Options"] == "nosniff"
    # No external assets: every src/href is local.
    for url in re.findall(r'(?:src|href)="([^"]+)"', body(client.get("/schrijfcheck"))):
        assert url.startswith(("/", "#")), url


def test_static_assets_are_served(client: FlaskClient) -> None:
    assert client.get("/static/style.css").status_code == 200
    assert "setupSchrijfcheck" in body(client.get("/static/app.js"))


@pytest.mark.parametrize(("method", "path", "status", "title"), [
    ("get", "/bestaat-niet", 404, "Pagina niet gevonden"),
    ("get", "/droomvragen/download", 405, "Dat kan zo niet"),
    ("delete", "/schrijfcheck", 405, "Dat kan zo niet"),
])
def test_error_statuses_render_a_dutch_page(client: FlaskClient, method: str, path: str,
                                           status: int, title: str) -> None:
    r = getattr(client, method)(path)
    assert r.status_code == status
    assert title in body(r) and "Traceback" not in body(r)


def test_foreign_host_header_is_refused(client: FlaskClient) -> None:
    r = client.get("/schrijfcheck", headers={"Host": "aanvaller.example"})
    assert r.status_code == 403
    assert "alleen bereikbaar vanaf je eigen computer" in body(r)
    assert client.get("/schrijfcheck", headers={"Host": "localhost:8765"}).status_code == 200


def test_public_app_accepts_other_hosts(fakes: Fakes) -> None:
    client = create_app(public=True, **fakes.kwargs()).test_client()
    assert client.get("/schrijfcheck", headers={"Host": "192.168.1.20:8765"}).status_code == 200


def test_request_over_the_size_limit_gets_a_friendly_413(client: FlaskClient) -> None:
    r = client.post("/schrijfcheck", data={"tekst": "a" * (MAX_REQUEST_BYTES + 10)})
    assert r.status_code == 413
    assert "Te groot" in body(r) and "2 MB" in body(r)


def test_unexpected_error_is_a_dutch_500_without_traceback(fakes: Fakes) -> None:
    def broken(text: str) -> list:
        raise RuntimeError("geheime interne details")

    fakes.linter.lint = broken  # type: ignore[method-assign]
    client = create_app(**fakes.kwargs()).test_client()
    r = client.post("/schrijfcheck", data={"tekst": "Hallo."})
    assert r.status_code == 500
    assert "Er ging iets mis" in body(r)
    assert "geheime interne details" not in body(r) and "Traceback" not in body(r)


def test_missing_model_is_explained(fakes: Fakes) -> None:
    def no_model(text: str) -> list:
        raise ModelError("het Nederlandse taalmodel ontbreekt in /x")

    fakes.linter.lint = no_model  # type: ignore[method-assign]
    client = create_app(**fakes.kwargs()).test_client()
    r = client.post("/schrijfcheck", data={"tekst": "Hallo."})
    assert r.status_code == 503
    assert "taalmodel ontbreekt" in body(r)


# ----------------------------------------------------------------------------- Schrijfcheck


def test_check_marks_findings_in_place_with_panel_and_score(client: FlaskClient) -> None:
    text = "Uw aanvraag wordt zeer snel behandeld."
    r = client.post("/schrijfcheck", data={"tekst": text, "actie": "controleer"})
    html = body(r)
    assert r.status_code == 200
    marks = re.findall(r'<mark class="vondst ernst-(\w+)[^"]*"[^>]*>([^<]*)</mark>', html)
    assert marks == [("error", "Uw"), ("warning", "wordt"), ("info", "zeer")]
    # Side panel: one item per finding, with message, suggestion and a fix button if safe.
    assert html.count('class="vondst-item') == 3
    assert "Lijdende vorm. Zeg wie iets doet." in html
    assert "Suggestie:</span> heel" in html
    assert html.count('form="verbeterformulier" name="vondst"') == 2
    assert html.count('name="tekst"') == 2  # the editor and one shared hidden copy
    assert "Pas veilige verbeteringen toe (2)" in html
    assert 'class="score-getal">94<' in html and "makkelijk" in html
    # The text stays in the text area for editing.
    assert f">{text}</textarea>" in html


def test_text_with_no_findings_says_so(client: FlaskClient) -> None:
    html = body(client.post("/schrijfcheck", data={"tekst": "Jij schrijft kort."}))
    assert "Geen opmerkingen" in html and "<mark" not in html
    assert "Pas veilige verbeteringen toe (0)" in html and "disabled" in html


def test_pasted_html_is_escaped_everywhere(client: FlaskClient) -> None:
    text = '<script>alert("x")</script> Uw <b>tekst</b> wordt gelezen.'
    html = body(client.post("/schrijfcheck", data={"tekst": text}))
    assert "<script>alert" not in html and "<b>tekst" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_overlapping_findings_are_all_shown(client: FlaskClient) -> None:
    text = ("Uw aanvraag wordt door ons met zorg en aandacht behandeld en daarna krijgt "
            "u bericht.")
    html = body(client.post("/schrijfcheck", data={"tekst": text}))
    assert 'data-ids="f0 f1"' in html  # the long sentence and "Uw"
    assert "overlap" in html
    assert html.count('class="vondst-item') == 4


def test_apply_all_safe_fixes(client: FlaskClient, fakes: Fakes) -> None:
    r = client.post("/schrijfcheck", data={"tekst": "Uw tekst is zeer goed.",
                                           "actie": "verbeter"})
    html = body(r)
    assert r.status_code == 200
    assert "2 verbeteringen toegepast" in html
    assert ">je tekst is heel goed.</textarea>" in html


def test_apply_one_fix(client: FlaskClient) -> None:
    r = client.post("/schrijfcheck", data={"tekst": "Uw tekst is zeer goed.", "vondst": "1"})
    assert "1 verbetering toegepast" in body(r)
    assert ">Uw tekst is heel goed.</textarea>" in body(r)


@pytest.mark.parametrize("vondst", ["9", "x", "", "-1", "²", "1" * 40])
def test_apply_one_fix_with_a_stale_or_bad_index(client: FlaskClient, vondst: str) -> None:
    r = client.post("/schrijfcheck", data={"tekst": "Uw tekst wordt gelezen.",
                                           "actie": "verbeter-een", "vondst": vondst})
    assert r.status_code == 400
    assert "hoort niet (meer) bij je tekst" in body(r)


def test_a_finding_without_a_safe_fix_cannot_be_applied(client: FlaskClient) -> None:
    r = client.post("/schrijfcheck", data={"tekst": "Uw tekst wordt gelezen.",
                                           "actie": "verbeter-een", "vondst": "1"})
    assert r.status_code == 400  # finding 1 is the passive: no safe fix


def test_empty_and_too_long_texts_get_a_message(client: FlaskClient) -> None:
    r = client.post("/schrijfcheck", data={"tekst": "   "})
    assert r.status_code == 400 and "Plak of typ eerst een tekst" in body(r)
    r = client.post("/schrijfcheck", data={"tekst": "a" * (MAX_TEXT_CHARS + 1)})
    assert r.status_code == 400 and "het maximum is 50.000 tekens" in body(r)


def test_unknown_action_is_rejected(client: FlaskClient) -> None:
    r = client.post("/schrijfcheck", data={"tekst": "Hallo.", "actie": "wis-alles"})
    assert r.status_code == 400 and "Onbekende actie" in body(r)


# ----------------------------------------------------------------------------- Droomvragen


def test_droomvragen_starts_with_an_example(client: FlaskClient) -> None:
    html = body(client.get("/droomvragen"))
    assert "Fietsatelier De Spaak" in html and 'name="bestand"' in html


def test_generate_from_the_text_area_shows_the_tree(client: FlaskClient) -> None:
    r = client.post("/droomvragen", data={"yaml": EXAMPLE, "actie": "genereer"})
    html = body(r)
    assert r.status_code == 200
    assert "Bakkerij &lt;b&gt;Brood&lt;/b&gt;" in html and "<b>Brood" not in html
    assert "Klanttype</span> thuiswerker" in html
    assert "Droom</span> elke dag vers brood" in html
    assert "Wat betekent bezorging voor acht uur voor jou?" in html
    assert 'class="badge badge-latent"' in html
    assert "1 klanttype ·" in html and "2 elementen" in html and "6 vragen" in html
    assert html.count('name="formaat"') == 3
    assert 'href="#kt-1-d-1"' in html


def test_upload_is_preferred_over_the_text_area(client: FlaskClient) -> None:
    data = {"yaml": "kapot: [", "actie": "genereer",
            "bestand": (io.BytesIO(EXAMPLE.encode("utf-8")), "bakker.yaml")}
    r = client.post("/droomvragen", data=data, content_type="multipart/form-data")
    assert r.status_code == 200
    assert "Bakkerij" in body(r)
    assert 'name="bestandsnaam" value="bakker.yaml"' in body(r)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "het bestand is leeg"),
    (b"PK\x03\x04\x00\x00binary", "binair bestand"),
    ("organisatie: café".encode("latin-1"), "geen geldige UTF-8-tekst (byte 17)"),
])
def test_bad_uploads_get_a_clear_message(client: FlaskClient, content: bytes, message: str) -> None:
    data = {"actie": "genereer", "bestand": (io.BytesIO(content), "dromen.yaml")}
    r = client.post("/droomvragen", data=data, content_type="multipart/form-data")
    assert r.status_code == 400
    alert = body(r).split('role="alert"', 1)[1].split("</div>", 1)[0]
    assert alert.startswith(' id="foutmelding">dromen.yaml: ') and message in alert
    assert "Traceback" not in body(r)


def test_validation_problems_are_listed_and_marked_at_their_line(client: FlaskClient) -> None:
    broken = EXAMPLE.replace("impact: 6", "impact: FOUT")
    bad_line = broken.split("\n").index("            impact: FOUT") + 1
    r = client.post("/droomvragen", data={"yaml": broken, "actie": "genereer"})
    html = body(r)
    assert r.status_code == 422
    assert f"Regel {bad_line}, kolom 3" in html
    assert f'class="bronregel fout-regel" id="regel-{bad_line}"' in html
    assert html.count("fout-regel") == 1
    assert "1 probleem in droombestand.yaml" in html
    # The user's text stays in the editor.
    editor = html.split('id="yaml"', 1)[1].split("</textarea>", 1)[0]
    assert "impact: FOUT" in editor


def test_check_only_does_not_generate(client: FlaskClient, fakes: Fakes) -> None:
    r = client.post("/droomvragen", data={"yaml": EXAMPLE, "actie": "controleer"})
    assert r.status_code == 200 and "is in orde" in body(r)
    assert fakes.generator.calls == 0


@pytest.mark.parametrize("top", ["999", "0", "-3", "²", "twaalf", "1" * 30])
def test_bad_top_value(client: FlaskClient, top: str) -> None:
    r = client.post("/droomvragen", data={"yaml": EXAMPLE, "top": top})
    assert r.status_code == 400 and "1 tot en met 50" in body(r)


def test_top_limits_the_elements(client: FlaskClient) -> None:
    html = body(client.post("/droomvragen", data={"yaml": EXAMPLE, "top": "1"}))
    tree = html.split('class="boom"', 1)[1]
    assert "bezorging voor acht uur" in tree and "een broodabonnement" not in tree


def test_download_csv_reuses_the_generated_result(client: FlaskClient, fakes: Fakes) -> None:
    client.post("/droomvragen", data={"yaml": EXAMPLE, "bestandsnaam": "bakker.yaml"})
    r = client.post("/droomvragen/download",
                    data={"yaml": EXAMPLE, "formaat": "csv", "bestandsnaam": "bakker.yaml"})
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/csv")
    assert 'attachment; filename=bakker.csv' in r.headers["Content-Disposition"]
    assert b"bezorging voor acht uur" in r.data
    assert fakes.generator.calls == 1  # cached by the page request


def test_download_of_a_binary_format(client: FlaskClient) -> None:
    r = client.post("/droomvragen/download", data={"yaml": EXAMPLE, "formaat": "xlsx"})
    assert r.status_code == 200 and r.data.startswith(b"PK")
    assert "spreadsheetml" in r.headers["Content-Type"]
    assert "filename=droombestand.xlsx" in r.headers["Content-Disposition"]


def test_download_with_unknown_format_or_broken_yaml(client: FlaskClient) -> None:
    r = client.post("/droomvragen/download", data={"yaml": EXAMPLE, "formaat": "exe"})
    assert r.status_code == 400 and "Dit verzoek klopt niet" in body(r)
    r = client.post("/droomvragen/download", data={"yaml": "a: FOUT", "formaat": "csv"})
    assert r.status_code == 400 and "Regel 1" in body(r)


@pytest.mark.parametrize(("name", "stem"), [
    ("bakker.yaml", "bakker"), ("C:\\map\\Mijn dromen.YML", "Mijn-dromen"),
    ("../../etc/passwd", "passwd"), ("???.yaml", "droomvragen"),
])
def test_download_names_are_safe(name: str, stem: str) -> None:
    assert safe_stem(name) == stem



# ----------------------------------------------------------------------------- real loader


@pytest.fixture
def real_loader_client(fakes: Fakes) -> FlaskClient:
    """The real dream-file loader (no spaCy needed) with the fake generator and exporter."""
    return create_app(linter=fakes.linter, generator=fakes.generator,
                      exporter=fakes.exporter).test_client()


def test_packaged_example_is_valid_for_the_real_loader() -> None:
    from dreamcontent.dreamfile import load_dream_text
    from dreamcontent.web.app import example_dream

    dream = load_dream_text(example_dream(), path="voorbeeld.yaml")
    assert dream.organisatie.naam == "Fietsatelier De Spaak"
    assert [len(d.elementen) for k in dream.klanttypen for d in k.dromen] == [4, 3]


def test_real_loader_problems_appear_at_their_lines(real_loader_client: FlaskClient) -> None:
    broken = EXAMPLE.replace("impact: 8", "impact: 11").replace("impact: 6", "impact: veel")
    lines = broken.split("\n")
    first, second = lines.index("            impact: 11") + 1, lines.index(
        "            impact: veel") + 1
    r = real_loader_client.post("/droomvragen", data={"yaml": broken, "actie": "genereer"})
    html = body(r)
    assert r.status_code == 422
    assert "2 problemen in droombestand.yaml" in html
    assert f"Regel {first}, kolom 21" in html and f"Regel {second}, kolom 21" in html
    assert "impact moet een heel getal van 1 tot 10 zijn" in html
    assert f'id="regel-{first}"' in html
    assert html.count('class="bronregel fout-regel"') == 2


def test_real_loader_yaml_syntax_error_in_an_upload(real_loader_client: FlaskClient) -> None:
    data = {"actie": "controleer",
            "bestand": (io.BytesIO(b"organisatie:\n  naam: [x\nklanttypen: []\n"), "k.yaml")}
    r = real_loader_client.post("/droomvragen", data=data, content_type="multipart/form-data")
    assert r.status_code == 422
    assert "in k.yaml" in body(r) and "fout-regel" in body(r)


def test_real_loader_accepts_every_example_dream_file(real_loader_client: FlaskClient) -> None:
    dreams = sorted((Path(__file__).resolve().parent.parent / "dreams").glob("*.yaml"))
    assert dreams
    for path in dreams:
        data = {"actie": "controleer",
                "bestand": (io.BytesIO(path.read_bytes()), path.name)}
        r = real_loader_client.post("/droomvragen", data=data,
                                    content_type="multipart/form-data")
        assert r.status_code == 200, path
        assert f"Het droombestand {path.name} is in orde" in body(r)


def test_sample_text_link_fills_in_and_checks_an_example(client: FlaskClient) -> None:
    html = body(client.get("/schrijfcheck?voorbeeld=1"))
    editor = html.split('id="tekst"', 1)[1].split("</textarea>", 1)[0]
    assert "Uw aanvraag wordt door ons zo snel mogelijk behandeld." in editor
    assert '<mark class="vondst ernst-error" data-ids="f0"' in html
    assert "<mark" not in body(client.get("/schrijfcheck"))


def test_generation_errors_are_shown_on_the_page(fakes: Fakes) -> None:
    def broken(dream: object, *, top: int = 12) -> GenerationResult:
        raise TemplateError("vragen/x.j2: gegenereerde tekst haalt de stijlcheck niet")

    fakes.generator.generate = broken  # type: ignore[method-assign]
    client = create_app(**fakes.kwargs()).test_client()
    r = client.post("/droomvragen", data={"yaml": EXAMPLE})
    assert r.status_code == 422
    alert = body(r).split('role="alert"', 1)[1].split("</div>", 1)[0]
    assert "vragen/x.j2: gegenereerde tekst haalt de stijlcheck niet" in alert
    assert "Bakkerij" in body(r)  # the editor keeps the dream file


def test_readability_of_the_real_linter_is_shown_in_dutch() -> None:
    from dreamcontent.lint.readability import Readability as LintReadability
    from dreamcontent.web.services import to_readability

    shown = to_readability(LintReadability(words=40, sentences=4, syllables=60,
                                           passive_sentences=1))
    assert shown.label == "makkelijk" and round(shown.score or 0) == 82
    assert shown.details == (("woorden", "40"), ("zinnen", "4"), ("woorden per zin", "10,0"),
                             ("lijdende vorm", "25 %"))


@pytest.mark.parametrize("text", [
    "- a\n- b\n",
    "organisatie: 5\n",
    "klanttypen: {\n",
    "\t\tnaam: x\n",
    "a: &a [*a]\n",
    "[" * 5000 + "]" * 5000,
    "!!python/object/apply:os.system ['echo hoi']\n",
    "organisatie:\n  naam: x\nklanttypen:\n  - naam: y\n    dromen: 7\n",
    "\x00\x01\x02",
    "ðŸ˜€ café ☕",
    "organisatie:\n  naam: <script>alert(1)</script>\nklanttypen: []\n",
])
def test_odd_dream_files_never_give_a_500(real_loader_client: FlaskClient, text: str) -> None:
    for action in ("controleer", "genereer"):
        r = real_loader_client.post("/droomvragen", data={"yaml": text, "actie": action})
        assert r.status_code in (200, 400, 422), (text[:40], r.status_code)
        assert "Traceback" not in body(r) and "<script>alert(1)" not in body(r)
        upload = {"actie": action,
                  "bestand": (io.BytesIO(text.encode("utf-8")), "x.yaml")}
        r = real_loader_client.post("/droomvragen", data=upload,
                                    content_type="multipart/form-data")
        assert r.status_code in (200, 400, 422), (text[:40], r.status_code)


# ----------------------------------------------------------------------------- real APIs


@pytest.mark.slow
def test_every_export_format_downloads_what_the_library_renders() -> None:
    """Real loader, generator and exporters: each download equals ``export.render``."""
    from dreamcontent.nl.pipeline import model_path

    if not (model_path() / "meta.json").exists():
        pytest.skip("het taalmodel is nog niet getraind (dreamcontent/data/nl_dreamcontent)")
    from dreamcontent.dreamfile import load_dream_text
    from dreamcontent.export import FORMATS, render
    from dreamcontent.generate import generate

    text = (Path(__file__).resolve().parent.parent / "dreams" / "warmte-thuis.yaml").read_text(
        "utf-8")
    expected = generate(load_dream_text(text, path="warmte-thuis.yaml"), top=12, seed=0)
    client = create_app().test_client()
    page = client.post("/droomvragen", data={"yaml": text, "bestandsnaam": "warmte-thuis.yaml"})
    assert page.status_code == 200
    assert len(FORMATS) == 6
    # Every library format, plus CSV with semicolons and a BOM for Dutch Excel.
    assert body(page).count('name="formaat"') == 7
    downloads = [(fmt, fmt, {}) for fmt in FORMATS]
    downloads.append(("csv-excel", "csv", {"delimiter": ";", "bom": True}))
    for name, fmt, options in downloads:
        r = client.post("/droomvragen/download", data={
            "yaml": text, "formaat": name, "bestandsnaam": "warmte-thuis.yaml"})
        assert r.status_code == 200, name
        extension = FORMATS[fmt].extension
        assert f"filename=warmte-thuis.{extension}" in r.headers["Content-Disposition"]
        assert "octet-stream" not in r.headers["Content-Type"], name
        assert r.data == render(expected, fmt, **options), name
