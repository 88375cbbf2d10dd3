"""The Dask engine on a real local cluster (2 workers, 1 thread each) and real SQLite files:
`extract --engine dask` + `load` builds the database `quotes add` builds, the printed JSON Lines
match the in-process run, and killing a worker mid-run loses nothing."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import build_db

from quotes.cli import main

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.usefixtures("spacy_model")  # every test here parses

# ---------------------------------------------------------------- 200 fictional articles

PEOPLE = [("Harbour Minister", "Marta", "Kovane", "she"), ("union leader", "Tomas", "Ebbe", "he"),
          ("Mayor", "Ilse", "Brandvik", "she"), ("Finance Minister", "Oskar", "Lindqvar", "he"),
          ("opposition leader", "Rhea", "Solvang", "she"), ("police chief", "Anton", "Mirek", "he"),
          ("school inspector", "Greta", "Hallum", "she"), ("Transport Minister", "Pavel", "Oring", "he")]
BODIES = ["Valden Rail Authority", "Northern Farmers' Union", "Coastal Water Board"]
STATEMENTS = [
    "The new bridge will open before the winter storms arrive", "We have no intention of raising the ferry fares",
    "Every family in the valley deserves clean water by next summer", "This budget protects the schools and the clinics",
    "The strike will continue until the port offers a fair contract", "Our patience with the ministry has run out",
    "Nobody in this town should have to choose between heating and food", "The investigation is still at an early stage",
    "We will publish the full report as soon as the auditors are finished", "The trains will run on time again by March",
    "The harvest was the worst our members have seen in twenty years", "There will be no new taxes on small shops",
    "The council made a promise and the council will keep it", "These numbers show that the reforms are working",
    "Closing the old pier would cut the island off for weeks", "The water is safe to drink, and the tests prove it",
]
PLACES = ["Valden", "Norrhavn", "Eskebro", "Tallmark"]
OUTLETS = ["The Valden Post", "Norrhavn Courier", "Eskebro Evening News"]


def _wording(rng: random.Random, statement: str) -> str:
    """The statement, now and then reported with one word changed (a variant)."""
    if rng.random() < 0.15:
        return statement.replace(" will ", " would ", 1).replace(" the ", " our ", 1)
    return statement


def _article(rng: random.Random, n: int) -> dict:
    role, first, last, pronoun = rng.choice(PEOPLE)
    other = rng.choice([p for p in PEOPLE if p[2] != last])
    body = rng.choice(BODIES)
    said = [_wording(rng, s) for s in rng.sample(STATEMENTS, 4)]
    place = rng.choice(PLACES)
    paragraphs = [
        f"{place.upper()} - {role[0].upper()}{role[1:]} {first} {last} spoke to residents in {place} on Tuesday.",
        f"\u201c{said[0]},\u201d {last} said.",
        f"\u201c{said[1]},\u201d {pronoun} told reporters after the meeting.",
        f"{other[1]} {other[2]}, the {other[0]}, disagreed: \u201c{said[2]}.\u201d",
        f"\u201c{said[3]},\u201d the {body} said in a statement.",
    ]
    if n % 7 == 0:
        paragraphs.append("Photo: Valden Archive")
    if n % 5 == 0:
        paragraphs.append("\u201cNobody asked us what we wanted before the plans were drawn up,\u201d one resident wrote.")
    return {"id": f"art-{n}", "title": f"{last} on the {place} question ({n})", "outlet": rng.choice(OUTLETS),
            "url": f"https://news.example/{n}" if n % 9 else None, "published": f"2025-0{1 + n % 9}-{10 + n % 18}",
            "text": "\n".join(paragraphs)}


def write_corpus(folder: Path, count: int = 200) -> Path:
    """`count` fictional articles: most as JSON Lines, 50 as Markdown files (stored first: `stories/`
    sorts before `wire.jsonl`); at the end one re-posted word for word without its URL (skipped)
    and one revised under the same URL (updated)."""
    rng = random.Random(20251121)
    articles = [_article(rng, n) for n in range(count - 2)]
    articles.append({**articles[40], "url": None, "id": "repost"})
    articles.append({**articles[60], "id": "revised", "text": articles[60]["text"] + "\nThe meeting ended at noon."})
    folder.mkdir()
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as out:
        for a in articles[:100] + articles[150:]:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    (folder / "stories").mkdir()
    for a in articles[100:150]:
        front = "".join(f"{k}: {a[k]}\n" for k in ("title", "outlet", "url", "published") if a[k])
        (folder / "stories" / f"{a['id']}.md").write_text(f"---\n{front}---\n{a['text']}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("engine") / "articles")


@pytest.fixture(scope="module")
def added_db(corpus, spacy_model) -> Path:
    """The database `quotes add` builds from the corpus."""
    return build_db(corpus.parent / "added.db", corpus)


@pytest.fixture(scope="module")
def cluster():
    """A local Dask cluster of 2 worker processes with 1 thread each, reached by its address."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local, distributed.Client(local) as client:
        yield local, client


TIMESTAMPS = {"added", "updated"}


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, ordered by id, without timestamps."""
    conn = sqlite3.connect(db)
    out = {}
    for table in ("articles", "speakers", "speaker_aliases", "quotes", "appearances"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in TIMESTAMPS]
        out[table] = conn.execute(f"SELECT {', '.join(map(repr, columns))} FROM {table} ORDER BY id").fetchall()
    return out


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result


def test_dask_extract_then_load_equals_quotes_add(corpus, added_db, tmp_path):
    results = tmp_path / "results"
    invoke("extract", "--engine", "dask", "--workers", "2", "--partition-size", "16", str(corpus),
           "--output", str(results))
    manifest = json.loads((results / "manifest.json").read_text())
    assert manifest["articles"] == 200 and manifest["partitions"] > 2
    loaded = invoke("load", str(results), "--db", str(tmp_path / "loaded.db"), "--json")
    summary = json.loads(loaded.output[loaded.output.index("{"):])
    assert (summary["added"], summary["updated"], summary["skipped"]) == (198, 1, 1)
    expected, got = dump(added_db), dump(tmp_path / "loaded.db")
    assert len(expected["appearances"]) > 800 and len(expected["speakers"]) >= 8
    variants, conflicts = sqlite3.connect(added_db).execute(
        "SELECT count(variant_of), sum(conflict) FROM quotes").fetchone()
    assert variants and conflicts, "the corpus exercises variants and conflicting attributions"
    for table in expected:
        assert got[table] == expected[table], table


def test_dask_prints_the_same_json_lines(corpus, cluster, tmp_path):
    local, _ = cluster
    gold = tmp_path / "gold.jsonl"
    lines = (corpus / "wire.jsonl").read_text(encoding="utf-8").splitlines()[:30]
    gold.write_text("\n".join(json.dumps({"id": json.loads(x)["id"], "text": json.loads(x)["text"]}) for x in lines))
    for inputs in ([str(corpus)], ["--gold", str(gold)]):
        here = invoke("extract", *inputs).output
        there = invoke("extract", "--scheduler", local.scheduler_address, "--partition-size", "7", *inputs).output
        assert there == here
        assert len(here.splitlines()) == (200 if inputs[0] == str(corpus) else 30)


def _executing(client) -> dict[str, int]:
    return client.run(lambda dask_worker: len(dask_worker.state.executing))


def test_killing_a_worker_mid_run_loses_nothing(corpus, added_db, cluster, tmp_path):
    local, client = cluster
    results = tmp_path / "results"
    run = {}
    thread = threading.Thread(target=lambda: run.update(result=CliRunner().invoke(main, [
        "extract", "--scheduler", local.scheduler_address, "--partition-size", "5", str(corpus),
        "--output", str(results)])))
    thread.start()
    victim = None
    deadline = time.monotonic() + 300
    while victim is None and thread.is_alive() and time.monotonic() < deadline:
        if list(results.glob("part-*.jsonl")):
            busy = [address for address, n in _executing(client).items() if n]
            victim = busy[0] if busy else None
        time.sleep(0.05)
    assert victim is not None, "the run ended before a worker could be killed mid-partition"
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)
    thread.join(timeout=600)
    assert run["result"].exit_code == 0, run["result"].output + repr(run["result"].exception)
    assert json.loads((results / "manifest.json").read_text())["articles"] == 200
    invoke("load", str(results), "--db", str(tmp_path / "loaded.db"))
    assert dump(tmp_path / "loaded.db") == dump(added_db)
