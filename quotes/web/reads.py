"""The read-only questions the front pages ask, each answered from indexes on a million appearances.

Every function takes a Datasette database and returns plain dicts; none writes.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

#: How many quotations the listings and feeds show.
LATEST = 10
FEED_SIZE = 50
SPEAKER_PAGE = 50
#: The word characters of a search: everything else is dropped, so a visitor cannot write FTS syntax.
_WORD = re.compile(r"\w+")


async def all_rows(db, sql: str, params=()) -> list[dict]:
    """The rows of a read-only query, as dicts."""
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def holdings(db) -> dict:
    """How many articles, outlets, quotations and speakers the database holds, and over which dates."""
    (row,) = await all_rows(db, """select
        (select count(*) from articles) as articles, (select count(*) from quotes) as quotes,
        (select count(*) from appearances) as appearances, (select count(*) from speakers) as speakers,
        (select count(distinct outlet) from articles) as outlets,
        (select min(published) from articles) as first, (select max(published) from articles) as last""")
    return row


async def outlets(db, limit: int = 24) -> list[dict]:
    """The outlets with most articles, and how many each."""
    return await all_rows(db, """select outlet, count(*) as articles from articles where outlet is not null
        group by outlet order by articles desc, outlet limit ?""", [limit])


async def latest(db, limit: int = LATEST) -> list[dict]:
    """The quotations of the most recently published articles."""
    return await all_rows(db, """select quote_id, quote, speaker, speaker_id, outlet, published, article_id, confidence
        from quote_appearances where published is not null order by published desc, appearance_id desc limit ?""",
                      [limit])


async def top_speakers(db, last: str | None, days: int, limit: int = 8) -> list[dict]:
    """The speakers printed most often in the `days` days up to `last` (a YYYY-MM-DD date)."""
    if not last:
        return []
    since = (date.fromisoformat(last[:10]) - timedelta(days=days - 1)).isoformat()
    return await all_rows(db, """select speaker_id, speaker, count(*) as printed, count(distinct quote_id) as quotes
        from quote_appearances where published between ? and ? and speaker_id is not null
        group by speaker_id order by printed desc, speaker limit ?""", [since, last[:10], limit])


async def speaker(db, speaker_id: int) -> dict | None:
    """A speaker with every way their name was written."""
    rows = await all_rows(db, "select * from speakers where id = ?", [speaker_id])
    if not rows:
        return None
    found = rows[0]
    found["aliases"] = [r["alias"] for r in await all_rows(
        db, "select alias from speaker_aliases where speaker_id = ? order by id", [speaker_id])]
    return found


async def roles(db, appearance_ids: list[int]) -> list[str]:
    """The titles or jobs articles gave the speaker in these printings ("union leader")."""
    marks = ",".join("?" * len(appearance_ids)) or "null"
    return [r["speaker_role"] for r in await all_rows(db, f"""select distinct speaker_role from appearances
        where id in ({marks}) and speaker_role is not null""", appearance_ids)]


async def speaker_quotes(db, speaker_id: int, since: str | None = None, limit: int = SPEAKER_PAGE) -> list[dict]:
    """A speaker's quotations as printed, the most recently published first.

    With `since` (a date late enough to leave few other speakers' rows after it) the rows are read in
    date order from the date index instead of sorting every printing of a much-quoted speaker."""
    where = "published >= ? and +speaker_id = ?" if since else "speaker_id = ?"
    return await all_rows(db, f"""select appearance_id, quote_id, quote, speaker, speaker_id, outlet, published, title,
               article_id, confidence
        from quote_appearances where {where} order by published desc, appearance_id desc limit ?""",
                      [*([since] if since else []), speaker_id, limit])


async def speaker_timeline(db, speaker_id: int, monthly: bool) -> list[dict]:
    """How many times a speaker was printed, per month (YYYY-MM) or day and outlet."""
    period = "substr(published, 1, 7)" if monthly else "published"
    return await all_rows(db, f"""select {period} as period, coalesce(outlet, 'Unknown outlet') as outlet, count(*) as n
        from quote_appearances where speaker_id = ? and published is not null
        group by period, outlet""", [speaker_id])


def newest_month(months: list[dict], enough: int) -> str | None:
    """The first day of the latest month from which on the speaker was printed at least `enough` times
    (`months`: rows of period YYYY-MM and n)."""
    per_month: dict[str, int] = {}
    for r in months:
        per_month[r["period"]] = per_month.get(r["period"], 0) + r["n"]
    total = 0
    for month in sorted(per_month, reverse=True):
        total += per_month[month]
        if total >= enough:
            return f"{month}-01"
    return None


async def speaker_variants(db, speaker_id: int) -> list[dict]:
    """A speaker's quotations that another printing worded differently, with the diff against the first."""
    return await all_rows(db, """select v.id as quote_id, v.text, v.variant_diff, o.id as original_id, o.text as original
        from quotes v join quotes o on o.id = v.variant_of
        where v.speaker_id = ? order by v.first_seen desc, v.id limit 50""", [speaker_id])


async def speaker_conflicts(db, speaker_id: int) -> list[dict]:
    """A speaker's quotations whose words other articles gave to someone else, and to whom."""
    return await all_rows(db, """select q.id as quote_id, q.text, other.id as other_id,
        other.speaker_id as other_speaker_id, coalesce(s.name, 'nobody') as other_speaker
        from quotes q join quotes other on other.normalized = q.normalized and other.id != q.id
        left join speakers s on s.id = other.speaker_id
        where q.speaker_id = ? and q.conflict = 1 order by q.first_seen desc, q.id limit 50""", [speaker_id])


def match_words(text: str) -> str | None:
    """An FTS5 query asking for every word of `text` (None when it has no words)."""
    words = _WORD.findall(text or "")
    return " ".join(f'"{w}"' for w in words[:20]) or None


_FEED_COLUMNS = """qa.appearance_id, qa.quote_id, qa.quote, qa.speaker, qa.speaker_id, qa.outlet, qa.published,
    qa.title, qa.article_id, qa.confidence, ar.added"""


async def feed_of_speaker(db, speaker_id: int, limit: int = FEED_SIZE) -> list[dict]:
    """A speaker's quotations, the most recently added articles first (what a feed reader wants next)."""
    return await all_rows(db, f"""select {_FEED_COLUMNS} from quote_appearances qa join articles ar on ar.id = qa.article_id
        where qa.speaker_id = ? order by qa.article_id desc, qa.appearance_id desc limit ?""", [speaker_id, limit])


async def feed_of_words(db, query: str, limit: int = FEED_SIZE) -> list[dict]:
    """Quotations holding every word of an FTS5 query, the most recently added first."""
    return await all_rows(db, f"""select {_FEED_COLUMNS} from appearances_fts f
        join quote_appearances qa on qa.appearance_id = f.rowid join articles ar on ar.id = qa.article_id
        where appearances_fts match ? order by f.rowid desc limit ?""", [query, limit])


async def _workbench(db) -> bool:
    """Whether the database has the workbench tables (schema 6; an older file served as it is has not)."""
    return await db.table_exists("quote_changes")


async def redirect(db, quote_id: int) -> int | None:
    """The quote that absorbed this quote id (merged, or reworded by a later revision), or None."""
    return await _absorbed_by(db, "quote_redirects", quote_id) if await _workbench(db) else None


async def speaker_redirect(db, speaker_id: int) -> int | None:
    """The speaker that absorbed this speaker id (a lone surname joined its person, or a merge), or None."""
    if not await db.table_exists("speaker_redirects"):
        return None
    return await _absorbed_by(db, "speaker_redirects", speaker_id)


async def _absorbed_by(db, table: str, old_id: int) -> int | None:
    """The id that answers for `old_id` in a redirects table (quote_redirects, speaker_redirects), or None."""
    rows = await all_rows(db, f"select new_id from {table} where old_id = ?", [old_id])
    return rows[0]["new_id"] if rows else None


async def corrections(db, appearance_ids: list[int]) -> dict[int, dict]:
    """The correction by hand that holds for each of these appearances (the latest one), by appearance id."""
    if not await _workbench(db):
        return {}
    marks = ",".join("?" * len(appearance_ids)) or "null"
    rows = await all_rows(db, f"""select appearance_id, action, speaker, note, at from corrections
        where appearance_id in ({marks}) order by id""", appearance_ids)
    return {r["appearance_id"]: r for r in rows}


async def revisions(db, quote_id: int) -> list[dict]:
    """How later revisions of its articles changed this quote (or the quotes it absorbed): the earlier
    and later wording (None: removed), the article and when."""
    if not await _workbench(db):
        return []
    return await all_rows(db, """select c.article_id, coalesce(ar.title, ar.origin) as title, r.replaced,
        c.quote_id, c.old_text, c.new_quote_id, c.new_text
        from quote_changes c join article_revisions r on r.id = c.revision_id join articles ar on ar.id = c.article_id
        where c.quote_id = :id or c.new_quote_id = :id
           or c.quote_id in (select old_id from quote_redirects where new_id = :id)
        order by c.id""", {"id": quote_id})


async def exists(db, table: str, row_id: int) -> bool:
    """Whether `table` (quotes, speakers, articles) has a row of this id: the row answers before any redirect."""
    return bool(await all_rows(db, f"select 1 from {table} where id = ?", [row_id]))


async def removed(db, quote_id: int) -> dict | None:
    """A quote id (not a row) no quote answers for any more: its words, the article and when, when a later
    revision of its article removed the quotation; the same with none of them known ({}) for another id
    once given (its last printing was read again, corrected or deleted); None for an id never given."""
    if await _workbench(db):
        rows = await all_rows(db, """select c.old_text, c.article_id, coalesce(ar.title, ar.origin) as title, r.replaced
            from quote_changes c join article_revisions r on r.id = c.revision_id join articles ar on ar.id = c.article_id
            where c.quote_id = ? and c.new_quote_id is null order by c.id desc limit 1""", [quote_id])
        if rows:
            return rows[0]
    return {} if await was_given(db, "quotes", quote_id) else None


async def appearance_quote(db, appearance_id: int) -> int | None:
    """The quote a stored appearance prints, or None when no appearance has this id."""
    rows = await all_rows(db, "select quote_id from appearances where id = ?", [appearance_id])
    return rows[0]["quote_id"] if rows else None


async def appearance_removed(db, appearance_id: int) -> dict | None:
    """An appearance id (not a row) once given: how it went, as `quotes correct` says it (see
    quotes.store.queries.appearance_gone): "revised" with the words, article and when a later revision
    of its article removed the quotation; "by hand" with the words, article, when and why a correction
    said it is no quotation; {} when neither is known; None for an id never given."""
    if await _workbench(db):
        rows = await all_rows(db, """select 'revised' as how, c.old_text as words, c.article_id,
            coalesce(ar.title, ar.origin) as title, r.replaced as at, null as note
            from quote_changes c join article_revisions r on r.id = c.revision_id join articles ar on ar.id = c.article_id
            where c.appearance_id = :id and c.new_quote_id is null
            union all select 'by hand', c.quote, c.article_id, coalesce(ar.title, ar.origin), c.at, c.note
            from corrections c join articles ar on ar.id = c.article_id
            where c.appearance_id = :id and c.action = 'not-a-quote'
            order by at desc limit 1""", {"id": appearance_id})
        if rows:
            return rows[0]
    return {} if await was_given(db, "appearances", appearance_id) else None


async def was_given(db, table: str, row_id: int) -> bool:
    """Whether `row_id` was ever the id of a row of `table`: ids are given in turn and never twice
    (quotes and speakers from schema 10, articles and appearances from 11: AUTOINCREMENT), so every id up to
    the last one given was.  False for an older file."""
    if not await db.table_exists("sqlite_sequence"):
        return False
    return bool(await all_rows(db, "select 1 from sqlite_sequence where name = ? and seq >= ?", [table, row_id]))


async def article_revisions(db, article_id: int) -> list[dict]:
    """The earlier versions of an article kept when it was added again with another text, newest first."""
    if not await _workbench(db):
        return []
    return await all_rows(db, """select id, title, stored, replaced, length(text) as characters from article_revisions
        where article_id = ? order by id desc""", [article_id])
