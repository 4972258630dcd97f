# Two targets matter on a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench sandbox clean

demo: $(VENV)/.installed
	$(BIN)/gym-kiosk demo --autoplay 3 --screenshots demo-screens

test: $(VENV)/.installed
	$(BIN)/python -m pytest

# The layer contracts in pyproject.toml ([tool.importlinter]); CI runs this before the tests.
lint: $(VENV)/.installed
	$(BIN)/lint-imports

bench: $(VENV)/.installed
	$(BIN)/gym-kiosk bench

sandbox: $(VENV)/.installed
	$(BIN)/gym-kiosk sandbox

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) demo-screens build dist *.egg-info

# The kiosk PC package: dist/gym-kiosk_<version>_<arch>.deb (see docs/deployment.md).
.PHONY: deb
deb:
	$(PYTHON) packaging/build_deb.py
