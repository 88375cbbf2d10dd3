"""One person, one speaker: B-cubed precision and recall of speaker identity over a database.

    python benchmarks/speaker_identity.py ../shared/bench/polnear-dev.jsonl \\
        benchmarks/gold/dev-speakers.jsonl [--db PATH] [--json]

Builds a fresh quotes database from the gold file's articles as `quotes add` stores them
(texts kept verbatim, so the gold offsets hold), matches each gold quotation to its stored
appearance (the benchmark's lenient match: same article, overlap at least half the longer
span, one to one) and compares, over the matched quotations with a gold name, the speakers
row each went to with the canonical speaker of SPEAKERS.jsonl ({"id", "start", "end",
"speaker_name"} a line; null names are left out).  B-cubed: for each quotation, precision
is the share of its predicted speaker's quotations that have its gold speaker, recall the
share of its gold speaker's quotations that went to its predicted speaker (an unattributed
quotation is a speaker of its own); both averaged over quotations.

Also printed: the extraction figures of the same run; the same B-cubed with quotations grouped
by the extractor's name as written (what the store's own matching adds or loses); the people
quoted 3+ times whose quotations are split over several speakers; speaker names that are no
one's name (headline fragments, bare titles or plurals, ordinary words, pieces of hyphenated
names, markup); and how many speakers rows hold the quotations of Donald Trump, Hillary
Clinton and Barack Obama.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import tempfile
from collections import Counter, defaultdict

from quotes.engine.road import quotations
from quotes.evaluate.scoring import score
from quotes.extract.lexicon import BODY_NOUNS, DOCUMENT_NOUNS, NAME_TITLES, PERSON_NOUNS, REPORTING_FORMS
from quotes.ingest.articles import prepare
from quotes.ingest.gold import gold_sources, read_gold
from quotes.store.articles import store_all
from quotes.store.db import connect
from quotes.store.normalize import name_key

WATCHED = ("Donald Trump", "Hillary Clinton", "Barack Obama")
#: A gold person quoted at least this often should be one speaker.
MIN_QUOTED = 3
#: Words that make a name a headline ("Obama Says", "Warren Hammers Wells Fargo CEO") when capitalised inside it.
HEADLINE_WORDS = {w for w in REPORTING_FORMS if w.endswith(("s", "ed"))} | set(
    "is are was were will has have to on in at with about after over against amid hammers rips knocks torches "
    "grills unloads shreds destroys fires backs endorses defends".split())
#: Words that name no one in particular: titles, roles, kinds of people (royal titles aside: "King" is also a surname).
NOT_NAME_WORDS = (NAME_TITLES | PERSON_NOUNS | set("the a an his her their its our of and & former top senior acting "
                  "interim then new ex vice republican democratic presidential".split())) - set(
                  "king queen prince princess lord lady father sister pope major justice".split())
#: Bodies and documents that are no one in particular on their own ("Department", "Police", "Statement").
BARE_BODIES = (BODY_NOUNS | DOCUMENT_NOUNS) - set("senate congress house white kremlin pentagon parliament".split())
_MARKUP = re.compile(r"[<>\[\]{}|*#_\\]|https?:|www\.|&\w+;")


def build(gold_path: str, db_path: str) -> tuple[list[dict], dict[str, list], sqlite3.Connection]:
    """Store the gold articles in a new database: the gold articles, each article's stored appearances
    (with their quote's speakers row) by gold id, and the open database."""
    gold = read_gold(gold_path)
    sources = gold_sources(gold, gold_path)
    for source, article in zip(sources, gold):  # the metadata `quotes add` reads from a JSON line
        source.title, source.outlet, source.published = article.get("title"), article.get("publisher"), article.get("date")
    prepared = [prepare(s) for s in sources]
    conn = connect(db_path, create=True)
    for _ in store_all(conn, zip(prepared, quotations(prepared))):
        pass
    by_origin = {s.origin: s.id for s in sources}
    stored = defaultdict(list)
    for row in conn.execute("""SELECT ar.origin, a.start, a."end", a.speaker_mention, a.speaker_start, a.speaker_end,
                                      a.speaker_name, q.speaker_id, s.name
                               FROM appearances a JOIN articles ar ON ar.id = a.article_id
                               JOIN quotes q ON q.id = a.quote_id LEFT JOIN speakers s ON s.id = q.speaker_id
                               ORDER BY a.article_id, a.start"""):
        stored[by_origin[row["origin"]]].append(dict(row))
    return gold, stored, conn


def bcubed(pairs: list[tuple[str, object]]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of (gold cluster, predicted cluster) pairs, one per item."""
    if not pairs:
        return 0.0, 0.0, 0.0
    both, gold, pred = Counter(pairs), Counter(g for g, _ in pairs), Counter(p for _, p in pairs)
    p = sum(both[g, q] / pred[q] for g, q in pairs) / len(pairs)
    r = sum(both[g, q] / gold[g] for g, q in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _in_headline(text: str, at: int) -> bool:
    """Whether the line of `text` around offset `at` is in title case, as headlines are: nearly all its
    longer words capitalised ("Obama Says African-American Museum Will Tell of 'Suffering and Delight.'")."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]
    long = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return bool(long) and len(line) < 300 and sum(w[0].isupper() for w in long) >= 0.85 * len(long)


def junk_reason(name: str, text: str) -> str | None:
    """Why a speaker name is no one's name, else None; `text` is the database's article texts (one string),
    to tell names from ordinary words, hyphenated names cut in two and words of headlines."""
    if _MARKUP.search(name):
        return "markup"
    words = re.findall(r"[\w'’.&-]+", name)
    if not words or not name[:1].isupper():
        return "not capitalised"
    if all(any(ch.isdigit() for ch in w) for w in words) or any(w.isdigit() for w in words):
        return "digits"  # "EB-5", "Johnson 63" (not "EB-5 Investment Coalition")
    if any(w[:1].isupper() and w.lower() in HEADLINE_WORDS for w in words[1:]):
        return "headline fragment"
    if not any(w[:1].isupper() and w.lower().rstrip(".") not in NOT_NAME_WORDS for w in words):
        return "bare title or plural"
    if (len(words) == 1 and words[0].lower() in BARE_BODIES) or (words[-1].lower() in PERSON_NOUNS and words[-1].endswith("s")):
        return "bare title or plural"
    written = re.escape(name)
    alone = [m.start() for m in re.finditer(rf"(?<![\w-]){written}(?![\w-])", text)]
    if not alone and re.search(rf"\w-{written}\b|\b{written}-\w", text):
        return "part of a hyphenated name"  # "Eakin" of Holtz-Eakin, "Ban Ki" of Ban Ki-moon
    if len(words) == 1 and not name.isupper():
        lower = len(re.findall(rf"\b{written.lower()}\b", text))
        inside = len(re.findall(rf"[a-z,;:’”\"'] {written}\b", text))  # written capitalised in running text
        if not inside or lower >= inside:
            return "ordinary word"  # "Harsh", "Talk", "Chief"
    if len(words) > 1 and alone and all(_in_headline(text, at) for at in alone):
        return "only in headlines"  # "Rip Donald Trump", "Mom Corners Obama"
    return None


def measure(gold: list[dict], stored: dict[str, list], names: dict[tuple, str | None], conn: sqlite3.Connection) -> dict:
    """The figures: gold quotations matched to stored appearances, B-cubed, split people, junk names."""
    predictions = {aid: [{"start": a["start"], "end": a["end"], "speaker_name": a["speaker_name"],
                          "speaker": {"start": a["speaker_start"], "end": a["speaker_end"], "text": a["speaker_mention"]}
                          if a["speaker_mention"] else None} for a in rows] for aid, rows in stored.items()}
    scores = score(gold, predictions)
    items, by_name, row_names = [], [], {}
    for result in scores.articles:
        aid = result.gold["id"]
        for gi, pi in result.matched.items():
            q, a = result.gold["quotes"][gi], stored[aid][pi]
            person = names.get((aid, q["start"], q["end"]))
            if person is None:
                continue
            alone = ("unattributed", aid, pi)
            items.append((person, alone if a["speaker_id"] is None else a["speaker_id"]))
            by_name.append((person, name_key(a["speaker_name"]) if a["speaker_name"] else alone))
            row_names[a["speaker_id"]] = a["name"]
    p, r, f = bcubed(items)
    spread = defaultdict(Counter)  # gold person -> speakers row id (None: unattributed) -> quotations
    for person, predicted in items:
        spread[person][predicted if not isinstance(predicted, tuple) else None] += 1
    same_name = Counter(row_names.values())

    def shown(row_id: int | None) -> str:
        name = row_names[row_id] if row_id is not None else "(unattributed)"
        return f"{name} #{row_id}" if row_id is not None and same_name[name] > 1 else name

    split = sorted(((person, {shown(k): n for k, n in c.most_common()}) for person, c in spread.items()
                    if sum(c.values()) >= MIN_QUOTED and len(set(c) - {None}) > 1),
                   key=lambda x: (-len(x[1]), -sum(x[1].values()), x[0]))
    text = "\n".join(row[0] for row in conn.execute("SELECT text FROM articles"))
    junk = [{"id": row[0], "name": row[1], "quotes": row[2], "why": why} for row in conn.execute(
        "SELECT id, name, quote_count FROM speakers ORDER BY quote_count DESC, id") if (why := junk_reason(row[1], text))]
    watched = {}
    for person in WATCHED:
        c = spread.get(person, Counter())
        watched[person] = {"quotations": sum(c.values()), "speakers": len(set(c) - {None}), "unattributed": c[None],
                           "names": sorted(shown(k) for k in c if k is not None)}
    m = scores.metrics()
    return {"gold_quotes": scores.gold, "named_gold_quotes": sum(1 for v in names.values() if v),
            "matched": len(items), "bcubed_p": p, "bcubed_r": r, "bcubed_f1": f,
            "by_extractor_name": dict(zip(("bcubed_p", "bcubed_r", "bcubed_f1"), bcubed(by_name))),
            "quote_f1": m["quote_f1"], "attr_acc": m["attr_acc"], "e2e_f1": m["e2e_f1"],
            "speakers": conn.execute("SELECT count(*) FROM speakers").fetchone()[0],
            "split_people": len(split), "split": [{"person": k, "speakers": v} for k, v in split],
            "junk_speakers": len(junk), "junk": junk, "watched": watched}


def report(m: dict) -> None:
    print(f"extraction: quote F1 {m['quote_f1']:.3f}, attribution accuracy {m['attr_acc']:.3f}, "
          f"end-to-end F1 {m['e2e_f1']:.3f} (gold quotes {m['gold_quotes']})")
    print(f"matched quotations with a gold speaker: {m['matched']} of {m['named_gold_quotes']}; "
          f"speakers rows: {m['speakers']}")
    print(f"B-cubed speaker identity: P {m['bcubed_p']:.3f}  R {m['bcubed_r']:.3f}  F1 {m['bcubed_f1']:.3f}")
    e = m["by_extractor_name"]
    print(f"  (grouped by the extractor's name as written instead of by speakers row: "
          f"P {e['bcubed_p']:.3f}  R {e['bcubed_r']:.3f}  F1 {e['bcubed_f1']:.3f})")
    print(f"\npeople quoted {MIN_QUOTED}+ times split over several speakers: {m['split_people']}")
    for s in m["split"][:15]:
        print(f"  {s['person']}: " + ", ".join(f"{name!r} x{n}" for name, n in s["speakers"].items()))
    print(f"\nspeaker names that are no one's name: {m['junk_speakers']}")
    for j in m["junk"]:
        print(f"  {j['name']!r} ({j['why']}, {j['quotes']} quotes)")
    print()
    for person, w in m["watched"].items():
        print(f"{person}: {w['quotations']} quotations in {w['speakers']} speakers rows {w['names']}"
              f", {w['unattributed']} unattributed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", metavar="GOLD.jsonl")
    parser.add_argument("speakers", metavar="SPEAKERS.jsonl")
    parser.add_argument("--db", metavar="PATH", help="build the database here (a new file; default: a temporary one)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if args.db and os.path.exists(args.db):
        sys.exit(f"{args.db}: exists; give a new file")
    with open(args.speakers, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    names = {(r["id"], r["start"], r["end"]): r["speaker_name"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp:
        gold, stored, conn = build(args.gold, args.db or os.path.join(tmp, "quotes.db"))
        figures = measure(gold, stored, names, conn)
        conn.close()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        report(figures)


if __name__ == "__main__":
    main()
