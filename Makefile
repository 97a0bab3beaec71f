# Two commands for a new user: `make demo` (install + run the samples) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EVAL ?= ../shared/eval
SUITES := quotes places places_lgl dates events whowhom actors domain

.PHONY: demo test eval bench install clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dask,notebooks]"
	touch $@

# Exit code 3 means "finished, some articles failed": the samples include bad files on purpose.
demo: install
	$(BIN)/parley run data/samples --out data/out || [ $$? -eq 3 ]

# The dashboard's browser test needs Debian's chromium; without it (not root, no apt) that test skips.
test: install
	bash scripts/install_browser.sh || true
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/parley evaluate $(addprefix $(EVAL)/,$(SUITES)) --halves --markdown docs/accuracy.md

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) data/out .pytest_cache
