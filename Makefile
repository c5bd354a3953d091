# Two entry points do their own set-up: `make example` (check and render the bundled example)
# and `make test` (the whole suite: pytest, mypy --strict, ruff, the strict docs build). Both
# create .venv on first use. `make docs` builds the documentation site into site/.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
RUN_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed-dev
EXAMPLE := examples/user-growth-operations.zh.yaml

.PHONY: example test lint typecheck pytest docs node-tools catalogs bench schema mutation clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@ $(RUN_STAMP)

# The example needs the package alone, not the test and docs tools.
$(RUN_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

# ajv (the JavaScript JSON Schema validator, from package.json) checks the published schema in
# the tests; without Node.js those tests are skipped.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node-tools:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory $(NODE_STAMP); \
	else echo "npm not found: the ajv tests of the JSON Schema will be skipped"; fi

example: $(RUN_STAMP)
	$(BIN)/opscontent check $(EXAMPLE) --profile full --brief
	$(BIN)/opscontent render $(EXAMPLE) --format text --locale zh

# One worker per core plus one: part of the suite waits on other processes (the wheel build,
# LibreOffice, ajv, a Dask cluster), and the extra worker keeps every core busy meanwhile.
WORKERS ?= $(shell echo $$(( $$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1) + 1 )))

pytest: $(STAMP) node-tools
	$(BIN)/pytest -n $(WORKERS) -m "packaging or not packaging" --durations=10

typecheck: $(STAMP)
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# pytest and the docs build run side by side: pytest leaves part of the cores idle while it
# waits on other processes, and the docs build (about 9 s) fits in there. Then mypy and ruff.
test: $(STAMP) node-tools
	@$(MAKE) --no-print-directory -j2 pytest docs
	@$(MAKE) --no-print-directory typecheck lint

# Mutation testing of the rule, goal-parser, formatting and typography modules with their fast
# tests ([tool.mutmut] in pyproject.toml); slow, so not part of `make test`.
mutation: $(STAMP)
	rm -rf mutants
	$(BIN)/mutmut run --max-children $(or $(JOBS),2)
	$(BIN)/mutmut results

bench: $(STAMP)
	$(BIN)/python benchmarks/render_bench.py; warm=$$?; \
	$(BIN)/python benchmarks/import_bench.py; imported=$$?; \
	$(BIN)/python benchmarks/speed_bench.py && exit $$((warm + imported))

schema: $(STAMP)
	$(BIN)/opscontent schema -o schema/opscontent.schema.json

catalogs: $(STAMP)
	$(BIN)/python tools/update_catalogs.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist site mutants
