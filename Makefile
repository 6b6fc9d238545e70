# Set-up is part of every target: a fresh machine needs only Python 3.12+ and PyPI.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: example test bench bytecode clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[test]"
	touch $(STAMP)

# an editable install leaves newsgraph's modules uncompiled; with PYTHONDONTWRITEBYTECODE set every run would
# compile them again (a tenth of a second per process), so they are compiled here (only what changed)
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q src

example: bytecode
	$(BIN)/newsgraph extract examples/seed.txt --published 2018-09-06 --format text

test: bytecode
	$(BIN)/python -m pytest -q

bench: bytecode
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[test,bench]"

clean:
	rm -rf $(VENV) build dist src/*.egg-info
