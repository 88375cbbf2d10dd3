# Set-up and everyday commands.  `make demo` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= db/quotes.db
PORT ?= 8001

.PHONY: install demo test test-fast lint bench browser clean speaker-model name-model

$(BIN)/quotes: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[model,test,distributed]'
	touch $(BIN)/quotes

install: $(BIN)/quotes

# Build the demo database from the sample articles the project ships, then serve it.
demo: install
	$(BIN)/quotes add --db $(DB) quotes/samples
	$(BIN)/quotes serve --db $(DB) --port $(PORT)

# Chromium for the browser test (Debian package); skipped when already there.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

lint: install
	$(BIN)/ruff check quotes benchmarks tests

test: install browser lint
	$(BIN)/python -m pytest -q

# The tier that needs no spaCy model: under two minutes.
test-fast: install lint
	$(BIN)/python -m pytest -q -m "not model"

# Benchmarks 1-4 (about 20 minutes on 2 cores); the table goes to benchmarks/results.md.
bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info

# The speaker model (quotes/data/speaker_model.json), rebuilt from the shared training data:
# deterministic, about 10 minutes on one core (parsing included).
speaker-model: install
	$(BIN)/python benchmarks/train_speaker_model.py ../shared/bench/polnear-train.jsonl --output quotes/data/speaker_model.json

# How sure a speaker's name is (quotes/data/name_model.json), from the blind predictions on the
# project's held-out sets (benchmarks/blind/): deterministic, seconds.
name-model: install
	$(BIN)/python benchmarks/train_name_model.py
