package cmd

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func TestProgressRender(t *testing.T) {
	tests := []struct {
		name string
		verb string
		s    progressState
		now  time.Duration // since the phase began
		rate float64
		want string
	}{
		{"counted total, rate not known yet", "extract",
			progressState{phase: phaseExtract, counted: true, est: estimate{n: 2000, known: true, exact: true}, read: 300, extracted: 12},
			200 * time.Millisecond, -1,
			"extract [>                       ] 12/2,000 articles  -/s  0s"},
		{"counted total with an ETA", "extract",
			progressState{phase: phaseExtract, counted: true, est: estimate{n: 2000, known: true, exact: true}, read: 1200, extracted: 1000},
			20 * time.Second, 50,
			"extract [============>           ] 1,000/2,000 articles  50.0/s  ETA 20s"},
		{"estimated total is marked", "extract",
			progressState{phase: phaseExtract, counted: true, est: estimate{n: 90000, known: true}, read: 3000, extracted: 3000},
			time.Minute, 1234.4,
			"extract [>                       ] 3,000/~90,000 articles  1,234/s  ETA 1m10s"},
		{"more read than counted: the read count is the total", "extract",
			progressState{phase: phaseExtract, counted: true, est: estimate{n: 10, known: true, exact: true}, read: 12, extracted: 6},
			time.Second, 3,
			"extract [============>           ] 6/~12 articles  3.0/s  ETA 2s"},
		{"read to the end: exact total", "extract",
			progressState{phase: phaseExtract, counted: true, est: estimate{n: 10, known: true}, read: 12, readAll: true, extracted: 12},
			time.Second, 3,
			"extract [========================] 12/12 articles  3.0/s  1s"},
		{"stdin: count and rate, no total", "extract",
			progressState{phase: phaseExtract, counted: true, est: estimate{}, read: 500, extracted: 480},
			75 * time.Second, 6.4,
			"extract 480 articles  6.4/s  1m15s"},
		{"not counted yet: no total", "ingest",
			progressState{phase: phaseExtract, read: 5, extracted: 3},
			0, -1,
			"ingest extract 3 articles  -/s  0s"},
		{"ingest shows the articles written while extracting", "ingest",
			progressState{phase: phaseExtract, counted: true, est: estimate{n: 2000, known: true, exact: true}, read: 900, extracted: 800,
				writes: true, write: writeStatus{written: 600, queued: 800, batch: 3, batches: 4}},
			16 * time.Second, 50,
			"ingest extract [=========>              ] 800/2,000 articles, 600 written  50.0/s  ETA 24s"},
		{"write phase: the last batch", "ingest",
			progressState{phase: phaseWrite, counted: true, est: estimate{n: 1000, known: true, exact: true}, read: 1000, readAll: true, extracted: 1000,
				writes: true, write: writeStatus{written: 800, queued: 1000, batch: 5, batches: 5}},
			3200 * time.Millisecond, -1,
			"ingest write [===================>    ] batch 5/5, 800/1,000 articles written  -/s  3s"},
		{"write phase done", "ingest",
			progressState{phase: phaseWrite, writes: true, write: writeStatus{written: 1000, queued: 1000, batch: 5, batches: 5}},
			2*time.Hour + 7*time.Minute, 200,
			"ingest write [========================] batch 5/5, 1,000/1,000 articles written  200/s  2h07m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.s.phaseStart = t0
			if got := tt.s.render(tt.verb, t0.Add(tt.now), tt.rate); got != tt.want {
				t.Errorf("render =\n%q, want\n%q", got, tt.want)
			}
		})
	}
}

func TestProgressMeter(t *testing.T) {
	type step struct {
		at time.Duration
		n  int
	}
	tests := []struct {
		name  string
		steps []step
		want  float64 // < 0: not known
	}{
		{"one sample", []step{{0, 0}}, -1},
		{"under half a second", []step{{0, 0}, {400 * time.Millisecond, 40}}, -1},
		{"steady", []step{{0, 0}, {time.Second, 10}, {2 * time.Second, 20}}, 10},
		// A fast start is forgotten after the window: the rate is that of
		// the last 10 s, not the mean since the start.
		{"moving window", []step{{0, 0}, {time.Second, 1000}, {11 * time.Second, 1000}, {21 * time.Second, 1100}}, 10},
		{"stalled", []step{{0, 50}, {12 * time.Second, 80}, {30 * time.Second, 80}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := meter{window: rateWindow}
			for _, s := range tt.steps {
				m.add(t0.Add(s.at), s.n)
			}
			got, ok := m.rate()
			if !ok {
				got = -1
			}
			if got != tt.want {
				t.Errorf("rate = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestProgressMeterBounded(t *testing.T) {
	m := meter{window: rateWindow}
	for i := range 10000 {
		m.add(t0.Add(time.Duration(i)*100*time.Millisecond), i)
	}
	if len(m.samples) > 102 {
		t.Errorf("meter keeps %d samples, want those of the window only", len(m.samples))
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEstimateInputs(t *testing.T) {
	line := `{"id":"x","title":"T","text":"Sylvania met Freedonia."}` + "\n"
	dir := writeFiles(t, map[string]string{
		"a.txt":              "Sylvania\n\nSylvania met Freedonia.",
		"b.md":               "# T\n\ntext",
		"sub/c.html":         "<title>T</title><p>text</p>",
		"sub/.hidden.txt":    "not read",
		".git/d.txt":         "not read",
		"e.gold.json":        "{}",
		"notes.csv":          "not read",
		"feed.jsonl":         line + "\n   \n" + line + strings.TrimSuffix(line, "\n"),
		"empty.jsonl":        "",
		"array.json":         "\uFEFF[ {\"text\": \"a, [b] {c} \\\"d,\"}, {\"x\": [1, 2, {\"y\": 3}]} ,\n{} ]",
		"object.json":        `{"text": "a, b"}`,
		"emptyarray.json":    "[ ]",
		"big/feed.jsonl":     strings.Repeat(line, 100),
		"named/unknown.text": "text",
	})
	in := func(p string) string { return filepath.Join(dir, p) }
	small := func(t *testing.T) {
		old := countLimit
		countLimit = int64(len(line)) * 10
		t.Cleanup(func() { countLimit = old })
	}
	tests := []struct {
		name  string
		paths []string
		small bool // extrapolate from the first 10 lines
		want  estimate
	}{
		{"text, markdown, html", []string{in("a.txt"), in("b.md"), in("sub")}, false, estimate{n: 3, known: true, exact: true}},
		{"jsonl counts non-blank lines", []string{in("feed.jsonl")}, false, estimate{n: 3, known: true, exact: true}},
		{"an empty file is one bad input", []string{in("empty.jsonl"), in("emptyarray.json")}, false, estimate{n: 2, known: true, exact: true}},
		{"json array elements, json object", []string{in("array.json"), in("object.json")}, false, estimate{n: 4, known: true, exact: true}},
		{"a missing path is one bad input", []string{in("missing.txt")}, false, estimate{n: 1, known: true, exact: true}},
		{"stdin has no known total", []string{in("a.txt"), "-"}, false, estimate{n: 1, known: false, exact: true}},
		{"a large jsonl is extrapolated", []string{in("big/feed.jsonl")}, true, estimate{n: 100, known: true, exact: false}},
		{"a folder as ReadPaths walks it", []string{dir}, false,
			estimate{n: 1 + 1 + 1 + 3 + 1 + 3 + 1 + 1 + 100 + 1, known: true, exact: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.small {
				small(t)
			}
			if got := estimateInputs(tt.paths); got != tt.want {
				t.Errorf("estimateInputs = %+v, want %+v", got, tt.want)
			}
			if !tt.want.exact || !tt.want.known {
				return
			}
			// An exact count is what the reader yields.
			read := 0
			ingest.ReadPaths(tt.paths, nil, func(ingest.Article, error) error { read++; return nil })
			if read != tt.want.n {
				t.Errorf("ReadPaths yields %d articles and bad inputs, the estimate counts %d", read, tt.want.n)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe for the drawing goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestProgressDrawsAndErases runs the bar as a command does: it is drawn
// with the counted total, a message goes on a line of its own, and finish
// leaves nothing of it behind.
func TestProgressDrawsAndErases(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "T\n\ntext", "b.txt": "T\n\ntext"})
	var out syncBuffer
	p := newProgress(&out, true, "ingest")
	p.start([]string{dir})
	p.Read(1)
	p.Extracted(1)
	p.printf(&out, "actorgraph: a message\n")
	p.Phase(phaseWrite)
	p.Queued(2, 2)
	p.Written(1, 2)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(out.String(), "batch 2/2, 1/2 articles written") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	p.finish()
	got := out.String()
	for _, want := range []string{"actorgraph: a message\n", "ingest write [", "batch 2/2, 1/2 articles written"} {
		if !strings.Contains(got, want) {
			t.Errorf("bar output lacks %q:\n%q", want, got)
		}
	}
	if !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("bar output does not end erased:\n%q", got)
	}
	if i := strings.Index(got, "actorgraph: a message"); i > 0 && !strings.HasSuffix(got[:i], "\r\033[K") && !strings.HasSuffix(got[:i], "\n") {
		t.Errorf("message drawn on the bar's line:\n%q", got)
	}
}

// TestProgressOffDrawsNothing: a progress that is off (stderr not a
// terminal, or --quiet) and a nil one print only the messages.
func TestProgressOffDrawsNothing(t *testing.T) {
	var out syncBuffer
	for _, p := range []*progress{newProgress(&out, false, "ingest"), nil} {
		p.start([]string{"."})
		p.Read(3)
		p.ReadAll()
		p.Extracted(3)
		p.Phase(phaseWrite)
		p.Queued(1, 3)
		p.Written(3, 1)
		p.printf(&out, "m\n")
		p.finish()
	}
	if got := out.String(); got != "m\nm\n" {
		t.Errorf("output = %q, want the messages only", got)
	}
}

// TestNoBarWhenStderrIsNotATerminal runs actorgraph as a process of its own
// with stderr on a pipe: the summary is printed, and no bar.
func TestNoBarWhenStderrIsNotATerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a process")
	}
	var lines strings.Builder
	for i := range 300 {
		lines.WriteString(`{"id":"p` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) +
			`","title":"T","published":"2020-01-02","text":"The president of Sylvania met the foreign minister of Freedonia."}` + "\n")
	}
	dir := writeFiles(t, map[string]string{"feed.jsonl": lines.String()})
	c := exec.Command(os.Args[0], "extract", "--workers", "1", filepath.Join(dir, "feed.jsonl"))
	c.Env = append(os.Environ(), "ACTORGRAPH_TEST_MAIN=1")
	var stderr bytes.Buffer
	c.Stderr = &stderr
	if err := c.Run(); err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr.String())
	}
	got := stderr.String()
	if !strings.Contains(got, "extract: 300 articles read") {
		t.Errorf("stderr lacks the summary:\n%q", got)
	}
	if strings.ContainsAny(got, "\r\033") || strings.Contains(got, "[=") {
		t.Errorf("stderr holds a progress bar:\n%q", got)
	}
}

// gatedWriter holds the write of batch last until the bar shows it.
type gatedWriter struct {
	*fakeWriter
	out    *syncBuffer
	calls  int
	last   int
	showed bool
}

func (w *gatedWriter) Write(ctx context.Context, graphs ...*graph.Graph) (graph.Stats, error) {
	w.calls++
	if w.calls == w.last {
		want := fmt.Sprintf("ingest write [============>           ] batch %d/%d, %d/8 articles written", w.last, w.last, 4*(w.last-1))
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if strings.Contains(w.out.String(), want) {
				w.showed = true
				break
			}
		}
	}
	return w.fakeWriter.Write(ctx, graphs...)
}

// TestIngestProgressShowsLastBatch: on a terminal, while the last batch is
// written, the bar is in the write phase and names that batch.
func TestIngestProgressShowsLastBatch(t *testing.T) {
	var lines strings.Builder
	for i := range 8 {
		fmt.Fprintf(&lines, `{"id":"g%d","title":"T","published":"2020-01-02","text":"Sylvania met Freedonia."}`+"\n", i)
	}
	dir := writeFiles(t, map[string]string{"feed.jsonl": lines.String()})
	var errb syncBuffer
	w := &gatedWriter{fakeWriter: &fakeWriter{}, out: &errb, last: 2}
	s := streams{In: strings.NewReader(""), Out: io.Discard, Err: &errb, ErrTTY: true, Getenv: mapEnv(nil)}
	f := fakeFactory(w.fakeWriter, nil)
	connect := f.connect
	f.connect = func(ctx context.Context, c Neo4jConfig, n int) (*conn, error) {
		cn, err := connect(ctx, c, n)
		cn.writer = w
		return cn, err
	}
	code := run(context.Background(), []string{"ingest", "--batch-size", "4", filepath.Join(dir, "feed.jsonl")}, s, f)
	if code != ExitOK {
		t.Fatalf("ingest exit %d:\n%s", code, errb.String())
	}
	if !w.showed {
		t.Errorf("the bar did not show the last batch being written:\n%q", errb.String())
	}
	if got := errb.String(); !strings.Contains(got, "\r\033[Kingest: 8 articles read, 0 skipped, 0 failed") {
		t.Errorf("the summary does not follow the erased bar:\n%q", got)
	}
}
