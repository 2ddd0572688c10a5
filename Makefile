# Depesche: `make demo` runs the demo site, `make test` runs every check and test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test bench-reads bench-pages bench-import bench-publish bench-layers bench-memory \
	bench-corpus bench-search bench-desk bench-live bench-lighthouse bench-cluster eval-search probe-sql lint format messages lock clean

$(VENV)/.base-installed: requirements/base.txt
	bin/system-packages demo
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/base.txt
	$(VENV)/bin/pip check --disable-pip-version-check
	touch $@

$(VENV)/.test-installed: requirements/test.txt $(VENV)/.base-installed
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/test.txt
	$(VENV)/bin/pip check --disable-pip-version-check
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

demo: $(VENV)/.base-installed
	HOST=$(HOST) PORT=$(PORT) bin/demo

test:
	bin/system-packages test
	$(MAKE) $(VENV)/.test-installed node_modules/.installed
	bin/test

# Read counting under load: throughput beside nginx, exactness, a killed worker, crawlers.
bench-reads:
	bin/system-packages bench
	$(MAKE) $(VENV)/.test-installed
	$(VENV)/bin/python bench/reads.py

# Story pages under load: static nginx, cached, uncached, stock Wagtail; publish latency.
bench-pages:
	bin/system-packages bench
	$(MAKE) $(VENV)/.test-installed
	$(VENV)/bin/python bench/pages.py

bench-import: $(VENV)/.test-installed
	$(VENV)/bin/python bench/import_wxr.py

# What each in-process cache layer saves on an uncached page (CPU ms and queries).
bench-layers: $(VENV)/.test-installed
	$(VENV)/bin/python bench/cache_layers.py

# New published stories: the importers' one-save publish against Wagtail's own.
bench-publish: $(VENV)/.test-installed
	$(VENV)/bin/python bench/publish.py

# Memory of a public worker after story pages and API answers, beside stock Wagtail's.
bench-memory: $(VENV)/.test-installed
	$(VENV)/bin/python bench/worker_memory.py

# Writing the load-test corpus: Wagtail's add_child() against the bulk insert bench-pages uses.
bench-corpus: $(VENV)/.test-installed
	$(VENV)/bin/python bench/corpus_speed.py

# The translation desk at 100,000 stories in four editions (SQLite and PostgreSQL).
bench-desk:
	bin/system-packages bench
	$(MAKE) $(VENV)/.test-installed
	$(VENV)/bin/python bench/desk.py

# Search under load at 100,000 stories (SQLite and PostgreSQL) beside stock Wagtail's search.
bench-search:
	bin/system-packages bench
	$(MAKE) $(VENV)/.test-installed
	$(VENV)/bin/python bench/search.py

# The live channel: publish -> open pages with 1,000 readers, readers per app process,
# memory and CPU per reader, polling behind nginx's cache.
bench-live:
	bin/system-packages bench
	$(MAKE) $(VENV)/.test-installed
	$(VENV)/bin/python bench/live.py

# Three app machines (network namespaces), PostgreSQL, Redis and nginx: throughput,
# publish to visible, exact counts through a killed machine and Redis and PostgreSQL restarts.
bench-cluster:
	bin/system-packages bench
	$(MAKE) $(VENV)/.test-installed
	$(VENV)/bin/python bench/cluster.py

# Lighthouse on the front page, the seed story and a photo story: scores, timings, page weight.
bench-lighthouse:
	bin/system-packages test
	$(MAKE) $(VENV)/.test-installed node_modules/.installed
	$(VENV)/bin/python bench/lighthouse.py

# Search relevance per edition: recall@10 and MRR of the language analysis and of stock Wagtail.
eval-search: $(VENV)/.test-installed
	$(VENV)/bin/python bench/eval_search.py

# SQL-injection probe: sqlmap against every endpoint that takes parameters (SQLite, PostgreSQL).
probe-sql:
	bin/system-packages security
	$(MAKE) $(VENV)/.test-installed
	$(VENV)/bin/python tools/sqlmap_probe.py

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.test-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Update the translation catalogues after changing user-visible strings (needs GNU gettext).
messages: $(VENV)/.test-installed
	cd depesche && ../$(VENV)/bin/python ../manage.py makemessages --no-obsolete --no-location -l de -l ru -l az -l en
	cd depesche && ../$(VENV)/bin/python ../manage.py compilemessages

# Re-resolve the pinned dependencies after editing requirements/*.in (needs uv).
lock:
	cd requirements && uv pip compile base.in --python-version 3.11 --generate-hashes -o base.txt
	cd requirements && uv pip compile test.in --python-version 3.11 --generate-hashes -o test.txt

clean:
	rm -rf $(VENV) node_modules var
