# The few commands users and CI run. Each target installs what it needs, locally:
# a virtual environment in .venv and the pinned browser-side packages in node_modules.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: deps serve build test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

deps: $(BIN)/.installed node_modules/.package-lock.json

serve: deps
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:$(PORT)

build: deps
	$(BIN)/mkdocs build --strict --clean

lint: deps
	$(BIN)/ruff check decision_tools overrides/hooks tests bench

test: deps lint
	$(BIN)/python -m pytest

# Builds, serves like a real host, measures in Chromium; writes bench/report/report.{json,md}.
bench: deps
	$(BIN)/python -m bench.run

clean:
	rm -rf site $(VENV) node_modules
