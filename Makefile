# kzhealth: `make run` and `make test` are all a fresh machine needs; both install into .venv first if needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
BENCH_DOCS ?= 4000
STORIES_DOCS ?= 100000

.PHONY: install run test bench eval fuzz e2e clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dask,parquet]"
	@# bytecode now, once: where PYTHONDONTWRITEBYTECODE is set, every run would compile the package anew (~70 ms)
	$(BIN)/python -m compileall -q kzhealth
	touch $(STAMP)

# The main job: the sample corpus through the whole pipeline, then a summary.
run: $(STAMP)
	$(BIN)/kzhealth ingest seeds/ | $(BIN)/kzhealth tag > seeds.tagged.jsonl
	$(BIN)/kzhealth summarise seeds.tagged.jsonl
	$(BIN)/kzhealth report seeds.tagged.jsonl -o seeds.report.html

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Speed, as ratios to baselines timed in the same run (bench extra): the pipeline on a synthetic corpus against
# the floor and natasha; Russian lemmas against pymorphy3 and natasha; --dask local against --jobs; stories against
# tag, extrapolated to a million records; language id against py3langid; parse time per character as lines grow.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dask,parquet,bench]"
	@# every benchmark runs, and make fails at the end if any of them missed a target
	@status=0; \
	$(BIN)/python bench/bench.py --docs $(BENCH_DOCS) --shared $(SHARED) || status=1; \
	$(BIN)/python bench/ru_lemma_speed.py || status=1; \
	$(BIN)/python bench/executors_bench.py --docs $(BENCH_DOCS) --shared $(SHARED) || status=1; \
	$(BIN)/python bench/daily_bench.py --docs $(BENCH_DOCS) --large $$(( $(BENCH_DOCS) * 10 )) --shared $(SHARED) || status=1; \
	$(BIN)/python bench/regex_scaling.py || status=1; \
	$(BIN)/python bench/stories_bench.py --docs $(STORIES_DOCS) --shared $(SHARED) || status=1; \
	test ! -f $(SHARED)/eval/langid-dev.jsonl || $(BIN)/python bench/langid_speed.py $(SHARED)/eval/langid-dev.jsonl \
		|| status=1; \
	exit $$status

# Quality on the project's own hard sets (real-page kinds, short sentences, stories), then on the shared
# development data.
eval: $(STAMP)
	$(BIN)/kzhealth eval news tests/data/news-real
	$(BIN)/kzhealth eval news tests/data/news-probe
	$(BIN)/kzhealth eval langid tests/data/langid-hard.jsonl
	$(BIN)/kzhealth eval langid tests/data/langid-probe.jsonl
	$(BIN)/kzhealth eval stories tests/data/stories
	$(BIN)/kzhealth eval stories tests/data/stories-probe
	$(BIN)/kzhealth eval stories tests/data/stories-probe2
	$(BIN)/kzhealth eval stories tests/data/stories-probe3
	$(BIN)/kzhealth eval stories tests/data/stories-probe4
	$(BIN)/kzhealth eval stories tests/data/stories-probe5
	$(BIN)/kzhealth eval stories tests/data/stories-probe6
	$(BIN)/kzhealth eval stories tests/data/stories-probe7
	$(BIN)/kzhealth eval stories tests/data/stories-probe8
	$(BIN)/kzhealth eval stories tests/data/stories-probe9
	$(BIN)/kzhealth eval stories tests/data/stories-probe10
	$(BIN)/kzhealth eval stories tests/data/stories-probe11
	$(BIN)/kzhealth eval stories tests/data/stories-probe12
	$(BIN)/kzhealth eval stories tests/data/stories-probe13
	$(BIN)/kzhealth eval stories tests/data/stories-probe14
	$(BIN)/kzhealth eval stories tests/data/stories-probe15
	$(BIN)/kzhealth eval stories tests/data/stories-probe16
	$(BIN)/kzhealth eval stories tests/data/stories-probe17
	$(BIN)/kzhealth eval stories tests/data/stories-probe18
	$(BIN)/kzhealth eval stories tests/data/stories-probe19
	$(BIN)/kzhealth eval stories tests/data/stories-probe20
	$(BIN)/kzhealth eval stories tests/data/stories-probe21
	$(BIN)/kzhealth eval stories tests/data/stories-probe22
	$(BIN)/kzhealth eval stories tests/data/stories-probe23
	$(BIN)/kzhealth eval stories tests/data/stories-probe24
	$(BIN)/kzhealth eval stories tests/data/stories-probe25
	$(BIN)/kzhealth eval stories tests/data/stories-probe26
	$(BIN)/kzhealth eval stories tests/data/stories-probe27
	$(BIN)/kzhealth eval stories tests/data/stories-probe28
	$(BIN)/kzhealth eval stories tests/data/stories-probe29
	$(BIN)/kzhealth eval stories tests/data/stories-probe30
	$(BIN)/kzhealth eval stories tests/data/stories-probe31
	$(BIN)/kzhealth eval stories tests/data/stories-probe32
	$(BIN)/kzhealth eval stories tests/data/stories-probe33
	$(BIN)/kzhealth eval stories tests/data/stories-probe34
	$(BIN)/kzhealth eval stories tests/data/stories-probe35
	$(BIN)/kzhealth eval stories tests/data/stories-probe36
	$(BIN)/kzhealth eval stories tests/data/stories-probe37
	$(BIN)/kzhealth eval stories tests/data/stories-probe38
	$(BIN)/kzhealth eval stories tests/data/stories-probe39
	$(BIN)/kzhealth eval stories tests/data/stories-probe40
	$(BIN)/kzhealth eval stories tests/data/stories-probe41
	$(BIN)/kzhealth eval stories tests/data/stories-probe42
	$(BIN)/kzhealth eval stories tests/data/stories-probe43
	$(BIN)/kzhealth eval stories tests/data/stories-probe44
	$(BIN)/kzhealth eval stories tests/data/stories-probe45
	@test -d $(SHARED)/eval || { echo "no $(SHARED)/eval here: nothing more to evaluate (SHARED=path to set it)"; exit 1; }
	$(BIN)/kzhealth eval langid $(SHARED)/eval/langid-dev.jsonl
	$(BIN)/kzhealth eval lemmas --lang ru $(SHARED)/eval/ud/ru_gsd-ud-dev.conllu $(SHARED)/eval/ud/ru_taiga-ud-dev.conllu
	$(BIN)/kzhealth eval lemmas --lang kk $(SHARED)/eval/ud/kk_ktb-dev.conllu
	$(BIN)/kzhealth eval news $(SHARED)/eval/news-dev
	$(BIN)/kzhealth eval stories $(SHARED)/eval/stories-dev

# A few minutes of fuzzing; not part of CI.
fuzz: $(STAMP)
	$(BIN)/python bench/fuzz.py

# The report as a reader sees it: seeds.report.html in headless Chromium, screenshots in bench/out/, and a failure on
# any console error or network request. Debian's chromium and chromium-driver are installed here when missing.
e2e: run
	command -v chromium >/dev/null && command -v chromedriver >/dev/null \
		|| { apt-get update && apt-get install -y chromium chromium-driver; }
	$(BIN)/python -m pip install --quiet -e ".[test,dask,parquet,e2e]"
	$(BIN)/python tests/e2e/check_report.py seeds.report.html --png bench/out/report.png

clean:
	rm -rf $(VENV) seeds.tagged.jsonl seeds.report.html bench/out .pytest_cache .hypothesis
