"""A fact-checker's visit in headless Chromium, on a laptop and on a phone: home, the who-said box,
a quote, its speaker with the timeline, an article, the Atom feed, and the browsing table.

Screenshots of every page at 1280 and 390 px go to test-artifacts/.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from conftest import quotes_server
from test_browser import ARTIFACTS, browser  # noqa: F401  (the module's Chromium fixture)

pytestmark = pytest.mark.browser
WIDTHS = {1280: 900, 390: 844}


@pytest.fixture(params=sorted(WIDTHS), ids=lambda w: f"{w}px")
def page(browser, request):  # noqa: F811
    width = request.param
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]})
    page = context.new_page()
    page.width, page.errors = width, []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def looked_at(page, name: str) -> None:
    """Screenshot the page and check it needs no sideways scrolling."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"frontend-{name}-{page.width}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= page.width, name


def test_home_who_said_quote_speaker_timeline_article_feed(page, demo_db):
    with quotes_server(demo_db) as (url, _):
        page.goto(url + "/")
        assert page.locator("h1").inner_text() == "Quotes: who said what, in the news"
        assert re.search(r"\d+ quotations, printed \d+ times", page.locator(".holdings").inner_text())
        looked_at(page, "home")

        page.get_by_label("Who said…?").fill("we will not pay for this mess")
        page.get_by_role("button", name="Find the speaker").click()
        page.wait_for_url(re.compile(r"/-/who-said\?q=we"))
        first = page.locator("ul.quotations li").first
        assert "Rafael Ortega" in first.inner_text()
        looked_at(page, "who-said")

        first.locator("a.words").click()
        page.wait_for_url(re.compile(r"/-/quote/\d+$"))
        assert "pay for this" in page.locator("blockquote.quote-words").inner_text()
        assert page.locator("section.appearance mark.quote").first.is_visible()
        looked_at(page, "quote")

        page.locator(".quote-speaker a").first.click()
        page.wait_for_url(re.compile(r"/-/speaker/\d+$"))
        assert page.locator("h1").inner_text() == "Rafael Ortega"
        chart = page.locator("svg.chart")
        chart.scroll_into_view_if_needed()
        assert chart.is_visible() and chart.get_attribute("role") == "img"
        assert "Quotations of Rafael Ortega" in chart.locator("title").first.text_content()
        assert chart.locator("text.tick.x").all_text_contents() == ["03-03", "03-10"]
        assert "quotations per week" in chart.locator("text.axis-label").text_content()
        assert page.locator("figure.timeline ul.legend li").count() == 3
        assert {"could", "crisis,"} == set(page.locator("del.diff").all_inner_texts())
        assert {"would", "mess,"} == set(page.locator("ins.diff").all_inner_texts())
        looked_at(page, "speaker")
        feed_url = page.locator('link[rel=alternate][type="application/atom+xml"]').get_attribute("href")

        page.locator("ul.quotations .meta a", has_text="Coastline Wire").first.click()
        page.wait_for_url(re.compile(r"/-/article/\d+$"))
        assert "Rafael Ortega" in page.locator("a.attribution").all_inner_texts()
        looked_at(page, "article")

        feed = page.request.get(url + feed_url)
        assert feed.ok and feed.headers["content-type"].startswith("application/atom+xml")
        entries = ET.fromstring(feed.body()).findall("{http://www.w3.org/2005/Atom}entry")
        assert len(entries) == 13
    assert page.errors == []


def test_the_table_shows_a_quotation_and_its_speaker_on_the_first_screen(page, demo_db):
    with quotes_server(demo_db) as (url, _):
        page.goto(url + "/quotes/quote_appearances")
        quotation = page.locator("td.col-quote").first
        box = quotation.bounding_box()
        assert box["y"] + box["height"] <= WIDTHS[page.width] if page.width > 400 else box["y"] < 3 * WIDTHS[page.width]
        assert page.locator("td.col-speaker a.speaker").first.is_visible()
        assert page.locator("th.col-quote_id, th.col-appearance_id, th.col-speaker_id").count() == 0
        date = page.locator("td.col-published").first
        assert date.evaluate("cell => getComputedStyle(cell).whiteSpace") == "nowrap"
        lines = "cell => { const r = document.createRange(); r.selectNodeContents(cell); return r.getClientRects().length; }"
        assert date.evaluate(lines) == 1
        looked_at(page, "table")

        page.goto(url + "/quotes/wording_differs")
        assert page.locator("td.col-difference del.diff").first.inner_text() == "crisis,"
        assert page.locator("textarea, pre.wrapped-sql").count() == 0
        looked_at(page, "wording-differs")
    assert page.errors == []
