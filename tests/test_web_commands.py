"""`quotes serve`, `quotes publish`, and plain `datasette DB -m metadata.yml`, run as commands."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

from click.testing import CliRunner
from conftest import quotes_server

from quotes.cli import main
from quotes.cli.web import METADATA, PLUGIN_DIR, build_datasette


def listening_addresses(port: int) -> set[str]:
    """Local IPv4 addresses with a socket listening on `port` (from /proc/net/tcp)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:
            found.add(".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


def test_serve_binds_localhost_prints_the_url_and_serves_the_site(demo_db):
    with quotes_server(demo_db) as (url, log):
        port = int(url.rsplit(":", 1)[1])
        assert f"{url}/  (Ctrl+C stops)" in log.read_text()  # the home page
        assert "immutable" in log.read_text()
        assert listening_addresses(port) == {"127.0.0.1"}
        with urllib.request.urlopen(f"{url}/quotes/who_said.json?words=power+vacuum&_shape=objects") as response:
            rows = json.load(response)["rows"]
        assert [r["speaker"] for r in rows] == ["Marek Sobczak"]
        with urllib.request.urlopen(f"{url}/quotes/-/quote/{rows[0]['quote_id']}") as response:
            assert '<mark class="quote">' in response.read().decode()


def test_serve_without_a_database_says_how_to_make_one(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "quotes add" in result.output


def test_a_database_being_written_is_opened_live_not_immutable(tmp_path):
    path = tmp_path / "quotes.db"
    writer = sqlite3.connect(path)
    writer.execute("pragma journal_mode=wal")
    writer.execute("create table t (x)")
    writer.execute("insert into t values (1)")
    writer.commit()
    assert build_datasette(str(path)).databases["quotes"].is_mutable is True
    writer.close()  # the last connection checkpoints and removes the log
    assert build_datasette(str(path)).databases["quotes"].is_mutable is False
    assert build_datasette(str(path), live=True).databases["quotes"].is_mutable is True


def test_plain_datasette_with_the_metadata_file_has_the_queries_and_evidence_pages(demo_db):
    def get(path: str) -> str:
        done = subprocess.run([sys.executable, "-m", "datasette", str(demo_db), "-m", str(METADATA), "--get", path],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stdout

    rows = json.loads(get("/quotes/same_words_different_speakers.json?_shape=objects"))["rows"]
    assert {r["speaker"] for r in rows} == {"Ilse Marquardt", "Elena Varis"}
    assert '<mark class="quote">Nobody wins a long strike' in get(f"/quotes/-/quote/{rows[0]['quote_id']}")


def test_publish_ships_metadata_plugin_and_limits(demo_db):
    result = CliRunner().invoke(main, ["publish", "cloudrun", "--db", str(demo_db), "--dry-run", "--service", "q"])
    assert result.exit_code == 0, result.output
    command = result.output.strip()
    assert "-m datasette publish cloudrun" in command and str(demo_db) in command
    assert f"--metadata {METADATA}" in command and f"--plugins-dir {PLUGIN_DIR}" in command
    assert "--setting sql_time_limit_ms 2000" in command and "--service q" in command
    assert (PLUGIN_DIR / "plugin.py").is_file() and (PLUGIN_DIR / "templates" / "quote.html").is_file()


def test_the_published_plugin_works_from_a_copied_plugins_dir_alone(demo_db, tmp_path):
    """What a published container runs: no `quotes` entry point, the plugin folder copied beside the database."""
    plugins = tmp_path / "plugins"
    shutil.copytree(PLUGIN_DIR, plugins, ignore=shutil.ignore_patterns("__pycache__"))
    run_without_entry_points = (  # and without the quotes package, as in the container
        "import sys; sys._called_from_test = True; sys.modules['quotes'] = None; "
        "from datasette.cli import cli; cli(sys.argv[1:])")

    def get(path: str) -> str:
        done = subprocess.run([sys.executable, "-c", run_without_entry_points, "serve", str(demo_db), "-i", str(demo_db),
                               "--plugins-dir", str(plugins), "-m", str(METADATA), "--get", path],
                              capture_output=True, text=True, timeout=600, cwd=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    names = {p["name"] for p in json.loads(get("/-/plugins.json"))}
    assert "plugin.py" in names and "quotes" not in names
    assert '<mark class="quote">' in get("/quotes/-/quote/1")
    assert 'action="/quotes/-/who-said"' in get("/")
    assert '<svg class="chart"' in get("/quotes/-/speaker/1")
    assert "<feed" in get("/quotes/-/speaker/1.atom")


def test_publish_refuses_a_file_whose_name_would_not_match_the_metadata(tmp_path, demo_db):
    other = tmp_path / "mine.db"
    other.write_bytes(demo_db.read_bytes())
    result = CliRunner().invoke(main, ["publish", "package", "--db", str(other), "--dry-run"])
    assert result.exit_code == 1 and "quotes.db" in result.output
