package cmd

// Tests of the failures a user can cause: oversized input, interrupted
// runs, bad parameters, missing paths. Each names the message and the exit
// code the README documents.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// inventedText returns about n bytes of invented news sentences.
func inventedText(n int) string {
	const para = "Sylvania accused Freedonia of shelling the border town of Nova Tessa on Tuesday. " +
		"The foreign minister of Norway met his counterpart from Chile in Oslo to discuss the crisis. " +
		"Mira Okafor, the head of the Harbor Policy Institute, urged both sides to return to talks.\n\n"
	return strings.Repeat(para, n/len(para)+1)
}

// TestExtractAllStopsOnCancel: a cancelled run returns at once, whether its
// reader is blocked on input or its extractor is busy with a long article.
func TestExtractAllStopsOnCancel(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	slow := func(a ingest.Article) *graph.Graph { <-block; return graph.New() }
	stdin, w := io.Pipe()
	defer w.Close()
	tests := []struct {
		name string
		p    *extractParams
	}{
		{"reader blocked on stdin", &extractParams{paths: []string{"-"}, stdin: stdin, extract: slow}},
		{"extraction busy", &extractParams{paths: []string{filepath.Join(examples, "doha-ceasefire.txt")}, extract: slow}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			sunk := 0
			tt.p.workers = 2
			tt.p.sink = func(j job) error { sunk++; return nil }
			done := make(chan error, 1)
			go func() { done <- extractAll(ctx, tt.p) }()
			time.Sleep(100 * time.Millisecond)
			start := time.Now()
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("extractAll after cancel = %v, want nil (the caller reports the interruption)", err)
				}
				if d := time.Since(start); d > 2*time.Second {
					t.Errorf("extractAll took %v after cancel, want under 2s", d)
				}
			case <-time.After(3 * time.Second):
				t.Fatal("extractAll did not return within 3s of cancel")
			}
		})
	}
}

// TestSignalStopsRun: SIGTERM stops a run that is reading a blocked stdin or
// extracting a long article within 2 s, prints the summary, exits 130.
func TestSignalStopsRun(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on windows")
	}
	big := filepath.Join(t.TempDir(), "long.txt")
	// near the 2 MiB article limit: extraction takes a few hundred ms at
	// least, and the signal comes while it runs (or before: also 0 read)
	if err := os.WriteFile(big, []byte("A long article\n\n"+inventedText(2000000)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"stdin blocked", []string{"extract", "-"}},
		{"long extraction", []string{"extract", "--workers", "1", big}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := exec.Command(os.Args[0], tt.args...)
			c.Env = append(os.Environ(), "ACTORGRAPH_TEST_MAIN=1")
			in, err := c.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			signalStops(t, c, 250*time.Millisecond, "interrupted: extract: 0 articles read")
		})
	}
}

// TestFailureMessages: each failure a user can cause gives one line that
// says what to do, and its documented exit code.
func TestFailureMessages(t *testing.T) {
	empty := t.TempDir()
	feed := filepath.Join(t.TempDir(), "feed.jsonl")
	os.WriteFile(feed, []byte(`{"id":"f1","title":"One","text":"Sylvania met Freedonia in Oslo.","published":"2016-10-12"}`+"\n"+
		`{"id":"f2","title":"Two","text":"`+strings.ReplaceAll(inventedText(2000), "\n", " ")+`","published":"2016-10-12"}`+"\n"), 0o644)
	good := filepath.Join(examples, "doha-ceasefire.txt")
	explain := func(err error, uri string) error { return graph.Explain(err, uri, "neo4j") }
	unreachable := fmt.Errorf("%w: dial tcp: connection refused", graph.ErrUnavailable)
	tests := []struct {
		name       string
		connectErr error
		args       []string
		code       int
		want       string
		stdout     string // a part of stdout, when the run writes one
	}{
		// Query parameters are checked before Neo4j is asked: the server
		// here is unreachable, and the message is about the parameter.
		{name: "negative limit", connectErr: unreachable, args: []string{"query", "top-actors", "--param", "limit=-1"}, code: ExitUsage,
			want: "actorgraph: bad query parameter: query top-actors, param limit: -1 is less than 1; run `actorgraph query top-actors --help` for its parameters.\n"},
		{name: "hops out of range", connectErr: unreachable, args: []string{"query", "path", "-p", "a=x", "-p", "b=y", "-p", "max_hops=99"}, code: ExitUsage,
			want: "actorgraph: bad query parameter: query path, param max_hops: 99 is not between 1 and 15; run `actorgraph query path --help` for its parameters.\n"},
		{name: "not a number", connectErr: unreachable, args: []string{"query", "meetings", "-p", "limit=ten"}, code: ExitUsage,
			want: "actorgraph: bad query parameter: query meetings, param limit: \"ten\" is not an integer; run `actorgraph query meetings --help` for its parameters.\n"},
		{name: "unknown param", connectErr: unreachable, args: []string{"query", "meetings", "-p", "since=2016-01-01"}, code: ExitUsage,
			want: "has no param since (it has: from, to, actor, min_sources, limit); run `actorgraph query meetings --help` for its parameters.\n"},
		{name: "missing param", connectErr: unreachable, args: []string{"query", "evidence", "-p", "a=x"}, code: ExitUsage,
			want: "needs --param b=<string>"},
		{name: "param without a value", connectErr: unreachable, args: []string{"query", "meetings", "--param", "novalue"}, code: ExitUsage,
			want: "actorgraph: --param \"novalue\": want key=value; run `actorgraph query meetings --help` for its parameters.\n"},
		{name: "unknown query", connectErr: unreachable, args: []string{"query", "no-such-query"}, code: ExitUsage,
			want: "run `actorgraph query --list` for what each answers.\n"},
		// Inputs.
		{name: "empty folder, ingest", args: []string{"ingest", empty}, code: ExitFailure,
			want: "actorgraph: no articles found in " + empty + ": they hold no .txt, .md, .json, .jsonl, .ndjson, .html or .htm file"},
		{name: "empty folder, extract", args: []string{"extract", empty}, code: ExitFailure, want: "actorgraph: no articles found in " + empty},
		{name: "missing path next to a good one, ingest", args: []string{"ingest", "--published", "2016-10-12", good, "typo.txt"}, code: ExitPartial,
			want: "actorgraph: read typo.txt: no such file or directory\ningest: 1 articles read, 0 skipped, 1 failed"},
		{name: "missing path, the end", args: []string{"ingest", "--published", "2016-10-12", "typo.txt", good}, code: ExitPartial,
			want: "actorgraph: 1 of 2 paths could not be read (typo.txt); the other paths were read.\n"},
		{name: "missing path next to a good one, extract", args: []string{"extract", good, "typo.txt"}, code: ExitPartial,
			want: "1 of 2 paths could not be read (typo.txt)", stdout: `"articles"`},
		{name: "only a missing path", args: []string{"extract", "typo.txt"}, code: ExitFailure, want: "read typo.txt: no such file or directory"},
		{name: "article too large", args: []string{"ingest", "--max-article-bytes", "1024", feed}, code: ExitOK,
			want: "feed.jsonl:2: article too large: line of "},
		// The server.
		{name: "rate limited", args: []string{"schema", "apply"}, code: ExitUsage,
			connectErr: explain(&neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit"}, "bolt://127.0.0.1:7687"),
			want:       "actorgraph: Neo4j at bolt://127.0.0.1:7687 refuses logins of user \"neo4j\" for a while after repeated wrong passwords (dbms.security.auth_lock_time, 5 seconds by default): wait 5 seconds, then retry with the right password.\n"},
		{name: "TLS to a plain server", args: []string{"query", "meetings", "--neo4j-uri", "neo4j+s://127.0.0.1:7687"}, code: ExitUsage,
			connectErr: explain(&neo4j.ConnectivityError{Inner: errors.New("remote end closed the connection, check that TLS is enabled on the server")}, "neo4j+s://127.0.0.1:7687"),
			want:       "actorgraph: Neo4j at neo4j+s://127.0.0.1:7687 does not answer TLS: for a server without encryption, such as the local one, use neo4j://127.0.0.1:7687 or bolt://127.0.0.1:7687 instead.\n"},
		{name: "remote server unreachable", args: []string{"schema", "apply", "--neo4j-uri", "bolt://db.example.org:7687"}, code: ExitUsage,
			connectErr: unreachable,
			want:       "actorgraph: cannot reach Neo4j at bolt://db.example.org:7687: check the host, the port and the network; a server that requires TLS, such as Aura, needs neo4j+s:// (bolt:// and neo4j:// do not encrypt).\n"},
		{name: "remote TLS server unreachable", args: []string{"schema", "apply", "--neo4j-uri", "neo4j+s://db.example.org"}, code: ExitUsage,
			connectErr: unreachable, want: "actorgraph: cannot reach Neo4j at neo4j+s://db.example.org: check the host, the port and the network.\n"},
		{name: "local server unreachable", args: []string{"schema", "apply", "--neo4j-uri", "neo4j://localhost:7687"}, code: ExitUsage,
			connectErr: unreachable, want: "actorgraph: cannot reach Neo4j at neo4j://localhost:7687: start the local server with `make neo4j-start`"},
		{name: "unknown database", args: []string{"query", "meetings", "--neo4j-database", "graphs"}, code: ExitUsage,
			connectErr: &unknownDatabaseError{Name: "graphs", Existing: []string{"neo4j", "system"}},
			want:       "actorgraph: Neo4j at bolt://127.0.0.1:7687 has no database \"graphs\" (it has neo4j, system): set --neo4j-database or ACTORGRAPH_NEO4J_DATABASE to one that exists.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &fakeWriter{}
			code, out, errOut := runCLI(t, context.Background(), fakeFactory(w, tt.connectErr), "", nil, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tt.code, errOut)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr = %q, want %q", errOut, tt.want)
			}
			if strings.Contains(errOut, "Usage:") {
				t.Errorf("stderr has the usage: %s", errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout = %q, want %q", out, tt.stdout)
			}
		})
	}
}

// TestMissingPathLoadsTheRest: a typo next to good paths loads the good
// articles before the run exits with ExitPartial.
func TestMissingPathLoadsTheRest(t *testing.T) {
	w := &fakeWriter{}
	code, _, errOut := runCLI(t, context.Background(), fakeFactory(w, nil), "", nil,
		"ingest", "--published", "2016-10-12", "typo", examples)
	if code != ExitPartial || len(w.loaded) != 8 {
		t.Errorf("exit %d, %d articles loaded, want %d and 8; stderr %s", code, len(w.loaded), ExitPartial, errOut)
	}
}

// TestQueryHelpListsParams: `query NAME --help` shows that query's
// parameters with their ranges, as the bad-parameter hint promises.
func TestQueryHelpListsParams(t *testing.T) {
	code, out, errOut := runCLI(t, context.Background(), nil, "", nil, "query", "path", "--help")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{"query path: ", "--param max_hops=<int 1..15>  longest chain searched (default 6)",
		"--param a=<string>", "--format"} {
		if !strings.Contains(out, want) {
			t.Errorf("query path --help = %q, want %q", out, want)
		}
	}
}

// fakeServer accepts connections and answers each with reply after reading
// the Bolt handshake (20 bytes); it returns the address.
func fakeServer(t *testing.T, reply string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				c.SetDeadline(time.Now().Add(5 * time.Second))
				io.ReadFull(c, make([]byte, 20))
				io.WriteString(c, reply)
			}()
		}
	}()
	return ln.Addr().String()
}

// TestWrongPortAndScheme: the real driver against a server that answers
// HTTP (Neo4j's HTTP port) or no TLS, with the one sentence for each.
func TestWrongPortAndScheme(t *testing.T) {
	http := fakeServer(t, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
	tests := []struct{ uri, want string }{
		{"bolt://" + http, "actorgraph: bolt://" + http + " is Neo4j's HTTP port (the Browser), not its Bolt port: point --neo4j-uri or ACTORGRAPH_NEO4J_URI at the Bolt port, 7687 by default (bolt://127.0.0.1:7687).\n"},
		{"bolt+s://" + http, "actorgraph: Neo4j at bolt+s://" + http + " does not answer TLS: for a server without encryption, such as the local one, use bolt://" + http + " instead.\n"},
		{"neo4j+ssc://" + http, "does not answer TLS: for a server without encryption, such as the local one, use neo4j://" + http + " or bolt://" + http + " instead.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.uri, func(t *testing.T) {
			code, _, errOut := runCLI(t, context.Background(), nil, "", nil, "schema", "apply", "--neo4j-uri", tt.uri)
			if code != ExitUsage || !strings.HasPrefix(errOut, "actorgraph: ") || !strings.HasSuffix(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stderr %q, want %d and %q", code, errOut, ExitUsage, tt.want)
			}
		})
	}
}

// TestSignalWhileConnecting: a signal that comes while Neo4j is being
// reached stops the run as interrupted (130, the summary), not as a server
// that cannot be reached.
func TestSignalWhileConnecting(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	f := &factory{connect: func(ctx context.Context, _ Neo4jConfig, _ int) (*conn, error) {
		cancel()
		<-ctx.Done()
		return nil, fmt.Errorf("%w: %v", graph.ErrUnavailable, ctx.Err())
	}}
	for _, args := range [][]string{{"ingest", filepath.Join(examples, "doha-ceasefire.txt")}, {"query", "top-actors"}} {
		code, _, errOut := runCLI(t, ctx, f, "", nil, args...)
		if code != ExitInterrupted || strings.Contains(errOut, "cannot reach") {
			t.Errorf("%s stopped while connecting: exit %d, stderr %q; want %d", strings.Join(args, " "), code, errOut, ExitInterrupted)
		}
		if args[0] == "ingest" && !strings.Contains(errOut, "interrupted: ingest: 0 articles read") {
			t.Errorf("ingest stopped while connecting: stderr %q, want the summary", errOut)
		}
	}
}

// signalStops starts c, sends SIGTERM after delay and checks that the run
// ends as interrupted, soon, with want in its summary on stderr.
func signalStops(t *testing.T, c *exec.Cmd, delay time.Duration, want string) {
	t.Helper()
	var stderr bytes.Buffer
	c.Stderr = &stderr
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(delay)
	start := time.Now()
	c.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
			t.Errorf("exit %v, want code %d; stderr %s", err, ExitInterrupted, stderr.String())
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("took %v after SIGTERM, want under 2s", d)
		}
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr = %q, want the summary %q", stderr.String(), want)
		}
	case <-time.After(5 * time.Second):
		c.Process.Kill()
		t.Fatalf("still running 5s after SIGTERM; stderr %s", stderr.String())
	}
}
