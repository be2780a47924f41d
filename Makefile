# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
XVFB := $(shell command -v xvfb-run 2>/dev/null)

.PHONY: run test lint typecheck contracts pytest demo format clean package translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/partnerdesk

test: $(STAMP) lint typecheck contracts pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests packaging translations bench
	$(BIN)/ruff format --check src tests packaging translations bench

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

format: $(STAMP)
	$(BIN)/ruff format src tests packaging translations bench
	$(BIN)/ruff check --fix src tests packaging translations bench

demo: $(STAMP)
	$(BIN)/partnerdesk demo --db demo.partnerdesk --partners 200

# Extracts every tr() string into the translation sources, writes the pseudo-locale, and
# compiles both languages into the package. Translate new strings in translations/*.ts
# (Qt Linguist: `.venv/bin/pyside6-linguist`), then run this again.
TS_SOURCES := $(shell find src/partnerdesk -name '*.py')
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none $(TS_SOURCES) \
		-ts translations/partnerdesk_es.ts
	$(BIN)/python translations/pseudo_locale.py translations/partnerdesk_es.ts \
		translations/partnerdesk_pseudo.ts
	mkdir -p src/partnerdesk/resources/translations
	$(BIN)/pyside6-lrelease translations/partnerdesk_es.ts \
		-qm src/partnerdesk/resources/translations/partnerdesk_es.qm
	$(BIN)/pyside6-lrelease translations/partnerdesk_pseudo.ts \
		-qm src/partnerdesk/resources/translations/partnerdesk_pseudo.qm

# A one-folder desktop bundle in dist/partnerdesk that runs with no Python installed,
# with its launcher entry and icons under dist/partnerdesk/share, smoke-tested.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	bash packaging/linux/validate.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py \
		src/partnerdesk/resources/icons/partnerdesk.svg build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/partnerdesk.spec
	bash packaging/linux/install_data.sh build/icons dist/partnerdesk
	bash packaging/smoke_test.sh dist/partnerdesk

# The long form of the crash and fault scenarios (tests/reliability/run.py); CI runs a
# short form through pytest. Needs root or unprivileged user namespaces for its mounts.
.PHONY: reliability
reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/reliability/run.py --long

# Speed figures on the 10,000-partner notebook against DESIGN §6 (bench/run.py); not a test.
.PHONY: bench
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

.PHONY: fuzz bench-interchange
SCALE ?= /tmp/scale.partnerdesk

# The hypothesis-mutated JSON imports, far longer than in the suite.
fuzz: $(STAMP)
	FUZZ_EXAMPLES=1000 QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/interchange/test_json_fuzz.py --hypothesis-show-statistics

# JSON export and import, Markdown export of SCALE (copied first, never written).
bench-interchange: $(STAMP)
	$(BIN)/python bench/interchange_scale.py $(SCALE)
