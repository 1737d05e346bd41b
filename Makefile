# Two set-up commands: `make run` and `make test`. Both create .venv on first use.
# Prefer the newest Python that really runs (pyenv shims may exist without an interpreter).
PYTHON ?= $(shell for p in python3.13 python3.12 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test test-fast bench lint translations screenshots install-desktop clean system-packages-run system-packages-test

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: need Python 3.11 or newer on the PATH" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[bench]'
	touch $@

# The Debian/Ubuntu libraries Qt needs (installed when missing; see tools/system-packages).
system-packages-run:
	@tools/system-packages run

system-packages-test:
	@tools/system-packages test

run: $(VENV)/.installed system-packages-run
	$(PY) main.py

# pytest exits 5 when it collects nothing: a broken test layout must not pass.
test: $(VENV)/.installed-test system-packages-test
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_SELECT) $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "error: pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

# The edit loop: every test but the slow ones (subprocesses, the wheel, Xvfb).
test-fast: PYTEST_SELECT = -m "not slow"
test-fast: test

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check qkv_gui tests main.py

bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(PY) -m qkv_gui.bench

# The .ts is the one source of the translations (docs/TRANSLATING.md):
# refresh it from the code and build the .qm the app loads.
translations: $(VENV)/.installed-test
	PATH=$(VENV)/bin:$$PATH $(PY) tools/update_translations.py

install-desktop: $(VENV)/.installed
	$(PY) -m qkv_gui.desktop_entry --install

clean:
	rm -rf $(VENV) build *.egg-info
