package cmd

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestServerMisconfigurations runs against the real Neo4j: an unknown
// database lists the ones that exist; a TLS scheme against the plain local
// server says to drop the +s.
func TestServerMisconfigurations(t *testing.T) {
	env := integrationEnv(t)
	c, err := loadConfig("", mapEnv(env), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(c.Neo4j.URI)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "bolt" && u.Scheme != "neo4j" {
		t.Skipf("the test server %s uses TLS", c.Neo4j.URI)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown database", []string{"query", "meetings", "--neo4j-database", "no-such-db"},
			`has no database "no-such-db" (it has `}, // neo4j, system on Community
		{"unknown database on ingest", []string{"ingest", "--neo4j-database", "no-such-db", examples},
			`): set --neo4j-database or ACTORGRAPH_NEO4J_DATABASE to one that exists.`},
		{"TLS against a plain server", []string{"schema", "apply", "--neo4j-uri", "neo4j+s://" + u.Host},
			"actorgraph: Neo4j at neo4j+s://" + u.Host + " does not answer TLS: for a server without encryption, such as the local one, use neo4j://" + u.Host + " or bolt://" + u.Host + " instead."},
		{"self-signed TLS against a plain server", []string{"schema", "apply", "--neo4j-uri", "bolt+ssc://" + u.Host},
			"use bolt://" + u.Host + " instead."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, context.Background(), nil, "", env, tt.args...)
			if code != ExitUsage || !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and one line containing %q", code, out, errOut, ExitUsage, tt.want)
			}
		})
	}
}

// TestIngestSignalStops: SIGTERM stops an ingest busy extracting a long
// article within 2 s, with the summary and exit code 130, and writes nothing
// of it.
func TestIngestSignalStops(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on windows")
	}
	env := integrationEnv(t)
	big := filepath.Join(t.TempDir(), "long.txt")
	// 6 MB under a raised size limit: seconds of extraction on any machine,
	// so the signal comes while it runs; --force, since an earlier run that
	// was not stopped in time loaded it (and it is retracted at the end)
	if err := os.WriteFile(big, []byte("A long article\n\n"+inventedText(6000000)), 0o644); err != nil {
		t.Fatal(err)
	}
	env["ACTORGRAPH_INGEST_MAX_ARTICLE_BYTES"] = "8388608"
	t.Cleanup(func() { runCLI(t, context.Background(), nil, "", env, "retract", big) })
	c := exec.Command(os.Args[0], "ingest", "--force", "--workers", "1", "--published", "2016-10-12", big)
	c.Env = []string{"ACTORGRAPH_TEST_MAIN=1", "PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	for k, v := range env {
		c.Env = append(c.Env, k+"="+v)
	}
	signalStops(t, c, 1500*time.Millisecond, "interrupted: ingest: 0 articles read")
}
