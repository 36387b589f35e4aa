# actorgraph Makefile

# ---------------------------------------------------------------------------
# Local Neo4j Community 5.26 server (jars from Maven Central, no Docker).
# See neo4j/README.md. Needs Java 17+ and Maven; state lives in .neo4j/.
# Overrides: NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_LOCAL_PASSWORD (see scripts/neo4j.sh).
# The targets below talk to the local server with its own credentials, so a
# NEO4J_URI / NEO4J_PASSWORD exported for Aura is never used or touched here.
# ---------------------------------------------------------------------------
NEO4J_SH := ./scripts/neo4j.sh
LOCAL_PASSWORD := $(or $(NEO4J_LOCAL_PASSWORD),actorgraph-dev)
LOCAL_ENV := ACTORGRAPH_NEO4J_URI=bolt://127.0.0.1:$(or $(NEO4J_BOLT_PORT),7687) ACTORGRAPH_NEO4J_USER=neo4j \
  ACTORGRAPH_NEO4J_PASSWORD=$(LOCAL_PASSWORD) ACTORGRAPH_NEO4J_DATABASE=neo4j

.PHONY: neo4j-install neo4j-start neo4j-warm-up neo4j-stop neo4j-status neo4j-logs

neo4j-install: ## Download the Neo4j jars into .neo4j/lib (idempotent)
	$(NEO4J_SH) install

neo4j-start: ## Start Neo4j in the background (installs first if needed), then warm up its write plans; no-op if running
	$(NEO4J_SH) start
	-@$(MAKE) --no-print-directory neo4j-warm-up

# A fresh server compiles each write statement at its first use: about a
# second of CPU each. schema warm-up runs every statement the writer can
# issue (one per label and relationship type of the ontology) once, on a
# synthetic article, in a rolled-back transaction.
neo4j-warm-up: ## Apply the schema and compile every write plan on the running server (schema warm-up; nothing kept)
	@$(GO) build -o $(BIN) ./cmd/actorgraph
	$(LOCAL_ENV) ./$(BIN) schema warm-up

neo4j-stop: ## Stop the local Neo4j server
	$(NEO4J_SH) stop

# make exits 2 whenever a step fails, so the script's "not running" exit 3
# reaches the caller as 2; call scripts/neo4j.sh status to get the 3.
neo4j-status: ## Print whether the local Neo4j server is running (make exits 2 if not; the script, 3)
	$(NEO4J_SH) status

neo4j-logs: ## Show the tail of the Neo4j logs
	$(NEO4J_SH) logs
# --------------------------- end of Neo4j section ---------------------------

# ---------------------------------------------------------------------------
# Build, test and demo of the actorgraph CLI.
# `make test` starts the local Neo4j when Bolt does not answer and runs every
# test, integration tests included (ACTORGRAPH_NEO4J_TEST=1 turns their skip
# into a failure). -p 1: packages share the one Community database. The tests
# write only to the local server, or to ACTORGRAPH_TEST_NEO4J_URI when set;
# NEO4J_URI and ACTORGRAPH_NEO4J_* are ignored (internal/testdb).
# ---------------------------------------------------------------------------
GO        ?= go
BIN       := bin/actorgraph
BOLT_PORT := $(or $(NEO4J_BOLT_PORT),7687)
HTTP_PORT := $(or $(NEO4J_HTTP_PORT),7474)
FUZZTIME  ?= 15s
# A Bolt port that answers means a server is up (the local one or yours).
BOLT_UP   := bash -c 'exec 3<>/dev/tcp/127.0.0.1/$(BOLT_PORT)' 2>/dev/null
DEMO_ENV  := $(LOCAL_ENV)

.PHONY: build setup test test-plans test-unit demo bench bench-scale extract-rss bulk-load fuzz vet fmt score

build: ## Build bin/actorgraph
	$(GO) build -o $(BIN) ./cmd/actorgraph

setup: ## Install Chromium and unzip from Debian's packages (root or sudo; CI runs it)
	./scripts/setup.sh

# The integration tests use the server of NEO4J_BOLT_PORT (the one started
# here) unless ACTORGRAPH_TEST_NEO4J_URI names another. TESTFLAGS adds go
# test flags (.ci/run: -skip TestQueryPlans, which test-plans runs at 50,000
# articles).
TEST_ENV := ACTORGRAPH_NEO4J_TEST=1 ACTORGRAPH_TEST_NEO4J_URI=$(or $(ACTORGRAPH_TEST_NEO4J_URI),bolt://127.0.0.1:$(BOLT_PORT)) \
  ACTORGRAPH_TEST_NEO4J_PASSWORD=$(or $(ACTORGRAPH_TEST_NEO4J_PASSWORD),$(LOCAL_PASSWORD))
TESTFLAGS ?=
test: ## Install Chromium if missing, start Neo4j if needed, then run all tests including the integration tests
	@./scripts/setup.sh
	@$(BOLT_UP) || $(MAKE) --no-print-directory neo4j-start
	$(TEST_ENV) ACTORGRAPH_TEST_BROWSER_URL=http://127.0.0.1:$(HTTP_PORT)/browser/ $(GO) test -p 1 -count=1 $(TESTFLAGS) ./...

# PROFILE_ARTICLES=N sets the size of the generated feed; KEEP=1 leaves it
# in the database (for a server thrown away afterwards, as in .ci/run:
# deleting it takes about a minute, and the other integration tests must
# not run on that database after it).
PROFILE_ARTICLES ?= 50000
test-plans: ## PROFILE every canned query on a generated feed of PROFILE_ARTICLES (50000) articles, hubs and a long tail (TestQueryPlans, -v: db hits and times)
	@$(BOLT_UP) || $(MAKE) --no-print-directory neo4j-start
	$(TEST_ENV) ACTORGRAPH_TEST_PROFILE_ARTICLES=$(PROFILE_ARTICLES) $(if $(KEEP),ACTORGRAPH_TEST_PROFILE_KEEP=1) \
	  $(GO) test -count=1 -timeout 30m -run '^TestQueryPlans$$' -v ./queries/

test-unit: ## Run the tests that need no database (integration tests skip)
	$(GO) test -count=1 ./...

demo: build ## Start Neo4j, load examples/articles, run two canned queries
	@$(BOLT_UP) || $(MAKE) --no-print-directory neo4j-start
	$(DEMO_ENV) ./$(BIN) schema apply
	$(DEMO_ENV) ./$(BIN) ingest --force --published 2016-10-16 examples/articles
	@echo; echo '== query top-actors'
	@$(DEMO_ENV) ./$(BIN) query top-actors --param limit=10
	@echo; echo '== query meetings'
	@$(DEMO_ENV) ./$(BIN) query meetings
	@echo
	@echo 'Neo4j Browser: http://127.0.0.1:$(HTTP_PORT)/browser/  (connect to bolt://127.0.0.1:$(BOLT_PORT), user neo4j, password actorgraph-dev)'
	@echo 'On connect it applies the actorgraph style and opens the guide of canned questions (browser/).'

bench: ## Run the benchmarks of the ingest package
	$(GO) test -run '^$$' -bench . -benchmem ./ingest/...

N ?= 2000
bench-scale: build ## Empty the local Neo4j, ingest N generated articles (examples repeated), print articles/s per 10% slice
	@$(BOLT_UP) || $(MAKE) --no-print-directory neo4j-start
	$(GO) run ./scripts/benchscale -n $(N) -uri bolt://127.0.0.1:$(BOLT_PORT) $(if $(BATCH),-batch-size $(BATCH)) $(if $(VARY),-vary)

# !!! bulk-load REPLACES the whole neo4j database of the local server !!!
# neo4j-admin database import (Community Edition) loads only into a database
# that is overwritten: --overwrite-destination. Use it for a first load;
# ingest adds to the result afterwards. PUBLISHED dates undated articles;
# INPUT=gen:N loads N generated articles (examples repeated, as bench-scale;
# VARY=1 gives the people new surnames every round, a long tail of actors).
INPUT ?=
BULK_DIR := .neo4j/import/actorgraph
bulk-load: build ## !!! REPLACES the local neo4j database !!! Extract INPUT=paths (or gen:N) to neo4j-admin CSVs, stop Neo4j, import them, start, apply schema
	@test -n "$(INPUT)" || { echo "bulk-load: give the articles with INPUT=path... (or INPUT=gen:N)" >&2; exit 2; }
	@echo "bulk-load: !!! this REPLACES everything in the neo4j database of the local server (.neo4j) !!!"
	@rm -rf $(BULK_DIR) && mkdir -p $(BULK_DIR)
	@in="$(INPUT)"; case "$$in" in gen:*) $(GO) run ./scripts/benchscale -n $${in#gen:} -generate $(BULK_DIR)/feed.jsonl $(if $(VARY),-vary) && in=$(BULK_DIR)/feed.jsonl;; esac; \
	  /usr/bin/time -f 'bulk-load: export took %e s, peak RSS %M KB' ./$(BIN) export --format neo4j-admin --out $(BULK_DIR)/csv $(if $(PUBLISHED),--published $(PUBLISHED)) $$in
	/usr/bin/time -f 'bulk-load: import step took %e s wall, %U s user + %S s system CPU (JVM start included)' $(NEO4J_SH) import $(BULK_DIR)/csv
	$(NEO4J_SH) start
	$(LOCAL_ENV) ./$(BIN) schema apply --after-import
	-@$(MAKE) --no-print-directory neo4j-warm-up

FORMAT ?= jsonl
extract-rss: build ## Extract N generated articles (examples repeated) with --format FORMAT (default jsonl) and print wall time and peak RSS (/usr/bin/time -v)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(GO) run ./scripts/benchscale -n $(N) -generate $$tmp/feed.jsonl && \
	  /usr/bin/time -v -o $$tmp/time ./$(BIN) extract -q --format $(FORMAT) $$tmp/feed.jsonl >/dev/null && \
	  awk -F': ' '/Elapsed \(wall/ {w=$$2} /Maximum resident/ {r=$$2} END {printf "extract-rss: %d articles, --format $(FORMAT): wall %s, peak RSS %.0f MB\n", $(N), w, r/1024}' $$tmp/time

fuzz: ## Run the reader and the extraction fuzzers for FUZZTIME each (default 15s)
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./ingest
	$(GO) test -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./ingest

vet: ## go vet
	$(GO) vet ./...

fmt: ## gofmt the tree (lists files it changed)
	gofmt -l -w cmd ingest graph schema queries

SHARED    ?= ../shared
score: build ## Score extraction against $(SHARED)/eval/dev and dev2 as one set; fails when it cannot score
	@test -f $(SHARED)/eval/score.py || { echo "score: cannot score: $(SHARED)/eval/score.py not found (put the shared folder beside the repository or set SHARED=path; see README: Tests, benchmarks, evaluation)" >&2; exit 1; }
	@out=$$(python3 $(SHARED)/eval/score.py -v \
	    --cmd '$(BIN) extract --format json --published {published} {file}' \
	    $(wildcard $(SHARED)/eval/dev $(SHARED)/eval/dev2) 2>&1); rc=$$?; echo "$$out"; \
	  [ $$rc -eq 0 ] || { echo "score: cannot score: score.py exited $$rc" >&2; exit 1; }; \
	  echo "$$out" | grep -q '^summary: .* failed=0 ' || { echo "score: cannot score: the extractor failed on some articles (FAILED above)" >&2; exit 1; }
# ----------------------- end of build/test/demo section ---------------------
