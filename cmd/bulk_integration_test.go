package cmd

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/testdb"
)

// scratchServer starts a Neo4j server of its own, in a temporary home that
// uses the jars of the checkout's local server, loads the neo4j-admin
// import files of dir into it with `scripts/neo4j.sh import`, and returns
// the environment of the CLI and its test database config. It skips when
// the jars or Java are missing; the server is stopped when the test ends.
func scratchServer(t *testing.T, dir string) (map[string]string, testdb.Config) {
	t.Helper()
	testdb.Get(t) // skip unless the integration tests run
	lib, err := filepath.Abs(filepath.Join("..", ".neo4j", "lib"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(lib, ".installed")); err != nil {
		t.Skipf("no Neo4j jars in %s (make neo4j-install): %v", lib, err)
	}
	if _, err := exec.LookPath("java"); err != nil {
		t.Skip("no java on PATH")
	}
	home := filepath.Join(t.TempDir(), "neo4j")
	if err := os.MkdirAll(home, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(lib, filepath.Join(home, "lib")); err != nil {
		t.Fatal(err)
	}
	bolt, http := freePort(t), freePort(t)
	env := append(os.Environ(), "NEO4J_LOCAL_HOME="+home, "NEO4J_BOLT_PORT="+bolt, "NEO4J_HTTP_PORT="+http,
		"NEO4J_LOCAL_PASSWORD=actorgraph-dev", "NEO4J_HEAP_MAX=512m", "NEO4J_IMPORT_OFF_HEAP=512m")
	script := func(args ...string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		c := exec.CommandContext(ctx, filepath.Join("..", "scripts", "neo4j.sh"), args...)
		c.Env = env
		out, err := c.CombinedOutput()
		t.Logf("neo4j.sh %s: %s", strings.Join(args, " "), bytes.TrimSpace(out))
		if err != nil {
			t.Fatalf("neo4j.sh %s: %v", strings.Join(args, " "), err)
		}
	}
	t.Cleanup(func() { script("stop") })
	script("import", dir)
	script("start")
	c := testdb.Config{URI: "bolt://127.0.0.1:" + bolt, User: "neo4j", Password: "actorgraph-dev", Database: "neo4j"}
	return map[string]string{"ACTORGRAPH_NEO4J_URI": c.URI, "ACTORGRAPH_NEO4J_USER": c.User,
		"ACTORGRAPH_NEO4J_PASSWORD": c.Password, "ACTORGRAPH_NEO4J_DATABASE": c.Database}, c
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}

// TestBulkLoadEqualsIngest: the graph that export --format neo4j-admin and
// neo4j-admin import build is the one ingest builds from the same
// articles, property for property (tallies, contributions, name keys,
// evidence, Official labels); and retracting an article from either gives
// the same graph again.
func TestBulkLoadEqualsIngest(t *testing.T) {
	testdb.Get(t)
	dir := t.TempDir()
	feed := faultFile(t, dir, "feed.jsonl", "bulk", 0, 40, func(i int) int { return 1 + i%2 })
	inputs := []string{"--published", "2016-10-16", examples, feed}
	csvDir := filepath.Join(dir, "import")
	code, _, errOut := runCLI(t, context.Background(), nil, "", nil,
		append([]string{"export", "--format", "neo4j-admin", "--out", csvDir}, inputs...)...)
	if code != ExitOK {
		t.Fatalf("export --format neo4j-admin: exit %d; %s", code, errOut)
	}
	env, c := scratchServer(t, csvDir)
	d := testdb.Open(t, c)
	cli := func(args ...string) {
		t.Helper()
		if code, _, errOut := runCLI(t, context.Background(), nil, "", env, args...); code != ExitOK {
			t.Fatalf("actorgraph %s: exit %d; %s", strings.Join(args, " "), code, errOut)
		}
	}
	cli("schema", "apply", "--after-import")
	bulk := testdb.Snapshot(t, d, "")
	if diff, n := testdb.CounterDiff(t, d, ""); diff != "" || n == 0 {
		t.Errorf("bulk load: %d nodes with event counters; counters that differ from the edges:\n%s", n, diff)
	}
	retracted := "article:bulk-007"
	cli("retract", retracted)
	bulkRetracted := testdb.Snapshot(t, d, "")

	testdb.Query(t, d, "MATCH (n) DETACH DELETE n", nil)
	cli(append([]string{"ingest"}, inputs...)...)
	ingested := testdb.Snapshot(t, d, "")
	cli("retract", retracted)
	ingestRetracted := testdb.Snapshot(t, d, "")

	if n := strings.Count(ingested, "\n"); n < 100 || !strings.Contains(ingested, "tally_counts=") {
		t.Fatalf("the ingested graph has %d lines, want a real graph:\n%s", n, ingested)
	}
	if bulk != ingested {
		t.Errorf("bulk load differs from ingest (+ bulk only, - ingest only):\n%s", firstLines(testdb.Diff(bulk, ingested), 40))
	}
	if bulkRetracted != ingestRetracted {
		t.Errorf("after retract %s, bulk load differs from ingest (+ bulk only, - ingest only):\n%s",
			retracted, firstLines(testdb.Diff(bulkRetracted, ingestRetracted), 40))
	}
	if bulkRetracted == bulk {
		t.Errorf("retract %s changed nothing in the bulk-loaded graph", retracted)
	}
}

func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("... %d more lines", len(lines)-n))
	}
	return strings.Join(lines, "\n")
}
