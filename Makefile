# Signpost: two commands on a fresh machine.
#   make serve   set everything up and preview the demo Local Offer at http://127.0.0.1:8000
#   make test    set everything up and run every test and check
# Also: make build (the site into site/), make check-external, make screenshots, make benchmark,
# make clean.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build preview test test-fast pre-commit clean setup browser check-external screenshots benchmark

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable ".[test]"
	touch $(STAMP)

setup: $(STAMP)

# CI installs the exact versions in requirements/lock.txt, each checked against its hash.
LOCK := requirements/lock.txt
setup-locked:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --editable .
	touch $(STAMP)

# Writes requirements/lock.txt again from pyproject.toml (newest versions it allows), with uv
# from PyPI. Run after changing dependencies in pyproject.toml, then make setup-locked test.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --universal \
		--python-version 3.11 --no-header --quiet -o $(LOCK)

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

# A pull request's preview: the site with the editors' links, copied so it works opened from
# disk (site-preview/); BASE=origin/main also lists the pages changed since then.
preview: $(STAMP)
	SIGNPOST_EDITOR_LINKS=true $(BIN)/mkdocs build --strict --site-dir .preview-build
	$(BIN)/signpost preview .preview-build site-preview $(if $(BASE),--changed-from $(BASE))

browser:
	bash scripts/install-browser-deps.sh

test: $(STAMP) browser
	$(BIN)/python -m pytest

# The inner loop: every test that needs no browser and serves no whole site (about a minute).
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow" -q

# Checks each commit with ruff and signpost check, using this project's .venv (nothing to download).
pre-commit: $(STAMP)
	$(BIN)/pre-commit install

# Needs the network: checks links to other websites (exit 2 and a clear message without one).
check-external: build
	$(BIN)/python -m signpost.cli.external_links site --cache .cache/external-links.json

# Builds at 1,000, 5,000 and 10,000 services against plain mkdocs-material, then measures page
# weight, search and Lighthouse in Chromium. About 10 minutes; reports/benchmarks/scale.md.
benchmark: $(STAMP) browser
	$(BIN)/python -m benchmarks.scale

screenshots: build browser
	$(BIN)/python scripts/screenshots.py site screenshots

clean:
	rm -rf site site-preview .preview-build .site.building* .site.old* .site.lock reports
