# SmallCRM: `make run` starts the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

TS := $(wildcard translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench clean translations lupdate

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

translations/%.qm: translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# refresh the .ts sources from the strings in ui/ (then translate them, e.g. with pyside6-linguist)
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(git ls-files 'ui/*.py') -ts translations/smallcrm_it.ts translations/smallcrm_ro.ts translations/smallcrm_en.ts

run: $(STAMP) $(QM)
	$(VENV)/bin/smallcrm-desktop

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check .

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info

# 1,000 SIGKILLs of a child writing through the services; every committed change is checked after each
# kill and the result is appended to docs/crash-test.md (about an hour on a shared 2-core machine)
.PHONY: crashtest
crashtest: $(STAMP)
	$(PY) -m dev.crashtest run --kills 1000 --report docs/crash-test.md

# team mode's chaos, each run to CHAOS_OPS operations or for CHAOS_SECONDS, whichever comes first (CHAOS_SEED
# repeats a run): three laptops with clocks off by up to 10 minutes edit at random and sync over a line that drops
# requests and answers, against the in-process stand-in, the team server on PostgreSQL, the team server as its own
# process SIGKILLed at random and started again, laptops whose sync runs as a process SIGKILLed at random, and
# laptops whose editing runs as a process SIGKILLed at random (mid-transaction);
# the last line of each: "N operations, 0 lost, 0 duplicated, databases identical"
CHAOS_OPS ?= 10000
CHAOS_SECONDS ?= 1800
.PHONY: chaos
chaos: $(STAMP)
	CHAOS_OPS=$(CHAOS_OPS) CHAOS_SECONDS=$(CHAOS_SECONDS) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s \
		-p no:cacheprovider tests/sync/test_chaos.py tests/sync/test_chaos_kills.py

# random clicks and keys on every page and dialog for MONKEY_SECONDS (a crash prints every thread's stack and
# the run's folder, whose actions.log says what was done last); MONKEY_SEED repeats a run
MONKEY_SECONDS ?= 300
MONKEY_SEED ?=
.PHONY: monkey
monkey: $(STAMP) $(QM)
	if command -v xvfb-run >/dev/null; then RUN="xvfb-run -a -s '-screen 0 1366x768x24'"; \
	else RUN="env QT_QPA_PLATFORM=offscreen"; fi; \
	eval $$RUN $(PY) -m dev.monkey --seconds $(MONKEY_SECONDS) $(if $(MONKEY_SEED),--seed $(MONKEY_SEED))

# every main screen in it, en, ro at 1366x768 on demo data: docs/screenshots/<lang>/<screen>.png (look at them)
.PHONY: screenshots
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m dev.screenshots --out docs/screenshots

# -- installers (packaging/README.md) -----------------------------------------------------------------------------
# make bundle: dist/smallcrm/, one folder with `smallcrm` and `smallcrm-desktop` (~2-3 minutes on 2 cores);
# make bundle-test: builds it, then starts it as a user would (tests/installers); make deb rpm: the installers
.PHONY: bundle bundle-test deb rpm icons
$(VENV)/bin/pyinstaller: | $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bundle]'

bundle: $(STAMP) $(QM) $(VENV)/bin/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/smallcrm.spec

bundle-test: bundle
	SMALLCRM_BUNDLE_TEST=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:cacheprovider \
	  tests/installers/test_bundle*.py  # -s: shows the size and the times it measures

deb: bundle
	$(PY) packaging/linux/build_packages.py --deb

rpm: bundle
	$(PY) packaging/linux/build_packages.py --rpm

# the icon's PNGs, .ico and .icns from resources/icons/smallcrm.svg (needs rsvg-convert)
icons: $(STAMP)
	$(PY) packaging/make_icons.py
