# actorgraph Makefile

# ---------------------------------------------------------------------------
# Local Neo4j Community 5.26 server (jars from Maven Central, no Docker).
# See neo4j/README.md. Needs Java 17+ and Maven; state lives in .neo4j/.
# Overrides: NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_PASSWORD (see scripts/neo4j.sh).
# ---------------------------------------------------------------------------
NEO4J_SH := ./scripts/neo4j.sh

.PHONY: neo4j-install neo4j-start neo4j-stop neo4j-status neo4j-logs

neo4j-install: ## Download the Neo4j jars into .neo4j/lib (idempotent)
	$(NEO4J_SH) install

neo4j-start: ## Start Neo4j in the background (installs first if needed); no-op if running
	$(NEO4J_SH) start

neo4j-stop: ## Stop the local Neo4j server
	$(NEO4J_SH) stop

neo4j-status: ## Print whether the local Neo4j server is running (exit 3 if not)
	$(NEO4J_SH) status

neo4j-logs: ## Show the tail of the Neo4j logs
	$(NEO4J_SH) logs
# --------------------------- end of Neo4j section ---------------------------
