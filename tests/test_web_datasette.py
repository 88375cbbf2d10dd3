"""The Datasette site on the sample articles, through Datasette's in-process client.

The databases are built by the real `quotes add` (fixtures in conftest.py); the
expected numbers are read off the sample articles themselves, not off a run.
"""
from __future__ import annotations

import re
import sqlite3

import pytest

from quotes.cli.web import build_datasette, read_metadata

HERALD, TODAY, WIRE = "The Brennport Herald", "Lorvania Today", "Coastline Wire"


@pytest.fixture
def site(demo_db):
    return build_datasette(str(demo_db))


async def get_json(ds, path: str) -> dict:
    response = await ds.client.get(path + ("&" if "?" in path else "?") + "_shape=objects")
    assert response.status_code == 200, response.text
    return response.json()


async def get_html(ds, path: str) -> str:
    response = await ds.client.get(path)
    assert response.status_code == 200, path
    return response.text


async def rows(ds, query: str) -> list[dict]:
    return (await get_json(ds, f"/quotes/{query}"))["rows"]


async def test_default_facets_count_appearances_per_speaker(site):
    data = await get_json(site, "/quotes/quote_appearances.json?_size=0")
    assert set(data["facet_results"]) == {"speaker", "outlet", "published"}  # the rest a click away:
    data = await get_json(site, "/quotes/quote_appearances.json?_size=0&_facet=speaker_kind&_facet=cue&_facet=method")
    facets = data["facet_results"]
    by_speaker = {r["value"]: r["count"] for r in facets["speaker"]["results"]}
    # Speakers whose every quotation the samples attribute by name or an unambiguous pronoun.
    assert by_speaker["Ilse Marquardt"] == 6
    assert by_speaker["Jonas Albrecht"] == 3
    assert by_speaker["Elena Varis"] == 4
    assert by_speaker["Viktor Lund"] == 2
    assert by_speaker["Samuel Idowu"] == 2
    assert by_speaker["Amara Okafor"] == 1
    assert {r["value"] for r in facets["outlet"]["results"]} == {HERALD, TODAY, WIRE}
    assert {"person", "organization"} <= {r["value"] for r in facets["speaker_kind"]["results"]}
    assert {"said", "told reporters", "added", "according to", "pledged", "wrote"} <= {
        r["value"] for r in facets["cue"]["results"]}
    assert len(facets["method"]["results"]) >= 3
    assert "2025-03-08" in {r["value"] for r in facets["published"]["results"]}


async def test_search_finds_a_quote_by_a_phrase_with_the_speaker_facet(site):
    data = await get_json(site, "/quotes/quote_appearances.json?_search=power+vacuum&_facet=speaker")
    assert {(r["speaker"], r["outlet"], r["published"]) for r in data["rows"]} == {
        ("Marek Sobczak", TODAY, "2025-03-08"), ("Marek Sobczak", WIRE, "2025-03-14")}
    assert [(r["value"], r["count"]) for r in data["facet_results"]["speaker"]["results"]] == [("Marek Sobczak", 2)]


async def test_view_can_be_sorted_by_confidence(site):
    data = await get_json(site, "/quotes/quote_appearances.json?_sort=confidence&_size=100")
    values = [r["confidence"] for r in data["rows"]]
    assert values == sorted(values) and len(values) > 40


async def test_who_said_ranks_quotes_with_their_first_appearance(site):
    found = await rows(site, "who_said.json?words=power+vacuum")
    assert [(r["speaker"], r["first_seen"], r["first_outlet"], r["outlets"]) for r in found] == [
        ("Marek Sobczak", "2025-03-08", TODAY, 2)]
    assert await rows(site, "who_said.json?words=minister%27s+departure") == found
    assert await rows(site, "who_said.json?words=%22unbalanced") == []


async def test_everything_a_speaker_said_comes_by_date(site):
    found = await rows(site, "speaker_said.json?speaker=Varis")
    assert [r["published"] for r in found] == ["2025-03-08", "2025-03-08", "2025-03-12", "2025-03-13"]
    assert found[0]["quote"].startswith("Nobody wins a long strike")
    assert {r["speaker"] for r in found} == {"Elena Varis"}


async def test_quotes_carried_by_several_outlets(site):
    found = await rows(site, "carried_widely.json")
    assert {r["speaker"]: " ".join(r["quote"].split()[:4]) for r in found} == {
        "Rafael Ortega": "We are here for",
        "Marek Sobczak": "The minister's departure leaves",
        "Viktor Lund": "We have a contract",
    }
    assert {r["outlets"] for r in found} == {2}
    assert await rows(site, "carried_widely.json?min_outlets=3") == []


async def test_same_words_attributed_to_different_speakers(site):
    found = await rows(site, "same_words_different_speakers.json")
    assert [(r["speaker"], r["outlets"]) for r in found] == [("Ilse Marquardt", HERALD), ("Elena Varis", TODAY)]
    assert all(r["quote"].startswith("Nobody wins a long strike") for r in found)


async def test_wording_that_differs_between_outlets_side_by_side(site):
    found = await rows(site, "wording_differs.json")
    pairs = {(r["first_version"].split()[-1], r["printed_by"], r["other_version"].split()[-1], r["other_printed_by"])
             for r in found}
    assert pairs == {("crisis,", HERALD, "mess,", TODAY), ("change,", HERALD, "change,", TODAY)}
    assert any("could" in r["difference"] and "would" in r["difference"] for r in found)


async def test_new_quotes_since_a_date(site):
    found = await rows(site, "new_since.json?since=2025-03-13")
    assert {r["first_seen"] for r in found} == {"2025-03-13", "2025-03-14"}
    assert any(r["quote"].startswith("You kept your word") for r in found)
    everything = await rows(site, "new_since.json")
    assert len(everything) > len(found) and everything[-1]["first_seen"] == "2025-03-03"


async def test_speakers_by_number_of_quotes(site):
    everyone = await rows(site, "top_speakers.json")
    counts = [r["quotes"] for r in everyone]
    assert counts == sorted(counts, reverse=True) and everyone[0]["speaker"] == "Rafael Ortega"
    organisations = await rows(site, "top_speakers.json?kind=organization")
    assert {"Ministry of Health", "Brennport Shipping Agents' Association"} <= {r["speaker"] for r in organisations}
    assert {r["kind"] for r in organisations} == {"organization"}


async def quote_id(ds, words: str) -> int:
    (found,) = await rows(ds, f"who_said.json?words={words}")
    return found["quote_id"]


async def test_quote_page_shows_each_appearance_with_highlighted_evidence(site):
    html = await get_html(site, f"/quotes/-/quote/{await quote_id(site, 'power+vacuum')}")
    assert html.count('<section class="appearance"') == 2
    assert html.count('<mark class="quote">The minister&#39;s departure leaves a power vacuum') == 2
    assert html.count('<mark class="speaker">Sobczak</mark> <mark class="cue">said</mark>') == 2
    assert "Opposition leader Marek Sobczak said the resignation" in html  # the paragraph around it
    assert re.search(r'href="/quotes/-/speaker/\d+">Marek Sobczak</a>', html)
    assert len(re.findall(r'href="/quotes/-/article/\d+"', html)) == 2
    assert "governing verb" in html and "(high)" in html


async def test_quote_page_marks_a_quote_continued_over_two_paragraphs(site):
    html = await get_html(site, f"/quotes/-/quote/{await quote_id(site, 'mistake+patience')}")
    assert '“<mark class="quote">If the talks fail' in html
    assert '<mark class="quote">I have asked the mediator' in html
    assert "runs over several paragraphs" in html


async def test_quote_page_links_variants_and_other_speakers(site):
    html = await get_html(site, f"/quotes/-/quote/{await quote_id(site, 'pay+for+this+crisis')}")
    assert "a variant of this quote" in html and "mess" in html
    (marquardt, varis) = await rows(site, "same_words_different_speakers.json")
    html = await get_html(site, f"/quotes/-/quote/{marquardt['quote_id']}")
    assert "the same words, attributed to Elena Varis" in html


async def test_article_page_highlights_and_attributes_every_quote(site, demo_db):
    with sqlite3.connect(demo_db) as db:
        (article_id, count), = db.execute(
            "select a.id, count(*) from articles a join appearances p on p.article_id = a.id "
            "where a.title like 'Minister vows%' group by a.id")
    html = await get_html(site, f"/quotes/-/article/{article_id}")
    assert html.count('class="attribution"') == count >= 5
    assert '<mark class="cue">pledged</mark>' in html
    assert '“<mark class="quote">keep every berth open</mark>”' in html
    assert re.search(r'href="/quotes/-/quote/\d+" title="[^"]*">Jonas Albrecht</a>', html)


async def test_scare_quotes_are_not_highlighted_as_quotes(site, demo_db):
    with sqlite3.connect(demo_db) as db:
        (article_id,), = db.execute("select id from articles where text like '%so-called “ghost shifts”%'")
    html = await get_html(site, f"/quotes/-/article/{article_id}")
    assert "so-called “ghost shifts”" in html


async def test_table_cells_link_to_the_evidence_pages(site):
    html = await get_html(site, "/quotes/quote_appearances?_search=power+vacuum")
    assert re.search(r'<a class="evidence" href="/quotes/-/quote/\d+">The minister&#39;s departure', html)
    assert re.search(r'<a class="evidence" href="/quotes/-/article/\d+">Transport minister resigns', html)
    html = await get_html(site, "/quotes/who_said?words=power+vacuum")
    assert re.search(r'<a class="evidence" href="/quotes/-/quote/\d+">', html)


@pytest.mark.parametrize("path", ["/quotes/-/quote/999999", "/quotes/-/article/999999", "/nope/-/quote/1"])
async def test_missing_records_are_not_found(site, path):
    assert (await site.client.get(path)).status_code == 404


async def test_article_text_quoting_markup_is_shown_as_text(xss_db):
    ds = build_datasette(str(xss_db))
    with sqlite3.connect(xss_db) as db:
        (article_id, quote_id), = db.execute(
            "select a.id, p.quote_id from articles a join appearances p on p.article_id = a.id "
            "where a.title like 'Hackers%'")
    pages = [f"/quotes/-/article/{article_id}", f"/quotes/-/quote/{quote_id}",
             "/quotes/quote_appearances?_search=front+page", "/quotes/who_said?words=front+page",
             f"/quotes/articles/{article_id}"]
    for path in pages:
        html = await get_html(ds, path)
        assert "&lt;script&gt;window.hacked=1&lt;/script&gt;" in html, path
        assert "<script>window" not in html and "<img src=x" not in html and "<i>Lindqvist" not in html, path
    html = await get_html(ds, f"/quotes/-/article/{article_id}")
    assert "Hackers deface &lt;b&gt;port&lt;/b&gt; website &lt;script&gt;window.titleHacked=1" in html


async def test_every_column_a_user_sees_is_described(site, demo_db):
    tables = read_metadata()["databases"]["quotes"]["tables"]
    with sqlite3.connect(demo_db) as db:
        names = [n for (n,) in db.execute(
            "select name from sqlite_master where type in ('table', 'view') and name not like '%fts%'")]
        for name in names:
            columns = {row[1] for row in db.execute(f"pragma table_info([{name}])")}
            assert name in tables and tables[name].get("description"), name
            assert columns <= set(tables[name]["columns"]), (name, columns - set(tables[name]["columns"]))


async def test_served_read_only_with_limits(site, demo_db):
    assert site.databases["quotes"].is_mutable is False
    assert site.setting("sql_time_limit_ms") <= 5000 and site.setting("max_returned_rows") <= 1000
    assert (await site.client.get("/quotes.json?sql=select+1")).status_code == 403  # arbitrary SQL is opt-in
    response = await build_datasette(str(demo_db), allow_sql=True).client.get("/quotes.json?sql=delete+from+quotes")
    assert response.status_code == 400
    assert (await get_json(site, "/quotes/quotes.json?_size=0"))["filtered_table_rows_count"] > 40


async def test_seed_articles_show_who_said_warrior_ethos(bench, tmp_path, spacy_model):
    from conftest import build_db

    ds = build_datasette(str(build_db(tmp_path / "quotes.db", bench / "seeds.jsonl")))
    data = await get_json(ds, "/quotes/quote_appearances.json?_search=warrior+ethos")
    assert {r["speaker"] for r in data["rows"]} == {"Pete Hegseth"}
    assert len({r["article_id"] for r in data["rows"]}) == 2
    html = await get_html(ds, f"/quotes/-/article/{data['rows'][0]['article_id']}")
    assert "warrior ethos" in html and "Pete Hegseth" in html


async def test_the_database_is_read_through_memory_mapping_without_suggested_facets(site):
    await site.invoke_startup()
    mapped = await site.get_database("quotes").execute_fn(lambda conn: conn.execute("PRAGMA mmap_size").fetchone()[0])
    assert mapped > 0
    response = await site.client.get("/quotes/quote_appearances.json")
    assert response.json()["suggested_facets"] == []  # each costs a query per column on a large database
