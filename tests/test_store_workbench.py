"""The newsroom workbench on a real database: ids that never move, corrections by hand that stick,
revisions of articles, who-said that forgives wording, bounded contexts."""
import json

import pytest

from quotes.errors import QuotesError
from quotes.extract.records import Mention, Quote
from quotes.ingest.articles import prepare
from quotes.ingest.sources import Source
from quotes.store import articles, corrections
from quotes.store.db import connect
from quotes.store.queries import quote, stored_articles, who_said

HUGE = 2**63


@pytest.fixture
def conn(tmp_path):
    return connect(str(tmp_path / "q.db"))


def add(conn, said, url=None, published=None, before="", after=""):
    """Store an article of lines `"quote," mention said.` from (quote, name, kind, mention) tuples."""
    text = before + "\n".join(f"\u201c{q},\u201d {mention or 'someone'} said." for q, _, _, mention in said) + after
    return articles.store(conn, prepare(Source(text=text, url=url, published=published, origin="test")),
                          quotations(text, said))


def quotations(text, said):
    out, at = [], 0
    for q, name, kind, mention in said:
        start = text.index(q, at)
        at = start + len(q)
        m = text.index(mention, start) if mention else 0
        out.append(Quote(start=start, end=start + len(q), text=q, speaker_name=name, speaker_kind=kind,
                         speaker=Mention(m, m + len(mention), mention) if mention else None,
                         resolved="pronoun" if mention in ("he", "she") else None,
                         method="governing verb" if name else "none", confidence=0.9))
    return out


def reprocess(conn, said_by_article: dict[int, list]):
    """Store the same extraction again, as `quotes reprocess` does with an unchanged extractor."""
    pairs = []
    for article in stored_articles(conn):
        pairs.append((article, quotations(article.text, said_by_article[article.id])))
    return articles.store_many(conn, pairs)


def quote_ids(conn) -> dict[str, int]:
    return {r["text"]: r["id"] for r in conn.execute("SELECT id, text FROM quotes")}


ALBRECHT = [("The port will stay open all winter", "Jonas Albrecht", "person", "Jonas Albrecht")]
J_ALBRECHT = [("No ship will be turned away from us", "J. Albrecht", "person", "J. Albrecht"),
              ("The port will stay open all winter", "J. Albrecht", "person", "J. Albrecht")]


def test_merging_speakers_keeps_quote_ids_and_the_absorbed_id_answers(conn):
    add(conn, ALBRECHT, url="https://x.example/1")
    add(conn, J_ALBRECHT, url="https://x.example/2")
    before = conn.execute("SELECT id, text, speaker_id FROM quotes ORDER BY id").fetchall()
    assert len(before) == 3  # the same words by two speakers are two quotes
    corrections.merge(conn, "J. Albrecht", "Jonas Albrecht")
    after = {r["id"]: r["text"] for r in conn.execute("SELECT id, text FROM quotes")}
    ship = next(r["id"] for r in before if r["text"].startswith("No ship"))
    port_kept, port_gone = before[0]["id"], next(r["id"] for r in before[1:] if r["text"].startswith("The port"))
    assert after == {port_kept: before[0]["text"], ship: "No ship will be turned away from us"}
    shown = quote(conn, port_gone)
    assert shown["id"] == port_kept and shown["redirected_from"] == port_gone and shown["redirect_reason"] == "merged"
    assert shown["appearance_count"] == 2
    assert quote(conn, port_kept)["redirected_from"] is None


def test_a_quote_keeps_its_id_when_its_speaker_is_split_off(conn):
    add(conn, ALBRECHT, url="https://x.example/1")
    add(conn, J_ALBRECHT[:1], url="https://x.example/2")
    corrections.merge(conn, "J. Albrecht", "Jonas Albrecht")
    ids = quote_ids(conn)
    corrections.split(conn, "Jonas Albrecht", ["J. Albrecht"], name="Jana Albrecht")
    assert quote_ids(conn) == ids
    assert quote(conn, ids["No ship will be turned away from us"])["speaker"] == "Jana Albrecht"


def test_a_correction_by_hand_sticks_through_reprocess_and_readding(conn):
    said = [("We will rebuild the harbour wall this year", "Ada Lind", "person", "Ada Lind"),
            ("Fishing (A Memoir of the Sea)", "Ada Lind", "person", "Ada Lind"),
            ("The pier is safe for everyone again", "Ada Lind", "person", "Ada Lind")]
    add(conn, said, url="https://x.example/1")
    apps = {r["text"]: r["id"] for r in conn.execute("SELECT id, text FROM appearances")}
    done = corrections.correct(conn, apps[said[0][0]], "speaker", speaker="Bo Strand", note="the mayor said it")
    assert done["speaker"] == "Bo Strand"
    corrections.correct(conn, apps[said[1][0]], "not-a-quote", note="a book title")
    corrections.correct(conn, apps[said[2][0]], "confirm")

    def state():
        rows = conn.execute("SELECT a.id, a.text, s.name FROM appearances a JOIN quotes q ON q.id = a.quote_id "
                            "LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY a.id").fetchall()
        return [tuple(r) for r in rows]

    expected = [(apps[said[0][0]], said[0][0], "Bo Strand"), (apps[said[2][0]], said[2][0], "Ada Lind")]
    assert state() == expected
    reprocess(conn, {1: said})
    assert state() == expected
    # added again with a new paragraph before: the offsets move, the corrections follow the words
    assert add(conn, said, url="https://x.example/1", before="HARBOUR NEWS\n").action == "update"
    assert state() == expected
    shown = quote(conn, conn.execute("SELECT quote_id FROM appearances WHERE id = ?", (apps[said[0][0]],)).fetchone()[0])
    assert (shown["appearances"][0]["corrected"], shown["appearances"][0]["correction_note"]) == ("speaker", "the mayor said it")
    history = conn.execute("SELECT action, note, at FROM corrections ORDER BY id").fetchall()
    assert [tuple(r)[:2] for r in history] == [("speaker", "the mayor said it"), ("not-a-quote", "a book title"),
                                               ("confirm", None)]
    assert all(r["at"] for r in history)


def test_corrections_travel_as_json_lines(tmp_path):
    said = [("We will rebuild the harbour wall this year", "Ada Lind", "person", "Ada Lind"),
            ("Fishing (A Memoir of the Sea)", "Ada Lind", "person", "Ada Lind")]
    mine, theirs = connect(str(tmp_path / "mine.db")), connect(str(tmp_path / "theirs.db"))
    for db in (mine, theirs):
        add(db, said, url="https://x.example/1")
    apps = {r["text"]: r["id"] for r in mine.execute("SELECT id, text FROM appearances")}
    corrections.correct(mine, apps[said[0][0]], "speaker", speaker="Bo Strand", note="checked the tape")
    corrections.correct(mine, apps[said[1][0]], "not-a-quote")
    shared = [json.loads(json.dumps(r)) for r in corrections.export_corrections(mine)]
    assert [r["action"] for r in shared] == ["speaker", "not-a-quote"] and shared[0]["article_url"] == "https://x.example/1"
    assert corrections.import_corrections(theirs, shared) == {"imported": 2, "already_here": 0, "not_found": 0}
    assert corrections.import_corrections(theirs, shared) == {"imported": 0, "already_here": 2, "not_found": 0}
    rows = theirs.execute("SELECT a.text, s.name FROM appearances a JOIN quotes q ON q.id = a.quote_id "
                          "JOIN speakers s ON s.id = q.speaker_id").fetchall()
    assert [tuple(r) for r in rows] == [(said[0][0], "Bo Strand")]
    with pytest.raises(QuotesError, match="line 1: not a correction"):
        corrections.import_corrections(theirs, [{"action": "shout"}])


def test_splitting_a_pronoun_mention_out_of_a_speaker(conn):
    add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind"),
               ("I was never told about the closure", "Ada Lind", "person", "he")])
    with pytest.raises(QuotesError, match="give the new speaker's --name"):
        corrections.split(conn, "Ada Lind", ["he"])
    new = corrections.split(conn, "Ada Lind", ["he"], name="Bo Strand")
    rows = conn.execute("SELECT a.speaker_mention, s.name FROM appearances a JOIN quotes q ON q.id = a.quote_id "
                        "JOIN speakers s ON s.id = q.speaker_id ORDER BY a.id").fetchall()
    assert [tuple(r) for r in rows] == [("Ada Lind", "Ada Lind"), ("he", "Bo Strand")] and new["name"] == "Bo Strand"
    assert conn.execute("SELECT note FROM corrections").fetchone()[0].startswith("split from speaker")


def test_split_refuses_a_name_taken_or_empty_and_ids_too_large(conn):
    add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    add(conn, [("Nobody told the crews about it", "Ada Lind", "person", "Lind")], url="https://x.example/2")
    add(conn, [("We will sail whatever they say", "John Evilson", "person", "John Evilson")], url="https://x.example/3")
    conn.execute("UPDATE speaker_aliases SET speaker_id = 1 WHERE alias = 'Lind'")  # a wrong merge
    with pytest.raises(QuotesError, match="already the name of speaker"):
        corrections.split(conn, "Ada Lind", ["Lind"], name="John Evilson")
    with pytest.raises(QuotesError, match="the name is empty"):
        corrections.split(conn, "Ada Lind", ["Lind"], name="   ")
    assert conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 2
    for call in (lambda: corrections.find_speaker(conn, str(HUGE)), lambda: quote(conn, HUGE),
                 lambda: stored_articles(conn, [HUGE]), lambda: corrections.correct(conn, HUGE, "confirm")):
        with pytest.raises(QuotesError, match=f"no \\w+ with id {HUGE}"):
            call()


def test_a_revised_article_keeps_its_earlier_text_and_says_what_changed(conn):
    first = [("The harbour stays closed all week long", "Ada Lind", "person", "Ada Lind"),
             ("We were never told about any of this", "Ada Lind", "person", "Ada Lind"),
             ("The crews will be paid in full", "Ada Lind", "person", "Ada Lind")]
    add(conn, first, url="https://x.example/1", published="2025-03-01")
    ids = quote_ids(conn)
    appearance_ids = [r[0] for r in conn.execute("SELECT id FROM appearances ORDER BY start")]
    later = [first[0], ("The crews will be paid in full next month", "Ada Lind", "person", "Ada Lind")]
    assert add(conn, later, url="https://x.example/1", published="2025-03-01").action == "update"
    (revision,) = conn.execute("SELECT * FROM article_revisions").fetchall()
    assert "We were never told" in revision["text"] and revision["article_id"] == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    # the unchanged and the reworded quotation keep their appearance ids
    assert [r[0] for r in conn.execute("SELECT id FROM appearances ORDER BY start")] == [appearance_ids[0], appearance_ids[2]]
    reworded = quote(conn, ids["The crews will be paid in full"])
    assert reworded["redirected_from"] == ids["The crews will be paid in full"] and reworded["redirect_reason"] == "revised"
    assert [(r["old_text"], r["new_text"]) for r in reworded["revisions"]] == [
        ("The crews will be paid in full", "The crews will be paid in full next month")]
    with pytest.raises(QuotesError, match="removed in a later revision of article 1"):
        quote(conn, ids["We were never told about any of this"])
    assert quote(conn, ids[first[0][0]])["revisions"] == []
    # the same text again is no revision
    assert add(conn, later, url="https://x.example/1", published="2025-03-01").action == "skip"
    assert conn.execute("SELECT count(*) FROM article_revisions").fetchone()[0] == 1


def test_who_said_forgives_inflections_and_word_order_and_weighs_rare_words(conn):
    add(conn, [("We cannot print money to pay for the harbour", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    add(conn, [("We cannot pay for the new harbour wall", "Bo Strand", "person", "Bo Strand")], url="https://x.example/2")
    add(conn, [("The money is in the harbour fund and we will spend it", "Cy Berg", "person", "Cy Berg")],
        url="https://x.example/3")
    found = who_said(conn, "printing money")
    assert [q["speaker"] for q in found] == ["Ada Lind"] and found[0]["score"] == 1.0 and not found[0]["closest"]
    assert who_said(conn, "money printing")[0]["speaker"] == "Ada Lind"  # word order does not matter
    # every word counts: "printed" is rare, so the quote without it is not a match
    assert [q["speaker"] for q in who_said(conn, "the harbour money was printed")] == ["Ada Lind"]
    closest = who_said(conn, "printed banknotes for the harbour in secret")
    assert closest and all(q["closest"] for q in closest)
    assert closest[0]["speaker"] == "Ada Lind"


def test_who_said_still_finds_the_exact_words_first(conn):
    add(conn, [("We will not pay for this crisis", "Rafael Ortega", "person", "Ortega")], url="https://x.example/1")
    add(conn, [("This crisis is not ours to pay for", "Ilse Marquardt", "person", "Marquardt")], url="https://x.example/2")
    found = who_said(conn, "we will not pay for this crisis")
    assert [q["speaker"] for q in found][0] == "Rafael Ortega" and found[0]["score"] == 1.0


def test_a_huge_paragraph_is_stored_once_not_once_per_quotation(tmp_path):
    filler = "The council met again and talked about the harbour for a long time. "
    pieces, spans = [], []
    at = 0
    for n in range(301):
        words = f"We will rebuild harbour wall number {n} before the winter storms come"
        chunk = filler * 42 + f"\u201c{words},\u201d said Ada Lind. "
        start = at + chunk.index(words)
        spans.append((start, start + len(words), words))
        pieces.append(chunk)
        at += len(chunk)
    paragraph = "".join(pieces).rstrip()
    assert len(paragraph) > 850_000 and "\n" not in paragraph
    conn = connect(str(tmp_path / "q.db"))
    quotes = [Quote(start=s, end=e, text=w, speaker_name="Ada Lind", speaker_kind="person", method="cue after",
                    speaker=Mention(e + 3, e + 11, "Ada Lind"), confidence=0.9,
                    context=Mention(0, len(paragraph), paragraph)) for s, e, w in spans]
    articles.store(conn, prepare(Source(text=paragraph, origin="test")), quotes)
    stored = conn.execute('SELECT start, "end", text, context, context_start FROM appearances').fetchall()
    text = conn.execute("SELECT text FROM articles").fetchone()[0]
    assert len(stored) == 301
    for r in stored:
        assert len(r["context"]) <= articles.CONTEXT_CHARS
        assert text[r["context_start"]:r["context_start"] + len(r["context"])] == r["context"]
        assert r["context_start"] <= r["start"] and r["end"] <= r["context_start"] + len(r["context"])
        assert r["context"][r["start"] - r["context_start"]:r["end"] - r["context_start"]] == r["text"]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert (tmp_path / "q.db").stat().st_size < 8_000_000  # was 272 MB for a paragraph like it


def test_the_migration_bounds_old_contexts_in_place(tmp_path):
    import sqlite3

    from test_reliability_store import v1_database

    db = v1_database(tmp_path / "old.db")
    old = sqlite3.connect(db)
    (article_id, _, _, text) = old.execute('SELECT article_id, start, "end", text FROM appearances WHERE id = 1').fetchone()
    body = "x" * 3000 + old.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0] + "y" * 3000
    old.execute("UPDATE appearances SET context = ?, context_start = -3000 WHERE id = 1", (body,))
    old.commit()
    old.close()
    conn = connect(str(db))
    context, context_start, s, e = conn.execute('SELECT context, context_start, start, "end" FROM appearances WHERE id = 1').fetchone()
    assert len(context) == 1000 and context[s - context_start:e - context_start] == text
    assert body[context_start + 3000:context_start + 3000 + 1000] == context


def test_a_speaker_given_by_hand_holds_through_confirmation_merges_and_reprocess(conn):
    said = [("We will rebuild the harbour wall this year", "Ada Lind", "person", "Ada Lind"),
            ("The pier is safe for everyone again", "Ada Lind", "person", "Ada Lind")]
    add(conn, said, url="https://x.example/1")
    add(conn, [("Nobody will pay more for the ferry", "Bo Strand", "person", "Bo Strand")], url="https://x.example/2")
    wall, pier = [r[0] for r in conn.execute("SELECT id FROM appearances WHERE article_id = 1 ORDER BY start")]

    def speaker(appearance_id):
        return conn.execute("SELECT s.name FROM appearances a JOIN quotes q ON q.id = a.quote_id LEFT JOIN speakers s "
                            "ON s.id = q.speaker_id WHERE a.id = ?", (appearance_id,)).fetchone()[0]

    corrections.correct(conn, wall, "speaker", speaker="the harbour master")  # a description, kept as said
    corrections.correct(conn, wall, "confirm", note="checked")
    corrections.correct(conn, pier, "speaker", speaker="Bo")  # a new speaker, merged below
    assert (speaker(wall), speaker(pier)) == ("the harbour master", "Bo")
    corrections.merge(conn, "Bo", "Bo Strand")
    assert speaker(pier) == "Bo Strand"
    reprocess(conn, {1: said, 2: [("Nobody will pay more for the ferry", "Bo Strand", "person", "Bo Strand")]})
    assert (speaker(wall), speaker(pier)) == ("the harbour master", "Bo Strand")
    assert quote(conn, conn.execute("SELECT quote_id FROM appearances WHERE id = ?", (wall,)).fetchone()[0]
                 )["appearances"][0]["corrected"] == "confirm"
