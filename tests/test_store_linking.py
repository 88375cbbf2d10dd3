"""Cross-article intelligence on a real database: speakers, quote identity, variants, conflicts,
updates in place, and user corrections that survive re-processing."""
import pytest

from quotes.errors import QuotesError
from quotes.extract.records import Mention, Quote
from quotes.ingest.articles import prepare
from quotes.ingest.sources import Source
from quotes.store import articles, corrections
from quotes.store.db import connect
from quotes.store.queries import StoredArticle, search, speakers, who_said
from quotes.store.queries import quote as show_quote


@pytest.fixture
def conn(tmp_path):
    return connect(str(tmp_path / "q.db"))


def add(conn, said: list[tuple[str, str | None, str, str]], url=None, outlet=None, published=None):
    """Store an article made of lines `"quote," mention said.` with (quote, name, kind, mention)."""
    text = "\n".join(f"\u201c{q},\u201d {mention or 'someone'} said." for q, _, _, mention in said)
    quotes = []
    for q, name, kind, mention in said:
        start = text.index(q)
        at = text.index(mention, start) if mention else 0
        quotes.append(Quote(start=start, end=start + len(q), text=q, speaker_name=name, speaker_kind=kind,
                            speaker=Mention(at, at + len(mention), mention) if mention else None,
                            method="governing verb" if name else "none", confidence=0.9))
    article = prepare(Source(text=text, url=url, outlet=outlet, published=published, origin="test"))
    return articles.store(conn, article, quotes)


def speaker_names(conn):
    return sorted(r["name"] for r in speakers(conn))


SOLHEIM = "We cannot fish our way out of a collapse"


def test_same_words_same_speaker_are_one_quote_across_articles(conn):
    add(conn, [(SOLHEIM, "Anika Solheim", "person", "Ms Solheim")], outlet="Gazette", published="2025-04-02")
    add(conn, [(SOLHEIM.upper(), "Anika Solheim", "person", "Solheim")], outlet="Times", published="2025-04-01")
    [q] = conn.execute("SELECT * FROM quotes").fetchall()
    assert (q["article_count"], q["outlet_count"], q["first_seen"], q["text"]) == (2, 2, "2025-04-01", SOLHEIM.upper())
    assert speaker_names(conn) == ["Anika Solheim"]
    aliases = {r[0] for r in conn.execute("SELECT alias FROM speaker_aliases")}
    assert aliases == {"Anika Solheim", "Ms Solheim", "Solheim"}


def test_a_body_the_extractor_named_alike_is_one_speaker_whatever_the_mention(conn):
    # The extractor gives the canonical name (test_attribution checks the metonymy); the store trusts it.
    add(conn, [("The stocks have fallen by half", "Japanese Ministry of Defense", "organization",
                "Tokyo\u2019s defence ministry")])
    add(conn, [("Other words entirely here", "Japanese Ministry of Defense", "organization", "Japan's defense ministry")])
    assert speaker_names(conn) == ["Japanese Ministry of Defense"]
    aliases = {r[0] for r in conn.execute("SELECT alias FROM speaker_aliases")}
    assert {"Tokyo\u2019s defence ministry", "Japan's defense ministry"} <= aliases


def test_shipped_alias_file_joins_known_equivalents(conn):
    add(conn, [("No comment on the operation", "Pentagon", "organization", "the Pentagon")])
    add(conn, [("No further comment on it today", "Defense Department", "organization", "the Defense Department")])
    assert speaker_names(conn) == ["US Department of Defense"]


def test_a_lone_surname_joins_the_well_known_person_not_a_passer_by(conn):
    add(conn, [("The street was flooded to the knees", "Veronica Cruz", "person", "Veronica Cruz")])
    add(conn, [("We will not fund this wall at all", "Cruz", "person", "Cruz")])
    assert speaker_names(conn) == ["Cruz", "Veronica Cruz"]  # one article is not enough to own a surname
    for n in range(3):
        add(conn, [(f"The alliance is strong and getting stronger {n}", "Gen Nakatani", "person", "Gen Nakatani")])
    add(conn, [("We will meet again in the spring", "Nakatani", "person", "Nakatani")])
    assert conn.execute("SELECT quote_count FROM speakers WHERE name = 'Gen Nakatani'").fetchone()[0] == 4
    add(conn, [("Tariffs will hurt our exporters badly", "Yuki Nakatani", "person", "Yuki Nakatani")])
    assert "Yuki Nakatani" in speaker_names(conn)


def test_a_full_name_never_takes_over_a_lone_surname(conn):
    add(conn, [("The schools need the money now", "Scott", "person", "Scott")])
    add(conn, [("My husband was reading a book in the car", "Rakeyia Scott", "person", "Rakeyia Scott")])
    assert speaker_names(conn) == ["Rakeyia Scott", "Scott"]


def test_middle_initials_and_suffixes_do_not_make_a_new_person(conn):
    add(conn, [("We are going to win so much", "Donald Trump", "person", "Donald Trump")])
    add(conn, [("Believe me, it will be great", "Donald J. Trump", "person", "Donald J. Trump")])
    add(conn, [("The budget is a moral document", "Paul D. Ryan", "person", "Paul D. Ryan")])
    add(conn, [("We will pass it this year", "Paul Ryan", "person", "Paul Ryan")])
    add(conn, [("Folks, this is a big deal", "Joseph R. Biden Jr.", "person", "Joseph R. Biden Jr.")])
    add(conn, [("That is not who we are", "Joseph Biden", "person", "Joseph Biden")])
    assert speaker_names(conn) == ["Donald Trump", "Joseph R. Biden Jr.", "Paul D. Ryan"]


def test_descriptions_are_not_speakers(conn):
    add(conn, [("The market will recover by the summer", "analysts", "person", "analysts"),
               ("Prices are far too high for families", "GOP presidential candidate", "organization", "GOP candidate"),
               ("The numbers do not add up at all", "Chief", "person", "Chief"),
               ("We have asked for a full review", "Officials", "person", "Officials"),
               ("He never said that to anyone here", "His surrogates", "person", "His surrogates"),
               ("The primary is wide open this year", "another Vermont Republican", "organization",
                "another Vermont Republican")])
    assert speaker_names(conn) == []
    assert conn.execute("SELECT count(*) FROM quotes WHERE speaker_id IS NULL").fetchone()[0] == 6


def test_variants_are_linked_with_a_word_diff(conn):
    add(conn, [("This decision will empty our harbours within a single season", "Piet Kramer", "person", "Kramer")])
    add(conn, [("This decision will empty our harbours within one season", "Piet Kramer", "person", "Kramer")])
    original, variant = conn.execute("SELECT * FROM quotes ORDER BY id").fetchall()
    assert variant["variant_of"] == original["id"]
    assert variant["variant_diff"] == "This decision will empty our harbours within [-a single-] {+one+} season"
    assert [v["id"] for v in show_quote(conn, original["id"])["variants"]] == [variant["id"]]


def test_same_words_different_speakers_are_a_conflict(conn):
    add(conn, [("We will not pay for this crisis", "Rafael Ortega", "person", "Ortega")])
    add(conn, [("We will not pay for this crisis", "Ilse Marquardt", "person", "Marquardt")])
    add(conn, [("loser", "Ilse Marquardt", "person", "Marquardt")])
    add(conn, [("loser", "Rafael Ortega", "person", "Ortega")])
    rows = conn.execute("SELECT normalized, conflict FROM quotes ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [("we will not pay for this crisis", 1)] * 2 + [("loser", 0)] * 2
    found = who_said(conn, "we will NOT pay for this crisis")
    assert {q["speaker"] for q in found} == {"Rafael Ortega", "Ilse Marquardt"}
    assert found[0]["also_attributed_to"]


def test_readding_updates_in_place_and_removes_what_only_it_supported(conn):
    add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    add(conn, [("Shared words that both reports carry", "Ada Lind", "person", "Ada Lind")], url="https://x.example/2")
    result = add(conn, [("The harbour reopens on Monday", "Bo Strand", "person", "Bo Strand")], url="https://x.example/1")
    assert result.action == "update"
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert [r[0] for r in conn.execute("SELECT text FROM quotes ORDER BY id")] == [
        "Shared words that both reports carry", "The harbour reopens on Monday"]
    assert speaker_names(conn) == ["Ada Lind", "Bo Strand"]
    assert conn.execute("SELECT appearance_count FROM speakers WHERE name = 'Ada Lind'").fetchone()[0] == 1
    again = add(conn, [("The harbour reopens on Monday", "Bo Strand", "person", "Bo Strand")], url="https://x.example/1")
    assert again.action == "skip"


def test_same_text_without_url_is_the_same_article(conn):
    add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind")])
    result = add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind")], outlet="Gazette")
    assert result.action == "update"
    assert conn.execute("SELECT count(*), max(outlet) FROM articles").fetchone()[:] == (1, "Gazette")


def test_search_filters(conn):
    add(conn, [("The strike is over for now", "Ada Lind", "person", "Ada Lind")], outlet="Gazette", published="2025-03-01")
    add(conn, [("The striking workers go home", "Bo Strand", "person", "Bo Strand")], outlet="Times", published="2025-03-09")
    assert len(search(conn, "strike")) == 2
    assert [r["speaker"] for r in search(conn, "strike", speaker="strand")] == ["Bo Strand"]
    assert [r["outlet"] for r in search(conn, "strike", outlet="gaz")] == ["Gazette"]
    assert [r["published"] for r in search(conn, "strike", since="2025-03-05")] == ["2025-03-09"]
    assert [r["published"] for r in search(conn, "strike", until="2025-03-05")] == ["2025-03-01"]


def test_merge_rename_split_survive_reprocessing(conn):
    add(conn, [("The port will stay open all winter", "Jonas Albrecht", "person", "Jonas Albrecht")], url="https://x.example/1")
    add(conn, [("No ship will be turned away from us", "J. Albrecht", "person", "J. Albrecht")], url="https://x.example/2")
    add(conn, [("The talks have failed again today", "Ministry of Transport", "organization", "Transport Ministry")],
        url="https://x.example/3")
    assert len(speakers(conn)) == 3
    corrections.merge(conn, "J. Albrecht", "Jonas Albrecht")
    corrections.rename(conn, "Ministry of Transport", "Lorvanian Ministry of Transport")
    assert speaker_names(conn) == ["Jonas Albrecht", "Lorvanian Ministry of Transport"]
    assert conn.execute("SELECT quote_count FROM speakers WHERE name = 'Jonas Albrecht'").fetchone()[0] == 2
    # reprocessing: the same extraction stored again from scratch
    for row in conn.execute("SELECT id FROM articles").fetchall():
        stored = [dict(r) for r in conn.execute("SELECT * FROM appearances WHERE article_id = ?", (row[0],))]
        quotes = [Quote(start=a["start"], end=a["end"], text=a["text"], speaker_name=a["speaker_name"],
                        speaker_kind=a["speaker_kind"], method=a["method"], resolved=a["resolved"],
                        speaker=Mention(a["speaker_start"], a["speaker_end"], a["speaker_mention"])) for a in stored]
        (text, digest), = conn.execute("SELECT text, content_hash FROM articles WHERE id = ?", (row[0],))
        assert articles.store_many(conn, [(StoredArticle(row[0], text, digest), quotes)])[0].action == "reprocess"
    assert speaker_names(conn) == ["Jonas Albrecht", "Lorvanian Ministry of Transport"]
    split_off = corrections.split(conn, "Jonas Albrecht", ["J. Albrecht"], name="Jana Albrecht")
    assert speaker_names(conn) == ["Jana Albrecht", "Jonas Albrecht", "Lorvanian Ministry of Transport"]
    assert conn.execute("SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE q.text LIKE 'No ship%'"
                        ).fetchone()[0] == split_off["name"]


def test_corrections_refuse_unknown_speakers_and_no_ops(conn):
    add(conn, [("The port will stay open all winter", "Jonas Albrecht", "person", "Jonas Albrecht")])
    with pytest.raises(QuotesError, match="no speaker called"):
        corrections.merge(conn, "Nobody", "Jonas Albrecht")
    with pytest.raises(QuotesError, match="already the same speaker"):
        corrections.merge(conn, "jonas albrecht", "Jonas Albrecht")
    with pytest.raises(QuotesError, match="not an alias"):
        corrections.split(conn, "Jonas Albrecht", ["Someone Else"])


@pytest.mark.parametrize("role, kept", [("Japanese Prime Minister", True), ("House Speaker", True), ("Mr", False),
                                        ("Former Gov.", False), ("12:30 p.m.", False), ("his friend", False),
                                        ("of", False), ("\n\n", False), (None, False)])
def test_only_informative_roles_are_kept(role, kept):
    from quotes.store.identity import is_role

    assert is_role(role) is kept


def test_a_mention_resolved_as_a_pronoun_or_a_nominal_is_no_alias():
    from quotes.store.identity import is_name_like

    assert is_name_like("Tokyo's defence ministry", "name") and is_name_like("Ishiba", None)
    assert not is_name_like("The ministry", "nominal") and not is_name_like("She", "pronoun")
    assert not is_name_like("he", "inherited")


def test_reprocess_writes_nothing_onto_a_text_that_changed_while_it_parsed(conn):
    add(conn, [("The ferry will run again from Friday", "Ola Berg", "person", "Ola Berg")], url="https://x.example/f")
    (article_id, text, digest), = conn.execute("SELECT id, text, content_hash FROM articles")
    read_before = StoredArticle(article_id, text, digest)  # what reprocess read, and parsed
    add(conn, [("The ferry will not run this month", "Ola Berg", "person", "Ola Berg")], url="https://x.example/f")
    stale = [Quote(start=1, end=37, text="The ferry will run again from Friday", speaker_name="Ola Berg",
                   speaker_kind="person", method="governing verb")]
    done, = articles.store_many(conn, [(read_before, stale)])
    assert done.action == "skip"
    assert [r[0] for r in conn.execute("SELECT text FROM appearances")] == ["The ferry will not run this month"]


def test_a_one_word_body_taken_for_a_person_joins_the_body(conn):
    add(conn, [("The claim is mostly false by our count", "Politifact", "organization", "Politifact")])
    add(conn, [("We rate this statement half true today", "Politifact", "person", "Politifact")])
    assert speaker_names(conn) == ["Politifact"]
    add(conn, [("We will not fund this wall at all", "Cruz", "person", "Cruz")])
    add(conn, [("Nobody should be above the law here", "Cruz", "person", "Cruz")])
    assert speaker_names(conn) == ["Cruz", "Politifact"]  # a person's lone surname still joins only its own


def test_variants_left_by_their_removed_original_are_never_variants_of_themselves(conn):
    """Three wordings of one quotation in three articles; revisions remove the original, then the next one:
    the two left are linked again (one the original, never a variant of itself), and the last revision,
    removing a quote whose variant went with it, stores without error."""
    for week in range(3):
        add(conn, [(f"The harbour stays closed in week {week}", "Bo Strand", "person", "Bo Strand")],
            url=f"https://x.example/{week}")
    for week in range(3):
        add(conn, [(f"Nothing more about this from article {week}", "Kari Holm", "person", "Kari Holm")],
            url=f"https://x.example/{week}")
        assert not conn.execute("SELECT id FROM quotes WHERE variant_of = id").fetchall()
    assert [r[0] for r in conn.execute("SELECT text FROM quotes WHERE text LIKE 'The harbour%'")] == []
