# Two entry points do their own set-up: `make example` (check and render the bundled example)
# and `make test` (the whole suite: pytest, mypy --strict, ruff). Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
EXAMPLE := examples/user-growth-operations.zh.yaml

.PHONY: example test lint typecheck pytest catalogs bench schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

example: $(STAMP)
	$(BIN)/opscontent check $(EXAMPLE) --profile full --brief
	$(BIN)/opscontent render $(EXAMPLE) --format text --locale zh

pytest: $(STAMP)
	$(BIN)/pytest

typecheck: $(STAMP)
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: pytest typecheck lint

bench: $(STAMP)
	$(BIN)/python benchmarks/render_bench.py
	$(BIN)/python benchmarks/import_bench.py

schema: $(STAMP)
	$(BIN)/opscontent schema -o schema/opscontent.schema.json

catalogs: $(STAMP)
	$(BIN)/python tools/update_catalogs.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
