# Two commands on a fresh machine:
#   make run   - set up .venv and run the pipeline on seeds/ into warehouse/qingshan.duckdb
#   make test  - set up .venv and run the test suite (installs Debian's chromium for the report test
#                when missing and possible)
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test clean dictionaries

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -c constraints.txt -e '.[dev]'
	$(VENV)/bin/python -m qingshan.store.datadocs --vendor || echo "no npm: GX Data Docs will load their assets from CDNs"
	touch $(STAMP)

# with PYTHONDONTWRITEBYTECODE set, every run would compile qingshan's own modules again (~0.3 s a
# process); Python reads byte code that is there either way, and recompiles in memory what is stale
setup: $(STAMP)
	@$(VENV)/bin/python -m compileall -q src flows > /dev/null

run: setup
	$(VENV)/bin/qingshan run

test: setup
	@bash scripts/ensure_chromium.sh
	$(VENV)/bin/python -m pytest

# regenerate the package-derived dictionary CSVs (regions, surnames, Spring Festival dates)
dictionaries: setup
	$(VENV)/bin/pip install --quiet -c constraints.txt -e '.[dictionaries]'
	$(VENV)/bin/python scripts/make_dictionaries.py

clean:
	rm -rf warehouse dbt_project/target dbt_project/logs .pytest_cache
