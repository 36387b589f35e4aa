package cmd

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

const examples = "../examples/articles"

// runCLI runs args with buffers for streams and returns the exit code,
// stdout and stderr.
func runCLI(t *testing.T, ctx context.Context, f *factory, stdin string, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	s := streams{In: strings.NewReader(stdin), Out: &out, Err: &errb, Getenv: mapEnv(env)}
	code := run(ctx, args, s, f)
	return code, out.String(), errb.String()
}

func TestExtractPrintsJSON(t *testing.T) {
	code, out, errOut := runCLI(t, context.Background(), nil, "", nil,
		"extract", "--format", "json", "--published", "2016-10-12", filepath.Join(examples, "doha-ceasefire.txt"))
	if code != ExitOK {
		t.Fatalf("extract exit %d, stderr %s", code, errOut)
	}
	var x graph.Extraction
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("extract stdout is not JSON: %v\n%s", err, out)
	}
	if len(x.Articles) != 1 || x.Articles[0].Published != "2016-10-12" || x.Entities == nil || x.Relations == nil {
		t.Errorf("extract JSON = %+v, want one article published 2016-10-12 and entity/relation lists", x)
	}
	if !strings.Contains(errOut, "extract: 1 articles read, 0 skipped, 0 failed") {
		t.Errorf("extract stderr = %q, want the summary", errOut)
	}
	if _, err := graph.ReadJSON(strings.NewReader(out)); err != nil {
		t.Errorf("graph.ReadJSON(extract output): %v", err)
	}
}

func TestExtractAllExamples(t *testing.T) {
	code, out, errOut := runCLI(t, context.Background(), nil, "", nil, "extract", examples)
	if code != ExitOK {
		t.Fatalf("extract exit %d, stderr %s", code, errOut)
	}
	var x graph.Extraction
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	if len(x.Articles) < 6 {
		t.Errorf("extract %s read %d articles, want at least 6", examples, len(x.Articles))
	}
	code, text, _ := runCLI(t, context.Background(), nil, "", nil, "extract", "--format", "text", examples)
	if code != ExitOK || !strings.Contains(text, "Articles (") || !strings.Contains(text, "Relations (") {
		t.Errorf("extract --format text exit %d:\n%s", code, text)
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, errOut := runCLI(t, context.Background(), nil,
		`{"id":"s1","title":"T","text":"Norway met Sweden.","published":"2016-10-12"}`+"\n", nil, "extract", "-")
	if code != ExitOK || !strings.Contains(out, `"article:s1"`) {
		t.Errorf("extract - exit %d, stdout %s, stderr %s", code, out, errOut)
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bin.txt"), []byte("\x00\x01\x02"), 0o644)
	os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(`{"title":"a","text":"A."}`+"\n"+`{"title":"b","text":"B."}`+"\n{broken\n"), 0o644)
	code, out, errOut := runCLI(t, context.Background(), nil, "", nil, "extract", dir)
	if code != ExitOK {
		t.Errorf("extract with some bad input exit %d, want 0", code)
	}
	for _, want := range []string{"bin.txt: not a text file", "feed.jsonl:3: malformed JSON", "2 articles read, 0 skipped, 2 failed"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("extract stderr = %q, want it to contain %q", errOut, want)
		}
	}
	if !json.Valid([]byte(out)) {
		t.Errorf("extract stdout is not JSON: %s", out)
	}

	code, out, errOut = runCLI(t, context.Background(), nil, "", nil, "extract", filepath.Join(dir, "bin.txt"), filepath.Join(dir, "missing.md"))
	if code != ExitFailure || out != "" || !strings.Contains(errOut, "missing.md: no such file") {
		t.Errorf("extract with nothing readable: exit %d, stdout %q, stderr %q; want exit 1, no stdout, a message", code, out, errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{}, "missing command"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"extract"}, "missing PATH"},
		{[]string{"extract", "--format", "xml", "x.txt"}, `--format "xml"`},
		{[]string{"extract", "--nope", "x.txt"}, "unknown flag: --nope"},
		{[]string{"extract", "--published", "someday", "x.txt"}, "unrecognised date"},
		{[]string{"schema"}, "want apply, show or warm-up"},
		{[]string{"schema", "drop"}, "want apply, show or warm-up"},
		{[]string{"query"}, "want one query NAME, or --list"},
		{[]string{"query", "--list", "meetings"}, "--list takes no query name"},
		{[]string{"query", "meetings", "--format", "xml"}, `--format "xml"`},
		{[]string{"ingest", "--batch-size", "0", "x"}, "load.batch_size: 0"},
		{[]string{"ingest", "--neo4j-uri", "http://x", "x"}, `scheme "http"`},
		{[]string{"--config", "/nonexistent/c.yaml", "ingest", "x"}, "not found"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runCLI(t, context.Background(), nil, "", nil, tt.args...)
			if code != ExitUsage {
				t.Errorf("%v: exit %d, want %d", tt.args, code, ExitUsage)
			}
			if !strings.Contains(errOut, tt.want) || !strings.Contains(errOut, "Usage:") {
				t.Errorf("%v: stderr = %q, want %q and the usage", tt.args, errOut, tt.want)
			}
			if out != "" {
				t.Errorf("%v: stdout = %q, want nothing", tt.args, out)
			}
		})
	}
}

// TestFlags checks the options each command parses, through its run hook.
func TestFlags(t *testing.T) {
	type got struct {
		paths   []string
		format  string
		cfg     Config
		name    string
		params  map[string]string
		list    bool
		action  string
		command string
	}
	tests := []struct {
		args  []string
		env   map[string]string
		check func(g got) (any, any)
	}{
		{[]string{"extract", "a.txt", "b"}, nil, func(g got) (any, any) {
			return []any{g.command, g.paths, g.format}, []any{"extract", []string{"a.txt", "b"}, "json"}
		}},
		{[]string{"extract", "-f", "text", "--published", "October 12, 2016", "--workers", "3", "--dictionary", "d1.yaml", "--dictionary", "d2.yaml", "-"}, nil,
			func(g got) (any, any) {
				return []any{g.format, g.cfg.Ingest.Published, g.cfg.Ingest.Workers, g.cfg.Extract.Dictionaries, g.paths},
					[]any{"text", "2016-10-12", 3, []string{"d1.yaml", "d2.yaml"}, []string{"-"}}
			}},
		{[]string{"ingest", "--batch-size", "5", "--neo4j-uri", "neo4j+s://abc.databases.example:7687", "--neo4j-database", "graph", "x"},
			map[string]string{"NEO4J_PASSWORD": "secret"},
			func(g got) (any, any) {
				return []any{g.command, g.cfg.Load.BatchSize, g.cfg.Neo4j.URI, g.cfg.Neo4j.Database, g.cfg.Neo4j.Password},
					[]any{"ingest", 5, "neo4j+s://abc.databases.example:7687", "graph", "secret"}
			}},
		{[]string{"query", "meetings", "-p", "from=2016-10-01", "--param", "actor=John Kerry", "--format", "csv"}, nil,
			func(g got) (any, any) {
				return []any{g.name, g.params, g.format}, []any{"meetings", map[string]string{"from": "2016-10-01", "actor": "John Kerry"}, "csv"}
			}},
		{[]string{"query", "--list"}, nil, func(g got) (any, any) { return []any{g.list, g.name}, []any{true, ""} }},
		{[]string{"schema", "apply", "--neo4j-user", "admin"}, nil, func(g got) (any, any) {
			return []any{g.action, g.cfg.Neo4j.User}, []any{"apply", "admin"}
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var g got
			f := &factory{streams: streams{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &bytes.Buffer{}, Getenv: mapEnv(tt.env)}}
			root := &cobra.Command{Use: "actorgraph", SilenceErrors: true, SilenceUsage: true}
			addGlobalFlags(root, f)
			root.AddCommand(
				newExtractCmd(f, func(_ context.Context, o *extractOptions) error {
					g = got{command: "extract", paths: o.Paths, format: o.Format, cfg: o.Config}
					return nil
				}),
				newIngestCmd(f, func(_ context.Context, o *ingestOptions) error {
					g = got{command: "ingest", paths: o.Paths, cfg: o.Config}
					return nil
				}),
				newQueryCmd(f, func(_ context.Context, o *queryOptions) error {
					g = got{command: "query", name: o.Name, params: o.Params, list: o.List, format: o.Format, cfg: o.Config}
					return nil
				}),
				newSchemaCmd(f, func(_ context.Context, o *schemaOptions) error {
					g = got{command: "schema", action: o.Action, cfg: o.Config}
					return nil
				}),
			)
			root.SetArgs(tt.args)
			if err := root.Execute(); err != nil {
				t.Fatalf("%v: %v", tt.args, err)
			}
			if have, want := tt.check(g); !reflect.DeepEqual(have, want) {
				t.Errorf("%v: got %v, want %v", tt.args, have, want)
			}
		})
	}
}

// fakeWriter records writes; it fails the batches that contain failTitle's
// article, and reports the articles it has written as seen.
type fakeWriter struct {
	mu       sync.Mutex
	schema   int
	writes   []*graph.Graph
	loaded   map[string]string // id -> sha
	failWith error
	failID   string // fail every write that holds this article
	legacy   int    // Stats.Unrecorded of every write and retraction
	dryRuns  int
}

func (w *fakeWriter) ApplySchema(context.Context) error { w.schema++; return nil }

func (w *fakeWriter) SeenAll(_ context.Context, as []graph.Article) (map[string]bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	seen := map[string]bool{}
	for _, a := range as {
		if w.loaded[a.ID] == a.ContentSHA256 && a.ContentSHA256 != "" {
			seen[a.ID] = true
		}
	}
	return seen, nil
}

func (w *fakeWriter) Write(_ context.Context, graphs ...*graph.Graph) (graph.Stats, error) {
	g := graph.New()
	for _, part := range graphs {
		g.Merge(part)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.failWith != nil {
		return graph.Stats{}, w.failWith
	}
	for _, a := range g.Articles {
		if a.ID == w.failID {
			return graph.Stats{}, errors.New("plan failed")
		}
	}
	w.writes = append(w.writes, g)
	if w.loaded == nil {
		w.loaded = map[string]string{}
	}
	for _, a := range g.Articles {
		w.loaded[a.ID] = a.ContentSHA256
	}
	return graph.Stats{Unrecorded: w.legacy, Rows: len(g.Articles) + len(g.Nodes()) + len(g.Edges())}, nil
}

// DryRun writes nothing; it fails as Write would.
func (w *fakeWriter) DryRun(_ context.Context, graphs ...*graph.Graph) (graph.Stats, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.dryRuns++
	if w.failWith != nil {
		return graph.Stats{}, w.failWith
	}
	return graph.Stats{}, nil
}

func (w *fakeWriter) Retract(_ context.Context, ids []string) (graph.Stats, []string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.failWith != nil {
		return graph.Stats{}, nil, w.failWith
	}
	var found []string
	for _, id := range ids {
		if _, ok := w.loaded[id]; ok {
			found = append(found, id)
			delete(w.loaded, id)
		}
	}
	return graph.Stats{Unrecorded: w.legacy}, found, nil
}

func fakeFactory(w *fakeWriter, connectErr error) *factory {
	return &factory{connect: func(context.Context, Neo4jConfig, int) (*conn, error) {
		if connectErr != nil {
			return nil, connectErr
		}
		return &conn{writer: w,
			query: func(context.Context, string, map[string]string) (queries.Result, error) {
				return queries.Result{Columns: []string{"a"}, Rows: [][]any{{"x"}}}, nil
			},
			export: fakeExport,
			close:  func(context.Context) error { return nil }}, nil
	}}
}

// fakeExport sends a graph of two nodes and one edge, or fails half-way
// when the param a is "fail".
func fakeExport(_ context.Context, _ string, params map[string]string, sink queries.Sink) error {
	if err := sink.Begin([]queries.Key{{Name: "name", Type: "string"}}, []queries.Key{{Name: "sources", Type: "long"}}); err != nil {
		return err
	}
	for _, id := range []string{"country:frd", "country:syl"} {
		if err := sink.Node(queries.Node{ID: id, Labels: []string{"Country"}, Props: map[string]any{"name": id}}); err != nil {
			return err
		}
	}
	if params["a"] == "fail" {
		return errors.New("export failed")
	}
	if err := sink.Edge(queries.Edge{Type: "ACCUSED", From: "country:frd", To: "country:syl", Props: map[string]any{"sources": int64(2)}}); err != nil {
		return err
	}
	return sink.End()
}

func TestIngestBatchesAndSkips(t *testing.T) {
	w := &fakeWriter{}
	code, out, errOut := runCLI(t, context.Background(), fakeFactory(w, nil), "", nil, "ingest", "--batch-size", "3", "--workers", "2", "--published", "2016-10-16", examples)
	if code != ExitOK {
		t.Fatalf("ingest exit %d, stderr %s", code, errOut)
	}
	if out != "" {
		t.Errorf("ingest stdout = %q, want nothing", out)
	}
	if w.schema != 1 {
		t.Errorf("ingest applied the schema %d times, want 1", w.schema)
	}
	n := len(w.loaded)
	if n < 6 {
		t.Fatalf("ingest loaded %d articles, want at least 6", n)
	}
	if want := (n + 2) / 3; len(w.writes) != want {
		t.Errorf("ingest wrote %d batches of %d articles, want %d batches of at most 3", len(w.writes), n, want)
	}
	if !strings.Contains(errOut, fmt.Sprintf("ingest: %d articles read, 0 skipped, 0 failed", n)) {
		t.Errorf("ingest stderr = %q, want the summary", errOut)
	}
	code, _, errOut = runCLI(t, context.Background(), fakeFactory(w, nil), "", nil, "ingest", "--published", "2016-10-16", examples)
	if code != ExitOK || !strings.Contains(errOut, fmt.Sprintf("ingest: %d articles read, %d skipped, 0 failed", n, n)) {
		t.Errorf("second ingest exit %d, stderr %q, want every article skipped", code, errOut)
	}
	// Without --published the one undated example is refused with a clear message.
	code, _, errOut = runCLI(t, context.Background(), fakeFactory(&fakeWriter{}, nil), "", nil, "ingest", examples)
	if code != ExitOK || !strings.Contains(errOut, "doha-ceasefire.txt: article has no published date") ||
		!strings.Contains(errOut, fmt.Sprintf("ingest: %d articles read, 0 skipped, 1 failed", n-1)) {
		t.Errorf("ingest without --published: exit %d, stderr %q", code, errOut)
	}
}

func TestIngestErrors(t *testing.T) {
	tests := []struct {
		name       string
		connectErr error
		writeErr   error
		code       int
		want       string
	}{
		{name: "unreachable", connectErr: fmt.Errorf("%w: dial tcp: connection refused", graph.ErrUnavailable), code: ExitUsage,
			want: "actorgraph: cannot reach Neo4j at bolt://127.0.0.1:7687: start the local server with `make neo4j-start`"},
		{name: "wrong password", connectErr: fmt.Errorf("%w: unauthorized", graph.ErrAuth), code: ExitUsage,
			want: `actorgraph: Neo4j at bolt://127.0.0.1:7687 refused user "neo4j" with the given password: set ACTORGRAPH_NEO4J_PASSWORD`},
		{name: "server gone while writing", writeErr: fmt.Errorf("%w: eof", graph.ErrUnavailable), code: ExitUsage,
			want: "cannot reach Neo4j"},
		{name: "every write fails", writeErr: errors.New("constraint violated"), code: ExitFailure,
			want: "actorgraph: write article:example-un-veto: constraint violated\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &fakeWriter{failWith: tt.writeErr}
			code, _, errOut := runCLI(t, context.Background(), fakeFactory(w, tt.connectErr), "", nil, "ingest", "--published", "2016-10-16", examples)
			if code != tt.code {
				t.Errorf("ingest exit %d, want %d; stderr %s", code, tt.code, errOut)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("ingest stderr = %q, want %q", errOut, tt.want)
			}
			if strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "panic") {
				t.Errorf("ingest stderr has a stack trace: %s", errOut)
			}
		})
	}
}

func TestIngestOneBadArticleKeepsItsBatch(t *testing.T) {
	w := &fakeWriter{failID: "article:example-un-veto"}
	code, _, errOut := runCLI(t, context.Background(), fakeFactory(w, nil), "", nil, "ingest", "--published", "2016-10-16", examples)
	if code != ExitOK {
		t.Errorf("ingest exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{"write article:example-un-veto: plan failed", "ingest: 8 articles read, 0 skipped, 1 failed"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("ingest stderr = %q, want %q", errOut, want)
		}
	}
	if len(w.loaded) != 7 {
		t.Errorf("ingest loaded %d articles, want the 7 good ones", len(w.loaded))
	}
}

func TestIngestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := &fakeWriter{}
	code, _, errOut := runCLI(t, ctx, fakeFactory(w, nil), "", nil, "ingest", "--published", "2016-10-16", examples)
	if code != ExitInterrupted {
		t.Errorf("interrupted ingest exit %d, want %d; stderr %s", code, ExitInterrupted, errOut)
	}
	if !strings.Contains(errOut, "interrupted: ingest:") {
		t.Errorf("interrupted ingest stderr = %q, want the summary", errOut)
	}
}

func TestSchemaShow(t *testing.T) {
	code, out, _ := runCLI(t, context.Background(), nil, "", nil, "schema", "show")
	if code != ExitOK || !strings.Contains(out, "CONSTRAINT") {
		t.Errorf("schema show exit %d, stdout %q", code, out)
	}
}

func TestQueryList(t *testing.T) {
	code, out, _ := runCLI(t, context.Background(), nil, "", nil, "query", "--list")
	if code != ExitOK {
		t.Fatalf("query --list exit %d", code)
	}
	if !strings.Contains(out, "[draws a graph: Neo4j Browser, export --query chain]") {
		t.Errorf("query --list does not mark the graph-returning queries:\n%s", out)
	}
	for _, q := range queries.List() {
		if !strings.Contains(out, q.Name) {
			t.Errorf("query --list does not name %s:\n%s", q.Name, out)
		}
	}
}

// TestHelpNamesGraphModel checks that --help points at the graph model and
// that the document is there.
func TestHelpNamesGraphModel(t *testing.T) {
	code, out, _ := runCLI(t, context.Background(), nil, "", nil, "--help")
	if code != ExitOK || !strings.Contains(out, "docs/graph-model.md") {
		t.Errorf("actorgraph --help = exit %d, %q; want it to name docs/graph-model.md", code, out)
	}
	if _, err := os.Stat("../docs/graph-model.md"); err != nil {
		t.Errorf("the graph model document: %v", err)
	}
	if n := len(queries.List()); n < 16 {
		t.Errorf("query --list has %d queries, want at least 16", n)
	}
}

func TestQueryFormats(t *testing.T) {
	for format, want := range map[string]string{"table": "x", "csv": "a\nx", "json": `"a"`} {
		code, out, errOut := runCLI(t, context.Background(), fakeFactory(&fakeWriter{}, nil), "", nil, "query", "meetings", "--format", format)
		if code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("query --format %s: exit %d, stdout %q, stderr %q", format, code, out, errOut)
		}
	}
}

func TestExportUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bad format", []string{"export", "--format", "gexf"}, "want graphml, csv or neo4j-admin"},
		{"csv without folder", []string{"export", "--format", "csv"}, "give the folder with --out DIR"},
		{"param without query", []string{"export", "--param", "a=b"}, "--param needs --query"},
		{"tabular query", []string{"export", "--query", "meetings"}, "returns rows, not a graph"},
		{"unknown query", []string{"export", "--query", "nope"}, "unknown query"},
		{"bad param", []string{"export", "--query", "chain", "--param", "nokey"}, "want key=value"},
		{"param out of range", []string{"export", "--query", "chain", "-p", "a=x", "-p", "b=y", "-p", "max_hops=0"},
			"param max_hops: 0 is not between 1 and 15; run `actorgraph query chain --help` for its parameters.\n"},
		{"missing param", []string{"export", "--query", "chain", "-p", "a=x"}, "query chain needs --param b=<string>"},
		{"neo4j-admin without folder", []string{"export", "--format", "neo4j-admin", "x.txt"}, "give the folder with --out DIR"},
		{"neo4j-admin without articles", []string{"export", "--format", "neo4j-admin", "--out", "d"}, "missing PATH"},
		{"neo4j-admin with a query", []string{"export", "--format", "neo4j-admin", "--out", "d", "--query", "chain", "x.txt"},
			"exports the articles PATH..., not a query"},
		{"articles without neo4j-admin", []string{"export", "--format", "csv", "--out", "d", "x.txt"}, `unknown command "x.txt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, context.Background(), fakeFactory(&fakeWriter{}, nil), "", nil, tt.args...)
			if code != ExitUsage || !strings.Contains(errOut, tt.want) {
				t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, errOut, ExitUsage, tt.want)
			}
		})
	}
}

func TestExportWrites(t *testing.T) {
	dir := t.TempDir()
	f := fakeFactory(&fakeWriter{}, nil)
	code, out, errOut := runCLI(t, context.Background(), f, "", nil, "export")
	if code != ExitOK || !strings.Contains(out, `<edge source="country:frd" target="country:syl">`) ||
		!strings.Contains(errOut, "export: 2 nodes, 1 edges -> stdout") {
		t.Errorf("export to stdout: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	file := filepath.Join(dir, "g.graphml")
	if code, _, errOut := runCLI(t, context.Background(), f, "", nil, "export", "--out", file, "--query", "chain",
		"--param", "a=x", "--param", "b=y"); code != ExitOK {
		t.Fatalf("export --out %s: exit %d, stderr %q", file, code, errOut)
	}
	if b, err := os.ReadFile(file); err != nil || !strings.Contains(string(b), "</graphml>") {
		t.Errorf("export --out %s wrote %q, %v", file, b, err)
	}
	csvDir := filepath.Join(dir, "csv")
	if code, _, errOut := runCLI(t, context.Background(), f, "", nil, "export", "--format", "csv", "--out", csvDir); code != ExitOK {
		t.Fatalf("export --format csv: exit %d, stderr %q", code, errOut)
	}
	for name, want := range map[string]string{"nodes.csv": "id,labels,name\ncountry:frd,Country,country:frd\n",
		"edges.csv": "from,to,type,sources\ncountry:frd,country:syl,ACCUSED,2\n"} {
		if b, err := os.ReadFile(filepath.Join(csvDir, name)); err != nil || !strings.HasPrefix(string(b), want) {
			t.Errorf("export --format csv: %s = %q, %v; want it to start %q", name, b, err, want)
		}
	}
	failed := filepath.Join(dir, "failed.graphml")
	if code, _, _ := runCLI(t, context.Background(), f, "", nil, "export", "--out", failed, "--query", "chain",
		"--param", "a=fail", "--param", "b=y"); code == ExitOK {
		t.Errorf("export of a failing query: exit 0")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("export left files behind: %v", entries)
	}
}
