package cmd

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testdb"
)

// Two invented articles: "talks" in two versions, and "visit", which shares
// actors and edges with both.
var updateFiles = map[string]string{
	"v1/talks.txt": `---
id: upd-talks
published: 2031-03-04
---
Finland accuses Estonia over border incident

Finland accused Estonia on Monday of violating its airspace near the border. Finnish Foreign Minister Mira Okafor said the incident was serious.
`,
	"v2/talks.txt": `---
id: upd-talks
published: 2031-03-04
---
Finland and Estonia agree to talks

Finnish Foreign Minister Mira Okafor met Estonian Prime Minister Lio Brand in Helsinki on Monday. Finland zorbled Latvia over the delay.
`,
	"visit.txt": `---
id: upd-visit
published: 2031-03-04
---
Okafor visits Tallinn

Finnish Foreign Minister Mira Okafor visited Tallinn on Monday and met Estonian Prime Minister Lio Brand.
`,
	// A changed extractor: a verb the built-in rules do not know (an
	// invented one, so that no built-in rule ever learns it).
	"dict.yaml": `rules:
  - {id: criticized/zorble-test, type: CRITICIZED, kind: verb, forms: [zorble], preps: ["", over]}
`,
}

// TestUpdateAndRetractEndToEnd checks the update invariant through the CLI
// on the test database: a corrected article, and --force after the
// extractor changed, give the graph the new version alone gives; retracting
// the articles gives back the graph from before.
func TestUpdateAndRetractEndToEnd(t *testing.T) {
	env := integrationEnv(t)
	d := testdb.Driver(t)
	dir := t.TempDir()
	for name, text := range updateFiles {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	v1, v2, visit := filepath.Join(dir, "v1/talks.txt"), filepath.Join(dir, "v2/talks.txt"), filepath.Join(dir, "visit.txt")
	dict := filepath.Join(dir, "dict.yaml")
	cli := func(want int, args ...string) string {
		t.Helper()
		code, _, errOut := runCLI(t, context.Background(), nil, "", env, args...)
		if code != want {
			t.Fatalf("actorgraph %s: exit %d, want %d; stderr %s", strings.Join(args, " "), code, want, errOut)
		}
		return errOut
	}
	retractAll := func() { cli(ExitOK, "retract", "article:upd-talks", "article:upd-visit") }
	runCLI(t, context.Background(), nil, "", env, "retract", "article:upd-talks", "article:upd-visit") // a failed earlier run
	t.Cleanup(func() {
		runCLI(t, context.Background(), nil, "", env, "retract", "article:upd-talks", "article:upd-visit")
	})
	cli(ExitOK, "schema", "apply")
	base := testdb.Snapshot(t, d, "")

	cli(ExitOK, "ingest", v2, visit)
	want := testdb.Snapshot(t, d, "")
	cli(ExitOK, "retract", v2, visit)
	if got := testdb.Snapshot(t, d, ""); got != base {
		t.Errorf("ingest then retract changed the graph\n%s", testdb.Diff(got, base))
	}

	cli(ExitOK, "ingest", v1, visit)
	if testdb.Snapshot(t, d, "") == want {
		t.Fatalf("v1 gives the graph of v2: the test tests nothing")
	}
	if errOut := cli(ExitOK, "ingest", v2, visit); !strings.Contains(errOut, "2 articles read, 1 skipped") {
		t.Errorf("ingest of the corrected article: stderr %q, want the unchanged one skipped", errOut)
	}
	if got := testdb.Snapshot(t, d, ""); got != want {
		t.Errorf("v1 then v2 differs from v2 alone\n%s", testdb.Diff(got, want))
	}

	cli(ExitOK, "ingest", "--force", "--dictionary", dict, v2, visit)
	forced := testdb.Snapshot(t, d, "")
	if forced == want || !strings.Contains(forced, "criticized/zorble-test") {
		t.Fatalf("ingest --force with the new rule did not change the graph")
	}
	retractAll()
	cli(ExitOK, "ingest", "--dictionary", dict, v2, visit)
	if got := testdb.Snapshot(t, d, ""); got != forced {
		t.Errorf("--force after the extractor changed differs from a first load with it\n%s", testdb.Diff(got, forced))
	}

	if errOut := cli(ExitPartial, "retract", "article:upd-visit", "article:upd-never"); !strings.Contains(errOut,
		"article:upd-never is not loaded in "+env["ACTORGRAPH_NEO4J_URI"]) {
		t.Errorf("retract of an unknown id: stderr %q, want a sentence naming it", errOut)
	}
	cli(ExitOK, "retract", v2)
	if got := testdb.Snapshot(t, d, ""); got != base {
		t.Errorf("after retracting every article the graph differs from before\n%s", testdb.Diff(got, base))
	}
}
