package cmd

// End-to-end tests against the test database of internal/testdb (the local
// Neo4j unless ACTORGRAPH_TEST_NEO4J_URI names another). They run when
// ACTORGRAPH_NEO4J_TEST is set (`make test` sets it) and fail if the server
// cannot be reached then; a plain `go test` skips them with a message. They
// load examples/articles with their real ids (not namespaced): loading them
// is idempotent, so they leave the database as `make demo` would.

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
)

// integrationEnv returns the environment of a real run against the test
// database of internal/testdb, skipping the test unless
// ACTORGRAPH_NEO4J_TEST is set. The CLI sees only these variables, never
// the NEO4J_* or ACTORGRAPH_NEO4J_* of the environment the tests run in.
func integrationEnv(t *testing.T) map[string]string {
	t.Helper()
	c := testdb.Get(t)
	return map[string]string{"ACTORGRAPH_NEO4J_URI": c.URI, "ACTORGRAPH_NEO4J_USER": c.User,
		"ACTORGRAPH_NEO4J_PASSWORD": c.Password, "ACTORGRAPH_NEO4J_DATABASE": c.Database}
}

// countGraph returns the numbers of nodes and relationships in the database.
func countGraph(t *testing.T, env map[string]string) (nodes, rels int64) {
	t.Helper()
	c, err := loadConfig("", mapEnv(env), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	d, err := graph.NewDriver(c.Neo4j.URI, c.Neo4j.User, c.Neo4j.Password)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, `MATCH (n) WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels`, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Neo4j.Database))
	if err != nil {
		t.Fatalf("integration test needs Neo4j: %v", err)
	}
	nodes, _, _ = neo4j.GetRecordValue[int64](res.Records[0], "nodes")
	rels, _, _ = neo4j.GetRecordValue[int64](res.Records[0], "rels")
	return nodes, rels
}

func TestIngestExamplesTwice(t *testing.T) {
	env := integrationEnv(t)
	ctx := context.Background()
	code, _, errOut := runCLI(t, ctx, nil, "", env, "ingest", "--force", "--published", "2016-10-16", examples)
	if code != ExitOK {
		t.Fatalf("first ingest exit %d, stderr %s", code, errOut)
	}
	n1, r1 := countGraph(t, env)
	code, _, errOut = runCLI(t, ctx, nil, "", env, "ingest", "--force", "--batch-size", "2", "--published", "2016-10-16", examples)
	if code != ExitOK || !strings.Contains(errOut, " 0 skipped, 0 failed") {
		t.Fatalf("forced second ingest exit %d, stderr %s", code, errOut)
	}
	n2, r2 := countGraph(t, env)
	if n1 != n2 || r1 != r2 {
		t.Errorf("re-ingesting examples changed the graph: %d nodes, %d relationships, then %d, %d", n1, r1, n2, r2)
	}
	code, _, errOut = runCLI(t, ctx, nil, "", env, "ingest", "--published", "2016-10-16", examples)
	if code != ExitOK || !strings.Contains(errOut, "8 articles read, 8 skipped, 0 failed") {
		t.Errorf("third ingest exit %d, stderr %q, want every article skipped", code, errOut)
	}
	code, out, errOut := runCLI(t, ctx, nil, "", env, "query", "top-actors", "--format", "json")
	if code != ExitOK || !strings.HasPrefix(strings.TrimSpace(out), "[") {
		t.Errorf("query top-actors exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestWrongPasswordExitCode(t *testing.T) {
	env := integrationEnv(t)
	env["ACTORGRAPH_NEO4J_PASSWORD"] = "not-the-password"
	code, out, errOut := runCLI(t, context.Background(), nil, "", env, "ingest", examples)
	if code != ExitUsage {
		t.Errorf("ingest with a wrong password exit %d, want %d; stderr %s", code, ExitUsage, errOut)
	}
	if !strings.Contains(errOut, "refused user") || !strings.Contains(errOut, "ACTORGRAPH_NEO4J_PASSWORD") ||
		strings.Count(strings.TrimSpace(errOut), "\n") != 0 || out != "" {
		t.Errorf("ingest with a wrong password: stdout %q, stderr %q; want one sentence on stderr", out, errOut)
	}
}

// TestUnreachable needs no server: nothing listens on port 1.
func TestUnreachable(t *testing.T) {
	code, _, errOut := runCLI(t, context.Background(), nil, "", nil, "schema", "apply", "--neo4j-uri", "bolt://127.0.0.1:1")
	if code != ExitUsage || !strings.Contains(errOut, "cannot reach Neo4j at bolt://127.0.0.1:1") {
		t.Errorf("schema apply on a closed port: exit %d, stderr %q; want %d and a sentence naming the URI", code, errOut, ExitUsage)
	}
}

// TestSchemaWarmUp: schema warm-up compiles every write statement and
// keeps nothing.
func TestSchemaWarmUp(t *testing.T) {
	env := integrationEnv(t)
	nodes, rels := countGraph(t, env)
	code, _, errOut := runCLI(t, context.Background(), nil, "", env, "schema", "warm-up")
	if code != ExitOK || !strings.Contains(errOut, "compiled 45 write statements") {
		t.Fatalf("schema warm-up: exit %d, stderr %q; want 0 and 45 statements compiled", code, errOut)
	}
	if n, r := countGraph(t, env); n != nodes || r != rels {
		t.Errorf("schema warm-up changed the graph: %d nodes, %d relationships before; %d, %d after", nodes, rels, n, r)
	}
}
