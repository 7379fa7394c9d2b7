"""`dreamcontent serve` in a real browser: Playwright driving Debian's Chromium.

The app runs inside the test on 127.0.0.1 (werkzeug server, port 0, background thread); the
browser only talks to loopback. Two servers:

* ``fake_site``: the app with the fake services from test_web_fakes, for the page behaviour
  (JavaScript hover panel, fix buttons, jumping to a line, upload errors);
* ``real_site``: the app with the real linter, dream-file loader, generator and exporters,
  for the end-to-end checks the issue asks for (paste text -> real findings highlighted,
  upload a file from dreams/ -> real questions, download a real CSV).

Screenshots of both pages are written to a temporary folder; with
``DREAMCONTENT_SCREENSHOTS=1`` they go to docs/screenshots/ for the README.
"""

from __future__ import annotations

import csv
import io
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from test_web_fakes import make_fakes

from dreamcontent.nl.pipeline import model_path
from dreamcontent.web.app import create_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("DREAMCONTENT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MODEL_META = model_path() / "meta.json"  # the packaged model, or $DREAMCONTENT_MODEL
DREAM_FILE = ROOT / "dreams" / "fysio-vooruit.yaml"

SAMPLE_TEXT = (
    "Uw aanvraag wordt zeer zorgvuldig door ons behandeld.\n"
    "Jij krijgt binnen twee dagen antwoord. Wil je sneller geholpen worden? Bel ons dan."
)


@dataclass
class Site:
    url: str
    services: Any


class LiveServer:
    """The Flask app on 127.0.0.1 with a free port, served from a daemon thread."""

    def __init__(self, app: Any) -> None:
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def submit(page: Any, selector: str) -> None:
    """Click a submit button and wait for the page the server answers with.

    ``page.click`` no longer waits for the navigation it starts, so reading the page right after
    a plain click races the server (seen under load in CI).
    """
    with page.expect_navigation(wait_until="load"):
        page.click(selector)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium ontbreekt ({CHROMIUM}); installeer het pakket 'chromium'")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL",
                                  accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    # Script errors and console errors (a Content-Security-Policy violation is one) fail
    # the test; so does any request that leaves 127.0.0.1.
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"script: {exc}"))
    pg.on("console", lambda msg: problems.append(f"console: {msg.text}")
          if msg.type == "error" and "status of 4" not in msg.text else None)
    pg.on("request", lambda req: problems.append(f"extern: {req.url}")
          if not req.url.startswith(("http://127.0.0.1:", "data:", "blob:")) else None)
    yield pg
    context.close()
    assert problems == []


@pytest.fixture(scope="module")
def fake_site() -> Iterator[Site]:
    fakes = make_fakes()
    server = LiveServer(create_app(**fakes.kwargs()))
    yield Site(server.url, fakes)
    server.close()


@pytest.fixture(scope="module")
def real_site() -> Iterator[Site]:
    if not MODEL_META.exists():
        pytest.skip("het taalmodel is nog niet getraind (dreamcontent/data/nl_dreamcontent)")
    app = create_app()
    app.extensions["dreamcontent"]["linter"].warm()
    server = LiveServer(app)
    yield Site(server.url, None)
    server.close()


def screenshot_dir(tmp_path: Path) -> Path:
    if os.environ.get("DREAMCONTENT_SCREENSHOTS") == "1":
        out = ROOT / "docs" / "screenshots"
        out.mkdir(parents=True, exist_ok=True)
        return out
    return tmp_path


# ----------------------------------------------------------------------------- page behaviour


def test_schrijfcheck_highlights_and_explains_findings(page: Any, fake_site: Site) -> None:
    page.goto(f"{fake_site.url}/schrijfcheck")
    page.fill("#tekst", SAMPLE_TEXT)
    submit(page, 'button[value="controleer"]')
    marks = page.locator("#gemarkeerd mark.vondst")
    # Uw (error), wordt (warning), zeer (info); the fake's long-sentence rule stays quiet.
    assert marks.count() == 3
    assert marks.all_inner_texts() == ["Uw", "wordt", "zeer"]
    colours = [m.evaluate("el => getComputedStyle(el).backgroundColor") for m in marks.all()]
    assert len(set(colours)) == 3  # one colour per severity
    assert page.locator(".vondst-item").count() == 3

    # Hover: the explanation box shows the rule's message and suggestion, the panel item lights up.
    marks.nth(0).hover()
    tip = page.locator("#uitleg")
    assert tip.is_visible()
    assert "Spreek je lezer aan met je of jouw." in tip.inner_text()
    assert "Suggestie: je" in tip.inner_text()
    assert "actief" in (page.locator("#f0").get_attribute("class") or "")

    # Hovering the panel item marks the text.
    page.locator("#f1").hover()
    assert "actief" in (marks.nth(1).get_attribute("class") or "")


def test_one_click_applies_the_safe_fixes(page: Any, fake_site: Site) -> None:
    page.goto(f"{fake_site.url}/schrijfcheck")
    page.fill("#tekst", SAMPLE_TEXT)
    submit(page, 'button[value="controleer"]')
    submit(page, "#verbeter-alles")
    assert "2 verbeteringen toegepast" in page.locator(".melding-ok").inner_text()
    fixed = page.input_value("#tekst")
    assert fixed.startswith("je aanvraag wordt heel zorgvuldig")
    assert page.locator("#gemarkeerd mark.vondst").all_inner_texts() == ["wordt"]


def test_apply_a_single_fix_from_the_panel(page: Any, fake_site: Site) -> None:
    page.goto(f"{fake_site.url}/schrijfcheck")
    page.fill("#tekst", SAMPLE_TEXT)
    submit(page, 'button[value="controleer"]')
    submit(page, "#f2 button")  # "zeer" -> "heel"
    assert "1 verbetering toegepast" in page.locator(".melding-ok").inner_text()
    assert page.input_value("#tekst").startswith("Uw aanvraag wordt heel zorgvuldig")
    assert page.locator("#gemarkeerd mark.vondst").all_inner_texts() == ["Uw", "wordt"]


def test_upload_shows_the_file_and_generates(page: Any, fake_site: Site,
                                             tmp_path: Path) -> None:
    dream = tmp_path / "bakker.yaml"
    dream.write_text(
        "organisatie:\n  naam: Bakkerij Brood\nklanttypen:\n  - naam: thuiswerker\n"
        "    dromen:\n      - droom: elke dag vers brood\n        elementen:\n"
        "          - naam: bezorging voor acht uur\n            impact: 8\n",
        encoding="utf-8")
    page.goto(f"{fake_site.url}/droomvragen")
    page.set_input_files("#bestand", str(dream))
    page.wait_for_function("document.querySelector('#yaml').value.includes('Bakkerij Brood')")
    submit(page, "#genereer")
    assert page.locator(".resultaatkop h2").inner_text() == "Bakkerij Brood"
    assert "Wat betekent bezorging voor acht uur voor jou?" in page.locator(".boom").inner_text()
    # Collapse and expand everything.
    page.click('[data-klap="dicht"]')
    assert not page.locator(".vragen").first.is_visible()
    page.click('[data-klap="open"]')
    assert page.locator(".vragen").first.is_visible()


def test_validation_error_jumps_to_the_line(page: Any, fake_site: Site) -> None:
    page.goto(f"{fake_site.url}/droomvragen")
    text = page.input_value("#yaml")
    lines = text.split("\n")
    lines[9] = lines[9] + "  # FOUT"
    page.fill("#yaml", "\n".join(lines))
    submit(page, "#genereer")
    assert page.locator(".probleemlijst li").count() == 1
    assert page.locator(".fout-regel .regelnr").inner_text() == "10"
    page.click(".naar-regel")
    start, end = page.evaluate("[document.querySelector('#yaml').selectionStart,"
                               " document.querySelector('#yaml').selectionEnd]")
    assert page.input_value("#yaml")[start:end] == lines[9]


def test_binary_and_oversized_uploads_get_a_message(page: Any, fake_site: Site,
                                                    tmp_path: Path) -> None:
    binary = tmp_path / "dromen.xlsx"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    page.goto(f"{fake_site.url}/droomvragen")
    page.set_input_files("#bestand", str(binary))
    submit(page, "#genereer")
    assert "dromen.xlsx: dit lijkt een binair bestand" in page.locator("#foutmelding").inner_text()

    big = tmp_path / "groot.yaml"
    big.write_text("# " + "x" * (3 * 1024 * 1024), encoding="utf-8")
    page.goto(f"{fake_site.url}/droomvragen")
    page.set_input_files("#bestand", str(big))
    submit(page, "#genereer")
    assert page.locator("h1").inner_text() == "Te groot"


def test_download_from_the_fake_exporter(page: Any, fake_site: Site) -> None:
    page.goto(f"{fake_site.url}/droomvragen")
    submit(page, "#genereer")
    with page.expect_download() as info:
        page.click('#downloads button[value="csv"]')
    download = info.value
    assert download.suggested_filename == "voorbeeld.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text("utf-8"))))
    assert rows[0] == ["klanttype", "droom", "element", "vraag"]
    assert rows[1][0] == "forens op de e-bike"


# ----------------------------------------------------------------------------- real APIs


def test_real_lint_findings_are_highlighted(page: Any, real_site: Site,
                                            tmp_path: Path) -> None:
    from dreamcontent.lint import lint_text
    from dreamcontent.web.app import SAMPLE_TEXT as PAGE_SAMPLE

    text = PAGE_SAMPLE + "\n\nWil je sneller geholpen worden? Dan wordt er door ons team direct " \
        "teruggebeld."
    expected = lint_text(text)
    assert expected, "the sample text should break house style somewhere"
    page.goto(f"{real_site.url}/schrijfcheck")
    page.fill("#tekst", text)
    submit(page, 'button[value="controleer"]')
    items = page.locator(".vondst-item")
    assert items.count() == len(expected)
    shown_rules = sorted(items.locator("code.regel").all_inner_texts())
    assert shown_rules == sorted(f.rule for f in expected)
    # Each finding with a stretch of text is marked there: the marked characters are exactly
    # the union of the findings' offsets.
    marked_text = "".join(page.locator("#gemarkeerd mark.vondst").all_inner_texts())
    covered = sorted({i for f in expected for i in range(f.start, max(f.end, f.start + 1))})
    assert marked_text == "".join(text[i] for i in covered if i < len(text))
    score = page.locator("#leesbaarheid .score-getal")
    assert score.count() == 1 and score.inner_text().strip().lstrip("-").isdigit()
    # Hover a passive (or else the first) finding, so the screenshot shows an explanation.
    passive = [f for f in expected if f.rule == "passief"]
    target = passive[0] if passive else expected[0]
    page.locator(f'#gemarkeerd mark[data-ids~="f{expected.index(target)}"]').last.hover()
    assert page.locator("#uitleg").is_visible()
    page.screenshot(path=str(screenshot_dir(tmp_path) / "schrijfcheck.png"), full_page=True)


def test_real_safe_fixes_in_one_click(page: Any, real_site: Site) -> None:
    from dreamcontent.lint import apply_fixes, lint_text

    text = "Heeft u vragen over uw factuur? Wij helpen u graag."
    findings = lint_text(text)
    fixable = [f for f in findings if f.fixable]
    assert fixable, "u/uw should have a safe fix"
    page.goto(f"{real_site.url}/schrijfcheck")
    page.fill("#tekst", text)
    submit(page, 'button[value="controleer"]')
    assert f"({len(fixable)})" in page.locator("#verbeter-alles").inner_text()
    submit(page, "#verbeter-alles")
    assert page.input_value("#tekst") == apply_fixes(text, findings)
    assert "toegepast" in page.locator(".melding-ok").inner_text()


def test_real_dream_file_upload_and_csv_download(page: Any, real_site: Site,
                                                 tmp_path: Path) -> None:
    from dreamcontent.dreamfile import load_dream_file
    from dreamcontent.export import render
    from dreamcontent.generate import generate

    result = generate(load_dream_file(DREAM_FILE), top=12, seed=0)
    first = result.klanttypen[0].dromen[0].elementen[0]

    page.goto(f"{real_site.url}/droomvragen")
    page.set_input_files("#bestand", str(DREAM_FILE))
    submit(page, "#genereer")
    page.wait_for_selector("#resultaat")
    tree = page.locator(".boom").inner_text()
    for question in first.vragen:
        assert question in tree
    n_elements = sum(len(gd.elementen) for gk in result.klanttypen for gd in gk.dromen)
    assert page.locator(".boom details.element").count() == n_elements
    assert page.locator("#downloads button").count() == 7  # six formats + CSV for Excel

    with page.expect_download() as info:
        page.click('#downloads button[value="csv"]')
    download = info.value
    assert download.suggested_filename == "fysio-vooruit.csv"
    got = Path(download.path()).read_bytes()
    assert got == render(result, "csv")
    rows = list(csv.reader(io.StringIO(got.decode("utf-8-sig"))))
    assert any(first.vragen[0] in row for row in rows)

    # The whole page top: upload form, result summary with downloads, the first element.
    page.set_viewport_size({"width": 1280, "height": 1750})
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(screenshot_dir(tmp_path) / "droomvragen.png"))


def test_real_validation_errors_point_at_the_line(page: Any, real_site: Site,
                                                  tmp_path: Path) -> None:
    lines = DREAM_FILE.read_text("utf-8").split("\n")
    bad = next(i for i, line in enumerate(lines) if line.strip().startswith("impact:"))
    lines[bad] = lines[bad].split("impact:")[0] + "impact: elf"
    broken = tmp_path / "kapot.yaml"
    broken.write_text("\n".join(lines), encoding="utf-8")
    page.goto(f"{real_site.url}/droomvragen")
    page.set_input_files("#bestand", str(broken))
    submit(page, "#genereer")
    assert page.locator(".probleemlijst li").count() == 1
    item = page.locator(".probleemlijst li").inner_text()
    assert item.startswith(f"Regel {bad + 1}, kolom ") and "impact" in item
    assert page.locator(".fout-regel .regelnr").inner_text() == str(bad + 1)
    assert "impact: elf" in page.locator(".fout-regel .regeltekst").inner_text()
