# Signpost: two commands on a fresh machine.
#   make serve   set everything up and preview the demo Local Offer at http://127.0.0.1:8000
#   make test    set everything up and run every test and check
# Also: make build (the site into site/), make clean.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test clean setup browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable ".[test]"
	touch $(STAMP)

setup: $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

browser:
	bash scripts/install-browser-deps.sh

test: $(STAMP) browser
	$(BIN)/python -m pytest

clean:
	rm -rf site .site.building .site.old reports
