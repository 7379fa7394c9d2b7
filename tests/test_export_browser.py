"""Open the HTML export in headless Chromium and check what a reader sees.

Uses Playwright with the system's Chromium (/usr/bin/chromium); skipped only when that
browser is not installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dreamcontent.export import render
from dreamcontent.export.reader import result_from_json_dict

CHROMIUM = Path("/usr/bin/chromium")
SAMPLE = Path(__file__).resolve().parent / "golden" / "export" / "voorbeeld.json"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium (/usr/bin/chromium) ontbreekt"),
]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = result_from_json_dict(json.loads(SAMPLE.read_text(encoding="utf-8")))
    path = tmp_path_factory.mktemp("html") / "voorbeeld.html"
    path.write_bytes(render(result, "html"))
    return path


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


def test_page_renders_questions_escaped_text_and_toc(browser, page_file: Path,
                                                     tmp_path: Path) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    page = browser.new_page(viewport={"width": 1200, "height": 2000})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page_file.as_uri())

    # every question of every element is visible as a list item
    shown = page.locator("ol.vragen li").all_inner_texts()
    expected = [v for kt in data["klanttypen"] for d in kt["dromen"] for e in d["elementen"]
                for v in e["vragen"]]
    assert shown == expected
    assert page.locator("ol.vragen li").first.is_visible()

    # the nasty element name is shown as text; no script ran, no element was injected
    heads = page.locator("article.element h4").all_inner_texts()
    assert any("<script>alert('x')</script> & \"Tom\" & 'Co'" in h for h in heads)
    assert page.locator("script").count() == 0 and page.locator("article b").count() == 0
    assert dialogs == []

    # the table of contents links to existing sections
    hrefs = page.locator("nav.toc a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert hrefs and all(page.locator(h).count() == 1 for h in hrefs)

    # self-contained: the only request is the page itself
    assert requests == [page_file.as_uri()]

    # a full-page screenshot and a printed PDF (print styles) both come out
    page.screenshot(path=str(tmp_path / "voorbeeld.png"), full_page=True)
    assert (tmp_path / "voorbeeld.png").stat().st_size > 10_000
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000
    page.close()
