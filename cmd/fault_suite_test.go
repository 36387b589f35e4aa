package cmd

// The fault suite of the update invariant (issue 8), against the test
// database of internal/testdb: an ingest interrupted at a random point and
// run again, concurrent ingests of overlapping and updated articles, and
// truncated or hostile input must each leave the graph a clean ingest of the
// same final articles gives; nothing lost, nothing duplicated. The articles
// are invented and written into t.TempDir(); their ids carry a fresh
// namespace, and every case retracts them before and after it runs.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/internal/testdb"
)

var (
	faultCountries = []string{"Finland", "Estonia", "Latvia", "Sweden", "Norway", "Poland", "Denmark", "Lithuania"}
	faultFirst     = []string{"Mira", "Lio", "Tavi", "Sena", "Oren", "Kala", "Ruen", "Dova"}
	faultLast      = []string{"Okafor", "Brand", "Vessant", "Marten", "Quillby", "Harrow", "Lindqvar", "Pellin"}
)

// faultRecord returns article i of namespace ns in version v (1 or 2) as one
// JSONL line: v2 names other actors and other edges than v1, and both share
// actors with their neighbours.
func faultRecord(ns string, i, v int) string {
	c := func(k int) string { return faultCountries[(i+k)%len(faultCountries)] }
	p := func(k int) string {
		return faultFirst[(i+k)%len(faultFirst)] + " " + faultLast[(i/len(faultFirst)+k)%len(faultLast)]
	}
	text := fmt.Sprintf("%s accused %s on Monday of violating its airspace near the border. "+
		"Foreign Minister %s of %s said the incident was serious.", c(0), c(1), p(0), c(0))
	if v == 2 {
		text = fmt.Sprintf("Foreign Minister %s of %s met Prime Minister %s of %s in Oslo on Monday. "+
			"%s criticized %s over the delay.", p(0), c(0), p(1), c(2), c(0), c(3))
	}
	b, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%03d", ns, i), "title": fmt.Sprintf("Report %d", i),
		"text": text, "published": "2031-03-04"})
	return string(b)
}

// faultFile writes the records of articles [from, to) in version v (a
// version per article when v is nil) to dir/name and returns its path.
func faultFile(t *testing.T, dir, name, ns string, from, to int, v func(i int) int) string {
	t.Helper()
	var b strings.Builder
	for i := from; i < to; i++ {
		b.WriteString(faultRecord(ns, i, v(i)) + "\n")
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func version(v int) func(int) int { return func(int) int { return v } }

// faultEnv is a fault case's database, environment and namespace; the
// articles of the namespace are retracted when the case ends.
type faultEnv struct {
	t   *testing.T
	env map[string]string
	d   neo4j.DriverWithContext
	ns  string
	dir string
}

func newFaultEnv(t *testing.T) *faultEnv {
	env := integrationEnv(t)
	d := testdb.Driver(t)
	f := &faultEnv{t: t, env: env, d: d, ns: testdb.Namespace(t, d, "fault"), dir: t.TempDir()}
	f.cli(ExitOK, "schema", "apply")
	t.Cleanup(f.retractAll)
	return f
}

// cli runs the CLI in this process and fails the test unless it exits want.
func (f *faultEnv) cli(want int, args ...string) string {
	f.t.Helper()
	code, _, errOut := runCLI(f.t, context.Background(), nil, "", f.env, args...)
	if code != want {
		f.t.Fatalf("actorgraph %s: exit %d, want %d; stderr %s", strings.Join(args, " "), code, want, errOut)
	}
	return errOut
}

// retractAll removes every article of the namespace and what only they
// support, leaving the database as before the case.
func (f *faultEnv) retractAll() {
	rows := testdb.Query(f.t, f.d, `MATCH (a:Article) WHERE a.id STARTS WITH 'article:' + $ns + '-' RETURN a.id AS id`,
		map[string]any{"ns": f.ns})
	args := []string{"retract"}
	for _, r := range rows {
		args = append(args, r["id"].(string))
	}
	if len(args) > 1 {
		f.cli(ExitOK, args...)
	}
}

// snapshot returns the snapshot of the database, after checking that its
// event counters equal a count of its edges.
func (f *faultEnv) snapshot() string {
	f.t.Helper()
	if diff, _ := testdb.CounterDiff(f.t, f.d, ""); diff != "" {
		f.t.Errorf("event counters differ from the edges:\n%s", diff)
	}
	return testdb.Snapshot(f.t, f.d, "")
}

// clean returns the snapshot of a clean ingest of paths, then retracts it
// and checks the database is back to where it was.
func (f *faultEnv) clean(paths ...string) string {
	f.t.Helper()
	f.retractAll()
	base := f.snapshot()
	f.cli(ExitOK, append([]string{"ingest"}, paths...)...)
	want := f.snapshot()
	f.retractAll()
	if got := f.snapshot(); got != base {
		f.t.Fatalf("ingest then retract changed the graph\n%s", testdb.Diff(got, base))
	}
	return want
}

// check fails the test unless the graph is the snapshot want.
func (f *faultEnv) check(what, want string) {
	f.t.Helper()
	if got := f.snapshot(); got != want {
		f.t.Errorf("%s: the graph differs from a clean ingest of the same articles\n%s", what, testdb.Diff(got, want))
	}
}

// start runs the CLI as a process of its own (this test binary, through
// Main and its signal handling) against the test database.
func (f *faultEnv) start(stderr *bytes.Buffer, args ...string) *exec.Cmd {
	f.t.Helper()
	c := exec.Command(os.Args[0], args...)
	c.Env = []string{"ACTORGRAPH_TEST_MAIN=1", "PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	for k, v := range f.env {
		c.Env = append(c.Env, k+"="+v)
	}
	c.Stderr = stderr
	if err := c.Start(); err != nil {
		f.t.Fatal(err)
	}
	return c
}

// wait waits for c at most limit, killing it then, and returns its exit code
// (-1 when killed by a signal).
func (f *faultEnv) wait(c *exec.Cmd, limit time.Duration, stderr *bytes.Buffer) int {
	f.t.Helper()
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			f.t.Fatal(err)
		}
		return 0
	case <-time.After(limit):
		c.Process.Kill()
		<-done
		f.t.Fatalf("actorgraph %s still running after %v; stderr %s", strings.Join(c.Args[1:], " "), limit, stderr)
		return -1
	}
}

// TestFaultInterruptedIngest: an ingest stopped by SIGINT, SIGTERM or
// SIGKILL after a pseudo-random delay, then run again to completion, gives
// the graph of one clean ingest; the same when the interrupted ingest
// updates articles loaded in v1 to v2 (each update retracts v1 in the
// transaction that writes v2, so no stop leaves half of one).
func TestFaultInterruptedIngest(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no signals on windows")
	}
	f := newFaultEnv(t)
	feed1 := faultFile(t, f.dir, "v1.jsonl", f.ns, 0, 200, version(1))
	feed2 := faultFile(t, f.dir, "v2.jsonl", f.ns, 0, 200, version(2))
	want := map[string]string{feed1: f.clean(feed1), feed2: f.clean(feed2)}
	// how long a whole ingest takes as a process here: the signals come
	// at a random point within that
	var stderr bytes.Buffer
	began := time.Now()
	f.wait(f.start(&stderr, "ingest", "--batch-size", "2", feed1), 30*time.Second, &stderr)
	full := time.Since(began)
	f.retractAll()
	seed := time.Now().UnixNano()
	t.Logf("seed %d; a whole ingest takes %v", seed, full)
	rnd := rand.New(rand.NewSource(seed))
	tests := []struct {
		sig           syscall.Signal
		loaded, input string // loaded before the interrupted ingest of input
	}{
		{syscall.SIGINT, "", feed1},
		{syscall.SIGTERM, "", feed1},
		{syscall.SIGKILL, "", feed1},
		{syscall.SIGTERM, feed1, feed2},
		{syscall.SIGKILL, feed1, feed2},
	}
	for _, tt := range tests {
		name := tt.sig.String()
		if tt.loaded != "" {
			name += " during updates"
		}
		t.Run(name, func(t *testing.T) {
			parent := f.t
			f.t = t
			defer func() { f.t = parent }()
			f.retractAll()
			if tt.loaded != "" {
				f.cli(ExitOK, "ingest", tt.loaded)
			}
			var stderr bytes.Buffer
			c := f.start(&stderr, "ingest", "--batch-size", "2", tt.input)
			// from 100 ms on: the process has set up its signal handling
			delay := 100*time.Millisecond + time.Duration(rnd.Int63n(int64(full)))
			time.Sleep(delay)
			c.Process.Signal(tt.sig)
			code := f.wait(c, 15*time.Second, &stderr)
			t.Logf("%v after %v: exit %d, %s", tt.sig, delay, code, strings.TrimSpace(stderr.String()))
			if tt.sig != syscall.SIGKILL && code != ExitInterrupted && code != ExitOK {
				t.Errorf("exit %d after %v, want %d (or %d when it had finished)", code, tt.sig, ExitInterrupted, ExitOK)
			}
			f.cli(ExitOK, "ingest", tt.input)
			f.check("interrupted then re-run", want[tt.input])
		})
	}
}

// TestFaultConcurrentUpdates: three ingests at once over overlapping sets,
// some articles in v1 in one and v2 in another, then an ingest of the v2
// set, give the graph a clean ingest of the v2 set gives.
func TestFaultConcurrentUpdates(t *testing.T) {
	f := newFaultEnv(t)
	const n = 90
	final := faultFile(t, f.dir, "v2.jsonl", f.ns, 0, n, version(2))
	want := f.clean(final)
	feeds := []string{
		faultFile(t, f.dir, "a.jsonl", f.ns, 0, 60, version(1)),
		faultFile(t, f.dir, "b.jsonl", f.ns, 30, n, version(2)),
		faultFile(t, f.dir, "c.jsonl", f.ns, 0, n, func(i int) int { return 1 + i%2 }),
	}
	var cmds []*exec.Cmd
	var errs []*bytes.Buffer
	for _, feed := range feeds {
		var stderr bytes.Buffer
		errs = append(errs, &stderr)
		cmds = append(cmds, f.start(&stderr, "ingest", "--batch-size", "7", feed))
	}
	for i, c := range cmds {
		code := f.wait(c, 30*time.Second, errs[i])
		t.Logf("ingest %s: exit %d, %s", filepath.Base(feeds[i]), code, strings.TrimSpace(errs[i].String()))
		if code != ExitOK {
			t.Errorf("concurrent ingest %s: exit %d, want %d", filepath.Base(feeds[i]), code, ExitOK)
		}
	}
	// Each article is now loaded once, in the version some run wrote
	// last: the graph is a clean ingest of those versions.
	mid := f.snapshot()
	rows := testdb.Query(t, f.d, `MATCH (a:Article) WHERE a.id STARTS WITH 'article:' + $ns + '-'
RETURN a.id AS id, any(s IN coalesce(a.edge_evidence, []) WHERE s CONTAINS 'airspace') AS v1`, map[string]any{"ns": f.ns})
	versions := map[int]int{}
	for _, r := range rows {
		var i int
		fmt.Sscanf(strings.TrimPrefix(r["id"].(string), "article:"+f.ns+"-"), "%d", &i)
		versions[i] = 2
		if r["v1"] == true {
			versions[i] = 1
		}
	}
	ones := 0
	for _, v := range versions {
		ones += 2 - v
	}
	t.Logf("after the concurrent ingests %d of %d articles are in v1", ones, len(versions))
	if len(rows) != n || len(versions) != n {
		t.Errorf("after the concurrent ingests %d articles are loaded (%d distinct), want %d", len(rows), len(versions), n)
	}
	f.cli(ExitOK, "ingest", final)
	f.check("concurrent v1/v2 ingests then the v2 set", want)
	mixed := faultFile(t, f.dir, "mixed.jsonl", f.ns, 0, n, func(i int) int { return versions[i] })
	if clean := f.clean(mixed); mid != clean {
		t.Errorf("after the concurrent ingests the graph differs from a clean ingest of the versions loaded\n%s",
			testdb.Diff(mid, clean))
	}
}

// TestFaultHostileInput: a feed cut mid-record, a record with invalid UTF-8,
// a line over the article-size limit and injection-like text: the bad
// records are reported with their file and line and counted as failed, the
// run exits 0 (README, exit codes), the good records load with their text as
// data, and nothing loaded earlier is lost, even where a bad record carries
// the id of a loaded article.
func TestFaultHostileInput(t *testing.T) {
	f := newFaultEnv(t)
	f.env["ACTORGRAPH_INGEST_MAX_ARTICLE_BYTES"] = "4096"
	earlier := faultFile(t, f.dir, "earlier.jsonl", f.ns, 0, 20, version(1))
	good := faultFile(t, f.dir, "good.jsonl", f.ns, 20, 30, version(2))
	injection := `'}) MATCH (n) DETACH DELETE n // $ns {{x}} "; DROP CONSTRAINT x` + "\u0000"
	inj, _ := json.Marshal(map[string]string{"id": f.ns + "-inj", "title": injection,
		"text": "Finland accused Estonia on Monday of saying " + injection + ".", "published": "2031-03-04"})
	goodData, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	goodOnly := filepath.Join(f.dir, "good-only.jsonl")
	if err := os.WriteFile(goodOnly, append(goodData, append(inj, '\n')...), 0o644); err != nil {
		t.Fatal(err)
	}
	want := f.clean(earlier, goodOnly)

	v2 := faultRecord(f.ns, 0, 2) // an update of a loaded article, spoilt three ways
	huge := strings.Replace(v2, "in Oslo", "in Oslo"+strings.Repeat(" and in Oslo", 400), 1)
	hostile := strings.Join([]string{
		strings.Replace(v2, "Oslo", "Os\xff\xfelo", 1), // line 1: invalid UTF-8
		strings.TrimSuffix(string(goodData), "\n"),     // lines 2-11
		string(inj),    // line 12
		huge,           // line 13
		v2[:len(v2)/2], // line 14: cut mid-record
	}, "\n")
	feed := filepath.Join(f.dir, "hostile.jsonl")
	if err := os.WriteFile(feed, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	f.cli(ExitOK, "ingest", earlier)
	errOut := f.cli(ExitOK, "ingest", feed)
	for _, w := range []string{"hostile.jsonl:1: not a text file: invalid UTF-8", "hostile.jsonl:13: article too large",
		"hostile.jsonl:14: malformed JSON", "ingest: 11 articles read, 0 skipped, 3 failed"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr %q, want %q", errOut, w)
		}
	}
	f.check("earlier articles, then a hostile feed", want)
	rows := testdb.Query(t, f.d, `MATCH (a:Article {id: 'article:' + $ns + '-inj'}) RETURN a.title AS title`,
		map[string]any{"ns": f.ns})
	if len(rows) != 1 || rows[0]["title"] != injection {
		t.Errorf("the injection-like title is stored as %v, want %q", rows, injection)
	}
}

// EnvKillable opts in to TestFaultServerKilled: the checkout directory whose
// scripts/neo4j.sh runs the test server ("1": this checkout). The test kills
// that server with SIGKILL and starts it again.
const EnvKillable = "ACTORGRAPH_TEST_NEO4J_KILLABLE"

// killableServer returns the checkout that runs the test server at uri and
// the server's HTTP port, skipping the test unless EnvKillable names it.
func killableServer(t *testing.T, uri string) (home, httpPort string) {
	t.Helper()
	home = os.Getenv(EnvKillable)
	if home == "" {
		t.Skipf("set %s=1 (or the checkout whose scripts/neo4j.sh runs the test server) to let this test kill and restart it", EnvKillable)
	}
	if home == "1" {
		home = ".."
	}
	u, err := url.Parse(uri)
	if err != nil || !testdb.Loopback(u.Hostname()) || u.Port() == "" {
		t.Fatalf("%s: the test server %s is not a local one with a port", EnvKillable, uri)
	}
	conf, err := os.ReadFile(filepath.Join(home, ".neo4j", "conf", "neo4j.conf"))
	if err != nil {
		t.Fatalf("%s=%s: %v", EnvKillable, home, err)
	}
	for _, l := range strings.Split(string(conf), "\n") {
		if p, ok := strings.CutPrefix(l, "server.http.listen_address=127.0.0.1:"); ok {
			httpPort = p
		}
	}
	if !strings.Contains(string(conf), "server.bolt.listen_address=127.0.0.1:"+u.Port()+"\n") || httpPort == "" {
		t.Fatalf("%s=%s: its server does not listen on %s", EnvKillable, home, uri)
	}
	return home, httpPort
}

// killServer sends SIGKILL to the server of checkout home.
func killServer(t *testing.T, home string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(home, ".neo4j", "run", "neo4j.pid"))
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill Neo4j %d: %v", pid, err)
	}
	// Wait until it is gone: a server still answering makes
	// `neo4j.sh start` do nothing.
	for end := time.Now().Add(20 * time.Second); syscall.Kill(pid, 0) == nil; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("Neo4j %d still alive 20s after SIGKILL", pid)
		}
	}
}

// startServer starts the server of checkout home again, within 3 minutes.
func startServer(t *testing.T, home, boltPort, httpPort string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := exec.CommandContext(ctx, filepath.Join(home, "scripts", "neo4j.sh"), "start")
	c.Env = append(os.Environ(), "NEO4J_BOLT_PORT="+boltPort, "NEO4J_HTTP_PORT="+httpPort)
	out, err := c.CombinedOutput()
	t.Logf("restart Neo4j: %s", bytes.TrimSpace(out))
	if err != nil {
		t.Fatalf("restart Neo4j: %v", err)
	}
}

// TestFaultServerKilled: Neo4j killed with SIGKILL while an ingest writes,
// then started again; the ingest fails without hanging, and running it again
// gives the graph of one clean ingest.
func TestFaultServerKilled(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL on windows")
	}
	uri := integrationEnv(t)["ACTORGRAPH_NEO4J_URI"]
	home, httpPort := killableServer(t, uri)
	u, _ := url.Parse(uri)
	f := newFaultEnv(t)
	feed := faultFile(t, f.dir, "feed.jsonl", f.ns, 0, 200, version(2))
	want := f.clean(feed)
	seed := time.Now().UnixNano()
	t.Logf("seed %d", seed)
	var stderr bytes.Buffer
	began := time.Now()
	f.wait(f.start(&stderr, "ingest", "--batch-size", "2", feed), 30*time.Second, &stderr)
	full := time.Since(began)
	f.retractAll()
	delay := 100*time.Millisecond + time.Duration(rand.New(rand.NewSource(seed)).Int63n(int64(full)))
	stderr.Reset()
	c := f.start(&stderr, "ingest", "--batch-size", "2", feed)
	time.Sleep(delay)
	killServer(t, home)
	code := f.wait(c, 60*time.Second, &stderr)
	t.Logf("Neo4j killed after %v: ingest exit %d, %s", delay, code, strings.TrimSpace(stderr.String()))
	if code != ExitOK && code != ExitUsage && code != ExitFailure {
		t.Errorf("ingest exit %d when Neo4j was killed, want %d, %d or %d (finished before)", code, ExitUsage, ExitFailure, ExitOK)
	}
	startServer(t, home, u.Port(), httpPort)
	f.cli(ExitOK, "ingest", feed)
	f.check("server killed mid-write, restarted, ingest run again", want)
}
