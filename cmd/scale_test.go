package cmd

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestIngestDryRun: --dry-run sends every batch to the writer's DryRun and
// keeps nothing; a second dry run skips nothing.
func TestIngestDryRun(t *testing.T) {
	w := &fakeWriter{}
	for range 2 {
		code, _, errOut := runCLI(t, context.Background(), fakeFactory(w, nil), "", nil,
			"ingest", "--dry-run", "--batch-size", "3", "--published", "2016-10-16", examples)
		if code != ExitOK || !strings.Contains(errOut, "ingest --dry-run (nothing kept): ") || !strings.Contains(errOut, " 0 skipped, 0 failed") {
			t.Errorf("ingest --dry-run: exit %d, stderr %q", code, errOut)
		}
	}
	if len(w.writes) != 0 || w.dryRuns < 2 {
		t.Errorf("ingest --dry-run: %d writes, %d dry runs; want none and some", len(w.writes), w.dryRuns)
	}
}

// TestIngestLogBatches: --log-batches prints one line per written batch,
// with the articles and the rows the writer reported so far.
func TestIngestLogBatches(t *testing.T) {
	code, _, errOut := runCLI(t, context.Background(), fakeFactory(&fakeWriter{}, nil), "", nil,
		"ingest", "--log-batches", "--batch-size", "3", "--published", "2016-10-16", examples)
	line := regexp.MustCompile(`ingest: batch (\d+) written: (\d+) articles in [0-9.]+s, (\d+) rows`)
	var rows []int
	for _, m := range line.FindAllStringSubmatch(errOut, -1) {
		n, _ := strconv.Atoi(m[3])
		rows = append(rows, n)
	}
	if code != ExitOK || !strings.Contains(errOut, "ingest: batch 1 written: 3 articles in ") ||
		!strings.Contains(errOut, "ingest: batch 2 written: 6 articles in ") || len(rows) < 2 {
		t.Fatalf("ingest --log-batches: exit %d, stderr %q", code, errOut)
	}
	for i := 1; i < len(rows); i++ {
		if rows[0] <= 0 || rows[i] <= rows[i-1] {
			t.Errorf("ingest --log-batches: rows so far %v, want a positive count that grows with every batch", rows)
			break
		}
	}
}

// preparingWriter is a fakeWriter that plans batches like graph.Writer.
type preparingWriter struct {
	*fakeWriter
	planner            *graph.Writer
	prepared, prepWrit int
}

func (w *preparingWriter) Prepare(graphs ...*graph.Graph) *graph.Prepared {
	w.prepared++
	return w.planner.Prepare(graphs...)
}

func (w *preparingWriter) WritePrepared(ctx context.Context, p *graph.Prepared) (graph.Stats, error) {
	w.prepWrit++
	return w.fakeWriter.Write(ctx, p.Graphs()...)
}

// TestIngestPreparesBatches: with a writer that can plan ahead, every
// batch is planned by the sender and written from that plan; a dry run
// plans nothing ahead.
func TestIngestPreparesBatches(t *testing.T) {
	for _, dry := range []bool{false, true} {
		w := &preparingWriter{fakeWriter: &fakeWriter{}, planner: graph.NewWriter(nil, "neo4j", 3)}
		f := fakeFactory(w.fakeWriter, nil)
		connect := f.connect
		f.connect = func(ctx context.Context, c Neo4jConfig, n int) (*conn, error) {
			cn, err := connect(ctx, c, n)
			if cn != nil {
				cn.writer = w
			}
			return cn, err
		}
		args := []string{"ingest", "--batch-size", "3", "--published", "2016-10-16", examples}
		if dry {
			args = append(args, "--dry-run")
		}
		code, _, errOut := runCLI(t, context.Background(), f, "", nil, args...)
		if code != ExitOK {
			t.Fatalf("dry %v: exit %d, stderr %q", dry, code, errOut)
		}
		switch {
		case dry && (w.prepared != 0 || w.prepWrit != 0 || len(w.writes) != 0):
			t.Errorf("dry run: %d prepared, %d written from a plan, %d writes; want none", w.prepared, w.prepWrit, len(w.writes))
		case !dry && (w.prepared < 2 || w.prepWrit != w.prepared || len(w.writes) != w.prepared):
			t.Errorf("%d batches prepared, %d written from their plan, %d writes; want every batch (>= 2) prepared and written from its plan",
				w.prepared, w.prepWrit, len(w.writes))
		}
	}
}
