"""A person's visit, in Debian's headless Chromium: search, facet, open a quote, read the article.

Runs `quotes serve` on a free localhost port over the sample articles plus one
article that quotes HTML and script; screenshots go to test-artifacts/.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import XSS_ARTICLE, quotes_server

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (`make browser` installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def body_rows(page) -> list[str]:
    return page.locator("table.rows-and-columns tbody tr").all_inner_texts()


def test_search_facet_and_evidence(page, xss_db):
    ARTIFACTS.mkdir(exist_ok=True)
    with quotes_server(xss_db) as (url, _):
        page.goto(f"{url}/quotes/quote_appearances")
        page.fill("input[name=_search]", "power vacuum")
        page.press("input[name=_search]", "Enter")
        page.wait_for_url(re.compile(r"_search=power"))
        rows = body_rows(page)
        assert len(rows) == 2 and all("Marek Sobczak" in r for r in rows)
        assert page.locator("h3").first.inner_text().startswith("2 rows where search matches")

        page.locator("#facet-outlet").get_by_role("link", name="Coastline Wire").click()
        page.wait_for_url(re.compile(r"outlet=Coastline"))
        (row,) = body_rows(page)
        assert "Coastline Wire" in row and "2025-03-14" in row

        page.locator("td.col-quote a").click()
        page.wait_for_url(re.compile(r"/-/quote/\d+$"))
        assert page.locator("h1").inner_text() == "Quote"
        assert page.locator(".quote-speaker a").first.inner_text() == "Marek Sobczak"
        assert page.locator("section.appearance").count() == 2
        marked = page.locator("section.appearance mark.quote").all_inner_texts()
        assert all("power vacuum" in m for m in marked) and len(marked) == 2
        assert page.locator("section.appearance mark.speaker").first.is_visible()
        page.screenshot(path=str(ARTIFACTS / "browser-quote-page.png"), full_page=True)

        page.get_by_role("link", name="Analysis: What the Brennport strike taught Lorvania").click()
        page.wait_for_url(re.compile(r"/-/article/\d+$"))
        assert page.locator("h1").inner_text() == "Analysis: What the Brennport strike taught Lorvania"
        assert page.locator(".evidence-text mark.quote").count() >= 5
        assert "Marek Sobczak" in page.locator("a.attribution").all_inner_texts()
        page.screenshot(path=str(ARTIFACTS / "browser-article-page.png"), full_page=True)
    assert page.dialogs == []


def test_article_quoting_script_renders_as_text(page, xss_db):
    ARTIFACTS.mkdir(exist_ok=True)
    with quotes_server(xss_db) as (url, _):
        page.goto(f"{url}/quotes/quote_appearances?_search=front+page")
        page.locator("td.col-title a").first.click()
        page.wait_for_url(re.compile(r"/-/article/\d+$"))
        assert page.title() == XSS_ARTICLE["title"]
        assert page.locator("h1").inner_text() == XSS_ARTICLE["title"]
        quote = page.locator(".evidence-text mark.quote").first.inner_text()
        assert "<script>window.hacked=1</script>" in quote and "<img src=x onerror=window.hacked=2>" in quote
        assert page.locator(".evidence-text img, .evidence-text script, h1 script, h1 b").count() == 0
        page.screenshot(path=str(ARTIFACTS / "browser-xss-article.png"), full_page=True)

        page.locator("a.attribution").first.click()
        page.wait_for_url(re.compile(r"/-/quote/\d+$"))
        assert "<script>window.hacked=1</script>" in page.locator("blockquote.quote-words").inner_text()
        assert page.evaluate("[window.hacked, window.titleHacked]") == [None, None]
    assert page.dialogs == []
